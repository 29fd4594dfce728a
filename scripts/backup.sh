#!/bin/sh
# Backs up MomentVerse's PostgreSQL database: see usage below and docs/operations.md.
set -eu
MV_SCRIPT=backup
. "$(dirname "$0")/pg-env.sh"

usage() {
    cat <<'EOF'
Usage: scripts/backup.sh [-d DIRECTORY] [-k KEEP]

Dumps MomentVerse's PostgreSQL database with pg_dump --format=custom into DIRECTORY as
DATABASE-YYYYMMDDTHHMMSSZ.dump (UTC). The dump is written under a hidden temporary name, checked
with pg_restore --list, and only then renamed, so a file with that name is always a whole dump.
Only after that are older dumps of the same database deleted, as KEEP says.

  -d DIRECTORY  where the dumps go (or MV_BACKUP_DIR); created if missing, files mode 600
  -k KEEP       retention (or MV_BACKUP_KEEP, default 7): N keeps the newest N dumps,
                Nd keeps the dumps of the last N days (e.g. 30d)
  -h            this text

Connection, as the server's: MV_DB_URL (jdbc:postgresql://host:port/database), MV_DB_USER,
MV_DB_PASSWORD; without MV_DB_URL, libpq's PGHOST, PGPORT, PGDATABASE, PGUSER. The password
comes from MV_DB_PASSWORD, PGPASSWORD or ~/.pgpass, never from the command line.

Exit status: 0 backed up; 1 pg_dump failed (no new dump, nothing deleted); 2 usage or
configuration error; 3 the new dump did not check out (removed, nothing deleted);
4 backed up, but an old dump could not be deleted.
EOF
}

dir=${MV_BACKUP_DIR:-}
keep=${MV_BACKUP_KEEP:-7}
while getopts d:k:h option; do
    case $option in
        d) dir=$OPTARG ;;
        k) keep=$OPTARG ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || { usage >&2; exit 2; }
[ -n "$dir" ] || mv_die 2 "no backup directory: give -d DIRECTORY or MV_BACKUP_DIR (-h for help)"
case $keep in
    '' | *[!0-9d]* | *d?* | d*) mv_die 2 "KEEP must be a number of dumps (7) or of days (30d), not '$keep'" ;;
esac
case ${keep%d} in
    0*) mv_die 2 "KEEP must be at least 1, not '$keep'" ;;
esac
for tool in pg_dump pg_restore; do
    command -v "$tool" >/dev/null 2>&1 || mv_die 2 "$tool is not installed (Debian: apt-get install postgresql-client)"
done

mv_pg_env
database=${PGDATABASE:-}
[ -n "$database" ] || mv_die 2 "no database: set MV_DB_URL (as for the server) or PGDATABASE"
# The database's name starts the file names: keep it to characters that are safe in them.
prefix=$(printf '%s' "$database" | tr -c 'A-Za-z0-9_.-' '_')

umask 077
mkdir -p "$dir" || mv_die 2 "cannot create the backup directory $dir"
final="$dir/$prefix-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$dir/.$prefix.dump.partial.$$"
[ ! -e "$final" ] || mv_die 2 "$final exists already (two backups in one second?)"
trap 'rm -f "$partial" "$partial.list"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mv_log "dumping database $database on ${PGHOST:-the local server}:${PGPORT:-5432} to $final"
started=$(date +%s)
pg_dump --format=custom --no-password --file="$partial" || mv_die 1 "pg_dump failed: no new dump, nothing deleted"

# A dump that pg_restore can list is whole; one without the Liquibase changelog's rows is not
# MomentVerse's database.
pg_restore --list "$partial" >"$partial.list" 2>&1 \
    || mv_die 3 "the new dump cannot be read back by pg_restore --list: removed, nothing deleted"
grep -q ' TABLE DATA [^ ]* databasechangelog ' "$partial.list" \
    || mv_die 3 "the new dump has no databasechangelog rows: $database is not MomentVerse's database?"

entries=$(grep -c ' TABLE DATA ' "$partial.list" || true)
rm -f "$partial.list"
sync "$partial" 2>/dev/null || sync
mv "$partial" "$final"
trap - EXIT
seconds=$(($(date +%s) - started))
mv_log "wrote $final: $(wc -c <"$final" | tr -d ' ') bytes, $entries tables' data, in ${seconds}s"

# Retention: only this database's dumps (the name as this script writes it); the names sort by
# time (UTC), so the newest come last in the glob's order.
stamp='[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z'
old() {
    case $keep in
        *d)
            for dump in "$dir/$prefix"-$stamp.dump; do
                [ -f "$dump" ] && [ -n "$(find "$dump" -prune -mtime +$((${keep%d} - 1)))" ] && printf '%s\n' "$dump"
            done
            ;;
        *)
            count=0
            for dump in "$dir/$prefix"-$stamp.dump; do
                [ -f "$dump" ] && count=$((count + 1))
            done
            for dump in "$dir/$prefix"-$stamp.dump; do
                [ "$count" -gt "$keep" ] || break
                [ -f "$dump" ] && printf '%s\n' "$dump" && count=$((count - 1))
            done
            ;;
    esac
}
old | {
    failed=0
    while IFS= read -r dump; do
        [ "$dump" != "$final" ] || continue
        if rm -f "$dump"; then
            mv_log "deleted $dump (retention $keep)"
        else
            failed=1
        fi
    done
    exit "$failed"
} || mv_die 4 "backed up to $final, but an old dump could not be deleted"
