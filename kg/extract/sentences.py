"""The view of a document the rules read: sentences with their mentions.

Rules work on plain strings and offsets, not on spaCy objects, so they can be
tested on hand-written sentences and run in any worker process.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Document, EntityType, Evidence, Mention


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document: its index, offsets and the mentions inside it."""

    index: int
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]

    def between(self, a: Mention, b: Mention) -> str:
        """The text from the end of `a` to the start of `b` (empty if they touch or overlap)."""
        return self.text[a.end - self.start : b.start - self.start] if a.end <= b.start else ""

    def before(self, m: Mention, width: int = 80) -> str:
        """Up to `width` characters of the sentence just before `m`."""
        lo = max(0, m.start - self.start - width)
        return self.text[lo : m.start - self.start]

    def after(self, m: Mention, width: int = 80) -> str:
        """Up to `width` characters of the sentence just after `m`."""
        return self.text[m.end - self.start : m.end - self.start + width]

    def of_type(self, *types: EntityType) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]


@dataclass(frozen=True, slots=True)
class Source:
    """Who is extracting, for the evidence records: name, version, document."""

    document: Document
    extractor: str
    version: str

    def evidence(self, sentence: Sentence, start: int, end: int, confidence: float) -> Evidence:
        """Evidence for a fact read from `sentence`, supported by the span start..end."""
        return Evidence(
            doc_id=self.document.id,
            sentence_index=sentence.index,
            start=start,
            end=end,
            sentence=sentence.text,
            extractor=self.extractor,
            extractor_version=self.version,
            confidence=round(confidence, 3),
        )
