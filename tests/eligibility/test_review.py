"""One review model (``eligibility.review``): the fields and the stale rule that eligibility,
forms, clauses and packets share."""

from __future__ import annotations

import datetime as dt

import pytest

from eligibility import review
from eligibility.review import STALE_AFTER_DAYS, Reviewed, effective_status

REVIEWED = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("written", "days", "expected"),
    [
        ("ok", STALE_AFTER_DAYS, "ok"),
        ("ok", STALE_AFTER_DAYS + 1, "stale"),
        ("VERIFY", 0, "VERIFY"),
        ("VERIFY", STALE_AFTER_DAYS + 1, "VERIFY"),  # never checked says more than stale
        ("stale", 0, "stale"),
    ],
)
def test_the_stale_rule(written: review.VerifyStatus, days: int, expected: str) -> None:
    today = REVIEWED + dt.timedelta(days=days)
    assert effective_status(written, REVIEWED, today) == expected
    entry = Reviewed(last_reviewed=REVIEWED, reviewed_by="fixture", verify_status=written)
    assert entry.status_on(today) == expected


def test_every_package_uses_the_one_model() -> None:
    from clauses.schema import Clause, VacaturState
    from eligibility.schema import Provenance, StateRule
    from forms import maps, registry
    from packets.plan import PlanData

    for model in (Clause, VacaturState, Provenance, StateRule, PlanData):
        assert issubclass(model, Reviewed), model
        assert model.status_on is Reviewed.status_on
    assert maps.VerifyStatus is registry.VerifyStatus is review.VerifyStatus
    assert issubclass(maps.FieldMap, review.Strict) and issubclass(registry.FormInfo, review.Strict)


def test_a_review_needs_a_reviewer() -> None:
    with pytest.raises(ValueError, match="reviewed_by"):
        Reviewed(last_reviewed=REVIEWED, reviewed_by="", verify_status="ok")
