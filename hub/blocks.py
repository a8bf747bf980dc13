"""The shared block library. Accessibility is built in: headings are h2 or h3, rich text has no
h1, images carry alt text unless marked decorative."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import register
from wagtail.blocks import StructBlockValidationError
from wagtail.blocks.stream_block import StreamBlockAdapter
from wagtail.blocks.struct_block import StructBlockAdapter
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


def check_order(value, start, end, message):
    """A struct block's `end` field must not come before its `start` field."""
    if value.get(start) and value.get(end) and value[end] < value[start]:
        raise StructBlockValidationError(block_errors={end: ErrorList([ValidationError(message)])})


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "שעות קבלת קהל", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph_block.html"
        preview_value = "<p>מוקד 106 פועל 24 שעות ביממה, כל ימות השנה.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. Filled in from the image's "
            "description; change it if this page needs other words."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("decorative only"),
        required=False,
        help_text=_(
            "Tick only if the image adds no information; it will be hidden from screen readers."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if not value.get("alt_text") and not value.get("decorative") and image:
            # The image's description is the default, as the editor's form offers it.
            value["alt_text"] = image.description[:250]
        if not value.get("alt_text") and not value.get("decorative"):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [ValidationError(_("Describe the image, or mark it as decorative."))]
                    )
                }
            )
        return value


class GalleryBlock(blocks.StreamBlock):
    """A stream of ImageBlocks, with a button to add several images chosen at once (after
    uploading them together in Images → Add images)."""

    class Meta:
        add_several_label = _("Add several images")


ADMIN_BLOCKS_JS = "hub/admin/image-blocks.js"


class ImageBlockAdapter(StructBlockAdapter):
    js_constructor = "hub.blocks.ImageBlock"

    @cached_property
    def media(self):
        return super().media + forms.Media(js=[versioned_static(ADMIN_BLOCKS_JS)])


class GalleryBlockAdapter(StreamBlockAdapter):
    js_constructor = "hub.blocks.GalleryBlock"

    def js_args(self, block):
        name, child_blocks, defaults, meta = super().js_args(block)
        return [
            name,
            child_blocks,
            defaults,
            {**meta, "addSeveralLabel": block.meta.add_several_label},
        ]

    @cached_property
    def media(self):
        return super().media + forms.Media(js=[versioned_static(ADMIN_BLOCKS_JS)])


register(ImageBlockAdapter(), ImageBlock)
register(GalleryBlockAdapter(), GalleryBlock)


class ServiceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("service"), max_length=200)
    description = blocks.TextBlock(label=_("details"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Service")
        template = "components/blocks/service_block.html"
        preview_value = {"title": "בקשות לפי חוק חופש המידע"}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()

    class Meta:
        block_counts = {}
