"""Builders for the widgets the screens all make the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton


def push_button(clicked: Callable[[], object], name: str = "", text: str = "") -> QPushButton:
    """A push button that calls ``clicked``. ``name`` is its object name (what tests and style
    sheets find it by); its text is ``text`` or, most often, set in the screen's
    ``retranslate()``."""
    widget = QPushButton(text)
    if name:
        widget.setObjectName(name)
    widget.clicked.connect(clicked)
    return widget


def wrapped_label(name: str = "", style: str = "") -> QLabel:
    """A label whose text wraps at the window's width, never cut; ``name`` is its object name,
    ``style`` its style sheet (a colour, a weight...); its text is set later."""
    widget = QLabel()
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(True)
    if style:
        widget.setStyleSheet(style)
    return widget
