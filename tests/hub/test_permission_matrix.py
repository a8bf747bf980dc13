"""Who may do what in the admin, tried over HTTP as each kind of user would: the owning unit's
editor and manager, another unit's editor and manager, and a visitor who is not signed in.

Each action runs one request (after any setup), then the database is asked whether it took
effect. The cross-unit rows and the anonymous row must fail closed on every action."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, PageViewRestriction, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import Translation, TranslationSource

from business.models import BusinessService
from hub.models import MunicipalUnit
from hub.permissions import unit_collection
from search.models import Synonym

pytestmark = pytest.mark.django_db

PROJECT = "projects/shapira-community-garden"
OTHER_PROJECT = "projects/hatikva-community-center-upgrade"  # the same unit's
OWN, OTHER = "engineering-coordination", "jaffa-administration"
ROLES = {
    "own editor": f"{OWN}-editor",
    "own manager": f"{OWN}-manager",
    "other editor": f"{OTHER}-editor",
    "other manager": f"{OTHER}-manager",
    "anonymous": None,
}
EDITORS = {"own editor", "own manager"}
MANAGERS = {"own manager"}
NOBODY = set()
NEW_TITLE = "כותרת מהבדיקה"
PDF = b"%PDF-1.4\n%%EOF\n"


def user(username):
    return get_user_model().objects.get(username=username)


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def admin_form(client, url, form_id):
    """The form as the administrator sees it, to post as someone else."""
    client.force_login(user("admin"))
    response = client.get(url)
    assert response.status_code == 200, url
    client.logout()
    return querydict_from_html(response.content.decode(), form_id=form_id)


def english():
    return Locale.objects.get(language_code="en")


class Case:
    """The page under test and a few of its relatives, found once per test."""

    def __init__(self, demo_page, client):
        self.page = demo_page(PROJECT)
        self.english = demo_page(PROJECT, "en")
        self.meeting, self.other_meeting = (
            child.specific for child in self.page.get_children().live()[:2]
        )
        self.other_project = demo_page(OTHER_PROJECT)
        self.client = client


def edit_data(case, action):
    url = reverse("wagtailadmin_pages:edit", args=[case.meeting.pk])
    data = admin_form(case.client, url, "page-edit-form")
    data["title"] = NEW_TITLE
    if action:
        data[action] = "1"
    return url, data


def do_create(case):
    url = reverse("wagtailadmin_pages:edit", args=[case.meeting.pk])
    data = admin_form(case.client, url, "page-edit-form")
    data["slug"] = "matrix-new-meeting"
    add = reverse("wagtailadmin_pages:add", args=["projects", "meetingpage", case.page.pk])
    return add, data, lambda: Page.objects.filter(slug="matrix-new-meeting").exists()


def do_edit(case):
    url, data = edit_data(case, None)
    return url, data, lambda: fresh(case.meeting).draft_title == NEW_TITLE


def do_submit(case):
    url, data = edit_data(case, "action-submit")
    return url, data, lambda: fresh(case.meeting).current_workflow_state is not None


def do_publish(case):
    url, data = edit_data(case, "action-publish")
    return url, data, lambda: fresh(case.meeting).title == NEW_TITLE


def do_approve(case):
    editor = user(f"{OWN}-editor")
    case.meeting.title = NEW_TITLE
    case.meeting.save_revision(user=editor)
    state = case.meeting.get_workflow().start(case.meeting, editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[case.meeting.pk, "approve", state.current_task_state.pk],
    )
    return url, {"comment": ""}, lambda: fresh(case.meeting).title == NEW_TITLE


def do_unpublish(case):
    url = reverse("wagtailadmin_pages:unpublish", args=[case.page.pk])
    return url, {}, lambda: not fresh(case.page).live


def do_privacy(case):
    url = reverse("wagtailadmin_pages:set_privacy", args=[case.page.pk])
    return (
        url,
        {"restriction_type": "login"},
        lambda: PageViewRestriction.objects.filter(page=case.page).exists(),
    )


def do_delete(case):
    url = reverse("wagtailadmin_pages:delete", args=[case.other_meeting.pk])
    return url, {}, lambda: not Page.objects.filter(pk=case.other_meeting.pk).exists()


def do_move(case):
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[case.other_meeting.pk, case.other_project.pk]
    )
    return url, {}, lambda: fresh(case.other_meeting).get_parent().pk == case.other_project.pk


def do_copy(case):
    url = reverse("wagtailadmin_pages:copy", args=[case.meeting.pk])
    data = {
        "new_title": "עותק",
        "new_slug": "matrix-copy",
        "new_parent_page": case.other_project.pk,
    }
    return url, data, lambda: Page.objects.filter(slug="matrix-copy").exists()


def _bulk(action, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return f"{url}?id={page.pk}"


def do_bulk_publish(case):
    case.meeting.title = NEW_TITLE
    case.meeting.save_revision()
    return _bulk("publish", case.meeting), {}, lambda: fresh(case.meeting).title == NEW_TITLE


def do_bulk_unpublish(case):
    return _bulk("unpublish", case.meeting), {}, lambda: not fresh(case.meeting).live


def do_bulk_delete(case):
    return (
        _bulk("delete", case.other_meeting),
        {},
        lambda: not Page.objects.filter(pk=case.other_meeting.pk).exists(),
    )


def do_translate(case):
    case.english.delete()
    Translation.objects.filter(
        source__object_id=case.page.translation_key, target_locale=english()
    ).delete()
    url = reverse("wagtail_localize:submit_page_translation", args=[case.page.pk])
    return url, {"locales": [english().pk]}, lambda: case.page.has_translation(english())


def _source(case):
    return TranslationSource.objects.get_for_instance(case.page)


def do_sync(case):
    source = _source(case)
    before = source.last_updated_at
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return url, {}, lambda: TranslationSource.objects.get(pk=source.pk).last_updated_at != before


def do_sync_and_publish(case):
    case.page.contact_phone = "03-7240000"  # synchronised: no text to translate
    case.page.save_revision().publish()
    source = _source(case)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return (
        url,
        {"publish_translations": "on"},
        lambda: fresh(case.english).contact_phone == "03-7240000",
    )


def do_convert_to_alias(case):
    url = reverse("wagtail_localize:convert_to_alias", args=[case.english.pk])
    return url, {}, lambda: fresh(case.english).alias_of_id is not None


def do_upload(case):
    collection = unit_collection(MunicipalUnit.objects.get(code=OWN, locale__language_code="he"))
    url = reverse("wagtaildocs:add")
    data = {
        "title": "matrix upload",
        "collection": collection.pk,
        "file": ContentFile(PDF, name="matrix.pdf"),
    }
    return (
        url,
        data,
        lambda: (
            get_document_model()
            .objects.filter(title="matrix upload", collection=collection)
            .exists()
        ),
    )


def _published_document(case):
    """A flyer the unit's editor uploaded, on a live meeting."""
    unit = MunicipalUnit.objects.get(code=OWN, locale__language_code="he")
    document = get_document_model().objects.create(
        title="הזמנה",
        file=ContentFile(PDF, name="invitation.pdf"),
        collection=unit_collection(unit),
        uploaded_by_user=user(f"{OWN}-editor"),
    )
    case.meeting.flyer = document
    case.meeting.save_revision().publish()
    return document


def do_replace_document(case):
    document = _published_document(case)
    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = {
        "title": "הזמנה מתוקנת",
        "collection": document.collection_id,
        "file": ContentFile(PDF, name="changed.pdf"),
    }
    model = type(document)
    return url, data, lambda: model.objects.get(pk=document.pk).title == "הזמנה מתוקנת"


def do_delete_document(case):
    document = _published_document(case)
    url = reverse("wagtaildocs:delete", args=[document.pk])
    model = type(document)
    return url, {}, lambda: not model.objects.filter(pk=document.pk).exists()


def do_replace_image(case):
    """A rendering the unit's editor uploaded, on the live project."""
    unit = MunicipalUnit.objects.get(code=OWN, locale__language_code="he")
    image = get_image_model().objects.create(
        title="הדמיה",
        file=get_test_image_file(),
        collection=unit_collection(unit),
        uploaded_by_user=user(f"{OWN}-editor"),
    )
    case.page.renderings = [("rendering", {"image": image, "alt_text": "הדמיה"})]
    case.page.save_revision().publish()
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = {"title": "הדמיה אחרת", "collection": image.collection_id}
    model = type(image)
    return url, data, lambda: model.objects.get(pk=image.pk).title == "הדמיה אחרת"


def _snippet_edit(instance, field, value):
    model = type(instance)
    url = reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
        args=[instance.pk],
    )

    def build(case):
        data = admin_form(case.client, url, "w-editor-form")
        data[field] = value
        return url, data, lambda: getattr(model.objects.get(pk=instance.pk), field) == value

    return build


def do_edit_service(case):
    service = BusinessService.objects.filter(locale__language_code="he").first()
    return _snippet_edit(service, "name", "matrix service")(case)


def do_edit_unit(case):
    unit = MunicipalUnit.objects.get(code=OWN, locale__language_code="he")
    return _snippet_edit(unit, "phone", "03-7249999")(case)


def do_translate_snippet(case):
    service = BusinessService.objects.filter(locale__language_code="he").first()
    service.get_translation(english()).delete()
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["business", "businessservice", service.pk],
    )
    return url, {"locales": [english().pk]}, lambda: service.has_translation(english())


def do_promote(case):
    url = reverse("wagtailsearchpromotions:add")
    data = {
        "query_string": "גינה",
        "editors_picks-TOTAL_FORMS": 1,
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-0-page": case.page.pk,
        "editors_picks-0-description": "",
        "editors_picks-0-ORDER": 1,
    }
    return url, data, lambda: SearchPromotion.objects.filter(page=case.page).exists()


def _promotion(case):
    return SearchPromotion.objects.create(query=Query.get("גינה"), page=case.page, sort_order=0)


def do_change_promotion(case):
    promotion = _promotion(case)
    url = reverse("wagtailsearchpromotions:edit", args=[promotion.query_id])
    data = admin_form(case.client, url, "w-editor-form")
    data["editors_picks-0-description"] = "matrix"
    return url, data, lambda: SearchPromotion.objects.get(pk=promotion.pk).description == "matrix"


def do_delete_promotion(case):
    promotion = _promotion(case)
    url = reverse("wagtailsearchpromotions:delete", args=[promotion.query_id])
    return url, {}, lambda: not SearchPromotion.objects.filter(pk=promotion.pk).exists()


def _reported_target():
    """A target of the owning unit that takes reported values, and a document to show it."""
    import datetime

    from hub.models import Target

    unit = MunicipalUnit.objects.get(code=OWN, locale__language_code="he")
    target = Target.objects.create(
        code="matrix-reported",
        unit=unit,
        text="שעות הדרכה",
        metric="hub.reported",
        threshold="at_least",
        low=10,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
        locale=unit.locale,
    )
    document = get_document_model().objects.create(
        title="matrix evidence", file=ContentFile(PDF, name="evidence.pdf")
    )
    return target, document


def _reported_value(live=False):
    from hub.models import ReportedValue

    target, document = _reported_target()
    return ReportedValue.objects.create(
        target=target, value=3, as_of="2026-05-01", evidence=document, live=live
    )


def _reported_data(value, **extra):
    return {
        "target": value.target_id,
        "value": "12",
        "as_of": "2026-06-01",
        "evidence": value.evidence_id,
        "note": "",
        **extra,
    }


def _reported_url(name, value):
    return reverse(f"wagtailsnippets_hub_reportedvalue:{name}", args=[value.pk])


def do_report_value(case):
    from hub.models import ReportedValue

    target, document = _reported_target()
    url = reverse("wagtailsnippets_hub_reportedvalue:add")
    data = {"target": target.pk, "value": "7", "as_of": "2026-06-01", "evidence": document.pk}
    return url, data, lambda: ReportedValue.objects.filter(target=target).exists()


def do_edit_reported_value(case):
    value = _reported_value()
    url = _reported_url("edit", value)
    return url, _reported_data(value), lambda: value.revisions.exists()


def do_publish_reported_value(case):
    value = _reported_value()
    url = _reported_url("edit", value)
    data = _reported_data(value, **{"action-publish": "1"})
    return url, data, lambda: type(value).objects.get(pk=value.pk).live


def do_approve_reported_value(case):
    value = _reported_value()
    editor = user(f"{OWN}-editor")
    value.save_revision(user=editor)
    state = value.get_workflow().start(value, editor)
    url = reverse(
        "wagtailsnippets_hub_reportedvalue:workflow_action",
        args=[value.pk, "approve", state.current_task_state.pk],
    )
    return url, {"comment": ""}, lambda: type(value).objects.get(pk=value.pk).live


def do_delete_reported_value(case):
    value = _reported_value(live=True)
    url = _reported_url("delete", value)
    return url, {}, lambda: not type(value).objects.filter(pk=value.pk).exists()


def do_edit_target(case):
    target, _document = _reported_target()
    return _snippet_edit(target, "text", "יעד אחר")(case)


MATRIX = {
    "create": (do_create, EDITORS),
    "edit": (do_edit, EDITORS),
    "submit": (do_submit, EDITORS),
    "approve": (do_approve, MANAGERS),
    "publish": (do_publish, MANAGERS),
    "unpublish": (do_unpublish, MANAGERS),
    "make private": (do_privacy, MANAGERS),
    "delete": (do_delete, MANAGERS),
    "move": (do_move, MANAGERS),
    "copy": (do_copy, EDITORS),
    "bulk publish": (do_bulk_publish, MANAGERS),
    "bulk unpublish": (do_bulk_unpublish, MANAGERS),
    "bulk delete": (do_bulk_delete, MANAGERS),
    "translate": (do_translate, EDITORS),
    "sync translations": (do_sync, EDITORS),
    "sync and publish translations": (do_sync_and_publish, MANAGERS),
    "convert translation to alias": (do_convert_to_alias, MANAGERS),
    "upload to the unit's collection": (do_upload, EDITORS),
    "replace a document live pages show": (do_replace_document, MANAGERS),
    "delete a document live pages show": (do_delete_document, MANAGERS),
    "change an image live pages show": (do_replace_image, MANAGERS),
    "edit a business service snippet": (do_edit_service, NOBODY),
    "edit a municipal unit snippet": (do_edit_unit, NOBODY),
    "translate a snippet": (do_translate_snippet, NOBODY),
    "promote a page in search": (do_promote, MANAGERS),
    "change a promoted search result": (do_change_promotion, MANAGERS),
    "delete a promoted search result": (do_delete_promotion, MANAGERS),
    "report a value for a work-plan target": (do_report_value, EDITORS),
    "edit a reported value": (do_edit_reported_value, EDITORS),
    "publish a reported value": (do_publish_reported_value, MANAGERS),
    "approve a reported value": (do_approve_reported_value, MANAGERS),
    "delete a reported value": (do_delete_reported_value, NOBODY),
    "edit a work-plan target": (do_edit_target, NOBODY),
}


# Forms any editor (or, for promotions, any manager) may open; what they post is checked against
# the unit. Wagtail's bulk confirmation screens list the pages the user may not act on instead of
# acting on them.
OPEN_FORMS = {
    "upload to the unit's collection",
    "bulk publish",
    "bulk unpublish",
    "bulk delete",
    "promote a page in search",
    "report a value for a work-plan target",  # a unit reports only on its own targets
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", MATRIX)
def test_matrix(client, demo_page, action, role):
    build, allowed = MATRIX[action]
    case = Case(demo_page, client)
    url, data, took_effect = build(case)
    assert not took_effect(), "the setup must leave something to do"
    if ROLES[role]:
        client.force_login(user(ROLES[role]))
    page = client.get(url)
    response = client.post(url, data)
    assert response.status_code < 500
    assert took_effect() == (role in allowed), f"{action} by {role}: {response.status_code}"
    if not role.startswith("own") and action not in OPEN_FORMS:
        assert page.status_code in (302, 403, 404, 405), f"GET {url} by {role}"


def test_pending_translation_is_not_listed(client, demo_page):
    """The whole chain in one: what an editor's translation request leaves is a draft."""
    case = Case(demo_page, client)
    url, data, _took_effect = do_translate(case)
    client.force_login(user(f"{OWN}-editor"))
    client.post(url, data)
    translated = case.page.get_translation(english())
    assert not translated.live
    assert WorkflowState.objects.filter(object_id=str(translated.pk)).count() == 0
    client.logout()
    listing = client.get("/en/projects/")
    assert translated.url_path not in listing.content.decode()


# Screens that only show: who may open them.
SCREENS = {
    "/admin/search-terms/": {"own editor", "own manager", "other editor", "other manager"},
    "/admin/searchpicks/": {"own manager", "other manager"},
    # each unit sees its own documents there (tests/search/test_unreadable_documents.py)
    "/admin/reports/unsearchable-documents/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    "/admin/localize/reports/translations/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    # the dashboard (with its work-plan panel), and the work-plan report, its results and CSV
    "/admin/": {"own editor", "own manager", "other editor", "other manager"},
    "/admin/reports/work-plan-targets/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    "/admin/reports/work-plan-targets/results/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    "/admin/reports/work-plan-targets/csv/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    "/admin/snippets/hub/municipalunit/": NOBODY,
    "/admin/snippets/hub/target/": NOBODY,
    # each unit lists its own reported values there (tests/hub/test_targets_core.py)
    "/admin/snippets/hub/reportedvalue/": {
        "own editor",
        "own manager",
        "other editor",
        "other manager",
    },
    "/admin/users/": NOBODY,
    "/admin/groups/": NOBODY,
    "/admin/locales/": NOBODY,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", SCREENS)
def test_screens(client, url, role):
    if ROLES[role]:
        client.force_login(user(ROLES[role]))
    response = client.get(url)
    assert (response.status_code == 200) == (role in SCREENS[url]), response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_drafts_are_seen_only_by_their_unit(client, demo_page, role):
    meeting = Case(demo_page, client).meeting
    meeting.title = NEW_TITLE
    meeting.save_revision()
    if ROLES[role]:
        client.force_login(user(ROLES[role]))
    for name in ("view_draft", "history"):
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=[meeting.pk]))
        assert (response.status_code == 200) == role.startswith("own"), (name, response)
        assert NEW_TITLE not in response.content.decode() or role.startswith("own")


# Synonyms for search change what residents of every unit find: the search editors edit them
# (and the superusers), never a unit's editors or managers, whichever the unit.
SEARCH_EDITOR = {"search editor": "search-editor"}
SEARCH_EDITORS = set(SEARCH_EDITOR)
ALL_ROLES = ROLES | SEARCH_EDITOR


def _synonym():
    return Synonym.objects.get(locale__language_code="he", terms__startswith='מתנ"ס')


def _synonym_url(name, *args):
    return reverse(f"wagtailsnippets_search_synonym:{name}", args=args)


def do_add_synonym(case):
    data = {
        "locale": Locale.objects.get(language_code="he").pk,
        "terms": "גינה קהילתית\nגן קהילתי",
        "note": "",
    }
    return (
        _synonym_url("add"),
        data,
        lambda: Synonym.objects.filter(terms__startswith="גינה קהילתית").exists(),
    )


def do_edit_synonym(case):
    return _snippet_edit(_synonym(), "note", "matrix")(case)


def do_delete_synonym(case):
    group = _synonym()
    return (
        _synonym_url("delete", group.pk),
        {},
        lambda: not Synonym.objects.filter(pk=group.pk).exists(),
    )


def do_bulk_delete_synonym(case):
    group = _synonym()
    url = reverse("wagtail_bulk_action", args=["search", "synonym", "delete"])
    return f"{url}?id={group.pk}", {}, lambda: not Synonym.objects.filter(pk=group.pk).exists()


SEARCH_MATRIX = {
    "add synonyms": (do_add_synonym, SEARCH_EDITORS),
    "edit synonyms": (do_edit_synonym, SEARCH_EDITORS),
    "delete synonyms": (do_delete_synonym, SEARCH_EDITORS),
    "bulk delete synonyms": (do_bulk_delete_synonym, SEARCH_EDITORS),
}


def attempt(client, demo_page, build, username):
    """As test_matrix: the screen's GET status, and whether the POST took effect."""
    case = Case(demo_page, client)
    url, data, took_effect = build(case)
    assert not took_effect(), "the setup must leave something to do"
    if username:
        client.force_login(user(username))
    page = client.get(url)
    response = client.post(url, data)
    assert response.status_code < 500
    return page.status_code, took_effect()


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("action", SEARCH_MATRIX)
def test_search_matrix(client, demo_page, action, role):
    build, allowed = SEARCH_MATRIX[action]
    status, took_effect = attempt(client, demo_page, build, ALL_ROLES[role])
    assert took_effect == (role in allowed), f"{action} by {role}"
    if role not in allowed and action != "bulk delete synonyms":  # see OPEN_FORMS
        assert status in (302, 403, 404, 405), f"GET {action} by {role}"


@pytest.mark.parametrize("action", MATRIX)
def test_search_editors_do_nothing_else(client, demo_page, action):
    status, took_effect = attempt(client, demo_page, MATRIX[action][0], "search-editor")
    assert not took_effect, action
    if action not in OPEN_FORMS:
        assert status in (302, 403, 404, 405), f"GET {action}"


# Each synonym screen, and whether its address names a group.
SYNONYM_SCREENS = {
    "list": False,
    "list_results": False,
    "add": False,
    "edit": True,
    "delete": True,
    "history": True,
    "history_results": True,
    "usage": True,
}


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("screen", SYNONYM_SCREENS)
def test_synonym_screens(client, screen, role):
    url = _synonym_url(screen, *([_synonym().pk] if SYNONYM_SCREENS[screen] else []))
    if ALL_ROLES[role]:
        client.force_login(user(ALL_ROLES[role]))
    response = client.get(url)
    assert (response.status_code == 200) == (role in SEARCH_EDITORS), response.status_code


@pytest.mark.parametrize("role", ALL_ROLES)
def test_no_synonym_chooser(client, role):
    """Nothing chooses a group of synonyms; a chooser's listing would be open to any editor."""
    if ALL_ROLES[role]:
        client.force_login(user(ALL_ROLES[role]))
    assert client.get("/admin/snippets/choose/search/synonym/").status_code in (302, 404)
