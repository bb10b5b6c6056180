"""Headless commands: ``assess``, ``interview`` and ``deadlines``.

    ./run assess --client demo [--relief t_visa] [--json] [--today 2026-11-29]
    ./run interview --client demo [--relief t_visa ...] [--lang es] [--decide-only]
    ./run deadlines [--client ID] [--days N] [--json] [--today 2026-11-29]

``deadlines`` lists every dated deadline the assessments return (hearings, court-set filing
dates, Supp B expiry, derivative age-outs, the asylum one-year date, CP and status expiry,
adjustment at three years) across all clients, or one, sorted by date; overdue ones first.

Output is a screening result for attorney review, never an eligibility decision. For a stored
client, ``interview`` saves the profile after every answer; ``--client demo`` keeps answers in
memory only (the demo is rebuilt from its files each time). The interview opens with the
safe-to-talk checklist (recorded with the interview); "pause" stops until Enter; the optional
free-narrative step takes several lines, ended by an empty line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from casefile.cli import (
    DEMO,
    add_client_arguments,
    load_profile_from_args,
    open_store_from_args,
)
from casefile.errors import ReliefDeskError
from casefile.profile import Profile
from eligibility.assess import Assessment, assess_all
from eligibility.deadlines import all_deadlines
from eligibility.errors import InterviewError
from eligibility.interview import NARRATIVE_FACT, OPENING, InterviewSession
from eligibility.loader import load_rules
from eligibility.registry import relief_ids
from facts import FactView

_STATUS_MARK = {
    "met": "MET",
    "likely_met": "LIKELY MET",
    "unknown": "UNKNOWN",
    "likely_unmet": "LIKELY UNMET",
    "unmet": "UNMET",
    "exception_applies": "EXCEPTION",
    "not_applicable": "N/A",
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-29") from None


def register(sub: Any) -> None:
    p = sub.add_parser(
        "assess", help="Screen a client for T, U, CP, asylum (PSG) and vacatur (attorney review)"
    )
    add_client_arguments(p)
    p.add_argument("--relief", choices=relief_ids(), action="append", help="Only this relief")
    p.add_argument("--json", action="store_true", help="Print JSON instead of text")
    p.add_argument("--today", type=_date, help="Assess as of this date (default: today)")
    p.set_defaults(handler=cmd_assess)

    q = sub.add_parser("interview", help="Run the screening interview in the terminal")
    add_client_arguments(q)
    q.add_argument("--relief", choices=relief_ids(), action="append", help="Only this relief")
    q.add_argument("--lang", choices=("en", "es"), default="en", help="Prompt language")
    q.add_argument("--today", type=_date, help="Interview as of this date (default: today)")
    q.add_argument(
        "--decide-only",
        action="store_true",
        help="Quick screen: ask only what decides an element (no evidence or story questions)",
    )
    q.set_defaults(handler=cmd_interview)

    d = sub.add_parser(
        "deadlines",
        help="Dated deadlines across clients (or one), by date",
        description="Every deadline the screening assessments return, for every client (or "
        "--client), sorted by date. Overdue deadlines are always listed.",
    )
    add_client_arguments(d, required=False)
    d.add_argument(
        "--days", type=int, metavar="N", help="Only deadlines due within N days (and overdue)"
    )
    d.add_argument("--json", action="store_true", help="Print JSON instead of text")
    d.add_argument("--today", type=_date, help="As of this date (default: today)")
    d.set_defaults(handler=cmd_deadlines)


# -- assess ------------------------------------------------------------------------------------


def format_assessment(a: Assessment) -> str:
    lines = [f"{a.title}", f"  {a.label}  [{a.outcome}]"]
    for e in a.elements:
        verify = "" if e.verify_status == "ok" else f" ({e.verify_status})"
        lines.append(f"  {_STATUS_MARK[e.status]:<13} {e.element_id} {e.title}{verify}")
        lines.append(f"                {e.reason}")
        if e.basis:
            lines.append(f"                basis: {'; '.join(e.basis[:4])}")
        lines.append(f"                cite: {'; '.join(e.authority)}")
        if e.resolving_questions:
            lines.append(f"                ask: {', '.join(e.resolving_questions[:6])}")
        for item in e.indicators:
            lines.append(f"                recorded: {item}")
    for f in a.flags:
        lines.append(f"  FLAG [{f.severity}] {f.title}: {f.message}")
    for d in a.deadlines:
        state = "PASSED" if d.passed else f"{d.days_left} days left"
        lines.append(f"  DEADLINE {d.title}: {d.due.isoformat()} ({state}) [{d.verify_status}]")
    for der in a.derivatives:
        lines.append(f"  FAMILY {der.code} {der.title}: {der.name} — {der.status}")
    for o in a.other_relief:
        lines.append(f"  CONSIDER {o.title}: {o.reason}")
    return "\n".join(lines)


def cmd_assess(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    profile = load_profile_from_args(args, read_only=True)
    view = FactView(profile, today=args.today)
    reliefs = args.relief or list(relief_ids())
    result = assess_all(view, reliefs=reliefs)
    if args.json:
        data = {
            "client": profile.client.id,
            "today": view.today.isoformat(),
            "note": "Screening result for attorney review; not legal advice or a decision.",
            "assessments": {r: a.to_dict() for r, a in result.items()},
        }
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 0
    out.write(f"Screening for {profile.display_name} as of {view.today.isoformat()}\n")
    out.write("Screening result for attorney review; not legal advice or a decision.\n\n")
    out.write("\n\n".join(format_assessment(a) for a in result.values()) + "\n")
    return 0


# -- interview ---------------------------------------------------------------------------------

_HELP = {
    "en": "Answer, or type: skip | later | decline (prefers not to say) | back | pause | quit",
    "es": "Responda, o escriba: saltar | luego | no decir (prefiere no decir) | atrás | pausa | "
    "salir",
}
#: Every other line the terminal interview prints while it asks, in the prompt language: an
#: attorney interviewing in Spanish reads these aloud or shows the screen to the client.
_LINES = {
    "en": {
        "narrative": "(Optional, in the client's own words: type what they tell you; an empty line "
        "ends it; 'skip' if they prefer not to.)",
        "group": "({rows} recorded; 'add' a row, 'done' when finished, or 'none')",
        "paused": "Paused. Take the time the client needs; press Enter to go on.",
        "progress": "Progress:",
        "settled": "{relief}: {done}/{total} elements settled",
        "yes_no": "yes / no (sí / no)",
        "date": "give a date like 2021-05-14 (YYYY-MM-DD)",
        "int": "give a whole number",
        "choice": "type the number of one of the choices",
        "group_hint": "'add' a row, then 'done' (or 'none')",
        "text": "type the answer, or skip it",
    },
    "es": {
        "narrative": "(Opcional, con las palabras de la persona: escriba lo que le cuente; una "
        "línea vacía termina; 'saltar' si prefiere no hacerlo.)",
        "group": "({rows} registradas; 'agregar' una fila, 'listo' al terminar, o 'ninguno')",
        "paused": "En pausa. Tómese el tiempo que la persona necesite; pulse Intro para seguir.",
        "progress": "Avance:",
        "settled": "{relief}: {done} de {total} elementos resueltos",
        "yes_no": "sí / no",
        "date": "escriba una fecha como 2021-05-14 (AAAA-MM-DD)",
        "int": "escriba un número entero",
        "choice": "escriba el número de una de las opciones",
        "group_hint": "'agregar' una fila, luego 'listo' (o 'ninguno')",
        "text": "escriba la respuesta, o 'saltar'",
    },
}


def _line(lang: str, key: str, **values: Any) -> str:
    return _LINES.get(lang, _LINES["en"])[key].format(**values)


def _refusal(lang: str, kind: str) -> str:
    """What to type instead, for an answer of question type ``kind`` that was refused."""
    key = {"bool": "yes_no", "multi_choice": "choice", "group": "group_hint"}.get(kind, kind)
    return _line(lang, key if key in _LINES["en"] else "text")


_COMMANDS = {
    "skip": "skip",
    "saltar": "skip",
    "later": "later",
    "luego": "later",
    "decline": "decline",
    "no decir": "decline",
    "back": "back",
    "atrás": "back",
    "atras": "back",
    "quit": "quit",
    "salir": "quit",
    "pause": "pause",
    "pausa": "pause",
}
_YES = ("y", "yes", "s", "si", "sí")


def run_opening(session: InterviewSession, read: Callable[[str], str], out: TextIO) -> bool:
    """The safe-to-talk checklist before the first question, recorded with the interview.
    False if the attorney quit (or input ended) before the questions."""
    lang = session.language
    out.write(
        "\nBefore the first question (attorney checklist, recorded with the interview).\n"
        "Answer y / n; say the quoted words to the client in their language.\n"
    )
    answers: dict[str, Any] = {}
    for item in OPENING:
        say = item.say_es if lang == "es" else item.say_en
        out.write(f"\n- {item.label}\n")
        if say:
            out.write(f'  "{say}"\n')
        if item.kind == "choice":
            for i, c in enumerate(item.choices, 1):
                out.write(f"  {i}. {c.replace('_', ' ')}\n")
        elif item.kind == "needs":
            out.write(f"  (comma-separated: {', '.join(item.choices)}; empty for none)\n")
        try:
            text = read("> ").strip().lower()
        except EOFError:
            return False
        if text in ("quit", "salir"):
            return False
        if item.kind == "check":
            answers[item.id] = text in _YES
        elif item.kind == "choice":
            picked = (
                item.choices[int(text) - 1]
                if text.isdigit() and 0 < int(text) <= len(item.choices)
                else text
            )
            answers[item.id] = picked
        else:
            answers[item.id] = [p.strip() for p in text.split(",") if p.strip()]
    record = session.record_opening(answers)
    for concern in record.concerns:
        out.write(f"  ! not confirmed: {concern}\n")
    if record.concerns:
        out.write("  Consider rescheduling before asking about what happened.\n")
    if record.pause_for_needs:
        out.write(
            f"\nPaused for immediate needs: {', '.join(record.immediate_needs)}. Deal with them "
            "first; press Enter to begin the questions (or type quit).\n"
        )
        try:
            if read("> ").strip().lower() in ("quit", "salir"):
                return False
        except EOFError:
            return False
    return True


def _read_narrative(read: Callable[[str], str], first: str) -> str:
    """Several lines of the client's words, ended by an empty line."""
    lines = [first]
    while True:
        try:
            line = read("  ... ")
        except EOFError:
            break
        if not line.strip():
            break
        lines.append(line)
    return "\n".join(lines).strip()


def _parse(q: Any, text: str) -> Any:
    t = text.strip()
    if q.type == "yes_no":
        if t.lower() in ("y", "yes", "s", "si", "sí"):
            return True
        if t.lower() in ("n", "no"):
            return False
        raise ValueError(q.type)
    if q.type == "date":
        return dt.date.fromisoformat(t)
    if q.type == "int":
        return int(t)
    if q.type == "choice":
        if t.isdigit() and 1 <= int(t) <= len(q.choices):
            return q.choices[int(t) - 1].value
        return t
    if q.type == "multi_choice":
        picks = [p.strip() for p in t.split(",") if p.strip()]
        return [
            q.choices[int(p) - 1].value if p.isdigit() and 1 <= int(p) <= len(q.choices) else p
            for p in picks
        ]
    if q.type == "group":
        if t.lower() in ("none", "ninguno", "done", "listo"):
            return None
        raise ValueError(q.type)
    return t


def _parse_column(kind: str, text: str) -> Any:
    t = text.strip()
    if kind == "bool":
        if t.lower() in ("y", "yes", "s", "si", "sí"):
            return True
        if t.lower() in ("n", "no"):
            return False
        raise ValueError(kind)
    if kind == "date":
        return dt.date.fromisoformat(t)
    if kind == "int":
        return int(t)
    if kind == "list":
        return [p.strip() for p in t.split(",") if p.strip()]
    return t


def _read_row(q: Any, read: Callable[[str], str], out: TextIO, lang: str) -> dict[str, Any]:
    """Ask each column of a repeating-group question; blank leaves it empty."""
    from facts import load_catalogue

    cat = load_catalogue()
    group = q.fact[:-2]
    row: dict[str, Any] = {}
    for col in q.columns:
        fact = cat[f"{group}[].{col}"]
        while True:
            text = read(f"    {col} ({fact.description}): ")
            if not text.strip():
                break
            try:
                row[col] = _parse_column(fact.type, text)
                break
            except ValueError:
                out.write(f"    ? {_refusal(lang, fact.type)}\n")
    return row


def run_interview(
    session: InterviewSession,
    read: Callable[[str], str],
    out: TextIO,
    save: Callable[[], None],
    *,
    opening: bool = True,
) -> int:
    lang = session.language
    if opening:
        if not run_opening(session, read, out):
            out.write("\nStopped before the first question.\n")
            return 0
        save()
    out.write("\n" + _HELP[lang] + "\n")
    pending: list[dict[str, Any]] = []  # rows typed for the current group question
    while (q := session.current) is not None:
        if session.needs_content_warning:
            out.write(f"\n!! {session.content_warning()}\n")
            session.acknowledge_warning()
        if q.fact == NARRATIVE_FACT:
            out.write(f"\n{_line(lang, 'narrative')}\n")
        out.write(f"\n[{q.id}] {session.prompt()}\n")
        for i, c in enumerate(q.choices, 1):
            out.write(f"  {i}. {c.es if lang == 'es' else c.en}\n")
        if q.type == "group":
            rows = len(session.profile.rows(q.fact[:-2])) + len(pending)
            out.write(f"  {_line(lang, 'group', rows=rows)}\n")
        try:
            text = read("> ")
        except EOFError:
            break
        if q.type == "group" and text.strip().lower() in ("add", "agregar"):
            pending.append(_read_row(q, read, out, lang))
            continue
        if q.type == "group" and text.strip().lower() in ("done", "listo", "none", "ninguno"):
            session.answer(pending)
            pending = []
            save()
            continue
        command = _COMMANDS.get(text.strip().lower())
        if command == "quit":
            break
        if command == "pause":
            out.write(f"  {_line(lang, 'paused')}\n")
            try:
                read("> ")
            except EOFError:
                break
            continue
        if q.fact == NARRATIVE_FACT and command is None and text.strip():
            text = _read_narrative(read, text)
        if command == "back":
            session.back()
            continue
        if command in ("skip", "later", "decline"):
            {"skip": session.skip, "later": session.ask_later, "decline": session.decline}[
                command
            ]()
            save()
            continue
        try:
            session.answer(_parse(q, text))
        except (ValueError, IndexError):  # Python's own message names no question: say what to type
            out.write(f"  ? {_refusal(lang, q.type)}\n")
            continue
        except InterviewError as exc:  # its reason is English: in Spanish, what to type instead
            out.write(f"  ? {exc.reason if lang == 'en' else _refusal(lang, q.type)}\n")
            continue
        except ReliefDeskError as exc:  # any other refusal: its human message
            out.write(f"  ? {exc}\n")
            continue
        save()
    out.write(f"\n{_line(lang, 'progress')}\n")
    flows = load_rules().flows
    for relief, p in session.progress().items():
        flow = flows[relief]
        title = flow.title_es if lang == "es" else flow.title_en
        out.write(f"  {_line(lang, 'settled', relief=title, done=p.done, total=p.total)}\n")
    return 0


def cmd_interview(
    args: argparse.Namespace,
    read: Callable[[str], str] = input,
    out: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    reliefs = args.relief or list(relief_ids())
    save: Callable[[], None]
    if (args.client or "").strip() == DEMO:
        profile: Profile = load_profile_from_args(args)
        out.write("Demo client: answers are kept in memory only and not saved.\n")

        def save() -> None:
            return None
    else:
        store = open_store_from_args(args)
        profile = store.load(store.find_client(args.client))

        def save() -> None:
            store.save(profile)

    session = InterviewSession(
        profile, reliefs, args.today, language=args.lang, decide_only=args.decide_only
    )
    return run_interview(session, read, out, save)


# -- deadlines ---------------------------------------------------------------------------------


def _deadline_profiles(args: argparse.Namespace) -> list[Profile]:
    if args.client:
        return [load_profile_from_args(args)]
    store = open_store_from_args(args)
    try:
        return [store.load(c.id) for c in store.list_clients()]
    finally:
        store.lock()


def cmd_deadlines(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    today = args.today or dt.date.today()
    rows = all_deadlines(_deadline_profiles(args), today, args.days)
    if args.json:
        data = {
            "today": today.isoformat(),
            "note": "Screening deadlines for attorney review; confirm each against the record.",
            "deadlines": [
                {
                    "client": r.client_id,
                    "name": r.client_name,
                    "relief": r.relief,
                    "id": r.item.id,
                    "title": r.item.title,
                    "due": r.item.due.isoformat(),
                    "days_left": r.item.days_left,
                    "passed": r.item.passed,
                    "alert_from": r.item.alert_from.isoformat() if r.item.alert_from else None,
                    "authority": list(r.item.authority),
                    "verify_status": r.item.verify_status,
                }
                for r in rows
            ],
        }
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 0
    window = f" within {args.days} days" if args.days is not None else ""
    out.write(f"Deadlines as of {today.isoformat()}{window} (attorney review; VERIFY marked)\n")
    if not rows:
        out.write("  none\n")
    for r in rows:
        state = "PASSED" if r.item.passed else f"{r.item.days_left:>4} days"
        verify = "" if r.item.verify_status == "ok" else f" [{r.item.verify_status}]"
        out.write(
            f"  {r.item.due.isoformat()}  {state:<9} {r.client_name} — {r.item.title}"
            f" ({'; '.join(r.item.authority)}){verify}\n"
        )
    return 0
