#!/usr/bin/env bash
# Builds the example site, every fixture site and a generated site of N rooms (default 1,000)
# with two mienskip binaries and compares the outputs with `diff -r`: the check that a
# refactoring left the published output byte-identical.
#
#   scripts/compare-output.sh OLD_BINARY NEW_BINARY [N]
#
# Exits 0 when every output is identical, 1 otherwise (the differing files are listed).
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "$2")
n=${3:-1000}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo run --quiet --example gen -- "$n" "$work/gen" >/dev/null
sites=(".:example" "$work/gen:gen-$n")
for fixture in tests/fixtures/*/; do
  [ -f "$fixture/site.yaml" ] && sites+=("$fixture:$(basename "$fixture")")
done

status=0
for entry in "${sites[@]}"; do
  root=${entry%%:*}
  name=${entry#*:}
  "$old" build --root "$root" --output "$work/old-$name" >/dev/null 2>&1 || echo "$name: the old binary failed"
  "$new" build --root "$root" --output "$work/new-$name" >/dev/null 2>&1 || echo "$name: the new binary failed"
  if diff -r -q "$work/old-$name" "$work/new-$name"; then
    echo "$name: identical ($(find "$work/new-$name" -type f | wc -l) files)"
  else
    status=1
  fi
done
exit "$status"
