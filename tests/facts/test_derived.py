"""Derived facts with an injected today: ages, deadlines, Feb 29, UNKNOWN propagation."""

from __future__ import annotations

import datetime as dt

from casefile.models import Client
from casefile.profile import Profile
from facts import UNKNOWN, FactView, load_catalogue
from facts.derived import DERIVED, add_months, add_years, inputs_of

TODAY = dt.date(2026, 11, 29)


def profile(**client: object) -> Profile:
    return Profile(client=Client(**client))


def test_leap_day_birthday_and_deadline_arithmetic() -> None:
    p = profile(date_of_birth=dt.date(2008, 2, 29))
    assert FactView(p, today=dt.date(2026, 2, 28)).get("client.age") == 17
    assert FactView(p, today=dt.date(2026, 3, 1)).get("client.age") == 18
    assert FactView(p, today=dt.date(2028, 2, 29)).get("client.age") == 20
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)  # earlier, safer day
    assert add_years(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 7, 15), 6) == dt.date(2027, 1, 15)


def test_asylum_one_year_deadline_from_last_arrival() -> None:
    p = profile(last_arrival_date=dt.date(2020, 2, 29))
    v = FactView(p, today=dt.date(2021, 2, 1))
    # 29 Feb + 1 year = 28 Feb 2021, a Sunday: the deadline moves to Monday 1 March (issue 14)
    assert v.get("asylum.one_year_deadline") == dt.date(2021, 3, 1)
    assert v.get("asylum.one_year_days_left") == 28
    assert v.get("asylum.one_year_deadline_passed") is False
    on_monday = FactView(p, today=dt.date(2021, 3, 1))
    assert on_monday.get("asylum.one_year_deadline_passed") is False
    later = FactView(p, today=dt.date(2021, 3, 2))
    assert later.get("asylum.one_year_days_left") == -1
    assert later.get("asylum.one_year_deadline_passed") is True
    # a filing received before the deadline stays timely however late "today" is
    p.set_answer("asylum.filed_date", "2021-02-20")
    assert FactView(p, today=TODAY).get("asylum.one_year_deadline_passed") is False
    fact = load_catalogue()["asylum.one_year_deadline"]
    assert fact.cite == "INA 208(a)(2)(B); 8 CFR 208.4(a)(2)(ii); 8 CFR 1.2 (day)"
    assert "VERIFY" in fact.description and DERIVED[fact.name].verify


def test_latest_arrival_uses_the_most_recent_entry() -> None:
    p = profile(last_arrival_date=dt.date(2019, 1, 1))
    p.add("entries", direction="entry", event_date=dt.date(2022, 6, 1))
    p.add("entries", direction="exit", event_date=dt.date(2023, 6, 1))
    v = FactView(p, today=TODAY)
    assert v.get("client.latest_arrival_date") == dt.date(2022, 6, 1)
    assert v.get("asylum.one_year_deadline") == dt.date(2023, 6, 1)
    assert v.get("client.years_since_last_arrival") == 4


def test_unknown_inputs_propagate_unknown() -> None:
    p = profile()
    p.add("episodes", start_date=dt.date(2021, 3, 1))
    p.add("family", relationship="parent")
    p.add("certifications", form="I-918B", status="requested")
    v = FactView(p, today=TODAY)
    for name in (
        "client.age",
        "client.under_21",
        "client.minor_during_any_episode",
        "asylum.one_year_deadline",
        "asylum.one_year_days_left",
        "asylum.one_year_deadline_passed",
        "client.age_at_last_arrival",
        "immigration.years_in_t_u_status",
        "immigration.adjustment_earliest_date",
    ):
        assert v.get(name) is UNKNOWN, name
    assert v.get("episodes[].minor_during") == [UNKNOWN]
    assert v.get("family[].under_18") == [UNKNOWN]
    assert v.get("certifications[].fresh_for_u") == [UNKNOWN]
    assert FactView(profile(), today=TODAY).get("client.minor_during_any_episode") is UNKNOWN


def test_minor_during_episodes() -> None:
    p = profile(date_of_birth=dt.date(2004, 3, 2))
    p.add("episodes", start_date=dt.date(2023, 1, 1))  # 18
    p.add("episodes", end_date=dt.date(2021, 1, 1))  # start unknown, still 16 at the end
    v = FactView(p, today=TODAY)
    assert v.get("episodes[].minor_during") == [False, True]
    assert v.get("client.minor_during_any_episode") is True
    q = profile(date_of_birth=dt.date(2004, 3, 2))
    q.add("episodes", start_date=dt.date(2023, 1, 1))
    q.add("episodes", end_date=dt.date(2024, 1, 1))  # start unknown, adult at the end
    assert FactView(q, today=TODAY).get("client.minor_during_any_episode") is UNKNOWN


def test_supp_b_freshness_and_status_years() -> None:
    p = profile()
    p.add("certifications", form="I-918B", signed_date=dt.date(2026, 6, 1), status="signed")
    v = FactView(p, today=TODAY)
    assert v.get("certifications[].expires") == [dt.date(2026, 12, 1)]
    assert v.get("certifications[].age_days") == [181]
    assert v.get("certifications[].fresh_for_u") == [True]
    p.set_answer("u_visa.planned_filing_date", "2026-12-02")
    assert FactView(p, today=TODAY).get("certifications[].fresh_for_u") == [False]
    p.set_answer("immigration.t_u_approval_date", "2023-11-30")
    v2 = FactView(p, today=TODAY)
    assert v2.get("immigration.years_in_t_u_status") == 2
    assert v2.get("immigration.adjustment_earliest_date") == dt.date(2026, 11, 30)


def test_family_ages(demo) -> None:
    v = FactView(demo, today=TODAY)
    assert v.get("family[].age") == [47, 14]
    assert v.get("family[].under_18") == [False, True]
    assert v.get("client.under_21") is False
    assert FactView(demo, today=dt.date(2025, 3, 1)).get("client.under_21") is True


def test_derived_legal_facts_carry_cites_and_inputs_exist() -> None:
    cat = load_catalogue()
    legal = [
        "episodes[].minor_during",
        "client.minor_during_any_episode",
        "asylum.one_year_deadline",
        "asylum.one_year_days_left",
        "asylum.one_year_deadline_passed",
        "certifications[].expires",
        "certifications[].fresh_for_u",
        "immigration.years_in_t_u_status",
        "immigration.adjustment_earliest_date",
        "cp_requests[].days_to_expiry",
    ]
    for name in legal:
        assert cat[name].cite, name
    for name, d in DERIVED.items():
        for i in d.inputs:
            assert i in cat, (name, i)
        assert inputs_of(name) == d.inputs


def test_interview_fact_files_declare_typed_facts() -> None:
    cat = load_catalogue()
    answers = [f for f in cat if f.storage == "answer"]
    assert len(answers) >= 75
    assert cat["trafficking.means.fraud"].type == "bool"
    assert cat["asylum.psg_candidate"].allowed
    assert cat["asylum.feared_harms"].type == "multi_choice"


def test_answer_dates_come_back_as_dates() -> None:
    p = profile()
    p.set_answer("asylum.filed_date", "2024-07-01")
    assert FactView(p, today=TODAY).get("asylum.filed_date") == dt.date(2024, 7, 1)
    p.set_answer("asylum.filed_date", "not a date")
    assert FactView(p, today=TODAY).get("asylum.filed_date") is UNKNOWN


def test_continuous_presence_since_status() -> None:
    def broken(*trips: tuple[str, str]) -> object:
        p = profile()
        p.set_answer("immigration.t_u_approval_date", "2023-01-01")
        p.add("entries", direction="exit", event_date=dt.date(2022, 6, 1))  # before status
        p.add("entries", direction="entry", event_date=dt.date(2022, 12, 1))
        for out, back in trips:
            p.add("entries", direction="exit", event_date=dt.date.fromisoformat(out))
            if back:
                p.add("entries", direction="entry", event_date=dt.date.fromisoformat(back))
        return FactView(p, today=TODAY).get("immigration.continuous_presence_broken")

    assert broken() is False
    assert broken(("2024-01-01", "2024-03-01")) is False  # 60 days
    assert broken(("2024-01-01", "2024-04-15")) is True  # 105 days in one trip
    assert broken(("2024-01-01", "2024-03-25"), ("2025-01-01", "2025-03-25")) is False  # 166
    assert broken(*[(f"{y}-01-01", f"{y}-03-01") for y in (2023, 2024, 2025, 2026)]) is True
    assert broken(("2026-11-01", "")) is UNKNOWN  # abroad 28 days, return not recorded
    assert broken(("2026-06-01", "")) is True  # abroad 181 days already
    assert FactView(profile(), today=TODAY).get("immigration.continuous_presence_broken") is UNKNOWN
