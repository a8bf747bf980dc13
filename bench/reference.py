"""The reference the project page is held to: a bread page of Wagtail's bakerydemo, measured as
bench/projects.py measures the project page (every cache emptied before each request, DEBUG
off, the same timer), so that the two figures can be read side by side on one machine.

bakerydemo runs in its own environment, with its own data loaded; for example, with the last
bakerydemo that supports Python 3.11 and Django 5.2 (commit 5a01dcd, Wagtail 7.2):

    git clone https://github.com/wagtail/bakerydemo /tmp/bakerydemo
    git -C /tmp/bakerydemo checkout 5a01dcd
    python3.11 -m venv /tmp/bakery-venv
    /tmp/bakery-venv/bin/pip install "Django>=5.2,<5.3" "wagtail>=7.2,<7.3" "django-tasks==0.8.1" \\
        "wagtail-font-awesome-svg>=1,<2" "django-debug-toolbar>=4.2,<5" django-extensions==3.2.3 \\
        django-csp==3.7 dj-database-url==2.1.0 django-dotenv==1.4.2
    cd /tmp/bakerydemo && DATABASE_URL=sqlite:////tmp/bakery.sqlite3 \\
        /tmp/bakery-venv/bin/python manage.py migrate && ... manage.py load_initial_data

then, from this checkout:

    BAKERYDEMO=/tmp/bakerydemo DATABASE_URL=sqlite:////tmp/bakery.sqlite3 \\
        /tmp/bakery-venv/bin/python bench/reference.py
"""

import os
import sys

from common import cold_table, measure_cold

PAGES = {
    "bakerydemo bread page": "/breads/anadama-bread/",
    "bakerydemo breads listing": "/breads/",
    "bakerydemo home page": "/",
}


def main():
    checkout = os.environ.get("BAKERYDEMO")
    if not checkout:
        sys.exit("BAKERYDEMO must name a bakerydemo checkout (see this script's docstring)")
    sys.path.insert(0, checkout)
    os.chdir(checkout)  # its settings name the templates folder relative to the checkout
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bakerydemo.settings.dev")
    from django.conf import settings

    settings.DEBUG = False  # as the hub's benchmarks run: no debug templates or SQL log
    settings.ALLOWED_HOSTS = ["*"]
    # The hub's benchmarks serve static files unhashed (hub.settings.base): so does this one.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    import django

    django.setup()
    from django.test import Client

    client = Client()
    rows = [(f"{name}, every cache cold", measure_cold(client, url)) for name, url in PAGES.items()]
    print(cold_table(rows))


if __name__ == "__main__":
    main()
