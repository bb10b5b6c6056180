"""The shared widgets the screens are built from: a wrapped label that remembers its height
per width, and a text field with a frame Qt draws from a style sheet (issue 18's speed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel

from desktop.widgets import FIELD_STYLE, INVALID_FIELD_STYLE, FieldEdit, WrappedLabel

LONG = "Would you feel more comfortable talking with a woman or a man, or does it not matter? " * 3


def _plain(text: str, font: QFont | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if font is not None:
        label.setFont(font)
    return label


def test_wrapped_label_answers_as_a_plain_wrapped_label(qtbot: Any) -> None:
    ours = WrappedLabel(LONG)
    qtbot.addWidget(ours)
    plain = _plain(LONG)
    qtbot.addWidget(plain)
    assert ours.wordWrap()
    for width in (120, 300, 640, 300, 120):  # asked again: the remembered answer
        assert ours.heightForWidth(width) == plain.heightForWidth(width)
    assert ours.heightForWidth(120) > ours.heightForWidth(640)  # narrower wraps to more lines


def test_wrapped_label_forgets_on_new_text_and_new_font(qtbot: Any) -> None:
    label = WrappedLabel("Short.")
    qtbot.addWidget(label)
    short = label.heightForWidth(200)
    label.setText(LONG)
    assert label.heightForWidth(200) > short  # not the short text's remembered height
    before = label.heightForWidth(200)
    big = QFont(label.font())
    big.setPointSize(label.font().pointSize() * 2)
    label.setFont(big)
    assert label.heightForWidth(200) > before
    assert label.heightForWidth(200) == _plain(LONG, big).heightForWidth(200)
    label.setStyleSheet("font-size: 6pt;")  # a style sheet changes the font too
    small = _plain(LONG)
    small.setStyleSheet("font-size: 6pt;")
    qtbot.addWidget(small)
    label.ensurePolished()
    small.ensurePolished()
    assert label.heightForWidth(200) == small.heightForWidth(200)


def test_field_edit_frame_comes_from_its_style_sheet(qtbot: Any) -> None:
    field = FieldEdit("Ana")
    qtbot.addWidget(field)
    assert field.text() == "Ana" and field.styleSheet() == FIELD_STYLE
    field.resize(200, field.sizeHint().height())
    field.show()

    def left_edge() -> str:
        image = field.grab().toImage()
        return image.pixelColor(0, image.height() // 2).name()

    assert left_edge() == field.palette().color(QPalette.ColorRole.Mid).name()  # a plain line
    field.set_invalid(True)
    assert field.styleSheet() == INVALID_FIELD_STYLE
    assert left_edge() == "#c62828"
    field.set_invalid(False)
    assert field.styleSheet() == FIELD_STYLE
    assert left_edge() == field.palette().color(QPalette.ColorRole.Mid).name()


def test_scroll_bars_are_flat_wherever_they_are_made(qtbot: Any) -> None:
    """The app's style gives every scroll bar, made by any scroll area at any time, its flat
    style sheet when Qt polishes it (desktop.style); the rest of the style is the platform's."""
    from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit

    from desktop.style import SCROLLBAR_STYLE, ReliefDeskStyle, install_style

    install_style()
    install_style()  # asked by each main window: installed once
    app = QApplication.instance()
    assert isinstance(app, QApplication) and isinstance(app.style(), ReliefDeskStyle)
    listing = QListWidget()
    listing.addItems([f"Exhibit {n}" for n in range(200)])
    notes = QPlainTextEdit("line\n" * 300)
    for widget in (listing, notes):
        qtbot.addWidget(widget)
        widget.resize(300, 200)
        widget.show()
        qtbot.waitExposed(widget)
        bar = widget.verticalScrollBar()
        assert bar.isVisible() and bar.styleSheet() == SCROLLBAR_STYLE
        assert bar.maximum() > 0  # still scrolls
    assert listing.styleSheet() == ""  # nothing else is restyled
