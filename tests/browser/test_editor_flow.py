"""A unit's editor, in the Hebrew admin and in the Arabic one, publishes a project as they would
on a working day: two renderings uploaded in one action, a flyer, a meeting whose date is typed
the Israeli way; they submit, the unit's manager approves, and residents see the page, its
calendar entry and its documents. No screen on the way shows English, but for the short list of
exceptions below."""

import io
import os
import re
import urllib.request

import pytest
from django.utils import translation
from PIL import Image

from demo.media import pdf_bytes
from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

# Latin text an editor may rightly see: the file names they uploaded, the sign-in names of the
# test's users, the names of file formats, and the time zone's standard name beside each
# date-time ("שעון ישראל (Asia/Jerusalem)").
ALLOWED_LATIN = {
    "PDF",
    "JPEG",
    "JPG",
    "PNG",
    "GIF",
    "WEBP",
    "AVIF",
    "HEIC",
    "jpg",
    "pdf",
    "KB",
    "MB",
    "Asia",
    "Jerusalem",
}
SETUP = """
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
from hub.models import MunicipalUnit
from projects.models import ProjectIndexPage
unit = MunicipalUnit.objects.get(code="engineering-coordination", locale__language_code="he")
for role, group in (("editor", unit.editors_group), ("manager", unit.managers_group)):
    user, _ = get_user_model().objects.get_or_create(username=f"{language}-{role}")
    user.set_password("%(password)s")
    user.save()
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "{language}"
    profile.save()
print(ProjectIndexPage.objects.get(locale__language_code="he").pk)
"""
TEXTS = {
    "he": {
        "title": "שדרוג גן המשחקים ברחוב הרצל",
        "summary": "מתקנים חדשים, הצללה וספסלים לגן המשחקים.",
        "descriptions": ["מתקני טיפוס חדשים תחת הצללה", "ספסלים ועצים לאורך שביל הגן"],
        "meeting": "מפגש היכרות עם התוכנית",
        "place": "מרכז קהילתי שפירא, אולם ב'",
    },
    "ar": {
        "title": "تجديد ملعب الأطفال في شارع هرتسل",
        "summary": "ألعاب جديدة وتظليل ومقاعد للملعب.",
        "descriptions": ["ألعاب تسلق جديدة تحت التظليل", "مقاعد وأشجار على طول ممر الحديقة"],
        "meeting": "لقاء تعارف مع الخطة",
        "place": "المركز الجماهيري شابيرا، قاعة ب",
    },
}


def words(language, *msgids):
    with translation.override(language):
        return [translation.gettext(msgid) for msgid in msgids]


def english_on(page, allowed):
    """Latin words visible on the page, but for the allowed ones."""
    text = page.locator("body").inner_text()
    found = set(re.findall(r"[A-Za-z][A-Za-z'’]+", text))
    return sorted(word for word in found if word not in allowed and len(word) > 1)


def assert_no_english(page, allowed, where):
    found = english_on(page, allowed)
    assert found == [], f"{where}: {found}"


def jpeg(path):
    """A picture of its own: Wagtail offers to reuse an image uploaded before instead."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (64, 40), os.urandom(64 * 40 * 3)).resize((640, 400)).save(
        buffer, "JPEG"
    )
    path.write_bytes(buffer.getvalue())
    return path


def count_clicks(page):
    """Clicks and key presses the editor makes, counted in the page (see the note)."""
    page.add_init_script(
        "window.__clicks = Number(sessionStorage.getItem('clicks') || 0);"
        "addEventListener('click', () => sessionStorage.setItem('clicks', ++window.__clicks),"
        " true);"
    )


@pytest.mark.parametrize("language", ["he", "ar"])
def test_an_editor_publishes_a_project_with_renderings_flyer_and_meeting(
    browser, server, tmp_path, language
):
    server_url, env = server
    setup = SETUP.replace("{language}", language) % {"password": PASSWORD}
    index_id = manage(env, "shell", "-c", setup).strip().splitlines()[-1]
    run = os.getpid() % 10000  # a page of this run, should the server hold older ones
    texts = {**TEXTS[language]}
    texts["title"] = f"{texts['title']} {run}"
    texts["meeting"] = f"{texts['meeting']} {run}"
    allowed = ALLOWED_LATIN | {"he", "ar", "editor", "manager"}  # the users' sign-in names
    # The location map's credit, worded as the tile server's licence gives it (MAP_ATTRIBUTION).
    allowed |= {"OpenStreetMap", "contributors"}
    save_draft, submit, approve, confirm = words(
        language, "Save draft", "Submit for moderation", "Approve", "Confirm selection"
    )

    editor = sign_in(browser, server_url, f"{language}-editor", language)
    assert_no_english(editor, allowed, "dashboard")

    # Two renderings, uploaded in one action, each described once.
    files = [jpeg(tmp_path / f"playground-{n}.jpg") for n in (1, 2)]
    allowed |= {"playground"}
    editor.goto(f"{server_url}/admin/images/multiple/add/")
    assert_no_english(editor, allowed, "multiple image upload")
    editor.locator("input[type=file]").set_input_files([str(path) for path in files])
    forms = editor.locator("form:has([name$=description])")
    forms.nth(1).wait_for()
    actions = [form.get_attribute("action") for form in forms.all()]
    for action, description in zip(actions, texts["descriptions"], strict=True):
        form = editor.locator(f"form[action='{action}']")
        form.locator("[name$=description]").fill(description)
        with editor.expect_response(lambda response, action=action: response.url.endswith(action)):
            form.locator("[type=submit]").first.click()

    # The flyer.
    flyer = tmp_path / "flyer_meeting-north_final.pdf"
    flyer.write_bytes(pdf_bytes("Invitation", [("he", "הזמנה למפגש תושבים על התוכנית")]))
    allowed |= {"flyer", "meeting", "north", "final"}
    editor.goto(f"{server_url}/admin/documents/multiple/add/")
    assert_no_english(editor, allowed, "multiple document upload")
    editor.locator("input[type=file]").set_input_files(str(flyer))
    editor.locator("form[action*='/documents/multiple/']").first.wait_for()

    # The project.
    editor.goto(f"{server_url}/admin/pages/add/projects/projectpage/{index_id}/")
    assert_no_english(editor, allowed, "new project")
    editor.locator("#id_title").fill(texts["title"])
    editor.locator("#id_summary").fill(texts["summary"])
    editor.locator("[data-hub-filter-option] input").first.check()
    add_several = words(language, "Add several images")[0]
    editor.get_by_role("button", name=add_several).click()
    modal = editor.locator(".modal")
    modal.locator("input[type=checkbox][name=id]").nth(1).wait_for()
    assert_no_english(editor, allowed, "image chooser")
    for n in range(2):
        modal.locator("input[type=checkbox][name=id]").nth(n).check()
    modal.get_by_role("button", name=confirm).click()
    alt_texts = editor.locator("[data-contentpath='renderings'] input[id$='-alt_text']")
    alt_texts.nth(1).wait_for()
    assert sorted(alt_texts.nth(n).input_value() for n in range(2)) == sorted(
        texts["descriptions"]
    ), "each rendering's alternative text is its description"
    editor.get_by_role("button", name=save_draft).click()
    editor.wait_for_url("**/admin/pages/*/edit/")
    project_id = editor.url.rstrip("/").split("/")[-2]
    assert_no_english(editor, allowed, "project saved")

    # The meeting, its date typed as people type it.
    editor.goto(f"{server_url}/admin/pages/add/projects/meetingpage/{project_id}/")
    assert_no_english(editor, allowed, "new meeting")
    editor.locator("#id_title").fill(texts["meeting"])
    editor.locator("#id_kind").select_option(index=1)
    editor.locator("#id_start").fill("20/12/2026 19:00")
    editor.locator("#id_start").press("Tab")
    editor.locator("#id_end").fill("20/12/2026 21:00")
    editor.locator("#id_end").press("Tab")
    editor.locator("#id_place").fill(texts["place"])
    editor.locator("#id_flyer-chooser button:visible").first.click()
    editor.locator(".modal table a").first.click()
    editor.locator("[data-contentpath='flyer']").get_by_text("flyer meeting north").wait_for()
    editor.locator("#id_title").click()
    assert editor.locator("#id_start").input_value() == "20/12/2026 19:00"
    editor.get_by_role("button", name=save_draft).click()
    editor.wait_for_url("**/admin/pages/*/edit/")
    meeting_id = editor.url.rstrip("/").split("/")[-2]
    assert_no_english(editor, allowed, "meeting saved")

    # Submitted for approval, the project and then its meeting.
    for page_id in (project_id, meeting_id):
        editor.goto(f"{server_url}/admin/pages/{page_id}/edit/")
        editor.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
        editor.get_by_role("button", name=re.compile("^" + re.escape(submit))).click()
        editor.wait_for_load_state()
    assert_no_english(editor, allowed, "submitted")

    manager = sign_in(browser, server_url, f"{language}-manager", language)
    assert_no_english(manager, allowed, "manager's dashboard")
    for title in (texts["title"], texts["meeting"]):
        manager.goto(f"{server_url}/admin/")
        row = manager.locator("tr").filter(has_text=title)
        row.get_by_role("button").last.click()
        with manager.expect_response(lambda response: "/workflow/action/" in response.url):
            manager.get_by_role("button", name=approve, exact=True).click()
        manager.wait_for_load_state("networkidle")
    assert_no_english(manager, allowed, "approved")

    listing = urllib.request.urlopen(f"{server_url}/he/projects/").read().decode()
    assert texts["title"] in listing
    project_url = re.search(
        r'href="(/he/projects/[^"/]+/)"[^>]*>\s*' + re.escape(texts["title"]), listing
    )
    project_html = urllib.request.urlopen(server_url + project_url.group(1)).read().decode()
    for description in texts["descriptions"]:
        assert f'alt="{description}"' in project_html, "renderings live, described"
    meeting_url = re.search(
        r'href="(' + re.escape(project_url.group(1)) + r'[^"/]+/)"', project_html
    )
    meeting_html = urllib.request.urlopen(server_url + meeting_url.group(1)).read().decode()
    assert texts["meeting"] in meeting_html
    flyer_link = re.search(r'href="(/documents/[^"]+)"', meeting_html).group(1)
    assert urllib.request.urlopen(server_url + flyer_link).read().startswith(b"%PDF")
    calendar = (
        urllib.request.urlopen(server_url + meeting_url.group(1) + "calendar/").read().decode()
    )
    assert "DTSTART;TZID=Asia/Jerusalem:20261220T190000" in calendar
