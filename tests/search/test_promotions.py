"""Promoted search results: a unit's managers promote their unit's pages, and only those; other
units' promotions of the same term stay as they are; residents see live, public promotions
first; superusers keep Wagtail's screens as they are."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from institutions.models import InstitutionEventPage
from search.promotions import CHOOSER_PERMISSION
from tests.helpers import soup


def said(msgid):
    """A message as the admin, in Hebrew by default, says it (escaped as in the page)."""
    with translation.override("he"):
        return escape(translation.gettext(msgid))


pytestmark = pytest.mark.django_db

OWN, OTHER = "engineering-coordination", "jaffa-administration"
PROJECT = "projects/shapira-community-garden"
TERM = "גינה"
INDEX = "/admin/searchpicks/"
ADD = "/admin/searchpicks/add/"
PREFIX = "editors_picks"


def user(username):
    return get_user_model().objects.get(username=username)


def login(client, username):
    client.force_login(user(username))
    return client


def other_units_page(language="he"):
    return (
        InstitutionEventPage.objects.live()
        .filter(unit__code=OTHER, locale__language_code=language)
        .order_by("path")
        .first()
    )


def add_data(query, *picks):
    """The add form, as the browser posts it, with `picks` ({field: value}) in this order."""
    data = {
        "query_string": query,
        f"{PREFIX}-TOTAL_FORMS": len(picks),
        f"{PREFIX}-INITIAL_FORMS": 0,
        f"{PREFIX}-MIN_NUM_FORMS": 0,
        f"{PREFIX}-MAX_NUM_FORMS": 1000,
    }
    for index, pick in enumerate(picks):
        fields = {"description": "", "ORDER": index + 1, **pick}
        data.update({f"{PREFIX}-{index}-{name}": value for name, value in fields.items()})
    return data


def promote(query, page, sort_order=0):
    return SearchPromotion.objects.create(
        query=Query.get(query), page=page, sort_order=sort_order, description=""
    )


def edit_url(query):
    return f"/admin/searchpicks/{Query.get(query).pk}/"


def edit_form(client, query):
    response = client.get(edit_url(query))
    assert response.status_code == 200
    return response, querydict_from_html(response.content.decode(), form_id="w-editor-form")


def picked(client, url):
    """The titles of the promoted results on a search page, in order."""
    section = soup(client.get(url)).find(id="picks-heading")
    return [] if section is None else [a.get_text() for a in section.parent.select("li > a")]


def test_manager_promotes_their_units_page_and_residents_see_it_first(client, demo_page):
    page, arabic = demo_page(PROJECT), demo_page(PROJECT, "ar")
    login(client, f"{OWN}-manager")
    assert client.get(ADD).status_code == 200
    response = client.post(
        ADD, add_data(TERM, {"page": page.pk, "description": "הגינה"}, {"page": arabic.pk})
    )
    assert response.status_code == 302
    promotions = Query.get(TERM).editors_picks.order_by("sort_order")
    assert [p.page_id for p in promotions] == [page.pk, arabic.pk]
    client.logout()
    assert picked(client, f"/he/search/?q={TERM}") == [page.title]
    found = soup(client.get(f"/he/search/?q={TERM}"))
    assert found.find(id="picks-heading").find_next("a")["href"] == page.url
    assert "הגינה" in found.find(id="picks-heading").parent.get_text()
    assert picked(client, f"/ar/search/?q={TERM}") == [arabic.title]


def test_a_manager_cannot_promote_another_units_page(client):
    login(client, f"{OWN}-manager")
    response = client.post(ADD, add_data(TERM, {"page": other_units_page().pk}))
    assert response.status_code == 200
    refusal = said("You can promote only your unit's pages. This page belongs to another unit.")
    assert refusal in response.content.decode()
    assert not SearchPromotion.objects.exists()


def test_a_manager_cannot_promote_a_link_to_another_site(client):
    login(client, f"{OWN}-manager")
    link = {"external_link_url": "https://example.com/", "external_link_text": "Example"}
    response = client.post(ADD, add_data(TERM, link))
    assert response.status_code == 200
    errors = [error.get_text() for error in soup(response).select(".error-message")]
    assert any(said("Only administrators promote links to other sites.") in e for e in errors), (
        errors
    )
    assert not SearchPromotion.objects.exists()


def test_another_units_promotions_are_out_of_reach(client, demo_page):
    theirs = promote("איפטאר", other_units_page())
    login(client, f"{OWN}-manager")
    assert "איפטאר" not in client.get(INDEX).content.decode()
    for url in (edit_url("איפטאר"), edit_url("איפטאר") + "delete/"):
        assert client.get(url, follow=True).status_code == 404, url
    client.post(edit_url("איפטאר"), add_data("איפטאר", {"page": demo_page(PROJECT).pk}))
    client.post(edit_url("איפטאר") + "delete/")
    assert SearchPromotion.objects.get(pk=theirs.pk).page_id == theirs.page_id
    login(client, f"{OTHER}-manager")
    assert "איפטאר" in client.get(INDEX).content.decode()


def test_a_shared_term_keeps_other_units_promotions_in_their_places(client, demo_page):
    page, arabic, theirs = demo_page(PROJECT), demo_page(PROJECT, "ar"), other_units_page()
    first = promote(TERM, theirs, 0)
    mine = promote(TERM, page, 1)
    last = promote(TERM, other_units_page("ar"), 2)
    login(client, f"{OWN}-manager")
    response, data = edit_form(client, TERM)
    assert theirs.title in soup(response).find(id="kept-heading").parent.get_text()
    assert data[f"{PREFIX}-TOTAL_FORMS"] == "1"
    data[f"{PREFIX}-TOTAL_FORMS"] = "3"
    data.update({f"{PREFIX}-1-page": arabic.pk, f"{PREFIX}-1-ORDER": "0"})
    data.update({f"{PREFIX}-1-description": "", f"{PREFIX}-2-description": ""})
    # A tampered form naming another unit's promotion, to delete it.
    data.update({f"{PREFIX}-2-id": first.pk, f"{PREFIX}-2-page": page.pk})
    data.update({f"{PREFIX}-2-DELETE": "1", f"{PREFIX}-2-ORDER": "3"})
    assert client.post(edit_url(TERM), data).status_code == 302
    orders = dict(Query.get(TERM).editors_picks.values_list("page_id", "sort_order"))
    assert orders[theirs.pk] == 0 and orders[last.page_id] == 2
    assert orders[arabic.pk] == 1 and orders[page.pk] == 3, orders
    assert SearchPromotion.objects.filter(pk=first.pk).exists()

    response = client.get(edit_url(TERM) + "delete/")
    question = said(
        "Are you sure you want to delete your unit's promoted results for this search term? "
        "Other units' promoted results stay."
    )
    assert question in response.content.decode()
    assert client.post(edit_url(TERM) + "delete/").status_code == 302
    left = Query.get(TERM).editors_picks.values_list("pk", flat=True)
    assert sorted(left) == sorted([first.pk, last.pk])
    assert not SearchPromotion.objects.filter(pk=mine.pk).exists()


def test_editors_have_no_promotions(client, demo_page):
    promote(TERM, demo_page(PROJECT))
    login(client, f"{OWN}-editor")
    assert reverse("wagtailsearchpromotions:index") not in client.get("/admin/").content.decode()
    for url in (INDEX, ADD, edit_url(TERM)):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home")), url
    assert client.get(edit_url(TERM) + "delete/", follow=True).status_code == 404
    client.post(ADD, add_data("פארק", {"page": demo_page(PROJECT).pk}))
    client.post(edit_url(TERM) + "delete/")
    assert not Query.get("פארק").editors_picks.exists()
    assert Query.get(TERM).editors_picks.exists()
    login(client, f"{OWN}-manager")
    assert reverse("wagtailsearchpromotions:index") in client.get("/admin/").content.decode()


def test_superusers_keep_every_promotion(client, demo_page):
    promote(TERM, other_units_page())
    promote(TERM, demo_page(PROJECT), 1)
    login(client, "admin")
    assert TERM in client.get(INDEX).content.decode()
    _response, data = edit_form(client, TERM)
    assert data[f"{PREFIX}-TOTAL_FORMS"] == "2"
    link = {"external_link_url": "https://example.com/", "external_link_text": "Example"}
    assert client.post(ADD, add_data("106", link)).status_code == 302
    assert Query.get("106").editors_picks.get().external_link_url == "https://example.com/"


@pytest.mark.parametrize(
    "query", ["גינה\x00", "א" * 300, "\u200f\u202e", ""], ids=["nul", "long", "controls", "empty"]
)
def test_bad_search_terms_are_refused_with_a_message(client, demo_page, query):
    login(client, f"{OWN}-manager")
    response = client.post(ADD, add_data(query, {"page": demo_page(PROJECT).pk}))
    assert response.status_code == 200
    assert soup(response).select(".error-message")
    assert not SearchPromotion.objects.exists()


def chooser_text(client, url, **params):
    """What the page chooser lists (its browse step answers in JSON, its search in HTML)."""
    response = client.get(url, params)
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def test_the_page_chooser_offers_the_units_pages(client, demo_page):
    login(client, f"{OWN}-manager")
    browse = reverse("wagtailadmin_choose_page_child", args=[demo_page("").pk])
    everything = chooser_text(client, browse)
    offered = chooser_text(client, browse, user_perms=CHOOSER_PERMISSION)
    assert demo_page("projects").title in offered
    assert demo_page("neighborhoods").title in everything
    assert demo_page("neighborhoods").title not in offered
    search = reverse("wagtailadmin_choose_page_search")
    theirs = other_units_page().title
    assert theirs in chooser_text(client, search, q=theirs)
    assert theirs not in chooser_text(client, search, q=theirs, user_perms=CHOOSER_PERMISSION)
    found = chooser_text(client, search, q="שפירא", user_perms=CHOOSER_PERMISSION)
    assert demo_page(PROJECT).title in found


def test_residents_never_see_promoted_drafts_or_private_pages(client, demo_page):
    page = demo_page(PROJECT)
    other = demo_page("projects/hatikva-community-center-upgrade")
    promote(TERM, page, 0)
    promote(TERM, other, 1)
    assert picked(client, f"/he/search/?q={TERM}") == [page.title, other.title]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    other.unpublish()
    assert picked(client, f"/he/search/?q={TERM}") == []
