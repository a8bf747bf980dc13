"""Public pages load no JavaScript framework and stay light: only the site's own small script
and style files, within a byte budget."""

import gzip

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

BUDGET = {"html": 60_000, "css": 20_000, "js": 4_000}  # bytes before compression


def weight(client, url):
    response = client.get(url)
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
    for asset in assets:
        assert asset.startswith("/static/"), asset
        path = finders.find(asset.removeprefix("/static/"))
        content = open(path, "rb").read()  # noqa: SIM115
        kind = "js" if asset.endswith(".js") else "css"
        sizes[kind] += len(content)
        sizes["gzip"] += len(gzip.compress(content))
    return sizes


@pytest.mark.parametrize(
    "url", ["/he/", "/he/projects/yehuda-hayamit-street-renewal/", "/ar/events/"]
)
def test_pages_stay_within_budget(client, url):
    sizes = weight(client, url)
    for kind, limit in BUDGET.items():
        assert sizes[kind] <= limit, (url, kind, sizes[kind])
