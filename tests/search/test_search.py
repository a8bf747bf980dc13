"""The search page: results in the page's language, ranked with title matches first, facets,
documents with the page they belong to, promotions and the editors' report, bad input, and the
database answering when Elasticsearch cannot."""

import io
import logging
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfWriter
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model

from search.documents import MAX_PAGES, read_pdf
from search.models import DocumentText, SearchTerm
from tests.helpers import count_queries, soup

pytestmark = pytest.mark.django_db


def results(response):
    page = soup(response)
    return [
        (item.h2.get_text(strip=True), item.select_one(".meta").get_text(" ", strip=True))
        for item in page.select("ul.results > li.result")
    ]


def count(response):
    """The number of results the page says it found."""
    status = soup(response).select_one("main p[role=status]").get_text()
    return int(re.search(r"\d+", status).group())


def titles(response):
    return [title for title, _meta in results(response)]


def test_results_are_in_the_page_language(client):
    hebrew = titles(client.get("/he/search/?q=גינה"))
    assert "גינה קהילתית בשכונת שפירא" in hebrew
    arabic = results(client.get("/ar/search/?q=حديقة"))
    assert "حديقة مجتمعية في حي شبيرا" in dict(arabic)
    # Documents have no language: a flyer in three languages is found by its Arabic text on
    # the Arabic page that links it, under its (Hebrew) title.
    pages = [title for title, meta in arabic if not meta.startswith("مستند")]
    assert pages and not any("גינה" in title for title in pages)
    english = titles(client.get("/en/search/?q=garden"))
    assert "Shapira community garden" in english


def test_title_matches_come_first(client):
    found = titles(client.get("/he/search/?q=גינה"))
    in_title = ["גינה" in title for title in found]
    assert all(in_title[:2]) and not in_title[-1]
    assert "גינה קהילתית בשכונת שפירא" in found


def test_result_shows_type_neighborhood_and_date(client):
    found = dict(results(client.get("/en/search/?q=Shapira community garden")))
    meta = found["Shapira community garden"]
    assert "Engineering project" in meta
    assert "Shapira" in meta and "Florentin" in meta
    assert "2026" in meta or "20" in meta


def test_facets_narrow_and_count(client):
    page = soup(client.get("/he/search/?q=מרכז"))
    types = {a.get_text(strip=True) for a in page.select(".facets ul")[0].select("a")}
    assert any(label.startswith("מוסדות") for label in types)
    everything = count(client.get("/he/search/?q=מרכז"))
    only = client.get("/he/search/?q=מרכז&type=institutions.institutionpage")
    assert 0 < count(only) < everything
    assert len({meta.split(" · ")[0] for _title, meta in results(only)}) == 1
    in_ajami = titles(client.get("/he/search/?q=מרכז&neighborhood=ajami"))
    assert "המרכז הקהילתי עג'מי" in in_ajami
    assert "המרכז הקהילתי התקווה" not in in_ajami
    by_unit = titles(client.get("/he/search/?q=מרכז&unit=community-centers"))
    assert by_unit and "המרכז הקהילתי עג'מי" in by_unit


def test_documents_are_found_by_their_text_with_their_page(client):
    found = dict(results(client.get("/en/search/?q=Residents chose where the beds go")))
    protocol = next(title for title in found if "פרוטוקול" in title)
    assert "Residents' meeting to plan the garden" in found[protocol]


def test_search_queries_do_not_grow_with_results(client, demo_page):
    """Result URLs come without a query each; only the results shown are completed."""
    url = "/en/search/?q=Shapira community garden"
    before = count_queries(client, url)
    garden = demo_page("projects/shapira-community-garden", "en")
    for number in range(30):
        garden.copy(
            update_attrs={
                "slug": f"garden-{number}",
                "title": f"Shapira community garden {number}",
            },
            keep_live=True,
        )
    page = soup(client.get(url))
    assert len(page.select("ul.results > li.result")) == 10
    assert all(a["href"].startswith("/en/") for a in page.select("ul.results h2 a"))
    assert count_queries(client, url) <= before


def test_units_are_found(client):
    assert "Community Centers Network" in titles(
        client.get("/en/search/?q=community centers network")
    )


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'מנכ"ל "',
        "“ ” „ ״ ׳ ' `",
        "x" * 10_000,
        "שכונה " * 2000,
        "\t\n[31m",  # control characters other than these are refused before search (hub.errors)
        "\u202e\u200fשכונה\u202c",
        "!!! ??? ...",
        "*:()[]{}^~-+&|",
        "NEAR(a b) OR NOT AND",
        "%' OR 1=1 --",
    ],
)
def test_bad_queries_never_fail(client, query):
    response = client.get("/he/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "גינה", "type": "bogus"},
        {"q": "גינה", "neighborhood": "atlantis"},
        {"q": "גינה", "unit": "<script>"},
        {"q": "גינה", "page": "999"},
        {"q": "גינה", "page": "-1"},
        {"q": "גינה", "page": "abc"},
    ],
)
def test_bad_parameters_never_fail(client, params):
    page = soup(client.get("/ar/search/", params))
    if set(params) & {"type", "neighborhood", "unit"}:
        assert "غير معروفة" in page.find(class_="notice").get_text()


def test_only_punctuation_asks_for_a_word(client):
    page = soup(client.get("/en/search/?q=%22%27!"))
    assert "Type a word" in page.get_text()
    assert not SearchTerm.objects.exists()


def test_search_page_is_not_indexed_and_in_the_right_direction(client):
    page = soup(client.get("/ar/search/?q=مركز"))
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.html["dir"] == "rtl"


def test_suggestions_as_json_and_as_links(client):
    data = client.get("/en/search/suggest/?format=json&q=Shap").json()
    assert any(item["title"].startswith("Shapira") for item in data["suggestions"])
    page = soup(client.get("/en/search/suggest/?q=Shap"))
    assert any(a.get_text().startswith("Shapira") for a in page.select("main li a"))
    assert client.get("/en/search/suggest/?format=json&q=%22").json() == {"suggestions": []}


def test_suggestions_match_at_word_starts_only(client):
    def suggested(query):
        data = client.get("/he/search/suggest/", {"format": "json", "q": query}).json()
        return [item["title"] for item in data["suggestions"]]

    # "מועדון הנוער נווה שרת" has ועד inside a word, not at its start.
    assert suggested("מועד") == ["מועדון הנוער נווה שרת"]
    assert "מועדון הנוער נווה שרת" not in suggested("ועד")
    # A word starts after the article: מרכ finds "המרכז הקהילתי …".
    assert any(title.startswith("המרכז הקהילתי") for title in suggested("מרכ"))
    assert any(title.startswith("המרכז הקהילתי") for title in suggested("מרכז הקה"))


def test_a_zero_result_page_leads_somewhere(client):
    page = soup(client.get("/he/search/", {"q": "פרוטוקולל"}))
    main = page.select_one("main")
    did_you_mean = main.select_one(".zero-results a[href^='?q=']")
    assert did_you_mean.get_text() == "פרוטוקול"
    assert main.select_one("a[href='tel:106']")
    assert not main.select(".facets")  # no empty "narrow the results"
    corrected = soup(client.get("/he/search/" + did_you_mean["href"]))
    assert corrected.select("ul.results > li.result")


def test_a_filtered_zero_result_offers_the_search_without_filters(client):
    page = soup(client.get("/he/search/", {"q": "גינה", "type": "institutions.institutionpage"}))
    again = page.select_one(".zero-results a[href='?q=%D7%92%D7%99%D7%A0%D7%94']")
    assert again is not None
    # גינה is a word the index knows: nothing to correct.
    assert "?q=" not in " ".join(
        a["href"] for a in page.select(".zero-results p:not(:first-child) a")
    )


def test_a_query_in_another_script_links_to_that_languages_search(client):
    page = soup(client.get("/he/search/", {"q": "حديقة"}))
    link = page.select_one("main p[lang=ar] a")
    assert link["href"] == "/ar/search/?q=%D8%AD%D8%AF%D9%8A%D9%82%D8%A9"
    assert page.select_one("main p[lang=ar]")["dir"] == "rtl"
    assert "حديقة" in link.get_text()
    same_script = soup(client.get("/he/search/", {"q": "גינה"}))
    assert not same_script.select("main p[lang=ar], main p[lang=en]")
    english = soup(client.get("/ar/search/", {"q": "garden"})).select_one("main p[lang=en]")
    assert english["dir"] == "ltr" and "English" in english.get_text()


def test_promoted_result_comes_first(client, demo_page):
    page = demo_page("units", "he")
    query = Query.get("ארנונה")
    SearchPromotion.objects.create(query=query, page=page, sort_order=0, description="כל אנשי הקשר")
    found = soup(client.get("/he/search/?q=ארנונה"))
    assert found.find(id="picks-heading")
    assert page.title in found.find(id="picks-heading").parent.get_text()


def test_queries_and_zero_results_are_reported_to_editors(client):
    client.get("/he/search/?q=גינה")
    client.get("/he/search/?q=גינה")
    client.get("/he/search/?q=קקקקקק")
    assert SearchTerm.objects.get(query="גינה").searches == 2
    assert SearchTerm.objects.get(query="קקקקקק").zero_results == 1
    client.force_login(get_user_model().objects.get(username="admin"))
    report = client.get(reverse("search_terms_report"))
    assert report.status_code == 200
    assert "קקקקקק" in report.content.decode()
    client.logout()
    assert client.get(reverse("search_terms_report")).status_code == 302


# Document text


def pdf_bytes(pages=1, encrypt=False):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(name, content):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return DocumentText.objects.get(document=document)


def test_broken_pdf_is_recorded_as_unreadable(caplog):
    with caplog.at_level(logging.WARNING):
        record = upload("broken.pdf", b"%PDF-1.7 this is not really a PDF")
    assert record.status == DocumentText.Status.UNREADABLE
    assert upload("locked.pdf", pdf_bytes(encrypt=True)).status == DocumentText.Status.ENCRYPTED


def test_pdf_without_text_and_non_pdf():
    assert upload("scan.pdf", pdf_bytes()).status == DocumentText.Status.EMPTY
    assert upload("table.xlsx", b"PK\x03\x04").status == DocumentText.Status.UNSUPPORTED


def test_long_pdf_is_read_only_so_far():
    _status, _text, pages = read_pdf(io.BytesIO(pdf_bytes(pages=MAX_PAGES + 20)))
    assert pages == MAX_PAGES


def test_demo_protocols_were_read_once(demo_page):
    record = DocumentText.objects.filter(status=DocumentText.Status.READ).first()
    assert record is not None and "פרוטוקול" in record.text or "מינשר" in record.text
    before = record.extracted_at
    record.document.save()
    record.refresh_from_db()
    assert record.extracted_at == before


# Elasticsearch down


ELASTICSEARCH_DOWN = override_settings(
    WAGTAILSEARCH_BACKENDS={
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "INDEX_PREFIX": "hub_test_",
        },
        "hub": {"BACKEND": "search.backend"},
    },
    HUB_SEARCH_FALLBACK="hub",
)


@ELASTICSEARCH_DOWN
def test_database_answers_when_elasticsearch_is_down(client, caplog):
    with caplog.at_level(logging.WARNING, logger="search.breaker"):
        found = titles(client.get("/he/search/?q=גינה"))
    assert "גינה קהילתית בשכונת שפירא" in found
    assert any("database index" in record.getMessage() for record in caplog.records)


@ELASTICSEARCH_DOWN
def test_database_suggests_when_elasticsearch_is_down(client, caplog):
    with caplog.at_level(logging.WARNING, logger="search.breaker"):
        data = client.get("/en/search/suggest/?format=json&q=Shap").json()
    assert any(item["title"].startswith("Shapira") for item in data["suggestions"])
    assert any("database index" in record.getMessage() for record in caplog.records)
