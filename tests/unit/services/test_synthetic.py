from __future__ import annotations

from vsdesk.domain.fields import pupil_view
from vsdesk.domain.profiles import default_profile
from vsdesk.domain.rules import validate_pupil
from vsdesk.services.synthetic import AUTHORITIES, generate_pupils


def test_same_seed_same_pupils_other_seed_other_pupils() -> None:
    assert generate_pupils(5, seed=1) == generate_pupils(5, seed=1)
    assert generate_pupils(5, seed=1) != generate_pupils(5, seed=2)


def test_generated_world_is_varied_and_valid() -> None:
    pupils = generate_pupils(300, seed=4, terms=4)
    profiles = {a.id: default_profile(a.id, a.name, a.country) for a in AUTHORITIES}
    for pupil in pupils:
        validate_pupil(pupil, profiles[pupil.pupil.home_authority])
        assert len(pupil.plans) == 4
    text = " ".join(str(pupil_view(p)) for p in pupils)
    for letter in "ŵŷâ":
        assert letter in text
    assert {p.pupil.home_authority for p in pupils} == set(profiles)
    assert len({p.pupil.school for p in pupils}) > 3
    assert len({p.id for p in pupils}) == 300
