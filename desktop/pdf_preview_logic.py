"""What the packet preview's controls do, without widgets: the zoom steps, the page a scroll
position shows, and page numbers kept in range."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

#: zoom steps in percent; 100 % draws a page PREVIEW_WIDTH pixels wide
ZOOMS: tuple[int, ...] = (50, 75, 100, 125, 150, 200)
DEFAULT_ZOOM = 100
PREVIEW_WIDTH = 440
THUMB_WIDTH = 84


def page_width(zoom: int) -> int:
    return max(1, PREVIEW_WIDTH * zoom // 100)


def zoom_in(zoom: int) -> int:
    """The next larger step (the largest stays)."""
    return next((z for z in ZOOMS if z > zoom), ZOOMS[-1])


def zoom_out(zoom: int) -> int:
    """The next smaller step (the smallest stays)."""
    return next((z for z in reversed(ZOOMS) if z < zoom), ZOOMS[0])


def clamp_page(page: int, count: int) -> int:
    """A page index in ``0..count-1`` (0 for an empty document)."""
    return 0 if count <= 0 else min(max(page, 0), count - 1)


def page_at(tops: Sequence[int], y: int) -> int:
    """The page shown at scroll offset ``y``, given the (sorted) top of each page: the last
    page that starts at or above a point a little below the viewport's top edge."""
    if not tops:
        return 0
    return max(0, bisect.bisect_right(tops, y + 24) - 1)
