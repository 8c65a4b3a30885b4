from __future__ import annotations

from vsdesk.domain.collation import welsh_key


def test_digraphs_are_single_letters() -> None:
    names = ["Llwyd", "Lewis", "Chwilog", "Cynan", "Dafydd", "Ddu", "Rhys", "Roberts", "Thomas"]
    assert sorted(names, key=welsh_key) == [
        "Cynan", "Chwilog", "Dafydd", "Ddu", "Lewis", "Llwyd", "Roberts", "Rhys", "Thomas",
    ]  # fmt: skip


def test_circumflex_sorts_with_its_letter() -> None:
    assert sorted(["Siôn", "Sian", "Siân", "Sioned"], key=welsh_key)[:2] == ["Sian", "Siân"]
    assert sorted(["Ŵyn", "Wyn", "Xavier", "Llŷr"], key=welsh_key) == [
        "Llŷr",
        "Wyn",
        "Ŵyn",
        "Xavier",
    ]


def test_pupil_lists_order_by_family_then_given_name() -> None:
    from vsdesk.domain.collation import name_key

    people = [("Llwyd", "Siân"), ("Lewis", "Rhys"), ("Llwyd", "Cadi"), ("Lewis", "Ffion")]
    assert sorted(people, key=lambda p: name_key(*p)) == [
        ("Lewis", "Ffion"), ("Lewis", "Rhys"), ("Llwyd", "Cadi"), ("Llwyd", "Siân"),
    ]  # fmt: skip
