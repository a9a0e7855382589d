#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: `start` prints its base URL, `stop DIR` removes it.
# STRIDEBACK_PG_OPTIONS adds server settings (the benchmark gives it a production-sized shared_buffers).
# initdb refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

pg_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  available)
    pg_bin >/dev/null 2>&1 ;;
  start)
    bin=$(pg_bin) || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
    dir=$(mktemp -d /tmp/strideback-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    for _ in 1 2 3 4 5; do
      port=$((20000 + RANDOM % 20000))
      # Durability is not what these tests measure; turning it off makes the suite faster.
      if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${STRIDEBACK_PG_OPTIONS:-}" >/dev/null; then
        echo "$dir postgres://postgres@127.0.0.1:$port"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2; exit 1 ;;
  createdb)
    # createdb URL NAME: a fresh, empty database on the cluster.
    psql "$2/postgres" -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS \"$3\"" -c "CREATE DATABASE \"$3\"" ;;
  halt)
    # halt DIR: stops the server as an outage would, keeping its data for `resume`.
    bin=$(pg_bin)
    as_pg "$bin/pg_ctl" -D "$2/data" -m fast stop >/dev/null ;;
  resume)
    # resume DIR PORT: starts a halted cluster again on the same port.
    bin=$(pg_bin)
    as_pg "$bin/pg_ctl" -D "$2/data" -l "$2/server.log" -w -t 30 start \
      -o "-p $3 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${STRIDEBACK_PG_OPTIONS:-}" >/dev/null ;;
  stop)
    bin=$(pg_bin)
    as_pg "$bin/pg_ctl" -D "$2/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$2" ;;
  *)
    echo "usage: $0 available|start|createdb URL NAME|halt DIR|resume DIR PORT|stop DIR" >&2; exit 2 ;;
esac
