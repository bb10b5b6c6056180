"""Static fact references of a Jinja source (clause bodies and DOCX templates).

Finds ``fact("a.b")`` calls, ``rows("group")`` loops and the attributes read from loop
variables, and dotted access on context objects that stand for fact namespaces (``client.x``
in a template is the fact ``client.x``; ``a.offense`` inside ``for a in arrests`` is
``arrests[].offense``). Used at load time and by the tests that prove every reference exists
in the fact catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import Environment, nodes


def _const_arg(call: nodes.Call) -> str | None:
    if call.args and isinstance(call.args[0], nodes.Const) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def fact_refs(
    source: str,
    *,
    namespaces: Mapping[str, str] | None = None,
    env: Environment | None = None,
) -> set[str]:
    """Fact names referenced by a Jinja source.

    ``namespaces`` maps a context name to what it stands for: ``"client"`` -> ``"client"``
    (scalar facts ``client.<attr>``) or ``"arrests"`` -> ``"arrests[]"`` (a group whose loop
    variable's attributes are ``arrests[].<attr>``).
    """
    namespaces = dict(namespaces or {})
    tree = (env or Environment()).parse(source)
    refs: set[str] = set()
    loop_groups: dict[str, str] = {}

    for loop in tree.find_all(nodes.For):
        if not isinstance(loop.target, nodes.Name):
            continue
        it = loop.iter
        group: str | None = None
        if isinstance(it, nodes.Call) and isinstance(it.node, nodes.Name):
            if it.node.name == "rows":
                group = _const_arg(it)
        elif isinstance(it, nodes.Name) and namespaces.get(it.name, "").endswith("[]"):
            group = namespaces[it.name][:-2]
        if group:
            loop_groups[loop.target.name] = group
            refs.add(f"{group}[]")

    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name):
            arg = _const_arg(call)
            if arg is None:
                continue
            if call.node.name == "fact":
                refs.add(arg)
            elif call.node.name == "rows":
                refs.add(f"{arg}[]")
        # row.get("col") on a loop variable
        if (
            isinstance(call.node, nodes.Getattr)
            and call.node.attr == "get"
            and isinstance(call.node.node, nodes.Name)
            and call.node.node.name in loop_groups
        ):
            arg = _const_arg(call)
            if arg:
                refs.add(f"{loop_groups[call.node.node.name]}[].{arg}")

    for ga in tree.find_all(nodes.Getattr):
        if not isinstance(ga.node, nodes.Name):
            continue
        name = ga.node.name
        if name in loop_groups:
            if ga.attr in ("get", "index", "number", "letter", "known", "text", "value"):
                continue
            refs.add(f"{loop_groups[name]}[].{ga.attr}")
        elif namespaces.get(name) == name:
            refs.add(f"{name}.{ga.attr}")
    return refs


def undeclared_names(source: str, env: Environment | None = None) -> set[str]:
    """Top-level names a source reads from its context."""
    from jinja2 import meta

    return set(meta.find_undeclared_variables((env or Environment()).parse(source)))
