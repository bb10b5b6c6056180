"""The deadlines view's data, without widgets: every client's dated deadlines from the
screening rules (``eligibility.deadlines``), as rows the table shows, sorted by date.

Loading and assessing every client is long work on a big store: ``collect`` reports progress
and honours cancellation, and the view runs it off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from eligibility.deadlines import ClientDeadline, Urgency, all_deadlines
from eligibility.registry import label

#: the "within" choices the view offers, in days (None: every dated deadline)
WINDOWS: tuple[int | None, ...] = (30, 90, 365, None)
DEFAULT_WINDOW = 90

#: row colours by urgency (background, text): red, amber, pale yellow, none
COLOURS: dict[Urgency, tuple[str, str] | None] = {
    "passed": ("#ffcdd2", "#000000"),
    "urgent": ("#ffe0b2", "#000000"),
    "alert": ("#fff9c4", "#000000"),
    "later": None,
}


class Cancel(Protocol):
    def raise_if_cancelled(self) -> None: ...


@dataclass(frozen=True)
class DeadlineRow:
    client_id: str
    client_name: str
    due: dt.date
    days_left: int
    urgency: Urgency
    title: str
    relief: str  # the relief's label in the screen's language
    authority: str
    verify: bool  # the rule behind it is not confirmed (VERIFY)


def to_row(d: ClientDeadline, language: str = "en") -> DeadlineRow:
    return DeadlineRow(
        client_id=d.client_id,
        client_name=d.client_name,
        due=d.item.due,
        days_left=d.item.days_left,
        urgency=d.urgency,
        title=d.item.title,
        relief=label(d.relief, language),
        authority="; ".join(d.item.authority),
        verify=d.item.verify_status != "ok",
    )


def collect(
    store: Any,
    *,
    today: dt.date | None = None,
    days: int | None = DEFAULT_WINDOW,
    language: str = "en",
    include_archived: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel | None = None,
) -> list[DeadlineRow]:
    """Rows for every (non-archived) client's deadlines due within ``days`` (and every passed
    one), sorted by date; ``store`` is a CaseStore or the demo store."""
    summaries = store.list_clients("", include_archived=include_archived)
    total = len(summaries)

    def profiles() -> Any:
        for done, s in enumerate(summaries):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(done, total)
            yield store.load(s.id)

    rows = [to_row(d, language) for d in all_deadlines(profiles(), today, days)]
    if progress is not None:
        progress(total, total)
    return rows


@dataclass(frozen=True)
class DayWords:
    """How the screen says a distance in days (the view supplies them translated)."""

    today: str = "today"
    tomorrow: str = "tomorrow"
    yesterday: str = "yesterday"
    ahead: str = "in {n} days"
    ago: str = "{n} days ago"


def days_text(row: DeadlineRow, words: DayWords = DayWords()) -> str:
    """ "in 12 days", "today", "3 days ago"."""
    n = row.days_left
    if n == 0:
        return words.today
    if n == 1:
        return words.tomorrow
    if n == -1:
        return words.yesterday
    return (words.ahead if n > 0 else words.ago).format(n=abs(n))
