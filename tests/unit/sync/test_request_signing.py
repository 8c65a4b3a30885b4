"""Signed requests: what the signature covers, and every way a request is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.hub_address import InsecureHubAddressError, check_hub_url
from vsdesk.sync.request_signing import (
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    RequestSignatureError,
    check_fresh,
    check_signature,
    parse_signed_request,
    sign_request,
)
from vsdesk.sync.transport_http import HttpTransport

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
KEYS = PartyKeys.generate("device-0123456789abcdef")


def verify(
    headers: dict[str, str],
    method: str = "POST",
    path: str = "/v1/bundles",
    body: bytes = b"bundle",
) -> None:
    check_signature(KEYS.public(), parse_signed_request(headers), method, path, body)


def test_a_signed_request_verifies() -> None:
    verify(sign_request(KEYS, "POST", "/v1/bundles", b"bundle", NOW))


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/bundles", b"bundle"),
        ("POST", "/v1/state", b"bundle"),
        ("POST", "/v1/bundles?after=1", b"bundle"),
        ("POST", "/v1/bundles", b"bundlf"),
    ],
)
def test_the_signature_covers_method_path_and_body(method: str, path: str, body: bytes) -> None:
    headers = sign_request(KEYS, "POST", "/v1/bundles", b"bundle", NOW)
    with pytest.raises(RequestSignatureError, match="bad-signature"):
        verify(headers, method, path, body)


@pytest.mark.parametrize(
    ("header", "value"), [(TIME_HEADER, "1700000000"), (NONCE_HEADER, "A" * 24)]
)
def test_the_signature_covers_time_and_nonce(header: str, value: str) -> None:
    headers = sign_request(KEYS, "POST", "/v1/bundles", b"bundle", NOW)
    assert headers[header] != value
    headers[header] = value
    with pytest.raises(RequestSignatureError, match="bad-signature"):
        verify(headers)


def test_another_devices_key_does_not_verify() -> None:
    other = PartyKeys.generate("device-0123456789abcdef")
    headers = sign_request(other, "POST", "/v1/bundles", b"bundle", NOW)
    with pytest.raises(RequestSignatureError, match="wrong-key"):
        verify(headers)


def test_every_nonce_is_new() -> None:
    nonces = {sign_request(KEYS, "GET", "/", b"", NOW)[NONCE_HEADER] for _ in range(50)}
    assert len(nonces) == 50


@pytest.mark.parametrize("minutes", [-6, 6, 60 * 24])
def test_a_time_outside_the_window_is_stale(minutes: int) -> None:
    signed = parse_signed_request(sign_request(KEYS, "GET", "/", b"", NOW))
    with pytest.raises(RequestSignatureError, match="stale"):
        check_fresh(signed, NOW + timedelta(minutes=minutes))
    check_fresh(signed, NOW + timedelta(minutes=4))


@pytest.mark.parametrize(
    "edit",
    [
        {SIGNATURE_HEADER: "not base64!"},
        {SIGNATURE_HEADER: "AAAA"},
        {TIME_HEADER: "-5"},
        {NONCE_HEADER: "short"},
        {"vsdesk-device": "Ms Llŷr"},
        {"vsdesk-key": "XYZ"},
    ],
)
def test_malformed_headers_are_refused(edit: dict[str, str]) -> None:
    headers = sign_request(KEYS, "GET", "/", b"", NOW) | edit
    with pytest.raises(RequestSignatureError, match="malformed"):
        parse_signed_request(headers)


def test_an_unsigned_request_is_refused() -> None:
    with pytest.raises(RequestSignatureError, match="unsigned"):
        parse_signed_request({})


@pytest.mark.parametrize(
    "url",
    ["https://vs.example.gov.uk", "http://127.0.0.1:8470", "http://[::1]:9", "http://localhost"],
)
def test_https_anywhere_and_http_on_loopback_are_accepted(url: str) -> None:
    assert check_hub_url(url + "/") == url


@pytest.mark.parametrize(
    "url", ["http://vs.example.gov.uk", "http://10.0.0.1", "http://127.0.0.1.example.org"]
)
def test_plain_http_elsewhere_is_refused_and_nothing_is_sent(url: str) -> None:
    sent: list[httpx.Request] = []
    client = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))
    )
    with pytest.raises(InsecureHubAddressError, match="https://"):
        HttpTransport(url, KEYS, client=client).state()
    assert sent == []


@pytest.mark.parametrize("url", ["ftp://x", "https://user:pw@x.org", "https://x.org/?q=1", ""])
def test_other_addresses_are_not_hub_addresses(url: str) -> None:
    with pytest.raises(Exception, match="hub address"):
        check_hub_url(url)
