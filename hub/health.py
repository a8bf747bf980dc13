"""Health endpoints for the orchestrator, answered before anything else looks at the request (the
host check, the HTTPS redirect, sessions), since probes come over plain HTTP to the container's
own address:

- ``/healthz``: the process is alive and serving; nothing else is asked.
- ``/readyz``: each service the site uses, with its state and how long it took to answer.
  503 when the database is down (the site can answer only from its page cache); 200 otherwise,
  "degraded" when the cache, search or media storage fails (the site goes on without them), or
  when no worker takes the task queue."""

import json
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse

from hub import request_log


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {}


def _cache():
    backend = getattr(cache, "client", None)
    if backend is None or not hasattr(backend, "get_client"):
        return {"backend": "in-process"}
    # The cache itself swallows its errors (no cache, never an error): ask Redis directly.
    client = backend.get_client(write=True)
    client.ping()
    stats = client.info("stats")
    hits, misses = stats.get("keyspace_hits", 0), stats.get("keyspace_misses", 0)
    return {"hit_ratio": round(hits / (hits + misses), 3) if hits + misses else None}


def _search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return {"backend": "database"}
    if not client.options(request_timeout=1).ping():
        raise ConnectionError("Elasticsearch does not answer")
    return {"backend": "elasticsearch"}


def _storage():
    default_storage.exists("healthz")
    return {}


# A task waiting longer than this means no worker is taking the queue (e-mail is not leaving).
WORKER_LAG = 600


def _tasks():
    from django.utils import timezone
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    lag = (timezone.now() - oldest).total_seconds() if oldest else 0
    failed = DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED, finished_at__gte=timezone.now() - timedelta(days=1)
    ).count()
    if lag > WORKER_LAG:
        raise TimeoutError(f"the oldest task has waited {lag:.0f} s: is the worker running?")
    return {"waiting": waiting.count(), "oldest_waiting_s": round(lag), "failed_24h": failed}


CHECKS = {
    "database": _database,
    "cache": _cache,
    "search": _search,
    "media": _storage,
    "tasks": _tasks,
}


def readiness():
    services = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            state = {"status": "ok", **check()}
        except Exception as error:  # noqa: BLE001 - any failure of a service is its state
            state = {"status": "error", "error": type(error).__name__}
            if isinstance(error, TimeoutError):
                state["detail"] = str(error)
            if name == "database":
                connection.close()
        state["ms"] = round((time.perf_counter() - started) * 1000, 1)
        services[name] = state
    services["page_cache"] = request_log.page_cache_counts()
    failed = [name for name, state in services.items() if state.get("status") == "error"]
    status = "unavailable" if "database" in failed else "degraded" if failed else "ok"
    return status, services


class HealthCheckMiddleware:
    """First in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return self.respond({"status": "ok"}, 200)
        if request.path == "/readyz":
            status, services = readiness()
            return self.respond(
                {"status": status, "services": services}, 503 if status == "unavailable" else 200
            )
        return self.get_response(request)

    def respond(self, body, status):
        response = HttpResponse(
            json.dumps(body), status=status, content_type="application/json; charset=utf-8"
        )
        response["Cache-Control"] = "no-store"
        if status == 503:
            response["Retry-After"] = str(settings.HUB_RETRY_AFTER)
        return response
