"""Open-data exports at scale: a full CSV (and JSON) export of 20,000 institution events, on the
database bench/institutions.py builds (500 institutions, 40 events each). Reports the time to
stream the whole file, its query count, and peak Python memory (tracemalloc) for the whole
export against a tenth of it: flat memory means the two peaks are about the same.

    .venv/bin/python bench/exports.py        # fills bench/institutions.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/exports.py
"""

import importlib.util
import statistics
import time
import tracemalloc
from pathlib import Path

# bench/institutions.py builds the database; its name is also the institutions app's, so it is
# loaded from its file.
_spec = importlib.util.spec_from_file_location(
    "bench_institutions", Path(__file__).with_name("institutions.py")
)
bench_institutions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_institutions)

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from institutions.models import InstitutionEventPage  # noqa: E402

RUNS = 5
TARGET_SECONDS = 5


def stream(client, url):
    """(bytes, lines) of a streamed export, read to its end as a client would."""
    response = client.get(url)
    assert response.status_code == 200 and response.streaming, (url, response.status_code)
    size = lines = 0
    for part in response.streaming_content:
        size += len(part)
        lines += part.count(b"\n")
    return size, lines


def timed(client, url):
    timings = []
    for _ in range(RUNS):
        cache.clear()
        started = time.perf_counter()
        size, lines = stream(client, url)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), max(timings), size, lines


def peak_memory(client, url):
    tracemalloc.start()
    stream(client, url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        stream(client, url)
    return len(captured)


def main():
    bench_institutions.fill()
    events = InstitutionEventPage.objects.filter(locale__language_code="he").live().count()
    first = InstitutionEventPage.objects.order_by("start").values_list("start", flat=True)[0]
    client = Client()
    full = "/he/open-data/events.csv"
    tenth_to = (
        InstitutionEventPage.objects.filter(locale__language_code="he")
        .order_by("start")
        .values_list("start", flat=True)[events // 10]
    )
    part = f"/he/open-data/events.csv?from={first:%Y-%m-%d}&to={tenth_to:%Y-%m-%d}"
    rows = []
    for name, url in (
        ("events CSV, all", full),
        ("events JSON, all", "/he/open-data/events.json"),
        ("events CSV, a tenth (by dates)", part),
    ):
        median, worst, size, lines = timed(client, url)
        rows.append(
            f"| {name} | {lines - 1:,} | {size / 1e6:.1f} | {median:.2f} | {worst:.2f} | "
            f"{queries(client, url)} | {peak_memory(client, url) / 1e6:.1f} |"
        )
    print(f"{events:,} live Hebrew institution events ({connection.vendor})\n")
    print("| export | rows | MB | median s | worst s | queries | peak MB (tracemalloc) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    median = float(rows[0].split("|")[4])
    print(
        f"\ntarget: full CSV < {TARGET_SECONDS} s: {'met' if median < TARGET_SECONDS else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
