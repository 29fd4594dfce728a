#!/bin/sh
# Starts MomentVerse on this WildFly in the foreground, with the configuration made by
# wildfly-config (standalone-mv.xml). Ctrl-C or SIGTERM suspends the server (requests in
# flight finish, new ones are refused) for up to MV_SHUTDOWN_TIMEOUT seconds, then stops it.
#
# MV_DB_URL selects the database: unset, an H2 file under standalone/data; a jdbc:postgresql:
# URL, PostgreSQL (the driver is derived from it here, as the server configuration cannot).
# Any further arguments go to standalone.sh (e.g. -b 0.0.0.0).
set -eu
home=$(cd "$(dirname "$0")/.." && pwd)

case "${MV_DB_URL:-}" in
    "") MV_DB_DRIVER=h2 ;;
    jdbc:postgresql:*) MV_DB_DRIVER=postgresql; MV_BATCH_DB_URL="$MV_DB_URL"; export MV_BATCH_DB_URL ;;
    *) echo "momentverse: MV_DB_URL must be a jdbc:postgresql: URL (or unset for the embedded database)" >&2
       exit 2 ;;
esac
export MV_DB_DRIVER

exec "$home/bin/standalone.sh" -c standalone-mv.xml \
    -Dorg.wildfly.sigterm.suspend.timeout="${MV_SHUTDOWN_TIMEOUT:-30}" "$@"
