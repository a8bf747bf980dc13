"""Institutions at scale: 500 institutions and 20,000 events, then server time for the city
calendar, the institutions listing, an institution page, the benefits page and a neighborhood page
(SQLite by default, DEBUG off).

    .venv/bin/python bench/institutions.py        # fills bench/institutions.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/institutions.py
"""

import datetime
import os
import random
import sys

from common import cold_table, measure, measure_cold, setup, table

setup("institutions")

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from targets import _bulk_children as bulk_children  # noqa: E402

from hub.models import NeighborhoodPage  # noqa: E402
from hub.vocabulary import AUDIENCES  # noqa: E402
from institutions.models import (  # noqa: E402
    InstitutionEventPage,
    InstitutionIndexPage,
    InstitutionKind,
    InstitutionPage,
    OpeningHours,
)

INSTITUTIONS, EVENTS_PER_INSTITUTION = 500, 40
RUNS = 30


def fill():
    call_command("migrate", verbosity=0)
    index = InstitutionIndexPage.objects.filter(locale__language_code="he").first()
    if index is None:
        call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
        index = InstitutionIndexPage.objects.get(locale__language_code="he")
    if not InstitutionPage.objects.filter(slug__startswith="bench-").exists():
        with transaction.atomic():
            _fill_institutions(index)
    if connection.vendor == "sqlite":
        # Table statistics, as `PRAGMA optimize` keeps them on a long-running site.
        connection.cursor().execute("ANALYZE")


def _fill_institutions(index):
    """Pages inserted in batches (page by page takes hours at this size)."""
    template = InstitutionPage.objects.get(slug="jaffa-d-community-center", locale=index.locale)
    neighborhoods = list(NeighborhoodPage.objects.filter(locale=index.locale))
    rng = random.Random(2026)
    now = timezone.now()
    audiences = [key for key, _label in AUDIENCES]
    institutions = bulk_children(
        index,
        InstitutionPage,
        [
            InstitutionPage(
                title=f"מוסד {number}",
                slug=f"bench-{number}",
                kind=rng.choice(InstitutionKind.values),
                neighborhood=rng.choice(neighborhoods),
                summary="מרכז קהילתי עם חוגים, בית עם פתוח ואירועים בשכונה. " * 2,
                address=f"רחוב הבדיקה {number}",
                unit=template.unit,
                photos=template.photos.raw_data if number % 2 else [],
                activities=template.activities.raw_data,
                benefits=template.benefits.raw_data if number % 3 else [],
                upgrades=template.upgrades.raw_data,
            )
            for number in range(INSTITUTIONS)
        ],
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(
            institution_id=institution.pk,
            weekday=weekday,
            opens=datetime.time(8),
            closes=datetime.time(22),
            sort_order=weekday,
        )
        for institution in institutions
        for weekday in range(6)
    )
    for institution in institutions:
        events = []
        for event in range(EVENTS_PER_INSTITUTION):
            start = now + datetime.timedelta(days=rng.randint(-200, 400), hours=rng.randint(0, 10))
            outside = rng.random() < 0.3
            events.append(
                InstitutionEventPage(
                    title=f"אירוע {event}",
                    slug=f"event-{event}",
                    description="ערב קהילתי",
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    setting="community_space" if outside else "inside",
                    place="הכיכר" if outside else "",
                    audiences=rng.sample(audiences, rng.randint(0, 2)),
                    unit=template.unit,
                )
            )
        bulk_children(institution, InstitutionEventPage, events)
    print(f"  {INSTITUTIONS} institutions", file=sys.stderr)


def main():
    fill()
    institution = InstitutionPage.objects.filter(slug__startswith="bench-").order_by("pk")[1]
    neighborhood = institution.neighborhood
    client = Client()
    rows = [
        ("events calendar, page 1", "/he/events/"),
        ("events calendar, page 50", "/he/events/?page=50"),
        (
            "events calendar, neighborhood + audience",
            f"/he/events/?neighborhood={neighborhood.slug}&audience=youth",
        ),
        ("institutions listing, page 1", "/he/institutions/"),
        ("institutions listing, open now", "/he/institutions/?open=now"),
        ("institution page (40 events)", institution.url),
        ("benefits of every institution", "/he/institutions/benefits/"),
        ("neighborhood page", neighborhood.url),
        ("events calendar feed (1,000 entries)", "/he/events/calendar/"),
        ("home page", "/he/"),
        ("units directory", "/he/units/"),
        ("business home", "/he/business/"),
        ("business topic", "/he/business/business-licensing/"),
        ("business: who handles what", "/he/business/who-handles-what/"),
        ("accessibility statement", "/he/accessibility/"),
    ]
    counts = (
        f"{InstitutionPage.objects.count()} institutions, "
        f"{InstitutionEventPage.objects.count()} institution events"
    )
    # BENCH_ONLY="calendar|listing": only the pages whose names contain one of these words.
    only = [word for word in os.environ.get("BENCH_ONLY", "").split("|") if word]
    rows = [row for row in rows if not only or any(word in row[0] for word in only)]
    cold = [(f"{name}, every cache cold", measure_cold(client, url)) for name, url in rows]
    warm = [
        row
        for row in rows
        if row[0].startswith(("events calendar, page", "institutions listing, page"))
    ]
    results = [(f"{name}, from the page cache", measure(client, url)) for name, url in warm]
    print(f"{counts}\n\n{cold_table(cold)}\n\n{table(results)}")


if __name__ == "__main__":
    main()
