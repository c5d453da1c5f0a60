#!/usr/bin/env bash
# A private PostgreSQL 15 primary with a streaming replica, for the run command and the tests.
#
#   pg-cluster.sh start   <dir> <primary-port> <replica-port> [test|dev|bench]
#   pg-cluster.sh stop    <dir>              stop both servers, keep the data
#   pg-cluster.sh destroy <dir>              stop both servers and delete the data
#   pg-cluster.sh replica <dir> stop|start   stop or start only the replica (tests of fallback)
#
# Both servers listen on 127.0.0.1 only, with scram passwords generated at creation (written
# to <dir>/env, never committed), and no unix sockets. The profile sets durability: `test`
# trades it for speed, `dev` keeps fsync but commits asynchronously, `bench` is fully durable
# like the pgbench ceiling it is compared with. As root, the servers run as the `postgres` user.
set -euo pipefail

PG_MAJOR=15
die() { echo "pg-cluster: $*" >&2; exit 1; }
log() { echo "pg-cluster: $*"; }

find_bin() {
  for candidate in "${PG_BIN:-}" "/usr/lib/postgresql/$PG_MAJOR/bin"; do
    [ -n "$candidate" ] && [ -x "$candidate/pg_ctl" ] && { echo "$candidate"; return; }
  done
  return 1
}

ensure_binaries() {
  if BIN=$(find_bin); then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "PostgreSQL $PG_MAJOR binaries are missing; installing Debian's postgresql-$PG_MAJOR"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "postgresql-$PG_MAJOR" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "postgresql-$PG_MAJOR" >/dev/null; } \
      || die "apt-get could not install postgresql-$PG_MAJOR"
    BIN=$(find_bin) || die "postgresql-$PG_MAJOR installed but /usr/lib/postgresql/$PG_MAJOR/bin/pg_ctl is missing"
  else
    die "PostgreSQL $PG_MAJOR is not installed. Install it with: sudo apt-get install postgresql-$PG_MAJOR (or set PG_BIN to its bin directory)"
  fi
}

# Runs a PostgreSQL program as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --clear-groups -- \
      env -i PATH="$BIN:/usr/bin:/bin" HOME="$DIR" LANG=C.UTF-8 PGPASSWORD="${PGPASSWORD:-}" "$@"
  else
    env PATH="$BIN:$PATH" "$@"
  fi
}

ensure_owner_exists() {
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
}

random_password() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

profile_settings() {
  case "$1" in
    test) printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off" ;;
    dev) printf '%s\n' "synchronous_commit = off" ;;
    bench) printf '%s\n' "fsync = on" "synchronous_commit = on" "full_page_writes = on" ;;
    *) die "unknown profile $1 (test, dev or bench)" ;;
  esac
}

create_cluster() {
  local primary_port=$1 replica_port=$2 profile=$3
  mkdir -p "$DIR"
  chmod 700 "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  local super_password app_password
  super_password=$(random_password)
  app_password=$(random_password)
  local pwfile="$DIR/.superpw"
  printf '%s\n' "$super_password" >"$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pwfile"
  as_owner initdb -D "$DIR/primary" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log"; die "initdb failed"; }
  rm -f "$pwfile"
  {
    echo "# Stockroom private cluster ($profile profile)"
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $primary_port"
    echo "unix_socket_directories = ''"
    echo "max_connections = 300"
    echo "shared_buffers = 256MB"
    echo "wal_level = replica"
    echo "max_wal_senders = 10"
    echo "wal_keep_size = 512MB"
    echo "hot_standby = on"
    echo "hot_standby_feedback = on"
    # The replica's feedback holds the primary's cleanup horizon where it was at its last report;
    # at the default 10 s, index entries of rows updated since could not be marked dead, and the
    # dispatcher's claim walked ~2 700 such entries of sent e-mails per claim under the order
    # benchmark (pg_stat_all_indexes), 130 at 1 s.
    echo "wal_receiver_status_interval = 1s"
    echo "password_encryption = scram-sha-256"
    echo "log_min_messages = warning"
    echo "log_line_prefix = '%m [%p] %u@%d '"
    profile_settings "$profile"
  } >>"$DIR/primary/postgresql.conf"
  cat >"$DIR/primary/pg_hba.conf" <<HBA
host    all           all   127.0.0.1/32   scram-sha-256
host    replication   all   127.0.0.1/32   scram-sha-256
HBA
  as_owner pg_ctl -D "$DIR/primary" -l "$DIR/primary.log" -w -t 60 start >/dev/null \
    || { tail -20 "$DIR/primary.log"; die "primary did not start"; }
  PGPASSWORD=$super_password as_owner psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres \
    -c "CREATE ROLE stockroom LOGIN PASSWORD '$app_password'" \
    -c "CREATE DATABASE stockroom OWNER stockroom" >/dev/null
  PGPASSWORD=$super_password as_owner pg_basebackup -D "$DIR/replica" -R -X stream -c fast \
    -d "host=127.0.0.1 port=$primary_port user=postgres password=$super_password" >/dev/null
  sed -i "s/^port = .*/port = $replica_port/" "$DIR/replica/postgresql.conf"
  write_env "$primary_port" "$replica_port" "$super_password" "$app_password"
  as_owner pg_ctl -D "$DIR/replica" -l "$DIR/replica.log" -w -t 60 start >/dev/null \
    || { tail -20 "$DIR/replica.log"; die "replica did not start"; }
}

# <dir>/env for shells (values quoted) and <dir>/env.properties for Maven and Java.
write_env() {
  local primary_port=$1 replica_port=$2 super_password=$3 app_password=$4
  local entries=(
    "PG_PRIMARY_PORT=$primary_port"
    "PG_REPLICA_PORT=$replica_port"
    "PG_SUPERUSER=postgres"
    "PG_SUPERUSER_PASSWORD=$super_password"
    "STOCKROOM_DB_URL=jdbc:postgresql://127.0.0.1:$primary_port/stockroom"
    "STOCKROOM_DB_REPLICA_URL=jdbc:postgresql://127.0.0.1:$replica_port/stockroom?readOnly=true&readOnlyMode=always&connectTimeout=2"
    "STOCKROOM_DB_USER=stockroom"
    "STOCKROOM_DB_PASSWORD=$app_password"
  )
  : >"$DIR/env"
  : >"$DIR/env.properties"
  chmod 600 "$DIR/env" "$DIR/env.properties"
  echo "# written by pg-cluster.sh; passwords were generated when the cluster was created" >>"$DIR/env"
  for entry in "${entries[@]}"; do
    printf "export %s='%s'\n" "${entry%%=*}" "${entry#*=}" >>"$DIR/env"
    printf '%s\n' "$entry" >>"$DIR/env.properties"
  done
}

start_server() {
  local name=$1
  if as_owner pg_ctl -D "$DIR/$name" status >/dev/null 2>&1; then return; fi
  as_owner pg_ctl -D "$DIR/$name" -l "$DIR/$name.log" -w -t 60 start >/dev/null \
    || { tail -20 "$DIR/$name.log"; die "$name did not start"; }
}

stop_server() {
  local name=$1
  [ -d "$DIR/$name" ] || return 0
  if as_owner pg_ctl -D "$DIR/$name" status >/dev/null 2>&1; then
    as_owner pg_ctl -D "$DIR/$name" -m fast -w -t 60 stop >/dev/null || true
  fi
}

cmd=${1:-}
DIR=${2:-}
[ -n "$cmd" ] && [ -n "$DIR" ] || die "usage: pg-cluster.sh start|stop|destroy|replica <dir> ..."
DIR=$(mkdir -p "$(dirname "$DIR")" && cd "$(dirname "$DIR")" && pwd)/$(basename "$DIR")

case "$cmd" in
  start)
    primary_port=${3:?primary port}
    replica_port=${4:?replica port}
    profile=${5:-dev}
    ensure_binaries
    ensure_owner_exists
    if [ "$(id -u)" = 0 ] && ! setpriv --reuid=postgres --regid=postgres --clear-groups -- test -x "$(dirname "$DIR")"; then
      die "the postgres user cannot reach $(dirname "$DIR"); clone the project where other users can traverse (e.g. not under /root)"
    fi
    started=$(date +%s%N)
    if [ -f "$DIR/env" ]; then
      # An existing cluster keeps its ports and passwords.
      start_server primary
      start_server replica
    else
      rm -rf "$DIR"
      for port in "$primary_port" "$replica_port"; do
        port_in_use "$port" && die "port $port is already in use"
      done
      create_cluster "$primary_port" "$replica_port" "$profile"
    fi
    # shellcheck disable=SC1091
    . "$DIR/env"
    log "primary 127.0.0.1:$PG_PRIMARY_PORT, replica 127.0.0.1:$PG_REPLICA_PORT ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"
    ;;
  stop)
    BIN=$(find_bin) || exit 0
    stop_server replica
    stop_server primary
    ;;
  destroy)
    if BIN=$(find_bin); then
      stop_server replica
      stop_server primary
    fi
    rm -rf "$DIR"
    ;;
  replica)
    BIN=$(find_bin) || die "no PostgreSQL binaries"
    case "${3:-}" in
      stop) stop_server replica ;;
      start) start_server replica ;;
      *) die "usage: pg-cluster.sh replica <dir> stop|start" ;;
    esac
    ;;
  *)
    die "unknown command $cmd"
    ;;
esac
