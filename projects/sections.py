from django.utils import timezone

from .models import ProjectIndexPage, ProjectPage

NEIGHBORHOOD_LIMIT = 12


def neighborhood_projects(neighborhood, request):
    """The projects touching a neighborhood and their coming meetings, for its page."""
    projects = (
        ProjectPage.objects.live()
        .public()
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


def project_neighborhoods(page_ids):
    """Neighborhoods (translation keys) of projects and of their meetings, for search facets."""
    from .models import MeetingPage, ProjectNeighborhood

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
