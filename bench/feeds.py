"""News feeds at scale: the demo site with news items up to 100,000 (spread over its pages, their
units and neighborhoods, over two years), then server time and queries of each kind of feed
(SQLite by default, DEBUG off). Publishing 100,000 pages would take hours; the items are what
the feeds read, so they are written directly.

    .venv/bin/python bench/feeds.py            # fills bench/feeds.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/feeds.py
"""

import datetime
import random

from common import measure, setup, table

setup("feeds")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from hub.models import NeighborhoodPage, NewsItem, NewsNeighborhood  # noqa: E402
from projects.models import ProjectPage  # noqa: E402

ITEMS = 100_000
BATCH = 5_000


def fill():
    call_command("migrate", verbosity=0)
    if not NeighborhoodPage.objects.exists():
        call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    existing = list(
        NewsItem.objects.values_list(
            "page_id", "kind", "unit_id", "neighborhoods__neighborhood_key"
        )
    )
    missing = ITEMS - NewsItem.objects.count()
    rng = random.Random(2026)
    now = timezone.now()
    while missing > 0:
        rows = [rng.choice(existing) for _ in range(min(BATCH, missing))]
        items = NewsItem.objects.bulk_create(
            NewsItem(
                page_id=page_id,
                kind=kind,
                unit_id=unit_id,
                happened_at=now - datetime.timedelta(minutes=rng.randint(1, 2 * 365 * 24 * 60)),
            )
            for page_id, kind, unit_id, _key in rows
        )
        NewsNeighborhood.objects.bulk_create(
            NewsNeighborhood(item=item, neighborhood_key=key)
            for item, (_page, _kind, _unit, key) in zip(items, rows, strict=True)
            if key
        )
        missing -= len(rows)


def main():
    fill()
    project = ProjectPage.objects.get(
        slug="yehuda-hayamit-street-renewal", locale__language_code="he"
    )
    neighborhood = NeighborhoodPage.objects.get(slug="ajami", locale__language_code="he")
    rows = [
        ("city feed, RSS", "/he/feeds/city.rss"),
        ("city feed, Atom", "/he/feeds/city.atom"),
        ("neighborhood feed", f"/he/feeds/neighborhoods/{neighborhood.translation_key}.rss"),
        ("unit feed", "/he/feeds/units/jaffa-administration.rss"),
        ("project feed", f"/he/feeds/projects/{project.translation_key}.rss"),
    ]
    client = Client()
    results = [(f"{name}, cache cold", measure(client, url, cold=True)) for name, url in rows]
    results.append(("city feed, cache warm", measure(client, rows[0][1])))
    print(f"{NewsItem.objects.count()} news items\n\n{table(results)}")


if __name__ == "__main__":
    main()
