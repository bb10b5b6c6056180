"""The one helper for all long work (like Anki's ``CollectionOp``/``QueryOp``).

``run_in_background(parent, fn, success=..., title=...)`` runs ``fn(progress, cancel)`` on a
worker thread. ``progress(done, total=0, label="")`` may be called from the worker; the values
are marshalled to the UI thread through Qt signals and shown in a ``QProgressDialog`` with a
Cancel button that sets the ``cancel`` token. ``success(result)`` / ``failure(exc)`` run on
the main thread. A typed ``ReliefDeskError`` becomes a dialog with its human message; any
other exception becomes a generic "something went wrong, nothing was lost" dialog whose
details are hidden behind a button and never include a traceback.

The services know nothing of Qt: they get a plain callable and a token with ``cancelled`` /
``raise_if_cancelled()`` (``packets.ops.CancelToken``).
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol, TypedDict, Unpack

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from packets.ops import Cancelled, CancelToken

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Background", text)


@functools.cache
def action_errors() -> tuple[type[Exception], ...]:
    """What a store, rules or file action started from a window can raise, and the window
    reports with ``show_error``: our typed errors, the database layer's (SQLAlchemy, the
    SQLCipher driver), the file system's and values that fail validation (pydantic's
    ValidationError is a ValueError). A programming error (TypeError, AttributeError...) is not
    in the list: it reaches Qt's exception hook and the log instead of a calm message.

    A function so the database modules load on the first error, not at start-up."""
    import sqlcipher3
    from sqlalchemy.exc import SQLAlchemyError

    from casefile.errors import ReliefDeskError

    return (ReliefDeskError, SQLAlchemyError, sqlcipher3.Error, OSError, ValueError, KeyError)


def make_cancel_token() -> CancelToken:
    return CancelToken()


def _is_cancel_error(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled)


class _Ui:
    #: True after a quick exit until the passphrase is entered again: no window may appear
    #: (a late error or progress dialog would undo the quick exit).
    suppressed = False


def suppress_ui(on: bool) -> None:
    _Ui.suppressed = on


class ProgressFn(Protocol):
    def __call__(self, done: int, total: int = 0, label: str = "") -> None: ...


# ---------------------------------------------------------------------------
# Messages (non-blocking boxes: the event loop keeps running, tests can read them)
# ---------------------------------------------------------------------------


def show_message(
    parent: QWidget | None,
    text: str,
    *,
    title: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or _tr("ReliefDesk"))
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("reliefdesk-message")
    if _Ui.suppressed:
        box.deleteLater()  # after a quick exit nothing pops up; the work's result is dropped
        return box
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A typed error shows its own message; anything else a calm generic one."""
    from casefile.errors import ReliefDeskError

    if isinstance(exc, ReliefDeskError):
        return show_message(parent, str(exc), title=_tr("ReliefDesk"))
    # The traceback goes to the log for a developer, never into the window: it can hold
    # client data in reprs and it frightens users.
    log.error("unexpected error: %s", "".join(traceback.format_exception(exc)))
    return show_message(
        parent,
        _tr(
            "Something went wrong and the operation did not finish. Nothing was lost: "
            "everything saved before this is still there. Please try again; if it happens "
            "again, note what you were doing and tell your support contact."
        ),
        title=_tr("ReliefDesk"),
        icon=QMessageBox.Icon.Critical,
        details=_tr("Error type: {name}").format(name=type(exc).__name__),
    )


# ---------------------------------------------------------------------------
# The operation
# ---------------------------------------------------------------------------


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        # Everything (a bug too) is caught on purpose: a worker thread has no one else to
        # tell; the failed signal shows it on the main thread and show_error logs it.
        except BaseException as exc:
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.succeeded, result)

    def _tell(self, signal: Any, value: object) -> None:
        """Emit, unless the screen that asked was closed while the work ran (its signals object
        went with it): the result is then for no one, and PySide's "Signal source has been
        deleted" would only be printed from this thread."""
        if not isValid(self.signals):
            return
        try:
            signal.emit(value)
        except RuntimeError as exc:
            if "deleted" not in str(exc):  # deleted between the check and the emit: dropped
                raise


_LIVE: set[BackgroundOp] = set()

#: How long a worker may keep the GIL once the UI thread asks for it, while work runs (s).
#: Python's default is 5 ms, and the UI thread asks at every Python slot, event filter or
#: override a screen runs: a tab switch that asks a few times waited 15-30 ms behind a plan
#: being made (issue 18, screen to screen < 16 ms). A shorter turn costs the worker nothing
#: while the UI thread is idle in Qt, since the switch happens only when someone waits.
UI_TURN_SECONDS = 0.0005
_usual_turn: list[float] = []


def _work_started() -> None:
    if not _usual_turn:
        _usual_turn.append(sys.getswitchinterval())
        sys.setswitchinterval(min(UI_TURN_SECONDS, _usual_turn[0]))


def _work_ended() -> None:
    if not _LIVE and _usual_turn:
        sys.setswitchinterval(_usual_turn.pop())


def working() -> bool:
    """Whether any background operation is still running (benchmarks wait for none)."""
    return bool(_LIVE)


def _finished_fn(progress: ProgressFn, cancel: Any) -> None:
    raise RuntimeError("this background operation has already run")


class BackgroundOptions(TypedDict, total=False):
    """What ``BackgroundOp`` and ``run_in_background`` take besides the parent and the work:
    the callbacks (run on the main thread), the progress dialog's title ("Working…" if none),
    whether that dialog is shown and whether it has a Cancel button (both yes if not said)."""

    success: Callable[[Any], object] | None
    failure: Callable[[BaseException], None] | None
    cancelled: Callable[[], None] | None
    title: str
    show_progress: bool
    cancellable: bool


class BackgroundOp(QObject):
    """One long operation. Build it, then ``start()``; ``done`` fires when it has ended
    (after success, failure or cancel callbacks ran)."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[ProgressFn, Any], Any],
        *,
        pool: QThreadPool | None = None,
        **options: Unpack[BackgroundOptions],
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.fn = fn
        self.on_success = options.get("success")
        self.on_failure = options.get("failure")
        self.on_cancelled = options.get("cancelled")
        self.title = options.get("title") or _tr("Working…")
        self.show_progress = options.get("show_progress", True)
        self.cancellable = options.get("cancellable", True)
        self.pool = pool or QThreadPool.globalInstance()
        self.token = make_cancel_token()
        self.dialog: QProgressDialog | None = None
        self.worker_thread_id: int | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.finished = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    # -- worker side -------------------------------------------------------------------
    def _progress(self, done: int, total: int = 0, label: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), str(label))

    def _call(self) -> Any:
        self.worker_thread_id = threading.get_ident()
        return self.fn(self._progress, self.token)

    # -- UI side -----------------------------------------------------------------------
    def start(self) -> BackgroundOp:
        _LIVE.add(self)
        _work_started()
        if self.show_progress and not _Ui.suppressed:
            dlg = QProgressDialog(self.title, _tr("Cancel"), 0, 0, self.parent_widget)
            dlg.setWindowTitle(_tr("ReliefDesk"))
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(400)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not self.cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(self.cancel)
            self.dialog = dlg
        self.pool.start(_Runner(self._call, self._signals))
        return self

    @Slot()
    def cancel(self) -> None:
        if self.finished:
            return
        self.token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(_tr("Cancelling… (waiting for a safe point)"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.last_progress = (done, total, label)
        dlg = self.dialog
        if dlg is None or self.finished or not isValid(dlg):
            return
        if label and not self.token.cancelled:
            dlg.setLabelText(label)
        if total > 0:
            dlg.setMaximum(total)
            # a modal QProgressDialog runs the event loop inside setValue(): the operation may
            # end (and the dialog be closed) during this call, so it is the last thing done
            dlg.setValue(min(done, total))

    def _close_dialog(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None and isValid(dlg):
            dlg.canceled.disconnect(self.cancel)
            dlg.close()
            dlg.deleteLater()

    def _finish(self) -> None:
        self.finished = True
        self._close_dialog()

    def _parent_gone(self) -> bool:
        """The widget that started the work was closed meanwhile: nothing left to update."""
        return self.parent_widget is not None and not isValid(self.parent_widget)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._finish()
        self.result = result
        if self._parent_gone():
            self._end()
            return
        try:
            if self.token.cancelled:
                self.was_cancelled = True
                if self.on_cancelled:
                    self.on_cancelled()
            elif self.on_success:
                self.on_success(result)
        # Everything on purpose: a bug in a success callback must not crash the app;
        # show_error logs its traceback and tells the user.
        except Exception as exc:
            show_error(self.parent_widget, exc)
        finally:
            self._end()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.error = exc
        if self._parent_gone():
            log.warning("background operation failed after its window closed: %s", exc)
            self._end()
            return
        try:
            if _is_cancel_error(exc):
                self.was_cancelled = True
                if self.on_cancelled:
                    self.on_cancelled()
            elif self.on_failure:
                self.on_failure(exc)
            else:
                show_error(self.parent_widget, exc)
        finally:
            self._end()

    def _end(self) -> None:
        _LIVE.discard(self)
        _work_ended()
        # drop the work and its closure (it may hold a passphrase) as soon as it is over
        self.fn = _finished_fn
        self.done.emit()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[ProgressFn, Any], Any],
    **options: Unpack[BackgroundOptions],
) -> BackgroundOp:
    """Start ``fn(progress, cancel)`` on a worker thread; see the module docstring."""
    return BackgroundOp(parent, fn, **options).start()
