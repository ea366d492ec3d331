#!/usr/bin/env bash
# Load test of the HTTP API, on 127.0.0.1 only: builds actorgraph, serves a
# fresh embedded store (the default, bbolt) in a temporary directory (the seed gazetteer and the
# sample articles, plus the shared reference article when ../shared is
# there), then drives each endpoint with wrk for a bounded time and number
# of requests at each concurrency, and prints requests per second and
# latency percentiles. Exits non-zero if any request got a non-2xx answer or
# a socket error. Not part of `make test`: run `make loadtest`.
#
# Knobs (environment):
#   LOADTEST_SECONDS      seconds per endpoint and concurrency (default 10)
#   LOADTEST_MAX          request cap per endpoint and concurrency (default 200000)
#   LOADTEST_CONCURRENCY  connection counts to run (default "8 32")
#   ACTORGRAPH_BIN        an already built binary to test instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${LOADTEST_SECONDS:-10}
max=${LOADTEST_MAX:-200000}
concurrency=${LOADTEST_CONCURRENCY:-"8 32"}
reference=../shared/seed/000_5361b55b051ced31.txt

say() { echo "loadtest: $*" >&2; }

# need installs a missing command from Debian when we are root.
need() {
	local cmd=$1 pkg=$2
	command -v "$cmd" >/dev/null && return
	if [ "$(id -u)" -ne 0 ]; then
		say "$cmd is missing: install the Debian package $pkg (apt-get install $pkg)"
		exit 1
	fi
	say "installing $pkg"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y "$pkg" >&2 || { apt-get update >&2 && apt-get install -y "$pkg" >&2; }
}
need wrk wrk
need curl curl
need jq jq

work=$(mktemp -d)
server=
cleanup() {
	if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
		kill "$server"
		wait "$server" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

bin=${ACTORGRAPH_BIN:-}
if [ -z "$bin" ]; then
	say "building"
	go build -o "$work/actorgraph" ./cmd/actorgraph
	bin=$work/actorgraph
fi

# Port 0 lets the kernel pick a free port; the server prints the one it got.
# as many exports and ingests at once as the load test opens connections,
# so that it measures the work rather than the limits (answered 429)
"$bin" --store "$work/store" serve --addr 127.0.0.1:0 --max-exports 64 --max-ingests 64 2>"$work/serve.log" &
server=$!
base=
for _ in $(seq 600); do
	base=$(sed -n 's|^actorgraph serving on \(http://127\.0\.0\.1:[0-9]*\)/.*|\1|p' "$work/serve.log")
	if [ -n "$base" ] && curl -fsS -o /dev/null "$base/healthz" 2>/dev/null; then
		break
	fi
	if ! kill -0 "$server" 2>/dev/null; then
		say "the server exited before it was ready:"
		cat "$work/serve.log" >&2
		exit 1
	fi
	base=
	sleep 0.1
done
if [ -z "$base" ]; then
	say "the server was not ready after 60 s:"
	cat "$work/serve.log" >&2
	exit 1
fi
api=$base/api/v1
say "serving on $base"

if [ -f "$reference" ]; then
	curl -fsS -o /dev/null -H 'Content-Type: text/plain' --data-binary "@$reference" "$api/articles?name=reference"
else
	say "$reference absent: the store holds the seeds and sample articles only"
fi

# What to ask for: names that the seeds and sample articles mention, and the
# ids of the entities they find.
names=("Trump" "Xi Jinping" "Putin" "Kim Jong-un" "Moon Jae-in" "Shinzo Abe" "China" "Russia"
	"North Korea" "United States" "Japan" "Security Council" "Group of Twenty" "Lavrov" "kor" "united")
ids=()
for n in "${names[@]}"; do
	id=$(curl -fsS -G --data-urlencode "q=$n" --data-urlencode limit=1 "$api/entities" | jq -r '.entities[0].id // empty')
	if [ -n "$id" ]; then ids+=("$id"); fi
done
if [ "${#ids[@]}" -lt 5 ]; then
	say "only ${#ids[@]} entities found by name; is the store seeded?"
	cat "$work/serve.log" >&2
	exit 1
fi
stats_before=$(curl -fsS "$api/stats")
say "store: $stats_before; ${#ids[@]} entities to ask about"

# lua_list prints its arguments as a Lua list of strings.
lua_list() {
	local sep=
	printf '{'
	for s in "$@"; do
		printf '%s%s' "$sep" "$(jq -Rn --arg s "$s" '$s')"
		sep=,
	done
	printf '}'
}

searches=()
for n in "${names[@]}"; do searches+=("/api/v1/entities?q=$(jq -rn --arg s "$n" '$s|@uri')"); done
details=() depth1=() depth2=()
for id in "${ids[@]}"; do
	details+=("/api/v1/entities/$id")
	depth1+=("/api/v1/entities/$id/neighbors?depth=1")
	depth2+=("/api/v1/entities/$id/neighbors?depth=2")
done
posts=(seeds/articles/*.txt)
# the events timeline, filtered by an entity and unfiltered, one event's
# detail, and the connections between the entities two by two
timeline=("/api/v1/events" "/api/v1/events?cameo=04" "/api/v1/events?from=2019")
for id in "${ids[@]}"; do timeline+=("/api/v1/events?entity=$id"); done
events=()
for ev in $(curl -fsS "$api/events?limit=20" | jq -r '.events[].id'); do events+=("/api/v1/events/$ev"); done
[[ ${#events[@]} -gt 0 ]] || { say "no events in the store; is it seeded?"; exit 1; }
paths=()
for ((i = 1; i < ${#ids[@]}; i++)); do paths+=("/api/v1/paths?from=${ids[0]}&to=${ids[$i]}"); done
# relations in a period, read-only Gizmo queries by name, and the export of
# one entity's neighbourhood as GraphML
relations=() queries=() exports=()
for id in "${ids[@]}"; do
	relations+=("/api/v1/entities/$id/relations" "/api/v1/entities/$id/relations?predicate=leaderOf&at=2019-04-25")
	exports+=("/api/v1/export?format=graphml&entity=$id&depth=1")
done
for n in "${names[@]}"; do
	queries+=("$(jq -cn --arg n "$n" '{lang: "gizmo", query: ("g.V().Has(\"<https://schema.org/name>\", \"" + $n + "\").Out().Out(\"<https://schema.org/name>\").Unique().All()")}')")
done

# script writes the wrk script for one endpoint: GET the paths in turn, or
# POST the files in turn as text/plain when the method is POST, or the JSON
# queries to /api/v1/query when it is QUERY. Each thread
# stops after its share of the request cap. wrk itself waits out the whole
# duration, so threads note when they started and stopped (LuaJIT's ffi for
# a monotonic clock) and done reports the rate over the time they worked.
# done prints one RESULT line: requests, req/s, p50, p99, max (ms), non-2xx
# answers, socket errors, and whether the time or the cap ended the run.
script() {
	local method=$1 threads=$2
	shift 2
	cat <<EOF
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } loadtest_timespec;
int clock_gettime(int clock, loadtest_timespec *ts);
]]
local ts = ffi.new("loadtest_timespec")
local function now()
	ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
	return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local method = "$method"
local items = $(lua_list "$@")
local cap = math.ceil($max / $threads)
local bodies = {}
if method == "POST" then
	for i, f in ipairs(items) do
		local h = assert(io.open(f, "rb"))
		bodies[i] = h:read("*a")
		h:close()
	end
end
-- Globals, so that done can read each thread's.
bad, started, stopped = 0, 0, 0
local n, answered = 0, 0
local threads = {}
setup = function(thread) table.insert(threads, thread) end
request = function()
	if started == 0 then started = now() end
	n = n + 1
	local i = (n - 1) % #items + 1
	if method == "POST" then
		return wrk.format("POST", "/api/v1/articles?name=" .. items[i], {["Content-Type"] = "text/plain"}, bodies[i])
	end
	if method == "QUERY" then
		return wrk.format("POST", "/api/v1/query", {["Content-Type"] = "application/json"}, items[i])
	end
	return wrk.format("GET", items[i])
end
response = function(status, headers, body)
	answered = answered + 1
	if status < 200 or status > 299 then bad = bad + 1 end
	if answered >= cap and stopped == 0 then
		stopped = now()
		wrk.thread:stop()
	end
end
done = function(summary, latency, requests)
	local e = summary.errors
	local nonOK, first, last, capped = 0, math.huge, 0, true
	for _, t in ipairs(threads) do
		nonOK = nonOK + t:get("bad")
		first = math.min(first, t:get("started"))
		last = math.max(last, t:get("stopped"))
		if t:get("stopped") == 0 then capped = false end
	end
	local seconds = summary.duration / 1e6
	if capped then seconds = last - first end
	io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d %d %s\n", summary.requests,
		summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, nonOK, e.connect + e.read + e.write + e.timeout, capped and "count" or "time"))
end
EOF
}

endpoints=("search" "detail" "neighbors-d1" "neighbors-d2" "events" "event" "paths" "relations" "query" "export-part" "stats" "post-known")
failed=0
results=()
for c in $concurrency; do
	threads=$(( c < $(nproc) ? c : $(nproc) ))
	for e in "${endpoints[@]}"; do
		case $e in
		search) script GET "$threads" "${searches[@]}" >"$work/$e.lua" ;;
		detail) script GET "$threads" "${details[@]}" >"$work/$e.lua" ;;
		neighbors-d1) script GET "$threads" "${depth1[@]}" >"$work/$e.lua" ;;
		neighbors-d2) script GET "$threads" "${depth2[@]}" >"$work/$e.lua" ;;
		events) script GET "$threads" "${timeline[@]}" >"$work/$e.lua" ;;
		event) script GET "$threads" "${events[@]}" >"$work/$e.lua" ;;
		paths) script GET "$threads" "${paths[@]}" >"$work/$e.lua" ;;
		relations) script GET "$threads" "${relations[@]}" >"$work/$e.lua" ;;
		query) script QUERY "$threads" "${queries[@]}" >"$work/$e.lua" ;;
		export-part) script GET "$threads" "${exports[@]}" >"$work/$e.lua" ;;
		stats) script GET "$threads" /api/v1/stats >"$work/$e.lua" ;;
		post-known) script POST "$threads" "${posts[@]}" >"$work/$e.lua" ;;
		esac
		say "$e, $c connections, ${seconds} s or $max requests"
		out=$(wrk -t "$threads" -c "$c" -d "${seconds}s" --timeout 10s -s "$work/$e.lua" "$base")
		res=$(grep '^RESULT' <<<"$out") || { say "wrk printed no result:"; echo "$out" >&2; exit 1; }
		read -r _ requests rps p50 p99 maxms status sockets bound <<<"$res"
		results+=("$(printf '%-13s %5d %9d %10s %9s %9s %9s %8d %8d %6s' "$e" "$c" "$requests" "$rps" "$p50" "$p99" "$maxms" "$status" "$sockets" "$bound")")
		if [ "$status" -ne 0 ] || [ "$sockets" -ne 0 ]; then
			failed=1
			say "$e at $c connections: $status non-2xx answers, $sockets socket errors"
		fi
	done
done

stats_after=$(curl -fsS "$api/stats")
if [ "$stats_after" != "$stats_before" ]; then
	say "re-posting known articles changed the store: $stats_before -> $stats_after"
	failed=1
fi
if grep -q 'level=ERROR' "$work/serve.log"; then
	say "the server logged errors:"
	grep 'level=ERROR' "$work/serve.log" | head -20 >&2
	failed=1
fi

echo
echo "actorgraph load test: embedded bbolt store, $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p')), ${seconds} s or $max requests per row"
printf '%-13s %5s %9s %10s %9s %9s %9s %8s %8s %6s\n' endpoint conns requests "req/s" "p50 ms" "p99 ms" "max ms" non-2xx "sock err" "ended"
printf '%s\n' "${results[@]}"
if [ "$failed" -ne 0 ]; then
	say "FAILED"
	exit 1
fi
