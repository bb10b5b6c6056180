"""The one review model: every piece of law in the data (rule, flag, state statute, clause,
form map, filing plan) says when it was last reviewed, by whom, and whether an attorney has
checked it (DOMAIN.md "App rule").

- ``verify_status``: ``ok`` (checked), ``VERIFY`` (not yet checked against current law) or
  ``stale`` (written so, or computed: an ``ok`` entry not reviewed for ``STALE_AFTER_DAYS``).
- ``Reviewed``: the fields, for the pydantic schemas of eligibility, forms, clauses and packets.
- ``effective_status``: the status an entry has today (the stale rule).

Imported by eligibility, forms, clauses and packets; imports nothing of theirs.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from casefile.schema import Strict  # re-exported: the schemas import it from here

__all__ = ["STALE_AFTER_DAYS", "Reviewed", "Strict", "VerifyStatus", "effective_status", "is_stale"]

VerifyStatus = Literal["ok", "VERIFY", "stale"]

#: An ``ok`` entry not reviewed for longer than this reads as ``stale`` (DOMAIN.md "App rule").
STALE_AFTER_DAYS = 180


def is_stale(
    last_reviewed: dt.date, today: dt.date, stale_after_days: int = STALE_AFTER_DAYS
) -> bool:
    return (today - last_reviewed).days > stale_after_days


def effective_status(
    verify_status: VerifyStatus,
    last_reviewed: dt.date,
    today: dt.date,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> VerifyStatus:
    """``VERIFY`` and ``stale`` stay as written; ``ok`` turns ``stale`` when the review is
    older than ``stale_after_days``."""
    if verify_status != "ok":
        return verify_status
    return "stale" if is_stale(last_reviewed, today, stale_after_days) else "ok"


class Reviewed(Strict):
    last_reviewed: dt.date
    reviewed_by: str = Field(min_length=1)
    verify_status: VerifyStatus

    def status_on(self, today: dt.date, stale_after_days: int = STALE_AFTER_DAYS) -> VerifyStatus:
        """The status today (see ``effective_status``)."""
        return effective_status(self.verify_status, self.last_reviewed, today, stale_after_days)
