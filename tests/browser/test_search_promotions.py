"""In the Hebrew admin, as a unit's manager would: promote one of the unit's projects for a
search term, with a page chooser that offers the unit's pages only, and see it first on the
search page."""

import json
import urllib.parse
import urllib.request

import pytest

from tests.browser.admin import PASSWORD, sign_in
from tests.servers import manage

pytestmark = pytest.mark.browser

TERM = "גינה קהילתית"
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from wagtail.models import Page
from hub.models import MunicipalUnit
from institutions.models import InstitutionEventPage
unit = MunicipalUnit.objects.get(code="engineering-coordination", locale__language_code="he")
user, _ = get_user_model().objects.get_or_create(username="promotions-manager")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(unit.managers_group)
theirs = InstitutionEventPage.objects.live().filter(
    unit__code="jaffa-administration", locale__language_code="he"
).order_by("path").first()
ours = Page.objects.get(locale__language_code="he", slug="shapira-community-garden")
print(json.dumps({{"ours": ours.title, "theirs": theirs.title}}))
"""


def chooser_titles(page, words):
    """The pages the open chooser finds for `words`."""
    with page.expect_response(lambda response: "/choose-page/search/" in response.url):
        page.locator(".modal input[name=q]").fill(words)
    page.wait_for_timeout(200)
    return page.locator(".modal a.choose-page").evaluate_all(
        "links => links.map(link => link.dataset.title)"
    )


def test_a_manager_promotes_a_project_of_their_unit(browser, server):
    server_url, env = server
    titles = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    page = sign_in(browser, server_url, "promotions-manager")

    page.goto(f"{server_url}/admin/searchpicks/add/")
    page.fill("input[name=query_string]", TERM)
    page.click("#id_editors_picks-ADD")
    page.locator("#inline_child_editors_picks-0 [data-chooser-action-choose]:visible").click()
    page.locator(".modal input[name=q]").wait_for()
    assert titles["theirs"] not in chooser_titles(page, titles["theirs"])
    assert titles["ours"] in chooser_titles(page, "שפירא")
    page.locator(".modal a.choose-page", has_text=titles["ours"]).first.click()
    page.fill("textarea[name=editors_picks-0-description]", "הגינה של השכונה")
    page.locator("#w-editor-form [type=submit]").first.click()
    page.wait_for_url(f"{server_url}/admin/searchpicks/")
    assert TERM in page.locator("main").inner_text()

    results = urllib.request.urlopen(f"{server_url}/he/search/?q={urllib.parse.quote(TERM)}").read()
    picks = results.decode().split('id="picks-heading"', 1)[1].split("</section>", 1)[0]
    assert titles["ours"] in picks and "הגינה של השכונה" in picks
