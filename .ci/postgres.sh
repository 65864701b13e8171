#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#   .ci/postgres.sh start DIR PORT   -> prints the server URL for KEET_TEST_POSTGRES_URL
#   .ci/postgres.sh stop DIR
# PostgreSQL refuses to run as root, so the cluster runs as an unprivileged user.
set -euo pipefail
action=$1 dir=$2 port=${3:-54329}
pgbin=""
for candidate in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then pgbin=$candidate; break; fi
done
if [ -z "$pgbin" ]; then
  echo "postgres.sh: no PostgreSQL server binaries; installing Debian's postgresql" >&2
  (apt-get update -qq && apt-get install -y -qq postgresql) >&2
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
runas=postgres
if [ "$(id -u)" = 0 ]; then
  id "$runas" >/dev/null 2>&1 || useradd --system --no-create-home "$runas"
  as_user() { su "$runas" -s /bin/sh -c "$*"; }
else
  as_user() { sh -c "$*"; }
fi
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown "$runas" "$dir"
    as_user "'$pgbin/initdb' -D '$dir/data' -U keet --auth=trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    as_user "'$pgbin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start" >&2
    echo "postgresql+psycopg://keet@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_user "'$pgbin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2 || true
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
