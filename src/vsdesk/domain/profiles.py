"""Authority profiles: what differs from one Virtual School to another (DESIGN §3).

Each authority publishes its profile to its enrolled devices; the client checks plans and
shapes forms by the profile of the pupil's home authority instead of hard-coding one
authority's form. The two defaults follow the Welsh and English statutory guidance.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from vsdesk.errors import ValidationError

DEFAULT_MAX_CLOCK_AHEAD_HOURS = 24
MAX_CLOCK_AHEAD_HOURS = 24 * 31


@dataclass(frozen=True)
class Timescales:
    """Deadlines in the authority's own units (school, working or calendar days)."""

    initial_pep_school_days: int = 20
    significant_change_working_days: int = 10
    review_interval_days: int = 122  # "at least termly": about four months at most
    care_review_lead_days: int = 3
    sdq_interval_days: int = 365
    sdq_min_age: int = 4
    sdq_max_age: int = 16
    #: ``vsdesk status`` warns when nothing has come from the authority for this long.
    sync_warning_days: int = 14
    #: The first PEP after an *emergency* placement, in school days; 0 when the authority
    #: keeps the ordinary ``initial_pep_school_days`` for every placement.
    emergency_initial_pep_school_days: int = 0


@dataclass(frozen=True)
class AuthorityProfile:
    id: str
    name: str
    country: str  # "wales" | "england"
    grant_name: str  # "PDG-LAC" in Wales, "PP+" in England
    funding_bands: tuple[float, ...] = (0.0, 400.0, 800.0, 1500.0)
    aln_statuses: tuple[str, ...] = ("none", "aln-idp")
    sections: tuple[str, ...] = (
        "attendance",
        "attainment",
        "wellbeing",
        "voice",
        "targets",
        "actions",
        "funding",
        "meetings",
    )
    required_for_meeting: tuple[str, ...] = (
        "attendance.percent",
        "voice.pupil",
        "wellbeing.sdq_score",
    )
    #: The same, for the other phases' plans (a school-age plan uses the list above).
    required_for_meeting_early_years: tuple[str, ...] = (
        "early_years.setting",
        "early_years.setting_type",
        "early_years.funded_hours",
        "voice.carer",
    )
    required_for_meeting_post16: tuple[str, ...] = ("post16.eet_status", "voice.pupil")
    transition_from_year: int = 9
    meeting_roles: tuple[str, ...] = ()  # invitees beyond the standard five, e.g. "IRO"
    timescales: Timescales = field(default_factory=Timescales)
    #: How far ahead of the receiver's clock a received change's stamp may be. Further
    #: ahead means the sending computer's date is wrong: the bundle is refused, so one bad
    #: clock cannot drag every replica's clock (and "the later edit wins") into the future.
    max_clock_ahead_hours: int = DEFAULT_MAX_CLOCK_AHEAD_HOURS

    def __post_init__(self) -> None:
        hours = self.max_clock_ahead_hours
        if type(hours) is not int or not 1 <= hours <= MAX_CLOCK_AHEAD_HOURS:
            raise ValidationError(
                f"The clock limit must be a whole number of hours from 1 to "
                f"{MAX_CLOCK_AHEAD_HOURS}.",
                field="max_clock_ahead_hours",
            )

    def check_funding(self, amount: float, path: str) -> None:
        """A request must match one of the authority's bands (a flat sum is one band)."""
        if amount not in self.funding_bands and amount != 0:
            bands = ", ".join(f"£{band:,.0f}" for band in self.funding_bands)
            raise ValidationError(
                f"{self.name} funds requests of {bands}; '{path}' is not one of them.", field=path
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuthorityProfile:
        try:
            values = dict(data)
            values["timescales"] = Timescales(**values.get("timescales", {}))
            for key in (
                "funding_bands",
                "aln_statuses",
                "sections",
                "required_for_meeting",
                "required_for_meeting_early_years",
                "required_for_meeting_post16",
                "meeting_roles",
            ):
                if key in values:
                    values[key] = tuple(values[key])
            return cls(**values)
        except TypeError as exc:
            raise ValidationError("The authority profile is not in the expected form.") from exc


def default_profile(authority_id: str, name: str, country: str) -> AuthorityProfile:
    """A sensible starting profile for a new authority in Wales or England."""
    if country == "wales":
        return AuthorityProfile(id=authority_id, name=name, country="wales", grant_name="PDG-LAC")
    if country == "england":
        return AuthorityProfile(
            id=authority_id,
            name=name,
            country="england",
            grant_name="PP+",
            funding_bands=(0.0, 600.0, 1200.0),
            aln_statuses=("none", "sen-support", "ehcp"),
            timescales=Timescales(sdq_interval_days=365, sdq_max_age=17),
        )
    raise ValidationError("The country must be wales or england.")


WALES = default_profile("wales-default", "Wales (default)", "wales")
ENGLAND = default_profile("england-default", "England (default)", "england")
