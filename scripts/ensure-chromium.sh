#!/usr/bin/env bash
# Makes sure a headless Chromium is available for the browser tests (CORS from another origin, the offline
# GraphiQL page). The tests drive it with playwright-core, which never downloads a browser of its own: they use
# the executable at $CHROMIUM_PATH, else /usr/bin/chromium. Installs Debian's `chromium` package when it is
# missing and the user is root.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install chromium "the browser tests" "Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable"
[ -x "$browser" ] || { echo "hiregraph: $browser still missing after apt-get install chromium" >&2; exit 1; }
"$browser" --version
