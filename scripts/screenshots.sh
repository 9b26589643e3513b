#!/usr/bin/env bash
# Regenerates docs/screenshots/: the home page, a room page and /kaart/ of the example site at
# 320 and 1280 px (and the maps and budget chart checked by .ci/browser/screenshots.mjs).
# Needs Chromium and the browser checks' packages (see .ci/check-pages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --output "$tmp/site"
mkdir -p docs/screenshots
node .ci/browser/screenshots.mjs "$tmp/site" "$tmp/shots"
cp "$tmp"/shots/{home,kamer,kaart}-{320,1280}.png docs/screenshots/
ls -l docs/screenshots
