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

.PHONY: setup system-packages run test lint typecheck unit bench clean translations translations-update resources screenshots installer installer-packages package package-check

setup: $(STAMP) system-packages

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (Python packages; first run or pyproject.toml changed)…"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --upgrade pip
	@$(PIP) install -e ".[test]"
	@$(BIN)/python -m compileall -q src
	@touch $(STAMP)

system-packages:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "Not root: please install$$missing (PDF and window tests need them)"; fi

# Builds the demo world (once), then opens the window on the teacher's vault. The demo flag
# makes the unlock dialog show the demo's passphrase; no other vault ever shows a hint.
run: setup
	@$(BIN)/python -m vsdesk.demo.world --dir $(DEMO_DIR)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" != Linux ]; then \
	  env -u QT_QPA_PLATFORM $(BIN)/vsdesk-app --data $(DEMO_DIR)/teacher --demo; \
	else echo "No display here: run '$(BIN)/vsdesk-app --data $(DEMO_DIR)/teacher --demo' on a desktop."; fi

# What the package ships, built from resources/: the compiled Welsh translation and the icons.
# tests/gui/test_resources.py fails when these are older than their sources.
UI_PKG := src/vsdesk/ui
# After changing strings in src/vsdesk/ui: `make translations-update`, translate the new
# entries in the .ts (pyside6-linguist, or by hand), then `make resources`.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find $(UI_PKG) -name '*.py' | sort) \
	  -ts resources/translations/vsdesk_cy.ts -target-language cy_GB -no-obsolete -locations none

translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/translations/vsdesk_cy.ts -qm $(UI_PKG)/translations/vsdesk_cy.qm

resources: translations
	mkdir -p $(UI_PKG)/icons
	cp resources/icons/*.svg $(UI_PKG)/icons/

# Every screen in English and Welsh, at 100 % and at 200 % (docs/screenshots/, hidpi/).
screenshots: setup
	$(BIN)/python -m vsdesk.ui.screenshots --out docs/screenshots
	QT_SCALE_FACTOR=2 $(BIN)/python -m vsdesk.ui.screenshots --out docs/screenshots/hidpi

lint: $(STAMP)
	@$(BIN)/ruff check --quiet src tests bench installer

typecheck: $(STAMP)
	@$(BIN)/mypy

# Both cores. Hypothesis gets a fresh seed each run (HYPOTHESIS_SEED=N replays one), printed
# first so a failure can be reproduced; the slowest tests are listed last.
test: setup lint typecheck
	@seed=$${HYPOTHESIS_SEED:-$$($(BIN)/python -c 'import secrets; print(secrets.randbelow(2**32))')}; \
	echo "Hypothesis seed: $$seed (replay with HYPOTHESIS_SEED=$$seed make test)"; \
	$(BIN)/pytest -q -n auto --dist loadgroup --durations=15 --hypothesis-seed=$$seed

bench: setup
	@$(BIN)/python -m bench.run --out docs/benchmarks.md

# --- installers (docs/installers.md) ---------------------------------------------------------
# `make installer`: the PyInstaller one-folder build for this system, in dist/vsdesk/.
# `make package`: on Debian/Ubuntu, that folder as dist/vsdesk_<version>_<arch>.deb.
# `make package-check`: the .deb extracted into a temp root (no root needed) and both
# programs' --self-test run from it; CI runs it after `make test`.
INSTALLER_STAMP := $(VENV)/.installer-stamp
# objdump (binutils) for PyInstaller and the .deb's Depends, dpkg-deb, and the libraries the
# Qt plugins load from the system, so that their packages can be named in Depends.
INSTALLER_DEBIAN_PACKAGES := binutils dpkg libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
	libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libcups2 libdbus-1-3 \
	libfontconfig1 libegl1 libgl1

$(INSTALLER_STAMP): pyproject.toml | $(STAMP)
	@$(PIP) install -e ".[test,installer]"
	@touch $(INSTALLER_STAMP)

installer-packages:
	@$(MAKE) --no-print-directory system-packages DEBIAN_PACKAGES="$(INSTALLER_DEBIAN_PACKAGES)"

installer: setup $(INSTALLER_STAMP) installer-packages
	@rm -rf dist/vsdesk
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  installer/vsdesk.spec
	@du -sh dist/vsdesk

# DEB_XZ_LEVEL=1 (CI) compresses in a quarter of the time, for a package 15 % larger.
DEB_XZ_LEVEL ?= 6
package: installer
	$(BIN)/python installer/deb.py build --xz-level $(DEB_XZ_LEVEL)

package-check: package
	$(BIN)/python installer/deb.py check

clean:
	rm -rf $(VENV) $(DEMO_DIR) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist
