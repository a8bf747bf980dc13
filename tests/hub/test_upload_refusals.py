"""Every refused upload says one thing, in the editor's language: what is wrong with the file,
with the numbers where a limit was passed. Tried over HTTP as a unit's editor, on the single and
the multiple upload of documents and images; nothing gives a server error.

The editor reads the admin in English here: the Hebrew and Arabic texts of these messages come
with the catalogues (msgids in hub/uploads.py)."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from hub.models import MunicipalUnit
from hub.permissions import unit_collection
from tests.helpers import pdf, soup

pytestmark = pytest.mark.django_db

UNIT = "engineering-coordination"
NOT_A_DOCUMENT = (
    "Only PDF and office files (Word, Excel, PowerPoint, OpenDocument) can be uploaded as "
    "documents."
)
MARKUP = "Web pages, SVG images and scripts cannot be uploaded as documents."
NOT_A_PDF = "This file is not a PDF."
EMPTY = "The submitted file is empty."
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\0" * 500


def image_bytes(fmt, size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, fmt)
    return out.getvalue()


@pytest.fixture
def editor(client):
    user = get_user_model().objects.get(username=f"{UNIT}-editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def collection():
    return unit_collection(MunicipalUnit.objects.get(code=UNIT, locale__language_code="he"))


def add_document(client, name, content):
    data = {"title": "refused", "collection": collection().pk}
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(reverse("wagtaildocs:add"), data)


def add_documents(client, name, content):
    data = {"collection": collection().pk, "files[]": SimpleUploadedFile(name, content)}
    return client.post(reverse("wagtaildocs:add_multiple"), data)


def add_image(client, name, content):
    data = {"title": "refused", "collection": collection().pk}
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(reverse("wagtailimages:add"), data)


def add_images(client, name, content):
    data = {"collection": collection().pk, "files[]": SimpleUploadedFile(name, content)}
    return client.post(reverse("wagtailimages:add_multiple"), data)


def file_errors(response):
    """The file field's errors as the page shows them (Wagtail puts them in one paragraph)."""
    page = soup(response)
    field = page.find("input", attrs={"name": "file"}).find_parent(attrs={"data-field": True})
    return [error.get_text(" ", strip=True) for error in field.select(".error-message")]


def multiple_error(response):
    assert response.status_code == 200, response.status_code
    data = json.loads(response.content)
    assert data["success"] is False
    return data["error_message"]


DOCUMENT_REFUSALS = [
    ("page.html", b"<html><body>hello</body></html>", MARKUP),
    ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', MARKUP),
    ("page.pdf", b"<!DOCTYPE html><html></html>", MARKUP),
    ("setup.exe", EXE, NOT_A_DOCUMENT),
    ("notes.txt", b"just text", NOT_A_DOCUMENT),
    ("no-extension", pdf(), NOT_A_DOCUMENT),
    ("setup.pdf", EXE, NOT_A_PDF),
    ("setup.docx", EXE, "This file is not an office document."),
    ("empty.txt", b"", EMPTY),
    ("empty.pdf", b"", EMPTY),
]


@pytest.mark.parametrize("name,content,message", DOCUMENT_REFUSALS)
def test_a_refused_document_gets_one_message(editor, name, content, message):
    before = get_document_model().objects.count()
    assert file_errors(add_document(editor, name, content)) == [message]
    assert multiple_error(add_documents(editor, name, content)) == message
    assert get_document_model().objects.count() == before


def test_the_size_limit_gives_both_sizes(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    big = "The file is too large: 2.9\xa0KB; at most 1000\xa0bytes."
    assert file_errors(add_document(editor, "big.pdf", pdf() + b"%" * 2500)) != []
    assert file_errors(add_document(editor, "big.pdf", b"%" * 3000)) == [big]
    image = image_bytes("PNG", size=(400, 400)) + b"\0" * 3000
    size = len(image) / 1024
    assert file_errors(add_image(editor, "big.png", image)) == [
        f"The file is too large: {size:.1f}\xa0KB; at most 1000\xa0bytes."
    ]
    page = editor.get(reverse("wagtaildocs:add_multiple")).content.decode()
    assert "The file is too large: at most 1000\xa0bytes." in page


def test_a_picture_over_the_pixel_limit_is_counted_in_megapixels(editor):
    bomb = image_bytes("PNG", size=(8000, 6500))  # 52 megapixels of one colour: a small file
    assert len(bomb) < 500_000
    message = "The image is too large: 52 megapixels; at most 40 megapixels."
    assert file_errors(add_image(editor, "bomb.png", bomb)) == [message]
    assert multiple_error(add_images(editor, "bomb.png", bomb)) == message
    just_over = image_bytes("PNG", size=(8000, 5001))
    assert file_errors(add_image(editor, "over.png", just_over)) == [
        "The image is too large: 40.1 megapixels; at most 40 megapixels."
    ]
    assert not get_image_model().objects.filter(title__in=["bomb.png", "over.png"]).exists()


def test_a_picture_too_large_to_open_is_refused_before_decoding(editor):
    huge = image_bytes("PNG", size=(20000, 10000))  # 200 megapixels: Pillow will not open it
    message = "The image is too large: far more than 40 megapixels."
    assert file_errors(add_image(editor, "huge.png", huge)) == [message]


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("photo.jpg", b"", EMPTY),
        (
            "photo.jpg",
            EXE,
            "Upload a valid image. The file you uploaded was either not an image or a corrupted image.",
        ),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"/>',
            "Not a supported image format. Supported formats: JPG, JPEG, PNG, WEBP.",
        ),
    ],
)
def test_a_refused_image_gets_one_message(editor, name, content, message):
    assert file_errors(add_image(editor, name, content)) == [message]
    assert multiple_error(add_images(editor, name, content)) == message


def test_a_long_file_name_is_shortened_to_fit(editor):
    name = "א" * 296 + ".pdf"
    assert add_document(editor, name, pdf()).status_code == 302
    document = get_document_model().objects.get(title="refused")
    assert len(document.file.name) <= 100
    assert document.filename.startswith("אאא") and document.filename.endswith(".pdf")
    response = add_documents(editor, name, pdf())
    assert response.status_code == 200 and json.loads(response.content)["success"] is True


def test_a_nul_byte_in_the_file_name_is_dropped(editor):
    response = add_document(editor, "proto\x00col.pdf", pdf())
    assert response.status_code == 302
    document = get_document_model().objects.get(collection=collection())
    assert "\x00" not in document.file.name
    assert document.filename.endswith(".pdf")


def test_a_document_replaced_by_a_refused_file_keeps_its_file(editor):
    document = get_document_model().objects.create(
        title="protocol",
        file=SimpleUploadedFile("protocol.pdf", pdf()),
        collection=collection(),
    )
    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = {"title": "protocol", "collection": collection().pk}
    data["file"] = SimpleUploadedFile("page.html", b"<html></html>")
    assert file_errors(editor.post(url, data)) == [MARKUP]
    document.refresh_from_db()
    assert document.file.name.endswith(".pdf")
