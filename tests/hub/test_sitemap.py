"""The sitemap of every language and robots.txt: only live, public pages, each once, with its
translations as alternates, in a fixed number of queries."""

import datetime
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest
from django.conf import settings
from wagtail.models import Page, PageViewRestriction

from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PROJECT = "projects/yehuda-hayamit-street-renewal"


def read_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    locations = []
    for url in root.findall("s:url", NS):
        location = url.find("s:loc", NS).text
        locations.append(location)
        entries[location] = {
            "lastmod": url.find("s:lastmod", NS).text,
            "alternates": [
                (link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)
            ],
        }
    assert len(locations) == len(set(locations)), "a page is listed twice"
    return entries


def public_pages():
    return Page.objects.live().public().filter(depth__gte=2).select_related("locale")


def test_every_live_public_page_of_every_language_is_listed_once(client):
    entries = read_sitemap(client)
    expected = {page.get_full_url(): page for page in public_pages()}
    assert set(entries) == set(expected)
    languages = {page.locale.language_code for page in expected.values()}
    assert languages == set(LANGUAGES)
    for location, page in expected.items():
        assert datetime.datetime.fromisoformat(entries[location]["lastmod"]) == (
            page.last_published_at
        )


def test_each_url_names_its_translations_and_the_hebrew_source_as_default(client):
    entries = read_sitemap(client)
    by_key = defaultdict(dict)
    for page in public_pages():
        by_key[page.translation_key][page.locale.language_code] = page.get_full_url()
    for page in public_pages():
        translations = by_key[page.translation_key]
        expected = [(code, translations[code]) for code in LANGUAGES if code in translations]
        expected.append(("x-default", translations["he"]))
        assert entries[page.get_full_url()]["alternates"] == expected


def test_drafts_private_and_unpublished_pages_are_left_out(client, demo_page):
    project = demo_page(PROJECT, "en")
    draft = project.copy(
        to=project.get_parent(), update_attrs={"slug": "draft-project"}, keep_live=False
    )
    assert not draft.live
    PageViewRestriction.objects.create(
        page=demo_page("institutions", "ar"), restriction_type=PageViewRestriction.LOGIN
    )
    unpublished = demo_page("business/business-licensing", "en")
    unpublished.unpublish()
    entries = read_sitemap(client)
    listed = set(entries) | {href for entry in entries.values() for _c, href in entry["alternates"]}

    assert draft.get_full_url() not in listed
    assert unpublished.get_full_url() not in listed
    assert demo_page("business/business-licensing", "he").get_full_url() in entries
    assert not [url for url in listed if "/ar/institutions/" in url]
    assert [url for url in entries if "/en/institutions/" in url]
    licensing = entries[demo_page("business/business-licensing", "he").get_full_url()]
    assert [code for code, _href in licensing["alternates"]] == ["he", "ar", "x-default"]


def test_only_canonical_page_urls_no_search_nor_filters(client):
    entries = read_sitemap(client)
    for location in entries:
        assert "?" not in location
        assert "/search/" not in location
        assert location.startswith("http") and location.endswith("/")


def test_the_sitemap_is_one_for_every_language_at_the_root(client):
    assert client.get("/he/sitemap.xml").status_code == 404
    assert client.get("/en/sitemap.xml").status_code == 404


@pytest.mark.parametrize("page", ["abc", "2", "99999999999999999999", "-1"])
def test_bad_sitemap_page_numbers_are_a_404(client, page):
    assert client.get(f"/sitemap.xml?p={page}").status_code == 404


def test_query_count_does_not_grow_with_the_number_of_pages(client, demo_page):
    before = count_queries(client, "/sitemap.xml")
    for language in LANGUAGES:
        source = demo_page(PROJECT, language)
        for number in range(5):
            source.copy(
                to=source.get_parent(),
                update_attrs={"slug": f"copy-{number}", "title": f"copy {number}"},
                keep_live=True,
            )
    assert len(read_sitemap(client)) == public_pages().count()
    assert count_queries(client, "/sitemap.xml") == before
    assert before <= 10


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for code in LANGUAGES:
        assert f"Disallow: /{code}/search/" in lines
    assert "Disallow: /*?" in lines
    sitemap = [line.split(": ", 1)[1] for line in lines if line.startswith("Sitemap: ")]
    assert len(sitemap) == 1
    assert sitemap[0].startswith(("http://", "https://"))
    assert sitemap[0].endswith("/sitemap.xml")
    home = Page.objects.get(depth=2, locale__language_code="he").get_full_url()
    assert sitemap[0] == home.removesuffix("/he/") + "/sitemap.xml"
    assert "Disallow: /" not in lines
