"""Vault figures: open + list 1,000 decrypted pupils; encrypted vs plain SQLite ORM workload."""

from __future__ import annotations

import contextlib
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from bench.common import Figure, against, median_seconds, ms, peak_rss_mib, timed
from vsdesk import paths
from vsdesk.domain.model import Pupil
from vsdesk.services.synthetic import generate_pupils
from vsdesk.storage import keywrap, migrate
from vsdesk.storage.engine import CONNECTION_PRAGMAS, check_integrity, open_engine
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"


class EngineStore:
    """The same repository workload on any engine (SQLCipher vault or plain SQLite)."""

    def __init__(self, engine: Engine) -> None:
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session


def plain_engine(path: Path) -> Engine:
    """Plain SQLite with the vault's own pragmas, so only the encryption differs."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(connection, _record):  # type: ignore[no-untyped-def]
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")

    return _migrated(engine)


def encrypted_engine(path: Path) -> Engine:
    return _migrated(open_engine(path, keywrap.new_vault_key()))


def _migrated(engine: Engine) -> Engine:
    with engine.begin() as connection:
        migrate.upgrade(connection)
    return engine


def workload(store: EngineStore, pupils: list[Pupil]) -> dict[str, float]:
    """Insert 1,000 full plans, read them back, change 10 % of plan fields, in that order."""

    def insert() -> None:
        with store.session() as session:
            PupilRepository(session).add_many(pupils)

    def read() -> list[Pupil]:
        with store.session() as session:
            return list(PupilRepository(session).all())

    def update(loaded: list[Pupil]) -> None:
        rng = random.Random(3)
        with store.session() as session:
            repo = PupilRepository(session)
            for pupil in loaded:
                for plan in pupil.plans:
                    if rng.random() < 0.1 * 10 / 3:  # ~10 % of the ~30 scalar fields a plan has
                        plan.attendance.percent = round(rng.uniform(80, 100), 1)
                        plan.voice.pupil += " (diweddarwyd)"
                        plan.wellbeing.sdq_score = rng.randint(0, 40)
                repo.save(pupil)

    insert_s, _ = timed(insert)
    read_s, loaded = timed(read)
    update_s, _ = timed(lambda: update(loaded))
    return {"insert": insert_s, "read": read_s, "update": update_s}


def run() -> list[Figure]:
    pupils = generate_pupils(1000, seed=1, terms=1)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        vault = Vault.create(root / "vault", PASSPHRASE, owner="bench")
        with vault.session() as session:
            PupilRepository(session).add_many(generate_pupils(1000, seed=2, terms=3))
        vault.lock()
        figures += open_and_list(root / "vault")
        figures += phase_column(root / "vault")
        encrypted = workload(EngineStore(encrypted_engine(root / "enc.db")), pupils)
        plain = workload(EngineStore(plain_engine(root / "plain.db")), pupils)
    total_enc, total_plain = sum(encrypted.values()), sum(plain.values())
    for phase in encrypted:
        figures.append(Figure("vault", f"ORM workload, {phase} (encrypted / plain)",
                              f"{ms(encrypted[phase])} / {ms(plain[phase])}"))  # fmt: skip
    ratio = total_enc / total_plain
    verdict = "met" if ratio <= 1.5 else "MISSED"
    work = "encrypted vs plain SQLite, same ORM workload"
    figures.append(Figure("vault", work, f"{ratio:.2f}×", "≤ 1.5×", verdict))
    figures.append(
        Figure("vault", "peak memory (whole vault benchmark)", f"{peak_rss_mib():.0f} MiB")
    )
    return figures


def open_and_list(directory: Path) -> list[Figure]:
    raw_key = keywrap.unwrap(paths.vault_key(directory).read_bytes(), PASSPHRASE)
    kdf_s = median_seconds(
        lambda: keywrap.unwrap(paths.vault_key(directory).read_bytes(), PASSPHRASE), 3
    )

    def open_list() -> int:
        engine = open_engine(paths.vault_db(directory), raw_key)
        check_integrity(engine)
        with engine.begin() as connection:
            migrate.upgrade(connection)
        vault = Vault(directory, raw_key, engine)
        with vault.session() as session:
            names = sorted(s.name for s in PupilRepository(session).summaries())
        vault.lock()
        return len(names)

    seconds = median_seconds(open_list, 7)
    return [
        Figure("vault", "open an unlocked vault (key known) and list 1,000 decrypted pupils",
               ms(seconds), "< 150 ms", against(seconds, 0.150)),
        Figure("vault", "unlock: Argon2id passphrase → vault key (64 MiB, t=3, p=4)", ms(kdf_s)),
    ]  # fmt: skip


def phase_column(directory: Path) -> list[Figure]:
    """Revision 0004 at the unlock of a 1,000-pupil vault (3,000 plans) made before it, and
    the phase counts read from its index afterwards."""
    from alembic import command

    raw_key = keywrap.unwrap(paths.vault_key(directory).read_bytes(), PASSPHRASE)
    engine = open_engine(paths.vault_db(directory), raw_key)

    def back_to_0003() -> None:
        with engine.begin() as connection:
            command.downgrade(migrate._config(connection), "0003")

    def upgrade() -> None:
        with engine.begin() as connection:
            migrate.upgrade(connection)

    runs = []
    for _ in range(3):
        back_to_0003()
        runs.append(timed(upgrade)[0])
    with Session(engine) as session:
        counts = median_seconds(lambda: PupilRepository(session).phase_counts(), 7)
    engine.dispose()
    return [
        Figure("vault", "migrate 0003 → 0004: backfill the phase of 3,000 plans",
               ms(sorted(runs)[1])),
        Figure("vault", "phase counts of 1,000 pupils (newest plan each, index only)",
               ms(counts)),
    ]  # fmt: skip


if __name__ == "__main__":
    for figure in run():
        print(figure, file=sys.stdout)
