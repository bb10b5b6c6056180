"""Headless commands of the forms package: ``forms list|add|coverage`` and ``fill``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from casefile.atomic import reason, write_atomic
from casefile.cli import add_client_arguments, load_profile_from_args
from eligibility.loader import RELIEFS
from forms.errors import FormWriteError


def register(sub: Any) -> None:
    forms = sub.add_parser("forms", help="Official USCIS forms: list, add a PDF, map coverage")
    fsub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = fsub.add_parser("list", help="Forms ReliefDesk knows, their editions and where the PDF is")
    p.set_defaults(handler=cmd_list)
    p = fsub.add_parser("add", help="Add an official PDF downloaded from uscis.gov")
    p.add_argument("file", type=Path, help="The PDF from uscis.gov")
    p.set_defaults(handler=cmd_add)
    p = fsub.add_parser("coverage", help="Per form: fields mapped, blank by design, unmapped")
    p.add_argument("--show-unmapped", action="store_true", help="List the unmapped field names")
    p.set_defaults(handler=cmd_coverage)

    p = sub.add_parser("fill", help="Fill an official form for a client")
    add_client_arguments(p)
    p.add_argument("--form", required=True, help="Form id, e.g. i-589, i-765, i-914a")
    p.add_argument("--out", required=True, type=Path, help="Where to write the filled PDF")
    p.add_argument(
        "--relief",
        choices=RELIEFS,  # an unknown relief was accepted silently (issue 21)
        help="Relief the filing is for: " + ", ".join(RELIEFS),
    )
    p.add_argument(
        "--family-member",
        type=int,
        metavar="N",
        help="Fill for family member N (0-based, in the profile's family order)",
    )
    p.add_argument("--pdf", type=Path, help="Use this official PDF instead of the stored one")
    p.add_argument("--flatten", action="store_true", help="Burn the answers in (packet copy)")
    p.set_defaults(handler=cmd_fill)


def _data_dir(args: argparse.Namespace) -> Any:
    return getattr(args, "data_dir", None)


def cmd_list(args: argparse.Namespace) -> int:
    from forms.errors import FormsError
    from forms.registry import all_forms, find_pdf, user_forms_dir

    folder = user_forms_dir(_data_dir(args))
    for form in all_forms():
        if not form.editions:
            print(f"{form.id:8} {form.number}: no field map (fill by hand) - {form.title}")
            continue
        ed = form.editions[0]
        try:
            where = str(find_pdf(form.id, forms_dir=folder))
        except FormsError:
            where = f"PDF not added yet (download from {form.url})"
        expires = ed.expires or "not known"
        print(f"{form.id:8} {form.number} edition {ed.edition} (expires {expires}): {where}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from forms.registry import add_official_form, user_forms_dir

    added = add_official_form(args.file, forms_dir=user_forms_dir(_data_dir(args)))
    print(f"Added {added.form.number} edition {added.edition} as {added.path}")
    for w in added.warnings:
        print(f"warning: {w}")
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from forms.fill import inventory_for
    from forms.maps import coverage, load_map
    from forms.registry import all_forms

    for form in all_forms():
        for ed in form.editions:
            cov = coverage(load_map(ed.map), inventory_for(form.id, ed.edition))
            print(cov.line())
            if args.show_unmapped:
                for name in cov.unmapped:
                    print(f"    {name}")
    return 0


def _check_pdf_argument(path: Path) -> None:
    """``--pdf``: an existing regular file that starts like a PDF (issue 21: a missing or
    non-PDF file ended in a traceback)."""
    from forms.errors import FormNotRecognised

    try:
        if not path.is_file():
            missing = not path.exists()
            raise FormNotRecognised(path, "the file does not exist" if missing else "not a file")
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise FormNotRecognised(path, f"it cannot be read ({reason(exc)})") from exc
    if b"%PDF-" not in head:
        raise FormNotRecognised(path, "it is not a PDF file")


def cmd_fill(args: argparse.Namespace) -> int:
    from facts import FactView
    from forms.fill import fill, flatten
    from forms.registry import user_forms_dir

    if args.pdf is not None:
        _check_pdf_argument(Path(args.pdf))
    profile = load_profile_from_args(args)
    view = FactView(profile, today=dt.date.today())
    result = fill(
        args.form,
        view,
        pdf_path=args.pdf,
        relief=args.relief,
        derivative_row=args.family_member,
        forms_dir=user_forms_dir(_data_dir(args)),
    )
    data = flatten(result.pdf) if args.flatten else result.pdf
    try:
        write_atomic(args.out, data, mode=0o644)
    except OSError as exc:
        raise FormWriteError(args.out, reason(exc)) from exc
    r = result.report
    print(
        f"Wrote {args.out}: {r.form} edition {r.edition}, {len(r.filled)} fields filled, "
        f"{len(r.blank_by_design)} blank by design, {len(r.unmapped)} not mapped."
    )
    for item in r.reliefs_used:
        print(f"relief: {item}")
    for m in r.missing:
        print(f"missing: {m.reference}: {m.question} ({m.fact})")
    for o in r.overflowed:
        where = "additional information" if o.placed == "additional_info" else "continuation"
        print(f"moved to {where}: {o.reference}")
    for w in r.warnings:
        print(f"warning: {w}")
    return 0
