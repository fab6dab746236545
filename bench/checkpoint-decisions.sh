#!/usr/bin/env bash
# The accreditation checkpoint's decision time in headless Chromium with a long revocation list,
# at full speed and with the CPU slowed 4x and 6x as a phone-class device (CheckpointDecisions).
# No platform needed: the page's own code.
# Usage: bench/checkpoint-decisions.sh [decisions=2000] [revocations=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q test-compile exec:exec@checkpoint-decisions -Dload.args="${1:-2000} ${2:-50000}"
