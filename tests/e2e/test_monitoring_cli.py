"""``vsdesk-hub school`` and ``vsdesk-hub report`` as an officer's shell runs them."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.fixtures import Cli, CliResult


def ok(result: CliResult) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_facts_then_a_return_then_a_comparison(hub_cli: Cli, tmp_path: Path) -> None:
    ok(hub_cli("init", "--name", "Cardiff", "--id", "cardiff"))
    ok(hub_cli("pupils", "generate", "--count", "40", "--seed", "11"))
    assert "No Virtual School facts" in ok(hub_cli("school"))
    ok(hub_cli("school", "set", "model=extended", "head-appointed=yes",
               "staff.2026-autumn.education-officer=2"))  # fmt: skip
    facts_file = tmp_path / "facts.csv"
    facts_file.write_text("key,value\nspend.2026-autumn.pdg-lac,12000\nmodel,new\n", "utf-8")
    assert "Recorded 2 change(s)" in ok(hub_cli("school", "import", str(facts_file)))

    refused = hub_cli("school", "set", "model=enormous", "head-appointed=no")
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: model: the value must be one of")
    shown = json.loads(ok(hub_cli("school", "--json")))
    assert shown == {
        "head-appointed": "yes",
        "model": "new",
        "spend.2026-autumn.pdg-lac": "12000",
        "staff.2026-autumn.education-officer": "2",
    }
    history = json.loads(ok(hub_cli("school", "--history", "--json")))
    assert [(h["key"], h["old"], h["new"]) for h in history][-1] == ("model", "extended", "new")
    assert all(h["actor"].startswith("cardiff:") for h in history)

    out = tmp_path / "cardiff"
    assert "Wrote 4 files" in ok(hub_cli("report", "monitoring", "--period", "2026-autumn",
                                         "--out", str(out)))  # fmt: skip
    again = hub_cli("report", "monitoring", "--period", "2026-autumn", "--out", str(out))
    assert again.returncode == 2 and "already exist" in again.stderr
    other = tmp_path / "summer"
    ok(hub_cli("report", "monitoring", "--period", "2026-summer", "--out", str(other)))

    compared = tmp_path / "compared"
    mixed = hub_cli("report", "compare", str(out / "indicators.csv"),
                    str(other / "indicators.csv"), "--out", str(compared))  # fmt: skip
    assert mixed.returncode == 1
    assert "different periods (2026-autumn, 2026-summer)" in mixed.stderr
    assert not compared.exists()
    copy = tmp_path / "powys" / "indicators.csv"
    copy.parent.mkdir()
    copy.write_bytes((out / "indicators.csv").read_bytes())
    ok(hub_cli("report", "compare", str(out / "indicators.csv"), str(copy), "--out",
               str(compared), "--lang", "cy"))  # fmt: skip
    header = (compared / "comparison.csv").read_text("utf-8").splitlines()[0]
    assert header.endswith(",cardiff,powys")
