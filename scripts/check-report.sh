#!/bin/bash
# Checks exported HTML reports in a browser: html5lib (strict), headless Chromium offline (no
# console errors, no requests), a screenshot and --print-to-pdf with its page count.
# Python packages come from PyPI into a venv made on first use; Chromium from scripts/setup.sh --test.
# usage: scripts/check-report.sh OUT_DIR MIN_PAGES MAX_PAGES PAGE.html...
set -eu
venv="${DOSSIER_REPORT_VENV:-/tmp/dossier-report-venv}"
if ! "$venv/bin/python" -c 'import html5lib, pypdf, websocket' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q html5lib==1.1 pypdf websocket-client
fi
command -v "${CHROMIUM:-chromium}" >/dev/null || { echo "chromium is not installed: run scripts/setup.sh --test" >&2; exit 2; }
exec "$venv/bin/python" "$(dirname "$0")/check-report.py" "$@"
