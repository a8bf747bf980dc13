"""In the Hebrew admin, as a unit's editor works: a new page's address fills in in Latin letters
as its Hebrew title is typed, uploaded files are titled by their cleaned names, and a project's
document block takes its title and kind from the document chosen."""

import pytest

from hub.slugs import slug_for
from tests.browser.admin import PASSWORD, sign_in
from tests.helpers import pdf
from tests.servers import manage

pytestmark = pytest.mark.browser

SETUP = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Page
from hub.models import MunicipalUnit
unit = MunicipalUnit.objects.get(code="engineering-coordination", locale__language_code="he")
user, _ = get_user_model().objects.get_or_create(username="slugs-editor")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(unit.editors_group)
index = Page.objects.get(locale__language_code="he", depth=3, slug="projects")
project = index.get_children().get(slug="shapira-community-garden")
print(index.pk, project.pk)
"""
# Well past Wagtail's 100 ms sync debounce, on a loaded machine too.
SYNC_SETTLES_MS = 1000
FILES = {
    "flyer_meeting-north_final.pdf": "flyer meeting north",
    "protocol_round-table (1).pdf": "protocol round table",
}


@pytest.fixture(scope="module")
def pages(server):
    """The projects index's and a project's ids, with an editor of the project's unit."""
    index, project = manage(server[1], "shell", "-c", SETUP).split()[-2:]
    return index, project


@pytest.fixture
def editor(browser, server_url, pages):
    page = sign_in(browser, server_url, "slugs-editor")
    yield page
    page.context.close()


def test_a_hebrew_title_fills_in_a_latin_slug(editor, server_url, pages):
    index, _project = pages
    editor.goto(f"{server_url}/admin/pages/add/projects/projectpage/{index}/")
    title = editor.locator("#id_title")
    slug = editor.locator("#id_slug")
    title.press_sequentially("שכונת התקווה")
    editor.wait_for_function("document.querySelector('#id_slug').value !== ''")
    assert slug.input_value() == "shkhunat-hatikva" == slug_for("שכונת התקווה")
    title.press_sequentially(" – מרכז קהילתי")
    editor.wait_for_function("document.querySelector('#id_slug').value.endsWith('kehilati')")
    assert slug.input_value() == slug_for("שכונת התקווה – מרכז קהילתי")
    assert editor.errors == []


def test_the_slug_the_editor_wrote_stays_on_the_add_form(editor, server_url, pages):
    index, _project = pages
    editor.goto(f"{server_url}/admin/pages/add/projects/projectpage/{index}/")
    title = editor.locator("#id_title")
    slug = editor.locator("#id_slug")
    title.press_sequentially("שכונת התקווה")
    editor.get_by_role("tab", name="קידום").click()
    # As the editor sees it: the address made from the title is there before they write their own.
    # The title's sync is debounced (100 ms) and each key and the blur queue one, so the editor's
    # slug is written once the last queued sync has landed, as a person's would be.
    editor.wait_for_function("document.querySelector('#id_slug').value === 'shkhunat-hatikva'")
    editor.wait_for_timeout(SYNC_SETTLES_MS)
    slug.fill("hatikva")
    slug.blur()
    editor.get_by_role("tab", name="תוכן").click()
    title.press_sequentially(" החדש")
    title.blur()
    # A sync that wrongly replaced the editor's slug would land within the debounce: wait past it.
    editor.wait_for_timeout(SYNC_SETTLES_MS)
    assert slug.input_value() == "hatikva", "the slug the editor wrote stays"
    assert editor.errors == []


def upload(editor, server_url):
    editor.goto(f"{server_url}/admin/documents/multiple/add/")
    files = [{"name": name, "mimeType": "application/pdf", "buffer": pdf()} for name in FILES]
    editor.set_input_files("#fileupload", files=files)
    titles = editor.locator("#upload-list input[name$=title]")
    titles.nth(len(FILES) - 1).wait_for()
    return sorted(titles.evaluate_all("inputs => inputs.map(input => input.value)"))


def choose(editor, prefix, title, first=True):
    """Choose the document called `title` in the document chooser of the block at `prefix`."""
    chooser = editor.locator(f"#{prefix}-document-chooser")
    if first:
        chooser.locator(".chooser__choose-button").click()
    else:
        chooser.locator(".w-dropdown__toggle").click()
        chooser.locator(".w-dropdown__content [data-chooser-action-choose]").click()
    editor.locator(".modal-content").get_by_role("link", name=title).first.click()
    editor.locator(".modal-content").wait_for(state="hidden")


def test_uploads_are_titled_and_chosen_into_a_document_block(editor, server_url, pages):
    _index, project = pages
    assert upload(editor, server_url) == sorted(FILES.values())

    editor.goto(f"{server_url}/admin/pages/{project}/edit/")
    section = editor.locator("[data-contentpath=documents]")
    section.locator("button.c-sf-add-button").last.click()
    prefix = section.locator("select[name$=-value-kind]").last.get_attribute("name")[
        : -len("-kind")
    ]
    title = editor.locator(f"input[name='{prefix}-title']")
    kind = editor.locator(f"select[name='{prefix}-kind']")
    assert (title.input_value(), kind.input_value()) == ("", "other")

    choose(editor, prefix, "flyer meeting north")
    assert (title.input_value(), kind.input_value()) == ("flyer meeting north", "flyer")
    choose(editor, prefix, "protocol round table", first=False)
    assert (title.input_value(), kind.input_value()) == ("protocol round table", "protocol")

    kind.select_option("plan")
    title.fill("Round table minutes")
    choose(editor, prefix, "flyer meeting north", first=False)
    assert (title.input_value(), kind.input_value()) == ("Round table minutes", "plan")
    assert editor.errors == []
