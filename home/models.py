from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.blocks import BodyBlock
from hub.forms import NewerRevisionPanel, PageForm
from hub.models import UnitOwnedPage
from hub.models.calendar import restricted_q
from hub.models.units import phone_validator
from hub.registry import blocks_for_home


class TopTaskBlock(blocks.StructBlock):
    """A shortcut to what residents come for most: a page and one line about it."""

    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the page title.")
    )
    description = blocks.CharBlock(label=_("description"), max_length=160, required=False)

    class Meta:
        icon = "link"
        label = _("Top task")


class HomePage(Page):
    """The portal's front page, one per language. It belongs to the site as a whole, so only site
    administrators edit it; each unit publishes in its own section below it."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    top_tasks = StreamField(
        [("task", TopTaskBlock())],
        verbose_name=_("top tasks"),
        blank=True,
        max_num=8,
        help_text=_("Up to eight shortcuts to what residents look for most."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    base_form_class = PageForm
    content_panels = Page.content_panels + [
        NewerRevisionPanel(),
        FieldPanel("intro"),
        FieldPanel("top_tasks"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.NeighborhoodIndexPage",
        "hub.UnitDirectoryPage",
        "projects.ProjectIndexPage",
        "institutions.InstitutionIndexPage",
        "business.BusinessIndexPage",
        "hub.EventIndexPage",
        "home.StandardPage",
        "home.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def top_task_links(self):
        """The top tasks with their pages in this page's language, in one query: the chosen
        pages (perhaps in another language) and the live ones of this language that translate
        them."""
        ids = [
            task["value"]["page"] for task in self.top_tasks.raw_data if task["value"].get("page")
        ]
        translating = Q(
            live=True,
            locale_id=self.locale_id,
            translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"),
        )
        pages = list(Page.objects.filter(Q(pk__in=ids) | translating))
        keys = {page.pk: page.translation_key for page in pages}
        local = {
            page.translation_key: page
            for page in pages
            if page.live and page.locale_id == self.locale_id
        }
        links = []
        for task in self.top_tasks.raw_data:
            page = local.get(keys.get(task["value"].get("page")))
            if page is not None:
                links.append(
                    {
                        "page": page,
                        "title": task["value"].get("title") or page.title,
                        "description": task["value"].get("description", ""),
                    }
                )
        return links

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Pages in a private section, as a condition read once: one that joins the restrictions
        # to the pages inside each block's query makes SQLite scan every page per place.
        context["live_blocks"] = blocks_for_home(request, self.locale_id, restricted_q())
        return context

    def serve(self, request, *args, **kwargs):
        """Kept by caches no longer than its live blocks hold true (see `fresh_for`)."""
        response = super().serve(request, *args, **kwargs)
        blocks = getattr(response, "context_data", {}).get("live_blocks", [])
        patch_cache_control(response, max_age=fresh_for(blocks))
        return response


def fresh_for(blocks, now=None):
    """Seconds the page stays true: until the first moment a live block says it stops being
    (an institution opens or closes, an event ends, midnight), and never longer than the page
    cache keeps anything (HUB_PAGE_CACHE_SECONDS)."""
    now = now or timezone.now()
    longest = settings.HUB_PAGE_CACHE_SECONDS
    moments = [block["until"] for block in blocks if block.get("until")]
    if not moments:
        return longest
    return max(0, min(longest, int((min(moments) - now).total_seconds())))


class StandardPage(UnitOwnedPage):
    """A general content page: about the municipality, transparency, how to reach us."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = UnitOwnedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class AccessibilityStatementPage(UnitOwnedPage):
    """The accessibility statement Israeli regulations require (Equal Rights for Persons with
    Disabilities, service accessibility regulations, section 35): what was made accessible and
    whom to contact, with the date of the last review."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    conformance = models.CharField(
        _("conformance level"),
        max_length=200,
        help_text=_("For example: Israeli Standard 5568, based on WCAG 2.0, level AA."),
    )
    coordinator_name = models.CharField(_("accessibility coordinator"), max_length=200)
    coordinator_phone = models.CharField(
        _("coordinator's phone"), max_length=20, validators=[phone_validator]
    )
    coordinator_email = models.EmailField(_("coordinator's e-mail"))
    last_reviewed = models.DateField(_("last reviewed on"))

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("conformance"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_phone"),
                FieldPanel("coordinator_email"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Accessibility coordinator"),
        ),
    ]
    search_fields = UnitOwnedPage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [
        SynchronizedField("coordinator_phone", overridable=False),
        SynchronizedField("last_reviewed", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
