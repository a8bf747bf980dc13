"""A project's renderings for components/gallery.html in one query: the images with their
renditions, read from the raw stream data (iterating the stream would load the images once
more), under the filter specs the `picture` tag asks for (see hub.images.gallery)."""

from wagtail.images import get_image_model

from hub.images import GALLERY_FORMATS, GALLERY_WIDTHS

SPECS = [f"format-{fmt}|width-{width}" for fmt in GALLERY_FORMATS for width in GALLERY_WIDTHS]


def images_with_renditions(ids, specs):
    """{pk: image} with each image's renditions of `specs` attached as Wagtail's
    prefetch_renditions() attaches them: renditions and their images in one query, and a second
    only for images that have none of them yet (the first time they are shown)."""
    image_model = get_image_model()
    renditions = image_model.get_rendition_model().objects.filter(
        image_id__in=ids, filter_spec__in=specs
    )
    images = {}
    for rendition in renditions.select_related("image"):
        image = images.setdefault(rendition.image_id, rendition.image)
        image.__dict__.setdefault("prefetched_renditions", []).append(rendition)
        rendition.image = image
    missing = set(ids) - set(images)
    if missing:
        for image in image_model.objects.filter(pk__in=missing):
            image.prefetched_renditions = []
            images[image.pk] = image
    return images


def gallery(stream):
    """[{image, alt, caption}] of an image stream (hub.blocks.ImageBlock), in its order."""
    values = [block["value"] for block in stream.raw_data if block["value"].get("image")]
    images = images_with_renditions([value["image"] for value in values], SPECS)
    return [
        {
            "image": images[value["image"]],
            "alt": "" if value.get("decorative") else value.get("alt_text", ""),
            "caption": value.get("caption", ""),
        }
        for value in values
        if value["image"] in images
    ]


def first_images(pages, field_name, spec):
    """{page pk: (image or None, alt text)}: the first image of each page's stream, read from
    the raw stream data, with its rendition of `spec`, in one query (see hub.images)."""
    first = {
        page.pk: getattr(page, field_name).raw_data[0]["value"]
        for page in pages
        if len(getattr(page, field_name).raw_data)
    }
    images = images_with_renditions([value["image"] for value in first.values()], [spec])
    result = {}
    for page in pages:
        value = first.get(page.pk, {})
        alt = "" if value.get("decorative") else value.get("alt_text", "")
        result[page.pk] = (images.get(value.get("image")), alt)
    return result
