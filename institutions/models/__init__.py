from ..vocabulary import HOLIDAYS, EventSetting, InstitutionKind
from .events import InstitutionEventPage
from .institutions import (
    HoursException,
    InstitutionIndexPage,
    InstitutionPage,
    OpeningHours,
    current_benefits,
)

__all__ = [
    "HOLIDAYS",
    "EventSetting",
    "HoursException",
    "InstitutionEventPage",
    "InstitutionIndexPage",
    "InstitutionKind",
    "InstitutionPage",
    "OpeningHours",
    "current_benefits",
]
