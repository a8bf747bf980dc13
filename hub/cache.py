"""One number that changes whenever published content changes: cache keys that include it go
stale at once, wherever the change was, without listing every key to delete."""

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
