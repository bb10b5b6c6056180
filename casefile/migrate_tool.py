"""Developer tool: draft a new alembic revision from the difference between the models and
the schema at head. Usage: ``python -m casefile.migrate_tool "message"``.

It builds the head schema in an in-memory (unencrypted, empty) SQLite database, so no client
data is involved. Always read and edit the draft before committing it.
"""

from __future__ import annotations

import sys

from alembic import command
from sqlalchemy import create_engine

from casefile.migrate import alembic_config, known_revisions, script_directory


def draft_revision(message: str) -> str:
    engine = create_engine("sqlite://")
    heads = script_directory().get_heads()
    rev_id = f"{len(known_revisions()) + 1:04d}"
    with engine.begin() as conn:
        if heads:
            command.upgrade(alembic_config(conn), "head")
        command.revision(alembic_config(conn), message=message, autogenerate=True, rev_id=rev_id)
    return rev_id


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m casefile.migrate_tool 'what changed'", file=sys.stderr)
        return 2
    print(f"drafted revision {draft_revision(argv[0])} in casefile/migrations/versions/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
