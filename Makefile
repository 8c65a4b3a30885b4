# Two commands on a fresh machine: `make run` and `make test`. Everything else they need,
# they install: the virtualenv, the Python packages and (as root, with apt-get) the Debian
# packages for PDF checks and real-window tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEBIAN_PACKAGES := poppler-utils xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
DEMO_DIR ?= demo-world
export QT_QPA_PLATFORM ?= offscreen
# pip prints only errors: no version nag, no "already satisfied", no script-location notes.
PIP := $(BIN)/pip --quiet --disable-pip-version-check --no-input
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup system-packages run test lint typecheck unit bench clean

setup: $(STAMP) system-packages

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (Python packages; first run or pyproject.toml changed)…"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --upgrade pip
	@$(PIP) install -e ".[test]"
	@touch $(STAMP)

system-packages:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "Not root: please install$$missing (PDF and window tests need them)"; fi

run: setup
	@$(BIN)/python -m vsdesk.demo.world --dir $(DEMO_DIR)

lint: $(STAMP)
	@$(BIN)/ruff check --quiet src tests bench

typecheck: $(STAMP)
	@$(BIN)/mypy

# Both cores: the suite runs its real CLIs and hubs as subprocesses, so it parallelises well.
test: setup lint typecheck
	@$(BIN)/pytest -q -n auto --dist loadgroup

bench: setup
	@$(BIN)/python -m bench.run --out docs/benchmarks.md

clean:
	rm -rf $(VENV) $(DEMO_DIR) .mypy_cache .ruff_cache .pytest_cache .hypothesis
