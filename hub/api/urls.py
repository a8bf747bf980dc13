"""/api/v2/: the endpoints and their OpenAPI description."""

from django.urls import path
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
router = WagtailAPIRouter(app_name)
router.register_endpoint("pages", PagesEndpoint)
router.register_endpoint("neighborhoods", NeighborhoodsEndpoint)
router.register_endpoint("images", ImagesEndpoint)
router.register_endpoint("documents", DocumentsEndpoint)
router.register_endpoint("units", UnitsEndpoint)

urlpatterns = [
    path("openapi.json", openapi_view(router, PREFIX), name="openapi"),
    *router.get_urlpatterns(),
]
