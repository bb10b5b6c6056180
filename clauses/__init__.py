"""clauses: the cited clause library (YAML) with conditions over facts.

Owns: clause data, schema and selection. Reads facts and eligibility conditions.
Must not import forms, templates, packets, desktop or Qt.
"""
