"""The bundled demo client. ENTIRELY FICTIONAL: every name, number, date and event here
was invented for testing and demonstration; any resemblance to a real person is chance.

Used by ``./run`` (offered on first start), the CLI (``--client demo``) and tests.
Interview answers for the eligibility facts come from ``casefile/data/demo_answers.yaml``
(written by the eligibility engineer: ``answers:`` a list of ``{fact, value, status}``; dates
stay ISO strings), so this module stays free of fact names it does not own.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from casefile.enums import AnswerStatus
from casefile.errors import DemoDataError
from casefile.profile import Profile
from casefile.yamlio import safe_load

DEMO_CLIENT_ID = "demo0000000000000000000000000001"
DEMO_ANSWERS = "demo_answers.yaml"


def demo_answers(path: Path | None = None) -> list[tuple[str, Any, AnswerStatus]]:
    """The demo interview answers as (fact, value, status); [] if the file is absent.
    ``path`` overrides the bundled ``casefile/data/demo_answers.yaml`` (tests)."""
    res: Traversable = (
        path if path is not None else resources.files("casefile").joinpath("data", DEMO_ANSWERS)
    )
    where = str(path) if path is not None else f"casefile/data/{DEMO_ANSWERS}"
    if not res.is_file():
        return []
    try:
        data = safe_load(res.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DemoDataError(where, f"it is not valid YAML ({exc})") from None
    items = data.get("answers") if isinstance(data, dict) else data
    if items is None:
        return []
    if not isinstance(items, list):
        raise DemoDataError(where, "'answers' must be a list of {fact, value, status}")
    out: list[tuple[str, Any, AnswerStatus]] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("fact"), str):
            raise DemoDataError(where, f"answers[{i}] needs a 'fact' name")
        unknown = sorted(set(item) - {"fact", "value", "status", "note"})
        if unknown:
            raise DemoDataError(where, f"answers[{i}] has an unknown key '{unknown[0]}'")
        fact = item["fact"]
        if fact in seen:
            raise DemoDataError(where, f"answers[{i}]: '{fact}' appears twice")
        seen.add(fact)
        try:
            status = AnswerStatus(item.get("status", AnswerStatus.ANSWERED.value))
        except ValueError:
            raise DemoDataError(
                where, f"answers[{i}] ('{fact}') has an unknown status '{item.get('status')}'"
            ) from None
        value = _plain(item.get("value"))
        out.append((fact, value, status))
    return out


def _plain(value: Any) -> Any:
    """YAML may turn 2021-05-14 into a date: keep dates as ISO strings, as answers store them."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


#: What the client's mother and brother share: born and still living in Quetzaltenango, in
#: danger there, and listed as derivatives to be processed at the consulate in Guatemala City.
_FAMILY_AT_HOME: dict[str, Any] = {
    "country_of_birth": "Guatemala",
    "city_of_birth": "Quetzaltenango",
    "province_of_birth": "Quetzaltenango",
    "nationality": "Guatemala",
    "location_city": "Quetzaltenango",
    "location_country": "Guatemala",
    "in_us": False,
    "in_danger_of_retaliation": True,
    "include_as_derivative": True,
    "ever_in_proceedings": False,
    "processing_office": "consulate",
    "processing_city": "Guatemala City",
    "processing_country": "Guatemala",
    "admissibility_answered": True,
}


def demo_profile(answers_file: Path | None = None, *, plain: bool = False) -> Profile:
    """The demo client. ``plain``: its rows are ``casefile.records`` rows, not table rows, for
    a command that only reads it (``assess``): no ORM is loaded; such a profile is never saved."""
    client_type: Any
    if plain:
        from casefile.records import row_class

        client_type = row_class("Client")
    else:
        from casefile.models import Client

        client_type = Client
    c = client_type(
        id=DEMO_CLIENT_ID,
        family_name="Ejemplo Vargas",
        given_name="Lucía",
        middle_name="Inés",
        pronouns="she/her",
        date_of_birth=date(2004, 3, 2),
        dob_precision="day",
        sex="F",
        marital_status="single",
        city_of_birth="Quetzaltenango",
        country_of_birth="Guatemala",
        nationalities=["Guatemala"],
        languages=["Spanish", "K'iche'"],
        primary_language="Spanish",
        literacy="some",
        interpreter_needed=True,
        a_number="099999001",
        phone="2125550147",
        safe_contact_method="Call the clinic caseworker first; do not text",
        current_state="NY",
        current_county="Queens",
        federal_circuit="2nd",
        immigration_status="No status (entered without inspection)",
        detained=False,
        in_removal_proceedings=False,
        prior_removal_order=False,
        last_arrival_date=date(2021, 5, 14),
        last_arrival_place="near Hidalgo, Texas",
        last_arrival_manner="without inspection",
    )
    p = Profile(client=c)
    p.add("aliases", name="Lucy Vargas", source="arrest")
    p.add(
        "addresses",
        kind="safe_mailing",
        in_care_of="Example Legal Clinic",
        street="100 Fictional Plaza",
        unit="Suite 5",
        city="New York",
        state="NY",
        postal_code="10007",
        country="United States",
    )
    p.add(
        "addresses",
        kind="physical",
        street="45-01 Imaginary Avenue",
        unit="Apt 3",
        city="Queens",
        state="NY",
        postal_code="11373",
        country="United States",
        date_from=date(2023, 2, 1),
    )
    p.add(
        "entries",
        direction="entry",
        event_date=date(2021, 5, 14),
        date_precision="day",
        place="near Hidalgo, Texas",
        manner="without inspection",
        after_trafficking=True,
        purpose="Brought by the recruiter with a promise of restaurant work",
    )
    p.add(
        "family",
        relationship="parent",
        family_name="Vargas Ejemplo",
        given_name="Marta",
        date_of_birth=date(1979, 8, 20),
        sex="F",
        danger_facts=(
            "The recruiter's cousin visited her home in 2023 and said the debt is still owed."
        ),
        passport_number="FICT0001",
        passport_country="Guatemala",
        passport_issued=date(2022, 3, 1),
        passport_expires=date(2032, 2, 28),
        phone="5025550100",
        **_FAMILY_AT_HOME,
    )
    p.add(
        "family",
        relationship="sibling",
        family_name="Ejemplo Vargas",
        given_name="Tomás",
        date_of_birth=date(2012, 11, 5),
        sex="M",
        marital_status="single",
        **_FAMILY_AT_HOME,
    )
    p.add(
        "episodes",
        kind="both",
        start_date=date(2021, 3, 1),
        start_precision="month",
        end_date=date(2022, 12, 18),
        end_precision="day",
        city="Queens",
        state="NY",
        country="United States",
        in_us=True,
        perpetrators="A man known as 'Don Chepe' (fictional) and his partner, who ran a bar",
        recruitment="Offered restaurant work in New York with good pay and a place to live",
        actions=["recruited", "transported", "harbored"],
        means=["fraud", "coercion", "debt", "document_confiscation", "threats"],
        means_details=(
            "Told the trip cost $12,000 and that the debt grew each week; took her birth "
            "certificate; said her mother would be hurt if she left."
        ),
        work_type="Kitchen work without pay, then forced to sell sex at the bar",
        performed_labor_or_sex_act=True,
        pay="No pay; all earnings taken for the 'debt'",
        could_leave=False,
        how_it_ended="Escaped after a police raid and went to a shelter",
        escape_date=date(2022, 12, 18),
        crime_types=["trafficking", "involuntary_servitude", "peonage"],
        harms="Beatings, sleep deprivation, ongoing nightmares and anxiety",
        reported_to_police=True,
    )
    p.add(
        "le_contacts",
        agency="Example County District Attorney, Human Trafficking Unit",
        agency_level="local",
        officer="ADA Jordan Sample",
        contact_date=date(2023, 1, 10),
        event="interview",
        request_made="Describe the bar operation and identify the recruiter from photos",
        client_response="complied",
    )
    p.add(
        "certifications",
        form="I-914B",
        agency="Example County District Attorney",
        certifier_name="Jordan Sample",
        certifier_title="Assistant District Attorney",
        requested_date=date(2023, 3, 1),
        status="requested",
    )
    p.add(
        "arrests",
        arrest_date=date(2022, 9, 3),
        state="NY",
        county="Queens",
        court="Queens County Criminal Court",
        docket="CR-000000-22QN",
        charge="Loitering for the purpose of engaging in a prostitution offense",
        offense="Loitering for the purpose of engaging in a prostitution offense",
        statute="PL 240.37",
        offense_category="prostitution",
        disposition="convicted",
        disposition_date=date(2022, 9, 4),
        sentence="Time served",
        name_used="Lucy Vargas",
        trafficking_related=True,
        nexus_narrative="Arrested while forced to solicit outside the bar by the traffickers",
        records_obtained=False,
    )
    p.add(
        "statements",
        recipient="police",
        statement_date=date(2022, 9, 3),
        language="English",
        interpreter=False,
        under_duress=True,
        summary="Gave the name 'Lucy' and said she worked alone, as the traffickers instructed",
        inconsistencies="Did not mention the traffickers; explained by fear and no interpreter",
    )
    p.add(
        "exhibits",
        description="Birth certificate, with certified translation",
        language="Spanish",
        translation_status="certified",
        reliefs=["t_visa", "u_visa", "asylum_psg"],
        elements=["T-E3a"],
    )
    for fact, value, status in demo_answers(answers_file):
        p.set_answer(fact, value, status)
    return p
