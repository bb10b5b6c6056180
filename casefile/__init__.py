"""casefile: client profiles stored in an encrypted SQLite (SQLCipher) database.

Owns: the SQLModel tables, opening/keying the database, storage of profiles, backups,
migrations, export/import bundles and the fictional demo client.
Must not import: facts, eligibility, forms, clauses, templates, packets, desktop, or Qt.

Public API: ``CaseStore`` (the service), ``ClientSummary``, ``Profile``, ``demo_profile``,
``data_dir``/``db_file``/``backups_dir``, ``check_profile``, ``UnlockThrottle`` and the
typed errors.
"""

from casefile.demo import DEMO_CLIENT_ID, demo_profile
from casefile.errors import (
    AmbiguousClient,
    BackupError,
    BundleError,
    BundleInvalid,
    BundleVersionTooNew,
    CasefileError,
    ClientNotFound,
    CorruptDatabase,
    DatabaseCorrupt,
    DatabaseTooNew,
    DemoDataError,
    DuplicateClient,
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

__all__ = [
    "DEMO_CLIENT_ID",
    "AmbiguousClient",
    "BackupError",
    "BundleError",
    "BundleInvalid",
    "BundleVersionTooNew",
    "CaseStore",
    "CasefileError",
    "ClientNotFound",
    "ClientSummary",
    "CorruptDatabase",
    "DatabaseCorrupt",
    "DatabaseTooNew",
    "DemoDataError",
    "DuplicateClient",
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
