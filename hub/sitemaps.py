"""The sitemap of every language and robots.txt.

Wagtail's sitemap lists the pages under the site's root page, which is the Hebrew home; the
Arabic and English trees are its translations, so they are added here, and each URL names its
live, public translations as alternates (x-default: the Hebrew source), as search engines ask.
Only canonical page URLs are listed: the search views and filtered listings are not pages."""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from hub.json_ld import site_root

X_DEFAULT = "x-default"


class HubSitemap(Sitemap):
    """All live, public pages of the site's trees in every language, with their alternates, in
    a fixed number of queries."""

    def __init__(self, request=None):
        super().__init__(request)
        self._pages = None

    def homes(self):
        return self.get_wagtail_site().root_page.get_translations(inclusive=True).live()

    def items(self):
        if self._pages is None:
            self._pages = self.pages()
        return self._pages

    def pages(self):
        homes = list(self.homes().values_list("path", flat=True))
        pages = Page.objects.none()
        for path in homes:
            pages |= Page.objects.filter(path__startswith=path)
        return (
            pages.live()
            .public()
            .select_related("locale")
            .only(
                "path",
                "depth",
                "url_path",
                "translation_key",
                "last_published_at",
                "latest_revision_created_at",
                "locale__language_code",
            )
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        paginator = self.paginator
        pages = list(paginator.page(page).object_list)
        everything = list(self.items()) if paginator.num_pages > 1 else pages
        by_key = defaultdict(dict)
        for item in everything:
            by_key[item.translation_key][item.locale.language_code] = item.get_full_url(
                self.request
            )
        urls = []
        for item in pages:
            translations = by_key[item.translation_key]
            alternates = [
                {"lang_code": code, "location": translations[code]}
                for code, _name in settings.LANGUAGES
                if code in translations
            ]
            if settings.LANGUAGE_CODE in translations:
                alternates.append(
                    {"lang_code": X_DEFAULT, "location": translations[settings.LANGUAGE_CODE]}
                )
            urls.append(
                {
                    "item": item,
                    "location": translations[item.locale.language_code],
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def sitemap(request):
    return wagtail_sitemap(request, {"pages": HubSitemap}, template_name="hub/sitemap.xml")


ROBOTS = """User-agent: *
Disallow: /admin/
{search}Disallow: /*?

Sitemap: {sitemap}
"""


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawlers may read every page but not the admin, the search results or any URL with a
    query string: page URLs have none, so `/*?` only holds back filtered listings, search and
    pagination variants, which repeat what the pages and the sitemap already give."""
    search = "".join(f"Disallow: /{code}/search/\n" for code, _name in settings.LANGUAGES)
    body = ROBOTS.format(search=search, sitemap=site_root(request) + reverse("sitemap"))
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
