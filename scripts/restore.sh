#!/bin/sh
# Restores a dump made by backup.sh into a new database: see usage below and docs/operations.md.
set -eu
MV_SCRIPT=restore
. "$(dirname "$0")/pg-env.sh"

usage() {
    cat <<'EOF'
Usage: scripts/restore.sh DUMP NEW_DATABASE

Restores DUMP (a file written by scripts/backup.sh) into NEW_DATABASE on the PostgreSQL server of
MV_DB_URL, never over existing data: NEW_DATABASE is created (UTF8, from template0), or, if it
exists, must be empty. The restore is one transaction (all or nothing) with --no-owner and
--no-privileges, so everything belongs to the user that restores: restore as the user the
server will connect as. Then ANALYZE, and it prints the MV_DB_URL to start the server with.

  -h  this text

Connection, as the server's: MV_DB_URL (its host and port; its database is not touched),
MV_DB_USER, MV_DB_PASSWORD; without MV_DB_URL, libpq's PGHOST, PGPORT, PGUSER. The password
comes from MV_DB_PASSWORD, PGPASSWORD or ~/.pgpass, never from the command line. Whether the
database exists is asked in the database MV_RESTORE_MAINTENANCE_DB (default postgres).

Exit status: 0 restored; 1 pg_restore failed (nothing restored; a database it created is
dropped again); 2 usage or configuration error; 3 NEW_DATABASE exists and is not empty;
4 DUMP is missing or not a dump pg_restore can read; 5 cannot connect or create NEW_DATABASE.
EOF
}

while getopts h option; do
    case $option in
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || { usage >&2; exit 2; }
dump=$1
target=$2
# A plain identifier: nothing to quote in SQL, and never read as a connection string.
case $target in
    '' | [!a-z_]* | *[!a-z0-9_]*) mv_die 2 "NEW_DATABASE must be lower-case letters, digits and _ (starting with a letter or _), not '$target'" ;;
esac
[ "${#target}" -le 63 ] || mv_die 2 "NEW_DATABASE is longer than PostgreSQL's 63 characters"
for tool in pg_restore psql createdb dropdb; do
    command -v "$tool" >/dev/null 2>&1 || mv_die 2 "$tool is not installed (Debian: apt-get install postgresql-client)"
done
[ -f "$dump" ] && [ -r "$dump" ] || mv_die 4 "cannot read the dump $dump"
pg_restore --list "$dump" >/dev/null 2>&1 || mv_die 4 "$dump is not a dump pg_restore can read (pg_restore --list fails)"

mv_pg_env
source_database=${PGDATABASE:-}
export PGDATABASE="${MV_RESTORE_MAINTENANCE_DB:-postgres}"
[ "$target" != "$source_database" ] || mv_die 3 "$target is the database of MV_DB_URL itself: restore into a new one"

# Runs one SQL query in the database given, prints its single value.
query() {
    printf '%s\n' "$2" | psql --no-password --no-psqlrc --quiet --tuples-only --no-align \
        --set=ON_ERROR_STOP=1 --dbname="$1"
}

exists=$(query "$PGDATABASE" "SELECT count(*) FROM pg_database WHERE datname = '$target'") \
    || mv_die 5 "cannot connect to ${PGHOST:-the local server}:${PGPORT:-5432} database $PGDATABASE"
created=0
if [ "$exists" = 1 ]; then
    objects=$(query "$target" "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%')
        + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')") \
        || mv_die 5 "cannot connect to the existing database $target"
    [ "$objects" = 0 ] || mv_die 3 "database $target exists and is not empty ($objects tables, sequences, indexes or extensions): nothing restored"
    mv_log "restoring into the existing, empty database $target"
else
    createdb --no-password --template=template0 --encoding=UTF8 "$target" \
        || mv_die 5 "cannot create the database $target (does this user have CREATEDB? else let an administrator create it empty)"
    created=1
    mv_log "created the database $target"
fi

started=$(date +%s)
if ! pg_restore --no-password --no-owner --no-privileges --exit-on-error --single-transaction \
        --dbname="$target" "$dump"; then
    if [ "$created" = 1 ]; then
        dropdb --no-password "$target" || mv_log "could not drop $target again: drop it before trying again"
    fi
    mv_die 1 "pg_restore failed: nothing was restored into $target"
fi
query "$target" "SET client_min_messages = error; ANALYZE" >/dev/null || mv_log "ANALYZE failed (harmless: autovacuum will do it)"
mv_log "restored $dump into $target in $(($(date +%s) - started))s"
cat <<EOF
Start MomentVerse on it with (user and password as before):
  MV_DB_URL=$(mv_jdbc_url_of "$target")
EOF
