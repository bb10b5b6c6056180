"""Headless case-file commands and the helpers every package's CLI uses to name a client.

Commands: ``init``, ``clients`` (list/search, ``clients show CLIENT``, ``clients import-profile
FILE.yaml``, ``clients export-profile CLIENT --out FILE.yaml --i-understand-plaintext``),
``export``, ``import``, ``backup``. Helpers: ``add_client_arguments(parser)`` and
``load_profile_from_args(args)``: ``--client demo`` is the bundled fictional profile and never
opens a database.
Passphrases come from an environment variable (``--passphrase-env``) or a no-echo prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.demo import demo_profile
from casefile.errors import PassphraseMissing, StoreMissing, ValidationError, printable
from casefile.passphrase_policy import check_new_passphrase
from casefile.paths import data_dir, db_file
from casefile.server_url import check_database_url

if TYPE_CHECKING:
    from casefile.profile import Profile
    from casefile.store import CaseStore, ClientSummary, ImportChoice

# The store (SQLAlchemy, SQLCipher, alembic), bundles and casefile.validation (it loads the ORM)
# are imported by the commands that use them: every package's CLI imports this module, and
# `assess --client demo` needs no database and no ORM.

PASSPHRASE_ENV = "RELIEFDESK_PASSPHRASE"
BUNDLE_PASSPHRASE_ENV = "RELIEFDESK_BUNDLE_PASSPHRASE"
DEMO = "demo"


# -- shared helpers -----------------------------------------------------------------------


def add_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        default=PASSPHRASE_ENV,
        help=f"Environment variable holding the database passphrase (default {PASSPHRASE_ENV}; "
        "otherwise it is asked for without echo)",
    )


def add_client_arguments(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--client`` (id, A-number, name, or ``demo``) and ``--passphrase-env VAR``."""
    parser.add_argument(
        "--client",
        required=required,
        metavar="CLIENT",
        help="Client id, A-number or name; 'demo' is the bundled fictional client (no database)",
    )
    add_passphrase_argument(parser)


def read_passphrase(env_var: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ") -> str:
    """From ``$env_var``, else a no-echo prompt when stdin is a terminal, else an error."""
    value = os.environ.get(env_var)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise PassphraseMissing(env_var)


def data_dir_from_args(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


#: The ``database_url`` setting: where clinic mode's cases live (no password in it).
def database_url_from_args(args: argparse.Namespace) -> str | None:
    """``--database``, else $RELIEFDESK_DATABASE_URL, else None (``check_database_url``)."""
    return check_database_url(getattr(args, "database", None))


def open_server_store(where: Path, url: str) -> CaseStore:
    """The clinic store: libpq's PGPASSWORD/~/.pgpass first, then a no-echo prompt."""
    from casefile.errors import ServerUnavailable
    from casefile.store import CaseStore

    try:
        return CaseStore.on_server(where, url)
    except ServerUnavailable as exc:
        if "password" not in exc.reason or sys.stdin is None or not sys.stdin.isatty():
            raise
    return CaseStore.on_server(where, url, getpass.getpass("Clinic database password: "))


def open_store_from_args(args: argparse.Namespace) -> CaseStore:
    """Open the store in ``--data-dir`` (or the default) with the passphrase from the args,
    or the clinic database named by ``--database``."""
    from casefile.store import CaseStore

    url = database_url_from_args(args)
    if url is not None:
        return open_server_store(data_dir_from_args(args), url)
    env_var = getattr(args, "passphrase_env", None) or PASSPHRASE_ENV
    where = data_dir_from_args(args)
    if not CaseStore.exists(where):
        raise StoreMissing(db_file(where))
    return CaseStore.open(where, read_passphrase(env_var))


def load_profile_from_args(args: argparse.Namespace, *, read_only: bool = False) -> Profile:
    """The profile named by ``--client``. ``demo`` opens no database; with ``read_only`` (the
    caller only reads the profile, never saves it) the demo is built without the ORM."""
    ref = (getattr(args, "client", None) or "").strip()
    if ref == DEMO:
        return demo_profile(plain=read_only)
    if not ref:
        raise ValidationError("--client", "name a client (id, A-number or name) or 'demo'")
    store = open_store_from_args(args)
    try:
        profile = store.load(store.find_client(ref))
        action = getattr(args, "audit_action", None) or _AUDIT_ACTION.get(
            getattr(args, "command", ""), "open"
        )
        store.record(profile.client.id, action)
        return profile
    finally:
        store.lock()


#: What the clinic's audit log calls each command's reading of a profile (default "open").
_AUDIT_ACTION = {"fill": "generate", "draft": "generate", "packet": "generate"}


# -- commands ----------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="Create the encrypted case database")
    add_passphrase_argument(p)
    p.add_argument("--with-demo", action="store_true", help="Also add the fictional demo client")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "clients",
        help="List or search clients; 'clients show CLIENT' shows one",
        description="clients [list] [QUERY...] | clients show CLIENT | clients import-profile "
        "FILE.yaml | clients export-profile CLIENT --out FILE.yaml --i-understand-plaintext | "
        "--database URL clients checkout CLIENT | --database URL clients checkin CLIENT "
        "[--keep server|laptop|both]. "
        "A query matches names, aliases and A-numbers, ignoring case and accents. Profile files "
        "are plaintext YAML documented by casefile/profile.schema.json.",
    )
    p.add_argument("words", nargs="*", metavar="QUERY", help="'list' or 'show', then words")
    p.add_argument("--all", action="store_true", help="Include archived clients")
    p.add_argument("--json", action="store_true", help="Machine-readable output")
    p.add_argument("--out", type=Path, help="export-profile: the YAML file to write")
    p.add_argument(
        "--i-understand-plaintext",
        action="store_true",
        help="export-profile: confirm that the file is written unencrypted",
    )
    p.add_argument(
        "--keep",
        choices=("server", "laptop", "both"),
        help="checkin: when both sides changed, keep the clinic's copy, this laptop's, or both",
    )
    add_passphrase_argument(p)
    p.set_defaults(handler=cmd_clients)

    p = sub.add_parser(
        "clinic",
        help="Clinic server: init, upgrade, add-user, remove-user, assign, audit",
        description="clinic init --dir DIR [--host H] [--port P] | clinic upgrade --dir DIR | "
        "--database URL clinic "
        "add-user NAME --role R [--team T] | clinic remove-user NAME | clinic assign CLIENT "
        "--to NAME|--team T | clinic audit [--client ID] [--csv FILE]",
    )
    from casefile.clinic_cli import add_arguments

    add_arguments(p)
    p.set_defaults(handler=cmd_clinic)

    p = sub.add_parser("export", help="Export clients to an encrypted bundle file")
    add_client_arguments(p)
    p.add_argument("--out", required=True, type=Path, help="Bundle file to write")
    p.add_argument(
        "--bundle-passphrase-env",
        metavar="VAR",
        default=BUNDLE_PASSPHRASE_ENV,
        help=f"Variable holding the bundle's own passphrase (default {BUNDLE_PASSPHRASE_ENV})",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="Import an encrypted bundle file")
    p.add_argument("file", type=Path, help="Bundle file to read")
    add_passphrase_argument(p)
    p.add_argument(
        "--bundle-passphrase-env",
        metavar="VAR",
        default=BUNDLE_PASSPHRASE_ENV,
        help=f"Variable holding the bundle's passphrase (default {BUNDLE_PASSPHRASE_ENV})",
    )
    p.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="Import even if a client with the same A-number or name and birth date exists",
    )
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--replace",
        action="store_true",
        help="If this computer's copy of a client changed too, let the bundle's copy replace "
        "it (a backup is made first)",
    )
    choice.add_argument(
        "--keep-both",
        action="store_true",
        help="If this computer's copy of a client changed too, add the bundle's copy as a "
        "separate client",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("backup", help="Make an encrypted backup now (or --list them)")
    add_passphrase_argument(p)
    p.add_argument("--list", action="store_true", help="List existing backups, newest first")
    p.set_defaults(handler=cmd_backup)


def cmd_init(args: argparse.Namespace) -> int:
    where = data_dir_from_args(args)
    passphrase = os.environ.get(args.passphrase_env)
    if not passphrase:
        first = read_passphrase(args.passphrase_env, "New passphrase: ")
        check_new_passphrase(first)  # say so before asking for it again
        if read_passphrase(args.passphrase_env, "Repeat it: ") != first:
            raise ValidationError("passphrase", "the two entries differ")
        passphrase = first
    check_new_passphrase(passphrase)
    from casefile.store import CaseStore

    store = CaseStore.create(where, passphrase)
    try:
        if args.with_demo:
            store.add_demo_client()
    finally:
        store.lock()
    print(f"Created the encrypted case database {db_file(where)}")
    return 0


#: Characters json.dumps(ensure_ascii=False) leaves raw that a terminal acts on (DEL, C1 such as
#: CSI, bidi overrides, line separators): escaped so that the output is still valid JSON.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _safe_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _summary_json(s: ClientSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "display_name": s.display_name,
        "aliases": list(s.aliases),
        "a_number": s.a_number,
        "date_of_birth": s.date_of_birth.isoformat() if s.date_of_birth else None,
        "updated_at": s.updated_at.isoformat(),
        "archived": s.archived,
    }


def cmd_clinic(args: argparse.Namespace) -> int:
    from casefile.clinic_cli import run_clinic

    return run_clinic(args)


def cmd_clients(args: argparse.Namespace) -> int:
    words = list(args.words)
    action = "list"
    if words and words[0] in ("list", "show", "import-profile", "export-profile"):
        action = words.pop(0)
    if words and words[0] in ("checkout", "checkin"):  # clinic mode (casefile.checkout_cli)
        from casefile.checkout_cli import run_checkout

        return run_checkout(args, words[0], words[1:])
    if action == "import-profile":
        return _import_profile(args, words)
    if action == "export-profile":
        return _export_profile(args, words)
    if action == "show":
        if len(words) != 1:
            raise ValidationError("clients show", "name exactly one client (id, A-number, name)")
        args.client = words[0]
        profile = load_profile_from_args(args)
        if args.json:
            from casefile.serialize import profile_to_json

            print(_safe_json(profile_to_json(profile)))
        else:
            print(_describe(profile))
        return 0
    store = open_store_from_args(args)
    try:
        found = store.list_clients(" ".join(words), include_archived=args.all)
        out_to = _checked_out_marks(store)
    finally:
        store.lock()
    if args.json:
        print(_safe_json([_summary_json(s) for s in found]))
        return 0
    if not found:
        print("No clients match." if words else "No clients yet.")
        return 0
    from casefile.validation import format_a_number

    for s in found:
        a_number = format_a_number(s.a_number) if s.a_number else "-"
        dob = s.date_of_birth.isoformat() if s.date_of_birth else "-"
        flag = "  (archived)" if s.archived else ""
        flag += out_to.get(s.id, "")
        name = printable(s.display_name, 60)
        print(f"{s.id}  {name:<30}  {a_number:<13}  born {dob}{flag}")
    return 0


def _checked_out_marks(store: CaseStore) -> dict[str, str]:
    """' (checked out by USER on HOST)' per client checked out to a laptop (issue 22 item 7)."""
    from casefile.checkout import checked_out

    return {
        cid: f"  (checked out by {printable(c.by, 40)} on {printable(c.host, 40)})"
        for cid, c in checked_out(store).items()
    }


PLAINTEXT_WARNING = (
    "A profile file is PLAINTEXT: anyone who can read the file can read the client's data. "
    "Keep it on an encrypted disk and delete it when it has been imported."
)


def _import_profile(args: argparse.Namespace, words: list[str]) -> int:
    """``clients import-profile FILE.yaml``: one new client from a documented profile file."""
    from casefile.profile import profile_from_yaml

    if len(words) != 1:
        raise ValidationError("clients import-profile", "name exactly one YAML file")
    path = Path(words[0])
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror})") from None
    profile = profile_from_yaml(text, str(path))
    store = open_store_from_args(args)
    try:
        if store.has_client(profile.client.id):
            raise ValidationError(
                f"{path}: client.id",
                f"client {profile.client.id} already exists; remove the id line to import the "
                "file as a new client",
            )
        store.save(profile)
    finally:
        store.lock()
    print(f"Imported client {profile.client.id} ({profile.display_name}) from {path}")
    print(PLAINTEXT_WARNING, file=sys.stderr)
    return 0


def _export_profile(args: argparse.Namespace, words: list[str]) -> int:
    """``clients export-profile CLIENT --out FILE.yaml --i-understand-plaintext``."""
    from casefile.profile import profile_to_yaml

    if len(words) != 1 or args.out is None:
        raise ValidationError(
            "clients export-profile", "name one client and the file: CLIENT --out FILE.yaml"
        )
    if not args.i_understand_plaintext:
        raise ValidationError(
            "--i-understand-plaintext", PLAINTEXT_WARNING + " Add the flag to write it anyway"
        )
    args.client = words[0]
    args.audit_action = "export"  # a plaintext copy leaves the store: the log says so
    profile = load_profile_from_args(args)
    args.out.write_text(profile_to_yaml(profile), encoding="utf-8")
    os.chmod(args.out, 0o600)
    print(f"Wrote {args.out} (plaintext; readable by you only)")
    return 0


def _describe(profile: Profile) -> str:
    from casefile.validation import format_a_number

    c = profile.client
    lines = [
        f"{printable(profile.display_name, 200)}  (id {printable(c.id)})",
        f"  A-number: {format_a_number(c.a_number) if c.a_number else '-'}",
        f"  Born: {c.date_of_birth.isoformat() if c.date_of_birth else '-'}"
        f"  in {printable(c.country_of_birth or '-', 100)}",
    ]
    for group, rows in profile.groups.items():
        if rows:
            lines.append(f"  {group}: {len(rows)}")
    lines.append(f"  interview answers: {len(profile.answers)}")
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    from casefile.osplatform import sweep_stale_temp

    sweep_stale_temp(out.parent)  # what an export killed earlier left beside its target
    if args.client.strip() == DEMO:
        pw = read_passphrase(args.bundle_passphrase_env, "Passphrase for the export file: ")
        from casefile.bundle import write_bundle

        write_bundle([demo_profile()], out, pw)
        print(f"Exported the fictional demo client to {out}")
        return 0
    store = open_store_from_args(args)
    try:
        cid = store.find_client(args.client)
        pw = read_passphrase(args.bundle_passphrase_env, "Passphrase for the export file: ")
        store.export_bundle([cid], out, pw)  # logged by the store (auditevent, mirrored)
    finally:
        store.lock()
    print(f"Exported client {cid} to {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    try:
        pw = read_passphrase(args.bundle_passphrase_env, "Passphrase of the export file: ")
        choice: ImportChoice = (
            "replace" if args.replace else "keep_both" if args.keep_both else "refuse"
        )
        ids = store.import_bundle(
            args.file, pw, allow_duplicates=args.allow_duplicates, on_conflict=choice
        )
    finally:
        store.lock()
    for cid in ids:
        print(f"Imported client {cid}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    try:
        if args.list:
            for b in store.list_backups():
                print(b)
            return 0
        path = store.backup()
    finally:
        store.lock()
    print(f"Backup written to {path}")
    return 0
