#!/usr/bin/env bash
# Stops the local mail server started by mail-start.sh (the mails it captured are kept in memory
# only and go with it).
source "$(dirname "$0")/common.sh"

if [ -s "$MAIL_PID_FILE" ]; then
  pid="$(cat "$MAIL_PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    log "Stopping the local mail server (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$MAIL_PID_FILE"
fi
