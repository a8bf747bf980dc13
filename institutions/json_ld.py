"""Institutions as schema.org places that are also organizations, and their events with the
place they happen at.

schema.org has no community-center type. An institution is both a building residents come to
(a Place: address, geo, opening hours) and a body that runs activities and can be written to (an
Organization: e-mail, parent organization, organizer of events). So:

- sport facilities and country clubs are `SportsActivityLocation`, a LocalBusiness and
  therefore already both a Place and an Organization;
- community centers, youth clubs and culture institutions are `CivicStructure` ("a public
  structure, such as a town hall or concert hall") together with `Organization`, since
  CivicStructure alone is a Place and has no e-mail nor parent organization.

Every institution's parent organization is its owning municipal unit."""

from hub import json_ld
from hub.events import event_json_ld, to_json_ld

from .vocabulary import InstitutionKind

SPORT_KINDS = {InstitutionKind.SPORT, InstitutionKind.COUNTRY_CLUB}


def schema_type(institution):
    if institution.kind in SPORT_KINDS:
        return "SportsActivityLocation"
    return ["CivicStructure", "Organization"]


def _place(institution, request):
    data = {
        "@type": schema_type(institution),
        "name": institution.title,
        "address": json_ld.postal_address(institution.address),
        "url": institution.get_full_url(request),
    }
    coordinates = json_ld.geo(institution)
    if coordinates:
        data["geo"] = coordinates
    if institution.phone:
        data["telephone"] = institution.phone
    return data


DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def institution_json_ld(institution, request):
    data = json_ld.document(_place(institution, request))
    data["description"] = institution.summary
    if institution.email:
        data["email"] = institution.email
    if institution.unit_id:
        data["parentOrganization"] = json_ld.organization(institution.unit, request)
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
    """The event at its institution (or at a named place next to it), organised by the
    institution; free entry is an offer at no cost, a charge an offer at its price."""
    entry = event.calendar_entry(request, institution)
    location = _place(institution, request)
    if event.place:
        location = {
            "@type": "Place",
            "name": event.place,
            "address": json_ld.postal_address(event.place),
            "containedInPlace": location,
        }
    extra = {"isAccessibleForFree": event.free}
    if event.free or event.price is not None:
        extra["offers"] = json_ld.offer(entry, request, None if event.free else event.price)
    extra["organizer"] = {
        "@type": schema_type(institution),
        "name": institution.title,
        "url": institution.get_full_url(request),
    }
    return event_json_ld(entry, request, location=location, **extra)
