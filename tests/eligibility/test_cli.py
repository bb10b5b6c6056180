"""The assess and interview commands, driven as a user would."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import main
from eligibility.cli import cmd_interview


def test_assess_json_for_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main.main(
        ["assess", "--client", "demo", "--relief", "t_visa", "--json", "--today", "2026-11-29"]
    )
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    t = data["assessments"]["t_visa"]
    assert list(data["assessments"]) == ["t_visa"]
    assert t["outcome"] == "likely_eligible"
    assert t["label"].startswith("Screening result for attorney review")
    e3 = next(e for e in t["elements"] if e["element_id"] == "T-E3")
    assert (e3["status"], e3["exception_id"]) == ("exception_applies", "T-E3a")
    assert "8 CFR 214.202(c)(1)" in e3["reason"]
    assert {d["code"] for d in t["derivatives"]} == {"T-4", "T-5"}


def test_assess_text_never_says_eligible_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["assess", "--client", "demo", "--today", "2026-11-29"]) == 0
    out = capsys.readouterr().out
    assert "Screening result for attorney review" in out
    assert "DEADLINE Asylum one-year filing deadline" in out and "PASSED" in out
    assert "FLAG [critical] U certification missing" in out
    for line in out.splitlines():
        assert not line.strip().lower().startswith("eligible")


def test_unknown_relief_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main.main(["assess", "--client", "demo", "--relief", "green_card"])


def test_interview_in_the_terminal_skip_later_decline_back() -> None:
    args = main.build_parser().parse_args(
        ["interview", "--client", "demo", "--relief", "asylum_psg", "--today", "2026-11-29",
         "--decide-only"]
    )  # fmt: skip
    script = iter(
        [*OPENING_OK, "y", "skip", "later", "decline", "back", "decline", "n", "maybe", "quit"]
    )
    out = io.StringIO()
    assert cmd_interview(args, read=lambda _p: next(script), out=out) == 0
    text = out.getvalue()
    assert "[q_a_government]" in text and "[q_a_psg]" in text
    assert "? yes / no" in text  # "maybe" is refused with a hint, not stored
    assert "Asylum screening (particular social group): " in text  # not the id asylum_psg
    assert "elements settled" in text


def test_interview_saves_each_answer_for_a_stored_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.store import CaseStore

    monkeypatch.setenv("RELIEFDESK_TEST_PASS", "correct horse battery")
    store = CaseStore.create(tmp_path, "correct horse battery")
    profile = store.create_client(given_name="Rosa", family_name="Ficticia")
    client_id = profile.client.id
    store.close()
    args = main.build_parser().parse_args(
        [
            "--data-dir", str(tmp_path), "interview", "--client", client_id,
            "--passphrase-env", "RELIEFDESK_TEST_PASS", "--relief", "vacatur",
        ]
    )  # fmt: skip
    script = iter([*OPENING_OK, "none"])  # "no arrests": vacatur does not apply; input ends

    def read(_prompt: str) -> str:
        try:
            return next(script)
        except StopIteration:
            raise EOFError from None

    assert cmd_interview(args, read=read, out=io.StringIO()) == 0
    reopened = CaseStore.open(tmp_path, "correct horse battery")
    try:
        saved = reopened.load(client_id)
    finally:
        reopened.close()
    ans = saved.answers["arrests[]"]
    assert (ans.status, ans.value, ans.question_id) == ("answered", 0, "q_arrests")


def test_interview_adds_repeating_group_rows_in_the_terminal() -> None:
    from casefile.models import Client
    from casefile.profile import Profile
    from eligibility.cli import run_interview
    from eligibility.interview import InterviewSession

    profile = Profile(client=Client(date_of_birth=None))
    session = InterviewSession(profile, ["vacatur"], main_today())
    script = iter(
        [*OPENING_OK, "add", "2022-09-03", "NY", "", "", "", "", "PL 240.37", "prostitution",
         "convicted", "", "maybe", "y", "done", "quit"]
    )  # fmt: skip
    out = io.StringIO()
    saves: list[int] = []
    run_interview(session, lambda _p: next(script), out, lambda: saves.append(1))
    [row] = profile.rows("arrests")
    assert (row.state, row.statute, row.trafficking_related) == ("NY", "PL 240.37", True)  # type: ignore[attr-defined]
    assert row.arrest_date.isoformat() == "2022-09-03"  # type: ignore[attr-defined]
    assert "? yes / no" in out.getvalue()  # "maybe" was refused, then "y" accepted
    assert saves  # saved after the group answer


#: The opening checklist all confirmed: private, interpreter, gender (1), explained, may stop,
#: needs checked, no immediate needs.
OPENING_OK = ["y", "y", "1", "y", "y", "y", ""]


def test_terminal_interview_opens_with_the_checklist_and_takes_a_narrative() -> None:
    from casefile.models import Client
    from casefile.profile import Profile
    from eligibility.cli import run_interview
    from eligibility.interview import InterviewSession

    profile = Profile(client=Client(date_of_birth=None))
    session = InterviewSession(profile, ["u_visa"], main_today())
    # not private; interviewer: a woman; shelter needed -> paused until Enter
    script = iter(
        ["n", "y", "2", "y", "y", "y", "shelter, food", "",
         "skip",  # how the client came in (the only question before the narrative here)
         "They promised me a job in a restaurant.", "Then they kept my papers.", "",
         "pause", "", "quit"]
    )  # fmt: skip
    out = io.StringIO()
    saves: list[int] = []
    run_interview(session, lambda _p: next(script), out, lambda: saves.append(1))
    text = out.getvalue()
    assert "not confirmed: The client is alone" in text
    assert "Paused for immediate needs: shelter, food" in text
    assert profile.answers["interview.opening.private_setting"].value is False
    assert profile.answers["interview.opening.interviewer_gender"].value == "woman"
    assert profile.answers["interview.opening.immediate_needs"].value == ["shelter", "food"]
    assert profile.answers["interview.opening.private_setting"].question_id == "opening"
    story = profile.answers["narrative.free_account"]
    assert story.value == "They promised me a job in a restaurant.\nThen they kept my papers."
    assert story.question_id == "q_narrative"
    assert "in the client's own words" in text and "Paused. Take the time" in text
    assert len(saves) == 3  # after the opening, the skip and the narrative


def main_today():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date(2026, 11, 29)


def test_spanish_terminal_interview_prints_every_hint_in_spanish() -> None:
    """`interview --lang es`: refusals, the group line, pause and progress are Spanish."""
    import string

    from casefile.models import Client
    from casefile.profile import Profile
    from eligibility.cli import _LINES, run_interview
    from eligibility.interview import InterviewSession

    profile = Profile(client=Client(date_of_birth=None))
    session = InterviewSession(profile, ["vacatur"], main_today(), language="es")
    script = iter(
        [*OPENING_OK, "agregar", "ayer", "2022-09-03", "NY", "", "", "", "", "PL 240.37",
         "prostitution", "convicted", "", "quizás", "s", "listo", "pausa", "", "salir"]
    )  # fmt: skip
    out = io.StringIO()
    run_interview(session, lambda _p: next(script), out, lambda: None)
    text = out.getvalue()
    [row] = profile.rows("arrests")
    assert row.arrest_date.isoformat() == "2022-09-03"  # type: ignore[attr-defined]
    assert "? escriba una fecha como 2021-05-14 (AAAA-MM-DD)" in text  # "ayer" refused
    assert "? sí / no\n" in text  # "quizás" refused
    assert "(0 registradas; 'agregar' una fila" in text
    assert "En pausa. Tómese el tiempo" in text
    assert "Evaluación para limpiar antecedentes penales: " in text
    assert "Invalid isoformat" not in text
    for english in _LINES["en"].values():  # no English hint line in a Spanish interview
        longest = max((lit for lit, *_ in string.Formatter().parse(english)), key=len)
        assert longest.strip(" (:") not in text, english


def test_every_hint_line_has_spanish_with_the_same_blanks() -> None:
    import string

    from eligibility.cli import _LINES

    assert _LINES["es"].keys() == _LINES["en"].keys()
    for key, en in _LINES["en"].items():
        blanks = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        assert blanks == {f for _, f, _, _ in string.Formatter().parse(_LINES["es"][key]) if f}
        assert _LINES["es"][key] != en, key
