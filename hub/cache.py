"""One number that changes whenever published content changes: cache keys that include it go
stale at once, wherever the change was, without listing every key to delete."""

import hashlib

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "hub:content-version"


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_content_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


class AnonymousPageCacheMiddleware:
    """Whole public pages for visitors who are not signed in, one entry per address (the
    language is part of it), filed under the content version so that any publish, anywhere,
    purges them all. Entries also expire after HUB_PAGE_CACHE_SECONDS, because "open now" and
    the calendar's "from today" move with the clock. Search results are never cached: every
    search is counted for the editors."""

    SKIP = ("/admin/", "/documents/", "/static/", "/media/")

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.HUB_PAGE_CACHE_SECONDS
        self.session_cookie = settings.SESSION_COOKIE_NAME

    def cacheable(self, request):
        return (
            self.timeout
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(self.SKIP)
            and "/search/" not in request.path
            and self.session_cookie not in request.COOKIES
            and len(request.get_full_path()) <= 500
        )

    def __call__(self, request):
        if not self.cacheable(request):
            return self.get_response(request)
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"hub:page:{content_version()}:{digest}"
        response = cache.get(key)
        if response is not None:
            response["X-Hub-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if request.method == "GET" and response.status_code == 200 and _storable(request, response):
            cache.set(key, response, self.timeout)
        response["X-Hub-Cache"] = "miss"
        return response


def _storable(request, response):
    user = getattr(request, "user", None)
    return (
        not response.streaming
        and not response.cookies
        and not (user is not None and user.is_authenticated)
        and response.get("Cache-Control", "").find("private") == -1
    )
