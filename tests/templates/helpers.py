"""Fictional clients for the template tests (derived from the demo; every detail invented)."""

from __future__ import annotations

import datetime as dt

from casefile.demo import demo_profile
from casefile.profile import Profile
from templates import Counsel

TODAY = dt.date(2026, 11, 29)
#: The fictional counsel every template test signs with.
COUNSEL = Counsel(
    name="Alex Abogada (fictional)",
    firm="Example Legal Clinic",
    address="100 Fictional Plaza, Suite 5, New York, NY 10007",
    phone="212-555-0100",
    email="clinic@example.org",
)


def california_client() -> Profile:
    """A fictional survivor with a conviction in Los Angeles County, California."""
    p = demo_profile()
    c = p.client
    c.given_name, c.middle_name, c.family_name = "Ana", None, "Muestra Ficticia"
    c.primary_language = "English"
    c.interpreter_needed = False
    c.current_state = "CA"
    a = p.rows("arrests")[0]
    a.state, a.county, a.court = "CA", "Los Angeles", "Superior Court"
    a.docket, a.name_used = "LA-0000-FICT", "Annie M."
    a.statute, a.offense = "PC 647(b)", "Disorderly conduct (fictional example)"
    return p


def illinois_client() -> Profile:
    """A fictional survivor with a conviction in Cook County, Illinois."""
    p = demo_profile()
    c = p.client
    c.given_name, c.middle_name, c.family_name = "Rosa", None, "Inventada Paz"
    a = p.rows("arrests")[0]
    a.state, a.county, a.court = "IL", "Cook", "Circuit Court"
    a.docket, a.name_used = "IL-22-FICT-01", "Rosa Paz"
    return p


def florida_client() -> Profile:
    """A fictional survivor with a misdemeanor conviction in Miami-Dade County, Florida, who
    reads English; the demo's other (New York) arrest stays out of the Florida petition."""
    p = demo_profile()
    c = p.client
    c.given_name, c.middle_name, c.family_name = "Lucía", None, "Prueba Inventada"
    c.primary_language = "English"
    c.interpreter_needed = False
    a = p.rows("arrests")[0]
    a.state, a.county, a.court = "FL", "Miami-Dade", "County Court"
    a.docket, a.name_used = "FL-2022-MM-000000", "Lucy P."
    a.statute, a.offense = "s. 796.07, Fla. Stat.", "Prostitution (fictional example)"
    return p
