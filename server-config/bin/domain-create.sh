#!/usr/bin/env bash
# Creates the domain from scratch (an existing one of that name is deleted first), starts it,
# configures it with domain-configure.sh and leaves it running unless --stop is given.
# The database must be up (db-start.sh): the pools are pinged.
source "$(dirname "$0")/common.sh"
require_payara

if "$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN "; then
  if domain_running; then "$ASADMIN" stop-domain "$DOMAIN" >/dev/null; fi
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null
fi
log "Creating domain $DOMAIN (admin port $ADMIN_PORT, http port $HTTP_PORT)"
if [ -n "$PORT_BASE" ]; then
  "$ASADMIN" create-domain --nopassword --portbase "$PORT_BASE" "$DOMAIN" >/dev/null
else
  "$ASADMIN" create-domain --nopassword --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" "$DOMAIN" >/dev/null
fi
"$ASADMIN" start-domain "$DOMAIN" >/dev/null
if ! "$(dirname "$0")/domain-configure.sh"; then
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
  log "Configuring domain $DOMAIN failed; it is stopped"
  exit 1
fi
if [ "${1:-}" = --stop ]; then
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
  log "Domain $DOMAIN configured and stopped"
else
  "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
  log "Domain $DOMAIN configured and running"
fi
