"""Bad arguments never end in a traceback or a hang (issue 21, item 7).

Each case runs the real command line (``main.main``) in this process with the passphrases in
the environment. A case passes when the command returns an exit code or argparse exits with
its usage error; any other exception is a traceback. A case that blocks (a FIFO, /dev/zero)
is stopped by an alarm and counted as a hang.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casefile import bundle as bundle_module
from casefile.demo import demo_profile
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE

BUNDLE_PW = "bundle passphrase, fictional"
HANG_SECONDS = 120


class Hang(Exception):
    pass


def _encrypt(document: Any) -> bytes:
    """A correctly encrypted bundle holding ``document`` as it is (no checks on the way)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plaintext = (document if isinstance(document, str) else json.dumps(document)).encode()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = bundle_module._HEADER.pack(
        bundle_module.MAGIC, 1, 14, 8, 1, salt, nonce, len(plaintext) + 16
    )
    key = bundle_module._derive_key(BUNDLE_PW, salt, 14, 8, 1)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def _demo_doc(edit: Any = None) -> dict[str, Any]:
    from casefile.serialize import profile_to_json

    doc = profile_to_json(demo_profile())
    if edit is not None:
        edit(doc)
    return {
        "format": "reliefdesk-bundle",
        "schema_version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "profiles": [doc],
    }


def _set_id(value: str) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        old = doc["client"]["id"]
        doc["client"]["id"] = value
        for rows in doc["groups"].values():
            for r in rows:
                if r["client_id"] == old:
                    r["client_id"] = value
        for a in doc["answers"]:
            a["client_id"] = value

    return edit


def _set_name(value: str) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        doc["client"]["given_name"] = value

    return edit


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad-args")
    data = root / "data"
    CaseStore.create(data, PASSPHRASE).lock()
    withfile = root / "data-backups-file"
    CaseStore.create(withfile, PASSPHRASE).lock()
    (withfile / "backups").write_text("not a folder")
    (root / "a-file").write_text("not a folder")
    (root / "not.pdf").write_text("hello, not a PDF")
    (root / "empty.rdbundle").write_bytes(b"")
    (root / "garbage.rdbundle").write_bytes(os.urandom(4000))
    (root / "folder.rdbundle").mkdir()
    os.mkfifo(root / "fifo.rdbundle")
    deep = '{"format": "reliefdesk-bundle", "profiles": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (root / "deep.rdbundle").write_bytes(_encrypt(deep))
    (root / "big-id.rdbundle").write_bytes(_encrypt(_demo_doc(_set_id("x" * 1_000_000))))
    (root / "nul-id.rdbundle").write_bytes(_encrypt(_demo_doc(_set_id("abc\x00def"))))
    (root / "dots-id.rdbundle").write_bytes(_encrypt(_demo_doc(_set_id("../../etc"))))
    (root / "big-name.rdbundle").write_bytes(_encrypt(_demo_doc(_set_name("Ana " * 250_000))))
    return {"root": root, "data": data, "withfile": withfile}


def _cases(w: dict[str, Path]) -> list[list[str]]:
    root, data = w["root"], w["data"]
    d = ["--data-dir", str(data)]
    out = str(root / "out")
    missing = str(root / "missing" / "x")
    return [
        ["--data-dir", str(root / "a-file"), "init"],
        ["--data-dir", str(root / "a-file" / "sub"), "init"],
        ["--data-dir", str(root / "a-file"), "clients"],
        ["--data-dir", str(w["withfile"]), "backup"],
        ["--data-dir", str(w["withfile"]), "backup", "--list"],
        [*d, "init"],
        [*d, "clients", "show"],
        [*d, "clients", "show", "nobody"],
        [*d, "clients", "a\x00b"],
        [*d, "clients", "x" * 100_000],
        [*d, "export", "--client", "demo", "--out", str(root / "folder.rdbundle")],
        [*d, "export", "--client", "demo", "--out", missing],
        [*d, "export", "--client", "nobody", "--out", out],
        [*d, "export", "--client", "", "--out", out],
        [*d, "import", str(root / "nothing-here.rdbundle")],
        [*d, "import", str(root / "folder.rdbundle")],
        [*d, "import", "/dev/zero"],
        [*d, "import", "/dev/null"],
        [*d, "import", str(root / "fifo.rdbundle")],
        [*d, "import", str(root / "empty.rdbundle")],
        [*d, "import", str(root / "garbage.rdbundle")],
        [*d, "import", str(root / "deep.rdbundle")],
        [*d, "import", str(root / "big-id.rdbundle")],
        [*d, "import", str(root / "nul-id.rdbundle")],
        [*d, "import", str(root / "dots-id.rdbundle")],
        [*d, "import", str(root / "big-name.rdbundle")],
        ["fill", "--client", "demo", "--form", "i-765", "--out", out, "--pdf", missing],
        [
            "fill",
            "--client",
            "demo",
            "--form",
            "i-765",
            "--out",
            out,
            "--pdf",
            str(root / "not.pdf"),
        ],
        ["fill", "--client", "demo", "--form", "i-765", "--out", out, "--pdf", str(root)],
        ["fill", "--client", "demo", "--form", "i-765", "--out", out, "--relief", "zzz"],
        ["fill", "--client", "demo", "--form", "no-such-form", "--out", out],
        ["fill", "--client", "demo", "--form", "i-765", "--out", out, "--family-member", "99"],
        ["fill", "--client", "demo", "--form", "i-765", "--out", out, "--family-member", "-1"],
        ["fill", "--client", "demo", "--form", "i-765", "--out", missing],
        ["fill", "--client", "\x00", "--form", "i-765", "--out", out],
        ["draft", "--client", "demo", "--document", "no_such_document", "--out", out],
        ["draft", "--client", "demo", "--document", "t_declaration", "--out", str(root)],
        ["draft", "--client", "demo", "--document", "t_declaration"],
        [
            "draft",
            "--client",
            "demo",
            "--document",
            "vacatur_motion",
            "--out",
            out,
            "--state",
            "ZZ",
        ],
        ["draft", "--client", "demo", "--document", "t_declaration", "--today", "2026-13-45"],
        ["plan", "--client", "demo", "--relief", "zzz"],
        ["plan", "--client", "demo", "--relief", "t_visa", "--exhibits", str(root / "a-file")],
        ["plan", "--client", "demo", "--relief", "t_visa", "--exhibits", missing],
        ["packet", "--client", "demo", "--relief", "zzz", "--out", out],
        ["packet", "--client", "demo", "--relief", "t_visa", "--out", str(root), "--quiet"],
        ["packet", "--client", "demo", "--relief", "t_visa", "--out", missing, "--quiet"],
        ["assess", "--client", "demo", "--today", "yesterday"],
        ["assess", "--client", "nobody"],
        ["forms", "add", missing],
        ["forms", "add", str(root / "not.pdf")],
        ["forms", "add", str(root)],
        ["--data-dir", str(root / "nowhere"), "clients"],
    ]


def _must_refuse(argv: list[str]) -> bool:
    """Cases that must fail (not merely not crash)."""
    return (
        "import" in argv
        or "zzz" in argv
        or "--pdf" in argv
        or (argv[-1] == "init" and "a-file" in argv[1])
    )


RESULTS: dict[str, Any] = {"tried": 0, "tracebacks": [], "hangs": []}


@pytest.fixture
def alarm() -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang()

    old = signal.signal(signal.SIGALRM, on_alarm)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_bad_arguments_end_in_one_line_not_a_traceback(
    world: dict[str, Path],
    alarm: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import main

    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RELIEFDESK_BUNDLE_PASSPHRASE", BUNDLE_PW)
    monkeypatch.setenv("RELIEFDESK_HOME", str(world["root"] / "home"))
    monkeypatch.chdir(world["root"])
    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)
    for argv in _cases(world):
        RESULTS["tried"] += 1
        shown = [a if len(a) < 60 else a[:20] + "..." for a in argv]
        signal.alarm(HANG_SECONDS)
        try:
            code = main.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Hang:
            RESULTS["hangs"].append(shown)
            continue
        except BaseException as exc:
            RESULTS["tracebacks"].append((shown, f"{type(exc).__name__}: {str(exc)[:200]}"))
            continue
        finally:
            signal.alarm(0)
        err = capsys.readouterr().err
        assert "Traceback" not in err, (shown, err)
        assert isinstance(code, int), shown
        if _must_refuse(argv):
            assert code != 0, (shown, "was accepted")
            assert err.strip(), (shown, "refused without saying why")
    assert not RESULTS["tracebacks"] and not RESULTS["hangs"], "\n".join(
        map(str, RESULTS["tracebacks"] + RESULTS["hangs"])
    )


def test_bad_arguments_summary(summary_line: Any) -> None:
    assert RESULTS["tried"] >= 50
    summary_line(
        f"bad arguments {RESULTS['tried']} tried, tracebacks {len(RESULTS['tracebacks'])}, "
        f"hangs {len(RESULTS['hangs'])}"
    )
