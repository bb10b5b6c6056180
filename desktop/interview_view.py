"""The interview screen: the safe-to-talk opening card before the first question, one question
at a time, progress per relief, Skip / Ask later / Client prefers not to say, a content warning
before sensitive questions, pause (also for immediate needs found at the opening), the optional
free-narrative step, a "decide only" switch for a quick screen, an attorney notes pane, the
prompt in English or Spanish, and every action on the keyboard.

The screen only displays ``InterviewController`` and forwards clicks to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import ReliefDeskError
from casefile.profile import Profile
from desktop.background import action_errors, show_error
from desktop.i18n import TRANSLATIONS, Retranslating
from desktop.interview_logic import (
    AnswerInvalid,
    Counts,
    InterviewController,
    make_session,
    relief_choices,
    relief_title,
)
from desktop.options import Options
from desktop.profile_editor import tr_field
from desktop.profile_logic import FieldInvalid, display_value, summary_columns
from desktop.row_form import RowForm
from desktop.widgets import FieldEdit, push_button, wrapped_label


def tr_relief(relief: str) -> str:
    return QCoreApplication.translate("Relief", relief_title(relief))


class InterviewView(Retranslating, QWidget):
    finished = Signal()
    open_profile = Signal(str)

    def __init__(
        self,
        profile: Profile,
        *,
        save: Callable[[], None] | None = None,
        options: Options | None = None,
        reliefs: Sequence[str] | None = None,
        today: dt.date | None = None,
        session_factory: Callable[..., Any] = make_session,
        opening: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interview")
        self.options = options
        self.ctl = InterviewController(
            profile, reliefs=reliefs, today=today, session_factory=session_factory, save=save
        )
        if options is not None and options.data_dir is not None:
            self.ctl.language = options.get("prompt_language")
        self.ctl.opening_done = not opening
        self._shown_id: str | None = None

        # relief chooser and progress
        self.relief_boxes: dict[str, QCheckBox] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        top = QGridLayout()
        for i, relief in enumerate(relief_choices()):
            box = QCheckBox()
            box.setChecked(relief in self.ctl.reliefs)
            box.toggled.connect(self._reliefs_changed)
            bar = QProgressBar()
            bar.setObjectName(f"progress-{relief}")
            bar.setMaximumHeight(16)
            self.relief_boxes[relief] = box
            self.bars[relief] = bar
            top.addWidget(box, i // 3 * 2, i % 3)
            top.addWidget(bar, i // 3 * 2 + 1, i % 3)

        self.prompt_language = QComboBox()
        self.prompt_language.addItem("English", "en")
        self.prompt_language.addItem("Español", "es")
        self.prompt_language.setCurrentIndex(1 if self.ctl.language == "es" else 0)
        self.prompt_language.currentIndexChanged.connect(self._language_changed)
        self.prompt_language_label = QLabel()
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pause")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.decide_only = QCheckBox()
        self.decide_only.setObjectName("decide-only")
        self.decide_only.toggled.connect(self._decide_only_toggled)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("interview-counts")
        self.revisit_button = push_button(self.revisit_set_aside, "revisit")
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.counts_label)
        bar_row.addWidget(self.revisit_button)
        bar_row.addSpacing(16)
        bar_row.addWidget(self.prompt_language_label)
        bar_row.addWidget(self.prompt_language)
        bar_row.addStretch(1)
        bar_row.addWidget(self.decide_only)
        bar_row.addWidget(self.pause_button)

        # the card: warning / question / paused / done
        self.card = QStackedWidget()
        self.opening_page = self._build_opening()
        self.warning_page = self._build_warning()
        self.question_page = self._build_question()
        self.paused_label = wrapped_label()
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_page = QWidget()
        self.done_label = wrapped_label()
        self.to_assessment = push_button(self.finished.emit)
        done_lay = QVBoxLayout(self.done_page)
        done_lay.addWidget(self.done_label)
        done_lay.addWidget(self.to_assessment)
        done_lay.addStretch(1)
        for w in (
            self.opening_page,
            self.warning_page,
            self.question_page,
            self.paused_label,
            self.done_page,
        ):
            self.card.addWidget(w)

        # notes pane
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("attorney-notes")
        self.notes.setTabChangesFocus(True)
        notes_box = QWidget()
        nl = QVBoxLayout(notes_box)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.notes_label)
        nl.addWidget(self.notes, 1)

        # The card scrolls (a long opening checklist on a small screen) and, in a scroll area,
        # no longer tells the splitter its height for each width: each tab switch had the
        # splitter ask every wrapped label on every card page, shown or not, 14 times (~300
        # questions; issue 18, screen to screen < 16 ms).
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # no Tab stop of its own (nothing to see there): Tab goes to the card's controls, and
        # the scroll area brings the focused one into view
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_scroll.setWidget(self.card)
        split = QSplitter()
        split.addWidget(self.card_scroll)
        split.addWidget(notes_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar_row)
        lay.addWidget(split, 1)

        # Enter answers (the key reaches us when the focused input does not use it: radio
        # buttons, lists, one-line fields); Ctrl+Enter also answers from the text box.
        sc = QShortcut(QKeySequence("Ctrl+Return"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self._enter)
        self.retranslate()
        self.refresh()

    # -- construction ------------------------------------------------------------------
    @staticmethod
    def _framed_page(name: str, colors: str) -> tuple[QFrame, QVBoxLayout, QLabel, QLabel]:
        """A page framed in ``colors`` (its background and border) with a bold title and a
        wrapped text under it; the layout is for what the page adds below them."""
        page = QFrame()
        page.setObjectName(name)
        page.setStyleSheet(f"#{name} {{ {colors} }}")
        title = QLabel()
        title.setStyleSheet("font-weight: 700; font-size: 13pt;")
        text = wrapped_label()
        lay = QVBoxLayout(page)
        lay.addWidget(title)
        lay.addWidget(text)
        return page, lay, title, text

    def _build_opening(self) -> QWidget:
        """The safe-to-talk checklist: for the attorney, before the first question."""
        from eligibility.interview import OPENING

        page, lay, self.opening_title, self.opening_intro = self._framed_page(
            "opening", "background: #eef6ff; border: 1px solid #8fb3d9;"
        )
        self.opening_checks: dict[str, QCheckBox] = {}
        self.opening_say: dict[str, QLabel] = {}
        self.opening_needs: dict[str, QCheckBox] = {}
        self.opening_gender = QComboBox()
        self.opening_labels: dict[str, QLabel] = {}
        for item in OPENING:
            if item.kind == "check":
                box = QCheckBox()
                box.setObjectName(f"opening-{item.id}")
                box.toggled.connect(self._opening_changed)
                self.opening_checks[item.id] = box
                lay.addWidget(box)
            else:
                label = wrapped_label()
                self.opening_labels[item.id] = label
                lay.addWidget(label)
                row = QHBoxLayout()
                if item.kind == "choice":
                    for value in item.choices:
                        self.opening_gender.addItem(value, value)
                    row.addWidget(self.opening_gender)
                else:
                    for value in item.choices:
                        need = QCheckBox()
                        need.setObjectName(f"need-{value}")
                        self.opening_needs[value] = need
                        row.addWidget(need)
                row.addStretch(1)
                lay.addLayout(row)
            if item.say_en:
                say = wrapped_label(style="font-style: italic; color: #333; margin-left: 24px;")
                self.opening_say[item.id] = say
                lay.addWidget(say)
        self.opening_concerns = wrapped_label("opening-concerns", "color: #b00020;")
        self.opening_start = push_button(self.start_interview, "opening-start")
        lay.addWidget(self.opening_concerns)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.opening_start)
        lay.addLayout(row)
        lay.addStretch(1)
        return page

    def _build_warning(self) -> QWidget:
        page, lay, self.warning_title, self.warning_text = self._framed_page(
            "content-warning", "background: #fff8e1; border: 1px solid #e0c070;"
        )
        self.warning_continue = push_button(self.continue_after_warning, "warning-continue")
        self.warning_skip = push_button(self.skip)
        self.warning_later = push_button(self.ask_later)
        row = QHBoxLayout()
        row.addWidget(self.warning_continue)
        row.addWidget(self.warning_skip)
        row.addWidget(self.warning_later)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        return page

    def _build_question(self) -> QWidget:
        page = QWidget()
        self.step_label = wrapped_label("step", "color: #1f5f8b; font-weight: 600;")
        self.prompt = wrapped_label("prompt", "font-size: 15pt;")
        self.help = wrapped_label("help", "color: #555;")
        self.error = wrapped_label(style="color: #b00020;")

        self.inputs = QStackedWidget()
        # yes / no
        yn = QWidget()
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self.yes_no = QButtonGroup(self)
        self.yes_no.addButton(self.yes)
        self.yes_no.addButton(self.no)
        yv = QVBoxLayout(yn)
        yl = QHBoxLayout()
        yl.addWidget(self.yes)
        yl.addWidget(self.no)
        yl.addStretch(1)
        yv.addLayout(yl)
        yv.addStretch(1)
        self.line = FieldEdit()
        self.line.setObjectName("answer-line")
        self.int_validator = QIntValidator(0, 10_000_000, self)
        self.text = QPlainTextEdit()
        self.text.setObjectName("answer-text")
        self.text.setTabChangesFocus(True)
        self.line_page = QWidget()
        lv = QVBoxLayout(self.line_page)
        lv.addWidget(self.line)
        lv.addStretch(1)
        self.choice_list = QListWidget()
        self.choice_list.setObjectName("answer-choices")
        self.group_page = QWidget()
        self.group_label = wrapped_label()
        self.group_button = push_button(lambda: self.open_profile.emit(self._group_name()))
        self.group_rows = QListWidget()
        self.group_rows.setObjectName("group-rows")
        self.group_rows.setMaximumHeight(90)
        self.row_form_holder = QVBoxLayout()
        self.row_form: RowForm | None = None
        self.add_row_button = push_button(self.add_group_row, "add-row")
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.add_row_button)
        group_buttons.addStretch(1)
        group_buttons.addWidget(self.group_button)
        gl = QVBoxLayout(self.group_page)
        gl.addWidget(self.group_label)
        gl.addWidget(self.group_rows)
        gl.addLayout(self.row_form_holder)
        gl.addLayout(group_buttons)
        for w in (yn, self.line_page, self.text, self.choice_list, self.group_page):
            self.inputs.addWidget(w)
        self._yn_page = yn

        self.answer_button = push_button(self.answer, "answer")
        self.answer_button.setDefault(True)
        self.back_button = push_button(self.back, "back")
        self.skip_button = push_button(self.skip, "skip")
        self.later_button = push_button(self.ask_later, "later")
        self.decline_button = push_button(self.decline, "decline")
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        for b in (self.skip_button, self.later_button, self.decline_button, self.answer_button):
            row.addWidget(b)
        lay = QVBoxLayout(page)
        lay.addWidget(self.step_label)
        lay.addWidget(self.prompt)
        lay.addWidget(self.help)
        lay.addWidget(self.inputs)
        lay.addWidget(self.error)
        lay.addStretch(1)
        lay.addLayout(row)
        return page

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        for relief, box in self.relief_boxes.items():
            box.setText(tr_relief(relief))
        for bar in self.bars.values():
            bar.setFormat(self.tr("%v of %m elements decided"))
            bar.setToolTip(
                self.tr(
                    "Legal elements no longer unknown; the interview asks only what decides them"
                )
            )
        self.prompt_language_label.setText(self.tr("Prompt in:"))
        self.decide_only.setText(self.tr("&Decide only (quick screen)"))
        self.decide_only.setToolTip(
            self.tr(
                "Ask only what decides a legal element. Off: also gather the story and the "
                "indicators for each element in play, even once it is decided"
            )
        )
        self._retranslate_opening()
        self.pause_button.setText(self.tr("&Resume") if self.ctl.paused else self.tr("&Pause"))
        self._update_paused_text()
        self.done_label.setText(self.tr("No more questions for the chosen reliefs right now."))
        self.to_assessment.setText(self.tr("See the assessment"))
        self.notes_label.setText(self.tr("Attorney notes on this question (not shown to anyone):"))
        self.warning_title.setText(self.tr("Before the next question"))
        self.warning_continue.setText(self.tr("&Continue"))
        self.warning_skip.setText(self.tr("&Skip"))
        self.warning_later.setText(self.tr("Ask &later"))
        self._answer_words()
        self.group_button.setText(self.tr("Open this list in the profile"))
        self.add_row_button.setText(self.tr("Add this &row"))
        self.revisit_button.setText(self.tr("Ask the set-aside questions &now"))
        self.revisit_button.setToolTip(
            self.tr("Go back to the questions that were skipped or kept for later")
        )
        self.answer_button.setText(self.tr("&Answer (Enter)"))
        self.back_button.setText(self.tr("&Back"))
        self._show_help()
        self.skip_button.setText(self.tr("&Skip"))
        self.later_button.setText(self.tr("Ask &later"))
        self.decline_button.setText(self.tr("Client prefers &not to say"))
        self.skip_button.setToolTip(self.tr("Leave it unknown for now"))
        self.later_button.setToolTip(
            self.tr("Leave it unknown and mark it to ask at a later meeting")
        )
        self.decline_button.setToolTip(
            self.tr("The client chose not to answer; it stays unknown and is recorded as such")
        )
        self._show_question(force=True)

    def _retranslate_opening(self) -> None:
        from eligibility.interview import OPENING

        self.opening_title.setText(self.tr("Before the first question: is it safe to talk?"))
        self.opening_intro.setText(
            self.tr(
                "A checklist for you, recorded with the interview. Say the words in italics to "
                "the client in their language (shown in the prompt language)."
            )
        )
        for item in OPENING:
            text = QCoreApplication.translate("Opening", item.label)
            if item.id in self.opening_checks:
                self.opening_checks[item.id].setText(text)
            elif item.id in self.opening_labels:
                self.opening_labels[item.id].setText(text)
            if item.id in self.opening_say:
                say = item.say_es if self.ctl.language == "es" else item.say_en
                self.opening_say[item.id].setText(f"“{say}”")
        names = {
            "no_preference": self.tr("No preference"),
            "woman": self.tr("A woman"),
            "man": self.tr("A man"),
            "other": self.tr("Someone else (note it)"),
            "safety": self.tr("Safety"),
            "shelter": self.tr("Shelter tonight"),
            "food": self.tr("Food"),
            "medical": self.tr("Medical care"),
        }
        for i in range(self.opening_gender.count()):
            value = str(self.opening_gender.itemData(i))
            self.opening_gender.setItemText(i, names.get(value, value))
        for value, box in self.opening_needs.items():
            box.setText(names.get(value, value))
        self.opening_start.setText(self.tr("S&tart the interview"))
        self._opening_changed()

    def _opening_changed(self) -> None:
        if any(not box.isChecked() for box in self.opening_checks.values()):
            self.opening_concerns.setText(
                self.tr(
                    "Not everything is confirmed. If the client is not alone and safe to talk, "
                    "do not ask about what happened: reschedule, or keep to neutral questions."
                )
            )
        else:
            self.opening_concerns.clear()

    def opening_answers(self) -> dict[str, Any]:
        """What the opening card holds, as ``record_opening`` takes it."""
        answers: dict[str, Any] = {k: box.isChecked() for k, box in self.opening_checks.items()}
        answers["gender"] = self.opening_gender.currentData()
        answers["needs"] = [v for v, box in self.opening_needs.items() if box.isChecked()]
        return answers

    def start_interview(self) -> None:
        """Record the opening and show the first question (paused if needs came up)."""
        try:
            record = self.ctl.record_opening(self.opening_answers())
        except action_errors() as exc:
            show_error(self, exc)
            return
        if record.pause_for_needs:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(True)
            self.pause_button.blockSignals(False)
            self.pause_button.setText(self.tr("&Resume"))
        self._update_paused_text()
        self.refresh()

    def _update_paused_text(self) -> None:
        text = self.tr(
            "The interview is paused. Take the time the client needs. Nothing is lost; "
            "press Resume to go on."
        )
        record = self.ctl.opening
        if record is not None and record.immediate_needs:
            needs = ", ".join(record.immediate_needs)
            text = (
                self.tr("Deal with the client's immediate needs first: %1.").replace("%1", needs)
                + "\n\n"
                + text
            )
        self.paused_label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- display -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._update_progress()
        self._show_question()

    def profile_changed(self) -> None:
        self.ctl.profile_changed()
        self.refresh()

    def _update_progress(self) -> None:
        try:
            progress = {p.relief: p for p in self.ctl.progress()}
        except AttributeError:
            progress = {}
        try:
            counts: Counts | None = self.ctl.counts()
        except AttributeError:
            counts = None
        for relief, bar in self.bars.items():
            p = progress.get(relief)
            bar.setVisible(p is not None)
            if p is not None:
                bar.setMaximum(max(p.total, 1))
                bar.setValue(p.done)
                left = 0 if counts is None else counts.left_by_relief.get(relief, 0)
                bar.setFormat(
                    self.tr("%v of %m elements · about {n} questions left").format(n=left)
                )
                bar.setToolTip(
                    self.tr(
                        "Elements decided so far; about {n} questions of this relief are left "
                        "(an answer can open or close others)"
                    ).format(n=left)
                )
        self._show_counts(counts)

    def _show_counts(self, counts: Counts | None) -> None:
        if counts is None:
            self.counts_label.clear()
            self.revisit_button.setVisible(False)
            return
        total = counts.asked + counts.left
        if self.ctl.question is not None:
            text = self.tr("Question {x} of about {y}").format(x=counts.asked + 1, y=total)
        else:
            text = self.tr("{x} questions handled").format(x=counts.asked)
        extra = []
        if counts.skipped:
            extra.append(self.tr("{n} skipped").format(n=len(counts.skipped)))
        if counts.later:
            extra.append(self.tr("{n} for later").format(n=len(counts.later)))
        self.counts_label.setText(" · ".join([text, *extra]))
        self.revisit_button.setVisible(bool(counts.set_aside))

    def revisit_set_aside(self) -> None:
        """Ask the skipped and ask-later questions now."""
        self._store_note()
        if self.ctl.revisit_set_aside():
            self.refresh()

    def _show_question(self, force: bool = False) -> None:
        if not self.ctl.opening_done:
            self.notes.setEnabled(False)  # notes belong to questions; none is shown yet
            self.card.setCurrentWidget(self.opening_page)
            return
        if self.ctl.paused:
            self.card.setCurrentWidget(self.paused_label)
            return
        q = self.ctl.question
        qid = None if q is None else q.id
        if q is None:
            self._store_note()
            self._shown_id = None
            self.notes.setEnabled(False)
            self.card.setCurrentWidget(self.done_page)
            return
        if self.ctl.needs_warning():
            warning = self.ctl.content_warning(q) or self.tr(
                "The next question is about painful events. The client may take a break, "
                "skip it, or answer later."
            )
            self.warning_text.setText(warning)
            self.card.setCurrentWidget(self.warning_page)
            self.warning_continue.setFocus()
            return
        self.card.setCurrentWidget(self.question_page)
        if qid == self._shown_id and not force:
            return
        if qid != self._shown_id:
            self._store_note()
            self._shown_id = qid
            self.notes.setEnabled(True)
            self.notes.setPlainText(self.ctl.note_for(qid or ""))
        self.error.clear()
        step = self.ctl.step(q)
        self.step_label.setVisible(step != "decide")
        if step == "narrative":
            self.step_label.setText(
                self.tr(
                    "Optional: in the client's own words. Type what they tell you; it goes to "
                    "the narrative block of the declaration. Skip if they prefer not to."
                )
            )
        elif step == "evidence":
            self.step_label.setText(self.tr("More about this: gathering the story (evidence)"))
        self.text.setMinimumHeight(240 if step == "narrative" else 0)
        self.prompt.setText(self.ctl.prompt(q))
        self._show_help()
        self._setup_input(q)

    def _show_help(self) -> None:
        """The attorney's help line, in the interface's language (not the client's)."""
        q = self.ctl.question
        if q is not None:
            self.help.setText(q.help_es if TRANSLATIONS.language == "es" else q.help)

    def _setup_input(self, q: Any) -> None:
        kind = q.type
        if kind == "yes_no":
            self.yes_no.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.yes_no.setExclusive(True)
            self.inputs.setCurrentWidget(self._yn_page)
            self.yes.setFocus()
        elif kind in ("date", "int"):
            self.line.clear()
            if kind == "int":
                self.line.setValidator(self.int_validator)
            else:
                self.line.setValidator(None)  # type: ignore[arg-type]
            self.line.setPlaceholderText(
                self.ctl.answer_words().date_hint if kind == "date" else ""
            )
            self.inputs.setCurrentWidget(self.line_page)
            self.line.setFocus()
        elif kind in ("choice", "multi_choice"):
            self.choice_list.clear()
            multi = kind == "multi_choice"
            for value, label in self.ctl.choices(q):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                if multi:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.choice_list.addItem(item)
            self.inputs.setCurrentWidget(self.choice_list)
            self.choice_list.setFocus()
        elif kind == "group":
            self.group_label.setText(
                self.tr(
                    "This is a list (for example several arrests or family members). Fill in "
                    "a row and press Add this row, once per item; then press Answer."
                )
            )
            self._show_group(self._group_name())
            self.inputs.setCurrentWidget(self.group_page)
        else:
            self.text.clear()
            self.inputs.setCurrentWidget(self.text)
            self.text.setFocus()

    def _show_group(self, group: str) -> None:
        """The rows already on the profile, and an empty form for the next one (the columns
        the question asks)."""
        q = self.ctl.question
        columns = tuple(q.columns) if q is not None else ()
        form = self.row_form
        if form is None or (form.group, form.columns) != (group, columns):
            if form is not None:
                self.row_form_holder.removeWidget(form)
                form.deleteLater()
            form = self.row_form = RowForm(group, columns)
            self.row_form_holder.addWidget(form)
        form.clear()
        specs = summary_columns(form.specs)
        self.group_rows.clear()
        for row in self.ctl.rows(group):
            parts = [display_value(sp, getattr(row, sp.name), tr_field) for sp in specs]
            self.group_rows.addItem(" · ".join(p for p in parts if p) or "—")
        self.group_rows.setVisible(self.group_rows.count() > 0)
        first = form.first()
        if first is not None:
            first.setFocus()

    def add_group_row(self) -> None:
        if self.row_form is None:
            return
        form = self.row_form
        try:
            values = form.values()
            self.ctl.add_row(form.group, values)
        except FieldInvalid as exc:
            self.error.setText(f"{tr_field(exc.label)}: {tr_field(exc.reason)}")
            return
        except AnswerInvalid as exc:
            self.error.setText(self.tr(exc.reason))
            return
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.error.clear()
        self._show_group(form.group)
        self._update_progress()

    def _group_name(self) -> str:
        q = self.ctl.question
        return "" if q is None else str(q.fact).split("[]")[0]

    def raw_answer(self) -> Any:
        q = self.ctl.question
        if q is None:
            return None
        kind = q.type
        if kind == "yes_no":
            if self.yes.isChecked():
                return True
            return False if self.no.isChecked() else None
        if kind in ("date", "int"):
            return self.line.text()
        if kind == "choice":
            item = self.choice_list.currentItem()
            return None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if kind == "multi_choice":
            return [
                self.choice_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.choice_list.count())
                if self.choice_list.item(i).checkState() == Qt.CheckState.Checked
            ]
        if kind == "group":
            return []  # the rows were added above (or in the profile); the session counts them
        return self.text.toPlainText()

    def _store_note(self) -> None:
        if self._shown_id:
            try:
                self.ctl.set_note(self._shown_id, self.notes.toPlainText())
            except action_errors() as exc:
                show_error(self, exc)

    # -- actions -----------------------------------------------------------------------
    def _act(self, fn: Callable[[], None]) -> None:
        self._store_note()
        try:
            fn()
        except AnswerInvalid as exc:
            self.error.setText(self.tr(exc.reason))
            return
        except ReliefDeskError as exc:  # e.g. the session refused the value: say why inline
            self.error.setText(str(exc))
            return
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.refresh()

    def answer(self) -> None:
        self._act(lambda: self.ctl.answer(self.raw_answer()))

    def skip(self) -> None:
        self._act(self.ctl.skip)

    def ask_later(self) -> None:
        self._act(self.ctl.ask_later)

    def decline(self) -> None:
        self._act(self.ctl.decline)

    def back(self) -> None:
        self._act(self.ctl.back)

    def continue_after_warning(self) -> None:
        self.ctl.acknowledge_warning()
        self._show_question(force=True)

    def _enter(self) -> None:
        page = self.card.currentWidget()
        if page is self.opening_page:
            self.start_interview()
        elif page is self.warning_page:
            self.continue_after_warning()
        elif page is self.question_page:
            self.answer()
        elif page is self.done_page:
            self.finished.emit()

    def pause(self) -> None:
        if not self.ctl.paused:
            self.pause_button.setChecked(True)

    def _pause_toggled(self, on: bool) -> None:
        self._store_note()
        if on:
            self.ctl.pause()
        else:
            self.ctl.resume()
        self.pause_button.setText(self.tr("&Resume") if on else self.tr("&Pause"))
        self._show_question(force=True)

    def _decide_only_toggled(self, on: bool) -> None:
        self._store_note()
        self.ctl.set_decide_only(on)
        self._shown_id = None
        self.refresh()

    def _answer_words(self) -> None:
        words = self.ctl.answer_words()
        self.yes.setText(words.yes)
        self.no.setText(words.no)

    def _language_changed(self) -> None:
        self.ctl.language = str(self.prompt_language.currentData())
        self._retranslate_opening()
        self._answer_words()
        if self.options is not None and self.options.data_dir is not None:
            self.options.set("prompt_language", self.ctl.language)
        self._show_question(force=True)

    def _reliefs_changed(self) -> None:
        chosen = [r for r, b in self.relief_boxes.items() if b.isChecked()]
        self._store_note()
        self._shown_id = None
        try:
            self.ctl.set_reliefs(chosen)
        except action_errors() as exc:
            show_error(self, exc)
        self.refresh()

    def focus_on(self, relief: str, questions: list[str]) -> None:
        """From "Resolve unknowns": ask the questions that decide this relief next."""
        box = self.relief_boxes.get(relief)
        if box is not None and not box.isChecked():
            box.setChecked(True)
        if self.ctl.paused:
            self.pause_button.setChecked(False)
        self.ctl.focus_on(questions)
        self._shown_id = None
        self.refresh()
