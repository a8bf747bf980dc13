"""Where HUB_DEMO_USERS_ALLOWED is off, the password the README publishes opens no account,
whatever is in the database: a development database restored into production still holds
`admin` and the unit accounts with it."""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.hashers import check_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .users import DEMO_PASSWORD

logger = logging.getLogger(__name__)

CHECK_SECONDS = 24 * 60 * 60


def warn(user):
    logger.warning(
        "Account %r has the published demo password and is refused; reset its password.",
        user.get_username(),
    )


def has_demo_password(user):
    """Whether the account's stored password is the demo password, hashed once a day per stored
    hash (a hash costs a good part of a second in production), so a reset is seen at once."""
    digest = hashlib.sha256(user.password.encode()).hexdigest()
    key = f"demo-password:{user.pk}:{digest}"
    found = cache.get(key)
    if found is None:
        found = check_password(DEMO_PASSWORD, user.password)
        cache.set(key, found, CHECK_SECONDS)
        if found:
            warn(user)
    return found


class DemoPasswordBackend(ModelBackend):
    """Django's backend, except that where demo users are not allowed no one signs in with the
    demo password, and a session opened with it before (the setting was on, or the database
    came with the sessions and the secret key) ends at its next request."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None or settings.HUB_DEMO_USERS_ALLOWED or password != DEMO_PASSWORD:
            return user
        warn(user)
        return None

    def get_user(self, user_id):
        user = super().get_user(user_id)
        if user is None or settings.HUB_DEMO_USERS_ALLOWED or not has_demo_password(user):
            return user
        return None


class DemoPasswordValidator:
    """No one sets the demo password through a form, by a reset or otherwise: where demo users
    are not allowed it would open nothing, and elsewhere only the loader gives it."""

    def validate(self, password, user=None):
        if password == DEMO_PASSWORD:
            raise ValidationError(
                _("This password is published with the demo site. Choose another one."),
                code="demo_password",
            )

    def get_help_text(self):
        return _("Your password cannot be the one published with the demo site.")
