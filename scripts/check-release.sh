#!/bin/bash
# Checks the shipped binary (swift build -c release) keeps what Package.swift promises: a
# position-independent executable (ELF type DYN, so the loader randomises its addresses), libedit
# linked dynamically, the Swift runtime and the C++ library linked in, no export of its own
# symbols, and that it runs on its own.
set -euo pipefail
bin=${1:-.build/release/dossier}
fail() { echo "check-release: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no binary at $bin"
header=$(readelf -h "$bin")
grep -Eq 'Type:[[:space:]]+DYN' <<<"$header" || fail "$bin is not a position-independent executable (readelf -h: $(grep Type: <<<"$header"))"
libs=$(ldd "$bin")  # captured: grep -q on a pipe would end ldd early (SIGPIPE under pipefail)
grep -q 'libedit\.so' <<<"$libs" || fail "$bin does not link libedit.so"
grep -q 'libswiftCore' <<<"$libs" && fail "$bin links the Swift runtime dynamically (expected -static-stdlib)"
grep -q 'libstdc++' <<<"$libs" && fail "$bin links libstdc++ dynamically (expected linker/libstdc++.so to link it in)"
# --no-export-dynamic: the dynamic symbol table holds only what the binary imports, not the
# thousands of Swift symbols it defines.
exported=$(readelf --dyn-syms -W "$bin" | awk '$7 != "UND" && $8 ~ /^\$s/' | wc -l)
[ "$exported" -lt 50 ] || fail "$bin exports $exported Swift symbols (expected --no-export-dynamic)"
out=$(HOME=$(mktemp -d) NO_COLOR=1 "$bin" -e ':help' </dev/null) || fail "$bin -e :help failed"
grep -q ':quit' <<<"$out" || fail "$bin -e :help does not list :quit"
echo "check-release: $bin is PIE, links libedit, carries the Swift and C++ runtimes, exports no Swift symbols, runs alone"
