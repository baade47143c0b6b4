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
# Inputs at the nesting limits, on the default 8 MB stack: refused with error[limit], exit 1, never
# a crash (the parser counts its depth on the way down; calls carry a budget of nested levels).
deep=$(mktemp -d)
python3 - "$deep" <<'PY'
import sys
d = sys.argv[1]
open(d + "/signs.dos", "w").write("-" * 60000 + "1\n")
open(d + "/powers.dos", "w").write("2" + "^2" * 30000 + "\n")
body = ["fn g0(x) = x" + " + 1" * 395] + [f"fn g{i}(x) = 1" + " + 1" * 200 + f" + g{i-1}(x)" + " + 1" * 190 for i in range(1, 5)]
open(d + "/bodies.dos", "w").write("\n".join(body + ["g4(1)"]) + "\n")
open(d + "/calls.dos", "w").write("fn f(x) = x + 1\n" + "f(" * 1000 + "1" + ")" * 1000 + "\n")
PY
for f in signs powers bodies calls; do
  rc=0; err=$( (ulimit -s 8192; HOME=$deep NO_COLOR=1 "$bin" run "$deep/$f.dos" 2>&1 >/dev/null) ) || rc=$?
  [ "$rc" -eq 1 ] || fail "$f.dos at the nesting limits: exit $rc (expected 1, error[limit])"
  grep -q 'error\[limit\]' <<<"$err" || fail "$f.dos at the nesting limits: no error[limit] in: ${err:0:200}"
done
rm -rf "$deep"
out=$(HOME=$(mktemp -d) NO_COLOR=1 "$bin" -e ':help' </dev/null) || fail "$bin -e :help failed"
grep -q ':quit' <<<"$out" || fail "$bin -e :help does not list :quit"
echo "check-release: $bin is PIE, links libedit, carries the Swift and C++ runtimes, exports no Swift symbols, refuses deep input on an 8 MB stack, runs alone"
