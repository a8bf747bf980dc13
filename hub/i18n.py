"""The admin's upstream catalogues that the hub completes (see the admin_catalogues command)."""

from django.conf import settings
from django.views.i18n import JavaScriptCatalog
from wagtail.admin.localization import get_localized_response

UPSTREAM_PACKAGES = settings.ADMIN_CATALOGUE_PACKAGES
UPSTREAM_CATALOGUES = settings.BASE_DIR / "locale" / "upstream"


class CompletedJavaScriptCatalog(JavaScriptCatalog):
    """A package's JavaScript messages, the hub's catalogue of that package taking precedence."""

    def get_paths(self, packages):
        paths = super().get_paths(packages)
        return paths + [UPSTREAM_CATALOGUES / package for package in packages]


_admin_catalogue = CompletedJavaScriptCatalog.as_view(packages=["wagtail.admin"])
_localize_catalogue = CompletedJavaScriptCatalog.as_view(packages=["wagtail_localize"])


def admin_javascript_catalogue(request, *args, **kwargs):
    """Wagtail's admin catalogue, in the editor's own language (as Wagtail's view does)."""
    return get_localized_response(_admin_catalogue, request, *args, **kwargs)


def localize_javascript_catalogue(request, *args, **kwargs):
    return get_localized_response(_localize_catalogue, request, *args, **kwargs)
