#!/usr/bin/env bash
# WordPress's own autop (npm @wordpress/autop) as a test oracle for org.tidings.transfer.wordpress.Autop.
# Reads texts separated by NUL bytes on stdin, writes autop(text) of each, separated by NUL bytes, on stdout.
# Installs the package into target/autop-oracle on first use (needs Debian's nodejs and npm).
# Exit codes: 3 = node or npm missing, 4 = the npm install failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${AUTOP_ORACLE_DIR:-$here/target/autop-oracle}"
version=4.56.0
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "autop-oracle: '$tool' not found (apt-get install nodejs npm)" >&2; exit 3; }
done
if [ ! -f "$tools/node_modules/@wordpress/autop/package.json" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --silent --no-audit --no-fund "@wordpress/autop@$version" >&2 \
    || { echo "autop-oracle: npm install @wordpress/autop@$version failed" >&2; exit 4; }
fi
cd "$tools"
exec node -e '
const { autop } = require("@wordpress/autop");
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const texts = Buffer.concat(chunks).toString("utf8").split("\0");
  process.stdout.write(texts.map((t) => autop(t)).join("\0"));
});'
