"""InterviewSession: the Qt-free state of one interview (the desktop widget only displays it).

Usage::

    s = InterviewSession(profile, ["t_visa", "u_visa"], today=dt.date(2026, 11, 29))
    while (q := s.current) is not None:
        if s.needs_content_warning:          # show s.content_warning() first, then:
            s.acknowledge_warning()
        print(s.prompt())                    # in s.language ("en" or "es")
        s.answer(True)                       # or s.skip() / s.ask_later() / s.decline()
    s.progress()                             # {relief: ReliefProgress(done, total, ...)}

Which question comes next: only questions whose fact could settle an element that is still
unknown (the assessment's dependency information, with derived facts expanded to their inputs),
in the order of the chosen reliefs' flows, skipping questions whose ``ask_if`` is not true, facts
the client declined earlier, and questions already handled in this session. "Ask later"
questions come back once at the end. ``focus(ids)`` asks given questions next.

Every answer is written to the ``Profile`` at once (the caller saves it): an interview fact via
``Profile.set_answer`` with the question id; a casefile column fact into the column (and an
ANSWERED record); a repeating group by adding rows. Skip / ask later / decline leave the fact
unknown and record why (``AnswerStatus``), never a "no".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.models import GROUPS, AnswerStatus
from casefile.profile import Profile
from eligibility.assess import Assessment, assess_all
from eligibility.deps import expand, group_of
from eligibility.errors import InterviewError, UnknownRelief
from eligibility.loader import RuleSet, load_rules
from eligibility.schema import Question
from facts import UNKNOWN, FactView

LANGUAGES = ("en", "es")


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

    # -- reading ---------------------------------------------------------------------------
    def view(self) -> FactView:
        return FactView(self.profile, today=self.today)

    def assessments(self) -> dict[str, Assessment]:
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
        for relief, a in self.assessments().items():
            unknown = tuple(e.element_id for e in a.elements if e.status == "unknown")
            out[relief] = ReliefProgress(
                relief, len(a.elements) - len(unknown), len(a.elements), unknown
            )
        return out

    # -- choosing --------------------------------------------------------------------------
    def needed_facts(self) -> set[str]:
        """Stored facts whose answers could settle an unknown element (or an active flag's
        questions), with derived facts expanded to their inputs."""
        view = self.view()
        needed: list[str] = []
        for a in self.assessments().values():
            for e in a.elements:
                if e.status == "unknown":
                    needed.extend(e.unknown_facts)
            for f in a.flags:
                for qid in f.questions:
                    fact = self.question(qid).fact
                    if not view.known(fact):
                        needed.append(fact)
        out = set(expand(needed, view))
        out |= {f"{g}[]" for g in (group_of(f) for f in out) if g is not None}
        return out

    def _ordered(self) -> list[Question]:
        seen: set[str] = set()
        out: list[Question] = []
        for relief in self.reliefs:
            for qid in self.rules.flows[relief].questions:
                if qid not in seen:
                    seen.add(qid)
                    out.append(self.rules.questions[qid])
        return out

    def _askable(self, q: Question, view: FactView) -> bool:
        if q.ask_if is None:
            return True
        from eligibility.conditions import Context, evaluate_full

        ctx = Context(view, refs=self.rules.common)
        return evaluate_full(q.ask_if, ctx).value is True

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
        needed = self.needed_facts()
        for q in self._ordered():
            if q.id in self.handled or self._declined_before(q):
                continue
            if q.fact not in needed:
                continue
            if self._askable(q, view):
                return q
        for qid in self.later:
            if qid in self.later_revisited:
                continue
            q = self.question(qid)
            if q.fact in needed and self._askable(q, view):
                return q
        return None

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
        self._touch()

    # -- acting ----------------------------------------------------------------------------
    def _touch(self) -> None:
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
