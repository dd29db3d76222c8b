#!/usr/bin/env bash
# Makes sure `redis-server` is available for the test suite (the Redis-backed stores are tested against a real
# server, started by the tests on 127.0.0.1 and a free port). Uses the one on PATH; otherwise installs Debian's
# `redis-server` package when running as root. The server itself is never started here.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "hiregraph: redis-server is not installed and this user cannot install it." >&2
  echo "  Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis)" >&2
  echo "  or put a redis-server binary on PATH, then run the tests again." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "hiregraph: redis-server is not installed and apt-get is not available; install Redis 5 or newer by hand." >&2
  exit 1
fi

echo "hiregraph: installing redis-server for the test suite (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }; then
  echo "hiregraph: apt-get could not install redis-server (see the messages above); install it by hand and rerun." >&2
  exit 1
fi
# The package may start a system service; the tests start their own server, so that one is left alone.
command -v redis-server >/dev/null 2>&1 || { echo "hiregraph: redis-server still missing after apt-get install" >&2; exit 1; }
redis-server --version
