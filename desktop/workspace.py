"""One open client: tabs for the profile, the interview, the assessment and the documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from casefile.errors import ReliefDeskError
from casefile.profile import Profile
from casefile.store import profile_fingerprint
from desktop.background import action_errors, show_error
from desktop.i18n import Retranslating
from desktop.options import Options
from desktop.profile_editor import ProfileEditor
from desktop.widgets import WrappedLabel

if TYPE_CHECKING:  # the screens load when the workspace makes them
    from desktop.interview_view import InterviewView


class Unavailable(QWidget):
    """Shown in a tab whose service is not installed in this build."""

    def __init__(self, text: str) -> None:
        super().__init__()
        label = WrappedLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


class ClientWorkspace(Retranslating, QTabWidget):
    saved_state = Signal(str)

    def __init__(self, store: Any, profile: Profile, options: Options, *, demo: bool = False):
        super().__init__()
        self.setObjectName("workspace")
        # no frame drawn round the pages: stroking it took 2-3 ms of every switch (issue 18)
        self.setDocumentMode(True)
        self.store = store
        self.options = options
        self.demo = demo
        self.profile = profile
        self.editor = ProfileEditor(profile, store.save, store=store)
        self.editor.set_demo(demo)
        self.editor.saved_state.connect(self.saved_state.emit)
        self.addTab(self.editor, "")
        #: What each screen runs when its tab is shown again (set by the factories below).
        self._on_show: dict[QWidget, Callable[[], object]] = {}
        #: The interview screen (None when this build could not make it: ``Unavailable``).
        self.interview_view: InterviewView | None = None
        self.interview: Any = self._make(self._interview)
        self.assessment: Any = self._make(self._assessment)
        self.documents: Any = self._make(self._documents)
        for w in (self.interview, self.assessment, self.documents):
            self.addTab(w, "")
        #: The profile's fingerprint when each screen last showed it (see ``_tab_changed``).
        self._shown_at: dict[int, int] = {}
        self.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def _make(self, factory: Callable[[], QWidget]) -> QWidget:
        try:
            return factory()
        except ImportError as exc:
            return Unavailable(
                self.tr("This part is not installed in this build ({name}).").format(
                    name=exc.name or exc
                )
            )
        except ReliefDeskError as exc:  # e.g. a broken rules file: say so, keep the rest usable
            return Unavailable(str(exc))

    def _interview(self) -> QWidget:
        from desktop.interview_view import InterviewView

        view = InterviewView(self.profile, save=self.save_now, options=self.options)
        view.finished.connect(lambda: self.setCurrentWidget(self.assessment))
        view.open_profile.connect(self.jump_to_field)
        self._on_show[view] = view.profile_changed
        self.interview_view = view
        return view

    def _assessment(self) -> QWidget:
        from desktop.assessment_view import AssessmentView

        view = AssessmentView(self.profile)
        view.resolve_requested.connect(self.resolve_unknowns)
        self._on_show[view] = view.refresh
        return view

    def _documents(self) -> QWidget:
        from desktop.documents_view import DocumentsView

        view = DocumentsView(self.profile, self.options, demo=self.demo)
        view.jump_to_field.connect(self.jump_to_field)
        view.generated.connect(lambda: self._record("generate"))
        # its refresh may start the plan on a worker thread: started after the switch has
        # painted, the worker does not hold the GIL while Qt paints (issue 18: the switch took
        # 40-60 ms with the worker started first, ~20 without it)
        self._on_show[view] = lambda: QTimer.singleShot(0, view, view.refresh)
        return view

    def _record(self, action: str) -> None:
        """Into the clinic's audit log (a no-op on the laptop's own file); a failure to log is
        shown, not raised out of a Qt slot."""
        try:
            self.store.record(self.profile.client.id, action)
        except action_errors() as exc:
            show_error(self, exc)

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Profile"))
        self.setTabText(1, self.tr("&Interview"))
        self.setTabText(2, self.tr("A&ssessment"))
        self.setTabText(3, self.tr("&Documents"))

    def _tab_changed(self, index: int) -> None:
        self.editor.flush()
        w = self.widget(index)
        if w is not self.documents:  # the documents screen also reads files: it always looks
            # Issue 18 (screen to screen < 16 ms): a screen that already shows this profile
            # as it is now is not rebuilt (re-assessing and refilling took 30-55 ms).
            stamp = profile_fingerprint(self.profile)
            if stamp is not None and self._shown_at.get(index) == stamp:
                return
            if stamp is not None:
                self._shown_at[index] = stamp
        if w is self.editor:
            self.editor.refresh_values()
            return
        # the other tabs read the same Profile object: let them see the edits
        refresh = self._on_show.get(w) if w is not None else None
        if refresh is not None:  # None: a screen this build could not make (Unavailable)
            refresh()

    def save_now(self) -> None:
        """The interview changed the profile: mark it dirty and save it now."""
        self.editor.session.dirty = True
        self.editor.autosave()

    def resolve_unknowns(self, relief: str, facts: list[str]) -> None:
        if self.interview_view is not None:
            self.interview_view.focus_on(relief, facts)
            self.setCurrentWidget(self.interview)

    def jump_to_field(self, name: str) -> None:
        """Open where a missing fact is filled in: its profile field, or else (an interview
        fact) the interview at the question that asks it. Counsel's details (the
        ``representative.*`` facts) are kept once for the office: the counsel settings."""
        if name.startswith("representative.") and not self.demo:  # the demo keeps no counsel
            self.open_counsel_settings(name.split(".", 1)[1])
            return
        if self.editor.focus_field(name) or self.interview_view is None:
            self.setCurrentWidget(self.editor)
            return
        questions = self.interview_view.ctl.session.questions_for([name])
        if questions:
            self.interview_view.focus_on("", questions)
            self.setCurrentWidget(self.interview)

    def open_counsel_settings(self, field: str = "") -> None:
        from desktop.counsel_page import CounselDialog

        dlg = CounselDialog(self.store, self)
        widget = dlg.inputs.get(field)
        if widget is not None:
            widget.setFocus()
        dlg.accepted.connect(self._counsel_saved)
        dlg.open()
        self.counsel_dialog = dlg

    def _counsel_saved(self) -> None:
        """Every tab reads the new counsel details at once (as the next load would)."""
        self.profile.counsel = self.store.counsel_facts()
        self._shown_at.clear()  # the profile fingerprint does not cover counsel: rebuild
        self._tab_changed(self.currentIndex())

    def flush(self) -> None:
        self.editor.flush()
        if self.interview_view is not None:
            self.interview_view.pause()
