"""The production settings as they run: gunicorn with two worker processes, PostgreSQL and the
shared Redis (the machine's, under a key prefix of this run's own), then each of them failing.

The database is reached through a relay of the test's own, so it can be taken away and brought
back without touching the machine's server. Runs in the PostgreSQL pass of .ci/run (when
DATABASE_URL names PostgreSQL)."""

import http.client
import json
import os
import re
import time
import urllib.parse
import uuid

import pytest

from tests.demo_pages import PATHS
from tests.servers import (
    TcpRelay,
    free_port,
    load_demo,
    manage,
    production_env,
    running_gunicorn,
    server_database,
    server_env,
)

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the production run needs PostgreSQL: it runs in .ci/run's PostgreSQL pass",
)

PASSWORD = "a-long-and-rare-operator-password-2026"
CLOSED_PORT = free_port()  # nothing listens there


def request(url, path, *, method="GET", form=None, headers=None, cookies=None):
    """One request on a connection of its own, as a browser's separate visits would be."""
    address = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=15)
    headers = dict(headers or {})
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def cookies_of(response):
    # The production cookies are Secure; a client on plain HTTP takes them by hand.
    jar = {}
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        jar[name] = rest.split(";", 1)[0]
    return jar


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A database with the demo content behind a relay, static files collected, and the
    environment of the production settings."""
    workdir = tmp_path_factory.mktemp("production")
    with server_database(workdir, label="production") as database_url:
        dev = server_env(workdir, database_url)
        load_demo(dev)
        address = urllib.parse.urlsplit(database_url)
        relay = TcpRelay(address.hostname, address.port or 5432)
        relayed = database_url.replace(address.netloc.split("@")[-1], f"127.0.0.1:{relay.port}")
        env = production_env(
            workdir,
            relayed,
            "redis://127.0.0.1:6379/0",
            CACHE_PREFIX=f"hub-test-{uuid.uuid4().hex[:12]}",
            HUB_TRUSTED_PROXIES="1",
            HUB_LOGIN_ATTEMPTS="10",
            HUB_RETRY_AFTER="17",
            LOG_FORMAT="json",
            WEB_CONCURRENCY="2",
        )
        manage(env, "collectstatic", "--no-input", "-v0")
        manage(env, "shell", "-c", OPERATOR)
        try:
            yield env, relay, workdir
        finally:
            relay.close()


OPERATOR = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("operator", "ops@hub.example", "{PASSWORD}")
"""


@pytest.fixture(scope="module")
def site(deployment):
    env, relay, workdir = deployment
    with running_gunicorn(env, workdir / "gunicorn.log") as url:
        yield url, relay, workdir / "gunicorn.log"


def test_every_demo_page_answers_in_each_language(site):
    url, _relay, _log = site
    for language in ("he", "ar", "en"):
        for path in PATHS:
            response, content = request(url, f"/{language}/{path}")
            assert response.status == 200, (language, path, content[:300])
            assert f'lang="{language}"'.encode() in content
    response, _content = request(url, "/static/hub/css/hub.css")
    assert response.status == 200


def test_readiness_names_each_service(site):
    url, _relay, _log = site
    request(url, "/he/")
    request(url, "/he/")
    response, content = request(url, "/readyz", headers={"Host": "10.1.2.3:8000"})
    assert response.status == 200
    body = json.loads(content)
    assert body["status"] == "ok"
    services = body["services"]
    assert {
        name: services[name]["status"] for name in ("database", "cache", "search", "media")
    } == {
        "database": "ok",
        "cache": "ok",
        "search": "ok",
        "media": "ok",
    }
    assert services["cache"]["hit_ratio"] is not None


def test_every_request_is_one_json_log_line(site):
    url, _relay, log = site
    request(url, "/ar/events/?from=2026-01-01")
    time.sleep(0.3)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    mine = [line for line in lines if line.get("path") == "/ar/events/"]
    assert mine, log.read_text()[-2000:]
    assert mine[-1]["status"] == 200 and mine[-1]["method"] == "GET"
    assert isinstance(mine[-1]["duration_ms"], float)
    assert mine[-1]["page_cache"] in ("hit", "miss")


def sign_in(url, username, password, client="198.51.100.20"):
    """A browser's sign-in: the form (its CSRF token and cookie), then the post, through the
    site's reverse proxy, which appends the client's address to X-Forwarded-For."""
    headers = {"X-Forwarded-For": client}
    response, content = request(url, "/admin/login/", headers=headers)
    cookies = cookies_of(response)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1).decode()
    form = {"csrfmiddlewaretoken": token, "username": username, "password": password}
    response, _content = request(
        url, "/admin/login/", method="POST", form=form, headers=headers, cookies=cookies
    )
    return response.status


def test_the_login_limit_is_shared_by_the_workers_and_kept_per_client(site, deployment):
    url, _relay, _log = site
    env, _relay, workdir = deployment
    # A second gunicorn beside the first: which worker takes a connection is the kernel's
    # choice, so the attempts alternate between the two servers' processes, and the count
    # must still be one.
    with running_gunicorn(env, workdir / "second.log") as other:
        statuses = [
            sign_in((url, other)[number % 2], "operator", "wrong", client="203.0.113.50")
            for number in range(14)
        ]
    assert statuses == [200] * 10 + [429] * 4
    # Every request arrives from the proxy's address, yet another client is not locked out.
    assert sign_in(url, "operator", PASSWORD, client="198.51.100.21") == 302


def test_pages_answer_while_redis_cannot_be_reached(deployment):
    env, _relay, workdir = deployment
    env = {**env, "REDIS_URL": f"redis://127.0.0.1:{CLOSED_PORT}/0"}
    with running_gunicorn(env, workdir / "no-redis.log") as url:
        for path in ("/he/", "/ar/projects/", "/en/events/", "/he/search/?q=106"):
            assert request(url, path)[0].status == 200, path
        response, content = request(url, "/readyz")
        body = json.loads(content)
        assert response.status == 200 and body["status"] == "degraded"
        assert body["services"]["cache"]["status"] == "error"
        assert body["services"]["database"]["status"] == "ok"
        assert sign_in(url, "operator", PASSWORD, client="198.51.100.22") == 302


def test_the_database_down_is_a_503_in_the_visitors_language_then_recovery(site):
    url, relay, _log = site
    cached = "/he/institutions/"
    assert request(url, cached)[0].status == 200
    assert request(url, cached)[0].getheader("X-Hub-Cache") == "hit"
    relay.pause()
    try:
        response, content = request(url, "/ar/projects/?page=1")
        assert response.status == 503
        assert response.getheader("Retry-After") == "17"
        assert b'lang="ar" dir="rtl"' in content
        response, content = request(url, "/he/neighborhoods/?x=1")
        assert response.status == 503 and b'lang="he" dir="rtl"' in content
        assert request(url, "/readyz")[0].status == 503
        assert request(url, "/healthz")[0].status == 200
        # Pages cached before the outage are still served.
        assert request(url, cached)[0].status == 200
    finally:
        relay.resume()
    started = time.monotonic()
    while request(url, "/en/units/?x=2")[0].status != 200:
        assert time.monotonic() - started < 2, "not recovered within 2 seconds"
        time.sleep(0.05)
