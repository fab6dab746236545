# Sourced by the load scripts: builds the jar and starts the packaged platform in demo mode on a
# fresh data directory ($work), on $port, logging to $work/platform.log; stops it on exit.
# After start_platform: $pid is the platform's process, staff_password ROLE gives a demo password.
./podium mvn -q -DskipTests package >/dev/null
jar=$(ls target/podium-*.jar | grep -v original | head -1)
source <(sed -n '/^pick_jdk()/,/^}/p' podium)
java="$(pick_jdk)/bin/java"
work=$(mktemp -d)
# The demo writes the mail it cannot send (verification links) to this log; LoadFans reads them there.
export PODIUM_PLATFORM_LOG="$work/platform.log"
pid=
# "|| true": the platform stopped by kill exits with 143, and under "set -e" that ended the trap
# before the rm (every run left its data directory, 2 GB for an ingestion run, in /tmp).
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# The machine the figures come from: compare only figures of alike machines and quiet loads.
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), load before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" >&2

# start_platform [extra JVM options...]: starts and waits until the demo accounts are printed.
start_platform() {
  local before
  before=$(grep -c "TICKETING_MANAGER" "$work/platform.log" 2>/dev/null || true)
  # The load clients register all their fans from this one address: the per-address registration
  # limit (10 an hour) is lifted for them.
  # The demo's 300,000 volunteer applicants are not generated in the background of a measurement
  # (bench/roster.sh generates them on purpose).
  PODIUM_DATA_DIR="$work/podium-data" PORT=$port "$java" -Dpodium.accounts.registrations-per-address-per-hour=1000000 \
    -Dpodium.workforce.demo-applicants=0 "$@" \
    -jar "$jar" >>"$work/platform.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/api/clock"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the platform did not start:" >&2; grep -m1 -A3 "APPLICATION FAILED\|Application run failed" "$work/platform.log" >&2; exit 1
    fi
    sleep 0.2
  done
  until [ "$(grep -c "TICKETING_MANAGER" "$work/platform.log")" -gt "${before:-0}" ]; do sleep 0.2; done
}

# staff_password USER ROLE: the password printed for that demo account at the last start.
staff_password() {
  awk -v u="$1" -v r="$2" '$1 == u && index("," $3 ",", "," r ",") {print $2}' "$work/platform.log" | tail -1
}

# cpu_seconds: CPU time (user + system, all threads) used so far by the platform ($pid) and by the
# PostgreSQL processes, as "platform postgres" in seconds. Two calls around a load give where the
# machine's cores went (the load generator reports its own).
cpu_seconds() {
  local hz platform postgres=0 p
  hz=$(getconf CLK_TCK)
  platform=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  for p in /proc/[0-9]*; do
    if tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -qE '^postgres|/bin/postgres '; then
      postgres=$((postgres + $(awk '{print $14 + $15}' "$p/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$platform $postgres" | awk -v hz="$hz" '{printf "%.2f %.2f\n", $1 / hz, $2 / hz}'
}

# thread_seconds: the platform's CPU seconds so far per kind of thread (name without its number:
# GC workers, JIT compilers, request handlers, evaluators...), one "name seconds" a line.
thread_seconds() {
  local hz
  hz=$(getconf CLK_TCK)
  for t in /proc/"$pid"/task/*; do
    echo "$(tr -d '0-9' < "$t/comm" | tr ' ' '_') $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)"
  done | awk -v hz="$hz" '{s[$1] += $2} END {for (n in s) printf "%s %.2f\n", n, s[n] / hz}'
}

# thread_report "BEFORE" "AFTER" EVENTS: where the platform's CPU went between two thread_seconds, largest first.
thread_report() {
  awk -v events="$3" 'NR == FNR {before[$1] = $2; next} {d = $2 - before[$1]; if (d > 0.05) printf "    %-22s %6.1f s %6.1f us/event\n", $1, d, d * 1e6 / events}' \
    <(echo "$1") <(echo "$2") | sort -k2 -rn
}

# cpu_report "BEFORE" "AFTER" EVENTS: the CPU the platform and PostgreSQL used between two cpu_seconds.
cpu_report() {
  echo "$1 $2 $3" | awk '{p = $3 - $1; g = $4 - $2;
    printf "  CPU during the load: platform %.1f s (%.1f us/event), PostgreSQL %.1f s (%.1f us/event)\n", p, p * 1e6 / $5, g, g * 1e6 / $5}'
}
