"""Whole public pages served from the cache to anonymous visitors, purged by any publish."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
