"""Alembic environment: runs only on the connection that casefile.migrate hands over
(our SQLCipher engine); there is no URL and no alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import casefile.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("ReliefDesk migrations run only through casefile.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
