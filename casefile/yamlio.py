"""The one safe YAML reader for the bundled data (rules, catalogue, maps, clauses, plans).

libyaml's C loader when PyYAML was built with it (the wheels are), else the pure-Python one:
the same documents and errors, about ten times faster, and start-up reads a dozen files
(issue 20: ``assess`` within 2x of a bare ``import sqlalchemy, yaml, pydantic``)."""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str | bytes) -> Any:
    """``yaml.safe_load`` through ``SafeLoader``."""
    return yaml.load(text, Loader=SafeLoader)
