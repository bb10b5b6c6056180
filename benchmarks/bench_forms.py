"""Benchmark: fill the I-589 (12 pages, 460 fields) for the demo client with ReliefDesk, against a
bare pypdf fill of the same values into the same PDF (decrypt, clone, fill, write), in the same run.

    .venv/bin/python benchmarks/bench_forms.py [--rounds N] [--form i-914]

``--form i-914`` (issue 15) fills the T client's I-914 into a synthetic PDF built from the field
list (the original cannot be bundled), with the same bare-fill comparison; target 1.5x.

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
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from casefile.demo import demo_profile
from facts import FactView
from forms import fill, find_pdf, plan
from forms.inventory import inventory_from_reader
from forms.synthetic import build_pdf

LIMIT = 1.2
#: Per form: (relief, target ratio). The I-914 target is issue 15's.
FORMS = {"i-589": ("asylum_psg", 1.2), "i-914": ("t_visa", 1.5)}


def bare_fill(path: Path, values: dict[str, str], pages: dict[str, int]) -> bytes:
    reader = PdfReader(str(path))
    if reader.is_encrypted:  # the USCIS originals carry an empty-password encryption
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


def _pdf_for(form: str, folder: Path) -> Path:
    if form == "i-589":
        return find_pdf("i-589")
    path = folder / f"{form}.pdf"
    root = Path(__file__).resolve().parents[1]
    path.write_bytes(build_pdf(root / "forms" / "fieldlists" / f"{form}.fields.json"))
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--form", choices=sorted(FORMS), default="i-589")
    args = ap.parse_args()
    relief, limit = FORMS[args.form]
    with tempfile.TemporaryDirectory() as tmp:
        return _run(args.form, relief, limit, args.rounds, _pdf_for(args.form, Path(tmp)))


def _run(form: str, relief: str, limit: float, rounds: int, path: Path) -> int:
    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    p = plan(form, view, relief=relief)
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    inv = inventory_from_reader(reader, source=str(path))
    pages = {name: inv.fields[name].page for name in p.values}
    values = {n: p.appearance.get(n, v) for n, v in p.values.items()}
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(rounds):  # interleaved so both see the same machine state
        t = time.perf_counter()
        bare_fill(path, values, pages)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        fill(form, view, relief=relief, pdf_path=path)
        ours.append(time.perf_counter() - t)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"{form.upper()}, {len(values)} values, {rounds} interleaved rounds")
    print(f"bare pypdf fill : median {b:.3f} s, best {min(bare):.3f} s")
    print(f"ReliefDesk fill : median {o:.3f} s, best {min(ours):.3f} s")
    best = min(ours) / min(bare)
    verdict = "PASS" if best <= limit else "FAIL"
    print(
        f"ratio           : {o / b:.2f}x median, {best:.2f}x best (target <= {limit}x)  {verdict}"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
