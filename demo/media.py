"""Images and PDFs for the demo, drawn by code: real files that load, render and can be
searched, not placeholders."""

import io
import random
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
]


def draw_rendering(seed, width=1600, height=1000):
    """An architect's-rendering-like picture: sky, street, buildings with windows, trees."""
    rng = random.Random(seed)
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.55, 0.7))
    top, bottom = (rng.randint(90, 140), rng.randint(150, 190), 235), (225, 238, 250)
    for y in range(horizon):
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    draw.rectangle([0, horizon, width, height], fill=(rng.randint(150, 175),) * 3)
    x = rng.randint(-60, 40)
    while x < width:
        w, h = rng.randint(160, 320), rng.randint(200, int(horizon * 0.85))
        colour = rng.choice([(236, 226, 208), (245, 245, 240), (214, 200, 180), (200, 214, 222)])
        draw.rectangle(
            [x, horizon - h, x + w, horizon], fill=colour, outline=(120, 120, 120), width=3
        )
        for wy in range(horizon - h + 25, horizon - 40, 48):
            for wx in range(x + 20, x + w - 40, 50):
                draw.rectangle([wx, wy, wx + 28, wy + 30], fill=(110, 150, 185))
        x += w + rng.randint(10, 60)
    for _ in range(rng.randint(5, 9)):
        tx = rng.randint(0, width)
        ty = horizon + rng.randint(10, 60)
        draw.rectangle([tx - 8, ty, tx + 8, ty + 90], fill=(101, 67, 33))
        r = rng.randint(45, 75)
        draw.ellipse(
            [tx - r, ty - 2 * r + 20, tx + r, ty + 20],
            fill=(rng.randint(40, 80), rng.randint(120, 160), 60),
        )
    draw.rectangle([0, height - 90, width, height - 60], fill=(240, 240, 240))
    return image


def demo_image(title, seed, collection=None, description=""):
    """A JPEG rendering stored as a Wagtail image (reused if one with this title exists), with
    the description that image blocks offer as alternative text."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_rendering(seed).save(buffer, "JPEG", quality=82)
    content = buffer.getvalue()
    image = Image(
        title=title,
        description=description,
        file=ContentFile(content, name=f"rendering-{seed}.jpg"),
        file_size=len(content),
    )
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def _font():
    return next((path for path in FONT_PATHS if Path(path).exists()), None)


def pdf_bytes(title, paragraphs):
    """A PDF with a title and paragraphs of (language, text). Hebrew and Arabic are shaped
    right to left; without a Unicode font only the English paragraphs are written."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.add_page()
    font = _font()
    if font:
        pdf.add_font("body", fname=font)
        family = "body"
    else:
        family = "helvetica"
        paragraphs = [(language, text) for language, text in paragraphs if language == "en"]
        title = next((text for language, text in paragraphs), "Document")
    for number, (language, text) in enumerate(paragraphs):
        rtl = language in ("he", "ar")
        if font:
            pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if rtl else "ltr")
        pdf.set_font(family, size=16 if number == 0 else 11)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, 8, text, align="R" if rtl else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def demo_document(title, filename, paragraphs, collection=None):
    """A PDF stored as a Wagtail document (reused if one with this title exists)."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    content = pdf_bytes(title, paragraphs)
    document = Document(
        title=title, file=ContentFile(content, name=filename), file_size=len(content)
    )
    if collection is not None:
        document.collection = collection
    document.save()
    return document
