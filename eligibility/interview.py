"""InterviewSession: the Qt-free state of one interview (the desktop widget only displays it).

Usage::

    s = InterviewSession(profile, ["t_visa", "u_visa"], today=dt.date(2026, 11, 29))
    s.record_opening({"private": True, ...})  # the safe-to-talk checklist (see OPENING)
    while (q := s.current) is not None:
        if s.needs_content_warning:          # show s.content_warning() first, then:
            s.acknowledge_warning()
        print(s.prompt())                    # in s.language ("en" or "es")
        s.answer(True)                       # or s.skip() / s.ask_later() / s.decline()
    s.progress()                             # {relief: ReliefProgress(done, total, ...)}

Which question comes next, in the order of the chosen reliefs' flows (issue 23: two purposes, one
interview). A question tagged ``decide`` (or ``both``) is asked while its fact could settle an
element that is still unknown (the assessment's dependency information, with derived facts
expanded to their inputs), or an active flag's question. A question tagged ``evidence`` (or
``both``) is asked while an element or relief it names in ``evidence_for`` is in play (the relief
is chosen and the element is not "not applicable"), even once the element is decided, as long as
its fact holds no answer yet; ``decide_only = True`` (a quick screen) asks only the first kind.
A question whose ``ask_if`` is still unknown makes the facts of that gate wanted too. Skipped are
questions whose ``ask_if`` is not true, facts the client declined earlier, questions already
handled in this session, ``form`` questions (asked only on request) and ``retired`` ones.
"Ask later" questions come back once at the end. ``focus(ids)`` asks given questions next.

Speed (issue 20): the session keeps the last element results and, after an answer, re-evaluates
only the elements, flags and relief gates that read the answered fact (``deps.rule_index``).

The safe-to-talk opening (``OPENING``, ``record_opening``) is an attorney checklist shown before
the first question and recorded with the interview (question id ``opening``).

Every answer is written to the ``Profile`` at once (the caller saves it): an interview fact via
``Profile.set_answer`` with the question id; a casefile column fact into the column (and an
ANSWERED record); a repeating group by adding rows. Skip / ask later / decline leave the fact
unknown and record why (``AnswerStatus``), never a "no".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.enums import AnswerStatus
from casefile.profile import Profile
from eligibility.assess import (
    STALE_AFTER_DAYS,
    Assessment,
    ElementAssessment,
    assess_all,
    assess_element,
    context_for,
)
from eligibility.conditions import Context, evaluate_full
from eligibility.deps import ANY_FACT, dep_key, expand, group_of, rule_index
from eligibility.errors import InterviewError, UnknownRelief
from eligibility.loader import RuleSet, load_rules
from eligibility.schema import Question
from facts import UNKNOWN, FactView

LANGUAGES = ("en", "es")

#: The question id the opening checklist's answers are recorded under.
OPENING_ID = "opening"
#: The fact the optional free-narrative step writes (the declaration blocks read it).
NARRATIVE_FACT = "narrative.free_account"


@dataclass(frozen=True)
class OpeningItem:
    """One line of the safe-to-talk opening checklist: ``label`` for the attorney, ``say_*``
    what to tell the client in their language."""

    id: str
    fact: str
    kind: str  # check | choice | needs
    label: str
    say_en: str = ""
    say_es: str = ""
    choices: tuple[str, ...] = ()


#: The safe-to-talk opening (DOMAIN.md §8.1 rules 2, 4 and 6; §8.7), before the first question.
OPENING: tuple[OpeningItem, ...] = (
    OpeningItem(
        "private",
        "interview.opening.private_setting",
        "check",
        "The client is alone with us, in a private place (no one who came with them, no one "
        "listening on a phone).",
    ),
    OpeningItem(
        "interpreter",
        "interview.opening.interpreter_independent",
        "check",
        "No interpreter is needed, or the interpreter is not connected to anyone involved and "
        "is not a family member or a child.",
    ),
    OpeningItem(
        "gender",
        "interview.opening.interviewer_gender",
        "choice",
        "Preferred interviewer gender:",
        "Would you feel more comfortable talking with a woman or a man, or does it not matter?",
        "¿Se sentiría más cómoda/o hablando con una mujer o con un hombre, o le da igual?",
        ("no_preference", "woman", "man", "other"),
    ),
    OpeningItem(
        "explained",
        "interview.opening.explained",
        "check",
        "Purpose, length and confidentiality (and its limits) explained in the client's language.",
        "I work with your lawyer. Today I will ask about your life and how you came here, to see "
        "how we can help. It may take about an hour. What you tell us stays confidential; if "
        "anything ever has to be shared, I will tell you first, and why.",
        "Trabajo con su abogado. Hoy le voy a preguntar sobre su vida y cómo llegó aquí, para "
        "ver cómo podemos ayudarle. Puede tomar alrededor de una hora. Lo que nos cuente es "
        "confidencial; si alguna vez hay que compartir algo, se lo diré antes, y por qué.",
    ),
    OpeningItem(
        "may_stop",
        "interview.opening.may_stop_explained",
        "check",
        "The client knows they may stop, pause or skip any question at any time.",
        "You can stop or take a break at any time, and you do not have to answer any question. "
        "Saying 'I prefer not to answer' is always fine.",
        "Puede parar o tomar un descanso en cualquier momento, y no tiene que responder ninguna "
        "pregunta. Decir 'prefiero no responder' siempre está bien.",
    ),
    OpeningItem(
        "needs_checked",
        "interview.opening.immediate_needs_checked",
        "check",
        "Immediate needs checked first: safety, shelter, food, medical care.",
        "Before we start: are you safe right now? Do you have a safe place to sleep tonight, "
        "enough food, and any medical care you need?",
        "Antes de empezar: ¿está segura/o ahora? ¿Tiene un lugar seguro para dormir esta noche, "
        "suficiente comida y la atención médica que necesita?",
    ),
    OpeningItem(
        "needs",
        "interview.opening.immediate_needs",
        "needs",
        "Immediate needs to deal with first (the interview pauses for them):",
        choices=("safety", "shelter", "food", "medical"),
    ),
)


@dataclass(frozen=True)
class OpeningRecord:
    """What ``record_opening`` stored, and what the attorney should act on before going on."""

    concerns: tuple[str, ...]  # the checklist lines not confirmed, in words
    immediate_needs: tuple[str, ...]

    @property
    def pause_for_needs(self) -> bool:
        return bool(self.immediate_needs)


@dataclass(frozen=True)
class ReliefProgress:
    relief: str
    done: int  # elements no longer unknown
    total: int  # elements
    unknown_elements: tuple[str, ...]

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else round(100 * self.done / self.total)


class InterviewSession:
    """One interview over one profile for the chosen reliefs. Plain class, no Qt."""

    def __init__(
        self,
        profile: Profile,
        reliefs: Sequence[str] | None = None,
        today: dt.date | None = None,
        *,
        language: str = "en",
        rules: RuleSet | None = None,
        decide_only: bool = False,
        incremental: bool = True,
    ) -> None:
        self.profile = profile
        self.rules = rules or load_rules()
        if reliefs is None:
            reliefs = list(self.rules.reliefs)
        unknown = [r for r in reliefs if r not in self.rules.reliefs]
        if unknown:
            raise UnknownRelief(unknown[0], list(self.rules.reliefs))
        self.reliefs = [r for r in self.rules.reliefs if r in reliefs]  # registry order
        self.today = today or dt.date.today()
        self.language = language if language in LANGUAGES else "en"
        self.handled: dict[str, AnswerStatus] = {}  # this session: question id -> outcome
        self.history: list[str] = []  # handled question ids, in order (for back())
        self.later: list[str] = []  # ask-later queue
        self.later_revisited: set[str] = set()
        self._focus: list[str] = []
        self._acknowledged: set[str] = set()
        self._current: Question | None = None
        self._stale = True
        self._assessments: dict[str, Assessment] | None = None
        self._decide_only = decide_only
        #: Reuse element results between questions (False: re-evaluate everything each time).
        self.incremental = incremental
        self._index = rule_index(self.rules)
        self._elements: dict[str, dict[str, ElementAssessment]] = {}
        self._flags: dict[str, dict[str, bool]] = {}
        self._applies: dict[str, bool | None] = {}
        self._order: list[Question] | None = None
        self._flow_sets: dict[str, frozenset[str]] = {}
        self.opening: OpeningRecord | None = None

    # -- purpose -----------------------------------------------------------------------------
    @property
    def decide_only(self) -> bool:
        """True: a quick screen that asks only what decides an element (no evidence questions)."""
        return self._decide_only

    @decide_only.setter
    def decide_only(self, on: bool) -> None:
        self._decide_only = bool(on)
        self._stale = True

    # -- the safe-to-talk opening ------------------------------------------------------------
    def record_opening(self, answers: Mapping[str, Any]) -> OpeningRecord:
        """Record the opening checklist (``{item id: value}``, ids from ``OPENING``; a check
        not given counts as not done) with the interview, under question id ``opening``.
        Returns the lines not confirmed and the immediate needs to pause for."""
        concerns: list[str] = []
        needs: tuple[str, ...] = ()
        for item in OPENING:
            raw = answers.get(item.id)
            value: Any
            if item.kind == "check":
                value = bool(raw)
                if not value:
                    concerns.append(item.label)
            elif item.kind == "choice":
                value = raw if raw in item.choices else "no_preference"
            else:
                needs = tuple(n for n in item.choices if n in (raw or ()))
                value = list(needs)
            self.profile.set_answer(item.fact, value, AnswerStatus.ANSWERED, question_id=OPENING_ID)
        self.profile.set_answer(
            "interview.opening.date",
            self.today.isoformat(),
            AnswerStatus.ANSWERED,
            question_id=OPENING_ID,
        )
        self.opening = OpeningRecord(tuple(concerns), needs)
        return self.opening

    # -- reading ---------------------------------------------------------------------------
    def view(self) -> FactView:
        return FactView(self.profile, today=self.today)

    def assessments(self) -> dict[str, Assessment]:
        """Full assessments of the chosen reliefs (flags, deadlines, derivatives included)."""
        if self._assessments is None:
            self._assessments = assess_all(self.view(), reliefs=self.reliefs, rules=self.rules)
        return self._assessments

    @property
    def current(self) -> Question | None:
        """The question to show now (None when nothing that matters is left)."""
        if self._stale:
            self._current = self.next_question()
            self._stale = False
        return self._current

    def current_question(self) -> Question | None:
        return self.current

    @property
    def finished(self) -> bool:
        return self.current is None

    def question(self, question_id: str) -> Question:
        try:
            return self.rules.questions[question_id]
        except KeyError:
            raise InterviewError(question_id, "no such question in the pool") from None

    def prompt(self, q: Question | None = None) -> str:
        q = q or self.current
        if q is None:
            return ""
        return q.prompt_es if self.language == "es" else q.prompt_en

    def content_warning(self, q: Question | None = None) -> str | None:
        """The content warning to show before a sensitive question, in the session language."""
        q = q or self.current
        if q is None or not q.sensitive:
            return None
        text = q.content_warning_es if self.language == "es" else q.content_warning_en
        return text or q.content_warning_en

    @property
    def needs_content_warning(self) -> bool:
        q = self.current
        return (
            q is not None
            and self.content_warning(q) is not None
            and (q.id not in self._acknowledged)
        )

    def acknowledge_warning(self) -> None:
        if self.current is not None:
            self._acknowledged.add(self.current.id)

    def current_value(self, q: Question | None = None) -> Any:
        """What the profile holds now for the question's fact (UNKNOWN if nothing)."""
        q = q or self.current
        if q is None:
            return UNKNOWN
        return self.view().get(q.fact)

    def progress(self) -> dict[str, ReliefProgress]:
        out = {}
        for relief in self.reliefs:
            elements = list(self.element_results(relief).values())
            unknown = tuple(e.element_id for e in elements if e.status == "unknown")
            out[relief] = ReliefProgress(
                relief, len(elements) - len(unknown), len(elements), unknown
            )
        return out

    # -- element results, kept between questions ---------------------------------------------
    def element_results(self, relief: str) -> dict[str, ElementAssessment]:
        """Every element of ``relief`` exactly as ``assess`` reports it, re-evaluating only what
        the answers since the last call could have changed."""
        rr = self.rules.reliefs[relief]
        cached = self._elements.get(relief)
        if cached is not None and len(cached) == len(rr.elements):
            return cached
        view = self.view()
        ctx = context_for(view, self.rules)
        if relief not in self._applies:
            applies = evaluate_full(rr.applies_if, ctx).value if rr.applies_if is not None else True
            self._applies[relief] = applies
            if applies is False:  # the relief does not apply: assess says so for every element
                a = assess_all(view, reliefs=[relief], rules=self.rules)[relief]
                self._elements[relief] = {e.element_id: e for e in a.elements}
                self._flags[relief] = {}
                return self._elements[relief]
        cached = self._elements.setdefault(relief, {})
        for el in rr.elements:
            if el.id not in cached:
                cached[el.id] = assess_element(relief, el, ctx, self.rules, STALE_AFTER_DAYS)
        ordered = {el.id: cached[el.id] for el in rr.elements}
        self._elements[relief] = ordered
        return ordered

    def active_flags(self, relief: str) -> list[str]:
        """Ids of the relief's flags that are raised on the answers so far."""
        self.element_results(relief)  # settles whether the relief applies
        if self._applies.get(relief) is False:
            return []
        rr = self.rules.reliefs[relief]
        flags = self._flags.setdefault(relief, {})
        ctx: Context | None = None
        for fl in rr.flags:
            if fl.id not in flags:
                ctx = ctx or context_for(self.view(), self.rules)
                flags[fl.id] = evaluate_full(fl.when, ctx).value is True
        return [fl.id for fl in rr.flags if flags[fl.id]]

    def _changed(self, fact: str) -> None:
        """Forget the results that read ``fact`` (all of them when not incremental)."""
        self._assessments = None
        self._stale = True
        if not self.incremental:
            self._forget_all()
            return
        key = dep_key(fact)
        idx = self._index
        for relief in list(self._applies):
            if key in idx.applies[relief] or ANY_FACT in idx.applies[relief]:
                self._applies.pop(relief, None)
                self._elements.pop(relief, None)
                self._flags.pop(relief, None)
        for relief, elements in self._elements.items():
            for eid in list(elements):
                keys = idx.elements[(relief, eid)]
                if key in keys or ANY_FACT in keys:
                    del elements[eid]
        for relief, flags in self._flags.items():
            for fid in list(flags):
                keys = idx.flags[(relief, fid)]
                if key in keys or ANY_FACT in keys:
                    del flags[fid]

    def _forget_all(self) -> None:
        self._elements.clear()
        self._flags.clear()
        self._applies.clear()
        self._assessments = None
        self._stale = True

    # -- choosing --------------------------------------------------------------------------
    def needed_facts(self) -> set[str]:
        """Stored facts whose answers could settle an unknown element (or an active flag's
        questions), with derived facts expanded to their inputs."""
        view = self.view()
        needed: list[str] = []
        for relief in self.reliefs:
            for e in self.element_results(relief).values():
                if e.status == "unknown":
                    needed.extend(e.unknown_facts)
            flags = {fl.id: fl for fl in self.rules.reliefs[relief].flags}
            for fid in self.active_flags(relief):
                for qid in flags[fid].questions:
                    fact = self.question(qid).fact
                    if not view.known(fact):
                        needed.append(fact)
        return _with_groups(expand(needed, view))

    def in_play(self, q: Question) -> bool:
        """Is an element (or relief) the question gathers evidence for in play: chosen, and
        not "not applicable" on the answers so far?"""
        for target in q.evidence_for:
            relief, _, element = target.partition("/")
            if relief not in self.reliefs:
                continue
            elements = self.element_results(relief)
            if element:
                e = elements.get(element)
                if e is not None and e.status != "not_applicable":
                    return True
            elif self._applies.get(relief) is not False:
                return True
        return False

    def asked_for(self, q: Question) -> str:
        """Why the question is asked now: ``decide`` (its answer could still settle an element
        or answer a raised flag) or ``evidence`` (more about an element already decided, or
        the story)."""
        if q.decides and q.fact in self.needed_facts():
            return "decide"
        return "evidence" if q.gathers_evidence else "decide"

    def has_answer(self, q: Question, view: FactView | None = None) -> bool:
        """Does the profile already hold an answer for the question's fact (a list question:
        rows, or "none")?"""
        if q.type == "group":
            ans = self.profile.answers.get(q.fact)
            answered = ans is not None and ans.status == AnswerStatus.ANSWERED.value
            return answered or bool(self.profile.rows(q.fact[:-2]))
        return (view or self.view()).known(q.fact)

    def _ordered(self) -> list[Question]:
        if self._order is None:
            seen: set[str] = set()
            out: list[Question] = []
            for relief in self.reliefs:
                for qid in self.rules.flows[relief].questions:
                    if qid not in seen:
                        seen.add(qid)
                        out.append(self.rules.questions[qid])
            self._order = out
        return self._order

    def _askable(self, q: Question, view: FactView) -> bool:
        if q.ask_if is None:
            return True
        return evaluate_full(q.ask_if, Context(view, refs=self.rules.common)).value is True

    def wanted(self, view: FactView | None = None) -> list[Question]:
        """The questions still worth asking, in flow order, before the handled / declined /
        ``ask_if`` filters: what could decide an unknown element, evidence for what is in play
        (unless ``decide_only``), and the questions whose facts gate (``ask_if``) those."""
        view = view or self.view()
        needed = self.needed_facts()
        out: list[Question] = []
        rest: list[Question] = []
        for q in self._ordered():
            if q.purpose in ("form", "retired"):
                continue
            if (q.decides and q.fact in needed) or (
                not self._decide_only
                and q.gathers_evidence
                and not self.has_answer(q, view)
                and self.in_play(q)
            ):
                out.append(q)
            else:
                rest.append(q)
        # a wanted question behind a still-unknown ask_if makes the facts of that gate wanted
        gates: set[str] = set()
        todo = [q for q in out if q.ask_if is not None]
        added = False
        while todo:
            q = todo.pop()
            res = evaluate_full(q.ask_if, Context(view, refs=self.rules.common))
            if res.value is not None:
                continue
            new = _with_groups(expand(res.unknown, view)) - gates
            gates |= new
            for g in rest:
                if g.fact in new and g not in out:
                    out.append(g)
                    added = True
                    if g.ask_if is not None:
                        todo.append(g)
        if added:
            order = {q.id: i for i, q in enumerate(self._ordered())}
            out.sort(key=lambda q: order[q.id])
        return out

    def _declined_before(self, q: Question) -> bool:
        ans = self.profile.answers.get(q.fact)
        return ans is not None and ans.status == AnswerStatus.DECLINED.value

    def next_question(self) -> Question | None:
        """Choose the next question (see the module docstring). Does not change state."""
        view = self.view()
        while self._focus:
            qid = self._focus[0]
            if qid in self.handled and self.handled[qid] is not AnswerStatus.ASK_LATER:
                self._focus.pop(0)
                continue
            return self.question(qid)
        wanted = self.wanted(view)
        for q in wanted:
            if q.id in self.handled or self._declined_before(q):
                continue
            if self._askable(q, view):
                return q
        wanted_ids = {q.id for q in wanted}
        for qid in self.later:
            if qid in self.later_revisited:
                continue
            q = self.question(qid)
            if qid in wanted_ids and self._askable(q, view):
                return q
        return None

    def remaining(self) -> dict[str, int]:
        """About how many questions are still to ask, per relief (its flow's share) and in all
        (key ``""``): those wanted now that were not handled or declined and whose ``ask_if``
        does not rule them out. An estimate: an answer can open or close others."""
        view = self.view()
        todo = [
            q.id
            for q in self.wanted(view)
            if q.id not in self.handled and not self._declined_before(q) and self._askable(q, view)
        ]
        out = {r: sum(1 for qid in todo if qid in self._flow_ids(r)) for r in self.reliefs}
        out[""] = len(todo)
        return out

    def _flow_ids(self, relief: str) -> frozenset[str]:
        ids = self._flow_sets.get(relief)
        if ids is None:
            ids = self._flow_sets[relief] = frozenset(self.rules.flows[relief].questions)
        return ids

    def set_aside(self) -> dict[str, list[str]]:
        """The questions of the chosen reliefs whose answer was skipped or kept for later
        (recorded on the profile, so earlier sessions count too), in flow order:
        ``{"skipped": [ids], "ask_later": [ids]}``."""
        out: dict[str, list[str]] = {"skipped": [], "ask_later": []}
        for q in self._ordered():
            ans = self.profile.answers.get(q.fact)
            if ans is None or q.purpose in ("form", "retired"):
                continue
            if ans.status == AnswerStatus.SKIPPED.value:
                out["skipped"].append(q.id)
            elif ans.status == AnswerStatus.ASK_LATER.value:
                out["ask_later"].append(q.id)
        return out

    def focus(self, question_ids: Iterable[str]) -> None:
        """Ask these questions next, in this order (e.g. "resolve this element")."""
        ids = list(question_ids)
        for qid in ids:
            self.question(qid)  # raises on an unknown id
            self.handled.pop(qid, None)
        self._focus = ids
        self._touch()

    def questions_for(self, facts: Iterable[str]) -> list[str]:
        """Ids of the pool's questions that set any of these facts, in pool order (for "fill
        this missing fact": interview facts have no profile field, only a question)."""
        wanted = set(facts)
        return [q.id for q in self.rules.questions.values() if q.fact in wanted]

    def refresh(self) -> None:
        """The profile changed outside this session (e.g. the profile editor): choose the
        next question and the assessments again from the current facts."""
        self._forget_all()

    # -- acting ----------------------------------------------------------------------------
    def _touch(self) -> None:
        """Choose the next question again (no fact changed: the element results stay)."""
        self._stale = True
        self._assessments = None

    def _require(self) -> Question:
        q = self.current
        if q is None:
            raise InterviewError("(none)", "the interview has no current question")
        return q

    def _done(self, q: Question, status: AnswerStatus) -> None:
        if self._focus and self._focus[0] == q.id:
            self._focus.pop(0)
        if q.id in self.later:
            if status is AnswerStatus.ASK_LATER:
                self.later_revisited.add(q.id)
            else:
                self.later.remove(q.id)
        if status is AnswerStatus.ASK_LATER and q.id not in self.later:
            self.later.append(q.id)
        self.handled[q.id] = status
        self.history.append(q.id)
        self._touch()

    def answer(self, value: Any) -> None:
        """Record an answer to the current question and move on."""
        q = self._require()
        self._write(q, self._coerce(q, value))
        self._changed(q.fact)
        self._done(q, AnswerStatus.ANSWERED)

    def skip(self, note: str | None = None) -> None:
        """Skip ("don't know" / not now): asked again in a later session."""
        self._unknown(AnswerStatus.SKIPPED, note)

    def dont_know(self, note: str | None = None) -> None:
        """The client does not know (DOMAIN.md §8.1 rule 2): recorded as skipped, never "no"."""
        self._unknown(AnswerStatus.SKIPPED, note or "client does not know")

    def ask_later(self, note: str | None = None) -> None:
        self._unknown(AnswerStatus.ASK_LATER, note)

    def decline(self, note: str | None = None) -> None:
        """The client prefers not to say: the fact stays unknown and is not asked again."""
        self._unknown(AnswerStatus.DECLINED, note)

    def _unknown(self, status: AnswerStatus, note: str | None) -> None:
        q = self._require()
        fact = self.rules_fact(q)
        if fact.storage == "column" and fact.type != "group" and not fact.many:
            setattr(self.profile.client, fact.column or "", None)
        self.profile.set_answer(q.fact, None, status, question_id=q.id, note=note)
        self._changed(q.fact)
        self._done(q, status)

    def back(self) -> Question | None:
        """Return to the previously handled question (its answer stays until replaced)."""
        if not self.history:
            return self.current
        qid = self.history.pop()
        self.handled.pop(qid, None)
        self._focus.insert(0, qid)
        self._touch()
        return self.current

    # -- writing ---------------------------------------------------------------------------
    def rules_fact(self, q: Question) -> Any:
        return self.view().catalogue[q.fact]

    def _coerce(self, q: Question, value: Any) -> Any:
        kind = q.type
        allowed = [c.value for c in q.choices]
        if kind == "yes_no":
            if not isinstance(value, bool):
                raise InterviewError(q.id, "answer yes (True) or no (False), or skip it")
            return value
        if kind == "date":
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            try:
                return dt.date.fromisoformat(str(value))
            except ValueError:
                raise InterviewError(q.id, "give a date like 2021-05-14") from None
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise InterviewError(q.id, "give a whole number")
            return value
        if kind == "choice":
            if allowed and value not in allowed:
                raise InterviewError(q.id, f"choose one of {', '.join(allowed)}")
            return value
        if kind == "multi_choice":
            values = list(value or [])
            bad = [v for v in values if allowed and v not in allowed]
            if bad:
                raise InterviewError(q.id, f"'{bad[0]}' is not one of {', '.join(allowed)}")
            return values
        if kind == "group":
            if value is None:
                return []
            if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
                raise InterviewError(q.id, "give a list of rows (one mapping per row)")
            return value
        text = str(value or "").strip()
        if not text:
            raise InterviewError(q.id, "type the answer, or skip it")
        return text

    def _write(self, q: Question, value: Any) -> None:
        fact = self.rules_fact(q)
        if fact.type == "group":
            from casefile.models import GROUPS  # here: `assess` imports this module, no ORM

            group = fact.group or ""
            table = GROUPS[group]
            for row in value:
                unknown_cols = [c for c in row if c not in table.model_fields]
                if unknown_cols:
                    raise InterviewError(q.id, f"'{unknown_cols[0]}' is not a column of {group}")
                self.profile.add(group, **row)
            count = len(self.profile.rows(group))
            self.profile.set_answer(q.fact, count, AnswerStatus.ANSWERED, question_id=q.id)
            return
        if fact.storage == "column":
            setattr(self.profile.client, fact.column or "", value)
            self.profile.set_answer(q.fact, None, AnswerStatus.ANSWERED, question_id=q.id)
            return
        stored = value.isoformat() if isinstance(value, dt.date) else value
        self.profile.set_answer(q.fact, stored, AnswerStatus.ANSWERED, question_id=q.id)


def _with_groups(facts: Iterable[str]) -> set[str]:
    """The facts, plus ``group[]`` for each repeating-group column among them."""
    out = set(facts)
    out |= {f"{g}[]" for g in (group_of(f) for f in out) if g is not None}
    return out
