#!/usr/bin/env bash
# Vendor the explorer's browser libraries into the package, so `kg serve` works offline.
#
# Installs exactly what js/package-lock.json pins (npm ci, no install scripts run) and copies
# their distribution files, with every licence of what they bundle, into kg/explore/static/vendor/.
# Run by `make run`/`make test` when the lock file is newer than the vendored files; needs npm
# and the npm registry at install time only. The copied files are not committed (.gitignore).
#
#   scripts/vendor_js.sh            # install and copy
#   scripts/vendor_js.sh --check    # exit 1 if the vendored files are missing or older than the lock
set -euo pipefail
cd "$(dirname "$0")/.."
JS=js
VENDOR=kg/explore/static/vendor
STAMP="$VENDOR/VERSIONS.txt"

if [ "${1:-}" = "--check" ]; then
    [ -f "$STAMP" ] && [ "$STAMP" -nt "$JS/package-lock.json" ] && exit 0
    echo "vendor_js: $VENDOR is missing or older than $JS/package-lock.json; run scripts/vendor_js.sh" >&2
    exit 1
fi
command -v npm >/dev/null 2>&1 || {
    echo "vendor_js: npm is not installed (Debian: apt-get install npm); the explorer needs it once, at install time" >&2
    exit 2
}

npm ci --prefix "$JS" --no-audit --no-fund --ignore-scripts --loglevel=error
modules="$JS/node_modules"
rm -rf "$VENDOR"
mkdir -p "$VENDOR"
cp "$modules/cytoscape/dist/cytoscape.min.js" "$VENDOR/"
cp "$modules/@zazuko/yasgui/build/yasgui.min.js" "$modules/@zazuko/yasgui/build/yasgui.min.css" "$VENDOR/"

# One licence file for everything the bundles contain: each installed package's name, version,
# licence field and LICENSE text (YASGUI bundles its dependencies, so all of them are listed).
node - "$modules" > "$VENDOR/THIRD-PARTY-LICENSES.txt" <<'JS'
const fs = require("fs");
const path = require("path");
const root = process.argv[2];
const packages = [];
function visit(dir) {
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (name.startsWith("@")) { visit(full); continue; }
    const manifest = path.join(full, "package.json");
    if (fs.existsSync(manifest)) packages.push(full);
    const nested = path.join(full, "node_modules");
    if (fs.existsSync(nested)) visit(nested);
  }
}
visit(root);
packages.sort();
for (const dir of packages) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const licence = typeof pkg.license === "string" ? pkg.license : JSON.stringify(pkg.license || pkg.licenses || "see package");
  const files = fs.readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f));
  process.stdout.write(`${"=".repeat(78)}\n${pkg.name} ${pkg.version} — ${licence}\n`);
  if (pkg.author) process.stdout.write(`author: ${typeof pkg.author === "string" ? pkg.author : pkg.author.name}\n`);
  for (const f of files) process.stdout.write(`\n${fs.readFileSync(path.join(dir, f), "utf8").trim()}\n`);
  if (!files.length) process.stdout.write(`(no licence file in the package; its package.json says ${licence})\n`);
  process.stdout.write("\n");
}
JS

node -e '
const lock = require(process.argv[1]);
for (const name of ["cytoscape", "@zazuko/yasgui"]) console.log(`${name} ${lock.packages["node_modules/" + name].version}`);
' "$PWD/$JS/package-lock.json" > "$STAMP"
echo "vendored into $VENDOR: $(cd "$VENDOR" && ls | tr '\n' ' ')"
