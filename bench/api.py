"""The API at scale: 2,000 projects (and their meetings, fewer than bench/projects.py makes, so
that the database fills in minutes), then server time of a listing of 50 projects and its query
count at limit=10 and at limit=50, which must be equal (SQLite by default, DEBUG off).

    .venv/bin/python bench/api.py            # fills bench/api.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/api.py
"""

import datetime
import os
import random
import sys

os.environ.setdefault("HUB_API_RATE", "1000000/minute")

from common import measure, setup, table  # noqa: E402

setup("api")

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from hub.models import NeighborhoodPage  # noqa: E402
from projects.models import (  # noqa: E402
    MeetingKind,
    MeetingPage,
    ProjectIndexPage,
    ProjectNeighborhood,
    ProjectPage,
    ProjectStatus,
)

PROJECTS, MEETINGS_EVERY = 2000, 4

LISTINGS = [
    ("50 projects, default fields", "/api/v2/pages/?type=projects.ProjectPage&limit=50"),
    ("50 projects, all fields", "/api/v2/pages/?type=projects.ProjectPage&fields=*&limit=50"),
    ("50 projects, page 30", "/api/v2/pages/?type=projects.ProjectPage&limit=50&offset=1500"),
    (
        "50 projects, status and unit",
        "/api/v2/pages/?type=projects.ProjectPage&status=planning&locale=he&limit=50",
    ),
    ("50 meetings, all fields", "/api/v2/pages/?type=projects.MeetingPage&fields=*&limit=50"),
    ("50 pages of any type", "/api/v2/pages/?limit=50"),
]


def no_search_updates():
    """The search index is not what is measured; updating it on every save triples the fill."""
    backends = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


def fill():
    call_command("migrate", verbosity=0)
    if not ProjectIndexPage.objects.exists():
        call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    index = ProjectIndexPage.objects.get(locale__language_code="he")
    done = ProjectPage.objects.filter(slug__startswith="bench-project-").count()
    rng = random.Random(2026 + done)
    template = ProjectPage.objects.get(slug="yehuda-hayamit-street-renewal", locale=index.locale)
    neighborhoods = list(NeighborhoodPage.objects.filter(locale=index.locale))
    now = timezone.now()
    with no_search_updates():
        for number in range(done, PROJECTS):
            project = ProjectPage(
                title=f"פרויקט {number}",
                slug=f"bench-project-{number}",
                summary="שיפוץ רחוב, נטיעת עצים ותאורה חדשה. " * 3,
                status=rng.choice(ProjectStatus.values),
                unit=template.unit,
                latitude=template.latitude,
                longitude=template.longitude,
                timeline=template.timeline.raw_data,
                renderings=template.renderings.raw_data if number % 2 else [],
                documents=template.documents.raw_data if number % 3 else [],
            )
            project.neighborhood_links.add(
                ProjectNeighborhood(neighborhood=rng.choice(neighborhoods))
            )
            index.add_child(instance=project)
            if number % MEETINGS_EVERY == 0:
                start = now + datetime.timedelta(days=rng.randint(-300, 300))
                project.add_child(
                    instance=MeetingPage(
                        title="מפגש",
                        slug="meeting",
                        kind=rng.choice(MeetingKind.values),
                        start=start,
                        end=start + datetime.timedelta(hours=2),
                        place="מרכז קהילתי",
                        unit=template.unit,
                    )
                )
            if number % 200 == 0:
                print(f"  {number} projects", file=sys.stderr)


def main():
    fill()
    client = Client()
    counts = f"{ProjectPage.objects.count()} projects, {MeetingPage.objects.count()} meetings"
    results = [(f"{name}, cache cold", measure(client, url, cold=True)) for name, url in LISTINGS]
    results.append((f"{LISTINGS[0][0]}, cache warm", measure(client, LISTINGS[0][1])))
    print(f"{counts}\n\n{table(results)}\n")
    for name, url in LISTINGS:
        small = measure(client, url.replace("limit=50", "limit=10"), runs=1, cold=True)
        large = measure(client, url, runs=1, cold=True)
        same = "equal" if small["queries"] == large["queries"] else "DIFFERENT"
        print(f"{name}: {small['queries']} queries at limit=10, {large['queries']} at 50 ({same})")


if __name__ == "__main__":
    main()
