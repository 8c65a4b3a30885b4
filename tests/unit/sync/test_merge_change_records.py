"""The change record: round trips through a payload, and refuses anything malformed.

(Named ``test_merge_*`` so that the merge suite's command picks it up.)
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vsdesk.sync.changes import (
    CHANGE_KEYS,
    MAX_BASE_VERSIONS,
    Change,
    format_base,
    new_change_id,
    parse_base,
)

OLD = "1700000000000-000001-hub"
OLDER = "1700000000000-000000-dev-a"
NOW = "1700000000005-000000-dev-a"
SECRET = "Lives with aunt at 4 Example Road"


def record(**overrides: Any) -> dict[str, Any]:
    base = {
        "change_id": "dev-a-1",
        "entity": "pupil:0b7c4f1e-2d1a-4c55-9a57-3f0d3c1e9b21",
        "field": "voice.pupil",
        "op": "set",
        "value": SECRET,
        "base": OLD,
        "stamp": NOW,
        "author": "dev-a",
        "side": "school",
    }
    return base | overrides


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(value=JSON, base=st.sampled_from(["", OLD, f"{OLDER},{OLD}"]))
def test_a_record_survives_a_payload_round_trip(value: Any, base: str) -> None:
    change = Change.from_dict(record(value=value, base=base))
    again = Change.from_dict(json.loads(json.dumps(change.to_dict())))
    assert again == change and again.base_versions == frozenset(parse_base(base))
    assert set(change.to_dict()) == CHANGE_KEYS


def test_delete_and_restore_records() -> None:
    delete = Change.from_dict(record(op="delete", field="", value=None, base=""))
    restore = Change.from_dict(record(op="restore", field="targets.t-3", value=None))
    assert delete.deleted and not restore.deleted
    assert delete.key == (delete.entity, "")


@pytest.mark.parametrize(
    "overrides",
    [
        {"change_id": ""},
        {"change_id": 7},
        {"entity": "pupil"},
        {"entity": "Pupil:x"},
        {"entity": "pupil:"},
        {"field": ""},
        {"field": "voice..pupil"},
        {"field": ".voice"},
        {"field": "voice.pupil "},
        {"field": "a." * 16 + "b"},
        {"op": "remove"},
        {"side": "parent"},
        {"side": None},
        {"author": "dev a"},
        {"stamp": "yesterday"},
        {"stamp": 1700000000005},
        {"base": None},
        {"base": f"{OLD},{OLDER}"},  # not ascending
        {"base": f"{OLD},{OLD}"},  # twice
        {"base": f"{OLD},"},
        {"base": NOW},  # not older than the change itself
        {"base": "1700000000009-000000-hub"},  # newer than the change
        {"value": float("nan")},
        {"value": float("inf")},
        {"value": {1: "x"}},
        {"value": ("a", "b")},
        {"value": {"a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["xyzzy"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}},
        {"op": "delete", "value": "x"},
        {"op": "restore", "value": None, "base": ""},
    ],
)
def test_malformed_records_are_refused_without_quoting_the_value(
    overrides: dict[str, Any],
) -> None:
    with pytest.raises(ValueError) as refused:
        Change.from_dict(record(**overrides))
    assert SECRET not in str(refused.value) and "xyzzy" not in str(refused.value)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "change",
        {k: v for k, v in record().items() if k != "base"},
        record(extra=1),
    ],
)
def test_records_with_the_wrong_shape_are_refused(data: object) -> None:
    with pytest.raises(ValueError):
        Change.from_dict(data)


def test_a_base_may_not_name_more_versions_than_the_cap() -> None:
    stamps = [f"1600000000000-{i:06d}-hub" for i in range(MAX_BASE_VERSIONS + 1)]
    with pytest.raises(ValueError):
        parse_base(",".join(stamps))
    assert len(parse_base(",".join(stamps[:-1]))) == MAX_BASE_VERSIONS


def test_format_base_sorts_and_deduplicates() -> None:
    assert format_base([OLD, OLDER, OLD]) == f"{OLDER},{OLD}"
    assert format_base([]) == ""
    assert parse_base(format_base([OLD, OLDER])) == (OLDER, OLD)


def test_change_ids_are_fresh() -> None:
    assert len({new_change_id() for _ in range(100)}) == 100
