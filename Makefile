# The two set-up commands (see README.md): `make shell` and `make test`.
.PHONY: shell test build release bench fuzz asan score-extract

# Build and start the shell on the built-in story.
shell: release
	./.build/release/dossier

# Run every test: unit, process and pseudo-terminal tests (they drive .build/debug/dossier, so it
# is built first), the Jupyter kernel's tests (Python, in the venv setup.sh --test makes), then
# build the shipped release binary and check it, and run each fuzzer briefly from its seeds with a
# fixed random seed (scripts/fuzz.sh --ci; the full run is `make fuzz`).
test:
	./scripts/setup.sh --test
	swift build
	swift test
	./Tests/Jupyter/run.sh
	swift build -c release
	./scripts/check-release.sh .build/release/dossier
	./scripts/fuzz.sh --ci

release:
	./scripts/setup.sh
	swift build -c release

build:
	./scripts/setup.sh
	swift build

# Benchmarks side by side with bc, GNU units and NumPy (see docs/performance.md).
bench: release
	./scripts/bench.sh

# Reliability (docs/security.md): the libFuzzer fuzzers, 10 million executions in all
# (make fuzz FUZZ_ARGS=--quick for a short run), and every test under AddressSanitizer.
fuzz:
	./scripts/fuzz.sh $(FUZZ_ARGS)

asan:
	./scripts/asan.sh

# The extractor's accuracy on its development set, the built-in article and CQE's test sets
# (docs/extraction.md).
score-extract:
	swift build
	python3 scripts/score-extract.py
