"""A PDF whose text cannot be read (locked with a password, damaged, a scan without text) is
accepted, and the editor is told on the spot that residents will not find it by its contents: on
every upload path of the admin. The report in the Reports menu lists such documents per unit.

The files are real: made with fpdf2, pypdf and Pillow. The editor reads the admin in English
here; the Hebrew and Arabic texts come with the catalogues."""

import io
import json
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile

from demo.media import pdf_bytes
from hub.models import MunicipalUnit
from hub.permissions import unit_collection
from search.models import DocumentText
from tests.helpers import soup

pytestmark = pytest.mark.django_db

OWN, OTHER = "engineering-coordination", "jaffa-administration"
PROJECT = "projects/shapira-community-garden"
TEXT = "The protocol of the residents meeting about the community garden."
SEARCHING = "residents will not find it by searching its contents"
REPORT = "/admin/reports/unsearchable-documents/"


def text_pdf():
    return pdf_bytes("Protocol", [("en", TEXT)])


def encrypted_pdf():
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf():
    content = text_pdf()
    return content[: len(content) // 2]


def scanned_pdf():
    """A page that is a picture, as a scanner makes them: no text to read."""
    out = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(out, "PDF")
    return out.getvalue()


def protected_pdf():
    """Protected against changes only: anyone may open it, and its text is read."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt("", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def xlsx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return out.getvalue()


UNREADABLE = {
    "locked.pdf": (encrypted_pdf, "it is locked with a password"),
    "truncated.pdf": (truncated_pdf, "its text cannot be read (the file may be damaged)"),
    "scan.pdf": (scanned_pdf, "it has no text to read (is it a scan?)"),
}


def user(username):
    return get_user_model().objects.get(username=username)


def collection(code=OWN):
    return unit_collection(MunicipalUnit.objects.get(code=code, locale__language_code="he"))


@pytest.fixture
def editor(client):
    """The unit's editor, reading the admin in English."""
    account = user(f"{OWN}-editor")
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(account)
    return client


def words(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def messages_shown(response):
    return words(str(soup(response).select_one(".messages")))


def pending(client):
    """What the admin's script fetches after an upload in the chooser."""
    return client.get(reverse("pending_messages")).json()["messages"]


def document(title):
    return get_document_model().objects.get(title=title)


@pytest.mark.parametrize("name", UNREADABLE)
def test_add_a_document_warns_on_the_next_page(editor, name):
    make, reason = UNREADABLE[name]
    data = {"title": name, "collection": collection().pk, "file": SimpleUploadedFile(name, make())}
    response = editor.post(reverse("wagtaildocs:add"), data, follow=True)
    shown = messages_shown(response)
    assert f"Document '{name}' added." in shown
    assert f"“{name}” was uploaded, but {reason}" in shown
    assert SEARCHING in shown
    assert pending(editor) == []


def test_a_pdf_with_text_or_an_office_file_comes_without_a_warning(editor):
    files = [("protocol.pdf", text_pdf()), ("protected.pdf", protected_pdf()), ("t.xlsx", xlsx())]
    for name, content in files:
        data = {"title": name, "collection": collection().pk}
        data["file"] = SimpleUploadedFile(name, content)
        response = editor.post(reverse("wagtaildocs:add"), data, follow=True)
        assert f"Document '{name}' added." in messages_shown(response)
        assert SEARCHING not in response.content.decode()
    for name in ("protocol.pdf", "protected.pdf"):
        record = DocumentText.objects.get(document=document(name))
        assert (record.status, record.text.split()[:2]) == ("read", ["The", "protocol"])


@pytest.mark.parametrize("name", UNREADABLE)
def test_multiple_upload_warns_in_the_files_form(editor, name):
    make, reason = UNREADABLE[name]
    data = {"collection": collection().pk, "files[]": SimpleUploadedFile(name, make())}
    response = editor.post(reverse("wagtaildocs:add_multiple"), data)
    result = json.loads(response.content)
    assert result["success"] is True
    form = words(result["form"])
    assert f"“{name}” was uploaded, but {reason}" in form
    assert SEARCHING in form
    assert pending(editor) == [], "the form said it: not again on the next page"


def test_multiple_upload_of_a_pdf_with_text_has_no_warning(editor):
    data = {"collection": collection().pk, "files[]": SimpleUploadedFile("p.pdf", text_pdf())}
    result = json.loads(editor.post(reverse("wagtaildocs:add_multiple"), data).content)
    assert result["success"] is True
    assert SEARCHING not in words(result["form"])


@pytest.mark.parametrize("name", UNREADABLE)
def test_the_choosers_upload_leaves_the_warning_for_the_page_editor(editor, name):
    make, reason = UNREADABLE[name]
    prefix = "document-chooser-upload"
    data = {
        f"{prefix}-title": name,
        f"{prefix}-collection": collection().pk,
        f"{prefix}-file": SimpleUploadedFile(name, make()),
    }
    response = editor.post(reverse("wagtaildocs_chooser:create"), data)
    result = json.loads(response.content)
    assert result["step"] == "chosen"
    assert result["result"]["id"] == str(document(name).pk)
    [message] = pending(editor)
    assert message["type"] == "warning"
    assert f"“{name}” was uploaded, but {reason}" in message["text"]
    assert pending(editor) == [], "handed over once"


@pytest.mark.parametrize("name", UNREADABLE)
def test_replacing_the_file_warns_and_the_edit_page_says_it(editor, name):
    make, reason = UNREADABLE[name]
    flyer = get_document_model().objects.create(
        title="flyer",
        file=ContentFile(text_pdf(), name="flyer.pdf"),
        collection=collection(),
        uploaded_by_user=user(f"{OWN}-editor"),
    )
    url = reverse("wagtaildocs:edit", args=[flyer.pk])
    assert SEARCHING not in words(editor.get(url).content.decode())
    data = {"title": "flyer", "collection": collection().pk}
    data["file"] = SimpleUploadedFile(name, make())
    response = editor.post(url, data, follow=True)
    assert f"“flyer” was uploaded, but {reason}" in messages_shown(response)
    page = soup(editor.get(url))
    field = page.find("input", attrs={"name": "file"}).find_parent(attrs={"data-field": True})
    assert f"“flyer” was uploaded, but {reason}" in words(str(field))


def unreadable_document(title, code, make=scanned_pdf):
    return get_document_model().objects.create(
        title=title, file=ContentFile(make(), name=f"{title}.pdf"), collection=collection(code)
    )


def report_rows(client, query=""):
    response = client.get(REPORT + query)
    return [
        [words(str(cell)) for cell in row.find_all("td")]
        for row in soup(response).select("table tbody tr")
    ]


def test_the_report_lists_the_units_documents_with_their_reason_and_pages(editor, demo_page):
    scan = unreadable_document("scan-own", OWN)
    unreadable_document("locked-own", OWN, encrypted_pdf)
    unreadable_document("broken-own", OWN, truncated_pdf)
    get_document_model().objects.create(
        title="readable-own", file=ContentFile(text_pdf(), name="r.pdf"), collection=collection()
    )
    unreadable_document("scan-other", OTHER)
    meeting = demo_page(PROJECT).get_children().live().first().specific
    meeting.flyer = scan
    meeting.save_revision().publish()

    rows = {row[0]: row for row in report_rows(editor)}
    assert set(rows) == {"scan-own", "locked-own", "broken-own"}
    title, file_name, unit, reason, _uploaded, used_on = rows["scan-own"]
    assert file_name == scan.filename
    assert unit == "Engineering Coordination Department"
    assert reason == "No text (a scan?)"
    assert used_on == meeting.title
    assert rows["locked-own"][3] == "Locked with a password"
    assert rows["broken-own"][3] == "Unreadable (broken or encrypted)"
    assert rows["locked-own"][5] == ""


def test_each_unit_sees_its_own_and_superusers_all(client):
    unreadable_document("scan-own", OWN)
    unreadable_document("scan-other", OTHER)
    seen = {}
    for username in (f"{OWN}-editor", f"{OWN}-manager", f"{OTHER}-editor", "admin"):
        client.force_login(user(username))
        seen[username] = {row[0] for row in report_rows(client)} & {"scan-own", "scan-other"}
    assert seen == {
        f"{OWN}-editor": {"scan-own"},
        f"{OWN}-manager": {"scan-own"},
        f"{OTHER}-editor": {"scan-other"},
        "admin": {"scan-own", "scan-other"},
    }


def test_the_report_filters_by_unit(client):
    unreadable_document("scan-own", OWN)
    unreadable_document("scan-other", OTHER)
    client.force_login(user("admin"))
    rows = report_rows(client, f"?collection={collection(OTHER).pk}")
    assert {row[0] for row in rows} == {"scan-other"}
    unknown = {row[0] for row in report_rows(client, "?collection=not-a-number")}
    assert unknown >= {"scan-own", "scan-other"}, "an unknown unit filters nothing out"


def test_who_may_open_the_report(client):
    outsider = get_user_model().objects.create_user("outsider", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    response = client.get(REPORT)
    assert (response.status_code, response["Location"]) == (302, "/admin/"), "Wagtail's refusal"
    assert REPORT not in client.get("/admin/").content.decode()
    client.logout()
    assert client.get(REPORT).status_code == 302
    client.force_login(user(f"{OWN}-editor"))
    assert REPORT in client.get("/admin/").content.decode(), "in the Reports menu"
