"""Editors set a topic's sectors and stages with checkboxes; translations follow the source."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import Translation, TranslationSource

from business.models import BusinessTopicPage

pytestmark = pytest.mark.django_db


def edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for name, values in changes.items():
        data.setlist(name, values)
    # Stream fields are filled in by the admin's JavaScript; posted empty here.
    data["steps-count"] = "0"
    data["documents-count"] = "0"
    data["action-publish"] = "1"
    # A QueryDict posts only the last value of each key; send every value.
    return client.post(url, {key: data.getlist(key) for key in data})


def test_manager_changes_sectors_and_translations_follow(client):
    client.force_login(get_user_model().objects.get(username="business-promotion-manager"))
    topic = BusinessTopicPage.objects.get(slug="signage", locale__language_code="he")
    response = edit(client, topic, sectors=["retail", "culture"], stages=["opening"])
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    topic.refresh_from_db()
    assert topic.sectors == ["retail", "culture"]
    assert topic.stages == ["opening"]
    source, _ = TranslationSource.update_or_create_from_instance(topic)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)
    arabic = BusinessTopicPage.objects.get(slug="signage", locale__language_code="ar")
    assert arabic.sectors == ["retail", "culture"]


def test_a_topic_needs_a_stage(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    topic = BusinessTopicPage.objects.get(slug="signage", locale__language_code="he")
    response = edit(client, topic, stages=[])
    assert response.status_code == 200
    assert "stages" in response.context["form"].errors
    topic.refresh_from_db()
    assert topic.stages == ["opening", "running"]
