"""Projects and meetings: validation, transparency, filters, calendars, JSON-LD, query budgets
and the three languages."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents.models import Document

from projects.blocks import StageBlock
from projects.models import MeetingKind, MeetingPage, ProjectPage
from tests.helpers import count_queries, parse_calendar, soup

pytestmark = pytest.mark.django_db

YEHUDA = "projects/yehuda-hayamit-street-renewal"


def new_meeting(project, days=10, **fields):
    start = timezone.now() + datetime.timedelta(days=days)
    values = {
        "title": "מפגש",
        "slug": f"meeting-{MeetingPage.objects.count()}",
        "kind": MeetingKind.RESIDENTS,
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "place": "אולם",
        "unit": project.unit,
    }
    values.update(fields)
    return MeetingPage(**values)


# Validation


@pytest.mark.parametrize(
    "fields,field",
    [
        ({"end": timezone.now() + datetime.timedelta(days=9)}, "end"),
        ({"end": timezone.now() + datetime.timedelta(days=12)}, "end"),
        ({"place": "", "online_url": ""}, "place"),
        ({"cancellation_note": "גשם"}, "cancellation_note"),
    ],
)
def test_meeting_validation(demo_page, fields, field):
    meeting = new_meeting(demo_page(YEHUDA), **fields)
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert field in error.value.message_dict


def test_protocol_only_after_a_meeting_took_place(demo_page):
    protocol = Document.objects.first()
    future = new_meeting(demo_page(YEHUDA), days=5, protocol=protocol)
    with pytest.raises(ValidationError) as error:
        future.clean()
    assert "protocol" in error.value.message_dict
    past = new_meeting(demo_page(YEHUDA), days=-5, protocol=protocol)
    past.clean()
    cancelled = new_meeting(demo_page(YEHUDA), days=-5, protocol=protocol, cancelled=True)
    with pytest.raises(ValidationError):
        cancelled.clean()


def test_stage_ends_after_it_starts():
    from wagtail.blocks import StructBlockValidationError

    block = StageBlock()
    value = block.to_python({"title": "ביצוע", "start": "2027-05-01", "end": "2027-01-01"})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


# Transparency


@pytest.mark.parametrize(
    "slug,expected",
    [
        ("yehuda-hayamit-street-renewal", (True, True, True, True, True)),
        ("hatikva-community-center-upgrade", (True, True, True, False, False)),
        ("kfar-shalem-neighborhood-park", (False, True, False, False, False)),
        ("shapira-community-garden", (True, False, False, True, False)),
        ("neve-sharett-sports-field", (False, False, True, False, False)),
    ],
)
def test_transparency_status(demo_page, slug, expected):
    project = demo_page(f"projects/{slug}")
    ProjectPage.attach_listing_data([project], project.locale_id)
    transparency = project.transparency()
    assert (
        transparency.flyer,
        transparency.rendering,
        transparency.invitation,
        transparency.protocol,
        transparency.informing_meeting,
    ) == expected
    assert transparency.complete == all(expected)
    assert len(transparency.missing) == expected.count(False)


def test_cancelled_meeting_is_no_invitation_and_future_informing_meeting_is_not_held(demo_page):
    project = demo_page("projects/kfar-shalem-neighborhood-park")
    project.add_child(
        instance=new_meeting(
            project, days=3, kind=MeetingKind.INFORMING, invitation="<p>בואו</p>", cancelled=True
        )
    )
    project.add_child(instance=new_meeting(project, days=4, kind=MeetingKind.INFORMING))
    ProjectPage.attach_listing_data([project], project.locale_id)
    transparency = project.transparency()
    assert not transparency.invitation
    assert not transparency.informing_meeting


def test_project_page_shows_transparency_gallery_documents_and_meetings(client):
    page = soup(client.get(f"/he/{YEHUDA}/"))
    status = page.find("section", class_="transparency")
    assert "transparency--complete" in status["class"]
    assert "5 מתוך 5" in status.get_text()
    pictures = page.select(".gallery picture")
    assert len(pictures) == 2
    for picture in pictures:
        assert picture.find("source", type="image/webp")["srcset"].count("w,") == 2
        image = picture.find("img")
        assert image["alt"].startswith("הדמיה")
        assert image["loading"] == "lazy"
    document = page.select_one(".documents li")
    assert "PDF" in document.get_text() and 'ק"ב' in document.get_text()
    assert page.find(id="meetings-heading")
    assert "מפגש תושבים לקראת שלב ב'" in page.get_text()


def test_incomplete_project_lists_what_is_missing(client):
    page = soup(client.get("/en/projects/kfar-shalem-neighborhood-park/"))
    missing = [
        item.get_text(" ", strip=True) for item in page.select(".transparency__item--missing")
    ]
    assert len(missing) == 4
    assert any("Meeting protocol" in item for item in missing)


def test_cancelled_meeting_says_so(client):
    page = soup(client.get("/ar/projects/shapira-community-garden/opening-round-table/"))
    notice = page.find(class_="notice--cancelled")
    assert "أُلغي هذا اللقاء" in notice.get_text()
    assert "بسبب الطقس" in notice.get_text()
    assert page.find("a", string="إضافة إلى تقويمي") is None


# Listing and filters


def titles(response):
    return [h.get_text(strip=True) for h in soup(response).select(".project-card .card__title")]


def test_listing_filters(client):
    assert len(titles(client.get("/en/projects/"))) == 5
    assert titles(client.get("/en/projects/?neighborhood=ajami")) == [
        "Yehuda HaYamit Street renewal"
    ]
    assert titles(client.get("/en/projects/?status=planning")) == [
        "Neve Sharett sports field renewal",
        "New neighborhood park in Kfar Shalem",
    ] or sorted(titles(client.get("/en/projects/?status=planning"))) == [
        "Neve Sharett sports field renewal",
        "New neighborhood park in Kfar Shalem",
    ]
    assert titles(client.get("/en/projects/?unit=jaffa-administration")) == [
        "Yehuda HaYamit Street renewal"
    ]
    assert titles(client.get("/en/projects/?unit=jaffa-administration&status=completed")) == []


@pytest.mark.parametrize(
    "query",
    [
        "?status=bogus",
        "?neighborhood=atlantis",
        "?unit=<script>",
        "?page=abc",
        "?page=-3",
        "?page=99999",
        "?status=planning&page=2",
        "?neighborhood=" + "א" * 3000,
    ],
)
def test_bad_filter_values_never_fail(client, query):
    response = client.get(f"/he/projects/{query}")
    assert response.status_code == 200
    assert titles(response)


def test_unknown_filter_is_reported_in_the_page_language(client):
    page = soup(client.get("/ar/projects/?status=bogus"))
    assert "غير معروفة" in page.find(class_="notice").get_text()
    assert len(page.select(".project-card")) == 5


def test_listing_names_neighborhoods_in_the_page_language(client):
    card = soup(client.get("/ar/projects/?neighborhood=ajami")).select_one(".project-card")
    assert "العجمي" in card.get_text()
    assert "عג'מי" not in card.get_text()


# Calendars and structured data


def test_project_feed_parses_with_time_zone(client, demo_page):
    calendar = parse_calendar(client.get(f"/en/{YEHUDA}/calendar/"))
    assert calendar["version"] == "2.0"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jerusalem"]
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    informing = demo_page(f"{YEHUDA}/informing-meeting", "en")
    first = events[0]
    assert str(first["summary"]) == informing.title
    assert first.decoded("dtstart") == informing.start
    assert first["dtstart"].params["TZID"] == "Asia/Jerusalem"
    assert first.decoded("dtend") > first.decoded("dtstart")
    assert str(first["url"]).endswith(f"/en/{YEHUDA}/informing-meeting/")


def test_feeds_for_all_meetings_per_neighborhood_and_one_meeting(client):
    everything = parse_calendar(client.get("/he/projects/calendar/")).walk("VEVENT")
    assert len(everything) == 6
    statuses = {str(event["status"]) for event in everything}
    assert statuses == {"CONFIRMED", "CANCELLED"}
    florentin = parse_calendar(client.get("/he/projects/calendar/?neighborhood=florentin")).walk(
        "VEVENT"
    )
    assert len(florentin) == 2
    single = parse_calendar(client.get(f"/he/{YEHUDA}/residents-meeting-phase-2/calendar/")).walk(
        "VEVENT"
    )
    assert len(single) == 1
    assert "meet.tlv-hub.example" in str(single[0]["location"])


def test_unknown_neighborhood_feed_is_a_clear_404(client):
    response = client.get("/en/projects/calendar/?neighborhood=atlantis")
    assert response.status_code == 404
    assert response.content.decode() == "Unknown neighborhood."


def test_meeting_has_event_json_ld(client, demo_page):
    page = soup(client.get(f"/ar/{YEHUDA}/residents-meeting-phase-2/"))
    data = json.loads(page.find("script", type="application/ld+json").string)
    meeting = demo_page(f"{YEHUDA}/residents-meeting-phase-2", "ar")
    assert data["@type"] == "Event"
    assert data["name"] == meeting.title
    assert datetime.datetime.fromisoformat(data["startDate"]) == meeting.start
    assert data["startDate"][-6:] in ("+02:00", "+03:00")
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert data["inLanguage"] == "ar"


# Languages


@pytest.mark.parametrize(
    "language,status,month_names",
    [
        (
            "he",
            "בביצוע",
            [
                "ינואר",
                "פברואר",
                "מרץ",
                "אפריל",
                "מאי",
                "יוני",
                "יולי",
                "אוגוסט",
                "ספטמבר",
                "אוקטובר",
                "נובמבר",
                "דצמבר",
            ],
        ),
        (
            "ar",
            "قيد التنفيذ",
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
        ),
        (
            "en",
            "In execution",
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
        ),
    ],
)
def test_project_page_in_each_language(client, language, status, month_names):
    page = soup(client.get(f"/{language}/{YEHUDA}/"))
    assert page.html["lang"] == language
    assert status in page.select_one(".badge").get_text()
    meetings = page.find(id="meetings-heading").parent.get_text()
    assert any(month in meetings for month in month_names)


def test_neighborhood_page_lists_projects_and_coming_meetings(client):
    page = soup(client.get("/en/neighborhoods/jaffa/ajami/"))
    section = page.find(id="neighborhood-projects").parent
    assert "Yehuda HaYamit Street renewal" in section.get_text()
    assert "Residents' meeting before phase 2" in section.get_text()
    assert "Public-informing meeting on the street renewal" not in section.get_text()
    assert section.find("a", href="/en/projects/calendar/?neighborhood=ajami")


def test_neighborhood_without_projects_has_no_project_section(client):
    page = soup(client.get("/en/neighborhoods/quarter-3/old-north/"))
    assert page.find(id="neighborhood-projects") is None


# Query budgets


def test_project_page_queries_do_not_grow_with_meetings(client, demo_page):
    project = demo_page("projects/hatikva-community-center-upgrade")
    for days in (-20, 5):
        project.add_child(instance=new_meeting(project, days=days))
    url = "/he/projects/hatikva-community-center-upgrade/"
    with_three = count_queries(client, url)
    for days in range(27):
        project.add_child(instance=new_meeting(project, days=days - 13))
    assert count_queries(client, url) == with_three


def test_listing_and_neighborhood_queries_do_not_grow_with_projects(client, demo_page):
    urls = ["/he/projects/", "/he/neighborhoods/jaffa/ajami/"]
    before = [count_queries(client, url) for url in urls]
    source = demo_page(YEHUDA)
    index = source.get_parent()
    for number in range(8):
        copy = source.copy(
            to=index,
            update_attrs={"slug": f"copy-{number}", "title": f"עותק {number}"},
            keep_live=True,
        )
        copy.add_child(instance=new_meeting(copy, days=number + 1))
    after = [count_queries(client, url) for url in urls]
    assert after == before


def test_cached_listing_follows_publishing(client, demo_page):
    first = titles(client.get("/en/projects/?status=completed"))
    with CaptureQueriesContext(connection) as queries:
        assert titles(client.get("/en/projects/?status=completed")) == first
    assert not any("projects_projectpage" in query["sql"] for query in queries)
    garden = demo_page("projects/shapira-community-garden", "en")
    garden.title = "Shapira community garden – opened"
    garden.save_revision().publish()
    assert titles(client.get("/en/projects/?status=completed")) == [
        "Shapira community garden – opened"
    ]
    garden.unpublish()
    assert titles(client.get("/en/projects/?status=completed")) == []
