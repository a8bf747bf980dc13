"""Text from uploaded PDFs, read once, within bounds: at most MAX_PAGES pages and MAX_SECONDS of
work; a broken file is recorded as unreadable and one locked with a password as encrypted, never
raised. A PDF that is only protected against changes (no password to open it) is read."""

import logging
import time

from pypdf import PdfReader
from pypdf.errors import DependencyError

from .models import DocumentText

MAX_PAGES = 50
MAX_SECONDS = 5
MAX_CHARACTERS = 200_000

logger = logging.getLogger(__name__)


def read_pdf(file):
    """(status, text, pages read) of a PDF file object."""
    started = time.monotonic()
    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            return DocumentText.Status.ENCRYPTED, "", 0
        parts, pages = [], 0
        for page in reader.pages[:MAX_PAGES]:
            parts.append(page.extract_text() or "")
            pages += 1
            if time.monotonic() - started > MAX_SECONDS or sum(map(len, parts)) > MAX_CHARACTERS:
                break
    except DependencyError:  # AES needs the optional cryptography package
        return DocumentText.Status.ENCRYPTED, "", 0
    except Exception:  # noqa: BLE001 - any malformed file is "unreadable", never a crash
        logger.warning("Could not read a PDF for search", exc_info=True)
        return DocumentText.Status.UNREADABLE, "", 0
    text = " ".join(parts).strip()[:MAX_CHARACTERS]
    return (DocumentText.Status.READ if text else DocumentText.Status.EMPTY), text, pages


def extract(document):
    """Read the document's text unless it was read from this very file already; say whether it
    was read now."""
    name = document.file.name
    existing = DocumentText.objects.filter(document=document).first()
    if existing and existing.file_name == name:
        return existing, False
    if document.file_extension.lower() != "pdf":
        status, text, pages = DocumentText.Status.UNSUPPORTED, "", 0
    else:
        try:
            with document.file.open("rb") as file:
                status, text, pages = read_pdf(file)
        except OSError:
            logger.warning("Could not open %s for search", name, exc_info=True)
            status, text, pages = DocumentText.Status.UNREADABLE, "", 0
    record, _created = DocumentText.objects.update_or_create(
        document=document,
        defaults={"file_name": name, "status": status, "text": text, "pages_read": pages},
    )
    return record, True


def document_search_text(document):
    record = DocumentText.objects.filter(document=document).first()
    return record.text if record else ""
