"""Whole public pages served from the cache to anonymous visitors, purged by any change of what
they may see: publication, privacy, moves, documents, images and snippets."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.snippets.models import get_snippet_models

from hub.cache import content_version

pytestmark = pytest.mark.django_db


def test_second_visit_is_served_from_the_cache(client):
    first = client.get("/en/institutions/")
    assert first["X-Hub-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/institutions/")
    assert second["X-Hub-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) <= 2  # the content version and the session, at most
    assert "Content-Security-Policy" in second


def test_each_language_and_query_has_its_own_entry(client):
    client.get("/en/institutions/")
    assert client.get("/ar/institutions/")["X-Hub-Cache"] == "miss"
    assert client.get("/en/institutions/?kind=sport")["X-Hub-Cache"] == "miss"


def test_publishing_purges_the_cache(client, demo_page):
    client.get("/en/institutions/")
    institution = demo_page("institutions/ajami-community-center", "en")
    institution.title = "Ajami community center – renewed"
    institution.save_revision().publish()
    response = client.get("/en/institutions/")
    assert response["X-Hub-Cache"] == "miss"
    assert "Ajami community center – renewed" in response.content.decode()


def test_signed_in_editors_and_searches_are_never_cached(client):
    client.get("/he/search/?q=גינה")
    assert "X-Hub-Cache" not in client.get("/he/search/?q=גינה")
    client.force_login(get_user_model().objects.get(username="admin"))
    assert "X-Hub-Cache" not in client.get("/en/institutions/")
    assert "X-Hub-Cache" not in client.get("/en/institutions/")


def test_errors_are_not_cached(client):
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").get("X-Hub-Cache") != "hit"


MEETING_TITLE = "מפגש תושבים לקראת שלב ב'"
PROJECT = "/he/projects/yehuda-hayamit-street-renewal/"
MEETING = PROJECT + "residents-meeting-phase-2/"
LISTINGS = [
    PROJECT,
    "/he/events/",
    "/he/events/calendar/",
    "/he/neighborhoods/jaffa/ajami/",
    "/he/search/?q=" + quote("מפגש תושבים לקראת"),
    "/he/search/suggest/?q=" + quote("מפגש תושבים"),
]


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return MEETING in response.content.decode() or MEETING_TITLE in response.content.decode()


def warm(client, urls):
    for url in urls:
        client.get(url)
        response = client.get(url)
        if "/search/" not in url:
            assert response["X-Hub-Cache"] == "hit", url


def test_making_a_page_private_purges_it_from_every_cached_listing(client, demo_page):
    meeting = demo_page(MEETING.removeprefix("/he/"))
    warm(client, [MEETING, *LISTINGS])
    assert client.get(MEETING).status_code == 200
    assert all(listed(client, url) for url in LISTINGS)

    restriction = PageViewRestriction.objects.create(
        page=meeting, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(MEETING)
    assert response.status_code == 302
    assert MEETING_TITLE not in response.content.decode()
    assert [url for url in LISTINGS if listed(client, url)] == []

    warm(client, LISTINGS)
    restriction.delete()
    assert client.get(MEETING).status_code == 200
    assert all(listed(client, url) for url in LISTINGS)


def test_restricting_to_groups_and_changing_them_purges(client, demo_page):
    meeting = demo_page(MEETING.removeprefix("/he/"))
    restriction = PageViewRestriction.objects.create(
        page=meeting, restriction_type=PageViewRestriction.GROUPS
    )
    for change in (
        lambda: restriction.groups.add(Group.objects.first()),
        lambda: restriction.groups.clear(),
    ):
        before = content_version()
        change()
        assert content_version() > before


def test_unpublishing_moving_and_deleting_purge(client, demo_page):
    meeting = demo_page(MEETING.removeprefix("/he/"))
    other = demo_page("projects/shapira-community-garden")
    warm(client, [PROJECT])
    meeting.unpublish()
    assert client.get(PROJECT)["X-Hub-Cache"] == "miss"
    assert not listed(client, PROJECT)

    meeting.save_revision().publish()
    warm(client, [PROJECT, other.url])
    meeting.move(other, pos="last-child")
    assert not listed(client, PROJECT)
    assert client.get(other.url)["X-Hub-Cache"] == "miss"

    warm(client, [other.url])
    Page.objects.get(pk=meeting.pk).delete()
    assert client.get(other.url)["X-Hub-Cache"] == "miss"


def test_a_replaced_document_purges(client):
    document = get_document_model().objects.first()
    with document.open_file() as file:
        replacement = ContentFile(file.read())
    warm(client, [PROJECT])
    document.file.save(f"replaced-{document.filename}", replacement)
    assert client.get(PROJECT)["X-Hub-Cache"] == "miss"


def test_documents_images_snippets_and_collection_privacy_purge():
    document = get_document_model().objects.first()
    image = get_image_model().objects.first()
    changes = [
        lambda: setattr(document, "title", "renamed") or document.save(),
        lambda: setattr(image, "title", "renamed") or image.save(),
        lambda: CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(),
            restriction_type=CollectionViewRestriction.LOGIN,
        ),
        lambda: CollectionViewRestriction.objects.all().delete(),
        lambda: document.delete(),
    ]
    changes += [lambda model=model: model.objects.first().save() for model in get_snippet_models()]
    for change in changes:
        before = content_version()
        change()
        assert content_version() > before


def test_each_host_and_scheme_has_its_own_entry(client):
    client.get("/en/institutions/", HTTP_HOST="localhost")
    assert client.get("/en/institutions/", HTTP_HOST="localhost")["X-Hub-Cache"] == "hit"
    assert client.get("/en/institutions/", HTTP_HOST="127.0.0.1")["X-Hub-Cache"] == "miss"
    assert (
        client.get("/en/institutions/", HTTP_HOST="localhost", secure=True)["X-Hub-Cache"] == "miss"
    )


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
        }
    }
)
def test_publishing_while_the_cache_is_down_logs_and_carries_on(demo_page, caplog):
    meeting = demo_page(MEETING.removeprefix("/he/"))
    meeting.title = "renamed while the cache is down"
    meeting.save_revision().publish()
    PageViewRestriction.objects.create(page=meeting, restriction_type=PageViewRestriction.LOGIN)
    assert Page.objects.get(pk=meeting.pk).title == "renamed while the cache is down"
    assert "Could not bump the content version" in caplog.text
