from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

from hub.cache import content_version
from hub.models import EventIndexPage, UnitDirectoryPage, ancestor_paths, children_of

register = template.Library()

CHROME_KEY = "hub:chrome:{site}:{language}:{version}"


def _site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, to this page's live translation or, failing that, to that
    language's home page; in the order of settings.LANGUAGES. A view of the hub's own (search,
    targets, open data) exists in every language at its translated address, query kept."""
    page = context.get("page")
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if not isinstance(page, Page) and match is not None and match.url_name != "wagtail_serve":
        current = get_language()
        return [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    site = _site(context)
    keys = [page.translation_key] if isinstance(page, Page) else []
    if site is not None:
        keys.append(site.root_page.translation_key)
    # The page's translations and the home pages', in one query; the page's own come first.
    candidates = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    by_language = {}
    for candidate in sorted(candidates, key=lambda item: keys.index(item.translation_key)):
        by_language.setdefault(candidate.locale.language_code, candidate)
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": by_language[code].get_url(request=context.get("request")),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
        if code in by_language
    ]


def _home_path(root, language, near):
    """The tree path of the home page in `language`: that of `near`, a page of the site in
    that language, when there is one (no query), else read."""
    if (
        isinstance(near, Page)
        and near.depth >= root.depth
        and near.path.startswith(root.path[: -Page.steplen])
    ):
        return near.path[: len(root.path)]
    home = Page.objects.live().filter(
        translation_key=root.translation_key, locale__language_code=language
    )
    return (home.first() or root).path


def chrome_pages(root, language, near=None):
    """The live home page in `language` (the site's root page when it has none, as Wagtail's
    routing does) and its live children that no view restriction hides, in tree order.

    One query when `near` (the page being shown) tells where the home page is: the home page,
    its ancestors and its children, through the tree's indexes, each with whether a view
    restriction is set on it; a child is hidden by its own or by one above it."""
    home_path = _home_path(root, language, near)
    above = ancestor_paths(home_path)
    pages = {
        page.path: page
        for page in Page.objects.filter(Q(path__in=above) | (children_of(home_path) & Q(live=True)))
        .select_related("locale")
        .annotate(restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk"))))
        .order_by()
    }
    home = pages.get(home_path)
    if (
        home is None
        or not (home.live and home.locale.language_code == language)
        or (home.translation_key != root.translation_key)
    ):
        if near is not None:
            return chrome_pages(root, language)  # `near` was not of this site and language
        home = root
    hidden = any(pages[path].restricted for path in above if path in pages)
    children = [
        page
        for path, page in sorted(pages.items())
        if page.depth == home.depth + 1 and not (hidden or page.restricted)
    ]
    return home, children


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The home page, the main menu, the footer's other pages and the units directory in the
    active language, cached until published content changes (see hub.cache)."""
    site = _site(context)
    if site is None:
        return {"home_url": "/", "menu": [], "more": [], "calendar_url": None}
    key = CHROME_KEY.format(site=site.pk, language=get_language(), version=content_version())
    chrome = cache.get(key)
    if chrome is None:
        home, children = chrome_pages(site.root_page, get_language(), context.get("page"))
        request = context.get("request")
        menu = [child for child in children if child.show_in_menus]
        directory = ContentType.objects.get_for_model(UnitDirectoryPage).pk
        calendar = ContentType.objects.get_for_model(EventIndexPage).pk
        chrome = {
            "home_url": home.get_url(request=request),
            "locale_id": home.locale_id,
            "menu": [
                {"pk": item.pk, "title": item.title, "url": item.get_url(request=request)}
                for item in menu
            ],
            # The pages kept out of the menu (about, the accessibility statement): the footer's.
            "more": [
                {"pk": item.pk, "title": item.title, "url": item.get_url(request=request)}
                for item in children
                if not item.show_in_menus
            ],
            # Where units are described, for the schema.org data of every unit a page shows.
            "units_url": next(
                (
                    item.get_url(request=request)
                    for item in menu
                    if item.content_type_id == directory
                ),
                None,
            ),
            # The city calendar, for the pages that point to it (the home page's coming events).
            "calendar_url": next(
                (
                    item.get_url(request=request)
                    for item in children
                    if item.content_type_id == calendar
                ),
                None,
            ),
        }
        cache.set(key, chrome, 3600)
    return chrome


@register.simple_tag
def events_calendar(locale_id):
    """The city calendar in a language, for pages that link to their part of it."""
    return EventIndexPage.objects.live().filter(locale_id=locale_id).first()
