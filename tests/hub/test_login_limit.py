"""The sign-in limit: failed attempts counted per client address and user name, the address
taken from the site's own proxies' header, CSRF failures not counted. (Across worker processes
sharing Redis: tests/hub/test_production.py.)"""

import pytest
from django.test import Client

from hub.clients import client_address

pytestmark = pytest.mark.django_db

WRONG = {"password": "wrong"}


def attempt(client, username, password="wrong", **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, **headers
    ).status_code


@pytest.fixture
def limits(settings):
    settings.HUB_LOGIN_ATTEMPTS = 3
    settings.HUB_LOGIN_ADDRESS_ATTEMPTS = 5
    return settings


def test_one_address_failing_for_one_name_does_not_lock_another_name(client, limits):
    assert [attempt(client, "admin") for _ in range(4)] == [200, 200, 200, 429]
    # The same address may still sign in as someone else…
    assert attempt(client, "digitel-editor", "hub-demo-2026") == 302
    # …until it has failed often enough, whatever the names.
    assert attempt(client, "nobody-1") == 200
    assert attempt(client, "nobody-2") == 200
    assert attempt(client, "nobody-3") == 429
    assert attempt(client, "digitel-editor", "hub-demo-2026") == 429


def test_a_successful_sign_in_clears_that_names_failures(client, limits):
    assert [attempt(client, "admin") for _ in range(2)] == [200, 200]
    assert attempt(client, "admin", "hub-demo-2026") == 302
    client.logout()
    assert [attempt(client, "admin") for _ in range(3)] == [200, 200, 200]


def test_behind_the_proxy_each_client_is_counted_apart(client, limits):
    limits.HUB_TRUSTED_PROXIES = 1
    mallory = {"HTTP_X_FORWARDED_FOR": "203.0.113.9", "REMOTE_ADDR": "10.0.0.2"}
    editor = {"HTTP_X_FORWARDED_FOR": "198.51.100.7", "REMOTE_ADDR": "10.0.0.2"}
    assert [attempt(client, "admin", **mallory) for _ in range(6)][-1] == 429
    # Every request comes from the proxy's address, yet the editor is not locked out.
    assert attempt(client, "admin", "hub-demo-2026", **editor) == 302


def test_addresses_the_client_writes_itself_are_not_believed(client, limits):
    limits.HUB_TRUSTED_PROXIES = 1
    for number in range(4):
        # A client varying the header's first entry is still one client: the proxy appended
        # the address it really came from.
        forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{number}, 203.0.113.9"}
        status = attempt(client, "admin", **forged)
    assert status == 429


def test_without_a_trusted_proxy_the_header_is_ignored(rf, settings):
    settings.HUB_TRUSTED_PROXIES = 0
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == "10.0.0.2"
    settings.HUB_TRUSTED_PROXIES = 2
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9, 10.0.0.3")
    assert client_address(request) == "203.0.113.9"
    settings.HUB_CLIENT_ADDRESS_HEADER = "X-Real-IP"
    request = rf.get("/", HTTP_X_REAL_IP="not an address\x00")
    assert client_address(request) == "unknown"


def test_posts_refused_for_their_csrf_token_are_not_counted(limits):
    forger = Client(enforce_csrf_checks=True)
    for _ in range(10):
        assert attempt(forger, "admin") == 403
    assert attempt(Client(), "admin", "hub-demo-2026") == 302


def test_password_reset_requests_count_against_their_address(client, limits):
    for _ in range(5):
        response = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
        assert response.status_code == 302
    response = client.post(
        "/admin/password_reset/", {"email": "nobody@example.org"}, HTTP_ACCEPT_LANGUAGE="he"
    )
    assert response.status_code == 429
    assert "יותר מדי" in response.content.decode()
