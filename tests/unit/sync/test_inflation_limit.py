"""The plaintext cap holds while inflating: refusing a bomb never holds more than the cap.

The bomb is the committed ``inflation-bomb`` vector: about 190 KiB that declares exactly the
default cap (64 MiB) and would inflate to 192 MiB. It is opened in a fresh process under
``tracemalloc`` so the peak belongs to this one refusal, with the reader's default limits.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from bundle_testkit import HUB, make_bundle, open_as_device

from vsdesk.sync.bundle_errors import PayloadInvalidError, PayloadTooLargeError
from vsdesk.sync.bundle_format import MAX_PAYLOAD_BYTES
from vsdesk.sync.bundle_reader import INFLATE_CHUNK, Limits

HERE = Path(__file__).resolve().parent
BOMB = HERE / "vectors" / "inflation-bomb"

PROBE = """
import json, sys, tracemalloc
from pathlib import Path
from bundle_testkit import run_vector
from vsdesk.errors import BundleError
bundle, sidecar = Path(sys.argv[1] + ".bundle"), json.loads(Path(sys.argv[1] + ".json").read_text())
tracemalloc.start()
try:
    run_vector(bundle, sidecar)
    code = "opened"
except BundleError as error:
    code = error.code
print(json.dumps({"code": code, "peak": tracemalloc.get_traced_memory()[1]}))
"""


def test_refusing_a_bomb_stays_under_twice_the_cap() -> None:
    assert 100_000 < BOMB.with_suffix(".bundle").stat().st_size < 1_000_000
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(BOMB)],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
        env={"PYTHONPATH": str(HERE), "PATH": ""},
    )
    result = json.loads(run.stdout)
    assert result["code"] == "bundle-payload-too-large"
    assert result["peak"] < 2 * MAX_PAYLOAD_BYTES
    # it did inflate up to the cap (the limit, not an early exit, stopped it)
    assert result["peak"] > MAX_PAYLOAD_BYTES


def test_the_cap_is_the_readers_default() -> None:
    assert Limits().max_payload_bytes == MAX_PAYLOAD_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize("size", [0, 1, INFLATE_CHUNK - 1, INFLATE_CHUNK, 3 * INFLATE_CHUNK + 7])
def test_streamed_inflate_returns_payloads_of_every_size_whole(size: int) -> None:
    payload = {"text": "ŵ" * (size // 2)}
    opened = open_as_device(make_bundle(payload=payload))
    assert opened.payload == payload


def test_a_stream_cut_short_is_invalid_not_too_large() -> None:
    from make_vectors import sealed_payload

    plaintext = json.dumps({"text": "a" * 3 * INFLATE_CHUNK}).encode()
    cut = zlib.compress(plaintext)[:-20]
    with pytest.raises(PayloadInvalidError):
        open_as_device(sealed_payload(plaintext, cut))


def test_one_byte_past_the_declared_size_is_too_large() -> None:
    from make_vectors import assemble, encode_canonical, header_dict

    plaintext = b'["' + b"a" * (2 * INFLATE_CHUNK) + b'"]'
    packed = zlib.compress(plaintext + b" ")
    header = header_dict(plaintext, packed)
    with pytest.raises(PayloadTooLargeError):
        open_as_device(assemble(encode_canonical(header), packed, signer=HUB))
