#!/usr/bin/env bash
# Starts the embedded PostgreSQL (unless CONSENT_DB_URL points at a real server) and waits until it
# accepts connections. Idempotent: a running instance is left alone.
source "$(dirname "$0")/common.sh"

if [ "$EMBEDDED_DB" = false ]; then
  log "Using the external database $DB_URL"
  exit 0
fi
if [ -s "$DB_PID_FILE" ] && kill -0 "$(cat "$DB_PID_FILE")" 2>/dev/null; then
  log "Embedded PostgreSQL already running (pid $(cat "$DB_PID_FILE"))"
  exit 0
fi
classes="$CONFIG_DIR/target/classes"
if [ ! -d "$CONFIG_DIR/target/lib" ] || [ ! -d "$classes" ]; then
  log "The launcher is not built: run ./mvnw -pl server-config package first"
  exit 1
fi
log "Starting embedded PostgreSQL 15 on port $EMBEDDED_DB_PORT (data in $CONSENT_HOME/pgdata)"
: > "$DB_LOG"
nohup "${AS_JAVA:-$JAVA_HOME}/bin/java" -cp "$classes:$CONFIG_DIR/target/lib/*" \
  com.consentmanager.devdb.EmbeddedDatabase \
  --port "$EMBEDDED_DB_PORT" --data "$CONSENT_HOME/pgdata" --work "$CONSENT_HOME/pg-binaries" \
  --database consent --user "$DB_USER" --password "$DB_PASSWORD" \
  --app-user "$DB_APP_USER" --app-password "$DB_APP_PASSWORD" >> "$DB_LOG" 2>&1 &
echo $! > "$DB_PID_FILE"
for _ in $(seq 1 360); do
  if grep -q '^READY' "$DB_LOG"; then log "Embedded PostgreSQL ready"; exit 0; fi
  if ! kill -0 "$(cat "$DB_PID_FILE")" 2>/dev/null; then break; fi
  sleep 0.5
done
log "Embedded PostgreSQL did not start; its log follows"
tail -40 "$DB_LOG" >&2
exit 1
