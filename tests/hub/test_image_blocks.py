"""Less typing for alternative text: an image's description is the default wherever an image
block asks for one, and a gallery can take several images chosen at once."""

import pytest
from django.utils import translation
from wagtail.admin.telepath import JSContext
from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from hub.blocks import GalleryBlock, ImageBlock
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db

DESCRIPTION = "ספסלים ועצים צעירים בפארק, מבט מהכניסה הצפונית"


def value(image, **fields):
    return {"image": image.pk, "alt_text": "", "decorative": False, "caption": "", **fields}


def test_description_is_the_default_alt_text():
    image = Image.objects.create(
        title="park.jpg", description=DESCRIPTION, file=get_test_image_file()
    )
    block = ImageBlock()
    assert block.clean(block.to_python(value(image)))["alt_text"] == DESCRIPTION
    written = block.clean(block.to_python(value(image, alt_text="הדמיה של הפארק")))
    assert written["alt_text"] == "הדמיה של הפארק", "the editor's own words win"
    assert block.clean(block.to_python(value(image, decorative=True)))["alt_text"] == ""


def test_without_a_description_the_editor_still_describes_the_image():
    image = Image.objects.create(title="park.jpg", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value(image)))


def test_galleries_offer_adding_several_images():
    stream = ProjectPage.renderings.field.stream_block
    assert isinstance(stream, GalleryBlock)
    with translation.override("en"):
        packed = JSContext().pack(stream)
        assert packed["_type"] == "hub.blocks.GalleryBlock"
        assert str(packed["_args"][3]["addSeveralLabel"]) == "Add several images"
    child = JSContext().pack(stream.child_blocks["rendering"])
    assert child["_type"] == "hub.blocks.ImageBlock"
