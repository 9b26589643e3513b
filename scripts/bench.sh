#!/usr/bin/env bash
# Benchmarks mienskip against Hugo on generated sites: `scripts/bench.sh [N ...]`
# (default: 1000 10000). Prints a Markdown table on standard output; details go to
# $BENCH_DIR (default /dev/shm/mienskip-bench). Everything is built on tmpfs (/dev/shm),
# for every tool alike. Needs hugo, hyperfine and GNU time (Debian: hugo hyperfine time).
#
# RUNS_SMALL / RUNS_LARGE: hyperfine runs for N <= 1000 and for larger N (default 5 and 2).
# REBUILD_ROUNDS: one-room rebuilds timed (median), default 3.
# The build cache (`--cache`): a repeat build with nothing changed and one after a line was
# added to one room, each after a build that filled the cache, beside the copy floor.
set -euo pipefail

cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
bench=${BENCH_DIR:-/dev/shm/mienskip-bench}
runs_small=${RUNS_SMALL:-5}
runs_large=${RUNS_LARGE:-2}
rounds=${REBUILD_ROUNDS:-3}

for tool in hugo hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y hugo hyperfine time)" >&2; exit 2; }
done

cargo build --release --quiet --bin mienskip --example gen --example rebuild
bin=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release
mkdir -p "$bench"
export SOURCE_DATE_EPOCH=1735689600

mean() { python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$@"; }
ratio() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$@"; }
peak_mb() { # peak RSS in MB of a command
    /usr/bin/time -f '%M' -o "$bench/rss" "$@" >/dev/null 2>&1
    echo $(( $(tail -n 1 "$bench/rss") / 1024 ))
}

echo "| N | pages (mienskip / Hugo) | mienskip build | Hugo build | mienskip / Hugo | cp -r of output | mienskip / cp | peak RSS mienskip | peak RSS Hugo | one-room rebuild (serve) | cached build, no change | cached / cp | cached build, one room changed |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
    root="$bench/site-$n"
    "$bin/examples/gen" "$n" "$root" 2>/dev/null
    runs=$runs_small
    [ "$n" -le 1000 ] || runs=$runs_large
    # One build first, so the copy floor has a tree to copy and the rebuild finds the site
    # valid; the generated files are then older than serve's two-second window.
    "$bin/mienskip" build --root "$root" --output "$bench/out-$n" 2>/dev/null
    sleep 2
    hyperfine --style none --runs "$runs" --export-json "$bench/times-$n.json" \
        --prepare "rm -rf '$bench/copy-$n'" \
        -n mienskip "'$bin/mienskip' build --root '$root' --output '$bench/out-$n'" \
        -n hugo "hugo --quiet -s '$root/hugo' -d '$bench/hugo-$n'" \
        -n copy "cp -r '$bench/out-$n' '$bench/copy-$n'" >"$bench/hyperfine-$n.txt" 2>&1
    m=$(mean "$bench/times-$n.json" 0)
    h=$(mean "$bench/times-$n.json" 1)
    c=$(mean "$bench/times-$n.json" 2)
    pages_m=$(find "$bench/out-$n" -name '*.html' | wc -l)
    pages_h=$(find "$bench/hugo-$n" -name '*.html' | wc -l)
    rss_m=$(peak_mb "$bin/mienskip" build --root "$root" --output "$bench/out-$n")
    rss_h=$(peak_mb hugo --quiet -s "$root/hugo" -d "$bench/hugo-$n")
    rebuild=$("$bin/examples/rebuild" "$root" "$rounds" --serve-only | awk '/^one_room_changed/ {print $2}')
    # The build cache: filled once, then a repeat build with nothing changed, and repeat
    # builds each after one more line in the first room (put back as it was afterwards).
    cache="$bench/cache-$n"
    rm -rf "$cache"
    "$bin/mienskip" build --root "$root" --output "$bench/out-$n" --cache "$cache" 2>/dev/null
    cached_build="'$bin/mienskip' build --root '$root' --output '$bench/out-$n' --cache '$cache'"
    hyperfine --style none --runs "$runs" --export-json "$bench/cached-$n.json" \
        -n cached-unchanged "$cached_build" >"$bench/hyperfine-cached-$n.txt" 2>&1
    room=$(find "$root/content/rooms" -name '*.md' | sort | head -n 1)
    cp "$room" "$bench/room-$n.md"
    hyperfine --style none --runs "$runs" --export-json "$bench/cached-room-$n.json" \
        --prepare "echo 'Nog een zin.' >>'$room'" \
        -n cached-one-room "$cached_build" >>"$bench/hyperfine-cached-$n.txt" 2>&1
    cp "$bench/room-$n.md" "$room"
    k=$(mean "$bench/cached-$n.json" 0)
    k1=$(mean "$bench/cached-room-$n.json" 0)
    echo "| $n | $pages_m / $pages_h | ${m} s | ${h} s | $(ratio "$m" "$h")x | ${c} s | $(ratio "$m" "$c")x | ${rss_m} MB | ${rss_h} MB | $(python3 -c "print(round(float('$rebuild') * 1000))") ms | ${k} s | $(ratio "$k" "$c")x | ${k1} s |"
    rm -rf "$cache"
    rm -rf "$bench/copy-$n"
done
echo
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) on $(nproc) cores; $(hugo version | cut -d' ' -f1-2)"
