"""In the Hebrew admin, as a unit's editor and manager would: a translation of a live project
reaches /ar/ only when the unit's manager approves it."""

import urllib.error
import urllib.request

import pytest

from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

SLUG = "kfar-shalem-neighborhood-park"
SETUP = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from hub.models import MunicipalUnit
unit = MunicipalUnit.objects.get(code="engineering-coordination", locale__language_code="he")
for role, group in (("editor", unit.editors_group), ("manager", unit.managers_group)):
    user, _ = get_user_model().objects.get_or_create(username=f"translation-{{role}}")
    user.set_password("{PASSWORD}")
    user.save()
    user.groups.add(group)
arabic = Locale.objects.get(language_code="ar")
project = Page.objects.get(locale__language_code="he", slug="{SLUG}")
project.get_translation(arabic).delete()
Translation.objects.filter(source__object_id=project.translation_key, target_locale=arabic).delete()
print(project.pk)
"""


def status(url):
    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


def translate_every_text(page):
    """wagtail-localize's editor: each text's "Translate" (תרגום), typed, saved; then the other
    tab."""
    count = 0
    for tab in page.get_by_role("tab").all() or [None]:
        if tab is not None:
            tab.click()
        translate = page.get_by_role("button", name="תרגום", exact=True)
        while translate.count():
            translate.first.click()
            page.locator("textarea").fill(f"نص عربي {count}")
            with page.expect_response(lambda response: "/strings/" in response.url):
                page.get_by_role("button", name="שמירה", exact=True).click()
            count += 1
    return count


def test_a_translation_goes_live_when_the_manager_approves(browser, server):
    server_url, env = server
    project_id = manage(env, "shell", "-c", SETUP).strip().splitlines()[-1]
    arabic_url = f"{server_url}/ar/projects/{SLUG}/"
    assert status(arabic_url) == 404

    editor = sign_in(browser, server_url, "translation-editor")
    editor.goto(f"{server_url}/admin/localize/submit/page/{project_id}/")
    editor.get_by_label("العربية").check()
    editor.locator("main form [type=submit]").first.click()
    editor.wait_for_url("**/admin/pages/*/edit/")
    assert status(arabic_url) == 404, "requesting a translation publishes nothing"

    assert translate_every_text(editor) >= 5
    assert status(arabic_url) == 404, "translated texts are not live"
    editor.get_by_role("button", name="שליחה לאישור").click()
    editor.wait_for_load_state()
    assert "נשלח לאישור" in editor.locator(".messages").inner_text()
    assert status(arabic_url) == 404, "waiting for approval is not live"
    assert "نص عربي 0" not in urllib.request.urlopen(f"{server_url}/ar/projects/").read().decode()

    manager = sign_in(browser, server_url, "translation-manager")
    review = manager.locator("section, .w-panel").filter(has_text="نص عربي 0")
    review.get_by_role("button").last.click()
    manager.get_by_role("button", name="אישור", exact=True).click()
    manager.wait_for_load_state()
    for _ in range(50):
        if status(arabic_url) == 200:
            break
        manager.wait_for_timeout(100)
    resident = urllib.request.urlopen(arabic_url).read().decode()
    assert "نص عربي 0" in resident and 'dir="rtl"' in resident
    assert "نص عربي 0" in urllib.request.urlopen(f"{server_url}/ar/projects/").read().decode()
