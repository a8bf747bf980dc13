from ..vocabulary import HOLIDAYS, EventSetting, InstitutionKind
from .events import InstitutionEventPage
from .institutions import InstitutionIndexPage, InstitutionPage, current_benefits
from .opening_hours import HoursException, OpeningHours

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
