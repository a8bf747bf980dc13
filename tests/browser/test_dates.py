"""In the Hebrew admin, as a unit's editor would: a meeting's start typed the Israeli way stays as
typed when the field loses focus and is saved in Israel time; text that is no date stays too, and
saving says how to write one."""

import pytest

from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

MESSAGE = "Enter the date as day/month/year, e.g. 20/12/2026 19:00."
SETUP = f"""
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.users.models import UserProfile
from projects.models import MeetingPage
meeting = MeetingPage.objects.get(locale__language_code="he", slug="residents-meeting-phase-2")
user, _ = get_user_model().objects.get_or_create(username="dates-editor")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(meeting.unit.editors_group)
profile = UserProfile.get_for_user(user)
profile.preferred_language = "he"
profile.save()
print(meeting.pk)
with translation.override("he"):
    print(translation.gettext("{MESSAGE}"))
"""
STORED = """
from django.utils import timezone
from wagtail.models import Page
meeting = Page.objects.get(pk={pk}).get_latest_revision().as_object()
print(timezone.localtime(meeting.start).strftime("%Y-%m-%d %H:%M %Z"), timezone.get_current_timezone_name())
"""


def stored_start(env, meeting_id):
    """The start of the meeting's latest revision, in the site's time zone."""
    return manage(env, "shell", "-c", STORED.format(pk=meeting_id)).strip().splitlines()[-1]


def type_into(field, text):
    """As an editor types: focus, select what is there, type, then tab away."""
    field.click()
    field.press("ControlOrMeta+a")
    field.press_sequentially(text)
    field.press("Tab")


def test_a_typed_start_stays_as_typed_and_is_saved_in_israel_time(browser, server):
    server_url, env = server
    meeting_id, message = manage(env, "shell", "-c", SETUP).strip().splitlines()[-2:]
    page = sign_in(browser, server_url, "dates-editor")
    edit_url = f"{server_url}/admin/pages/{meeting_id}/edit/"
    page.goto(edit_url)
    assert page.locator("html").get_attribute("lang") == "he"
    start, end = page.locator("#id_start"), page.locator("#id_end")
    assert (
        "Asia/Jerusalem" in page.locator("#" + start.get_attribute("aria-describedby")).inner_text()
    )

    type_into(start, "20/12/2026 19:00")
    assert start.input_value() == "20/12/2026 19:00"
    type_into(end, "2026-12-20 21:00")
    assert end.input_value() == "2026-12-20 21:00", "ISO stays as typed too"
    with page.expect_navigation():
        page.get_by_role("button", name="שמירת טיוטה").click()
    assert page.locator("#id_start").input_value() == "20/12/2026 19:00"
    assert page.locator("#id_end").input_value() == "20/12/2026 21:00", "shown day/month/year"
    assert stored_start(env, meeting_id) == "2026-12-20 19:00 IST Asia/Jerusalem"

    start = page.locator("#id_start")
    type_into(start, "32/13/2026")
    assert start.input_value() == "32/13/2026", "never replaced by the current date"
    with page.expect_navigation():
        page.get_by_role("button", name="שמירת טיוטה").click()
    start = page.locator("#id_start")
    assert start.input_value() == "32/13/2026"
    assert message in page.locator("[data-field-errors]").filter(has_text=message).inner_text()
    assert stored_start(env, meeting_id) == "2026-12-20 19:00 IST Asia/Jerusalem", "nothing saved"
