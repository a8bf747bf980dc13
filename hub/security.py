"""Response headers and request limits that protect residents and editors: a Content Security
Policy without inline code on public pages, and a limit on login attempts."""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.translation import gettext as _

from hub.clients import client_address
from hub.maps import tile_hosts

logger = logging.getLogger(__name__)


def public_policy():
    """The policy of public pages. Images may come from the map's tile server (hub.maps) too:
    exactly its host, none when maps are off."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            " ".join(["img-src 'self' data:", *tile_hosts()]),
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
            response["Content-Security-Policy"] = public_policy()
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


def _login_keys(request, username=None):
    """The counters a sign-in from this request is held to: its client address with the user
    name it tries, and the address whatever the name. Behind the site's proxies the address
    is the client's (hub.clients), so one address cannot lock every editor out."""
    address = client_address(request)
    keys = [f"hub:login:{address}"]
    if username is not None:
        name = hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:32]
        keys.append(f"hub:login:{address}:{name}")
    return keys


def _count(key):
    """Adds one to a counter in the shared cache, every worker's the same; the new count, or
    None when the cache cannot be reached (then nothing is limited: sign-in goes on)."""
    window = settings.HUB_LOGIN_WINDOW
    try:
        cache.add(key, 0, timeout=window)
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1
    except Exception:  # noqa: BLE001 - whatever the cache backend raises when unreachable
        logger.warning("Login limit: the cache is unavailable; attempt not counted")
        return None


def _over_limit(request, username):
    limits = [settings.HUB_LOGIN_ADDRESS_ATTEMPTS, settings.HUB_LOGIN_ATTEMPTS]
    keys = _login_keys(request, username)
    try:
        counts = cache.get_many(keys)
    except Exception:  # noqa: BLE001
        return False
    return any((counts.get(key) or 0) >= limit for key, limit in zip(keys, limits, strict=False))


@receiver(user_login_failed)
def count_failed_login(sender, credentials, request=None, **kwargs):
    """A failed sign-in counts against its address and name. Only real attempts reach here: a
    post refused for its CSRF token never gets to authentication."""
    if request is not None:
        for key in _login_keys(request, credentials.get("username", "")):
            _count(key)


@receiver(user_logged_in)
def forget_failed_logins(sender, request, user, **kwargs):
    if request is not None:
        try:
            cache.delete(_login_keys(request, request.POST.get("username", ""))[1])
        except Exception:  # noqa: BLE001
            pass


class LoginRateLimitMiddleware:
    """After HUB_LOGIN_ATTEMPTS failed sign-ins for one user name from one client address in
    HUB_LOGIN_WINDOW seconds, or HUB_LOGIN_ADDRESS_ATTEMPTS whatever the names, that address gets
    a 429 in the user's language and nothing is checked. Password-reset requests count as
    attempts of their address. Counted in the shared cache, so every worker process holds the
    same count. Placed after CsrfViewMiddleware: a post with a bad token is refused before it
    is counted."""

    LOGIN_PATH = "/admin/login/"
    RESET_PATH = "/admin/password_reset/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if request.method != "POST":
            return None
        if request.path.startswith(self.LOGIN_PATH):
            username = request.POST.get("username", "")
        elif request.path.startswith(self.RESET_PATH):
            username = None
        else:
            return None
        if _over_limit(request, username):
            response = HttpResponse(
                _("Too many attempts to sign in. Wait a few minutes and try again."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(settings.HUB_LOGIN_WINDOW)
            return response
        if username is None:
            _count(_login_keys(request)[0])
        return None
