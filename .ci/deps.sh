#!/usr/bin/env bash
# Installs what the test suite needs beyond Go and Node — Debian's Chromium
# for the viewer's browser test, PostgreSQL for the SQL backend, and the
# readers the export tests open the exports with (xmllint, networkx, igraph,
# and Neo4j's Cypher parser from npm), WordNet 3.0 for the test that
# regenerates the CAMEO lemma table (cmd/cameogen) — and
# starts PostgreSQL on 127.0.0.1. Prints the environment the tests read
# (the PostgreSQL URL) as `export` lines on stdout; progress goes to stderr.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/xmllint ] || need+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' >/dev/null 2>&1 || need+=(python3-igraph)
[ -f /usr/share/wordnet/index.verb ] || need+=(wordnet-base)
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

if [ ! -d graph/cayleystore/testdata/cypher/node_modules/@neo4j-cypher ]; then
  echo "deps: installing Neo4j's Cypher parser (npm) for the Cypher export test" >&2
  npm --prefix graph/cayleystore/testdata/cypher ci --no-audit --no-fund --loglevel=error >&2 ||
    echo "deps: npm could not install it; the Cypher export test will skip" >&2
fi

if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  bash .ci/postgres.sh
fi
