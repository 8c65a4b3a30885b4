"""``pupils show`` for both command lines: the record by field path, headed by the pupil's
phase and effective year group in words (derived as the plan editor derives them)."""

from __future__ import annotations

from vsdesk.commandline.output import print_fields, print_json, say
from vsdesk.services.pupil_phases import phase_words, pupil_phase, year_group_words
from vsdesk.services.pupils import PupilService


def print_pupil(
    service: PupilService, pupil_id: str, include_sensitive: bool, as_json: bool
) -> None:
    view = service.view(pupil_id, include_sensitive=include_sensitive)
    phase, year_group = pupil_phase(service, pupil_id)
    if as_json:
        print_json({"phase": phase.value, "year_group": year_group} | view)
        return
    say(f"phase: {phase_words(phase)}")
    if year_group is not None:
        say(f"year group: {year_group_words(year_group)}")
    print_fields(view)
