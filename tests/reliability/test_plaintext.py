"""No plaintext at rest: after the demo client, an interview, a backup and a T visa packet,
nothing ReliefDesk writes outside the chosen output folder contains the client's name,
A-number or date of birth, in any common encoding.

Scanned: the data folder (database, -wal/-shm/-journal, backups, the unlock-throttle file and
any settings file), the temporary folder (TMPDIR and ``tempfile.tempdir`` both point at a fresh
folder), the scratch folder LibreOffice conversions use (``RELIEFDESK_SCRATCH``, this test's
own, so other processes converting at the same time cannot disturb it): every scratch folder
made there during the run must be gone, and the user's config and cache folders (XDG_CONFIG_HOME
and XDG_CACHE_HOME point at fresh folders; issue 21: Qt's file dialogs kept chosen folders in
``QtProject.conf`` there, see test_dialog_history.py). The packet's own output folder holds
client data by design (the UI warns) and is not scanned.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from casefile.demo import DEMO_CLIENT_ID
from casefile.store import CaseStore
from casefile.validation import format_a_number
from eligibility.interview import InterviewSession
from facts import FactView
from packets import build_packet
from tests.casefile.helpers import PASSPHRASE

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "latin-1")


def _needles(family: str, given: str, a_number: str, dob: dt.date) -> dict[str, str]:
    digits = a_number.zfill(9)
    texts = {
        "family name": family,
        "given name": given,
        "A-number": digits,
        "A-number (A-formatted)": format_a_number(digits),
        "A-number (A + digits)": f"A{digits}",
        "date of birth (ISO)": dob.isoformat(),
        "date of birth (MM/DD/YYYY)": dob.strftime("%m/%d/%Y"),
    }
    for label in ("family name", "given name"):
        texts[f"{label} (upper case)"] = texts[label].upper()
    return texts


def _patterns(texts: dict[str, str]) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for label, text in texts.items():
        for enc in ENCODINGS:
            try:
                out.append((f"{label} {text!r} in {enc}", text.encode(enc)))
            except UnicodeEncodeError:
                continue
    return out


def _scan(roots: list[Path], patterns: list[tuple[str, bytes]]) -> tuple[int, list[str]]:
    files, hits = 0, []
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            files += 1
            hits += [f"{path}: {label}" for label, pat in patterns if pat in data]
    return files, hits


def _answer_a_few(session: InterviewSession, n: int) -> int:
    answered = 0
    while answered < n and (q := session.current) is not None:
        if session.needs_content_warning:
            session.acknowledge_warning()
        if q.type == "yes_no":
            session.answer(True)
        elif q.type == "text":
            session.answer("Fictional answer typed in the interview.")
        elif q.type == "date":
            session.answer(dt.date(2023, 6, 1))
        elif q.type == "int":
            session.answer(2)
        elif q.type == "choice" and q.choices:
            session.answer(q.choices[0].value)
        else:
            session.skip()
            continue
        answered += 1
    return answered


def test_no_client_data_outside_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, summary_line
) -> None:
    tmp_dir, data, out = tmp_path / "tmp", tmp_path / "data", tmp_path / "out"
    scratch = tmp_path / "scratch"
    config, cache = tmp_path / "config", tmp_path / "cache"
    for d in (tmp_dir, data, out, scratch, config, cache):
        d.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("TMPDIR", str(tmp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_dir))
    monkeypatch.setenv("RELIEFDESK_HOME", str(data))
    monkeypatch.setenv("RELIEFDESK_SCRATCH", str(scratch))

    store = CaseStore.create(data, PASSPHRASE)
    store.add_demo_client()
    profile = store.load(DEMO_CLIENT_ID)
    # The demo client has every T visa question answered: interview on all reliefs.
    session = InterviewSession(profile, today=dt.date(2026, 11, 29))
    assert _answer_a_few(session, 6) == 6
    store.save(session.profile)
    backup = store.backup()
    saved = store.load(DEMO_CLIENT_ID)
    c = saved.client
    assert c.family_name and c.given_name and c.a_number and c.date_of_birth
    patterns = _patterns(_needles(c.family_name, c.given_name, c.a_number, c.date_of_birth))
    # While the store is open its -wal and -shm files exist: scan them now too.
    open_names = {p.name for p in data.rglob("*") if p.is_file()}
    assert "cases.db-wal" in open_names, open_names
    open_files, open_hits = _scan([data, tmp_dir], patterns)
    store.lock()
    assert saved.answers  # the interview's answers really were stored

    result = build_packet(FactView(saved), "t_visa", out / "packet.pdf")
    assert result.path.is_file() and result.page_count > 0
    assert result.drafts  # the drafts were rendered (and converted when LibreOffice exists)

    # The scan can see the data: the output folder (fillable form copy, manifest) holds it.
    _files, in_output = _scan([out], patterns)
    assert any("family name" in h for h in in_output), in_output
    assert any("date of birth" in h for h in in_output), in_output

    left_in_scratch = sorted(p.name for p in scratch.iterdir())
    assert left_in_scratch == [], left_in_scratch
    roots = [data, tmp_dir, scratch, config, cache]
    files, hits = _scan(roots, patterns)
    files, hits = files + open_files, open_hits + hits
    scanned = {p.name for r in (data,) for p in r.rglob("*") if p.is_file()}
    assert "cases.db" in scanned and backup.name in scanned
    assert files >= 2
    assert hits == [], "client data found in plaintext:\n" + "\n".join(hits)
    summary_line(f"plaintext hits {len(hits)} ({files} files, {len(patterns)} patterns)")


def test_a_pg_dump_of_a_clinic_database_holds_no_client_data(
    pg_cluster, pg_url: str, tmp_path: Path, summary_line
) -> None:
    """The twin on a clinic server (issue 22 item 3): after the demo client, an interview and
    an edit through the store, a ``pg_dump`` of the database holds none of the identifying
    strings (name, alias, A-number, date of birth in every format and encoding), nor the
    address, the narrative or a typed interview answer. The dump does hold the client's
    row (its id), so the scan is looking at the data."""
    import subprocess

    from sqlalchemy.engine import make_url

    from casefile.pgcluster import find_bin_dir

    store = CaseStore.on_server(tmp_path / "laptop", pg_url)
    try:
        store.add_demo_client()
        session = InterviewSession(store.load(DEMO_CLIENT_ID), today=dt.date(2026, 11, 29))
        assert _answer_a_few(session, 6) == 6
        store.save(session.profile)
        saved = store.load(DEMO_CLIENT_ID)
    finally:
        store.lock()
    c = saved.client
    assert c.family_name and c.given_name and c.a_number and c.date_of_birth
    texts = _needles(c.family_name, c.given_name, c.a_number, c.date_of_birth)
    episode = saved.rows("episodes")[0]
    texts |= {
        "alias": saved.rows("aliases")[0].name,  # type: ignore[attr-defined]
        "street": saved.rows("addresses")[0].street,  # type: ignore[attr-defined]
        "narrative": str(episode.harms)[:30],  # type: ignore[attr-defined]
        "perpetrator": "Don Chepe",
    }
    typed = [
        a for a in saved.answers.values() if a.value == "Fictional answer typed in the interview."
    ]
    if typed:
        texts["typed answer"] = "Fictional answer typed in the interview."
    patterns = _patterns(texts)
    dbname = str(make_url(pg_url).database)
    dump = tmp_path / "clinic.sql"
    subprocess.run(
        [str(find_bin_dir() / "pg_dump"), "--file", str(dump), pg_cluster.conninfo(dbname)],
        check=True,
        timeout=120,
    )
    data = dump.read_bytes()
    assert DEMO_CLIENT_ID.encode() in data and b"rd1:" in data
    hits = [label for label, pat in patterns if pat in data]
    assert hits == [], "client data in the pg_dump:\n" + "\n".join(hits)
    summary_line(f"pg_dump plaintext hits {len(hits)} ({len(patterns)} patterns)")
