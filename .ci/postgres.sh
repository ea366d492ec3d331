#!/usr/bin/env bash
# Starts a PostgreSQL for the SQL conformance tests of graph/cayleystore on
# Debian, as root, and prints the variable that points the tests at it:
#
#   eval "$(bash .ci/postgres.sh)"
#   go test ./graph/cayleystore/ -run TestPostgres
#
# Idempotent: installs PostgreSQL only when missing, starts the cluster only
# when it is down, creates the role and database only when absent. Progress
# goes to stderr; stdout carries nothing but the export line.
set -euo pipefail

role=actorgraph
password=actorgraph
db=actorgraph_test
host=127.0.0.1
port=5432

say() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
	say "run me as root (I install packages and start the cluster as the postgres user)"
	exit 1
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	say "installing postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update >&2
	apt-get install -y postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
	say "creating cluster $version/$cluster"
	pg_createcluster "$version" "$cluster" -p "$port" >&2
fi

conf=/etc/postgresql/$version/$cluster/postgresql.conf
if ! grep -q "^listen_addresses = '$host'" "$conf"; then
	say "listening on $host:$port"
	{
		echo "listen_addresses = '$host'"
		echo "port = $port"
	} >>"$conf"
	if pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
		pg_ctlcluster "$version" "$cluster" restart >&2
	fi
fi

if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
	say "starting cluster $version/$cluster"
	pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 30); do
	if pg_isready -q -h "$host" -p "$port"; then
		break
	fi
	sleep 1
done
pg_isready -h "$host" -p "$port" >&2

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -p $port $*"; }

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != 1 ]; then
	say "creating role $role"
	psql_admin "-c \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\"" >&2
else
	psql_admin "-c \"ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password'\"" >&2
fi

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"")" != 1 ]; then
	say "creating database $db"
	psql_admin "-c \"CREATE DATABASE $db OWNER $role\"" >&2
fi

say "ready on $host:$port"
echo "export ACTORGRAPH_TEST_POSTGRES='postgres://$role:$password@$host:$port/$db?sslmode=disable'"
