"""Many worker threads over one vault (the window's thread pool, the hub's request threads).

SQLAlchemy's default pool for SQLCipher keeps one connection per thread and, past five
thread identities, closes other threads' connections even while they are in use: a long
read in one thread then failed ("Cannot operate on a closed database") or crashed the
process when short-lived threads came and went around it.
"""

from __future__ import annotations

import threading

from sqlalchemy import text

from vsdesk.storage.vault import Vault

THREADS = 12


def test_a_session_in_use_survives_many_other_threads(vault: Vault) -> None:
    started, others_done = threading.Event(), threading.Event()
    results: list[object] = []

    def long_reader() -> None:
        try:
            with vault.session() as session:
                session.execute(text("SELECT count(*) FROM meta")).scalar()
                started.set()
                others_done.wait(10)
                results.append(session.execute(text("SELECT count(*) FROM meta")).scalar())
        except Exception as error:  # what a worker would hand to the window
            results.append(error)

    def short_reader() -> None:
        with vault.session() as session:
            session.execute(text("SELECT 1")).scalar()

    holder = threading.Thread(target=long_reader)
    holder.start()
    assert started.wait(10)
    for _ in range(THREADS):  # each a new thread identity, as pools create and expire them
        worker = threading.Thread(target=short_reader)
        worker.start()
        worker.join()
    others_done.set()
    holder.join()
    assert len(results) == 1 and isinstance(results[0], int), results
