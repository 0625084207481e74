#!/usr/bin/env bash
# A local PostgreSQL server for GoalKit, listening only on a socket in its own folder.
#   Scripts/postgres-local.sh start [DIR]   initialise DIR (once), start, create database goalkit,
#                                           print the URL to give --db or GOALKIT_DB
#   Scripts/postgres-local.sh stop [DIR]    stop it (the data stays in DIR)
# DIR defaults to ~/.local/share/goalkit/postgres. Needs Debian's `postgresql` package (or
# initdb and pg_ctl on the PATH). As root, the server runs as the `postgres` user.
set -euo pipefail

action=${1:-}
dir=${2:-${XDG_DATA_HOME:-$HOME/.local/share}/goalkit/postgres}
port=${GOALKIT_PG_PORT:-5432}

bin=""
if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    bin=$(dirname "$(command -v pg_ctl)")
else
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$candidate/initdb" ] && bin=$candidate && break
    done
fi
if [ -z "$bin" ]; then
    echo "postgres-local: no initdb/pg_ctl found; install PostgreSQL (apt-get install -y postgresql)" >&2
    exit 69
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
owner=$([ "$(id -u)" = 0 ] && echo postgres || id -un)

case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U "$owner" -E UTF8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-k $dir -p $port -c listen_addresses='' -c max_connections=200" start >/dev/null ||
            { cat "$dir/server.log" >&2; exit 1; }
    fi
    url="postgresql://$owner@/postgres?host=$dir&port=$port&sslmode=disable"
    psql -X -q "$url" -tAc "SELECT 1 FROM pg_database WHERE datname = 'goalkit'" | grep -q 1 ||
        psql -X -q "$url" -c "CREATE DATABASE goalkit" >/dev/null
    echo "postgresql://$owner@/goalkit?host=$dir&port=$port&sslmode=disable"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "usage: Scripts/postgres-local.sh start|stop [DIR]" >&2
    exit 64
    ;;
esac
