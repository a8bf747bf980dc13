"""The design system: its pattern page in every language, the header every page shares (a menu
and a search that open without script), short breadcrumbs, and stylesheets that mirror."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.demo_pages import LANGUAGES

pytestmark = pytest.mark.django_db

STATIC = Path(__file__).resolve().parents[2] / "hub" / "static"
PHYSICAL = re.compile(
    r"(?<![\w-])(margin|padding|border)-(left|right)\b|(?<![\w-])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)"
)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "language,title",
    [
        ("he", "מערכת העיצוב של האתר"),
        ("ar", "نظام تصميم الموقع"),
        ("en", "The site's design system"),
    ],
)
def test_pattern_page_in_every_language(client, language, title):
    page = soup(client.get(f"/{language}/patterns/"))
    assert page.html["lang"] == language
    assert page.html["dir"] == LANGUAGES[language]
    assert page.h1.get_text(strip=True) == title
    sections = [section.h2.get_text(strip=True) for section in page.find_all("section", "pattern")]
    assert len(sections) >= 8
    # The components are shown with the real classes and the real number tag.
    assert page.select(".badge--open") and page.select(".badge--closed")
    assert page.select("table.table--reflow td[data-label]")
    assert page.select_one("a[href='tel:+97237241111'] bdi.num").get_text() == "03-724-1111"
    assert page.find("link", href="/static/hub/css/patterns.css")


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_menu_and_search_are_disclosures(client, language):
    page = soup(client.get(f"/{language}/projects/"))
    header = page.find("header", "site-header")
    menu = header.find("details", "site-menu")
    assert menu.summary.get_text(strip=True)
    assert len(menu.find("nav", "main-nav").find_all("a")) >= 5
    search = header.find("details", "site-search-fold")
    assert search.find("form", role="search").find("input", type="search")
    # Nothing in the header needs a script or an inline style to open.
    assert not header.find(attrs={"onclick": True}) and not header.find(attrs={"style": True})


@pytest.mark.parametrize(
    "language,home", [("he", "דף הבית"), ("ar", "الصفحة الرئيسية"), ("en", "Home")]
)
def test_breadcrumbs_start_with_a_short_home(client, language, home):
    page = soup(client.get(f"/{language}/projects/yehuda-hayamit-street-renewal/"))
    links = page.find("nav", "breadcrumbs").find_all("a")
    assert links[0].get_text(strip=True) == home
    assert links[-1]["href"] == f"/{language}/projects/"
    assert "breadcrumbs__parent" in links[-1].parent["class"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_phone_is_isolated(client, language):
    footer = soup(client.get(f"/{language}/")).find("footer")
    numbers = [bdi.get_text() for bdi in footer.select("a[href^='tel:'] bdi.num")]
    assert numbers == ["106", "03-724-1111"]
    assert footer.find("a", href="/" + language + "/patterns/")


def test_business_table_cells_keep_their_column_names(client):
    page = soup(client.get("/he/business/who-handles-what/"))
    cells = page.select("table.services-table tbody td")
    assert len(cells) >= 6
    assert all(cell.get("data-label") for cell in cells)


@pytest.mark.parametrize("path", sorted(STATIC.rglob("*.css")), ids=lambda path: path.name)
def test_stylesheets_use_logical_properties(path):
    source = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    assert not PHYSICAL.findall(source)
