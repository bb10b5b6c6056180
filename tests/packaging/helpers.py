"""Load packaging/bundle_data.py by path (``packaging/`` is not a Python package: it must not
shadow the ``packaging`` library)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "reliefdesk_bundle_data", PACKAGING / "bundle_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
