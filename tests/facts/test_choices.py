"""Fixed-choice columns (issue 18 item 5): the choices are declared once, on the model, and
become the catalogue's allowed values, so a rule, map or clause naming a value the profile
cannot hold is refused by the validators."""

from __future__ import annotations

import shutil
from pathlib import Path

from casefile.models import PRECISIONS, Episode
from eligibility.loader import data_dir, load_from
from eligibility.validate import problems
from facts.catalogue import load_catalogue


def test_model_choices_are_the_catalogues_allowed_values() -> None:
    cat = load_catalogue()
    assert cat["episodes[].kind"].allowed == (
        "sex_trafficking",
        "labor_trafficking",
        "both",
        "crime",
    )
    assert cat["client.dob_precision"].allowed == PRECISIONS == ("day", "month", "year")
    assert "foreign" in cat["le_contacts[].agency_level"].allowed
    assert "stepchild" in cat["family[].relationship"].allowed
    assert cat["client.family_name"].allowed == ()  # free text stays free
    assert Episode.model_fields["kind"].json_schema_extra["choices"][0] == "sex_trafficking"  # type: ignore[index]


def test_a_rule_naming_an_impossible_value_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(str(data_dir())), data)
    rules = data / "rules" / "common.yaml"
    text = rules.read_text(encoding="utf-8")
    needle = 'kind", in: [sex_trafficking, both'
    assert needle in text
    rules.write_text(text.replace(needle, 'kind", in: [sex_trafficking, kidnapping', 1), "utf-8")
    found = problems(load_from(data))
    assert any("'kidnapping' is not an allowed value of 'episodes[].kind'" in p for p in found)
