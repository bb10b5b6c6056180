"""Dated deadlines across reliefs and clients: one list, sorted by date, with an urgency the
screens colour by. The CLI ``deadlines`` command and the desktop deadlines view both read it.

Urgency is a screen aid, not law: ``passed`` (the date is gone), ``urgent`` (within
``URGENT_DAYS``), ``alert`` (inside the rule's own ``alert_days_before`` window) and ``later``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from casefile.profile import Profile
from eligibility.assess import DeadlineItem, assess_all
from facts import FactView

Urgency = Literal["passed", "urgent", "alert", "later"]

#: days left at which a deadline counts as urgent whatever its rule's alert window says
URGENT_DAYS = 14


@dataclass(frozen=True)
class ClientDeadline:
    client_id: str
    client_name: str
    relief: str
    item: DeadlineItem

    @property
    def urgency(self) -> Urgency:
        return urgency(self.item)


def urgency(item: DeadlineItem) -> Urgency:
    if item.passed:
        return "passed"
    if item.days_left <= URGENT_DAYS:
        return "urgent"
    today = item.due - dt.timedelta(days=item.days_left)
    if item.alert_from is not None and today >= item.alert_from:
        return "alert"
    return "later"


def _sort_key(c: ClientDeadline) -> tuple[dt.date, str, str]:
    return (c.item.due, c.client_name, c.item.id)


def profile_deadlines(
    profile: Profile, today: dt.date | None = None, days: int | None = None
) -> list[ClientDeadline]:
    """One client's dated deadlines from every assessment, one entry per (deadline, date) even
    when several reliefs report it (a hearing date), sorted by date. With ``days``, only those
    due within that many days, plus any already passed."""
    view = FactView(profile, today=today)
    seen: set[tuple[str, dt.date, str]] = set()
    out: list[ClientDeadline] = []
    for relief, a in assess_all(view).items():
        for d in a.deadlines:
            key = (d.id, d.due, d.title)
            if key in seen or (days is not None and d.days_left > days):
                continue
            seen.add(key)
            out.append(ClientDeadline(profile.client.id, profile.display_name, relief, d))
    out.sort(key=_sort_key)
    return out


def all_deadlines(
    profiles: Iterable[Profile], today: dt.date | None = None, days: int | None = None
) -> list[ClientDeadline]:
    """Every client's deadlines in one list sorted by date (then client name)."""
    rows: list[ClientDeadline] = []
    for profile in profiles:
        rows.extend(profile_deadlines(profile, today, days))
    rows.sort(key=_sort_key)
    return rows
