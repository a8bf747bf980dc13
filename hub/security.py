"""Response headers and request limits that protect residents and editors: a Content Security
Policy without inline code on public pages, and a limit on login attempts."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    """Public pages run only the site's own script and style files. The admin (Wagtail's own
    code) and signed-in editors' views, which carry the editing bar, are left to Wagtail."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (
            not request.path.startswith(self.admin_prefix)
            and not (user is not None and user.is_authenticated)
            and "Content-Security-Policy" not in response
        ):
            response["Content-Security-Policy"] = PUBLIC_POLICY
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class LoginRateLimitMiddleware:
    """At most HUB_LOGIN_ATTEMPTS sign-in or password-reset posts per address in
    HUB_LOGIN_WINDOW seconds; more get a 429 in the user's language, and nothing is checked."""

    PATHS = ("/admin/login/", "/admin/password_reset/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path.startswith(self.PATHS):
            address = request.META.get("REMOTE_ADDR", "unknown")
            key = f"login-attempts:{address}"
            window = settings.HUB_LOGIN_WINDOW
            cache.add(key, 0, timeout=window)
            try:
                attempts = cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=window)
                attempts = 1
            if attempts > settings.HUB_LOGIN_ATTEMPTS:
                response = HttpResponse(
                    _("Too many attempts to sign in. Wait a few minutes and try again."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(window)
                return response
        return self.get_response(request)
