"""Uploads are accepted by what they are, not by what they are called: documents must be PDF or
office files by their first bytes; SVG, HTML and scripts are refused whatever their name. Images
are checked by Wagtail (format read from the content, matching the extension) within our size
and pixel limits (settings: WAGTAILIMAGES_*). A document or image whose title is left empty is
called by its file's name, cleaned (hub.slugs.title_from_filename), as the upload screens' script
fills it in (hub/static/hub/admin/documents-upload.js).

Each refusal is one message that says what is wrong with the file, with the numbers where there
is a limit. An accepted document may still come with a notice: apps that learn something about
uploaded files (search reads their text) register a function that says what its editors should
know, and the document's form shows it beside the document."""

import math
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from hub.slugs import title_from_filename

PDF = b"%PDF-"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt
ZIP = b"PK\x03\x04"  # .docx, .xlsx, .pptx, .odt, .ods, .odp
OFFICE_ZIP_MARKERS = ("[Content_Types].xml", "mimetype")
MARKUP = (b"<svg", b"<html", b"<!doctype", b"<script", b"<?xml")
MEGAPIXEL = 1_000_000

FILE_TOO_LARGE = _("The file is too large: %(file_size)s; at most %(max_filesize)s.")
FILE_TOO_LARGE_UNKNOWN_SIZE = _("The file is too large: at most %(max_filesize)s.")

# Functions of a saved document returning what its editors should know about it, or None.
document_notices = []


def register_document_notice(func):
    document_notices.append(func)
    return func


def notices_for(document):
    return [notice for func in document_notices if (notice := func(document))]


def document_kind_error(file, extension):
    """Why this file may not be published as a document, or None."""
    head = file.read(2048)
    file.seek(0)
    if any(marker in head.lower() for marker in MARKUP) and not head.startswith((PDF, ZIP)):
        return _("Web pages, SVG images and scripts cannot be uploaded as documents.")
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        return _(
            "Only PDF and office files (Word, Excel, PowerPoint, OpenDocument) can be uploaded "
            "as documents."
        )
    if extension == "pdf":
        return None if head.startswith(PDF) else _("This file is not a PDF.")
    if extension in ("doc", "xls", "ppt"):
        return None if head.startswith(OLE2) else _("This file is not an office document.")
    if head.startswith(ZIP):
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            names = set()
        finally:
            file.seek(0)
        if names & set(OFFICE_ZIP_MARKERS):
            return None
    return _("This file is not an office document.")


class TitleFromFileName:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].required = False

    def clean(self):
        cleaned_data = super().clean()
        file = cleaned_data.get("file")
        if "title" in self.fields and not cleaned_data.get("title") and file:
            title = title_from_filename(file.name)
            cleaned_data["title"] = title[: self.fields["title"].max_length]
        return cleaned_data


def word_size_refusals(field):
    """Wagtail's file fields say "too big" in words of their own; ours give both sizes."""
    field.error_messages["file_too_large"] = FILE_TOO_LARGE
    field.error_messages["file_too_large_unknown_size"] = FILE_TOO_LARGE_UNKNOWN_SIZE % {
        "max_filesize": field.max_upload_size_text
    }


class SingleFileRefusalMixin:
    """Wagtail's Document.clean() checks the extension of the file the document holds. After a
    refused upload that is the old file, or none at all ("file extension “” is not allowed"):
    the refusal already said what is wrong, so the file keeps the errors it had."""

    def _post_clean(self):
        refused = len(self.errors.get("file", ()))
        super()._post_clean()
        if refused:
            del self.errors["file"][refused:]


class DocumentForm(TitleFromFileName, SingleFileRefusalMixin, BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            word_size_refusals(self.fields["file"])
        if self.instance.pk and not self.is_bound:
            self.show_notices()

    def show_notices(self):
        """Beside the file where the form has one (the edit page), else beside the title (the
        small forms of the multiple upload, one per uploaded file)."""
        field = self.fields.get("file") or self.fields.get("title")
        notices = notices_for(self.instance)
        if field is not None and notices:
            field.help_text = render_to_string(
                "hub/admin/upload_notices.html",
                {"notices": notices, "help_text": field.help_text},
            )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "read"):
            extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
            error = document_kind_error(file, extension)
            if error:
                raise ValidationError(error)
        return file


def megapixels(pixels):
    """Whole megapixels, or tenths when that is closer (rounded up, so that an image over the
    limit never reads as the limit itself)."""
    value = math.ceil(pixels / MEGAPIXEL * 10) / 10
    return number_format(value, decimal_pos=0 if value == int(value) else 1)


class ImageForm(TitleFromFileName, BaseImageForm):
    """Wagtail's image form, with the limits counted in megabytes and megapixels. The pixel
    limit is checked here rather than by Wagtail's field, to say it in megapixels; images too
    large for Pillow to open at all are still refused by the field, before decoding."""

    max_pixels = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:
            return
        word_size_refusals(field)
        if field.max_image_pixels:
            self.max_pixels, field.max_image_pixels = field.max_image_pixels, None
            field.error_messages["file_too_many_pixels"] = _(
                "The image is too large: far more than %(limit)s megapixels."
            ) % {"limit": megapixels(self.max_pixels)}

    def clean_file(self):
        file = self.cleaned_data.get("file")
        image = getattr(file, "image", None)
        if image is not None and self.max_pixels is not None:
            width, height = image.get_size()
            pixels = width * height * image.get_frame_count()
            if pixels > self.max_pixels:
                raise ValidationError(
                    _(
                        "The image is too large: %(pixels)s megapixels; at most %(limit)s megapixels."
                    )
                    % {"pixels": megapixels(pixels), "limit": megapixels(self.max_pixels)},
                    code="file_too_many_pixels",
                )
        return file
