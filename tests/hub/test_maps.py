"""Maps: the static map drawn around a place (tiles and pin where Web Mercator puts them), the
place in words, the Content-Security-Policy naming exactly the tile host, no map without
coordinates, and a listing's map costing no query per listed place."""

import json
import math

import pytest
from django.core.cache import cache
from django.test import override_settings

from hub.maps import tile_hosts
from projects.models import ProjectPage
from tests.helpers import count_queries, soup

pytestmark = pytest.mark.django_db

YEHUDA = "projects/yehuda-hayamit-street-renewal"
OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OTHER = "https://maps.example.org:8443/styles/basic/{z}/{x}/{y}.png?key=public"


def osm_tile(latitude, longitude, zoom):
    """The tile holding a point, by the OpenStreetMap wiki's formula."""
    n = 2**zoom
    x = int((longitude + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(latitude))) / math.pi) / 2.0 * n)
    return x, y


def map_of(response):
    return soup(response).find("figure", class_="map")


def test_place_map_draws_the_tiles_and_pin_around_the_point(client, demo_page):
    project = demo_page(YEHUDA)
    latitude, longitude = float(project.latitude), float(project.longitude)
    figure = map_of(client.get(f"/he/{YEHUDA}/"))
    x, y = osm_tile(latitude, longitude, 16)
    hrefs = [image["href"] for image in figure.svg.find_all("image")]
    assert f"https://tile.openstreetmap.org/16/{x}/{y}.png" in hrefs
    assert all(href.startswith("https://tile.openstreetmap.org/16/") for href in hrefs)
    # The point's own tile sits where the point's pixel within it says: the pin is at the
    # centre of the 640 × 320 picture.
    scale = 256 * 2**16
    pixel_x = (longitude + 180) / 360 * scale
    own = figure.svg.find("image", href=f"https://tile.openstreetmap.org/16/{x}/{y}.png")
    assert float(own["x"]) == pytest.approx(320 - (pixel_x - x * 256), abs=0.1)
    assert figure.svg.find("g", class_="map__pin")["transform"] == "translate(320 160)"
    assert figure.svg["role"] == "img"
    assert project.address in figure.svg.title.string
    assert not figure.select("[style]")


def test_place_map_names_the_place_and_links_to_openstreetmap(client, demo_page):
    project = demo_page(YEHUDA, "ar")
    figure = map_of(client.get(f"/ar/{YEHUDA}/"))
    assert figure.find(class_="map__place").get_text(strip=True) == project.address
    assert project.address in figure.svg.title.string
    link = figure.find(
        "a", href=lambda href: href and href.startswith("https://www.openstreetmap.org/")
    )
    assert "OpenStreetMap" in link.get_text()
    assert f"mlat={float(project.latitude):.6f}".rstrip("0") in link["href"]
    assert "," not in figure["data-lat"] + figure["data-lng"]
    assert "OpenStreetMap" in figure.find(class_="map__attribution").get_text()


@pytest.mark.parametrize(
    "url, hosts",
    [
        (OSM, ["https://tile.openstreetmap.org"]),
        (OTHER, ["https://maps.example.org:8443"]),
        (
            "https://{s}.tiles.example.net/{z}/{x}/{y}.png",
            [f"https://{letter}.tiles.example.net" for letter in "abc"],
        ),
        ("", []),
    ],
)
def test_policy_lets_images_come_from_exactly_the_tile_host(client, url, hosts):
    assert tile_hosts(url) == hosts
    with override_settings(MAP_TILE_URL=url):
        response = client.get(f"/he/{YEHUDA}/")
    directives = dict(
        (part.split()[0], part.split()[1:])
        for part in response["Content-Security-Policy"].split("; ")
    )
    assert directives["img-src"] == ["'self'", "data:", *hosts]
    assert directives["default-src"] == ["'self'"]
    figure = map_of(response)
    if url:
        assert figure["data-tiles"] == url
        for image in figure.svg.find_all("image"):
            assert any(image["href"].startswith(host + "/") for host in hosts)
    else:
        assert figure is None


def test_pages_without_coordinates_have_no_map(client, demo_page):
    project = demo_page(YEHUDA)
    ProjectPage.objects.filter(translation_key=project.translation_key).update(
        latitude=None, longitude=None
    )
    page = soup(client.get(f"/he/{YEHUDA}/"))
    assert page.find("figure", class_="map") is None
    assert not page.find("script", src=lambda src: src and src.endswith("hub/js/map.js"))
    assert not page.find("link", href=lambda href: href and href.endswith("hub/css/map.css"))


def test_pages_with_a_map_load_its_script_and_styles_but_not_leaflet(client):
    page = soup(client.get(f"/en/{YEHUDA}/"))
    assert page.find("script", src=lambda src: src and src.endswith("hub/js/map.js"))
    assert page.find("link", href=lambda href: href and href.endswith("hub/css/map.css"))
    assert not page.find(src=lambda src: src and "leaflet" in src)
    assert not page.find(href=lambda href: href and "leaflet" in href)


def test_neighborhood_map_names_the_neighborhood(client, demo_page):
    neighborhood = demo_page("neighborhoods/jaffa/ajami", "en")
    figure = map_of(client.get("/en/neighborhoods/jaffa/ajami/"))
    assert figure.find(class_="map__place").get_text(strip=True) == neighborhood.title
    assert figure.svg.title.string == f"Map: where {neighborhood.title} is"


def map_queries(client, url):
    """What a listing's map adds to the queries of its page: those with maps on, less those with
    maps off."""
    with_map = count_queries(client, url)
    with override_settings(MAP_TILE_URL=""):
        without = count_queries(client, url)
        assert map_of(client.get(url)) is None
    cache.clear()  # the page without its map must not be served from the page cache
    return with_map - without


def test_listing_map_costs_no_query_per_place(client, demo_page):
    source = demo_page(YEHUDA)
    ProjectPage.objects.filter(locale=source.locale).exclude(pk=source.pk).update(live=False)
    assert map_queries(client, "/he/projects/") == 0
    assert len(map_of(client.get("/he/projects/")).svg.find_all("g", class_="map__pin")) == 1
    for number in range(4):
        source.copy(
            to=source.get_parent(),
            update_attrs={"slug": f"copy-{number}", "title": f"עותק {number}"},
            keep_live=True,
        )
    assert map_queries(client, "/he/projects/") == 0
    figure = map_of(client.get("/he/projects/"))
    assert len(figure.svg.find_all("g", class_="map__pin")) == 5
    assert len(json.loads(figure["data-places"])) == 5
    assert "5" in figure.svg.title.string
