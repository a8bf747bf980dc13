"""Production: every secret and host from the environment; secure transport throughout."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env, logging_config

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
if not env("REDIS_URL"):
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment: every worker process must share one cache, "
        "or a page unpublished or made private through one of them stays served by the others."
    )

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
HUB_DEMO_USERS_ALLOWED = False
LOGGING = logging_config(
    env("LOG_FORMAT", "json"), env("LOG_LEVEL", "WARNING"), env("LOG_REQUESTS", "1") == "1"
)
