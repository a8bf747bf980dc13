"""The bare domain follows the resident: their earlier choice on the site (the language cookie),
else their browser's languages in order of preference, else Hebrew; and a switch of language
on the site is what records the choice."""

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def landing(client, **headers):
    response = client.get("/", **headers)
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize(
    "header,language",
    [
        ("ar", "ar"),
        ("ar-EG,ar;q=0.9,en;q=0.8", "ar"),
        ("ar-EG", "ar"),
        ("en-US,en;q=0.9", "en"),
        ("he-IL,he;q=0.9,en;q=0.8", "he"),
        ("fr-FR,fr;q=0.9,en;q=0.5,ar;q=0.7", "ar"),
        ("en;q=0.3,ar;q=0.8", "ar"),
        ("ar;q=0,en;q=0.2", "en"),
        ("fr-FR,de;q=0.5", "he"),
        ("*", "he"),
        ("", "he"),
        ("not a header;;;", "he"),
    ],
)
def test_the_browsers_languages_choose(client, header, language):
    assert landing(client, HTTP_ACCEPT_LANGUAGE=header) == f"/{language}/"


def test_no_header_lands_on_hebrew(client):
    assert landing(client) == "/he/"


def test_an_earlier_choice_wins_over_the_browser(client):
    client.cookies[COOKIE] = "en"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar-EG,ar;q=0.9") == "/en/"


def test_a_cookie_of_another_language_is_ignored(client):
    client.cookies[COOKIE] = "fr"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar") == "/ar/"


def test_the_redirect_varies_and_is_kept_by_no_shared_cache(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    vary = {part.strip().lower() for part in response["Vary"].split(",")}
    assert {"accept-language", "cookie"} <= vary
    assert "private" in response["Cache-Control"]


@override_settings(HUB_PAGE_CACHE_SECONDS=300)
def test_the_page_cache_does_not_answer_one_browser_for_another(client):
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar") == "/ar/"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="en") == "/en/"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="he") == "/he/"
    client.cookies[COOKIE] = "en"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar") == "/en/"


def switch(client, path, came_from):
    """A click on the language switcher: the translated page, asked from the page shown."""
    return client.get(path, HTTP_REFERER=f"http://testserver{came_from}")


def test_switching_language_on_the_site_is_remembered(client):
    page = "neighborhoods/jaffa/ajami/"
    response = switch(client, f"/ar/{page}", came_from=f"/he/{page}")
    assert response.status_code == 200
    cookie = response.cookies[COOKIE]
    assert cookie.value == "ar"
    assert int(cookie["max-age"]) >= 30 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"
    # The next visit to the bare domain, whatever the browser says, lands in Arabic.
    assert landing(client, HTTP_ACCEPT_LANGUAGE="he-IL,he") == "/ar/"
    # And switching back is remembered as well.
    response = switch(client, f"/he/{page}", came_from=f"/ar/{page}")
    assert response.cookies[COOKIE].value == "he"
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar") == "/he/"


@override_settings(HUB_PAGE_CACHE_SECONDS=300)
def test_a_switch_to_a_cached_page_is_remembered(client):
    client.get("/en/neighborhoods/")  # now in the page cache
    response = switch(client, "/en/neighborhoods/", came_from="/ar/neighborhoods/")
    assert response["X-Hub-Cache"] == "hit"
    assert response.cookies[COOKIE].value == "en"
    # The cached page itself was stored without the resident's cookie.
    assert COOKIE not in client.get("/en/neighborhoods/").cookies


@pytest.mark.parametrize(
    "referer",
    [
        None,  # typed or bookmarked
        "https://www.google.com/search?q=tel+aviv",  # from a search engine
        "http://elsewhere.example/ar/neighborhoods/",  # another site with the same layout
        "http://testserver/en/neighborhoods/",  # reading on in the same language
        "http://testserver/admin/",  # not a page in a language
    ],
)
def test_reading_a_page_chooses_nothing(client, referer):
    headers = {"HTTP_REFERER": referer} if referer else {}
    response = client.get("/en/neighborhoods/", **headers)
    assert response.status_code == 200
    assert COOKIE not in response.cookies
    assert landing(client, HTTP_ACCEPT_LANGUAGE="ar") == "/ar/"


def test_a_switch_already_remembered_sets_no_cookie_again(client):
    client.cookies[COOKIE] = "en"
    response = switch(client, "/en/neighborhoods/", came_from="/he/neighborhoods/")
    assert COOKIE not in response.cookies
