"""E-mail as production sends it: queued by the request, sent by the worker through a real SMTP
server, written in the recipient's language whoever caused it."""

import email
import logging
import os
import re
import subprocess
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from tests.helpers import pdf
from tests.servers import BASE_DIR, MANAGE, free_port

pytestmark = pytest.mark.django_db

EDITOR = "quarters-neighborhoods-editor"
MANAGER = "quarters-neighborhoods-manager"


class SMTPServer:
    """A real SMTP server on a free port (aiosmtpd, in a thread), keeping every message it
    accepts, parsed."""

    def __init__(self):
        self.messages = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.running = False

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = envelope.rcpt_tos
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def start(self):
        self.controller.start()
        self.running = True

    def stop(self):
        if self.running:
            self.controller.stop()
            self.running = False


@pytest.fixture
def smtp_server():
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def production_mail(settings, smtp_server):
    """Production's arrangement (hub/settings/production.py), with the relay at the test server."""
    settings.EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.DEFAULT_FROM_EMAIL = "hub@tlv-hub.example"
    return smtp_server


def queued():
    return DBTaskResult.objects.filter(task_path="hub.mail.send_queued_email")


def user(username, language):
    account = get_user_model().objects.get(username=username)
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = language
    profile.save()
    return account


def translated(language, message):
    """The message in that language, which must be other than the English."""
    with translation.override(language):
        text = translation.gettext(message)
    if language != "en":
        assert text != message, f"{message!r} has no {language} translation"
    return text


def subject_of(message):
    """Django folds a long encoded subject onto a line of its own; the parser keeps the fold's
    space."""
    return message["Subject"].strip()


def text_of(message):
    return message.get_body(("plain",)).get_content()


@pytest.mark.parametrize(
    ("preference", "asked_in", "written_in"),
    [("ar", "en", "ar"), ("he", "ar", "he"), ("en", "he", "en"), ("", "en", "he")],
)
def test_password_reset_is_queued_and_sent_in_the_owners_language(
    client, production_mail, run_worker, preference, asked_in, written_in
):
    account = user(EDITOR, preference)
    response = client.post(
        reverse("wagtailadmin_password_reset"),
        {"email": account.email},
        HTTP_ACCEPT_LANGUAGE=asked_in,
    )
    assert response.status_code == 302
    assert production_mail.messages == [], "the request only queues the message"
    assert queued().filter(status=TaskResultStatus.READY).count() == 1

    run_worker()

    assert queued().get().status == TaskResultStatus.SUCCESSFUL
    [message] = production_mail.messages
    assert message.envelope_to == [account.email]
    assert message["To"] == account.email
    assert message["From"] == "hub@tlv-hub.example"
    assert subject_of(message) == translated(written_in, "Password reset")
    body = text_of(message)
    assert translated(written_in, "Please follow the link below to reset your password:") in body

    link = re.search(r"http://testserver(/admin/password_reset/\S+)", body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    new_password = "a-new-and-long-password-2026"
    response = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.check_password(new_password)


def test_every_part_of_a_message_survives_the_queue(production_mail, run_worker):
    message = EmailMultiAlternatives(
        "נושא / موضوع",
        "גוף ההודעה / نص الرسالة",
        "unit@tlv-hub.example",
        ["to@tlv-hub.example"],
        cc=["cc@tlv-hub.example"],
        bcc=["bcc@tlv-hub.example"],
        reply_to=["reply@tlv-hub.example"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>גוף ההודעה</p>", "text/html")
    document = pdf()
    message.attach("protocol.pdf", document, "application/pdf")
    message.attach("notes.txt", "הערות", "text/plain")
    assert message.send() == 1
    assert production_mail.messages == []
    run_worker()

    [received] = production_mail.messages
    assert sorted(received.envelope_to) == [
        "bcc@tlv-hub.example",
        "cc@tlv-hub.example",
        "to@tlv-hub.example",
    ]
    assert subject_of(received) == "נושא / موضوع"
    assert received["From"] == "unit@tlv-hub.example"
    assert received["Cc"] == "cc@tlv-hub.example"
    assert received["Bcc"] is None
    assert received["Reply-To"] == "reply@tlv-hub.example"
    assert received["Auto-Submitted"] == "auto-generated"
    assert text_of(received).strip() == "גוף ההודעה / نص الرسالة"
    assert received.get_body(("html",)).get_content().strip() == "<p>גוף ההודעה</p>"
    attachments = {part.get_filename(): part.get_content() for part in received.iter_attachments()}
    assert attachments == {"protocol.pdf": document, "notes.txt": "הערות"}


def submit_for_moderation(client, page, summary):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data["summary"] = summary
    data["action-submit"] = "1"
    assert client.post(url, data).status_code == 302


def test_workflow_notifications_reach_each_recipient_in_their_language(
    client, production_mail, run_worker, demo_page
):
    """The editor works in English; the unit's manager reads Arabic; the administrator chose no
    language, so reads the site's, Hebrew."""
    editor = user(EDITOR, "en")
    manager = user(MANAGER, "ar")
    admin = user("admin", "")
    page = demo_page("neighborhoods/jaffa/ajami")

    client.force_login(editor)
    submit_for_moderation(client, page, "סיכום חדש שמחכה לאישור")
    assert production_mail.messages == []
    run_worker()

    received = {}
    for message in production_mail.messages:
        received.setdefault(message["To"], []).append(message)
    assert set(received) == {manager.email, admin.email}, "the editor is not told"
    assert len(received[manager.email]) == 1
    # Superusers are told of the workflow's start as well.
    assert len(received[admin.email]) == 2
    task = Page.objects.get(pk=page.pk).current_workflow_task
    title = page.get_admin_display_title()
    for account, language in ((manager, "ar"), (admin, "he")):
        subject = translated(
            language,
            'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"',
        ) % {"title": title, "task": task.name}
        [message] = [m for m in received[account.email] if subject_of(m) == subject]
        body = text_of(message)
        assert translated(language, "Hello %(username)s,") % {"username": account.username} in body
        assert translated(language, "You can edit the page here:") in body
        assert f"http://testserver/admin/pages/{page.pk}/edit/" in body

    # The manager approves, in Arabic; the editor hears of it in English.
    production_mail.messages.clear()
    client.force_login(manager)
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    page.refresh_from_db()
    assert page.live and page.summary == "סיכום חדש שמחכה לאישור"
    run_worker()
    [message] = [m for m in production_mail.messages if m["To"] == editor.email]
    assert subject_of(message).startswith(f'The page "{page.get_admin_display_title()}" has been')
    assert "has been approved" in subject_of(message)


def test_a_refused_send_fails_its_task_and_is_logged(client, production_mail, run_worker, caplog):
    account = user(EDITOR, "ar")
    client.post(reverse("wagtailadmin_password_reset"), {"email": account.email})
    production_mail.stop()

    with caplog.at_level(logging.ERROR, logger="hub.mail"):
        run_worker()

    result = queued().get()
    assert result.status == TaskResultStatus.FAILED
    assert result.exception_class_path == "builtins.ConnectionRefusedError"
    assert "ConnectionRefusedError" in result.traceback
    [data] = result.args_kwargs["args"]
    assert data["to"] == [account.email], "the message stays with its failed task"
    assert translated("ar", "Please follow the link below to reset your password:") in data["body"]
    assert production_mail.messages == []
    [record] = [r for r in caplog.records if r.name == "hub.mail"]
    assert account.email in record.getMessage() and record.exc_info


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "SECRET_KEY": "test-only-not-secret-0123456789abcdef0123456789abcdef",
    "ALLOWED_HOSTS": "hub.example",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}
SHOW_MAIL_SETTINGS = (
    "from django.conf import settings; "
    "print(settings.EMAIL_BACKEND, settings.TASKS['default']['BACKEND'], "
    "settings.TASKS['background']['BACKEND'], settings.EMAIL_HOST, settings.EMAIL_PORT, "
    "settings.EMAIL_USE_TLS, settings.DEFAULT_FROM_EMAIL)"
)


def production_shell(**environment):
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("EMAIL_") and name != "DEFAULT_FROM_EMAIL"
    }
    return subprocess.run(
        [*MANAGE, "shell", "--no-imports", "-c", SHOW_MAIL_SETTINGS],
        env={**env, **PRODUCTION, **environment},
        capture_output=True,
        text=True,
        cwd=BASE_DIR,
    )


def test_production_queues_mail_and_needs_a_relay_and_a_sender():
    done = production_shell(EMAIL_HOST="smtp.hub.example", DEFAULT_FROM_EMAIL="hub@hub.example")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "hub.mail.QueuedEmailBackend",
        "django_tasks.backends.immediate.ImmediateBackend",
        "django_tasks_db.DatabaseBackend",
        "smtp.hub.example",
        "587",
        "True",
        "hub@hub.example",
    ]
    for missing in ("EMAIL_HOST", "DEFAULT_FROM_EMAIL"):
        environment = {"EMAIL_HOST": "smtp.hub.example", "DEFAULT_FROM_EMAIL": "hub@hub.example"}
        del environment[missing]
        done = production_shell(**environment)
        assert done.returncode != 0
        assert "EMAIL_HOST and DEFAULT_FROM_EMAIL must be set" in done.stderr
