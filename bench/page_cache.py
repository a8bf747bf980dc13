"""The whole-page cache for anonymous visitors: server time of main pages with every cache cold
and served from the page cache, on the database bench/institutions.py fills.

    .venv/bin/python bench/page_cache.py
"""

from common import measure, setup, table

setup("institutions")

from django.test import Client  # noqa: E402

from institutions.models import InstitutionPage  # noqa: E402


def main():
    institution = InstitutionPage.objects.filter(slug__startswith="bench-").order_by("pk")[1]
    pages = [
        ("home page", "/he/"),
        ("events calendar, page 1", "/he/events/"),
        ("institutions listing", "/he/institutions/"),
        ("institution page (40 events)", institution.url),
        ("project page", "/he/projects/yehuda-hayamit-street-renewal/"),
    ]
    client = Client()
    rows = []
    for name, url in pages:
        rows.append((f"{name}, every cache cold", measure(client, url, cold=True)))
        rows.append((f"{name}, from the page cache", measure(client, url)))
    print(table(rows))


if __name__ == "__main__":
    main()
