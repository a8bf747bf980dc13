"""Every page type: where it may live, and that it renders, edits and previews."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from business.models import (
    BusinessDirectoryPage,
    BusinessEventPage,
    BusinessIndexPage,
    BusinessTopicPage,
)
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from hub.models import (
    EventIndexPage,
    NeighborhoodIndexPage,
    NeighborhoodPage,
    QuarterPage,
    UnitDirectoryPage,
)
from institutions.models import InstitutionEventPage, InstitutionIndexPage, InstitutionPage
from projects.models import MeetingPage, ProjectIndexPage, ProjectPage

PAGE_PATHS = {
    HomePage: "",
    NeighborhoodIndexPage: "neighborhoods",
    QuarterPage: "neighborhoods/jaffa",
    NeighborhoodPage: "neighborhoods/jaffa/ajami",
    UnitDirectoryPage: "units",
    StandardPage: "participation",
    AccessibilityStatementPage: "accessibility",
    ProjectIndexPage: "projects",
    ProjectPage: "projects/yehuda-hayamit-street-renewal",
    MeetingPage: "projects/yehuda-hayamit-street-renewal/informing-meeting",
    BusinessIndexPage: "business",
    BusinessTopicPage: "business/business-licensing",
    BusinessDirectoryPage: "business/who-handles-what",
    BusinessEventPage: "business/innovation-conference",
    InstitutionIndexPage: "institutions",
    InstitutionPage: "institutions/jaffa-d-community-center",
    InstitutionEventPage: "institutions/jaffa-d-community-center/ramadan-iftar",
    EventIndexPage: "events",
}


class PageTypeTests(WagtailPageTestCase):
    def setUp(self):
        self.admin = get_user_model().objects.get(username="admin")

    def page(self, model, language="he"):
        page = Page.objects.get(depth=2, locale__language_code=language)
        for slug in filter(None, PAGE_PATHS[model].split("/")):
            page = page.get_children().get(slug=slug)
        page = page.specific
        self.assertIsInstance(page, model)
        return page

    def edit_data(self, page):
        """The edit form as the admin renders it; stream fields, which the admin fills in with
        JavaScript, are posted empty."""
        self.client.force_login(self.admin)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, (response.status_code, response.get("Location"))
        html = response.content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        # A ticked checkbox without a value is posted as "on" by browsers; the helper posts "".
        form = BeautifulSoup(html, "html.parser").find(id="page-edit-form")
        for box in form.find_all("input", type="checkbox", checked=True):
            if "value" not in box.attrs:
                data[box["name"]] = "on"
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                data[f"{field.name}-count"] = "0"
        data["action-publish"] = "1"
        return data

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                NeighborhoodIndexPage,
                UnitDirectoryPage,
                StandardPage,
                AccessibilityStatementPage,
                ProjectIndexPage,
                BusinessIndexPage,
                InstitutionIndexPage,
                EventIndexPage,
            },
        )
        self.assertAllowedParentPageTypes(NeighborhoodIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NeighborhoodIndexPage, {QuarterPage})
        self.assertAllowedParentPageTypes(QuarterPage, {NeighborhoodIndexPage})
        self.assertAllowedSubpageTypes(QuarterPage, {NeighborhoodPage})
        self.assertAllowedParentPageTypes(NeighborhoodPage, {QuarterPage})
        self.assertAllowedSubpageTypes(NeighborhoodPage, set())
        self.assertAllowedParentPageTypes(UnitDirectoryPage, {HomePage})
        self.assertAllowedSubpageTypes(UnitDirectoryPage, set())
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, {MeetingPage})
        self.assertAllowedParentPageTypes(MeetingPage, {ProjectPage})
        self.assertAllowedSubpageTypes(MeetingPage, set())
        self.assertAllowedParentPageTypes(BusinessIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(
            BusinessIndexPage, {BusinessTopicPage, BusinessDirectoryPage, BusinessEventPage}
        )
        for model in (BusinessTopicPage, BusinessDirectoryPage, BusinessEventPage):
            self.assertAllowedParentPageTypes(model, {BusinessIndexPage})
            self.assertAllowedSubpageTypes(model, set())
        self.assertAllowedParentPageTypes(InstitutionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(InstitutionIndexPage, {InstitutionPage})
        self.assertAllowedParentPageTypes(InstitutionPage, {InstitutionIndexPage})
        self.assertAllowedSubpageTypes(InstitutionPage, {InstitutionEventPage})
        self.assertAllowedParentPageTypes(InstitutionEventPage, {InstitutionPage})
        self.assertAllowedSubpageTypes(InstitutionEventPage, set())
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, set())

    def test_singletons_cannot_be_added_twice(self):
        home = self.page(HomePage)
        for model in (
            NeighborhoodIndexPage,
            UnitDirectoryPage,
            AccessibilityStatementPage,
            ProjectIndexPage,
            BusinessIndexPage,
            InstitutionIndexPage,
            EventIndexPage,
        ):
            self.assertFalse(model.can_create_at(home), model)
        self.assertTrue(StandardPage.can_create_at(home))

    def test_every_page_type_renders_edits_and_previews(self):
        for model in PAGE_PATHS:
            page = self.page(model)
            with self.subTest(model=model.__name__):
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=self.edit_data(page), user=self.admin)
                self.assertPageIsPreviewable(page, post_data=self.edit_data(page), user=self.admin)

    def test_translations_render_and_open_in_the_translation_editor(self):
        self.client.force_login(self.admin)
        for model in PAGE_PATHS:
            for language in ("ar", "en"):
                page = self.page(model, language)
                with self.subTest(model=model.__name__, language=language):
                    self.assertPageIsRenderable(page)
                    response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, "js-translation-editor")
