"""schema.org data for search engines, written one way for every domain: absolute URLs, the
page's language, dates with their UTC offset, and "<" escaped so no value can close the
<script type="application/ld+json"> element it is embedded in.

The types and properties used are those of schema.org's core vocabulary (the tests keep a list
and check every document against it); domains build their own shapes on these pieces."""

import json

from django.utils import timezone
from django.utils.translation import get_language, gettext
from wagtail.models import Site

CONTEXT = "https://schema.org"
STATUS = "https://schema.org/"
FREE_ADMISSION = "0"
CURRENCY = "ILS"


def to_json_ld(data):
    """JSON for a <script type="application/ld+json"> element; "<" is escaped so the data cannot
    close the element it is embedded in."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def document(data):
    """A top-level JSON-LD object. The language is stated (inLanguage) only on the types that
    have the property in schema.org (events, creative works); elsewhere the page's lang says it."""
    return {"@context": CONTEXT, **data}


def site_root(request):
    """The Wagtail site's own address, as in the pages' full URLs and the sitemap."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def absolute(request, url):
    if not url or "://" in url:
        return url or ""
    return site_root(request) + url


def city(request):
    """The municipality, as the organization every unit belongs to."""
    return {
        "@type": "GovernmentOrganization",
        "name": gettext("Tel Aviv-Yafo Municipality"),
        "url": absolute(request, "/"),
    }


def organization(unit, request, directory_url=""):
    """A municipal unit as a GovernmentOrganization within its parent unit, and in the end
    within the city. Its URL is its own website, else its entry in the units directory."""
    data = {"@type": "GovernmentOrganization", "name": unit.name}
    url = unit.website or (directory_url and f"{absolute(request, directory_url)}#{unit.anchor}")
    if url:
        data["url"] = url
    if unit.phone:
        data["telephone"] = unit.phone
    if unit.email:
        data["email"] = unit.email
    if unit.address:
        data["address"] = postal_address(unit.address)
    if unit.parent_id and unit.parent is not None:
        data["parentOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": unit.parent.name,
            "parentOrganization": city(request),
        }
    else:
        data["parentOrganization"] = city(request)
    return data


def postal_address(street):
    return {"@type": "PostalAddress", "streetAddress": street, "addressCountry": "IL"}


def geo(located):
    if located.latitude is None or located.longitude is None:
        return None
    return {
        "@type": "GeoCoordinates",
        "latitude": float(located.latitude),
        "longitude": float(located.longitude),
    }


def breadcrumb_list(trail, request):
    """BreadcrumbList for the pages from the home page down to the current one."""
    return document(
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": page.title,
                    "item": page.get_full_url(request),
                }
                for position, page in enumerate(trail, start=1)
            ],
        }
    )


def offer(entry, request, price=None):
    """What it costs to come: nothing unless a price is given, in shekels."""
    return {
        "@type": "Offer",
        "price": FREE_ADMISSION if price is None else f"{price:.2f}",
        "priceCurrency": CURRENCY,
        "availability": STATUS + ("Discontinued" if entry.cancelled else "InStock"),
        "url": absolute(request, entry.url),
    }


def attendance_mode(entry):
    if entry.place and entry.online_url:
        return STATUS + "MixedEventAttendanceMode"
    if entry.online_url:
        return STATUS + "OnlineEventAttendanceMode"
    return STATUS + "OfflineEventAttendanceMode"


def entry_location(entry):
    """The place from the entry's own text (an address with a hall), and the online link."""
    locations = []
    if entry.place:
        locations.append(
            {"@type": "Place", "name": entry.place, "address": postal_address(entry.place)}
        )
    if entry.online_url:
        locations.append({"@type": "VirtualLocation", "url": entry.online_url})
    return locations[0] if len(locations) == 1 else locations


def event(entry, request, location=None, organizer=None, offers=None, **extra):
    """schema.org Event for a calendar entry; `location` replaces the place built from the
    entry, `organizer` the organization named by the entry."""
    data = {
        "@type": "Event",
        "name": entry.title,
        "startDate": timezone.localtime(entry.start).isoformat(),
        "endDate": timezone.localtime(entry.end).isoformat(),
        "url": absolute(request, entry.url),
        "inLanguage": get_language(),
        "eventStatus": STATUS + ("EventCancelled" if entry.cancelled else "EventScheduled"),
        "eventAttendanceMode": attendance_mode(entry),
        "location": location if location is not None else entry_location(entry),
    }
    if entry.description:
        data["description"] = entry.description
    if organizer is None and entry.organizer:
        organizer = {
            "@type": "GovernmentOrganization",
            "name": entry.organizer,
            "parentOrganization": city(request),
        }
    if organizer:
        data["organizer"] = organizer
    if offers:
        data["offers"] = offers
    data.update(extra)
    return document(data)
