"""The pattern page: the site's design system (tokens and components) shown with the real
stylesheet and the real template tags, in the visitor's language, so editors, designers and
developers see what the site is made of and how it behaves right to left and left to right."""

from datetime import date, datetime, time

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

COLOURS = [
    ("ink", "#1b1f24", _("Text")),
    ("muted", "#4a5360", _("Secondary text")),
    ("tint", "#f2f5f8", _("Quiet surfaces")),
    ("line", "#c9d1da", _("Borders and rules")),
    ("brand", "#0b4f8a", _("Links and buttons")),
    ("brand-dark", "#083a66", _("Header bar, hover")),
    ("accent", "#b3261e", _("The 106 hotline, cancellations")),
    ("focus", "#ffbf47", _("Keyboard focus")),
    ("ok", "#14632f", _("Open, done")),
]
TYPE_SCALE = [
    ("step-3", _("Page title")),
    ("step-2", _("Section heading")),
    ("step-1", _("Card title, lead text")),
    ("step-0", _("Body text")),
    ("step--1", _("Small print, badges")),
]
SPACING = ["space-1", "space-2", "space-3", "space-4", "space-5", "space-6"]


def patterns(request):
    """Every token and component, each with a live example."""
    return render(
        request,
        "hub/patterns.html",
        {
            "colours": COLOURS,
            "type_scale": TYPE_SCALE,
            "spacing": SPACING,
            "sample": {
                "opens": time(8, 0),
                "closes": time(22, 0),
                "day": date(2026, 12, 3),
                "start": datetime(2026, 12, 3, 18, 30),
                "end": datetime(2026, 12, 3, 20, 0),
                "phone": "03-724-1111",
                "price": 120,
            },
        },
    )
