#!/usr/bin/env bash
# Starts Stockroom's WildFly in a container. Everything comes from the environment (the same
# STOCKROOM_* names as everywhere else); this script only does what a container needs besides:
#
#  - token keys: secrets arrive as values (STOCKROOM_JWT_SIGNING_KEY = the PEM,
#    STOCKROOM_JWT_JWKS = the JWKS document, e.g. from ECS secrets); they are written to files
#    readable by this user only and passed on as STOCKROOM_JWT_*_LOCATION. Files given directly
#    through the *_LOCATION variables are used as they are. With neither, a key pair for
#    development is made (shared by every node that mounts the same keys directory).
#  - addresses: public and management interfaces on all addresses (the container is the
#    boundary), the cluster (private) interface on the container's own address, which the other
#    nodes read from the JDBC_PING table and connect to.
#  - node id: STOCKROOM_NODE_ID, or one made from that address (unique among running nodes).
#
#   entrypoint.sh [server options...]   start the server (options go to standalone.sh)
#   entrypoint.sh <command> [args...]   run a command in the prepared environment
#
# The server is exec'd, so `docker stop`/ECS deliver SIGTERM to it (LAUNCH_JBOSS_IN_BACKGROUND
# makes standalone.sh forward the signal to the JVM).
set -euo pipefail

JBOSS_HOME=${JBOSS_HOME:-/opt/stockroom/wildfly}
runtime_dir=${STOCKROOM_RUNTIME_DIR:-/opt/stockroom/run}
dev_keys_dir=${STOCKROOM_DEV_KEYS_DIR:-/opt/stockroom/keys}
scripts_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

log() { echo "entrypoint: $*" >&2; }
die() { log "$*"; exit 1; }

# Writes the value of the variable named $1 to file $2 (mode 600) and removes it from the
# environment, so the JVM and its children never carry the secret itself.
secret_to_file() {
  local name=$1 file=$2
  [ -n "${!name}" ] || die "$name is set but empty; give the secret's contents or unset it"
  (umask 077 && printf '%s\n' "${!name}" >"$file")
  unset "$name"
}

prepare_token_keys() {
  local have_key=${STOCKROOM_JWT_SIGNING_KEY+set} have_jwks=${STOCKROOM_JWT_JWKS+set}
  if [ -n "$have_key" ] || [ -n "$have_jwks" ]; then
    [ -n "$have_key" ] && [ -n "$have_jwks" ] \
      || die "give both STOCKROOM_JWT_SIGNING_KEY and STOCKROOM_JWT_JWKS (a signing key and the JWKS that verifies it), or neither"
    mkdir -p "$runtime_dir/keys"
    chmod 700 "$runtime_dir/keys"
    secret_to_file STOCKROOM_JWT_SIGNING_KEY "$runtime_dir/keys/signing-key.pem"
    secret_to_file STOCKROOM_JWT_JWKS "$runtime_dir/keys/jwks.json"
    grep -q -- '-----BEGIN PRIVATE KEY-----' "$runtime_dir/keys/signing-key.pem" \
      || die "STOCKROOM_JWT_SIGNING_KEY is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)"
    grep -q '"keys"' "$runtime_dir/keys/jwks.json" \
      || die "STOCKROOM_JWT_JWKS is not a JWKS document ({\"keys\":[...]})"
    export STOCKROOM_JWT_SIGNING_KEY_LOCATION=$runtime_dir/keys/signing-key.pem
    export STOCKROOM_JWT_JWKS_LOCATION=$runtime_dir/keys/jwks.json
    log "token keys from STOCKROOM_JWT_SIGNING_KEY and STOCKROOM_JWT_JWKS"
  elif [ -n "${STOCKROOM_JWT_SIGNING_KEY_LOCATION:-}" ] || [ -n "${STOCKROOM_JWT_JWKS_LOCATION:-}" ]; then
    [ -r "${STOCKROOM_JWT_SIGNING_KEY_LOCATION:-}" ] \
      || die "STOCKROOM_JWT_SIGNING_KEY_LOCATION (${STOCKROOM_JWT_SIGNING_KEY_LOCATION:-unset}) is not a readable file"
    [ -r "${STOCKROOM_JWT_JWKS_LOCATION:-}" ] \
      || die "STOCKROOM_JWT_JWKS_LOCATION (${STOCKROOM_JWT_JWKS_LOCATION:-unset}) is not a readable file"
    log "token keys from $STOCKROOM_JWT_SIGNING_KEY_LOCATION and $STOCKROOM_JWT_JWKS_LOCATION"
  else
    mkdir -p "$dev_keys_dir"
    # Nodes sharing the directory (compose) must end up with one pair, not one each.
    (
      flock 9
      "$scripts_dir/jwt-keys.sh" "$dev_keys_dir" >/dev/null
    ) 9>"$dev_keys_dir/.lock"
    export STOCKROOM_JWT_SIGNING_KEY_LOCATION=$dev_keys_dir/signing-key.pem
    export STOCKROOM_JWT_JWKS_LOCATION=$dev_keys_dir/jwks.json
    log "################################################################################"
    log "WARNING: DEVELOPMENT TOKEN KEYS. Neither STOCKROOM_JWT_SIGNING_KEY/STOCKROOM_JWT_JWKS"
    log "nor their *_LOCATION files were given: using the pair in $dev_keys_dir (made if missing)."
    log "Tokens signed with it are worthless anywhere else. Never run a real shop like this."
    log "################################################################################"
  fi
}

# The container's own IPv4 address: ECS task metadata when on ECS, else the first address of
# an interface that is neither loopback nor link-local (Fargate adds a 169.254.x interface).
private_address() {
  local address=""
  if [ -n "${ECS_CONTAINER_METADATA_URI_V4:-}" ]; then
    address=$(curl -fsS --max-time 2 "$ECS_CONTAINER_METADATA_URI_V4" 2>/dev/null \
      | grep -oE '"IPv4Addresses" *: *\[ *"[0-9.]+"' | head -n1 | sed -E 's/.*"([0-9.]+)"$/\1/' || true)
  fi
  if [ -z "$address" ]; then
    address=$(hostname -I 2>/dev/null | tr ' ' '\n' \
      | grep -E '^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$' | grep -vE '^(127|169\.254)\.' | head -n1 || true)
  fi
  [ -n "$address" ] || die "cannot find this container's IPv4 address; set STOCKROOM_PRIVATE_ADDRESS"
  echo "$address"
}

prepare_token_keys

export STOCKROOM_PRIVATE_ADDRESS=${STOCKROOM_PRIVATE_ADDRESS:-$(private_address)}
# Narayana's node identifier is at most 23 bytes; it must differ between nodes sharing a database.
export STOCKROOM_NODE_ID=${STOCKROOM_NODE_ID:-sr-$STOCKROOM_PRIVATE_ADDRESS}
[ "$(printf '%s' "$STOCKROOM_NODE_ID" | wc -c)" -le 23 ] \
  || die "STOCKROOM_NODE_ID '$STOCKROOM_NODE_ID' is longer than 23 bytes"
# Heap follows the container's memory limit unless the operator sizes it.
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=75}
export LAUNCH_JBOSS_IN_BACKGROUND=${LAUNCH_JBOSS_IN_BACKGROUND:-true}

if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  exec "$@"
fi

log "node $STOCKROOM_NODE_ID, cluster address $STOCKROOM_PRIVATE_ADDRESS"
exec "$JBOSS_HOME/bin/standalone.sh" \
  -c stockroom.xml \
  -b 0.0.0.0 \
  -bmanagement 0.0.0.0 \
  -Djboss.bind.address.private="$STOCKROOM_PRIVATE_ADDRESS" \
  -Djboss.node.name="$STOCKROOM_NODE_ID" \
  "$@"
