"""The enums of a profile's columns, importable without the ORM (issue 20: ``assess --client
demo`` reads a profile without loading SQLAlchemy). ``casefile.models`` re-exports them."""

from __future__ import annotations

from enum import StrEnum


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class AnswerStatus(StrEnum):
    """Why a fact has (or lacks) a value. Only ANSWERED carries a value."""

    ANSWERED = "answered"
    SKIPPED = "skipped"
    ASK_LATER = "ask_later"
    DECLINED = "declined"  # client prefers not to say
