from django.utils import timezone

from hub.models import children_of_any

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
            children_of_any(by_path),
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
