"""Events for businesses, as their part of the events dataset (see hub.opendata). They belong
to no neighborhood: a neighborhood filter leaves them out."""

from django.utils.translation import gettext_lazy as _

from hub.opendata.common import events
from hub.opendata.registry import choice_labels, day_start, with_unit_key

from .models import BusinessEventPage

FIELDS = (
    "pk",
    "translation_key",
    "title",
    "url_path",
    "start",
    "end",
    "cancelled",
    "place",
    "online_url",
    "venue_accessibility",
    "kind",
    "description",
    "last_published_at",
    "unit_key",
)


@events.add_kind("business_events", _("Events for businesses"))
def business_event_rows(export):
    chosen = export.chosen
    if "neighborhood" in chosen:
        return
    queryset = with_unit_key(
        BusinessEventPage.objects.live().public().filter(locale_id=export.locale_id)
    )
    if "from" in chosen:
        queryset = queryset.filter(end__gt=day_start(chosen["from"]))
    if "to" in chosen:
        queryset = queryset.filter(start__lt=day_start(chosen["to"], next_day=True))
    kinds = choice_labels(BusinessEventPage, "kind")
    type_label = str(_("Events for businesses"))
    queryset = queryset.order_by("start", "pk").values(*FIELDS)
    for chunk in export.chunks(queryset):
        for event in chunk:
            unit = export.unit_fields(event["unit_key"])
            yield {
                "id": event["pk"],
                "translation_key": str(event["translation_key"]),
                "title": event["title"],
                "url": export.page_url(event["url_path"]),
                "type": "business_events",
                "type_label": type_label,
                "kind_label": kinds.get(event["kind"], ""),
                "start": event["start"],
                "end": event["end"],
                "cancelled": event["cancelled"],
                "place": event["place"],
                "online_url": event["online_url"],
                "venue_accessibility": event["venue_accessibility"],
                "organizer": unit["unit"],
                "organizer_url": "",
                "neighborhoods": [],
                "audiences": [],
                "free": None,
                "price": None,
                "description": event["description"],
                **unit,
                "updated": event["last_published_at"],
            }
