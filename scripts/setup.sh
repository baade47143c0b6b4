#!/bin/bash
# Installs what building and testing Dossier needs on Debian, when it is missing:
# libedit-dev (pkg-config must find libedit), libcmark-dev and pkg-config; libzmq3-dev and
# libsodium-dev (the Jupyter kernel's headers; `dossier kernel` loads the libraries when it starts);
# with --test also the tools the tests drive (tmux, GNU units, bc, strace, python3-venv for nbformat
# and html5lib, headless Chromium for the HTML report's page tests) and the Python environment of
# the Jupyter tests (.build-venv: jupyter_client, nbclient, nbformat, jupyter_kernel_test, pytest,
# and ipykernel for the side-by-side benchmark). As root it runs apt-get; otherwise it says which
# packages to install and the sudo command.
set -eu
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libedit 2>/dev/null || need+=(libedit-dev)
# the HTML report renders notes with libcmark, opened when first needed (Sources/Notebook/Export/CMark.swift)
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev)
# the release link takes the C++ library statically (linker/libstdc++.so names libstdc++.a)
compgen -G '/usr/lib/gcc/*/*/libstdc++.a' >/dev/null || need+=(libstdc++-12-dev)
[ -e /usr/include/zmq.h ] && compgen -G '/usr/lib/*/libzmq.so.5' >/dev/null || need+=(libzmq3-dev)
[ -e /usr/include/sodium.h ] && compgen -G '/usr/lib/*/libsodium.so.23' >/dev/null || need+=(libsodium-dev)
if [ "${1:-}" = "--test" ]; then
  command -v tmux >/dev/null 2>&1 || need+=(tmux)
  command -v units >/dev/null 2>&1 || need+=(units)
  command -v bc >/dev/null 2>&1 || need+=(bc)
  command -v strace >/dev/null 2>&1 || need+=(strace)  # the fault-injection tests
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)  # loads, screenshots and prints exported reports
fi
install_packages() {
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Dossier needs these Debian packages: ${need[*]}" >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "installing ${need[*]} ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}
install_packages
# The Jupyter tests' Python environment, made once (Tests/Jupyter/run.sh uses it).
if [ "${1:-}" = "--test" ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.build-venv"
  if ! "$venv/bin/python" -c 'import jupyter_client, nbclient, nbformat, jupyter_kernel_test, pytest, ipykernel' >/dev/null 2>&1; then
    echo "creating $venv (jupyter_client, nbclient, nbformat, jupyter_kernel_test, pytest, ipykernel) ..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q jupyter_client nbclient nbformat jupyter_kernel_test pytest ipykernel >&2
  fi
fi
