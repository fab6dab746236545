#!/usr/bin/env bash
# Sells every sellable seat of every session of the Games through the sale engine (GamesSellOut).
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q -DskipTests test-compile >/dev/null
./podium mvn -q exec:exec@games-sellout -Dload.args=""
