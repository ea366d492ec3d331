#!/usr/bin/env bash
# make bench-cayley: actorgraph and Cayley's own command line side by side on
# the same quads (issue 12, point 5).
#
# Builds Cayley's init/load/http commands from the Cayley version go.mod pins
# (.ci/cayley/main.go, in a module of its own, cached under
# ~/.cache/actorgraph), ingests the Reuters development articles with
# actorgraph into bbolt and leveldb (and PostgreSQL, when BENCH_POSTGRES
# names a server), exports the bbolt store as N-Quads, loads them with
# `cayley load` into the same backends and imports them with actorgraph,
# then serves both bbolt stores (and both PostgreSQL databases) on 127.0.0.1
# and drives the same questions at both with wrk, the two sides interleaved,
# several rounds. It prints a Markdown table of medians with ratios
# (actorgraph / Cayley) and the load average after each run.
#
# Settings (environment): BENCH_DATA (JSONL of articles; default
# ../shared/data/reuters21578/dev.jsonl; the benchmark is skipped when it is
# absent), BENCH_ARTICLES (first N articles; 0 = all), BENCH_SECONDS (per wrk
# run, 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (16), BENCH_TIMEOUT (seconds
# allowed for each ingest or load, 1200), BENCH_KEEP=1 keeps the work
# directory, BENCH_POSTGRES (a postgres:// URL of a role that may create
# databases, such as the one `eval "$(bash .ci/postgres.sh)"` puts in
# ACTORGRAPH_TEST_POSTGRES, which is the default; 127.0.0.1 only): two
# databases are created there for the run and dropped after it, and Cayley's
# server reads actorgraph's, the same rows in Cayley's schema;
# BENCH_PG_REUSE (the URL of an actorgraph database that already holds the
# articles: it is served and read, nothing is written to PostgreSQL);
# BENCH_BACKENDS (which of bbolt, leveldb and postgres to run; all three
# by default; "postgres" alone writes and serves PostgreSQL only, the quads
# Cayley loads then exported from actorgraph's PostgreSQL store). Not part of
# `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

data=${BENCH_DATA:-../shared/data/reuters21578/dev.jsonl}
articles=${BENCH_ARTICLES:-0}
secs=${BENCH_SECONDS:-5}
rounds=${BENCH_ROUNDS:-3}
conns=${BENCH_CONNECTIONS:-16}
limit=${BENCH_TIMEOUT:-1200}
pg=${BENCH_POSTGRES:-${ACTORGRAPH_TEST_POSTGRES:-}}

say() { echo "bench-cayley: $*" >&2; }

if [ ! -f "$data" ]; then
	say "$data is absent; skipping (set BENCH_DATA to a JSONL file of articles)"
	exit 0
fi
if ! command -v wrk >/dev/null; then
	if [ "$(id -u)" -eq 0 ]; then
		say "installing wrk"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
	else
		say "wrk is missing: apt-get install wrk (as root), then run me again"
		exit 1
	fi
fi
if [ -n "$pg" ]; then
	case "$pg" in
	postgres://*@127.0.0.1[:/]* | postgresql://*@127.0.0.1[:/]*) ;;
	*) say "BENCH_POSTGRES must be a server on 127.0.0.1; leaving PostgreSQL out"; pg="" ;;
	esac
fi
[ -z "$pg" ] || command -v psql >/dev/null || { say "psql is missing; leaving PostgreSQL out"; pg=""; }
backends=" ${BENCH_BACKENDS:-bbolt leveldb postgres} "
on() { [[ $backends == *" $1 "* ]]; }
on postgres || pg=""
on bbolt || [ -n "$pg" ] || { say "BENCH_BACKENDS needs bbolt or postgres (with a server): their quads are what Cayley loads"; exit 1; }
for tool in curl python3; do
	command -v $tool >/dev/null || { say "$tool is missing"; exit 1; }
done

version=$(awk '$1 == "github.com/cayleygraph/cayley" { print $2 }' go.mod)
[ -n "$version" ] || { say "go.mod pins no Cayley version"; exit 1; }
cache=${XDG_CACHE_HOME:-$HOME/.cache}/actorgraph/cayley-$version
cayley=$cache/cayley
if [ ! -x "$cayley" ] || ! cmp -s .ci/cayley/main.go "$cache/src/main.go"; then
	say "building Cayley $version's command line (first run: a few minutes)"
	rm -rf "$cache/src" && mkdir -p "$cache/src"
	cp .ci/cayley/main.go "$cache/src/"
	(
		cd "$cache/src"
		go mod init actorgraph-bench-cayley >&2 2>/dev/null
		go get "github.com/cayleygraph/cayley@$version" >&2
		go mod tidy >&2
		got=$(go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)
		[ "$got" = "$version" ] || { echo "bench-cayley: Cayley resolved to $got, not $version" >&2; exit 1; }
		CGO_ENABLED=0 go build -o "$cayley" .
	)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-cayley.XXXXXX")
pids=()
pgdbs=()
# pgurl DB: the BENCH_POSTGRES URL with another database
pgurl() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$pg" "$1"; }
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	for d in "${pgdbs[@]}"; do psql "$pg" -qc "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true; done
	if [ "${BENCH_KEEP:-0}" = 1 ]; then say "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

say "building actorgraph"
go build -o "$work/actorgraph" ./cmd/actorgraph
ag=$work/actorgraph

input=$data
if [ "$articles" -gt 0 ]; then
	input=$work/input.jsonl
	head -n "$articles" "$data" >"$input"
fi
narticles=$(wc -l <"$input")

now() { date +%s.%N; }
load1() { cut -d' ' -f1 /proc/loadavg; }
# quads in an actorgraph store
quads() { "$ag" --store "$1" stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["quads"])'; }
# runs a command under the time limit and prints its seconds; its peak
# RSS (KB) is left in $work/last.rss; its exit status, when it fails, in
# $work/last.rc (124: over the time limit)
timed() {
	local t0 rc=0
	t0=$(now)
	/usr/bin/time -f %M -o "$work/last.rss" timeout "$limit" "$@" >"$work/last.out" 2>"$work/last.err" || rc=$?
	if [ "$rc" -ne 0 ]; then
		echo "$rc" >"$work/last.rc"
		say "failed or over ${limit}s: $*"
		tail -n 5 "$work/last.err" >&2
		exit 1
	fi
	python3 -c "print(round($(now) - $t0, 1))"
}

rows=$work/rows.md
: >"$rows"
row() { echo "| $* |" >>"$rows"; }
ratio() { python3 -c "a,b=float('$1'),float('$2'); print(f'{a/b:.2f}' if b else '-')"; }
rate() { python3 -c "print(f'{round($1 / $2):,}')"; }
mb() { python3 -c "print(round($(cat "$work/last.rss") / 1024))"; }

# Writing the quads.
for backend in bbolt leveldb; do
	on "$backend" || continue
	say "actorgraph ingest of $narticles articles into $backend"
	t=$(timed "$ag" --store "$backend:$work/ag-$backend" ingest "$input")
	l=$(load1)
	eval "ag_${backend}_rss=$(mb)"
	eval "ag_${backend}_t=$t ag_${backend}_l=$l"
done
reuse=${BENCH_PG_REUSE:-}
if [ -n "$pg" ] && [ -n "$reuse" ]; then
	agpg=$reuse
elif [ -n "$pg" ]; then
	# each side in a database of its own
	for side in ag cy; do
		d=bench_${side}_$$
		PGOPTIONS='-c client_min_messages=warning' psql "$pg" -qc "DROP DATABASE IF EXISTS $d WITH (FORCE)" -qc "CREATE DATABASE $d" >/dev/null
		pgdbs+=("$d")
	done
	agpg=$(pgurl "bench_ag_$$") cypg=$(pgurl "bench_cy_$$")
	say "actorgraph ingest of $narticles articles into PostgreSQL"
	ag_pg_t=$(timed "$ag" --store "$agpg" ingest "$input")
	ag_pg_l=$(load1) ag_pg_rss=$(mb)
	say "actorgraph's PostgreSQL ingest: ${ag_pg_t} s, peak RSS $ag_pg_rss MB, load $ag_pg_l"
fi
# the quads Cayley loads: the bbolt store's, or without it PostgreSQL's
src="bbolt:$work/ag-bbolt"
on bbolt || src=$agpg
nq=$(quads "$src")
if on bbolt || on leveldb || [ -z "$reuse" ]; then
	say "exporting $nq quads as N-Quads"
	"$ag" --store "$src" export --format nquads --out "$work/quads.nq"
fi
for backend in bbolt leveldb; do
	on "$backend" || continue
	say "cayley load into $backend"
	t=$(timed "$cayley" load --init -d "$backend" -a "$work/cy-$backend" "$work/quads.nq")
	l=$(load1)
	eval "t_ag=\$ag_${backend}_t l_ag=\$ag_${backend}_l"
	eval "rss=\$ag_${backend}_rss"
	row "ingest into $backend: actorgraph (extraction included; peak RSS $rss MB) / \`cayley load\` (batch 10,000) | $(rate "$nq" "$t_ag") quads/s (${t_ag} s) | | $(rate "$nq" "$t") quads/s (${t} s) | | $(ratio "$t" "$t_ag") | $l_ag / $l"
	[ "$backend" = bbolt ] && cy_bbolt_t=$t cy_bbolt_l=$l
done
if on bbolt; then
	say "actorgraph import of the same N-Quads into bbolt"
	t=$(timed "$ag" --store "bbolt:$work/ag-import" ingest "$work/quads.nq")
	row "the exported N-Quads into bbolt: actorgraph import (64 articles a transaction; peak RSS $(mb) MB) / \`cayley load\` | $(rate "$nq" "$t") quads/s (${t} s) | | $(rate "$nq" "$cy_bbolt_t") quads/s (${cy_bbolt_t} s) | | $(ratio "$cy_bbolt_t" "$t") | $(load1) / $cy_bbolt_l"
fi
if [ -n "$pg" ] && [ -z "$reuse" ]; then
	# actorgraph's bulk COPY path against Cayley's postgres flavour, a
	# statement per node and per quad
	say "cayley load into PostgreSQL"
	pgrow="ingest into PostgreSQL $(psql "$pg" -tAc 'SHOW server_version' | cut -d' ' -f1): actorgraph (extraction included, COPY, 64 articles a transaction; peak RSS $ag_pg_rss MB) / \`cayley load\` (batch 10,000, a statement per row)"
	rm -f "$work/last.rc"
	if t=$(timed "$cayley" load --init -d postgres -a "$cypg" "$work/quads.nq"); then
		row "$pgrow | $(rate "$nq" "$ag_pg_t") quads/s (${ag_pg_t} s) | | $(rate "$nq" "$t") quads/s (${t} s) | | $(ratio "$t" "$ag_pg_t") | $ag_pg_l / $(load1)"
	elif [ "$(cat "$work/last.rc" 2>/dev/null)" = 124 ]; then
		# stopped at the limit: the ratio is at least limit / ours
		row "$pgrow, stopped at the time limit | $(rate "$nq" "$ag_pg_t") quads/s (${ag_pg_t} s) | | under $(rate "$nq" "$limit") quads/s (over ${limit} s) | | over $(ratio "$limit" "$ag_pg_t") | $ag_pg_l / $(load1)"
	else
		say "no PostgreSQL ingest row: cayley load failed"
	fi
fi

# Serving them: each side's bbolt store, and actorgraph's PostgreSQL
# database to both, every server on 127.0.0.1.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
places=()
on bbolt && places+=(bbolt)
[ -n "$pg" ] && places+=(pg)
[ ${#places[@]} -gt 0 ] || { say "nothing to serve (BENCH_BACKENDS has neither bbolt nor postgres)"; exit 0; }
for place in "${places[@]}"; do
	agstore="bbolt:$work/ag-bbolt" cyargs=(-d bbolt -a "$work/cy-bbolt")
	# Cayley serves actorgraph's own database: the same rows in its schema
	[ "$place" = pg ] && agstore=$agpg cyargs=(-d postgres -a "$agpg")
	p=$(free_port)
	"$ag" --store "$agstore" serve --addr "127.0.0.1:$p" --no-seeds 2>"$work/ag-$place.log" &
	pids+=($!)
	eval "agurl_$place=http://127.0.0.1:$p"
	p=$(free_port)
	"$cayley" http "${cyargs[@]}" --host "127.0.0.1:$p" 2>"$work/cayley-$place.log" &
	pids+=($!)
	eval "cyurl_$place=http://127.0.0.1:$p"
done
for place in "${places[@]}"; do
	eval "agurl=\$agurl_$place cyurl=\$cyurl_$place"
	# opening a store reads its catalogue: on PostgreSQL, a minute or more
	for _ in $(seq 1 1500); do
		curl -fs "$agurl/api/v1/healthz" >/dev/null 2>&1 && curl -fs "$cyurl/" >/dev/null 2>&1 && break
		sleep 0.2
	done
	curl -fs "$agurl/api/v1/healthz" >/dev/null || { say "actorgraph on $place did not start"; cat "$work/ag-$place.log" >&2; exit 1; }
	curl -fs "$cyurl/" >/dev/null || { say "cayley on $place did not start"; cat "$work/cayley-$place.log" >&2; exit 1; }
done
agurl=$(eval "echo \$agurl_${places[0]}")

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
hub=$(curl -fs "$agurl/api/v1/entities?q=united%20states&limit=1" | json 'd["entities"][0]["id"]')
hubname=$(curl -fs "$agurl/api/v1/entities/$hub?limit=1" | json 'd["name"]')
# a typical entity: the median of the mention ranking among people
total=$(curl -fs "$agurl/api/v1/entities?q=a&type=person&limit=1" | json 'd["total"]')
typical=$(curl -fs "$agurl/api/v1/entities?q=a&type=person&limit=1&offset=$((total / 2))" | json 'd["entities"][0]["id"]')
typname=$(curl -fs "$agurl/api/v1/entities/$typical?limit=1" | json 'd["name"]')
say "hub: $hubname ($hub); typical: $typname ($typical)"

# One question: a name, actorgraph's request, and Cayley's Gizmo query (or
# nothing where Cayley has no like question), asked of each place served.
questions=()
iri() { echo "<https://actorgraph.org/id/entity/$1>"; }
for place in "${places[@]}"; do
	suffix="" two="Both().Both()"
	# Cayley's SQL iterator dereferences nil in NextPath when Both()
	# follows Both() (its server dies); deduplicated, the walk runs
	[ "$place" = pg ] && suffix=" — PostgreSQL" two="Both().Both().Unique()"
	ask() { questions+=("$1$suffix|$2|$3|$place"); }
	ask "neighbours of a typical entity, depth 1 (Cayley: Gizmo Both())" "/api/v1/entities/$typical/neighbors?depth=1" "g.V(\"$(iri "$typical")\").Both().All()"
	ask "neighbours of a typical entity, depth 2 ($two)" "/api/v1/entities/$typical/neighbors?depth=2" "g.V(\"$(iri "$typical")\").$two.All()"
	ask "neighbours of the hub ($hubname), depth 1" "/api/v1/entities/$hub/neighbors?depth=1" "g.V(\"$(iri "$hub")\").Both().All()"
	ask "neighbours of the hub, depth 2" "/api/v1/entities/$hub/neighbors?depth=2" "g.V(\"$(iri "$hub")\").$two.All()"
	ask "entity detail, typical" "/api/v1/entities/$typical" ""
	ask "entity detail, hub" "/api/v1/entities/$hub" ""
	ask "search q=orio" "/api/v1/entities?q=orio" ""
	ask "search q=korea" "/api/v1/entities?q=korea" ""
done

# Each side must answer before it is timed.
for q in "${questions[@]}"; do
	IFS='|' read -r name path gizmo place <<<"$q"
	eval "agurl=\$agurl_$place cyurl=\$cyurl_$place"
	curl -fs "$agurl$path" >/dev/null || { say "actorgraph on $place does not answer $path"; exit 1; }
	if [ -n "$gizmo" ]; then
		n=$(curl -fs -X POST --data-binary "$gizmo" "$cyurl/api/v2/query?lang=gizmo" | json 'len(d.get("result") or [])')
		[ "$n" -gt 0 ] || { say "Cayley on $place answers nothing to $gizmo"; exit 1; }
	fi
done

# wrk's figures: req/s, p50 ms, p99 ms, failed requests
measure() {
	local url=$1 script=${2:-}
	local args=(-t2 "-c$conns" "-d${secs}s" --latency)
	[ -n "$script" ] && args+=(-s "$script")
	wrk "${args[@]}" "$url" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, u = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))
p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
failed = (int(bad.group(1)) if bad else 0) + (sum(map(int, errs.groups())) if errs else 0)
print(rps, round(p50, 2), round(p99, 2), failed)'
}

runs=$work/runs
: >"$runs"
for r in $(seq 1 "$rounds"); do
	i=0
	for q in "${questions[@]}"; do
		IFS='|' read -r name path gizmo place <<<"$q"
		eval "agurl=\$agurl_$place cyurl=\$cyurl_$place"
		script=""
		if [ -n "$gizmo" ]; then
			script=$work/q$i.lua
			printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/javascript"\nwrk.body = [==[%s]==]\n' "$gizmo" >"$script"
		fi
		sides=(ag cy)
		[ $((r % 2)) -eq 0 ] && sides=(cy ag) # interleave: who goes first alternates
		for side in "${sides[@]}"; do
			if [ "$side" = ag ]; then
				echo "$i ag $(measure "$agurl$path") $(load1)" >>"$runs"
			elif [ -n "$script" ]; then
				echo "$i cy $(measure "$cyurl/api/v2/query?lang=gizmo" "$script") $(load1)" >>"$runs"
			fi
		done
		say "round $r/$rounds: $name"
		i=$((i + 1))
	done
done

# Medians per question and side.
names=$work/names
printf '%s\n' "${questions[@]}" | cut -d'|' -f1 >"$names"
python3 - "$runs" "$names" >>"$rows" <<'EOF'
import statistics, sys
runs = [l.split() for l in open(sys.argv[1])]
names = [l.rstrip("\n") for l in open(sys.argv[2])]
def side(i, s):
    rs = [r for r in runs if r[0] == str(i) and r[1] == s]
    if not rs:
        return None
    med = lambda k: statistics.median(float(r[k]) for r in rs)
    return {"rps": med(2), "p50": med(3), "p99": med(4), "failed": sum(int(r[5]) for r in rs), "load": med(6)}
def fmt(x):
    if x is None:
        return "—", ""
    s = f"{x['rps']:,.0f}"
    if x["failed"]:
        s += f" ({x['failed']} failed)"
    return s, f"{x['p50']:g} / {x['p99']:g}"
for i, name in enumerate(names):
    a, c = side(i, "ag"), side(i, "cy")
    ar, al = fmt(a)
    cr, cl = fmt(c)
    ratio = (f"{a['rps'] / c['rps']:.2f}" if c["rps"] else "∞ (Cayley answered none)") if a and c else ""
    load = " / ".join(f"{x['load']:.1f}" for x in (a, c) if x)
    print(f"| {name} | {ar} | {al} | {cr} | {cl} | {ratio} | {load} |")
EOF

cat <<EOF

$narticles articles of $(basename "$data"), $nq quads; wrk -t2 -c$conns, ${secs} s a run, median of $rounds interleaved rounds; Cayley $version.
Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3).

| question | actorgraph | p50 / p99 ms | Cayley | p50 / p99 ms | ratio | load avg (ag / Cayley) |
|---|---:|---:|---:|---:|---:|---:|
EOF
cat "$rows"
