# The two set-up commands (see README.md): `make shell` and `make test`.
.PHONY: shell test build release bench

# Build and start the shell on the built-in story.
shell: release
	./.build/release/dossier

# Run every test: unit, process and pseudo-terminal tests (they drive .build/debug/dossier, so it
# is built first), then build the shipped release binary and check it.
test:
	./scripts/setup.sh --test
	swift build
	swift test
	swift build -c release
	./scripts/check-release.sh .build/release/dossier

release:
	./scripts/setup.sh
	swift build -c release

build:
	./scripts/setup.sh
	swift build

# Benchmarks side by side with bc, GNU units and NumPy (see docs/performance.md).
bench: release
	./scripts/bench.sh
