#!/usr/bin/env bash
# ./consent bench: the benchmark of issue 5, run on demand (never in CI). Builds with -Pbench,
# starts its own embedded PostgreSQL (fresh, in consent-bench/target/run) and its own Payara domain
# consent-bench (port base 51800: HTTP 51880, admin 51848; database 51432; override with
# CONSENT_PORT_BASE / CONSENT_EMBEDDED_DB_PORT), deploys a copy of consent.ear with the classes of
# consent-bench.war added (the product EAR itself is never changed), runs the driver
# (com.consentmanager.bench.driver.Benchmark: dataset, measurements, table), stops everything.
# Options pass to the driver: --profiles 600000 --statuses 1000000 --checks 20000 --warmup 20000
# --rest-seconds 20 --clients 8 --figures abcde (e.g. --figures d: the dataset and the expiry sweep
# only, --figures e: the import; --only is the same option; smaller datasets are printed as
# REDUCED). The table is also kept
# in consent-bench/target/run/results.txt.
export CONSENT_PROFILE=bench
# Always its own database: the benchmark writes a million rows.
unset CONSENT_DB_URL CONSENT_DB_USER CONSENT_DB_PASSWORD CONSENT_DB_APP_USER CONSENT_DB_APP_PASSWORD
source "$(dirname "$0")/common.sh"
bin="$(cd "$(dirname "$0")" && pwd)"

cd "$ROOT_DIR"
if [ "${CONSENT_SKIP_BUILD:-false}" != true ]; then
  log "Building (./mvnw -Pbench package, tests skipped)"
  ./mvnw -B -q -Pbench package -DskipTests
fi
require_payara

stop_all() {
  trap - EXIT INT TERM
  if domain_running; then "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true; fi
  "$bin/db-stop.sh"
}
trap stop_all EXIT INT TERM

"$bin/db-stop.sh"
rm -rf "$CONSENT_HOME/pgdata"
"$bin/db-start.sh"
"$bin/domain-create.sh" --stop
# The expiry catch-up sweep (due at the first start) runs 1 s after start-up, on the empty database,
# not 60 s later in the middle of figure (d), which enables expiry on every purpose.
sed -i "s|<jvm-options>-Xmx1024m</jvm-options>|&<jvm-options>-Dconsent.expiry.catch-up-delay-seconds=1</jvm-options>|" \
  "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
# CONSENT_BENCH_SERVER_HEAP=512m runs the server with that -Xmx instead of the domain's 1024m
# (issue 8: the import must keep working under -Xmx512m).
if [ -n "${CONSENT_BENCH_SERVER_HEAP:-}" ]; then
  sed -i "s|<jvm-options>-Xmx1024m</jvm-options>|<jvm-options>-Xmx$CONSENT_BENCH_SERVER_HEAP</jvm-options>|" \
    "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
  log "Server heap: -Xmx$CONSENT_BENCH_SERVER_HEAP"
fi

CONSENT_ADMIN_PASSWORD="$(head -c 15 /dev/urandom | base64 | tr '+/' '-_')"
export CONSENT_ADMIN_PASSWORD
log "Starting Payara domain $DOMAIN"
"$ASADMIN" start-domain "$DOMAIN" >/dev/null

# A copy of consent.ear whose web module also holds consent-bench.war's classes (at /consent/bench)
# and descriptor. Not a web module of its own: Payara applies consent-web's Jakarta Security
# mechanism to every web module of the application, and fails (NullPointerException, 500) in one
# whose CDI beans do not include it.
ear_dir="$CONSENT_HOME/ear"
rm -rf "$ear_dir"
mkdir -p "$ear_dir/META-INF"
cp consent-ear/target/consent.ear "$ear_dir/consent.ear"
cp consent-bench/target/consent-bench.war "$ear_dir/"
cp consent-bench/src/main/ear/META-INF/glassfish-application.xml "$ear_dir/META-INF/"
(
  cd "$ear_dir"
  "$AS_JAVA/bin/jar" xf consent.ear consent-web.war
  "$AS_JAVA/bin/jar" xf consent-bench.war WEB-INF/classes WEB-INF/glassfish-ejb-jar.xml
  "$AS_JAVA/bin/jar" uf consent-web.war WEB-INF
  "$AS_JAVA/bin/jar" uf consent.ear consent-web.war META-INF/glassfish-application.xml
)
log "Deploying consent.ear with the benchmark classes"
asadmin deploy --force=true --name consent "$ear_dir/consent.ear" >/dev/null
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$HTTP_PORT/consent/bench/heap" >/dev/null 2>&1 \
     && curl -fsS "http://localhost:$HTTP_PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done

log "Benchmark (this takes several minutes)"
BENCH_DB_URL="$DB_URL" BENCH_DB_USER="$DB_USER" BENCH_DB_PASSWORD="$DB_PASSWORD" \
BENCH_HTTP="http://localhost:$HTTP_PORT" \
  "$AS_JAVA/bin/java" -Xmx2g -Dhttp.maxConnections=64 -cp "consent-bench/target/classes:consent-bench/target/driver-lib/*" \
  com.consentmanager.bench.driver.Benchmark "$@" | tee "$CONSENT_HOME/results.txt"
exit "${PIPESTATUS[0]}"
