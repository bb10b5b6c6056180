"""Where a relief's packet is filed (issue 24 item 7): ``packets/data/filing_addresses.yaml``,
dated and marked VERIFY, chosen by relief and (asylum) whether the client is in proceedings.

Owns the address data only; the plan shows it and the drafts adapter prints it in the cover
letter. Must not touch forms or templates."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from pydantic import Field, ValidationError

from casefile.yamlio import safe_load
from eligibility.review import Reviewed, Strict
from facts import FactView
from packets.errors import PlanDataError

__all__ = ["FilingAddress", "filing_address"]

_SOURCE = "packets/data/filing_addresses.yaml"


class _Entry(Strict):
    address: str = Field(min_length=1)
    authority: list[str] = Field(min_length=1)
    in_proceedings: str | None = None
    in_proceedings_authority: list[str] | None = None


class _Addresses(Reviewed):
    reliefs: dict[str, _Entry]


@dataclass(frozen=True)
class FilingAddress:
    """The address block (lines joined by newlines), its authority and review."""

    address: str
    authority: tuple[str, ...]
    verify_status: str
    last_reviewed: str


@cache
def _data() -> _Addresses:
    entry = resources.files("packets") / "data" / "filing_addresses.yaml"
    try:
        return _Addresses.model_validate(safe_load(entry.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError, OSError) as exc:
        raise PlanDataError(_SOURCE, str(exc)) from exc


def filing_address(view: FactView, relief: str) -> FilingAddress | None:
    """Where ``relief`` is filed for this client, or None where the data has no entry (e.g.
    vacatur, whose court comes from the convictions)."""
    data = _data()
    entry = data.reliefs.get(relief)
    if entry is None:
        return None
    address, authority = entry.address, entry.authority
    # a client in removal proceedings files with the court, not USCIS (asylum)
    if entry.in_proceedings and view.get("client.in_removal_proceedings") is True:
        address = entry.in_proceedings
        authority = entry.in_proceedings_authority or authority
    return FilingAddress(
        address=address,
        authority=tuple(authority),
        verify_status=data.verify_status,
        last_reviewed=data.last_reviewed.isoformat(),
    )
