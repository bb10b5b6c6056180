"""Counsel for letters and court papers, from the office's counsel details (issue 15 item 2).

The ``representative.*`` facts (held once in the store, overridable per client) give the
one-line name, firm, address, phone, e-mail and bar number that the templates print as
``counsel.*``. A value passed in ``RenderOptions.counsel`` (the ``draft --counsel-*`` flags)
still wins, field by field.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from facts.view import UNKNOWN, FactView

if TYPE_CHECKING:
    from templates.render import Counsel


def _fact(view: FactView, name: str) -> str:
    value: Any = view.get(f"representative.{name}")
    return "" if value is UNKNOWN else str(value).strip()


def _joined(parts: list[str], sep: str) -> str | None:
    return sep.join(p for p in parts if p) or None


def counsel_from_facts(view: FactView) -> dict[str, str | None]:
    """Counsel's letter fields from the facts (None where the facts say nothing)."""

    def f(name: str) -> str:
        return _fact(view, name)

    city_line = _joined([f("city"), _joined([f("state"), f("postal_code")], " ") or ""], ", ")
    bar = _joined([f("bar_number"), f"({f('bar_state')})" if f("bar_state") else ""], " ")
    return {
        "name": _joined([f("given_name"), f("middle_name"), f("family_name")], " "),
        "firm": f("firm_name") or f("recognized_organization") or None,
        "address": _joined([_joined([f("street"), f("unit")], ", ") or "", city_line or ""], ", "),
        "phone": f("phone") or None,
        "email": f("email") or None,
        "bar_number": bar if f("bar_number") else None,
    }


def with_counsel_facts(counsel: Counsel, view: FactView) -> Counsel:
    """``counsel`` with every unset field taken from the client's counsel facts."""
    known = counsel_from_facts(view)
    fill = {
        fl.name: known.get(fl.name)
        for fl in fields(counsel)
        if getattr(counsel, fl.name) in (None, "")
    }
    return replace(counsel, **fill)
