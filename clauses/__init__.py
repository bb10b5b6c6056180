"""clauses: the cited clause library (YAML) with conditions over facts.

Owns: clause data (``clauses/data/library/*.yaml``), its pydantic schema, selection by condition
tree (three-valued), rendering of clause bodies in a sandboxed Jinja environment, the state
vacatur drafting table (``clauses/data/vacatur_drafting.yaml``, joined with eligibility's
state table, the one copy of each statute's legal fields) and PSG formulation warnings.
Reads facts and eligibility conditions. Must not import forms, templates, packets, desktop or Qt.
Clauses are editable starting points for an attorney, never conclusions.
"""

from clauses.errors import ClauseError, ClausesError, ConditionError, StateTableError
from clauses.library import (
    Library,
    RenderedClause,
    Selection,
    load_files,
    load_library,
    render_clause,
)
from clauses.psg import PsgWarning, psg_warnings
from clauses.schema import Clause, VacaturState
from clauses.states import (
    load_state_table,
    parse_state_table,
    vacatur_rows,
    vacatur_state,
)
from clauses.text import MissingItem, Segment

__all__ = [
    "Clause",
    "ClauseError",
    "ClausesError",
    "ConditionError",
    "Library",
    "MissingItem",
    "PsgWarning",
    "RenderedClause",
    "Segment",
    "Selection",
    "StateTableError",
    "VacaturState",
    "load_files",
    "load_library",
    "load_state_table",
    "parse_state_table",
    "psg_warnings",
    "render_clause",
    "vacatur_rows",
    "vacatur_state",
]
