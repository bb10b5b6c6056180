"""Issue 4's benchmark name: the same figures as ``bench_assess.py``.

``python benchmarks/bench_eligibility.py [runs]`` prints the median time of all five
assessments for the demo client (target < 10 ms) and of choosing the next interview question
(target < 5 ms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_assess import main

if __name__ == "__main__":
    f = main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    print(f"all five assessments: {f['assess_all_ms']:.2f} ms median (target < 10 ms)")
    print(f"next question:        {f['next_question_ms']:.2f} ms median (target < 5 ms)")
