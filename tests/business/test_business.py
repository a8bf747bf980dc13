"""The business section: topics by sector and stage, the unit that handles each topic, the
who-handles-what directory, events, bad filter values and the three languages."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from business.models import BusinessEventPage, BusinessService, BusinessTopicPage
from hub.models import MunicipalUnit

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def topic_titles(response):
    return sorted(h.get_text(strip=True) for h in soup(response).select(".card__title"))


def test_topics_by_stage_and_sector(client):
    assert len(topic_titles(client.get("/en/business/"))) == 8
    assert topic_titles(client.get("/en/business/?stage=closing")) == [
        "Closing a business",
        "Municipal tax for businesses",
    ]
    food_running = topic_titles(client.get("/en/business/?sector=food&stage=running"))
    assert "Tables and chairs in public space" in food_running
    assert "Municipal tax for businesses" in food_running, "topics for every sector count too"
    assert "Grants and initiatives for businesses" not in food_running


@pytest.mark.parametrize(
    "url",
    [
        "/he/business/?stage=bogus",
        "/he/business/?sector=<b>",
        "/he/business/?sector=" + "x" * 5000,
        "/ar/business/who-handles-what/?unit=nope&stage=1",
        "/ar/business/who-handles-what/?sector=%E2%80%8F",
    ],
)
def test_bad_filters_are_reported_never_fail(client, url):
    page = soup(client.get(url))
    assert page.find(class_="notice") is not None


def test_topic_names_its_handling_unit_services_and_the_hotline(client):
    page = soup(client.get("/ar/business/municipal-tax-for-businesses/"))
    handler = page.find(id="handler-heading").parent
    assert "قسم الجباية – الأرنونا" in handler.find(class_="unit-card__name").get_text()
    assert handler.select_one("a[href^='tel:']")
    assert handler.select_one("a[href='tel:106']")
    services = page.select(".services-table tbody tr")
    assert {row.find_all("td")[0].get_text(strip=True) for row in services} == {
        "تسجيل حائز على عقار تجاري",
        "اعتراض على جباية الأرنونا",
    }
    for row in services:
        link = row.find_all("td")[1].find("a")
        assert link["href"] == "/ar/units/#unit-municipal-tax"


def test_every_topic_has_a_handling_unit_and_steps_in_each_language():
    for language in ("he", "ar", "en"):
        topics = BusinessTopicPage.objects.live().filter(locale__language_code=language)
        assert topics.count() == 8
        for topic in topics:
            assert topic.handling_unit.locale.language_code == language
            assert len(topic.steps) >= 1
            assert topic.stages


def test_directory_maps_services_to_units_with_filters(client):
    rows = soup(client.get("/en/business/who-handles-what/")).select(".services-table tbody tr")
    assert len(rows) == 11
    units = {row.find_all("td")[1].get_text(strip=True) for row in rows}
    assert {
        "Business Licensing Division",
        "Billing Division – Municipal Tax",
        "106 Service Hotline",
    } <= units
    licensing = soup(client.get("/en/business/who-handles-what/?unit=business-licensing"))
    names = [
        row.find("td").get_text(" ", strip=True)
        for row in licensing.select(".services-table tbody tr")
    ]
    assert names == [
        "New business licence",
        "Public-space seating permit",
        "Renewing a business licence",
        "Signage permit",
    ]
    linked = licensing.select_one(".services-table tbody a[href^='/en/business/']")
    assert linked["href"] in {
        "/en/business/business-licensing/",
        "/en/business/signage/",
        "/en/business/tables-and-chairs-in-public-space/",
    }


def test_directory_runs_a_fixed_number_of_queries(client):
    url = "/he/business/who-handles-what/"
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    source = BusinessService.objects.filter(locale__language_code="he").first()
    for number in range(15):
        BusinessService.objects.create(
            locale=source.locale,
            name=f"שירות {number}",
            unit=source.unit,
            topic=source.topic,
            stages=["running"],
        )
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert "שירות 14" in response.content.decode()
    assert len(after) == len(before)


def test_events_are_listed_on_the_business_home(client):
    page = soup(client.get("/he/business/"))
    events = page.find(id="events-heading").parent.select("li a")
    assert [a.get_text(strip=True) for a in events][:1] == ["סדנת שיווק דיגיטלי לעסקים קטנים"]
    assert len(events) == 3


def test_event_validation():
    start = timezone.now()
    event = BusinessEventPage(
        title="x",
        slug="x",
        kind="workshop",
        start=start,
        end=start - datetime.timedelta(hours=1),
        description="x",
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert {"end", "place"} <= set(error.value.message_dict)


def test_unknown_sector_is_refused_on_save():
    service = BusinessService.objects.filter(locale__language_code="he").first()
    service.sectors = ["food", "space-travel"]
    with pytest.raises(ValidationError):
        service.full_clean()


@pytest.mark.parametrize(
    "language,heading",
    [
        ("he", "מה אתם צריכים לעשות?"),
        ("ar", "ماذا تحتاجون أن تفعلوا؟"),
        ("en", "What do you need to do?"),
    ],
)
def test_business_home_in_each_language(client, language, heading):
    page = soup(client.get(f"/{language}/business/"))
    assert page.html["lang"] == language
    assert page.find(id="stages-heading").get_text(strip=True) == heading
    assert len(page.select(".top-task")) == 4


def test_units_of_the_business_services_exist_in_every_language():
    for code in ("business-licensing", "municipal-tax", "business-promotion"):
        assert MunicipalUnit.objects.filter(code=code).count() == 3
