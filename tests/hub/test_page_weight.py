"""Public pages load no JavaScript framework and stay light on a phone: every demo page, in
every language, downloads under 60 KB of HTML, CSS and JavaScript once compressed, all of it
the site's own files.

Counted are the page and the styles and scripts it links (<link rel=stylesheet>, <script src>,
wherever they stand, each file once). A file a script fetches later counts only when every page
load fetches it; Leaflet, which the map's script (hub/static/hub/js/map.js) fetches only when a
map comes near the screen, does not."""

import gzip

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests.demo_pages import LANGUAGES, PATHS

pytestmark = pytest.mark.django_db

COMPRESSED_BUDGET = 60_000  # bytes, HTML + CSS + JS, gzipped
BUDGET = {"html": 160_000, "css": 24_000, "js": 8_000}  # bytes before compression


def weight(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    page = BeautifulSoup(response.content, "html.parser")
    assets = [tag["src"] for tag in page.find_all("script", src=True)] + [
        tag["href"] for tag in page.find_all("link", rel="stylesheet")
    ]
    sizes = {
        "html": len(response.content),
        "css": 0,
        "js": 0,
        "gzip": len(gzip.compress(response.content)),
    }
    for asset in dict.fromkeys(assets):
        assert asset.startswith("/static/"), f"{url} loads {asset} from elsewhere"
        path = finders.find(asset.removeprefix("/static/"))
        assert path, f"{url} links {asset}, which is not there"
        with open(path, "rb") as file:
            content = file.read()
        kind = "js" if asset.endswith(".js") else "css"
        sizes[kind] += len(content)
        sizes["gzip"] += len(gzip.compress(content))
    return sizes


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS)
def test_page_downloads_under_60_kb_compressed(client, language, path):
    url = f"/{language}/{path}"
    sizes = weight(client, url)
    assert sizes["gzip"] < COMPRESSED_BUDGET, (url, sizes)
    for kind, limit in BUDGET.items():
        assert sizes[kind] <= limit, (url, kind, sizes[kind])
