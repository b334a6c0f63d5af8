#!/usr/bin/env bash
# Undoes domain-configure.sh: runs every asadmin/NN-*.undo.asadmin file in reverse order.
source "$(dirname "$0")/common.sh"
require_payara

for file in $(ls "$CONFIG_DIR"/asadmin/[0-9][0-9]-*.undo.asadmin | sort -r); do
  log "asadmin $(basename "$file")"
  grep -v '^#' "$file" > "$CONSENT_HOME/undo.asadmin"
  asadmin multimode --file "$CONSENT_HOME/undo.asadmin" || log "$(basename "$file") failed; continuing"
done
rm -f "$CONSENT_HOME/undo.asadmin"
