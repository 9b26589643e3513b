#!/usr/bin/env bash
# Draws the example site's two room illustrations again (data/photos/tekening-*.png) from
# examples/example_photos.rs: drawings made for the example, not photos of real buildings,
# published under CC0. The same program gives the same pixels.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --example example_photos
