"""Two editors on one page: a save from a form opened before the other's save is refused, and
nothing the editor typed is lost."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from hub.forms import NewerRevisionPanel, PageForm
from tests.helpers import soup

pytestmark = pytest.mark.django_db

EDITOR = "quarters-neighborhoods-editor"
PAGE = "neighborhoods/jaffa/ajami"


def signed_in(username, client=None):
    client = client or Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(response):
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def edit_form(client, page):
    return form_data(client.get(edit_url(page)))


def save(client, page, data, **changes):
    data = data.copy()
    for name, value in changes.items():
        data[name] = value
    return client.post(edit_url(page), data)


def latest(page):
    return Page.objects.get(pk=page.pk).get_latest_revision()


@pytest.fixture
def page(demo_page):
    return demo_page(PAGE)


@pytest.fixture
def editors(client):
    return signed_in(EDITOR, client), signed_in(EDITOR)


def test_a_stale_save_is_refused_and_keeps_what_the_editor_typed(editors, page):
    first, second = editors
    first_form, second_form = edit_form(first, page), edit_form(second, page)
    opened = latest(page)
    assert save(first, page, first_form, summary="התקציר של העורכת הראשונה").status_code == 302
    theirs = latest(page)

    response = save(second, page, second_form, summary="התקציר של העורך השני")

    assert response.status_code == 200
    assert latest(page).pk == theirs.pk
    assert latest(page).as_object().summary == "התקציר של העורכת הראשונה"
    again = form_data(response)
    assert again["summary"].strip() == "התקציר של העורך השני"
    assert again["loaded_revision_id"] == str(theirs.pk)
    [error] = response.context["form"].non_field_errors()
    assert get_user_display_name(theirs.user) in error
    shown = soup(response)
    assert error in shown.select_one(".messages").get_text(" ", strip=True)
    panel = shown.select_one("#page-edit-form .help-critical")
    assert error in panel.get_text(" ", strip=True)
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, opened.pk, theirs.pk])
    assert panel.select_one(f'a[href="{compare}"][target="_blank"]')
    assert second.get(compare).status_code == 200

    assert save(second, page, again).status_code == 302, "saving again is a deliberate overwrite"
    assert latest(page).as_object().summary == "התקציר של העורך השני"


def test_a_stale_submission_for_moderation_is_refused_too(editors, page):
    first, second = editors
    first_form, second_form = edit_form(first, page), edit_form(second, page)
    assert save(first, page, first_form, summary="גרסה ראשונה").status_code == 302

    response = save(second, page, second_form, summary="גרסה שנייה", **{"action-submit": "1"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Page.objects.get(pk=page.pk).specific.current_workflow_state is None
    assert latest(page).as_object().summary == "גרסה ראשונה"


def test_a_stale_autosaved_form_is_refused(editors, page):
    """After an autosave the form names the revision it overwrites instead of the one loaded."""
    first, second = editors
    second_form = edit_form(second, page)
    own = latest(page)
    assert save(first, page, edit_form(first, page), summary="גרסה ראשונה").status_code == 302

    response = save(second, page, second_form, overwrite_revision_id=str(own.pk))

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()


def test_saves_from_fresh_forms_go_through(client, page):
    editor = signed_in(EDITOR, client)
    response = save(editor, page, edit_form(editor, page), summary="פעם ראשונה")
    assert response.status_code == 302
    assert response["Location"].startswith(edit_url(page))
    response = save(editor, page, form_data(editor.get(response["Location"])), summary="פעם שנייה")
    assert response.status_code == 302
    assert latest(page).as_object().summary == "פעם שנייה"


def test_a_stale_form_still_previews(editors, page):
    first, second = editors
    second_form = edit_form(second, page)
    assert save(first, page, edit_form(first, page), summary="גרסה ראשונה").status_code == 302
    second_form["summary"] = "טיוטה לתצוגה מקדימה"
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = second.post(preview, second_form)
    assert response.json() == {"is_valid": True, "is_available": True}
    assert "טיוטה לתצוגה מקדימה" in second.get(preview).content.decode()


def test_every_page_type_refuses_stale_saves_and_says_why():
    models = [model for model in get_page_models() if model is not Page]
    assert models
    for model in models:
        handler = model.get_edit_handler()
        assert issubclass(handler.get_form_class(), PageForm), model
        content = handler.children[0]
        assert any(isinstance(panel, NewerRevisionPanel) for panel in content.children), model


def test_the_panel_stays_hidden_on_a_fresh_form(client, page):
    editor = signed_in(EDITOR, client)
    assert not soup(editor.get(edit_url(page))).select("#page-edit-form .help-critical")
