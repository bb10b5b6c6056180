"""Fuzzed bundles go on through draft, plan and packet (issue 21, item 7).

A correctly encrypted bundle of the fictional demo client with one value replaced by an odd one
(odd text, numbers where text belongs, lists, deep nesting, long values, control and bidi
characters, template syntax) is imported. A refused import must be a ``BundleError`` leaving the
database as it was; an accepted one must then plan, draft (DOCX) and build the T-visa packet
with either a result or a typed ``ReliefDeskError``, never another exception. The draft-to-PDF
step (LibreOffice) is switched off here: it converts the DOCX already rendered and checked, and
takes seconds per document; the crash tests cover it.

Count: tests/reliability/scale.py ``FUZZ_THROUGH_PACKET``.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile import bundle as bundle_module
from casefile.demo import DEMO_CLIENT_ID, demo_profile
from casefile.errors import BundleError, ReliefDeskError
from casefile.serialize import profile_to_json
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE
from tests.reliability.scale import FUZZ_THROUGH_PACKET, fuzz_settings
from tests.reliability.test_fuzz_bundles import _leaf_paths

BUNDLE_PW = "bundle passphrase, fictional"

_TEXT = st.sampled_from(
    [
        "",
        "   ",
        "Ana\nMaría",
        "\u202eanA",
        "Ana\x1b[2J",
        "{{ 7 * 7 }} {% for x in y %}",
        "<w:p>&amp; </w:t>",
        "%PDF-1.7",
        "Ñandú " * 2000,
        "x" * 150,
        "x" * 60_000,
        "_".join(["a"] * 50),
        "t_visa",
        "2020-02-30",
        "9999-12-31",
        "0001-01-01",
        "A-123-456-789",
        "\ud7ff\ue000\U0010fffd",
        "../../etc/passwd",
    ]
)
_ODD = st.one_of(
    _TEXT,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(_TEXT, max_size=4),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), _TEXT, max_size=2),
    st.recursive(st.integers(), lambda c: st.lists(c, min_size=1, max_size=1), max_leaves=12),
)


#: Where the odd value goes: any value of the demo profile except the ids that tie it together
#: (those are covered by tests/reliability/test_fuzz_bundles.py and the import checks).
_BASE = profile_to_json(demo_profile())


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for k in path:
        doc = doc[k]
    return doc


_TARGETS = [
    p
    for p in _leaf_paths(_BASE)
    if p[-1] not in ("id", "client_id", "fact", "status", "created_at", "updated_at")
    and (not isinstance(_at(_BASE, p), dict | list) or p[-1] == "value")
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    where = tmp_path_factory.mktemp("fuzz-packet")
    store = CaseStore.create(where / "data", PASSPHRASE)
    (where / "out").mkdir()
    yield store, where
    store.lock()


def _bundle(doc: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plaintext = json.dumps(
        {
            "format": "reliefdesk-bundle",
            "schema_version": 2,
            "exported_at": "2026-01-01T00:00:00+00:00",
            "profiles": [doc],
        }
    ).encode()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = bundle_module._HEADER.pack(
        bundle_module.MAGIC, 1, 14, 8, 1, salt, nonce, len(plaintext) + 16
    )
    key = bundle_module._derive_key(BUNDLE_PW, salt, 14, 8, 1)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


RESULTS: dict[str, Any] = {"run": 0, "refused": 0, "accepted": 0, "clean": 0, "typed": 0}


def _through(view_profile: Any, out: Path) -> None:
    """Plan, draft and packet; a typed error is a clean outcome."""
    import templates
    from facts import FactView
    from packets.plan import plan
    from packets.service import build_packet
    from templates.render import render

    steps = (
        lambda v: plan(v, "t_visa"),
        lambda v: render("t_declaration", v),
        lambda v: build_packet(v, "t_visa", out / "packet.pdf"),
    )
    assert templates.converter_available() is False
    for step in steps:
        try:
            step(FactView(view_profile))
        except ReliefDeskError:
            RESULTS["typed"] += 1


@fuzz_settings(FUZZ_THROUGH_PACKET)
@given(target=st.sampled_from(_TARGETS), data=st.data())
def test_an_accepted_bundle_goes_through_draft_plan_and_packet(
    world: Any, target: tuple[Any, ...], data: st.DataObject, monkeypatch_module: Any
) -> None:
    store, where = world
    original = _at(_BASE, target)
    # Mostly a value of the original's own kind (text for text), which the import accepts
    # and the documents then have to print; sometimes anything at all.
    if isinstance(original, str) and data.draw(st.integers(0, 3)) > 0:
        value = data.draw(_TEXT)
    elif isinstance(original, list) and data.draw(st.booleans()):
        value = data.draw(st.lists(_TEXT, max_size=4))
    else:
        value = data.draw(_ODD)
    doc = json.loads(json.dumps(_BASE))
    node: Any = doc
    for k in target[:-1]:
        node = node[k]
    node[target[-1]] = value
    path = where / "fuzzed.rdbundle"
    path.write_bytes(_bundle(doc))
    RESULTS["run"] += 1
    try:
        store.import_bundle(path, BUNDLE_PW, allow_duplicates=True, on_conflict="replace")
    except BundleError as exc:
        RESULTS["refused"] += 1
        RESULTS.setdefault("why", []).append(exc.reason[:100])
        return
    RESULTS["accepted"] += 1
    _through(store.load(DEMO_CLIENT_ID), where / "out")
    RESULTS["clean"] += 1


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    import templates

    mp = pytest.MonkeyPatch()
    mp.setattr(templates, "converter_available", lambda: False)
    yield mp
    mp.undo()


def test_fuzz_through_packet_summary(summary_line: Any) -> None:
    assert RESULTS["run"] >= FUZZ_THROUGH_PACKET // 2, RESULTS
    assert RESULTS["accepted"] >= RESULTS["run"] // 3 and RESULTS["refused"] > 0, RESULTS["why"]
    assert RESULTS["clean"] == RESULTS["accepted"], RESULTS
    summary_line(
        f"fuzz bundles through packet {RESULTS['clean']}/{RESULTS['accepted']} clean "
        f"({RESULTS['run']} fuzzed, {RESULTS['refused']} refused at import, "
        f"{RESULTS['typed']} typed errors downstream)"
    )


# -- the two places that crashed on a well-formed but odd value ---------------------------------


def test_format_value_prints_odd_values_instead_of_crashing() -> None:
    from clauses.text import format_value
    from facts.catalogue import load_catalogue

    fact = next(f for f in load_catalogue().facts.values() if f.type == "text")
    deep: Any = "bottom"
    for _ in range(5000):  # deeper than the interpreter's recursion limit
        deep = [deep]
    assert format_value(fact, deep).endswith("...")
    assert format_value(fact, {"who": "a fictional person", "when": [1, 2]}) == (
        "who: a fictional person; when: 1 and 2"
    )
    assert format_value(fact, []) == ""


def test_an_exhibit_whose_reliefs_are_not_a_list_is_listed_not_a_crash() -> None:
    from facts import FactView
    from templates.render import _exhibit_for

    profile = demo_profile()
    profile.rows("exhibits")[0].reliefs = 5  # type: ignore[attr-defined]
    assert _exhibit_for(FactView(profile).rows("exhibits")[0], "t_visa") is True
    profile.rows("exhibits")[0].reliefs = ["u_visa"]  # type: ignore[attr-defined]
    assert _exhibit_for(FactView(profile).rows("exhibits")[0], "t_visa") is False


def test_a_huge_integer_in_a_bundle_is_refused_not_a_traceback(world: Any) -> None:
    store, where = world
    doc = json.loads(json.dumps(_BASE))
    path = where / "huge-int.rdbundle"
    text = json.dumps({"format": "reliefdesk-bundle", "schema_version": 2, "profiles": [doc]})
    text = text.replace('"profiles"', '"n": ' + "9" * 5000 + ', "profiles"', 1)
    plaintext = text.encode()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = bundle_module._HEADER.pack(
        bundle_module.MAGIC, 1, 14, 8, 1, salt, nonce, len(plaintext) + 16
    )
    key = bundle_module._derive_key(BUNDLE_PW, salt, 14, 8, 1)
    path.write_bytes(header + AESGCM(key).encrypt(nonce, plaintext, header))
    with pytest.raises(BundleError, match="not valid JSON"):
        store.import_bundle(path, BUNDLE_PW)
