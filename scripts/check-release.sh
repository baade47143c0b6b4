#!/bin/bash
# Checks the shipped binary (swift build -c release): it carries the Swift standard library and the
# C++ library statically, does not load libedit at start (the shell loads it with dlopen), runs
# on its own, and its shell does load libedit.
set -euo pipefail
bin=${1:-.build/release/dossier}
fail() { echo "check-release: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no binary at $bin"
libs=$(ldd "$bin")  # captured: grep -q on a pipe would end ldd early (SIGPIPE under pipefail)
grep -q 'libswiftCore' <<<"$libs" && fail "$bin links the Swift runtime dynamically (expected -static-stdlib)"
grep -q 'libstdc++' <<<"$libs" && fail "$bin links libstdc++ dynamically (expected linker/libstdc++.so to link it statically)"
grep -q 'libedit' <<<"$libs" && fail "$bin links libedit at start (expected it loaded only by the shell)"
out=$(HOME=$(mktemp -d) NO_COLOR=1 "$bin" -e ':help' </dev/null) || fail "$bin -e :help failed"
grep -q ':quit' <<<"$out" || fail "$bin -e :help does not list :quit"
# The shell on a terminal (script(1) gives it a pseudo-terminal): it loads libedit and starts.
if command -v script >/dev/null; then
  shell=$(printf ':quit\n' | HOME=$(mktemp -d) NO_COLOR=1 TERM=xterm timeout 20 script -qec "$bin" /dev/null 2>&1) \
    || fail "$bin did not start its shell on a terminal: $shell"
  grep -q ':help for commands' <<<"$shell" || fail "$bin shell printed no banner: $shell"
  echo "check-release: $bin runs alone, loads libedit only for its shell"
else
  echo "check-release: $bin runs alone (script(1) missing: the shell on a terminal was not tried)"
fi
