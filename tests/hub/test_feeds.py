"""News feeds: every feed parses as valid RSS 2.0 or Atom 1.0 (feedparser, and the W3C
validator's rules that can be checked offline); publishing a meeting, attaching a protocol,
changing a project's status and publishing an event each add their item; drafts, private
pages, unpublished pages and other languages never show; bad identifiers are 404s; the query
count does not grow with the items."""

import datetime
import email.utils
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from hub.models import MunicipalUnit, NewsItem

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
RFC_822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)
RFC_3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
PROJECT = "projects/yehuda-hayamit-street-renewal"


def feed_paths(demo_page, language):
    """One feed of each scope in `language`, in both formats."""
    project = demo_page(PROJECT, language)
    neighborhood = demo_page("neighborhoods/jaffa/ajami", language)
    scopes = [
        "feeds/city",
        f"feeds/projects/{project.translation_key}",
        f"feeds/neighborhoods/{neighborhood.translation_key}",
        "feeds/units/jaffa-administration",
    ]
    return [f"/{language}/{scope}.{suffix}" for scope in scopes for suffix in ("rss", "atom")]


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content


def parse(client, path):
    return feedparser.parse(fetch(client, path))


def titles(client, path):
    return [entry.title for entry in parse(client, path).entries]


def project_feed(page):
    project = page if page.specific_class.__name__ == "ProjectPage" else page.get_parent()
    return f"/{page.locale.language_code}/feeds/projects/{project.translation_key}.rss"


def city_feed(language="he"):
    return f"/{language}/feeds/city.rss"


def expected(message, page, detail=""):
    with translation.override(page.locale.language_code):
        return translation.gettext(message) % {"title": page.title, "detail": detail}


def publish(page):
    page.save_revision().publish()
    return page


def new_copy(page, slug, title):
    """An unpublished copy of a demo page beside it, as an editor would start one."""
    copy = page.copy(
        update_attrs={"slug": slug, "title": title}, keep_live=False, copy_revisions=False
    )
    return copy.specific


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_every_feed_parses_with_dated_linked_items(client, demo_page, language):
    for path in feed_paths(demo_page, language):
        feed = parse(client, path)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.version == ("atom10" if path.endswith(".atom") else "rss20")
        assert feed.feed.title and feed.feed.link
        assert feed.entries, path
        for entry in feed.entries:
            assert entry.title and entry.link and entry.id
            assert entry.get("published_parsed") or entry.get("updated_parsed")
            assert urlparse(entry.link).path.startswith(f"/{language}/")


def absolute(url):
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def test_rss_follows_the_validators_rules(client, demo_page):
    for path in feed_paths(demo_page, "he")[::2]:
        channel = ET.fromstring(fetch(client, path)).find("channel")
        for name in ("title", "link", "description"):
            assert channel.findtext(name), (path, name)
        assert absolute(channel.findtext("link"))
        assert channel.findtext("language") == "he"
        guids = []
        for item in channel.findall("item"):
            assert item.findtext("title") and absolute(item.findtext("link"))
            assert RFC_822.match(item.findtext("pubDate")), item.findtext("pubDate")
            assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo
            guid = item.find("guid")
            assert guid.get("isPermaLink") == "false" and guid.text.startswith("urn:uuid:")
            guids.append(guid.text)
        assert guids and len(guids) == len(set(guids))


def test_atom_follows_the_validators_rules(client, demo_page):
    for path in feed_paths(demo_page, "ar")[1::2]:
        feed = ET.fromstring(fetch(client, path))
        for name in ("id", "title", "updated"):
            assert feed.findtext(ATOM + name), (path, name)
        assert RFC_3339.match(feed.findtext(ATOM + "updated"))
        assert feed.find(f"{ATOM}author/{ATOM}name").text
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
        links = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
        assert absolute(links["self"]) and links["self"].endswith(path)
        assert absolute(links["alternate"])
        ids = []
        for entry in feed.findall(ATOM + "entry"):
            assert entry.findtext(ATOM + "title")
            assert absolute(entry.find(ATOM + "link").get("href"))
            for name in ("updated", "published"):
                assert RFC_3339.match(entry.findtext(ATOM + name))
            ids.append(entry.findtext(ATOM + "id"))
        assert ids and len(ids) == len(set(ids))


def test_the_demo_has_every_kind_of_news(client):
    kinds = set(NewsItem.objects.filter(page__locale__language_code="en").values_list("kind"))
    assert {kind for (kind,) in kinds} >= {
        "project_new",
        "project_status",
        "meeting_invitation",
        "meeting_protocol",
        "institution_event",
        "business_event",
    }
    found = titles(client, city_feed("en"))
    assert any(title.startswith("Protocol published: ") for title in found)
    assert any(title.startswith("Project status changed to In execution: ") for title in found)


def test_a_published_meeting_is_an_invitation(client, demo_page):
    meeting = demo_page(f"{PROJECT}/residents-meeting-phase-2")
    copy = new_copy(meeting, "feeds-new-meeting", "מפגש חדש לבדיקת הפיד")
    message = "Meeting invitation: %(title)s"
    assert expected(message, copy) not in titles(client, project_feed(copy))
    publish(copy)
    for path in (project_feed(copy), city_feed(), "/he/feeds/units/jaffa-administration.rss"):
        assert expected(message, copy) in titles(client, path), path
    ajami = demo_page("neighborhoods/jaffa/ajami")
    ajami_feed = f"/he/feeds/neighborhoods/{ajami.translation_key}.rss"
    assert expected(message, copy) in titles(client, ajami_feed)
    publish(copy)
    assert titles(client, project_feed(copy)).count(expected(message, copy)) == 1


def test_an_attached_protocol_is_news(client, demo_page):
    held = demo_page(f"{PROJECT}/informing-meeting", "ar")
    meeting = new_copy(held, "feeds-held-meeting", "لقاء عُقد دون محضر بعد")
    protocol, meeting.protocol = meeting.protocol, None
    assert meeting.held and protocol is not None
    publish(meeting)
    message = "Protocol published: %(title)s"
    assert expected(message, meeting) not in titles(client, project_feed(meeting))
    assert expected("Meeting invitation: %(title)s", meeting) in titles(
        client, project_feed(meeting)
    )
    meeting.protocol = protocol
    publish(meeting)
    assert expected(message, meeting) in titles(client, project_feed(meeting))
    assert expected(message, meeting) in titles(client, city_feed("ar"))
    publish(meeting)
    assert titles(client, project_feed(meeting)).count(expected(message, meeting)) == 1


def test_a_new_status_is_news_and_the_same_status_is_not(client, demo_page):
    project = demo_page("projects/kfar-shalem-neighborhood-park", "en")
    assert project.status == "planning"
    message = "Project status changed to %(detail)s: %(title)s"
    project.title = project.title + " (renamed)"
    publish(project)
    assert not [t for t in titles(client, project_feed(project)) if "status changed" in t]
    project.status = "approved"
    publish(project)
    assert expected(message, project, "Approved") in titles(client, project_feed(project))


def test_a_status_changed_in_the_admin_is_news(client, demo_page):
    project = demo_page("projects/kfar-shalem-neighborhood-park")
    client.force_login(get_user_model().objects.get(username="admin"))
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    streams = ("description", "timeline", "renderings", "documents", "updates")
    for name, value in nested_form_data({name: streamfield([]) for name in streams}).items():
        data[name] = value
    data["status"] = "in_execution"
    data["action-publish"] = "1"
    assert client.post(url, data).status_code == 302
    client.logout()
    assert NewsItem.objects.filter(
        page=project, kind="project_status", detail="in_execution"
    ).exists()
    with translation.override("he"):
        label = str(project.specific_class._meta.get_field("status").flatchoices[2][1])
    message = "Project status changed to %(detail)s: %(title)s"
    assert expected(message, project, label) in titles(client, project_feed(project))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("institutions/florentin-culture-house/mural-day", "New event: %(title)s"),
        ("business/innovation-conference", "New event for businesses: %(title)s"),
    ],
)
def test_a_published_event_is_news(client, demo_page, path, message):
    event = demo_page(path, "en")
    copy = publish(new_copy(event, "feeds-new-event", "An event for the feed test"))
    assert expected(message, copy) in titles(client, city_feed("en"))
    assert expected(message, copy) not in titles(client, city_feed("he"))


def test_drafts_never_appear(client, demo_page):
    meeting = demo_page(f"{PROJECT}/residents-meeting-phase-2")
    copy = new_copy(meeting, "feeds-draft", "טיוטה שאסור שתופיע")
    copy.save_revision()
    project = demo_page("projects/kfar-shalem-neighborhood-park")
    project.status = "completed"
    project.save_revision()
    feed = fetch(client, city_feed()).decode()
    assert "טיוטה שאסור שתופיע" not in feed
    assert not NewsItem.objects.filter(page__in=[copy, project], kind="project_status").exists()
    assert not NewsItem.objects.filter(page=copy).exists()


def test_private_pages_and_their_items_disappear(client, demo_page):
    project = demo_page(PROJECT)
    path = project_feed(project)
    assert titles(client, path)
    meeting_link = demo_page(f"{PROJECT}/informing-meeting").url
    assert meeting_link in fetch(client, city_feed()).decode()
    PageViewRestriction.objects.create(page=project, restriction_type="password", password="x")
    assert client.get(path).status_code == 404
    city = fetch(client, city_feed()).decode()
    assert project.url not in city and meeting_link not in city


def test_unpublishing_removes_items(client, demo_page):
    meeting = demo_page(f"{PROJECT}/informing-meeting", "en")
    protocol = expected("Protocol published: %(title)s", meeting)
    assert protocol in titles(client, city_feed("en"))
    meeting.unpublish()
    assert protocol not in titles(client, city_feed("en"))
    assert protocol not in titles(client, project_feed(meeting))
    publish(meeting)
    assert titles(client, city_feed("en")).count(protocol) == 1


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_only_the_feeds_language(client, demo_page, language):
    for path in feed_paths(demo_page, language):
        feed = parse(client, path)
        assert feed.feed.get("language", language) == language
        assert all(urlparse(entry.link).path.startswith(f"/{language}/") for entry in feed.entries)


def test_a_page_of_one_language_stays_in_its_feeds(client, demo_page):
    meeting = demo_page(f"{PROJECT}/residents-meeting-phase-2", "en")
    copy = publish(new_copy(meeting, "english-only", "A meeting only in English"))
    message = expected("Meeting invitation: %(title)s", copy)
    assert message in titles(client, project_feed(copy))
    for language in ("he", "ar"):
        assert message not in titles(client, project_feed(demo_page(PROJECT, language)))
        assert message not in titles(client, city_feed(language))
    project = publish(new_copy(demo_page(PROJECT, "en"), "english-only", "English only"))
    assert client.get(f"/en/feeds/projects/{project.translation_key}.rss").status_code == 200
    assert client.get(f"/he/feeds/projects/{project.translation_key}.rss").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/he/feeds/projects/00000000-0000-0000-0000-000000000000.rss",
        "/he/feeds/neighborhoods/00000000-0000-0000-0000-000000000000.atom",
        "/he/feeds/units/no-such-unit.rss",
        "/he/feeds/no-such-section/00000000-0000-0000-0000-000000000000.rss",
        "/he/feeds/projects/not-a-key.rss",
        "/he/feeds/units/a%00b.rss",
        "/he/feeds/city.rss%00",
        "/he/feeds/neighborhoods/%00.atom",
        "/he/feeds/units/" + "9" * 400 + ".rss",
    ],
)
def test_bad_identifiers_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_neighborhood_key_is_not_a_project_feed(client, demo_page):
    ajami = demo_page("neighborhoods/jaffa/ajami")
    assert client.get(f"/he/feeds/projects/{ajami.translation_key}.rss").status_code == 404
    assert client.get(f"/he/feeds/neighborhoods/{ajami.translation_key}.rss").status_code == 200


def test_unknown_query_strings_are_ignored_and_nul_refused(client):
    response = client.get(city_feed(), {"q": "x", "page": "9" * 40})
    assert response.status_code == 200
    assert not feedparser.parse(response.content).bozo
    assert client.get(city_feed(), {"q": "\x00"}).status_code == 400


def count_queries(client, path):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_items(client, demo_page):
    path = city_feed()
    items = NewsItem.objects.filter(page__locale__language_code="he")
    before = items.count()
    few = count_queries(client, path)
    unit = MunicipalUnit.objects.filter(locale__language_code="he").first()
    NewsItem.objects.bulk_create(
        NewsItem(page_id=item.page_id, kind=item.kind, happened_at=timezone.now(), unit=unit)
        for item in list(items) * 3
    )
    assert len(parse(client, path).entries) > min(before, 20)
    many = count_queries(client, path)
    assert many <= few


def test_feeds_are_discoverable_from_pages(client, demo_page):
    home = client.get("/en/").content.decode()
    assert 'type="application/rss+xml" href="/en/feeds/city.rss"' in home
    assert 'type="application/atom+xml" href="/en/feeds/city.atom"' in home
    project = demo_page(PROJECT, "en")
    html = client.get(project.url).content.decode()
    assert f'href="/en/feeds/projects/{project.translation_key}.rss"' in html
    assert 'href="/en/feeds/units/jaffa-administration.atom"' in html
    ajami = demo_page("neighborhoods/jaffa/ajami", "ar")
    html = client.get(ajami.url).content.decode()
    assert f'href="/ar/feeds/neighborhoods/{ajami.translation_key}.rss"' in html
    for href in re.findall(r'type="application/(?:rss|atom)\+xml" href="([^"]+)"', html):
        assert client.get(href).status_code == 200, href


def test_items_are_dated_when_they_happened(demo_page):
    project = demo_page("projects/kfar-shalem-neighborhood-park")
    project.status = "approved"
    start = timezone.now()
    publish(project)
    item = NewsItem.objects.get(page=project, kind="project_status")
    assert start <= item.happened_at <= timezone.now() + datetime.timedelta(seconds=1)
    assert item.unit_id == project.unit_id
    assert item.neighborhoods.exists()


def test_a_page_published_for_later_is_not_news_yet(client, demo_page):
    meeting = demo_page(f"{PROJECT}/residents-meeting-phase-2")
    copy = new_copy(meeting, "feeds-later", "מפגש שיפורסם מחר")
    copy.go_live_at = timezone.now() + datetime.timedelta(days=1)
    publish(copy)
    copy.refresh_from_db()
    assert not copy.live
    assert not NewsItem.objects.filter(page=copy).exists()
    assert "מפגש שיפורסם מחר" not in fetch(client, city_feed()).decode()
