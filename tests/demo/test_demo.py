"""The demo loader builds the site from the seeds and changes nothing when run again."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from hub.models import MunicipalUnit, NeighborhoodPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("locale__language_code", "url_path", "title", "live")
        ),
        "revisions": Revision.objects.count(),
        "units": sorted(MunicipalUnit.objects.values_list("locale__language_code", "code", "name")),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
    }


def test_loading_twice_changes_nothing():
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_every_page_and_unit_exists_in_three_languages():
    for language in ("he", "ar", "en"):
        assert MunicipalUnit.objects.filter(locale__language_code=language).count() == 17
        assert NeighborhoodPage.objects.live().filter(locale__language_code=language).count() == 17
    source_pages = Page.objects.filter(depth__gte=2, locale__language_code="he")
    for page in source_pages:
        assert {p.locale.language_code for p in page.get_translations(inclusive=True).live()} == {
            "he",
            "ar",
            "en",
        }, page.url_path


def test_translations_are_managed_by_wagtail_localize():
    ajami = NeighborhoodPage.objects.get(slug="ajami", locale__language_code="ar")
    translation = Translation.objects.get(
        source__object_id=ajami.translation_key, target_locale=ajami.locale
    )
    assert translation.enabled
    assert translation.get_progress() == (
        translation.source.stringsegment_set.count(),
        translation.source.stringsegment_set.count(),
    )
    assert ajami.title == "العجمي"
    assert (
        ajami.latitude
        == NeighborhoodPage.objects.get(slug="ajami", locale__language_code="he").latitude
    )


def test_synchronised_fields_follow_the_source():
    """Coordinates are language-neutral: a change in Hebrew reaches the translations on sync."""
    source = NeighborhoodPage.objects.get(slug="florentin", locale__language_code="he")
    source.latitude = source.latitude + Decimal("0.001")
    source.save_revision().publish()
    from wagtail_localize.models import TranslationSource

    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    for translation in Translation.objects.filter(source=translation_source):
        translation.save_target(publish=True)
    for language in ("ar", "en"):
        target = NeighborhoodPage.objects.get(slug="florentin", locale__language_code=language)
        assert target.latitude == source.latitude
        assert target.title != source.title


def test_demo_users_exist_for_every_unit():
    User = get_user_model()
    for code in MunicipalUnit.objects.filter(locale__language_code="he").values_list(
        "code", flat=True
    ):
        for role in ("editor", "manager"):
            user = User.objects.get(username=f"{code}-{role}")
            assert user.check_password("hub-demo-2026")
            assert not user.is_superuser


def test_home_page_offers_every_section_as_a_top_task(client):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get("/en/").content, "html.parser")
    links = {a["href"] for a in page.select(".top-task > a")}
    assert {"/en/neighborhoods/", "/en/projects/", "/en/business/", "/en/units/"} <= links


def test_demo_users_are_refused_where_not_allowed(settings):
    settings.HUB_DEMO_USERS_ALLOWED = False
    output = io.StringIO()
    with pytest.raises(CommandError):
        call_command("load_demo", stdout=output)
    assert "demo:" not in output.getvalue()  # refused before any step ran
    with pytest.raises(CommandError):
        call_command("load_demo", no_users=True, stdout=output)
    assert "demo:" not in output.getvalue(), "demo pages are published without approval"
