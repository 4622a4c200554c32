#!/usr/bin/env bash
# Third-party clients against the standalone simulator, unchanged: Python's proxmoxer (Debian's
# python3-proxmoxer) and the Corsinvest JavaScript client (npm). Not part of the default test run
# (they need those packages); run it after `mvn -B -q install -DskipTests`:
#   apt-get install -y python3-proxmoxer nodejs npm && simulator/compat/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export SIM_PORT="${SIM_PORT:-18006}"
java -jar "$here/../target/pve-tasks-simulator.jar" --port "$SIM_PORT" --nodes pve1,pve2 --time-scale 60 > /tmp/pve-sim-compat.log 2>&1 &
sim=$!
trap 'kill $sim' EXIT
for _ in $(seq 50); do grep -q "listening" /tmp/pve-sim-compat.log && break; sleep 0.1; done
echo "== proxmoxer"
/usr/bin/python3 -W ignore "$here/proxmoxer_smoke.py"
echo "== cv4pve-api-javascript"
work="$(mktemp -d)"
(cd "$work" && npm init -y > /dev/null && npm install --silent @corsinvest/cv4pve-api-javascript > /dev/null)
NODE_PATH="$work/node_modules" node "$here/cv4pve_smoke.js" 2>/dev/null
