#!/usr/bin/env bash
# After the integration tests: stop what it-prepare.sh started (Arquillian stops the domain, but
# a crashed run may have left it up).
export CONSENT_PROFILE=test
source "$(dirname "$0")/common.sh"

if domain_running; then "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true; fi
"$(dirname "$0")/db-stop.sh"
