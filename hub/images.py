"""Images of pages' image streams (hub.blocks.ImageBlock), with their renditions fetched in a fixed
number of queries for one page or a whole listing."""

from wagtail.images import get_image_model


def _alt(value):
    return "" if value.get("decorative") else value.get("alt_text", "")


def first_images(pages, field_name, spec):
    """{page pk: (image or None, alt text)}: the first image of each page's stream, read from the
    raw stream data so the pages' other images are never loaded."""
    first = {
        page.pk: getattr(page, field_name).raw_data[0]["value"]
        for page in pages
        if len(getattr(page, field_name).raw_data)
    }
    images = (
        get_image_model()
        .objects.filter(pk__in=[value["image"] for value in first.values()])
        .prefetch_renditions(spec)
    )
    images = {image.pk: image for image in images}
    result = {}
    for page in pages:
        value = first.get(page.pk, {})
        result[page.pk] = (images.get(value.get("image")), _alt(value))
    return result


GALLERY_WIDTHS = (480, 800, 1200)
GALLERY_FORMATS = ("webp", "jpeg")


def gallery(stream):
    """Every image of a stream with its alt text and caption, with the renditions that
    components/gallery.html asks for prefetched under the very filter specs the `picture` tag
    builds (any other spelling misses the prefetch and goes back to the database)."""
    ids = [block.value["image"].pk for block in stream if block.value["image"]]
    specs = [f"format-{fmt}|width-{width}" for fmt in GALLERY_FORMATS for width in GALLERY_WIDTHS]
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*specs)
    images = {image.pk: image for image in images}
    return [
        {
            "image": images[block.value["image"].pk],
            "alt": _alt(block.value),
            "caption": block.value["caption"],
        }
        for block in stream
        if block.value["image"] and block.value["image"].pk in images
    ]
