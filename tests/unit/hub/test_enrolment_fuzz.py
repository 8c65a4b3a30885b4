"""Property tests: whatever bytes arrive, the envelopes answer with an EnrolmentError.

Anything else escaping (a KeyError, a TypeError from a list where a string belongs, a
binascii.Error) would be a crash on hostile input, with a message unfit to show anyone.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vsdesk.errors import EnrolmentError
from vsdesk.kdf import TEST_KDF
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import (
    INVITE_MAGIC,
    REQUEST_MAGIC,
    InviteRecord,
    make_invite,
    make_request,
    open_invite,
    open_request,
)

NOW = datetime(2026, 11, 23, tzinfo=UTC)
AUTHORITY = PartyKeys.generate("cardiff")
INVITE, CODE = make_invite(
    AUTHORITY,
    invite_id="inv-fuzz",
    authority_name="Cardiff",
    country="wales",
    teacher_id="t-fuzz",
    teacher_name="Ms Jones",
    created=NOW,
    expires=NOW + timedelta(days=7),
    kdf=TEST_KDF,
)
OPENED = open_invite(INVITE, CODE, now=NOW)
REQUEST = make_request(OPENED, PartyKeys.generate("device-fuzz"), "Laptop", now=NOW)
FUZZ = settings(max_examples=150, deadline=None)


def lookup(invite_id: str) -> InviteRecord | None:
    return InviteRecord(invite_id, OPENED.proof_key, OPENED.expires, used=False)


def mutate(data: bytes, op: str, position: int, value: int) -> bytes:
    at = position % (len(data) + 1)
    if op == "insert":
        return data[:at] + bytes([value]) + data[at:]
    if op == "truncate" or at == len(data):
        return data[:at]
    if op == "flip":
        return data[:at] + bytes([data[at] ^ (value or 1)]) + data[at + 1 :]
    return data[:at] + data[at + 1 :]


MUTATION = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate"]),
    st.integers(0, 2000),
    st.integers(0, 255),
)


def json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    return st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))


def survives(attempt: Any, original: bytes, data: bytes) -> None:
    try:
        attempt(data)
    except EnrolmentError:
        return
    assert data == original, "damaged input was accepted"


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    for attempt in (lambda d: open_invite(d, CODE), lambda d: open_request(d, AUTHORITY, lookup)):
        try:
            attempt(data)
        except EnrolmentError:
            continue
        raise AssertionError("random bytes were accepted")


@FUZZ
@given(st.lists(MUTATION, min_size=1, max_size=3))
def test_damaged_invitations_are_refused_cleanly(mutations: list[tuple[str, int, int]]) -> None:
    data = INVITE
    for mutation in mutations:
        data = mutate(data, *mutation)
    survives(lambda d: open_invite(d, CODE, now=NOW), INVITE, data)


@FUZZ
@given(st.lists(MUTATION, min_size=1, max_size=3))
def test_damaged_requests_are_refused_cleanly(mutations: list[tuple[str, int, int]]) -> None:
    data = REQUEST
    for mutation in mutations:
        data = mutate(data, *mutation)
    survives(lambda d: open_request(d, AUTHORITY, lookup, now=NOW), REQUEST, data)


@FUZZ
@given(st.sampled_from(["invite", "request"]), st.text(max_size=8), json_values())
def test_wrong_shapes_in_well_framed_json_are_refused_cleanly(
    kind: str, key: str, value: Any
) -> None:
    """Replace or add one key of the outer object with any JSON value."""
    magic, original = (INVITE_MAGIC, INVITE) if kind == "invite" else (REQUEST_MAGIC, REQUEST)
    body = json.loads(original[len(magic) :])
    target = key if key else sorted(body)[len(str(value)) % len(body)]
    body[target] = value
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data = magic + text.encode("utf-8", "surrogatepass") + b"\n"
    opener = (
        (lambda d: open_invite(d, CODE, now=NOW))
        if kind == "invite"
        else (lambda d: open_request(d, AUTHORITY, lookup, now=NOW))
    )
    survives(opener, original, data)
