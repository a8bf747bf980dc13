"""Projects at scale: 2,000 projects and 10,000 meetings, then server time for the listing, a
project page, a meeting page, a neighborhood page and the feeds (SQLite by default, DEBUG off).

    .venv/bin/python bench/projects.py            # fills bench/projects.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/projects.py
"""

import datetime
import random
import sys

from common import measure, setup, table

setup("projects")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
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

PROJECTS, MEETINGS_PER_PROJECT = 2000, 5


def fill():
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    index = ProjectIndexPage.objects.get(locale__language_code="he")
    existing = set(
        ProjectPage.objects.filter(slug__startswith="bench-project-").values_list("slug", flat=True)
    )
    rng = random.Random(2026)
    template = ProjectPage.objects.get(slug="yehuda-hayamit-street-renewal", locale=index.locale)
    neighborhoods = list(NeighborhoodPage.objects.filter(locale=index.locale))
    now = timezone.now()
    for number in range(PROJECTS):
        if f"bench-project-{number}" in existing:
            continue
        project = ProjectPage(
            title=f"פרויקט {number}",
            slug=f"bench-project-{number}",
            summary="שיפוץ רחוב, נטיעת עצים ותאורה חדשה. " * 3,
            status=rng.choice(ProjectStatus.values),
            unit=template.unit,
            renderings=template.renderings.raw_data if number % 2 else [],
            documents=template.documents.raw_data if number % 3 else [],
        )
        project.neighborhood_links.add(ProjectNeighborhood(neighborhood=rng.choice(neighborhoods)))
        index.add_child(instance=project)
        for meeting in range(MEETINGS_PER_PROJECT):
            start = now + datetime.timedelta(days=rng.randint(-300, 300), hours=rng.randint(0, 8))
            project.add_child(
                instance=MeetingPage(
                    title=f"מפגש {meeting}",
                    slug=f"meeting-{meeting}",
                    kind=rng.choice(MeetingKind.values),
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    place="מרכז קהילתי",
                    unit=template.unit,
                )
            )
        if number % 200 == 0:
            print(f"  {number} projects", file=sys.stderr)
    return index


def main():
    fill()
    project = ProjectPage.objects.filter(slug__startswith="bench-project-").order_by("pk")[1]
    meeting = MeetingPage.objects.child_of(project).first()
    neighborhood = project.neighborhood_links.first().neighborhood
    client = Client()
    rows = [
        ("projects listing, page 1", "/he/projects/"),
        ("projects listing, page 100", "/he/projects/?page=100"),
        (
            "projects listing, filtered",
            f"/he/projects/?status=planning&neighborhood={neighborhood.slug}",
        ),
        ("project page (5 meetings)", project.url),
        ("meeting page", meeting.url),
        ("neighborhood page", neighborhood.url),
        ("project calendar feed", project.url + "calendar/"),
    ]
    counts = f"{ProjectPage.objects.count()} projects, {MeetingPage.objects.count()} meetings"
    results = [(f"{name}, cache cold", measure(client, url, cold=True)) for name, url in rows]
    warm = rows[:3] + [row for row in rows if row[0] == "neighborhood page"]
    results += [(f"{name}, cache warm", measure(client, url)) for name, url in warm]
    print(f"{counts}\n\n{table(results)}")


if __name__ == "__main__":
    main()
