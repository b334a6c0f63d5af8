#!/usr/bin/env bash
# Starts the local mail server of the run command (GreenMail standalone: SMTP, IMAP and an HTTP API,
# on localhost only) unless CONSENT_SMTP_HOST names a real SMTP server. Idempotent.
source "$(dirname "$0")/common.sh"

if [ "$LOCAL_MAIL" = false ]; then
  log "Using the SMTP server $SMTP_HOST:$SMTP_PORT"
  exit 0
fi
if [ -s "$MAIL_PID_FILE" ] && kill -0 "$(cat "$MAIL_PID_FILE")" 2>/dev/null; then
  log "Local mail server already running (pid $(cat "$MAIL_PID_FILE"))"
  exit 0
fi
jar="$CONFIG_DIR/target/greenmail/greenmail-standalone.jar"
if [ ! -f "$jar" ]; then
  log "GreenMail is not provisioned: run ./mvnw -pl server-config package first"
  exit 1
fi
log "Starting the local mail server (GreenMail): SMTP $SMTP_PORT, IMAP $MAIL_IMAP_PORT, API $MAIL_API_PORT"
: > "$MAIL_LOG"
nohup "${AS_JAVA:-$JAVA_HOME}/bin/java" -Xmx128m \
  -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
  -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
  -jar "$jar" >> "$MAIL_LOG" 2>&1 &
echo $! > "$MAIL_PID_FILE"
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$MAIL_API_PORT/api/configuration" >/dev/null 2>&1; then log "Local mail server ready"; exit 0; fi
  if ! kill -0 "$(cat "$MAIL_PID_FILE")" 2>/dev/null; then break; fi
  sleep 0.5
done
log "The local mail server did not start; its log follows"
tail -40 "$MAIL_LOG" >&2
exit 1
