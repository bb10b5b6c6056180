"""Score a proposal against a hand-made map (the ground truth), field by field.

For each PDF field the hand map fills from a fact (entries and rows blocks; ``by_relief``-only
entries and header repeats are not scored: they are not read from a tooltip), the meaning is the
tuple (facts, check-box value, row context): the row context is the group, the first value of
each ``where`` column and the row number (``rows`` block position or ``select.index``), or
"derivative" for ``select: derivative``. A proposal is *identical* when its meaning equals the
hand map's, *differs* when it proposes another meaning, *missing* when it proposes nothing (or
blank); *confident-wrong* counts the differing proposals at high confidence; *extra* counts
fields the hand map leaves blank or unmapped that the proposal fills.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forms.maps import Entry, FieldMap, RowsBlock, RowSelect
from forms.propose import Proposal, _as_list, _tag


def _where_of(entry: Entry, block: RowsBlock | None) -> tuple[str | None, dict[str, list[str]]]:
    if block is not None:
        return block.rows_of.group, dict(block.rows_of.where)
    if isinstance(entry.select, RowSelect):
        return entry.select.group, dict(entry.select.where)
    return None, {}


def truth(fmap: FieldMap) -> dict[str, tuple[object, ...]]:
    """field -> meaning, for every field the hand map fills from facts."""
    out: dict[str, tuple[object, ...]] = {}
    for entry in fmap.entries:
        _add(out, entry, None, None)
    for block in fmap.rows:
        for i, row in enumerate(block.rows):
            for entry in row:
                _add(out, entry, block, i)
    return out


def _add(
    out: dict[str, tuple[object, ...]], entry: Entry, block: RowsBlock | None, row: int | None
) -> None:
    if entry.fact is None:
        return
    facts = tuple(_as_list(entry.fact))
    group, where = _where_of(entry, block)
    if row is None and isinstance(entry.select, RowSelect):
        row = entry.select.index
    if group is None and facts[0].endswith("]") is False and "[]." in facts[0]:
        group = facts[0].split("[]", 1)[0]
    rowed = any("[]" in f for f in facts)
    tag = _tag(group, where, row, entry.select == "derivative") if rowed else ""
    if entry.kind == "choice":
        for value, box in entry.options.items():
            out[box.field] = (facts, value, tag)
    elif entry.field:
        out[entry.field] = (facts, None, tag)


@dataclass
class Score:
    form: str
    total: int
    identical: int = 0
    differs: int = 0
    missing: int = 0
    confident_wrong: int = 0
    extra: int = 0
    details: list[str] = field(default_factory=list)

    def pct(self, n: int) -> float:
        return 100.0 * n / self.total if self.total else 0.0

    def line(self) -> str:
        return (
            f"propose {self.form} identical {self.pct(self.identical):.0f}% "
            f"differs {self.pct(self.differs):.0f}% missing {self.pct(self.missing):.0f}% "
            f"confident-wrong {self.pct(self.confident_wrong):.0f}% "
            f"(of {self.total} hand-mapped fields; {self.extra} proposed where the hand map "
            "leaves the field blank)"
        )


def score(form: str, proposal: Proposal, fmap: FieldMap) -> Score:
    gt = truth(fmap)
    props = proposal.by_field()
    s = Score(form, len(gt))
    for name, want in gt.items():
        p = props.get(name)
        got = p.key() if p is not None else None
        if got is None:
            s.missing += 1
            s.details.append(f"missing  {name}: want {want}")
        elif got == want:
            s.identical += 1
        else:
            s.differs += 1
            assert p is not None
            if p.high:
                s.confident_wrong += 1
            s.details.append(f"differs  {name}: want {want} got {got} ({p.confidence})")
    mapped = fmap.mapped_fields()
    for p in proposal.fields:
        if p.field not in gt and p.field not in mapped and p.key() is not None:
            s.extra += 1
    return s
