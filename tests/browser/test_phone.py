"""The site on a resident's phone (360 px) and on a desktop (1280 px), in he/ar/en: the heading
is in the first screen, every control is big enough for a finger, numbers read in order in
right-to-left text, axe finds nothing up to WCAG 2.2 AA, and the main menu folds on phones and
opens from the keyboard, with or without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.demo_pages import LANGUAGES

pytestmark = pytest.mark.browser

HEIGHTS = {360: 740, 1280: 900}
PAGES = {
    "home": "",
    "project": "projects/yehuda-hayamit-street-renewal/",
    "institution": "institutions/jaffa-d-community-center/",
    "calendar": "events/",
    "search": "search/?q=106",
    "units": "units/",
}
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
TARGET = 44  # CSS px, WCAG 2.5.5 (AAA), the size the design system promises
axe = Axe()

# What a finger must hit, and how big it is. The interactive elements are a[href], button,
# input (but hidden ones), select, textarea, summary and anything in the Tab order through
# tabindex. Measured are those rendered (checkVisibility) and on the page (not parked off-screen
# like the skip link before it has focus). A checkbox or a radio button is measured by its label,
# which is what one taps. Exempt, as WCAG 2.5.8's "inline" exception, are links in running text:
# a link displayed `inline` whose parent is a p, td or dd, or whose parent element has text of
# its own around the link (a text node that is not only white space), as in
# "<li>Call <a>106</a> at any hour</li>".
SMALL_TARGETS = """(minimum) => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary,'
    + ' [tabindex]:not([tabindex^="-"])';
  const inRunningText = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const parent = el.parentElement;
    if (['P', 'TD', 'DD'].includes(parent.tagName)) return true;
    return [...parent.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
  };
  const target = (el) => {
    if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes(el.type)) {
      return el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el;
    }
    return el;
  };
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    if (inRunningText(el)) continue;
    const box = target(el).getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.bottom + scrollY <= 0 || box.right + scrollX <= 0) continue;
    if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
      const name = (el.innerText || el.getAttribute('aria-label') || el.name || '').trim();
      const where = el.parentElement.closest('[class]');
      small.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}`
        + ` "${name.slice(0, 30)}" in .${where ? where.classList[0] : 'body'}`
        + ` ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return small;
}"""

# Each visible .num (hub/templatetags/bidi.py) on one line, its first character left of its last.
NUMBERS_OUT_OF_ORDER = """() => {
  const charBox = (node, offset) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  };
  const wrong = [];
  for (const el of document.querySelectorAll('.num')) {
    if (!el.checkVisibility()) continue;
    const text = el.textContent.trim();
    // Chromium gives one rectangle per bidi fragment (a <time> inside the run makes three on
    // one line): the lines are the rectangles' distinct tops.
    const lines = new Set([...el.getClientRects()].map((box) => Math.round(box.top))).size;
    if (lines !== 1) { wrong.push(`"${text}" on ${lines} lines`); continue; }
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (node.data[i].trim()) chars.push([node, i]);
      }
    }
    if (chars.length < 2) continue;
    const first = charBox(...chars[0]);
    const last = charBox(...chars[chars.length - 1]);
    if (!(first.left < last.left)) wrong.push(`"${text}" reads right to left`);
  }
  return wrong;
}"""

# The characters of the first text in the footer that holds `number`, in the order they appear
# from left to right on the screen.
AS_SEEN = """(number) => {
  const footer = document.querySelector('footer');
  const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.data.indexOf(number);
    if (start < 0) continue;
    const chars = [];
    for (let i = start; i < start + number.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      chars.push([range.getBoundingClientRect().left, node.data[i]]);
    }
    return chars.sort((a, b) => a[0] - b[0]).map((c) => c[1]).join('');
  }
  return null;
}"""


@pytest.fixture
def open_page(browser, server_url):
    """open_page(width, language, path) → a page that answered 200; closed after the test."""
    contexts = []

    def opener(width, language, path, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": HEIGHTS[width]}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(f"{server_url}/{language}/{path}")
        assert response.status == 200, (response.status, path)
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_heading_is_in_the_first_screen_of_a_phone(open_page, language, name):
    page = open_page(360, language, PAGES[name])
    top = page.locator("h1").first.evaluate("h1 => h1.getBoundingClientRect().top")
    assert top < 200, f"the page's <h1> starts {top:.0f} px down a 360 px phone"


@pytest.mark.parametrize("width", HEIGHTS)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_is_big_enough_for_a_finger(open_page, width, language, name):
    page = open_page(width, language, PAGES[name])
    small = page.evaluate(SMALL_TARGETS, TARGET)
    assert small == [], f"{len(small)} targets under {TARGET}×{TARGET} px: " + "; ".join(small)


@pytest.mark.parametrize("width", HEIGHTS)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_stay_whole_and_in_order(open_page, width, language, name):
    page = open_page(width, language, PAGES[name])
    assert page.evaluate(NUMBERS_OUT_OF_ORDER) == []


@pytest.mark.parametrize("width", HEIGHTS)
def test_the_arabic_footer_phone_reads_left_to_right(open_page, width):
    page = open_page(width, "ar", "")
    assert page.evaluate(AS_SEEN, "03-724-1111") == "03-724-1111"


@pytest.mark.parametrize("width", HEIGHTS)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_up_to_wcag22_aa(open_page, width, language, name):
    page = open_page(width, language, PAGES[name])
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def menu_links(page):
    return page.locator("details.site-menu nav.main-nav a")


def tab_to(page, selector, presses=40):
    """Press Tab until `selector` has the focus; False if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_menu_opens_from_the_keyboard(open_page, language, javascript):
    page = open_page(360, language, "", javascript=javascript)
    links = menu_links(page)
    assert links.count() >= 3, "the header has no <details class=site-menu> with its links"
    assert not any(link.is_visible() for link in links.all()), "the menu is open on a phone"
    assert tab_to(page, "details.site-menu > summary"), "Tab never reaches the menu's summary"
    page.keyboard.press("Enter")
    assert all(link.is_visible() for link in links.all()), "Enter did not open the menu"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('details.site-menu nav.main-nav a')")
    for link in links.all()[1:]:
        page.keyboard.press("Tab")
        assert link.evaluate("a => a === document.activeElement"), link.inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_menu_is_open_without_a_click(open_page, language):
    page = open_page(1280, language, "")
    links = page.locator("nav.main-nav a")
    assert links.count() >= 3
    assert all(link.is_visible() for link in links.all())
