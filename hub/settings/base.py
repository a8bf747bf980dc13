"""Settings shared by every environment. Deploy-time values come from the environment, once, here."""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet
from django.utils.translation import gettext_lazy as _

from hub import formats
from hub.request_log import logging_config

HUB_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = HUB_DIR.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "")
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "hub",
    "home",
    "projects",
    "institutions",
    "business",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail.locales",  # not wagtail_localize.locales: its "sync from" makes live aliases
    "wagtail.contrib.redirects",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "hub.health.HealthCheckMiddleware",
    "hub.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "hub.languages.LanguageChoiceMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hub.errors.ControlCharacterMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "search.uploads.UploadWarningMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.security.ContentSecurityPolicyMiddleware",
    "hub.security.LoginRateLimitMiddleware",
    "hub.cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer (not only one that refuses) is an outage within
    # seconds, answered with a 503 (hub/errors.py), not a worker stuck until the proxy gives up.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        env("DATABASE_CONNECT_TIMEOUT", "3")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Seconds a visitor is asked to wait when the database cannot be reached (the 503's Retry-After).
HUB_RETRY_AFTER = int(env("HUB_RETRY_AFTER", "30"))


def redis_cache(location):
    """The shared cache. A Redis that is down or slow means no cache, never an error: its
    exceptions are logged and the call answers as a miss, within the socket timeouts."""
    timeout = float(env("REDIS_TIMEOUT", "0.25"))
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": env("CACHE_PREFIX", "hub"),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "LOG_IGNORED_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": timeout,
            "SOCKET_TIMEOUT": timeout,
        },
    }


if env("REDIS_URL"):
    CACHES = {"default": redis_cache(env("REDIS_URL"))}
elif env("CACHE_DIR"):
    # Without Redis, a cache on disk that the server shares with the management commands run
    # beside it: a change they make purges what the server has cached (see hub.cache).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "demo.auth.DemoPasswordValidator"},
]
# The demo password opens no account where HUB_DEMO_USERS_ALLOWED is off.
AUTHENTICATION_BACKENDS = ["demo.auth.DemoPasswordBackend"]

# Hebrew is the source language; Arabic and English are translations managed by wagtail-localize.
LANGUAGE_CODE = "he"
LANGUAGES = [
    ("he", "עברית"),
    ("ar", "العربية"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new translation is a draft of its unit until the unit's managers approve it (hub.translations).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The project's own catalogue, then its complete Hebrew and Arabic catalogues of every upstream
# package whose messages an editor meets (`manage.py admin_catalogues`; hub/i18n.py).
ADMIN_CATALOGUE_PACKAGES = (
    "wagtail.admin",
    "wagtail",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.embeds",
    "wagtail.search",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail_localize",
    "taggit",
)
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *(BASE_DIR / "locale" / "upstream" / package for package in ADMIN_CATALOGUE_PACKAGES),
]
TIME_ZONE = "Asia/Jerusalem"
# Dates are typed and shown day/month/year in every admin language; ISO is read too (hub/formats).
FORMAT_MODULE_PATH = ["hub.formats"]
DATE_INPUT_FORMATS = formats.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = formats.DATETIME_INPUT_FORMATS
TIME_INPUT_FORMATS = formats.TIME_INPUT_FORMATS
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "hub_language"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "static"))
# Leaflet's files, from its PyPI package, served as /static/leaflet/ (never from a CDN).
STATICFILES_DIRS = [("leaflet", xstatic.pkg.leaflet.BASE_DIR)]
# Maps (hub/maps.py): the tile server and its credit. An empty MAP_TILE_URL turns maps off; the
# public Content-Security-Policy lets images come from this tile host and no other.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = env(
    "MAP_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = _("Tel Aviv-Yafo municipal hub")
# Its links lead to English-only release notes.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Avatars are uploaded or none: no editor's e-mail address hash goes to gravatar.com.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The hub's own index (search.backend): what the public search asks when no search server is
# configured, or when the search server fails. Wagtail's database backend serves the admin.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "hub": {"BACKEND": "search.backend"},
}
HUB_SEARCH_FALLBACK = None
if env("ELASTICSEARCH_URL"):
    # Elasticsearch answers, the admin's searches too; the hub's index is kept up to date
    # alongside and answers whenever Elasticsearch cannot (see search/engine.py). One call per search, given up after
    # HUB_SEARCH_TIMEOUT seconds, and a circuit breaker that stops asking a server that keeps
    # failing (search/breaker.py): a resident never waits long for a search server that hangs.
    from search.elasticsearch import index_settings

    HUB_SEARCH_BREAKER_FAILURES = int(env("HUB_SEARCH_BREAKER_FAILURES", "3"))
    HUB_SEARCH_BREAKER_SECONDS = float(env("HUB_SEARCH_BREAKER_SECONDS", "30"))

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [env("ELASTICSEARCH_URL")],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "hub_"),
            "TIMEOUT": float(env("HUB_SEARCH_TIMEOUT", "1")),
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings(),
        },
        "hub": {"BACKEND": "search.backend"},
    }
    HUB_SEARCH_FALLBACK = "hub"
# Page addresses are short and Latin, made from the title (hub.slugs); an address that changes
# leaves a permanent redirect behind, its calendar/ too (UnitOwnedPage.get_route_paths).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # decompression bombs are refused before decoding
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.uploads.ImageForm"
# Always through the serve view and its checks (hub/documents.py), never a redirect to storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
HUB_PAGE_CACHE_SECONDS = int(env("HUB_PAGE_CACHE_SECONDS", "60"))
# Failed sign-ins per client address and user name in HUB_LOGIN_WINDOW seconds, and per
# address whatever the name (hub/security.py); password-reset requests count like failures.
HUB_LOGIN_ATTEMPTS = int(env("HUB_LOGIN_ATTEMPTS", "10"))
HUB_LOGIN_ADDRESS_ATTEMPTS = int(env("HUB_LOGIN_ADDRESS_ATTEMPTS", "50"))
HUB_LOGIN_WINDOW = int(env("HUB_LOGIN_WINDOW", "600"))
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# How many reverse proxies of the site's own stand in front of the app, each appending the
# address it was called from to HUB_CLIENT_ADDRESS_HEADER; the client is the one they name
# (hub/clients.py). 0: the connection's own address is the client's.
HUB_TRUSTED_PROXIES = int(env("HUB_TRUSTED_PROXIES", "0"))
HUB_CLIENT_ADDRESS_HEADER = env("HUB_CLIENT_ADDRESS_HEADER", "X-Forwarded-For")
# The public API (hub/api): requests per client address (DRF's "N/second|minute|hour|day"),
# counted in the shared cache.
HUB_API_RATE = env("HUB_API_RATE", "60/minute")
REST_FRAMEWORK = {"UNAUTHENTICATED_USER": None}

# Background tasks (django-tasks). Wagtail's own tasks (the reference index, the search index)
# go to "default" and must run at once, in the request that caused them: who may download a
# document is read from the reference index right after the page that uses it is saved. Work
# that may wait (sending e-mail, hub/mail.py) goes to "background", a queue in the database
# that `manage.py db_worker --backend background` works through.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# E-mail: the SMTP relay the worker sends through (hub/mail.py). Production requires a host
# and a sender; dev prints messages on the console, tests keep them in memory.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", "1") == "1"
EMAIL_USE_SSL = env("EMAIL_USE_SSL", "0") == "1"
EMAIL_TIMEOUT = float(env("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Password reset and workflow notifications are written in their recipient's language.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "hub.mail.PasswordResetForm"

# LOG_FORMAT "json": one JSON object a line (production's default); LOG_REQUESTS "1": a line
# per request (hub/request_log.py), on by default in production.
LOGGING = logging_config(
    env("LOG_FORMAT", "text"), env("LOG_LEVEL", "WARNING"), env("LOG_REQUESTS", "0") == "1"
)
HUB_DEMO_USERS_ALLOWED = True
HUB_SERVE_MEDIA = False
