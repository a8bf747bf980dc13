"""Where business promotion plugs into the hub: its events in the city calendar. They are for
adults running businesses and belong to no neighborhood."""

from django.utils.translation import gettext_lazy as _

from hub.registry import register_calendar_source
from hub.sources import CalendarSource

from . import (
    api,  # noqa: F401  (its page types, filters and documents in the public API)
    exports,  # noqa: F401  (registers its open-data datasets)
    news,  # noqa: F401  (what is news in its pages, for the feeds)
)
from .models import BusinessEventPage

register_calendar_source(
    CalendarSource(
        kind="business_events",
        label=_("Events for businesses"),
        model=BusinessEventPage,
        audiences={"adults"},
    )
)
