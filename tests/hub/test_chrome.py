"""The parts every page shares, read with nothing cached: the main menu shows what a resident
may open, the breadcrumbs follow the way down whichever routing served the page, and the
language links lead to the page's translations or else to the home pages."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from tests.helpers import soup

pytestmark = pytest.mark.django_db

# Served by Wagtail's routing, by the projects' own routing, and by an index's own route.
PATHS = [
    "neighborhoods/jaffa/ajami/",
    "projects/yehuda-hayamit-street-renewal/",
    "institutions/",
    "participation/",
]


def menu(client, url):
    cache.clear()
    nav = soup(client.get(url)).find("nav", class_="main-nav")
    return [a.get_text(strip=True) for a in nav.find_all("a")] if nav else []


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_menu_is_the_home_pages_children_a_resident_may_open(client, demo_page, language):
    home = Page.objects.get(depth=2, locale__language_code=language)
    shown = [child.title for child in home.get_children().live().public() if child.show_in_menus]
    assert menu(client, f"/{language}/participation/") == shown
    assert len(shown) >= 5
    section = demo_page("projects", language)
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="x1")
    assert menu(client, f"/{language}/participation/") == [
        title for title in shown if title != section.title
    ]


def test_a_private_home_page_shows_no_section_in_the_menu(client):
    """Its pages ask for a login; the views of the hub's own (here the pattern page) show no
    menu of sections a resident cannot open, nor another language's."""
    home = Page.objects.get(depth=2, locale__language_code="en")
    PageViewRestriction.objects.create(page=home, restriction_type="login")
    assert menu(client, "/he/patterns/"), "the other languages keep their menu"
    assert menu(client, "/en/patterns/") == []
    assert client.get("/en/participation/").status_code == 302


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@pytest.mark.parametrize("path", PATHS)
def test_the_breadcrumbs_follow_the_way_down(client, demo_page, language, path):
    page = demo_page(path, language)
    cache.clear()
    crumbs = soup(client.get(page.url)).find("nav", class_="breadcrumbs").find_all("a")
    ancestors = list(page.get_ancestors()[1:])
    assert [a["href"] for a in crumbs] == [ancestor.url for ancestor in ancestors]
    assert [a.get_text(strip=True) for a in crumbs[1:]] == [item.title for item in ancestors[1:]]


def test_language_links_prefer_the_pages_translation_to_the_home_page(client, demo_page):
    project = demo_page("projects/yehuda-hayamit-street-renewal", "he")
    demo_page("projects/yehuda-hayamit-street-renewal", "en").unpublish()
    cache.clear()
    switcher = soup(client.get(project.url)).find("nav", class_="language-switcher")
    links = {a["hreflang"]: a["href"] for a in switcher.find_all("a")}
    assert links == {
        "he": project.url,
        "ar": demo_page("projects/yehuda-hayamit-street-renewal", "ar").url,
        "en": "/en/",
    }
