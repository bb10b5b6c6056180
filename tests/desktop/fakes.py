"""A stand-in InterviewSession with the documented API (current question, answer / skip /
ask_later / decline / back, progress per relief) for the screen tests. It records answers
in the Profile exactly as the contract says: a value, or the reason it is unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from casefile.models import AnswerStatus
from casefile.profile import Profile


@dataclass(frozen=True)
class FakeChoice:
    value: str
    en: str
    es: str


@dataclass(frozen=True)
class FakeQuestion:
    id: str
    fact: str
    type: str
    prompt_en: str
    prompt_es: str
    help: str = "Attorney help text."
    sensitive: bool = False
    content_warning_en: str | None = None
    content_warning_es: str | None = None
    choices: tuple[FakeChoice, ...] = ()
    reliefs: tuple[str, ...] = ("t_visa",)
    purpose: str = "decide"


QUESTIONS = (
    FakeQuestion(
        "q_fraud",
        "fake.fraud",
        "yes_no",
        "Were you lied to about the job?",
        "¿Le mintieron sobre el trabajo?",
    ),
    FakeQuestion(
        "q_start", "fake.start", "date", "When did the work start?", "¿Cuándo empezó el trabajo?"
    ),
    FakeQuestion(
        "q_harm",
        "fake.harm",
        "text",
        "What happened when you tried to leave?",
        "¿Qué pasó cuando intentó irse?",
        sensitive=True,
        content_warning_en="This question is about violence.",
        content_warning_es="Esta pregunta trata de violencia.",
    ),
    FakeQuestion(
        "q_means",
        "fake.means",
        "multi_choice",
        "What did they do?",
        "¿Qué hicieron?",
        choices=(
            FakeChoice("threats", "Threats", "Amenazas"),
            FakeChoice("debt", "A debt", "Una deuda"),
        ),
        reliefs=("t_visa", "u_visa"),
    ),
    FakeQuestion(
        "q_police",
        "fake.police",
        "yes_no",
        "Did you talk to the police?",
        "¿Habló con la policía?",
        reliefs=("u_visa",),
    ),
)


@dataclass
class FakeSession:
    profile: Profile
    reliefs: Sequence[str]
    today: dt.date | None
    index: int = 0
    calls: list[str] = field(default_factory=list)

    def _questions(self) -> list[FakeQuestion]:
        return [q for q in QUESTIONS if set(q.reliefs) & set(self.reliefs)]

    @property
    def current(self) -> Any:
        qs = self._questions()
        return qs[self.index] if self.index < len(qs) else None

    def _set(self, value: Any, status: AnswerStatus) -> None:
        q = self.current
        self.profile.set_answer(q.fact, value, status, question_id=q.id)
        self.index += 1

    def asked_for(self, q: FakeQuestion) -> str:
        return "evidence" if q.purpose == "evidence" else "decide"

    def answer(self, value: Any) -> None:
        self.calls.append("answer")
        self._set(value, AnswerStatus.ANSWERED)

    def skip(self) -> None:
        self.calls.append("skip")
        self._set(None, AnswerStatus.SKIPPED)

    def ask_later(self) -> None:
        self.calls.append("ask_later")
        self._set(None, AnswerStatus.ASK_LATER)

    def decline(self) -> None:
        self.calls.append("decline")
        self._set(None, AnswerStatus.DECLINED)

    def back(self) -> None:
        self.index = max(0, self.index - 1)

    def refresh(self) -> None:
        self.calls.append("refresh")

    def questions_for(self, facts: list[str]) -> list[str]:
        return [q.id for q in QUESTIONS if q.fact in set(facts)]

    def focus(self, question_ids: list[str]) -> None:
        self.calls.append("focus:" + ",".join(question_ids))
        ids = [q.id for q in self._questions()]
        if question_ids and question_ids[0] in ids:
            self.index = ids.index(question_ids[0])

    def progress(self) -> dict[str, tuple[int, int]]:
        qs = self._questions()
        out = {}
        for r in self.reliefs:
            mine = [i for i, q in enumerate(qs) if r in q.reliefs]
            out[r] = (sum(1 for i in mine if i < self.index), len(mine))
        return out


def fake_factory(profile: Profile, reliefs: Sequence[str], today: dt.date | None) -> FakeSession:
    return FakeSession(profile, reliefs, today)


@dataclass(frozen=True)
class FakeElement:
    id: str
    title: str
    status: str
    reason: str
    authority: list[str]
    last_reviewed: dt.date
    verify_status: str
    resolving_questions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FakeAssessment:
    relief: str
    outcome: str
    elements: list[FakeElement]
    flags: list[Any] = field(default_factory=list)
    deadlines: list[Any] = field(default_factory=list)
    derivatives: list[Any] = field(default_factory=list)
    other_relief: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class FakeDeadline:
    title: str
    date: dt.date
    days_left: int
    authority: list[str]


def fake_assess(view: Any, relief: str) -> FakeAssessment:
    """Reads one fact so tests prove the view re-assesses the current profile."""
    lied = view.profile.answers.get("fake.fraud")
    fraud = "met" if lied is not None and lied.value is True else "unknown"
    return FakeAssessment(
        relief=relief,
        outcome="needs_more_information" if fraud == "unknown" else "likely_eligible",
        elements=[
            FakeElement(
                "T-E1",
                "Severe form of trafficking",
                fraud,
                "Fraud about the job" if fraud == "met" else "Not asked yet",
                ["INA §101(a)(15)(T)(i)(I)"],
                dt.date(2026, 11, 1),
                "ok",
                ["q_fraud"] if fraud == "unknown" else [],
            ),
            FakeElement(
                "T-E2",
                "Physical presence",
                "met",
                "In the U.S. since 2021",
                ["8 C.F.R. §214.207"],
                dt.date(2026, 11, 1),
                "VERIFY",
            ),
            FakeElement(
                "T-E3",
                "Cooperation",
                "unknown",
                "No answer yet",
                ["INA §101(a)(15)(T)(i)(III)"],
                dt.date(2026, 11, 1),
                "ok",
                ["q_police", "q_fraud"],
            ),
        ],
        deadlines=[
            FakeDeadline(
                "Asylum one-year filing", dt.date(2022, 5, 14), -1295, ["INA §208(a)(2)(B)"]
            )
        ],
    )
