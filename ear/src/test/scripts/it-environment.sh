#!/usr/bin/env bash
# The integration tests' world, made before failsafe runs and removed after it:
#
#   it-environment.sh start <it-dir> <wildfly-home> <ear> <health-war>
#   it-environment.sh stop  <it-dir>
#
# start: picks free ports, starts a throw-away PostgreSQL primary + replica (test profile),
# generates token keys, prepares a server base directory with the EAR and the health WAR in
# deployments/ (so the server under test boots with exactly what the build made), and writes
# <it-dir>/it.properties for Maven. A detached watcher removes all of it if Maven dies
# (Ctrl-C, kill) before `stop` runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scripts=$(cd "$here/../../../../server/src/main/scripts" && pwd)

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 10000 ))
    port_in_use "$port" || { echo "$port"; return; }
  done
  echo "it-environment: no free port found" >&2
  return 1
}

# A WildFly port offset whose every port (http, https, management, ajp, jgroups, tx) is free.
# Every port stays below 32768, where Linux starts handing out local ports of outgoing
# connections: no probe sees those, and a server binding one fails to boot.
free_offset() {
  local offset ok
  for _ in $(seq 1 200); do
    offset=$(( (RANDOM % 128 + 100) * 100 ))
    ok=1
    for base in 8080 8443 8009 9990 9993 7600 4712 4713; do
      port_in_use $(( base + offset )) && { ok=0; break; }
    done
    [ "$ok" = 1 ] && { echo "$offset"; return; }
  done
  echo "it-environment: no free port offset found" >&2
  return 1
}

stop_environment() {
  local dir=$1
  # A server left behind by an interrupted run still holds ports and connections.
  pkill -f -- "-Djboss.server.base.dir=$dir/server" 2>/dev/null || true
  for node in "$dir"/node-*; do
    [ -d "$node" ] && pkill -f -- "-Djboss.server.base.dir=$node" 2>/dev/null || true
  done
  "$scripts/pg-cluster.sh" destroy "$dir/pg"
}

cmd=${1:?start or stop}
dir=${2:?it dir}
case "$cmd" in
  start)
    wildfly=${3:?wildfly home}
    ear=${4:?ear}
    health=${5:?health war}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    stop_environment "$dir"
    rm -rf "$dir"
    mkdir -p "$dir"

    primary_port=$(free_port)
    replica_port=$(free_port)
    while [ "$replica_port" = "$primary_port" ]; do replica_port=$(free_port); done
    "$scripts/pg-cluster.sh" start "$dir/pg" "$primary_port" "$replica_port" test
    "$scripts/jwt-keys.sh" "$dir/keys" >/dev/null
    # Rotate once, keeping the first private key: the run then has two verification keys, and
    # tests prove that tokens of the previous key still verify.
    cp "$dir/keys/signing-key.pem" "$dir/keys/previous-signing-key.pem"
    "$scripts/jwt-keys.sh" rotate "$dir/keys" >/dev/null

    cp -r "$wildfly/standalone" "$dir/server"
    rm -rf "$dir/server/deployments/"* "$dir/server/data" "$dir/server/log" "$dir/server/tmp"
    cp "$ear" "$health" "$dir/server/deployments/"

    offset=$(free_offset)
    # The tests run an SMTP server (GreenMail) on this port for the whole run; the servers under
    # test send there, authenticating with a password made for this run.
    smtp_port=$(free_port)
    while [ "$smtp_port" = "$primary_port" ] || [ "$smtp_port" = "$replica_port" ]; do smtp_port=$(free_port); done
    # ... and the external reservation service's stand-in (WireMock) on this one.
    reservation_port=$(free_port)
    while [ "$reservation_port" = "$primary_port" ] || [ "$reservation_port" = "$replica_port" ] \
      || [ "$reservation_port" = "$smtp_port" ]; do reservation_port=$(free_port); done
    smtp_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    {
      cat "$dir/pg/env.properties"
      echo "IT_PORT_OFFSET=$offset"
      echo "IT_HTTP_PORT=$(( 8080 + offset ))"
      echo "IT_MANAGEMENT_PORT=$(( 9990 + offset ))"
      # Passwords of the seeded demo users (identity seeds them when told to).
      echo "IT_SEED_MANAGER_PASSWORD=it-$(openssl rand -hex 12)"
      echo "IT_SEED_CUSTOMER_PASSWORD=it-$(openssl rand -hex 12)"
      echo "IT_SMTP_PORT=$smtp_port"
      echo "IT_SMTP_PASSWORD=$smtp_password"
      echo "IT_RESERVATION_PORT=$reservation_port"
    } >"$dir/it.properties"

    # Maven is our parent; once it is gone, so is everything made here.
    maven_pid=$PPID
    setsid nohup bash -c "while kill -0 $maven_pid 2>/dev/null; do sleep 2; done; \
      [ -f '$dir/it.properties' ] && '$here/it-environment.sh' stop '$dir'" >/dev/null 2>&1 </dev/null &
    echo "it-environment: ready in $dir (http port $(( 8080 + offset )))"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    dir=$(cd "$dir" && pwd)
    stop_environment "$dir"
    rm -f "$dir/it.properties"
    ;;
  *)
    echo "usage: it-environment.sh start|stop <it-dir> ..." >&2
    exit 2
    ;;
esac
