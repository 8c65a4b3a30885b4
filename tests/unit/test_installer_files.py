"""The installers agree with the code on the bundle file type, the programs and the data folder.

The Windows installer cannot be built here, so what can be checked by reading it is checked:
it registers the extension the app writes, opens it with the program that imports it, installs
per user, and keeps the vault unless asked. The Linux package is built and run by
``make package-check``.
"""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from vsdesk.hub.http.app import BUNDLE_TYPE
from vsdesk.sync.bundle_format import BUNDLE_SUFFIX, MAGIC_PREFIX

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "resources" / "vsdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_linux_bundle_type_matches_the_code() -> None:
    mime = ET.parse(ROOT / "resources" / "vsdesk-mime.xml").getroot()
    kind = mime.find(f"{MIME_NS}mime-type")
    assert kind is not None and kind.get("type") == BUNDLE_TYPE
    assert [g.get("pattern") for g in kind.iter(f"{MIME_NS}glob")] == [f"*.{BUNDLE_SUFFIX}"]
    magic = next(kind.iter(f"{MIME_NS}match"))
    assert magic.get("value", "").encode() == MAGIC_PREFIX
    entry = desktop_entry()
    assert entry["MimeType"].split(";")[0] == BUNDLE_TYPE
    assert entry["Exec"] == "vsdesk-app %f"  # one file: vsdesk-app takes one bundle


def test_the_windows_installer_registers_vsbundle_for_the_window() -> None:
    script = (INSTALLER / "vsdesk.iss").read_text(encoding="utf-8")
    assert f'Subkey: "Software\\Classes\\.{BUNDLE_SUFFIX}"' in script
    assert '"""{app}\\vsdesk-app.exe"" ""%1"""' in script
    assert "PrivilegesRequired=lowest" in script  # no admin rights
    assert re.search(r"^Root: HKA;", script, re.MULTILINE)  # per-user classes, not HKLM


def test_the_windows_uninstaller_keeps_the_vault_unless_asked() -> None:
    script = (INSTALLER / "vsdesk.iss").read_text(encoding="utf-8")
    code = script.split("[Code]", 1)[1]
    assert "ExpandConstant('{localappdata}\\vsdesk')" in code
    assert "MB_DEFBUTTON2" in code  # the question's default is No
    silent = code.index("UninstallSilent()")
    assert code.index("'/REMOVEDATA'") < silent  # only the switch removes it when silent
    assert "[UninstallDelete]" not in script  # nothing else deletes files the app made


def test_the_spec_builds_the_three_programs() -> None:
    spec = (INSTALLER / "vsdesk.spec").read_text(encoding="utf-8")
    for program, script in (
        ("vsdesk-app", "run_vsdesk_app.py"),
        ("vsdesk", "run_vsdesk.py"),
        ("vsdesk-hub", "run_vsdesk_hub.py"),
    ):
        assert f'("{program}", "{script}"' in spec
        assert (INSTALLER / "entries" / script).exists()
