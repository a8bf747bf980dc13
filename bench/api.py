"""The API at scale: on the database of bench/projects.py (2,000 projects, 10,000 meetings),
server time of a listing of 50 projects and its query count at limit=10 and at limit=50, which
must be equal (SQLite by default, DEBUG off).

    .venv/bin/python bench/api.py            # fills bench/projects.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/api.py
"""

import importlib.util
import os
from pathlib import Path

os.environ.setdefault("HUB_API_RATE", "1000000/minute")

from common import measure, setup, table  # noqa: E402

setup("projects")

from django.test import Client  # noqa: E402

from projects.models import MeetingPage, ProjectPage  # noqa: E402

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


def fill():
    """The projects benchmark's own database and filler (bench/projects.py)."""
    path = Path(__file__).with_name("projects.py")
    spec = importlib.util.spec_from_file_location("bench_projects", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.fill()


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
