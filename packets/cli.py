"""Headless commands: ``packet`` (build the packet PDF) and ``plan`` (show the filing plan).

./run packet --client demo --relief t_visa --out packet.pdf [--exhibits DIR]
./run plan --client demo --relief u_visa [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eligibility.registry import relief_ids
from packets.plan import PlanOptions


def _client_args(p: argparse.ArgumentParser) -> None:
    from casefile.cli import add_client_arguments

    add_client_arguments(p)


def _profile(args: argparse.Namespace) -> Any:
    from casefile.cli import load_profile_from_args

    return load_profile_from_args(args)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "packet",
        help="Build the filing packet PDF (cover, contents, forms, drafts, exhibits, Bates)",
        description="Builds one bookmarked, Bates-numbered PDF for the relief, plus a JSON "
        "manifest and the fillable form copies beside it. Documents that cannot be produced "
        "yet get a 'NOT INCLUDED' page unless --strict.",
    )
    _client_args(p)
    p.add_argument("--relief", required=True, help=f"One of {', '.join(relief_ids())}")
    p.add_argument("--out", required=True, type=Path, help="Packet PDF to write")
    p.add_argument(
        "--exhibits",
        type=Path,
        help="Folder of exhibit files and completed documents (g-28.pdf, i-918b.pdf ...)",
    )
    p.add_argument("--bates-prefix", default="RD", help="Bates number prefix (default RD)")
    p.add_argument("--fee-waiver", action="store_true", help="Include a fee-waiver request")
    p.add_argument("--final", action="store_true", help="Drafts without review notes")
    p.add_argument("--strict", action="store_true", help="Refuse if any document is not ready")
    p.add_argument("--quiet", action="store_true", help="No progress lines")
    _court_arg(p, "one packet per court, <out>-<court>.pdf, when the records lie in several")
    p.set_defaults(handler=cmd_packet)

    q = sub.add_parser("plan", help="Show the filing plan: documents in order, with status")
    _client_args(q)
    q.add_argument("--relief", required=True, help=f"One of {', '.join(relief_ids())}")
    q.add_argument("--exhibits", type=Path, help="Folder of exhibit files")
    q.add_argument("--fee-waiver", action="store_true", help="Include a fee-waiver request")
    q.add_argument("--json", action="store_true", help="Print the plan as JSON")
    _court_arg(q, "every record, with the client's courts listed")
    q.set_defaults(handler=cmd_plan)


def _court_arg(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument(
        "--court",
        metavar="KEY",
        help=f"Vacatur: only the records of this court (its key, as the plan lists it in "
        f"[brackets]); default: {default}",
    )


def cmd_plan(args: argparse.Namespace) -> int:
    from facts import FactView
    from packets.plan import plan

    view = FactView(_profile(args))
    result = plan(
        view,
        args.relief,
        exhibits_dir=args.exhibits,
        options=PlanOptions(fee_waiver=args.fee_waiver, venue=args.court),
    )
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"{result.title} — {result.client_name} ({result.relief}, plan {result.verify_status})")
    for n, doc in enumerate(result.documents, start=1):
        print(f"{n:3}. {doc.title}  [{doc.source}; {doc.status.value}]")
        for problem in doc.problems:
            print(f"       - {problem}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    return 0


def cmd_packet(args: argparse.Namespace) -> int:
    from facts import FactView
    from packets.plan import load_plan_data
    from packets.venues import venues

    relief = load_plan_data(args.relief).relief  # an unknown relief: one line, before progress
    view = FactView(_profile(args))
    if args.court is not None or relief != "vacatur" or len(found := venues(view)) < 2:
        _one_packet(args, view, args.out, args.court)
        return 0
    # records in several courts: one set of papers per court, each filed where it belongs
    for venue in found:
        out = args.out.with_name(f"{args.out.stem}-{venue.key}{args.out.suffix or '.pdf'}")
        print(f"== {venue.label} [{venue.key}]")
        _one_packet(args, view, out, venue.key)
    return 0


def _one_packet(args: argparse.Namespace, view: Any, out: Path, court: str | None) -> None:
    from packets.service import build_packet

    def progress(done: int, total: int, message: str) -> None:
        print(f"[{100 * done // max(total, 1):3d}%] {message}", file=sys.stderr)

    result = build_packet(
        view,
        args.relief,
        out,
        exhibits_dir=args.exhibits,
        bates_prefix=args.bates_prefix,
        progress=None if args.quiet else progress,
        options=PlanOptions(fee_waiver=args.fee_waiver, venue=court),
        strict=args.strict,
        final=args.final,
    )
    print(
        f"Wrote {result.path} ({result.page_count} pages, "
        f"{result.manifest['bates_first']}–{result.manifest['bates_last']})"
    )
    print(f"Manifest: {result.manifest_path}")
    for copy in result.fillable_copies:
        print(f"Fillable copy: {copy}")
    for draft in result.drafts:
        print(f"Editable draft: {draft}")
    for doc in result.left_out:
        print(f"NOT INCLUDED: {doc.title} ({doc.status.value})")
    for warning in result.warnings:
        print(f"warning: {warning}")
