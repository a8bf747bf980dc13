"""A real server with the demo content, driven by Debian's Chromium through Playwright.

The server runs in its own process on its own SQLite file, as `make run` would serve it. Without
a Chromium at HUB_CHROMIUM (default /usr/bin/chromium) these tests are skipped with a message;
with HUB_REQUIRE_BROWSER=1 (set by .ci/run) they fail instead.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
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


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_database(workdir):
    """A database of its own for the server: SQLite, or a fresh PostgreSQL database beside the
    suite's when DATABASE_URL names PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{workdir / 'db.sqlite3'}"
        return
    import psycopg

    name = f"hub_browser_{os.getpid()}_{int(time.time())}"
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("server")
    with server_database(workdir) as database_url:
        yield from _serve(workdir, database_url)


def _serve(workdir, database_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    for command in (["migrate", "--no-input", "-v0"], ["load_demo", "--no-users"]):
        subprocess.run(manage + command, env=env, check=True, capture_output=True, cwd=BASE_DIR)
    port = _free_port()
    log = open(workdir / "server.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=BASE_DIR,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/he/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.terminate()
        raise RuntimeError((workdir / "server.log").read_text())
    yield url
    server.terminate()
    server.wait(timeout=10)
    log.close()
    shutil.rmtree(workdir / "media", ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
