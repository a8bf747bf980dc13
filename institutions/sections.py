from django.utils import timezone

from hub.events import under_parent_matching

from .models import InstitutionEventPage, InstitutionIndexPage, InstitutionPage

NEIGHBORHOOD_LIMIT = 12
EVENT_LIMIT = 8


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
    events = list(
        InstitutionEventPage.objects.live()
        .public()
        .filter(
            under_parent_matching(
                InstitutionEventPage, InstitutionPage.objects.filter(pk__in=list(by_path.values()))
            ),
            end__gt=timezone.now(),
        )
        .order_by("start", "pk")[:EVENT_LIMIT]
    )
    steplen = InstitutionEventPage.steplen
    for event in events:
        event.institution = by_path.get(event.path[:-steplen])
    index = InstitutionIndexPage.objects.live().filter(locale_id=neighborhood.locale_id).first()
    return {
        "template": "institutions/neighborhood_section.html",
        "institutions": institutions,
        "events": events,
        "index": index,
        "neighborhood": neighborhood,
    }
