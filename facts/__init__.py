"""facts: the ONE catalogue of fact names and types, and the read-only FactView of a profile.

Owns: fact names (``client.date_of_birth``, ``arrests[].offense``, ``trafficking.means.fraud``),
their types, allowed values and sensitivity; derived facts (ages, deadlines); injectable today.
Reads casefile.profile.Profile. Must not import eligibility, forms, clauses, templates, packets
or Qt.
"""

from facts.catalogue import Catalogue, Fact, load_catalogue
from facts.errors import CatalogueError, FactsError, UnknownFact
from facts.view import UNKNOWN, FactView, RowView

__all__ = [
    "UNKNOWN",
    "Catalogue",
    "CatalogueError",
    "Fact",
    "FactView",
    "FactsError",
    "RowView",
    "UnknownFact",
    "load_catalogue",
]
