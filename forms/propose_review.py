"""The attorney's review of a proposed map, without any window (the desktop screen and the
``forms map`` command both drive this class).

Each field starts *pending*. The reviewer accepts the proposal, changes it (another fact or
value), or marks the field blank by design with a reason. ``build_map`` refuses while anything is
pending and turns the decisions into a ``FieldMap`` that names who reviewed it and when;
``forms.propose_store`` validates and stores it. A proposal is never a map by itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from forms.errors import FormsError, first_few
from forms.inventory import Inventory
from forms.maps import Blank, Box, Entry, FieldMap, Label, RowSelect
from forms.propose import Proposal, Proposed, part_labels

Status = Literal["pending", "accepted", "changed", "blank"]


class ReviewIncomplete(FormsError):
    def __init__(self, pending: list[str]) -> None:
        self.pending = tuple(pending)
        super().__init__(
            f"{len(self.pending)} field(s) are still waiting for review "
            f"({first_few(self.pending, 5)}). Accept, "
            "change or mark each one blank by design before the map can be saved."
        )


@dataclass
class Decision:
    status: Status = "pending"
    fact: str | list[str] | None = None
    value: str | None = None
    format: list[str] = field(default_factory=list)
    reason: str = ""


class ReviewSession:
    def __init__(self, proposal: Proposal, inventory: Inventory) -> None:
        self.proposal = proposal
        self.inventory = inventory
        self.items: list[Proposed] = sorted(
            proposal.fields,
            key=lambda p: (p.page, _part_key(p.part), -inventory.fields[p.field].rect[1]),
        )
        self.decisions: dict[str, Decision] = {p.field: Decision() for p in self.items}
        self._by_field = {p.field: p for p in self.items}

    # -- reading ------------------------------------------------------------------------
    def parts(self) -> list[str]:
        return part_labels(self.items)

    def in_part(self, part: str) -> list[Proposed]:
        return [p for p in self.items if (p.part or "-") == part]

    def proposed(self, field_name: str) -> Proposed:
        return self._by_field[field_name]

    def pending(self) -> list[str]:
        return [f for f, d in self.decisions.items() if d.status == "pending"]

    # -- deciding -----------------------------------------------------------------------
    def accept(self, field_name: str) -> None:
        p = self._by_field[field_name]
        if p.kind == "unknown" or (p.kind != "blank" and not p.fact):
            raise FormsError(
                f"{field_name}: nothing was proposed; change it to a fact or mark it blank"
            )
        if p.kind == "blank":
            self.decisions[field_name] = Decision("blank", reason=p.reason)
        else:
            self.decisions[field_name] = Decision("accepted", p.fact, p.value, list(p.format))

    def change(
        self,
        field_name: str,
        fact: str | list[str],
        *,
        value: str | None = None,
        format: list[str] | None = None,
    ) -> None:
        spec = self.inventory.fields[field_name]
        if spec.type in ("checkbox", "radio") and value is None:
            raise FormsError(f"{field_name}: a check box needs the fact value it stands for")
        self.decisions[field_name] = Decision("changed", fact, value, list(format or []))

    def blank(self, field_name: str, reason: str) -> None:
        if not reason.strip():
            raise FormsError(f"{field_name}: say why the field stays blank")
        self.decisions[field_name] = Decision("blank", reason=reason.strip())

    def accept_confident(self, threshold: float = 0.8) -> int:
        """Accept every pending proposal at or above ``threshold``; returns how many."""
        n = 0
        for p in self.items:
            if self.decisions[p.field].status != "pending" or p.confidence < threshold:
                continue
            if p.kind == "unknown" or (p.kind != "blank" and not p.fact):
                continue
            self.accept(p.field)
            n += 1
        return n

    # -- the map ------------------------------------------------------------------------
    def build_map(
        self,
        *,
        form: str,
        edition: str,
        reviewed_by: str,
        today: dt.date | None = None,
        pdf_sha256: str | None = None,
    ) -> FieldMap:
        pending = self.pending()
        if pending:
            raise ReviewIncomplete(pending)
        if not reviewed_by.strip():
            raise FormsError("say who reviewed the map (reviewed_by)")
        entries: list[Entry] = []
        # Read-only fields (a form script used to fill or unlock them) go under header_repeats,
        # which the validator allows to be read-only; the filler writes them all the same.
        repeats: list[Entry] = []
        choices: dict[tuple[object, ...], dict[str, Box]] = defaultdict(dict)
        choice_info: dict[tuple[object, ...], tuple[Proposed, Decision]] = {}
        blanks: list[Blank] = []
        derivative = False
        for p in self.items:
            d = self.decisions[p.field]
            if d.status == "blank":
                blanks.append(Blank(pattern=re.escape(p.field), reason=d.reason))
                continue
            spec = self.inventory.fields[p.field]
            select = self._select(p)
            derivative = derivative or select == "derivative"
            label = Label(page=p.page or 1, part=p.part or "-", item=p.item or "-")
            if spec.type in ("checkbox", "radio"):
                assert d.value is not None
                on = spec.on_states[0] if spec.on_states else "On"
                key = (_fact_key(d.fact), repr(select), tuple(d.format))
                choices[key][d.value] = Box(field=p.field, state=on)
                choice_info.setdefault(key, (p, d))
                continue
            (repeats if spec.read_only else entries).append(
                Entry(
                    kind="dropdown" if spec.type == "choice" else "text",
                    field=p.field,
                    fact=d.fact,
                    select=select,
                    format=d.format,
                    overflow=p.overflow if d.status == "accepted" else True,
                    label=label,
                    note=None if d.status == "accepted" else "changed by the reviewer",
                )
            )
        for ckey, options in choices.items():
            p, d = choice_info[ckey]
            ro = any(self.inventory.fields[b.field].read_only for b in options.values())
            (repeats if ro else entries).append(
                Entry(
                    kind="choice",
                    fact=d.fact,
                    select=self._select(p),
                    format=d.format,
                    options=options,
                    label=Label(page=p.page or 1, part=p.part or "-", item=p.item or "-"),
                )
            )
        return FieldMap(
            form=form,
            edition=edition,
            pdf_sha256=pdf_sha256,
            subject="derivative" if derivative else "applicant",
            last_reviewed=today or dt.date.today(),
            reviewed_by=reviewed_by.strip(),
            verify_status="VERIFY",
            notes=(
                "Proposed from the PDF's tooltips by ReliefDesk and reviewed field by field by "
                f"{reviewed_by.strip()}."
            ),
            entries=entries,
            header_repeats=repeats,
            blank_by_design=blanks,
        )

    def _select(self, p: Proposed) -> Literal["derivative"] | RowSelect | None:
        d = self.decisions[p.field]
        facts = [d.fact] if isinstance(d.fact, str) else list(d.fact or [])
        if p.derivative and d.status == "accepted":
            return "derivative"
        group = facts[0].split("[]", 1)[0] if facts and "[]." in facts[0] else None
        if group is None:
            return None
        if d.status == "accepted" and p.group == group:
            if group == "aliases" and p.row is None:
                return None
            return RowSelect(group=group, where=dict(p.where), index=p.row or 0)
        return RowSelect(group=group)


def _fact_key(fact: str | list[str] | None) -> tuple[str, ...]:
    if fact is None:
        return ()
    return (fact,) if isinstance(fact, str) else tuple(fact)


def _part_key(part: str | None) -> tuple[int, str]:
    if part is None:
        return (999, "")
    m = re.match(r"(\d+)", part)
    return (int(m.group(1)), part) if m else (500, part)
