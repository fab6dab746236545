#!/usr/bin/env bash
# A bulk accreditation file of N people (default 100,000) sent by an organisation's manager
# through the API (POST /api/staff/accreditation/requests, CSV), end to end: upload, every line
# checked, document numbers encrypted, quota checked, all stored in one transaction. Prints the
# time of the request as curl measures it, and of the same file with one bad line (refused whole).
# Usage: bench/accreditation-import.sh [people=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-100000}
port=18086
source bench/platform.sh
start_platform
# The demo manager of the organiser's own workforce (staff and contractors, quota 150,000).
password=$(staff_password workforce ACCREDITATION_MANAGER)
file="$work/people.csv"
awk -v n="$people" 'BEGIN {
  print "category,family_name,given_name,birth_date,birth_place,nationality,document_number,document_expiry,function"
  for (i = 1; i <= n; i++) {
    name = ""; for (x = i; x > 0; x = int(x / 26)) name = name sprintf("%c", 65 + x % 26)
    printf "W,LOAD%s,Sam,19%02d-%02d-%02d,Paris,FRA,LD%07dX,2030-01-01,Security agent\n", name, 60 + i % 40, 1 + i % 12, 1 + i % 28, i
  }
}' > "$file"
bad="$work/bad.csv"
sed '50001s/,FRA,/,France,/' "$file" > "$bad"
echo "file: $people people, $(du -h "$file" | cut -f1)"
for attempt in bad good; do
  target=$([ "$attempt" = good ] && echo "$file" || echo "$bad")
  out=$(curl -s -o "$work/answer.json" -w "%{http_code} %{time_total}" -u "workforce:$password" -H "Content-Type: text/csv" \
    --data-binary "@$target" "http://127.0.0.1:$port/api/staff/accreditation/requests")
  echo "$attempt file: HTTP ${out% *} in ${out#* } s $(head -c 200 "$work/answer.json" | tr -d '\n')"
done
