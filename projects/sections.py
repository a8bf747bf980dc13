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
