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


def localized_catalogue(package):
    """The package's JavaScript catalogue in the editor's own language, as Wagtail serves its
    own."""
    view = CompletedJavaScriptCatalog.as_view(packages=[package])

    def catalogue(request, *args, **kwargs):
        return get_localized_response(view, request, *args, **kwargs)

    return catalogue


admin_javascript_catalogue = localized_catalogue("wagtail.admin")
localize_javascript_catalogue = localized_catalogue("wagtail_localize")
