"""facts: the ONE catalogue of fact names and types, and the read-only FactView of a profile.

Owns: fact names (``client.date_of_birth``, ``arrests[].offense``, ``trafficking.means.fraud``),
their types, allowed values and sensitivity; derived facts (ages, deadlines); injectable today.
Reads casefile.Profile. Must not import eligibility, forms, clauses, templates, packets or Qt.
"""
