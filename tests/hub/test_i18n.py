"""Every language renders with its own lang and dir, and the switcher reaches the same page."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.demo_pages import LANGUAGES, PATHS

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language,direction", LANGUAGES.items())
@pytest.mark.parametrize("path", PATHS)
def test_page_declares_language_and_direction(client, language, direction, path):
    html = soup(client.get(f"/{language}/{path}")).html
    assert html["lang"] == language
    assert html["dir"] == direction


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_links_to_live_translations(client, language):
    page = soup(client.get(f"/{language}/neighborhoods/jaffa/ajami/"))
    switcher = page.find("nav", class_="language-switcher")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert set(links) == set(LANGUAGES)
    for code, link in links.items():
        assert link["href"] == f"/{code}/neighborhoods/jaffa/ajami/"
        assert link["lang"] == code
        assert (link.get("aria-current") == "true") == (code == language)
    translations = page.find_all("link", rel="alternate", hreflang=True)
    alternates = {link["hreflang"]: link["href"] for link in translations}
    # Absolute, as search engines require of hreflang alternates.
    assert alternates == {
        code: f"http://testserver/{code}/neighborhoods/jaffa/ajami/" for code in LANGUAGES
    }


def test_switcher_falls_back_to_home_when_a_translation_is_not_live(client, demo_page):
    demo_page("neighborhoods/jaffa/ajami", "ar").unpublish()
    switcher = soup(client.get("/he/neighborhoods/jaffa/ajami/")).find(
        "nav", class_="language-switcher"
    )
    links = {a["hreflang"]: a["href"] for a in switcher.find_all("a")}
    assert links["ar"] == "/ar/"
    assert links["en"] == "/en/neighborhoods/jaffa/ajami/"


@pytest.mark.parametrize(
    "language,skip_text,title",
    [
        ("he", "דילוג לתוכן הראשי", "הצהרת נגישות"),
        ("ar", "تخطٍّ إلى المحتوى الرئيسي", "بيان الإتاحة"),
        ("en", "Skip to main content", "Accessibility statement"),
    ],
)
def test_interface_and_content_are_in_the_page_language(client, language, skip_text, title):
    page = soup(client.get(f"/{language}/accessibility/"))
    skip = page.find("a", class_="skip-link")
    assert skip.get_text(strip=True) == skip_text
    assert skip["href"] == "#main"
    assert page.find("main", id="main") is not None
    assert page.h1.get_text(strip=True) == title


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS)
def test_hotline_106_is_on_every_page(client, language, path):
    page = soup(client.get(f"/{language}/{path}"))
    assert page.select_one("header a[href='tel:106']") is not None
    assert page.select_one("footer a[href='tel:106']") is not None


def test_landmarks_and_single_h1(client):
    page = soup(client.get("/he/units/"))
    assert page.find("header") and page.find("footer") and page.find("main")
    assert len(page.find_all("h1")) == 1
    labels = [nav.get("aria-label") or nav.get("aria-labelledby") for nav in page.find_all("nav")]
    assert all(labels), labels
    assert len(labels) == len(set(labels)), "each navigation landmark needs its own name"


def test_unknown_page_is_a_translated_404(client):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.h1.get_text(strip=True) == "الصفحة غير موجودة"


def test_stylesheet_uses_logical_properties_only():
    from django.contrib.staticfiles import finders

    css = open(finders.find("hub/css/hub.css"), encoding="utf-8").read()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)|text-align:\s*(?:left|right)|float:\s*(?:left|right)"
        r"|\b(?:left|right)\s*:",
        css,
    )
    assert physical == []


@pytest.mark.parametrize("path", ["search/?q=%D7%92%D7%9F", "targets/", "open-data/"])
def test_the_language_switcher_of_the_hubs_own_views_keeps_the_address(client, path):
    """Search, the work plan and open data exist in every language at the same address: the
    switcher goes there, with the query, not to the other language's home page."""
    page = soup(client.get(f"/he/{path}"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a[hreflang]")}
    assert links == {code: f"/{code}/{path}" for code in ("he", "ar", "en")}
