"""The client list: search as you type (name, alias, A-number), new / open / archive /
export / import, recent clients, and the offer of the fictional demo client on first run.

Typing is debounced (``SEARCH_DEBOUNCE_MS``): when the text has been still that long, one
search runs on a worker thread; a result that arrives after a newer search was started is
dropped, and a long result is shown in chunks (``SHOW_CHUNK`` rows per turn of the event
loop) so the window keeps answering. An explicit ``refresh()`` (after an action, or when
"show archived" is toggled) runs the same single query at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.background import (
    BackgroundOp,
    action_errors,
    run_in_background,
    show_error,
    show_message,
)
from desktop.file_dialogs import open_file_name, save_file_name
from desktop.i18n import Retranslating
from desktop.options import Options
from desktop.widgets import FieldEdit, push_button, wrapped_label

if TYPE_CHECKING:
    from casefile.errors import Difference

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DEBOUNCE_MS = 150
SHOW_CHUNK = 200


def is_fictional_demo(client_id: str) -> bool:
    """The bundled fictional demo client (casefile.demo), in demo mode or added to a real list."""
    try:
        from casefile.demo import DEMO_CLIENT_ID
    except ImportError:
        return False
    return client_id == DEMO_CLIENT_ID


def describe(summary: Any) -> str:
    parts = [summary.display_name]
    if is_fictional_demo(str(summary.id)):
        parts[0] += " (" + QCoreApplication.translate("ClientListPanel", "fictional demo") + ")"
    if summary.aliases:
        parts.append("(" + ", ".join(summary.aliases) + ")")
    if summary.a_number:
        parts.append(f"A-{summary.a_number}")
    if summary.date_of_birth:
        parts.append(summary.date_of_birth.isoformat())
    text = "  ·  ".join(parts)
    return text


#: One search's result: the clients, who else has each open, and which are checked out (None:
#: not asked this time, the marks shown stay).
Found = tuple[list[Any], dict[str, list[Any]], dict[str, Any] | None]


def _list_with_holders(
    store: Any, presence: Any, query: str, archived: bool, *, checkouts: bool = False
) -> Found:
    """One search, and who else has each listed client open (clinic mode; one more query;
    nothing on the laptop's file). With ``checkouts``, also which clients are checked out to
    a laptop (on the laptop's file: those it holds from the clinic). That reads the audit log
    without an index, so only an explicit refresh asks, not each pause in typing. Runs on a
    worker thread for typing."""
    marks = None
    if checkouts:
        from desktop.checkout_logic import checkout_marks

        marks = checkout_marks(store)
    summaries = store.list_clients(query, include_archived=archived)
    if presence is None or not summaries:
        return summaries, {}, marks
    return summaries, presence.who_has_open([s.id for s in summaries]), marks


def _fold(text: str | None) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def find_duplicates(
    store: Any, family: str, given: str, dob: dt.date | None, a_number: str | None
) -> list[tuple[Any, str]]:
    """Existing clients that may be this person, with why: the same A-number, or the same name
    (and, when both are known, the same date of birth). Uses only ``store.list_clients``."""
    out: dict[str, tuple[Any, str]] = {}
    if a_number:
        for s in store.list_clients(a_number, include_archived=True):
            if s.a_number and s.a_number.zfill(9) == a_number.zfill(9):
                out[s.id] = (s, "a_number")
    name = _fold(f"{given} {family}")
    query = (family or given).strip()
    if name and query:
        for s in store.list_clients(query, include_archived=True):
            if s.id in out or _fold(s.display_name) != name:
                continue
            if dob is not None and s.date_of_birth is not None:
                if s.date_of_birth == dob:
                    out[s.id] = (s, "name_dob")
            else:
                out[s.id] = (s, "name")
    return list(out.values())


class NewClientDialog(QDialog):
    """Name (required), date of birth and A-number (optional). On OK it looks for the same
    person in the store; if found, it says so and offers to open the existing client instead
    (``open_existing`` then holds its id), or to create anyway when only the name matches."""

    def __init__(self, parent: QWidget | None = None, store: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.open_existing: str | None = None
        #: The matching client offered by the duplicate check (set when it finds one).
        self.open_existing_id: str | None = None
        self.date_of_birth: dt.date | None = None
        self.a_number: str | None = None
        self._confirmed: set[str] = set()
        self.setWindowTitle(self.tr("New client"))
        self.family = FieldEdit()
        self.family.setObjectName("new-family")
        self.given = FieldEdit()
        self.given.setObjectName("new-given")
        self.dob = FieldEdit()
        self.dob.setObjectName("new-dob")
        self.dob.setPlaceholderText(self.tr("year-month-day, e.g. 1990-05-14 (optional)"))
        self.anum = FieldEdit()
        self.anum.setObjectName("new-a-number")
        self.anum.setPlaceholderText(self.tr("e.g. A-123-456-789 (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Family name:"), self.family)
        form.addRow(self.tr("Given name:"), self.given)
        form.addRow(self.tr("Date of birth:"), self.dob)
        form.addRow(self.tr("A-number:"), self.anum)
        self.problem = wrapped_label("new-problem", "color: #b00020;")
        self.problem.hide()
        self.open_button = push_button(
            self._open_existing, "open-existing", self.tr("Open the existing client")
        )
        self.open_button.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and start the interview"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.family, self.given, self.dob, self.anum):
            edit.textChanged.connect(self._changed)
            # the hint says the format: it must be read whole (in Spanish it is longer)
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            edit.setMinimumWidth(hint + 4 * edit.fontMetrics().averageCharWidth())
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.open_button)
        lay.addWidget(self.buttons)
        self._changed()

    def _changed(self) -> None:
        has_name = bool(self.family.text().strip() or self.given.text().strip())
        self.ok_button.setEnabled(has_name)
        self.ok_button.setToolTip("" if has_name else self.tr("Type the client's name first."))
        self.open_button.hide()
        self.problem.hide()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def try_accept(self) -> bool:
        family, given = self.family.text().strip(), self.given.text().strip()
        if not (family or given):
            self._say(self.tr("Type the client's name first."))
            return False
        self.date_of_birth = None
        if self.dob.text().strip():
            try:
                self.date_of_birth = dt.date.fromisoformat(self.dob.text().strip())
            except ValueError:
                self._say(self.tr("Type the date of birth like 1990-05-14 (year-month-day)."))
                return False
        self.a_number = None
        if self.anum.text().strip():
            from casefile.validation import a_number_digits

            self.a_number = a_number_digits(self.anum.text())
            if self.a_number is None:
                self._say(self.tr("An A-number has 8 or 9 digits, e.g. A-123-456-789."))
                return False
            self.a_number = self.a_number.zfill(9)
        dups = (
            find_duplicates(self.store, family, given, self.date_of_birth, self.a_number)
            if self.store is not None
            else []
        )
        key = f"{family}|{given}|{self.date_of_birth}|{self.a_number}"
        if dups and key not in self._confirmed:
            summary, why = dups[0]
            self.open_existing_id = str(summary.id)
            reason = {
                "a_number": self.tr("the same A-number"),
                "name_dob": self.tr("the same name and date of birth"),
                "name": self.tr("the same name"),
            }[why]
            text = self.tr("This client may already exist: {client} has {reason}.").format(
                client=describe(summary), reason=reason
            )
            blocking = why in ("a_number", "name_dob")
            if blocking:
                text += " " + self.tr("Open the existing client instead.")
            else:
                text += " " + self.tr("Open it, or press Create again if this is someone else.")
                self._confirmed.add(key)
            self._say(text)
            self.ok_button.setEnabled(not blocking)
            self.open_button.show()
            return False
        self.accept()
        return True

    def _open_existing(self) -> None:
        self.open_existing = self.open_existing_id
        self.accept()


class ClientListPanel(Retranslating, QWidget):
    open_requested = Signal(str)
    interview_requested = Signal(str)  # a new client: open it at the interview

    def __init__(self, store: Any, options: Options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.options = options
        #: This computer's presence marks (clinic mode; casefile.presence.Presence), set by
        #: the main window: the list shows who ELSE has each client open.
        self.presence: Any = None
        self._holders: dict[str, list[Any]] = {}
        #: Clients checked out to a laptop (casefile.checkout.Checkout by id), as of the last
        #: refresh (typing keeps them: reading them is a scan of the audit log).
        self._checkouts: dict[str, Any] = {}
        self.setObjectName("client-list")

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.search = FieldEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_search)
        self._seq = 0  # number of the newest search; older results are dropped
        self._pending: list[Any] = []
        self._shown: dict[str, Any] = {}
        self.searches_started = 0  # queries run for typing (tests count them)
        self.search_op: BackgroundOp | None = None
        self.search.returnPressed.connect(self.open_selected)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("clients")
        self.list.itemActivated.connect(lambda item: self._open_item(item))
        self.empty = wrapped_label()
        self.demo_button = push_button(self.add_demo, "add-demo")

        self.recent_label = QLabel()
        self.recent_label.setStyleSheet("font-weight: 600;")
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setMaximumWidth(300)
        self.recent.itemActivated.connect(lambda item: self._open_item(item))

        self.new_button = push_button(self.new_client)
        self.open_button = push_button(self.open_selected)
        self.archive_button = push_button(self.archive_selected)
        self.export_button = push_button(self.export_selected)
        self.import_button = push_button(self.import_bundle)
        self.delete_button = push_button(self.delete_selected)

        self.button_row = buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.open_button,
            self.archive_button,
            self.export_button,
            self.import_button,
            self.delete_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self._extra_buttons = 0

        left = QVBoxLayout()
        left.addWidget(self.title)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_archived)
        left.addLayout(search_row)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.demo_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.recent_label)
        right.addWidget(self.recent, 1)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addLayout(right, 1)
        self.retranslate()
        self.refresh()

    def add_button(self, button: QPushButton) -> None:
        """One more action button after the list's own (e.g. the laptop check-out's)."""
        self.button_row.insertWidget(6 + self._extra_buttons, button)
        self._extra_buttons += 1

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Clients"))
        self.search.setPlaceholderText(self.tr("Search by name, alias or A-number…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.empty.setText(
            self.tr(
                "No clients yet. You can add the fictional demo client to try every screen "
                "safely, or create a new client."
            )
        )
        self.demo_button.setText(self.tr("Add the fictional demo client"))
        self.recent_label.setText(self.tr("Recent clients"))
        self.new_button.setText(self.tr("&New…"))
        self.open_button.setText(self.tr("&Open"))
        self.archive_button.setText(self.tr("&Archive"))
        self.export_button.setText(self.tr("&Export…"))
        self.import_button.setText(self.tr("&Import…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.refresh()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the list for the current text now (one query), and the recent clients."""
        self._debounce.stop()
        if self.store is None or self.store.is_locked:
            self._seq += 1
            self.list.clear()
            self.recent.clear()
            return
        self._seq += 1
        found = _list_with_holders(
            self.store,
            self.presence,
            self.search.text(),
            self.show_archived.isChecked(),
            checkouts=True,
        )
        self._show_results(self._seq, found)
        self._refresh_recent()

    def _schedule_search(self) -> None:
        self._debounce.start()  # restarts while the user keeps typing

    def _start_search(self) -> None:
        if self.store is None or self.store.is_locked:
            return
        self._seq += 1
        seq = self._seq
        store, presence = self.store, self.presence
        query = self.search.text()
        archived = self.show_archived.isChecked()
        self.searches_started += 1

        def failed(exc: BaseException) -> None:
            if seq == self._seq and self.store is not None and not self.store.is_locked:
                show_error(self, exc)

        self.search_op = run_in_background(
            self,
            lambda progress, cancel: _list_with_holders(store, presence, query, archived),
            success=lambda result: self._show_results(seq, result),
            failure=failed,
            show_progress=False,
            cancellable=False,
        )

    def _show_results(self, seq: int, found: Found) -> None:
        if seq != self._seq:
            return  # a newer search has started since
        summaries, self._holders, checkouts = found
        if checkouts is not None:
            self._checkouts = checkouts
        current = self.selected_id()
        self.list.clear()
        self._shown = {}
        self._pending = list(summaries)
        self._add_chunk(seq, current)
        first_run = not summaries and not self.search.text()
        self.empty.setVisible(first_run)
        self.demo_button.setVisible(first_run)

    def _add_chunk(self, seq: int, current: str | None) -> None:
        if seq != self._seq:
            return
        chunk, self._pending = self._pending[:SHOW_CHUNK], self._pending[SHOW_CHUNK:]
        for s in chunk:
            text = describe(s)
            if s.archived:
                text += "  " + self.tr("[archived]")
            holders = self._holders.get(s.id)
            if holders:  # clinic mode: someone else is working on this client now
                names = ", ".join(h.shown for h in holders)
                text += "  " + self.tr("[open by {names}]").format(names=names)
            out = self._checkouts.get(s.id)
            if out is not None:  # on a laptop's encrypted store, away from the clinic
                text += "  " + self.tr("[checked out by {user} on {computer}]").format(
                    user=out.by, computer=out.host or "?"
                )
            item = QListWidgetItem(text)
            tips = []
            if holders:
                tips.append(
                    self.tr(
                        "{names} has this client open. You can open it too; if you both "
                        "change it, the second to save is asked to merge or reload."
                    ).format(names=names)
                )
            if out is not None:
                tips.append(
                    self.tr(
                        "{user} checked this client out to a laptop ({computer}) on {date}. "
                        "Changes made on both sides are compared at check-in, and nothing is "
                        "overwritten without asking which copy to keep."
                    ).format(
                        user=out.by, computer=out.host or "?", date=out.at.strftime("%Y-%m-%d")
                    )
                )
            if tips:
                item.setToolTip("\n\n".join(tips))
            item.setData(ID_ROLE, s.id)
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
            self._shown[s.id] = s
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self._pending:
            QTimer.singleShot(0, lambda: self._add_chunk(seq, current))

    def search_settled(self) -> bool:
        """No search waiting, running or still being shown (for tests and callers)."""
        running = self.search_op is not None and not self.search_op.finished
        return not (self._debounce.isActive() or running or self._pending)

    def _refresh_recent(self) -> None:
        self.recent.clear()
        by_id = {s.id: s for s in self.store.list_clients("", include_archived=True)}
        for cid in self.options.get("recent_clients") if self.options.data_dir else []:
            s = by_id.get(cid)
            if s is None:
                continue
            name = s.display_name
            if is_fictional_demo(str(s.id)):
                name += " (" + self.tr("fictional demo") + ")"
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, s.id)
            self.recent.addItem(item)

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    # -- actions -----------------------------------------------------------------------
    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(ID_ROLE)))

    def open_selected(self) -> None:
        cid = self.selected_id()
        if cid:
            self.open_requested.emit(cid)

    def add_demo(self) -> None:
        try:
            p = self.store.add_demo_client()
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.open_requested.emit(p.client.id)

    def create_client(
        self,
        family_name: str,
        given_name: str,
        date_of_birth: dt.date | None = None,
        a_number: str | None = None,
    ) -> str | None:
        fields: dict[str, Any] = {
            "family_name": family_name.strip() or None,
            "given_name": given_name.strip() or None,
        }
        if date_of_birth is not None:
            fields["date_of_birth"] = date_of_birth
        if a_number:
            fields["a_number"] = a_number
        try:
            p = self.store.create_client(**fields)
        except action_errors() as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return str(p.client.id)

    def new_client(self) -> None:
        dlg = NewClientDialog(self, self.store)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.finish_new_client(dlg)

    def finish_new_client(self, dlg: NewClientDialog) -> str | None:
        """After the dialog: open the existing client it found, or create the new one and go
        straight to its interview."""
        if dlg.open_existing:
            self.open_requested.emit(dlg.open_existing)
            return dlg.open_existing
        cid = self.create_client(
            dlg.family.text(), dlg.given.text(), dlg.date_of_birth, dlg.a_number
        )
        if cid:
            self.interview_requested.emit(cid)
        return cid

    def archive_selected(self) -> None:
        cid = self.selected_id()
        if not cid:
            return
        shown = self._shown.get(cid)
        archived = not shown.archived if shown is not None else True
        try:
            self.store.archive(cid, archived)
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.refresh()

    def _ask_bundle_passphrase(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            title,
            self.tr(
                "Passphrase for the bundle file (give it to the recipient by another channel):"
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _ask_bundle(
        self, choose: Callable[[QWidget, str, str, str], str], title: str
    ) -> tuple[Path, str] | None:
        """The bundle file (asked with ``choose``, the open or the save dialog) and its
        passphrase, or None if either question was cancelled."""
        path = choose(self, title, "", self.tr("ReliefDesk bundle (*.rdbundle)"))
        if not path:
            return None
        pw = self._ask_bundle_passphrase(title)
        if pw is None:
            return None
        return Path(path), pw

    def export_selected(self) -> None:
        cid = self.selected_id()
        if not cid:
            return
        asked = self._ask_bundle(save_file_name, self.tr("Export client"))
        if asked is not None:
            self.export_to([cid], *asked)

    def export_to(self, ids: list[str], path: Path, passphrase: str) -> BackgroundOp:
        store = self.store
        return run_in_background(
            self,
            lambda progress, cancel: store.export_bundle(ids, path, passphrase),
            success=lambda _r: show_message(
                self,
                self.tr(
                    "Exported to {path}. The file is encrypted with the bundle passphrase."
                ).format(path=path),
                icon=QMessageBox.Icon.Information,
            ),
            title=self.tr("Exporting…"),
            cancellable=False,
        )

    def import_bundle(self) -> None:
        asked = self._ask_bundle(open_file_name, self.tr("Import clients"))
        if asked is not None:
            self.import_from(*asked)

    def import_from(self, path: Path, passphrase: str, on_conflict: str = "refuse") -> BackgroundOp:
        """Import a bundle; a client changed here too is never overwritten silently: the user
        chooses keep this computer's copy, replace, or keep both (issue 18 item 11)."""
        store = self.store

        def done(ids: list[str]) -> None:
            self.refresh()
            show_message(
                self,
                self.tr("Imported {n} client(s).").format(n=len(ids)),
                icon=QMessageBox.Icon.Information,
            )

        def failed(exc: BaseException) -> None:
            from casefile.errors import ImportConflict

            if isinstance(exc, ImportConflict) and on_conflict == "refuse":
                self._ask_conflict(path, passphrase, exc)
            else:
                show_error(self, exc)

        return run_in_background(
            self,
            lambda progress, cancel: store.import_bundle(path, passphrase, on_conflict=on_conflict),
            success=done,
            failure=failed,
            title=self.tr("Importing…"),
            cancellable=False,
        )

    def conflict_text(self, exc: Any) -> str:
        """What differs, in words: the client, which copy changed when, and the fields (never
        their values, never field codes)."""
        lines = [
            self.tr(
                "Nothing was imported. These clients were changed on this computer too; "
                "importing would replace those changes:"
            )
        ]
        for c in exc.conflicts[:5]:
            if c.kind == "local_newer":
                when = self.tr("changed here on {here}, after the bundle's copy ({there})")
            else:
                when = self.tr("both copies changed (here {here}, in the bundle {there})")
            when = when.format(
                here=c.local_updated_at.strftime("%Y-%m-%d %H:%M"),
                there=c.bundle_updated_at.strftime("%Y-%m-%d %H:%M"),
            )
            fields = ", ".join(self.difference_text(d) for d in c.differences[:6])
            lines.append(
                f"• {c.name}: {when}. "
                + self.tr("Differs in: {fields}").format(fields=fields or "—")
            )
        if len(exc.conflicts) > 5:
            lines.append(self.tr("…and {n} more.").format(n=len(exc.conflicts) - 5))
        return "\n".join(lines)

    def difference_text(self, d: Difference) -> str:
        """One differing field in the words the profile editor shows for it (in the screen's
        language), with a group's row counts on each side."""
        from desktop.checkout_logic import field_label
        from desktop.profile_editor import tr_field

        label = tr_field(field_label(d.name))
        if d.here is None:
            return label
        return self.tr("{field} ({here} here, {there} in the bundle)").format(
            field=label, here=d.here, there=d.there
        )

    def _ask_conflict(self, path: Path, passphrase: str, exc: Any) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import clients"))
        box.setText(self.conflict_text(exc))
        keep = box.addButton(
            self.tr("Keep this computer's copy"), QMessageBox.ButtonRole.RejectRole
        )
        replace = box.addButton(
            self.tr("Replace with the bundle's copy"), QMessageBox.ButtonRole.DestructiveRole
        )
        both = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        replace.setToolTip(
            self.tr(
                "This computer's copy is kept first: in a backup on this computer, or as an "
                "archived client on a clinic server"
            )
        )
        both.setToolTip(self.tr("The bundle's copy is added as a separate client, with a note"))
        box.setDefaultButton(keep)
        choices = {replace: "replace", both: "keep_both"}

        def chosen(button: Any) -> None:
            choice = choices.get(button)
            if choice is not None:  # Keep: nothing to do, nothing was imported
                self.import_from(path, passphrase, on_conflict=choice)

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.conflict_box = box
        box.open()
        return box

    def delete_selected(self) -> None:
        cid = self.selected_id()
        if not cid:
            return
        item = self.list.currentItem()
        name = item.text().split("  ")[0] if item is not None else cid
        answer = QMessageBox.question(
            self,
            self.tr("Delete client"),
            self.tr(
                "Delete {name} and everything recorded about them? A backup is made first, "
                "but the client disappears from the list. Archive instead if you may need "
                "the file again."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete(cid)
        except action_errors() as exc:
            show_error(self, exc)
            return
        if self.options.data_dir is not None:
            self.options.forget_recent(cid)
        self.refresh()
