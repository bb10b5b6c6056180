"""Condition trees over facts, evaluated in Kleene three-valued logic. No ``eval``.

Shape (YAML), validated by pydantic::

    all: [<cond>, ...]            any: [<cond>, ...]            not: <cond>
    at_least: {n: 3, of: [<cond>, ...]}
    {fact: client.sex, op: eq, value: F}        # long form
    {fact: client.sex, eq: F}                   # short form (same thing)
    {fact: episodes[].means, any_in: [force, fraud]}
    {fact: client.age, lt: 18}                  {fact: client.a_number, known: true}
    {fact: asylum.filed_date, after: 2025-01-01}
    {fact: certifications[].signed_date, before_fact: u_visa.planned_filing_date}
    any_row: {group: arrests, where: <cond over arrests[].col facts>}
    all_rows: {group: arrests, where: <cond>}
    ref: severe_trafficking                     # a named shared condition (rules/common.yaml)
    vacatur_covers: true                        # inside an arrests row: the state table covers it
    definitely: <cond>                          # true only when <cond> is true; unknown is false
    state_offers: [sealing, nondisclosure_order] # inside an arrests row: the state's remedies
    const: true | false | null

Semantics:
- A comparison on an unknown fact is unknown (``None``), never false; ``known``/``unknown`` are
  the exceptions (always true or false). ``is_true`` / ``is_false`` need a bool.
- ``all`` is false if any child is false, else unknown if any is unknown, else true;
  ``any`` dually; ``not`` keeps unknown unknown.
- ``any_row``/``all_rows`` quantify over a repeating group. An empty group is unknown unless
  the group was answered as "none" (an ANSWERED ``group[]`` answer), when any_row is false and
  all_rows true. Inside ``where``, ``group[].col`` reads the current row.
- Outside a row, a ``group[].col`` comparison means "some row" (as in the clauses package).
- ``definitely`` turns unknown into false: for a fact that only weighs against an element when it
  is documented (an agency's recorded refusal), so that not knowing it does not block the element.
- Every evaluation also returns the unknown facts the result depends on: empty when the
  result is true or false, otherwise the facts whose answers could still settle it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from casefile.enums import AnswerStatus
from facts import UNKNOWN, FactView, RowView
from facts.catalogue import Fact

if TYPE_CHECKING:  # eligibility.schema builds its rule models on this module's Condition
    from eligibility.schema import StateRule

Tri = bool | None

OPS = (
    "eq",
    "ne",
    "in",
    "contains",
    "any_in",
    "gt",
    "gte",
    "lt",
    "lte",
    "known",
    "unknown",
    "is_true",
    "is_false",
    "before",
    "after",
    "on_or_before",
    "on_or_after",
)
#: Operators that compare a fact against another fact instead of a literal.
FACT_OPS = {f"{op}_fact": op for op in ("eq", "ne", "gt", "gte", "lt", "lte", "before", "after")}
#: Operators that take no value.
UNARY_OPS = {"known", "unknown", "is_true", "is_false"}
#: Operators and the fact types they accept (validator).
OP_TYPES: dict[str, tuple[str, ...]] = {
    "is_true": ("bool",),
    "is_false": ("bool",),
    "gt": ("int", "date"),
    "gte": ("int", "date"),
    "lt": ("int", "date"),
    "lte": ("int", "date"),
    "before": ("date",),
    "after": ("date",),
    "on_or_before": ("date",),
    "on_or_after": ("date",),
    "contains": ("list", "multi_choice", "text"),
    "any_in": ("list", "multi_choice"),
}


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Compare(_Node):
    fact: str
    op: str
    value: Any = None
    value_fact: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: Any) -> Any:
        if not isinstance(data, Mapping) or "op" in data:
            return data
        ops = [k for k in data if k in OPS or k in FACT_OPS]
        if len(ops) != 1:
            return data  # fails below with a clear "op" error
        key = ops[0]
        out: dict[str, Any] = {k: v for k, v in data.items() if k != key}
        if key in FACT_OPS:
            out["op"] = FACT_OPS[key]
            out["value_fact"] = data[key]
        else:
            out["op"] = key
            if key in ("is_true", "is_false") and data[key] is not True:
                raise ValueError(f"write '{key}: true' (to negate, wrap it in 'not')")
            if key not in UNARY_OPS:
                out["value"] = data[key]
            elif key in ("known", "unknown") and data[key] is False:
                out["op"] = "unknown" if key == "known" else "known"
        return out

    @model_validator(mode="after")
    def _op_ok(self) -> Compare:
        if self.op not in OPS:
            raise ValueError(f"unknown operator '{self.op}'; use one of {', '.join(OPS)}")
        if self.op in ("in", "any_in") and not isinstance(self.value, list):
            raise ValueError(f"'{self.op}' needs a list value")
        return self


class All(_Node):
    all: list[Condition] = Field(min_length=1)


class AnyOf(_Node):
    any: list[Condition] = Field(min_length=1)


class Not(_Node):
    not_: Condition = Field(alias="not")


class AtLeastSpec(_Node):
    n: int = Field(ge=1)
    of: list[Condition] = Field(min_length=1)


class AtLeast(_Node):
    at_least: AtLeastSpec


class RowSpec(_Node):
    group: str
    where: Condition


class AnyRow(_Node):
    any_row: RowSpec


class AllRows(_Node):
    all_rows: RowSpec


class Ref(_Node):
    ref: str


class VacaturCovers(_Node):
    vacatur_covers: Literal[True]


class Const(_Node):
    const: bool | None


class Definitely(_Node):
    definitely: Condition


class StateOffers(_Node):
    state_offers: list[str] = Field(min_length=1)


Condition = Annotated[
    Union[  # noqa: UP007
        All,
        AnyOf,
        Not,
        AtLeast,
        AnyRow,
        AllRows,
        Ref,
        VacaturCovers,
        Const,
        Definitely,
        StateOffers,
        Compare,
    ],
    Field(union_mode="left_to_right"),
]

for _m in (All, AnyOf, Not, AtLeastSpec, AtLeast, RowSpec, AnyRow, AllRows, Definitely):
    _m.model_rebuild()


class _Holder(BaseModel):
    cond: Condition


def parse(data: Any) -> Condition:
    """Parse and validate a condition tree (raises pydantic.ValidationError)."""
    if isinstance(data, _Node):
        return data  # type: ignore[return-value]
    return _Holder(cond=data).cond


# ---------------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------------

EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Result:
    value: Tri
    unknown: frozenset[str] = EMPTY  # facts the (unknown) result depends on


TRUE = Result(True)
FALSE = Result(False)

#: Hook for ``vacatur_covers``: (context, arrests row) -> Tri. Set by eligibility.vacatur.
VacaturHook = Callable[["Context", RowView], Result]


class Context:
    """One evaluation pass over a FactView: memoises fact values and named conditions."""

    def __init__(
        self,
        view: FactView,
        refs: Mapping[str, Condition] | None = None,
        vacatur: VacaturHook | None = None,
        states: Mapping[str, StateRule] | None = None,
    ) -> None:
        self.view = view
        self.states = states or {}  # the state record-relief table (for explanations)
        self.refs = refs or {}
        self.vacatur = vacatur
        self._values: dict[str, Any] = {}
        self._ref_results: dict[str, Result] = {}
        self._rows: dict[str, list[RowView]] = {}
        #: (id(node), group, row index) -> Result; nodes live as long as the cached rule set
        self.memo: dict[tuple[int, str, int], Result] = {}
        #: id(node) -> Result for evaluations outside any row
        self.memo_top: dict[int, Result] = {}
        self.keep: list[Any] = []

    def value(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            v = self.view.get(name)
            self._values[name] = v
            return v

    def rows(self, group: str) -> list[RowView]:
        try:
            return self._rows[group]
        except KeyError:
            r = self.view.rows(group)
            self._rows[group] = r
            return r

    def group_answered_none(self, group: str) -> bool:
        ans = self.view.profile.answers.get(f"{group}[]")
        return ans is not None and ans.status == AnswerStatus.ANSWERED.value

    def ref(self, name: str) -> Result:
        try:
            return self._ref_results[name]
        except KeyError:
            res = _eval(self.refs[name], self, None)
            self._ref_results[name] = res
            return res


def _coerce(fact: Fact | None, value: Any) -> Any:
    if fact is not None and fact.type == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return UNKNOWN
    return value


def _literal(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def compare(op: str, value: Any, target: Any) -> Tri:
    """Compare one known-or-UNKNOWN value with a target under ``op``."""
    if op == "known":
        return value is not UNKNOWN
    if op == "unknown":
        return value is UNKNOWN
    if value is UNKNOWN or target is UNKNOWN:
        return None
    if op == "is_true":
        return value is True
    if op == "is_false":
        return value is False
    if op == "eq":
        return bool(value == target)
    if op == "ne":
        return bool(value != target)
    if op == "in":
        return value in target
    if op == "contains":
        if isinstance(value, str):
            return str(target).lower() in value.lower()
        return target in value
    if op == "any_in":
        vals = value if isinstance(value, list | tuple | set) else [value]
        return any(v in target for v in vals)
    try:
        if op in ("gt", "after"):
            return bool(value > target)
        if op in ("gte", "on_or_after"):
            return bool(value >= target)
        if op in ("lt", "before"):
            return bool(value < target)
        if op in ("lte", "on_or_before"):
            return bool(value <= target)
    except TypeError:
        return None
    raise ValueError(f"unknown operator '{op}'")


def _kleene(results: list[Result], decisive: bool) -> Result:
    """Three-valued AND (``decisive=False``) or OR (``decisive=True``).

    One ``decisive`` operand settles the answer; otherwise any unknown operand makes the
    answer unknown (carrying every fact it waits on), and only all-known gives ``not decisive``.
    """
    unknown: set[str] = set()
    seen_none = False
    for r in results:
        if r.value is decisive:
            return TRUE if decisive else FALSE
        if r.value is None:
            seen_none = True
            unknown |= r.unknown
    if seen_none:
        return Result(None, frozenset(unknown))
    return FALSE if decisive else TRUE


def _kleene_all(results: list[Result]) -> Result:
    return _kleene(results, decisive=False)


def _kleene_any(results: list[Result]) -> Result:
    return _kleene(results, decisive=True)


#: Compare node id -> (node, parsed literal): literals are parsed once per rule set, not per
#: evaluation (the node is kept so that a reused id can never hit).
_LITERALS: dict[int, tuple[Any, Any]] = {}
#: (catalogue id, fact name) -> (catalogue, fact, column within its row or None): catalogue
#: lookups once per name.
#: Keyed by the catalogue's id for speed; the entry keeps the catalogue, and a hit counts only
#: when it is the same object (a freed catalogue's id can be reused by another).
_FACT_INFO: dict[tuple[int, str], tuple[Any, Fact, str | None]] = {}


def _node_literal(node: Compare) -> Any:
    hit = _LITERALS.get(id(node))
    if hit is not None and hit[0] is node:
        return hit[1]
    value = _literal(node.value)
    _LITERALS[id(node)] = (node, value)
    return value


def _fact_info(name: str, ctx: Context) -> tuple[Fact, str | None]:
    catalogue = ctx.view.catalogue
    key = (id(catalogue), name)
    hit = _FACT_INFO.get(key)
    if hit is not None and hit[0] is catalogue:
        return hit[1], hit[2]
    fact = catalogue[name]
    column = name.split("[].", 1)[1] if fact.many and fact.type != "group" else None
    _FACT_INFO[key] = (catalogue, fact, column)
    return fact, column


def _fact_value(name: str, ctx: Context, row: RowView | None) -> tuple[Any, Fact]:
    fact, column = _fact_info(name, ctx)
    if row is not None and column is not None and fact.group == row.group:
        return _coerce(fact, row.get(column)), fact
    return _coerce(fact, ctx.value(name)), fact


def _eval_compare(node: Compare, ctx: Context, row: RowView | None) -> Result:
    value, fact = _fact_value(node.fact, ctx, row)
    if node.value_fact is not None:
        target, _tfact = _fact_value(node.value_fact, ctx, row)
        target_name = node.value_fact
    else:
        target, target_name = _node_literal(node), None
    if fact.many and fact.type != "group" and isinstance(value, list):
        # outside its row: "some row" semantics
        rows = ctx.rows(fact.group or "")
        if not rows:
            if ctx.group_answered_none(fact.group or ""):
                return FALSE if node.op != "unknown" else TRUE
            return Result(None, frozenset({f"{fact.group}[]"}))
        results = [
            Result(compare(node.op, _coerce(fact, v), target), frozenset({node.fact}))
            for v in value
        ]
        return _kleene_any([r if r.value is None else Result(r.value) for r in results])
    if fact.type == "group":
        rows = value if isinstance(value, list) else []
        if node.op in ("known", "unknown"):
            known = bool(rows) or ctx.group_answered_none(fact.group or "")
            return Result(known if node.op == "known" else not known)
        value = len(rows) if rows or ctx.group_answered_none(fact.group or "") else UNKNOWN
    out = compare(node.op, value, target)
    if out is not None:
        return Result(out)
    deps = set()
    if value is UNKNOWN:
        deps.add(node.fact)
    if target is UNKNOWN and target_name is not None:
        deps.add(target_name)
    return Result(None, frozenset(deps or {node.fact}))


def _eval_rows(spec: RowSpec, ctx: Context, row: RowView | None, quantifier: str) -> Result:
    rows = ctx.rows(spec.group)
    if not rows:
        if ctx.group_answered_none(spec.group):
            return FALSE if quantifier == "any" else TRUE
        return Result(None, frozenset({f"{spec.group}[]"}))
    results = [_eval(spec.where, ctx, r) for r in rows]
    return _kleene_any(results) if quantifier == "any" else _kleene_all(results)


def _eval(node: Any, ctx: Context, row: RowView | None) -> Result:
    if row is None:  # the common case: a plain id key (no tuple to build and hash)
        top = ctx.memo_top
        res = top.get(id(node))
        if res is None:
            res = top[id(node)] = _eval_node(node, ctx, None)
        return res
    key = (id(node), row.group, row.index)
    try:
        return ctx.memo[key]
    except KeyError:
        pass
    res = _eval_node(node, ctx, row)
    ctx.memo[key] = res
    return res


def _eval_node(node: Any, ctx: Context, row: RowView | None) -> Result:
    if isinstance(node, Compare):
        return _eval_compare(node, ctx, row)
    if isinstance(node, All):
        return _kleene_all([_eval(c, ctx, row) for c in node.all])
    if isinstance(node, AnyOf):
        return _kleene_any([_eval(c, ctx, row) for c in node.any])
    if isinstance(node, Not):
        inner = _eval(node.not_, ctx, row)
        return inner if inner.value is None else Result(not inner.value)
    if isinstance(node, AtLeast):
        results = [_eval(c, ctx, row) for c in node.at_least.of]
        yes = sum(1 for r in results if r.value is True)
        maybe = [r for r in results if r.value is None]
        if yes >= node.at_least.n:
            return TRUE
        if yes + len(maybe) < node.at_least.n:
            return FALSE
        return Result(None, frozenset().union(*(r.unknown for r in maybe)))
    if isinstance(node, AnyRow):
        return _eval_rows(node.any_row, ctx, row, "any")
    if isinstance(node, AllRows):
        return _eval_rows(node.all_rows, ctx, row, "all")
    if isinstance(node, Ref):
        return ctx.ref(node.ref)
    if isinstance(node, VacaturCovers):
        if ctx.vacatur is None or row is None:
            return Result(None, frozenset({"arrests[].statute"}))
        return ctx.vacatur(ctx, row)
    if isinstance(node, Const):
        return Result(node.const)
    if isinstance(node, Definitely):
        return TRUE if _eval(node.definitely, ctx, row).value is True else FALSE
    if isinstance(node, StateOffers):
        return _state_offers(node, ctx, row)
    raise TypeError(f"not a condition node: {node!r}")


def _state_offers(node: StateOffers, ctx: Context, row: RowView | None) -> Result:
    """Inside an arrests row: does the state's record-relief statute offer one of these remedies
    (``relief_types`` in the state table)? A state with no table row is unknown (research)."""
    if row is None:
        return Result(None, frozenset({"arrests[].state"}))
    state = row.get("state")
    if state is UNKNOWN:
        return Result(None, frozenset({"arrests[].state"}))
    rule = ctx.states.get(str(state).upper()) or ctx.states.get(str(state))
    if rule is None:
        return Result(None)
    return Result(bool(set(rule.relief_types) & set(node.state_offers)))


def evaluate_full(
    cond: Any,
    view: FactView | Context,
    row: RowView | None = None,
) -> Result:
    """Evaluate a (parsed or raw) condition: value plus the unknown facts it depends on."""
    ctx = view if isinstance(view, Context) else Context(view)
    if isinstance(cond, _Node):
        node: Any = cond
    else:
        node = parse(cond)
        ctx.keep.append(node)  # memo keys use id(node): keep it alive for the context
    return _eval(node, ctx, row)


def evaluate(cond: Any, view: FactView | Context, row: RowView | None = None) -> Tri:
    """Evaluate a condition tree: True, False or None (unknown). ``None`` cond is True."""
    if cond is None:
        return True
    return evaluate_full(cond, view, row).value


# ---------------------------------------------------------------------------------------------
# Walking (for the validator and the interview)
# ---------------------------------------------------------------------------------------------


def walk(node: Any, row_group: str | None = None) -> list[tuple[Any, str | None]]:
    """Every node in the tree with the repeating group it is evaluated in (or None)."""
    out: list[tuple[Any, str | None]] = [(node, row_group)]
    children: list[Any] = []
    group = row_group
    if isinstance(node, All):
        children = list(node.all)
    elif isinstance(node, AnyOf):
        children = list(node.any)
    elif isinstance(node, Not):
        children = [node.not_]
    elif isinstance(node, Definitely):
        children = [node.definitely]
    elif isinstance(node, AtLeast):
        children = list(node.at_least.of)
    elif isinstance(node, AnyRow | AllRows):
        spec = node.any_row if isinstance(node, AnyRow) else node.all_rows
        children, group = [spec.where], spec.group
    for c in children:
        out.extend(walk(c, group))
    return out


def fact_names(node: Any) -> set[str]:
    """Facts a condition mentions directly (refs not followed)."""
    names: set[str] = set()
    for n, _g in walk(node if isinstance(node, _Node) else parse(node)):
        if isinstance(n, Compare):
            names.add(n.fact)
            if n.value_fact:
                names.add(n.value_fact)
        elif isinstance(n, AnyRow | AllRows):
            spec = n.any_row if isinstance(n, AnyRow) else n.all_rows
            names.add(f"{spec.group}[]")
    return names


def ref_names(node: Any) -> set[str]:
    return {n.ref for n, _g in walk(node) if isinstance(n, Ref)}
