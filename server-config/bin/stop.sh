#!/usr/bin/env bash
# Stops what the run command started: the Payara domain, the embedded PostgreSQL and the
# local mail server.
export CONSENT_PROFILE=run
source "$(dirname "$0")/common.sh"

if [ -x "$ASADMIN" ] && domain_running; then
  log "Stopping Payara domain $DOMAIN"
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
fi
"$(dirname "$0")/db-stop.sh"
"$(dirname "$0")/mail-stop.sh"
pkill -f "server-config/bin/run.sh" 2>/dev/null || true
