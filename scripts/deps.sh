#!/bin/sh
# Install the build and test dependencies when they are missing: with
# apt-get on Debian/Ubuntu when run as root; elsewhere print the command.
set -e
PKGS="sqlite3 libsqlite3-dev libpcre2-dev libutf8proc-dev pkg-config python3 valgrind"
have_all() {
  command -v sqlite3 >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 &&
    pkg-config --exists libpcre2-8 libutf8proc sqlite3 2>/dev/null &&
    command -v python3 >/dev/null 2>&1
}
# valgrind is optional (make test skips that step without it); installed
# along with the rest where apt-get can.
if have_all && { command -v valgrind >/dev/null 2>&1 || [ "$(id -u)" != 0 ] ||
  ! command -v apt-get >/dev/null 2>&1; }; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing: $PKGS"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $PKGS >/dev/null
  exit 0
fi
cat <<MSG
Missing dependencies (SQLite headers and shell, PCRE2, utf8proc, pkg-config, python3).
Install them with one of:
  Debian/Ubuntu: sudo apt-get install $PKGS
  Fedora:        sudo dnf install sqlite sqlite-devel pcre2-devel utf8proc-devel pkgconf-pkg-config python3
  Homebrew:      brew install sqlite pcre2 utf8proc pkg-config python
then run make again.
MSG
exit 1
