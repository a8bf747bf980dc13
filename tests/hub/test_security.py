"""Security headers on public pages, the admin behind a login, login attempts limited, CSRF, and
uploads accepted by what they are rather than by their name."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from tests.helpers import pdf

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/he/", "/ar/institutions/", "/en/events/", "/he/search/?q=גינה"])
def test_public_pages_carry_security_headers(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_code(client):
    from bs4 import BeautifulSoup

    for url in ("/he/", "/en/institutions/jaffa-d-community-center/", "/ar/events/"):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        for script in page.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", url
        assert not page.find_all("style") and not page.select("[style]"), url
        assert not any(attr.startswith("on") for tag in page.find_all(True) for attr in tag.attrs)


def test_admin_needs_a_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_login_needs_a_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "admin", "password": "x"})
    assert response.status_code == 403


def test_login_attempts_are_limited(client, settings):
    settings.HUB_LOGIN_ATTEMPTS = 3
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "admin", "password": "wrong"})
        assert response.status_code == 200
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "hub-demo-2026"},
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "محاولات" in response.content.decode()


# Uploads


def docx():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def document_form(name, content):
    form_class = get_document_form(get_document_model())
    return form_class(
        data={"title": name, "collection": 1},
        files={"file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    "name,content,accepted",
    [
        ("protocol.pdf", pdf(), True),
        ("plan.docx", docx(), True),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, True),
        ("fake.pdf", b"just some text pretending", False),
        ("page.pdf", b"<html><script>alert(1)</script></html>", False),
        ("drawing.pdf", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', False),
        ("fake.docx", b"PK\x03\x04 not really a zip", False),
        ("archive.docx", b"", False),
        ("drawing.svg", b"<svg/>", False),
        ("page.html", b"<html></html>", False),
    ],
)
def test_documents_are_checked_by_content(name, content, accepted):
    form = document_form(name, content)
    assert form.is_valid() is accepted, form.errors


def image_bytes(fmt, size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, fmt)
    return out.getvalue()


def image_form(name, content):
    form_class = get_image_form(get_image_model())
    return form_class(
        data={"title": name, "collection": 1},
        files={"file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    "name,content,accepted",
    [
        ("photo.jpg", image_bytes("JPEG"), True),
        ("photo.png", image_bytes("PNG"), True),
        ("photo.webp", image_bytes("WEBP"), True),
        ("photo.jpg", image_bytes("PNG"), False),
        ("photo.gif", image_bytes("GIF"), False),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', False),
        ("photo.jpg", b"<html></html>", False),
    ],
)
def test_images_are_checked_by_content(name, content, accepted):
    assert image_form(name, content).is_valid() is accepted


def test_decompression_bombs_are_refused():
    bomb = image_bytes("PNG", size=(8000, 6000))  # 48 million pixels, a few kilobytes
    assert len(bomb) < 1_000_000
    form = image_form("bomb.png", bomb)
    assert not form.is_valid()


def test_uploads_over_the_size_limits_are_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    assert not document_form("big.pdf", pdf() + b"%" * 2000).is_valid()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    assert not image_form("big.png", image_bytes("PNG", size=(400, 400)) + b"\0" * 2000).is_valid()
