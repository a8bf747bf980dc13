"""A unit's page inside another unit's section: the section's people see it read-only, with its
unit named, and can do nothing to it; its own unit keeps every right. The demo's case: the Jaffa
administration's street renewal project, in the engineering coordination's projects section."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

pytestmark = pytest.mark.django_db

FOREIGN = "projects/yehuda-hayamit-street-renewal"  # the Jaffa administration's
OWN = "projects/shapira-community-garden"  # the engineering coordination's
SECTION, OWNER = "engineering-coordination", "jaffa-administration"


def belongs():
    """The start of the lock's message, as the Hebrew admin shows it."""
    with translation.override("he"):
        message = translation.gettext(
            "<b>This page belongs to {unit}</b>: you can view it, but only its editors and "
            "managers can change it. To suggest a change, contact them: {contact}."
        )
    return message.split("{unit}")[0]


def user(username):
    return get_user_model().objects.get(username=username)


def edit(client, page, username):
    client.force_login(user(username))
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@pytest.mark.parametrize("role", ["editor", "manager"])
def test_section_people_see_the_page_read_only_with_its_unit(client, demo_page, role):
    page = demo_page(FOREIGN)
    response = edit(client, page, f"{SECTION}-{role}")
    html = response.content.decode()
    assert response.status_code == 200
    assert belongs() in html and page.unit.name in html
    form = querydict_from_html(html, form_id="page-edit-form")
    assert form.get("unit") == str(page.unit_id), "the owner is shown, not an empty choice"
    assert 'name="action-publish"' not in html


@pytest.mark.parametrize("role", ["editor", "manager"])
def test_section_people_cannot_save_or_publish_it(client, demo_page, role):
    page = demo_page(FOREIGN).get_children().first()  # a meeting: its form posts as rendered
    html = edit(client, page, "admin").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data["title"] = "נלקח"
    data["action-publish"] = "1"
    client.force_login(user(f"{SECTION}-{role}"))
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    fresh = Page.objects.get(pk=page.pk)
    assert fresh.title == page.title and fresh.draft_title == page.draft_title
    assert fresh.latest_revision_id == page.latest_revision_id


def test_section_manager_has_no_other_right_on_it(demo_page):
    page = demo_page(FOREIGN)
    meeting = page.get_children().first()
    manager = user(f"{SECTION}-manager")
    for target in filter(None, [page, meeting]):
        rights = target.specific.permissions_for_user(manager)
        assert rights.can_edit(), "opens, read-only"
        assert rights.page_locked()
        for name in (
            "can_publish",
            "can_unpublish",
            "can_delete",
            "can_lock",
            "can_copy",
            "can_add_subpage",
            "can_move",
            "can_reorder_children",
        ):
            assert not getattr(rights, name)(), name


def test_bulk_publish_and_delete_are_refused(client, demo_page):
    page = demo_page(FOREIGN)
    page.title = "נלקח"
    page.save_revision()
    client.force_login(user(f"{SECTION}-manager"))
    for action in ("publish", "delete", "unpublish"):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        client.post(f"{url}?id={page.pk}", {})
    fresh = Page.objects.get(pk=page.pk)
    assert fresh.live and fresh.title != "נלקח"


@pytest.mark.parametrize("role", ["editor", "manager"])
def test_the_owning_unit_keeps_its_rights(client, demo_page, role):
    page = demo_page(FOREIGN)
    response = edit(client, page, f"{OWNER}-{role}")
    assert response.status_code == 200
    assert belongs() not in response.content.decode()
    rights = page.permissions_for_user(user(f"{OWNER}-{role}"))
    assert not rights.page_locked() and rights.can_add_subpage()
    assert rights.can_publish() == (role == "manager")


def test_the_section_keeps_its_own_pages(client, demo_page):
    page = demo_page(OWN)
    response = edit(client, page, f"{SECTION}-editor")
    assert belongs() not in response.content.decode()
    assert page.permissions_for_user(user(f"{SECTION}-manager")).can_publish()
    assert not page.permissions_for_user(user(f"{OWNER}-editor")).can_edit()


def test_superuser_is_never_locked_out(demo_page):
    page = demo_page(FOREIGN)
    rights = page.permissions_for_user(user("admin"))
    assert not rights.page_locked() and rights.can_publish() and rights.can_delete()
