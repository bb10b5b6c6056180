"""Where vacatur papers are filed: one set of papers per venue (issue 24 item 11).

A client trafficked across a state, or across states, may have records in several courts.
New York asks for the motion in the court where the judgment was entered (CPL 440.10(1)),
California serves the agency that obtained each conviction, Florida lets any court in the
circuit of arrest hear one petition for several cases. How records group is the law, so it is
read from the state's legal row (``venue`` in eligibility/data/vacatur_states.yaml, joined
into ``clauses.VacaturState``); this module only groups the client's records by it and narrows
a fact view to one venue, so every paper of that packet (caption, records table, service)
speaks of that court's records only. Which records count is ``clauses.vacatur_rows``, the same
test the papers use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from clauses import StateTableError, VacaturState, vacatur_rows, vacatur_state
from eligibility.schema import VenueRule
from facts import UNKNOWN, FactView, RowView
from packets.errors import UnknownVenue


@dataclass(frozen=True)
class Venue:
    """One set of vacatur papers: the records of one court (or county) in one state."""

    key: str  # stable slug, e.g. "ny-kings-criminal-court": the CLI's --court and file names
    label: str  # "Criminal Court, Kings County, New York"
    state: str  # two-letter code
    row_ids: tuple[str, ...]  # the arrests rows (stored ids) this venue's papers list
    rule: VenueRule | None  # None: the state's row says nothing of venue (VERIFY)
    last_reviewed: dt.date  # the state row's review date
    #: Catalogue facts that would place the records more exactly (e.g. the court's name).
    missing: tuple[str, ...] = ()


def _slug(*parts: str) -> str:
    text = "-".join(p for p in parts if p)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unplaced"


def _text(row: RowView, column: str) -> str:
    value = row.get(column)
    return "" if value is UNKNOWN or value is None else " ".join(str(value).split())


def _place(row: RowView, state: VacaturState) -> tuple[str, str, tuple[str, ...]]:
    """(grouping key, label, missing facts) of one record under the state's venue rule."""
    county = _text(row, "county")
    county = state.county_names.get(county, county)
    court = _text(row, "court")
    county_part = f"{county} County" if county else ""
    per = state.venue.per if state.venue is not None else "court"
    missing: list[str] = [] if county else ["arrests[].county"]
    if per == "county":
        label = ", ".join(p for p in (county_part or "County not recorded", state.name) if p)
        return _slug(state.state, county), label, tuple(missing)
    if not court:
        missing.append("arrests[].court")
    # "Queens County Criminal Court" names its county; "Criminal Court" (New York City's, one
    # court with a part per county) does not, and the county tells two of them apart
    named = bool(county) and county.lower() in court.lower()
    where = "" if named else county_part
    label = ", ".join(p for p in (court or "Court not recorded", where, state.name) if p)
    return _slug(state.state, "" if named else county, court), label, tuple(missing)


def _states(view: FactView) -> list[VacaturState]:
    """The covered states of the client's trafficking-linked records, in record order."""
    seen: list[VacaturState] = []
    for row in view.rows("arrests"):
        code = row.get("state")
        if code is UNKNOWN or row.get("trafficking_related") is not True:
            continue
        try:
            state = vacatur_state(str(code))
        except StateTableError:
            continue  # no papers are set up there: the plan already says so
        if all(s.state != state.state for s in seen):
            seen.append(state)
    return seen


def venues(view: FactView) -> list[Venue]:
    """The client's venues, in the order their first record was entered."""
    found: dict[str, Venue] = {}
    for state in _states(view):
        for _i, row in vacatur_rows(view, state):
            key, label, missing = _place(row, state)
            known = found.get(key)
            row_id = str(row.row.id)
            if known is None:
                found[key] = Venue(
                    key, label, state.state, (row_id,), state.venue, state.last_reviewed, missing
                )
            else:
                found[key] = dataclasses.replace(
                    known,
                    row_ids=(*known.row_ids, row_id),
                    missing=tuple(dict.fromkeys((*known.missing, *missing))),
                )
    return list(found.values())


def find_venue(view: FactView, key: str) -> Venue:
    """The venue ``key`` of this client; UnknownVenue names the client's venues."""
    found = venues(view)
    for venue in found:
        if venue.key == key:
            return venue
    raise UnknownVenue(key, [f"{v.key} ({v.label})" for v in found])


def restrict(view: FactView, venue: Venue) -> FactView:
    """A view of the same client whose arrests are only ``venue``'s records. Idempotent (rows
    are matched by stored id); the profile itself is untouched and never saved from here."""
    profile = view.profile
    kept = [r for r in profile.groups.get("arrests", []) if str(r.id) in venue.row_ids]
    narrowed = dataclasses.replace(profile, groups={**profile.groups, "arrests": kept})
    return FactView(narrowed, today=view.today, catalogue=view.catalogue)


def filing_lines(venue: Venue, *, several: bool) -> list[str]:
    """Where this venue's papers are filed, as the Documents screen shows it: the venue, the
    state table's words and, when the client has records in ``several`` venues, what the
    statute says of joint motions. [] when the state's row has no venue rule."""
    rule = venue.rule
    if rule is None:
        return []
    lines = [venue.label, _one_line(rule.text)]
    if several and rule.joint_text:
        lines.append(_one_line(rule.joint_text))
    return lines


def _one_line(text: str) -> str:
    """YAML block text on one line (the table wraps its prose)."""
    return " ".join(text.split())


def venue_notes(venue: Venue) -> list[str]:
    """What the attorney reads about this venue: where to file, and whether one motion may
    reach several jurisdictions (VERIFY where the table says so)."""
    if venue.rule is None:
        return [
            f"{venue.label}: the state table does not say where these papers are filed or "
            "whether records from several courts may share one motion. VERIFY in the statute; "
            "ReliefDesk prepares one set of papers per court."
        ]
    mark = " (VERIFY)" if venue.rule.verify else ""
    notes = [f"{venue.label}: {_one_line(venue.rule.text)}{mark}"]
    if venue.missing:
        notes.append(
            f"{venue.label}: record the court and county of each record, so the papers name "
            "the right court."
        )
    return notes


def several_venues_note(found: list[Venue]) -> list[str]:
    """The plan's warnings when the client's records lie in more than one venue and no venue
    was chosen: one packet per venue, and what each statute says of joint motions."""
    if len(found) < 2:
        return []
    listed = "; ".join(f"{v.label} [{v.key}]" for v in found)
    notes = [
        f"The client's records are in {len(found)} courts or counties: {listed}. Prepare one "
        "set of papers per venue (choose the court on the Documents screen, or "
        "`packet --court KEY`); this plan lists every record together."
    ]
    joint = {v.state: v.rule.joint_text for v in found if v.rule and v.rule.joint_text}
    notes.extend(f"{code}: {_one_line(text)}" for code, text in joint.items())
    return notes
