"""Page addresses are short Latin words made from the title, editable, unique among siblings,
and an address that changes leaves permanent redirects from the old one, its calendar/ too."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify
from wagtail.blocks.base import BlockField
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.models import StandardPage
from hub.models import MunicipalUnit
from hub.slugs import SLUG_LENGTH, latin_title, slug_for

MEETING = "projects/yehuda-hayamit-street-renewal/informing-meeting"
PROJECT = "projects/yehuda-hayamit-street-renewal"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("שכונת התקווה", "shkhunat-hatikva"),
        ("מרכז קהילתי התקווה", "merkaz-kehilati-hatikva"),
        ("תל אביב-יפו", "tel-aviv-yafo"),
        ("מועדון נוער", "moadon-noar"),
        ("מתנ״ס נווה שאנן", "matnas-neve-shanan"),
        ("תוכנית", "tokhnit"),
        ("בית העם", "beit-haam"),
        ("שָׁלוֹם", "shalom"),
        ("حي الشيخ جراح", "hay-al-shikh-jarah"),
        ("مدرسة", "madrasa"),
        ("مركز جماهيري", "markaz-jamahiri"),
        ("ملعب كرة قدم", "malab-kara-qadam"),
        ("Community Center: North (2026)", "community-center-north-2026"),
        ("Café de l’Olé", "cafe-de-lole"),
        ("!!!", "page"),
    ],
)
def test_slug_is_the_title_in_latin_letters(title, slug):
    assert slug_for(title) == slug


def test_long_title_is_cut_between_words():
    title = "שכונת שפירא - תוכנית חדשה לשיפור המרחב הציבורי והגינות הקהילתיות בשכונה"
    whole = slugify(" ".join(latin_title(word) for word in title.split()))
    slug = slug_for(title)
    assert len(slug) <= SLUG_LENGTH < len(whole)
    assert whole.startswith(slug + "-")
    assert slug_for("x" * 80) == "x" * SLUG_LENGTH


# Admin: the create view, as an editor leaves the slug empty, keeps the one the title made, or
# writes their own.


@pytest.fixture
def admin_client(db):
    client = Client()
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    return client


@pytest.fixture
def home(db):
    return Page.objects.get(depth=2, locale__language_code="he")


def create(client, parent, title, slug=None):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    response = client.get(url)
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, field in response.context["form"].fields.items():
        if isinstance(field, BlockField):
            data[f"{name}-count"] = "0"
    data["title"] = title
    data["unit"] = str(MunicipalUnit.objects.filter(locale=parent.locale).first().pk)
    if slug is not None:
        data["slug"] = slug
    return client.post(url, data)


def child_titled(parent, title):
    return parent.get_children().get(title=title)


def test_an_empty_slug_is_made_from_the_title_and_made_unique(admin_client, home):
    response = create(admin_client, home, "שכונת התקווה", slug="")
    assert response.status_code == 302
    assert child_titled(home, "שכונת התקווה").slug == "shkhunat-hatikva"

    create(admin_client, home, "שְׁכוּנַת התקווה", slug="")
    assert child_titled(home, "שְׁכוּנַת התקווה").slug == "shkhunat-hatikva-1"


def test_the_slug_the_title_made_is_made_unique(admin_client, home):
    """What the slug field showed as the title was typed, when a sibling has it already."""
    create(admin_client, home, "מועדון נוער", slug="moadon-noar")
    response = create(admin_client, home, "מוֹעֲדוֹן נוער", slug="moadon-noar")
    assert response.status_code == 302
    assert child_titled(home, "מוֹעֲדוֹן נוער").slug == "moadon-noar-1"


def test_the_editor_writes_the_slug(admin_client, home):
    create(admin_client, home, "שכונת התקווה", slug="hatikva")
    assert child_titled(home, "שכונת התקווה").slug == "hatikva"
    response = create(admin_client, home, "עוד עמוד", slug="hatikva")
    assert response.status_code == 200, "a slug the editor wrote that is taken is refused"
    assert "hatikva" in response.context["form"].errors["slug"][0]
    assert not home.get_children().filter(title="עוד עמוד").exists()


def test_the_slug_field_fills_in_by_the_same_rules(admin_client, home):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    html = admin_client.get(url).content.decode()
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-formatters-value=" in html
    assert "data-w-slug-allow-unicode-value" not in html, "Latin only (WAGTAIL_ALLOW_UNICODE_SLUGS)"


def test_a_page_saved_without_a_slug_gets_a_latin_one(home):
    unit = MunicipalUnit.objects.filter(locale=home.locale).first()
    page = home.add_child(instance=StandardPage(title="גינה ציבורית", unit=unit))
    assert page.slug == "gina-tsivorit"


# Redirects: Wagtail's automatic redirects, from every old address, in every language.


def publish_slug(page, slug, capture):
    page.slug = slug
    with capture(execute=True):
        page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def test_old_address_of_a_meeting_and_its_calendar_redirect(
    client, demo_page, django_capture_on_commit_callbacks
):
    meeting = demo_page(MEETING)
    old_url = meeting.url
    assert client.get(old_url + "calendar/").status_code == 200

    meeting = publish_slug(meeting, "info", django_capture_on_commit_callbacks)
    assert meeting.url != old_url and meeting.url.startswith("/he/")
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(meeting.url)
    response = client.get(old_url + "calendar/")
    assert response.status_code == 301
    assert response["Location"].endswith(meeting.url + "calendar/")
    assert client.get(response["Location"]).status_code == 200
    assert 'filename="info.ics"' in client.get(meeting.url + "calendar/")["Content-Disposition"]


def test_old_addresses_below_a_renamed_page_redirect_in_its_language(
    client, demo_page, django_capture_on_commit_callbacks
):
    project = demo_page(PROJECT, language="ar")
    meeting = demo_page(MEETING, language="ar")
    old_project, old_meeting = project.url, meeting.url
    assert old_project.startswith("/ar/")

    project = publish_slug(project, "yehuda-hayamit", django_capture_on_commit_callbacks)
    assert project.url == "/ar/projects/yehuda-hayamit/"
    for old, new in [
        (old_project, project.url),
        (old_project + "calendar/", project.url + "calendar/"),
        (old_meeting, Page.objects.get(pk=meeting.pk).url),
        (old_meeting + "calendar/", Page.objects.get(pk=meeting.pk).url + "calendar/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].endswith(new)
        assert new.startswith("/ar/projects/yehuda-hayamit/")
    assert client.get(demo_page(PROJECT).url).status_code == 200, "Hebrew address unchanged"
    assert Redirect.objects.filter(old_path__startswith="/ar/").exists()
    assert not Redirect.objects.filter(old_path__startswith="/he/").exists()


def test_a_moved_page_redirects(client, home, django_capture_on_commit_callbacks):
    unit = MunicipalUnit.objects.filter(locale=home.locale).first()
    youth = home.add_child(instance=StandardPage(title="Youth corner", unit=unit))
    page = home.add_child(instance=StandardPage(title="Summer program", unit=unit))
    with django_capture_on_commit_callbacks(execute=True):
        youth.save_revision().publish()
        page.save_revision().publish()
    old_url = Page.objects.get(pk=page.pk).url
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).move(youth, pos="last-child")
    assert old_url == "/he/summer-program/"
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/he/youth-corner/summer-program/")
