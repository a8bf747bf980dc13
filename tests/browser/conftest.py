"""A real server with the demo content, driven by Debian's Chromium through Playwright.

The server runs in its own process on its own database, as `make run` would serve it (see
tests/servers.py). Without a Chromium at HUB_CHROMIUM (default /usr/bin/chromium) these tests are
skipped with a message; with HUB_REQUIRE_BROWSER=1 (set by .ci/run) they fail instead.
"""

import io
import os
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.servers import load_demo, running_server, server_database, server_env

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    message = (
        f"browser tests need Chromium at {CHROMIUM}: install Debian's package "
        "(apt-get install chromium) or set HUB_CHROMIUM"
    )
    if os.environ.get("HUB_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(message)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=message))


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The demo site served by one process: its address, and the environment in which
    management commands reach its database."""
    workdir = tmp_path_factory.mktemp("server")
    with server_database(workdir) as database_url:
        # Every browser test signs its users in from this one address: more than the ten
        # sign-ins in ten minutes an address is allowed (tests/hub/test_security.py tries those).
        env = server_env(workdir, database_url, HUB_LOGIN_ATTEMPTS="1000")
        load_demo(env)
        with running_server(env, workdir / "server.log") as url:
            yield url, env
    shutil.rmtree(workdir / "media", ignore_errors=True)


@pytest.fixture(scope="session")
def server_url(server):
    return server[0]


# The machine has no internet: map tiles (hub/maps.py, MAP_TILE_URL) get a plain PNG.
TILE_REQUESTS = re.compile(r"^https://tile\.openstreetmap\.org/")


def offline_tiles(browser):
    """Every context the tests open answers the tile server's requests itself."""
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (222, 230, 214)).save(buffer, "PNG")
    png = buffer.getvalue()
    new_context = browser.new_context

    def routed(**options):
        context = new_context(**options)
        context.route(
            TILE_REQUESTS,
            lambda route: route.fulfill(status=200, content_type="image/png", body=png),
        )
        return context

    browser.new_context = routed


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        offline_tiles(browser)
        yield browser
        browser.close()
