"""An abandoned "add page" form leaves nothing behind: the add form never autosaves (autosave
would create the page as soon as the form is valid); the editor of a saved page still does."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.get(username="engineering-coordination-editor"))
    return client


def test_the_add_form_does_not_autosave(editor, demo_page):
    project = demo_page("projects/shapira-community-garden")
    url = reverse("wagtailadmin_pages:add", args=["projects", "meetingpage", project.pk])
    html = editor.get(url).content.decode()
    assert 'id="page-edit-form"' in html
    assert "data-w-autosave-interval-value" not in html


def test_a_saved_page_still_autosaves(editor, demo_page):
    meeting = demo_page("projects/shapira-community-garden").get_children().first()
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk])).content.decode()
    assert "data-w-autosave-interval-value" in html
