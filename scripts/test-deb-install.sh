#!/usr/bin/env bash
# Installs the .deb on this machine the way a student would, starts the installed app, and removes
# it again: once with a desktop menu (/etc/xdg/menus present) and once without one (moved aside and
# put back, whatever happens). Each pass checks that dpkg ends "install ok installed", that the menu
# entry and icons are in /usr/share when installed and gone when removed, and that the installed
# launcher passes --smoke-test (no JDK on PATH, under Xvfb when there is no DISPLAY) and formats a
# Russian date with the image's locale data.
#
#   ./mvnw -Ppackage package -DskipTests     # first: target/installer/balancing-act_*.deb
#   scripts/test-deb-install.sh [DEB]        # as root (it installs packages); Debian or Ubuntu
#
# When the machine has no /etc/xdg/menus, the "with a menu" pass installs lxmenu-data (a menu
# layout, as LXDE/LXQt have). Everything this script newly installs (lxmenu-data, the package's
# dependencies and their recommends, as apt-get installs them for a student) is purged again at
# the end, so a shared machine ends with the packages it started with (apt may have upgraded some
# that were already there, e.g. perl for xdg-utils' recommends: those stay upgraded).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/installer/balancing-act_*_amd64.deb 2>/dev/null | head -1 || true)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run ./mvnw -Ppackage package -DskipTests first" >&2; exit 1; }
deb=$(realpath "$deb")
[ "$(id -u)" = 0 ] || { echo "run as root: this installs and removes packages" >&2; exit 1; }
status() { dpkg-query -W -f='${Status}' balancing-act 2>/dev/null || echo "unknown ok not-installed"; }
on_system() { # true while dpkg has the package in any state but gone (installed, half-configured, …)
  case "$(status)" in *" not-installed" | *" config-files") return 1 ;; *) return 0 ;; esac
}
if on_system; then
  echo "balancing-act is already installed here; remove it first (apt-get remove balancing-act)" >&2
  exit 1
fi

# shellcheck source=lib/display.sh
. scripts/lib/display.sh

menus=/etc/xdg/menus
aside=""                 # where /etc/xdg/menus is while the "without" pass runs
brought_in=()            # packages this script's installs added, purged at the end
apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
export DEBIAN_FRONTEND=noninteractive
home=$(mktemp -d)

install_tracked() { # install_tracked APT-ARGS…: apt-get install, remembering what was newly installed
  # apt-get -s names exactly what this install adds ("Inst NAME (…)"; upgrades read "Inst NAME [old] (…)")
  local new
  new=$("${apt[@]}" -s install "$@" | awk '/^Inst / && $3 !~ /^\[/ {print $2}' | grep -vx balancing-act || true)
  brought_in+=($new)
  "${apt[@]}" install "$@"
}

cleanup() {
  local code=$?
  set +e
  if [ -n "$aside" ] && [ -e "$aside" ]; then
    echo "== cleanup: putting $menus back (before a purge: an old package's prerm may need it)"
    mv "$aside" "$menus"
  fi
  if [ "$(status)" != "unknown ok not-installed" ] && [ "$(status)" != "purge ok not-installed" ]; then
    echo "== cleanup: purging balancing-act ($(status))"
    "${apt[@]}" purge balancing-act >/dev/null 2>&1 || dpkg --purge --force-remove-reinstreq balancing-act
  fi
  if [ ${#brought_in[@]} -gt 0 ]; then
    echo "== cleanup: purging the ${#brought_in[@]} packages this script brought in: ${brought_in[*]}"
    "${apt[@]}" purge "${brought_in[@]}" >/dev/null 2>&1 || echo "(purge failed; remove them by hand)" >&2
  fi
  rm -rf "$home"
  stop_display
  exit "$code"
}
ensure_display # first: it sets its own EXIT trap, which the one below replaces (cleanup stops Xvfb too)
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "FAILED: $*" >&2; exit 1; }

# a PATH without java (this machine may have a JDK in /usr/bin); the native launcher needs no tools
mkdir "$home/path"
ln -s "$(command -v sh)" "$home/path/sh"

desktop_files=(/usr/share/applications/balancing-act.desktop
  /usr/share/icons/hicolor/256x256/apps/balancing-act.png
  /usr/share/icons/hicolor/scalable/apps/balancing-act.svg)

one_pass() { # one_pass LABEL
  echo
  echo "=== $1: /etc/xdg/menus $([ -d "$menus" ] && echo present || echo absent)"
  echo "== apt-get install $deb"
  install_tracked "$deb" >"$home/apt.log" 2>&1 || true # not in a pipe: install_tracked notes what it added
  grep -v '^\(Reading\|Building\|Selecting\|Preparing\|(Reading\|Unpacking\|Setting up\|Get:\|Processing\)' "$home/apt.log" || true
  [ "$(status)" = "install ok installed" ] || fail "after install, dpkg says: $(status)"
  echo "dpkg: $(status), $(dpkg-query -W -f='${Version}' balancing-act)"
  for f in "${desktop_files[@]}"; do
    [ -f "$f" ] || fail "$f was not installed"
  done
  echo "menu entry and icons: ${desktop_files[*]}"
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate /usr/share/applications/balancing-act.desktop && echo "desktop-file-validate: clean"
  fi

  echo "== /opt/balancing-act/bin/balancing-act --smoke-test (no JDK on PATH)"
  local out
  out=$(env -i PATH="$home/path" DISPLAY="$DISPLAY" HOME="$home" /opt/balancing-act/bin/balancing-act --smoke-test) ||
    fail "--smoke-test exited $?"
  echo "$out"
  grep -q '^first-frame-ms: [0-9]*$' <<<"$out" || fail "no first-frame-ms line"
  echo "== --smoke-test --lang ru"
  out=$(env -i PATH="$home/path" DISPLAY="$DISPLAY" HOME="$home" LANG=C.UTF-8 /opt/balancing-act/bin/balancing-act --smoke-test --lang ru) ||
    fail "--smoke-test --lang ru exited $?"
  grep '^formatted-date: ' <<<"$out"
  grep -qx 'formatted-date: 24 февраля 2022' <<<"$out" || fail "the Russian date is not '24 февраля 2022'"

  echo "== apt-get remove balancing-act"
  "${apt[@]}" -o APT::Get::HideAutoRemove=1 remove balancing-act 2>&1 | grep -v '^\(Reading\|Building\|(Reading\)' || true
  ! on_system || fail "after remove, dpkg says: $(status)"
  echo "dpkg: $(status)"
  [ ! -e /opt/balancing-act ] || fail "/opt/balancing-act is still there"
  for f in "${desktop_files[@]}"; do
    [ ! -e "$f" ] || fail "$f is still there"
  done
  echo "== apt-get purge balancing-act (the maintainer scripts dpkg kept for a purge)"
  "${apt[@]}" purge balancing-act 2>&1 | grep '^Purging\|^E:' || true
  [ -z "$(dpkg-query -W -f='${Status}' balancing-act 2>/dev/null | grep -v not-installed)" ] ||
    fail "after purge, dpkg says: $(status)"
  echo "dpkg: $(status)"
  echo "=== $1: installed, started, removed and purged cleanly"
}

# 1. with a desktop menu
if [ ! -d "$menus" ]; then
  echo "== no $menus on this machine: installing lxmenu-data for the first pass"
  install_tracked lxmenu-data >/dev/null
fi
one_pass "with a desktop menu"

# 2. without one: /etc/xdg/menus moved aside (the cleanup puts it back whatever happens)
aside="$menus.aside-by-test-deb-install.$$"
mv "$menus" "$aside"
one_pass "without a desktop menu"
mv "$aside" "$menus"
aside=""

echo
echo "== both passes clean"
