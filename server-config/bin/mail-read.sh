#!/usr/bin/env bash
# ./consent mail ADDRESS: what the local mail server received for ADDRESS (subjects and links), read
# from GreenMail's HTTP API, so a demo can click a confirmation link from a real mail.
export CONSENT_PROFILE=run
source "$(dirname "$0")/common.sh"

address="${1:?usage: ./consent mail ADDRESS}"
if [ "$LOCAL_MAIL" = false ]; then
  log "Mails go to $SMTP_HOST:$SMTP_PORT (CONSENT_SMTP_HOST): read them there"
  exit 1
fi
# GreenMail answers 400 for an address that never received anything: that is "no mail", not an error.
status="$(curl -sS -o "$CONSENT_HOME/mail-read.json" -w '%{http_code}' "http://127.0.0.1:$MAIL_API_PORT/api/user/$address/messages/INBOX")" || {
  log "The local mail server does not answer on port $MAIL_API_PORT: is ./consent run running?"
  exit 1
}
if [ "$status" = 400 ] || [ "$status" = 404 ]; then
  log "0 mail(s) for $address"
  exit 0
elif [ "$status" != 200 ]; then
  log "The local mail server answered $status for $address"
  exit 1
fi
json="$(cat "$CONSENT_HOME/mail-read.json")"
rm -f "$CONSENT_HOME/mail-read.json"
# Each message is one JSON object; its MIME source is quoted-printable (soft line breaks "=\r\n",
# "=" written "=3D"), which is undone before looking for links.
printf '%s' "$json" | sed 's/},{"uid"/}\n{"uid"/g' | while IFS= read -r message || [ -n "$message" ]; do
  [ -n "$message" ] && [ "$message" != "[]" ] || continue
  subject="$(printf '%s' "$message" | sed -n 's/.*"subject":"\([^"]*\)".*/\1/p')"
  printf 'Subject: %s\n' "$subject"
  printf '%s' "$message" | sed 's/=\\r\\n//g; s/=3D/=/g' | grep -o 'https\?://[^"<> \\]*' | sort -u | sed 's/^/  /'
done
count="$(printf '%s' "$json" | grep -o '"uid"' | wc -l)"
log "$count mail(s) for $address"
