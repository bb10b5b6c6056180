"""The state vacatur table the templates draft from, schema-validated on load.

One copy of the law: every legal field (statute and its citation forms, scope, proof, timing,
procedure, effect, authority, ``last_reviewed``, ``verify_status``) comes from eligibility's
state table (``eligibility/data/vacatur_states.yaml``, the one the coverage decision reads).
``clauses/data/vacatur_drafting.yaml`` adds only how the papers are drafted (caption, paper
titles, the memorandum's standard, the order's wording). A state has motion papers when it has
a drafting row; a drafting row without a legal row is an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from casefile.yamlio import safe_load
from clauses.errors import StateTableError
from clauses.schema import (
    DraftingTable,
    StateDrafting,
    StateTable,
    VacaturState,
    first_row_error,
)
from eligibility.assess import DISPOSITION_SCOPE
from eligibility.schema import StateRule
from facts import UNKNOWN, FactView, RowView

STATE_FILE = "clauses/data/vacatur_drafting.yaml"
LEGAL_FILE = "eligibility/data/vacatur_states.yaml"

_UNKNOWN = {"unconfirmed": "unknown"}
_AGE_LIMITS = ("none", "under_18_at_offense", "other", "unknown")


def _age_limit(value: str | None) -> str:
    if value is None:
        return "unknown"
    return value if value in _AGE_LIMITS else "other"


def _joined(legal: StateRule, drafting: StateDrafting) -> VacaturState:
    """The templates' view of a state: the legal row's fields, then the drafting fields."""
    needed = {
        "nexus_standard": legal.nexus_standard,
        "offense_scope_text": legal.offense_scope_text,
        "official_documentation.text": legal.official_documentation.text,
        "timing.text": legal.timing.text,
        "procedure_text": legal.procedure_text,
        "effect_text": legal.effect_text,
    }
    empty = [k for k, v in needed.items() if not v]
    if empty:
        raise StateTableError(
            LEGAL_FILE,
            legal.state,
            f"{', '.join(empty)}: the motion papers need this in words; add it to the "
            "state's row (it has a drafting row in " + STATE_FILE + ")",
        )
    data: dict[str, Any] = {
        "state": legal.state,
        "name": legal.name,
        "statute": legal.statute_full or legal.statute_cite,
        "statute_short": legal.statute_short or legal.statute_cite,
        "cite": list(legal.authority),
        "last_reviewed": legal.last_reviewed,
        "reviewed_by": legal.reviewed_by,
        "verify_status": legal.verify_status,
        "relief_types": list(legal.relief_types),
        "record_scope": list(legal.record_scope),
        "offense_scope": _UNKNOWN.get(legal.offense_scope, legal.offense_scope),
        "offense_scope_text": legal.offense_scope_text,
        "exclusions": list(legal.exclusions),
        "trafficking_predicates": list(legal.trafficking_predicates),
        "nexus_standard": legal.nexus_standard,
        "age_limit": _age_limit(legal.age_limit),
        "proof_standard": _UNKNOWN.get(legal.proof_standard, legal.proof_standard),
        "official_documentation": legal.official_documentation.text,
        "timing_type": _UNKNOWN.get(legal.timing.type, legal.timing.type),
        "timing_text": legal.timing.text,
        "procedure_text": legal.procedure_text,
        "effect_text": legal.effect_text,
        "immigration_language": legal.immigration_language,
        "venue": legal.venue,
        **drafting.model_dump(exclude={"state"}),
    }
    try:
        return VacaturState.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "row"
        raise StateTableError(
            LEGAL_FILE, legal.state, f"{where}: {first['msg']} (cannot draft from this row)"
        ) from exc


def parse_drafting(text: str, file: str = STATE_FILE) -> DraftingTable:
    try:
        data = safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise StateTableError(file, None, f"invalid YAML ({exc})") from exc
    try:
        table = DraftingTable.model_validate(data)
    except ValidationError as exc:
        err = first_row_error(exc, data, "states")
        state = err.row.get("state") if err.row is not None else None
        hint = ""
        if err.error_type == "extra_forbidden":
            hint = f" (legal fields belong in {LEGAL_FILE}; this file holds drafting fields only)"
        raise StateTableError(file, state, f"{err.where or 'row'}: {err.msg}{hint}") from exc
    codes = [s.state for s in table.states]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise StateTableError(file, dupes[0], "the state appears twice")
    return table


def parse_state_table(
    text: str, file: str = STATE_FILE, legal: Mapping[str, StateRule] | None = None
) -> StateTable:
    """The drafting file ``text`` joined with the legal rows (default: eligibility's table)."""
    if legal is None:
        from eligibility.loader import load_rules

        legal = load_rules().states
    rows = []
    for drafting in parse_drafting(text, file).states:
        rule = legal.get(drafting.state)
        if rule is None:
            raise StateTableError(
                file,
                drafting.state,
                f"the state has drafting fields but no legal row in {LEGAL_FILE}; "
                "add the reviewed statute there first",
            )
        rows.append(_joined(rule, drafting))
    return StateTable(states=rows)


@cache
def load_state_table() -> StateTable:
    text = (resources.files("clauses") / "data" / "vacatur_drafting.yaml").read_text(
        encoding="utf-8"
    )
    return parse_state_table(text)


def vacatur_state(code: str) -> VacaturState:
    """The table row for a two-letter state code; StateTableError if the state is not covered."""
    for row in load_state_table().states:
        if row.state == code.upper():
            return row
    covered = ", ".join(s.state for s in load_state_table().states)
    raise StateTableError(
        STATE_FILE,
        code,
        f"no vacatur motion papers are set up for this state (covered: {covered}); "
        "draft by hand, or add the state's drafting row (and its reviewed legal row in "
        f"{LEGAL_FILE})",
    )


def in_scope(row: RowView, state: VacaturState) -> bool:
    """Does the state's statute reach this record? Read from the state table's record_scope
    (CA and FL reach arrests without a conviction; NY vacates judgments only). A row with no
    disposition yet stays in, so the papers ask for it rather than drop the record."""
    disposition = row.get("disposition")
    if disposition is UNKNOWN:
        return True
    return DISPOSITION_SCOPE.get(str(disposition)) in state.record_scope


def vacatur_rows(view: FactView, state: VacaturState) -> list[tuple[int, RowView]]:
    """The client's records a motion in ``state`` asks relief from (index, row): recorded in
    that state, linked to the trafficking, and reached by its statute. The papers list these
    and the plan groups them into one set of papers per venue."""
    return [
        (i, r)
        for i, r in enumerate(view.rows("arrests"))
        if r.get("state") is not UNKNOWN
        and str(r.get("state")).upper() == state.state
        and r.get("trafficking_related") is True
        and in_scope(r, state)
    ]
