"""Search at scale, on the database filled by bench/institutions.py (about 20,000 pages): a full
reindex, the volume of indexed text with and without the normalised fields, and server time of
two-word Hebrew queries (SQLite by default, DEBUG off).

    .venv/bin/python bench/institutions.py   # once, to fill the database
    .venv/bin/python bench/search.py
"""

import time

from common import measure, setup, table

setup("institutions")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

from search.indexing import normalized_text, normalized_title, searchable_text  # noqa: E402

QUERIES = ["מרכז קהילתי", "ערב קהילתי", "אירוע בכיכר", "בית עם"]


def main():
    call_command("migrate", verbosity=0)
    pages = Page.objects.count()
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    reindex = time.perf_counter() - started
    raw = normalized = 0
    for page in Page.objects.specific().iterator(chunk_size=500):
        text = f"{page.title} {searchable_text(page)}"
        raw += len(text.encode())
        normalized += len(f"{normalized_title(page)} {normalized_text(page)}".encode())
    client = Client()
    results = [
        (f"search “{query}”", measure(client, f"/he/search/?q={query}", runs=15))
        for query in QUERIES
    ]
    print(f"{pages} pages; full reindex {reindex:.0f} s")
    print(
        f"indexed text: {raw / 1e6:.1f} MB as written, {(raw + normalized) / 1e6:.1f} MB with the "
        f"normalised fields (+{normalized / raw:.0%})"
    )
    print(table(results))


if __name__ == "__main__":
    main()
