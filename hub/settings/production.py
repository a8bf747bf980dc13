"""Production: every secret and host from the environment; secure transport throughout."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import EMAIL_USE_SSL, EMAIL_USE_TLS, SECRET_KEY, env, logging_config

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
if not env("REDIS_URL"):
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment: every worker process must share one cache, "
        "or a page unpublished or made private through one of them stays served by the others."
    )

# Media. With a bucket named, uploads live in S3-compatible storage (MinIO in
# deploy/compose.yaml), shared by every app and worker container: nothing is kept on local disk.
# Only renditions (images/) are public; the proxy serves them from the bucket under
# /media/images/ on the site's own host (AWS_S3_CUSTOM_DOMAIN, e.g. "hub.example/media"), so their
# links need no signature. Documents and original images stay private: documents reach residents
# only through the signed serve view, which checks them and streams them from the bucket.
s3_option_variables = {
    "endpoint_url": "AWS_S3_ENDPOINT_URL",
    "access_key": "AWS_ACCESS_KEY_ID",
    "secret_key": "AWS_SECRET_ACCESS_KEY",
    "region_name": "AWS_S3_REGION_NAME",
    "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
}
if env("AWS_STORAGE_BUCKET_NAME"):
    media_options = {
        "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
        "querystring_auth": False,
        "file_overwrite": False,
        **{option: env(name) for option, name in s3_option_variables.items() if env(name)},
    }
    if env("AWS_S3_ENDPOINT_URL"):
        # An S3-compatible server on an internal name answers at http://host/bucket/, not at a
        # bucket.host name that no DNS knows.
        media_options["addressing_style"] = "path"
    media_storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": media_options}
    if env("AWS_S3_CUSTOM_DOMAIN"):
        MEDIA_URL = f"https://{env('AWS_S3_CUSTOM_DOMAIN').rstrip('/')}/"
else:
    media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": media_storage,
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
