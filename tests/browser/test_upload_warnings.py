"""The warning about a scan without text, seen where the editor uploads it: beside the field in
the page editor right after an upload in the document chooser (search/static/search/
upload-messages.js), and in the file's small form on the multiple upload page."""

import io

import pytest
from PIL import Image

from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

WARNING = "was uploaded, but it has no text to read (is it a scan?)"
SEARCHING = (
    "residents will not find it by searching its contents. Upload a PDF with text if you can."
)
SETUP = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.users.models import UserProfile
from hub.models import MunicipalUnit
unit = MunicipalUnit.objects.get(code="engineering-coordination", locale__language_code="he")
user, _ = get_user_model().objects.get_or_create(username="uploads-editor")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(unit.editors_group)
profile = UserProfile.get_for_user(user)
profile.preferred_language = "en"
profile.save()
project = Page.objects.get(locale__language_code="he", slug="shapira-community-garden")
print(project.get_children().first().pk)
"""


@pytest.fixture
def scan(tmp_path):
    """A PDF whose page is a picture, as a scanner makes them."""
    path = tmp_path / "scan.pdf"
    out = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(out, "PDF")
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def editor(browser, server):
    server_url, env = server
    meeting_id = manage(env, "shell", "-c", SETUP).strip().splitlines()[-1]
    page = sign_in(browser, server_url, "uploads-editor", language=None)
    page.meeting_id = meeting_id
    yield page
    page.context.close()


def test_the_page_editor_warns_after_an_upload_in_the_chooser(editor, server_url, scan):
    editor.goto(f"{server_url}/admin/pages/{editor.meeting_id}/edit/")
    chooser = editor.locator("#id_flyer-chooser")
    chooser.scroll_into_view_if_needed()
    chooser.locator("[data-chooser-action-choose]").first.click(force=True)
    modal = editor.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator("input[name='document-chooser-upload-title']").fill("chooser scan")
    modal.locator("input[name='document-chooser-upload-file']").set_input_files(scan)
    modal.locator("#tab-upload form button[type=submit]").click()
    note = editor.locator("#id_flyer-chooser + [data-upload-note]")
    note.get_by_text(WARNING).wait_for()
    assert note.inner_text() == f"“chooser scan” {WARNING}: {SEARCHING}"
    assert note.get_attribute("role") == "status"
    assert chooser.locator("[data-chooser-title]").inner_text() == "chooser scan"
    box, height = note.bounding_box(), editor.viewport_size["height"]
    assert 0 <= box["y"] and box["y"] + box["height"] <= height, "where the editor is looking"
    editor.wait_for_timeout(3000)
    assert note.is_visible(), "still there once the draft is saved in the background"
    assert WARNING not in editor.locator(".messages").inner_text(), "said once"
    assert editor.errors == []


def test_the_multiple_upload_warns_in_the_files_form(editor, server_url, scan):
    editor.goto(f"{server_url}/admin/documents/multiple/add/")
    editor.locator("#fileupload").set_input_files(scan)
    item = editor.locator("#upload-list li.upload-success")
    item.get_by_text(WARNING).wait_for()
    assert "“scan” " + WARNING in item.inner_text()
    editor.goto(f"{server_url}/admin/documents/")
    assert WARNING not in editor.locator(".messages").inner_text(), "said once, in the form"
    assert editor.errors == []
