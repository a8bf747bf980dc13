"""The page editor's views, where the hub differs from Wagtail's defaults."""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet


class CreateWithoutAutosave(CreateView):
    """A new page is created only when the editor saves it. Autosave on the add form would
    create the page the moment the form is valid, so an abandoned form left a stray draft in
    the unit's section; once saved, the page's editor autosaves as usual."""

    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)


class HubPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the add view above."""

    add_view_class = CreateWithoutAutosave
