#!/usr/bin/env bash
# The whole Games' volunteer roster, through the product's API: 300,000 synthetic applicants
# (seeded), selection of 45,000 within the demand's quotas, synthetic answers, the shifts the real
# Paris 2024 schedule derives, then the first-fit baseline and Timefold on the same data in the same
# run. Prints each step's time and each roster's score, positions filled, spread of hours (std dev),
# hard violations found by the plain-Java validator, and Timefold's move evaluation speed.
# Usage: bench/roster.sh [applicants=300000] [unimproved=PT1S] [spent-per-partition=PT5S]
set -euo pipefail
cd "$(dirname "$0")/.."
applicants=${1:-300000}
unimproved=${2:-PT1S}
spent=${3:-PT5S}
port=18087
source bench/platform.sh
start_platform -Dpodium.workforce.demo-applicants=0 -Dpodium.workforce.solver.unimproved="$unimproved" -Dpodium.workforce.solver.spent="$spent"
password=$(staff_password workforce WORKFORCE_MANAGER)
api() {
  local started out
  started=$(date +%s.%N)
  out=$(curl -sS --max-time 3600 -w ' HTTP %{http_code}' -u "workforce:$password" -X "$1" "http://127.0.0.1:$port/api/staff/workforce/$2")
  # The roster runs print whole (their score by constraint); the other answers are short.
  printf '%-34s %7.1f s  %s\n' "$1 $2" "$(echo "$(date +%s.%N) - $started" | bc)" "$out"
}
api POST "demo/applicants?count=$applicants"
api GET demand
api POST selection
api POST demo/answers
api POST shifts
api POST "roster/plan?method=first-fit"
api POST "roster/plan?method=timefold&fresh=true"
