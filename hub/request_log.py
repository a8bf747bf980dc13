"""One log line per request — method, path, status, time, the page cache's answer, the client —
and this process's page-cache hit counts (reported by /readyz). With LOG_FORMAT=json (the
production default) every line is a JSON object."""

import logging
import time

from hub.clients import client_address

logger = logging.getLogger("hub.requests")

_counts = {"hit": 0, "miss": 0}


def page_cache_counts():
    """Whole-page cache answers in this process since it started (hub.cache sets X-Hub-Cache)."""
    looked_up = _counts["hit"] + _counts["miss"]
    return {**_counts, "hit_ratio": round(_counts["hit"] / looked_up, 3) if looked_up else None}


class RequestLogMiddleware:
    """Outermost but the health checks: its time covers every other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        page_cache = response.get("X-Hub-Cache")
        if page_cache in _counts:
            _counts[page_cache] += 1
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "page_cache": page_cache,
                    "client": client_address(request),
                },
            )
        return response


def logging_config(log_format, level, requests):
    """settings.LOGGING: everything to the console, as text or one JSON object a line."""
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
        if log_format == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"hub": formatter},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "hub"}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"hub.requests": {"level": "INFO" if requests else "WARNING"}},
    }
