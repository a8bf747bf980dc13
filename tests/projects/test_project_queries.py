"""A project page costs the same few queries however many meetings, renderings and documents
the project has, with nothing cached (no page, no listing fragment, no site chrome)."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from hub.models import NeighborhoodPage
from projects.models import MeetingKind, MeetingPage, ProjectNeighborhood, ProjectPage
from tests.helpers import count_queries, pdf, soup

pytestmark = pytest.mark.django_db

BUDGET = 14  # the issue asks for at most 15; 14 is what it takes


def project_with(index, number):
    """A project under `index` with `number` renderings, documents, meetings (half of them
    past), stages and updates."""
    images = [
        get_image_model().objects.create(
            title=f"rendering-{number}-{n}.png", file=get_test_image_file(f"r{number}-{n}.png")
        )
        for n in range(number)
    ]
    documents = [
        get_document_model().objects.create(
            title=f"מינשר {n}", file=ContentFile(pdf(), name=f"flyer-{number}-{n}.pdf")
        )
        for n in range(number)
    ]
    today = datetime.date.today()
    project = ProjectPage(
        title=f"פרויקט {number}",
        slug=f"queries-{number}",
        summary="רחוב חדש, עצים ותאורה.",
        unit=index.get_children().specific().first().unit,
        contact_name="דנה כהן",
        contact_role="מנהלת הפרויקט",
        contact_phone="03-724-1111",
        renderings=[
            ("rendering", {"image": image, "alt_text": f"הדמיה {n}", "caption": f"מבט {n}"})
            for n, image in enumerate(images)
        ],
        documents=[
            ("document", {"document": document, "title": document.title, "kind": "flyer"})
            for document in documents
        ],
        timeline=[("stage", {"title": f"שלב {n}", "start": today}) for n in range(number)],
        updates=[
            ("update", {"date": today, "title": f"עדכון {n}", "text": "התקדמות"})
            for n in range(number)
        ],
    )
    neighborhood = NeighborhoodPage.objects.filter(locale=index.locale).first()
    project.neighborhood_links.add(ProjectNeighborhood(neighborhood=neighborhood))
    index.add_child(instance=project)
    for n in range(number):
        start = timezone.now() + datetime.timedelta(days=10 if n % 2 else -10, hours=n)
        project.add_child(
            instance=MeetingPage(
                title=f"מפגש {n}",
                slug=f"meeting-{n}",
                kind=MeetingKind.RESIDENTS,
                start=start,
                end=start + datetime.timedelta(hours=2),
                place="אולם",
                unit=project.unit,
                flyer=documents[n],
            )
        )
    return project


def test_project_page_queries_are_few_and_do_not_grow(client, demo_page):
    index = demo_page("projects")
    counts = {}
    for number in (1, 6):
        url = project_with(index, number).url
        page = soup(client.get(url))
        assert len(page.select(".gallery picture")) == number
        assert len(page.select(".documents li")) == number
        assert len(page.select("#meetings-heading ~ ul .meeting")) == number
        counts[number] = count_queries(client, url)
    assert counts[1] == counts[6] <= BUDGET, counts


def test_view_restrictions_still_apply(client, demo_page):
    """Serving a project or a meeting reads its restrictions with the page itself: a restricted
    project or meeting still asks for its password, and a restricted meeting is not listed."""
    project = demo_page("projects/yehuda-hayamit-street-renewal")
    meetings = list(MeetingPage.objects.child_of(project).live().order_by("start"))
    hidden, shown = meetings[0], meetings[-1]
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x1")
    text = soup(client.get(project.url)).get_text()
    assert hidden.title not in text and shown.title in text
    assert b'name="password"' in client.get(hidden.url).content
    PageViewRestriction.objects.create(page=project, restriction_type="password", password="x2")
    for url in (project.url, shown.url):
        response = client.get(url)
        assert b'name="password"' in response.content
        assert project.summary.encode() not in response.content
