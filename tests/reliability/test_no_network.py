"""No network: the guard in tests/netguard.py is live for the whole suite."""

from __future__ import annotations

import socket
import urllib.request

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
