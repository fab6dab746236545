#!/usr/bin/env bash
# Start-up to first served request, with the embedded PostgreSQL:
#  - first run: empty data directory (initdb, migrations, programme import, demo accounts);
#  - warm run: the same data directory again (programme unchanged, nothing re-imported).
# Usage: bench/startup.sh [runs]   (default 3 of each). Prints one line per run and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# The platform exactly as ./podium run starts it (extracted jar, ahead-of-time class cache).
platform=$(./podium prepare | tail -1)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), load before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
source <(sed -n '/^pick_jdk()/,/^}/p' podium)
java="$(pick_jdk)/bin/java"
port=18080

measure() { # $1 = data dir; prints milliseconds from launch to the first 200 on /
  local data=$1 start end pid
  start=$(date +%s%N)
  PODIUM_DATA_DIR=$data PORT=$port "$java" ${platform#java } >"$data.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $pid 2>/dev/null || { echo "platform died, see $data.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first=(); warm=()
for i in $(seq "$runs"); do
  dir=$(mktemp -d)/podium-data
  first+=("$(measure "$dir")")
  warm+=("$(measure "$dir")")
  echo "run $i: first ${first[-1]} ms, warm ${warm[-1]} ms"
  rm -rf "$(dirname "$dir")"
done
echo "median first run: $(printf '%s\n' "${first[@]}" | median) ms"
echo "median warm run:  $(printf '%s\n' "${warm[@]}" | median) ms"
