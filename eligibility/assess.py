"""Assessment of one profile against one relief's rules: a screening result for attorney review.

``assess(view, relief)`` evaluates each legal element of ``eligibility/data/rules/<relief>.yaml``
in three-valued logic and returns an ``Assessment``: an outcome, one ``ElementAssessment`` per
element (status from DOMAIN.md §8.8), flags, deadlines with dates, derivatives who may qualify,
other relief to consider, and the questions that would resolve each unknown.

Rules of the engine (DOMAIN.md "App rule", §8.8):
- An unknown fact makes an element unknown, never unmet.
- A rule whose ``verify_status`` is not ``ok`` (VERIFY, or stale because ``last_reviewed`` is older
  than ``stale_after_days``) caps the element at ``likely_met`` / ``likely_unmet``; so does a
  ``screening_only`` element (a factor screen, not the legal test).
- The outcome is never "eligible": it is likely_eligible / likely_not_eligible /
  needs_more_information / not_applicable, shown as "Screening result for attorney review".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from eligibility.conditions import (
    All,
    AllRows,
    AnyOf,
    AnyRow,
    AtLeast,
    Compare,
    Context,
    Not,
    Ref,
    Result,
    VacaturCovers,
    evaluate_full,
    walk,
)
from eligibility.deps import resolving_questions, rule_index
from eligibility.errors import UnknownRelief
from eligibility.loader import RuleSet, load_rules
from eligibility.review import STALE_AFTER_DAYS
from eligibility.schema import Element, Provenance, ReliefRules, StateRule
from facts import UNKNOWN, FactView, RowView
from facts.derived import years_between
from facts.psg import PsgAnalysis
from facts.psg import analyse as analyse_psg

#: DOMAIN.md §8.8 status_enum.
STATUSES = (
    "met",
    "likely_met",
    "unknown",
    "likely_unmet",
    "unmet",
    "exception_applies",
    "not_applicable",
)
OUTCOMES = ("likely_eligible", "likely_not_eligible", "needs_more_information", "not_applicable")
#: UI wording: never "eligible".
OUTCOME_LABELS = {
    "likely_eligible": "Screening result for attorney review: elements appear to be met",
    "likely_not_eligible": "Screening result for attorney review: an element appears not to be met",
    "needs_more_information": "Screening result for attorney review: more information needed",
    "not_applicable": "Screening result for attorney review: does not apply to this client",
}
#: An unknown element's reason is built from these parts: the first sentence, then (when facts
#: are missing) the first ``UNKNOWN_LISTED`` of ``unknown_facts`` by id and description, then the
#: true answers (``basis``, "fact = True") after ``SHOWN_SO_FAR``. A screen that says the reason in
#: another language builds it from the same parts (ids, not the English descriptions).
UNKNOWN_UNTIL = "Unknown until these are answered:"
UNKNOWN_UNSETTLED = (
    "Unknown: the answers recorded do not settle this; it needs attorney review or action (see "
    "the flags)."
)
SHOWN_SO_FAR = "Shown so far:"
UNKNOWN_LISTED = 6
#: A rule not reviewed for this many days becomes ``stale`` (DOMAIN.md App rule).

_SATISFIED = {"met", "likely_met", "exception_applies", "not_applicable"}
_FAILED = {"unmet", "likely_unmet"}


@dataclass(frozen=True)
class ElementAssessment:
    relief: str
    element_id: str
    title: str
    status: str
    reason: str
    authority: tuple[str, ...]
    last_reviewed: dt.date
    verify_status: str  # effective: ok | VERIFY | stale
    evidence_to_gather: tuple[str, ...]
    resolving_questions: tuple[str, ...]
    unknown_facts: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()  # facts (with values) that decided a met/unmet/exception
    exception_id: str | None = None
    attorney_review_required: bool = True
    #: What the interview recorded for this element from its evidence questions (issue 23):
    #: indicator answers ("trafficking.debt_owed = yes: ..."), never the client's words.
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssessmentFlag:
    id: str
    title: str
    message: str
    severity: str
    authority: tuple[str, ...]
    verify_status: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeadlineItem:
    id: str
    title: str
    due: dt.date
    days_left: int
    passed: bool
    alert_from: dt.date | None
    authority: tuple[str, ...]
    verify_status: str


@dataclass(frozen=True)
class DerivativeItem:
    code: str
    title: str
    family_index: int
    name: str
    relationship: str
    status: str  # may_qualify | unknown
    note: str
    authority: tuple[str, ...]
    verify_status: str
    unknown_facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class OtherReliefItem:
    relief: str
    title: str
    reason: str


@dataclass
class Assessment:
    relief: str
    title: str
    outcome: str
    label: str
    elements: list[ElementAssessment]
    flags: list[AssessmentFlag] = field(default_factory=list)
    deadlines: list[DeadlineItem] = field(default_factory=list)
    derivatives: list[DerivativeItem] = field(default_factory=list)
    other_relief: list[OtherReliefItem] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    #: Per-group PSG analysis, for reliefs whose rules ask for it (asylum); None otherwise.
    psg: PsgAnalysis | None = None

    def element(self, element_id: str) -> ElementAssessment:
        for e in self.elements:
            if e.element_id == element_id:
                return e
        raise KeyError(element_id)

    def flag_ids(self) -> list[str]:
        return [f.id for f in self.flags]

    @property
    def unknown_facts(self) -> list[str]:
        out: list[str] = []
        for e in self.elements:
            out.extend(f for f in e.unknown_facts if f not in out)
        return out

    @property
    def resolving_questions(self) -> list[str]:
        out: list[str] = []
        for e in self.elements:
            out.extend(q for q in e.resolving_questions if q not in out)
        return out

    def to_dict(self) -> dict[str, Any]:
        def conv(obj: Any) -> Any:
            if isinstance(obj, dt.date):
                return obj.isoformat()
            if isinstance(obj, dict):
                return {k: conv(v) for k, v in obj.items()}
            if isinstance(obj, list | tuple):
                return [conv(v) for v in obj]
            return obj

        data = asdict(self)
        data["unknown_facts"] = self.unknown_facts
        data["resolving_questions"] = self.resolving_questions
        result: dict[str, Any] = conv(data)
        return result


# ---------------------------------------------------------------------------------------------
# Provenance
# ---------------------------------------------------------------------------------------------


def effective_verify(prov: Provenance | StateRule, today: dt.date, stale_after_days: int) -> str:
    """``ok``, ``VERIFY`` or ``stale``: the review model's rule (``eligibility.review``)."""
    return prov.status_on(today, stale_after_days)


def _cap(status: str, capped: bool) -> str:
    if not capped:
        return status
    return {"met": "likely_met", "exception_applies": "likely_met", "unmet": "likely_unmet"}.get(
        status, status
    )


# ---------------------------------------------------------------------------------------------
# State vacatur table hook
# ---------------------------------------------------------------------------------------------

_PROSTITUTION_CATEGORIES = ("prostitution", "loitering")
#: Remedies that clear a record as vacatur does (an expunged Florida conviction is deemed
#: vacated); sealing and nondisclosure hide a record without vacating it (issue 14).
VACATING_REMEDIES = ("vacatur", "expungement", "set_aside")
#: arrests[].disposition -> the record_scope entry a state's statute must reach.
DISPOSITION_SCOPE = {
    "convicted": "conviction",
    "dismissed": "arrest_no_conviction",
    "acquitted": "arrest_no_conviction",
    "adjudicated": "juvenile_adjudication",
}


def vacatur_hook(states: dict[str, StateRule]) -> Any:
    """The ``vacatur_covers`` evaluator: does the arrest's state statute cover its offence?"""

    def hook(ctx: Context, row: RowView) -> Result:
        state = row.get("state")
        if state is UNKNOWN:
            return Result(None, frozenset({"arrests[].state"}))
        rule = states.get(str(state).upper()) or states.get(str(state))
        if rule is None:
            return Result(None)  # no table row: attorney research, nothing to ask the client
        # Issue 14: the remedy must vacate (not only seal), the case must be disposed, and the
        # statute must reach this kind of record (NY reaches judgments of conviction only).
        if not set(rule.relief_types) & set(VACATING_REMEDIES):
            return Result(False)
        disposition = row.get("disposition")
        if disposition is UNKNOWN:
            return Result(None, frozenset({"arrests[].disposition"}))
        needed = DISPOSITION_SCOPE.get(str(disposition))
        if needed is None:  # pending (not vacatable), or already vacated or sealed
            return Result(False)
        if not rule.record_scope:
            return Result(None)  # the row does not say which records it reaches: research
        if needed not in rule.record_scope:
            return Result(False)
        if rule.age_limit == "under_18_at_offense":
            dob = ctx.value("client.date_of_birth")
            when = row.get("arrest_date")
            if dob is UNKNOWN or when is UNKNOWN:
                missing = {"client.date_of_birth"} if dob is UNKNOWN else set()
                if when is UNKNOWN:
                    missing.add("arrests[].arrest_date")
                return Result(None, frozenset(missing))
            if years_between(dob, when) >= 18:
                return Result(False)
        category = row.get("offense_category")
        scope = rule.offense_scope
        if scope == "any_offense":
            if category is not UNKNOWN and category in rule.excluded_categories:
                return Result(False)
            return Result(True)
        if scope in ("unconfirmed",):
            return Result(None)
        if scope == "none":
            return Result(False)
        if category is UNKNOWN:
            return Result(None, frozenset({"arrests[].offense_category"}))
        if scope == "prostitution_related_only":
            covered = rule.covered_categories or list(_PROSTITUTION_CATEGORIES)
            return Result(category in covered)
        if scope == "nonviolent_only":
            return Result(category not in (rule.excluded_categories or ["violent"]))
        return Result(category in rule.covered_categories)  # enumerated_list

    return hook


# ---------------------------------------------------------------------------------------------
# Basis: which facts decided a result
# ---------------------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _basis(node: Any, ctx: Context, row: RowView | None, want: bool, out: list[str]) -> None:
    res = evaluate_full(node, ctx, row)
    if res.value is not want:
        return
    if isinstance(node, Compare):
        if row is not None and node.fact.startswith(f"{row.group}[]."):
            col = node.fact.split("[].", 1)[1]
            label = f"{row.group}[{row.index}].{col}"
            value = row.get(col)
        else:
            label, value = node.fact, ctx.value(node.fact)
        item = f"{label} = {_fmt(value)}"
        if item not in out:
            out.append(item)
    elif isinstance(node, All | AnyOf):
        children = node.all if isinstance(node, All) else node.any
        decisive_all = isinstance(node, All) == want  # all/true or any/false: every child
        for c in children:
            if decisive_all:
                _basis(c, ctx, row, want, out)
            elif evaluate_full(c, ctx, row).value is want:
                _basis(c, ctx, row, want, out)
                break
    elif isinstance(node, Not):
        _basis(node.not_, ctx, row, not want, out)
    elif isinstance(node, AtLeast):
        for c in node.at_least.of:
            _basis(c, ctx, row, want, out)
    elif isinstance(node, AnyRow | AllRows):
        spec = node.any_row if isinstance(node, AnyRow) else node.all_rows
        for r in ctx.rows(spec.group):
            if evaluate_full(spec.where, ctx, r).value is want:
                _basis(spec.where, ctx, r, want, out)
                if isinstance(node, AnyRow) == want:
                    break
    elif isinstance(node, Ref):
        _basis(ctx.refs[node.ref], ctx, row, want, out)
    elif isinstance(node, VacaturCovers) and row is not None:
        state = row.get("state")
        rule = ctx.states.get(str(state)) if state is not UNKNOWN else None
        cite = f" ({rule.statute_cite}, {rule.offense_scope})" if rule is not None else ""
        out.append(f"{row.group}[{row.index}] state statute covers offence = {want}{cite}")


def _shown(node: Any, ctx: Context) -> list[str]:
    """The client-level answers in ``node`` that are true (e.g. the hardship factors shown), for
    an element left to the attorney's weighing."""
    out: list[str] = []
    for n, group in walk(node):
        if (
            isinstance(n, Compare)
            and group is None
            and "[]" not in n.fact
            and n.op == "is_true"
            and evaluate_full(n, ctx).value is True
            and f"{n.fact} = True" not in out
        ):
            out.append(f"{n.fact} = True")
    return out


def _describe(facts: Iterable[str], view: FactView) -> str:
    parts = []
    for name in facts:
        fact = view.catalogue.facts.get(name)
        parts.append(f"{name} ({fact.description})" if fact is not None else name)
    return "; ".join(parts)


# ---------------------------------------------------------------------------------------------
# Elements
# ---------------------------------------------------------------------------------------------


def _indicators(relief: str, el: Element, ctx: Context, rules: RuleSet) -> tuple[str, ...]:
    """The recorded answers of the element's evidence questions (yes answers, choices, dates,
    numbers; free text only as "recorded", so no story is repeated on screen)."""
    out: list[str] = []
    for qid in rule_index(rules).evidence.get((relief, el.id), ()):
        q = rules.questions[qid]
        if q.type == "group":
            continue  # rows are listed in the profile and decide through the basis
        value = ctx.value(q.fact)
        if value is UNKNOWN or value is False or value in ("", [], None):
            continue
        fact = ctx.view.catalogue.facts.get(q.fact)
        what = fact.description if fact is not None else q.fact
        if value is True:
            item = f"{q.fact} = yes: {what}"
        elif q.type == "text":
            item = f"{q.fact}: {what} (recorded, {len(str(value).split())} words)"
        elif isinstance(value, list):
            item = f"{q.fact} = {', '.join(_fmt(v) for v in value)}: {what}"
        else:
            item = f"{q.fact} = {_fmt(value)}: {what}"
        if item not in out:
            out.append(item)
    return tuple(out)


def _assess_element(
    relief: str,
    el: Element,
    ctx: Context,
    rules: RuleSet,
    stale_after_days: int,
) -> ElementAssessment:
    view = ctx.view
    today = view.today
    verify = effective_verify(el, today, stale_after_days)
    capped = verify != "ok" or el.screening_only
    common: dict[str, Any] = {
        "relief": relief,
        "element_id": el.id,
        "title": el.title,
        "authority": tuple(el.authority),
        "last_reviewed": el.last_reviewed,
        "evidence_to_gather": tuple(el.evidence),
        "indicators": _indicators(relief, el, ctx, rules),
    }

    def done(status: str, reason: str, **kw: Any) -> ElementAssessment:
        kw.setdefault("resolving_questions", ())
        kw.setdefault("verify_status", verify)
        if status in ("likely_met", "likely_unmet") and kw["verify_status"] != "ok":
            why = "marked VERIFY" if kw["verify_status"] == "VERIFY" else "stale (not reviewed)"
            reason += f" Capped at 'likely': the rule is {why} until an attorney checks it."
        return ElementAssessment(status=status, reason=reason, **common, **kw)

    if el.not_applicable_if is not None:
        na = evaluate_full(el.not_applicable_if, ctx)
        if na.value is True:
            return done("not_applicable", "Does not apply on the current answers.")

    met = evaluate_full(el.met_if, ctx)
    exc_results = [(exc, evaluate_full(exc.when, ctx)) for exc in el.exceptions]
    for exc, res in exc_results:
        if res.value is True:
            exc_verify = effective_verify(exc, today, stale_after_days)
            worst = exc_verify if exc_verify != "ok" else verify
            basis: list[str] = []
            _basis(exc.when, ctx, None, True, basis)
            status = _cap("exception_applies", exc_verify != "ok" or verify != "ok")
            return done(
                status,
                f"{exc.id}: {exc.title} ({'; '.join(exc.authority)}).",
                verify_status=worst,
                basis=tuple(basis),
                exception_id=exc.id,
            )
    if met.value is True:
        basis = []
        _basis(el.met_if, ctx, None, True, basis)
        reason = "Met on the current answers."
        if el.screening_only:
            reason = "Screening factors present; the legal standard needs attorney judgement."
        return done(_cap("met", capped), reason, basis=tuple(basis))

    if el.unmet_if is not None:
        unmet = evaluate_full(el.unmet_if, ctx)
        unmet_node: Any = el.unmet_if
        want = True
    else:
        unmet = Result(None, met.unknown) if met.value is None else Result(True)
        unmet_node, want = el.met_if, False
    exceptions_ruled_out = all(res.value is False for _e, res in exc_results)
    if unmet.value is True and exceptions_ruled_out:
        basis = []
        _basis(unmet_node, ctx, None, want, basis)
        return done(_cap("unmet", capped), "Not met on the current answers.", basis=tuple(basis))

    unknown: set[str] = set(met.unknown) | set(unmet.unknown)
    for _exc, res in exc_results:
        if res.value is None:
            unknown |= res.unknown
    facts = sorted(unknown)
    questions = resolving_questions(facts, rules, view, preferred=el.questions)
    if facts:
        reason = f"{UNKNOWN_UNTIL} {_describe(facts[:UNKNOWN_LISTED], view)}"
    else:
        reason = UNKNOWN_UNSETTLED
    shown = _shown(el.met_if, ctx)
    if shown:
        reason += f" {SHOWN_SO_FAR} {'; '.join(shown)}."
    return done(
        "unknown",
        reason,
        unknown_facts=tuple(facts),
        resolving_questions=tuple(questions),
        basis=tuple(shown),
    )


# ---------------------------------------------------------------------------------------------
# Relief
# ---------------------------------------------------------------------------------------------


def _rules_for(relief: str, rules: RuleSet) -> ReliefRules:
    try:
        return rules.reliefs[relief]
    except KeyError:
        raise UnknownRelief(relief, list(rules.reliefs)) from None


def _context(view: FactView, rules: RuleSet) -> Context:
    return Context(view, refs=rules.common, vacatur=vacatur_hook(rules.states), states=rules.states)


def context_for(view: FactView, rules: RuleSet) -> Context:
    """One evaluation context over ``view`` (shared refs, the state table hook)."""
    return _context(view, rules)


def assess_element(
    relief: str,
    element: Element,
    ctx: Context,
    rules: RuleSet,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> ElementAssessment:
    """One element of an applicable relief, exactly as ``assess`` reports it (the interview
    re-evaluates only the elements whose facts changed)."""
    return _assess_element(relief, element, ctx, rules, stale_after_days)


def _family_name(row: RowView) -> str:
    parts = [row.get("given_name"), row.get("family_name")]
    name = " ".join(str(p) for p in parts if p is not UNKNOWN)
    return name or f"family member {row.index + 1}"


def _assess(rr: ReliefRules, ctx: Context, rules: RuleSet, stale_after_days: int) -> Assessment:
    """One relief: its elements and outcome, then what surrounds them (flags, dated
    deadlines, family who may qualify as derivatives, other relief, the PSG analysis)."""
    today = ctx.view.today
    applies = evaluate_full(rr.applies_if, ctx) if rr.applies_if is not None else Result(True)
    if applies.value is False:
        return _not_applicable(rr, today, stale_after_days)
    elements = [_assess_element(rr.relief, el, ctx, rules, stale_after_days) for el in rr.elements]
    statuses = {e.status for e in elements}
    if statuses & _FAILED:
        outcome = "likely_not_eligible"
    elif "unknown" in statuses:
        outcome = "needs_more_information"
    else:
        outcome = "likely_eligible"
    return Assessment(
        relief=rr.relief,
        title=rr.title,
        outcome=outcome,
        label=OUTCOME_LABELS[outcome],
        elements=elements,
        flags=_flags(rr, ctx, elements, stale_after_days),
        deadlines=_deadlines(rr, ctx, stale_after_days),
        derivatives=_derivatives(rr, ctx, stale_after_days),
        other_relief=[
            OtherReliefItem(o.relief, o.title, o.reason)
            for o in rr.other_relief
            if evaluate_full(o.when, ctx).value is True
        ],
        today=today,
        psg=analyse_psg(ctx.view) if rr.psg_analysis else None,
    )


def _not_applicable(rr: ReliefRules, today: dt.date, stale_after_days: int) -> Assessment:
    elements = [
        ElementAssessment(
            relief=rr.relief,
            element_id=el.id,
            title=el.title,
            status="not_applicable",
            reason=rr.not_applicable_reason or "Does not apply to this client.",
            authority=tuple(el.authority),
            last_reviewed=el.last_reviewed,
            verify_status=effective_verify(el, today, stale_after_days),
            evidence_to_gather=(),
            resolving_questions=(),
        )
        for el in rr.elements
    ]
    return Assessment(
        relief=rr.relief,
        title=rr.title,
        outcome="not_applicable",
        label=OUTCOME_LABELS["not_applicable"],
        elements=elements,
        today=today,
    )


def _flags(
    rr: ReliefRules, ctx: Context, elements: list[ElementAssessment], stale_after_days: int
) -> list[AssessmentFlag]:
    today = ctx.view.today
    flags = [
        AssessmentFlag(
            id=fl.id,
            title=fl.title,
            message=fl.message,
            severity=fl.severity,
            authority=tuple(fl.authority),
            verify_status=effective_verify(fl, today, stale_after_days),
            questions=tuple(fl.questions),
        )
        for fl in rr.flags
        if evaluate_full(fl.when, ctx).value is True
    ]
    stale = [e.element_id for e in elements if e.verify_status == "stale"]
    if stale:
        flags.append(
            AssessmentFlag(
                id=f"{rr.relief}-STALE",
                title="Rules need review",
                message=f"These rules were last reviewed more than {stale_after_days} days ago: "
                + ", ".join(stale)
                + ". Results are capped at 'likely' until an attorney re-checks them.",
                severity="warning",
                authority=(),
                verify_status="stale",
            )
        )
    return flags


def _dates(value: Any) -> list[dt.date]:
    """A deadline fact's dates (one, or one per row), ISO text read as a date; others dropped."""
    out: list[dt.date] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            try:
                v = dt.date.fromisoformat(v)
            except ValueError:
                continue
        if isinstance(v, dt.date):
            out.append(v)
    return out


def _deadlines(rr: ReliefRules, ctx: Context, stale_after_days: int) -> list[DeadlineItem]:
    today = ctx.view.today
    deadlines = []
    for dl in rr.deadlines:
        if dl.when is not None and evaluate_full(dl.when, ctx).value is False:
            continue
        for v in _dates(ctx.value(dl.fact)):
            alert = (
                v - dt.timedelta(days=dl.alert_days_before)
                if dl.alert_days_before is not None
                else None
            )
            deadlines.append(
                DeadlineItem(
                    id=dl.id,
                    title=dl.title,
                    due=v,
                    days_left=(v - today).days,
                    passed=v < today,
                    alert_from=alert,
                    authority=tuple(dl.authority),
                    verify_status=effective_verify(dl, today, stale_after_days),
                )
            )
    return deadlines


def _derivatives(rr: ReliefRules, ctx: Context, stale_after_days: int) -> list[DerivativeItem]:
    today = ctx.view.today
    derivatives = []
    for row in ctx.rows("family") if rr.derivatives else []:
        for d in rr.derivatives:
            res = evaluate_full(d.when, ctx, row)
            if res.value is False:
                continue
            relationship = row.get("relationship")
            derivatives.append(
                DerivativeItem(
                    code=d.code,
                    title=d.title,
                    family_index=row.index,
                    name=_family_name(row),
                    relationship="" if relationship is UNKNOWN else str(relationship),
                    status="may_qualify" if res.value else "unknown",
                    note=d.note,
                    authority=tuple(d.authority),
                    verify_status=effective_verify(d, today, stale_after_days),
                    unknown_facts=tuple(sorted(res.unknown)),
                )
            )
    return derivatives


def assess(
    view: FactView,
    relief: str,
    *,
    rules: RuleSet | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> Assessment:
    """Screen one profile (through its FactView) for one relief."""
    rules = rules or load_rules()
    rr = _rules_for(relief, rules)
    return _assess(rr, _context(view, rules), rules, stale_after_days)


def assess_all(
    view: FactView,
    *,
    reliefs: Iterable[str] | None = None,
    rules: RuleSet | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> dict[str, Assessment]:
    """Screen one profile for every registered relief, or ``reliefs`` (one shared evaluation
    context)."""
    rules = rules or load_rules()
    if reliefs is None:
        reliefs = list(rules.reliefs)
    ctx = _context(view, rules)
    return {r: _assess(_rules_for(r, rules), ctx, rules, stale_after_days) for r in reliefs}
