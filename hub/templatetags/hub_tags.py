from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, to this page's live translation or, failing that, to that
    language's home page; in the order of settings.LANGUAGES."""
    page = context.get("page")
    root = _site_root(context)
    candidates = []
    if isinstance(page, Page):
        candidates += page.get_translations(inclusive=True).live().select_related("locale")
    if root is not None:
        candidates += root.get_translations(inclusive=True).live().select_related("locale")
    by_language = {}
    for candidate in candidates:
        by_language.setdefault(candidate.locale.language_code, candidate)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = by_language.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request=context.get("request")),
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The site's home page in the active language, or the source home page."""
    root = _site_root(context)
    if root is None:
        return None
    return root.get_translation_or_none(Locale.get_active()) or root


@register.simple_tag
def main_menu(home):
    if home is None:
        return Page.objects.none()
    return home.get_children().live().public().in_menu()
