"""Uploaded files are titled by their cleaned names, and a project's document block takes its
title and kind from the document chosen."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.admin.telepath import JSContext
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.slugs import title_from_filename
from projects.blocks import DOCUMENT_KIND_KEYWORDS, ProjectDocumentBlock, guess_document_kind
from tests.helpers import pdf

pytestmark = pytest.mark.django_db

FLYER = "flyer_meeting-north_final.pdf"
PROJECT = "projects/yehuda-hayamit-street-renewal"


@pytest.mark.parametrize(
    ("filename", "title"),
    [
        (FLYER, "flyer meeting north"),
        ("C:\\fakepath\\protocol 2026-03-01 (1).PDF", "protocol 2026-03-01"),
        ("report - Copy.docx", "report"),
        ("הזמנה_לכנס_סופי.pdf", "הזמנה לכנס"),
        ("محضر_الجلسة_نهائي.pdf", "محضر الجلسة"),
        ("plan.v2(2)(3).pdf", "plan v2"),
        ("סיכום 01.03.2026 עותק.pdf", "סיכום 01.03.2026"),
        ("documents/site__map..odt", "site map"),
        ("final.pdf", "final"),
    ],
)
def test_title_from_file_name(filename, title):
    assert title_from_filename(filename) == title


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        (FLYER, "flyer"),
        ("הזמנה למפגש תושבים", "flyer"),
        ("עלון מידע", "flyer"),
        ("نشرة الحي", "flyer"),
        ("دعوة للاجتماع", "flyer"),
        ("Protocol of the round table", "protocol"),
        ("פרוטוקול ישיבה", "protocol"),
        ("סיכום דיון 3", "protocol"),
        ("محضر الجلسة", "protocol"),
        ("תכנית בינוי", "plan"),
        ("התוכנית המאושרת", "plan"),
        ("Site map", "plan"),
        ("خطة العمل", "plan"),
        ("מפה", "plan"),
        ("budget 2026", "other"),
    ],
)
def test_kind_is_guessed_from_the_name(name, kind):
    assert guess_document_kind(name) == kind


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    return client


def png():
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "PNG")
    return out.getvalue()


def test_a_document_uploaded_without_a_title_is_called_by_its_name(admin_client):
    upload = SimpleUploadedFile(FLYER, pdf(), content_type="application/pdf")
    data = {"title": "", "file": upload, "collection": Collection.get_first_root_node().pk}
    response = admin_client.post(reverse("wagtaildocs:add"), data)
    assert response.status_code == 302
    assert get_document_model().objects.get(file__contains="flyer_meeting").title == (
        "flyer meeting north"
    )


def test_a_typed_title_is_kept(admin_client):
    upload = SimpleUploadedFile(FLYER, pdf(), content_type="application/pdf")
    data = {
        "title": "Invitation",
        "file": upload,
        "collection": Collection.get_first_root_node().pk,
    }
    admin_client.post(reverse("wagtaildocs:add"), data)
    assert get_document_model().objects.filter(title="Invitation").exists()


def test_an_image_uploaded_without_a_title_is_called_by_its_name(admin_client):
    upload = SimpleUploadedFile("north_park-rendering (2).png", png(), content_type="image/png")
    data = {"title": "", "file": upload, "collection": Collection.get_first_root_node().pk}
    response = admin_client.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="north park rendering").exists()


@pytest.fixture
def document(db):
    Document = get_document_model()
    return Document.objects.create(title="flyer meeting north", file=ContentFile(pdf(), name=FLYER))


def clean(document, **fields):
    block = ProjectDocumentBlock()
    value = {"document": document.pk, "title": "", "kind": "other", "language": "he", **fields}
    return block.clean(block.to_python(value))


def test_an_empty_block_title_takes_the_documents_title_and_kind(document):
    value = clean(document)
    assert value["title"] == "flyer meeting north"
    assert value["kind"] == "flyer"


def test_the_editors_title_and_kind_are_kept(document):
    assert clean(document, title="Invitation to residents")["kind"] == "other"
    assert clean(document, title="Invitation to residents")["title"] == "Invitation to residents"
    assert clean(document, kind="plan")["kind"] == "plan"


def test_a_block_without_a_document_is_refused():
    block = ProjectDocumentBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"document": None, "title": "", "kind": "other"}))
    assert set(refused.value.block_errors) == {"document"}


def test_the_blocks_script_gets_the_same_keywords(admin_client, demo_page):
    context = JSContext()
    packed = context.pack(ProjectDocumentBlock())
    assert "projects/js/document-block.js" in str(context.media)
    assert packed["_type"] == "projects.blocks.ProjectDocumentBlock"
    meta = packed["_args"][2]
    assert meta["kindKeywords"] == [[kind, words] for kind, words in DOCUMENT_KIND_KEYWORDS]
    assert meta["defaultKind"] == "other"
    project = demo_page(PROJECT)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[project.pk]))
    assert "projects/js/document-block.js" in response.content.decode()
