"""Two more FICTIONAL clients for the forms tests (every name and number is invented)."""

from __future__ import annotations

from datetime import date

from casefile.models import Client
from casefile.profile import Profile


def family_client() -> Profile:
    """A married U-visa petitioner with five children (more than the I-589 main form holds)."""
    c = Client(
        id="formstest000000000000000000000002",
        family_name="Muestra Ríos",
        given_name="Beatriz",
        date_of_birth=date(1988, 7, 9),
        sex="F",
        marital_status="married",
        city_of_birth="San Pedro Sula",
        country_of_birth="Honduras",
        nationalities=["Honduras"],
        a_number="12345678",  # 8 digits: written with a leading zero
        phone="(718) 555-0199",
        email="b.example@example.org",
        passport_number="X0000001",
        passport_country="Honduras",
        passport_expiry=date(2029, 1, 31),
        immigration_status="Parolee",
        last_arrival_date=date(2019, 2, 3),
        last_arrival_place="Los Angeles, California",
    )
    p = Profile(client=c)
    p.add(
        "addresses",
        kind="physical",
        street="7 Sample Street",
        unit="Fl 2",
        city="Bronx",
        state="NY",
        postal_code="10451",
        country="United States",
        date_from=date(2020, 1, 1),
    )
    p.add(
        "family",
        relationship="spouse",
        family_name="Muestra",
        given_name="Carlos",
        date_of_birth=date(1985, 5, 5),
        sex="M",
        country_of_birth="Honduras",
        nationality="Honduras",
        in_us=True,
        include_as_derivative=True,
        a_number="0987654321",
    )
    for i, (name, sex, year) in enumerate(
        [
            ("Ana", "F", 2010),
            ("Luis", "M", 2012),
            ("Rosa", "F", 2014),
            ("Pablo", "M", 2016),
            ("Elena", "F", 2018),
        ]
    ):
        p.add(
            "family",
            relationship="child",
            family_name="Muestra Ríos",
            given_name=name,
            date_of_birth=date(year, 1 + i, 10),
            sex=sex,
            country_of_birth="Honduras",
            nationality="Honduras",
            marital_status="single",
            in_us=i < 3,
            location_city="Tegucigalpa" if i >= 3 else None,
            location_country="Honduras" if i >= 3 else None,
            include_as_derivative=i < 3,
        )
    return p


def unicode_client() -> Profile:
    """A T-visa applicant whose name is outside the forms' WinAnsi font; no A-number."""
    c = Client(
        id="formstest000000000000000000000003",
        family_name="Đặng",
        given_name="Thị Hương",
        date_of_birth=date(1999, 12, 24),
        sex="F",
        marital_status="single",
        country_of_birth="Vietnam",
        nationalities=["Vietnam"],
        phone="+1 646 555 0123",
    )
    p = Profile(client=c)
    p.add(
        "addresses",
        kind="safe_mailing",
        in_care_of="Example Shelter",
        street="1 Example Way",
        unit="Ste 200",
        city="Houston",
        state="TX",
        postal_code="77002",
        country="United States",
    )
    for alias in ("Hương D.", "Lily", "Lily Dang", "H. Dang"):
        p.add("aliases", name=alias, source="work")
    return p
