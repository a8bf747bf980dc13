"""A URLconf of the API alone. An API 404 names it as its request's URLconf, so that Django's
LocaleMiddleware, finding no language-prefixed patterns there, answers the 404 instead of
redirecting the client to /he/api/... (where the page tree's catch-all would match)."""

from django.urls import include, path

urlpatterns = [path("api/v2/", include("hub.api.urls"))]
