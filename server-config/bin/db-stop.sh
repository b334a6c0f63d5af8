#!/usr/bin/env bash
# Stops the embedded PostgreSQL started by db-start.sh (SIGTERM lets it shut down cleanly).
source "$(dirname "$0")/common.sh"

if [ -s "$DB_PID_FILE" ]; then
  pid="$(cat "$DB_PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    log "Stopping embedded PostgreSQL (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$DB_PID_FILE"
fi
