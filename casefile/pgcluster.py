"""A local PostgreSQL cluster we run ourselves: the throwaway one the tests use and the
starting point of a clinic server (``casefile.clinic`` builds on it).

Owns initdb, start on a unix socket in a private folder (and optionally 127.0.0.1 on a free
port), readiness, stop and removal. PostgreSQL refuses to run as root, so when our euid is 0
the server programs run as an unprivileged system user (``postgres`` by default) that owns the
cluster's folders. No Qt, no network beyond the loopback address.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from casefile.errors import ClusterFailed, PostgresNotFound

#: Where Debian/Ubuntu and other distributions put the server programs (newest first).
_BIN_GLOBS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin")
SUPERUSER = "reliefdesk"
_START_TIMEOUT_S = 60


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl: $PG_BIN, then the distribution folders, then
    PATH. Raises PostgresNotFound with an install hint."""
    searched: list[str] = []
    env = os.environ.get("PG_BIN")
    candidates = [Path(env)] if env else []
    for pattern in _BIN_GLOBS:
        candidates.extend(Path(p) for p in sorted(glob.glob(pattern), reverse=True))
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for cand in candidates:
        searched.append(str(cand))
        if (cand / "initdb").is_file() and (cand / "pg_ctl").is_file():
            return cand
    raise PostgresNotFound(searched)


def process_alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped (a postmaster whose
    parent is init is a zombie for a moment after it exits)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True  # no /proc (macOS): kill(0) said it exists
    return "\nState:\tZ" not in status


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (binding is local, no traffic)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as_user() -> pwd.struct_passwd | None:
    """The system user the server runs as: None when we are not root (we run it ourselves)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get("RELIEFDESK_PG_USER", "postgres")
    try:
        return pwd.getpwnam(name)
    except KeyError as exc:
        raise ClusterFailed(
            "start as root",
            f"PostgreSQL refuses to run as root and the system user {name!r} does not exist "
            "(install the postgresql package or set RELIEFDESK_PG_USER)",
        ) from exc


@dataclass
class PgCluster:
    """One cluster: its data folder, socket folder and port, and how to reach it."""

    base: Path
    port: int
    bin_dir: Path
    password: str | None = None  # None: local socket trust (throwaway test clusters only)
    tcp: bool = False
    superuser: str = SUPERUSER
    _owner: pwd.struct_passwd | None = field(default=None, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    @property
    def log_file(self) -> Path:
        return self.base / "server.log"

    # -- addresses ---------------------------------------------------------------------
    def url(self, dbname: str = "postgres", *, user: str | None = None) -> str:
        """A SQLAlchemy URL over the unix socket (no password in it: libpq reads
        PGPASSWORD/.pgpass when the cluster asks for one)."""
        who = quote(user or self.superuser, safe="")
        return (
            f"postgresql+psycopg://{who}@/{quote(dbname, safe='')}"
            f"?host={quote(str(self.socket_dir), safe='/')}&port={self.port}"
        )

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for psycopg over the unix socket."""
        parts = f"host={self.socket_dir} port={self.port} dbname={dbname} user={self.superuser}"
        return parts + (f" password={self.password}" if self.password else "")

    # -- lifecycle ---------------------------------------------------------------------
    def _run(self, *args: str, step: str) -> None:
        owner = self._owner
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=False,
            user=owner.pw_uid if owner else None,
            group=owner.pw_gid if owner else None,
            extra_groups=[] if owner else None,
            env={**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC"},
            cwd=self.base,
        )
        if result.returncode != 0:
            raise ClusterFailed(step, (result.stderr or result.stdout).strip() + self._log_tail())

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").splitlines()[-8:]
        except OSError:
            return ""
        return ("\nserver log: " + " | ".join(lines)) if lines else ""

    def _prepare_dirs(self) -> None:
        for path in (self.base, self.socket_dir):
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._owner is not None:
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)

    def init(self) -> None:
        """initdb: UTF-8, our superuser; scram-sha-256 with the generated password, or local
        socket trust when there is no password (the throwaway test cluster)."""
        self._prepare_dirs()
        args = ["initdb", "-D", str(self.data_dir), "-U", self.superuser, "-E", "UTF8"]
        args.append("--locale=C.UTF-8")
        if self.password is None:
            args += ["--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"]
        else:
            pwfile = self.base / "pwfile"
            pwfile.write_text(self.password + "\n")
            pwfile.chmod(0o600)
            if self._owner is not None:
                os.chown(pwfile, self._owner.pw_uid, self._owner.pw_gid)
            args += ["--auth=scram-sha-256", f"--pwfile={pwfile}"]
        try:
            self._run(*args, step="be created (initdb)")
        finally:
            (self.base / "pwfile").unlink(missing_ok=True)

    def start(self, listen: str | None = None) -> None:
        """pg_ctl start and wait until the server accepts connections. ``listen``: the TCP
        addresses (a clinic server's); default 127.0.0.1 with ``tcp``, else the socket only."""
        listen = listen or ("127.0.0.1" if self.tcp else "''")
        opts = f"-k {self.socket_dir} -p {self.port} -c listen_addresses={listen}"
        if self.password is None:
            # A throwaway cluster: durability is not needed, speed is.
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "start", "-D", str(self.data_dir), "-l", str(self.log_file),
            "-w", "-t", str(_START_TIMEOUT_S), "-o", opts, step="start (pg_ctl start)",
        )  # fmt: skip

    def server_pid(self) -> int | None:
        """The postmaster's pid from postmaster.pid, or None when it is not running."""
        try:
            first = (self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0]
        except OSError:
            return None
        return int(first) if first.strip().isdigit() else None

    def is_running(self) -> bool:
        pid = self.server_pid()
        return pid is not None and process_alive(pid)

    def stop(self) -> None:
        """pg_ctl stop (fast: active sessions are rolled back) and wait until it is gone."""
        pid = self.server_pid()
        if pid is None or not process_alive(pid):
            return
        self._run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "fast", "-w",
                  step="stop (pg_ctl stop)")  # fmt: skip
        # pg_ctl returns when postmaster.pid is gone, a moment before the process exits.
        deadline = time.monotonic() + _START_TIMEOUT_S
        while process_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)

    def remove(self) -> None:
        """Stop if running, then delete every file of the cluster."""
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)


def new_cluster(
    base: Path | None = None, *, password: str | None = None, tcp: bool = False
) -> PgCluster:
    """An initialised, not yet started cluster under ``base`` (a new private temp folder when
    None). ``password``: "generate" makes a random superuser password (kept on the object)."""
    bin_dir = find_bin_dir()
    owner = _run_as_user()
    if base is None:
        base = Path(tempfile.mkdtemp(prefix="reliefdesk-pg-"))
    if password == "generate":
        password = secrets.token_urlsafe(24)
    port = free_port() if tcp else 5432  # the socket folder is private: any port is free
    cluster = PgCluster(base, port, bin_dir, password=password, tcp=tcp, _owner=owner)
    cluster.init()
    return cluster


@contextmanager
def throwaway_cluster(*, tcp: bool = False) -> Iterator[PgCluster]:
    """A started trust-auth cluster in a temp folder, stopped and deleted on exit (also on
    error and Ctrl-C)."""
    cluster = new_cluster(tcp=tcp)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()
