"""Speed and memory targets of issue 7, measured in the same run (benchmarks/bench_packet.py
prints the same figures in more detail)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import bench_packet


def test_200_exhibit_pages_within_1_5x_of_a_bare_merge(
    tmp_path: Path, summary_line: Callable[[str], None]
) -> None:
    files = bench_packet.exhibit_pdfs(200)
    bench_packet.bare_merge(files, tmp_path / "warm.pdf")
    bench_packet.packet(files[:2], tmp_path / "warm2.pdf")
    wall, bare, built = [], [], []
    for i in range(5):  # interleaved, best of 5: both see the same machine load
        bare.append(bench_packet.bare_merge(files, tmp_path / f"b{i}.pdf", time.process_time))
        built.append(bench_packet.packet(files, tmp_path / f"p{i}.pdf", clock=time.process_time)[0])
        wall.append(bench_packet.packet(files, tmp_path / f"w{i}.pdf")[0])
    # The ratio is taken on CPU time: other engineers' test runs share these 2 cores, and
    # wall-clock ratios swing by 50% under that load. Wall time is checked against 3 s.
    ratio = min(built) / min(bare)
    summary_line(
        f"packet 200 exhibit pages {min(wall):.3f} s wall; CPU packet {min(built):.3f} s vs "
        f"bare pypdf merge {min(bare):.3f} s, ratio {ratio:.2f}"
    )
    assert min(wall) < 3.0
    assert ratio <= 1.5


def test_500_page_packet_peak_rss_under_300_mb(summary_line: Callable[[str], None]) -> None:
    script = Path(bench_packet.__file__)
    out = subprocess.run(
        [sys.executable, str(script), "--child", "500"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    child = json.loads(out.stdout.strip().splitlines()[-1])
    summary_line(
        f"packet {child['pages']} pages peak RSS {child['peak_rss_mb']:.0f} MB "
        f"(Python allocations {child['traced_peak_mb']:.0f} MB)"
    )
    assert child["pages"] >= 500
    assert child["peak_rss_mb"] < 300
