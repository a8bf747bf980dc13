"""Business events in the city calendar: meetings, workshops and conferences for businesses."""

from django.utils.translation import gettext_lazy as _

from hub.events import CalendarSource, Entry


class BusinessEventsSource(CalendarSource):
    """For adults running businesses; business events belong to no neighborhood."""

    kind = "business_events"
    label = _("Events for businesses")

    @property
    def model(self):
        from .models import BusinessEventPage

        return BusinessEventPage

    def pages(self, locale_id, neighborhood_key=None, audience=None):
        pages = self.model.objects.live().filter(locale_id=locale_id)
        if neighborhood_key or (audience and audience != "adults"):
            return pages.none()
        return pages

    def entries(self, pages, request):
        return [
            Entry(
                uid=f"business-event-{page.translation_key}-{page.locale.language_code}@hub",
                title=page.title,
                url=page.get_url(request),
                start=page.start,
                end=page.end,
                kind_label=page.get_kind_display(),
                place=page.place,
                online_url=page.online_url,
                description=page.description,
                updated=page.last_published_at,
                organizer=page.unit.name,
            )
            for page in pages.select_related("locale", "unit")
        ]
