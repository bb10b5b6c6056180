"""Fact patterns for the declaration and lint tests: fictional clients, every detail invented.

``PATTERNS`` maps a name to a builder; each returns a fresh Profile. The narrative blocks are
written in the first person as an attorney would type them after an interview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from casefile.demo import demo_profile
from casefile.profile import Profile
from clauses import load_library
from tests.templates.helpers import california_client, florida_client, illinois_client

DECLARATIONS = ("t_declaration", "u_declaration", "asylum_declaration")


def topics(document_id: str) -> list[str]:
    """The declaration topics told in the client's words (clauses with a narrative prompt)."""
    return [c.id for c in load_library().for_document(document_id) if c.narrative is not None]


def _account(n: int) -> str:
    """A first-person block (fictional), numbered so each topic's text is its own."""
    return (
        "I remember this part well. When I think about it I still feel afraid, and I have told "
        f"my lawyer everything I remember about it.\n\nThis is part {n} of my account, in my "
        'own words. The man said: "You will never leave."'
    )


def with_full_account() -> Profile:
    """The demo client with a narrative block for every topic of every declaration; the
    recruitment topic has two blocks told out of order (episode 2 typed first)."""
    p = demo_profile()
    all_topics = [t for doc in DECLARATIONS for t in topics(doc)]
    for n, topic in enumerate(all_topics, start=1):
        if topic:
            p.add(
                "narratives",
                topic=topic,
                episode=1,
                text=_account(n),
                language="Spanish",
                interpreter="Example interpreter (fictional)",
                read_back=True,
            )
    p.add(
        "narratives",
        topic="t.victim.recruitment",
        episode=2,
        text="Later they moved me to a second bar in another town.",
        language="Spanish",
    )
    p.add(
        "narratives",
        topic="t.victim.recruitment",
        episode=1,
        text="A woman from my town told me about a restaurant job in New York.",
        language="Spanish",
    )
    return p


def adult_man_trauma_exception() -> Profile:
    """An adult man, English-speaking, who could not do what he was asked because of trauma;
    a sister and a relative of unrecorded sex; only two topics told so far."""
    p = demo_profile()
    c = p.client
    c.given_name, c.middle_name, c.family_name = "Mateo", None, "Ficticio Ruiz"
    c.sex, c.pronouns = "M", "he/him"
    c.date_of_birth = dt.date(1988, 6, 1)
    c.primary_language, c.interpreter_needed = "English", False
    e = p.rows("episodes")[0]
    e.kind, e.start_date, e.start_precision = "labor_trafficking", dt.date(2019, 4, 1), "year"
    e.city, e.state = "Albany", "NY"
    e.means_details = "Kept his passport and said his sister would be hurt if he left."
    le = p.rows("le_contacts")[0]
    le.client_response, le.trauma_related = "declined", True
    le.declined_reason = "Panic attacks when asked to face the recruiter"
    fam = p.rows("family")
    fam[0].relationship, fam[0].sex = "sibling", "F"
    fam[1].relationship, fam[1].sex = "other", None
    p.add("narratives", topic="t.victim.recruitment", text="I answered an ad for farm work.")
    p.add(
        "narratives",
        topic="t.compliance.trauma",
        text="When the agent showed me his photo I could not breathe and had to leave the room.",
    )
    return p


def neutral_client() -> Profile:
    """A client who uses they/them (sex X): no draft may give them a he or a she; the notes
    typed about them are neutral too."""
    p = demo_profile()
    c = p.client
    c.given_name, c.middle_name, c.family_name = "Alex", None, "Ejemplo Neutro"
    c.sex, c.pronouns = "X", "they/them"
    e = p.rows("episodes")[0]
    e.means_details = "Took their birth certificate and said their family would be hurt."
    return p


def nothing_told_missing_facts() -> Profile:
    """The demo client with no blocks and gaps in the facts (no city or escape date)."""
    p = demo_profile()
    e = p.rows("episodes")[0]
    e.city = None
    e.escape_date = None
    p.client.city_of_birth = None
    return p


PATTERNS: dict[str, Callable[[], Profile]] = {
    "demo": demo_profile,
    "full_account": with_full_account,
    "adult_man_trauma": adult_man_trauma_exception,
    "gaps": nothing_told_missing_facts,
    "neutral": neutral_client,
    "california": california_client,
    "florida": florida_client,
    "illinois": illinois_client,
}
