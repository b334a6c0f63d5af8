#!/usr/bin/env bash
# The README's test command: installs what a fresh machine lacks for the browser tests (Debian's
# chromium and chromium-driver), then runs every test: unit tests, Arquillian in-container and
# black-box tests on a managed Payara Server 6 against a real PostgreSQL, Selenium in headless
# Chromium. Extra arguments go to Maven.
set -euo pipefail
ROOT_DIR="$(cd "$(dirname "$0")/../.." && pwd)"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "[consent] Installing chromium and chromium-driver (browser tests)" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
cd "$ROOT_DIR"
exec ./mvnw -B verify "$@"
