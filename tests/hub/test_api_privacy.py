"""Only live, public content ever reaches the API: not drafts, not unpublished or private pages,
not the documents and images only they use; and the rate limit holds without failing requests
when the cache is down."""

import datetime

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from hub.api.published import used_by_live_pages
from projects.models import MeetingKind, MeetingPage, ProjectPage
from tests.hub.test_documents import new_document

pytestmark = pytest.mark.django_db

API = "/api/v2/"
YEHUDA = "projects/yehuda-hayamit-street-renewal"


@pytest.fixture(autouse=True)
def unthrottled(settings):
    settings.HUB_API_RATE = "100000/minute"


def listed(client, endpoint="pages", **query):
    response = client.get(f"{API}{endpoint}/", {"limit": 100, **query})
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def every_page(client, **query):
    found, offset = set(), 0
    while True:
        response = client.get(f"{API}pages/", {"limit": 100, "offset": offset, **query}).json()
        found |= {item["id"] for item in response["items"]}
        offset += 100
        if offset >= response["meta"]["total_count"]:
            return found


def add_meeting(project, live=True, **fields):
    start = timezone.now() - datetime.timedelta(days=3)
    meeting = MeetingPage(
        title="מפגש בדיקה",
        slug="api-test-meeting",
        kind=MeetingKind.RESIDENTS,
        start=start,
        end=start + datetime.timedelta(hours=2),
        place="אולם",
        unit=project.unit,
        live=live,
        **fields,
    )
    project.add_child(instance=meeting)
    meeting.save_revision()
    return meeting


def test_a_draft_page_never_appears(client, demo_page):
    project = demo_page(YEHUDA)
    draft = add_meeting(project, live=False)
    assert draft.pk not in every_page(client)
    assert draft.pk not in listed(client, type="projects.MeetingPage")
    assert client.get(f"{API}pages/{draft.pk}/").status_code == 404


def test_an_unpublished_page_disappears(client, demo_page):
    project = demo_page(YEHUDA)
    assert client.get(f"{API}pages/{project.pk}/").status_code == 200
    project.unpublish()
    assert project.pk not in every_page(client, type="projects.ProjectPage")
    assert client.get(f"{API}pages/{project.pk}/").status_code == 404


def test_a_private_page_and_what_is_under_it_never_appear(client, demo_page):
    project = demo_page(YEHUDA)
    meetings = set(MeetingPage.objects.child_of(project).values_list("pk", flat=True))
    PageViewRestriction.objects.create(page=project, restriction_type="login")
    found = every_page(client)
    assert project.pk not in found
    assert not meetings & found
    assert client.get(f"{API}pages/{project.pk}/").status_code == 404
    assert not listed(client, type="projects.MeetingPage") & meetings


def test_another_locales_pages_stay_out_of_a_locale_filter(client, demo_page):
    hebrew = demo_page(YEHUDA)
    english = listed(client, type="projects.ProjectPage", locale="en")
    assert hebrew.pk not in english
    assert english == set(
        ProjectPage.objects.live()
        .public()
        .filter(locale__language_code="en")
        .values_list("pk", flat=True)
    )


def test_a_draft_meetings_protocol_is_never_listed(client, demo_page):
    project = demo_page(YEHUDA)
    meeting = add_meeting(project)
    protocol = new_document(project.unit, "draft-protocol.pdf")
    meeting.protocol = protocol
    meeting.save_revision()  # a draft of the live meeting: its protocol is not published
    assert protocol.pk not in listed(client, "documents")
    assert client.get(f"{API}documents/{protocol.pk}/").status_code == 404
    detail = client.get(f"{API}pages/{meeting.pk}/").json()
    assert detail["protocol"] is None
    meeting.get_latest_revision().publish()
    assert protocol.pk in listed(client, "documents")
    document = client.get(f"{API}documents/{protocol.pk}/").json()
    assert document["kind"] == "protocol"


def test_a_never_published_pages_flyer_is_not_listed(client, demo_page):
    project = demo_page(YEHUDA)
    flyer = new_document(project.unit, "unpublished-flyer.pdf")
    add_meeting(project, live=False, flyer=flyer)
    assert flyer.pk not in listed(client, "documents")


def test_listed_documents_carry_the_kind_and_language_their_project_gives(client, demo_page):
    project = demo_page(YEHUDA)
    block = next(b["value"] for b in project.documents.raw_data if b["value"].get("document"))
    document = client.get(f"{API}documents/{block['document']}/").json()
    assert (document["kind"], document["language"]) == (block["kind"], block["language"])
    assert document["meta"]["download_url"]


def test_images_are_those_of_live_public_pages(client, demo_page):
    project = demo_page(YEHUDA)
    image_ids = {
        b["value"]["image"] for b in project.renderings.raw_data if b["value"].get("image")
    }
    assert image_ids and image_ids <= listed(client, "images")
    Image = get_image_model()
    unused = Image.objects.create(
        title="unused", file=Image.objects.first().file, width=1, height=1
    )
    assert unused.pk not in listed(client, "images")
    PageViewRestriction.objects.create(page=project, restriction_type="login")
    assert set(used_by_live_pages(Image).values_list("pk", flat=True)) == listed(client, "images")
    image = client.get(f"{API}images/{min(listed(client, 'images'))}/").json()
    assert set(image["renditions"]) == {"thumbnail", "medium", "large"}


def test_anonymous_clients_are_throttled(client, settings):
    settings.HUB_API_RATE = "3/minute"
    codes = [client.get(f"{API}units/", {"offset": n}).status_code for n in range(5)]
    assert codes[:3] == [200, 200, 200]
    assert codes[3] == 429


def test_a_cache_that_is_down_does_not_fail_requests(client, settings):
    """The throttle's own reads and writes; the page cache is off here."""
    settings.HUB_API_RATE = "3/minute"
    settings.HUB_PAGE_CACHE_SECONDS = 0
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    assert client.get(f"{API}units/").status_code == 200
