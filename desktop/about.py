"""The About dialog: version, where the case file is kept, the bundled official forms with their
editions and printed expiry dates, and the licences of the libraries ReliefDesk ships.

ReliefDesk never checks for updates (no network). Instead this dialog says, per bundled form,
which edition it is and whether its printed expiry date has passed, so the attorney knows to
check uscis.gov before filing.

Self-contained: ``show_about(parent)`` opens it; ``AboutDialog(parent, data_dir=..., today=...)``
for tests. The table contents come from Qt-free helpers (``form_rows``, ``library_rows``).
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Retranslating
from desktop.widgets import wrapped_label

#: Package data of ``desktop`` (found with importlib.resources, in a source tree, an installed
#: package and the PyInstaller bundle alike): the licence texts and the application icon (a copy
#: of ``packaging/icons/reliefdesk.png``, which a test keeps identical).
RESOURCES = resources.files("desktop") / "resources"
LICENSES_DIR = RESOURCES / "licenses"
ICON_PNG = RESOURCES / "reliefdesk.png"

FormStatus = Literal["current", "may_be_out_of_date", "no_expiry_known"]


# -- Qt-free helpers ---------------------------------------------------------------------------
def app_version() -> str:
    """The version ``./run --version`` reports: the package metadata (``casefile.version``)."""
    from casefile.version import app_version as version

    return version()


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@dataclass(frozen=True)
class FormRow:
    number: str
    title: str
    edition: str
    expires: str | None  # MM/DD/YYYY as printed, None when the registry does not know it
    bundled: bool  # the PDF ships with ReliefDesk (else the user adds it from uscis.gov)
    url: str
    status: FormStatus


def form_rows(today: dt.date | None = None) -> list[FormRow]:
    """One row per form edition in ``forms.registry``. ``may_be_out_of_date`` when the printed
    expiry date is before ``today`` (USCIS often keeps accepting an edition after that date until
    it publishes a new one, so this is a prompt to check, not a refusal)."""
    from forms.registry import bundled_path, load_registry

    today = today or dt.date.today()
    rows: list[FormRow] = []
    for form in load_registry().forms:
        for ed in form.editions:
            expiry = ed.expiry_date()
            if expiry is None:
                status: FormStatus = "no_expiry_known"
            elif expiry < today:
                status = "may_be_out_of_date"
            else:
                status = "current"
            rows.append(
                FormRow(
                    number=form.number,
                    title=form.title,
                    edition=ed.edition,
                    expires=ed.expires,
                    bundled=bundled_path(form, ed) is not None,
                    url=form.url,
                    status=status,
                )
            )
    return rows


def registry_review() -> tuple[dt.date, str]:
    """When the form editions were last checked, and the registry's verify status."""
    from forms.registry import load_registry

    reg = load_registry()
    return reg.last_reviewed, reg.verify_status


@dataclass(frozen=True)
class Library:
    name: str
    dist: str  # distribution name for the installed version
    licence: str  # SPDX expression
    licence_file: str | None  # in desktop/resources/licenses
    note: str = ""


#: The libraries in the application folder and their licences (SPDX, as their package metadata
#: states; SQLCipher and OpenSSL are compiled into sqlcipher3's extension module).
LIBRARIES: tuple[Library, ...] = (
    Library(
        "Qt for Python (PySide6), Qt 6",
        "PySide6-Essentials",
        "LGPL-3.0-only",
        "LGPL-3.0.txt",
        "dynamically linked",
    ),
    Library("Shiboken6", "shiboken6", "LGPL-3.0-only", "LGPL-3.0.txt", "dynamically linked"),
    Library("Python", "", "PSF-2.0", None),
    Library(
        "sqlcipher3 (with SQLCipher and OpenSSL built in)",
        "sqlcipher3",
        "Zlib; SQLCipher: BSD-3-Clause; OpenSSL: Apache-2.0",
        "sqlcipher3-zlib.txt",
    ),
    Library("SQLAlchemy", "SQLAlchemy", "MIT", None),
    Library("SQLModel", "sqlmodel", "MIT", None),
    Library("Alembic", "alembic", "MIT", None),
    Library("docxtpl", "docxtpl", "LGPL-2.1-only", "LGPL-2.1.txt", "pure Python, unmodified"),
    Library("python-docx", "python-docx", "MIT", None),
    Library("pypdf", "pypdf", "BSD-3-Clause", None),
    Library("pikepdf (with QPDF)", "pikepdf", "MPL-2.0; QPDF: Apache-2.0", "MPL-2.0.txt"),
    Library("pypdfium2 (with PDFium)", "pypdfium2", "Apache-2.0 OR BSD-3-Clause", "Apache-2.0.txt"),
    Library("ReportLab", "reportlab", "BSD-3-Clause", None),
    Library("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "Apache-2.0.txt"),
    Library("pydantic", "pydantic", "MIT", None),
    Library("PyYAML", "PyYAML", "MIT", None),
    Library("Babel", "babel", "BSD-3-Clause", None),
    Library("Jinja2", "Jinja2", "BSD-3-Clause", None),
    Library("lxml", "lxml", "BSD-3-Clause", None),
    Library("platformdirs", "platformdirs", "MIT", None),
)


def library_version(lib: Library) -> str:
    if not lib.dist:
        return ".".join(str(p) for p in sys.version_info[:3])
    try:
        return metadata.version(lib.dist)
    except metadata.PackageNotFoundError:
        return "?"


def library_rows() -> list[tuple[Library, str]]:
    return [(lib, library_version(lib)) for lib in LIBRARIES]


def licence_text(file_name: str) -> str:
    path = LICENSES_DIR / file_name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"{file_name}: {exc.strerror or exc}"


def default_data_dir() -> Path:
    from casefile.paths import data_dir

    return data_dir()


def libreoffice_path() -> str | None:
    from templates.convert import find_soffice

    return find_soffice()


# -- the dialog --------------------------------------------------------------------------------
class AboutDialog(Retranslating, QDialog):
    """Tabs: About (version, data location, no-update note), Bundled official forms, Licences."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        today: dt.date | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.demo = demo
        self.today = today or dt.date.today()
        self.version = app_version()
        self.forms = form_rows(self.today)
        self.libraries = library_rows()
        self.soffice = libreoffice_path()

        self.icon = QLabel()
        pix = QPixmap()
        pix.loadFromData(ICON_PNG.read_bytes())
        if not pix.isNull():
            self.icon.setPixmap(
                pix.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.title = QLabel()
        self.title.setObjectName("about_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = wrapped_label()
        self.data_label = wrapped_label("about_data_dir")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_label = wrapped_label()
        self.network_label = wrapped_label()

        about_tab = QWidget()
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.summary)
        head.addLayout(head_text, 1)
        about_layout = QVBoxLayout(about_tab)
        about_layout.addLayout(head)
        about_layout.addWidget(self.data_label)
        about_layout.addWidget(self.office_label)
        about_layout.addWidget(self.network_label)
        about_layout.addStretch(1)

        self.forms_note = wrapped_label()
        self.forms_table = QTableWidget(len(self.forms), 5)
        self.forms_table.setObjectName("about_forms")
        self.forms_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.forms_table.verticalHeader().setVisible(False)
        self.forms_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        forms_tab = QWidget()
        forms_layout = QVBoxLayout(forms_tab)
        forms_layout.addWidget(self.forms_note)
        forms_layout.addWidget(self.forms_table, 1)

        self.lgpl_note = wrapped_label("about_lgpl")
        self.lib_table = QTableWidget(len(self.libraries), 3)
        self.lib_table.setObjectName("about_libraries")
        self.lib_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lib_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lib_table.verticalHeader().setVisible(False)
        self.lib_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.lib_table.horizontalHeader().setStretchLastSection(True)
        self.licence_files = QListWidget()
        self.licence_files.setMaximumWidth(180)
        for name in sorted(p.name for p in LICENSES_DIR.iterdir() if p.name.endswith(".txt")):
            self.licence_files.addItem(name)
        self.licence_view = QPlainTextEdit()
        self.licence_view.setReadOnly(True)
        self.licence_files.currentTextChanged.connect(self._show_licence)
        self.lib_table.currentCellChanged.connect(self._library_selected)
        texts = QHBoxLayout()
        texts.addWidget(self.licence_files)
        texts.addWidget(self.licence_view, 1)
        lic_tab = QWidget()
        lic_layout = QVBoxLayout(lic_tab)
        lic_layout.addWidget(self.lgpl_note)
        lic_layout.addWidget(self.lib_table, 2)
        lic_layout.addLayout(texts, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(about_tab, "")
        self.tabs.addTab(forms_tab, "")
        self.tabs.addTab(lic_tab, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(760, 540)
        self.retranslate()
        if self.licence_files.count():
            self.licence_files.setCurrentRow(0)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About ReliefDesk"))
        self.title.setText(self.tr("ReliefDesk {version}").format(version=self.version))
        build = self.tr("application bundle") if is_frozen() else self.tr("source checkout")
        self.summary.setText(
            self.tr(
                "Offline case preparation for T and U visas, Continued Presence, asylum "
                "(particular social group) and vacatur. Screening results are for attorney "
                "review; they are not legal advice. Running from a {build}."
            ).format(build=build)
        )
        if self.demo:
            where = self.tr(
                "Data location: the demo client is kept in memory only. Your case file is in {path}"
            )
        else:
            where = self.tr("Data location (encrypted case file and backups): {path}")
        self.data_label.setText(where.format(path=self.data_dir))
        if self.soffice:
            office = self.tr(
                "LibreOffice (not part of ReliefDesk) turns documents into PDF: found at {path}."
            ).format(path=self.soffice)
        else:
            office = self.tr(
                "LibreOffice was not found. ReliefDesk does not include it; install LibreOffice "
                "to turn documents into PDF. Word files are still written."
            )
        self.office_label.setText(office)
        self.network_label.setText(
            self.tr(
                "ReliefDesk never connects to the internet and does not check for updates. "
                "See 'Bundled official forms' for the form editions it contains."
            )
        )
        reviewed, verify = registry_review()
        stale = sum(1 for r in self.forms if r.status == "may_be_out_of_date")
        note = self.tr(
            "Form editions were last checked on {date} (status: {status}). USCIS publishes new "
            "editions without notice: check each form's page on uscis.gov before filing."
        ).format(date=reviewed.isoformat(), status=verify)
        if stale:
            note += " " + self.tr("{n} of the forms below may be out of date.").format(n=stale)
        note += " " + self.tr("Official PDFs you add are kept in {folder}.").format(
            folder=self.data_dir / "forms"
        )
        self.forms_note.setText(note)
        self.forms_table.setHorizontalHeaderLabels(
            [
                self.tr("Form"),
                self.tr("Edition"),
                self.tr("Printed expiry"),
                self.tr("Copy"),
                self.tr("Status"),
            ]
        )
        for row, f in enumerate(self.forms):
            status = {
                "current": self.tr("Current as far as ReliefDesk knows"),
                "may_be_out_of_date": self.tr(
                    "May be out of date: the printed expiry date has passed. Check {url}"
                ).format(url=f.url),
                "no_expiry_known": self.tr("No printed expiry known. Check {url}").format(
                    url=f.url
                ),
            }[f.status]
            copy = self.tr("Bundled") if f.bundled else self.tr("Add from uscis.gov")
            cells = [f.number, f.edition, f.expires or self.tr("unknown"), copy, status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f.title if col == 0 else text)
                if f.status == "may_be_out_of_date":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.forms_table.setItem(row, col, item)
        self.forms_table.resizeColumnsToContents()
        self.lgpl_note.setText(
            self.tr(
                "Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public "
                "License v3 (LGPL-3.0). They are dynamically linked: their shared libraries are "
                "separate files in the application folder, and you may replace them with your "
                "own build of the same version. Their source code is available from the Qt "
                "Project (qt.io). The licence texts are below."
            )
        )
        self.lib_table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        for row, (lib, version) in enumerate(self.libraries):
            licence = lib.licence
            if lib.note == "dynamically linked":
                licence += " " + self.tr("(dynamically linked)")
            elif lib.note:
                licence += f" ({lib.note})"
            for col, text in enumerate([lib.name, version, licence]):
                self.lib_table.setItem(row, col, QTableWidgetItem(text))
        self.tabs.setTabText(0, self.tr("About"))
        self.tabs.setTabText(1, self.tr("Bundled official forms"))
        self.tabs.setTabText(2, self.tr("Licences"))

    # -- licence texts ---------------------------------------------------------------------------
    def _show_licence(self, name: str) -> None:
        self.licence_view.setPlainText(licence_text(name) if name else "")

    def _library_selected(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if not 0 <= row < len(self.libraries):
            return
        file_name = self.libraries[row][0].licence_file
        if file_name is None:
            return
        matches = self.licence_files.findItems(file_name, Qt.MatchFlag.MatchExactly)
        if matches:
            self.licence_files.setCurrentItem(matches[0])

    def form_status_text(self, number: str) -> str:
        """The Status cell shown for a form number (first edition), for tests and screenshots."""
        for row, f in enumerate(self.forms):
            if f.number == number:
                item = self.forms_table.item(row, 4)
                return item.text() if item is not None else ""
        raise KeyError(number)


def show_about(
    parent: QWidget | None = None, *, data_dir: Path | None = None, demo: bool = False
) -> AboutDialog:
    """Open the About dialog (window-modal to ``parent``, deleted when closed) and return it."""
    dlg = AboutDialog(parent, data_dir=data_dir, demo=demo)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
