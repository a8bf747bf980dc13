"""The sitemap at scale: the demo plus 2,000 more live project pages, then server time and query
count of /sitemap.xml with nothing cached (SQLite by default, DEBUG off).

    .venv/bin/python bench/sitemap.py            # fills bench/sitemap.sqlite3 once, then measures
"""

from common import measure, setup, table

setup("sitemap")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

from projects.models import ProjectPage  # noqa: E402

EXTRA = 2000


def public_pages():
    return Page.objects.live().public().filter(depth__gte=2).count()


def fill():
    call_command("migrate", verbosity=0)
    if not Page.objects.filter(depth=2).exists():
        call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    source = ProjectPage.objects.get(
        slug="yehuda-hayamit-street-renewal", locale__language_code="he"
    )
    index = source.get_parent()
    demo = public_pages() - ProjectPage.objects.filter(slug__startswith="bench-copy-").count()
    existing = ProjectPage.objects.filter(slug__startswith="bench-copy-").count()
    for number in range(existing, EXTRA):
        source.copy(
            to=index,
            update_attrs={"slug": f"bench-copy-{number}", "title": f"עותק {number}"},
            keep_live=True,
        )
    return demo


def main():
    before = fill()
    after = public_pages()
    client = Client()
    print(f"live public pages: {before} before filling, {after} after")
    print(table([(f"/sitemap.xml ({after} URLs)", measure(client, "/sitemap.xml", 5, True))]))


if __name__ == "__main__":
    main()
