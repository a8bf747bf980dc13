"""The public API (/api/v2/): each type's own fields, every filter, a stable order, paging,
bad input as 400s, and listings whose query count does not grow with their length."""

import datetime

import pytest
from django.utils import timezone

from hub.api.params import MAX_LIMIT
from hub.models import MunicipalUnit, NeighborhoodPage
from institutions.models import InstitutionEventPage, InstitutionPage
from projects.models import MeetingPage, ProjectPage
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

API = "/api/v2/"
TYPE_FIELDS = {
    "projects.ProjectPage": ["status", "neighborhoods", "latitude", "longitude", "timeline"],
    "projects.MeetingPage": ["start", "end", "place", "invitation", "protocol", "flyer"],
    "institutions.InstitutionPage": ["hours", "benefits", "open_beit_am", "upgrades"],
    "institutions.InstitutionEventPage": ["start", "end", "setting", "audiences", "price"],
    "business.BusinessTopicPage": ["sectors", "stages", "services", "handling_unit"],
    "business.BusinessEventPage": ["start", "end", "kind", "sectors"],
    "hub.NeighborhoodPage": ["summary", "latitude", "longitude"],
}


@pytest.fixture(autouse=True)
def unthrottled(settings):
    settings.HUB_API_RATE = "100000/minute"


def items(client, query, endpoint="pages"):
    response = client.get(f"{API}{endpoint}/", query)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def ids(client, query, endpoint="pages"):
    return [item["id"] for item in items(client, {"limit": MAX_LIMIT, **query}, endpoint)]


def live(model):
    return model.objects.live().public()


@pytest.mark.parametrize("page_type", TYPE_FIELDS)
def test_each_type_lists_its_own_fields(client, page_type):
    found = items(client, {"type": page_type, "fields": "*"})
    assert found, page_type
    for item in found:
        assert item["meta"]["type"] == page_type
        assert set(TYPE_FIELDS[page_type]) <= set(item)


def test_a_projects_fields_are_its_own(client, demo_page):
    project = demo_page("projects/yehuda-hayamit-street-renewal")
    data = client.get(f"{API}pages/{project.pk}/").json()
    assert data["status"] == project.status
    assert data["latitude"] == float(project.latitude)
    assert data["unit"]["code"] == project.unit.code
    assert {n["id"] for n in data["neighborhoods"]} == {
        link.neighborhood_id for link in project.neighborhood_links.all()
    }
    kinds = [block["value"]["kind"] for block in data["documents"]]
    assert kinds == [block["value"]["kind"] for block in project.documents.raw_data]
    assert data["meta"]["parent"]["id"] == project.get_parent().pk


def test_type_and_locale_filters(client):
    found = items(client, {"type": "projects.MeetingPage", "locale": "en", "limit": MAX_LIMIT})
    expected = live(MeetingPage).filter(locale__language_code="en")
    assert {item["id"] for item in found} == set(expected.values_list("pk", flat=True))
    assert {item["meta"]["locale"] for item in found} == {"en"}


def test_neighborhood_filter_follows_the_domains(client, demo_page):
    neighborhood = demo_page("neighborhoods").get_descendants().type(NeighborhoodPage)
    neighborhood = neighborhood.live().first().specific
    key = neighborhood.translation_key
    found = set(ids(client, {"neighborhood": neighborhood.pk, "locale": "he"}))
    projects = live(ProjectPage).filter(
        locale__language_code="he", neighborhood_links__neighborhood__translation_key=key
    )
    institutions = live(InstitutionPage).filter(
        locale__language_code="he", neighborhood__translation_key=key
    )
    assert set(projects.values_list("pk", flat=True)) <= found
    assert set(institutions.values_list("pk", flat=True)) <= found
    assert neighborhood.pk in found
    assert not found & set(live(ProjectPage).exclude(pk__in=projects).values_list("pk", flat=True))


def test_unit_and_status_filters(client):
    project = live(ProjectPage).filter(locale__language_code="he").first()
    query = {"unit": project.unit.code, "status": project.status, "locale": "he"}
    expected = live(ProjectPage).filter(
        locale__language_code="he", unit__code=project.unit.code, status=project.status
    )
    assert set(ids(client, query)) == set(expected.values_list("pk", flat=True))


def test_date_range_overlaps(client):
    today = timezone.localdate()
    later = today + datetime.timedelta(days=60)
    query = {"date_from": today.isoformat(), "date_to": later.isoformat(), "locale": "he"}
    found = set(ids(client, {**query, "type": "institutions.InstitutionEventPage"}))
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    expected = live(InstitutionEventPage).filter(
        locale__language_code="he",
        end__gte=start,
        start__lt=start + datetime.timedelta(days=61),
    )
    assert found == set(expected.values_list("pk", flat=True))
    assert not set(ids(client, {**query, "type": "projects.ProjectPage"}))


@pytest.mark.parametrize("order", ["title", "-title", "first_published_at", "-id"])
def test_order_is_stable_and_pages_do_not_overlap(client, order):
    query = {"type": "projects.MeetingPage", "order": order}
    whole = ids(client, query)
    field = order.lstrip("-")
    expected = live(MeetingPage).order_by(order, "id" if field != "id" else order)
    assert whole == list(expected.values_list("pk", flat=True)[:MAX_LIMIT])
    paged = []
    for offset in range(0, len(whole), 7):
        paged += ids(client, {**query, "limit": 7, "offset": offset})
    assert paged == whole


def test_order_by_start_needs_dated_pages(client):
    assert client.get(f"{API}pages/", {"order": "start"}).status_code == 400
    found = items(client, {"type": "projects.MeetingPage", "order": "start", "fields": "start"})
    assert [item["start"] for item in found] == sorted(item["start"] for item in found)


def test_pagination_counts_and_limits(client):
    response = client.get(f"{API}pages/", {"type": "projects.ProjectPage", "limit": 2})
    data = response.json()
    assert len(data["items"]) == 2
    assert data["meta"]["total_count"] == live(ProjectPage).count()


def test_units_and_neighborhoods_endpoints(client):
    units = items(client, {"locale": "ar", "limit": MAX_LIMIT}, "units")
    assert {u["id"] for u in units} == set(
        MunicipalUnit.objects.filter(locale__language_code="ar").values_list("pk", flat=True)
    )
    assert all(u["locale"] == "ar" for u in units)
    neighborhoods = items(client, {"locale": "he", "fields": "summary"}, "neighborhoods")
    assert neighborhoods and all(n["meta"]["type"] == "hub.NeighborhoodPage" for n in neighborhoods)
    titles = [n["title"] for n in neighborhoods]
    assert titles == sorted(titles)


def test_business_topics_carry_their_services(client):
    topics = items(client, {"type": "business.BusinessTopicPage", "fields": "services"})
    services = [service for topic in topics for service in topic["services"]]
    assert services and all(service["unit"] for service in services)


BAD = [
    "limit=abc",
    "limit=-1",
    f"limit={MAX_LIMIT + 1}",
    "limit=99999999999999999999999",
    "offset=%00",
    "offset=99999999999",
    "type=home.HomePage",
    "type=%00",
    "locale=xx",
    "neighborhood=0",
    "neighborhood=abc",
    "neighborhood=2147483647",
    "neighborhood=99999999999999999999",
    "unit=%00",
    "unit=no-such-unit",
    "status=nonsense",
    "date_from=2026-13-01",
    "date_from=abc",
    "date_to=%00",
    "date_from=2026-05-02&date_to=2026-05-01",
    "order=bogus",
    "order=start",
    "fields=nonsense",
    "fields=%00",
    "fields=title(id)",
    "unknown=1",
    "search=x",
    "type=projects.ProjectPage&fields=no_such_field",
]


@pytest.mark.parametrize("query", BAD)
def test_bad_input_is_a_clear_400(client, query):
    response = client.get(f"{API}pages/?{query}")
    assert response.status_code == 400, (query, response.status_code)
    assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ["units", "images", "documents", "neighborhoods"])
@pytest.mark.parametrize("query", ["limit=x", "offset=-3", "order=nope", "fields=%00", "type=x"])
def test_other_endpoints_refuse_bad_input(client, endpoint, query):
    assert client.get(f"{API}{endpoint}/?{query}").status_code == 400


@pytest.mark.parametrize(
    "path", ["pages/99999999999999999999/", "pages/abc/", "pages/0/", "units/%00/", "images/1/x/"]
)
def test_bad_ids_are_not_found(client, path):
    assert client.get(f"{API}{path}").status_code == 404


def test_details_refuse_listing_parameters(client, demo_page):
    project = demo_page("projects/yehuda-hayamit-street-renewal")
    assert client.get(f"{API}pages/{project.pk}/?limit=3").status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "type=projects.ProjectPage&fields=*",
        "type=projects.MeetingPage&fields=*",
        "type=institutions.InstitutionPage&fields=*",
        "type=business.BusinessTopicPage&fields=*",
        "fields=*",
    ],
)
def test_listing_queries_do_not_grow_with_its_length(client, query):
    assert count_queries(client, f"{API}pages/?{query}&limit=5") == count_queries(
        client, f"{API}pages/?{query}&limit=50"
    )


@pytest.mark.parametrize("endpoint", ["units", "documents", "images", "neighborhoods"])
def test_other_listings_queries_do_not_grow(client, endpoint):
    assert count_queries(client, f"{API}{endpoint}/?fields=*&limit=2") == count_queries(
        client, f"{API}{endpoint}/?fields=*&limit=50"
    )


def test_the_root_names_every_endpoint_and_the_description(client):
    root = client.get("/api/v2/").json()
    assert set(root["endpoints"]) == {"pages", "neighborhoods", "images", "documents", "units"}
    for url in [*root["endpoints"].values(), root["openapi"]]:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200, url


@pytest.mark.parametrize("language", ["ar", "en"])
def test_linked_neighborhoods_are_in_the_pages_language(client, demo_page, language):
    """Translations link the source language's neighborhoods; the API shows each one's page in
    the language of the page that links it."""
    project = demo_page("projects/yehuda-hayamit-street-renewal", language)
    data = client.get(f"{API}pages/{project.pk}/").json()
    keys = {link.neighborhood.translation_key for link in project.neighborhood_links.all()}
    expected = live(NeighborhoodPage).filter(translation_key__in=keys, locale=project.locale)
    assert data["neighborhoods"] and {n["id"] for n in data["neighborhoods"]} == {
        page.pk for page in expected
    }
    assert {n["title"] for n in data["neighborhoods"]} == {page.title for page in expected}
    institution = demo_page("institutions/jaffa-d-community-center", language)
    neighborhood = client.get(f"{API}pages/{institution.pk}/").json()["neighborhood"]
    assert neighborhood["id"] == institution.neighborhood.get_translation(project.locale).pk
