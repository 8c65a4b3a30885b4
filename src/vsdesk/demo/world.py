"""``make run``: build (once) a demo world and start the app on it.

The world is a folder of fictional data: a teacher's vault filled with synthetic pupils,
opened with a passphrase printed on screen (demo data only, never real pupils). Until the
window exists (a later issue) the app "starts" by listing the pupils and showing how to use
the command line on them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vsdesk.cli.main import main as vsdesk_main
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

DEMO_PASSPHRASE = "demo passphrase - fictional pupils only"
DEMO_PUPILS = 40
DEMO_SEED = 2026


def build(directory: Path) -> Path:
    """Create the demo world's vault if it is not there yet; return its folder."""
    vault_dir = directory / "teacher"
    if not Vault.exists(vault_dir):
        vault = Vault.create(vault_dir, DEMO_PASSPHRASE, owner="Demo Teacher")
        PupilService(vault, "Demo Teacher").add_demo(DEMO_PUPILS, DEMO_SEED)
        vault.lock()
    return vault_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path("demo-world"))
    args = parser.parse_args(argv)
    vault_dir = build(args.dir)
    os.environ["VSDESK_PASSPHRASE"] = DEMO_PASSPHRASE
    print(f"Demo world in {args.dir}/ (fictional pupils only).")
    print(f'Passphrase: "{DEMO_PASSPHRASE}"\n')
    code = vsdesk_main(["--data", str(vault_dir), "pupils"])
    print(
        "\nTry:  export VSDESK_DATA=" + str(vault_dir) + f" VSDESK_PASSPHRASE='{DEMO_PASSPHRASE}'"
        "\n      .venv/bin/vsdesk pupils show <ID>"
        "\n      .venv/bin/vsdesk edit <ID> attendance.percent=95 voice.pupil='…'"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
