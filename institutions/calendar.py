"""Institution events as calendar entries (feeds, JSON-LD, the city calendar) and institutions as
schema.org places."""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.events import CalendarSource, Entry, event_json_ld, to_json_ld
from hub.fields import has_choice
from hub.models import children_of_any


def event_details(event):
    details = list(event.audience_labels)
    if event.free:
        details.append(_("Free entry"))
    elif event.price is not None:
        details.append(_("%(price)s ₪") % {"price": event.price_display})
    if event.holiday:
        details.append(event.get_holiday_display())
    return details


def event_entry(event, institution, request=None):
    return Entry(
        uid=f"institution-event-{event.translation_key}-{event.locale.language_code}@hub",
        title=event.title,
        url=event.get_url(request),
        start=event.start,
        end=event.end,
        kind_label=event.get_setting_display(),
        place=event.place or (institution.address if institution else ""),
        cancelled=event.cancelled,
        context_title=institution.title if institution else "",
        context_url=institution.get_url(request) if institution else "",
        details=event_details(event),
        description=event.description,
        updated=event.last_published_at,
    )


def _place(institution, request):
    data = {
        "@type": "Place",
        "name": institution.title,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": institution.address,
            "addressCountry": "IL",
        },
        "url": request.build_absolute_uri(institution.get_url(request)),
    }
    if institution.latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(institution.latitude),
            "longitude": float(institution.longitude),
        }
    if institution.phone:
        data["telephone"] = institution.phone
    return data


DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def institution_json_ld(institution, request):
    data = {"@context": "https://schema.org", **_place(institution, request)}
    data["description"] = institution.summary
    if institution.email:
        data["email"] = institution.email
    data["openingHoursSpecification"] = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAY_NAMES[hours.weekday]}",
            "opens": hours.opens.strftime("%H:%M"),
            "closes": hours.closes.strftime("%H:%M"),
        }
        for hours in institution.hour_list
    ] + [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": exception.date.isoformat(),
            "validThrough": exception.date.isoformat(),
            "opens": exception.opens.strftime("%H:%M") if not exception.closed else "00:00",
            "closes": exception.closes.strftime("%H:%M") if not exception.closed else "00:00",
        }
        for exception in institution.coming_exceptions()
    ]
    return to_json_ld(data)


def event_json_ld_for(event, institution, request):
    entry = event_entry(event, institution, request)
    location = _place(institution, request)
    if event.place:
        location = {"@type": "Place", "name": event.place, "containedInPlace": location}
    extra = {"description": event.description, "isAccessibleForFree": event.free}
    if not event.free and event.price is not None:
        extra["offers"] = {
            "@type": "Offer",
            "price": f"{event.price:.2f}",
            "priceCurrency": "ILS",
            "url": entry.url and request.build_absolute_uri(entry.url),
        }
    extra["organizer"] = {"@type": "Organization", "name": institution.title}
    return event_json_ld(entry, request, location=location, **extra)


class InstitutionEventsSource(CalendarSource):
    kind = "institution_events"
    label = gettext_lazy("Institution events")

    @property
    def model(self):
        from .models import InstitutionEventPage

        return InstitutionEventPage

    def pages(self, locale_id, neighborhood_key=None, audience=None):
        from .models import InstitutionPage

        pages = self.model.objects.live().filter(locale_id=locale_id)
        if audience:
            pages = pages.filter(has_choice("audiences", audience) | Q(audiences=""))
        if neighborhood_key:
            institutions = InstitutionPage.objects.filter(
                neighborhood__translation_key=neighborhood_key
            )
            pages = pages.filter(children_of_any(institutions.values_list("path", flat=True)))
        return pages

    def entries(self, pages, request):
        from .models import InstitutionPage

        pages = list(pages.select_related("locale"))
        steplen = self.model.steplen
        institutions = {
            institution.path: institution
            for institution in InstitutionPage.objects.filter(
                path__in={page.path[:-steplen] for page in pages}
            ).only("title", "address", "path", "url_path", "depth", "locale_id")
        }
        return [
            event_entry(page, institutions.get(page.path[:-steplen]), request) for page in pages
        ]
