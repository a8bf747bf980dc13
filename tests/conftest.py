import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker
from wagtail.models import Page

# The metric tests' fixtures (units, neighborhoods).
pytest_plugins = ["tests.metric_cases"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """The whole demo site, built once per run, as `make demo` builds it, with its media in a
    folder of its own."""
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def demo_page(db):
    def find(path, language="he"):
        """The live page at a URL path under a language's home, such as "neighborhoods/jaffa"."""
        page = Page.objects.get(depth=2, locale__language_code=language)
        for slug in filter(None, path.split("/")):
            page = page.get_children().get(slug=slug)
        return page.specific

    return find


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test's database changes are rolled back; its cached pages must go too."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_worker(monkeypatch):
    """`manage.py db_worker --batch`, in the test's transaction. Between tasks the worker
    closes connections left out of autocommit, as a request does; on PostgreSQL that would be
    the test's own, so that one step is left out."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        call_command(
            "db_worker",
            "--batch",
            "--backend=background",
            "--no-startup-delay",
            stdout=io.StringIO(),
        )

    return run
