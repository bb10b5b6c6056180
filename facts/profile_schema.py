"""Builds casefile/profile.schema.json: the profile file's JSON Schema with every interview
answer the fact catalogue defines (issue 14).

    python -m facts.profile_schema          # rewrite casefile/profile.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from casefile.profile import json_schema, schema_path
from facts.catalogue import load_catalogue


def build() -> dict[str, Any]:
    cat = load_catalogue()
    facts = [
        (f.name, f.type, tuple(f.allowed), f.description)
        for f in cat.facts.values()
        if f.storage == "answer"
    ]
    return json_schema(facts)


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    schema_path().write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
