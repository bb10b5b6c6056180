"""Check a client out of the clinic server to this laptop and back in, for the desktop
(issue 22 item 7). Qt-free: the window (``desktop.checkout_view``) asks for the laptop's
passphrase, runs these steps on a worker thread and says what happened; the rules are
``casefile.checkout``'s.

The laptop's store is this computer's own encrypted case database (the SQLCipher file in the
data folder the clinic connection also uses for settings). It is opened only for one
check-out or check-in, and locked again when that is over (``release``), so its key is not
kept in memory while the user works on the server's copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the database layer loads when a check-out starts, not with the window
    from casefile.checkout import CheckinResult, Checkout
    from desktop.store import Store

__all__ = [
    "LaptopCheckout",
    "checkout_marks",
    "field_label",
    "is_clinic",
]



def is_clinic(store: Store | None) -> bool:
    """A clinic server store (check-out and check-in start from one)."""
    return store is not None and store.database_url is not None


def checkout_marks(store: Store | None) -> dict[str, Checkout]:
    """Which clients of ``store`` are checked out (to a laptop, as the server's log says; or,
    on the laptop's own file, from the clinic). Empty for a store without a database (the
    in-memory demo) or a locked one. Runs on the list's worker thread."""
    if store is None or store.is_locked:
        return {}
    from casefile.checkout import checked_out
    from casefile.store import CaseStore

    if not isinstance(store, CaseStore):  # the in-memory demo keeps no audit log
        return {}
    return checked_out(store)


def field_label(name: str) -> str:
    """The English label the profile editor shows for a difference's field name (the view
    translates it in the ``Field`` context, as the editor does): ``client.given_name`` ->
    "Given name", ``arrests`` -> "Arrests, charges and convictions", ``answers.<fact>`` -> the
    fact's description. Never a field code on screen: an unknown name is made readable."""
    from desktop.profile_logic import answer_specs, client_specs, group_title, humanize

    if name.startswith("client."):
        specs = client_specs((name.removeprefix("client."),))
        return specs[0].label if specs else humanize(name.removeprefix("client."))
    if name.startswith("answers."):
        fact = name.removeprefix("answers.")
        found = [s.label for s in answer_specs((fact,)) if s.name == fact]
        return found[0] if found else humanize(fact.rsplit(".", 1)[-1])
    return group_title(name)


class LaptopCheckout:
    """One check-out or check-in between the clinic ``server`` store and this laptop's own
    encrypted store in ``data_dir`` (default: the server store's data folder)."""

    def __init__(self, server: Any, data_dir: Path | None = None) -> None:
        if not is_clinic(server):
            raise ValueError("check-out starts from a clinic server store")
        self.server = server
        self.data_dir = Path(data_dir if data_dir is not None else server.data_dir)
        self.laptop: Any = None
        #: ``release`` was called: nothing more is opened for this check-out or check-in.
        self.ended = False

    # -- the laptop's store ------------------------------------------------------------
    def laptop_exists(self) -> bool:
        from desktop.store import store_exists

        return store_exists(self.data_dir)

    def passphrase_mode(self) -> str:
        """``unlock`` the laptop's case database, or ``create`` it (the first check-out on a
        laptop that was only ever used with the server)."""
        return "unlock" if self.laptop_exists() else "create"

    def open_laptop(self, passphrase: str) -> Any:
        """Open (or create) the laptop's store; kept until ``release``. Runs on a worker
        thread (key derivation takes seconds); raises WrongPassphrase and the like."""
        from desktop.store import create_store, open_store
        from packets.ops import Cancelled

        if self.ended:
            raise Cancelled()
        opened = (
            open_store(self.data_dir, passphrase)
            if self.laptop_exists()
            else create_store(self.data_dir, passphrase)
        )
        if self.ended:  # released while the key was derived (a quick exit): lock it at once
            opened.lock()
            raise Cancelled()
        self._lock(self.laptop)
        self.laptop = opened
        return opened

    def release(self) -> None:
        """Lock the laptop's store (its key leaves memory); this check-out or check-in is
        over, and a store still being opened is locked as soon as it opens. Safe twice."""
        self.ended = True
        laptop, self.laptop = self.laptop, None
        self._lock(laptop)

    @staticmethod
    def _lock(laptop: Any) -> None:
        if laptop is not None and not laptop.is_locked:
            laptop.lock()

    @property
    def is_open(self) -> bool:
        return self.laptop is not None and not self.laptop.is_locked

    def _need_laptop(self) -> Any:
        if not self.is_open:
            raise RuntimeError("open the laptop's store first (open_laptop)")
        return self.laptop

    # -- the two actions ---------------------------------------------------------------
    def checked_out(self) -> dict[str, Checkout]:
        """The server's log: which clients are checked out, by whom, to which computer."""
        from casefile.checkout import checked_out

        return checked_out(self.server)

    def client_name(self, client_id: str) -> str:
        """The client's name as the server lists it (for messages); the id if not found."""
        for s in self.server.list_clients(client_id, include_archived=True):
            if s.id == client_id:
                return str(s.display_name)
        return client_id

    def check_out(self, client_id: str, host: str | None = None) -> Checkout:
        """Copy the client to the laptop; the server's log says who has it and where.
        Raises AlreadyCheckedOut or CopyOnLaptop, with nothing copied."""
        from casefile.checkout import check_out

        record = check_out(self.server, self._need_laptop(), client_id, host=host)
        self.server.record(client_id, "checkout")  # the clinic's audit log (no-op without)
        return record

    def check_in(self, client_id: str, choice: str = "refuse") -> CheckinResult:
        """Bring the laptop's copy back. ``choice`` ``refuse`` raises CheckinConflict when both
        sides changed (nothing is written); the others are the user's answer to it."""
        from casefile.checkout import CHOICES, check_in

        if choice not in CHOICES:
            raise ValueError(f"unknown check-in choice {choice!r}")
        result = check_in(self.server, self._need_laptop(), client_id, choice)  # type: ignore[arg-type]
        self.server.record(result.client_id, "checkin")
        return result
