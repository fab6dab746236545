#!/usr/bin/env bash
# The gate scanner's decision time in headless Chromium, at full speed and with the CPU slowed
# 4x and 6x as a phone-class device (ScannerDecisions). No platform needed: the page's own code.
# Usage: bench/scanner-decisions.sh [decisions=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q test-compile exec:exec@scanner-decisions -Dload.args="${1:-2000}"
