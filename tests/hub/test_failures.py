"""Bad addresses and failing services, in process: control characters in any query string (public
pages, admin, API) refused with a 400 in the visitor's language; the database failing is a 503
with Retry-After; /healthz and /readyz for the orchestrator. (The same under gunicorn with the
services really taken away: tests/hub/test_production.py and tests/hub/test_cache_outage.py.)"""

import json
import sqlite3

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.test import Client, override_settings
from django.utils import translation

from hub.errors import server_error
from hub.settings.base import redis_cache
from tests.demo_pages import PATHS
from tests.servers import free_port

pytestmark = pytest.mark.django_db

REFUSED = {
    "he": "הכתובת מכילה תווים שאינם טקסט",
    "ar": "يحتوي العنوان على رموز ليست نصًا",
    "en": "The address holds characters that are not text",
}
FILTERS = "neighborhood=%00&status=%00&unit=%00&kind=%00&audience=%00&from=%00&page=%00"


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@pytest.mark.parametrize("path", [path.split("?")[0] for path in PATHS] + ["projects/calendar/"])
def test_nul_in_any_public_query_is_a_400_in_the_pages_language(client, language, path):
    response = client.get(f"/{language}/{path}?{FILTERS}")
    assert response.status_code == 400
    content = response.content.decode()
    assert REFUSED[language] in content
    assert f'<html lang="{language}"' in content


@pytest.mark.parametrize(
    "query", ["q=%00", "q=a%01b", "x%00=1", "q=ok&q=%1f", "q=%7F", "q=%C0%80%00"]
)
def test_every_control_character_is_refused_in_names_and_values(client, query):
    assert client.get(f"/he/search/?{query}").status_code == 400


def test_tabs_and_line_breaks_are_text(client):
    assert client.get("/he/search/?q=%D7%92%D7%99%D7%A0%D7%94%09%0A106").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?type=%00",
        "/api/v2/neighborhoods/?locale=%00",
        "/api/v2/documents/?kind=%00",
        "/he/open-data/projects.csv?neighborhood=%00",
        "/en/open-data/events.json?from=%00",
        "/he/feeds/city.rss?page=%00",
        "/sitemap.xml?p=%00",
    ],
)
def test_nul_in_open_data_queries_is_a_400(client, path):
    response = client.get(path)
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert "NUL" in json.loads(response.content)["message"]


ADMIN = [
    "/admin/?x=%00",
    "/admin/pages/search/?q=%00",
    "/admin/pages/3/?ordering=%00",
    "/admin/api/main/pages/?search=%00",
    "/admin/api/main/pages/?child_of=%00",
    "/admin/snippets/hub/municipalunit/?locale=%00",
    "/admin/snippets/hub/municipalunit/?q=%00",
    "/admin/images/?q=%00&collection_id=%00",
    "/admin/documents/?q=%00",
    "/admin/documents/chooser/?q=%00",
    "/admin/users/?q=%00",
    "/admin/reports/locked/?locale=%00",
    "/admin/reports/aging-pages/?owner=%00",
    "/admin/localize/?q=%00",
    "/admin/workflows/list/?q=%00",
    "/admin/searchpicks/?q=%00",
    "/admin/redirects/?q=%00",
    "/admin/pages/3/history/?action=%00",
]


@pytest.mark.parametrize("path", ADMIN)
def test_nul_in_any_admin_query_is_a_400_in_the_editors_language(path):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    client = Client(raise_request_exception=False)
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 400
    if not path.startswith("/admin/api/"):
        assert REFUSED["ar"] in response.content.decode()
        assert 'href="/admin/">لوحة التحكم</a>' in response.content.decode()
    # The same address with an ordinary unknown value is a page of the admin, never an error.
    assert client.get(path.replace("%00", "x")).status_code in (200, 302, 400, 404)


def test_nul_is_refused_before_the_login_redirect(client):
    assert client.get("/admin/pages/?q=%00").status_code == 400


def _database_failure():
    """What the database driver raises when the database cannot be reached: a real failed
    connection (SQLite cannot open a file in a folder that does not exist), as Django wraps it."""
    try:
        sqlite3.connect("file:/no/such/folder/hub.sqlite3?mode=rw", uri=True).execute("SELECT 1")
    except sqlite3.OperationalError as error:
        raise OperationalError(str(error)) from error


@pytest.mark.parametrize(
    "language,text", [("he", "האתר אינו זמין לרגע"), ("ar", "الموقع غير متاح للحظات")]
)
def test_the_database_unreachable_is_a_503_with_retry_after(rf, settings, language, text):
    settings.HUB_RETRY_AFTER = 45
    with translation.override(language):
        try:
            _database_failure()
        except OperationalError:
            response = server_error(rf.get(f"/{language}/projects/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "45"
    assert response["Cache-Control"] == "no-store"
    content = response.content.decode()
    assert text in content and f'<html lang="{language}" dir="rtl"' in content


def test_other_errors_stay_500(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/he/"))
    assert response.status_code == 500


def test_liveness_answers_any_host_over_plain_http(client, settings):
    settings.ALLOWED_HOSTS = ["hub.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert client.get("/he/", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_readiness_reports_each_service(client):
    client.get("/he/")
    client.get("/he/")
    response = client.get("/readyz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    services = body["services"]
    assert [
        services[name]["status"] for name in ("database", "cache", "search", "media", "tasks")
    ] == ["ok"] * 5
    assert services["page_cache"]["hit"] >= 1
    assert response["Cache-Control"] == "no-store"


def test_readiness_says_degraded_when_redis_is_unreachable(client):
    with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{free_port()}/0")}):
        response = client.get("/readyz")
        assert client.get("/he/").status_code == 200
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["services"]["cache"]["status"] == "error"
    assert body["services"]["database"]["status"] == "ok"


def test_readiness_says_when_no_worker_takes_the_queue(client):
    import datetime

    from django.core.mail import EmailMessage
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from hub.mail import send_queued_email, to_json

    send_queued_email.enqueue(to_json(EmailMessage("s", "b", "a@hub.example", ["b@hub.example"])))
    body = json.loads(client.get("/readyz").content)
    assert body["services"]["tasks"] == {
        "status": "ok",
        "waiting": 1,
        "oldest_waiting_s": body["services"]["tasks"]["oldest_waiting_s"],
        "failed_24h": 0,
        "ms": body["services"]["tasks"]["ms"],
    }
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=11))
    response = client.get("/readyz")
    body = json.loads(response.content)
    assert response.status_code == 200 and body["status"] == "degraded"
    assert body["services"]["tasks"]["status"] == "error"
    assert "worker" in body["services"]["tasks"]["detail"]


def test_an_editor_signs_in_and_publishes_while_redis_is_unreachable(demo_page):
    from django.urls import reverse
    from wagtail.test.utils.form_data import querydict_from_html

    page = demo_page("neighborhoods/jaffa/ajami")
    client = Client(raise_request_exception=False)
    with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{free_port()}/0")}):
        response = client.post("/admin/login/", {"username": "admin", "password": "hub-demo-2026"})
        assert response.status_code == 302
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
        data["title"] = "עג'מי – עודכן בזמן התקלה"
        data["action-publish"] = "1"
        response = client.post(url, data)
        assert response.status_code == 302
        public = Client().get(page.url)
    assert public.status_code == 200
    assert "עודכן בזמן התקלה" in public.content.decode()
    page.refresh_from_db()
    assert page.title == "עג'מי – עודכן בזמן התקלה" and page.live
