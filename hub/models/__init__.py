"""Shared models: municipal units, the page bases and mixins every domain builds on,
neighborhoods, the units directory, the city calendar and the news of the feeds."""

from .approval import UnitApprovalTask
from .calendar import EventIndexPage
from .directory import UnitDirectoryPage
from .neighborhoods import NeighborhoodIndexPage, NeighborhoodPage, QuarterPage
from .news import NewsItem, NewsNeighborhood
from .pages import (
    IntroPage,
    UnitOwnedPage,
    UnitOwnedPageForm,
    ancestor_paths,
    children_of,
    children_of_any,
)
from .places import CoordinatesMixin, LocatedMixin
from .scheduled import ScheduledPage
from .targets import ReportedValue, Target, TargetSnapshot
from .units import MunicipalUnit

__all__ = [
    "CoordinatesMixin",
    "EventIndexPage",
    "IntroPage",
    "LocatedMixin",
    "MunicipalUnit",
    "NeighborhoodIndexPage",
    "NeighborhoodPage",
    "NewsItem",
    "NewsNeighborhood",
    "QuarterPage",
    "ReportedValue",
    "ScheduledPage",
    "Target",
    "TargetSnapshot",
    "UnitApprovalTask",
    "UnitDirectoryPage",
    "UnitOwnedPage",
    "UnitOwnedPageForm",
    "ancestor_paths",
    "children_of",
    "children_of_any",
]
