import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views import serve as document_views

from hub import languages
from hub.documents import SignedDocumentId, serve_media
from hub.i18n import admin_javascript_catalogue, localize_javascript_catalogue
from hub.opendata import views as opendata_views
from hub.patterns import patterns
from hub.sitemaps import robots_txt, sitemap
from hub.targets import views as target_views
from search import views as search_views

register_converter(SignedDocumentId, "signed_document_id")

# The database failing is a 503 with Retry-After in the visitor's language (hub/errors.py).
handler500 = "hub.errors.server_error"

urlpatterns = [
    # The admin's JavaScript messages with the hub's completed catalogues (hub/i18n.py), at the
    # addresses of Wagtail's and wagtail-localize's own views.
    path("admin/jsi18n/", admin_javascript_catalogue, name="wagtailadmin_javascript_catalog"),
    path("admin/localize/jsi18n/", localize_javascript_catalogue),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", include("hub.api.urls")),
    # Wagtail's document views under Wagtail's names, with a signed id (hub/documents.py).
    path(
        "documents/<signed_document_id:document_id>/<path:document_filename>",
        document_views.serve,
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        document_views.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    # Not language-prefixed: one sitemap of every language, and robots.txt pointing to it.
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The bare domain: the resident's chosen or browser language (hub/languages.py).
    path("", languages.root, name="root"),
]

if settings.HUB_SERVE_MEDIA:
    # Uploaded media from this process: for development and the browser tests only; in
    # production the web server or object storage serves them (never documents/).
    urlpatterns.insert(
        0, re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media)
    )

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("", include("hub.feeds.urls")),
    path("open-data/", opendata_views.open_data, name="open_data"),
    re_path(
        r"^open-data/(?P<dataset>[a-z_]+)\.(?P<format>csv|json)$",
        opendata_views.export,
        name="open_data_export",
    ),
    path("patterns/", patterns, name="patterns"),
    path("targets/", target_views.city_targets, name="targets"),
    path("targets/<slug:code>/", target_views.unit_targets, name="unit_targets"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
