"""Where engineering projects plug into the hub: their part of the city calendar, of every
neighborhood's page and of the search facets."""

from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from hub.models import NeighborhoodPage
from hub.models.calendar import restricted_q
from hub.registry import (
    register_calendar_source,
    register_home_block,
    register_neighborhood_section,
    register_page_neighborhoods,
)
from hub.sources import CalendarSource

from . import (
    api,  # noqa: F401  (its page types, filters and documents in the public API)
    exports,  # noqa: F401  (registers its open-data datasets)
    metrics,  # noqa: F401  (registers its work-plan metrics)
    news,  # noqa: F401  (what is news in its pages, for the feeds)
)
from .models import MeetingPage, ProjectIndexPage, ProjectNeighborhood, ProjectPage, ProjectStatus

NEIGHBORHOOD_LIMIT = 12
HOME_LIMIT = 4

# Project meetings are for residents of every age: they answer the adults' audience filter.
register_calendar_source(
    CalendarSource(
        kind="meetings",
        label=_("Project meetings"),
        model=MeetingPage,
        parent_model=ProjectPage,
        audiences={"adults"},
        neighborhood_parents=lambda key: ProjectPage.objects.filter(
            neighborhood_links__neighborhood__translation_key=key
        ),
    )
)


@register_neighborhood_section
def neighborhood_projects(neighborhood, request):
    """The projects touching a neighborhood and their coming meetings, for its page."""
    projects = (
        ProjectPage.objects.live()
        .exclude(restricted_q())
        .filter(
            locale_id=neighborhood.locale_id,
            neighborhood_links__neighborhood__translation_key=neighborhood.translation_key,
        )
        .select_related("unit")
        .distinct()
        .order_by("-first_published_at", "pk")
    )
    projects = ProjectPage.attach_listing_data(
        projects[:NEIGHBORHOOD_LIMIT], neighborhood.locale_id
    )
    if not projects:
        return None
    now = timezone.now()
    meetings = sorted(
        (meeting for project in projects for meeting in project.meeting_list if meeting.end > now),
        key=lambda meeting: meeting.start,
    )
    index = ProjectIndexPage.objects.live().filter(locale_id=neighborhood.locale_id).first()
    return {
        "template": "projects/neighborhood_section.html",
        "projects": projects,
        "meetings": meetings,
        "index": index,
        "neighborhood": neighborhood,
    }


@register_page_neighborhoods
def project_neighborhoods(page_ids):
    """Neighborhoods (translation keys) of projects and of their meetings, for search facets."""
    found = {}
    links = ProjectNeighborhood.objects.filter(project_id__in=page_ids).values_list(
        "project_id", "neighborhood__translation_key"
    )
    for page_id, key in links:
        found.setdefault(page_id, set()).add(key)
    meetings = MeetingPage.objects.filter(pk__in=page_ids).values_list("pk", "path")
    if meetings:
        steplen = MeetingPage.steplen
        parents = {path[:-steplen]: pk for pk, path in meetings}
        for path, key in ProjectNeighborhood.objects.filter(project__path__in=parents).values_list(
            "project__path", "neighborhood__translation_key"
        ):
            found.setdefault(parents[path], set()).add(key)
    return found


@register_home_block("projects", order=20)
def home_projects(request, locale_id, private):
    """The newest projects under way with their neighborhoods in this language, for the home
    page, in one query: a row for each of a project's neighborhoods."""
    newest = (
        ProjectPage.objects.live()
        .filter(locale_id=locale_id, status=ProjectStatus.IN_EXECUTION)
        .exclude(private)
        .order_by("-path")
        .values("pk")[:HOME_LIMIT]
    )
    local = NeighborhoodPage.objects.live().filter(
        locale_id=locale_id, translation_key=OuterRef("neighborhood_key")
    )
    rows = (
        ProjectPage.objects.filter(pk__in=newest)
        .annotate(neighborhood_key=F("neighborhood_links__neighborhood__translation_key"))
        .annotate(neighborhood=Subquery(local.values("title")[:1]))
        .only("title", "url_path", "path", "depth", "locale_id")
        .order_by("-path", "neighborhood_links__sort_order")
    )
    projects, names = {}, {}
    for row in rows:
        projects.setdefault(row.pk, row)
        if row.neighborhood:
            names.setdefault(row.pk, []).append(row.neighborhood)
    if not projects:
        return None
    items = [
        {
            "title": project.title,
            "url": project.get_url(request=request),
            "meta": pgettext("list separator", ", ").join(names.get(project.pk, [])),
        }
        for project in projects.values()
    ]
    # The index is the projects' parent: its address is theirs less the last part.
    index_url = items[0]["url"].rstrip("/").rsplit("/", 1)[0] + "/"
    return {
        "heading": _("Projects under way"),
        "items": items,
        "more_url": f"{index_url}?status={ProjectStatus.IN_EXECUTION}",
        "more_label": _("All projects under way"),
    }
