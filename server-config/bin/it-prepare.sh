#!/usr/bin/env bash
# Before the integration tests: a fresh database (embedded unless CONSENT_DB_URL is set) and a
# freshly created and configured test domain, left stopped for Arquillian to start.
export CONSENT_PROFILE=test
source "$(dirname "$0")/common.sh"
require_payara

"$(dirname "$0")/db-stop.sh"
if [ "$EMBEDDED_DB" = true ]; then rm -rf "$CONSENT_HOME/pgdata"; fi
"$(dirname "$0")/db-start.sh"
"$(dirname "$0")/domain-create.sh" --stop
# The test JVM's temporary folder (java.io.tmpdir, set by consent-ear's failsafe configuration).
mkdir -p "$ROOT_DIR/consent-ear/target/tmp"
