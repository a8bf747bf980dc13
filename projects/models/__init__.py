"""Engineering projects and their meetings: everything a resident needs to see what is being
built near them, and the transparency the work plan asks for on every coordinated project."""

from ..transparency import MeetingKind, ProjectStatus
from .meetings import MeetingPage, meetings_calendar, meetings_of
from .projects import ProjectIndexPage, ProjectNeighborhood, ProjectPage

__all__ = [
    "MeetingKind",
    "ProjectStatus",
    "MeetingPage",
    "ProjectIndexPage",
    "ProjectNeighborhood",
    "ProjectPage",
    "meetings_calendar",
    "meetings_of",
]
