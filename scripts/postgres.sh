#!/usr/bin/env bash
# A PostgreSQL server for the tests, local to the project: installed when missing
# (Debian's postgresql, as root), its cluster in .pg/, listening on a free
# localhost port. Writes .pg/env, which exports TOLLTRACK_TEST_PG_URL for pytest.
#
#   scripts/postgres.sh [start]   initialise if needed, start (or reuse) the server, write .pg/env
#   scripts/postgres.sh stop      stop it
#   scripts/postgres.sh status    say whether it runs, and its URL
set -euo pipefail
cd "$(dirname "$0")/.."
PGROOT="$PWD/.pg"
DATA="$PGROOT/data"
RUN="$PGROOT/run"
ENVFILE="$PGROOT/env"
DB="tolltrack_test"

say() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
    done
    return 1
}

install_postgres() {
    if [ "$(id -u)" -ne 0 ]; then
        say "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"; exit 1
    fi
    say "installing PostgreSQL (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
}

# Commands run as the cluster's owner: postgres when we are root (initdb refuses root), else ourselves.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

if [ -L "$DATA" ]; then DATA="$(readlink "$DATA")"; RUN="$(dirname "$DATA")/run"; fi
BIN="$(find_bindir || true)"
cmd="${1:-start}"

case "$cmd" in
stop)
    if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
    rm -f "$ENVFILE"
    exit 0 ;;
status)
    if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        cat "$ENVFILE" 2>/dev/null; exit 0
    fi
    say "not running"; exit 3 ;;
start) ;;
*) say "usage: $0 [start|stop|status]"; exit 2 ;;
esac

rm -f "$ENVFILE"
if [ -z "$BIN" ]; then
    install_postgres
    BIN="$(find_bindir)" || { say "PostgreSQL installed but initdb not found"; exit 1; }
fi

mkdir -p "$PGROOT" "$RUN"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PGROOT" "$RUN"
    # A checkout the postgres user cannot reach (under /root, say) keeps its cluster in /tmp instead.
    if ! runuser -u postgres -- test -w "$RUN"; then
        alt="/tmp/tolltrack-pg-$(printf '%s' "$PWD" | md5sum | cut -c1-8)"
        mkdir -p "$alt/run" && chown -R postgres "$alt"
        ln -sfn "$alt/data" "$DATA" 2>/dev/null || true
        DATA="$alt/data"; RUN="$alt/run"
        say "the postgres user cannot write to $PGROOT; the cluster lives in $alt"
    fi
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    say "initialising a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale >"$PGROOT/initdb.log" 2>&1 \
        || { cat "$PGROOT/initdb.log" >&2; exit 1; }
fi

port=""
if [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    port="$(sed -n 4p "$DATA/postmaster.pid")"
else
    port="$(free_port)"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$(dirname "$DATA")/server.log" -w -t 60 \
        -o "-p $port -k $RUN -c listen_addresses=127.0.0.1" start >/dev/null \
        || { tail -20 "$(dirname "$DATA")/server.log" >&2; exit 1; }
fi

"$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || { say "server on port $port does not answer"; exit 1; }
if ! "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB"
fi

echo "export TOLLTRACK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/$DB" >"$ENVFILE"
say "PostgreSQL $("$BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, database $DB"
