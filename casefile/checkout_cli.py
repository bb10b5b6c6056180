"""``./run --database URL clients checkout CLIENT`` / ``clients checkin CLIENT [--keep ...]``:
check a client out of the clinic database to this laptop's encrypted store and back in
(issue 22 item 7; the logic is ``casefile.checkout``). The clinic store comes from
``--database`` (password from PGPASSWORD, ~/.pgpass or a prompt); the laptop's from
``--data-dir`` with its passphrase as for every other command."""

from __future__ import annotations

import argparse

from casefile.errors import StoreMissing, ValidationError
from casefile.paths import db_file

ACTIONS = ("checkout", "checkin")
KEEP = {"server": "keep_server", "laptop": "keep_laptop", "both": "keep_both"}


def run_checkout(args: argparse.Namespace, action: str, words: list[str]) -> int:
    from casefile.checkout import check_in, check_out
    from casefile.cli import (
        data_dir_from_args,
        database_url_from_args,
        open_server_store,
        read_passphrase,
    )
    from casefile.store import CaseStore

    if len(words) != 1:
        raise ValidationError(f"clients {action}", "name exactly one client (id, A-number, name)")
    url = database_url_from_args(args)
    if url is None:
        raise ValidationError("--database", f"clients {action} needs the clinic database URL")
    where = data_dir_from_args(args)
    if not CaseStore.exists(where):
        raise StoreMissing(db_file(where))
    laptop = CaseStore.open(where, read_passphrase(args.passphrase_env))
    try:
        server = open_server_store(where, url)
        try:
            if action == "checkout":
                rec = check_out(server, laptop, server.find_client(words[0]))
                server.record(rec.client_id, "checkout")
                print(
                    f"Checked out {rec.client_id} to this laptop ({rec.host}) as {rec.by}, "
                    f"server version {rec.base}. Check it in with: clients checkin {rec.client_id}"
                )
                return 0
            choice = KEEP.get(args.keep or "", "refuse")
            result = check_in(server, laptop, laptop.find_client(words[0]), choice)  # type: ignore[arg-type]
            server.record(result.client_id, "checkin")
        finally:
            server.lock()
    finally:
        laptop.lock()
    said = {
        "written": "the laptop's copy is now the clinic's",
        "unchanged": "nothing had changed on this laptop",
        "kept_server": "the clinic's copy was kept; this laptop's edits were dropped",
        "kept_both": f"this laptop's copy was added as a separate client {result.copy_id}",
    }[result.outcome]
    print(f"Checked in {result.client_id}: {said}. The laptop's copy was removed (backed up).")
    return 0
