#!/usr/bin/env bash
# Rebuilds annalist-core/src/main/resources/org/annalist/geo/gazetteer.tsv.gz from the npm
# packages pinned in package-lock.json. Needs Node.js 18+ and npm; installs into a scratch folder.
#   tools/gazetteer/build.sh [--min-population N] [--alt-population N] [--max-alternates N]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/annalist-core/src/main/resources/org/annalist/geo/gazetteer.tsv.gz"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is not installed (Node.js 18+ needed)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/annalist-gazetteer.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$here/build.mjs" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

# Defaults keep the committed file under 6 MB; see README.md for what they drop.
node "$work/build.mjs" --countries "$here/countries-iso.tsv" --out "$out" \
  --min-population 0 --alt-population 5000 --max-alternates 12 "$@"
