#!/usr/bin/env bash
# The primary's first start (the official image runs /docker-entrypoint-initdb.d/* once, when
# it creates the data directory): the application's role and database, a role for streaming
# replication, and the pg_hba line that lets the replica connect with it.
set -euo pipefail
: "${STOCKROOM_DB_USER:?}" "${STOCKROOM_DB_PASSWORD:?}" "${STOCKROOM_REPLICATION_PASSWORD:?}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set app_user="$STOCKROOM_DB_USER" \
  --set app_password="$STOCKROOM_DB_PASSWORD" \
  --set replication_password="$STOCKROOM_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
CREATE DATABASE stockroom OWNER :"app_user";
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'replication_password';
SQL

echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
