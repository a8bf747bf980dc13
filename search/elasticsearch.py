"""The rules of search.normalize as Elasticsearch analysis settings, built from the same tables,
so production answers like the embedded default. Used as INDEX_SETTINGS when ELASTICSEARCH_URL
is set; tested as data (and against a real server where one is configured)."""

from .normalize import (
    CHARACTER_MAP,
    DELETED,
    HEBREW_LETTER,
    PREFIX_LETTERS,
    SHORTEST,
    SUFFIXES,
)


def _escape(character):
    return f"\\u{ord(character):04x}"


def char_mappings():
    """Marks deleted and characters mapped, as a `mapping` char filter's rules."""
    mappings = [f"{_escape(chr(code))}=>" for code in DELETED]
    mappings += [
        f"{_escape(source)}=>{target if target.strip() else _escape(' ')}"
        for source, target in CHARACTER_MAP.items()
    ]
    return mappings


def suffix_pattern():
    """Any light suffix, leaving at least SHORTEST letters (Java and Python regex alike)."""
    alternatives = "|".join(sorted(SUFFIXES, key=len, reverse=True))
    return f"^([{HEBREW_LETTER}]{{{SHORTEST},}}?)({alternatives})$"


def prefix_pattern():
    return f"^[{PREFIX_LETTERS}]([{HEBREW_LETTER}]{{{SHORTEST},}})$"


def chain_pattern():
    return f"^ו?(?:ש|כש|מ)?(?:ה|ב|כ|ל)?([{HEBREW_LETTER}]{{{SHORTEST},}})$"


def token_filters():
    """Tokens with doubled letters collapsed, and the multiplexers that emit each token's
    variants: more at index time than at query time (a query word keeps its prefixes)."""
    return {
        "hub_doubled_letters": {
            "type": "pattern_replace",
            "pattern": "(\u05d9)\u05d9+|(\u05d5)\u05d5+",
            "replacement": "$1$2",
        },
        "hub_without_prefix": {
            "type": "pattern_replace",
            "pattern": prefix_pattern(),
            "replacement": "$1",
        },
        "hub_without_chain": {
            "type": "pattern_replace",
            "pattern": chain_pattern(),
            "replacement": "$1",
        },
        "hub_without_suffix": {
            "type": "pattern_replace",
            "pattern": suffix_pattern(),
            "replacement": "$1",
        },
        "hub_arabic_stem": {"type": "snowball", "language": "Arabic"},
        "hub_english_stem": {"type": "snowball", "language": "English"},
        "hub_index_variants": {
            "type": "multiplexer",
            "preserve_original": True,
            "filters": [
                "hub_without_prefix",
                "hub_without_chain",
                "hub_without_suffix",
                "hub_without_prefix, hub_without_suffix",
                "hub_without_chain, hub_without_suffix",
                "hub_arabic_stem",
                "hub_arabic_stem, hub_arabic_stem",
                "hub_arabic_stem, hub_arabic_stem, hub_arabic_stem",
                "hub_english_stem",
            ],
        },
        "hub_query_variants": {
            "type": "multiplexer",
            "preserve_original": True,
            "filters": [
                "hub_without_suffix",
                "hub_arabic_stem",
                "hub_arabic_stem, hub_arabic_stem",
                "hub_arabic_stem, hub_arabic_stem, hub_arabic_stem",
                "hub_english_stem",
            ],
        },
    }


def char_filters():
    return {
        "hub_marks_and_letters": {"type": "mapping", "mappings": char_mappings()},
        "hub_acronyms": {
            "type": "pattern_replace",
            "pattern": f"(?<=[{HEBREW_LETTER}])['\"]",
            "replacement": "",
        },
    }


def _analyzer(variants):
    return {
        "type": "custom",
        "char_filter": ["hub_marks_and_letters", "hub_acronyms"],
        "tokenizer": "standard",
        "filter": ["lowercase", "hub_doubled_letters", variants, "unique"],
    }


def index_settings():
    """Settings for Wagtail's Elasticsearch backend: its default analyzers (index and search)
    replaced by ours, which every text field then uses."""
    return {
        "settings": {
            "analysis": {
                "char_filter": char_filters(),
                "filter": token_filters(),
                "analyzer": {
                    "default": _analyzer("hub_index_variants"),
                    "default_search": _analyzer("hub_query_variants"),
                },
            }
        }
    }
