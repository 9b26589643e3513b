#!/usr/bin/env bash
# Paired comparison of two mienskip binaries on generated sites: `scripts/bench-pair.sh OLD NEW
# [N ...]` (default 1000 10000). Runs OLD and NEW alternately (RUNS times each, default 3)
# on tmpfs and prints the median wall time, CPU time (user + system) and peak RSS of each.
# Alternating the runs spreads whatever else the machine is doing over both alike; CPU time
# and peak memory depend little on it.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "$2")
shift 2
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
bench=${BENCH_DIR:-/dev/shm/mienskip-pair}
mkdir -p "$bench"
export SOURCE_DATE_EPOCH=1735689600
cargo build --release --quiet --example gen
gen=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/examples/gen

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "| N | binary | wall (median) | CPU user+sys (median) | peak RSS (median) |"
echo "| --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
    root="$bench/site-$n"
    [ -d "$root" ] || "$gen" "$n" "$root" >/dev/null 2>&1
    for which in old new; do : >"$bench/$which-$n.txt"; done
    for _ in $(seq "$runs"); do
        for which in old new; do
            bin=$old; [ "$which" = new ] && bin=$new
            /usr/bin/time -f '%e %U %S %M' -o "$bench/one" "$bin" build --root "$root" --output "$bench/out-$which-$n" >/dev/null 2>&1
            cat "$bench/one" >>"$bench/$which-$n.txt"
        done
    done
    for which in old new; do
        wall=$(awk '{print $1}' "$bench/$which-$n.txt" | median)
        cpu=$(awk '{print $2 + $3}' "$bench/$which-$n.txt" | median)
        rss=$(awk '{print int($4 / 1024)}' "$bench/$which-$n.txt" | median)
        echo "| $n | $which | ${wall} s | ${cpu} s | ${rss} MB |"
    done
    rm -rf "$bench"/out-*
done
