# The two set-up commands (see README.md): `make shell` and `make test`.
.PHONY: shell test build release

# Build and start the shell on the built-in story.
shell: release
	./.build/release/dossier

# Run every test: unit, process and pseudo-terminal tests, and the example notebooks.
test:
	./scripts/setup.sh --test
	swift build -c release
	swift test

release:
	./scripts/setup.sh
	swift build -c release

build:
	./scripts/setup.sh
	swift build
