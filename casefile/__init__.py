"""casefile: client profiles stored in an encrypted SQLite (SQLCipher) database.

Owns: the SQLModel tables, opening/keying the database, storage of profiles, backups,
migrations, export/import bundles and the fictional demo client.
Must not import: facts, eligibility, forms, clauses, templates, packets, desktop, or Qt.

Public API: ``CaseStore`` (the service), ``ClientSummary``, ``Profile``, ``demo_profile``,
``data_dir``/``db_file``/``backups_dir``, ``check_profile``, ``UnlockThrottle`` and the
typed errors.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real names, for type checkers
    from casefile.demo import DEMO_CLIENT_ID, demo_profile
    from casefile.errors import (
        AmbiguousClient,
        BackupError,
        BundleError,
        BundleInvalid,
        BundleVersionTooNew,
        CasefileError,
        ClientConflict,
        ClientNotFound,
        CorruptDatabase,
        DatabaseCorrupt,
        DatabaseTooNew,
        DemoDataError,
        DuplicateClient,
        ExportFailed,
        ImportConflict,
        MigrationFailed,
        PassphraseMissing,
        ReliefDeskError,
        SaveFailed,
        StoreExists,
        StoreLocked,
        StoreMissing,
        TooManyAttempts,
        ValidationError,
        WrongPassphrase,
    )
    from casefile.paths import backups_dir, data_dir, db_file
    from casefile.profile import Profile
    from casefile.store import CaseStore, ClientSummary
    from casefile.throttle import UnlockThrottle
    from casefile.validation import check_profile, format_a_number, normalize_a_number

# Lazy exports (PEP 562): ``import casefile.errors`` or ``casefile.paths`` must not pay for
# SQLAlchemy, SQLCipher and alembic; the first window of the app starts before the database.
_LAZY = {
    "AmbiguousClient": "casefile.errors",
    "BackupError": "casefile.errors",
    "BundleError": "casefile.errors",
    "BundleInvalid": "casefile.errors",
    "BundleVersionTooNew": "casefile.errors",
    "CaseStore": "casefile.store",
    "CasefileError": "casefile.errors",
    "ClientConflict": "casefile.errors",
    "ClientNotFound": "casefile.errors",
    "ClientSummary": "casefile.store",
    "CorruptDatabase": "casefile.errors",
    "DEMO_CLIENT_ID": "casefile.demo",
    "DatabaseCorrupt": "casefile.errors",
    "DatabaseTooNew": "casefile.errors",
    "DemoDataError": "casefile.errors",
    "DuplicateClient": "casefile.errors",
    "ExportFailed": "casefile.errors",
    "ImportConflict": "casefile.errors",
    "MigrationFailed": "casefile.errors",
    "PassphraseMissing": "casefile.errors",
    "Profile": "casefile.profile",
    "ReliefDeskError": "casefile.errors",
    "SaveFailed": "casefile.errors",
    "StoreExists": "casefile.errors",
    "StoreLocked": "casefile.errors",
    "StoreMissing": "casefile.errors",
    "TooManyAttempts": "casefile.errors",
    "UnlockThrottle": "casefile.throttle",
    "ValidationError": "casefile.errors",
    "WrongPassphrase": "casefile.errors",
    "backups_dir": "casefile.paths",
    "check_profile": "casefile.validation",
    "data_dir": "casefile.paths",
    "db_file": "casefile.paths",
    "demo_profile": "casefile.demo",
    "format_a_number": "casefile.validation",
    "normalize_a_number": "casefile.validation",
}


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'casefile' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEMO_CLIENT_ID",
    "AmbiguousClient",
    "BackupError",
    "BundleError",
    "BundleInvalid",
    "BundleVersionTooNew",
    "CaseStore",
    "CasefileError",
    "ClientConflict",
    "ClientNotFound",
    "ClientSummary",
    "CorruptDatabase",
    "DatabaseCorrupt",
    "DatabaseTooNew",
    "DemoDataError",
    "DuplicateClient",
    "ExportFailed",
    "ImportConflict",
    "MigrationFailed",
    "PassphraseMissing",
    "Profile",
    "ReliefDeskError",
    "SaveFailed",
    "StoreExists",
    "StoreLocked",
    "StoreMissing",
    "TooManyAttempts",
    "UnlockThrottle",
    "ValidationError",
    "WrongPassphrase",
    "backups_dir",
    "check_profile",
    "data_dir",
    "db_file",
    "demo_profile",
    "format_a_number",
    "normalize_a_number",
]
