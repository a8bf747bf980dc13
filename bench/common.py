"""Shared by the benchmark scripts: a database of its own, Django set up with DEBUG off, and a
timer that reports median and p95 server time and the query count of a URL."""

import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def setup(name):
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{BASE_DIR / 'bench' / f'{name}.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(BASE_DIR / "bench" / "media"))
    import django

    django.setup()


def measure(client, url, runs=30, cold=False):
    """Server time of `url` in this process; with `cold`, the cache is emptied before each
    request (renditions, made by the first request, stay)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(runs):
        if cold:
            cache.clear()
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "queries": len(queries),
    }


def table(rows):
    lines = ["| page | median ms | p95 ms | queries |", "|---|---:|---:|---:|"]
    for name, result in rows:
        lines.append(
            f"| {name} | {result['median']:.1f} | {result['p95']:.1f} | {result['queries']} |"
        )
    return "\n".join(lines)
