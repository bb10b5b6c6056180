"""How hard the reliability tests push: quick in CI, longer with ``./test --slow``.

Every count lives here, so CI and the soak run differ in one place only; so do the settings every
fuzzer runs with.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: ``./test --slow`` exports RELIEFDESK_SLOW=1.
SLOW = os.environ.get("RELIEFDESK_SLOW") == "1"


def count(ci: int, slow: int) -> int:
    return slow if SLOW else ci


def fuzz_settings(max_examples: int) -> settings:
    """How every reliability fuzzer runs: ``max_examples`` cases, the same ones every run
    (derandomized, no example database), no per-example deadline, and the test's function-scoped
    fixtures (a temp folder, a store) shared by all its examples."""
    return settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


#: SIGKILLs of a saving process.
CRASH_KILLS = count(20, 100)
#: Malformed import bundles (hypothesis examples); CI takes what fits in about 20 s.
FUZZ_BUNDLES = count(700, 1000)
#: Well-encrypted bundles with one odd value inside (each import is a real transaction).
FUZZ_BUNDLE_CONTENTS = count(40, 200)
#: Malformed or encrypted exhibit files.
FUZZ_EXHIBITS = 100
#: Fuzzed bundles imported and, when accepted, taken through plan, draft and packet (~2 s each).
FUZZ_THROUGH_PACKET = count(24, 200)
