"""Two server processes on one database and one Redis, as production runs its workers: a page
made private elsewhere is gone at once from every page the other process serves from its cache.

Needs Redis at 127.0.0.1:6379 (skipped without it, unless HUB_REQUIRE_REDIS=1, as in .ci/run).
Entries live for an hour here, so only the content version can clear them."""

import os
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest
import redis

from tests.servers import load_demo, manage, running_server, server_database, server_env

REDIS_URL = "redis://127.0.0.1:6379/0"
PROJECT = "/he/projects/yehuda-hayamit-street-renewal/"
MEETING = PROJECT + "residents-meeting-phase-2/"
MEETING_TITLE = "מפגש תושבים לקראת שלב ב'"
CACHED = [PROJECT, "/he/events/", "/he/events/calendar/", "/he/neighborhoods/jaffa/ajami/"]
SEARCHES = [
    "/he/search/?q=" + quote("מפגש תושבים לקראת"),
    "/he/search/suggest/?q=" + quote("מפגש תושבים"),
]
MAKE_PRIVATE = (
    "from wagtail.models import Page, PageViewRestriction; "
    "PageViewRestriction.objects.create(restriction_type='login', page=Page.objects.get("
    "locale__language_code='he', url_path__endswith='/{}'))".format(MEETING.removeprefix("/he/"))
)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(_NoRedirects)


def fetch(url):
    """(status, headers, text) of an anonymous GET, redirects not followed."""
    try:
        with OPENER.open(url, timeout=60) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def listed(url):
    status, _headers, text = fetch(url)
    assert status == 200, (url, status)
    return MEETING in text or MEETING_TITLE in text


@pytest.fixture
def cache_prefix():
    """A key prefix of this run's own in the shared Redis; its keys are deleted afterwards."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        message = f"the shared-cache test needs Redis at {REDIS_URL}: {error}"
        if os.environ.get("HUB_REQUIRE_REDIS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    prefix = f"hubtest{os.getpid()}{time.time_ns()}"
    yield prefix
    for key in client.scan_iter(match=f"{prefix}:*", count=500):
        client.delete(key)
    client.close()


@pytest.fixture
def shared(cache_prefix, tmp_path):
    """The environment of both servers and their addresses."""
    with server_database(tmp_path, "cache") as database_url:
        env = server_env(
            tmp_path,
            database_url,
            REDIS_URL=REDIS_URL,
            CACHE_PREFIX=cache_prefix,
            HUB_PAGE_CACHE_SECONDS="3600",
        )
        load_demo(env)
        with (
            running_server(env, tmp_path / "a.log") as a,
            running_server(env, tmp_path / "b.log") as b,
        ):
            yield env, a, b


def test_a_page_made_private_elsewhere_leaves_the_other_process_at_once(shared):
    env, a, b = shared
    for server in (a, b):
        for path in [MEETING, *CACHED]:
            fetch(server + path)
            status, headers, _text = fetch(server + path)
            assert (status, headers["X-Hub-Cache"]) == (200, "hit"), server + path
    assert all(listed(b + path) for path in CACHED + SEARCHES)

    manage(env, "shell", "-c", MAKE_PRIVATE)

    for server in (b, a):
        status, _headers, text = fetch(server + MEETING)
        assert status != 200 and MEETING_TITLE not in text, status
        assert [path for path in CACHED + SEARCHES if listed(server + path)] == []
