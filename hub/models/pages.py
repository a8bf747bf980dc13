from django import forms
from django.db import models
from django.db.models import Q
from django.urls import URLPattern
from django.urls.resolvers import RoutePattern
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.cache import content_version
from hub.forms import NewerRevisionPanel, PageForm
from hub.neighborhood_fields import NeighborhoodLinksField, grouped_neighborhoods
from hub.ownership import OwnPagesTester, UnitLock
from hub.slugs import available_slug, slug_for, slug_input

from .units import MunicipalUnit


class UnitOwnedPageForm(PageForm):
    """Offers only the units of the page's language that the editor belongs to, and starts a new
    page with its parent's unit, so a page never leaves its unit's part of the tree by accident.
    Makes the page's address from its title in Latin letters (hub.slugs)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        self.locale = page.locale if page.locale_id else getattr(self.parent_page, "locale", None)
        self.group_neighborhoods()
        self.set_up_slug()
        field = self.fields.get("unit")
        if field is None:
            return
        units = MunicipalUnit.objects.all()
        if self.locale is not None:
            units = units.filter(locale=self.locale)
        user = getattr(self, "for_user", None)
        if user is not None and not user.is_superuser:
            units = units.filter(
                translation_key__in=MunicipalUnit.objects.for_user(user).values("translation_key")
            )
        if page.unit_id:
            # Another unit's page is shown read-only (hub.ownership), naming its unit.
            units = units | MunicipalUnit.objects.filter(pk=page.unit_id)
        field.queryset = units
        if not page.pk and not self.initial.get("unit"):
            parent_unit_id = getattr(getattr(self.parent_page, "specific", None), "unit_id", None)
            if parent_unit_id and units.filter(pk=parent_unit_id).exists():
                self.initial["unit"] = parent_unit_id
            elif units.count() == 1:
                self.initial["unit"] = units.get().pk

    def group_neighborhoods(self):
        """A choice of one neighborhood (a select) lists those of the page's language by quarter."""
        for field in self.fields.values():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is not None and model._meta.label == "hub.NeighborhoodPage":
                field.choices = [("", "---------"), *grouped_neighborhoods(self.locale)]

    def set_up_slug(self):
        """The slug field fills in as the title is typed (Wagtail's slug widget with our rules)
        and may be left empty: the page then gets it from its title when saved."""
        field = self.fields.get("slug")
        if field is None:
            return
        field.widget = slug_input()
        field.required = False
        field.help_text = _(
            "The page's address, in Latin letters. Left empty, it is made from the title."
        )

    def clean(self):
        self.clean_automatic_slug()
        return super().clean()

    def clean_automatic_slug(self):
        """An empty slug, or the one made from the title, becomes that one with a number added
        when a sibling already has it; a slug the editor wrote is theirs (and is checked)."""
        title = self.cleaned_data.get("title")
        slug = self.cleaned_data.get("slug")
        if not title or self.parent_page is None or (slug and slug != slug_for(title)):
            return
        self.cleaned_data["slug"] = available_slug(self.parent_page, title, self.instance)


class NeighborhoodLinksPageForm(UnitOwnedPageForm):
    """For pages that link to neighborhoods through a child relation (the page model's
    `neighborhood_links_relation`, of objects with a `neighborhood`): the links are chosen as
    checkboxes grouped by quarter (FieldPanel("neighborhoods"))."""

    neighborhoods = NeighborhoodLinksField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["neighborhoods"].choices = grouped_neighborhoods(self.locale)
        if not self.is_bound:
            self.initial["neighborhoods"] = [link.neighborhood_id for link in self.links.all()]

    @property
    def links(self):
        return getattr(self.instance, self.instance.neighborhood_links_relation)

    def save(self, commit=True):
        chosen = self.cleaned_data.get("neighborhoods", [])
        kept = {link.neighborhood_id: link for link in self.links.all()}
        model = self.links.model
        self.links.set([kept.get(pk) or model(neighborhood_id=pk) for pk in chosen])
        for order, link in enumerate(self.links.all()):
            link.sort_order = order
        return super().save(commit=commit)


class UnitOwnedPage(Page):
    """Base for every page a municipal unit publishes. The unit decides who may edit the page and
    who approves it (see the setup_unit_groups command) and whom residents contact about it."""

    unit = models.ForeignKey(
        MunicipalUnit,
        verbose_name=_("owning unit"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The municipal unit that publishes this page and answers questions about it."),
    )

    base_form_class = UnitOwnedPageForm
    unit_panels = [FieldPanel("unit", widget=forms.Select)]
    content_panels = Page.content_panels + [NewerRevisionPanel(), *unit_panels]
    search_fields = Page.search_fields + [index.FilterField("unit")]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return OwnPagesTester(user, self)

    def get_lock(self):
        lock = super().get_lock()
        if lock is None and self.pk and self.unit_id:
            lock = UnitLock(self)
        return lock

    def full_clean(self, *args, **kwargs):
        """A page saved without a slug (by code, or a form left empty) gets the Latin one made
        from its title, before Wagtail would make a Unicode one."""
        if not self.slug and self.title and self.path:
            self.slug = available_slug(self.get_parent(), self.title, self)
        super().full_clean(*args, **kwargs)

    def get_route_paths(self):
        """The page's own address and each fixed address below it (a routable page's
        calendar/), so that Wagtail's automatic redirects, made when the slug changes or the
        page moves, lead from every old address to the new one."""
        paths = super().get_route_paths()
        for pattern in getattr(self, "get_subpage_urls", list)():
            route = pattern.pattern if isinstance(pattern, URLPattern) else None
            if isinstance(route, RoutePattern) and not route.converters and str(route):
                paths.append("/" + str(route))
        return paths


class IntroPage(UnitOwnedPage):
    """A unit's page that opens with a short introduction: the sections' home pages, their
    listings and directories."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = UnitOwnedPage.content_panels + [FieldPanel("intro")]
    search_fields = UnitOwnedPage.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True


class CachedListingMixin:
    """A page whose listing (`listing_data(request)`, a dict for the template) is computed only
    when its cached fragment is missing; the fragment is filed under the content version, so
    any publish refreshes it (see hub.cache)."""

    listing_template = ""
    cache_query_limit = 200

    def listing_key_parts(self, request):
        """What else the listing depends on (the date, the minute), or None when it is never
        cached for this request."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SimpleLazyObject(lambda: self.listing_data(request))
        context["listing_template"] = self.listing_template
        query = request.GET.urlencode()
        parts = self.listing_key_parts(request)
        if len(query) <= self.cache_query_limit and parts is not None:
            context["listing_cache_key"] = ":".join([str(content_version()), *parts, query])
        return context


def ancestor_paths(path, inclusive=True):
    """The tree paths of the pages above the page at `path`, from the root down, and its own
    when `inclusive`: no query, a page's path holds them."""
    steplen = Page.steplen
    last = len(path) + (1 if inclusive else 0)
    return [path[:end] for end in range(steplen, last, steplen)]


def children_of(path):
    """Pages directly below the page at `path`, as a range of the tree's path index: Wagtail's
    child_of() filters with a prefix LIKE, which SQLite cannot answer from the index."""
    steplen = Page.steplen
    return Q(
        path__range=(path + "0" * steplen, path + "Z" * steplen), depth=len(path) // steplen + 1
    )


def children_of_any(paths):
    """Pages directly below any of the pages at `paths` (tree paths, or a query of them, which
    is read first), as ranges of the path index. None at all when there is no path."""
    under = Q()
    for path in list(paths):
        under |= children_of(path)
    return under if under else Q(pk__in=[])
