"""Typed errors of the desktop package. ``str(exc)`` is the message the user sees.

Kept apart from the start-up path: importing ``casefile`` loads the whole database layer, so
``desktop.app`` and the passphrase window import this module only when they need it.
"""

from __future__ import annotations

from casefile.errors import ReliefDeskError


class DesktopError(ReliefDeskError):
    """Errors raised by the desktop itself."""


class NotInDemo(DesktopError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} is not available in the demo: the demo keeps its fictional client in "
            "memory only. Start ReliefDesk without --demo to use it."
        )
