"""Where institutions plug into the hub: their events in the city calendar, their part of every
neighborhood's page and of the search facets."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.models import children_of_any
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
from .hours import next_to_open
from .models import InstitutionEventPage, InstitutionIndexPage, InstitutionPage
from .models.opening_hours import open_places

NEIGHBORHOOD_LIMIT = 12
EVENT_LIMIT = 8
HOME_LIMIT = 5

register_calendar_source(
    CalendarSource(
        kind="institution_events",
        label=_("Institution events"),
        model=InstitutionEventPage,
        parent_model=InstitutionPage,
        neighborhood_parents=lambda key: InstitutionPage.objects.filter(
            neighborhood__translation_key=key
        ),
    )
)


@register_neighborhood_section
def neighborhood_institutions(neighborhood, request):
    """The institutions of a neighborhood and their coming events, for its page."""
    institutions = (
        InstitutionPage.objects.live()
        .public()
        .filter(
            locale_id=neighborhood.locale_id,
            neighborhood__translation_key=neighborhood.translation_key,
        )
        .select_related("unit")
        .order_by("title", "pk")
    )
    institutions = InstitutionPage.attach_listing_data(
        institutions[:NEIGHBORHOOD_LIMIT], neighborhood.locale_id
    )
    if not institutions:
        return None
    by_path = {institution.path: institution for institution in institutions}
    events = (
        InstitutionEventPage.objects.live()
        .public()
        .filter(children_of_any(by_path), end__gt=timezone.now())
        .select_related(*InstitutionEventPage.entry_related)
        .order_by("start", "pk")[:EVENT_LIMIT]
    )
    steplen = InstitutionEventPage.steplen
    entries = [
        event.calendar_entry(request, by_path.get(event.path[:-steplen])) for event in events
    ]
    index = InstitutionIndexPage.objects.live().filter(locale_id=neighborhood.locale_id).first()
    return {
        "template": "institutions/neighborhood_section.html",
        "institutions": institutions,
        "events": entries,
        "index": index,
        "neighborhood": neighborhood,
    }


@register_page_neighborhoods
def institution_neighborhoods(page_ids):
    """Neighborhoods (translation keys) of institutions and of their events, for search facets."""
    found = {}
    for page_id, key in InstitutionPage.objects.filter(
        pk__in=page_ids, neighborhood__isnull=False
    ).values_list("pk", "neighborhood__translation_key"):
        found.setdefault(page_id, set()).add(key)
    events = InstitutionEventPage.objects.filter(pk__in=page_ids).values_list("pk", "path")
    if events:
        steplen = InstitutionEventPage.steplen
        parents = {path[:-steplen]: pk for pk, path in events}
        for path, key in InstitutionPage.objects.filter(
            path__in=parents, neighborhood__isnull=False
        ).values_list("path", "neighborhood__translation_key"):
            found.setdefault(parents[path], set()).add(key)
    return found


@register_home_block("open_now", order=30, template="institutions/home_open_now.html")
def home_open_now(request, locale_id, private):
    """The institutions open at this moment or, when none is, the next to open; true until the
    first of them opens or closes (or midnight turns "tomorrow" into "today")."""
    institutions = open_places(
        InstitutionPage.objects.live().filter(locale_id=locale_id).exclude(private)
    )
    if not institutions:
        return None
    # The index is the institutions' parent: its address is theirs less the last part.
    index_url = institutions[0].get_url(request=request).rstrip("/").rsplit("/", 1)[0] + "/"
    changes = [place.opening.changes for place in institutions if place.opening.changes]
    return {
        "open": [place for place in institutions if place.opening.open][:HOME_LIMIT],
        "next": next_to_open(institutions, HOME_LIMIT),
        "index_url": index_url,
        "until": min(changes, default=None),
    }
