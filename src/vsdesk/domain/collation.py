"""Welsh alphabetical order for lists of names (GLOSSARY-cy: ch, dd, ff, ng, ll, ph, rh, th
are single letters; a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y).

The window sorts with Qt's QCollator (ICU ``cy``); the core cannot import Qt, so the CLI and
packs use this key. Like most tools it reads "ng" always as one letter, so "Bangor" sorts
as B-a-ng-o-r (ICU makes the same choice).
"""

from __future__ import annotations

import unicodedata

ALPHABET = (
    "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "k", "l", "ll",
    "m", "n", "o", "p", "ph", "q", "r", "rh", "s", "t", "th", "u", "v", "w", "x", "y", "z",
)  # fmt: skip
DIGRAPHS = sorted((letter for letter in ALPHABET if len(letter) == 2), key=len, reverse=True)
RANK = {letter: index for index, letter in enumerate(ALPHABET)}


def _letters(text: str) -> list[str]:
    plain = "".join(
        c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c)
    )
    letters, position = [], 0
    while position < len(plain):
        pair = plain[position : position + 2]
        step = 2 if pair in DIGRAPHS else 1
        letters.append(plain[position : position + step])
        position += step
    return letters


def name_key(family_name: str, given_name: str) -> tuple[object, ...]:
    """How every list of pupils is ordered: family name, then given name, in Welsh order."""
    return (welsh_key(family_name), welsh_key(given_name))


def welsh_key(text: str) -> tuple[tuple[int, str], ...]:
    """Sort key: letters by the Welsh alphabet; accents break ties only (â after a)."""
    primary = tuple((RANK.get(letter, len(ALPHABET)), letter) for letter in _letters(text))
    return (*primary, (len(ALPHABET) + 1, text))
