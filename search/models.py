from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentText(models.Model):
    """The text of an uploaded document, extracted once when it is uploaded or replaced, so
    search finds what protocols and flyers say."""

    class Status(models.TextChoices):
        READ = "read", _("Read")
        EMPTY = "empty", _("No text (a scan?)")
        UNREADABLE = "unreadable", _("Unreadable (broken or encrypted)")
        ENCRYPTED = "encrypted", _("Locked with a password")
        UNSUPPORTED = "unsupported", _("Not a PDF")

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="extracted_text"
    )
    file_name = models.CharField(max_length=255)
    status = models.CharField(max_length=20, choices=Status.choices)
    text = models.TextField(blank=True)
    pages_read = models.PositiveIntegerField(default=0)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("text of a document")

    def __str__(self):
        return self.file_name


class SearchTerm(models.Model):
    """How often a query was searched on a day, and how often it found nothing: what editors
    look at to see what residents want and do not find."""

    query = models.CharField(max_length=255)
    date = models.DateField()
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search term")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="one_row_per_day")]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.query} ({self.date})"


class Entry(models.Model):
    """One live-or-not page or one document in the hub's own full-text index (search.index):
    what the results, their ranking and their facets need without loading the object. The words
    themselves are kept beside it, in SQLite's FTS5 table or PostgreSQL's tsvector columns,
    under the same id."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, blank=True, on_delete=models.CASCADE
    )
    kind = models.CharField(max_length=20)
    type_key = models.CharField(max_length=100)
    unit_key = models.CharField(max_length=36, blank=True)
    neighborhood_keys = models.TextField(blank=True)
    path = models.CharField(max_length=255, blank=True)
    live = models.BooleanField(default=True)
    date = models.DateTimeField(null=True, blank=True)
    title = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("search index entry")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_entry")
        ]
        indexes = [models.Index(fields=["locale", "live"])]

    def __str__(self):
        return self.title


class Word(models.Model):
    """Every word as written in the indexed text, once: the vocabulary that decides whether a
    query word's letters after a prefix make a word of their own, and that "did you mean"
    corrects against."""

    word = models.CharField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("indexed word")

    def __str__(self):
        return self.word


class Synonym(models.Model):
    """Words and phrases residents use for the same thing in one language (מתנ"ס, מרכז קהילתי):
    a query with any of them also finds the others, on every search backend."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE)
    terms = models.TextField(
        verbose_name=_("words and phrases"),
        help_text=_("One per line: each finds pages with any of the others."),
    )
    note = models.CharField(verbose_name=_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["locale", "pk"]

    def __str__(self):
        return " ⇄ ".join(self.term_list())

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]
