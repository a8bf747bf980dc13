"""What every dated page shares (hub.models.ScheduledPage), tried on the three kinds of dated
page, and the listing filter forms (hub.filters) that every listing checks its address with."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone

from business.models import BusinessEventPage
from hub.models import ScheduledPage
from hub.models.calendar import EventFilters
from institutions.models import InstitutionEventPage
from projects.models import MeetingPage
from tests.helpers import parse_calendar, soup

pytestmark = pytest.mark.django_db

DATED_PAGE_TYPES = [MeetingPage, InstitutionEventPage, BusinessEventPage]


@pytest.mark.parametrize("model", DATED_PAGE_TYPES)
def test_every_dated_page_has_the_shared_fields_and_checks(model):
    assert issubclass(model, ScheduledPage)
    start = timezone.now() + datetime.timedelta(days=3)
    page = model(
        start=start,
        end=start - datetime.timedelta(hours=1),
        place="The square",
        cancellation_note="Rain",
    )
    errors = page.validation_errors()
    assert set(errors) >= {"end", "cancellation_note"}
    assert "place" not in errors


def test_a_business_event_may_last_a_week_a_meeting_a_day():
    start = timezone.now() + datetime.timedelta(days=3)
    end = start + datetime.timedelta(days=3)
    assert "end" in MeetingPage(start=start, end=end, place="x").validation_errors()
    assert "end" not in BusinessEventPage(start=start, end=end, place="x").validation_errors()


def test_an_event_outside_needs_a_place_even_with_an_online_link():
    start = timezone.now() + datetime.timedelta(days=3)
    event = InstitutionEventPage(
        start=start,
        end=start + datetime.timedelta(hours=2),
        setting="community_space",
        online_url="https://meet.example/x",
    )
    assert "place" in event.validation_errors()
    event.setting = "inside"
    assert "place" not in event.validation_errors()


def test_a_cancelled_business_event_says_so_on_its_page_and_in_the_calendar(client, demo_page):
    event = demo_page("business/jaffa-business-meeting", "he")
    event.cancelled = True
    event.cancellation_note = "בגלל מזג האוויר"
    event.full_clean()
    event.save_revision().publish()

    notice = soup(client.get(event.url)).select_one(".notice--cancelled")
    assert "בגלל מזג האוויר" in notice.get_text()
    feed = parse_calendar(client.get("/he/events/calendar/?type=business_events"))
    statuses = {
        str(component["summary"]): str(component["status"]) for component in feed.walk("VEVENT")
    }
    assert statuses[event.title] == "CANCELLED"


def test_filters_name_what_they_do_not_know_and_keep_the_rest(demo_page):
    calendar = demo_page("events", "en")
    request = RequestFactory().get(
        "/en/events/",
        {"from": "2026-13-40", "to": "2020-01-01", "type": "bogus", "neighborhood": "ajami"},
    )
    filters = EventFilters(request.GET, locale_id=calendar.locale_id)
    assert sorted(filters.unknown) == ["from", "to", "type"]
    assert filters.chosen["from"] == timezone.localdate()
    assert filters.chosen["neighborhood"].slug == "ajami"
    assert filters["neighborhood"].shown == "ajami"
    assert filters["from"].shown == timezone.localdate().isoformat()
    assert filters["type"].shown == ""
