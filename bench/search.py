"""Search at city scale: on the database bench/text.py fills (20,000 standard pages in Hebrew,
Arabic and English plus the demo site, one database; filled on the first run), the time to
reindex everything, then per language one-word and two-word queries, common and rare: the
search page's server time and query count, the engine's own time, how many pages match, and
Wagtail's stock database search ("default" backend, relevance order, the first ten) on the same
data, once per query and cut off after STOCK_CAP seconds.

    .venv/bin/python bench/search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_bench_search .venv/bin/python bench/search.py

RUNS (30) sets the requests per query; STOCK_CAP (60) the stock backend's limit in seconds;
REINDEX=0 skips the reindex (the index must then be full already); TOP_TEN=file.json saves each
query's first ten results by address, to compare the databases' rankings.
"""

import json
import os
import statistics
import sys
import time
from contextlib import contextmanager
from urllib.parse import urlencode

os.environ["ELASTICSEARCH_URL"] = ""  # the database index answers, as it does without a cluster

from common import measure, setup  # noqa: E402

setup("text")

import text  # noqa: E402  (bench/text.py: the same database and its filling)
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import DatabaseError, connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from search.engine import search  # noqa: E402

RUNS = int(os.environ.get("RUNS", "30"))
STOCK_CAP = float(os.environ.get("STOCK_CAP", "60"))

# (kind, query) per language; the rare words are the ones bench/text.py puts on a few pages.
QUERIES = {
    "he": [
        ("common, one word", "תקציב"),
        ("common, two words", "מרכז קהילתי"),
        ("common, two words with prefixes", "למרכז הקהילתי"),
        ("rare, one word", text.RARE["he"][0]),
        ("rare, two words", " ".join(text.RARE["he"])),
    ],
    "ar": [
        ("common, one word", "ميزانية"),
        ("common, two words", "مركز جماهيري"),
        ("rare, one word", text.RARE["ar"][0]),
        ("rare, two words", " ".join(text.RARE["ar"])),
    ],
    "en": [
        ("common, one word", "budget"),
        ("common, two words", "community garden"),
        ("rare, one word", text.RARE["en"][0]),
        ("rare, two words", " ".join(reversed(text.RARE["en"]))),
    ],
}


def filled():
    """Whether bench/text.py's pages are all there (the demo site is loaded before them)."""
    return Page.objects.filter(slug__startswith="page-").count() >= text.PAGES // 3 * 3


def seconds(command, *args):
    started = time.perf_counter()
    call_command(command, *args, verbosity=0)
    return time.perf_counter() - started


@contextmanager
def time_cap(limit):
    """Statements running past `limit` seconds are cancelled with a DatabaseError."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        deadline = time.perf_counter() + limit
        connection.connection.set_progress_handler(lambda: time.perf_counter() > deadline, 10_000)
        try:
            yield
        finally:
            connection.connection.set_progress_handler(None, 0)
    else:
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = %s", [int(limit * 1000)])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET statement_timeout = 0")


def stock(query, locale):
    """Wagtail's stock database search for `query`, as a site without the hub's index would
    run it: milliseconds (None past the cap) and how many of the ten it found."""
    backend = get_search_backend("default")
    pages = Page.objects.live().public().filter(locale=locale)
    started = time.perf_counter()
    try:
        with time_cap(STOCK_CAP):
            found = len(backend.search(query, pages)[:10])
    except DatabaseError:
        return None, None
    elapsed = time.perf_counter() - started
    return (None if elapsed > STOCK_CAP else elapsed * 1000), found


def engine_time(query, locale, runs=10):
    """The engine's answer (its first page described) without the view: the total, the median
    ms and the first ten results' addresses."""
    answer = search(query, locale)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        search(query, locale)
        timings.append((time.perf_counter() - started) * 1000)
    top = [result.url for result in answer.results.object_list]
    return answer.total, statistics.median(timings), top


def main():
    call_command("migrate", verbosity=0)
    if not filled():
        text.fill()
    backends = settings.WAGTAILSEARCH_BACKENDS
    stock_backend = backends["default"]["BACKEND"]
    assert stock_backend.endswith(".database"), stock_backend
    load = os.getloadavg()[0]
    reindex = {}
    if os.environ.get("REINDEX", "1") != "0":
        reindex["update_index (every backend)"] = seconds("update_index")
        if "hub" in backends:
            reindex["update_index --backend hub"] = seconds("update_index", "--backend", "hub")
    client = Client()
    rows, tops = [], {}
    for language, queries in QUERIES.items():
        locale = Locale.objects.get(language_code=language)
        for kind, query in queries:
            url = f"/{language}/search/?{urlencode({'q': query})}"
            page = measure(client, url, runs=RUNS)
            total, engine_ms, tops[f"{language}: {query}"] = engine_time(query, locale)
            rows.append((language, kind, query, total, page, engine_ms, stock(query, locale)))
            print(f"  {language} {query}: {page['median']:.0f} ms", file=sys.stderr)
    report(reindex, rows, (load, os.getloadavg()[0]))
    if os.environ.get("TOP_TEN"):
        with open(os.environ["TOP_TEN"], "w") as out:
            json.dump(tops, out, ensure_ascii=False, indent=1)


def report(reindex, rows, load):
    vendor = connection.vendor
    pages = Page.objects.count()
    print(
        f"## {vendor}: {pages} pages, {RUNS} requests per query, DEBUG off "
        f"(load average {load[0]:.1f} at the start, {load[1]:.1f} at the end)\n"
    )
    for name, value in reindex.items():
        print(f"- `{name}`: {value:.1f} s")
    print()
    print(
        "| language | query | | matches | page median ms | page p95 ms | queries "
        f"| engine median ms | stock Wagtail ms (cap {STOCK_CAP:.0f} s) |"
    )
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for language, kind, query, total, page, engine_ms, (stock_ms, found) in rows:
        capped = f"> {STOCK_CAP:.0f} s" if stock_ms is None else f"{stock_ms:.1f}"
        if found is not None and found < 10:
            capped += f" ({found} found)"
        print(
            f"| {language} | {kind} | “{query}” | {total} | {page['median']:.1f} "
            f"| {page['p95']:.1f} | {page['queries']} | {engine_ms:.1f} | {capped} |"
        )


if __name__ == "__main__":
    main()
