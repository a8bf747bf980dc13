"""Open or closed, until when, and when it opens next: the state computed from the weekly hours
and their exceptions in the city's time zone at fixed moments, the sentence residents read in
each language, and the listing's "open now" when nothing is open."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from institutions.hours import opening_state
from institutions.models import HoursException, InstitutionPage, OpeningHours
from tests.helpers import soup

ISRAEL = zoneinfo.ZoneInfo("Asia/Jerusalem")
THURSDAY = datetime.date(2026, 11, 26)  # a Thursday; Sunday is the 29th
SUNDAY = datetime.date(2026, 11, 29)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ISRAEL)


def week(opens=8, closes=22, days=range(5)):
    """Sunday to Thursday from `opens` to `closes`; Friday and Saturday closed."""
    return [
        OpeningHours(weekday=day, opens=datetime.time(opens), closes=datetime.time(closes))
        for day in days
    ]


def closed_on(day):
    return HoursException(date=day, reason="holiday", closed=True)


def badge(state, language="en"):
    with translation.override(language):
        html = render_to_string("institutions/components/opening_state.html", {"state": state})
    return BeautifulSoup(html, "html.parser")


def sentence(state, language="en"):
    return " ".join(badge(state, language).get_text().split())


def test_thursday_night_opens_on_sunday():
    state = opening_state(week(), [], at(THURSDAY, 22, 18))
    assert not state.open
    assert state.opens == at(SUNDAY, 8)
    assert sentence(state) == "Closed · opens Sunday at 08:00"
    assert badge(state).select_one(".badge")["class"] == ["badge", "badge--closed"]


def test_the_moment_is_read_in_the_city_time_zone():
    # 20:18 in UTC is 22:18 in Tel Aviv in November: closed, though 20:18 would be open.
    moment = datetime.datetime(2026, 11, 26, 20, 18, tzinfo=datetime.UTC)
    with timezone.override("UTC"):
        state = opening_state(week(), [], moment)
    assert not state.open
    assert state.opens == at(SUNDAY, 8)


@pytest.mark.parametrize(
    "language,day,time",
    [("he", "ראשון", "08:00"), ("ar", "الأحد", "08:00"), ("en", "Sunday", "08:00")],
)
def test_the_weekday_is_in_the_reader_language_and_the_time_isolated(language, day, time):
    page = badge(opening_state(week(), [], at(THURSDAY, 22, 18)), language)
    assert day in page.get_text()
    number = page.select_one("bdi.num")
    assert number.get_text() == time and number["dir"] == "ltr"


def test_before_opening_today():
    state = opening_state(week(opens=16), [], at(THURSDAY, 9, 30))
    assert sentence(state) == "Closed · opens today at 16:00"


def test_after_closing_with_hours_tomorrow():
    state = opening_state(week(), [], at(SUNDAY, 22, 30))
    assert sentence(state) == "Closed · opens tomorrow at 08:00"
    # At midnight "tomorrow" becomes "today": what is said holds until then.
    assert state.changes == at(SUNDAY + datetime.timedelta(days=1), 0)


def test_open_until_closing():
    state = opening_state(week(), [], at(SUNDAY, 12))
    assert state.open and state.changes == at(SUNDAY, 22)
    page = badge(state)
    assert page.select_one(".badge")["class"] == ["badge", "badge--open"]
    assert sentence(state) == "Open now, until 22:00"
    assert "22:00" in sentence(state, "he")


def test_a_holiday_moves_the_next_opening():
    state = opening_state(week(), [closed_on(SUNDAY)], at(THURSDAY, 22, 18))
    assert sentence(state) == "Closed · opens Monday at 08:00"


def test_an_exception_day_with_other_hours():
    shorter = HoursException(
        date=SUNDAY,
        reason="holiday_eve",
        closed=False,
        opens=datetime.time(10),
        closes=datetime.time(13),
    )
    assert sentence(opening_state(week(), [shorter], at(THURSDAY, 22, 18))) == (
        "Closed · opens Sunday at 10:00"
    )
    assert sentence(opening_state(week(), [shorter], at(SUNDAY, 11))) == "Open now, until 13:00"
    # An exception on a day the week keeps closed opens it.
    friday = HoursException(
        date=THURSDAY + datetime.timedelta(days=1),
        reason="event",
        closed=False,
        opens=datetime.time(20),
        closes=datetime.time(1),
    )
    state = opening_state(week(), [friday], at(THURSDAY, 22, 18))
    assert sentence(state) == "Closed · opens tomorrow at 20:00"
    late = opening_state(week(), [friday], at(THURSDAY + datetime.timedelta(days=2), 0, 30))
    assert sentence(late) == "Open now, until 01:00"


def test_hours_past_midnight_and_back_to_back_are_one_period():
    hours = week() + [
        OpeningHours(weekday=day, opens=datetime.time(22), closes=datetime.time(2))
        for day in range(5)
    ]
    assert sentence(opening_state(hours, [], at(SUNDAY, 21))) == "Open now, until 02:00"


def test_open_through_the_night_for_days_closes_when_the_last_period_ends():
    """Back to back from Sunday to Thursday, around the clock, is one period: open on Sunday
    evening, the place closes as Friday begins, beyond the days around the moment read first."""
    nights = [
        OpeningHours(weekday=day, opens=datetime.time(hour), closes=datetime.time(end))
        for day in range(5)
        for hour, end in ((8, 0), (0, 8))
    ]
    state = opening_state(nights, [], at(SUNDAY, 21))
    assert state.open and state.closes == at(SUNDAY + datetime.timedelta(days=5), 0)


def test_open_around_the_clock_says_no_closing():
    always = [
        OpeningHours(weekday=day, opens=datetime.time(0), closes=datetime.time(0))
        for day in range(7)
    ]
    state = opening_state(always, [], at(THURSDAY, 12))
    assert state.open and state.closes is None
    assert sentence(state) == "Open now"


def test_closed_for_longer_than_a_week_names_the_date():
    holidays = [closed_on(THURSDAY + datetime.timedelta(days=n)) for n in range(1, 10)]
    state = opening_state(week(), holidays, at(THURSDAY, 22, 18))
    assert sentence(state) == "Closed · opens on 06.12 at 08:00"


def test_no_hours_at_all_says_closed_only():
    assert sentence(opening_state([], [], at(THURSDAY, 12))) == "Closed"


# The listing's "open now" when nothing is open, with the real clock: every institution is
# closed from yesterday to tomorrow and opens the day after at 08:00.


def close_everything(language="en"):
    """Every institution closed from yesterday to tomorrow, opening the day after at 08:00."""
    today = timezone.localdate()
    later = today + datetime.timedelta(days=2)
    OpeningHours.objects.all().delete()
    HoursException.objects.all().delete()
    for institution in InstitutionPage.objects.filter(locale__language_code=language):
        for offset in (-1, 0, 1):
            HoursException.objects.create(
                institution=institution,
                date=today + datetime.timedelta(days=offset),
                reason="maintenance",
                closed=True,
            )
        OpeningHours.objects.create(
            institution=institution,
            weekday=(later.weekday() + 1) % 7,
            opens=datetime.time(8),
            closes=datetime.time(12),
        )
    return later


@pytest.mark.django_db
def test_open_now_with_nothing_open_says_so_and_what_opens_next(client):
    later = close_everything()
    page = soup(client.get("/en/institutions/?open=now"))
    assert not page.select(".institution-card")
    assert "No institution is open at this hour." in page.get_text()
    soon = page.find(id="opening-next-heading").parent.select(".live-list li")
    assert len(soon) == 3
    with translation.override("en"):
        day = later.strftime("%A")
    assert all(f"opens {day} at 08:00" in " ".join(li.get_text().split()) for li in soon)
    assert all(li.a["href"].startswith("/en/institutions/") for li in soon)
    # Every card of the whole listing says the same, as a closed badge.
    cards = soup(client.get("/en/institutions/")).select(".institution-card .badge--closed")
    assert len(cards) == 7
    assert all(f"opens {day} at 08:00" in " ".join(card.get_text().split()) for card in cards)


@pytest.mark.django_db
def test_institution_page_times_are_isolated_not_hand_written(client):
    page = soup(client.get("/he/institutions/jaffa-d-community-center/"))
    hours = page.select_one("table.hours")
    assert not hours.select('[dir="ltr"]:not(bdi)')
    assert hours.select("bdi.num")
    assert page.select_one("main .meta .badge")["class"][1] in ("badge--open", "badge--closed")


@pytest.mark.django_db
def test_a_private_institution_is_neither_listed_nor_named_as_opening_next(client):
    close_everything()
    listed = soup(client.get("/en/institutions/?open=now")).find(id="opening-next-heading")
    first = listed.parent.select_one(".live-list li a")
    slug = first["href"].rstrip("/").rsplit("/", 1)[1]
    private = InstitutionPage.objects.get(locale__language_code="en", slug=slug)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x1")
    cache.clear()
    soon = soup(client.get("/en/institutions/?open=now")).find(id="opening-next-heading")
    assert private.title not in soon.parent.get_text()
    assert len(soon.parent.select(".live-list li")) == 3, "the next one takes its place"
    cards = soup(client.get("/en/institutions/")).select(".institution-card")
    assert len(cards) == 6 and private.title not in " ".join(card.get_text() for card in cards)
