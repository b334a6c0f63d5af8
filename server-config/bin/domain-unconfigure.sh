#!/usr/bin/env bash
# Undoes domain-configure.sh: runs every asadmin/NN-*.undo.asadmin file in reverse order (for the
# test profile, the asadmin/test/ ones first).
source "$(dirname "$0")/common.sh"
require_payara

undo_files="$(ls "$CONFIG_DIR"/asadmin/[0-9][0-9]-*.undo.asadmin | sort -r)"
if [ "$CONSENT_PROFILE" = test ]; then
  undo_files="$(ls "$CONFIG_DIR"/asadmin/test/[0-9][0-9]-*.undo.asadmin | sort -r) $undo_files"
fi
for file in $undo_files; do
  log "asadmin $(basename "$file")"
  grep -v '^#' "$file" > "$CONSENT_HOME/undo.asadmin"
  asadmin multimode --file "$CONSENT_HOME/undo.asadmin" || log "$(basename "$file") failed; continuing"
done
rm -f "$CONSENT_HOME/undo.asadmin"
