"""The clinic's access model on PostgreSQL (issue 22 items 4 and 5): roles, users, client
assignments, row-level security and the append-only audit log.

Everything here is idempotent SQL run by the cluster's superuser (``clinic init``) or the
owner role, so installing it again after a migration re-covers new tables. The database, not
the app, enforces who sees what: a raw SQL session as a paralegal reads only the clients
assigned to them or their team. Qt-free; speaks psycopg directly because roles, grants and
policies are outside the ORM.
"""

from __future__ import annotations

from typing import Any

from psycopg import Connection, sql

from casefile.errors import PostgresError

#: The NOLOGIN role that owns every table; migrations run as it (``clinic upgrade``).
OWNER = "rd_owner"

#: Clinic role -> PostgreSQL group role. A user's login role is a member of one of these.
ROLES: dict[str, str] = {
    "supervising_attorney": "rd_supervisor",
    "attorney": "rd_attorney",
    "paralegal": "rd_paralegal",
    "student": "rd_student",
}

#: What the audit log records (issue 22 item 5). Never values: values are client data.
AUDIT_ACTIONS = (
    "open",
    "change",
    "create",
    "delete",
    "export",
    "print",
    "generate",
    "checkout",
    "checkin",
)

#: Tables of the access model itself, kept out of the per-client policies.
_ADMIN_TABLES = ("clinic_user", "clinic_assignment", "clinic_audit", "clinic_keyring")


class ClinicError(PostgresError):
    """A clinic administration request that cannot be done; the message says what to do."""


def _roles_sql() -> str:
    """Group roles, created only when missing (roles are cluster-wide, databases share them)."""
    names = [OWNER, *ROLES.values()]
    lines = [
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{n}') THEN "
        f"CREATE ROLE {n} NOLOGIN; END IF;"
        for n in names
    ]
    return "DO $$ BEGIN " + " ".join(lines) + " END $$;"


_TABLES_SQL = f"""
CREATE TABLE IF NOT EXISTS clinic_user (
    username text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ({", ".join(f"'{r}'" for r in ROLES)})),
    team text,
    display_name text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true
);
-- A client is assigned to people, to a team, or both (one row each).
CREATE TABLE IF NOT EXISTS clinic_assignment (
    id bigserial PRIMARY KEY,
    client_id text NOT NULL,
    username text,
    team text,
    CHECK ((username IS NULL) <> (team IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS clinic_assignment_once
    ON clinic_assignment (client_id, coalesce(username, ''), coalesce(team, ''));
-- Who did what to which client and when; no client data (issue 22 item 5, 8 USC 1367).
CREATE TABLE IF NOT EXISTS clinic_audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL DEFAULT current_user,
    client_id text,
    action text NOT NULL CHECK (action IN ({", ".join(f"'{a}'" for a in AUDIT_ACTIONS)}))
);
"""

# The visibility functions run as the caller (SECURITY INVOKER) so current_user is the
# person asking; users may therefore read clinic_user and clinic_assignment, which hold
# usernames and client ids only.
_FUNCTIONS_SQL = f"""
CREATE OR REPLACE FUNCTION clinic_role() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN current_user = '{OWNER}' THEN 'owner' ELSE
        (SELECT role FROM public.clinic_user WHERE username = current_user AND active) END
$$;
-- VOLATILE, not STABLE: a volatile function takes a fresh snapshot, so it sees the
-- assignment the creator trigger wrote in the same INSERT (RETURNING checks this policy).
CREATE OR REPLACE FUNCTION clinic_sees(cid text) RETURNS boolean LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(clinic_role() IN ('owner', 'supervising_attorney'), false)
        OR EXISTS (
            SELECT 1 FROM public.clinic_assignment a
            WHERE a.client_id = cid AND (
                a.username = current_user
                OR a.team = (SELECT team FROM public.clinic_user u
                             WHERE u.username = current_user AND u.active)))
$$;
-- A new client is assigned to its creator, before the row is checked, so the creator can
-- read it back (RETURNING and the store's own re-read). SECURITY DEFINER because users may
-- not write assignments; session_user is the login role (current_user here is the owner).
CREATE OR REPLACE FUNCTION clinic_assign_creator() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF session_user <> '{OWNER}' AND EXISTS (
        SELECT 1 FROM clinic_user WHERE username = session_user) THEN
        INSERT INTO clinic_assignment (client_id, username) VALUES (NEW.id, session_user)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
-- The log's author and time come from the server, never from the client's INSERT.
CREATE OR REPLACE FUNCTION clinic_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := current_user;
    NEW.at := now();
    RETURN NEW;
END $$;
-- Append-only even for the table owner's session (grants alone do not bind the owner).
CREATE OR REPLACE FUNCTION clinic_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the clinic audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
-- The store already logs its writes in auditevent (no values); mirroring them here records
-- every change from the CLI and the desktop alike, at no extra round trip.
CREATE OR REPLACE FUNCTION clinic_audit_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    act text := CASE NEW.action WHEN 'create' THEN 'create' WHEN 'delete' THEN 'delete'
        WHEN 'export' THEN 'export' WHEN 'update' THEN 'change' WHEN 'import' THEN 'change'
        WHEN 'archive' THEN 'change' WHEN 'unarchive' THEN 'change' END;
BEGIN
    IF act IS NOT NULL AND NEW.client_id IS NOT NULL THEN
        INSERT INTO public.clinic_audit (client_id, action) VALUES (NEW.client_id, act);
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS clinic_audit_mirror ON auditevent;
CREATE TRIGGER clinic_audit_mirror AFTER INSERT ON auditevent
    FOR EACH ROW EXECUTE FUNCTION clinic_audit_mirror();
DROP TRIGGER IF EXISTS clinic_audit_stamp ON clinic_audit;
CREATE TRIGGER clinic_audit_stamp BEFORE INSERT ON clinic_audit
    FOR EACH ROW EXECUTE FUNCTION clinic_audit_stamp();
DROP TRIGGER IF EXISTS clinic_audit_no_change ON clinic_audit;
CREATE TRIGGER clinic_audit_no_change BEFORE UPDATE OR DELETE ON clinic_audit
    FOR EACH ROW EXECUTE FUNCTION clinic_audit_refuse();
DROP TRIGGER IF EXISTS clinic_audit_no_truncate ON clinic_audit;
CREATE TRIGGER clinic_audit_no_truncate BEFORE TRUNCATE ON clinic_audit
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_audit_refuse();
"""


def _client_tables(conn: Connection[Any]) -> list[str]:
    """Every table holding per-client rows: those with a client_id column."""
    rows = conn.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND column_name = 'client_id' ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in _ADMIN_TABLES]


def _public_tables(conn: Connection[Any]) -> list[str]:
    rows = conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).fetchall()
    return [r[0] for r in rows]


def _policy(conn: Connection[Any], table: str, name: str, body: str) -> None:
    """(Re)create one policy: DROP + CREATE keeps the installer idempotent."""
    t, n = sql.Identifier(table), sql.Identifier(name)
    conn.execute(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(n, t))
    conn.execute(sql.SQL("CREATE POLICY {} ON {} " + body).format(n, t))


def _protect(conn: Connection[Any], table: str, key: str) -> None:
    """RLS on one per-client table, keyed by ``key`` (client.id or a child's client_id)."""
    t = sql.Identifier(table)
    conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
    # FORCE: the owner role (migrations) is bound too; clinic_role() lets it see all.
    conn.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(t))
    see = f"clinic_sees({key})"
    if table == "auditevent":  # the store's own log has client-less rows (counsel, restore)
        see = f"({key} IS NULL OR {see})"
    _policy(conn, table, "rd_read", f"FOR SELECT USING ({see})")
    _policy(conn, table, "rd_change", f"FOR UPDATE USING ({see}) WITH CHECK ({see})")
    _policy(conn, table, "rd_remove", f"FOR DELETE USING ({see})")
    if table == "client":  # any clinic user may open a new client; the trigger assigns it
        _policy(conn, table, "rd_add", "FOR INSERT WITH CHECK (clinic_role() IS NOT NULL)")
        _policy(
            conn,
            table,
            "rd_remove",
            f"FOR DELETE USING ({see} AND clinic_role() IS DISTINCT FROM 'student')",
        )
    else:
        _policy(conn, table, "rd_add", f"FOR INSERT WITH CHECK ({see})")


# A supervisor gives or takes another user's wrapped key through these (RLS lets nobody read
# another user's row, and an upsert or a DELETE ... WHERE needs that); the caller is checked
# here. A superuser (clinic init, on the server) may too.
_KEY_FUNCTIONS_SQL = """
CREATE OR REPLACE FUNCTION clinic_key_admin() RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
        OR EXISTS (SELECT 1 FROM clinic_user WHERE username = session_user AND active
                   AND role = 'supervising_attorney')
$$;
CREATE OR REPLACE FUNCTION clinic_key_put(who text, s bytea, w bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT clinic_key_admin() AND who <> session_user THEN
        RAISE EXCEPTION 'only a supervising attorney gives a user the clinic key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO clinic_keyring (username, salt, wrapped) VALUES (who, s, w)
    ON CONFLICT (username) DO UPDATE SET salt = EXCLUDED.salt, wrapped = EXCLUDED.wrapped;
END $$;
CREATE OR REPLACE FUNCTION clinic_key_drop(who text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT clinic_key_admin() THEN
        RAISE EXCEPTION 'only a supervising attorney takes a user''s clinic key away'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM clinic_keyring WHERE username = who;
END $$;
"""


def _keyring_policies(conn: Connection[Any]) -> None:
    """clinic_keyring (casefile.clinic_keys): each user reads only their own wrapped key; a
    supervisor writes and removes other users' rows (add-user, remove-user)."""
    if "clinic_keyring" not in _public_tables(conn):
        return
    # Whether anyone holds the key, for the store's first-key check (RLS hides other rows);
    # says nothing else about the keyring.
    conn.execute(
        "CREATE OR REPLACE FUNCTION clinic_has_keys() RETURNS boolean LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT EXISTS (SELECT 1 FROM clinic_keyring) $$"
    )
    conn.execute(f"ALTER FUNCTION clinic_has_keys() OWNER TO {OWNER}")
    conn.execute(_KEY_FUNCTIONS_SQL)
    for fn in ("clinic_key_put(text, bytea, bytea)", "clinic_key_drop(text)"):
        conn.execute(f"ALTER FUNCTION {fn} OWNER TO {OWNER}")
        conn.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        conn.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {_groups()}")
    conn.execute("ALTER TABLE clinic_keyring OWNER TO " + OWNER)
    conn.execute("ALTER TABLE clinic_keyring ENABLE ROW LEVEL SECURITY")
    conn.execute("ALTER TABLE clinic_keyring FORCE ROW LEVEL SECURITY")
    sup = "clinic_role() IN ('owner', 'supervising_attorney')"
    _policy(
        conn,
        "clinic_keyring",
        "rd_own",
        f"FOR SELECT USING (username = current_user OR current_user = '{OWNER}')",
    )
    _policy(conn, "clinic_keyring", "rd_add", f"FOR INSERT WITH CHECK ({sup})")
    _policy(conn, "clinic_keyring", "rd_remove", f"FOR DELETE USING ({sup})")
    _policy(
        conn, "clinic_keyring", "rd_change", f"FOR UPDATE USING ({sup} OR username = current_user)"
    )
    conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON clinic_keyring TO {_groups()}")


def _groups() -> str:
    return ", ".join(ROLES.values())


def _grants(conn: Connection[Any], tables: list[str]) -> None:
    """Users get only what they need: data tables read/write, the log insert-only (read by
    supervisors), the access tables read-only. Students may not delete a client (removing a
    file is an attorney's decision and erases what the supervisor must review); they may
    delete child rows, because saving an edited profile replaces them."""
    groups = _groups()
    for table in tables:
        if table in _ADMIN_TABLES:
            continue
        t = sql.Identifier(table)
        conn.execute(sql.SQL("ALTER TABLE {} OWNER TO " + OWNER).format(t))
        conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO " + groups).format(t))
    # The schema revision is read by every open but changed only by `clinic upgrade`.
    conn.execute("REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM " + groups)
    conn.execute("REVOKE DELETE ON client FROM rd_student")
    for table in ("clinic_user", "clinic_assignment", "clinic_audit"):
        conn.execute(f"ALTER TABLE {table} OWNER TO {OWNER}")
        conn.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
    conn.execute(f"GRANT SELECT ON clinic_user, clinic_assignment TO {groups}")
    conn.execute("GRANT INSERT, UPDATE, DELETE ON clinic_user, clinic_assignment TO rd_supervisor")
    conn.execute(f"GRANT INSERT ON clinic_audit TO {groups}")
    conn.execute("GRANT SELECT ON clinic_audit TO rd_supervisor")
    conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    for fn in ("clinic_role()", "clinic_sees(text)", "clinic_assign_creator()"):
        conn.execute(f"ALTER FUNCTION {fn} OWNER TO {OWNER}")


def install(conn: Connection[Any]) -> None:
    """Install (or re-install after a migration) the access model on the connected database.

    ``conn`` is a superuser's (``clinic init``) and runs in one transaction: a half-installed
    model would leave tables without policies.
    """
    with conn.transaction():
        conn.execute(_roles_sql())
        conn.execute(_TABLES_SQL)
        conn.execute(_FUNCTIONS_SQL)
        conn.execute("DROP TRIGGER IF EXISTS clinic_assign_creator ON client")
        conn.execute(
            "CREATE TRIGGER clinic_assign_creator BEFORE INSERT ON client "
            "FOR EACH ROW EXECUTE FUNCTION clinic_assign_creator()"
        )
        _protect(conn, "client", "id")
        for table in _client_tables(conn):
            _protect(conn, table, "client_id")
        _grants(conn, _public_tables(conn))
        _keyring_policies(conn)


def add_user(
    conn: Connection[Any],
    username: str,
    role: str,
    password: str,
    *,
    team: str | None = None,
    display_name: str = "",
) -> None:
    """A login role in the group of ``role`` and its clinic_user row."""
    if role not in ROLES:
        raise ClinicError(f"role {role!r} is not one of: {', '.join(ROLES)}")
    name = sql.Identifier(username)
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(password))
        )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), name))
        conn.execute(
            "INSERT INTO clinic_user (username, role, team, display_name, active) "
            "VALUES (%s, %s, %s, %s, true) ON CONFLICT (username) DO UPDATE SET "
            "role = EXCLUDED.role, team = EXCLUDED.team, "
            "display_name = EXCLUDED.display_name, active = true",
            (username, role, team, display_name),
        )


def remove_user(conn: Connection[Any], username: str) -> None:
    """Revoke a user: no login, no group, no wrapped key. Their audit rows stay."""
    name = sql.Identifier(username)
    with conn.transaction():
        row = conn.execute(
            "UPDATE clinic_user SET active = false WHERE username = %s RETURNING role",
            (username,),
        ).fetchone()
        if row is None:
            raise ClinicError(f"no clinic user {username!r}; `clinic users` lists them")
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(name))
        conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(ROLES[row[0]]), name))
        conn.execute("DELETE FROM clinic_assignment WHERE username = %s", (username,))
        if "clinic_keyring" in _public_tables(conn):
            conn.execute("SELECT clinic_key_drop(%s)", (username,))


def assign(
    conn: Connection[Any], client_id: str, *, to: str | None = None, team: str | None = None
) -> None:
    """Give a person or a team access to a client."""
    if (to is None) == (team is None):
        raise ClinicError("assign a client either --to a user or --team, not both")
    with conn.transaction():
        if not conn.execute("SELECT 1 FROM client WHERE id = %s", (client_id,)).fetchone():
            raise ClinicError(f"no client {client_id!r} (or you may not see it)")
        conn.execute(
            "INSERT INTO clinic_assignment (client_id, username, team) VALUES (%s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            (client_id, to, team),
        )


def record(conn: Any, client_id: str | None, action: str) -> None:
    """Append one audit row; who and when are stamped by the server."""
    if action not in AUDIT_ACTIONS:
        raise ClinicError(f"unknown audit action {action!r}")
    conn.execute(
        "INSERT INTO clinic_audit (client_id, action) VALUES (%s, %s)", (client_id, action)
    )


def audit_rows(conn: Connection[Any], client_id: str | None = None) -> list[tuple[Any, ...]]:
    """The log, oldest first (a supervisor's session; others have no SELECT on it)."""
    query = "SELECT at, who, client_id, action FROM clinic_audit"
    params: tuple[Any, ...] = ()
    if client_id is not None:
        query += " WHERE client_id = %s"
        params = (client_id,)
    return list(conn.execute(query + " ORDER BY id", params).fetchall())
