"""The I-589 Part B.1 grounds follow the claim: an asylum_psg case ticks "particular social group"
unless counsel answers no; values read back with pypdf from the real PDF."""

from __future__ import annotations

import datetime as dt

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import fill
from tests.forms.clients import family_client
from tests.forms.helpers import values

TODAY = dt.date(2026, 11, 29)
PSG = "form1[0].#subform[5].#subform[6].CheckBoxsocial[0]"
RACE = "form1[0].#subform[5].#subform[6].CheckBoxrace[0]"


def _fill(p: Profile) -> tuple[dict[str, object], list[str], list[str]]:
    out = fill("i-589", FactView(p, today=TODAY), relief="asylum_psg")
    return values(out.pdf), out.report.warnings, out.report.reliefs_used


def test_demo_asylum_client_shows_particular_social_group_ticked() -> None:
    v, _, used = _fill(demo_profile())
    assert v[PSG] == "/Y"
    assert v.get(RACE) in (None, "", "/Off")  # only the claimed ground
    assert any("particular social group" in u and "INA 101(a)(42)(A)" in u for u in used)


def test_counsel_no_leaves_the_group_box_empty_without_a_warning() -> None:
    p = family_client()
    p.set_answer("asylum.ground.particular_social_group", False)
    p.set_answer("asylum.ground.political_opinion", True)
    v, warnings, used = _fill(p)
    assert v.get(PSG) in (None, "", "/Off")
    assert v["form1[0].#subform[5].#subform[6].CheckBoxpolitics[0]"] == "/Y"
    assert not [w for w in warnings if "particular social group" in w]
    assert not [u for u in used if "particular social group" in u]
