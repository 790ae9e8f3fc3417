#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a throw-away PostgreSQL 15 server for the tests:
#   tests/support/pg-test-server.sh COMMAND [ARGS...]
# initdb into a temporary folder, start listening on 127.0.0.1 only (a free port; the socket in the folder too),
# create a database, an owner role and two officer roles with passwords, export their URLs to COMMAND:
#   CITYBRIDGE_TEST_PG            owner of the test database (creates a schema per test)
#   CITYBRIDGE_TEST_PG_OFFICER_A  officer role A      CITYBRIDGE_TEST_PG_OFFICER_B  officer role B
# then stop the server and delete the folder, also when COMMAND fails or the script is interrupted.
# As root the server runs as the "postgres" user (PostgreSQL refuses to run as root); otherwise as the current user.
# Durability is switched off (fsync, full page writes): the data is thrown away at the end anyway.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
    echo "pg-test-server: PostgreSQL 15 is not installed ($PGBIN/initdb; Debian package postgresql-15)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/citybridge-pg.XXXXXX")
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$tmp"
    as_server=(runuser -u postgres --)
fi

cleanup() {
    if [ -f "$tmp/data/postmaster.pid" ]; then
        "${as_server[@]}" "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

secret() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
admin_pw=$(secret)
officer_a_pw=$(secret)
officer_b_pw=$(secret)
printf '%s\n' "$admin_pw" > "$tmp/pwfile"
[ "$(id -u)" -ne 0 ] || chown postgres: "$tmp/pwfile"

start=$(date +%s.%N)
"${as_server[@]}" "$PGBIN/initdb" -D "$tmp/data" -U cb_owner --pwfile="$tmp/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync > "$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; exit 1; }
rm -f "$tmp/pwfile"

# A free loopback port: try a few random ones; pg_ctl fails cleanly when one was taken in between.
started=0
for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
        continue
    fi
    if "${as_server[@]}" "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$tmp -c fsync=off \
            -c full_page_writes=off -c synchronous_commit=off -c max_connections=40" start > /dev/null; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    echo "pg-test-server: the server did not start" >&2
    cat "$tmp/server.log" >&2 || true
    exit 1
fi

"$PGBIN/psql" -h "$tmp" -p "$port" -U cb_owner -d postgres -v ON_ERROR_STOP=1 -q \
    -v pw_a="$officer_a_pw" -v pw_b="$officer_b_pw" > /dev/null <<'SQL'
CREATE DATABASE citybridge_test OWNER cb_owner;
CREATE ROLE cb_officer_a LOGIN PASSWORD :'pw_a';
CREATE ROLE cb_officer_b LOGIN PASSWORD :'pw_b';
CREATE ROLE citybridge_officers NOLOGIN;
GRANT citybridge_officers TO cb_officer_a, cb_officer_b;
SQL

url() { echo "postgresql://$1:$2@127.0.0.1:$port/citybridge_test"; }
export CITYBRIDGE_TEST_PG
export CITYBRIDGE_TEST_PG_OFFICER_A
export CITYBRIDGE_TEST_PG_OFFICER_B
CITYBRIDGE_TEST_PG=$(url cb_owner "$admin_pw")
CITYBRIDGE_TEST_PG_OFFICER_A=$(url cb_officer_a "$officer_a_pw")
CITYBRIDGE_TEST_PG_OFFICER_B=$(url cb_officer_b "$officer_b_pw")
awk -v port="$port" -v a="$start" -v b="$(date +%s.%N)" \
    'BEGIN { printf "pg-test-server: PostgreSQL 15 on 127.0.0.1:%s, ready in %.1f s\n", port, b - a }'

status=0
"$@" || status=$?
exit "$status"
