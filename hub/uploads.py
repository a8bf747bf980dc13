"""Uploads are accepted by what they are, not by what they are called: documents must be PDF or
office files by their first bytes; SVG, HTML and scripts are refused whatever their name. Images
are checked by Wagtail (format read from the content, matching the extension) within our size
and pixel limits (settings: WAGTAILIMAGES_*). A document or image whose title is left empty is
called by its file's name, cleaned (hub.slugs.title_from_filename), as the upload screens' script
fills it in (hub/static/hub/admin/documents-upload.js)."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from hub.slugs import title_from_filename

PDF = b"%PDF-"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt
ZIP = b"PK\x03\x04"  # .docx, .xlsx, .pptx, .odt, .ods, .odp
OFFICE_ZIP_MARKERS = ("[Content_Types].xml", "mimetype")
MARKUP = (b"<svg", b"<html", b"<!doctype", b"<script", b"<?xml")


def document_kind_error(file, extension):
    """Why this file may not be published as a document, or None."""
    head = file.read(2048)
    file.seek(0)
    if any(marker in head.lower() for marker in MARKUP) and not head.startswith((PDF, ZIP)):
        return _("Web pages, SVG images and scripts cannot be uploaded as documents.")
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


class ImageForm(TitleFromFileName, BaseImageForm):
    pass


class DocumentForm(TitleFromFileName, BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "read"):
            extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
            error = document_kind_error(file, extension)
            if error:
                raise ValidationError(error)
        return file
