"""Each unit edits only its own part of the tree, and nothing goes live without its manager."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from hub.models import MunicipalUnit
from hub.permissions import section_roots

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor_client(client):
    client.force_login(user("quarters-neighborhoods-editor"))
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form(client, page):
    response = client.get(edit_url(page))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def test_admin_speaks_hebrew_by_default(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert b'<html lang="he" dir="rtl"' in response.content


def test_editor_edits_own_unit_pages_in_every_language(demo_page):
    editor = user("quarters-neighborhoods-editor")
    for language in ("he", "ar", "en"):
        assert (
            demo_page("neighborhoods/jaffa/ajami", language).permissions_for_user(editor).can_edit()
        )
    assert demo_page("neighborhoods/jaffa").permissions_for_user(editor).can_add_subpage()


def test_editor_cannot_touch_another_units_pages(editor_client, demo_page):
    editor = user("quarters-neighborhoods-editor")
    for path in ("participation", "accessibility", "units", ""):
        page = demo_page(path)
        permissions = page.permissions_for_user(editor)
        assert not permissions.can_edit(), path
        assert not permissions.can_publish(), path
        assert not permissions.can_add_subpage(), path
    response = editor_client.get(edit_url(demo_page("participation")))
    assert response.status_code in (302, 403)
    response = editor_client.post(edit_url(demo_page("participation")), {"title": "x"})
    assert response.status_code in (302, 403)
    assert demo_page("participation").title == "שיתוף ציבור ושירות"


def test_editor_cannot_publish_and_manager_approves(editor_client, client, demo_page):
    page = demo_page("neighborhoods/jaffa/ajami")
    assert not page.permissions_for_user(user("quarters-neighborhoods-editor")).can_publish()
    original = page.summary

    data = edit_form(editor_client, page)
    data["summary"] = "סיכום חדש שמחכה לאישור"
    data["action-publish"] = "1"
    editor_client.post(edit_url(page), data)
    page.refresh_from_db()
    assert page.summary == original, "an editor's publish must not go live"

    data = edit_form(editor_client, page)
    data["summary"] = "סיכום חדש שמחכה לאישור"
    data["action-submit"] = "1"
    response = editor_client.post(edit_url(page), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary == original
    state = Page.objects.get(pk=page.pk).specific.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    managers = MunicipalUnit.objects.get(
        code="quarters-neighborhoods", locale=page.locale
    ).managers_group
    assert list(task_state.task.specific.groups.all()) == [managers]

    outsider = user("participation-program-manager")
    client.force_login(outsider)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    page.refresh_from_db()
    assert page.summary == original, "another unit's manager cannot approve"

    client.force_login(user("quarters-neighborhoods-manager"))
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "מאושר"},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and page.summary == "סיכום חדש שמחכה לאישור"


def test_unit_choice_is_limited_to_the_editors_unit(editor_client, demo_page):
    quarter = demo_page("neighborhoods/jaffa")
    response = editor_client.get(
        reverse("wagtailadmin_pages:add", args=["hub", "neighborhoodpage", quarter.pk])
    )
    assert response.status_code == 200
    form = response.context["form"]
    offered = list(form.fields["unit"].queryset)
    assert [unit.code for unit in offered] == ["quarters-neighborhoods"]
    assert form.initial["unit"] == offered[0].pk
    other = MunicipalUnit.objects.get(code="digitel", locale=quarter.locale)
    data = {
        "title": "שכונה חדשה",
        "slug": "new-neighborhood",
        "summary": "תקציר",
        "unit": other.pk,
        "action-publish": "1",
    }
    response = editor_client.post(
        reverse("wagtailadmin_pages:add", args=["hub", "neighborhoodpage", quarter.pk]), data
    )
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert not Page.objects.filter(slug="new-neighborhood").exists()


def test_setup_is_idempotent_and_follows_ownership(demo_page):
    def snapshot():
        return (
            Group.objects.count(),
            sorted(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")),
            sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        )

    before = snapshot()
    call_command("setup_unit_groups", stdout=io.StringIO())
    assert snapshot() == before

    participation = demo_page("participation")
    business = MunicipalUnit.objects.get(code="community-work", locale=participation.locale)
    assert list(section_roots(business)) == []
    participation.unit = business
    participation.save_revision().publish()
    call_command("setup_unit_groups", stdout=io.StringIO())
    assert demo_page("participation").pk in {page.pk for page in section_roots(business)}
    assert demo_page("participation").permissions_for_user(user("community-work-editor")).can_edit()
    assert (
        not demo_page("participation")
        .permissions_for_user(user("participation-program-editor"))
        .can_edit()
    )
