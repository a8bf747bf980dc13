"""What engineering projects publish through the API (hub.api): projects and meetings, which
pages touch a neighborhood, the status filter, and the kind and language of their documents."""

from django.db.models import Prefetch, Q
from wagtail.documents import get_document_model

from hub.api.published import pages_using
from hub.api.registry import PageFilter, register_document_details, register_page_type
from hub.models import NeighborhoodPage, children_of_any

from .models import MeetingPage, ProjectNeighborhood, ProjectPage, ProjectStatus


def projects_in(key):
    return ProjectPage.objects.filter(neighborhood_links__neighborhood__translation_key=key)


def shown_neighborhoods():
    links = ProjectNeighborhood.objects.filter(
        neighborhood__in=NeighborhoodPage.objects.live().public()
    )
    return [
        Prefetch(
            "neighborhood_links",
            queryset=links.select_related("neighborhood").order_by("sort_order", "pk"),
        )
    ]


register_page_type(
    ProjectPage,
    neighborhood=projects_in,
    filters=(
        PageFilter(
            "status",
            tuple(ProjectStatus.values),
            "Only projects at this stage; pages of other types never match.",
            lambda value: ProjectPage.objects.filter(status=value),
        ),
    ),
    select=("locale", "unit"),
    prefetch=shown_neighborhoods,
)
register_page_type(
    MeetingPage,
    neighborhood=lambda key: MeetingPage.objects.filter(
        children_of_any(projects_in(key).values_list("path", flat=True))
    ),
    select=("locale", "unit", "flyer", "protocol"),
)


@register_document_details
def project_documents(ids):
    """Kind and language as the project's editors gave them; a meeting's flyer and protocol
    are what their field says."""
    found = {}
    projects = pages_using(get_document_model(), ids, ProjectPage).only("documents")
    for project in projects:
        for block in project.documents.raw_data:
            value = block["value"]
            if value.get("document") in ids:
                found.setdefault(value["document"], {"kind": value.get("kind")})
                found[value["document"]].setdefault("language", value.get("language"))
    meetings = (
        MeetingPage.objects.live()
        .public()
        .filter(Q(flyer_id__in=ids) | Q(protocol_id__in=ids))
        .values_list("flyer_id", "protocol_id")
    )
    for flyer_id, protocol_id in meetings:
        if flyer_id in ids:
            found.setdefault(flyer_id, {"kind": "flyer"})
        if protocol_id in ids:
            found.setdefault(protocol_id, {"kind": "protocol"})
    return found
