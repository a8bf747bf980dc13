"""The home page: a search box, what is current (the next meetings and events, projects under
way, what is open now) and the hotline, each once and none empty; its query budget with every
cache cleared; and how long a cache may keep it."""

import datetime
from collections import Counter

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import fresh_for
from hub.cache import content_version
from hub.models import EventIndexPage
from hub.registry import calendar_sources
from institutions.models import HoursException, InstitutionPage, OpeningHours
from projects.models import ProjectPage, ProjectStatus
from tests.helpers import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["he", "ar", "en"]


def words(node):
    return " ".join(node.get_text().split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_block_once_and_no_empty_card(client, language):
    page = soup(client.get(f"/{language}/"))
    main = page.find("main")
    search = main.select("form.search-hero")
    assert len(search) == 1
    assert search[0]["action"] == f"/{language}/search/"
    assert search[0].find("input", id="home-search-q")["name"] == "q"
    assert search[0].find("label", attrs={"for": "home-search-q"}).get_text(strip=True)
    assert page.find(id="site-search-q")  # the header keeps its own
    ids = Counter(element["id"] for element in page.select("[id]"))
    assert all(count == 1 for count in ids.values()), ids
    for heading in ["home-events-heading", "home-projects-heading", "home-open-now-heading"]:
        assert heading in ids, heading
    assert "home-hotline-heading" in ids
    assert "sections-heading" not in ids  # the main menu lists the sections already
    headings = [words(h2) for h2 in main.find_all("h2")]
    assert len(headings) == len(set(headings)), headings
    for card in main.select(".card"):
        assert card.select("li") or len(card.find_all("p")) > 0, card
        assert card.find("a"), card
    assert len(main.select('a[href="tel:106"]')) == 1


def test_the_next_meetings_and_events_in_order(client):
    now = timezone.now()
    coming = sorted(
        (page.start, page.title)
        for source in calendar_sources.values()
        for page in source.model.objects.live()
        .public()
        .filter(locale__language_code="en", end__gt=now)
    )
    page = soup(client.get("/en/"))
    block = page.find(id="home-events-heading").parent
    items = block.select(".live-list > li")
    assert 3 <= len(items) <= 5
    assert [item.a.get_text(strip=True) for item in items] == [t for _s, t in coming[: len(items)]]
    calendar = EventIndexPage.objects.get(locale__language_code="en")
    assert block.find("a", href=calendar.url)


def test_projects_under_way_with_their_neighborhoods(client):
    page = soup(client.get("/en/"))
    block = page.find(id="home-projects-heading").parent
    items = block.select(".live-list > li")
    under_way = ProjectPage.objects.live().filter(
        locale__language_code="en", status=ProjectStatus.IN_EXECUTION
    )
    assert [item.a.get_text(strip=True) for item in items] == [p.title for p in under_way]
    assert "Ajami" in words(items[0]) and "Old Jaffa" in words(items[0])
    assert block.find("a", href="/en/projects/?status=in_execution")


def test_without_projects_under_way_the_block_is_gone(client):
    ProjectPage.objects.filter(status=ProjectStatus.IN_EXECUTION).update(
        status=ProjectStatus.COMPLETED
    )
    page = soup(client.get("/he/"))
    assert page.find(id="home-projects-heading") is None
    assert page.find(id="home-events-heading")


def close_everything_until(later, opens=8):
    """Every institution closed from yesterday until `later`, which opens at `opens` o'clock."""
    today = timezone.localdate()
    OpeningHours.objects.all().delete()
    HoursException.objects.all().delete()
    for institution in InstitutionPage.objects.all():
        for offset in range(-1, (later - today).days):
            HoursException.objects.create(
                institution=institution,
                date=today + datetime.timedelta(days=offset),
                reason="maintenance",
            )
        OpeningHours.objects.create(
            institution=institution,
            weekday=(later.weekday() + 1) % 7,
            opens=datetime.time(opens),
            closes=datetime.time(opens + 4),
        )


def test_open_now_when_nothing_is_open_names_the_next_opening(client):
    later = timezone.localdate() + datetime.timedelta(days=3)
    close_everything_until(later)
    block = soup(client.get("/en/")).find(id="home-open-now-heading").parent
    items = block.select(".live-list > li")
    assert items
    day = later.strftime("%A")
    assert all(f"opens {day} at 08:00" in words(item) for item in items)


def test_open_now_lists_the_open_institutions(client):
    OpeningHours.objects.all().delete()
    HoursException.objects.all().delete()
    ajami = InstitutionPage.objects.get(locale__language_code="en", slug="ajami-community-center")
    for weekday in range(7):  # around the clock
        OpeningHours.objects.create(
            institution=ajami, weekday=weekday, opens=datetime.time(0), closes=datetime.time(0)
        )
    block = soup(client.get("/en/")).find(id="home-open-now-heading").parent
    items = block.select(".live-list > li")
    assert [item.a.get_text(strip=True) for item in items] == [ajami.title]
    assert items[0].select_one(".badge--open")
    assert block.find("a", href="/en/institutions/?open=now")


def clear_every_cache():
    """Everything the site keeps between requests: whole pages and fragments, the content
    version they are filed under (hub.cache), the header's menu, Wagtail's site root paths.
    (Django's table of content types, read once per process, is not content and stays.)"""
    cache.clear()


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_query_budget_with_every_cache_cleared(client, language):
    url = f"/{language}/"
    client.get(url)  # renditions are made once, by the first request ever
    clear_every_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and response["X-Hub-Cache"] == "miss"
    assert len(queries) < 20, [query["sql"] for query in queries]
    with CaptureQueriesContext(connection) as cached:
        again = client.get(url)
    assert again["X-Hub-Cache"] == "hit" and len(cached) == 0
    assert again.content == response.content


def test_home_queries_do_not_grow_with_content(client, demo_page):
    def count():
        clear_every_cache()
        with CaptureQueriesContext(connection) as queries:
            client.get("/he/")
        return len(queries)

    client.get("/he/")
    before = count()
    ProjectPage.objects.filter(locale__language_code="he").update(status=ProjectStatus.IN_EXECUTION)
    assert count() == before


def test_the_page_says_how_long_it_holds_true(client, settings):
    response = client.get("/he/")
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 <= max_age <= settings.HUB_PAGE_CACHE_SECONDS
    assert content_version()


def test_fresh_for_stops_at_the_first_change(settings):
    settings.HUB_PAGE_CACHE_SECONDS = 600
    now = timezone.now()
    blocks = [
        {"until": now + datetime.timedelta(minutes=7)},
        {"until": None},
        {"until": now + datetime.timedelta(minutes=3)},
    ]
    assert fresh_for(blocks, now) == 180
    assert fresh_for([{"until": now + datetime.timedelta(days=2)}], now) == 600
    assert fresh_for([], now) == 600
    assert fresh_for([{"until": now - datetime.timedelta(seconds=5)}], now) == 0
