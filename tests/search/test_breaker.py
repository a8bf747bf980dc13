"""An Elasticsearch that misbehaves never stalls a search: the production settings give it one
call of at most a second, the database answers instead, and after three failures in a row the
circuit breaker stops asking it until a trial call is due.

The misbehaving servers are the test's own: a TCP server on a free port that accepts connections
and reads requests but never answers, one that drops each connection as soon as it is made, and
a port nobody listens on. No real Elasticsearch is needed."""

import copy
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import breaker, engine
from tests.servers import free_port

pytestmark = pytest.mark.django_db

GARDEN_QUERY, GARDEN_TITLE = "גינה", "גינה קהילתית בשכונת שפירא"
# The hanging server holds a search for the one-second timeout; this leaves room for a slow
# machine while still catching a second call or a timeout of several seconds.
AT_MOST_SECONDS = 3


class Server:
    """A TCP server on a free port of 127.0.0.1 that never answers: it either keeps each
    connection open, reading what comes (`hang`), or closes it at once. It counts the
    connections it accepts and the HTTP requests it reads."""

    def __init__(self, hang=True):
        self.hang = hang
        self.connections = 0
        self.requests = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=32)
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _accept(self):
        while not self._stop.is_set():
            try:
                connection, _address = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.connections += 1
            if not self.hang:
                connection.close()
                continue
            self._open.append(connection)
            reader = threading.Thread(target=self._read, args=(connection,), daemon=True)
            self._threads.append(reader)
            reader.start()

    def _read(self, connection):
        connection.settimeout(0.05)
        heads_end = b"\r\n\r\n"
        received = b""
        while not self._stop.is_set():
            try:
                data = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            before = received.count(heads_end)
            received += data
            with self._lock:
                self.requests += received.count(heads_end) - before

    def close(self):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=1)
        for connection in self._open:
            connection.close()
        self._listener.close()


@pytest.fixture
def hanging_server():
    server = Server(hang=True)
    yield server
    server.close()


@pytest.fixture
def dropping_server():
    server = Server(hang=False)
    yield server
    server.close()


@pytest.fixture(autouse=True)
def closed_circuit():
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture(scope="module")
def production_backend():
    """The Elasticsearch backend's settings as production builds them from its environment."""
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "backend = settings.WAGTAILSEARCH_BACKENDS['default']; "
        "print(json.dumps({key: backend[key] for key in ('BACKEND', 'TIMEOUT', 'OPTIONS')}))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "ELASTICSEARCH_URL": "http://search.internal:9200",
    }
    environment.pop("HUB_SEARCH_TIMEOUT", None)
    output = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


@contextmanager
def elasticsearch_at(url, backend):
    """Elasticsearch at `url` as the default backend, configured as `backend`, with the database
    index beside it as the fallback. A copy: the backend adds to the OPTIONS it is given."""
    backends = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**copy.deepcopy(backend), "URLS": [url], "INDEX_PREFIX": "hub_test_"},
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, HUB_SEARCH_FALLBACK="database"):
        yield


def hebrew_pages():
    return Page.objects.live().public().filter(locale=Locale.objects.get(language_code="he"))


def titles_from(backend_name):
    return lambda: [
        page.title for page in get_search_backend(backend_name).search(GARDEN_QUERY, hebrew_pages())
    ]


def search_titles():
    """A search as the engine makes it: Elasticsearch through the breaker, the database index
    when it fails."""
    return breaker.answer(titles_from("default"), titles_from("database"))


# The settings


def test_production_asks_elasticsearch_once_for_at_most_a_second(production_backend):
    assert production_backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert production_backend["TIMEOUT"] == 1
    assert production_backend["OPTIONS"] == {"max_retries": 0, "retry_on_timeout": False}
    with elasticsearch_at("http://search.internal:9200", production_backend):
        client = get_search_backend().es
    # What the client applies to each request (elasticsearch 9 keeps them per client).
    assert client._request_timeout == 1
    assert client._max_retries == 0
    assert client._retry_on_timeout is False


def test_without_the_options_the_client_would_retry(dropping_server, production_backend):
    """What OPTIONS changes: the client's own default retries a dropped connection three times."""
    defaults = {**production_backend, "OPTIONS": {}}
    with elasticsearch_at(dropping_server.url, defaults):
        assert GARDEN_TITLE in search_titles()
    assert dropping_server.connections == 4

    breaker.reset()
    with elasticsearch_at(dropping_server.url, production_backend):
        assert GARDEN_TITLE in search_titles()
    assert dropping_server.connections == 5


# A server that accepts and never answers


def test_a_hanging_server_costs_one_request_and_the_database_answers(
    hanging_server, production_backend, caplog
):
    with elasticsearch_at(hanging_server.url, production_backend), caplog.at_level(logging.WARNING):
        started = time.monotonic()
        found = search_titles()
        took = time.monotonic() - started
        assert found == titles_from("database")()
    assert GARDEN_TITLE in found
    assert (hanging_server.connections, hanging_server.requests) == (1, 1)
    assert took < AT_MOST_SECONDS
    failures = [record for record in caplog.records if record.name == "search.breaker"]
    assert len(failures) == 1
    assert "ConnectionTimeout" in failures[0].getMessage()
    assert failures[0].exc_info is None
    assert breaker.state() == {"state": breaker.CLOSED, "failures": 1}


def test_after_three_failures_the_hanging_server_is_not_asked(hanging_server, production_backend):
    with elasticsearch_at(hanging_server.url, production_backend):
        for _ in range(3):
            assert GARDEN_TITLE in search_titles()
        assert hanging_server.requests == 3
        assert breaker.state()["state"] == breaker.OPEN

        started = time.monotonic()
        for _ in range(5):
            assert GARDEN_TITLE in search_titles()
        took = time.monotonic() - started
    assert (hanging_server.connections, hanging_server.requests) == (3, 3)
    assert took < AT_MOST_SECONDS


def test_a_refused_connection_counts_as_a_failure(production_backend):
    with elasticsearch_at(f"http://127.0.0.1:{free_port()}", production_backend):
        for _ in range(3):
            assert GARDEN_TITLE in search_titles()
    assert breaker.state()["state"] == breaker.OPEN


# The open period and the trial call


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(breaker.circuit, "clock", clock)
    return clock


@override_settings(HUB_SEARCH_BREAKER_SECONDS=30)
def test_once_the_period_is_over_one_trial_call_is_made(dropping_server, production_backend, clock):
    with elasticsearch_at(dropping_server.url, production_backend):
        for _ in range(3):
            search_titles()
        clock.now += 29
        search_titles()
        assert dropping_server.connections == 3

        clock.now += 1
        assert breaker.state()["state"] == breaker.HALF_OPEN
        assert GARDEN_TITLE in search_titles()
        assert dropping_server.connections == 4
        # The trial failed: open for another period.
        assert breaker.state() == {"state": breaker.OPEN, "failures": 4, "retry_in_s": 30}
        search_titles()
        assert dropping_server.connections == 4

        clock.now += 30
        search_titles()
        assert dropping_server.connections == 5


def test_the_open_period_comes_from_the_settings(dropping_server, production_backend, clock):
    with (
        elasticsearch_at(dropping_server.url, production_backend),
        override_settings(HUB_SEARCH_BREAKER_FAILURES=2, HUB_SEARCH_BREAKER_SECONDS=5),
    ):
        for _ in range(3):
            search_titles()
        assert dropping_server.connections == 2
        clock.now += 5
        search_titles()
        assert dropping_server.connections == 3


def test_a_trial_that_answers_closes_the_circuit(clock, caplog):
    def fails():
        raise ConnectionError("refused")

    for _ in range(3):
        assert breaker.answer(fails, lambda: "database") == "database"
    assert breaker.answer(lambda: "elasticsearch", lambda: "database") == "database"
    clock.now += 30
    with caplog.at_level(logging.WARNING, logger="search.breaker"):
        assert breaker.answer(lambda: "elasticsearch", lambda: "database") == "elasticsearch"
    assert breaker.state() == {"state": breaker.CLOSED, "failures": 0}
    assert "answers again" in caplog.records[-1].getMessage()
    # Failures are counted in a row again from zero.
    for _ in range(2):
        breaker.answer(fails, lambda: "database")
    assert breaker.answer(lambda: "elasticsearch", lambda: "database") == "elasticsearch"


def test_an_answer_between_failures_starts_the_count_again():
    def fails():
        raise TimeoutError

    for _ in range(2):
        breaker.answer(fails, lambda: None)
    breaker.answer(lambda: None, lambda: None)
    for _ in range(2):
        breaker.answer(fails, lambda: None)
    assert breaker.state() == {"state": breaker.CLOSED, "failures": 2}


def test_only_one_caller_makes_the_trial_call(clock):
    """While the trial call is under way, searches alongside it keep to the database."""
    for _ in range(3):
        breaker.answer(lambda: 1 / 0, lambda: None)
    clock.now += 30
    trial_started, release = threading.Event(), threading.Event()
    asked = []

    def slow_answer():
        asked.append("trial")
        trial_started.set()
        release.wait(5)
        return "elasticsearch"

    outcome = {}
    trial = threading.Thread(
        target=lambda: outcome.update(trial=breaker.answer(slow_answer, lambda: "database"))
    )
    trial.start()
    assert trial_started.wait(5)
    alongside = [
        breaker.answer(lambda: asked.append("other"), lambda: "database") for _ in range(3)
    ]
    release.set()
    trial.join(5)
    assert asked == ["trial"]
    assert alongside == ["database"] * 3
    assert outcome == {"trial": "elasticsearch"}
    assert breaker.state()["state"] == breaker.CLOSED


def test_a_failing_database_is_not_hidden():
    def database_down():
        raise RuntimeError("database down")

    with pytest.raises(RuntimeError, match="database down"):
        breaker.answer(lambda: 1 / 0, database_down)


# Through the engine


def test_the_engine_answers_from_the_database_while_the_server_hangs(
    hanging_server, production_backend
):
    hebrew = Locale.objects.get(language_code="he")
    with elasticsearch_at(hanging_server.url, production_backend):
        started = time.monotonic()
        answer = engine.search(GARDEN_QUERY, hebrew)
        took = time.monotonic() - started
        assert answer.backend == "database"
        assert GARDEN_TITLE in [result.title for result in answer.results]
        assert (hanging_server.connections, hanging_server.requests) == (1, 1)
        assert took < AT_MOST_SECONDS

        for _ in range(2):
            engine.search(GARDEN_QUERY, hebrew)
        assert hanging_server.requests == 3
        assert engine.search(GARDEN_QUERY, hebrew).backend == "database"
    assert (hanging_server.connections, hanging_server.requests) == (3, 3)


@pytest.mark.parametrize("server", ["hanging", "refusing"])
def test_the_engine_suggests_from_the_database_during_an_outage(
    server, hanging_server, production_backend
):
    english = Locale.objects.get(language_code="en")
    url = hanging_server.url if server == "hanging" else f"http://127.0.0.1:{free_port()}"
    with elasticsearch_at(url, production_backend):
        suggestions = engine.suggest("Shap", english)
    assert any(title.startswith("Shapira") for title, _url in suggestions)
    assert hanging_server.requests == (1 if server == "hanging" else 0)
