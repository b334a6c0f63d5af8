# Shared settings of the server-config scripts. Sourced, never run.
# Every value can be overridden from the environment; nothing secret is stored in the repository.

set -euo pipefail

CONFIG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "$CONFIG_DIR/.." && pwd)"
PAYARA_HOME="${PAYARA_HOME:-$CONFIG_DIR/target/payara6}"
ASADMIN="$PAYARA_HOME/bin/asadmin"

# Payara 6 needs JDK 17 for its ORB (remote EJBs): see PLATFORM.md.
if [ -z "${AS_JAVA:-}" ]; then
  for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-17-jdk-amd64 "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then AS_JAVA="$candidate"; break; fi
  done
fi
export AS_JAVA

# Profile "run" (the README run command), "test" (the integration tests) or "bench" (the benchmark).
CONSENT_PROFILE="${CONSENT_PROFILE:-run}"
if [ "$CONSENT_PROFILE" = test ]; then
  CONSENT_HOME="${CONSENT_HOME:-$ROOT_DIR/consent-ear/target/it}"
  DOMAIN="${CONSENT_DOMAIN:-consent-test}"
  PORT_BASE="${CONSENT_PORT_BASE:-14800}"
  EMBEDDED_DB_PORT="${CONSENT_EMBEDDED_DB_PORT:-15432}"
elif [ "$CONSENT_PROFILE" = bench ]; then
  CONSENT_HOME="${CONSENT_HOME:-$ROOT_DIR/consent-bench/target/run}"
  DOMAIN="${CONSENT_DOMAIN:-consent-bench}"
  PORT_BASE="${CONSENT_PORT_BASE:-51800}"
  EMBEDDED_DB_PORT="${CONSENT_EMBEDDED_DB_PORT:-51432}"
else
  CONSENT_HOME="${CONSENT_HOME:-$ROOT_DIR/.consent}"
  DOMAIN="${CONSENT_DOMAIN:-consent}"
  PORT_BASE="${CONSENT_PORT_BASE:-}"
  EMBEDDED_DB_PORT="${CONSENT_EMBEDDED_DB_PORT:-5433}"
fi
if [ -n "$PORT_BASE" ]; then
  ADMIN_PORT=$((PORT_BASE + 48)); HTTP_PORT=$((PORT_BASE + 80)); HTTPS_PORT=$((PORT_BASE + 81))
  IIOP_PORT=$((PORT_BASE + 37))
else
  ADMIN_PORT=4848; HTTP_PORT=8080; HTTPS_PORT=8181; IIOP_PORT=3700
fi
mkdir -p "$CONSENT_HOME"
DB_PID_FILE="$CONSENT_HOME/postgres.pid"
DB_LOG="$CONSENT_HOME/postgres.log"

# The database: an external PostgreSQL when CONSENT_DB_URL is set, else the embedded one. Two roles
# (docs/operations-guide.md, "Two roles"): DB_USER owns the schema and runs the migrations (and the
# server's EJB timer table); DB_APP_USER, which owns nothing, is the application's pool.
if [ -n "${CONSENT_DB_URL:-}" ]; then
  EMBEDDED_DB=false
  DB_URL="$CONSENT_DB_URL"
  DB_USER="${CONSENT_DB_USER:?CONSENT_DB_USER (the schema owner) is required with CONSENT_DB_URL}"
  DB_PASSWORD="${CONSENT_DB_PASSWORD:?CONSENT_DB_PASSWORD is required with CONSENT_DB_URL}"
  DB_APP_USER="${CONSENT_DB_APP_USER:?CONSENT_DB_APP_USER (the application role, owning nothing) is required with CONSENT_DB_URL}"
  DB_APP_PASSWORD="${CONSENT_DB_APP_PASSWORD:?CONSENT_DB_APP_PASSWORD is required with CONSENT_DB_URL}"
else
  EMBEDDED_DB=true
  DB_URL="jdbc:postgresql://localhost:$EMBEDDED_DB_PORT/consent"
  DB_USER=consent
  DB_APP_USER=consent_app
  # Random passwords per data folder: the embedded server only listens on localhost.
  for secret in db-password db-app-password; do
    if [ ! -s "$CONSENT_HOME/$secret" ]; then
      (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$CONSENT_HOME/$secret")
    fi
  done
  DB_PASSWORD="$(cat "$CONSENT_HOME/db-password")"
  DB_APP_PASSWORD="$(cat "$CONSENT_HOME/db-app-password")"
fi

SMTP_HOST="${CONSENT_SMTP_HOST:-localhost}"
if [ -n "$PORT_BASE" ]; then DEFAULT_SMTP_PORT=$((PORT_BASE + 25)); else DEFAULT_SMTP_PORT=2525; fi
SMTP_PORT="${CONSENT_SMTP_PORT:-$DEFAULT_SMTP_PORT}"
# Without CONSENT_SMTP_HOST the run command starts GreenMail standalone on SMTP_PORT: it captures
# every mail (nothing leaves the machine); read them over its HTTP API or IMAP (any password).
if [ -z "${CONSENT_SMTP_HOST:-}" ] && [ "$CONSENT_PROFILE" = run ]; then LOCAL_MAIL=true; else LOCAL_MAIL=false; fi
if [ -n "$PORT_BASE" ]; then MAIL_API_PORT=$((PORT_BASE + 26)); MAIL_IMAP_PORT=$((PORT_BASE + 43)); else MAIL_API_PORT=2580; MAIL_IMAP_PORT=2143; fi
MAIL_PID_FILE="$CONSENT_HOME/greenmail.pid"
MAIL_LOG="$CONSENT_HOME/greenmail.log"
# The address participants reach the public pages at (links in confirmation mails).
PUBLIC_URL="${CONSENT_PUBLIC_URL:-http://localhost:$HTTP_PORT/consent}"
MAIL_FROM="${CONSENT_MAIL_FROM:-consent@localhost}"

export TERM="${TERM:-dumb}"

log() { printf '[consent] %s\n' "$*" >&2; }

asadmin() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }

require_payara() {
  if [ ! -x "$ASADMIN" ]; then
    log "Payara is not provisioned in $PAYARA_HOME: run ./mvnw -pl server-config package first"
    exit 1
  fi
}

domain_running() {
  "$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN running"
}
