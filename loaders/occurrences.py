"""Where words occur in one text, left to right and not overlapping (as ``str.find`` and
``str.count`` see them), without scanning a long text once per distinct word.

Attribution asks, for each new name a report gives, where that name stands elsewhere in the
report (its first mentions carry the post). ``str.find`` from the text's start costs the
distance to the mentions found, the whole text for a name met fewer times than asked: a long
report of many different people made that quadratic. Each first character keeps count of the
text its words' scans have read; once that is twice the text, one scan lists where the
character stands, grouped by the character after it, and its words are looked up there. A
character costs at most three scans of the text, and the characters are the alphabet's, so the
cost grows linearly with the text; a report whose names recur early never builds a list.
"""

from __future__ import annotations

from collections.abc import Iterator


def every_start(text: str, word: str) -> Iterator[int]:
    """Each start of ``word`` in ``text``, left to right, overlapping ones too (``str.find``
    from one past the last): for a word asked of one text once, where no :class:`Occurrences`
    is kept."""
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


class Occurrences:
    """The start offsets of words in ``text``; ``scans`` is how many scans of the whole text
    the words opening with one character may cost before that character is listed."""

    def __init__(self, text: str, scans: float = 2.0) -> None:
        self.text = text
        self._budget = scans * max(len(text), 1)
        self._spent: dict[str, int] = {}  # first character → characters str.find has read for it
        self._pairs: dict[str, dict[str, list[int]]] = {}  # first character → its two-character starts → offsets

    def starts(self, word: str) -> Iterator[int]:
        """Start offsets of ``word``, left to right, not overlapping."""
        if not word:
            return
        pairs = self._pairs.get(word[0]) if len(word) > 1 else None
        if pairs is None:
            yield from self._found(word)
            return
        text, n, free = self.text, len(word), 0
        for at in pairs.get(word[:2], ()):
            if at >= free and text.startswith(word, at):
                yield at
                free = at + n

    def count(self, word: str) -> int:
        """``text.count(word)``."""
        if not word:
            return self.text.count(word)
        if len(word) > 1 and word[0] in self._pairs:
            return sum(1 for _ in self.starts(word))
        self._spend(word, len(self.text))
        return self.text.count(word)

    def _found(self, word: str) -> Iterator[int]:
        text, n = self.text, len(word)
        at = text.find(word)
        read = len(text) if at < 0 else at + n
        try:
            while at >= 0:
                yield at
                at = text.find(word, at + n)
                read = len(text) if at < 0 else at + n
        finally:  # also when the caller stops early: it read only so far
            self._spend(word, read)

    def _spend(self, word: str, read: int) -> None:
        c = word[0]
        spent = self._spent[c] = self._spent.get(c, 0) + read
        if spent >= self._budget and len(word) > 1 and c not in self._pairs:
            text = self.text
            pairs: dict[str, list[int]] = {}
            at = text.find(c)
            while at >= 0:
                pair = text[at:at + 2]
                if (hits := pairs.get(pair)) is None:
                    pairs[pair] = [at]
                else:
                    hits.append(at)
                at = text.find(c, at + 1)
            self._pairs[c] = pairs
