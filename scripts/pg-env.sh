# Sourced by backup.sh and restore.sh (not run by itself): turns the settings the server already
# uses into libpq's environment, so that pg_dump, pg_restore and psql connect where the product
# does and no secret ever appears on a command line or in a log.
#
#   MV_DB_URL       jdbc:postgresql://host[:port]/database[?user=...&password=...&sslmode=...]
#                   (also jdbc:postgresql:database, and [::1] for IPv6 hosts)
#   MV_DB_USER      the user, unless the URL names one (as for the server, the URL wins)
#   MV_DB_PASSWORD  the password, unless the URL has one
#
# Without MV_DB_URL, libpq's own variables (PGHOST, PGPORT, PGDATABASE, PGUSER) apply. Without a
# password from these, libpq reads PGPASSWORD or ~/.pgpass (PGPASSFILE); it never prompts.

# Prints the message to stderr and exits with the status.
mv_die() {
    status=$1
    shift
    printf '%s: %s\n' "${MV_SCRIPT:-momentverse}" "$*" >&2
    exit "$status"
}

mv_log() {
    printf '%s: %s\n' "${MV_SCRIPT:-momentverse}" "$*"
}

# Exports PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD and PGSSLMODE from MV_DB_*.
mv_pg_env() {
    export PGAPPNAME="${PGAPPNAME:-${MV_SCRIPT:-momentverse}}"
    export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-15}"
    if [ -n "${MV_DB_USER:-}" ]; then
        export PGUSER="$MV_DB_USER"
    fi
    if [ -n "${MV_DB_PASSWORD:-}" ]; then
        export PGPASSWORD="$MV_DB_PASSWORD"
    fi
    [ -n "${MV_DB_URL:-}" ] || return 0

    case $MV_DB_URL in
        jdbc:postgresql:*) ;;
        *) mv_die 2 "MV_DB_URL must be a jdbc:postgresql: URL" ;;
    esac
    rest=${MV_DB_URL#jdbc:postgresql:}
    query=
    case $rest in
        *\?*) query=${rest#*\?}; rest=${rest%%\?*} ;;
    esac
    hostport=
    case $rest in
        //*)
            rest=${rest#//}
            hostport=${rest%%/*}
            case $rest in
                */*) rest=${rest#*/} ;;
                *) rest= ;;
            esac
            ;;
        *) rest=${rest#/} ;;
    esac
    case $hostport in
        *,*) mv_die 2 "MV_DB_URL names several hosts: give the primary's as PGHOST and PGPORT instead" ;;
        \[*)
            export PGHOST="${hostport%%]*}"
            PGHOST=${PGHOST#\[}
            port=${hostport#*]}
            port=${port#:}
            [ -z "$port" ] || export PGPORT="$port"
            ;;
        *:*) export PGHOST="${hostport%:*}" PGPORT="${hostport##*:}" ;;
        ?*) export PGHOST="$hostport" ;;
    esac
    [ -z "$rest" ] || export PGDATABASE="$rest"

    # The URL's parameters that matter to libpq; the others are the JDBC driver's alone.
    while [ -n "$query" ]; do
        pair=${query%%&*}
        case $query in
            *\&*) query=${query#*&} ;;
            *) query= ;;
        esac
        case $pair in
            user=*) export PGUSER="${pair#user=}" ;;
            password=*) export PGPASSWORD="${pair#password=}" ;;
            sslmode=*) export PGSSLMODE="${pair#sslmode=}" ;;
        esac
    done
}

# The JDBC URL of another database on the same server as MV_DB_URL (or PGHOST and PGPORT),
# with MV_DB_URL's parameters except the password: what to give the server as MV_DB_URL.
mv_jdbc_url_of() {
    host=${PGHOST:-localhost}
    case $host in
        *:*) host="[$host]" ;;
    esac
    params=
    case ${MV_DB_URL:-} in
        *\?*)
            rest=${MV_DB_URL#*\?}
            while [ -n "$rest" ]; do
                pair=${rest%%&*}
                case $rest in
                    *\&*) rest=${rest#*&} ;;
                    *) rest= ;;
                esac
                case $pair in
                    password=*|'') ;;
                    *) params="$params${params:+&}$pair" ;;
                esac
            done
            ;;
    esac
    printf 'jdbc:postgresql://%s:%s/%s%s\n' "$host" "${PGPORT:-5432}" "$1" "${params:+?$params}"
}
