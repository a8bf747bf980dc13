"""Rate limits for anonymous clients, counted per client address in the shared cache. The
rate comes from settings (HUB_API_RATE, from the environment); a cache that cannot be reached
lets the request through rather than failing it."""

import logging

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from hub.clients import client_address

logger = logging.getLogger(__name__)


class AnonymousRateThrottle(AnonRateThrottle):
    scope = "anon"

    def get_rate(self):
        return settings.HUB_API_RATE

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception:  # the cache's own errors differ by backend (Redis, memcached)
            logger.warning("API throttle: the cache is unavailable; request let through")
            return True

    def get_ident(self, request):
        return client_address(request)
