"""Headless ``draft`` command: render one document for a client to DOCX (and PDF).

./run draft --client demo --document t_declaration --out decl.docx [--pdf]
./run draft --list
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from casefile.cli import add_client_arguments, load_profile_from_args
from facts import FactView
from templates.registry import DOCUMENTS
from templates.render import Counsel, RenderOptions, Translator, render, save_bytes


def register(sub: Any) -> None:
    p = sub.add_parser(
        "draft",
        help="Render a draft declaration, letter or vacatur paper as DOCX (and PDF)",
        description="Render a draft for attorney review. Missing facts appear as highlighted "
        "[[MISSING: ...]] placeholders and are listed on stderr.",
    )
    add_client_arguments(p, required=False)
    p.add_argument("--document", choices=sorted(DOCUMENTS), help="Document to draft")
    p.add_argument("--out", type=Path, help="Output .docx path")
    p.add_argument("--pdf", action="store_true", help="Also write a PDF beside it (LibreOffice)")
    p.add_argument("--final", action="store_true", help="No DRAFT header, no review notes")
    p.add_argument("--state", help="Vacatur papers: two-letter state of the conviction")
    p.add_argument("--relief", help="Cover letter: t_visa, u_visa or asylum_psg")
    p.add_argument("--today", type=dt.date.fromisoformat, help="Date to use (YYYY-MM-DD)")
    p.add_argument("--counsel-name")
    p.add_argument("--counsel-firm")
    p.add_argument("--counsel-address")
    p.add_argument("--counsel-phone")
    p.add_argument("--counsel-email")
    p.add_argument("--translator-name")
    p.add_argument("--list", action="store_true", help="List the documents and exit")
    p.set_defaults(handler=cmd_draft)


def cmd_draft(args: argparse.Namespace) -> int:
    if args.list:
        for spec in DOCUMENTS.values():
            sign = "wet-ink signature" if spec.needs_wet_signature else "no signature"
            print(f"{spec.id}\t{spec.title}\t{', '.join(spec.reliefs)}\t{sign}")
        return 0
    if not args.client or not args.document or not args.out:
        print("./run draft: --client, --document and --out are required", file=sys.stderr)
        return 2
    view = FactView(load_profile_from_args(args), today=args.today)
    options = RenderOptions(
        final=args.final,
        state=args.state,
        relief=args.relief,
        counsel=Counsel(
            name=args.counsel_name,
            firm=args.counsel_firm,
            address=args.counsel_address,
            phone=args.counsel_phone,
            email=args.counsel_email,
        ),
        translator=Translator(name=args.translator_name),
    )
    draft = render(args.document, view, options=options)
    out: Path = args.out
    draft.save(out)
    print(f"wrote {out} ({len(draft.data)} bytes; {len(draft.missing)} missing items)")
    for item in draft.missing:
        print(f"  missing: {item.label} [{item.fact}] in {item.where}", file=sys.stderr)
    for w in draft.warnings:
        print(f"  warning: {w}", file=sys.stderr)
    if args.pdf:
        from templates.convert import docx_to_pdf

        pdf = out.with_suffix(".pdf")
        save_bytes(pdf, docx_to_pdf(draft.data))
        print(f"wrote {pdf}")
    return 0
