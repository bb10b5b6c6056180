"""The documents screen: choose a relief, see its filing plan with each document's status,
review what is missing per document (double-click jumps to the profile field), generate the
packet in the background with progress and cancel, open DOCX drafts in the system editor
(local files only), and preview the packet PDF inside the app (pages rendered by pypdfium2;
PySide6's QtPdf add-on is not in this build)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import ReliefDeskError
from casefile.profile import Profile
from desktop.assessment_view import fit_tree_rows, wrap_tree
from desktop.background import BackgroundOp, run_in_background, show_error, show_message
from desktop.data_text import data_tr, label_tr
from desktop.documents_logic import (
    DocRow,
    add_official_form,
    build_packet,
    court_choices,
    disk_stamp,
    draft_titles,
    filing_address_text,
    load_plan,
    result_paths,
    status_key,
)
from desktop.file_dialogs import existing_directory, open_file_name
from desktop.i18n import Retranslating
from desktop.interview_logic import relief_choices
from desktop.interview_view import tr_relief
from desktop.options import Options
from desktop.pdf_preview import PdfPreview
from desktop.widgets import FieldEdit, push_button, wrapped_label

if TYPE_CHECKING:  # packets and forms load when the screen first plans, not with the window
    from forms import AddedForm
    from packets import PacketResult, PlannedDocument

STATUS_COLORS = {
    "ready": "#c8e6c9",
    "needs_wet_signature": "#e3f2fd",
    "missing_facts": "#fff3c4",
    "missing_file": "#ffcdd2",
    "form_pdf_not_supplied": "#ffcdd2",
    "unreadable": "#ffcdd2",
    "not_available": "#e0e0e0",
}


def tr_doc_status(status: str) -> str:
    names = {
        "ready": QCoreApplication.translate("DocStatus", "Ready"),
        "needs_wet_signature": QCoreApplication.translate("DocStatus", "Needs wet signature"),
        "missing_facts": QCoreApplication.translate("DocStatus", "Missing facts"),
        "missing_file": QCoreApplication.translate("DocStatus", "Missing file"),
        "form_pdf_not_supplied": QCoreApplication.translate("DocStatus", "Form PDF not supplied"),
        "unreadable": QCoreApplication.translate("DocStatus", "Unreadable"),
        "not_available": QCoreApplication.translate("DocStatus", "Not available yet"),
    }
    return names.get(status, status.replace("_", " "))


def left_out_line(doc: PlannedDocument) -> str:
    """A document the draft packet left out, in the screen's language: "• name: status"."""
    return f"• {data_tr(doc.title)}: {tr_doc_status(status_key(doc))}"


def open_local_file(path: Path) -> bool:
    """Open a local file in the system's program for it. Never a network URL."""
    url = QUrl.fromLocalFile(str(Path(path).resolve()))
    if not url.isLocalFile():
        return False
    return bool(QDesktopServices.openUrl(url))


def documents_folder() -> str:
    """Where a folder picker starts when no output folder is set: the user's Documents folder
    (never the program's own folder)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs or str(Path.home())


class DocumentsView(Retranslating, QWidget):
    jump_to_field = Signal(str)
    #: A packet was written (the workspace records it in the clinic's audit log).
    generated = Signal()

    def __init__(
        self,
        profile: Profile,
        options: Options,
        *,
        demo: bool = False,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documents")
        self.profile = profile
        self.options = options
        self.demo = demo
        self.today = today
        self.plan: list[DocRow] = []
        #: The last snapshot handed to the planning worker, and what it was taken of.
        self._copied: Profile | None = None
        self._copied_key: tuple[int, str] | None = None
        #: What the plan on screen was made from (profile, relief, date, court, files on disk).
        self._planned_key: tuple[object, ...] | None = None
        self.packet_path: Path | None = None
        self.drafts: list[Path] = []
        #: Each draft's document title (English; shown through ``data_tr``), by its path.
        self.draft_titles: dict[Path, str] = {}
        self.op: BackgroundOp | None = None
        self.plan_op: BackgroundOp | None = None
        self._plan_again = False

        self.relief_label = QLabel()
        self.relief = QComboBox()
        self.relief.setObjectName("relief")
        for r in relief_choices():
            self.relief.addItem("", r)
        self.relief.currentIndexChanged.connect(lambda _i: self.refresh())
        # vacatur records in several courts: one set of papers per court (issue 24 item 11)
        self.court_label = QLabel()
        self.court = QComboBox()
        self.court.setObjectName("court")
        self.court.currentIndexChanged.connect(lambda _i: self.refresh())
        self.out_label = QLabel()
        self.out_dir = FieldEdit()
        self.out_dir.setObjectName("output-folder")
        default = options.get("output_dir") if options.data_dir is not None else ""
        self.out_dir.setText(default)
        self.browse = push_button(self.choose_folder)
        self.unencrypted = wrapped_label("unencrypted-warning", "color: #8a4b00;")

        # where the packet goes (dated data; issue 24 item 4)
        self.address = wrapped_label("filing-address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.docs = QTreeWidget()
        self.docs.setObjectName("plan")
        self.docs.setColumnCount(3)
        # Status and source are never cut; long document titles wrap.
        wrap_tree(
            self.docs,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.ResizeToContents,
        )
        self.docs.header().sectionResized.connect(lambda *_a: fit_tree_rows(self.docs))
        self.docs.itemDoubleClicked.connect(self._item_activated)
        self.review_label = QLabel()
        self.review_label.setStyleSheet("font-weight: 600;")
        self.review = QListWidget()
        self.review.setObjectName("review")
        self.review.setWordWrap(True)
        self.review.itemActivated.connect(self._review_activated)
        self.review.itemDoubleClicked.connect(self._review_activated)

        self.generate = push_button(self.generate_packet, "generate")
        self.open_pdf = push_button(lambda: self.packet_path and open_local_file(self.packet_path))
        self.open_draft = QPushButton()
        self.open_draft.setObjectName("open-draft")
        self.drafts_menu = QMenu(self)
        self.open_draft.setMenu(self.drafts_menu)
        self.add_form = push_button(self.choose_official_form, "add-form")
        self.status = wrapped_label("documents-status")
        self.preview = PdfPreview()

        top = QHBoxLayout()
        top.addWidget(self.relief_label)
        top.addWidget(self.relief)
        top.addSpacing(12)
        top.addWidget(self.court_label)
        top.addWidget(self.court)
        top.addSpacing(20)
        top.addWidget(self.out_label)
        top.addWidget(self.out_dir, 1)
        top.addWidget(self.browse)
        actions = QHBoxLayout()
        actions.addWidget(self.generate)
        actions.addWidget(self.open_pdf)
        actions.addWidget(self.open_draft)
        actions.addStretch(1)
        actions.addWidget(self.add_form)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.address)
        ll.addWidget(self.docs, 3)
        ll.addWidget(self.review_label)
        ll.addWidget(self.review, 2)
        ll.addLayout(actions)
        ll.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 480])
        self.preview.setMinimumWidth(260)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.unencrypted)
        lay.addWidget(split, 1)
        self._fill_courts()
        self.retranslate()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i in range(self.relief.count()):
            self.relief.setItemText(i, tr_relief(self.relief.itemData(i)))
        self.relief_label.setText(self.tr("Relief:"))
        self.court_label.setText(self.tr("Court:"))
        self.court.setToolTip(
            self.tr(
                "The client has records in several courts: each court gets its own set of "
                "papers, listing only that court's records"
            )
        )
        self.out_label.setText(self.tr("Output folder:"))
        self.browse.setText(self.tr("Choose…"))
        self.unencrypted.setText(
            self.tr(
                "Generated documents are NOT encrypted. Choose a folder on an encrypted disk, "
                "and delete copies you no longer need."
            )
        )
        self.docs.setHeaderLabels([self.tr("Document"), self.tr("Status"), self.tr("Source")])
        self.review_label.setText(self.tr("Review: what is missing (double-click to fix)"))
        self.generate.setText(self.tr("&Generate packet"))
        self.open_pdf.setText(self.tr("Open packet PDF"))
        self.open_draft.setText(self.tr("Open DOCX draft"))
        self._rename_draft_actions()
        self.open_draft.setToolTip(
            self.tr("Opens the editable Word draft in this computer's word processor")
        )
        self._show_address()
        self.add_form.setText(self.tr("Add official form…"))
        self.add_form.setToolTip(
            self.tr("Add a blank form PDF downloaded from uscis.gov so ReliefDesk can fill it")
        )
        if self.plan:
            self._fill(self.plan)

    # -- plan --------------------------------------------------------------------------
    def current_relief(self) -> str:
        return str(self.relief.currentData())

    def current_court(self) -> str | None:
        """The chosen court's key when the client's vacatur records lie in several, else None
        (the papers then cover the one court there is)."""
        if not self.court.isVisibleTo(self) or self.court.currentData() is None:
            return None
        return str(self.court.currentData())

    def _fill_courts(self) -> None:
        """The court choice, shown only for vacatur records in more than one court."""
        choices = court_choices(self.profile, self.current_relief(), today=self.today)
        keep = self.court.currentData()
        self.court.blockSignals(True)
        self.court.clear()
        for key, label in choices:
            self.court.addItem(label, key)
        if keep is not None and self.court.findData(keep) >= 0:
            self.court.setCurrentIndex(self.court.findData(keep))
        self.court.blockSignals(False)
        several = len(choices) > 1
        self.court.setVisible(several)
        self.court_label.setVisible(several)

    def _show_address(self) -> None:
        """The filing address of the chosen relief (read from dated data, quick), or hidden;
        for vacatur, where the chosen court's papers are filed."""
        relief = self.current_relief()
        found = filing_address_text(
            self.profile, relief, today=self.today, court=self.current_court()
        )
        self.address.setVisible(found is not None)
        if found is None:
            return
        source = self.tr("Source: {authority}; last reviewed {date}.").format(
            authority="; ".join(data_tr(a) for a in found.sources),
            date=found.last_reviewed,
        )
        if found.verify:
            source += " " + (
                self.tr("Check it before filing (VERIFY).")
                if relief == "vacatur"
                else self.tr("Check it before mailing (VERIFY).")
            )
        if relief == "vacatur":  # the court's name, then the rule in the screen's language
            name, *rule = found.address.split("\n")
            self.address.setText(
                self.tr("File at: {address}").format(address=name)
                + "\n"
                + " ".join(data_tr(line) for line in rule)
                + "\n"
                + source
            )
            return
        where = ", ".join(data_tr(line) for line in found.address.split("\n"))
        self.address.setText(self.tr("File at: {address}").format(address=where) + "\n" + source)

    def refresh(self) -> BackgroundOp | None:
        """Re-read the filing plan on a worker thread (planning checks forms and files)."""
        self._fill_courts()  # the relief or the client's records may have changed
        self._update_open_buttons()
        self._show_address()
        if self.plan_op is not None and not self.plan_op.finished:
            self._plan_again = True
            return self.plan_op
        self._plan_again = False
        profile = self._worker_copy()
        relief, today, court = self.current_relief(), self.today, self.current_court()
        # the date counts too: a plan made yesterday may say a certification is still fresh
        key = (self._copied_key, relief, today or dt.date.today(), court, disk_stamp(profile))
        if self._copied_key is not None and key == self._planned_key and self.plan:
            return None  # the list on screen is what a new plan would say (issue 18)
        self._planned_key = key
        self.status.setText(self.tr("Checking the filing plan…"))
        self.generate.setEnabled(False)
        self.plan_op = run_in_background(
            self,
            lambda progress, cancel: load_plan(profile, relief, today=today, court=court),
            success=self._plan_ready,
            failure=self._plan_failed,
            show_progress=False,
        )
        return self.plan_op

    def _worker_copy(self) -> Profile:
        """The snapshot the worker plans from. Copying the profile took ~20 ms of the UI
        thread on every visit to this screen (issue 18: screen to screen), so the last copy is
        reused while the profile's stored values and the counsel details are the same."""
        from casefile.store import profile_fingerprint

        stamp = profile_fingerprint(self.profile)
        key = None if stamp is None else (stamp, repr(sorted(self.profile.counsel.items())))
        if key is None or key != self._copied_key or self._copied is None:
            self._copied = copy.deepcopy(self.profile)
            self._copied_key = key
        return self._copied

    def _plan_ready(self, plan: list[DocRow]) -> None:
        unchanged = plan == self.plan  # the usual revisit: the list on screen is still right
        self.plan = plan
        self.status.clear()
        self.generate.setEnabled(True)
        if not unchanged:
            self._fill(plan)
        if self._plan_again:
            self.refresh()

    def _plan_failed(self, exc: BaseException) -> None:
        self.plan = []
        self._planned_key = None
        self.docs.clear()
        self.review.clear()
        if isinstance(exc, ImportError):
            self.status.setText(self.tr("Filing plans are not installed in this build."))
        else:
            self.status.setText(str(exc) if isinstance(exc, ReliefDeskError) else "")
            if not isinstance(exc, ReliefDeskError):
                show_error(self, exc)

    def _fill(self, plan: list[DocRow]) -> None:
        self.docs.clear()
        self.review.clear()
        for doc in plan:
            title = data_tr(doc.title)
            item = QTreeWidgetItem([title, tr_doc_status(doc.status), self._source(doc.source)])
            item.setBackground(1, QBrush(QColor(STATUS_COLORS.get(doc.status, "#ffffff"))))
            if doc.notes:  # e.g. how many copies to send (issue 24 item 10)
                item.setToolTip(0, "\n".join(data_tr(n) for n in doc.notes))
            self.docs.addTopLevelItem(item)
            for m in doc.missing:
                text = f"{title}: {label_tr(m.label)}"
                li = QListWidgetItem(text)
                li.setToolTip(text)
                # A profile field, or else an interview fact (the workspace then opens the
                # interview at the question that asks it): both shown like a link.
                li.setData(Qt.ItemDataRole.UserRole, m.field or m.fact or "")
                if m.field or m.fact:
                    li.setForeground(QBrush(QColor("#0b57d0")))
                if not m.field and m.fact:
                    li.setToolTip(self.tr("Answer this in the interview"))
                self.review.addItem(li)
        fit_tree_rows(self.docs)
        if not self.review.count():
            self.review.addItem(QListWidgetItem(self.tr("Nothing is missing.")))

    def _source(self, source: str) -> str:
        """Where a document comes from, in words (never a file name or an internal kind)."""
        names = {
            "filled form": self.tr("Official form, filled in"),
            "rendered draft": self.tr("Draft from the profile"),
            "user exhibit": self.tr("Exhibit file you added"),
            "supplied file": self.tr("File you added"),
            "generated": self.tr("Made by ReliefDesk"),
        }
        return names.get(source, self.tr("File you added"))

    def _review_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.jump_to_field.emit(str(target))

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        idx = self.docs.indexOfTopLevelItem(item)
        if 0 <= idx < len(self.plan):
            for m in self.plan[idx].missing:
                if m.field:
                    self.jump_to_field.emit(m.field)
                    return

    # -- output ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = existing_directory(
            self, self.tr("Output folder"), self.out_dir.text() or documents_folder()
        )
        if folder:
            self.set_output_folder(folder)

    def set_output_folder(self, folder: str) -> None:
        self.out_dir.setText(folder)
        if self.options.data_dir is not None:
            self.options.set("output_dir", folder)

    def output_folder(self) -> Path | None:
        text = self.out_dir.text().strip()
        return Path(text) if text else None

    def generate_packet(self) -> BackgroundOp | None:
        out = self.output_folder()
        if out is None:  # no folder yet: ask for one (starting in Documents), then go on
            self.choose_folder()
            out = self.output_folder()
            if out is None:
                return None
        prefix = self.options.get("bates_prefix") if self.options.data_dir is not None else "RD"
        profile = copy.deepcopy(self.profile)
        relief, today, court = self.current_relief(), self.today, self.current_court()
        self.status.setText(self.tr("Generating…"))
        self.op = run_in_background(
            self,
            lambda progress, cancel: build_packet(
                profile,
                relief,
                out,
                bates_prefix=prefix,
                progress=progress,
                cancel=cancel,
                today=today,
                court=court,
            ),
            success=self._built,
            failure=self._failed,
            cancelled=lambda: self.status.setText(self.tr("Cancelled. Nothing was written.")),
            title=self.tr("Generating the packet…"),
        )
        return self.op

    def _built(self, result: PacketResult) -> None:
        self.packet_path, self.drafts = result_paths(result)
        self.draft_titles = draft_titles(result)
        self.generated.emit()
        pages = result.page_count
        if self.packet_path is not None:
            text = self.tr("Packet written: {path}").format(path=self.packet_path)
            if pages:
                text += " " + self.tr("({n} pages)").format(n=pages)
            self.status.setText(text)
            self.preview.load(self.packet_path)
        self._fill_drafts_menu()
        if result.left_out:
            lines = [left_out_line(d) for d in result.left_out]
            show_message(
                self,
                self.tr(
                    "The packet was written as a DRAFT. These documents are not in it; a "
                    "NOT INCLUDED page stands in for each:"
                )
                + "\n\n"
                + "\n".join(lines),
                details="\n".join(data_tr(w) for w in result.warnings),
            )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The packet was not written."))
        show_error(self, exc)

    def choose_official_form(self) -> None:
        path = open_file_name(self, self.tr("Add official form"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.add_official_form_file(Path(path))

    def add_official_form_file(self, path: Path) -> BackgroundOp:
        data_dir = self.options.data_dir
        return run_in_background(
            self,
            lambda progress, cancel: add_official_form(path, data_dir),
            success=self._form_added,
            title=self.tr("Checking the form…"),
            cancellable=False,
        )

    def _form_added(self, added: AddedForm) -> None:
        text = self.tr("{form} (edition {edition}) was added; ReliefDesk can now fill it.").format(
            form=added.form.number, edition=added.edition
        )
        if added.warnings:
            text += "\n\n" + "\n".join(data_tr(w) for w in added.warnings)
        show_message(self, text, icon=QMessageBox.Icon.Information)
        self._planned_key = None  # a new form: plan again whatever the stamp says
        self.refresh()

    def _fill_drafts_menu(self) -> None:
        """One action per draft, named as the screen names its document (the file name is
        its tooltip)."""
        self.drafts_menu.clear()
        for path in self.drafts:
            action = self.drafts_menu.addAction(self._draft_name(path))
            action.setToolTip(path.name)
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_local_file(p))
        self.drafts_menu.setToolTipsVisible(True)
        self._update_open_buttons()

    def _draft_name(self, path: Path) -> str:
        return data_tr(self.draft_titles.get(path, path.stem))

    def _rename_draft_actions(self) -> None:
        """The drafts' names in the screen's language (after a language change)."""
        for action in self.drafts_menu.actions():
            path = Path(str(action.data()))
            action.setText(self._draft_name(path))

    def _update_open_buttons(self) -> None:
        """Enabled when there is something to open; when not, the tooltip says why."""
        self.open_pdf.setEnabled(self.packet_path is not None)
        self.open_pdf.setToolTip(
            "" if self.packet_path is not None else self.tr("Generate the packet first.")
        )
        self.open_draft.setEnabled(bool(self.drafts))
        self.open_draft.setToolTip(
            ""
            if self.drafts
            else self.tr("Generate the packet first: the Word drafts are written with it.")
        )
