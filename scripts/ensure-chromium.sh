#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (test/e2e) and the browser benchmark.
# Idempotent: when Chromium already runs, it prints its version and exits at once.
# Otherwise it installs the Debian package `chromium` with apt-get (needs root, or sudo without a password).
set -euo pipefail

candidates=(/usr/lib/chromium/chromium /usr/bin/chromium)

# Prints the version of the first candidate that runs; fails when none does.
chromium_version() {
  local bin version
  for bin in "${candidates[@]}"; do
    if [[ -x "$bin" ]] && version="$("$bin" --version 2>/dev/null)"; then
      echo "${version%% } ($bin)"
      return 0
    fi
  done
  return 1
}

if chromium_version; then
  exit 0
fi

echo "Chromium not found; installing Debian's chromium package…" >&2
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo -n)
  else
    echo "ensure-chromium: not root and no sudo; install it yourself: apt-get install -y chromium" >&2
    exit 1
  fi
fi

# Another apt-get may be running on the same machine: wait for its lock (up to 10 minutes) instead of failing.
apt() {
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"
}

start=$SECONDS
export DEBIAN_FRONTEND=noninteractive
apt update -qq
# Without recommends (upower, udev, system-config-printer, …: not needed headless, and they double the
# install time); fonts-liberation is the one recommend kept, so text renders with the usual metric fonts.
apt install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null

if chromium_version; then
  echo "ensure-chromium: installed in $((SECONDS - start)) s" >&2
  exit 0
fi
echo "ensure-chromium: apt-get finished but Chromium does not run (tried: ${candidates[*]})" >&2
exit 1
