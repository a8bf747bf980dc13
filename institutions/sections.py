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
