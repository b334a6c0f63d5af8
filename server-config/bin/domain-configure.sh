#!/usr/bin/env bash
# Applies every asadmin/NN-*.asadmin file (not the *.undo ones), in order, to the running domain;
# for the test profile, then every asadmin/test/NN-*.asadmin file (settings of the test domain only).
# Values (@DB_URL@...) are filled in from the environment into a copy under the data folder, so
# no credential is ever written into the repository.
source "$(dirname "$0")/common.sh"
require_payara

# In a multimode file a property value escapes ':' and '=' as '\\:' and a backslash as four.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/[:=]/\\\\&/g'; }

render() {
  shopt -u patsub_replacement 2>/dev/null || true
  local content
  content="$(cat "$1")"
  content="${content//@DB_URL@/$(escape "$DB_URL")}"
  content="${content//@DB_USER@/$(escape "$DB_USER")}"
  content="${content//@DB_PASSWORD@/$(escape "$DB_PASSWORD")}"
  content="${content//@DB_APP_USER@/$(escape "$DB_APP_USER")}"
  content="${content//@DB_APP_PASSWORD@/$(escape "$DB_APP_PASSWORD")}"
  content="${content//@SMTP_HOST@/$(escape "$SMTP_HOST")}"
  content="${content//@SMTP_PORT@/$(escape "$SMTP_PORT")}"
  content="${content//@MAIL_FROM@/$(escape "$MAIL_FROM")}"
  content="${content//@PUBLIC_URL@/$(escape "$PUBLIC_URL")}"
  content="${content//@IMAP_PORT@/$(escape "$MAIL_IMAP_PORT")}"
  content="${content//@REMOTE_CALLER_PASSWORD_FILE@/$remote_caller_password_file}"
  printf '%s\n' "$content"
}

# The server's own root answers with our pages, not Payara's welcome page (17-server-root.asadmin).
cp "$CONFIG_DIR"/docroot/*.html "$PAYARA_HOME/glassfish/domains/$DOMAIN/docroot/"

rendered_dir="$CONSENT_HOME/asadmin"
mkdir -p "$rendered_dir"
chmod 700 "$rendered_dir"
files=("$CONFIG_DIR"/asadmin/[0-9][0-9]-*.asadmin)
remote_caller_password_file=""
if [ "$CONSENT_PROFILE" = test ]; then
  files+=("$CONFIG_DIR"/asadmin/test/[0-9][0-9]-*.asadmin)
  # create-file-user reads the password from a file (AS_ADMIN_USERPASSWORD), deleted at the end.
  remote_caller_password_file="$rendered_dir/remote-caller.password"
  (umask 077; printf 'AS_ADMIN_USERPASSWORD=%s\n' \
    "${CONSENT_IT_REMOTE_PASSWORD:?CONSENT_IT_REMOTE_PASSWORD is required for the test profile}" > "$remote_caller_password_file")
  trap 'rm -f "$remote_caller_password_file"' EXIT
fi
for file in "${files[@]}"; do
  case "$file" in *.undo.asadmin) continue ;; esac
  target="$rendered_dir/$(basename "$file")"
  (umask 077; render "$file" | grep -v '^#' > "$target")
  log "asadmin $(basename "$file")"
  if ! asadmin multimode --file "$target" > "$rendered_dir/last-output.log" 2>&1; then
    rm -f "$target"
    grep -v -e 'executed successfully' -e infocmp "$rendered_dir/last-output.log" >&2
    log "$(basename "$file") failed"
    exit 1
  fi
  rm -f "$target"
done
