"""Plain (Qt-free) glue between the interview screen and ``eligibility.interview``.

``InterviewController`` wraps an ``InterviewSession`` (current question; answer / skip /
ask_later / decline / back; progress per relief) and adds what only the screen needs: the
prompt language, pause, content-warning acknowledgement, attorney notes per question, and
converting typed text to the answer's type. No legal logic lives here: which question comes
next and what an answer means are the session's business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.errors import ReliefDeskError
from casefile.profile import Profile
from eligibility.registry import label, relief_ids


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


def _call(obj: Any, names: Sequence[str], *args: Any) -> Any:
    for name in names:
        fn = getattr(obj, name, None)
        if callable(fn):
            return fn(*args)
    raise AttributeError(f"{type(obj).__name__} has none of {', '.join(names)}")


def make_session(profile: Profile, reliefs: Sequence[str], today: dt.date | None = None) -> Any:
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


class InterviewController:
    """What the interview screen does, without the screen (tests drive it directly)."""

    def __init__(
        self,
        profile: Profile,
        *,
        reliefs: Sequence[str] | None = None,
        today: dt.date | None = None,
        session_factory: Callable[[Profile, Sequence[str], dt.date | None], Any] = make_session,
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

    # -- reading -----------------------------------------------------------------------
    @property
    def question(self) -> Any:
        for name in ("current", "current_question", "question"):
            q = getattr(self.session, name, None)
            if callable(q):
                q = q()
            if q is not None or hasattr(self.session, name):
                return q
        return None

    def prompt(self, q: Any | None = None) -> str:
        q = q or self.question
        if q is None:
            return ""
        return str(q.prompt_es if self.language == "es" else q.prompt_en)

    def content_warning(self, q: Any | None = None) -> str | None:
        q = q or self.question
        if q is None or not getattr(q, "sensitive", False):
            return None
        text = getattr(q, f"content_warning_{self.language}", None) or getattr(
            q, "content_warning_en", None
        )
        return str(text) if text else ""

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

    def choices(self, q: Any | None = None) -> list[tuple[str, str]]:
        q = q or self.question
        out = []
        for c in getattr(q, "choices", []) or []:
            label = getattr(c, self.language, None) or getattr(c, "en", None) or c.value
            out.append((str(c.value), str(label)))
        return out

    def progress(self) -> list[Progress]:
        raw = _call(self.session, ("progress",))
        out = []
        for relief in self.reliefs:
            item = raw.get(relief) if isinstance(raw, dict) else None
            if item is None:
                continue
            if isinstance(item, tuple):
                done, total = item
            else:
                done = getattr(item, "done", getattr(item, "answered", 0))
                total = getattr(item, "total", 0)
            out.append(Progress(relief, int(done), int(total)))
        return out

    @property
    def finished(self) -> bool:
        return self.question is None

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
        _call(self.session, ("answer",), value)
        self.save()

    def skip(self) -> None:
        self._unknown("skipped", ("skip",))

    def ask_later(self) -> None:
        self._unknown("ask_later", ("ask_later", "later"))

    def decline(self) -> None:
        self._unknown("declined", ("decline", "prefers_not_to_say"))

    def _unknown(self, what: str, names: Sequence[str]) -> None:
        if self.question is None or self.paused:
            return
        self._record(what)
        _call(self.session, names)
        self.save()

    def back(self) -> None:
        if self.paused:
            return
        _call(self.session, ("back", "previous"))

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

    def focus_on(self, questions: Sequence[str]) -> bool:
        """Ask these questions next (from "Resolve unknowns"). True if the session could."""
        self.session.focus(list(questions))
        return True

    # -- attorney notes ----------------------------------------------------------------
    def note_for(self, question_id: str) -> str:
        for n in self.profile.rows("notes"):
            if getattr(n, "topic", None) == question_id:
                return str(getattr(n, "body", "") or "")
        return ""

    def set_note(self, question_id: str, text: str) -> bool:
        """Keep the attorney's note on this question; returns True if it changed."""
        for n in self.profile.rows("notes"):
            if getattr(n, "topic", None) == question_id:
                if (getattr(n, "body", None) or "") == text:
                    return False
                n.body = text or None
                self.save()
                return True
        if not text.strip():
            return False
        self.profile.add("notes", topic=question_id, body=text, author="attorney")
        self.save()
        return True
