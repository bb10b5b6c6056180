"""The in-memory store of ``./run gui --demo``: only the fictional demo client, nothing
written to disk. It has the CaseStore API the desktop uses; the search matching below exists
only for it (the real store searches itself)."""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from casefile.errors import ClientNotFound, StoreLocked
from casefile.models import Client
from casefile.profile import Profile
from desktop.errors import NotInDemo


@dataclass
class ClientSummary:
    id: str
    display_name: str
    aliases: list[str] = field(default_factory=list)
    a_number: str | None = None
    date_of_birth: date | None = None
    updated_at: datetime | None = None
    archived: bool = False


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Lucía" ~ "lucia")."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).casefold()


def summary_of(profile: Profile) -> ClientSummary:
    c = profile.client
    return ClientSummary(
        id=c.id,
        display_name=profile.display_name,
        aliases=[str(a.name) for a in profile.rows("aliases") if a.name],  # type: ignore[attr-defined]
        a_number=c.a_number,
        date_of_birth=c.date_of_birth,
        updated_at=c.updated_at,
        archived=bool(c.archived),
    )


def matches(summary: Any, query: str) -> bool:
    """Name or alias contains the query, or the A-number contains its digits ("A-099")."""
    q = fold(query.strip())
    if not q:
        return True
    hay = [summary.display_name, *list(summary.aliases or [])]
    if any(q in fold(h) for h in hay if h):
        return True
    compact = q.removeprefix("a").replace("-", "").replace(" ", "")
    return compact.isdigit() and compact in (summary.a_number or "")


class DemoStore:
    """The fictional demo client in memory. ``lock()`` drops every profile."""

    demo = True
    #: Never a clinic server (``Store.database_url``).
    database_url: str | None = None
    #: Nothing is stored, so nothing is backed up (``Store.keep_backups``).
    keep_backups: int = 0

    def __init__(self) -> None:
        from casefile.demo import demo_profile

        self._profiles: dict[str, Profile] | None = {}
        p = demo_profile()
        self._profiles[p.client.id] = p
        self.demo_id = p.client.id
        self.saves = 0

    @property
    def is_locked(self) -> bool:
        return self._profiles is None

    def _all(self) -> dict[str, Profile]:
        if self._profiles is None:
            raise StoreLocked()
        return self._profiles

    def list_clients(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        out = [summary_of(p) for p in self._all().values()]
        out = [s for s in out if (include_archived or not s.archived) and matches(s, query)]
        return sorted(out, key=lambda s: fold(s.display_name))

    def load(self, client_id: str) -> Profile:
        try:
            return copy.deepcopy(self._all()[client_id])
        except KeyError:
            raise ClientNotFound(client_id) from None

    def save(self, profile: Profile) -> None:
        from casefile.validation import validate_for_save

        validate_for_save(profile)  # the same checks as the real store
        profile.client.updated_at = datetime.now(UTC)
        self._all()[profile.client.id] = copy.deepcopy(profile)
        self.saves += 1

    def create_client(self, **fields: Any) -> Profile:
        p = Profile(client=Client(**fields))
        self._all()[p.client.id] = p
        return copy.deepcopy(p)

    def add_demo_client(self) -> Profile:
        from casefile.demo import demo_profile

        p = demo_profile()
        self._all()[p.client.id] = p
        return copy.deepcopy(p)

    def archive(self, client_id: str, archived: bool = True) -> None:
        self._all()[client_id].client.archived = archived

    def delete(self, client_id: str) -> None:
        self._all().pop(client_id, None)

    def backup(self) -> Path:
        raise NotInDemo("Backups")

    def list_backups(self) -> list[Any]:
        return []

    def restore_backup(self, path: Path) -> None:
        raise NotInDemo("Restoring a backup")

    def export_bundle(self, ids: list[str], path: Path, passphrase: str) -> Any:
        raise NotInDemo("Export")

    def import_bundle(self, path: Path, passphrase: str) -> list[str]:
        raise NotInDemo("Import")

    def record(self, client_id: str | None, action: str) -> None:
        """The demo has no clinic audit log (fictional data, nothing kept)."""

    def lock(self) -> None:
        self._profiles = None
