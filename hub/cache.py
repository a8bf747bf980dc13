"""One number that changes whenever published content changes: cache keys that include it go
stale at once, wherever the change was, without listing every key to delete."""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_max_age

VERSION_KEY = "hub:content-version"

logger = logging.getLogger(__name__)


def _first_version():
    """Milliseconds since the epoch: a version key the cache lost (evicted, culled) starts again
    far above the numbers it had, so entries filed under an old number are never read again."""
    return time.time_ns() // 1_000_000


# A bump this process could not make while the cache was unreachable, made as soon as it
# answers again: entries stored before the outage must not be served after it.
_bump_pending = False


def content_version():
    if _bump_pending:
        bump_content_version()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _first_version(), None)
        version = cache.get(VERSION_KEY, _first_version())
    return version


def bump_content_version():
    """Never raises: the change that asks for the bump is saved already, and an editor's publish
    must not fail because the cache is down. A bump that fails (the shared cache answers None
    or raises when it cannot be reached) is made again by this process's next cache access."""
    global _bump_pending
    try:
        try:
            done = cache.incr(VERSION_KEY) is not None
        except ValueError:  # no version yet (or it was evicted): a new one far above the old
            done = cache.add(VERSION_KEY, _first_version(), None) is not None
    except Exception:  # noqa: BLE001 - whatever the cache backend raises when unreachable
        done = False
    if not done and not _bump_pending:
        logger.warning("Could not bump the content version; will retry when the cache answers")
    _bump_pending = not done


class AnonymousPageCacheMiddleware:
    """Whole public pages and calendar feeds for visitors who are not signed in, one entry per
    address (scheme, host, and path with its query, which names the language), filed under the
    content version so that any change, anywhere, purges them all (see hub.signals). Entries
    also expire after HUB_PAGE_CACHE_SECONDS, because "open now" and the calendar's "from today"
    move with the clock. Search results and title suggestions are never cached: every search is
    counted for the editors."""

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
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        key = f"hub:page:{content_version()}:{digest}"
        response = cache.get(key)
        if response is not None:
            response["X-Hub-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if request.method == "GET" and response.status_code == 200 and _storable(request, response):
            # A page that says how long it stays true (the home's "open now") is kept no longer.
            max_age = get_max_age(response)
            timeout = self.timeout if max_age is None else min(self.timeout, max_age)
            if timeout > 0:
                cache.set(key, response, timeout)
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
