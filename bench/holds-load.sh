#!/usr/bin/env bash
# Holds per second on one hot session over HTTP, then a sell-out, with zero oversell checked.
# Starts the packaged platform in demo mode on a fresh data directory, signs in one fan account
# per client, runs the load (HoldsLoad), stops the platform. PODIUM_JAVA_OPTS adds JVM options
# (e.g. a flight recording) to the platform.
# Usage: bench/holds-load.sh [clients=100] [seconds=30] [hot-session=STA-20240802-1] [sell-out-session=ALX-20240731-1]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-100}
seconds=${2:-30}
hot=${3:-STA-20240802-1}
sellout=${4:-ALX-20240731-1}
port=18082
source bench/platform.sh
start_platform ${PODIUM_JAVA_OPTS:-}
./podium mvn -q exec:exec@holds-load \
  -Dload.args="http://127.0.0.1:$port $clients $seconds ticketing $(staff_password ticketing TICKETING_MANAGER) $hot $sellout"
