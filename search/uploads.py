"""What editors are told, on the spot, about a document whose text residents cannot search (it
is locked with a password, damaged, or a scan without text). The upload is accepted; the editor
hears why its contents will not be found:

- on the page an upload leads to (Documents → Add a document, replacing a file on the edit page),
  as a message;
- in the small form the multiple upload shows for each uploaded file, and beside the file on the
  edit page, as a notice of the document form (hub.uploads);
- in the page editor after an upload in the document chooser, as the same message, which
  search/static/search/upload-messages.js asks for as soon as the upload returns.

The text is read while the document is saved (search.signals); `UploadWarningMiddleware` keeps
the request at hand meanwhile, so that the message reaches the editor who uploaded it."""

import html
from contextvars import ContextVar

from django.contrib import messages
from django.http import JsonResponse
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from hub.uploads import register_document_notice

from .models import DocumentText

Status = DocumentText.Status
WARNINGS = {
    Status.ENCRYPTED: _(
        "“%(title)s” was uploaded, but it is locked with a password, so its text cannot be "
        "read: residents will not find it by searching its contents. Upload a copy without a "
        "password if you can."
    ),
    Status.UNREADABLE: _(
        "“%(title)s” was uploaded, but its text cannot be read (the file may be damaged): "
        "residents will not find it by searching its contents. Upload a PDF with text if you can."
    ),
    Status.EMPTY: _(
        "“%(title)s” was uploaded, but it has no text to read (is it a scan?): residents will "
        "not find it by searching its contents. Upload a PDF with text if you can."
    ),
}
UNSEARCHABLE = tuple(WARNINGS)
# Views whose answer shows the notice itself: the multiple upload puts it in the file's form.
SHOWN_IN_FORM = {"wagtaildocs:add_multiple"}

_request = ContextVar("search_upload_request", default=None)


def warning(document, status):
    return WARNINGS[status] % {"title": document.title} if status in WARNINGS else None


@register_document_notice
def unsearchable_notice(document):
    status = DocumentText.objects.filter(document=document).values_list("status", flat=True).first()
    return warning(document, status)


def warn_uploader(document, record):
    """A message for the editor whose request saved `document`, if residents cannot search
    its text."""
    request = _request.get()
    text = warning(document, record.status)
    if request is None or text is None:
        return
    match = request.resolver_match
    if match is None or match.view_name not in SHOWN_IN_FORM:
        messages.warning(request, text, fail_silently=True)


class UploadWarningMiddleware:
    """Keeps the request being answered at hand for `warn_uploader`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def plain(message):
    """A message as text: Wagtail writes some as HTML, with buttons."""
    text = message.message
    return html.unescape(strip_tags(text)) if isinstance(text, SafeString) else str(text)


@require_GET
def pending_messages(request):
    """The messages waiting for the next page, handed over now (and so not shown twice), for the
    admin's scripts to show after a request that returned no page."""
    waiting = messages.get_messages(request)
    return JsonResponse(
        {"messages": [{"text": plain(message), "type": message.level_tag} for message in waiting]}
    )
