"""The shared cache failing means no cache, never an error: pages, the API, search and publishing
go on while Redis refuses connections or does not answer, and nothing cached before an outage is
served after it once the content changed during it.

Runs a Redis of its own on a free port (Debian's redis-server); skipped without one unless
HUB_REQUIRE_REDIS=1, as in .ci/run."""

import os
import shutil
import subprocess
import time

import pytest
import redis
from django.test import override_settings
from wagtail.models import PageViewRestriction

from hub.settings.base import redis_cache
from tests.servers import free_port

PAGES = [
    "/he/",
    "/he/projects/yehuda-hayamit-street-renewal/",
    "/ar/events/calendar/",
    "/en/open-data/",
    "/api/v2/pages/?type=projects.ProjectPage",
    "/sitemap.xml",
    "/he/feeds/city.rss",
]


def _redis_server():
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("HUB_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is needed for the cache outage tests")
        pytest.skip("redis-server is not installed")
    return binary


@pytest.fixture
def own_redis(tmp_path):
    """A Redis of this test's own (never the machine's), its URL while it runs."""
    port = free_port()
    process = subprocess.Popen(
        [
            _redis_server(),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port, socket_connect_timeout=0.2)
    for _attempt in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0", client
    process.terminate()
    process.wait(10)


@pytest.mark.django_db
def test_pages_answer_while_the_cache_refuses_connections(client, demo_page):
    closed = f"redis://127.0.0.1:{free_port()}/0"
    with override_settings(CACHES={"default": redis_cache(closed)}):
        for url in PAGES:
            assert client.get(url).status_code == 200, url
        project = demo_page("projects/yehuda-hayamit-street-renewal")
        project.save_revision().publish()
        assert client.get(project.url).status_code == 200


@pytest.mark.django_db
def test_a_change_made_while_the_cache_hangs_is_not_hidden_by_it_afterwards(
    client, demo_page, own_redis
):
    url, server = own_redis
    project = demo_page("projects/yehuda-hayamit-street-renewal")
    with override_settings(CACHES={"default": redis_cache(url)}):
        assert client.get(project.url).status_code == 200
        assert client.get(project.url)["X-Hub-Cache"] == "hit"
        # Redis keeps its data but answers nobody for two seconds: each call gives up after
        # the socket timeout and counts as a miss.
        server.execute_command("CLIENT", "PAUSE", "2000", "ALL")
        PageViewRestriction.objects.create(page=project, restriction_type="login")
        during = client.get(project.url)
        assert during.status_code == 302, "made private: the database answers"
        time.sleep(2.2)
        after = client.get(project.url)
        assert after.status_code == 302, "the page cached before the outage is not served"
        assert after["X-Hub-Cache"] == "miss"
