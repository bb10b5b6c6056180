"""Interface language: loads ``locale/reliefdesk_<lang>.qm`` (compiled by ``pyside6-lrelease``
from the ``.ts`` source) and switches at runtime. Installing or removing a translator makes Qt
send ``LanguageChange`` to every widget; our widgets re-set their texts in ``retranslate()``.

If the ``.qm`` is missing (a source checkout where lrelease was not run), the ``.ts`` XML is
read directly by ``TsTranslator``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:
    _WidgetBase = object

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


class TsTranslator(QTranslator):
    """Reads finished messages straight from a Qt Linguist ``.ts`` file."""

    def __init__(self, ts_path: Path) -> None:
        import xml.etree.ElementTree as ET

        super().__init__()
        self.messages: dict[tuple[str, str], str] = {}
        root = ET.parse(ts_path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                tr = msg.find("translation")
                if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete"):
                    continue
                if tr.text:
                    self.messages[(name, src)] = tr.text

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.messages.get((context, source_text), "")

    def isEmpty(self) -> bool:
        return not self.messages


class Retranslating(_WidgetBase):
    """Mixin for a widget whose texts are set in ``retranslate()``: it runs again whenever the
    language changes. List it before the Qt class (``class View(Retranslating, QWidget)``)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Translations:
    """Owns the installed translator; ``set_language('es')`` or ``('en')``."""

    def __init__(self) -> None:
        self.translator: QTranslator | None = None
        #: Qt's own texts (standard buttons: OK, Cancel, Show Details…) in the same language
        self.qt_translator: QTranslator | None = None
        self.language = "en"
        self.source = ""

    def set_language(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            return False
        for old in (self.translator, self.qt_translator):
            if old is not None:
                QCoreApplication.removeTranslator(old)
        self.translator = self.qt_translator = None
        self.language = "en"
        self.source = ""
        if lang == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        tr = QTranslator()
        qm = LOCALE_DIR / f"reliefdesk_{lang}.qm"
        ts = LOCALE_DIR / f"reliefdesk_{lang}.ts"
        if qm.exists() and tr.load(str(qm)):
            self.source = str(qm)
        elif ts.exists():
            tr = TsTranslator(ts)
            self.source = str(ts)
        else:
            return False
        QCoreApplication.installTranslator(tr)
        self.translator = tr
        self.qt_translator = _qt_translator(lang)
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        return True


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's translation of its standard dialog buttons, installed if this Qt ships it (a build
    without it keeps Qt's English buttons; everything else is still translated)."""
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(f"qtbase_{lang}", folder):
        return None
    QCoreApplication.installTranslator(qt)
    return qt


TRANSLATIONS = Translations()
