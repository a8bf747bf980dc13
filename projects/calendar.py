"""Meetings as calendar entries: the iCalendar feeds, schema.org JSON-LD and the meetings' part of
the city calendar."""

from django.utils.translation import gettext_lazy as _

from hub.events import (
    CalendarSource,
    Entry,
    calendar_response,
    event_json_ld,
)
from hub.models import children_of_any


def meeting_entry(meeting, project=None, request=None):
    return Entry(
        uid=f"meeting-{meeting.translation_key}-{meeting.locale.language_code}@hub",
        title=meeting.title,
        url=meeting.get_url(request),
        start=meeting.start,
        end=meeting.end,
        kind_label=meeting.get_kind_display(),
        place=meeting.place,
        online_url=meeting.online_url,
        cancelled=meeting.cancelled,
        context_title=project.title if project else "",
        context_url=project.get_url(request) if project else "",
        description=meeting.venue_accessibility,
        updated=meeting.last_published_at,
        organizer=meeting.unit.name,
    )


def meetings_calendar(request, meetings, title, filename="meetings.ics"):
    meetings = meetings.order_by("start").select_related("locale", "unit")
    entries = [meeting_entry(meeting, request=request) for meeting in meetings]
    return calendar_response(request, entries, title, filename)


def meeting_json_ld(meeting, request):
    return event_json_ld(meeting_entry(meeting, request=request), request)


class MeetingsSource(CalendarSource):
    """Project meetings, for residents of every age: they answer the adults' audience filter."""

    kind = "meetings"
    label = _("Project meetings")
    audiences = {"adults"}

    @property
    def model(self):
        from .models import MeetingPage

        return MeetingPage

    def pages(self, locale_id, neighborhood_key=None, audience=None):
        from .models import ProjectPage

        pages = self.model.objects.live().filter(locale_id=locale_id)
        if audience and audience not in self.audiences:
            return pages.none()
        if neighborhood_key:
            projects = ProjectPage.objects.filter(
                neighborhood_links__neighborhood__translation_key=neighborhood_key
            )
            pages = pages.filter(children_of_any(projects.values_list("path", flat=True)))
        return pages

    def entries(self, pages, request):
        from .models import ProjectPage

        pages = list(pages.select_related("locale", "unit"))
        steplen = self.model.steplen
        projects = {
            project.path: project
            for project in ProjectPage.objects.filter(
                path__in={page.path[:-steplen] for page in pages}
            )
        }
        return [meeting_entry(page, projects.get(page.path[:-steplen]), request) for page in pages]
