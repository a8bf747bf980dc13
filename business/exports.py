"""Events for businesses, as their part of the events dataset (see hub.opendata). They belong
to no neighborhood: a neighborhood filter leaves them out."""

from django.utils.translation import gettext_lazy as _

from hub.opendata.common import EVENT_VALUES, event_row, events
from hub.opendata.registry import choice_labels, day_start, with_unit_key

from .models import BusinessEventPage

FIELDS = (*EVENT_VALUES, "kind")


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
            yield event_row(
                export,
                event,
                "business_events",
                type_label,
                kind_label=kinds.get(event["kind"], ""),
                organizer=unit["unit"],
            )
