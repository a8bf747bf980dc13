"""Every foundation page, in every language, on a desktop and on a 360 px phone: no axe-core
violations up to WCAG 2.2 AA, no console errors or failed requests, no sideways scrolling, and
a keyboard user reaches the main content through the skip link with a visible focus."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.demo_pages import LANGUAGES, PATHS

pytestmark = pytest.mark.browser

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()


@pytest.fixture(params=VIEWPORTS, scope="module")
def viewport(request):
    return request.param


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.problems = []
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(msg.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("requestfailed", lambda request: page.problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and page.problems.append(f"{response.status}: {response.url}")
        ),
    )
    yield page
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS)
def test_page_is_accessible_and_fits(page, viewport, server_url, language, path):
    page.goto(f"{server_url}/{language}/{path}")
    assert page.locator("html").get_attribute("dir") == LANGUAGES[language]
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.problems == []
    if viewport == "phone":
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow}px of sideways scrolling"


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_main_content_through_skip_link(page, server_url, language):
    page.goto(f"{server_url}/{language}/units/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "({cls: document.activeElement.className,"
        " outline: getComputedStyle(document.activeElement).outlineStyle,"
        " top: document.activeElement.getBoundingClientRect().top})"
    )
    assert focused["cls"] == "skip-link"
    assert focused["outline"] != "none", "focus must be visible"
    assert focused["top"] >= 0, "the focused skip link must be on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_every_control_shows_its_focus(page, server_url):
    page.goto(f"{server_url}/ar/")
    seen = 0
    for _ in range(25):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return {tag: document.activeElement.tagName, outline: s.outlineStyle, width: s.outlineWidth}; })()"
        )
        if style["tag"] == "BODY":
            break
        seen += 1
        assert style["outline"] != "none" and style["width"] != "0px", style
    assert seen >= 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_lands_on_the_same_page(page, server_url, language):
    page.goto(f"{server_url}/he/neighborhoods/jaffa/ajami/")
    page.locator(f"nav.language-switcher a[hreflang='{language}']").click()
    page.wait_for_load_state()
    assert page.url == f"{server_url}/{language}/neighborhoods/jaffa/ajami/"
    assert page.locator("html").get_attribute("lang") == language
