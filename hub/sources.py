"""What a domain contributes to the city calendar: a page type of dated pages (see
hub.models.ScheduledPage), the page type they live under, and how they answer the calendar's
neighborhood and audience filters. Each domain registers one from its plugins module."""

from django.db.models import Q

from hub.fields import has_choice
from hub.models import children_of_any


class CalendarSource:
    PARENT_FIELDS = ("title", "url_path", "path", "depth", "locale_id")

    def __init__(
        self, kind, label, model, parent_model=None, audiences=None, neighborhood_parents=None
    ):
        """`parent_model`: the page type the pages live under, named in their entries.
        `audiences`: the audiences every page is for, or None when each page says in its own
        `audiences` field (empty: for everyone). `neighborhood_parents`: a function from a
        neighborhood's translation key to the parent pages in that neighborhood, or None when
        the pages belong to no neighborhood."""
        self.kind = kind
        self.label = label
        self.model = model
        self.parent_model = parent_model
        self.audiences = audiences
        self.neighborhood_parents = neighborhood_parents

    def pages(self, locale_id, neighborhood_key=None, audience=None):
        """The live pages of a locale, narrowed to a neighborhood and an audience; none when the
        source cannot answer the filter. The calendar leaves out the private ones itself."""
        pages = self.model.objects.live().filter(locale_id=locale_id)
        if audience and self.audiences is None:
            pages = pages.filter(has_choice("audiences", audience) | Q(audiences=""))
        elif audience and audience not in self.audiences:
            return pages.none()
        if neighborhood_key:
            if self.neighborhood_parents is None:
                return pages.none()
            parents = self.neighborhood_parents(neighborhood_key)
            pages = pages.filter(children_of_any(parents.values_list("path", flat=True)))
        return pages

    def entries_by_pk(self, pages, request):
        """{pk: entry} for these pages, in a fixed number of queries."""
        pages = list(pages.select_related(*self.model.entry_related))
        steplen = self.model.steplen
        parents = {}
        if self.parent_model is not None:
            parents = {
                parent.path: parent
                for parent in self.parent_model.objects.filter(
                    path__in={page.path[:-steplen] for page in pages}
                ).only(*self.PARENT_FIELDS, *self.model.entry_context_fields)
            }
        return {
            page.pk: page.calendar_entry(request, parents.get(page.path[:-steplen]))
            for page in pages
        }
