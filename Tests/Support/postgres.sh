#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks, on a free loopback port.
#
#   Tests/Support/postgres.sh start [FOLDER]   starts a cluster in FOLDER (a new temporary folder by
#                                             default), creates the database `ariane`, prints its URL
#                                             on the last line of standard output
#   Tests/Support/postgres.sh stop FOLDER      stops that cluster and deletes FOLDER
#
# Debian's postgresql package puts its programs under /usr/lib/postgresql/VERSION/bin. initdb refuses
# to run as root, so the cluster belongs to the `postgres` user when started by root.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "postgres.sh: error: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "${1:-}" in
start)
    folder=${2:-$(mktemp -d /tmp/ariane-postgres.XXXXXX)}
    mkdir -p "$folder"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$folder"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # fsync off: a throwaway cluster for tests, where a power cut loses nothing of value.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$folder/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres ariane
    echo "$port" >"$folder/port"
    echo "postgres://postgres@127.0.0.1:$port/ariane"
    ;;
stop)
    folder=${2:?usage: postgres.sh stop FOLDER}
    if [[ -d "$folder/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
*)
    echo "usage: $0 start [FOLDER] | stop FOLDER" >&2
    exit 2
    ;;
esac
