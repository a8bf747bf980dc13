"""Production: every secret and host from the environment; secure transport throughout."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import EMAIL_USE_SSL, EMAIL_USE_TLS, SECRET_KEY, env

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

# E-mail: password resets and workflow notifications are queued, and the worker
# (`manage.py db_worker --backend background`) sends them through the SMTP relay (hub/mail.py).
if not (env("EMAIL_HOST") and env("DEFAULT_FROM_EMAIL")):
    raise ImproperlyConfigured(
        "EMAIL_HOST and DEFAULT_FROM_EMAIL must be set in the environment: password resets and "
        "the approval workflow's notifications are sent by e-mail."
    )
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be 1.")
EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
