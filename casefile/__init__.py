"""casefile: client profiles stored in an encrypted SQLite (SQLCipher) database.

Owns: the SQLModel tables, opening/keying the database, storage of profiles, backups,
migrations, export/import bundles and the fictional demo client.
Must not import: facts, eligibility, forms, clauses, templates, packets, desktop, or Qt.

Public API, imported from its modules (this package file re-exports nothing, so that
``import casefile.version`` or ``casefile.paths`` pays for no more than that module: the store
loads SQLAlchemy, SQLCipher and alembic, and ``--version`` and the first window start before it):
``casefile.store.CaseStore`` (the service) and ``ClientSummary``, ``casefile.profile.Profile``,
``casefile.demo.demo_profile``, ``casefile.validation.check_profile``,
``casefile.paths.data_dir``/``db_file``/``backups_dir``, ``casefile.throttle.UnlockThrottle``
and the typed errors in ``casefile.errors``.
"""
