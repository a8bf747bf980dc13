"""Maps of places: the tile server the site draws them from (MAP_TILE_URL), the hosts the
Content-Security-Policy must let images come from, and the arithmetic of Web Mercator tiles
that places a pin on the static map shown before (or without) the script."""

import math
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

TILE_SIZE = 256
MAX_ZOOM = 18
# The static map of one place; a listing's map zooms out until all its places fit.
PLACE_ZOOM = 16
WIDTH, HEIGHT = 640, 320
MARGIN = 32
OSM_SUBDOMAINS = "abc"


def tile_url():
    return (getattr(settings, "MAP_TILE_URL", "") or "").strip()


def maps_enabled():
    return bool(tile_url())


def tile_hosts(url=None):
    """The origins (scheme, host and port) tiles come from, e.g. ["https://tile.openstreetmap.org"]:
    one per subdomain when the URL has Leaflet's {s}; none for an empty or relative URL."""
    url = tile_url() if url is None else url.strip()
    if not url:
        return []
    parts = urlsplit(url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return []
    subdomains = OSM_SUBDOMAINS if "{s}" in url else "a"
    origins = []
    for letter in subdomains:
        netloc = urlsplit(url.replace("{s}", letter)).netloc.rsplit("@", 1)[-1]
        origin = f"{parts.scheme}://{netloc}".lower()
        if origin not in origins:
            origins.append(origin)
    return origins


def tile(x, y, zoom, url=None):
    url = tile_url() if url is None else url
    letter = OSM_SUBDOMAINS[(x + y) % len(OSM_SUBDOMAINS)]
    return (
        url.replace("{s}", letter)
        .replace("{z}", str(zoom))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{r}", "")
    )


def world_pixel(latitude, longitude, zoom):
    """A point's position in pixels on the whole world's map at this zoom (Web Mercator)."""
    scale = TILE_SIZE * 2**zoom
    latitude = max(min(float(latitude), 85.0511), -85.0511)
    x = (float(longitude) + 180.0) / 360.0 * scale
    sine = math.sin(math.radians(latitude))
    y = (0.5 - math.log((1 + sine) / (1 - sine)) / (4 * math.pi)) * scale
    return x, y


@dataclass
class Pin:
    x: float
    y: float
    place: object


@dataclass
class StaticMap:
    """What the SVG draws: its tiles (href, x, y in the picture), its pins, and the zoom and
    centre the interactive map starts from, so that it asks for the same tiles."""

    zoom: int
    latitude: float
    longitude: float
    tiles: list
    pins: list
    width: int = WIDTH
    height: int = HEIGHT


def fitting_zoom(points):
    """The largest zoom, at most PLACE_ZOOM, at which every point fits inside the margins."""
    for zoom in range(PLACE_ZOOM, -1, -1):
        pixels = [world_pixel(lat, lng, zoom) for lat, lng in points]
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        if max(xs) - min(xs) <= WIDTH - 2 * MARGIN and max(ys) - min(ys) <= HEIGHT - 2 * MARGIN:
            return zoom
    return 0


def static_map(places, url=None):
    """The static map around `places` (objects with latitude and longitude), or None."""
    url = tile_url() if url is None else url
    places = [p for p in places if p.latitude is not None and p.longitude is not None]
    if not url or not places:
        return None
    points = [(p.latitude, p.longitude) for p in places]
    zoom = fitting_zoom(points)
    pixels = [world_pixel(lat, lng, zoom) for lat, lng in points]
    xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
    centre_x, centre_y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    left, top = centre_x - WIDTH / 2, centre_y - HEIGHT / 2
    last = 2**zoom - 1
    tiles = []
    for ty in range(int(top // TILE_SIZE), int((top + HEIGHT - 1) // TILE_SIZE) + 1):
        for tx in range(int(left // TILE_SIZE), int((left + WIDTH - 1) // TILE_SIZE) + 1):
            if 0 <= ty <= last:
                wrapped = tx % (last + 1)
                href = tile(wrapped, ty, zoom, url)
                tiles.append(
                    (href, round(tx * TILE_SIZE - left, 1), round(ty * TILE_SIZE - top, 1))
                )
    pins = [
        Pin(round(x - left, 1), round(y - top, 1), place)
        for (x, y), place in zip(pixels, places, strict=True)
    ]
    scale = TILE_SIZE * 2**zoom
    longitude = centre_x / scale * 360.0 - 180.0
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * centre_y / scale))))
    return StaticMap(zoom, round(latitude, 6), round(longitude, 6), tiles, pins)


def osm_link(latitude, longitude, zoom=PLACE_ZOOM, marker=True):
    query = f"?mlat={latitude}&mlon={longitude}" if marker else ""
    return f"https://www.openstreetmap.org/{query}#map={zoom}/{latitude}/{longitude}"
