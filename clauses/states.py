"""The state vacatur table (``clauses/data/vacatur_states.yaml``), schema-validated on load."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import ValidationError

from clauses.errors import StateTableError
from clauses.schema import StateTable, VacaturState

STATE_FILE = "clauses/data/vacatur_states.yaml"


def parse_state_table(text: str, file: str = STATE_FILE) -> StateTable:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise StateTableError(file, None, f"invalid YAML ({exc})") from exc
    try:
        table = StateTable.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first.get("loc", ())
        state = None
        if len(loc) >= 2 and isinstance(loc[1], int):
            raw = (data.get("states") or [])[loc[1]]
            state = raw.get("state") if isinstance(raw, dict) else None
        where = ".".join(str(p) for p in loc[2:]) or "row"
        raise StateTableError(file, state, f"{where}: {first['msg']}") from exc
    codes = [s.state for s in table.states]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise StateTableError(file, dupes[0], "the state appears twice")
    return table


@cache
def load_state_table() -> StateTable:
    text = (resources.files("clauses") / "data" / "vacatur_states.yaml").read_text(encoding="utf-8")
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
        f"no vacatur statute is recorded for this state (covered: {covered}); "
        "draft by hand or add a reviewed row",
    )
