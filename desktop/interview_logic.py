"""Plain (Qt-free) glue between the interview screen and ``eligibility.interview``.

``InterviewController`` wraps an ``InterviewSession`` (current question; answer / skip /
ask_later / decline / back; progress per relief) and adds what only the screen needs: the
prompt language, pause, content-warning acknowledgement, attorney notes per question,
converting typed text to the answer's type, the safe-to-talk opening before the first question
(recorded through the session; immediate needs pause the interview) and the "decide only"
switch for a quick screen. No legal logic lives here: which question comes next and what an
answer means are the session's business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from casefile.errors import ReliefDeskError
from casefile.models import Note
from casefile.profile import Profile
from eligibility.registry import label, relief_ids

if TYPE_CHECKING:
    from eligibility import ReliefProgress
    from eligibility.interview import OpeningRecord
    from eligibility.schema import Question


def relief_choices() -> tuple[str, ...]:
    """The reliefs the screens offer, in display order: the relief registry's."""
    return relief_ids()


def relief_title(relief: str) -> str:
    """The relief's English label from the registry (the view translates it)."""
    return label(relief, "en")


class AnswerInvalid(ReliefDeskError):
    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Progress:
    relief: str
    done: int
    total: int

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else round(100 * self.done / self.total)


class Session(Protocol):
    """What the screen uses of ``eligibility.InterviewSession`` (test stand-ins follow it)."""

    @property
    def current(self) -> Question | None: ...

    def answer(self, value: Any) -> None: ...

    def skip(self) -> None: ...

    def ask_later(self) -> None: ...

    def decline(self) -> None: ...

    def back(self) -> Question | None: ...

    def refresh(self) -> None: ...

    def focus(self, question_ids: list[str]) -> None: ...

    def questions_for(self, facts: Iterable[str]) -> list[str]: ...

    def progress(self) -> dict[str, ReliefProgress]: ...

    def asked_for(self, q: Question) -> str: ...

    @property
    def decide_only(self) -> bool: ...

    @decide_only.setter
    def decide_only(self, on: bool) -> None: ...

    def record_opening(self, answers: dict[str, Any]) -> OpeningRecord: ...

    def remaining(self) -> dict[str, int]: ...

    def set_aside(self) -> dict[str, list[str]]: ...


@dataclass(frozen=True)
class Counts:
    """Where the interview stands: questions handled this session, about how many are left
    (per relief and in all), and how many answers were skipped or kept for later."""

    asked: int
    left: int
    left_by_relief: dict[str, int]
    skipped: tuple[str, ...]
    later: tuple[str, ...]

    @property
    def set_aside(self) -> tuple[str, ...]:
        return self.skipped + self.later


SessionFactory = Callable[[Profile, Sequence[str], dt.date | None], Session]


def make_session(profile: Profile, reliefs: Sequence[str], today: dt.date | None = None) -> Session:
    from eligibility.interview import InterviewSession

    return InterviewSession(profile, list(reliefs), today or dt.date.today())


def parse_answer(kind: str, raw: Any) -> Any:
    """The screen's raw input -> the value handed to the session. Raises AnswerInvalid."""
    if kind == "yes_no":
        if raw is None:
            raise AnswerInvalid("Choose Yes or No, or use Skip / Ask later.")
        return bool(raw)
    if kind == "date":
        text = str(raw or "").strip()
        for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise AnswerInvalid("Type a date like 2021-05-14 (year-month-day).")
    if kind == "int":
        try:
            return int(str(raw).strip())
        except ValueError:
            raise AnswerInvalid("Type a whole number.") from None
    if kind == "multi_choice":
        values = list(raw or [])
        return values
    if kind == "group":
        return raw  # the rows live in the profile; the session reads them
    if kind == "choice":
        if not raw:
            raise AnswerInvalid("Choose one of the options, or use Skip / Ask later.")
        return raw
    text = str(raw or "").strip()
    if not text:
        raise AnswerInvalid("Type the answer, or use Skip / Ask later.")
    return text


@dataclass(frozen=True)
class AnswerWords:
    yes: str  # with the button's mnemonic
    no: str
    date_hint: str


_ANSWER_WORDS = {
    "en": AnswerWords(yes="&Yes", no="N&o", date_hint="YYYY-MM-DD"),
    "es": AnswerWords(yes="&Sí", no="&No", date_hint="AAAA-MM-DD"),
}


class InterviewController:
    """What the interview screen does, without the screen (tests drive it directly)."""

    def __init__(
        self,
        profile: Profile,
        *,
        reliefs: Sequence[str] | None = None,
        today: dt.date | None = None,
        session_factory: SessionFactory = make_session,
        save: Callable[[], None] | None = None,
    ) -> None:
        self.profile = profile
        self.today = today
        self.reliefs = list(relief_choices() if reliefs is None else reliefs)
        self.session_factory = session_factory
        self.session = session_factory(profile, self.reliefs, today)
        self.save = save or (lambda: None)
        self.language = "en"
        self.paused = False
        self.acknowledged: set[str] = set()
        self.history: list[tuple[str, str]] = []  # (question id, what happened)
        #: The safe-to-talk opening is done (or not wanted): questions may be shown.
        self.opening_done = True
        self.opening: Any = None  # the session's OpeningRecord once recorded
        self._decide_only = False

    # -- reading -----------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        return self.session.current

    def prompt(self, q: Question | None = None) -> str:
        q = q or self.question
        if q is None:
            return ""
        return q.prompt_es if self.language == "es" else q.prompt_en

    def answer_words(self) -> AnswerWords:
        """The yes/no buttons and the date hint in the prompt language: the client reads
        them with the question (issue 18 item 3), whatever language the attorney's UI is in."""
        return _ANSWER_WORDS.get(self.language, _ANSWER_WORDS["en"])

    def content_warning(self, q: Question | None = None) -> str | None:
        q = q or self.question
        if q is None or not q.sensitive:
            return None
        text = q.content_warning_es if self.language == "es" else None
        return text or q.content_warning_en or ""

    def needs_warning(self) -> bool:
        q = self.question
        return (
            q is not None
            and self.content_warning(q) is not None
            and q.id not in (self.acknowledged)
        )

    def acknowledge_warning(self) -> None:
        q = self.question
        if q is not None:
            self.acknowledged.add(q.id)

    def choices(self, q: Question | None = None) -> list[tuple[str, str]]:
        q = q or self.question
        if q is None:
            return []
        return [(c.value, (c.es if self.language == "es" else c.en) or c.value) for c in q.choices]

    def progress(self) -> list[Progress]:
        raw = self.session.progress()
        return [
            Progress(relief, raw[relief].done, raw[relief].total)
            for relief in self.reliefs
            if relief in raw
        ]

    @property
    def finished(self) -> bool:
        return self.question is None

    def counts(self) -> Counts:
        left = self.session.remaining()
        aside = self.session.set_aside()
        return Counts(
            asked=len(self.history),
            left=left.get("", 0),
            left_by_relief={r: n for r, n in left.items() if r},
            skipped=tuple(aside.get("skipped", ())),
            later=tuple(aside.get("ask_later", ())),
        )

    def revisit_set_aside(self) -> bool:
        """Ask the skipped and ask-later questions again now (skipped first). False if none."""
        ids = list(self.counts().set_aside)
        if not ids:
            return False
        self.session.focus(ids)
        return True

    def add_row(self, group: str, values: dict[str, Any]) -> None:
        """A row of a list question (an arrest, a family member...) typed in the interview:
        added to the profile and saved, without leaving for the profile screen."""
        if not any(v not in (None, "", []) for v in values.values()):
            raise AnswerInvalid("Fill in at least one box of the row before adding it.")
        # no session refresh here: the question stays on screen for the next row; answering it
        # tells the session the group changed
        self.profile.add(group, **values)
        self.save()

    def rows(self, group: str) -> list[Any]:
        return list(self.profile.rows(group))

    # -- acting ------------------------------------------------------------------------
    def _record(self, what: str) -> None:
        q = self.question
        if q is not None:
            self.history.append((q.id, what))

    def answer(self, raw: Any) -> None:
        q = self.question
        if q is None or self.paused:
            return
        value = parse_answer(q.type, raw)
        self._record("answered")
        self.session.answer(value)
        self.save()

    def skip(self) -> None:
        self._unknown("skipped", self.session.skip)

    def ask_later(self) -> None:
        self._unknown("ask_later", self.session.ask_later)

    def decline(self) -> None:
        self._unknown("declined", self.session.decline)

    def _unknown(self, what: str, record: Callable[[], None]) -> None:
        if self.question is None or self.paused:
            return
        self._record(what)
        record()
        self.save()

    def back(self) -> None:
        if self.paused:
            return
        self.session.back()

    def pause(self) -> None:
        self.paused = True
        self.save()

    def resume(self) -> None:
        self.paused = False

    def profile_changed(self) -> None:
        """The profile was edited elsewhere (the profile tab): choose the next question again."""
        self.session.refresh()

    def set_reliefs(self, reliefs: Sequence[str]) -> None:
        self.reliefs = [r for r in relief_choices() if r in reliefs]
        self.session = self.session_factory(self.profile, self.reliefs, self.today)
        if self._decide_only:
            self.session.decide_only = True

    # -- the safe-to-talk opening and the two purposes ----------------------------------
    def record_opening(self, answers: dict[str, Any]) -> Any:
        """Record the opening checklist with the interview (``eligibility.interview.OPENING``
        item ids); immediate needs pause the interview. Returns the session's record."""
        record = self.session.record_opening(answers)
        self.opening = record
        self.opening_done = True
        if record.pause_for_needs:
            self.paused = True
        self.save()
        return record

    @property
    def decide_only(self) -> bool:
        return self._decide_only

    def set_decide_only(self, on: bool) -> None:
        """A quick screen: ask only what decides an element (no story or evidence questions)."""
        self._decide_only = bool(on)
        self.session.decide_only = self._decide_only

    def step(self, q: Any | None = None) -> str:
        """What kind of step the question is: ``narrative`` (the client's own words),
        ``evidence`` (gathering the story), or ``decide``."""
        from eligibility.interview import NARRATIVE_FACT

        q = q or self.question
        if q is None:
            return ""
        if q.fact == NARRATIVE_FACT:
            return "narrative"
        return str(self.session.asked_for(q))

    def focus_on(self, questions: Sequence[str]) -> bool:
        """Ask these questions next (from "Resolve unknowns"). True if the session could."""
        self.session.focus(list(questions))
        return True

    # -- attorney notes ----------------------------------------------------------------
    def _notes(self) -> list[Note]:
        return [n for n in self.profile.rows("notes") if isinstance(n, Note)]

    def note_for(self, question_id: str) -> str:
        for n in self._notes():
            if n.topic == question_id:
                return n.body or ""
        return ""

    def set_note(self, question_id: str, text: str) -> bool:
        """Keep the attorney's note on this question; returns True if it changed."""
        for n in self._notes():
            if n.topic == question_id:
                if (n.body or "") == text:
                    return False
                n.body = text or None
                self.save()
                return True
        if not text.strip():
            return False
        self.profile.add("notes", topic=question_id, body=text, author="attorney")
        self.save()
        return True
