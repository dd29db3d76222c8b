#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, postgres) are available for the test suite: the record is tested
# against the embedded store and against a real PostgreSQL server, which the tests start themselves on 127.0.0.1 and
# a free port (a throwaway data directory). Uses binaries on PATH or under /usr/lib/postgresql/<version>/bin;
# otherwise installs Debian's `postgresql` package when running as root. No server is started here.
set -euo pipefail

have_postgres() {
  command -v initdb >/dev/null 2>&1 && return 0
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null 2>&1
}

if have_postgres; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "hiregraph: PostgreSQL (initdb, postgres) is not installed and this user cannot install it." >&2
  echo "  Install it (Debian/Ubuntu: sudo apt-get install -y postgresql; macOS: brew install postgresql)" >&2
  echo "  or put initdb and postgres on PATH, then run the tests again." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "hiregraph: PostgreSQL is not installed and apt-get is not available; install PostgreSQL 13 or newer by hand." >&2
  exit 1
fi

echo "hiregraph: installing postgresql for the test suite (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }; then
  echo "hiregraph: apt-get could not install postgresql (see the messages above); install it by hand and rerun." >&2
  exit 1
fi
# The package may create and start a system cluster; the tests start their own server, so that one is left alone.
have_postgres || { echo "hiregraph: initdb still missing after apt-get install" >&2; exit 1; }
