"""Packet speed at scale (issue 20 item 4): whole process, in process, growth to 3,000 pages.

Every figure is a ratio against a baseline measured in the same run, on CPU time (the machine's
2 cores are shared, so wall-clock ratios swing); each is the best of ``--repeat`` runs
(default 5), the two sides interleaved so both see the same load. Exhibits are fictional PDFs
written to a temporary folder, as a user's exhibits folder would hold them.

1. Whole process: ``python -c "import packets; packets.assemble_packet(...)"`` on 200 exhibit
   pages against ``python -c "import pypdf; <merge the same files>"``. Target <= 2x.
2. In process: ``assemble_packet`` (cover, contents, bookmarks, Bates stamps) against a bare
   pypdf merge of the same files. Target <= 1.3x.
3. Growth: packets of 500 .. 3,000 pages, each in a fresh process; CPU per page at 3,000 within
   1.5x of that at 500 (linear), and peak RSS < 300 MB at 3,000.
4. Importing ``packets`` imports no form filling (forms, pikepdf), templates, eligibility or
   the fact catalogue.

    .venv/bin/python benchmarks/bench_packet_scale.py [--pages 200] [--repeat 5]
        [--growth 500,1000,2000,3000]

Prints the figures, then PASS or FAIL for each target and overall (exit status 0 / 1).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_packet import exhibit_pdfs, peak_rss_mb  # noqa: E402

#: Modules that importing ``packets`` must not load.
HEAVY = ("forms", "templates", "eligibility", "facts", "pikepdf", "docxtpl", "sqlmodel")

PACKET_CHILD = """
import datetime as dt, sys
from pathlib import Path
import packets
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
parts = [
    packets.PacketPart(f"Exhibit {i + 1}", "exhibit", path, exhibit_label=f"E{i + 1}",
                       exhibit_description=f"Fictional exhibit {i + 1}", tab=False)
    for i, path in enumerate(sorted(folder.glob("*.pdf")))
]
cover = packets.CoverInfo("Fictional Client", "Benchmark packet", dt.date(2026, 1, 1))
packets.assemble_packet(parts, out, cover=cover)
"""

BARE_CHILD = """
import sys
from pathlib import Path
from pypdf import PdfReader, PdfWriter
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
writer = PdfWriter()
for path in sorted(folder.glob("*.pdf")):
    for page in PdfReader(path).pages:
        writer.add_page(page)
with open(out, "wb") as fh:
    writer.write(fh)
"""

IMPORT_CHILD = f"""
import sys, packets
heavy = {HEAVY!r}
print(",".join(sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))))
"""


def write_exhibits(folder: Path, pages: int, per_file: int = 10) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(exhibit_pdfs(pages, per_file=per_file)):
        (folder / f"{i:04d} exhibit.pdf").write_bytes(data)
    return folder


def child_cpu(code: str, *args: str) -> float:
    """CPU seconds (user + system) of one fresh Python process running ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_process_cpu(folder: Path, out: Path) -> tuple[float, float]:
    """(packet, bare merge) CPU seconds in this process, on the same files."""
    import datetime as dt

    from pypdf import PdfReader, PdfWriter

    import packets

    files = sorted(folder.glob("*.pdf"))
    t = time.process_time()
    writer = PdfWriter()
    for path in files:
        for page in PdfReader(path).pages:
            writer.add_page(page)
    with open(out.with_suffix(".bare.pdf"), "wb") as fh:
        writer.write(fh)
    bare = time.process_time() - t
    parts = [
        packets.PacketPart(
            f"Exhibit {i + 1}",
            "exhibit",
            path,
            exhibit_label=f"E{i + 1}",
            exhibit_description=f"Fictional exhibit {i + 1}",
            tab=False,  # the same input pages as the bare merge (bench_packet.py does the same)
        )
        for i, path in enumerate(files)
    ]
    cover = packets.CoverInfo("Fictional Client", "Benchmark packet", dt.date(2026, 1, 1))
    t = time.process_time()
    packets.assemble_packet(parts, out, cover=cover)
    return time.process_time() - t, bare


def growth_child(pages: int) -> None:
    """In a fresh process: build a packet of ``pages`` pages; print CPU seconds and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_exhibits(Path(tmp) / "ex", pages, per_file=25)
        packet_cpu, _bare = in_process_cpu(folder, Path(tmp) / "p.pdf")
    print(json.dumps({"pages": pages, "cpu": packet_cpu, "peak_rss_mb": peak_rss_mb()}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--growth", default="500,1000,2000,3000")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        growth_child(args.child)
        return 0
    results: list[tuple[str, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_exhibits(Path(tmp) / "ex", args.pages)
        out = Path(tmp) / "p.pdf"

        leaked = subprocess.run(
            [sys.executable, "-c", IMPORT_CHILD], check=True, capture_output=True, text=True,
            cwd=ROOT,
        ).stdout.strip()  # fmt: skip
        print(f"import packets loads: {leaked or 'none of ' + ', '.join(HEAVY)}")
        results.append(("import packets stays light", not leaked))

        child_cpu(BARE_CHILD, str(folder), str(out))  # warm the file cache for both
        whole, bare_whole = [], []
        for _ in range(args.repeat):
            bare_whole.append(child_cpu(BARE_CHILD, str(folder), str(out)))
            whole.append(child_cpu(PACKET_CHILD, str(folder), str(out)))
        ratio = min(whole) / min(bare_whole)
        print(
            f"whole process, {args.pages} exhibit pages: packet {min(whole):.3f} s CPU, bare "
            f"pypdf merge process {min(bare_whole):.3f} s, ratio {ratio:.2f} (target <= 2)"
        )
        results.append(("whole process <= 2x", ratio <= 2.0))

        in_process_cpu(folder, out)  # warm imports
        runs = [in_process_cpu(folder, out) for _ in range(args.repeat)]
        packet_cpu, bare_cpu = min(r[0] for r in runs), min(r[1] for r in runs)
        ratio = packet_cpu / bare_cpu
        print(
            f"in process, {args.pages} exhibit pages: packet {packet_cpu:.3f} s CPU, bare merge "
            f"{bare_cpu:.3f} s, ratio {ratio:.2f} (target <= 1.3)"
        )
        results.append(("in process <= 1.3x", ratio <= 1.3))

    sizes = [int(n) for n in args.growth.split(",") if n.strip()]
    rows = []
    for n in sizes:
        out_text = subprocess.run(
            [sys.executable, __file__, "--child", str(n)],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        row = json.loads(out_text.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"growth: {n:5d} pages {row['cpu']:.2f} s CPU ({1000 * row['cpu'] / n:.2f} ms/page), "
            f"peak RSS {row['peak_rss_mb']:.0f} MB"
        )
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        per_page = (last["cpu"] / last["pages"]) / (first["cpu"] / first["pages"])
        print(
            f"growth {first['pages']} -> {last['pages']} pages: CPU per page x{per_page:.2f} "
            "(linear: <= 1.5)"
        )
        results.append(("growth linear", per_page <= 1.5))
        results.append((f"peak RSS < 300 MB at {last['pages']}", last["peak_rss_mb"] < 300))
    for name, ok in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    ok = all(ok for _name, ok in results)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
