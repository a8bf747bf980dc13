"""Institutions and their events: validation, opening hours and "open now", the listing and its
filters, benefits, feeds, JSON-LD, the neighborhood section, query budgets and the languages."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.blocks import StructBlockValidationError

from institutions.blocks import BenefitBlock
from institutions.hours import is_open, open_q
from institutions.models import (
    HoursException,
    InstitutionEventPage,
    InstitutionPage,
    OpeningHours,
)
from tests.helpers import count_queries, parse_calendar, soup

pytestmark = pytest.mark.django_db

JAFFA_D = "institutions/jaffa-d-community-center"


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def next_weekday(number):
    """The next date falling on a weekday, Sunday = 0."""
    today = timezone.localdate() + datetime.timedelta(days=7)
    return today + datetime.timedelta(days=(number - (today.weekday() + 1) % 7) % 7)


def new_event(institution, days=10, **fields):
    start = timezone.now() + datetime.timedelta(days=days)
    values = {
        "title": "אירוע",
        "slug": f"event-{InstitutionEventPage.objects.count()}",
        "description": "תיאור",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "unit": institution.unit,
    }
    values.update(fields)
    return InstitutionEventPage(**values)


# Validation


@pytest.mark.parametrize(
    "fields,field",
    [
        ({"end": timezone.now() + datetime.timedelta(days=9)}, "end"),
        ({"end": timezone.now() + datetime.timedelta(days=12)}, "end"),
        ({"setting": "community_space", "place": ""}, "place"),
        ({"free": False, "price": None}, "price"),
        ({"free": True, "price": 20}, "price"),
    ],
)
def test_event_validation(demo_page, fields, field):
    event = new_event(demo_page(JAFFA_D), **fields)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


def test_valid_events_pass(demo_page):
    institution = demo_page(JAFFA_D)
    new_event(institution).clean()
    new_event(institution, setting="community_space", place="הכיכר", free=False, price=15).clean()


def test_event_errors_are_in_the_editor_language(demo_page):
    from django.utils import translation

    event = new_event(demo_page(JAFFA_D), setting="community_space", place="")
    with translation.override("he"):
        with pytest.raises(ValidationError) as error:
            event.clean()
        message = str(error.value.message_dict["place"][0])
    assert "במרחב הקהילתי" in message


def test_institution_validation(demo_page):
    institution = demo_page("institutions/ajami-community-center")
    institution.beit_am_hours = "ימי ראשון"
    with pytest.raises(ValidationError) as error:
        institution.clean()
    assert "beit_am_hours" in error.value.message_dict
    institution.beit_am_hours = ""
    institution.latitude = 40
    with pytest.raises(ValidationError):
        institution.clean()


def test_hours_exception_validation():
    with pytest.raises(ValidationError):
        HoursException(date=datetime.date(2026, 12, 4), reason="holiday", closed=False).clean()
    with pytest.raises(ValidationError):
        HoursException(
            date=datetime.date(2026, 12, 4), reason="holiday", closed=True, opens=datetime.time(9)
        ).clean()


def test_benefit_ends_after_it_starts():
    block = BenefitBlock()
    value = block.to_python(
        {
            "title": "הנחה",
            "description": "הנחה",
            "valid_from": "2026-12-01",
            "valid_to": "2026-11-01",
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_audiences_follow_the_activities(demo_page):
    institution = demo_page(JAFFA_D)
    assert set(institution.audiences) == {"children", "seniors", "adults"}
    assert set(demo_page(JAFFA_D, "ar").audiences) == set(institution.audiences)


# Opening hours and "open now"


def institution_with_hours(demo_page, exceptions=()):
    """Sunday to Thursday 08–22, Friday 20:00 to 01:00 past midnight, closed on Saturday."""
    institution = demo_page("institutions/ajami-community-center")
    institution.opening_hours.all().delete()
    institution.hours_exceptions.all().delete()
    for weekday in range(5):
        OpeningHours.objects.create(
            institution=institution,
            weekday=weekday,
            opens=datetime.time(8),
            closes=datetime.time(22),
        )
    OpeningHours.objects.create(
        institution=institution, weekday=5, opens=datetime.time(20), closes=datetime.time(1)
    )
    for exception in exceptions:
        HoursException.objects.create(institution=institution, reason="holiday", **exception)
    return institution


def open_both_ways(institution, moment):
    """ "Open now" in Python and in the database, which must agree."""
    in_python = is_open(
        list(institution.opening_hours.all()), list(institution.hours_exceptions.all()), moment
    )
    in_database = (
        InstitutionPage.objects.filter(pk=institution.pk)
        .filter(open_q(OpeningHours, HoursException, moment))
        .exists()
    )
    assert in_python == in_database, moment
    return in_python


SUNDAY, THURSDAY, FRIDAY, SATURDAY = 0, 4, 5, 6


@pytest.mark.parametrize(
    "weekday,hour,minute,expected",
    [
        (SUNDAY, 7, 59, False),
        (SUNDAY, 8, 0, True),
        (SUNDAY, 21, 59, True),
        (SUNDAY, 22, 0, False),
        (THURSDAY, 12, 0, True),
        (FRIDAY, 12, 0, False),
        (FRIDAY, 20, 0, True),
        (FRIDAY, 23, 59, True),
        (SATURDAY, 0, 30, True),
        (SATURDAY, 1, 0, False),
        (SATURDAY, 12, 0, False),
        (SATURDAY, 21, 0, False),
    ],
)
def test_open_now_by_the_week(demo_page, weekday, hour, minute, expected):
    institution = institution_with_hours(demo_page)
    assert open_both_ways(institution, at(next_weekday(weekday), hour, minute)) is expected


def test_holiday_closes_the_day_and_its_night(demo_page):
    friday = next_weekday(FRIDAY)
    institution = institution_with_hours(demo_page, [{"date": friday, "closed": True}])
    assert not open_both_ways(institution, at(friday, 21))
    assert not open_both_ways(institution, at(friday + datetime.timedelta(days=1), 0, 30))
    assert open_both_ways(institution, at(friday + datetime.timedelta(days=7), 21))


def test_exception_with_other_hours(demo_page):
    sunday = next_weekday(SUNDAY)
    saturday = next_weekday(SATURDAY)
    institution = institution_with_hours(
        demo_page,
        [
            {
                "date": sunday,
                "closed": False,
                "opens": datetime.time(10),
                "closes": datetime.time(14),
            },
            {
                "date": saturday,
                "closed": False,
                "opens": datetime.time(22),
                "closes": datetime.time(2),
            },
        ],
    )
    assert not open_both_ways(institution, at(sunday, 9))
    assert open_both_ways(institution, at(sunday, 13, 59))
    assert not open_both_ways(institution, at(sunday, 15))
    assert open_both_ways(institution, at(saturday, 23))
    assert open_both_ways(institution, at(saturday + datetime.timedelta(days=1), 1, 30))


def test_open_now_filter_matches_each_card(client):
    every = soup(client.get("/en/institutions/"))
    states = {
        card.find("h2").get_text(strip=True): "Open now" in card.get_text()
        for card in every.select(".institution-card")
    }
    assert len(states) == 7
    open_now = soup(client.get("/en/institutions/?open=now"))
    names = [card.find("h2").get_text(strip=True) for card in open_now.select(".institution-card")]
    assert names == [name for name, is_open_now in states.items() if is_open_now]


def test_hours_table_starts_on_sunday_in_every_language(client):
    for language, sunday, saturday in (
        ("he", "ראשון", "שבת"),
        ("ar", "الأحد", "السبت"),
        ("en", "Sunday", "Saturday"),
    ):
        rows = soup(client.get(f"/{language}/{JAFFA_D}/")).select("table.hours tr")
        assert len(rows) == 7
        assert sunday in rows[0].th.get_text()
        assert saturday in rows[6].th.get_text()
        assert rows[6].td.get_text(strip=True) != rows[0].td.get_text(strip=True)


# Listing, filters and benefits


def card_names(response):
    return [
        card.find("h2").get_text(strip=True) for card in soup(response).select(".institution-card")
    ]


def test_listing_filters(client):
    assert card_names(client.get("/en/institutions/?kind=youth_club")) == [
        "Neve Sharett youth club"
    ]
    assert card_names(client.get("/en/institutions/?neighborhood=ajami")) == [
        "Ajami community center"
    ]
    seniors = card_names(client.get("/en/institutions/?audience=seniors"))
    assert "Ramat Aviv municipal country club" in seniors
    assert "Neve Sharett youth club" not in seniors
    assert card_names(client.get("/en/institutions/?kind=sport&neighborhood=ajami")) == []


@pytest.mark.parametrize(
    "query",
    [
        "?kind=bogus",
        "?neighborhood=atlantis",
        "?audience=%3Cscript%3E",
        "?open=yes",
        "?page=999",
        "?page=-1",
        "?page=abc",
        "?kind=" + "x" * 5000,
    ],
)
def test_bad_listing_values_never_fail(client, query):
    response = client.get(f"/he/institutions/{query}")
    assert response.status_code == 200
    assert card_names(response)


def test_unknown_filter_is_reported_in_the_page_language(client):
    page = soup(client.get("/ar/institutions/?kind=bogus"))
    assert "غير معروفة" in page.find(class_="notice").get_text()


def test_benefits_in_one_place(client, demo_page):
    page = soup(client.get("/en/institutions/benefits/"))
    sections = page.select("main section")
    assert len(sections) == 7
    ajami = next(s for s in sections if "Ajami" in s.h2.get_text())
    assert len(ajami.select(".benefit")) == 1
    country = next(s for s in sections if "country club" in s.h2.get_text())
    assert "Free entry from age 80" in country.get_text()
    # An expired benefit leaves the list.
    institution = demo_page("institutions/ajami-community-center", "en")
    raw = institution.benefits.raw_data
    raw[0]["value"]["valid_to"] = "2020-01-01"
    institution.benefits = raw
    institution.save_revision().publish()
    page = soup(client.get("/en/institutions/benefits/"))
    assert not any("Ajami" in s.h2.get_text() for s in page.select("main section"))


def test_institution_page_shows_what_residents_need(client):
    page = soup(client.get(f"/en/{JAFFA_D}/"))
    text = page.get_text()
    for expected in (
        "Open Beit Am",
        "Robotics club",
        "20% off courses",
        "Sports hall renovation",
        "In construction",
        "Community iftar in the square",
        "Second hakafot in the neighborhood",
        "Step-free entrance",
        "Hanukkah",
    ):
        assert expected in text, expected
    assert page.select_one(".gallery img")["alt"].startswith("Jaffa D community center:")


# Feeds and structured data


def test_institution_feed_and_single_event(client, demo_page):
    institution = demo_page(JAFFA_D, "en")
    events = parse_calendar(client.get(f"/en/{JAFFA_D}/calendar/")).walk("VEVENT")
    assert len(events) == InstitutionEventPage.objects.child_of(institution).live().count() == 5
    assert [
        tz["tzid"]
        for tz in parse_calendar(client.get(f"/en/{JAFFA_D}/calendar/")).walk("VTIMEZONE")
    ] == ["Asia/Jerusalem"]
    starts = [event.decoded("dtstart") for event in events]
    assert starts == sorted(starts)
    single = parse_calendar(client.get(f"/en/{JAFFA_D}/ramadan-iftar/calendar/")).walk("VEVENT")
    assert len(single) == 1
    assert str(single[0]["location"]) == "Clock Tower Square"
    assert str(single[0]["uid"]).startswith("institution-event-")


def test_institution_has_place_json_ld(client):
    page = soup(client.get(f"/ar/{JAFFA_D}/"))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == ["CivicStructure", "Organization"]
    assert data["geo"]["latitude"] == pytest.approx(32.0406)
    days = {
        spec.get("dayOfWeek", "").rsplit("/", 1)[-1] for spec in data["openingHoursSpecification"]
    }
    assert "Sunday" in days and "Saturday" not in days


def test_paid_event_has_offer_json_ld(client):
    page = soup(client.get("/en/institutions/florentin-culture-house/chamber-concert/"))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["offers"]["price"] == "40.00"
    assert data["offers"]["priceCurrency"] == "ILS"
    assert data["isAccessibleForFree"] is False
    assert data["location"]["name"] == "Florentin culture house"
    assert "40 ₪" in page.get_text()


# Neighborhood page


def test_neighborhood_page_lists_institutions_and_coming_events(client):
    page = soup(client.get("/en/neighborhoods/jaffa/jaffa-d/"))
    section = page.find(id="neighborhood-institutions").parent
    assert "Jaffa D community center" in section.get_text()
    assert "Community iftar in the square" in section.get_text()
    assert "Second hakafot" not in section.get_text()
    assert page.find("a", href="/en/events/?neighborhood=jaffa-d")
    assert page.find("a", href="/en/events/calendar/?neighborhood=jaffa-d")


def test_neighborhood_without_institutions_has_no_institution_section(client):
    page = soup(client.get("/en/neighborhoods/quarter-3/old-north/"))
    assert page.find(id="neighborhood-institutions") is None


# Query budgets


def add_institutions(demo_page, count):
    source = demo_page(JAFFA_D)
    index = source.get_parent()
    for number in range(count):
        copy = source.copy(
            to=index,
            update_attrs={"slug": f"copy-{number}", "title": f"עותק {number}"},
            keep_live=True,
        )
        for days in (3, 30):
            copy.add_child(instance=new_event(copy, days=days))


def test_listing_calendar_and_neighborhood_queries_do_not_grow(client, demo_page):
    urls = [
        "/he/institutions/",
        "/he/institutions/?open=now",
        "/he/institutions/benefits/",
        "/he/events/",
        "/he/events/?neighborhood=jaffa-d",
        "/he/neighborhoods/jaffa/jaffa-d/",
    ]
    before = [count_queries(client, url) for url in urls]
    add_institutions(demo_page, 8)
    after = [count_queries(client, url) for url in urls]
    assert after == before


def test_institution_page_queries_do_not_grow_with_events(client, demo_page):
    institution = demo_page("institutions/neve-sharett-youth-club")
    url = "/he/institutions/neve-sharett-youth-club/"
    before = count_queries(client, url)
    for days in range(-12, 12):
        institution.add_child(instance=new_event(institution, days=days))
    raw = [{"type": b["type"], "value": b["value"]} for b in institution.benefits.raw_data]
    institution.benefits = raw * 3
    institution.save_revision().publish()
    assert count_queries(client, url) == before


# Languages


@pytest.mark.parametrize(
    "language,kind,month",
    [
        ("he", "מרכז קהילתי", "פברואר"),
        ("ar", "مركز جماهيري", "فبراير"),
        ("en", "Community center", "February"),
    ],
)
def test_institution_in_each_language(client, language, kind, month):
    page = soup(client.get(f"/{language}/{JAFFA_D}/"))
    assert page.html["lang"] == language
    assert page.html["dir"] == ("ltr" if language == "en" else "rtl")
    assert kind in page.select_one("main .meta").get_text()
    assert month in page.find(id="events-heading").parent.get_text()


# Who edits what


def test_each_unit_edits_its_own_institutions(client, demo_page):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    client.force_login(get_user_model().objects.get(username="community-centers-editor"))
    own = demo_page(JAFFA_D)
    other = demo_page("institutions/neve-sharett-youth-club")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])).status_code != 200
    add_event = reverse(
        "wagtailadmin_pages:add", args=["institutions", "institutioneventpage", own.pk]
    )
    assert client.get(add_event).status_code == 200
