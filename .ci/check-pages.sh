#!/usr/bin/env bash
# Checks the built example site with tools nobody here wrote: the Nu HTML checker (vnu)
# over every page, and axe-core (WCAG 2.1 A and AA) in headless Chromium over every page
# type in Dutch and Frisian (and a few in English), at desktop width and at 320 px. Then
# the browser tests of what the scripts add: search, offline use, the agenda's filter and
# "open now".
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || {
    apt-get install -f -y -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  }
fi
# Install the checkers unless the installed ones already match package-lock.json.
if ! (cd .ci/browser && npm ls --depth=0 >/dev/null 2>&1); then
  (cd .ci/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

site=$(mktemp -d)/site
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --output "$site"

echo "== Nu HTML checker"
java -jar .ci/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html "$site"
echo "vnu: no errors in $(find "$site" -name '*.html' | wc -l) pages"

echo "== axe-core in Chromium"
pages=()
for lang in "" "fy/"; do
  for path in "" kamers/ kamers/bilgaard/ kamers/oude-ambachtsschool/ gebieden/ gebieden/noord/ \
      gebieden/noord/welkom/ initiatieven/ initiatieven/buurkracht-leeuwarden/ organisaties/ \
      organisaties/amaryllis/ vrijwilligerswerk/ agenda/ agenda/noord/ agenda/west/ kennisbank/ \
      begroting/ begroting/2025/ begroting/documenten/uitvoeringsplan-sociale-basis/ kaart/ \
      open-data/ toegankelijkheid/ zoeken/ postcode/ postcode/8911/ 404.html; do
    pages+=("/$lang$path")
  done
done
for path in "" kamers/bilgaard/ agenda/ zoeken/ gebieden/zuid/welkom/; do
  pages+=("/en/$path")
done
# Every check runs, even after one failed; the script fails if any did.
failed=0
node .ci/browser/axe.mjs "$site" "${pages[@]}" || failed=1

echo "== search in the browser"
node .ci/browser/search.mjs "$site" || failed=1

echo "== find by postcode, name and location (issue #14): the postcode box with and without JavaScript, search, dichtbij mij"
node .ci/browser/find.mjs "$site" || failed=1

echo "== offline, from the service worker"
node .ci/browser/offline.mjs "$site" || failed=1

echo "== search over an index in shards, on a generated site of 1,300 rooms and initiatives"
# 2,700 records in one language: more than one shard of 2,500 (src/outputs/search.rs), so
# the search page merges pagefind/2/ into pagefind/. About 20 s.
shards=$(mktemp -d)
cargo run --quiet --example gen -- 1300 "$shards" >/dev/null
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --root "$shards" --output "$shards/site"
node .ci/browser/search-shards.mjs "$shards/site" || failed=1

echo "== a 320 px screen: nothing wider than the viewport, no text under 12 px (issue #14)"
node .ci/browser/narrow.mjs "$site" || failed=1

echo "== the map on a 320 px phone: names of 12 px or more, markers of 24 px, skip link; every area named on the wide map, no two names overlapping (issue #14)"
node .ci/browser/phone-map.mjs "$site" || failed=1

echo "== agenda filter and open now"
node .ci/browser/behaviour.mjs "$site" || failed=1

echo "== holidays and closures (issue #14), on tests/fixtures/exceptions built on 2026-04-20"
# A room closed on Koningsdag: the table, "open now" with a mocked clock, and the agenda.
exceptions=$(mktemp -d)
SOURCE_DATE_EPOCH=1776643200 cargo run --quiet -- build --root tests/fixtures/exceptions --output "$exceptions/site"
node .ci/browser/exceptions.mjs "$exceptions/site" || failed=1
node .ci/browser/axe.mjs "$exceptions/site" /kamers/oranje/ /fy/kamers/oranje/ /agenda/ || failed=1
rm -rf "$exceptions"

echo "== the interactive map, on a copy of the example site with map.tiles: pdok"
pdok=$(mktemp -d)
cp -r site.yaml content data "$pdok/"
sed -i 's/^  tiles: none$/  tiles: pdok/' "$pdok/site.yaml"
grep -q '^  tiles: pdok$' "$pdok/site.yaml"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --root "$pdok" --output "$pdok/site"
node .ci/browser/interactive-map.mjs "$pdok/site" || failed=1
ALLOWED_HOSTS=service.pdok.nl node .ci/browser/axe.mjs "$pdok/site" /kaart/ /kamers/bilgaard/ /gebieden/noord/ || failed=1

echo "== hostile names on the interactive map (issue #12), on a copy of the example site with map.tiles: pdok"
# An area, a room and an initiative named with an <img onerror> and a <script> that would
# set window.__xss and the page's title; map-xss.mjs hovers and clicks everything on the
# map pages and checks that none of it ran and that the names show as text.
hostile=$(mktemp -d)
cp -r site.yaml content data "$hostile/"
sed -i 's/^  tiles: none$/  tiles: pdok/' "$hostile/site.yaml"
payload() { # $1: the name before the payload, $2: what the payload reports
  printf "'%s <img src=x onerror=\"window.__xss=''%s'';document.title=''XSS''\"><script>window.__xss=''%s-script''</script>'" "$1" "$2" "$2"
}
sed -i "s|^name: Leeuwarden Noord\$|name: $(payload Noord area)|" "$hostile/content/areas/noord.md"
sed -i "s|^name: Buurtkamer Bilgaard\$|name: $(payload Bilgaard room)|" "$hostile/content/rooms/bilgaard.md"
sed -i "s|^title: Buurkracht in Leeuwarden\$|title: $(payload Buurkracht initiative)|" \
  "$hostile/content/initiatives/buurkracht-leeuwarden.md"
grep -q '^  tiles: pdok$' "$hostile/site.yaml"
grep -q '^name: .Noord <img src=x onerror=' "$hostile/content/areas/noord.md"
grep -q '^name: .Bilgaard <img src=x onerror=' "$hostile/content/rooms/bilgaard.md"
grep -q '^title: .Buurkracht <img src=x onerror=' "$hostile/content/initiatives/buurkracht-leeuwarden.md"
# The basemap (map.basemap, issue #14): a place name with an <img onerror>.
sed -i 's|"name": "Prinsentuin"|"name": "Prinsentuin <img src=x onerror=window.__xss=1>"|' "$hostile/data/geo/basemap.geojson"
grep -q 'Prinsentuin <img src=x onerror=' "$hostile/data/geo/basemap.geojson"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --root "$hostile" --output "$hostile/site"
node .ci/browser/map-xss.mjs "$hostile/site" || failed=1

echo "== the form editor at /admin/ (issue #17), on a copy of the template with editor: set"
# cms.mjs makes a room through the forms in the editor's local-repository mode and writes
# the file back; mienskip check must accept it unchanged.
editor=$(mktemp -d)
cp -r template/site.yaml template/content template/data "$editor/"
printf 'editor: { backend: github, repo: gemeente/kamers, branch: main }\n' >>"$editor/site.yaml"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --root "$editor" --output "$editor/site"
if node .ci/browser/cms.mjs "$editor"; then
  test -f "$editor/content/rooms/buurtkamer-oost.md" || failed=1
  cargo run --quiet -- check --root "$editor" || failed=1
else
  failed=1
fi

echo "== a budget line changed in the form editor (issue #17), on the same copy"
# cms-budget.mjs changes the 2025 amount of a line and of the declared total that adds it
# up, adds the years 2031 and 2019 to lines, and saves totals without in_kind unchanged;
# mienskip check must accept the file it wrote, which must hold the new amounts and keep
# the totals that leave in_kind out without it.
if node .ci/browser/cms-budget.mjs "$editor"; then
  cargo run --quiet -- check --root "$editor" || failed=1
  python3 - "$editor/data/budgets/begroting-2025.yaml" <<'BUDGET' || failed=1
import sys, yaml
from decimal import Decimal
budget = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
amounts = lambda item: {int(y): Decimal(str(v)) for y, v in item["amounts"].items()}
line = lambda name: next(l for l in budget["lines"] if l["item"] == name)
assert amounts(line("Koffie, thee en activiteiten")) == {
    2019: Decimal("4000.25"), 2025: Decimal("6000.5"), 2026: Decimal("5000.5")}, line
assert amounts(line("Huur en beheer van de kamers")) == {
    2025: Decimal("40000"), 2026: Decimal("41000"), 2031: Decimal("42000")}, line
totals = budget["totals"]
assert amounts(totals[0]) == {2025: Decimal("46000.5"), 2026: Decimal("46000.5")}, totals[0]
assert totals[0]["in_kind"] is False, totals[0]
assert [("in_kind" in t) for t in totals[1:]] == [False, False], totals
assert amounts(totals[2]) == {2026: Decimal("60080.5")}, totals[2]
print("ok: the written budget holds the changed amounts, the added years and in_kind as it was")
BUDGET
else
  failed=1
fi
rm -rf "$editor"

echo "== a pull request's preview under a sub-path (issue #17), built with --drafts --base-url"
# Served from the folder above, at /repo/pr-voorbeeld/pr-7/ as on GitHub Pages: the
# stylesheet loads, the menu and the language switch stay inside the preview.
subpath=$(mktemp -d)
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --drafts \
  --base-url https://owner.github.io/repo/pr-voorbeeld/pr-7/ --output "$subpath/repo/pr-voorbeeld/pr-7"
node .ci/browser/subpath.mjs "$subpath" /repo/pr-voorbeeld/pr-7/ || failed=1
rm -rf "$subpath"

echo "== a draft under its banner and a review date (issue #15), on a copy of the example site built with --drafts"
# A draft room (only in this copy) and a reviewed date on Bilgaard: vnu and axe over both
# pages, in Dutch and English.
drafts=$(mktemp -d)
cp -r site.yaml content data "$drafts/"
cat >"$drafts/content/rooms/concept-kamer.md" <<'DRAFT'
---
name: Buurtkamer in voorbereiding
kind: satellite
area: noord
status: planned
summary: Een kamer die nog niet gepubliceerd is.
draft: true
---
Nog niet klaar.
DRAFT
sed -i 's/^status: open$/status: open\nreviewed: 2025-10-01/' "$drafts/content/rooms/bilgaard.md"
grep -q '^reviewed: 2025-10-01$' "$drafts/content/rooms/bilgaard.md"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1763856000} cargo run --quiet -- build --drafts --root "$drafts" --output "$drafts/site"
grep -q 'notice--draft' "$drafts/site/kamers/concept-kamer/index.html" || failed=1
java -jar .ci/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only \
  "$drafts/site/kamers/concept-kamer/index.html" "$drafts/site/en/kamers/concept-kamer/index.html" \
  "$drafts/site/kamers/bilgaard/index.html" || failed=1
node .ci/browser/axe.mjs "$drafts/site" /kamers/concept-kamer/ /en/kamers/concept-kamer/ /fy/kamers/concept-kamer/ /kamers/bilgaard/ || failed=1
rm -rf "$drafts"

echo "== screenshots: the maps and the budget chart are drawn"
node .ci/browser/screenshots.mjs "$site" "${SCREENSHOTS:-$(dirname "$site")/screenshots}" || failed=1
exit "$failed"
