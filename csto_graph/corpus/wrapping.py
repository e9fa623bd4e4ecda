"""Corpus stage, wrapping: pages whose text is broken into lines of a fixed width, and
headlines in title case (the questions :mod:`csto_graph.corpus.pages` asks before joining the
lines of a wrapped page into its sentences)."""
from __future__ import annotations

import re

from .lines import Line, ends_sentence

WRAP_LINES, WRAP_OPEN, WRAP_WIDTH = 8, 0.6, (40, 110)


def hard_wrapped(lines: list[Line]) -> bool:
    """A page whose text is broken into lines of a fixed width, mid-sentence (a wire copy):
    at least :data:`WRAP_LINES` lines of text, most of them (:data:`WRAP_OPEN`) not ending a
    sentence, and of a width within :data:`WRAP_WIDTH` (median at least 40 characters, nine in
    ten at most 110). On the open English sets two pages are wrapped (shares of open lines
    0.73 and 0.76, widths 60-70); every other page with five or more lines of text has
    paragraphs of 200 characters or more, or menus of a few words.

    >>> from csto_graph.corpus.lines import page_lines
    >>> text = "\\n".join(["The ministers of the member states met in the capital of the"] * 8)
    >>> hard_wrapped(page_lines(text)), hard_wrapped(page_lines("The Council met.\\nIt adopted a plan."))
    (True, False)
    """
    texts = [ln.text for ln in lines if ln.kind in {"text", "dateline"}]
    if len(texts) < WRAP_LINES:
        return False
    widths = sorted(len(t) for t in texts)
    open_ended = sum(not ends_sentence(t) for t in texts)
    low, high = WRAP_WIDTH
    return open_ended >= WRAP_OPEN * len(texts) and widths[len(widths) // 2] >= low and \
        widths[int(0.9 * len(widths)) - 1] <= high


def title_case(text: str) -> bool:
    """Most words of four letters or more are capitalised, as in a headline.

    >>> title_case("Exercises Begin In The Republic, With One State Opting Out"), \\
    ...     title_case("the Collective Security Treaty Organization member states have begun the")
    (True, False)
    """
    long = re.findall(r"[^\W\d_]{4,}", text)
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


def runs_on(above: str, below: str, first: bool = False) -> bool:
    """On a page not wrapped as a whole, line ``below`` goes on the sentence of line
    ``above`` (the page broke one paragraph at a fixed width): ``above`` is of a wrapped
    line's width (:data:`WRAP_WIDTH`) and ends mid-sentence, and ``below`` opens in lower case
    ("... cooperation between the forces and to" / "improve their skills.") or both sides of
    the break are capitalised words of one name ("... with the Collective" / "Security Treaty
    Organization (CSTO), ..."); when ``above`` is the item's ``first`` line, not in title case
    (a headline above the text, no blank line between).

    >>> runs_on("Troops are taking part in joint exercises in the region with the Collective",
    ...         "Security Treaty Organization, the ministry said.")
    True
    >>> runs_on("Troops are taking part in joint exercises in the region with the Collective",
    ...         "the ministry said."), runs_on("Zorvan Talks Held In The Capital Of The Republic Of Minsk",
    ...                                        "The Council met.", first=True)
    (True, False)
    >>> runs_on("The ministers adopted a statement on the border of the region.", "They also met.")
    False
    """
    low, high = WRAP_WIDTH
    if not low <= len(above) <= high or ends_sentence(above) or not below[:1].isalpha():
        return False
    last = above.split()[-1]
    if below[0].islower():
        return True
    # (a word in capitals ends a byline: "..., Ivan PETROV" / "Summit opens" is no name run on)
    return last[:1].isupper() and last[1:].islower() and last.isalpha() and not (first and title_case(above))
