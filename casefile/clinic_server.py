"""``clinic init``: a clinic's PostgreSQL server in one folder (issue 22 item 2).

initdb in DIR/pg, a clinic certificate authority and a server certificate (DIR/tls, keys
0600), TLS-only TCP (hostssl, scram-sha-256) plus the local socket, the schema, the access
model (``casefile.clinic``) and the first supervising attorney. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from casefile import clinic
from casefile.errors import PostgresNotFound
from casefile.pgcluster import PgCluster, _run_as_user, find_bin_dir, new_cluster

DATABASE = "reliefdesk"
#: Server certificates are renewed by running init's TLS step again well before this.
_CERT_DAYS = 825

# Only TLS over TCP, and the server machine's own socket; a plain TCP connection finds no
# entry and is refused.
_HBA = """# ReliefDesk clinic: TLS-only TCP and the local socket, passwords as SCRAM.
local   all  all                scram-sha-256
hostssl all  all  0.0.0.0/0     scram-sha-256
hostssl all  all  ::/0          scram-sha-256
"""


@dataclass
class ClinicServer:
    cluster: PgCluster
    host: str
    ca_cert: Path

    def laptop_url(self, username: str) -> str:
        """What a laptop passes as ``--database`` (no password: it is prompted)."""
        return (
            f"postgresql+psycopg://{quote(username, safe='')}@{self.host}:{self.cluster.port}"
            f"/{DATABASE}?sslmode=verify-full&sslrootcert={quote(str(self.ca_cert), safe='/')}"
        )


def ensure_postgres() -> Path:
    """The server programs; installed from the system packages when missing (apt, as root),
    otherwise PostgresNotFound says what to install: never skipped silently."""
    try:
        return find_bin_dir()
    except PostgresNotFound:
        if shutil.which("apt-get") is None or os.geteuid() != 0:
            raise
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["apt-get", "update"], ["apt-get", "install", "-y", "postgresql"]):
        subprocess.run(args, check=True, env=env)
    return find_bin_dir()


def _write_private(path: Path, data: bytes, owner: tuple[int, int] | None) -> None:
    """A key file: created 0600 (never readable by others, not even for a moment)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    if owner is not None:
        os.chown(path, *owner)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_certificates(tls: Path, host: str, owner: tuple[int, int] | None) -> Path:
    """A clinic CA and a server certificate for ``host`` (and localhost, 127.0.0.1) signed
    by it. Returns the CA certificate the laptops trust."""
    tls.mkdir(mode=0o700, parents=True, exist_ok=True)
    if owner is not None:
        os.chown(tls, *owner)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ReliefDesk clinic CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    for item in {host, "127.0.0.1"}:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(item)))
        except ValueError:
            names.append(x509.DNSName(item))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=_CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    _write_private(tls / "ca.key", _pem_key(ca_key), None)  # the server never needs it
    _write_private(tls / "server.key", _pem_key(key), owner)
    (tls / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    ca_path = tls / "ca.crt"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return ca_path


def _configure(cluster: PgCluster, tls: Path) -> None:
    (cluster.data_dir / "pg_hba.conf").write_text(_HBA)
    with (cluster.data_dir / "postgresql.conf").open("a") as conf:
        conf.write(
            "\n# ReliefDesk clinic\nssl = on\n"
            f"ssl_cert_file = '{tls / 'server.crt'}'\nssl_key_file = '{tls / 'server.key'}'\n"
            "password_encryption = 'scram-sha-256'\n"
        )


def init_clinic(
    folder: Path, supervisor: str, password: str, *, host: str, port: int
) -> ClinicServer:
    """Everything ``clinic init`` does; the server is left running."""
    if (folder / "pg").exists():
        raise clinic.ClinicError(f"{folder} already holds a clinic server; choose an empty folder")
    ensure_postgres()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    runner = _run_as_user()
    if runner is not None:  # we are root: the server's own user must reach its folder
        os.chown(folder, runner.pw_uid, runner.pw_gid)
    cluster = new_cluster(folder / "pg", password="generate", tcp=True)
    cluster.port = port
    owner = (cluster._owner.pw_uid, cluster._owner.pw_gid) if cluster._owner else None
    ca = make_certificates(folder / "tls", host, owner)
    _configure(cluster, folder / "tls")
    # The generated superuser password stays with the server (0600) for `clinic upgrade`.
    _write_private(folder / "superuser.password", (cluster.password or "").encode(), None)
    (folder / "server.json").write_text(json.dumps({"host": host, "port": port}))
    cluster.start(listen="*" if host not in ("127.0.0.1", "localhost") else "127.0.0.1")
    _create_schema(cluster, supervisor, password)
    return ClinicServer(cluster, host, ca)


def _create_schema(cluster: PgCluster, supervisor: str, password: str) -> None:
    from casefile import clinic_keys
    from casefile.db import Database

    with psycopg.connect(cluster.conninfo(), autocommit=True) as su:
        su.execute(f'CREATE DATABASE "{DATABASE}"')
        su.execute(f'REVOKE ALL ON DATABASE "{DATABASE}" FROM PUBLIC')
    Database(cluster.url(DATABASE), cluster.password or "").close()  # migrations
    with psycopg.connect(cluster.conninfo(DATABASE), autocommit=True) as su:
        clinic.install(su)
        groups = ", ".join(clinic.ROLES.values())
        su.execute(f'GRANT CONNECT ON DATABASE "{DATABASE}" TO {groups}')
        clinic.add_user(su, supervisor, "supervising_attorney", password)
        clinic_keys.make_first_key(su, supervisor, password)  # issue 22 item 3
        # The supervising attorney administers users (clinic add-user) without the superuser.
        su.execute(
            psycopg.sql.SQL("ALTER ROLE {} CREATEROLE").format(psycopg.sql.Identifier(supervisor))
        )


def upgrade_clinic(folder: Path) -> str:
    """``clinic upgrade``: migrate the clinic database as the superuser over the server's
    own socket, then re-install the access model so new tables are owned by the owner role
    and covered by the policies. Returns the schema revision now in place."""
    from casefile.db import Database

    try:
        where = json.loads((folder / "server.json").read_text())
        password = (folder / "superuser.password").read_text()
    except OSError as exc:
        raise clinic.ClinicError(
            f"{folder} is not a clinic server folder (made by clinic init): {exc.strerror}"
        ) from exc
    cluster = PgCluster(folder / "pg", int(where["port"]), find_bin_dir(), password=password)
    db = Database(cluster.url(DATABASE), password)
    try:
        revision = db.schema_revision() or ""
    finally:
        db.close()
    with psycopg.connect(cluster.conninfo(DATABASE), autocommit=True) as su:
        clinic.install(su)
    return revision
