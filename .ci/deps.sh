#!/usr/bin/env bash
# Installs what the test suite needs beyond Go and Node — Debian's Chromium
# for the viewer's browser test and PostgreSQL for the SQL backend — and
# starts PostgreSQL on 127.0.0.1. Prints the environment the tests read
# (the PostgreSQL URL) as `export` lines on stdout; progress goes to stderr.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing ${need[*]}; install them (apt-get install ${need[*]}) or run as root — the tests that need them will skip" >&2
  else
    echo "deps: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
  fi
fi

if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  bash .ci/postgres.sh
fi
