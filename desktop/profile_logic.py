"""Plain (Qt-free) logic of the profile editor: which fields each section shows, parsing and
checking what the user typed, applying edits to the in-memory Profile and saving it.

The editor widget only displays these specs and forwards edits; tests drive this directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from casefile.errors import ReliefDeskError
from casefile.models import GROUPS, AnswerStatus, Client
from casefile.profile import Profile
from facts.catalogue import fact_type_of

SKIP = {"id", "client_id", "position", "created_at", "updated_at", "archived", "household_id"}
SKIP_GROUP = {"linked_client_id"}
LONG_HINTS = (
    "narrative",
    "details",
    "facts",
    "summary",
    "notes",
    "recruitment",
    "harms",
    "inconsistencies",
    "body",
    "how_it_ended",
    "perpetrators",
    "request_made",
    "declined_reason",
    "means_details",
    "danger_facts",
)


class FieldInvalid(ReliefDeskError):
    def __init__(self, label: str, reason: str) -> None:
        self.label = label
        self.reason = reason
        super().__init__(f"{label}: {reason}")


@dataclass(frozen=True)
class FieldSpec:
    name: str  # column name, or fact name for answer facts
    label: str
    kind: str  # text | long | date | bool | int | list | choice | multi_choice
    description: str = ""
    sensitive: bool = False
    choices: tuple[str, ...] = ()
    fact: str | None = None  # set for interview answer facts


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    client_fields: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    answer_prefixes: tuple[str, ...] = ()


SECTIONS: tuple[Section, ...] = (
    Section(
        "identity",
        "Identity",
        (
            "family_name",
            "given_name",
            "middle_name",
            "chosen_name",
            "pronouns",
            "date_of_birth",
            "dob_precision",
            "sex",
            "gender_identity",
            "marital_status",
            "city_of_birth",
            "country_of_birth",
            "nationalities",
            "languages",
            "primary_language",
            "literacy",
            "interpreter_needed",
            "a_number",
            "uscis_account_number",
            "ssn",
            "passport_number",
            "passport_country",
            "passport_expiry",
            "phone",
            "email",
            "safe_contact_method",
            "current_state",
            "current_county",
            "federal_circuit",
            "intake_notes",
        ),
        ("aliases", "addresses", "documents"),
    ),
    Section("family", "Family", (), ("family", "member_arrests")),
    Section(
        "immigration",
        "Immigration history",
        (
            "immigration_status",
            "i94_number",
            "detained",
            "in_removal_proceedings",
            "removal_court",
            "next_hearing_date",
            "prior_removal_order",
            "last_arrival_date",
            "last_arrival_place",
            "last_arrival_manner",
        ),
        ("entries", "prior_applications", "education", "employment"),
    ),
    Section("episodes", "Episodes", (), ("episodes",), ("trafficking.", "crime.")),
    Section(
        "law_enforcement",
        "Law enforcement",
        (),
        ("le_contacts", "certifications", "cp_requests"),
        ("cooperation.", "law_enforcement."),
    ),
    Section("arrests", "Arrests and convictions", (), ("arrests",), ("vacatur.", "criminal.")),
    Section("fear", "Fear of return", (), (), ("fear.", "asylum.", "persecution.", "psg.")),
    Section("statements", "Prior statements", (), ("statements",)),
    Section("fee_waiver", "Fee waiver", (), ("benefits", "assets"), ("fee_waiver.",)),
    Section("exhibits", "Exhibits", (), ("exhibits", "notes")),
)


def humanize(name: str) -> str:
    base = name.rsplit(".", 1)[-1].replace("[]", "")
    text = base.replace("_", " ").strip()
    text = re.sub(r"\bi94\b", "I-94", text)
    text = re.sub(r"\buscis\b", "USCIS", text)
    text = re.sub(r"\bssn\b", "SSN", text)
    text = re.sub(r"\bfbi\b", "FBI", text)
    text = re.sub(r"^us\b", "U.S.", text)
    text = re.sub(r"\bsid\b", "ID number (SID)", text)
    text = re.sub(r"\bdob\b", "date of birth", text)
    text = re.sub(r"\ba number\b", "A-number", text)
    text = re.sub(r"\bin us\b", "in U.S.", text)
    text = re.sub(r"\bdoc\b", "document", text)
    text = re.sub(r"\bsha256\b", "SHA-256", text)
    return text[:1].upper() + text[1:]


def _kind_of(annotation: Any, name: str) -> str:
    """The editor widget kind: the catalogue's fact type, with long text for narratives."""
    kind = fact_type_of(annotation)
    if kind == "text" and any(h in name for h in LONG_HINTS):
        return "long"
    return kind


def _spec(name: str, info: Any) -> FieldSpec:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    choices = tuple(extra.get("choices", ()))
    kind = _kind_of(info.annotation, name)
    if choices:  # a list with declared codes is ticked from a checklist, one value from a box
        kind = "multi_choice" if kind == "list" else "choice"
    return FieldSpec(
        name=name,
        label=humanize(name),
        kind=kind,
        description=info.description or "",
        sensitive=bool(extra.get("sensitive", False)),
        choices=choices,
    )


def client_specs(names: tuple[str, ...]) -> list[FieldSpec]:
    fields = Client.model_fields
    return [_spec(n, fields[n]) for n in names if n in fields]


def group_specs(group: str) -> list[FieldSpec]:
    table = GROUPS[group]
    return [
        _spec(n, info)
        for n, info in table.model_fields.items()
        if n not in SKIP and n not in SKIP_GROUP and info.description
    ]


def group_title(group: str) -> str:
    titles = {
        "aliases": "Other names used",
        "addresses": "Addresses",
        "documents": "Identity documents",
        "family": "Family members",
        "entries": "Entries and exits",
        "prior_applications": "Prior applications",
        "education": "Schools attended",
        "employment": "Jobs in the last five years",
        "benefits": "Means-tested benefits (fee waiver)",
        "assets": "Cash and assets (fee waiver)",
        "episodes": "Trafficking and crime episodes",
        "le_contacts": "Law-enforcement contacts",
        "certifications": "Certifications (Supplement B)",
        "cp_requests": "Continued Presence requests",
        "arrests": "Arrests, charges and convictions",
        "member_arrests": "Family members' arrests (Supplement A)",
        "statements": "Prior statements",
        "exhibits": "Exhibits",
        "notes": "Notes",
        "representatives": "Earlier lawyers, notarios and preparers",
        "narratives": "The client's accounts, in their words",
    }
    return titles.get(group, humanize(group))


def answer_specs(prefixes: tuple[str, ...]) -> list[FieldSpec]:
    """Interview facts (``Answer`` storage) whose names start with one of ``prefixes``."""
    if not prefixes:
        return []
    from facts.catalogue import load_catalogue

    out = []
    for fact in load_catalogue():
        if fact.storage != "answer" or not fact.name.startswith(prefixes):
            continue
        kind = {
            "bool": "bool",
            "date": "date",
            "int": "int",
            "choice": "choice",
            "multi_choice": "multi_choice",
            "list": "list",
        }.get(fact.type, "long" if "narrative" in fact.name else "text")
        out.append(
            FieldSpec(
                name=fact.name,
                label=fact.description,
                kind=kind,
                description=fact.description,
                sensitive=fact.sensitive,
                choices=fact.allowed,
                fact=fact.name,
            )
        )
    return out


# ---------------------------------------------------------------------------
# Parsing and formatting
# ---------------------------------------------------------------------------

DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y")
#: why a typed value was refused, as the field's error line says it (translated on screen)
REASONS = {
    "a_number": "an A-number is A followed by 8 or 9 digits, e.g. A-099-999-001",
    "year": "the year looks wrong",
    "date": "use a date like 2004-03-02 (year-month-day)",
    "bool": "answer yes or no (or leave empty if unknown)",
    "int": "use a whole number",
    "ssn": "a Social Security number has nine digits",
}


def normalize_a_number(text: str) -> str:
    """'A-099 999 001' -> '099999001' (the case file's rule: 8 or 9 digits, zero-padded)."""
    from casefile.errors import ValidationError
    from casefile.validation import normalize_a_number as casefile_normalize

    try:
        return casefile_normalize(text)
    except ValidationError:
        raise FieldInvalid("A-number", REASONS["a_number"]) from None


def parse_value(spec: FieldSpec, text: str) -> Any:
    """What the user typed -> the stored value (None when empty). Raises FieldInvalid."""
    raw = text.strip()
    if raw == "":
        return None
    if spec.name in ("a_number",):
        try:
            return normalize_a_number(raw)
        except FieldInvalid as exc:
            raise FieldInvalid(spec.label, exc.reason) from None
    if spec.kind == "date":
        for fmt in DATE_FORMATS:
            try:
                value = dt.datetime.strptime(raw, fmt).date()
            except ValueError:
                continue
            if value.year < 1900:
                raise FieldInvalid(spec.label, REASONS["year"])
            return value
        raise FieldInvalid(spec.label, REASONS["date"])
    if spec.kind == "bool":
        low = raw.casefold()
        if low in ("yes", "y", "true", "sí", "si", "1"):
            return True
        if low in ("no", "n", "false", "0"):
            return False
        raise FieldInvalid(spec.label, REASONS["bool"])
    if spec.kind == "int":
        try:
            return int(raw)
        except ValueError:
            raise FieldInvalid(spec.label, REASONS["int"]) from None
    if spec.kind in ("list", "multi_choice"):
        items = [x.strip() for x in raw.split(",") if x.strip()]
        if spec.choices:
            bad = [x for x in items if x not in spec.choices]
            if bad:
                raise FieldInvalid(spec.label, f"not one of the choices: {', '.join(bad)}")
        return items
    if spec.kind == "choice" and spec.choices and raw not in spec.choices:
        raise FieldInvalid(spec.label, f"choose one of: {', '.join(spec.choices)}")
    if spec.name in ("ssn",) and not re.fullmatch(r"\d{9}", raw.replace("-", "")):
        raise FieldInvalid(spec.label, REASONS["ssn"])
    if spec.name in ("ssn",):
        return raw.replace("-", "")
    return text.rstrip() if spec.kind == "long" else raw


#: columns the editor never shows (a file's hash is bookkeeping, not something to read or edit)
HIDDEN_COLUMNS = frozenset({"file_sha256"})
#: how many columns a repeating group's list shows; the row form shows every column
SUMMARY_COLUMNS = 4

#: words for choice codes whose plain spelling is not English ("F", "safe_mailing")
_CHOICE_WORDS = {
    "F": "Female",
    "M": "Male",
    "X": "Another gender (X)",
    "physical": "Physical address",
    "mailing": "Mailing address",
    "safe_mailing": "Safe mailing address",
    "last_abroad": "Last address abroad",
    "child_of_derivative": "Child of a family member (T-6)",
    "sex_trafficking": "Sex trafficking",
    "labor_trafficking": "Labor trafficking",
    "both": "Both sex and labor trafficking",
    "crime": "Another crime",
    # episode MEANS (trafficking.means.* in the interview), in the words the papers use
    "means:restraint": "Physical restraint",
    "means:debt": "Debt bondage",
    "means:document_confiscation": "Documents taken or kept from them",
    "means:legal_process": "Threats of arrest or deportation (legal process)",
    "day": "Exact day",
    "month": "Month and year only",
    "year": "Year only",
    "agency_level:foreign": "Foreign (police outside the U.S.)",
    "kind:foreign": "Address abroad",
    "partially": "Partially complied",
    "asked_agency": "Asked the agency",
    "not_requested": "Not requested",
    "not_needed": "Not needed",
    "none": "None",
    "lgbtqi": "LGBTQI+",
    "re_trafficking": "Being trafficked again",
    "nationality_women": "Women of the client's nationality",
    "bia": "Board of Immigration Appeals (BIA)",
    "return_authorized_by_dhs": "Return authorized by DHS",
    "immigration.t_u_status:t": "T status",
    "immigration.t_u_status:u": "U status",
    "self": "The client themself",
    "pre_flight": "Preflight inspection",
}


def choice_label(code: str, column: str = "") -> str:
    """The English words a choice code of ``column`` is shown as (the screen translates
    them)."""
    word = _CHOICE_WORDS.get(f"{column}:{code}", _CHOICE_WORDS.get(code))
    if word is not None:
        return word
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]


def editor_texts() -> dict[str, list[str]]:
    """Every text the profile editor builds from its specs, by kind (section titles, client
    and group column labels, interview-answer labels, choice words, the tooltips that describe
    a field): the Spanish table and
    its test walk this, so a fact or column added later is caught without a list to update.

    It walks the sections, then the rest of the catalogue (groups, client fields and answer
    facts no section lists yet), so a section that starts showing them shows them in Spanish.
    """
    out: dict[str, list[str]] = {"section": ["Interview answers"], "error": list(REASONS.values())}

    def add(kind: str, specs: list[FieldSpec]) -> None:
        out.setdefault(kind, []).extend(s.label for s in specs)
        words = (choice_label(c, s.name) for s in specs for c in s.choices)
        out.setdefault("choice", []).extend(words)
        tips = (s.description for s in specs if s.description != s.label)
        out.setdefault("tooltip", []).extend(tips)

    for section in SECTIONS:
        out["section"].append(section.title)
        add("client", client_specs(section.client_fields))
        out["section"] += [group_title(g) for g in section.groups]
    add("client", client_specs(tuple(n for n in Client.model_fields if n not in SKIP)))
    for group in GROUPS:
        out["section"].append(group_title(group))
        add("group", [s for s in group_specs(group) if s.name not in HIDDEN_COLUMNS])
    add("answer", answer_specs(("",)))  # every answer fact of the catalogue
    return {kind: list(dict.fromkeys(t for t in texts if t)) for kind, texts in out.items()}


def summary_columns(specs: list[FieldSpec]) -> list[FieldSpec]:
    """The few columns a group's list shows: short ones (no narratives or lists), in order."""
    short = [
        s
        for s in specs
        if s.kind not in ("long", "list", "multi_choice") and not s.name.endswith("_path")
    ]
    return (short or specs)[:SUMMARY_COLUMNS]


def display_value(spec: FieldSpec, value: Any, tr: Callable[[str], str] = str) -> str:
    """A stored value as a list cell shows it: choices and yes/no in words (through ``tr``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if spec.kind == "choice" and spec.choices and value in spec.choices:
        return tr(choice_label(str(value), spec.name))
    if spec.kind == "multi_choice" and isinstance(value, list):
        # a code stored before the choices were declared is shown as it is, never hidden
        return ", ".join(
            tr(choice_label(str(v), spec.name)) if v in spec.choices else str(v) for v in value
        )
    return format_value(spec, value)


def format_value(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


# ---------------------------------------------------------------------------
# Edits and saving
# ---------------------------------------------------------------------------


@dataclass
class EditSession:
    """The open profile, its unsaved state and the save function (the store's ``save``)."""

    profile: Profile
    save_fn: Callable[[Profile], None]
    dirty: bool = False
    saves: int = 0
    listeners: list[Callable[[], None]] = field(default_factory=list)

    # scalar values on the client or a group row
    def get(self, target: Any, name: str) -> Any:
        return getattr(target, name)

    def set(self, target: Any, name: str, value: Any) -> None:
        setattr(target, name, value)
        if hasattr(target, "updated_at"):
            target.updated_at = dt.datetime.now(dt.UTC)
        self._changed()

    # interview answers
    def get_answer(self, fact: str) -> Any:
        ans = self.profile.answers.get(fact)
        if ans is None or ans.status != AnswerStatus.ANSWERED.value:
            return None
        return ans.value

    def answer_state(self, fact: str) -> tuple[Any, str] | None:
        ans = self.profile.answers.get(fact)
        return None if ans is None else (ans.value, ans.status)

    def set_answer_state(self, fact: str, state: tuple[Any, str] | None) -> None:
        if state is None:
            self.profile.answers.pop(fact, None)
        else:
            value, status = state
            self.profile.set_answer(fact, value, AnswerStatus(status))
        self._changed()

    # repeating groups
    def rows(self, group: str) -> list[Any]:
        return self.profile.rows(group)

    def add_row(self, group: str, row: Any = None, index: int | None = None) -> Any:
        rows = self.profile.groups.setdefault(group, [])
        if row is None:
            row = GROUPS[group](client_id=self.profile.client.id)
        ordered = sorted(rows, key=lambda r: r.position)
        ordered.insert(len(ordered) if index is None else index, row)
        for i, r in enumerate(ordered):
            r.position = i
        self.profile.groups[group] = ordered
        self._changed()
        return row

    def remove_row(self, group: str, row: Any) -> int:
        ordered = self.profile.rows(group)
        index = next(i for i, r in enumerate(ordered) if r is row)
        ordered.pop(index)
        for i, r in enumerate(ordered):
            r.position = i
        self.profile.groups[group] = ordered
        self._changed()
        return index

    def _changed(self) -> None:
        self.dirty = True
        for cb in self.listeners:
            cb()

    def flush(self) -> bool:
        """Save if there are unsaved edits. Returns True when it saved."""
        if not self.dirty:
            return False
        self.save_fn(self.profile)
        self.dirty = False
        self.saves += 1
        return True
