"""Packet assembly speed and memory (issues 7, 13, 20). Prints figures; exits non-zero if a
target is missed.

Targets: a packet with 200 generated exhibit pages takes at most ``CPU_RATIO_TARGET`` x the CPU
time of a bare pypdf merge of the same input PDFs, measured in the same run (CPU time, not wall
time: other processes on the machine move wall time by 50% and more); a 500-page packet peaks
under 300 MB RSS (measured in a fresh subprocess). Wall times are printed for information.

    .venv/bin/python benchmarks/bench_packet.py [--pages 200] [--rss-pages 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CPU_RATIO_TARGET = 1.5
RSS_TARGET_MB = 300
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def exhibit_pdfs(total_pages: int, per_file: int = 10) -> list[bytes]:
    """Fictional exhibit PDFs with some text and vector drawing per page."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    files: list[bytes] = []
    made = 0
    while made < total_pages:
        n = min(per_file, total_pages - made)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=letter)
        for i in range(n):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(72, 720, f"Fictional exhibit file {len(files) + 1}, page {i + 1}")
            c.setFont("Helvetica", 10)
            for line in range(40):
                c.drawString(72, 690 - 14 * line, f"Line {line}: lorem ipsum dolor sit amet " * 2)
            c.rect(60, 80, 492, 640)
            c.showPage()
        c.save()
        files.append(buf.getvalue())
        made += n
    return files


def bare_merge(files: list[bytes], out: Path, clock: Any = time.perf_counter) -> float:
    from pypdf import PdfReader, PdfWriter

    t = clock()
    w = PdfWriter()
    for data in files:
        for page in PdfReader(io.BytesIO(data)).pages:
            w.add_page(page)
    with open(out, "wb") as fh:
        w.write(fh)
    return float(clock() - t)


def packet(
    files: list[bytes], out: Path, *, tabs: bool = False, clock: Any = time.perf_counter
) -> tuple[float, int]:
    from packets.assemble import PacketPart, assemble
    from packets.render import CoverInfo

    parts = [
        PacketPart(
            f"Fictional exhibit {i + 1}",
            "exhibit",
            data,
            exhibit_label=chr(ord("A") + i % 26) + (str(i // 26) if i >= 26 else ""),
            exhibit_description=f"Fictional exhibit {i + 1}",
            tab=tabs,  # default: same input pages as the bare merge, no tab pages
        )
        for i, data in enumerate(files)
    ]
    cover = CoverInfo("Fictional Client", "Benchmark packet", dt.date(2026, 1, 1))
    t = clock()
    result = assemble(parts, out, cover=cover)
    return float(clock() - t), result.page_count


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB.

    Linux's ``getrusage`` maxrss survives fork+exec, so a child started by a big parent
    (e.g. pytest) would report the parent's peak; ``VmHWM`` in /proc/self/status belongs to
    this process image only. Falls back to getrusage elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_child(pages: int) -> None:
    """Runs in a subprocess: build a packet of ``pages`` exhibit pages (with tab pages), print
    the process's peak RSS and the peak of Python allocations during assembly alone."""
    import tracemalloc

    files = exhibit_pdfs(pages, per_file=25)
    with tempfile.TemporaryDirectory() as tmp:
        seconds, count = packet(files, Path(tmp) / "p.pdf", tabs=True)
        peak_mb = peak_rss_mb()
        tracemalloc.start()
        packet(files, Path(tmp) / "p2.pdf", tabs=True)
        _current, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(
        json.dumps(
            {
                "pages": count,
                "seconds": seconds,
                "peak_rss_mb": peak_mb,
                "traced_peak_mb": traced_peak / (1024 * 1024),
            }
        )
    )


T_PACKET_TARGET_S = 10.0  # issue 15: a principal and three Supplement A forms, two cores


def t_packet_seconds() -> tuple[float, int]:
    """Wall time of the demo T packet with a third included family member: the I-914 and
    three I-914A filled into the synthetic PDFs built from the field lists (the originals
    cannot be bundled), the drafts converted by LibreOffice, everything assembled."""
    import datetime as dt
    import os

    home = Path(tempfile.mkdtemp())
    os.environ["RELIEFDESK_HOME"] = str(home)
    from casefile.demo import demo_profile
    from facts import FactView
    from forms.registry import user_forms_dir
    from forms.synthetic import build_pdf
    from packets.service import build_packet

    lists = ROOT / "forms" / "fieldlists"
    forms = user_forms_dir()
    forms.mkdir(parents=True, exist_ok=True)
    (forms / "i-914_01-20-25.pdf").write_bytes(build_pdf(lists / "i-914.fields.json"))
    (forms / "i-914a_01-20-25.pdf").write_bytes(build_pdf(lists / "i-914supa.fields.json"))
    profile = demo_profile()
    profile.add(
        "family",
        relationship="child",
        family_name="Ejemplo",
        given_name="Luz",
        date_of_birth=dt.date(2019, 1, 2),
        include_as_derivative=True,
        in_us=False,
        country_of_birth="Guatemala",
    )
    start, cpu0 = time.perf_counter(), os.times()
    result = build_packet(FactView(profile), "t_visa", home / "t.pdf")
    seconds, cpu1 = time.perf_counter() - start, os.times()
    cpu = sum(cpu1[:4]) - sum(cpu0[:4])  # this process and LibreOffice's
    print(f"T packet CPU (with LibreOffice's): {cpu:.1f} s; load average {os.getloadavg()[0]:.1f}")
    supp_a = sum(1 for d in result.plan.documents if d.form_id == "i-914a")
    shutil.rmtree(home, ignore_errors=True)
    return seconds, supp_a


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rss-pages", type=int, default=500)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        rss_child(args.child)
        return 0

    files = exhibit_pdfs(args.pages)
    tmp_cpu = tempfile.mkdtemp()  # removed below
    with tempfile.TemporaryDirectory() as tmp:
        bare_merge(files, Path(tmp) / "warm.pdf")  # warm imports and caches for both
        packet(files[:1], Path(tmp) / "warm2.pdf")
        bare = min(bare_merge(files, Path(tmp) / f"bare{i}.pdf") for i in range(3))
        runs = [packet(files, Path(tmp) / f"packet{i}.pdf") for i in range(3)]
        tabbed = min(packet(files, Path(tmp) / f"tabbed{i}.pdf", tabs=True) for i in range(3))
    best, count = min(runs)
    ratio = best / bare
    print(f"bare pypdf merge of {args.pages} pages: {bare:.3f} s (best of 3)")
    print(f"packet ({count} pages incl. cover, TOC, index): {best:.3f} s (best of 3)")
    print(f"wall-time ratio packet / bare merge: {ratio:.2f} (for information)")
    print(f"same packet with a tab page per exhibit ({tabbed[1]} pages): {tabbed[0]:.3f} s")
    bares, packs = [], []
    for _ in range(5):  # interleaved, so a change of load hits both alike; best of 5
        bares.append(bare_merge(files, Path(tmp_cpu) / "b.pdf", time.process_time))
        packs.append(packet(files, Path(tmp_cpu) / "p.pdf", clock=time.process_time)[0])
    shutil.rmtree(tmp_cpu, ignore_errors=True)
    cpu_bare, cpu_pack = min(bares), min(packs)
    cpu_ratio = cpu_pack / cpu_bare
    print(
        f"CPU time: bare merge {cpu_bare:.3f} s, packet {cpu_pack:.3f} s, "
        f"ratio {cpu_ratio:.2f} (target <= {CPU_RATIO_TARGET})"
    )

    out = subprocess.run(
        [sys.executable, __file__, "--child", str(args.rss_pages)],
        check=True,
        capture_output=True,
        text=True,
    )
    child = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"{child['pages']}-page packet: {child['seconds']:.2f} s, peak RSS "
        f"{child['peak_rss_mb']:.0f} MB (target < {RSS_TARGET_MB} MB, whole process incl. "
        f"interpreter and inputs); Python allocations during assembly peak "
        f"{child['traced_peak_mb']:.0f} MB"
    )
    t_wall, supp_a = t_packet_seconds()
    print(
        f"T packet, principal and {supp_a} Supplement A forms: {t_wall:.1f} s wall "
        f"(target < {T_PACKET_TARGET_S:.0f} s)"
    )
    ok = (
        cpu_ratio <= CPU_RATIO_TARGET
        and child["peak_rss_mb"] < RSS_TARGET_MB
        and t_wall < T_PACKET_TARGET_S
        and supp_a == 3
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
