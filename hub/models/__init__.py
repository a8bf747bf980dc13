"""Shared models: municipal units, the unit-owned page base, neighborhoods and the units directory."""

from .calendar import EventIndexPage
from .directory import UnitDirectoryPage
from .neighborhoods import NeighborhoodIndexPage, NeighborhoodPage, QuarterPage
from .pages import UnitOwnedPage, UnitOwnedPageForm, children_of, children_of_any
from .units import MunicipalUnit

__all__ = [
    "EventIndexPage",
    "MunicipalUnit",
    "NeighborhoodIndexPage",
    "NeighborhoodPage",
    "QuarterPage",
    "UnitDirectoryPage",
    "UnitOwnedPage",
    "UnitOwnedPageForm",
    "children_of",
    "children_of_any",
]
