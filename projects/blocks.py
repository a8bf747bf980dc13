from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.struct_block import StructBlockAdapter
from wagtail.documents.blocks import DocumentChooserBlock

from hub.blocks import check_order

DOCUMENT_KINDS = [
    ("flyer", _("Flyer")),
    ("plan", _("Plan")),
    ("protocol", _("Protocol")),
    ("other", _("Other")),
]
DEFAULT_KIND = "other"
# What a document's title or file name says of its kind, in the order they are tried.
DOCUMENT_KIND_KEYWORDS = [
    ("flyer", ["flyer", "invitation", "מינשר", "פלייר", "עלון", "מודעה", "הזמנה", "نشرة", "دعوة"]),
    ("protocol", ["protocol", "פרוטוקול", "סיכום דיון", "محضر"]),
    ("plan", ["plan", "map", "תוכנית", "תכנית", "מפה", "خطة", "مخطط"]),
]
DOCUMENT_LANGUAGES = [("he", "עברית"), ("ar", "العربية"), ("en", "English")]


def guess_document_kind(*names):
    """The kind of document that its title or file name names, else "other". The block's
    script in the admin guesses with the same keywords as the editor chooses a document."""
    text = " ".join(names).lower()
    for kind, keywords in DOCUMENT_KIND_KEYWORDS:
        if any(keyword in text for keyword in keywords):
            return kind
    return DEFAULT_KIND


class ProjectDocumentBlock(blocks.StructBlock):
    """A document of a project, with the title and kind residents see. Choosing the document
    fills in both (see ProjectDocumentBlockAdapter); the editor may change them."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        max_length=200,
        required=False,
        help_text=_("Left empty, the document's own title is shown."),
    )
    kind = blocks.ChoiceBlock(label=_("kind"), choices=DOCUMENT_KINDS, default=DEFAULT_KIND)
    language = blocks.ChoiceBlock(
        label=_("language of the document"), choices=DOCUMENT_LANGUAGES, default="he"
    )

    def clean(self, value):
        """A block saved with no title (its script did not run) takes the document's title,
        and, if its kind was left as it was, the kind the document's names suggest."""
        value = super().clean(value)
        document = value.get("document")
        if document is not None and not value.get("title"):
            value["title"] = document.title[:200]
            if value.get("kind") == DEFAULT_KIND:
                value["kind"] = guess_document_kind(document.title, document.filename)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(DOCUMENT_KINDS).get(value["kind"], "")
        context["language_name"] = dict(DOCUMENT_LANGUAGES).get(value["language"], "")
        return context

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "projects/blocks/document_block.html"


class ProjectDocumentBlockAdapter(StructBlockAdapter):
    """The block in the admin, with its script and the keywords it guesses the kind by."""

    js_constructor = "projects.blocks.ProjectDocumentBlock"

    def js_args(self, block):
        name, child_blocks, meta = super().js_args(block)
        meta = {**meta, "kindKeywords": DOCUMENT_KIND_KEYWORDS, "defaultKind": DEFAULT_KIND}
        return [name, child_blocks, meta]

    @cached_property
    def media(self):
        media = super().media
        return forms.Media(js=[*media._js, "projects/js/document-block.js"], css=media._css)


register(ProjectDocumentBlockAdapter(), ProjectDocumentBlock)


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stage"), max_length=200)
    start = blocks.DateBlock(label=_("from"))
    end = blocks.DateBlock(label=_("until"), required=False)

    class Meta:
        icon = "date"
        label = _("Stage")

    def clean(self, value):
        value = super().clean(value)
        check_order(value, "start", "end", _("A stage ends after it starts."))
        return value


class UpdateBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("date"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "info-circle"
        label = _("Update")
