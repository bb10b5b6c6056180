"""Headless commands of the forms package: ``forms list|add|coverage`` and ``fill``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from casefile.atomic import reason, write_atomic
from casefile.cli import add_client_arguments, load_profile_from_args
from eligibility.registry import relief_ids
from forms.errors import FormsError, FormWriteError


def register(sub: Any) -> None:
    forms = sub.add_parser(
        "forms", help="Official USCIS forms: list, add a PDF, map coverage, review a map"
    )
    fsub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = fsub.add_parser("list", help="Forms ReliefDesk knows, their editions and where the PDF is")
    p.set_defaults(handler=cmd_list)
    p = fsub.add_parser("add", help="Add an official PDF downloaded from uscis.gov")
    p.add_argument("file", type=Path, help="The PDF from uscis.gov")
    p.set_defaults(handler=cmd_add)
    p = fsub.add_parser("coverage", help="Per form: fields mapped, blank by design, unmapped")
    p.add_argument("--show-unmapped", action="store_true", help="List the unmapped field names")
    p.set_defaults(handler=cmd_coverage)
    p = fsub.add_parser(
        "map",
        help="Propose a field map for an official PDF from its tooltips; review it to use it",
    )
    p.add_argument("file", type=Path, help="The official PDF (e.g. a new edition, Supplement B)")
    p.add_argument("--review", action="store_true", help="Review the proposal field by field")
    p.add_argument("--reviewer", help="Who reviews (saved in the map), e.g. 'A. Lawyer, Esq.'")
    p.add_argument(
        "--draft", type=Path, help="Also write the proposal as a draft YAML (not usable)"
    )
    p.add_argument(
        "--accept-confident",
        action="store_true",
        help="With --review: accept high-confidence proposals first, then ask about the rest",
    )
    p.set_defaults(handler=cmd_map)
    p = fsub.add_parser("map-export", help="Write a reviewed map to a file to share it")
    p.add_argument("form", help="Form number as printed, e.g. G-28, I-918B")
    p.add_argument("edition", help="Edition as printed, MM/DD/YY")
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cmd_map_export)
    p = fsub.add_parser("map-import", help="Import a reviewed map shared by another clinic")
    p.add_argument("file", type=Path, help="The map (.yaml)")
    p.add_argument("--pdf", required=True, type=Path, help="Your official PDF of that edition")
    p.set_defaults(handler=cmd_map_import)

    p = sub.add_parser("fill", help="Fill an official form for a client")
    add_client_arguments(p)
    p.add_argument("--form", required=True, help="Form id, e.g. i-589, i-765, i-914a")
    p.add_argument("--out", required=True, type=Path, help="Where to write the filled PDF")
    p.add_argument(
        "--relief",
        choices=relief_ids(),  # an unknown relief was accepted silently (issue 21)
        help="Relief the filing is for: " + ", ".join(relief_ids()),
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
    return args.data_dir  # main's parser gives every command --data-dir


def cmd_list(args: argparse.Namespace) -> int:
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


def _show(p: Any) -> str:
    what = "blank by design" if p.kind == "blank" else (str(p.fact) if p.fact else "(nothing)")
    if p.value is not None:
        what += f" = {p.value}"
    if p.format:
        what += f" [{', '.join(p.format)}]"
    return f"{what}  ({p.confidence:.0%}: {p.reason})"


def cmd_map(args: argparse.Namespace) -> int:
    from forms.propose import propose
    from forms.propose_input import check_pdf
    from forms.propose_review import ReviewSession
    from forms.propose_store import save_reviewed
    from forms.registry import sha256_of

    checked = check_pdf(args.file)
    proposal = propose(checked.inventory, form_id=checked.form, edition=checked.edition)
    session = ReviewSession(proposal, checked.inventory)
    print(
        f"{checked.form} edition {checked.edition}: {len(proposal.fields)} fields proposed. "
        "Nothing proposed is used for filling until it is reviewed and accepted."
    )
    if args.draft:
        from forms.propose import draft_yaml

        write_atomic(args.draft, draft_yaml(proposal).encode("utf-8"), mode=0o644)
        print(f"Wrote the draft (not reviewed) to {args.draft}")
    if not args.review:
        for part in session.parts():
            print(f"Part {part}")
            for p in session.in_part(part):
                print(f"  p.{p.page} item {p.item or '-'}: {p.tooltip[:90]}")
                print(f"      -> {_show(p)}")
        print("Review with: forms map FILE --review --reviewer 'NAME'")
        return 0
    if not args.reviewer:
        print("error: --review needs --reviewer NAME (saved in the map)")
        return 2
    if args.accept_confident:
        print(f"accepted {session.accept_confident()} high-confidence proposals")
    for part in session.parts():
        print(f"Part {part}")
        for p in session.in_part(part):
            if session.decisions[p.field].status != "pending":
                continue
            print(f"  p.{p.page} item {p.item or '-'}: {p.tooltip}")
            print(f"      -> {_show(p)}")
            while True:
                answer = input("  [a]ccept / c FACT [VALUE] / b REASON: ").strip()
                try:
                    if answer in ("", "a"):
                        session.accept(p.field)
                    elif answer.startswith("c "):
                        bits = answer[2:].split()
                        session.change(p.field, bits[0], value=bits[1] if len(bits) > 1 else None)
                    elif answer.startswith("b "):
                        session.blank(p.field, answer[2:])
                    else:
                        print("  answer a, 'c FACT [VALUE]' or 'b REASON'")
                        continue
                except (FormsError, KeyError, IndexError) as exc:  # say why; ask again
                    print(f"  {exc}")
                    continue
                break
    fmap = session.build_map(
        form=checked.form,
        edition=checked.edition,
        reviewed_by=args.reviewer,
        pdf_sha256=sha256_of(checked.path),
    )
    path = save_reviewed(fmap, checked.inventory, data_dir=_data_dir(args))
    print(f"Saved the reviewed map as {path}")
    return 0


def cmd_map_export(args: argparse.Namespace) -> int:
    from forms.propose_store import export_reviewed

    out = export_reviewed(args.form, args.edition, args.out, data_dir=_data_dir(args))
    print(f"Wrote {out}")
    return 0


def cmd_map_import(args: argparse.Namespace) -> int:
    from forms.propose_input import check_pdf
    from forms.propose_store import import_reviewed

    checked = check_pdf(args.pdf)
    path = import_reviewed(args.file, checked.inventory, data_dir=_data_dir(args))
    print(f"Imported the reviewed map as {path}")
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
