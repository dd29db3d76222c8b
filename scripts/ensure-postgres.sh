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

# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install postgresql "the record tests" "Install PostgreSQL 13 or newer (Debian/Ubuntu: sudo apt-get install -y postgresql; macOS: brew install postgresql) or put initdb and postgres on PATH"
# The package may create and start a system cluster; the tests start their own server, so that one is left alone.
have_postgres || { echo "hiregraph: initdb still missing after apt-get install" >&2; exit 1; }
