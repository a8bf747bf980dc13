"""A circuit breaker in front of the search server, so that an Elasticsearch that misbehaves never
stalls the site.

One that refuses connections costs nothing, but one that accepts them and never answers holds
each search for the client's whole timeout, and with a few workers every request of the site
queues behind those searches. So each search asks Elasticsearch once, with a short timeout
(TIMEOUT and OPTIONS in settings: one second, no retries), and the database index answers
whenever it fails. After HUB_SEARCH_BREAKER_FAILURES failures in a row (3) the circuit opens:
for HUB_SEARCH_BREAKER_SECONDS (30) Elasticsearch is not asked at all. Then a single search
tries it again (half-open) while the others keep to the database: an answer closes the circuit,
a failure opens it for another period.

The state is each process's own. A worker learns of an outage by itself within three searches,
three seconds of waiting at most with the one-second timeout, and then costs Elasticsearch one
trial call per period; keeping the state in a shared store instead would put a round trip to
one more service, one that can fail too, in front of every search."""

import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


def _failures_to_open():
    return getattr(settings, "HUB_SEARCH_BREAKER_FAILURES", 3)


def _seconds_open():
    return getattr(settings, "HUB_SEARCH_BREAKER_SECONDS", 30)


class Breaker:
    """The circuit of one process; `clock` gives seconds (monotonic), replaceable in tests."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self._lock = threading.Lock()
        self.reset()

    def reset(self):
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trying = False

    def answer(self, ask, fallback):
        """`ask()` (a call to the search server) unless the circuit is open; `fallback()` when
        it is open or when `ask` fails, the failure logged in one line. An error of `fallback`
        itself is raised: the database is the last resort."""
        may_ask, trial = self._may_ask()
        if not may_ask:
            return fallback()
        try:
            result = ask()
        except Exception as error:  # noqa: BLE001 - whatever the server does, the database answers
            self._failed(error, trial)
            return fallback()
        self._answered()
        return result

    def state(self):
        """For the health check: the circuit's state, failures in a row and, while open, the
        seconds until the next trial call."""
        with self._lock:
            if self._opened_at is None:
                return {"state": CLOSED, "failures": self._failures}
            wait = max(0.0, self._opened_at + _seconds_open() - self.clock())
            return {
                "state": HALF_OPEN if self._trying or not wait else OPEN,
                "failures": self._failures,
                "retry_in_s": round(wait, 1),
            }

    def _may_ask(self):
        """Whether this call goes to the server, and whether as the trial. Once the open period is over, the first call
        claims the trial by starting a new period, so the calls alongside it keep to the
        database, and a trial that never reports back (its worker killed) costs one period."""
        with self._lock:
            if self._opened_at is None:
                return True, False
            if self.clock() - self._opened_at < _seconds_open():
                return False, False
            self._opened_at = self.clock()
            self._trying = True
            return True, True

    def _failed(self, error, trial):
        with self._lock:
            self._failures += 1
            if trial:
                self._trying = False
            opens = trial or (self._opened_at is None and self._failures >= _failures_to_open())
            if opens:
                self._opened_at = self.clock()
            failures = self._failures
        logger.warning(
            "Search server failed (%s: %s); the database index answers",
            type(error).__name__,
            error,
        )
        if opens:
            logger.warning(
                "Search server failed %d times in a row: not asked for %s s",
                failures,
                _seconds_open(),
            )

    def _answered(self):
        with self._lock:
            recovered = self._opened_at is not None
            self._failures, self._opened_at, self._trying = 0, None, False
        if recovered:
            logger.warning("Search server answers again")


circuit = Breaker()
answer = circuit.answer
state = circuit.state
reset = circuit.reset
