#!/usr/bin/env bash
# Refreshes the vendored axe-core used by the accessibility tests: axe.min.js, its licence and its
# third-party notices, taken from the npm package. Usage: Vendor/update-axe.sh [version-range] (default 4).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
range=${1:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
tarball=$(npm pack --silent "axe-core@$range")
tar xzf "$tarball"
version=$(node -p "require('./package/package.json').version")

target="$here/axe-core"
mkdir -p "$target"
cp package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt "$target/"
printf '%s\n' "$version" > "$target/VERSION"
echo "axe-core $version vendored into $target"
