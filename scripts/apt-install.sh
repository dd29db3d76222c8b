# Sourced by the ensure-*.sh scripts: installs one Debian package for the test suite when it is missing.
# apt_install <package> <what it is for> <how to install it by hand>
# Exits the calling script with 1 (and says what to do) when it cannot: not root, no apt-get, or apt-get failed.
apt_install() {
  local package="$1" purpose="$2" by_hand="$3"
  if [ "$(id -u)" -ne 0 ]; then
    echo "hiregraph: $package is not installed and this user cannot install it." >&2
    echo "  $by_hand, then run the tests again." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "hiregraph: $package is not installed and apt-get is not available. $by_hand." >&2
    exit 1
  fi
  echo "hiregraph: installing $package for $purpose (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$package" >/dev/null; }; then
    echo "hiregraph: apt-get could not install $package (see the messages above); install it by hand and rerun." >&2
    exit 1
  fi
}
