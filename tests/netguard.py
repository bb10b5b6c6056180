"""Block every IP socket for the whole test run: ReliefDesk makes no network calls at all.

Unix-domain sockets stay allowed (Qt and LibreOffice use them locally). A blocked attempt
raises NetworkBlocked naming the caller (file:line) so the offending code is obvious.
"""

from __future__ import annotations

import socket
import traceback
from typing import Any

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto
_IP_FAMILIES = (socket.AF_INET, socket.AF_INET6)

attempts: list[str] = []


class NetworkBlocked(OSError):
    pass


def _caller() -> str:
    for frame in reversed(traceback.extract_stack()[:-2]):
        if frame.filename != __file__ and "/socket.py" not in frame.filename:
            return f"{frame.filename}:{frame.lineno} in {frame.name}"
    return "unknown caller"


def _refuse(address: Any) -> None:
    who = _caller()
    attempts.append(who)
    raise NetworkBlocked(f"network access blocked in tests: {address!r} from {who}")


def _connect(self: socket.socket, address: Any) -> None:
    if self.family in _IP_FAMILIES:
        _refuse(address)
    return _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    if self.family in _IP_FAMILIES:
        _refuse(address)
    return _real_connect_ex(self, address)


def _sendto(self: socket.socket, *args: Any) -> int:
    if self.family in _IP_FAMILIES:
        _refuse(args[-1])
    return _real_sendto(self, *args)  # type: ignore[arg-type]


def install() -> None:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _sendto  # type: ignore[method-assign,assignment]
