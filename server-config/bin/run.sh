#!/usr/bin/env bash
# The README's run command: builds the EAR, provisions and configures Payara Server 6, starts the
# database (embedded PostgreSQL 15 unless CONSENT_DB_URL is set), a local mail server (GreenMail,
# unless CONSENT_SMTP_HOST is set) and the server, deploys, and prints the console URL, the API
# base URL, the login and where to read mails. Ctrl-C stops everything it started.
export CONSENT_PROFILE=run
source "$(dirname "$0")/common.sh"

cd "$ROOT_DIR"
if [ "${CONSENT_SKIP_BUILD:-false}" != true ]; then
  log "Building (./mvnw package, tests skipped: run them with ./consent test)"
  ./mvnw -B -q package -DskipTests
fi
require_payara

stop_all() {
  trap - INT TERM
  log "Stopping"
  if domain_running; then "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true; fi
  "$(dirname "$0")/db-stop.sh"
  "$(dirname "$0")/mail-stop.sh"
  log "Stopped"
  exit 0
}
trap stop_all INT TERM

# A new embedded database has no EJB timer table yet: the domain is then recreated, which makes it.
fresh_database=false
if [ "$EMBEDDED_DB" = true ] && [ ! -d "$CONSENT_HOME/pgdata" ]; then fresh_database=true; fi
"$(dirname "$0")/db-start.sh"
"$(dirname "$0")/mail-start.sh"

# The domain is made by the scripts only: recreate it whenever they changed since it was made.
config_sum="$(cat "$CONFIG_DIR"/asadmin/*.asadmin "$CONFIG_DIR"/bin/domain-*.sh | sha256sum | cut -c1-16)-$DB_URL"
sum_file="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/consent-config.sum"
if [ "$fresh_database" = true ] || [ ! -f "$sum_file" ] || [ "$(cat "$sum_file")" != "$config_sum" ]; then
  "$(dirname "$0")/domain-create.sh" --stop
  echo "$config_sum" > "$sum_file"
elif domain_running; then
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
fi

generated_password=false
if [ -z "${CONSENT_ADMIN_PASSWORD:-}" ]; then
  CONSENT_ADMIN_PASSWORD="$(head -c 15 /dev/urandom | base64 | tr '+/' '-_')"
  generated_password=true
fi
export CONSENT_ADMIN_PASSWORD
server_log="$PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
log_lines_before=$(cat "$server_log" 2>/dev/null | wc -l)
log "Starting Payara domain $DOMAIN"
"$ASADMIN" start-domain "$DOMAIN" >/dev/null
# A domain that already holds the application (a second run) loads it again while it starts, after
# start-domain has returned: deploying over that load fails (NameAlreadyBoundException on the remote
# EJB names). Wait until that load has ended, well or not, before deploying the new build.
if grep -q '<application [^>]*name="consent"' "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"; then
  log "Waiting for the previous deployment to load"
  for _ in $(seq 1 240); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP_PORT/consent/" || true)"
    if [ "$code" != 404 ] && [ "$code" != 000 ]; then break; fi
    if tail -n +"$((log_lines_before + 1))" "$server_log" | grep -q "Exception while loading the app"; then break; fi
    sleep 1
  done
fi
log "Deploying consent.ear"
asadmin deploy --force=true --name consent "$ROOT_DIR/consent-ear/target/consent.ear" >/dev/null

for _ in $(seq 1 60); do
  if curl -fsS "http://localhost:$HTTP_PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
health="$(curl -sS "http://localhost:$HTTP_PORT/health/ready" || true)"

cat <<INFO

  Consent Manager is running.
    Console   http://localhost:$HTTP_PORT/consent/
    API       http://localhost:$HTTP_PORT/consent/api/v1   (e.g. /channels; an API key from the console as Bearer, or HTTP Basic with a console login)
    OpenAPI   http://localhost:$HTTP_PORT/consent/api/v1/openapi.json   (or .yaml)
    Health    http://localhost:$HTTP_PORT/health/ready  $health
INFO
if tail -n +"$((log_lines_before + 1))" "$server_log" | grep -q "Created the first console administrator"; then
  if [ "$generated_password" = true ]; then
    printf '    Login     admin / %s   (generated now and shown once: note it)\n' "$CONSENT_ADMIN_PASSWORD"
  else
    printf '    Login     admin / the password in CONSENT_ADMIN_PASSWORD\n'
  fi
else
  printf '    Login     admin / the password printed at the first run (this database already had its administrator)\n'
fi
cat <<INFO
    Database  $DB_URL
INFO
if [ "$LOCAL_MAIL" = true ]; then
  cat <<INFO
    Mail      every mail is captured by the local mail server (nothing leaves this machine):
              ./consent mail ADDRESS   lists what ADDRESS received, with its links
              http://127.0.0.1:$MAIL_API_PORT/api/user/ADDRESS/messages/INBOX   (GreenMail API, JSON)
              IMAP 127.0.0.1:$MAIL_IMAP_PORT, user ADDRESS, any password   (e.g. Thunderbird)
INFO
else
  printf '    Mail      sent through %s:%s\n' "$SMTP_HOST" "$SMTP_PORT"
fi
cat <<INFO
    Logs      $server_log

  Press Ctrl-C to stop the server, the database and the mail server (or run ./consent stop from another terminal).

INFO
while true; do sleep 3600 & wait $!; done
