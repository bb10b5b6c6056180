"""Memory target of issue 7. (Speed has no assertion in the default suite: a clock depends on
what else runs on the machine. ``benchmarks/bench_packet.py`` prints the packet / bare-merge
CPU ratio and decides PASS on it.)"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks import bench_packet


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
