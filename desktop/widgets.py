"""The widgets the screens all make the same way, and their builders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

#: How many (width, text) heights a wrapped label remembers: layouts ask for a handful of widths
#: (the current one, the splitter's and the scroll area's trials), texts change rarely.
_HEIGHTS_KEPT = 32


class WrappedLabel(QLabel):
    """A label whose text wraps at the window's width, never cut.

    Why a class (issue 18, screen to screen < 16 ms): Qt's QLabel lays its text out again on
    every ``heightForWidth``, and showing a tab makes every layout above it ask all its wrapped
    labels again, several widths each (a QSplitter recalculates on each show; a stacked layout
    asks every page, hidden or not). On the interview screen that was 8 ms of a 25 ms switch.
    The answer depends only on the width, the text, the margins and the font or style, so it is
    remembered per width and text and forgotten when the font or style changes.

    Each question is still a Python call, which waits for the GIL while a worker holds it, so
    a screen also keeps its wrapped labels out of layouts that ask over and over: the
    interview's card sits in a scroll area, which does not pass the splitter's questions on
    (~300 calls a switch before, 3 after)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[tuple[int, str, int, int], int] = {}

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text(), self.margin(), self.indent())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # a new font or style sheet lays the same text out anew
        super().changeEvent(event)


#: FieldEdit's look: the style's own colours, straight lines (see FieldEdit for why).
FIELD_STYLE = (
    "QLineEdit { border: 1px solid palette(mid); padding: 2px 3px; background: palette(base); }"
    " QLineEdit:disabled { background: palette(window); }"
    " QLineEdit:focus { border: 2px solid palette(highlight); padding: 1px 2px; }"
)
#: ... and a field whose value was refused: a red frame, focused or not.
INVALID_FIELD_STYLE = FIELD_STYLE + (
    " QLineEdit, QLineEdit:focus { border: 2px solid #c62828; padding: 1px 2px; }"
)


class FieldEdit(QLineEdit):
    """A one-line text field with a plain one-pixel frame (two pixels, in the highlight colour,
    while it has the keyboard focus).

    Why not the style's own frame (issue 18, screen to screen < 16 ms): the Fusion style strokes
    each line edit's rounded frame with antialiasing, about 0.25 ms per field in software; the
    profile screen shows some 60 fields, so its frames alone took most of a frame at 60 Hz. A
    style sheet's straight frame costs a fifth of that, reads the same, and is drawn by Qt
    alone: a Python ``paintEvent`` would have to take the GIL for every field, and wait for
    it while a background operation runs."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setStyleSheet(FIELD_STYLE)

    def set_invalid(self, invalid: bool) -> None:
        """Frame the field in red (its value was refused), or back to the usual frame. Only a
        change restyles it: a new style sheet re-polishes the widget."""
        style = INVALID_FIELD_STYLE if invalid else FIELD_STYLE
        if self.styleSheet() != style:
            self.setStyleSheet(style)


def push_button(clicked: Callable[[], object], name: str = "", text: str = "") -> QPushButton:
    """A push button that calls ``clicked``. ``name`` is its object name (what tests and style
    sheets find it by); its text is ``text`` or, most often, set in the screen's
    ``retranslate()``."""
    widget = QPushButton(text)
    if name:
        widget.setObjectName(name)
    widget.clicked.connect(clicked)
    return widget


def wrapped_label(name: str = "", style: str = "") -> WrappedLabel:
    """A label whose text wraps at the window's width, never cut; ``name`` is its object name,
    ``style`` its style sheet (a colour, a weight...); its text is set later."""
    widget = WrappedLabel()
    if name:
        widget.setObjectName(name)
    if style:
        widget.setStyleSheet(style)
    return widget
