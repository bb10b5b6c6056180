"""Benchmark: fill the I-589 (12 pages, 460 fields) for the demo client with ReliefDesk, against a
bare pypdf fill of the same values into the same PDF (decrypt, clone, fill, write), in the same run.

    .venv/bin/python benchmarks/bench_forms.py [--rounds N]

Prints the median and best of each and their ratios; PASS/FAIL on the ratio of the best runs
(the least disturbed run of each side: the machine is shared). Target (issue 20 item 6): at
most 1.2x the bare fill. Exit status 1 on FAIL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from casefile.demo import demo_profile
from facts import FactView
from forms import fill, find_pdf, plan
from forms.inventory import inventory_from_reader

LIMIT = 1.2


def bare_fill(path: Path, values: dict[str, str], pages: dict[str, int]) -> bytes:
    reader = PdfReader(str(path))
    reader.decrypt("")
    writer = PdfWriter(clone_from=reader)
    writer._root_object["/AcroForm"].pop(NameObject("/XFA"), None)
    writer._root_object.pop(NameObject("/Perms"), None)
    by_page: dict[int, dict[str, str]] = {}
    for name, value in values.items():
        by_page.setdefault(pages[name], {})[name] = value
    for index, page in enumerate(writer.pages, start=1):
        if index in by_page:
            writer.update_page_form_field_values(page, by_page[index], auto_regenerate=False)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    path = find_pdf("i-589")
    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    p = plan("i-589", view, relief="asylum_psg")
    inv = inventory_from_reader(PdfReader(str(path), password=""), source=str(path))
    pages = {name: inv.fields[name].page for name in p.values}
    values = {n: p.appearance.get(n, v) for n, v in p.values.items()}
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(args.rounds):  # interleaved so both see the same machine state
        t = time.perf_counter()
        bare_fill(path, values, pages)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        fill("i-589", view, relief="asylum_psg")
        ours.append(time.perf_counter() - t)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"I-589, {len(values)} values, {args.rounds} interleaved rounds")
    print(f"bare pypdf fill : median {b:.3f} s, best {min(bare):.3f} s")
    print(f"ReliefDesk fill : median {o:.3f} s, best {min(ours):.3f} s")
    best = min(ours) / min(bare)
    verdict = "PASS" if best <= LIMIT else "FAIL"
    print(
        f"ratio           : {o / b:.2f}x median, {best:.2f}x best (target <= {LIMIT}x)  {verdict}"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
