"""Where demo users are not allowed, the published demo password opens no account, whatever the
database holds."""

import logging

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from demo.users import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
NEW_PASSWORD = "a-reset-password-7q2w"


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in_as(client):
    return client.session.get(SESSION_KEY)


@pytest.mark.parametrize("username", ["admin", "quarters-neighborhoods-editor"])
@override_settings(HUB_DEMO_USERS_ALLOWED=False)
def test_the_demo_password_opens_nothing_where_demo_users_are_not_allowed(client, caplog, username):
    with caplog.at_level(logging.WARNING, logger="demo.auth"):
        response = sign_in(client, username, DEMO_PASSWORD)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert b'name="password"' in response.content
    assert signed_in_as(client) is None
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    assert [record.getMessage() for record in caplog.records] == [
        f"Account '{username}' has the published demo password and is refused; reset its password."
    ]


@override_settings(HUB_DEMO_USERS_ALLOWED=False)
def test_an_account_whose_password_was_changed_signs_in(client):
    admin = get_user_model().objects.get(username="admin")
    admin.set_password(NEW_PASSWORD)
    admin.save()
    assert sign_in(client, "admin", DEMO_PASSWORD).status_code == 200
    assert signed_in_as(client) is None
    response = sign_in(client, "admin", NEW_PASSWORD)
    assert response.status_code == 302
    assert signed_in_as(client) == str(admin.pk)


def test_the_demo_password_works_where_demo_users_are_allowed(client):
    response = sign_in(client, "admin", DEMO_PASSWORD)
    assert response.status_code == 302
    assert signed_in_as(client) == str(get_user_model().objects.get(username="admin").pk)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_session_opened_with_the_demo_password_ends_when_it_is_no_longer_allowed(client, caplog):
    assert sign_in(client, "admin", DEMO_PASSWORD).status_code == 302
    with override_settings(HUB_DEMO_USERS_ALLOWED=False), caplog.at_level(logging.WARNING):
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert "'admin' has the published demo password" in caplog.text


@override_settings(HUB_DEMO_USERS_ALLOWED=False)
def test_a_session_after_a_reset_goes_on(client):
    admin = get_user_model().objects.get(username="admin")
    admin.set_password(NEW_PASSWORD)
    admin.save()
    assert sign_in(client, "admin", NEW_PASSWORD).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_no_one_sets_the_demo_password_again():
    admin = get_user_model().objects.get(username="admin")
    with pytest.raises(ValidationError) as refused:
        validate_password(DEMO_PASSWORD, admin)
    assert "demo_password" in [error.code for error in refused.value.error_list]
    validate_password(NEW_PASSWORD, admin)
