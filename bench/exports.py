"""Open-data exports at scale: a full CSV (and JSON) export of 20,000 institution events, on the
database of bench/institutions.py (500 institutions, 40 events each). Its institutions are
made as it makes them; their events, which it adds one by one through the page tree (an hour on a
busy machine), are written here in bulk, with the same tree paths and fields. Reports the time to
stream the whole file, its query count, and peak Python memory (tracemalloc) for the whole
export against a tenth of it: flat memory means the two peaks are about the same.

    .venv/bin/python bench/exports.py        # fills bench/institutions.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/exports.py
"""

import datetime
import importlib.util
import random
import statistics
import time
import tracemalloc
import uuid
from pathlib import Path

# bench/institutions.py builds the database; its name is also the institutions app's, so it is
# loaded from its file.
_spec = importlib.util.spec_from_file_location(
    "bench_institutions", Path(__file__).with_name("institutions.py")
)
bench_institutions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_institutions)

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from hub.vocabulary import AUDIENCES  # noqa: E402
from institutions.models import InstitutionEventPage, InstitutionPage  # noqa: E402

RUNS = 5
TARGET_SECONDS = 5


def add_events(institution, rng, now, content_type):
    """EVENTS_PER_INSTITUTION live events under an institution, as bench/institutions.py makes
    them, written in two bulk statements (tree rows, then event rows)."""
    count = bench_institutions.EVENTS_PER_INSTITUTION
    audiences = [key for key, _label in AUDIENCES]
    pages, events = [], []
    for number in range(count):
        start = now + datetime.timedelta(days=rng.randint(-200, 400), hours=rng.randint(0, 10))
        outside = rng.random() < 0.3
        slug = f"event-{number}"
        fields = {
            "title": f"אירוע {number}",
            "draft_title": f"אירוע {number}",
            "slug": slug,
            "content_type": content_type,
            "locale_id": institution.locale_id,
            "translation_key": uuid.uuid4(),
            "path": Page._get_path(institution.path, institution.depth + 1, number + 1),
            "depth": institution.depth + 1,
            "url_path": f"{institution.url_path}{slug}/",
            "live": True,
            "first_published_at": now,
            "last_published_at": now,
            "unit_id": institution.unit_id,
        }
        pages.append(fields)
        events.append(
            {
                "description": "ערב קהילתי",
                "start": start,
                "end": start + datetime.timedelta(hours=2),
                "setting": "community_space" if outside else "inside",
                "place": "הכיכר" if outside else "",
                "audiences": rng.sample(audiences, rng.randint(0, 2)),
            }
        )
    page_fields = {field.attname for field in Page._meta.concrete_fields}
    created = Page.objects.bulk_create(
        [Page(**{k: v for k, v in fields.items() if k in page_fields}) for fields in pages]
    )
    for page, fields, event in zip(created, pages, events, strict=True):
        row = InstitutionEventPage(page_ptr_id=page.pk, unit_id=fields["unit_id"], **event)
        row.save_base(raw=True)
    Page.objects.filter(pk=institution.pk).update(numchild=count)


def fill():
    """The institutions as bench/institutions.py makes them, then 40 events for each one that
    has none yet."""
    bench_institutions.EVENTS_PER_INSTITUTION, per_institution = 0, 40
    bench_institutions.fill()
    bench_institutions.EVENTS_PER_INSTITUTION = per_institution
    bare = InstitutionPage.objects.filter(slug__startswith="bench-", numchild=0).order_by("pk")
    content_type = ContentType.objects.get_for_model(InstitutionEventPage)
    rng = random.Random(2026)
    now = timezone.now()
    for institution in bare:
        with transaction.atomic():
            add_events(institution, rng, now, content_type)
    if connection.vendor == "sqlite":
        connection.cursor().execute("ANALYZE")


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
    fill()
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
