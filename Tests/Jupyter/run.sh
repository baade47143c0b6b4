#!/bin/bash
# The Jupyter tests (make test): the conformance suite, every example notebook through nbclient
# and back, interrupt, restart and shutdown, against .build/debug/dossier (or $DOSSIER) with the
# kernelspec installed in a temporary JUPYTER_PATH. scripts/setup.sh --test makes .build-venv.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.build-venv"
[ -x "$venv/bin/python" ] || { echo "run scripts/setup.sh --test first (it makes $venv)" >&2; exit 2; }
export DOSSIER="${DOSSIER:-$root/.build/debug/dossier}"
# Jupyter's own files (runtime connection files, config) stay out of the user's home.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export JUPYTER_RUNTIME_DIR="$scratch/runtime" JUPYTER_CONFIG_DIR="$scratch/config" JUPYTER_DATA_DIR="$scratch/data"
export JUPYTER_PLATFORM_DIRS=1 PYTHONDONTWRITEBYTECODE=1
cd "$root/Tests/Jupyter"
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider "${@:-.}"
