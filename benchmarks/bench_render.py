"""Rendering cost of the T declaration (issue 6): ReliefDesk's render() against a bare docxtpl
render of the same template with a flat, precomputed context, in the same run. Prints figures.

render() does everything for real each time (clause selection by condition tree, sandboxed
clause rendering, fact lookups, missing-item tracking, docxtpl in a sandboxed environment);
the baseline only pours precomputed RichText values into the template.

    .venv/bin/python benchmarks/bench_render.py [--runs 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path
from typing import Any

LIMIT = 1.5  # issue 17: render() at most 1.5x a bare docxtpl render of the same template
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _flat_context() -> dict[str, Any]:
    """The same values render() produces for the demo client, as plain dicts and RichText."""
    from docxtpl import RichText

    from casefile.demo import demo_profile
    from facts import FactView
    from templates.docxtext import docx_text
    from templates.render import render

    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    text = docx_text(render("t_declaration", view).data, headers=False)
    sections: dict[str, list[RichText]] = {}
    current = "intro"
    names = {
        "Introduction": "intro",
        "What happened to me": "victim",
        "Why I am in the United States": "presence",
        "Helping law enforcement": "compliance",
        "Things I was forced to do": "conduct",
        "What would happen if I were sent back": "hardship",
        "My family": "family",
    }
    for line in text.splitlines():
        if line.startswith("# ") and line[2:] in names:
            current = names[line[2:]]
        elif line.startswith("(n) "):
            sections.setdefault(current, []).append(RichText(line[4:]))
    sections["closing"] = sections.get("family", [])[-1:]
    review = [RichText(line) for line in text.split("Attorney review notes")[-1].splitlines()]
    return {
        "client": {
            "full_name": RichText("Lucía Inés Ejemplo Vargas"),
            "primary_language": RichText("Spanish"),
            "interpreter_needed": {"value": True},
        },
        "sections": sections,
        "review": review,
        "options": {"final": False},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)

    from docxtpl import DocxTemplate

    from casefile.demo import demo_profile
    from facts import FactView
    from templates.registry import DOCUMENTS
    from templates.render import render, template_path

    path = str(template_path(DOCUMENTS["t_declaration"]))
    flat = _flat_context()
    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    render("t_declaration", view)  # warm caches (catalogue, library) once, as the app does

    def bare() -> None:
        tpl = DocxTemplate(path)
        tpl.render(flat)
        tpl.save(io.BytesIO())

    profile = demo_profile()

    def ours() -> None:
        render("t_declaration", FactView(profile, today=dt.date(2026, 11, 29)))

    timings: dict[str, list[float]] = {"bare": [], "render": []}
    for _ in range(args.runs):  # interleaved so both see the same machine state
        for name, fn in (("bare", bare), ("render", ours)):
            t0 = time.perf_counter()
            fn()
            timings[name].append(time.perf_counter() - t0)
    b = statistics.median(timings["bare"])
    r = statistics.median(timings["render"])
    print(f"bare docxtpl render (flat dict): median {b * 1000:.1f} ms over {args.runs} runs")
    print(f"templates.render t_declaration:  median {r * 1000:.1f} ms over {args.runs} runs")
    ratio = r / b
    verdict = "PASS" if ratio <= LIMIT else "FAIL"
    print(f"ratio render/bare: {ratio:.2f}x (limit {LIMIT}x): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
