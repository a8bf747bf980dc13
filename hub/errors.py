"""What a visitor gets when something is wrong: a database that cannot be reached is a 503 with
Retry-After in the visitor's language, not a 500; a query string carrying characters no text
holds (NUL and the other control characters) is a 400 before any view, public, admin or API,
sees it."""

import re
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.defaults import server_error as default_server_error

# C0 controls but tab, line feed and carriage return: PostgreSQL refuses NUL in any text, and
# none of the others is anything a person types.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _unavailable(request):
    response = SimpleTemplateResponse("errors/unavailable.html", status=503)
    response["Retry-After"] = str(settings.HUB_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response.render()


def server_error(request):
    """handler500. The database failing (refused, gone away, timed out) is a passing outage of
    the whole site: 503 and when to come back. Anything else stays a 500."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        return _unavailable(request)
    return default_server_error(request)


def _admin_language(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from wagtail.users.models import UserProfile

        try:
            return UserProfile.get_for_user(user).get_preferred_language()
        except (OperationalError, InterfaceError):
            pass
    return translation.get_language()


class ControlCharacterMiddleware:
    """Refuses a query string with control characters in any name or value, with a 400 in the
    visitor's language (an editor's own in the admin, JSON on the API). Placed after the
    authentication middleware, so it knows the editor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("QUERY_STRING") and any(
            CONTROL.search(name) or any(CONTROL.search(value) for value in values)
            for name, values in request.GET.lists()
        ):
            return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        language = _admin_language(request) if request.path.startswith("/admin/") else None
        with translation.override(language or translation.get_language()):
            message = _(
                "The address holds characters that are not text (such as a NUL byte). "
                "Check the link, or start again from the home page."
            )
            if request.path.startswith("/api/"):
                return JsonResponse({"message": message}, status=400)
            context = {"message": message, "admin": language is not None}
            response = SimpleTemplateResponse("errors/bad_request.html", context, status=400)
            return response.render()
