"""Speed and memory targets of issue 7, measured in the same run (benchmarks/bench_packet.py
prints the same figures in more detail)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks import bench_packet


def test_200_exhibit_pages_within_1_5x_of_a_bare_merge(
    tmp_path: Path, summary_line: Callable[[str], None]
) -> None:
    files = bench_packet.exhibit_pdfs(200)
    bench_packet.bare_merge(files, tmp_path / "warm.pdf")
    bench_packet.packet(files[:2], tmp_path / "warm2.pdf")
    bare, built = [], []
    for i in range(3):  # interleaved, best of 3: both see the same machine load
        bare.append(bench_packet.bare_merge(files, tmp_path / f"bare{i}.pdf"))
        built.append(bench_packet.packet(files, tmp_path / f"packet{i}.pdf")[0])
    ratio = min(built) / min(bare)
    summary_line(
        f"packet 200 exhibit pages {min(built):.3f} s, bare pypdf merge {min(bare):.3f} s, "
        f"ratio {ratio:.2f}"
    )
    assert min(built) < 3.0
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
