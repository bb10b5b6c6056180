"""The assessment screen: per relief, each element met / unmet / unknown with its reason and
citation (click for the rule, its last-reviewed date; unverified rules visibly marked),
deadlines, derivatives and other relief; "Resolve unknowns" jumps to the interview."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.profile import Profile
from desktop.assessment_logic import (
    ElementRow,
    Item,
    ReliefView,
    assess_profile,
    deadline_when,
    psg_items,
)
from desktop.background import action_errors, show_error
from desktop.data_text import cite_tr, data_tr, indicator_tr, reason_tr
from desktop.i18n import TRANSLATIONS, Retranslating
from desktop.interview_logic import relief_choices
from desktop.interview_view import tr_relief
from desktop.profile_logic import choice_label
from desktop.widgets import push_button, wrapped_label

STATUS_COLORS = {
    "met": "#c8e6c9",
    "likely_met": "#dcedc8",
    "unmet": "#ffcdd2",
    "likely_unmet": "#ffe0e0",
    "unknown": "#fff3c4",
    "exception_applies": "#c8e6c9",
    "not_applicable": "#e0e0e0",
}


def shiboken_valid(obj: Any) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def wrap_tree(tree: QTreeWidget, *columns: QHeaderView.ResizeMode) -> None:
    """A tree whose cells wrap instead of ending in "…" (rows sized by ``fit_tree_rows``);
    its columns are sized in these modes, one a column, and the last is not stretched."""
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setUniformRowHeights(False)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setStretchLastSection(False)
    for col, mode in enumerate(columns):
        header.setSectionResizeMode(col, mode)


def fit_tree_rows(tree: QTreeWidget) -> None:
    """Give each top-level row the height its wrapped cells need at the current widths."""
    metrics = tree.fontMetrics()
    header = tree.header()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is None:
            continue
        height = 0
        for col in range(tree.columnCount()):
            # the first column also gives up the branch indentation to the text
            indent = tree.indentation() if col == 0 and tree.rootIsDecorated() else 0
            width = max(header.sectionSize(col) - 12 - indent, 40)
            rect = metrics.boundingRect(
                0, 0, width, 10000, int(Qt.TextFlag.TextWordWrap), item.text(col)
            )
            height = max(height, rect.height() + 6)
        item.setSizeHint(0, QSize(header.sectionSize(0), height))
    tree.doItemsLayout()


def tr_status(status: str) -> str:
    names = {
        "met": QCoreApplication.translate("Status", "Met"),
        "likely_met": QCoreApplication.translate("Status", "Likely met"),
        "unmet": QCoreApplication.translate("Status", "Not met"),
        "likely_unmet": QCoreApplication.translate("Status", "Likely not met"),
        "unknown": QCoreApplication.translate("Status", "Unknown"),
        "exception_applies": QCoreApplication.translate("Status", "Exception applies"),
        "not_applicable": QCoreApplication.translate("Status", "Not applicable"),
        "likely_eligible": QCoreApplication.translate("Status", "Likely eligible"),
        "likely_not_eligible": QCoreApplication.translate("Status", "Likely not eligible"),
        "needs_more_information": QCoreApplication.translate("Status", "Needs more information"),
    }
    return names.get(status, status.replace("_", " "))


class AssessmentView(Retranslating, QWidget):
    resolve_requested = Signal(str, list)

    def __init__(
        self,
        profile: Profile,
        *,
        today: dt.date | None = None,
        assess: Callable[[Any, str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessment")
        self.profile = profile
        self.today = today
        self.assess = assess
        self.results: dict[str, ReliefView] = {}

        self.reliefs = QListWidget()
        self.reliefs.setObjectName("reliefs")
        self.reliefs.setMaximumWidth(300)
        self.reliefs.setWordWrap(True)  # long relief names wrap instead of being cut
        self.reliefs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reliefs.currentRowChanged.connect(lambda _r: self._show_relief())
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.resolve_button = push_button(self.resolve_unknowns, "resolve")
        self.refresh_button = push_button(self.refresh)
        self.elements = QTreeWidget()
        self.elements.setObjectName("elements")
        self.elements.setColumnCount(4)
        self.elements.setRootIsDecorated(False)
        # Each element is a wrapped row: title, status, reason and the full citation, never
        # cut with "…"; rows grow to fit their text.
        wrap_tree(
            self.elements,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
        )
        self.elements.header().sectionResized.connect(lambda *_a: self._fit_later())
        self.elements.currentItemChanged.connect(lambda _c, _p: self._show_rule())
        self.rule = QTextBrowser()
        self.rule.setObjectName("rule")
        self.rule.setOpenLinks(False)
        self.more = QTextBrowser()
        self.more.setObjectName("more")
        self.note = wrapped_label(style="color: #555;")

        head = QHBoxLayout()
        head.addWidget(self.outcome, 1)
        head.addWidget(self.resolve_button)
        head.addWidget(self.refresh_button)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("assessment-split")
        self.split = right
        right.addWidget(self.elements)
        bottom = QSplitter()
        bottom.addWidget(self.rule)
        bottom.addWidget(self.more)
        right.addWidget(bottom)
        right.setStretchFactor(0, 0)  # the elements take what their rows need,
        right.setStretchFactor(1, 1)  # the detail panes take the rest of the room
        right_box = QWidget()
        rl = QVBoxLayout(right_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(head)
        rl.addWidget(right, 1)
        rl.addWidget(self.note)
        split = QSplitter()
        split.addWidget(self.reliefs)
        split.addWidget(right_box)
        split.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(split)
        self.retranslate()
        self.refresh()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.elements.setHeaderLabels(
            [self.tr("Element"), self.tr("Status"), self.tr("Reason"), self.tr("Citation")]
        )
        self.resolve_button.setText(self.tr("&Resolve unknowns"))
        self.resolve_button.setToolTip(
            self.tr("Ask next the interview questions that decide the unknown elements")
        )
        if self.current() is not None and not self.resolve_button.isEnabled():
            self.resolve_button.setToolTip(
                self.tr(
                    "Nothing to resolve: no element of this relief is waiting on an interview "
                    "answer."
                )
            )
        self.refresh_button.setText(self.tr("Re&calculate"))
        self.note.setText(
            self.tr(
                "A screening aid for the attorney, not legal advice. Rules marked VERIFY have "
                "not been checked against the current law; check the citation before relying "
                "on them."
            )
        )
        if self.results:
            self._fill_reliefs()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            results = assess_profile(
                self.profile, relief_choices(), today=self.today, assess=self.assess
            )
        except ImportError:
            self.outcome.setText(self.tr("The eligibility rules are not installed in this build."))
            return
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.results = {r.relief: r for r in results}
        self._fill_reliefs()

    def _fill_reliefs(self) -> None:
        row = max(self.reliefs.currentRow(), 0)
        self.reliefs.blockSignals(True)
        self.reliefs.clear()
        for relief, rv in self.results.items():
            item = QListWidgetItem(f"{tr_relief(relief)}\n{tr_status(rv.outcome)}")
            item.setData(Qt.ItemDataRole.UserRole, relief)
            color = {
                "likely_eligible": STATUS_COLORS["met"],
                "likely_not_eligible": STATUS_COLORS["unmet"],
                "needs_more_information": STATUS_COLORS["unknown"],
            }.get(rv.outcome)
            if color:
                item.setBackground(QBrush(QColor(color)))
            self.reliefs.addItem(item)
        self.reliefs.blockSignals(False)
        self.reliefs.setCurrentRow(min(row, self.reliefs.count() - 1))
        self._show_relief()

    def current(self) -> ReliefView | None:
        item = self.reliefs.currentItem()
        if item is None:
            return None
        return self.results.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def select_relief(self, relief: str) -> None:
        for i in range(self.reliefs.count()):
            if self.reliefs.item(i).data(Qt.ItemDataRole.UserRole) == relief:
                self.reliefs.setCurrentRow(i)

    def _show_relief(self) -> None:
        rv = self.current()
        self.elements.clear()
        if rv is None:
            return
        # The engine never says "eligible" on its own (DOMAIN.md 8.8): name it a screening.
        self.outcome.setText(
            self.tr("{relief} — screening result: {outcome}").format(
                relief=tr_relief(rv.relief), outcome=tr_status(rv.outcome).lower()
            )
        )
        self.outcome.setToolTip(data_tr(rv.label))  # eligibility.assess OUTCOME_LABELS
        for e in rv.elements:
            cite = "; ".join(cite_tr(c) for c in e.cites)
            if not e.verified:
                cite = f"[{e.verify_status}] {cite}"
            reason = reason_tr(e.reason, e.missing_facts, e.shown_facts)
            item = QTreeWidgetItem([data_tr(e.title), tr_status(e.status), reason, cite])
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            item.setBackground(1, QBrush(QColor(STATUS_COLORS.get(e.status, "#ffffff"))))
            if not e.verified:
                item.setForeground(3, QBrush(QColor("#b35c00")))
                item.setToolTip(3, self.tr("Unverified rule: check the citation"))
            item.setToolTip(2, reason)
            self.elements.addTopLevelItem(item)
        can_resolve = bool(rv.resolving_questions())
        self.resolve_button.setEnabled(can_resolve)
        self.resolve_button.setToolTip(
            self.tr("Ask next the interview questions that decide the unknown elements")
            if can_resolve
            else self.tr(
                "Nothing to resolve: no element of this relief is waiting on an interview answer."
            )
        )
        self.more.setHtml(self._more_html(rv))
        first = self.elements.topLevelItem(0)
        if first is not None:
            self.elements.setCurrentItem(first)
        self._fit_later()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later()

    def _fit_later(self) -> None:
        # bound to self: the timer is dropped if the view is deleted first
        QTimer.singleShot(0, self, self.fit_elements)

    def fit_elements(self) -> None:
        """Size the element rows to their wrapped text, up to 55% of the height; the rule and
        the flags below take the rest."""
        if not shiboken_valid(self.split):
            return
        total = self.split.height()
        if total <= 0 or self.elements.topLevelItemCount() == 0:
            return
        fit_tree_rows(self.elements)
        last = self.elements.topLevelItem(self.elements.topLevelItemCount() - 1)
        bottom = self.elements.visualItemRect(last).bottom() if last is not None else 0
        if bottom <= 0:  # not laid out yet
            return
        want = bottom + self.elements.header().height() + 2 * self.elements.frameWidth() + 6
        want = min(want, int(total * 0.55))
        self.split.setSizes([want, total - want - self.split.handleWidth()])

    def element(self, element_id: str) -> ElementRow | None:
        rv = self.current()
        if rv is None:
            return None
        return next((e for e in rv.elements if e.id == element_id), None)

    def _show_rule(self) -> None:
        item = self.elements.currentItem()
        if item is None:
            self.rule.clear()
            return
        e = self.element(str(item.data(0, Qt.ItemDataRole.UserRole)))
        if e is None:
            return
        self.rule.setHtml(self.rule_html(e))

    def rule_html(self, e: ElementRow) -> str:
        esc = html.escape
        parts = [f"<h3>{esc(data_tr(e.title))}</h3>"]
        parts.append(f"<p><b>{esc(self.tr('Status'))}:</b> {esc(tr_status(e.status))}</p>")
        if e.reason:
            reason = reason_tr(e.reason, e.missing_facts, e.shown_facts)
            parts.append(f"<p><b>{esc(self.tr('Reason'))}:</b> {esc(reason)}</p>")
        if e.cites:
            cites = "<br>".join(esc(cite_tr(c)) for c in e.cites)
            parts.append(f"<p><b>{esc(self.tr('Authority'))}:</b><br>{cites}</p>")
        parts.append(
            f"<p><b>{esc(self.tr('Last reviewed'))}:</b> {esc(e.last_reviewed or '—')}</p>"
        )
        if not e.verified:
            parts.append(
                "<p style='color:#b35c00'><b>"
                + esc(
                    self.tr(
                        "Unverified ({status}): check this rule against the current law."
                    ).format(status=e.verify_status)
                )
                + "</b></p>"
            )
        if e.note:
            parts.append(f"<p>{esc(data_tr(e.note))}</p>")
        if e.evidence:
            items = "".join(f"<li>{esc(data_tr(x))}</li>" for x in e.evidence)
            parts.append(
                f"<p><b>{esc(self.tr('Evidence that proves it'))}:</b></p><ul>{items}</ul>"
            )
        if e.indicators:
            items = "".join(f"<li>{esc(indicator_tr(x))}</li>" for x in e.indicators)
            parts.append(
                f"<p><b>{esc(self.tr('Recorded in the interview'))}:</b></p><ul>{items}</ul>"
            )
        return "".join(parts)

    def _more_html(self, rv: ReliefView) -> str:
        esc = html.escape

        def section(title: str, items: list[Item]) -> str:
            if not items:
                return f"<h4>{esc(title)}</h4><p>{esc(self.tr('None'))}</p>"
            lis = []
            for it in items:
                text = f"<b>{esc(data_tr(it.title))}</b>"
                if it.person is not None:
                    text += f" — {esc(self._person(*it.person))}"
                if it.detail:
                    text += f" — {esc(data_tr(it.detail))}"
                if it.days_left is not None:
                    text += " " + esc(self._when(it.days_left))
                if it.cites:
                    text += f" <i>({esc('; '.join(cite_tr(c) for c in it.cites))})</i>"
                if it.verify_status != "ok":
                    text += f" <span style='color:#b35c00'>[{esc(it.verify_status)}]</span>"
                lis.append(f"<li>{text}</li>")
            return f"<h4>{esc(title)}</h4><ul>{''.join(lis)}</ul>"

        def psg_section() -> str:
            # Only for reliefs whose rules attach the analysis (asylum); already in the
            # screen's language, so data_tr leaves it as it is.
            if rv.psg is None:
                return ""
            title = self.tr("Particular social group: each group on the three prongs")
            return section(title, psg_items(rv.psg, TRANSLATIONS.language))

        return "".join(
            (
                psg_section(),  # first: for asylum, the analysis the attorney acts on
                section(self.tr("Flags"), rv.flags),
                section(self.tr("Deadlines"), rv.deadlines),
                section(self.tr("Derivatives who may qualify"), rv.derivatives),
                section(self.tr("Other relief to consider"), rv.other_relief),
            )
        )

    def _person(self, name: str, relationship: str, status: str) -> str:
        """'Marta Vargas Ejemplo (Parent): may qualify', in the screen's language."""
        words = {"may_qualify": self.tr("may qualify"), "unknown": self.tr("not known yet")}
        word = choice_label(relationship, "relationship")  # the profile's word, context Field
        rel = f" ({QCoreApplication.translate('Field', word)})" if relationship else ""
        return f"{name}{rel}: {words.get(status, status.replace('_', ' '))}"

    def _when(self, days_left: int) -> str:
        return deadline_when(
            days_left, self.tr("({n} days left)"), self.tr("(passed {n} days ago)")
        )

    def resolve_unknowns(self) -> None:
        rv = self.current()
        if rv is not None and rv.resolving_questions():
            self.resolve_requested.emit(rv.relief, rv.resolving_questions())
