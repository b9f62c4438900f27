#!/usr/bin/env bash
# Regenerates src/Anshin.Core/Security/Data/common-passwords.txt from the "passwords" frequency list
# of zxcvbn (MIT licence, Dropbox). The version is pinned so the file only changes when we decide to.
set -euo pipefail

version="${ZXCVBN_VERSION:-4.4.2}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$repo_root/src/Anshin.Core/Security/Data/common-passwords.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "zxcvbn@$version" > /dev/null && tar xzf "zxcvbn-$version.tgz")

# Lower-casing before de-duplicating matches how CommonPasswords compares; frequency order is kept
# so the most common passwords stay at the top of the file for anyone reading it.
node -e '
const lists = require(process.argv[1]);
const seen = new Set();
for (const entry of lists.passwords) {
  const word = entry.trim().toLowerCase();
  if (word.length > 0 && !seen.has(word)) {
    seen.add(word);
    process.stdout.write(word + "\n");
  }
}
' "$work/package/lib/frequency_lists.js" > "$target"

echo "Wrote $(wc -l < "$target") passwords to $target"
