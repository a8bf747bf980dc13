"""Institutions as schema.org places, and their events with the place they happen at."""

from hub.events import event_json_ld, to_json_ld


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
    entry = event.calendar_entry(request, institution)
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
