"""``vsdesk pack`` and ``packs`` are careful with files, and the packs they write say who
printed them and nothing else."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from cli_kit import OWNER, Run
from pypdf import PdfReader

from vsdesk.services.synthetic import generate_pupils


def first_pupil(run: Run) -> dict[str, str]:
    return json.loads(run("pupils", "--json").out)[0]  # type: ignore[no-any-return]


def text_of(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_pack_adds_pdf_and_never_overwrites_without_force(run: Run, tmp_path: Path) -> None:
    pupil = first_pupil(run)["id"]
    made = run("pack", pupil, "--out", str(tmp_path / "meeting"), "--lang", "en")
    assert made.code == 0, made.err
    out = tmp_path / "meeting.pdf"
    assert out.exists() and not (tmp_path / "meeting").exists()
    before = out.read_bytes()
    again = run("pack", pupil, "--out", str(out))
    assert again.code == 2 and "already exists" in again.err and "--force" in again.err
    assert out.read_bytes() == before
    forced = run("pack", pupil, "--out", str(out), "--force")
    assert forced.code == 0, forced.err


def test_nothing_is_written_into_the_data_folder_even_with_force(run: Run, data_dir: Path) -> None:
    pupil = first_pupil(run)["id"]
    before = sorted(p.name for p in data_dir.rglob("*"))
    for target in (data_dir / "pack.pdf", data_dir / "sub" / "pack.pdf", data_dir / "vault.db"):
        refused = run("pack", pupil, "--out", str(target), "--force")
        assert refused.code == 2 and "data folder" in refused.err
    folder = run("packs", "--from", "2026-01-01", "--to", "2027-12-31", "--out", str(data_dir))
    assert folder.code == 2 and "data folder" in folder.err
    assert sorted(p.name for p in data_dir.rglob("*")) == before


def test_printed_by_is_the_vault_owner_and_the_metadata_is_neutral(
    run: Run, tmp_path: Path
) -> None:
    pupil = first_pupil(run)
    out = tmp_path / "pack.pdf"
    assert run("pack", pupil["id"], "--out", str(out), "--lang", "en").code == 0
    text = text_of(out)
    assert f"Printed by: {OWNER}" in text
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.title == "PEP meeting pack" and not meta.author
    assert pupil["name"].split()[0] not in str(dict(meta))


def test_packs_makes_its_folder_and_lists_which_file_is_which_pupil(
    run: Run, tmp_path: Path
) -> None:
    listed = json.loads(run("pupils", "--json").out)
    start = date(2026, 11, 23)
    end = start + timedelta(days=60)
    due = {p["id"]: p["name"] for p in listed if p["next_meeting"]}
    folder = tmp_path / "new" / "packs"
    made = run("packs", "--from", start.isoformat(), "--to", end.isoformat(), "--out", str(folder))
    assert made.code == 0, made.err
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == len(due) > 0
    for name in written:
        pupil_id = name.removeprefix("pep-pack-")[:12]
        assert f"{name}  {due[pupil_id]}" in made.out  # the listing pairs file and pupil
        assert not any(part in name for part in due[pupil_id].split())
    again = run("packs", "--from", start.isoformat(), "--to", end.isoformat(), "--out", str(folder))
    assert again.code == 2 and "--force" in again.err and "Nothing was written" in again.err


def test_a_pack_password_needs_ten_characters_or_is_generated(run: Run, tmp_path: Path) -> None:
    pupil = first_pupil(run)["id"]
    short = run("pack", pupil, "--out", str(tmp_path / "a.pdf"), "--password-env", "PACK_PW")
    assert short.code == 2 and "PACK_PW" in short.err
    import os

    os.environ["PACK_PW"] = "short-pw1"
    try:
        refused = run("pack", pupil, "--out", str(tmp_path / "a.pdf"), "--password-env", "PACK_PW")
        assert refused.code == 2 and "10 characters" in refused.err
        os.environ["PACK_PW"] = "long-enough-pw"
        ok = run("pack", pupil, "--out", str(tmp_path / "a.pdf"), "--password-env", "PACK_PW")
        assert ok.code == 0 and "long-enough-pw" not in ok.out
        assert "OFFICIAL-SENSITIVE" in text_of(tmp_path / "a.pdf", "long-enough-pw")
    finally:
        del os.environ["PACK_PW"]
    made = run("pack", pupil, "--out", str(tmp_path / "g.pdf"), "--password", "generate")
    assert made.code == 0, made.err
    password = made.out.strip().splitlines()[-1].rsplit(": ", 1)[1]
    assert len(password) >= 20
    assert PdfReader(tmp_path / "g.pdf").is_encrypted
    assert "OFFICIAL-SENSITIVE" in text_of(tmp_path / "g.pdf", password)


def test_the_pack_language_follows_the_pupil_unless_lang_is_given(run: Run, tmp_path: Path) -> None:
    demo = generate_pupils(8, 3)  # the vault's pupils: same seed, same world
    welsh = next(p for p in demo if p.pupil.first_language == "welsh")
    assert run("pack", welsh.id, "--out", str(tmp_path / "w.pdf")).code == 0
    both = text_of(tmp_path / "w.pdf")
    assert "SWYDDOGOL-SENSITIF" in both and "OFFICIAL-SENSITIVE" in both
    assert run("pack", welsh.id, "--out", str(tmp_path / "e.pdf"), "--lang", "en").code == 0
    assert "SWYDDOGOL-SENSITIF" not in text_of(tmp_path / "e.pdf")
