"""Search editors keep the groups of words residents use for the same thing, per language: the
listing shows each group as "a ⇄ b ⇄ c" and filters by language; the form refuses what would
make a group useless or join two groups unseen, says why, and saves nothing.

The refusals are read here in English (the logic); one test reads the Hebrew admin."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from demo.loader import load_data
from search.models import Synonym
from tests.helpers import sign_in, soup

pytestmark = pytest.mark.django_db

LIST = reverse("wagtailsnippets_search_synonym:list")
ADD = reverse("wagtailsnippets_search_synonym:add")


def locale(code):
    return Locale.objects.get(language_code=code)


def editor(client, language="en"):
    """The demo search editor, reading the admin in `language`."""
    return sign_in(client, "search-editor", language)


def errors(response):
    assert response.status_code == 200, response.status_code
    page = soup(response)
    return " ".join(error.get_text(" ", strip=True) for error in page.select(".error-message"))


def add(client, terms, language="he", note=""):
    return client.post(ADD, {"locale": locale(language).pk, "terms": terms, "note": note})


# The demo


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_demo_has_believable_groups_in_every_language(language):
    groups = Synonym.objects.filter(locale=locale(language))
    assert 10 <= groups.count() <= 20
    assert groups.count() == len(load_data("synonyms.json")[language])
    assert all(len(group.term_list()) >= 2 for group in groups)


def test_loading_the_demo_again_adds_nothing():
    from demo.synonyms import add_synonyms

    before = Synonym.objects.count()
    add_synonyms()
    assert Synonym.objects.count() == before


# The listing


def test_listing_shows_groups_as_their_terms(client):
    page = soup(editor(client).get(LIST))
    rows = [row.get_text(" ", strip=True) for row in page.select("tbody tr")]
    assert any('מתנ"ס ⇄ מרכז קהילתי' in row for row in rows), rows
    english = soup(client.get(LIST, {"locale": "en"})).select("tbody tr")
    assert "community center ⇄ community centre ⇄ matnas" in english[0].get_text(" ", strip=True)


def test_listing_filters_by_language(client):
    editor(client)
    arabic = soup(client.get(LIST, {"locale": "ar"})).get_text()
    assert "مركز جماهيري ⇄ مركز مجتمعي" in arabic
    assert "מתנ" not in arabic and "community" not in arabic
    assert "community centre" in soup(client.get(LIST, {"locale": "en"})).get_text()


def test_listing_search_reads_the_database(client):
    """The listing searches the rows themselves (a search backend would answer for content)."""
    editor(client)
    results = reverse("wagtailsnippets_search_synonym:list_results")
    text = soup(client.get(results, {"q": "קהילתי"})).get_text()
    assert "מרכז קהילתי" in text
    assert "קופת חולים" not in text


def test_menu_item_is_in_settings_for_search_editors_only(client):
    assert LIST in editor(client).get("/admin/").content.decode()
    client.force_login(get_user_model().objects.get(username="engineering-coordination-manager"))
    assert LIST not in client.get("/admin/").content.decode()


# The form


def test_a_group_is_saved_tidy(client):
    response = add(editor(client), "  שער  העיר \r\n\r\nשער עירוני  \n", note="מהבדיקה")
    assert response.status_code == 302
    group = Synonym.objects.get(note="מהבדיקה")
    assert group.terms == "שער העיר\nשער עירוני"
    assert group.locale == locale("he")


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("שער העיר", "at least two words"),
        ("שער העיר\n\n   \n", "at least two words"),
        ("שער העיר\n106", "“106” has no letters"),
        ("שער העיר\n- - -", "“- - -” has no letters"),
        ("שער העיר\n" + "א" * 101, "longer than 100 characters"),
        ("שער העיר\nשער\x00עירוני", "Line 2 holds a character that is not text"),
        ("שער העיר\nשער\x1bעירוני", "Line 2 holds a character that is not text"),
        ("שער\x0bהעיר\nשער עירוני", "Line 1 holds a character that is not text"),
        ("שער העיר\nשער עירוני\nשער העיר", "“שער העיר” is given twice"),
        ('ש"ע\nשער העיר\nשע', '“שע” and “ש"ע” are the same word for the search'),
        ("שער העיר\nקופת חולים", "“קופת חולים” is already in another group of this language"),
        ("שער העיר\nמרכז  קהילתי", "“מרכז קהילתי” is already in another group"),
    ],
)
def test_bad_groups_are_refused_and_nothing_is_saved(client, terms, message):
    before = Synonym.objects.count()
    response = add(editor(client), terms)
    assert message in errors(response)
    assert Synonym.objects.count() == before


def test_a_term_may_be_in_groups_of_different_languages(client):
    response = add(editor(client), "matnas\nمتنس", language="ar")
    assert response.status_code == 302


def test_a_group_is_edited_with_its_own_terms(client):
    """Its own terms are not "in another group"; a term added is checked against the others."""
    group = Synonym.objects.get(locale=locale("he"), terms__startswith="קופ")
    url = reverse("wagtailsnippets_search_synonym:edit", args=[group.pk])
    editor(client)
    data = {"locale": group.locale_id, "terms": group.terms + "\nקופה", "note": ""}
    assert client.post(url, data).status_code == 302
    group.refresh_from_db()
    assert group.term_list()[-1] == "קופה"
    data["terms"] = group.terms + "\nבית ספר"
    assert "already in another group" in errors(client.post(url, data))
    group.refresh_from_db()
    assert "בית ספר" not in group.term_list()


def test_every_refusal_is_listed_at_once(client):
    response = add(editor(client), "\n123\n")
    text = errors(response)
    assert "“123” has no letters" in text
    assert "at least two words" in text


# The editor's language


def test_hebrew_admin_speaks_hebrew(client):
    editor(client, "he")
    page = soup(client.get(LIST))
    headers = page.select_one("thead").get_text(" ", strip=True)
    assert "מילים וביטויים" in headers and "שפה" in headers
    menu = json.loads(page.select_one("#wagtail-sidebar-props").string)
    assert "מילים נרדפות לחיפוש" in json.dumps(menu, ensure_ascii=False)
    form = client.get(ADD).content.decode()
    assert "אחד בכל שורה" in form
    assert "לפחות שתי מילים" in errors(add(client, "שער העיר"))


def test_arabic_admin_refuses_in_arabic(client):
    editor(client, "ar")
    assert "في مجموعة أخرى بهذه اللغة" in errors(add(client, "مركز جماهيري\nقاعة", "ar"))


# Who edits them


def test_search_editors_group_holds_the_synonym_permissions_only():
    from search.synonym_admin import setup_search_editors

    group = setup_search_editors()
    assert setup_search_editors() == group
    held = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    assert held == {
        ("wagtailadmin", "access_admin"),
        ("search", "add_synonym"),
        ("search", "change_synonym"),
        ("search", "delete_synonym"),
        ("search", "view_synonym"),
    }
    assert get_user_model().objects.get(username="search-editor").groups.get() == group
