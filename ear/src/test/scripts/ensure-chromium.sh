#!/usr/bin/env bash
# The console's browser tests drive Debian's Chromium through its chromedriver. Installs both
# when they are missing (as root, from the Debian archive); does nothing when they are there.
#
#   ensure-chromium.sh
set -euo pipefail

if command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: chromium and chromium-driver are missing; install them as root:" >&2
  echo "  apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Another build on this machine may hold the dpkg lock for a moment.
apt_get() { apt-get -o DPkg::Lock::Timeout=300 "$@"; }
apt_get install -y --no-install-recommends chromium chromium-driver \
  || { apt_get update && apt_get install -y --no-install-recommends chromium chromium-driver; }
