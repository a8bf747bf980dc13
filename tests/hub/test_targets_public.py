"""The public transparency pages of the work plan and its open feed: every target with its
value, threshold, status, chart and table, the items behind it, in every language."""

import csv
import datetime
import gzip
import io
import json
from decimal import Decimal

import pytest
from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from hub.cache import content_version
from hub.models import MunicipalUnit
from hub.models.targets import Target, TargetSnapshot, Threshold
from hub.opendata import get_dataset
from hub.targets.metrics import Item, Measure, Metric, register_metric
from hub.targets.progress import Status
from projects.models import ProjectPage
from tests.helpers import count_queries, soup

pytestmark = pytest.mark.django_db

LANGUAGES = [("he", "rtl"), ("ar", "rtl"), ("en", "ltr")]
PAGES = []  # the source-language pages the test metric reports on, set by the fixture


@register_metric(
    "tests.public_fixed",
    "Fixed test metric",
    Metric.SHARE,
    gaps={
        "protocol": lambda count: (
            ngettext(
                "%(count)s project lacks a protocol", "%(count)s projects lack a protocol", count
            )
            % {"count": count}
        )
    },
)
def fixed_metric(scope):
    """Two of three projects count; the third lacks a protocol. Reads nothing."""
    items = [
        Item(title=page.title, done=index < 2, key=str(page.translation_key), page_id=page.pk)
        for index, page in enumerate(PAGES)
    ]
    items[-1].missing = ("protocol",)
    return Measure.share(items)


def unit(code, language):
    return MunicipalUnit.objects.get(code=code, locale__language_code=language)


def make_target(code, unit_code, *, metric="tests.public_fixed", **fields):
    """A target in Hebrew and its Arabic and English translations."""
    values = {
        "metric": metric,
        "threshold": Threshold.AT_LEAST_PERCENT,
        "low": Decimal(80),
        "period_start": datetime.date(2026, 1, 1),
        "period_end": datetime.date(2026, 12, 31),
        **fields,
    }
    source = Target.objects.create(
        code=code,
        unit=unit(unit_code, "he"),
        text=f"יעד {code}",
        locale=Locale.objects.get(language_code="he"),
        **values,
    )
    for language in ("ar", "en"):
        Target.objects.create(
            code=code,
            unit=unit(unit_code, language),
            text=f"{language} target {code}",
            locale=Locale.objects.get(language_code=language),
            translation_key=source.translation_key,
            **values,
        )
    return source


@pytest.fixture
def targets():
    PAGES[:] = list(
        ProjectPage.objects.live().filter(locale__language_code="he").order_by("pk")[:3]
    )
    assert len(PAGES) == 3
    shared = make_target("test-documents", "engineering-coordination", sort_order=1)
    reported = make_target(
        "test-hours",
        "community-centers",
        metric="hub.reported",
        threshold=Threshold.RANGE,
        low=Decimal(14),
        high=Decimal(16),
        sort_order=2,
    )
    for day, value in ((2, "40"), (9, "55.5"), (16, "66.7")):
        TargetSnapshot.objects.create(
            target_key=shared.translation_key,
            day=datetime.date(2026, 3, day),
            value=Decimal(value),
            status=Status.MISSED if day < 16 else Status.NEAR,
        )
    return shared, reported


def label(language, text):
    with translation.override(language):
        return str(translation.gettext(text))


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_the_city_page_shows_every_target(client, targets, language, direction):
    page = soup(client.get(f"/{language}/targets/"))
    assert page.html["lang"] == language and page.html["dir"] == direction
    assert page.find("link", href="/static/hub/css/targets.css")
    assert [h.name for h in page.find("main").find_all(["h1", "h2", "h3"])][0] == "h1"
    documents = page.find(id="target-test-documents")
    assert documents.find("h3").get_text() in {
        "יעד test-documents",
        f"{language} target test-documents",
    }
    badge = documents.find(class_="target-badge")
    assert badge.get_text() == label(language, "Near")
    numbers = {bdi.get_text() for bdi in documents.find_all("bdi", dir="ltr")}
    assert {"66.7%", "≥ 80%"} <= numbers
    hours = page.find(id="target-test-hours")
    assert "14–16" in {bdi.get_text() for bdi in hours.find_all("bdi", dir="ltr")}
    assert hours.find(class_="target-badge").get_text() == label(language, "Missed")
    engineering = unit("engineering-coordination", language)
    heading = page.find(id="unit-engineering-coordination")
    assert heading.name == "h2" and heading.get_text() == engineering.name
    assert heading.find("a")["href"] == f"/{language}/targets/engineering-coordination/"


def test_each_chart_has_an_accessible_name_and_the_table_its_numbers(client, targets):
    documents = soup(client.get("/en/targets/")).find(id="target-test-documents")
    chart = documents.find("svg", class_="target-bar")
    assert chart["role"] == "img" and chart["viewbox"] == "0 0 100 10"
    title = documents.find(id=chart["aria-labelledby"])
    assert title.name == "title"
    assert "66.7%" in title.get_text() and "≥ 80%" in title.get_text()
    bar = chart.find("rect", class_="target-bar__value")
    assert float(bar["width"]) == pytest.approx(66.7)
    assert float(chart.find("line", class_="target-bar__mark")["x1"]) == pytest.approx(80)
    table = documents.find("table", class_="target-table")
    assert table.find("caption").get_text()
    assert all(th["scope"] == "row" for th in table.find_all("th"))
    assert table.find("td", attrs={"data-value": True}).get_text() == "66.7%"
    assert table.find("td", attrs={"data-threshold": True}).get_text() == "≥ 80%"
    assert "2 of 3" in table.get_text()


def test_the_bar_grows_from_the_start_side_in_hebrew(client, targets):
    chart = soup(client.get("/he/targets/")).find(id="target-test-documents").find("svg")
    bar = chart.find("rect", class_="target-bar__value")
    assert float(bar["x"]) + float(bar["width"]) == pytest.approx(100)
    assert float(chart.find("line", class_="target-bar__mark")["x1"]) == pytest.approx(20)


@pytest.mark.parametrize("language", ["he", "en"])
def test_the_items_behind_the_value_link_to_their_public_pages(client, targets, language):
    documents = soup(client.get(f"/{language}/targets/")).find(id="target-test-documents")
    lacking = PAGES[-1]
    shown = lacking.get_translation_or_none(Locale.objects.get(language_code=language)) or lacking
    gap = documents.find(class_="target__gap")
    with translation.override(language):
        sentence = ngettext(
            "%(count)s project lacks a protocol", "%(count)s projects lack a protocol", 1
        ) % {"count": 1}
    assert sentence in gap.get_text()
    link = gap.find("a")
    assert link["href"] == shown.url and link.get_text() == shown.title
    folded = documents.find("details", class_="target__items")
    assert [li.get_text() for li in folded.find_all("li")] == [
        (page.get_translation_or_none(Locale.objects.get(language_code=language)) or page).title
        for page in PAGES[:2]
    ]


def test_the_history_is_drawn_with_its_table(client, targets):
    history = (
        soup(client.get("/en/targets/"))
        .find(id="target-test-documents")
        .find("details", class_="target-history")
    )
    chart = history.find("svg")
    assert chart["role"] == "img" and history.find(id=chart["aria-labelledby"]).name == "title"
    assert "from 40% to 66.7%" in history.find("title").get_text()
    assert len(chart.find_all("circle")) == 1
    assert len(chart.find("polyline")["points"].split()) == 3
    rows = history.find("tbody").find_all("tr")
    assert [row.find("td").get_text() for row in rows] == ["40%", "55.5%", "66.7%"]
    assert rows[0].find("th").get_text() == "02.03.2026"
    assert (
        soup(client.get("/en/targets/"))
        .find(id="target-test-hours")
        .find("svg", class_="target-history__chart")
        is None
    )


def test_the_unit_page_shows_the_unit_and_its_subunits(client, targets):
    page = soup(client.get("/ar/targets/community-youth-sport/"))
    assert page.html["dir"] == "rtl"
    assert unit("community-youth-sport", "ar").name in page.find("h1").get_text()
    assert page.find(id="target-test-hours")
    assert page.find(id="target-test-documents") is None
    page = soup(client.get("/he/targets/engineering-coordination/"))
    assert page.find(id="target-test-documents")
    assert page.find("nav", class_="breadcrumbs").find("a")["href"] == "/he/targets/"


@pytest.mark.parametrize("address", ["/he/targets/no-such-unit/", "/en/targets/UNKNOWN/"])
def test_an_unknown_unit_is_a_404_page(client, targets, address):
    response = client.get(address)
    assert response.status_code == 404
    assert soup_of(response).find("h1")


def soup_of(response):
    from bs4 import BeautifulSoup

    return BeautifulSoup(response.content, "html.parser")


def test_the_status_filter_narrows_the_targets(client, targets):
    page = soup(client.get("/en/targets/?status=missed"))
    assert page.find(id="target-test-hours")
    assert page.find(id="target-test-documents") is None
    assert (
        page.find("select", attrs={"name": "status"}).find("option", selected=True)["value"]
        == "missed"
    )
    page = soup(client.get("/en/targets/?status=met"))
    assert page.find(id="target-test-hours") is None
    assert {badge.get_text() for badge in page.select(".target .target-badge")} <= {"Met"}
    Target.objects.exclude(translation_key__in=[t.translation_key for t in targets]).delete()
    page = soup(client.get("/en/targets/?status=met"))
    assert page.find(class_="target") is None
    assert label("en", "No target matches these filters.") in page.find("main").get_text()


@pytest.mark.parametrize(
    "query,name",
    [
        ("status=excellent", "status"),
        ("neighborhood=atlantis", "neighborhood"),
        ("colour=red", "colour"),
    ],
)
def test_bad_filters_get_a_clear_message(client, targets, query, name):
    page = soup(client.get(f"/he/targets/?{query}"))
    notice = page.find("form", class_="filters").find(class_="notice")
    assert notice is not None and name in notice.get_text()
    assert page.find(id="target-test-documents")


def test_a_nul_byte_is_refused_with_a_message(client, targets):
    response = client.get("/he/targets/?status=%00")
    assert response.status_code == 400
    assert "NUL" in response.content.decode() or response.content


def json_feed(client, name, language="en"):
    response = client.get(f"/{language}/open-data/{name}.json")
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def test_the_json_feed_gives_every_target(client, targets):
    feed = json_feed(client, "targets")
    assert [field["id"] for field in feed["fields"]] == get_dataset("targets").keys
    rows = {row["code"]: row for row in feed["items"]}
    assert {"test-documents", "test-hours"} <= set(rows)
    documents = rows["test-documents"]
    assert documents["value"] == 66.7 and documents["status"] == "near"
    assert documents["low"] == 80 and documents["threshold"] == "at_least_percent"
    assert documents["period_start"] == "2026-01-01" and documents["period_end"] == "2026-12-31"
    assert documents["unit_code"] == "engineering-coordination"
    assert documents["translation_key"] == str(targets[0].translation_key)
    assert documents["url"].endswith("/en/targets/#target-test-documents")
    assert rows["test-hours"]["high"] == 16 and rows["test-hours"]["status"] == "missed"


def test_the_items_feed_names_each_item_by_stable_keys(client, targets):
    rows = [row for row in json_feed(client, "target_items", "ar")["items"]]
    documents = [row for row in rows if row["target_code"] == "test-documents"]
    assert [row["done"] for row in documents] == [True, True, False]
    assert documents[-1]["missing"] == ["protocol"]
    assert {row["page_translation_key"] for row in documents} == {
        str(page.translation_key) for page in PAGES
    }
    assert all(row["url"].startswith("http") for row in documents)


def test_the_csv_feed_parses_with_stable_keys(client, targets):
    response = client.get("/he/open-data/targets.csv?header=keys")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == get_dataset("targets").keys
    documents = next(row for row in rows if row["code"] == "test-documents")
    assert documents["value"] == "66.7" and documents["status"] == "near"
    assert documents["status_label"] == label("he", "Near")
    response = client.get("/he/open-data/target_items.csv?colour=red")
    assert response.status_code == 400


def test_the_open_data_page_documents_both_datasets(client, targets):
    page = soup(client.get("/en/open-data/"))
    for name in ("targets", "target_items"):
        section = page.find(id=f"dataset-{name}").parent
        documented = {code.get_text() for code in section.find_all("code")}
        assert set(get_dataset(name).keys) <= documented


def test_queries_do_not_grow_with_the_targets(client, targets):
    fewer = count_queries(client, "/he/targets/")
    for number in range(4):
        make_target(f"more-{number}", "digitel", per_item=number + 2)
    more = count_queries(client, "/he/targets/")
    assert more <= fewer + 2


def test_a_new_target_shows_at_once_despite_the_page_cache(client, targets):
    assert client.get("/en/targets/")["X-Hub-Cache"] == "miss"
    assert client.get("/en/targets/")["X-Hub-Cache"] == "hit"
    version = content_version()
    make_target("new-one", "digitel")
    assert content_version() != version
    page = soup(client.get("/en/targets/"))
    assert page.find(id="target-new-one")


def test_a_page_with_no_targets_says_so(client):
    Target.objects.all().delete()
    page = soup(client.get("/en/targets/"))
    assert (
        label("en", "No work-plan targets have been published yet.") in page.find("main").get_text()
    )


def test_the_stylesheets_stay_within_the_budget():
    sizes = [
        len(gzip.compress(open(finders.find(f"hub/css/{name}"), "rb").read()))
        for name in ("hub.css", "targets.css")
    ]  # noqa: SIM115
    assert sum(sizes) <= 8_000


def test_the_page_has_no_item_links_to_pages_that_are_not_live(client, targets):
    lacking = PAGES[-1]
    Page.objects.filter(translation_key=lacking.translation_key).update(live=False)
    gap = (
        soup(client.get("/he/targets/")).find(id="target-test-documents").find(class_="target__gap")
    )
    assert gap.find("a") is None


def test_a_year_of_daily_snapshots_is_shown_month_by_month(client, targets):
    hours = targets[1]
    day = datetime.date(2026, 1, 1)
    rows = []
    while day <= datetime.date(2026, 11, 20):
        rows.append(
            TargetSnapshot(
                target_key=hours.translation_key, day=day, value=Decimal(day.month), status="missed"
            )
        )
        day += datetime.timedelta(days=1)
    TargetSnapshot.objects.bulk_create(rows)
    history = (
        soup(client.get("/en/targets/"))
        .find(id="target-test-hours")
        .find("details", class_="target-history")
    )
    days = [row.find("th").get_text() for row in history.find("tbody").find_all("tr")]
    assert len(days) == 11
    assert days[0] == "31.01.2026" and days[-1] == "20.11.2026"
    assert len(history.find("polyline")["points"].split()) == 11


def test_the_pages_links_answer(client, targets):
    page = soup(client.get("/he/targets/"))
    main = page.find("main")
    hrefs = {link["href"] for link in main.find_all("a") if link["href"].startswith("/he/")}
    assert "/he/targets/engineering-coordination/" in hrefs
    assert {"/he/open-data/targets.csv", "/he/open-data/target_items.json"} <= hrefs
    for href in hrefs:
        assert client.get(href).status_code == 200, href


def test_a_unit_without_targets_says_so(client, targets):
    Target.objects.filter(unit__code="business-licensing").delete()
    page = soup(client.get("/en/targets/business-licensing/"))
    assert page.find(class_="target") is None
    text = page.find("main").get_text()
    assert label("en", "This unit has no work-plan targets yet.") in text


def test_a_target_not_translated_is_not_shown_in_that_language(client, targets):
    Target.objects.filter(code="test-hours", locale__language_code="ar").delete()
    assert soup(client.get("/ar/targets/")).find(id="target-test-hours") is None
    assert soup(client.get("/en/targets/")).find(id="target-test-hours")
