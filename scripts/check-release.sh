#!/bin/bash
# Checks the shipped binary (swift build -c release): it links libedit dynamically, carries the
# Swift standard library statically, and runs on its own.
set -euo pipefail
bin=${1:-.build/release/dossier}
fail() { echo "check-release: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no binary at $bin"
libs=$(ldd "$bin")  # captured: grep -q on a pipe would end ldd early (SIGPIPE under pipefail)
grep -q 'libedit\.so' <<<"$libs" || fail "$bin does not link libedit.so"
grep -q 'libswiftCore' <<<"$libs" && fail "$bin links the Swift runtime dynamically (expected -static-stdlib)"
out=$(HOME=$(mktemp -d) NO_COLOR=1 "$bin" -e ':help' </dev/null) || fail "$bin -e :help failed"
grep -q ':quit' <<<"$out" || fail "$bin -e :help does not list :quit"
echo "check-release: $bin links libedit, runs alone"
