"""No network: the guard in tests/netguard.py is live for the whole suite."""

from __future__ import annotations

import json
import socket
import urllib.request
from pathlib import Path

import pytest

from tests import netguard


def test_ip_socket_is_blocked_and_caller_named() -> None:
    before = len(netguard.attempts)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(netguard.NetworkBlocked) as info:
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert "test_no_network.py" in str(info.value)
    assert len(netguard.attempts) == before + 1
    del netguard.attempts[before:]  # this attempt was ours, on purpose


def test_urllib_is_blocked() -> None:
    before = len(netguard.attempts)
    with pytest.raises(OSError):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    assert len(netguard.attempts) == before + 1
    del netguard.attempts[before:]


def test_unix_sockets_still_work() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"


def test_headless_run_makes_no_network_attempt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], summary_line
) -> None:
    """assess, fill, draft and packet through main.main with the guard live: 0 attempts."""
    import main

    before = len(netguard.attempts)
    runs = [
        ["assess", "--client", "demo", "--json"],
        ["fill", "--client", "demo", "--form", "i-765", "--out", str(tmp_path / "i765.pdf")],
        [
            "draft",
            "--client",
            "demo",
            "--document",
            "t_declaration",
            "--out",
            str(tmp_path / "decl.docx"),
        ],
        ["packet", "--client", "demo", "--relief", "t_visa", "--out", str(tmp_path / "p.pdf")],
    ]
    for argv in runs:
        assert main.main(argv) == 0, (argv, capsys.readouterr().err)
    out = capsys.readouterr().out
    assert json.loads(out[: out.index("\n}") + 2])  # assess --json printed its JSON first
    for name in ("i765.pdf", "decl.docx", "p.pdf"):
        assert (tmp_path / name).stat().st_size > 1000, name
    attempts = netguard.attempts[before:]
    assert attempts == []
    summary_line(f"network attempts during headless run {len(attempts)}")
