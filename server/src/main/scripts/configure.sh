#!/usr/bin/env bash
# Turns a pristine WildFly into Stockroom's server: copies the HA profile to stockroom.xml and
# applies every CLI script in order. Runs on each build from the pristine file, so the CLI
# scripts (which are not idempotent) always start from the same state. Docker runs it too.
set -euo pipefail
wildfly=${1:?usage: configure.sh <wildfly-dir> <cli-dir>}
cli_dir=${2:?usage: configure.sh <wildfly-dir> <cli-dir>}
config=$wildfly/standalone/configuration

cp "$config/standalone-ha.xml" "$config/stockroom.xml"
rm -rf "$config/standalone_xml_history"
for script in "$cli_dir"/*.cli; do
  echo "configure: $(basename "$script")"
  JAVA_OPTS="-Xms64m -Xmx256m -XX:TieredStopAtLevel=1" \
    "$wildfly/bin/jboss-cli.sh" --file="$script" >"$wildfly/cli-$(basename "$script").log" 2>&1 \
    || { cat "$wildfly/cli-$(basename "$script").log"; exit 1; }
done
rm -rf "$config/standalone_xml_history" "$wildfly/standalone/data" "$wildfly/standalone/log" "$wildfly/standalone/tmp"

# One switch for the log format (see the logging section of 10-stockroom.cli).
[ -f "$wildfly/bin/standalone.conf.pristine" ] || cp "$wildfly/bin/standalone.conf" "$wildfly/bin/standalone.conf.pristine"
cp "$wildfly/bin/standalone.conf.pristine" "$wildfly/bin/standalone.conf"
cat >>"$wildfly/bin/standalone.conf" <<'CONF'

# Stockroom: STOCKROOM_LOG_FORMAT=json switches the console to one JSON object per line.
if [ "${STOCKROOM_LOG_FORMAT:-plain}" = "json" ]; then
  JAVA_OPTS="$JAVA_OPTS -Dstockroom.log.json=true -Dstockroom.log.plain=false"
fi
CONF
