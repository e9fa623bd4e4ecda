"""Organization mentions: gazetteer hits, unknown bodies read from the text, acronyms.

Unknown bodies are found as name chains around an organizational head noun
("Mikhailovsky Military Artillery Academy", "Centre for International Strategic
Studies"): capitalised words to the left, and to the right complements that belong to
the name ("for ...", "on ...", "of Foreign Affairs") or, while the name has no
complement yet, an attached "of the ..." chain ("Diplomatic Academy of the Russian
Ministry of Foreign Affairs"). Acronyms defined in brackets ("... Asia (UNRCCA)")
are checked with the Schwartz-Hearst algorithm, as in scispacy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, Match

HEADS = {
    "academy", "institute", "centre", "center", "university", "ministry", "committee", "council",
    "agency", "organization", "organisation", "assembly", "duma", "service", "school", "commission",
    "department", "office", "bureau", "foundation", "union", "mission", "headquarters", "secretariat",
    "court", "fund", "college", "hospital", "parliament", "government", "administration", "directorate",
    "inspectorate", "guard", "corporation", "company", "association", "federation", "society",
}
LOWER_HEADS = {"hospital", "university", "institute", "academy", "clinic"}
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\S")
COMPLEMENT = {"for", "on", "of", "in"}
QUOTES = "‘’“”\"«»'"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def schwartz_hearst(short: str, long: str) -> str | None:
    """The shortest end of ``long`` whose letters spell ``short`` (or None).

    >>> schwartz_hearst("CMD", "the Council of Ministers of Defense")
    'Council of Ministers of Defense'
    >>> schwartz_hearst("UNRCCA", "UN Regional Centre for Preventive Diplomacy for Central Asia")
    'UN Regional Centre for Preventive Diplomacy for Central Asia'
    >>> schwartz_hearst("XYZ", "Council of Ministers") is None
    True
    """
    s_index, l_index = len(short) - 1, len(long) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (long[l_index].lower() != char or
                                (s_index == 0 and l_index > 0 and long[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = long.rfind(" ", 0, l_index + 1) + 1
    result = long[start:].strip()
    result = re.sub(r"^(the|The)\s+", "", result)
    return result or None


def find_chains(text: str, tokens: list[Token], gaz_matches: list[Match]) -> list[tuple[int, int]]:
    """Character spans of unknown organization names around head nouns."""
    covered = {}
    for m in gaz_matches:
        for i, tok in enumerate(tokens):
            if tok.start >= m.start and tok.end <= m.end:
                covered[i] = m
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.text.lower()
        is_head = low in HEADS and (_cap(tok) or (low in LOWER_HEADS and i > 0 and _cap(tokens[i - 1])
                                                 and tokens[i - 1].text.lower() not in {"the", "a"}))
        if not is_head or i in covered:
            i += 1
            continue
        left = i
        while left > 0:
            prev = tokens[left - 1]
            if _cap(prev) and prev.text.lower() not in {"the", "a", "an", "on", "in", "at", "from", "by"} \
                    and not prev.text.endswith(("'s", "’s")) and prev.text not in QUOTES:
                left -= 1
            else:
                break
        right = i + 1
        has_complement = False
        while right < len(tokens):
            word = tokens[right].text
            nxt = tokens[right + 1] if right + 1 < len(tokens) else None
            if word in COMPLEMENT and nxt is not None and _cap(nxt) and nxt.text != "The":
                j = right + 1
                while j < len(tokens) and (_cap(tokens[j]) or (tokens[j].text == "of" and j + 1 < len(tokens)
                                                              and _cap(tokens[j + 1]))):
                    j += 1
                right, has_complement = j, True
                continue
            if word in {"for", "on"} and nxt is not None and nxt.text == "the" and right + 2 < len(tokens) \
                    and _cap(tokens[right + 2]):
                j = right + 2
                while j < len(tokens) and (_cap(tokens[j]) or (tokens[j].text == "of" and j + 1 < len(tokens)
                                                              and _cap(tokens[j + 1]))):
                    j += 1
                right, has_complement = j, True
                continue
            if word == "of" and not has_complement and nxt is not None and nxt.text == "the" \
                    and right + 2 < len(tokens) and _cap(tokens[right + 2]):
                j = right + 2
                while j < len(tokens) and not (j - 1 in covered and j not in covered and _cap(tokens[j])) \
                        and (_cap(tokens[j]) or (tokens[j].text in {"of", "for", "on"}
                                                              and j + 1 < len(tokens)
                                                              and (_cap(tokens[j + 1]) or tokens[j + 1].text == "the"))
                                          or (tokens[j].text == "the" and j + 1 < len(tokens) and _cap(tokens[j + 1])
                                              and tokens[j - 1].text in {"of", "for", "on"})):
                    j += 1
                right = j
                continue
            break
        while right - 1 > i and tokens[right - 1].text in {"of", "the", "for", "on", "and", "in"}:
            right -= 1
        if right - left >= 2 or low in LOWER_HEADS:
            spans.append((tokens[left].start, tokens[right - 1].end))
        i = right
    return spans


def quoted_name(text: str) -> tuple[str, int, int] | None:
    """The name inside quotes of "Autonomous Nonprofit Organization ‘Name’"."""
    m = re.search(r"[‘“\"«]([^’”\"»]{3,120})[’”\"»]\s*$", text)
    return (m.group(1), m.start(1), m.end(1)) if m else None


def clean_org(text: str) -> str:
    text = re.sub(r"^(the|The|THE)\s+", "", text.strip())
    return text.strip(" ,;:" + QUOTES)


def acronym_definitions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, int, int, str]]:
    """(acronym, start, end, long form) for "LONG FORM (ACR)" right after a known span."""
    out = []
    for start, end, long in spans:
        m = re.match(r"\s*\(([A-Z][A-Z0-9\-]{1,9})\)", text[end:])
        if m:
            acr = m.group(1)
            if schwartz_hearst(acr, long) is not None:
                out.append((acr, end + m.start(1), end + m.end(1), long))
    return out


def is_org_like(name: str, gaz: Gazetteer) -> bool:
    """A name worth keeping as an organization: not a bare head noun, not a state."""
    words = name.split()
    if len(words) < 2 and name.lower() not in HEADS:
        return True
    entry = gaz.lookup(name)
    return entry is None or entry.kind != "place"
