#!/usr/bin/env bash
# ./consent crash-check [LINES]: an import survives a server that is killed (on demand, never in CI).
# Starts the product as "./consent run" does, but on its own domain, ports and database
# (domain consent-crash, port base 52800: HTTP 52880; database 52432; data in target/crash-check),
# uploads a generated file of LINES new people (default 300,000) as a real import, kills the
# server's JVM with SIGKILL once a third of the lines are written, starts it again, waits for the
# recovery timer to resume the import (it re-queues an import without a heartbeat for 2 minutes),
# then checks through the API that the import COMPLETED with exactly one status and one IMPORTED
# event per line: nothing lost, nothing written twice. Prints PASSED or FAILED; stops everything.
set -euo pipefail
lines="${1:-300000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
export CONSENT_PROFILE=run
export CONSENT_HOME="$root/target/crash-check"
export CONSENT_DOMAIN=consent-crash
export CONSENT_PORT_BASE=52800
export CONSENT_EMBEDDED_DB_PORT=52432
unset CONSENT_DB_URL CONSENT_DB_USER CONSENT_DB_PASSWORD CONSENT_DB_APP_USER CONSENT_DB_APP_PASSWORD CONSENT_SMTP_HOST
rm -rf "$CONSENT_HOME"
source "$(dirname "$0")/common.sh"
bin="$(cd "$(dirname "$0")" && pwd)"
CONSENT_ADMIN_PASSWORD="$(head -c 15 /dev/urandom | base64 | tr '+/' '-_')"
export CONSENT_ADMIN_PASSWORD
api="http://localhost:$HTTP_PORT/consent/api/v1"
auth="admin:$CONSENT_ADMIN_PASSWORD"
run_log="$CONSENT_HOME/run.log"

start() {
  nohup "$bin/run.sh" > "$run_log" 2>&1 &
  run_pid=$!
  disown "$run_pid"
  for _ in $(seq 1 900); do
    if grep -q "Consent Manager is running" "$run_log"; then return 0; fi
    if ! kill -0 "$run_pid" 2>/dev/null; then break; fi
    sleep 1
  done
  log "The server did not start; its output follows"; cat "$run_log" >&2; return 1
}
stop_run_script() {
  pkill -9 -P "$run_pid" 2>/dev/null || true
  kill -9 "$run_pid" 2>/dev/null || true
  run_pid=
}
finish() {
  trap - EXIT
  if [ -n "${run_pid:-}" ]; then stop_run_script; fi
  if domain_running; then "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true; fi
  "$bin/db-stop.sh" >/dev/null 2>&1 || true
  "$bin/mail-stop.sh" >/dev/null 2>&1 || true
}
trap finish EXIT
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p"; }

log "Starting the product on its own domain $DOMAIN (HTTP $HTTP_PORT)"
start
file="$CONSENT_HOME/crash.csv"
awk -v n="$lines" 'BEGIN { printf "email;commercial_email;commercial_email_date\r\n";
  for (i = 0; i < n; i++) printf "crash-%d@example.com;%s;%02d/%02d/2024\r\n", i, (i % 10 < 7 ? "oui" : "non"), 1 + i % 28, 1 + i % 12 }' > "$file"
location="$(curl -fsS -u "$auth" -F dryRun=false -F "file=@$file;type=text/csv" -D - -o /dev/null "$api/imports" \
  | tr -d '\r' | sed -n 's/^Location: //p')"
log "Import queued at $location ($lines lines)"
done_at_kill=0
for _ in $(seq 1 600); do
  done_at_kill="$(curl -fsS -u "$auth" "$location" | field rowsDone)"
  if [ "${done_at_kill:-0}" -ge $((lines / 3)) ]; then break; fi
  sleep 0.5
done
server_pid="$(cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid")"
log "Killing the server (pid $server_pid, SIGKILL) at $done_at_kill lines written"
kill -9 "$server_pid"
stop_run_script
sleep 2
export CONSENT_SKIP_BUILD=true
log "Starting it again; the recovery timer resumes the import within about 3 minutes"
start
state=
for _ in $(seq 1 900); do
  body="$(curl -fsS -u "$auth" "$location")"
  state="$(echo "$body" | field state)"
  if [ "$state" = COMPLETED ] || [ "$state" = FAILED ]; then break; fi
  sleep 1
done
accepted="$(echo "$body" | field accepted)"
refused="$(echo "$body" | field refused)"
id="${location##*/}"
evidence="$CONSENT_HOME/evidence.csv"
curl -fsS -u "$auth" "$api/exports/evidence" -o "$evidence"
events="$(grep -c "import/$id/line/" "$evidence" || true)"
distinct="$(grep -o "import/$id/line/[0-9]*/" "$evidence" | sort -u | wc -l)"
statuses="$(curl -fsS -u "$auth" "$api/exports/statuses" | grep -c '^crash-' || true)"
log "State $state; accepted $accepted + refused $refused; $events IMPORTED events on $distinct distinct lines; $statuses people with a status"
if [ "$state" = COMPLETED ] && [ "$((accepted + refused))" = "$lines" ] && [ "$events" = "$lines" ] \
   && [ "$distinct" = "$lines" ] && [ "$statuses" = "$lines" ]; then
  echo "PASSED: killed at $done_at_kill of $lines lines, resumed, $lines statuses and $lines events, none twice"
else
  echo "FAILED: expected $lines of each"; exit 1
fi
