"""Images and PDFs for the demo, drawn by code: real files that load, render and can be
searched, not placeholders. The pictures themselves are drawn in `renderings` (projects) and
`illustrations` (institutions)."""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
]


def demo_image(title, draw, seed, name, collection=None, description=""):
    """The picture `draw(seed)` gives (WebP bytes) stored as a Wagtail image under the file name
    `name`, reused if an image with this title exists, with the description that image blocks
    offer as alternative text."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    content = draw(seed)
    image = Image(
        title=title,
        description=description,
        file=ContentFile(content, name=f"{name}.webp"),
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
