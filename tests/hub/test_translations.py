"""Translating is editing: only the owning unit translates its pages, a translation starts as a
draft, and it goes live through the unit's managers, never with texts of another language."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource

from business.models import BusinessService

pytestmark = pytest.mark.django_db

PROJECT = "projects/kfar-shalem-neighborhood-park"  # engineering-coordination's


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def arabic():
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def untranslated_project(demo_page):
    """A live Hebrew project with no Arabic translation."""
    project = demo_page(PROJECT)
    project.get_translation(arabic()).delete()
    Translation.objects.filter(
        source__object_id=project.translation_key, target_locale=arabic()
    ).delete()
    return project


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_another_units_editor_cannot_translate(client, untranslated_project):
    login(client, "jaffa-administration-editor")
    assert client.get(submit_url(untranslated_project)).status_code in (302, 403)
    response = client.post(submit_url(untranslated_project), {"locales": [arabic().pk]})
    assert response.status_code in (302, 403)
    assert not untranslated_project.has_translation(arabic())


def test_a_new_translation_is_a_draft_until_the_manager_approves(client, untranslated_project):
    login(client, "engineering-coordination-editor")
    response = client.post(submit_url(untranslated_project), {"locales": [arabic().pk]})
    assert response.status_code == 302
    translated = untranslated_project.get_translation(arabic())
    assert not translated.live, "requesting a translation must not publish it"
    assert translated.specific.unit.locale == arabic()
    assert client.get(translated.url).status_code == 404

    edit = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    response = client.post(edit, {"hub-submit-translation": "1"}, follow=True)
    assert Page.objects.get(pk=translated.pk).current_workflow_state is None, "nothing translated"
    assert "לא נשלח לאישור." in response.content.decode()
    assert "טקסטים עדיין לא תורגמו לערבית" in response.content.decode()

    translate_every_text(client, translated)
    response = client.post(edit, {"hub-submit-translation": "1"})
    assert response.status_code == 302
    translated.refresh_from_db()
    assert not translated.live
    state = translated.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS

    login(client, "jaffa-administration-manager")
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[translated.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve, {"comment": ""})
    translated.refresh_from_db()
    assert not translated.live, "another unit's manager cannot approve"

    login(client, "engineering-coordination-manager")
    client.post(approve, {"comment": ""})
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "نص عربي 0"
    assert client.get(translated.url).status_code == 200


def translate_every_text(client, page):
    """As the editor types in wagtail-localize's editor: one request per text."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segments = translation.source.stringsegment_set.order_by("order")
    for number, segment in enumerate(segments):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url, urlencode({"value": f"نص عربي {number}"}), "application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


def test_editor_cannot_publish_a_translation(client, demo_page):
    translated = demo_page(PROJECT, "ar")
    translated.unpublish()
    login(client, "engineering-coordination-editor")
    edit = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    client.post(edit, {"action": "publish"})
    translated.refresh_from_db()
    assert not translated.live


def test_nothing_goes_live_with_untranslated_texts(client, demo_page):
    source = demo_page(PROJECT)
    translated = demo_page(PROJECT, "ar")
    arabic_title = translated.title
    source.title = "כותרת חדשה שעוד לא תורגמה"
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get_for_instance(source)

    login(client, "engineering-coordination-manager")
    url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    translated.refresh_from_db()
    assert translated.title == arabic_title, "the Hebrew title must not reach the Arabic page"

    edit = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    client.post(edit, {"action": "publish"})
    translated.refresh_from_db()
    assert translated.title == arabic_title

    login(client, "engineering-coordination-editor")
    client.post(edit, {"hub-submit-translation": "1"})
    assert Page.objects.get(pk=translated.pk).current_workflow_state is None


def test_sync_with_publish_needs_publish_rights_on_every_translation(client, demo_page):
    source = demo_page(PROJECT)
    translation_source = TranslationSource.objects.get_for_instance(source)
    translated = demo_page(PROJECT, "en")
    revision = translated.live_revision_id
    url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    for username in ("engineering-coordination-editor", "business-promotion-manager"):
        login(client, username)
        client.post(url, {"publish_translations": "on"})
        translated.refresh_from_db()
        assert translated.live_revision_id == revision, username


def test_convert_to_alias_publishes_so_it_is_for_managers(client, demo_page):
    translated = demo_page(PROJECT, "en")
    url = reverse("wagtail_localize:convert_to_alias", args=[translated.pk])
    login(client, "engineering-coordination-editor")
    client.post(url)
    translated.refresh_from_db()
    assert translated.alias_of_id is None


def test_snippet_translation_needs_the_snippet_permission(client):
    service = BusinessService.objects.filter(locale__language_code="he").first()
    english = service.get_translation(Locale.objects.get(language_code="en"))
    text = str(english)
    source = TranslationSource.objects.get_for_instance(service)
    login(client, "jaffa-administration-editor")
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.post(url, {"publish_translations": "on"}).status_code in (302, 403)
    english.refresh_from_db()
    assert str(english) == text


def test_no_locale_is_kept_in_sync_with_live_aliases(client):
    """wagtail-localize's "sync from" would publish Hebrew aliases in /ar/ and /en/; the locale
    screens do not offer it."""
    login(client, "admin")
    response = client.get(reverse("wagtaillocales:edit", args=[arabic().pk]))
    assert response.status_code == 200
    assert "sync_from" not in response.content.decode()
    assert not LocaleSynchronization.objects.exists()
