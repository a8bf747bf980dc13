"""The work plan moves with the content: an engineering editor, in the Hebrew admin, sees on the
dashboard that two projects lack a protocol, follows the link to one of them, attaches its
protocol and submits; the unit's manager approves; and the public transparency page's number
moves from 0% to 50%."""

import re
import urllib.request

import pytest
from django.utils import translation

from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

# Two projects of a unit of their own, each showing everything the work plan asks but a
# protocol; the unit's target: all its projects transparent.
SETUP = """
import datetime
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from demo.media import pdf_bytes
from hub.models import MunicipalUnit, Target
from hub.permissions import setup_unit, unit_collection
from projects.models import MeetingPage, ProjectIndexPage, ProjectPage

he = Locale.objects.get(language_code="he")
unit, _ = MunicipalUnit.objects.get_or_create(
    code="flow-engineering", locale=he, defaults={"name": "מחלקת תיאום הנדסי – בדיקה"}
)
index = ProjectIndexPage.objects.get(locale=he)
collection = unit_collection(unit)
documents = get_document_model()
flyer = documents.objects.create(
    title="פלאייר הפרויקט", collection=collection,
    file=ContentFile(pdf_bytes("Flyer", [("he", "פלאייר")]), name="flyer.pdf"),
)
documents.objects.create(
    title="פרוטוקול מפגש התושבים", collection=collection,
    file=ContentFile(pdf_bytes("Protocol", [("he", "פרוטוקול")]), name="protocol.pdf"),
)
image = get_image_model().objects.first()
held = timezone.now() - datetime.timedelta(days=20)
for n in (1, 2):
    if ProjectPage.objects.filter(slug=f"flow-square-{n}").exists():
        continue  # the server's database outlived an earlier run
    project = index.add_child(instance=ProjectPage(
        title=f"שיפוץ כיכר הבדיקה {n}", slug=f"flow-square-{n}", unit=unit,
        summary="כיכר מחודשת.", status="in_execution",
        renderings=[("rendering", {"image": image, "alt_text": "הדמיה של הכיכר"})],
        documents=[("document", {"document": flyer, "title": "פלאייר", "kind": "flyer",
                                 "language": "he"})],
    ))
    project.add_child(instance=MeetingPage(
        title=f"מפגש תושבים {n}", slug="meeting", unit=unit, kind="informing",
        start=held, end=held + datetime.timedelta(hours=2), place="מתנ״ס",
        invitation="<p>הזמנה</p>",
    ))
setup_unit(unit)
unit.refresh_from_db()
for role, group in (("editor", unit.editors_group), ("manager", unit.managers_group)):
    user, _ = get_user_model().objects.get_or_create(username=f"flow-{role}")
    user.set_password("%(password)s")
    user.save()
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "he"
    profile.save()
Target.objects.update_or_create(
    code="flow-transparency", locale=he,
    defaults=dict(
        unit=unit, text="מידע שקוף על כל פרויקט מתואם", metric="projects.transparency",
        threshold="at_least_percent", low=100,
        period_start=datetime.date(timezone.localdate().year, 1, 1),
        period_end=datetime.date(timezone.localdate().year, 12, 31), sort_order=0,
    ),
)
print("ok")
"""


def gettext_he(singular, plural, count):
    with translation.override("he"):
        return translation.ngettext(singular, plural, count) % {"count": count}


def public_value(server_url):
    """The flow target's value on the public page: the number in its row."""
    html = urllib.request.urlopen(f"{server_url}/he/targets/").read().decode()
    start = html.index("מידע שקוף על כל פרויקט מתואם")
    return re.search(r"(\d+(?:\.\d+)?)%", html[start:]).group(1)


def test_an_editor_attaches_a_missing_protocol_and_the_public_number_moves(browser, server):
    server_url, env = server
    assert manage(env, "shell", "-c", SETUP % {"password": PASSWORD}).strip().endswith("ok")
    assert public_value(server_url) == "0"

    editor = sign_in(browser, server_url, "flow-editor", "he")
    lack = gettext_he("%(count)s project lacks a protocol", "%(count)s projects lack a protocol", 2)
    editor.get_by_text(lack).first.click()  # the sentence unfolds the projects it counts
    editor.get_by_role("link", name="שיפוץ כיכר הבדיקה 1").first.click()
    editor.wait_for_url("**/admin/pages/*/edit/")

    with translation.override("he"):
        submit = translation.gettext("Submit for moderation")
        approve = translation.gettext("Approve")
    documents = editor.locator("[data-contentpath='documents']")
    documents.locator(".c-sf-add-button").last.click()  # a document after the flyer
    documents.locator(".chooser__choose-button:visible").last.click()
    editor.locator(".modal table a").filter(has_text="פרוטוקול מפגש התושבים").first.click()
    documents.locator("select[id$='-kind']").last.select_option("protocol")
    editor.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    editor.get_by_role("button", name=re.compile("^" + re.escape(submit))).click()
    editor.wait_for_load_state()
    assert public_value(server_url) == "0", "not live before the manager approves"

    manager = sign_in(browser, server_url, "flow-manager", "he")
    row = manager.locator("tr").filter(has_text="שיפוץ כיכר הבדיקה 1")
    row.get_by_role("button").last.click()
    with manager.expect_response(lambda response: "/workflow/action/" in response.url):
        manager.get_by_role("button", name=approve, exact=True).click()
    manager.wait_for_load_state("networkidle")

    assert public_value(server_url) == "50"
    manager.goto(f"{server_url}/admin/")
    one = gettext_he("%(count)s project lacks a protocol", "%(count)s projects lack a protocol", 1)
    manager.get_by_text(one).first.wait_for()
