#!/bin/bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer): the test bundle and the
# dossier binary the end-to-end tests drive are both built with -sanitize=address, in their own
# build folder (.build-asan), so the normal build is untouched. A sanitizer report in a test makes
# that test fail; one in the binary makes it exit non-zero, which the end-to-end tests catch.
#
#   scripts/asan.sh                 build and run every test
#   scripts/asan.sh --filter X      only the tests matching X (as swift test --filter)
#
# libedit keeps a few allocations for the life of the process (its history and terminal tables),
# a known leak outside Dossier: scripts/lsan.supp suppresses it and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
./scripts/setup.sh --test
SCRATCH=$ROOT/.build-asan
echo "Building the tests and dossier with -sanitize=address in $SCRATCH ..."
swift build --build-tests --scratch-path "$SCRATCH" -Xswiftc -sanitize=address 2>&1 | grep -E "error|warning: |Build complete" | tail -20
# The end-to-end tests pass these variables on to the binary they start.
export LSAN_OPTIONS="suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
# No Swift backtracer on a crash: its helper reads memory ASan would report about itself.
export SWIFT_BACKTRACE=enable=no
export DOSSIER_BIN=$SCRATCH/debug/dossier
# AddressSanitizer's stack frames are several times larger than a debug build's: give the binary
# and the tests a 64 MiB stack, as its documentation advises, for inputs at the nesting limits.
ulimit -s 65536
swift test --skip-build --scratch-path "$SCRATCH" "$@"
