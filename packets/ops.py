"""Progress reporting and cancellation for long packet work. No Qt.

``Progress`` is ``progress(done, total, message)``; ``CancelToken`` is set from any thread
(the desktop's background helper sets it from the UI thread) and polled by the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from packets.errors import Cancelled

#: ``progress(done, total, message)``: ``done`` out of ``total`` steps; ``message`` is for a
#: status line. Called from the worker thread; keep it cheap.
Progress = Callable[[int, int, str], None]

__all__ = ["CancelToken", "Cancelled", "Progress", "Reporter"]


class CancelToken:
    """A tiny thread-safe flag. ``cancel()`` from any thread; the worker calls
    ``raise_if_cancelled()`` between steps, which raises ``Cancelled``."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self, what: str = "Building the packet") -> None:
        if self._event.is_set():
            raise Cancelled(what)


class Reporter:
    """Combines an optional progress callback and an optional cancel token."""

    def __init__(
        self,
        progress: Progress | None,
        cancel: CancelToken | None,
        *,
        what: str = "Building the packet",
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self.what = what

    def step(self, done: int, total: int, message: str) -> None:
        """Report progress and raise ``Cancelled`` if the user asked to stop."""
        self.check()
        if self._progress is not None:
            self._progress(done, total, message)
            self.check()  # a cancel pressed while the UI handled this report

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled(self.what)
