"""The app's look: the platform's style, with flat scroll bars.

Why (issue 18, screen to screen < 16 ms): the Fusion style fills each scroll bar's groove and
handle with a gradient, and Qt splits any gradient fill taller than ~100 pixel rows over a
thread pool. A screen-high scroll bar cost 2-4 ms to paint, mostly in handing the rows to the
pool and waiting for it (more on a busy two-core laptop); a flat one, drawn from a style sheet,
costs 0.04 ms. The profile and assessment screens each show one or more, so a switch to them
was 3 ms slower. The scroll bar keeps its behaviour (drag, page on click, wheel); it loses the
arrow buttons, as scroll bars on current desktops have.

The style sheet goes on each scroll bar as it is polished (``ReliefDeskStyle.polish``), not on
the application: an application style sheet routes every widget's painting through Qt's
style-sheet style, which cost more than it saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QProxyStyle, QScrollBar

SCROLLBAR_STYLE = (
    "QScrollBar:vertical { background: palette(window); width: 14px; margin: 0; border: none; }"
    " QScrollBar::handle:vertical { background: palette(mid); min-height: 32px;"
    " margin: 2px 3px; border-radius: 4px; }"
    " QScrollBar:horizontal { background: palette(window); height: 14px; margin: 0;"
    " border: none; }"
    " QScrollBar::handle:horizontal { background: palette(mid); min-width: 32px;"
    " margin: 3px 2px; border-radius: 4px; }"
    " QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }"
    " QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none;"
    " background: none; }"
    " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
)


class ReliefDeskStyle(QProxyStyle):
    """The application's own style (Fusion, or what the platform gives) with flat scroll bars.
    Only ``polish`` is Python: it runs once per widget as it is first shown, never while
    painting, so it takes the GIL at no time a screen is drawn."""

    def polish(self, target: Any) -> Any:  # Qt has three overloads: widget, app, palette
        result = super().polish(target)
        if isinstance(target, QScrollBar) and target.styleSheet() != SCROLLBAR_STYLE:
            target.setStyleSheet(SCROLLBAR_STYLE)  # polishes it again, through this check
        return result


def install_style() -> None:
    """Make ``ReliefDeskStyle`` the application's style, once (each main window asks)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), ReliefDeskStyle):
        app.setStyle(ReliefDeskStyle())
