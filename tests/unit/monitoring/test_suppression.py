"""Small counts are hidden, and no hidden count can be worked out from the published ones."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.disclosure_attacker import recover
from helpers.monitoring_data import archetypes, build, cohort
from vsdesk.monitoring.csv_output import indicators_csv
from vsdesk.monitoring.suppression import Cell, Constraint, suppress


def rows(text: str) -> dict[tuple[str, str], dict[str, str]]:
    return {(r["indicator_id"], r["breakdown"]): r for r in csv.DictReader(io.StringIO(text))}


def test_counts_one_to_four_are_stars_and_zero_and_five_are_shown() -> None:
    published = rows(indicators_csv(build(cohort(1))))
    assert published[("IMPL-03", "all")]["numerator"] == "8"
    assert published[("IMPL-03", "age:0-4")]["numerator"] == "0"
    for breakdown in ("age:5-9", "age:10-15", "age:16+", "age:unknown"):  # 3, 3, 1, 1
        row = published[("IMPL-03", breakdown)]
        assert (row["numerator"], row["value"], row["suppressed"]) == ("*", "*", "true")
    assert published[("IMPL-03", "placement:foster")]["numerator"] == "5"


def test_a_rate_over_a_small_denominator_is_hidden_whole() -> None:
    row = rows(indicators_csv(build(cohort(1))))[("PRAC-01", "all")]  # 1 of 2
    assert (row["numerator"], row["denominator"], row["value"]) == ("*", "*", "*")


def test_pounds_from_few_children_are_hidden() -> None:
    row = rows(indicators_csv(build(cohort(1))))[("SPND-06", "placement:residential")]
    assert row["numerator"] == "*" and row["suppressed"] == "true"  # C4's £1,500 alone


def test_one_small_category_takes_a_second_with_it() -> None:
    """40 children in 8 archetypes plus one in a secure placement: secure (1) alone would be
    total − the rest; the smallest other category (kinship, 5) is hidden as well."""
    lone = archetypes(99)[0]
    lone.pupil.placement_type = "secure"
    published = rows(indicators_csv(build([*cohort(5), lone])))
    assert published[("IMPL-03", "all")]["numerator"] == "41"
    assert published[("IMPL-03", "placement:secure")]["numerator"] == "*"
    assert published[("IMPL-03", "placement:kinship")]["numerator"] == "*"
    shown = [r["numerator"] for (i, b), r in published.items()
             if i == "IMPL-03" and b.startswith("placement:")]  # fmt: skip
    assert shown.count("*") == 2
    assert recover(indicators_csv(build([*cohort(5), lone]))) == {}


def test_without_secondary_suppression_the_attacker_would_succeed() -> None:
    """The attacker is not toothless: given primary suppression only, it finds the child."""
    lone = archetypes(99)[0]
    lone.pupil.placement_type = "secure"
    text = indicators_csv(build([*cohort(5), lone]))
    leaked = text.replace("placement:kinship,*,,*,true", "placement:kinship,5,,5,false")
    assert leaked != text
    assert recover(leaked)[("children", "placement:secure")] == 1


def test_nothing_is_recoverable_in_the_small_cohort() -> None:
    assert recover(indicators_csv(build(cohort(1)))) == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=30),
       st.sampled_from(["foster", "kinship", "secure", "independent", None]))  # fmt: skip
def test_no_cohort_lets_a_hidden_count_be_recovered(picks: list[int], odd: str | None) -> None:
    pupils = []
    for n, pick in enumerate(picks):
        pupil = archetypes(n)[pick]
        if n % 4 == 3:
            pupil.pupil.placement_type = odd
            pupil.pupil.date_of_birth = date(2010 + n % 7, 3, 1)
        pupils.append(pupil)
    assert recover(indicators_csv(build(pupils))) == {}


def test_secondary_picks_the_total_when_other_parts_are_zero() -> None:
    cells = {
        ("m", "all"): Cell(7.0, 7, "count"),
        ("m", "a"): Cell(7.0, 7, "count"),
        ("m", "b"): Cell(0.0, 0, "count"),
        ("n", "all"): Cell(3.0, 3, "count"),
    }
    hidden = suppress(cells, [Constraint(("m", "all"), (("m", "a"), ("m", "b")))])
    assert hidden == {("n", "all")}
    cells[("m", "a")] = Cell(3.0, 3, "count")
    cells[("m", "b")] = Cell(0.0, 0, "count")
    cells[("m", "all")] = Cell(3.0, 3, "count")
    hidden = suppress(cells, [Constraint(("m", "all"), (("m", "a"), ("m", "b")))])
    assert {("m", "a"), ("m", "all")} <= hidden
