"""What a .docx held that the reader could not keep as text, counted for the notices.

The user comparing two drafts must know when the comparison is blind to something: a
comment from the other side, a footnote, a table read as paragraphs, tracked changes taken
as accepted. Each count becomes one sentence in ``SourceText.notices``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    """Counters filled while the body of a .docx is walked."""

    tables: int = 0
    tracked_changes: int = 0
    comment_ids: set[str] = field(default_factory=set)
    footnotes: int = 0
    endnotes: int = 0
    images: int = 0
    text_boxes: int = 0
    hidden_runs: int = 0
    toc_lines: int = 0
    embedded_documents: int = 0
    headers_or_footers: bool = False
    extra: list[str] = field(default_factory=list)

    def notices(self) -> tuple[str, ...]:
        """One sentence per thing that was not kept faithfully, most important first."""
        out = []
        if self.tracked_changes:
            out.append(f"{_were(self.tracked_changes, 'tracked change')} read as accepted")
        if self.tables:
            out.append(f"{_were(self.tables, 'table')} flattened into paragraphs")
        if self.comment_ids:
            out.append(f"{_were(len(self.comment_ids), 'comment')} ignored")
        if self.footnotes:
            out.append(f"{_were(self.footnotes, 'footnote')} ignored")
        if self.endnotes:
            out.append(f"{_were(self.endnotes, 'endnote')} ignored")
        if self.text_boxes:
            out.append(f"{_were(self.text_boxes, 'text box', 'text boxes')} ignored")
        if self.images:
            out.append(f"{_were(self.images, 'image or drawing', 'images or drawings')} ignored")
        if self.embedded_documents:
            out.append(f"{_were(self.embedded_documents, 'embedded document')} ignored")
        if self.hidden_runs:
            out.append(f"{_were(self.hidden_runs, 'piece of hidden text', 'pieces of hidden text')}"
                       " left out")
        if self.toc_lines:
            out.append(f"the table of contents ({_lines(self.toc_lines)}) was skipped")
        if self.headers_or_footers:
            out.append("headers and footers were not read")
        out.extend(self.extra)
        return tuple(out)


def _were(count: int, singular: str, plural: str | None = None) -> str:
    """"1 table was", "2 tables were"."""
    if count == 1:
        return f"1 {singular} was"
    return f"{count} {plural or singular + 's'} were"


def _lines(count: int) -> str:
    return "1 line" if count == 1 else f"{count} lines"
