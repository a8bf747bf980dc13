"""The bare domain follows the resident's language: the one they chose on the site before, else
the first their browser asks for among ours, else the source language.

A choice is remembered in Django's language cookie (settings.LANGUAGE_COOKIE_NAME) when a
resident goes from a page in one language to a page in another, which is what the language
switcher does: its links are plain links to the translated page, so the switch is seen on the
page it leads to, from the address it came from (the Referer, which the site's referrer policy
sends within the site). Landing on a page from elsewhere, a search engine or a shared link,
chooses nothing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import (
    get_language_from_path,
    get_supported_language_variant,
)
from django.utils.translation.trans_real import language_code_re, parse_accept_lang_header

ONE_YEAR = 365 * 24 * 60 * 60


def _supported(code):
    try:
        return get_supported_language_variant(code)
    except LookupError:
        return None


def chosen_language(request):
    """The language cookie if it names one of ours; else the Accept-Language header's first
    language of ours by its q-values ("ar-EG" is Arabic; q=0 refuses a language); else
    settings.LANGUAGE_CODE."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in dict(settings.LANGUAGES):
        return chosen
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, quality in parse_accept_lang_header(header):
        if code == "*":
            break
        if quality > 0 and language_code_re.search(code) and _supported(code):
            return _supported(code)
    return settings.LANGUAGE_CODE


def root(request):
    """`/`: a temporary redirect to the home page in the resident's language, varying with the
    header and the cookie it was chosen by, kept by no shared cache."""
    response = HttpResponseRedirect(f"/{chosen_language(request)}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    patch_cache_control(response, private=True, max_age=0)
    return response


def _switched_from(request):
    """The language of the site's page the resident came from, when it is one."""
    referer = urlsplit(request.META.get("HTTP_REFERER", ""))
    if referer.netloc != request.get_host():
        return None
    return get_language_from_path(referer.path)


class LanguageChoiceMiddleware:
    """Remembers a switch of language in the language cookie. Placed before the page cache, so
    that a cached page remembers it too; only the response to a switch carries the cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "GET" or response.status_code != 200:
            return response
        language = get_language_from_path(request.path_info)
        before = _switched_from(request)
        if (
            language
            and before
            and before != language
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE or ONE_YEAR,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
            )
        return response
