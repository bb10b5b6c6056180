"""Stand-ins for the screen tests, built from the real types: an interview session with
``InterviewSession``'s API over real ``Question`` objects (it records answers in the Profile
exactly as the contract says: a value, or the reason it is unknown), and an ``assess`` that
returns a real ``Assessment``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from casefile.models import AnswerStatus
from casefile.profile import Profile
from eligibility import Assessment, DeadlineItem, ElementAssessment, ReliefProgress
from eligibility.schema import Choice, Question
from facts import FactView


def _question(
    qid: str, fact: str, kind: str, en: str, es: str, **more: Any
) -> Question:
    return Question(
        id=qid, fact=fact, type=kind, prompt_en=en, prompt_es=es, help="Attorney help text.",
        help_es="Texto de ayuda para el abogado.", **more
    )


#: Real ``Question`` objects (eligibility's type) over made-up facts, with the reliefs each
#: serves in this fake.
QUESTIONS: tuple[tuple[Question, tuple[str, ...]], ...] = (
    (
        _question(
            "q_fraud", "fake.fraud", "yes_no", "Were you lied to about the job?",
            "¿Le mintieron sobre el trabajo?",
        ),
        ("t_visa",),
    ),
    (
        _question(
            "q_start", "fake.start", "date", "When did the work start?",
            "¿Cuándo empezó el trabajo?",
        ),
        ("t_visa",),
    ),
    (
        _question(
            "q_harm", "fake.harm", "text", "What happened when you tried to leave?",
            "¿Qué pasó cuando intentó irse?", sensitive=True,
            content_warning_en="This question is about violence.",
            content_warning_es="Esta pregunta trata de violencia.",
        ),
        ("t_visa",),
    ),
    (
        _question(
            "q_means", "fake.means", "multi_choice", "What did they do?", "¿Qué hicieron?",
            choices=[
                Choice(value="threats", en="Threats", es="Amenazas"),
                Choice(value="debt", en="A debt", es="Una deuda"),
            ],
        ),
        ("t_visa", "u_visa"),
    ),
    (
        _question(
            "q_police", "fake.police", "yes_no", "Did you talk to the police?",
            "¿Habló con la policía?",
        ),
        ("u_visa",),
    ),
)  # fmt: skip


@dataclass
class FakeSession:
    profile: Profile
    reliefs: Sequence[str]
    today: dt.date | None
    index: int = 0
    calls: list[str] = field(default_factory=list)
    decide_only: bool = False

    def _questions(self) -> list[tuple[Question, tuple[str, ...]]]:
        return [(q, rs) for q, rs in QUESTIONS if set(rs) & set(self.reliefs)]

    @property
    def current(self) -> Question | None:
        qs = self._questions()
        return qs[self.index][0] if self.index < len(qs) else None

    def _set(self, value: Any, status: AnswerStatus) -> None:
        q = self.current
        assert q is not None
        self.profile.set_answer(q.fact, value, status, question_id=q.id)
        self.index += 1

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

    def back(self) -> Question | None:
        self.index = max(0, self.index - 1)
        return self.current

    def refresh(self) -> None:
        self.calls.append("refresh")

    def asked_for(self, q: Question) -> str:
        return "evidence" if q.purpose == "evidence" else "decide"

    def questions_for(self, facts: list[str]) -> list[str]:
        return [q.id for q, _rs in QUESTIONS if q.fact in set(facts)]

    def focus(self, question_ids: list[str]) -> None:
        self.calls.append("focus:" + ",".join(question_ids))
        ids = [q.id for q, _rs in self._questions()]
        if question_ids and question_ids[0] in ids:
            self.index = ids.index(question_ids[0])

    def progress(self) -> dict[str, ReliefProgress]:
        qs = self._questions()
        out = {}
        for r in self.reliefs:
            mine = [i for i, (_q, rs) in enumerate(qs) if r in rs]
            done = sum(1 for i in mine if i < self.index)
            out[r] = ReliefProgress(r, done, len(mine), ())
        return out


    def remaining(self) -> dict[str, int]:
        qs = self._questions()[self.index :]
        out = {r: sum(1 for _q, rs in qs if r in rs) for r in self.reliefs}
        out[""] = len(qs)
        return out

    def set_aside(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {"skipped": [], "ask_later": []}
        for q, _rs in self._questions():
            ans = self.profile.answers.get(q.fact)
            if ans is not None and ans.status in out:
                out[ans.status].append(q.id)
        return out


def fake_factory(profile: Profile, reliefs: Sequence[str], today: dt.date | None) -> FakeSession:
    return FakeSession(profile, reliefs, today)


def _element(
    eid: str, title: str, status: str, reason: str, cite: str, verify: str, questions: list[str]
) -> ElementAssessment:
    return ElementAssessment(
        relief="t_visa",
        element_id=eid,
        title=title,
        status=status,
        reason=reason,
        authority=(cite,),
        last_reviewed=dt.date(2026, 11, 1),
        verify_status=verify,
        evidence_to_gather=(),
        resolving_questions=tuple(questions),
    )


def fake_assess(view: FactView, relief: str) -> Assessment:
    """A real ``Assessment`` with made-up elements; reads one fact so tests prove the view
    re-assesses the current profile."""
    lied = view.profile.answers.get("fake.fraud")
    fraud = "met" if lied is not None and lied.value is True else "unknown"
    return Assessment(
        relief=relief,
        title=relief,
        outcome="needs_more_information" if fraud == "unknown" else "likely_eligible",
        label="",
        elements=[
            _element(
                "T-E1", "Severe form of trafficking", fraud,
                "Fraud about the job" if fraud == "met" else "Not asked yet",
                "INA §101(a)(15)(T)(i)(I)", "ok", ["q_fraud"] if fraud == "unknown" else [],
            ),
            _element(
                "T-E2", "Physical presence", "met", "In the U.S. since 2021",
                "8 C.F.R. §214.207", "VERIFY", [],
            ),
            _element(
                "T-E3", "Cooperation", "unknown", "No answer yet",
                "INA §101(a)(15)(T)(i)(III)", "ok", ["q_police", "q_fraud"],
            ),
        ],
        deadlines=[
            DeadlineItem(
                id="A-DL-1YEAR", title="Asylum one-year filing", due=dt.date(2022, 5, 14),
                days_left=-1295, passed=True, alert_from=None,
                authority=("INA §208(a)(2)(B)",), verify_status="ok",
            )
        ],
        today=view.today,
    )  # fmt: skip
