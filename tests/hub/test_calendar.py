"""The city calendar: project meetings, institution events and business events merged by date,
with filters that never fail, pagination across sources and the iCalendar feed."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone

from hub.models import EventIndexPage
from hub.models.calendar import EventFilters, week_of
from hub.registry import calendar_sources
from tests.helpers import parse_calendar, soup

pytestmark = pytest.mark.django_db

EVERYTHING = "from=2000-01-01"


def entries(response):
    """(title, start) of each listed entry, in page order."""
    page = soup(response)
    return [
        (item.a.get_text(strip=True), datetime.datetime.fromisoformat(item.time["datetime"]))
        for item in page.select("main ul.meetings > li")
    ]


def all_pages(client, query):
    found, number = [], 1
    while True:
        response = client.get(f"/en/events/?{query}&page={number}")
        found += entries(response)
        if not soup(response).find("a", rel="next"):
            return found
        number += 1


def test_sources_are_registered_by_the_domains():
    assert set(calendar_sources) == {"meetings", "institution_events", "business_events"}


def test_calendar_merges_every_source_in_date_order(client):
    found = all_pages(client, EVERYTHING)
    starts = [start for _title, start in found]
    assert starts == sorted(starts)
    titles = {title for title, _start in found}
    assert "Public-informing meeting on the street renewal" in titles
    assert "Community iftar in the square" in titles
    assert "Municipal innovation conference" in titles
    per_type = [len(all_pages(client, f"{EVERYTHING}&type={kind}")) for kind in calendar_sources]
    assert all(per_type)
    assert sum(per_type) == len(found) == len(set(found))


def test_pages_follow_each_other_without_gaps(demo_page):
    calendar = demo_page("events", "en")
    request = RequestFactory().get("/en/events/")
    chosen = EventFilters(
        request.GET, locale_id=calendar.locale_id, default_from=datetime.date(2000, 1, 1)
    ).chosen
    merged = calendar.entries(request, chosen)
    whole = merged[0 : merged.count()]
    assert len(whole) == merged.count() > 20
    pieces = merged[0:7] + merged[7:20] + merged[20 : merged.count()]
    assert [entry.uid for entry in pieces] == [entry.uid for entry in whole]


def test_default_starts_today_and_dates_narrow(client):
    today = timezone.localdate()
    found = entries(client.get("/en/events/"))
    assert found and all(start.date() >= today - datetime.timedelta(days=1) for _t, start in found)
    week_start, week_end = week_of(today + datetime.timedelta(days=28))
    narrowed = all_pages(client, f"from={week_start}&to={week_end}")
    assert all(week_start <= start.date() <= week_end for _t, start in narrowed)


@pytest.mark.parametrize(
    "day,sunday",
    [
        (datetime.date(2026, 11, 22), datetime.date(2026, 11, 22)),
        (datetime.date(2026, 11, 25), datetime.date(2026, 11, 22)),
        (datetime.date(2026, 11, 28), datetime.date(2026, 11, 22)),
        (datetime.date(2026, 11, 29), datetime.date(2026, 11, 29)),
    ],
)
def test_weeks_start_on_sunday(day, sunday):
    assert week_of(day) == (sunday, sunday + datetime.timedelta(days=6))


def test_neighborhood_filter(client):
    found = {title for title, _start in all_pages(client, f"{EVERYTHING}&neighborhood=ajami")}
    assert "Residents' meeting before phase 2" in found
    assert "Christmas lights evening" in found
    assert "Community iftar in the square" not in found
    assert "Municipal innovation conference" not in found


def test_audience_filter(client):
    found = all_pages(client, f"{EVERYTHING}&audience=children")
    titles = {title for title, _start in found}
    assert "Eid al-Fitr children's festival" in titles
    assert "Gallery opening" not in titles
    assert "Chamber concert" not in titles
    assert not any("meeting" in title.lower() for title in titles)
    adults = {title for title, _start in all_pages(client, f"{EVERYTHING}&audience=adults")}
    assert "Public-informing meeting on the street renewal" in adults
    assert "Chamber concert" in adults


@pytest.mark.parametrize(
    "query",
    [
        "from=garbage",
        "from=0001-01-01",
        "from=9999-12-31",
        "from=2026-02-30",
        "from=2026-12-01&to=2026-11-01",
        "type=bogus",
        "neighborhood=atlantis",
        "audience=%3Cscript%3E",
        "page=999",
        "page=-3",
        "page=abc",
        "from=" + "9" * 5000,
    ],
)
def test_bad_values_never_fail(client, query):
    response = client.get(f"/he/events/?{query}")
    assert response.status_code == 200


def test_unknown_filter_is_reported_in_the_page_language(client):
    page = soup(client.get("/ar/events/?from=garbage"))
    assert "غير معروفة" in page.find(class_="notice").get_text()


def test_feed_holds_every_source(client):
    calendar = parse_calendar(client.get("/en/events/calendar/"))
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jerusalem"]
    uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    for prefix in ("meeting-", "institution-event-", "business-event-"):
        assert any(uid.startswith(prefix) for uid in uids), prefix
    ajami = parse_calendar(client.get("/en/events/calendar/?neighborhood=ajami")).walk("VEVENT")
    assert 0 < len(ajami) < len(uids)
    assert "Ajami" in str(
        parse_calendar(client.get("/en/events/calendar/?neighborhood=ajami"))["x-wr-calname"]
    )


def test_feed_refuses_unknown_filters(client):
    response = client.get("/en/events/calendar/?neighborhood=atlantis")
    assert response.status_code == 404
    assert "not known" in response.content.decode()


def test_listing_follows_publishing(client, demo_page):
    first = entries(client.get(f"/en/events/?{EVERYTHING}&type=institution_events"))
    event = demo_page("institutions/jaffa-d-community-center/simchat-torah", "en")
    event.title = "Second hakafot – moved"
    event.save_revision().publish()
    after = entries(client.get(f"/en/events/?{EVERYTHING}&type=institution_events"))
    assert ("Second hakafot – moved", event.start) in after
    assert after != first


@pytest.mark.parametrize(
    "language,weekday_names",
    [
        ("he", ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"]),
        ("ar", ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]),
        ("en", ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
    ],
)
def test_calendar_in_each_language(client, language, weekday_names):
    page = soup(client.get(f"/{language}/events/?{EVERYTHING}"))
    assert page.html["lang"] == language
    headings = [h2.get_text() for h2 in page.select("main section > h2")]
    assert headings and all(any(name in h for name in weekday_names) for h in headings)


def test_calendar_is_a_singleton_under_home(demo_page):
    assert not EventIndexPage.can_create_at(demo_page(""))


def test_counting_stops_at_the_limit(demo_page):
    from hub.events import MergedEntries

    calendar = demo_page("events", "en")
    request = RequestFactory().get("/en/events/")
    chosen = EventFilters(
        request.GET, locale_id=calendar.locale_id, default_from=datetime.date(2000, 1, 1)
    ).chosen
    full = calendar.entries(request, chosen)
    capped = MergedEntries(full.sources, request, limit=5)
    assert capped.count() == 5 and capped.more
    assert full.count() > 5 and not full.more
    assert [e.uid for e in capped[0:5]] == [e.uid for e in full[0:5]]


def test_an_event_still_on_is_listed_though_it_started_days_ago(client, demo_page):
    from business.models import BusinessEventPage

    index = demo_page("business")
    start = timezone.now() - datetime.timedelta(days=6)
    index.add_child(
        instance=BusinessEventPage(
            title="Week-long fair",
            slug="week-long-fair",
            kind="conference",
            start=start,
            end=start + datetime.timedelta(days=7),
            place="Jaffa Port",
            description="A fair",
            unit=index.unit,
        )
    )
    titles = [title for title, _start in entries(client.get("/he/events/?type=business_events"))]
    assert "Week-long fair" in titles
