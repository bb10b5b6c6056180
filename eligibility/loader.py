"""Load and schema-check the bundled YAML: rules, shared conditions, question pool, flows and the
state vacatur table. Errors name the file and the line (``RuleFileError``).

Layout under ``eligibility/data/``::

    rules/common.yaml        named conditions shared by every relief ({ref: name})
    rules/<relief>.yaml      one ReliefRules per registered relief (eligibility/registry.py)
    questions.yaml           the shared question pool (a fact asked once serves every relief)
    flows/<relief>.yaml      question order per relief (ids from the pool)
    reliefs/<relief>.yaml    the relief registry (read by eligibility/registry.py)
    vacatur_states.yaml      the state record-relief table (the one copy of each statute;
                             clauses.states joins it with the drafting-only file)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from casefile.yamlio import SafeLoader
from eligibility.conditions import Condition
from eligibility.errors import RuleFileError
from eligibility.registry import Relief, data_file, reliefs
from eligibility.schema import (
    CommonConditions,
    Flow,
    Question,
    QuestionPool,
    ReliefRules,
    StateRule,
    StateTable,
)

_Loader: Any = SafeLoader  # libyaml when available

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class RuleSet:
    reliefs: dict[str, ReliefRules]
    common: dict[str, Condition]
    questions: dict[str, Question]
    flows: dict[str, Flow]
    states: dict[str, StateRule]
    #: (kind, id) -> "file:line" for the validator's messages
    origins: dict[tuple[str, str], str]


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Line (1-based) of the YAML node at a pydantic error location, or of its nearest parent."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    break
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                return line
            node = node.value[key]
        else:
            continue  # union branch names etc.
        line = node.start_mark.line + 1
    return line


def _apply_defaults(data: Any) -> Any:
    """Copy a file's ``defaults`` (last_reviewed, reviewed_by) into each rule entry."""
    if not isinstance(data, dict) or "defaults" not in data:
        return data
    defaults = data.pop("defaults") or {}
    for key in ("elements", "flags", "deadlines", "derivatives", "states"):
        for item in data.get(key, []) or []:
            if isinstance(item, dict):
                for dk, dv in defaults.items():
                    item.setdefault(dk, dv)
                for exc in item.get("exceptions", []) or []:
                    if isinstance(exc, dict):
                        for dk, dv in defaults.items():
                            exc.setdefault(dk, dv)
    return data


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (for line numbers) and its data, from one parse: what
    ``yaml.load`` does, keeping the node (composing and loading separately parsed twice)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def load_file(path: str, text: str, model: type[M]) -> tuple[M, yaml.Node | None]:
    """Parse ``text`` (named ``path`` in errors) against ``model``."""
    try:
        node, data = _parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(path, f"invalid YAML ({getattr(exc, 'problem', exc)})", line) from exc
    data = _apply_defaults(data)
    try:
        return model.model_validate(data), node
    except ValidationError as exc:
        err = min(exc.errors(), key=lambda e: len(e["loc"]))
        # prefer the most specific error among those that share the shortest location prefix
        err = exc.errors()[0] if len(exc.errors()) < 4 else err
        loc = tuple(err["loc"])
        where = ".".join(str(p) for p in loc)
        raise RuleFileError(path, f"{where}: {err['msg']}", _line_of(node, loc)) from exc


def _read(entry: Traversable) -> str:
    return entry.read_text(encoding="utf-8")


def data_dir() -> Traversable:
    return resources.files("eligibility") / "data"


def _item_line(node: yaml.Node | None, key: str, index: int) -> int | None:
    return _line_of(node, (key, index))


R = TypeVar("R", ReliefRules, Flow)


def _relief_file(
    relief: Relief, kind: Literal["rules", "flows"], base: Traversable | Path, model: type[R]
) -> tuple[R, yaml.Node | None, str]:
    """A relief's rules or flow (from its registry folder, else ``base``), checked to name it."""
    file = data_file(relief, kind, base)
    path = f"eligibility/data/{kind}/{relief.id}.yaml" if relief.home is None else str(file)
    data, node = load_file(path, _read(file), model)
    if data.relief != relief.id:
        raise RuleFileError(path, f"relief is '{data.relief}', expected '{relief.id}'", 1)
    return data, node, path


def load_from(root: Traversable | Path, registered: tuple[Relief, ...] | None = None) -> RuleSet:
    """Load every YAML file under ``root`` (the ``eligibility/data`` folder or a test copy) for
    the ``registered`` reliefs (default: the registry's); a relief from an extra registry
    folder brings its own rules and flow."""
    base = root if isinstance(root, Traversable) else Path(root)
    registered = reliefs() if registered is None else registered
    origins: dict[tuple[str, str], str] = {}

    def rel(*parts: str) -> str:
        return "eligibility/data/" + "/".join(parts)

    common_path = rel("rules", "common.yaml")
    common, cnode = load_file(common_path, _read(base / "rules" / "common.yaml"), CommonConditions)
    for cname in common.conditions:
        origins[("condition", cname)] = f"{common_path}:{_line_of(cnode, ('conditions', cname))}"

    by_relief: dict[str, ReliefRules] = {}
    for relief in registered:
        name = relief.id
        rules, node, path = _relief_file(relief, "rules", base, ReliefRules)
        idents: dict[str, list[str]] = {
            "elements": [el.id for el in rules.elements],
            "flags": [fl.id for fl in rules.flags],
            "deadlines": [dl.id for dl in rules.deadlines],
            "derivatives": [d.code for d in rules.derivatives],
            "other_relief": [o.relief for o in rules.other_relief],
        }
        kinds = {"elements": "element", "flags": "flag"}
        for key, ids in idents.items():
            for i, ident in enumerate(ids):
                where = f"{path}:{_item_line(node, key, i)}"
                origins[(kinds.get(key, key), f"{name}/{ident}")] = where
        origins[("relief", name)] = f"{path}:1"
        by_relief[name] = rules

    qpath = rel("questions.yaml")
    pool, qnode = load_file(qpath, _read(base / "questions.yaml"), QuestionPool)
    questions: dict[str, Question] = {}
    for i, q in enumerate(pool.questions):
        line = _item_line(qnode, "questions", i)
        if q.id in questions:
            raise RuleFileError(qpath, f"question id '{q.id}' is used twice", line)
        questions[q.id] = q
        origins[("question", q.id)] = f"{qpath}:{line}"

    flows: dict[str, Flow] = {}
    for relief in registered:
        name = relief.id
        flow, fnode, path = _relief_file(relief, "flows", base, Flow)
        flows[name] = flow
        origins[("flow", name)] = path
        for i, qid in enumerate(flow.questions):  # so the validator can name the line
            line = _item_line(fnode, "questions", i)
            origins.setdefault(("flow_question", f"{name}/{qid}"), f"{path}:{line}")

    spath = rel("vacatur_states.yaml")
    table, snode = load_file(spath, _read(base / "vacatur_states.yaml"), StateTable)
    states: dict[str, StateRule] = {}
    for i, st in enumerate(table.states):
        if st.state in states:
            raise RuleFileError(
                spath, f"state '{st.state}' appears twice", _item_line(snode, "states", i)
            )
        states[st.state] = st
        origins[("state", st.state)] = f"{spath}:{_item_line(snode, 'states', i)}"

    return RuleSet(
        reliefs=by_relief,
        common=dict(common.conditions),
        questions=questions,
        flows=flows,
        states=states,
        origins=origins,
    )


def load_rules() -> RuleSet:
    """The bundled rule set for the registered reliefs (cached per registry; read-only)."""
    return _load_rules(reliefs())


@cache
def _load_rules(registered: tuple[Relief, ...]) -> RuleSet:
    return load_from(data_dir(), registered)


def as_mapping(obj: Any) -> Mapping[str, Any]:
    return obj if isinstance(obj, Mapping) else {}
