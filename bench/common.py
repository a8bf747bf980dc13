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


def measure_cold(client, url, runs=30):
    """Like common.measure with every cache emptied before each request, plus the median CPU
    time of the request's thread: on a machine shared with other work, wall time grows with
    the load and CPU time much less."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200, url
    walls, cpus = [], []
    for _ in range(runs):
        cache.clear()
        wall, cpu = time.perf_counter(), time.thread_time()
        client.get(url)
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    walls.sort()
    return {
        "median": statistics.median(walls),
        "p95": walls[int(len(walls) * 0.95) - 1],
        "cpu": statistics.median(cpus),
        "queries": len(queries),
    }


def cold_table(rows):
    lines = [
        "| page | median ms | p95 ms | CPU median ms | queries |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['median']:.1f} | {r['p95']:.1f} | {r['cpu']:.1f} | {r['queries']} |"
        )
    return "\n".join(lines)
