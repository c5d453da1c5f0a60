#!/usr/bin/env bash
# The streaming replica. On its first start it clones the primary with pg_basebackup (-R writes
# primary_conninfo and standby.signal), then hands over to the official entrypoint, which finds
# an initialized data directory and starts PostgreSQL as a hot standby.
set -euo pipefail
: "${STOCKROOM_REPLICATION_PASSWORD:?}" "${STOCKROOM_PRIMARY_HOST:?}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  echo "replica: cloning $STOCKROOM_PRIMARY_HOST into $PGDATA"
  gosu postgres env PGPASSWORD="$STOCKROOM_REPLICATION_PASSWORD" \
    pg_basebackup --host="$STOCKROOM_PRIMARY_HOST" --username=replicator --pgdata="$PGDATA" \
    --write-recovery-conf --wal-method=stream --checkpoint=fast --progress
fi
exec docker-entrypoint.sh "$@"
