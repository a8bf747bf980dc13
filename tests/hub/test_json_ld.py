"""schema.org data in the pages: every document parses, uses only schema.org types and the
properties those types have, and gives events, units, institutions, projects and breadcrumbs
the shapes search engines read."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation
from django.utils.translation import gettext

from hub.models import MunicipalUnit
from tests.helpers import soup

pytestmark = pytest.mark.django_db

# The schema.org types used, each with its parents and the properties it adds (schema.org
# 29.x); a property is allowed on a type if the type or one of its ancestors has it.
VOCABULARY = {
    "Thing": ([], {"name", "url", "description", "identifier", "image", "sameAs"}),
    "Place": (
        ["Thing"],
        {"address", "geo", "telephone", "openingHoursSpecification", "containedInPlace"},
    ),
    "CivicStructure": (["Place"], {"openingHours"}),
    "Organization": (
        ["Thing"],
        {
            "address",
            "email",
            "telephone",
            "parentOrganization",
            "contactPoint",
            "location",
            "areaServed",
            "sponsor",
            "funder",
        },
    ),
    "GovernmentOrganization": (["Organization"], set()),
    "Project": (["Organization"], set()),
    "LocalBusiness": (["Organization", "Place"], {"openingHours"}),
    "SportsActivityLocation": (["LocalBusiness"], set()),
    "Event": (
        ["Thing"],
        {
            "startDate",
            "endDate",
            "location",
            "eventStatus",
            "eventAttendanceMode",
            "organizer",
            "offers",
            "inLanguage",
            "isAccessibleForFree",
        },
    ),
    "VirtualLocation": (["Thing"], set()),
    "ContactPoint": (["Thing"], {"contactType", "email", "telephone"}),
    "PostalAddress": (["ContactPoint"], {"streetAddress", "addressCountry", "addressLocality"}),
    "GeoCoordinates": (["Thing"], {"latitude", "longitude"}),
    "OpeningHoursSpecification": (
        ["Thing"],
        {"dayOfWeek", "opens", "closes", "validFrom", "validThrough"},
    ),
    "Offer": (["Thing"], {"price", "priceCurrency", "availability"}),
    "ItemList": (["Thing"], {"itemListElement"}),
    "BreadcrumbList": (["ItemList"], set()),
    "ListItem": (["Thing"], {"position", "item"}),
}
ENUMERATIONS = {
    "eventStatus": {"EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled"},
    "eventAttendanceMode": {
        "OfflineEventAttendanceMode",
        "OnlineEventAttendanceMode",
        "MixedEventAttendanceMode",
    },
    "availability": {"InStock", "Discontinued", "SoldOut"},
    "dayOfWeek": {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
}
DATES = {"startDate", "endDate"}

MEETING = "projects/yehuda-hayamit-street-renewal/residents-meeting-phase-2"
CANCELLED = "projects/shapira-community-garden/opening-round-table"
PAID_EVENT = "institutions/florentin-culture-house/chamber-concert"


def properties_of(type_name):
    parents, own = VOCABULARY[type_name]
    return own.union(*(properties_of(parent) for parent in parents))


def check(node, where):
    """Every typed object in the document against the vocabulary, recursively."""
    if isinstance(node, list):
        for item in node:
            check(item, where)
        return
    if not isinstance(node, dict):
        return
    types = node.get("@type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        unknown = [name for name in types if name not in VOCABULARY]
        assert not unknown, f"{where}: not a type we checked: {unknown}"
        allowed = set().union(*(properties_of(name) for name in types))
        extra = {key for key in node if not key.startswith("@")} - allowed
        assert not extra, f"{where}: {types} has no {extra}"
    for key, value in node.items():
        if key in ENUMERATIONS:
            assert value.removeprefix("https://schema.org/") in ENUMERATIONS[key], (where, value)
        if key in DATES:
            moment = datetime.datetime.fromisoformat(value)
            assert moment.tzinfo is not None, (where, key, value)
        if key in ("url", "item") and isinstance(value, str):
            assert value.startswith(("http://", "https://")), (where, key, value)
        check(value, where)


def documents(response, where=""):
    page = soup(response)
    found = [
        json.loads(script.string) for script in page.find_all("script", type="application/ld+json")
    ]
    for data in found:
        assert data["@context"] == "https://schema.org"
        check(data, where)
    return found


def of_type(found, type_name):
    return [
        data
        for data in found
        if type_name == data.get("@type") or type_name in data.get("@type", [])
    ]


def sitemap_paths(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    return ["/" + location.split("/", 3)[3] for location in locations]


def test_every_page_of_the_demo_has_valid_schema_org_data(client):
    paths = sitemap_paths(client)
    assert len(paths) > 200
    seen = set()
    for path in paths:
        for data in documents(client.get(path), path):
            seen.add(str(data.get("@type", "@graph")))
    assert {"Event", "BreadcrumbList", "GovernmentOrganization", "Project", "@graph"} <= seen


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_meeting_is_a_free_event_organised_by_its_unit(client, demo_page, language):
    meeting = demo_page(MEETING, language)
    (event,) = of_type(documents(client.get(meeting.url)), "Event")
    assert event["name"] == meeting.title
    assert datetime.datetime.fromisoformat(event["startDate"]) == meeting.start
    assert event["startDate"][-6:] in ("+02:00", "+03:00")
    assert event["inLanguage"] == language
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    places = [place for place in event["location"] if place["@type"] == "Place"]
    assert places[0]["address"]["streetAddress"] == meeting.place
    assert event["offers"]["price"] == "0"
    assert event["offers"]["priceCurrency"] == "ILS"
    assert event["offers"]["availability"] == "https://schema.org/InStock"
    assert event["offers"]["url"] == meeting.get_full_url()
    organizer = event["organizer"]
    assert organizer["@type"] == "GovernmentOrganization"
    assert organizer["name"] == meeting.unit.name
    assert organizer["parentOrganization"]["@type"] == "GovernmentOrganization"


def test_cancelled_meeting_is_a_cancelled_event(client, demo_page):
    meeting = demo_page(CANCELLED, "en")
    assert meeting.cancelled
    (event,) = of_type(documents(client.get(meeting.url)), "Event")
    assert event["eventStatus"] == "https://schema.org/EventCancelled"
    assert event["offers"]["availability"] == "https://schema.org/Discontinued"


def test_paid_institution_event_has_its_price_and_free_one_costs_nothing(client, demo_page):
    (paid,) = of_type(documents(client.get(demo_page(PAID_EVENT, "en").url)), "Event")
    assert paid["offers"]["price"] == "40.00"
    assert paid["offers"]["priceCurrency"] == "ILS"
    assert paid["isAccessibleForFree"] is False
    assert paid["location"]["address"]["@type"] == "PostalAddress"
    assert paid["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    (free,) = of_type(
        documents(client.get("/en/institutions/jaffa-d-community-center/ramadan-iftar/")), "Event"
    )
    assert free["isAccessibleForFree"] is True
    assert free["offers"]["price"] == "0"
    assert free["location"]["containedInPlace"]["name"]


def test_business_event_is_organised_by_its_unit(client, demo_page):
    page = demo_page("business/jaffa-business-meeting", "ar")
    (event,) = of_type(documents(client.get(page.url)), "Event")
    assert event["organizer"]["name"] == page.unit.name
    assert event["organizer"]["url"].endswith(f"/ar/units/#{page.unit.anchor}")
    assert "offers" not in event  # the model says nothing of a price


def test_units_directory_lists_every_unit_as_a_government_organization(client):
    (graph,) = [data for data in documents(client.get("/ar/units/")) if "@graph" in data]
    units = MunicipalUnit.objects.filter(locale__language_code="ar")
    by_name = {node["name"]: node for node in graph["@graph"]}
    assert len(graph["@graph"]) == units.count()
    for unit in units:
        node = by_name[unit.name]
        assert node["@type"] == "GovernmentOrganization"
        assert node.get("telephone", "") == unit.phone
        assert node.get("email", "") == unit.email
        parent = node["parentOrganization"]
        with translation.override("ar"):
            city = gettext("Tel Aviv-Yafo Municipality")
        assert parent["name"] == (unit.parent.name if unit.parent else city)


def test_page_owner_is_a_government_organization(client, demo_page):
    page = demo_page("business", "en")
    (unit,) = of_type(documents(client.get(page.url)), "GovernmentOrganization")
    assert unit["name"] == page.unit.name
    assert unit["url"].endswith(f"/en/units/#{page.unit.anchor}")


@pytest.mark.parametrize(
    "path,expected",
    [
        ("institutions/jaffa-d-community-center", ["CivicStructure", "Organization"]),
        ("institutions/ramat-aviv-country-club", "SportsActivityLocation"),
        ("institutions/yad-eliyahu-sports-center", "SportsActivityLocation"),
    ],
)
def test_institution_type_follows_its_kind(client, demo_page, path, expected):
    page = demo_page(path, "en")
    (data,) = [d for d in documents(client.get(page.url)) if d["@type"] == expected]
    assert data["name"] == page.title
    assert data["address"]["streetAddress"] == page.address
    assert data["geo"]["latitude"] == pytest.approx(float(page.latitude))
    assert data["openingHoursSpecification"]
    assert data["parentOrganization"]["@type"] == "GovernmentOrganization"


def test_project_is_a_located_project_sponsored_by_its_unit(client, demo_page):
    page = demo_page("projects/yehuda-hayamit-street-renewal", "he")
    (project,) = of_type(documents(client.get(page.url)), "Project")
    assert project["name"] == page.title
    assert project["url"] == page.get_full_url()
    assert project["location"]["geo"]["longitude"] == pytest.approx(float(page.longitude))
    assert project["sponsor"]["@type"] == "GovernmentOrganization"
    assert project["sponsor"]["name"] == page.unit.name
    assert {place["name"] for place in project["areaServed"]}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_breadcrumbs_list_the_way_down_with_absolute_urls(client, demo_page, language):
    page = demo_page(MEETING, language)
    (crumbs,) = of_type(documents(client.get(page.url)), "BreadcrumbList")
    items = crumbs["itemListElement"]
    trail = [*page.get_ancestors()[1:], page]
    assert [item["position"] for item in items] == list(range(1, len(trail) + 1))
    assert [item["item"] for item in items] == [ancestor.get_full_url() for ancestor in trail]
    assert [item["name"] for item in items] == [ancestor.title for ancestor in trail]


def test_home_page_has_no_breadcrumbs(client):
    assert not of_type(documents(client.get("/en/")), "BreadcrumbList")


def test_a_title_cannot_close_the_script_element(client, demo_page):
    meeting = demo_page(MEETING, "en")
    meeting.title = "Meeting</script><script>alert(1)</script>"
    meeting.save_revision().publish()
    response = client.get(meeting.url)
    assert "</script><script>alert(1)" not in response.content.decode()
    (event,) = of_type(documents(response), "Event")
    assert event["name"] == meeting.title
    (crumbs,) = of_type(documents(response), "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["name"] == meeting.title
