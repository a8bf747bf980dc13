"""E-mail: the language a message is written in, and the queue it goes out through.

Messages are written in their recipient's language: the one they chose for the admin, else the
site's, never that of whoever caused the message (an editor working in English submits a page;
its Arabic-speaking manager is told in Arabic).

In production, sending is the worker's job: the e-mail backend stores each message as a task
(`TASKS["background"]`, run by `manage.py db_worker --backend background`), so no request waits
on the SMTP relay, and a message the relay refuses stays behind as a failed task, with the
message in its arguments and the error in its traceback."""

import base64
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import translation
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def recipient_language(user):
    return UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE


class PasswordResetForm(WagtailPasswordResetForm):
    """The admin's password reset (WAGTAILADMIN_USER_PASSWORD_RESET_FORM). Django writes the
    message in the language of whoever asked for it, who need not be the account's owner."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(recipient_language(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class SiteLanguageByDefault:
    """Wagtail writes each workflow notification in its recipient's preferred language, but for
    a recipient who chose none it takes the active language: the sender's. Under the site's
    language, that fallback is the site's."""

    def send_emails(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super().send_emails(*args, **kwargs)


class TaskSubmissionNotifier(SiteLanguageByDefault, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(SiteLanguageByDefault, WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovalNotifier(SiteLanguageByDefault, WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(SiteLanguageByDefault, WorkflowStateRejectionEmailNotifier):
    pass


# Wagtail's own receivers (wagtail/admin/signal_handlers.py), by signal, sender and dispatch_uid.
NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmissionNotifier()),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", WorkflowSubmissionNotifier()),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", WorkflowRejectionNotifier()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", WorkflowApprovalNotifier()),
]  # fmt: skip


def connect_notifiers():
    """Puts these notifiers in the place of Wagtail's, under their dispatch_uid, whichever app is
    ready first: Wagtail's receivers already connected are removed here, and Django ignores
    those it connects later under a uid already taken."""
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)


def to_json(message):
    """Everything that makes up the message, as the task's JSON argument."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise TypeError(
                "A MIME part attachment cannot be queued; attach file name and content."
            )
        filename, content, mimetype = attachment
        if isinstance(content, bytes):
            content = {"base64": base64.b64encode(content).decode("ascii")}
        attachments.append([filename, content, mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
        "encoding": str(message.encoding) if message.encoding else None,
    }


def from_json(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=data["alternatives"],
    )
    for filename, content, mimetype in data["attachments"]:
        if isinstance(content, dict):
            content = base64.b64decode(content["base64"])
        message.attach(filename, content, mimetype)
    message.content_subtype = data["content_subtype"]
    message.encoding = data["encoding"]
    return message


@task(backend="background")
def send_queued_email(data):
    """Sends one message through the SMTP relay. A refusal or an unreachable relay fails the
    task, which records it (the message stays in the task's arguments) and is logged."""
    message = from_json(data)
    try:
        get_connection(SMTP_BACKEND).send_messages([message])
    except Exception:
        logger.exception("E-mail %r to %s was not sent", message.subject, message.recipients())
        raise


class QueuedEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND for production: each message becomes a task for the worker."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                send_queued_email.enqueue(to_json(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("E-mail %r could not be queued", message.subject)
            else:
                queued += 1
        return queued
