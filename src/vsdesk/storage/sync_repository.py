"""Sync state in and out of the store: peers, bundle chains, the change log, field versions,
conflicts. The bundle reader's ``Keyring`` and ``ChainState`` are views over these rows, so
the checks it makes and the apply that follows read one consistent transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.storage.change_log_lock import lock_change_log
from vsdesk.storage.sync_schema import (
    ChainInRow,
    ChainOutRow,
    ChangeRow,
    ConflictRow,
    DeliveryRow,
    EntityStateRow,
    PeerRow,
)
from vsdesk.sync.bundle_reader import ChainPosition, KnownSender
from vsdesk.sync.crypto import PublicIdentity

CHANGES = ChangeRow.metadata.tables[ChangeRow.__tablename__]


def _chunks(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """Distinct values in slices small enough for one ``IN (…)`` on every database."""
    distinct = sorted(set(values))
    for start in range(0, len(distinct), size):
        yield distinct[start : start + size]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class SyncRepository:
    def __init__(self, session: Session, clock: Clock = system_clock) -> None:
        self.session = session
        self.clock = clock

    def now_text(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    # --- peers (Keyring) --------------------------------------------------------------------

    def pin_peer(self, identity: PublicIdentity, role: str, name: str) -> None:
        self.session.merge(
            PeerRow(
                party_id=identity.party_id,
                role=role,
                name=name,
                identity=_dump(identity.to_dict()),
                pinned_at=self.now_text(),
                revoked_at=None,
            )
        )

    def peer(self, party_id: str) -> PeerRow | None:
        return self.session.get(PeerRow, party_id)

    def peers(self, role: str | None = None) -> list[PeerRow]:
        query = select(PeerRow).order_by(PeerRow.name)
        if role:
            query = query.where(PeerRow.role == role)
        return list(self.session.scalars(query))

    def identity_of(self, party_id: str) -> PublicIdentity | None:
        row = self.peer(party_id)
        return None if row is None else PublicIdentity.from_dict(json.loads(row.identity))

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        identity = self.identity_of(party_id)
        if identity is None or identity.key_id != key_id:
            return None
        row = self.peer(party_id)
        return KnownSender(identity, revoked=row is not None and row.revoked_at is not None)

    # --- chains (ChainState) ----------------------------------------------------------------

    def last_applied(self, sender: str) -> ChainPosition:
        row = self.session.scalars(
            select(ChainInRow)
            .where(ChainInRow.peer == sender)
            .order_by(ChainInRow.sequence.desc())
            .limit(1)
        ).first()
        return ChainPosition() if row is None else ChainPosition(row.sequence, row.hash)

    def hash_of(self, sender: str, sequence: int) -> str | None:
        row = self.session.get(ChainInRow, (sender, sequence))
        return None if row is None else row.hash

    def record_applied(self, sender: str, sequence: int, bundle_hash: str) -> None:
        self.session.add(
            ChainInRow(peer=sender, sequence=sequence, hash=bundle_hash, applied_at=self.now_text())
        )

    def forget_applied_after(self, sender: str, sequence: int) -> None:
        """A resend restarts the sender's chain after ``sequence`` (services.bundle_chain)."""
        self.session.execute(
            delete(ChainInRow).where(ChainInRow.peer == sender, ChainInRow.sequence > sequence)
        )

    def last_sent(self, recipient: str) -> ChainPosition:
        row = self.session.scalars(
            select(ChainOutRow)
            .where(ChainOutRow.peer == recipient)
            .order_by(ChainOutRow.sequence.desc())
            .limit(1)
        ).first()
        return ChainPosition() if row is None else ChainPosition(row.sequence, row.hash)

    def record_sent(self, recipient: str, sequence: int, bundle_hash: str, max_change: int) -> None:
        self.session.add(
            ChainOutRow(
                peer=recipient,
                sequence=sequence,
                hash=bundle_hash,
                max_change=max_change,
                created_at=self.now_text(),
                acknowledged=False,
            )
        )

    def rewind_sent(self, recipient: str, acknowledged: int) -> None:
        """Forget the bundles sent after the recipient's last acknowledgement, so the next one
        is written again as ``acknowledged + 1`` with everything since (``--resend``).

        The recipient never applied them (a lost file, a refused bundle), or it would have
        said so; pupils they sent whole or asked to purge are sent or asked again.
        """
        self.session.execute(
            delete(ChainOutRow).where(
                ChainOutRow.peer == recipient, ChainOutRow.sequence > acknowledged
            )
        )
        self.session.execute(
            update(DeliveryRow)
            .where(DeliveryRow.peer == recipient, DeliveryRow.purged_in > acknowledged)
            .values(purged_in=None)
        )

    def forget_chains(self, peer: str) -> None:
        """Start both chains with ``peer`` afresh (a re-enrolled device): nothing sent,
        nothing applied, nothing acknowledged."""
        self.session.execute(delete(ChainOutRow).where(ChainOutRow.peer == peer))
        self.session.execute(delete(ChainInRow).where(ChainInRow.peer == peer))

    def reassign_origin(self, old: str, new: str) -> None:
        """Count the changes logged as ``old``'s as ``new``'s (a device's new identity)."""
        self.session.execute(update(ChangeRow).where(ChangeRow.origin == old).values(origin=new))

    def sent_hash(self, recipient: str, sequence: int) -> str | None:
        row = self.session.get(ChainOutRow, (recipient, sequence))
        return None if row is None else row.hash

    def forget_sent_after(self, recipient: str, sequence: int) -> int:
        """Forget unacknowledged bundles after ``sequence`` that never arrived (online sync
        learns this from the peer), so the next bundle takes their place in the chain."""
        result = self.session.execute(
            delete(ChainOutRow).where(
                ChainOutRow.peer == recipient,
                ChainOutRow.sequence > sequence,
                ChainOutRow.acknowledged.is_(False),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def acknowledge(self, recipient: str, up_to_sequence: int) -> None:
        self.session.execute(
            update(ChainOutRow)
            .where(ChainOutRow.peer == recipient, ChainOutRow.sequence <= up_to_sequence)
            .values(acknowledged=True)
        )

    def acknowledged_change(self, recipient: str) -> int:
        """Highest change-log position the recipient is known to have applied."""
        value = self.session.scalar(
            select(func.max(ChainOutRow.max_change)).where(
                ChainOutRow.peer == recipient, ChainOutRow.acknowledged.is_(True)
            )
        )
        return int(value or 0)

    # --- change log ---------------------------------------------------------------------------

    def append_changes(self, rows: Iterable[tuple[dict[str, Any], str, str, str]]) -> None:
        """Log ``(change body, authority id, pupil id, origin)`` rows; the caller has already
        dropped changes logged before (the merge skips known change ids)."""
        values = [
            {
                "change_id": body["change_id"],
                "authority_id": authority_id,
                "pupil_id": pupil_id,
                "entity": body["entity"],
                "field": body["field"],
                "body": _dump(body),
                "origin": origin,
            }
            for body, authority_id, pupil_id, origin in rows
        ]
        if values:
            lock_change_log(self.session, exclusive=True)  # see change_log_lock
            # On the Table, not the mapped class: a plain executemany in the session's
            # transaction, without the ORM's per-row bulk-insert bookkeeping (about 0.1 s
            # of a 10,000-change import; no ORM object is made for these rows either way).
            self.session.execute(insert(CHANGES), values)

    def known_change_ids(self, change_ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(change_ids):
            query = select(ChangeRow.change_id).where(ChangeRow.change_id.in_(chunk))
            found |= set(self.session.scalars(query))
        return found

    def changes_since(
        self,
        after_seq: int,
        *,
        authority_id: str | None = None,
        pupil_ids: set[str] | None = None,
        origin: str | None = None,
        not_origin: str | None = None,
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        query = select(ChangeRow.seq, ChangeRow.body, ChangeRow.pupil_id).where(
            ChangeRow.seq > after_seq
        )
        if authority_id is not None:
            query = query.where(ChangeRow.authority_id == authority_id)
        if origin is not None:
            query = query.where(ChangeRow.origin == origin)
        if not_origin is not None:
            query = query.where(ChangeRow.origin != not_origin)
        for seq, body, pupil_id in self.session.execute(query.order_by(ChangeRow.seq)):
            if pupil_ids is None or pupil_id in pupil_ids:
                yield seq, json.loads(body)

    def all_changes(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for seq, body in self.session.execute(select(ChangeRow.seq, ChangeRow.body)):
            yield seq, json.loads(body)

    def rewrite_change(self, seq: int, body: dict[str, Any]) -> None:
        """Replace a logged change's record (its re-stamping: the change id stays)."""
        self.session.execute(update(ChangeRow).where(ChangeRow.seq == seq).values(body=_dump(body)))

    def changes_of_pupils(self, pupil_ids: set[str]) -> list[tuple[int, dict[str, Any]]]:
        """The whole history of some pupils: what a device needs to hold them from scratch."""
        found: list[tuple[int, dict[str, Any]]] = []
        for chunk in _chunks(pupil_ids):
            query = select(ChangeRow.seq, ChangeRow.body).where(ChangeRow.pupil_id.in_(chunk))
            found += [(seq, json.loads(body)) for seq, body in self.session.execute(query)]
        return sorted(found, key=lambda item: item[0])

    # --- merge registers ------------------------------------------------------------------

    def registers(self, entities: Iterable[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for chunk in _chunks(entities):
            query = select(EntityStateRow).where(EntityStateRow.entity.in_(chunk))
            found |= {row.entity: json.loads(row.registers) for row in self.session.scalars(query)}
        return found

    def save_registers(self, entity: str, pupil_id: str, registers: Any) -> None:
        self.session.merge(
            EntityStateRow(entity=entity, pupil_id=pupil_id, registers=_dump(registers))
        )

    # --- deliveries (hub) ---------------------------------------------------------------

    def deliveries(self, peer: str) -> list[DeliveryRow]:
        return list(self.session.scalars(select(DeliveryRow).where(DeliveryRow.peer == peer)))

    def record_delivery(self, peer: str, pupil_id: str, sequence: int) -> None:
        self.session.merge(DeliveryRow(peer=peer, pupil_id=pupil_id, first_sequence=sequence))

    def mark_purge_sent(self, peer: str, pupil_id: str, sequence: int) -> None:
        row = self.session.get(DeliveryRow, (peer, pupil_id))
        if row is not None and row.purged_in is None:
            row.purged_in = sequence

    def forget_purged(self, peer: str, acknowledged: int) -> None:
        """Once the peer has applied the bundle that asked it to purge, stop asking."""
        self.session.execute(
            delete(DeliveryRow).where(
                DeliveryRow.peer == peer,
                DeliveryRow.purged_in.is_not(None),
                DeliveryRow.purged_in <= acknowledged,
            )
        )

    def acknowledged_sequence(self, peer: str) -> int:
        value = self.session.scalar(
            select(func.max(ChainOutRow.sequence)).where(
                ChainOutRow.peer == peer, ChainOutRow.acknowledged.is_(True)
            )
        )
        return int(value or 0)

    # --- conflicts --------------------------------------------------------------------------

    def save_conflict(self, conflict_id: str, pupil_id: str, status: str, body: Any) -> None:
        row = self.session.get(ConflictRow, conflict_id)
        if row is None:
            self.session.add(
                ConflictRow(
                    id=conflict_id,
                    pupil_id=pupil_id,
                    status=status,
                    body=_dump(body),
                    raised_at=self.now_text(),
                )
            )
        else:
            row.status, row.body = status, _dump(body)

    def rename_in_conflicts(self, entity: str, renamed: Mapping[str, str]) -> None:
        """After re-stamping: forget an entity's current conflicts that name an old stamp
        (the caller saves them again under their new ids); settled ones keep their record,
        with the stamps renamed."""
        quoted = {json.dumps(old): json.dumps(new) for old, new in renamed.items()}
        for row in self.session.scalars(select(ConflictRow)):
            if not any(old in row.body for old in quoted):
                continue
            if json.loads(row.body).get("entity") != entity:
                continue
            if row.status in ("open", "auto-resolved"):
                self.session.delete(row)
                continue
            body = row.body
            for old, new in quoted.items():
                body = body.replace(old, new)
            row.body = body

    def conflicts(self, status: str | None = None) -> list[ConflictRow]:
        query = select(ConflictRow).order_by(ConflictRow.raised_at, ConflictRow.id)
        if status:
            query = query.where(ConflictRow.status == status)
        return list(self.session.scalars(query))

    def conflict(self, conflict_id: str) -> ConflictRow | None:
        return self.session.get(ConflictRow, conflict_id)
