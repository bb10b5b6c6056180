"""Benchmark: how good are proposed field maps? Runs the tooltip proposer (forms/propose.py) on
every form that has a hand-made map (bundled PDFs and the T/U field lists; the G-28 map is the
hand ground truth for the current G-28) and compares field by field (forms/propose_score.py).

    .venv/bin/python benchmarks/bench_propose.py [--details FORM]

One line per form: ``propose I-589 identical 83% differs 9% missing 8% confident-wrong 1%``.
Targets (issue 16): >= 80% identical and < 2% confident-wrong on the hand-mapped fields of each
form. Exits 1 when any form misses a target (the lines say which), 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forms.fill import inventory_for
from forms.maps import load_map
from forms.propose import Proposer, propose
from forms.propose_score import score
from forms.registry import all_forms

IDENTICAL_TARGET = 80.0
CONFIDENT_WRONG_LIMIT = 2.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", metavar="FORM", help="List each differing/missing field of FORM")
    args = ap.parse_args(argv)
    proposer = Proposer()
    failed: list[str] = []
    for form in all_forms():
        for ed in form.editions:
            inv = inventory_for(form.id, ed.edition)
            prop = propose(inv, form_id=form.barcode_id, edition=ed.edition, proposer=proposer)
            s = score(form.number.replace(" Supplement ", ""), prop, load_map(ed.map))
            ok = (
                s.pct(s.identical) >= IDENTICAL_TARGET
                and s.pct(s.confident_wrong) < CONFIDENT_WRONG_LIMIT
            )
            print(f"{s.line()} {'PASS' if ok else 'FAIL'}")
            if not ok:
                failed.append(s.form)
            if args.details and args.details.lower() in (form.id, form.number.lower()):
                for d in s.details:
                    print("   ", d)
    if failed:
        print(f"FAIL: target missed for {', '.join(failed)}")
        return 1
    print("PASS: every form meets the targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
