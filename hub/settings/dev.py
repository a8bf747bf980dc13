"""Local development: SQLite and the database search backend unless the environment says otherwise."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env("DEBUG", "1") == "1"
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-0000000000000000000000000000000000000000")
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
HUB_SERVE_MEDIA = True
