"""Leading a resident somewhere when the query finds nothing or is written in another
language's script: "did you mean" from the index's own words, and the other language's search."""

import re

from wagtail.models import Locale

from .models import Word
from .normalize import ARABIC_WORD, HEBREW_WORD

SCRIPTS = (("he", HEBREW_WORD), ("ar", ARABIC_WORD), ("en", re.compile("[a-z]")))
ALPHABETS = {
    "he": "אבגדהוזחטיכלמנסעפצקרשת",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ",
    "en": "abcdefghijklmnopqrstuvwxyz",
}


def script_language(words):
    """The language whose script the query's words are written in, if one."""
    found = {code for word in words for code, letters in SCRIPTS if letters.search(word)}
    return found.pop() if len(found) == 1 else None


def other_language(words, locale):
    """The site's language the query is written in, when it is not the page's."""
    language = script_language(words)
    if not language or language == locale.language_code:
        return None
    return Locale.objects.filter(language_code=language).first()


def _edits(word, alphabet):
    """Words one edit away (a letter deleted, swapped, replaced or added)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in alphabet if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in alphabet]
    return [*swaps, *replaces, *deletes, *inserts]


def did_you_mean(words, locale, finds):
    """The query with each word the index does not know replaced by a known word one edit away
    (in the order: swapped letters, a replaced letter, one letter fewer, one more), if the
    corrected query finds something (`finds(text)`); else ""."""
    language = script_language(words) or locale.language_code
    alphabet = ALPHABETS.get(language, ALPHABETS["en"])
    known = set(Word.objects.filter(word__in=set(words)).values_list("word", flat=True))
    if all(w in known or len(w) < 3 for w in words):
        return ""
    corrected = []
    for word in words:
        if word in known or len(word) < 3:
            corrected.append(word)
            continue
        candidates = [c for c in _edits(word, alphabet) if len(c) >= 2]
        found = set(Word.objects.filter(word__in=set(candidates)).values_list("word", flat=True))
        corrected.append(next((c for c in candidates if c in found), word))
    if corrected == words:
        return ""
    text = " ".join(corrected)
    return text if finds(text) else ""
