"""The open-data page: in every language, with the site's chrome and direction, saying what is
published, under which licence and limits, with links that answer."""

import pytest
from django.test import override_settings
from django.utils import translation

from hub.opendata import datasets
from tests.helpers import soup

pytestmark = pytest.mark.django_db

LANGUAGES = [("he", "rtl"), ("ar", "rtl"), ("en", "ltr")]


def rate_sentence(language, requests, period):
    with translation.override(language):
        return translation.gettext(
            "The API answers anonymous clients up to %(limit)s requests %(period)s from each "
            "address; beyond that it answers with status 429 and a Retry-After header."
        ) % {"limit": requests, "period": translation.gettext(period)}


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_the_page_renders_in_every_language(client, language, direction):
    page = soup(client.get(f"/{language}/open-data/"))
    assert page.html["lang"] == language
    assert page.html["dir"] == direction
    assert page.find("h1")
    main = page.find("main")
    text = main.get_text()
    assert "CC BY 4.0" in text
    assert rate_sentence(language, 60, "per minute") in " ".join(text.split())
    for dataset in datasets():
        section = main.find(id=f"dataset-{dataset.name}").parent
        for kind in ("csv", "json"):
            assert section.find("a", href=f"/{language}/open-data/{dataset.name}.{kind}")
        documented = {code.get_text() for code in section.find_all("code")}
        assert set(dataset.keys) <= documented
    hrefs = {link["href"] for link in main.find_all("a")}
    assert {"/api/v2/", "/api/v2/openapi.json", "/sitemap.xml"} <= hrefs
    assert {f"/{language}/feeds/city.rss", f"/{language}/feeds/city.atom"} <= hrefs
    assert "https://creativecommons.org/licenses/by/4.0/" in hrefs


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_its_links_answer(client, language, direction):
    main = soup(client.get(f"/{language}/open-data/")).find("main")
    checked = 0
    for link in main.find_all("a"):
        href = link["href"]
        if href.startswith("#"):
            assert main.find(id=href[1:]), href
            continue
        if not href.startswith("/"):
            continue
        response = client.get(href)
        assert response.status_code == 200, href
        checked += 1
    assert checked >= 2 * len(datasets())


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_the_footer_links_to_it(client, demo_page, language, direction):
    footer = soup(client.get(f"/{language}/")).find("footer")
    assert footer.find("a", href=f"/{language}/open-data/")


def test_only_reading(client):
    assert client.post("/en/open-data/").status_code == 405


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_it_states_the_rate_the_api_runs_with(client, language, direction):
    with override_settings(HUB_API_RATE="500/hour"):
        text = " ".join(soup(client.get(f"/{language}/open-data/")).find("main").get_text().split())
    assert rate_sentence(language, 500, "per hour") in text
