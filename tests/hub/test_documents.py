"""Documents follow their pages: a file is served to everyone only while a published page (or
another live object) uses it, its address carries a signature, and /media/documents/ is never
served directly."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.rich_text import expand_db_html

from hub.documents import signature
from hub.permissions import unit_collection
from projects.models import MeetingKind, MeetingPage
from tests.helpers import pdf

pytestmark = pytest.mark.django_db

YEHUDA = "projects/yehuda-hayamit-street-renewal"
SIGNED = re.compile(r"^/documents/(\d+)-[A-Za-z0-9_-]{16}/[^/]+$")


def new_document(unit, name="draft-flyer.pdf"):
    """A PDF in the unit's collection, as its editors upload them."""
    Document = get_document_model()
    document = Document(
        title=name, file=ContentFile(pdf(), name=name), collection=unit_collection(unit)
    )
    document.save()
    return document


def add_meeting(project, flyer, live):
    start = timezone.now() + datetime.timedelta(days=10)
    meeting = MeetingPage(
        title="מפגש תושבים",
        slug="documents-test-meeting",
        kind=MeetingKind.RESIDENTS,
        start=start,
        end=start + datetime.timedelta(hours=2),
        place="אולם",
        unit=project.unit,
        flyer=flyer,
        live=live,
    )
    project.add_child(instance=meeting)
    meeting.save_revision()
    return meeting


def unit_editor(unit):
    return unit.editors_group.user_set.get()


def user(username):
    return get_user_model().objects.get(username=username)


def get(client, url):
    """The status of a request, its file read to the end: the test client then closes the
    response itself (closing it again would fire request_finished and close the database
    connection in the middle of the test's transaction, on PostgreSQL)."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def test_a_draft_pages_document_is_served_once_the_page_is_published(client, demo_page):
    project = demo_page(YEHUDA)
    document = new_document(project.unit)
    meeting = add_meeting(project, document, live=False)

    assert get(client, document.url) == 404

    client.force_login(unit_editor(project.unit))
    assert get(client, document.url) == 200
    client.force_login(user("participation-program-editor"))
    assert get(client, document.url) == 404, "another unit's editor"
    client.logout()

    meeting.save_revision().publish()
    assert get(client, document.url) == 200

    meeting.refresh_from_db()
    meeting.unpublish()
    assert get(client, document.url) == 404


def test_a_document_under_a_login_only_page_is_not_served_anonymously(client, demo_page):
    project = demo_page(YEHUDA)
    document = new_document(project.unit)
    add_meeting(project, document, live=True)
    assert get(client, document.url) == 200

    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    assert get(client, document.url) == 404


def test_a_document_nothing_uses_is_not_served(client, demo_page):
    document = new_document(demo_page(YEHUDA).unit, "unused.pdf")
    assert get(client, document.url) == 404


def test_collection_privacy_still_applies(client, demo_page):
    project = demo_page(YEHUDA)
    document = new_document(project.unit)
    add_meeting(project, document, live=True)
    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_addresses_are_signed(client, demo_page):
    project = demo_page(YEHUDA)
    document = new_document(project.unit)
    add_meeting(project, document, live=True)
    other = new_document(project.unit, "other.pdf")

    assert SIGNED.match(document.url)
    assert f"/{document.pk}-{signature(document.pk)}/" in document.url
    assert get(client, document.url) == 200
    for url in (
        f"/documents/{document.pk}/{document.filename}",
        f"/documents/{document.pk}-{'A' * 16}/{document.filename}",
        f"/documents/{document.pk}-{signature(other.pk)}/{document.filename}",
        f"/documents/{document.pk}-{signature(document.pk)}x/{document.filename}",
        f"/documents/{document.pk}-{signature(document.pk)}/{other.filename}",
    ):
        assert get(client, url) == 404, url

    html = expand_db_html(f'<p><a linktype="document" id="{document.pk}">flyer</a></p>')
    assert f'href="{document.url}"' in html


def test_media_documents_are_never_served_directly(client, demo_page):
    assert settings.HUB_SERVE_MEDIA
    document = new_document(demo_page(YEHUDA).unit)
    assert document.file.name.startswith("documents/")
    rendition = get_image_model().objects.first().get_rendition("width-100")
    assert get(client, rendition.url) == 200

    for url in (
        f"/media/{document.file.name}",
        f"/media/images/../{document.file.name}",
        f"/media//{document.file.name}",
        f"/media/Documents/{document.filename}",
    ):
        assert get(client, url) == 404, url


def assert_links_are_served(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    links = [a["href"] for a in html.select("a[href*='/documents/']")]
    assert links, page.url
    for url in links:
        assert SIGNED.match(url), url
        assert get(client, url) == 200, url


def test_published_projects_and_meetings_link_their_documents(client, demo_page):
    project = demo_page(YEHUDA)
    assert_links_are_served(client, project)
    meeting = MeetingPage.objects.child_of(project).live().exclude(protocol=None).first()
    assert_links_are_served(client, meeting)
    for language in ("ar", "en"):
        assert_links_are_served(client, demo_page(YEHUDA, language))


def test_serving_a_document_costs_a_few_queries(client, demo_page):
    project = demo_page(YEHUDA)
    document = new_document(project.unit)
    add_meeting(project, document, live=True)
    get(client, document.url)
    with CaptureQueriesContext(connection) as queries:
        assert get(client, document.url) == 200
    assert len(queries) <= 8, [query["sql"] for query in queries]
