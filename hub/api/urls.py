"""/api/v2/: the endpoints and their OpenAPI description."""

from django.http import JsonResponse
from django.urls import path, re_path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.api.v2.router import WagtailAPIRouter

from .openapi import openapi_view
from .views import (
    DocumentsEndpoint,
    ImagesEndpoint,
    NeighborhoodsEndpoint,
    PagesEndpoint,
    UnitsEndpoint,
)

PREFIX = "/api/v2/"

app_name = "api"
ENDPOINTS = {
    "pages": PagesEndpoint,
    "neighborhoods": NeighborhoodsEndpoint,
    "images": ImagesEndpoint,
    "documents": DocumentsEndpoint,
    "units": UnitsEndpoint,
}
router = WagtailAPIRouter(app_name)
for name, endpoint in ENDPOINTS.items():
    router.register_endpoint(name, endpoint)


@require_safe
def index(request):
    """Where a client starts: the endpoints, the description, and the page that explains them."""
    return JsonResponse(
        {
            "endpoints": {
                name: request.build_absolute_uri(f"{PREFIX}{name}/") for name in ENDPOINTS
            },
            "openapi": request.build_absolute_uri(f"{PREFIX}openapi.json"),
            "documentation": request.build_absolute_uri("/en/open-data/"),
        }
    )


def not_found(request, rest):
    """Any other address under /api/v2/ (an id that is not a number, a stray character): JSON,
    like every other answer of the API, not the site's page or a redirect to a language."""
    return JsonResponse(
        {"message": _("Nothing here. The endpoints are listed at %(index)s.") % {"index": PREFIX}},
        status=404,
    )


urlpatterns = [
    path("", index, name="index"),
    path("openapi.json", openapi_view(router, PREFIX), name="openapi"),
    *router.get_urlpatterns(),
    re_path(r"^(?P<rest>[\s\S]*)$", not_found),
]
