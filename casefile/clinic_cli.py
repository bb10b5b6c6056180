"""``./run clinic ...``: set up and administer a clinic server (issue 22 items 2, 4, 5).

``clinic init --dir DIR`` runs on the server machine; ``add-user``, ``remove-user``,
``assign`` and ``audit`` run as a supervising attorney against ``--database URL``.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import socket
import sys
from pathlib import Path
from typing import Any

from casefile.errors import ValidationError

ACTIONS = ("init", "upgrade", "add-user", "remove-user", "assign", "audit")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("words", nargs="+", metavar="ACTION", help=f"one of {', '.join(ACTIONS)}")
    p.add_argument(
        "--dir", type=Path, help="init, upgrade: the server's folder (cluster, TLS, keys)"
    )
    p.add_argument("--host", help="init: the name laptops reach the server by (certificate)")
    p.add_argument("--port", type=int, default=5432, help="init: TCP port (default 5432)")
    p.add_argument("--supervisor", default=getpass.getuser(), help="init: first supervisor")
    p.add_argument("--role", help="add-user: supervising_attorney, attorney, paralegal, student")
    p.add_argument("--team", help="add-user: the user's team; assign: give a team access")
    p.add_argument("--to", help="assign: give this user access")
    p.add_argument("--client", help="audit: only this client's rows")
    p.add_argument("--csv", type=Path, help="audit: write the rows to this CSV file")
    p.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")


def _new_password(args: argparse.Namespace, who: str) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"New password for {who}: ")
        if getpass.getpass("Again: ") != password:
            raise ValidationError("password", "the two entries differ; run the command again")
    if len(password) < 12:
        raise ValidationError("password", "use at least 12 characters")
    return password


def run_clinic(args: argparse.Namespace) -> int:
    action, rest = args.words[0], args.words[1:]
    if action not in ACTIONS:
        raise ValidationError("clinic", f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    if action == "init":
        return _init(args)
    if action == "upgrade":
        return _upgrade(args)
    with _admin_connection(args) as conn:
        return _ADMIN[action](conn, args, rest)


def _init(args: argparse.Namespace) -> int:
    from casefile.clinic_server import init_clinic

    if args.dir is None:
        raise ValidationError("--dir", "clinic init needs the folder for the server's files")
    host = args.host or socket.gethostname()
    password = _new_password(args, args.supervisor)
    server = init_clinic(Path(args.dir), args.supervisor, password, host=host, port=args.port)
    print(f"Clinic server running in {args.dir} on {host}:{server.cluster.port} (TLS only).")
    print(f"Copy {server.ca_cert} to each laptop, then connect with:")
    print(f"  ./run --database '{server.laptop_url(args.supervisor)}'")
    print("(or set RELIEFDESK_DATABASE_URL; use each user's own name in the URL)")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from casefile.clinic_server import upgrade_clinic

    if args.dir is None:
        raise ValidationError("--dir", "clinic upgrade needs the server's folder (clinic init)")
    revision = upgrade_clinic(Path(args.dir))
    print(f"The clinic database is at schema {revision}; users can open it again.")
    return 0


def _admin_connection(args: argparse.Namespace) -> Any:
    """A psycopg connection as the supervising attorney named in ``--database``."""
    import psycopg
    from sqlalchemy.engine import make_url

    from casefile.cli import database_url_from_args

    url = database_url_from_args(args)
    if url is None:
        raise ValidationError("--database", "clinic administration needs the clinic's URL")
    target = make_url(url).set(drivername="postgresql")
    dsn = target.render_as_string(hide_password=False)
    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        if "password" not in str(exc) or not sys.stdin.isatty():
            raise
    return psycopg.connect(dsn, autocommit=True, password=getpass.getpass("Password: "))


def _one(rest: list[str], what: str) -> str:
    if len(rest) != 1:
        raise ValidationError("clinic", f"name exactly one {what}")
    return rest[0]


def _add_user(conn: Any, args: argparse.Namespace, rest: list[str]) -> int:
    from casefile import clinic, clinic_keys

    name = _one(rest, "user")
    if args.role is None:
        raise ValidationError("--role", f"one of {', '.join(clinic.ROLES)}")
    password = _new_password(args, name)
    clinic.add_user(conn, name, args.role, password, team=args.team)
    # The clinic data key, wrapped for the new password (issue 22 item 3): the supervisor's
    # own copy opens with the password of this connection (asked for when libpq had none).
    mine = conn.info.password or None
    if mine is None and sys.stdin.isatty():
        mine = getpass.getpass("Your own password (opens the clinic key): ")
    clinic_keys.grant(conn, name, password, mine)
    print(f"Added {name} as {args.role}" + (f" in team {args.team}" if args.team else "") + ".")
    return 0


def _remove_user(conn: Any, _args: argparse.Namespace, rest: list[str]) -> int:
    from casefile import clinic

    name = _one(rest, "user")
    clinic.remove_user(conn, name)
    print(f"Removed {name}: no login, no access, no key. Their audit rows stay.")
    return 0


def _assign(conn: Any, args: argparse.Namespace, rest: list[str]) -> int:
    from casefile import clinic

    client_id = _one(rest, "client id")
    clinic.assign(conn, client_id, to=args.to, team=args.team)
    print(f"Assigned {client_id} to {args.to or 'team ' + str(args.team)}.")
    return 0


def _audit(conn: Any, args: argparse.Namespace, _rest: list[str]) -> int:
    from casefile import clinic

    rows = clinic.audit_rows(conn, args.client)
    if args.csv is not None:
        with Path(args.csv).open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["at", "who", "client_id", "action"])
            out.writerows([r[0].isoformat(), *r[1:]] for r in rows)
        print(f"Wrote {len(rows)} audit rows to {args.csv}")
        return 0
    for at, who, client_id, action in rows:
        print(f"{at:%Y-%m-%d %H:%M:%S}  {who:<16} {action:<9} {client_id or '-'}")
    return 0


_ADMIN = {"add-user": _add_user, "remove-user": _remove_user, "assign": _assign, "audit": _audit}
