#!/usr/bin/env bash
# Makes sure `redis-server` is available for the test suite (the Redis-backed stores are tested against a real
# server, started by the tests on 127.0.0.1 and a free port). Uses the one on PATH; otherwise installs Debian's
# `redis-server` package when running as root. The server itself is never started here.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install redis-server "the test suite" "Install Redis 5 or newer (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) or put a redis-server binary on PATH"
# The package may start a system service; the tests start their own server, so that one is left alone.
command -v redis-server >/dev/null 2>&1 || { echo "hiregraph: redis-server still missing after apt-get install" >&2; exit 1; }
redis-server --version
