"""State of the map review screen, without widgets: which field is shown, its page preview and
highlight, and the attorney's decisions (delegated to ``forms.propose_review.ReviewSession``).

The widget (``desktop/map_review.py``) displays this and forwards clicks; tests drive it directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from forms.propose import Proposal, Proposed, propose
from forms.propose_input import CheckedPdf, check_pdf
from forms.propose_review import ReviewSession
from forms.propose_store import export_reviewed, save_reviewed
from forms.registry import sha256_of

PREVIEW_WIDTH = 520


@dataclass(frozen=True)
class PagePreview:
    width: int
    height: int
    stride: int
    rgb: bytes
    highlight: tuple[int, int, int, int]  # x, y, w, h in pixels (top-left origin)


def render_page(
    pdf: Path, page_no: int, rect: tuple[float, float, float, float], width_px: int
) -> PagePreview:
    """Render one page (1-based) with pypdfium2 and say where ``rect`` (PDF points) falls."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[max(0, page_no - 1)]
        scale = width_px / page.get_width()
        height_pt = page.get_height()
        bitmap = page.render(scale=scale, rev_byteorder=True)
        data = (bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        bitmap.close()
        page.close()
    finally:
        doc.close()
    x0, y0, x1, y1 = rect
    left, right = min(x0, x1), max(x0, x1)
    bottom, top = min(y0, y1), max(y0, y1)
    box = (
        round(left * scale),
        round((height_pt - top) * scale),
        max(2, round((right - left) * scale)),
        max(2, round((top - bottom) * scale)),
    )
    return PagePreview(*data, highlight=box)


STATUS_TEXT = {
    "pending": "to review",
    "accepted": "accepted",
    "changed": "changed",
    "blank": "blank by design",
}


class MapReviewModel:
    def __init__(self, checked: CheckedPdf, proposal: Proposal) -> None:
        self.checked = checked
        self.proposal = proposal
        self.session = ReviewSession(proposal, checked.inventory)
        self.current: str | None = self.session.items[0].field if self.session.items else None

    @classmethod
    def from_pdf(cls, path: Path | str) -> MapReviewModel:
        checked = check_pdf(path)
        prop = propose(checked.inventory, form_id=checked.form, edition=checked.edition)
        return cls(checked, prop)

    @property
    def title(self) -> str:
        return f"{self.checked.form} edition {self.checked.edition}"

    def item(self, field_name: str | None = None) -> Proposed:
        name = field_name or self.current
        assert name is not None
        return self.session.proposed(name)

    def status(self, field_name: str) -> str:
        return self.session.decisions[field_name].status

    def proposed_text(self, p: Proposed) -> str:
        if p.kind == "blank":
            return f"blank by design: {p.reason}"
        if not p.fact:
            return f"nothing proposed ({p.reason})"
        fact = p.fact if isinstance(p.fact, str) else " + ".join(p.fact)
        extra = f" = {p.value}" if p.value is not None else ""
        fmt = f" [{', '.join(p.format)}]" if p.format else ""
        row = f" (row {p.row + 1})" if p.row is not None else ""
        return f"{fact}{extra}{fmt}{row}"

    def preview(self, width_px: int = PREVIEW_WIDTH) -> PagePreview | None:
        if self.current is None:
            return None
        spec = self.checked.inventory.fields[self.current]
        return render_page(self.checked.path, spec.page or 1, spec.rect, width_px)

    def next_pending(self) -> str | None:
        names = [p.field for p in self.session.items]
        start = names.index(self.current) + 1 if self.current in names else 0
        for name in names[start:] + names[:start]:
            if self.status(name) == "pending":
                return name
        return None

    def progress(self) -> tuple[int, int]:
        total = len(self.session.items)
        return total - len(self.session.pending()), total

    def save(
        self, reviewer: str, data_dir: Path | str | None, today: dt.date | None = None
    ) -> Path:
        fmap = self.session.build_map(
            form=self.checked.form,
            edition=self.checked.edition,
            reviewed_by=reviewer,
            today=today,
            pdf_sha256=sha256_of(self.checked.path),
        )
        return save_reviewed(fmap, self.checked.inventory, data_dir=data_dir)

    def export(self, out: Path | str, data_dir: Path | str | None) -> Path:
        return export_reviewed(self.checked.form, self.checked.edition, out, data_dir=data_dir)
