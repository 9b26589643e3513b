#!/usr/bin/env bash
# Checks the built example site with tools nobody here wrote: the Nu HTML checker (vnu)
# over every page, and axe-core (WCAG 2.1 A and AA) in headless Chromium over every page
# type in Dutch and Frisian, at desktop width and at 320 px.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || {
    apt-get install -f -y -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  }
fi
(cd .ci/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

site=$(mktemp -d)/site
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet --release -- build --output "$site"

echo "== Nu HTML checker"
java -jar .ci/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html "$site"
echo "vnu: no errors in $(find "$site" -name '*.html' | wc -l) pages"

echo "== axe-core in Chromium"
pages=()
for lang in "" "fy/"; do
  for path in "" kamers/ kamers/bilgaard/ kamers/oude-ambachtsschool/ gebieden/ gebieden/noord/ \
      gebieden/noord/welkom/ initiatieven/ initiatieven/buurkracht-leeuwarden/ organisaties/ \
      organisaties/amaryllis/ vrijwilligerswerk/ agenda/ kennisbank/ begroting/ begroting/2025/ \
      begroting/documenten/uitvoeringsplan-sociale-basis/ kaart/ open-data/ toegankelijkheid/ 404.html; do
    pages+=("/$lang$path")
  done
done
node .ci/browser/axe.mjs "$site" "${pages[@]}"
