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

if [ "$(id -u)" -ne 0 ]; then
  echo "hiregraph: $browser is missing and this user cannot install it." >&2
  echo "  Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a" >&2
  echo "  Chromium or Chrome executable, then run the tests again." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "hiregraph: $browser is missing and apt-get is not available; install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi

echo "hiregraph: installing chromium for the browser tests (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; then
  echo "hiregraph: apt-get could not install chromium (see the messages above); install it by hand and rerun." >&2
  exit 1
fi
[ -x "$browser" ] || { echo "hiregraph: $browser still missing after apt-get install chromium" >&2; exit 1; }
"$browser" --version
