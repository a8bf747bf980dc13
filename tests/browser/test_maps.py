"""Maps in a real Chromium: the static map without JavaScript, the interactive Leaflet map with
it (loaded only once the map comes near the screen), usable by keyboard without trapping focus,
no page-scroll hijacking on a phone, and no axe violations in the map. The machine has no
internet: tile requests are answered by the test with a PNG it draws."""

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PROJECT = "projects/yehuda-hayamit-street-renewal/"
TILES = re.compile(r"^https://tile\.openstreetmap\.org/\d+/\d+/\d+\.png$")
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()


def tile_png():
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (222, 230, 214)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def open_page(browser):
    contexts = []
    png = tile_png()

    def open_page(java_script=True, **options):
        context = browser.new_context(java_script_enabled=java_script, **options)
        contexts.append(context)
        page = context.new_page()
        page.tiles = []
        page.problems = []
        page.requested = []

        def serve_tile(route):
            page.tiles.append(route.request.url)
            route.fulfill(status=200, content_type="image/png", body=png)

        context.route(TILES, serve_tile)
        page.on("request", lambda request: page.requested.append(request.url))
        page.on("console", lambda msg: msg.type == "error" and page.problems.append(msg.text))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("requestfailed", lambda request: page.problems.append(f"failed: {request.url}"))
        return page

    yield open_page
    for context in contexts:
        context.close()


def leaflet_requests(page):
    return [url for url in page.requested if "/static/leaflet/" in url]


def test_without_javascript_the_static_map_shows(open_page, server_url):
    page = open_page(java_script=False)
    page.goto(f"{server_url}/he/{PROJECT}")
    still = page.locator("figure.map svg.map__static")
    still.scroll_into_view_if_needed()
    assert still.is_visible()
    assert still.get_attribute("role") == "img"
    expect(page.locator("figure.map").get_by_role("img")).to_have_accessible_name(
        re.compile("רחוב יהודה הימית, יפו")
    )
    page.wait_for_load_state("load")
    assert page.tiles and leaflet_requests(page) == []
    assert page.locator("figure.map .leaflet-container").count() == 0
    assert page.locator("figure.map a[href^='https://www.openstreetmap.org/?mlat=']").is_visible()
    assert page.problems == []


@pytest.mark.parametrize("language", ["he", "en"])
def test_with_javascript_leaflet_shows_a_marker_once_near(open_page, server_url, language):
    page = open_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server_url}/{language}/{PROJECT}")
    page.wait_for_load_state("load")
    if page.locator("figure.map").bounding_box()["y"] > 900 + 300:
        assert leaflet_requests(page) == [], "Leaflet is fetched before the map is near"
    page.locator("figure.map").scroll_into_view_if_needed()
    marker = page.locator("figure.map .leaflet-marker-icon")
    marker.wait_for()
    assert marker.count() == 1
    assert page.locator("figure.map svg.map__static").is_hidden()
    assert page.locator(".map__canvas img.leaflet-tile-loaded").count() > 0
    results = axe.run(page, context="figure.map", options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.problems == []


def test_pages_without_a_map_fetch_no_map_files(open_page, server_url):
    page = open_page()
    page.goto(f"{server_url}/en/units/")
    page.wait_for_load_state("load")
    assert not [url for url in page.requested if "leaflet" in url or "map." in url]


def test_listing_map_has_a_marker_per_place_with_a_link(open_page, server_url):
    page = open_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server_url}/en/projects/")
    figure = page.locator("figure.map")
    figure.scroll_into_view_if_needed()
    page.locator("figure.map .leaflet-marker-icon").first.wait_for()
    pins = page.locator("figure.map svg .map__pin").count()
    markers = page.locator("figure.map .leaflet-marker-icon")
    assert markers.count() == pins > 1
    markers.first.focus()
    page.keyboard.press("Enter")
    link = page.locator("figure.map .leaflet-popup-content a")
    link.wait_for()
    assert link.get_attribute("href").startswith("/en/projects/")
    results = axe.run(page, context="figure.map", options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.problems == []


def test_keyboard_moves_the_map_and_leaves_it(open_page, server_url):
    page = open_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server_url}/en/{PROJECT}")
    page.locator("figure.map").scroll_into_view_if_needed()
    page.locator("figure.map .leaflet-marker-icon").wait_for()
    page.locator("figure.map .map__canvas").focus()
    page.keyboard.press("+")
    page.locator(".map__canvas img.leaflet-tile[src*='/17/']").first.wait_for()
    inside = True
    for _ in range(8):
        page.keyboard.press("Tab")
        inside = page.evaluate("document.activeElement.closest('.map__canvas') !== null")
        if not inside:
            break
    assert not inside, "focus stays trapped in the map"


def test_on_a_phone_one_finger_scrolls_the_page(open_page, server_url):
    page = open_page(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page.goto(f"{server_url}/ar/{PROJECT}")
    page.locator("figure.map").scroll_into_view_if_needed()
    page.locator("figure.map .leaflet-marker-icon").wait_for()
    canvas = page.locator("figure.map .map__canvas")
    # Leaflet lets the browser pan the page over a map it does not drag itself.
    assert "leaflet-touch-drag" not in canvas.get_attribute("class")
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.map__canvas')).touchAction"
    ) in ("pan-x pan-y", "auto", "manipulation")
    assert page.locator("figure.map .map__hint").is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.problems == []
