from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from hub.blocks import check_order

DOCUMENT_KINDS = [
    ("flyer", _("Flyer")),
    ("plan", _("Plan")),
    ("protocol", _("Protocol")),
    ("other", _("Other")),
]
DOCUMENT_LANGUAGES = [("he", "עברית"), ("ar", "العربية"), ("en", "English")]


class ProjectDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("kind"), choices=DOCUMENT_KINDS, default="other")
    language = blocks.ChoiceBlock(
        label=_("language of the document"), choices=DOCUMENT_LANGUAGES, default="he"
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(DOCUMENT_KINDS).get(value["kind"], "")
        context["language_name"] = dict(DOCUMENT_LANGUAGES).get(value["language"], "")
        return context

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "projects/blocks/document_block.html"


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
