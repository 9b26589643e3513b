#!/usr/bin/env bash
# The JSON Schemas of `mienskip schema` against the content, with a third-party validator
# (Python's jsonschema, draft 2020-12; .ci/check_content_schema.py): the example site, the
# template repository, a file of every kind as `mienskip new` writes it, and, so that the
# check is seen to fail, a copy of the template with mistakes in it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import jsonschema, yaml' >/dev/null 2>&1; then
    echo "== installing jsonschema pyyaml (pip)"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check jsonschema pyyaml
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo run --quiet -- schema --out "$work/schemas"

echo "== the example site"
"$PYTHON" .ci/check_content_schema.py "$work/schemas" .
echo "== the template"
"$PYTHON" .ci/check_content_schema.py "$work/schemas" template

echo "== new files of every kind"
cp -r template "$work/new"
for kind in room area initiative organisation page; do
    cargo run --quiet -- new "$kind" "nieuw-$kind" --root "$work/new" 2>/dev/null
done
"$PYTHON" .ci/check_content_schema.py "$work/schemas" "$work/new"

echo "== mistakes are found"
cp -r template "$work/wrong"
room=$(ls "$work"/wrong/content/rooms/*.md | head -n 1)
sed -i '0,/^status: .*/s//status: gesloten\nopeningstijden: ja/' "$room"
sed -i 's/^title: .*/title:/' "$work/wrong/site.yaml"
out=$("$PYTHON" .ci/check_content_schema.py "$work/schemas" "$work/wrong" --expect-invalid)
echo "$out"
for expected in "'gesloten' is not one of" "'openingstijden' was unexpected" "site.yaml: title: None is not valid under any of the given schemas"; do
    grep -qF "$expected" <<<"$out" || { echo "expected: $expected"; exit 1; }
done

# The template's editor settings: remark-lint-frontmatter-schema (what VS Code's remark
# extension runs) with the template's own .remarkrc.mjs, package-lock.json and schemas.
echo "== the template's front matter linter (npm ci, remark)"
cp -r template "$work/editor"
rm -rf "$work/editor/node_modules"
(cd "$work/editor" && npm ci --no-audit --no-fund --silent)
(cd "$work/editor" && npx remark --quiet --frail content)
room=$(ls "$work"/editor/content/rooms/*.md | head -n 1)
sed -i '0,/^status: .*/s//status: gesloten/' "$room"
if out=$(cd "$work/editor" && npx remark --quiet --frail --no-color content 2>&1); then
    echo "$out"; echo "remark accepted a room with status: gesloten"; exit 1
fi
echo "$out"
grep -qF "allowed values: \`open\`, \`planned\`, \`closed\`" <<<"$out"
