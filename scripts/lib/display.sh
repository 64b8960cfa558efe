# shellcheck shell=bash
# Sourced by the packaging, CI and benchmark scripts: a display for JavaFX windows.
#
# ensure_display: if DISPLAY is set, use it; otherwise start a private Xvfb (installing xvfb and the
# GTK libraries JavaFX needs with apt-get when missing and running as root) and stop it again when the
# calling script exits. Only the Xvfb started here is ever stopped, by its own process id.

_started_xvfb_pid=""

_apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[display] installing ${missing[*]}" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  else
    echo "[display] missing packages: ${missing[*]} (install them, or set DISPLAY)" >&2
    return 1
  fi
}

stop_display() {
  if [ -n "$_started_xvfb_pid" ]; then
    kill "$_started_xvfb_pid" 2>/dev/null || true
    wait "$_started_xvfb_pid" 2>/dev/null || true
    _started_xvfb_pid=""
  fi
}

ensure_display() {
  if command -v dpkg >/dev/null 2>&1; then
    _apt_install_missing libgtk-3-0 libxtst6 || return 1
  fi
  if [ -n "${DISPLAY:-}" ]; then
    return 0
  fi
  if ! command -v Xvfb >/dev/null 2>&1; then
    _apt_install_missing xvfb xauth || return 1
  fi
  local n
  for n in $(seq 140 199); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      break
    fi
  done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  _started_xvfb_pid=$!
  trap stop_display EXIT
  local i
  for i in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$n" ] && break
    if ! kill -0 "$_started_xvfb_pid" 2>/dev/null; then
      echo "[display] Xvfb :$n did not start" >&2
      return 1
    fi
    sleep 0.1
  done
  export DISPLAY=":$n"
  echo "[display] started Xvfb on $DISPLAY (pid $_started_xvfb_pid)" >&2
}
