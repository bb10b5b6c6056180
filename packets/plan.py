"""Filing plans: for a client and a relief (and its derivatives), the documents in filing
order, each with its source and status.

The law lives in data: ``packets/data/plans/<relief>.yaml`` (validated by ``PlanData``), each
entry with its authority, ``last_reviewed`` and ``verify_status``. This module resolves an
entry against the client (conditions, derivatives, exhibits on disk) and against what the
providers (forms, templates, eligibility) can actually produce.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from casefile.errors import ExhibitPathRefused
from casefile.paths import resolve_exhibit
from facts import UNKNOWN, FactView
from packets.errors import ExhibitUnreadable, PlanDataError, PlanUnavailable
from packets.exhibits import SUPPORTED_SUFFIXES, load_source
from packets.providers import (
    Derivative,
    PartStatus,
    Providers,
    _family_name,
    default_providers,
)

__all__ = [
    "RELIEFS",
    "FilingPlan",
    "PlanData",
    "PlanOptions",
    "PlannedDocument",
    "load_plan_data",
    "plan",
]

VerifyStatus = Literal["ok", "VERIFY", "stale"]
Signature = Literal["client", "attorney", "attorney_and_client", "certifier", "derivative"]

#: Relief ids with plan data, and the names users type.
RELIEFS = ("t_visa", "u_visa", "asylum_psg", "continued_presence", "vacatur")
ALIASES = {
    "t": "t_visa",
    "t-visa": "t_visa",
    "u": "u_visa",
    "u-visa": "u_visa",
    "asylum": "asylum_psg",
    "cp": "continued_presence",
}

#: Stale after this many days without review (DOMAIN.md "App rule").
STALE_AFTER_DAYS = 180


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocEntry(_Strict):
    id: str
    title: str
    source: Literal["form", "draft", "user_file", "generated", "exhibits"]
    form: str | None = None
    document: str | None = None
    generated: Literal["exhibit_index"] | None = None
    file_key: str | None = None
    per: Literal["derivative"] | None = None
    when: str | None = None
    required: bool = True
    signature: Signature | None = None
    copy_of_principal: bool = False
    authority: list[str] = Field(min_length=1)
    verify_status: VerifyStatus
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> DocEntry:
        needs = {"form": "form", "draft": "document", "user_file": "file_key"}
        key = needs.get(self.source)
        if key is not None and not getattr(self, key):
            raise ValueError(f"entry '{self.id}' has source {self.source} but no '{key}'")
        if self.source == "generated" and self.generated is None:
            raise ValueError(f"entry '{self.id}' is generated but says not what")
        if self.when is not None and self.when not in CONDITIONS:
            raise ValueError(
                f"entry '{self.id}': unknown condition '{self.when}' (known: {sorted(CONDITIONS)})"
            )
        if "{name}" in self.title and self.per != "derivative":
            raise ValueError(f"entry '{self.id}' uses {{name}} but is not per derivative")
        return self


class PlanData(_Strict):
    relief: str
    title: str
    recipient: str
    authority: list[str] = Field(min_length=1)
    last_reviewed: dt.date
    reviewed_by: str = Field(min_length=1)
    verify_status: VerifyStatus
    fee_waiver_allowed: bool = True
    fee_note: str | None = None
    verified_states: list[str] | None = None
    documents: list[DocEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> PlanData:
        ids = [d.id for d in self.documents]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate document ids: {sorted(dupes)}")
        return self


def normalise_relief(relief: str) -> str:
    key = relief.strip().lower().replace(" ", "_")
    return ALIASES.get(key, key)


@cache
def load_plan_data(relief: str) -> PlanData:
    relief = normalise_relief(relief)
    if relief not in RELIEFS:
        raise PlanUnavailable(relief, f"known reliefs are {', '.join(RELIEFS)}")
    source = f"packets/data/plans/{relief}.yaml"
    entry = resources.files("packets") / "data" / "plans" / f"{relief}.yaml"
    try:
        raw = yaml.safe_load(entry.read_text(encoding="utf-8"))
        data = PlanData.model_validate(raw)
    except (yaml.YAMLError, ValidationError, OSError) as exc:
        raise PlanDataError(source, str(exc)) from exc
    if data.relief != relief:
        raise PlanDataError(source, f"declares relief '{data.relief}'")
    return data


# -- options and context ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanOptions:
    """Choices the attorney makes that are not facts about the client."""

    fee_waiver: bool = False
    filing_date: dt.date | None = None  # default: the view's today
    #: Completed documents the user supplies, by file key or entry id (e.g. ``g-28``,
    #: ``i-918b``, ``consent``). Files named ``<key>.pdf`` in the exhibits folder count too.
    supplied: dict[str, Path] = field(default_factory=dict)


@dataclass
class _Ctx:
    view: FactView
    relief: str
    data: PlanData
    options: PlanOptions
    providers: Providers
    exhibits_dir: Path | None
    flags: set[str] | None
    derivatives: list[Derivative]
    warnings: list[str]
    filing_date: dt.date
    derivative: Derivative | None = None


def _true(value: Any) -> bool | None:
    if value is UNKNOWN or value is None:
        return None
    return bool(value)


def _cert_rows(view: FactView, form: str) -> list[Any]:
    want = form.replace("-", "").replace(" ", "").upper()
    out = []
    for row in view.rows("certifications"):
        got = row.get("form")
        if got is not UNKNOWN and str(got).replace("-", "").replace(" ", "").upper() == want:
            out.append(row)
    return out


def _supp_b_obtained(ctx: _Ctx) -> bool | None:
    rows = _cert_rows(ctx.view, "I-914B")
    return any(r.get("status") == "signed" or r.get("signed_date") is not UNKNOWN for r in rows)


#: The flag ids (eligibility rules) that call for an I-192.
I192_FLAGS = {"T-FLAG-I192", "U-FLAG-I192"}


def _inadmissibility(ctx: _Ctx) -> bool | None:
    if ctx.flags is not None:
        return any(f in I192_FLAGS or "I192" in f.upper() for f in ctx.flags)
    # No eligibility screen in this build: a conservative screen, marked for review.
    view = ctx.view
    reasons = []
    for name in (
        "inadmissibility.false_documents",
        "inadmissibility.engaged_in_prostitution",
        "inadmissibility.drug_conduct",
        "inadmissibility.helped_others_enter",
        "inadmissibility.left_after_unlawful_presence",
        "inadmissibility.security_related",
    ):
        if name in view.catalogue and view.get(name) is True:
            reasons.append(name)
    manner = view.get("client.last_arrival_manner")
    if manner is not UNKNOWN and "without inspection" in str(manner).lower():
        reasons.append("entry without inspection (INA 212(a)(6)(A)(i))")
    if any(d == "convicted" for d in view.get("arrests[].disposition") if d is not UNKNOWN):
        reasons.append("a conviction on record")
    if reasons:
        ctx.warnings.append(
            "I-192 included because of " + "; ".join(reasons) + ". The eligibility screen was "
            "not available to confirm inadmissibility: attorney review required (VERIFY)."
        )
        return True
    return False


def _in_removal(ctx: _Ctx) -> bool | None:
    return _true(ctx.view.get("client.in_removal_proceedings"))


def _not_in_removal(ctx: _Ctx) -> bool | None:
    value = _in_removal(ctx)
    if value is None:
        ctx.warnings.append(
            "Whether the client is in removal proceedings is unknown: planned as an "
            "affirmative filing with USCIS. Confirm before filing."
        )
        return True
    return not value


def _derivative_in_us(ctx: _Ctx) -> bool | None:
    return None if ctx.derivative is None else ctx.derivative.in_us


CONDITIONS: dict[str, Callable[[_Ctx], bool | None]] = {
    "fee_waiver_requested": lambda ctx: ctx.options.fee_waiver,
    "supp_b_obtained": _supp_b_obtained,
    "inadmissibility_flag": _inadmissibility,
    "in_removal_proceedings": _in_removal,
    "not_in_removal_proceedings": _not_in_removal,
    "derivative_in_us": _derivative_in_us,
}


# -- results --------------------------------------------------------------------------------


@dataclass
class PlannedDocument:
    """One document of the plan, in filing order."""

    key: str  # unique within the plan, e.g. "i-914a#1" or "exhibit:B"
    entry_id: str
    title: str
    kind: str  # assembler kind: form | draft | exhibit | generated | index
    source: str  # filled form | rendered draft | user exhibit | supplied file | generated
    status: PartStatus
    required: bool = True
    problems: list[str] = field(default_factory=list)
    #: Catalogue fact names (e.g. ``client.a_number``, ``arrests[].docket``) the part lacks,
    #: from forms' FillReport and templates' DocxDraft: what "jump to the field" opens.
    #: ``problems`` still summarises them in words.
    missing_facts: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    signature: str | None = None
    authority: tuple[str, ...] = ()
    verify_status: str = "ok"
    note: str | None = None
    form_id: str | None = None
    document_id: str | None = None
    derivative: Derivative | None = None
    path: Path | None = None
    exhibit_label: str | None = None
    exhibit_description: str | None = None
    copy_of_principal: bool = False

    @property
    def blocking(self) -> bool:
        return self.required and not self.status.producible

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "kind": self.kind,
            "source": self.source,
            "status": self.status.value,
            "required": self.required,
            "problems": list(self.problems),
            "missing_facts": list(self.missing_facts),
            "warnings": list(self.warnings),
            "signature": self.signature,
            "authority": list(self.authority),
            "verify_status": self.verify_status,
            "note": self.note,
            "form": self.form_id,
            "document": self.document_id,
            "derivative": None if self.derivative is None else self.derivative.name,
            "path": None if self.path is None else str(self.path),
            "exhibit_label": self.exhibit_label,
        }


@dataclass
class FilingPlan:
    relief: str
    title: str
    recipient: str
    client_name: str
    documents: list[PlannedDocument]
    warnings: list[str]
    authority: tuple[str, ...]
    verify_status: str
    last_reviewed: dt.date
    derivatives: list[Derivative]
    filing_date: dt.date

    @property
    def blockers(self) -> list[PlannedDocument]:
        return [d for d in self.documents if d.blocking]

    @property
    def complete(self) -> bool:
        return not self.blockers and all(
            d.status in (PartStatus.READY, PartStatus.NEEDS_WET_SIGNATURE)
            for d in self.documents
            if d.required
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "relief": self.relief,
            "title": self.title,
            "recipient": self.recipient,
            "client": self.client_name,
            "filing_date": self.filing_date.isoformat(),
            "verify_status": self.verify_status,
            "last_reviewed": self.last_reviewed.isoformat(),
            "authority": list(self.authority),
            "derivatives": [d.name for d in self.derivatives],
            "warnings": list(self.warnings),
            "documents": [d.to_dict() for d in self.documents],
        }


# -- exhibits on disk -------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _labels() -> Any:
    n = 0
    while True:
        n += 1
        label, k = "", n
        while k:
            k, r = divmod(k - 1, 26)
            label = chr(65 + r) + label
        yield label


def _dir_files(folder: Path | None) -> list[Path]:
    """Supported files in the folder, except packets ReliefDesk wrote there earlier (a PDF
    with its ``<stem>.manifest.json`` beside it), which must never become exhibits."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.with_name(f"{p.stem}.manifest.json").exists()
    )


def _matches(path: Path, label: str | None, description: str | None) -> bool:
    stem = _norm(path.stem)
    if label:
        lab = _norm(label)
        if stem == lab or stem.startswith(f"{lab} ") or stem.startswith(f"exhibit {lab} "):
            return True
        if stem == f"exhibit {lab}":
            return True
    if description:
        desc = _norm(description)
        first = desc.split(" ")[:3]
        if desc and (stem == desc or (len(first) >= 2 and stem.startswith(" ".join(first)))):
            return True
    return False


def _check_exhibit_file(path: Path, name: str) -> tuple[PartStatus, list[str], list[str]]:
    try:
        loaded = load_source(path, name)
    except ExhibitUnreadable as exc:
        status = (
            PartStatus.MISSING_FILE if "does not exist" in exc.reason else PartStatus.UNREADABLE
        )
        return status, [exc.reason], []
    return PartStatus.READY, [], list(loaded.warnings)


def _exhibits(ctx: _Ctx, reserved: set[str]) -> list[PlannedDocument]:
    view, folder = ctx.view, ctx.exhibits_dir
    files = [f for f in _dir_files(folder) if _norm(f.stem) not in reserved]
    claimed: set[Path] = set()
    rows = []
    for row in view.rows("exhibits"):
        reliefs = row.get("reliefs")
        if reliefs is not UNKNOWN and ctx.relief not in reliefs:
            continue
        rows.append(row)
    used_labels = {str(r.get("label")) for r in rows if r.get("label") is not UNKNOWN}
    label_gen = (lab for lab in _labels() if lab not in used_labels)
    out: list[PlannedDocument] = []
    for row in rows:
        label = row.get("label")
        label = str(label) if label is not UNKNOWN else next(label_gen)
        desc = row.get("description")
        description = str(desc) if desc is not UNKNOWN else f"Exhibit {label}"
        path: Path | None = None
        refused: str | None = None
        stored = row.get("file_path")
        if stored is not UNKNOWN:
            path, refused = _resolve_stored(str(stored), folder, row.get("file_sha256"), label)
        else:
            path = next(
                (f for f in files if f not in claimed and _matches(f, label, description)), None
            )
        doc = _exhibit_doc(label, description, path)
        if refused is not None:
            doc.status = PartStatus.UNREADABLE
            doc.problems.append(refused)
        elif path is None:
            doc.status = PartStatus.MISSING_FILE
            where = f" in {folder}" if folder is not None else ""
            doc.problems.append(
                f"no file attached: add the file to the profile or put it{where} named "
                f"'{label} - {description}.pdf' (PDF, JPEG, PNG or DOCX)"
            )
        else:
            claimed.add(path)
            doc.status, doc.problems, doc.warnings = _check_exhibit_file(path, doc.title)
        if row.get("translation_status") == "needed":
            doc.problems.append(
                "needs a full English translation with the translator's certificate "
                "(8 CFR 103.2(b)(3))"
            )
            if doc.status is PartStatus.READY:
                doc.status = PartStatus.MISSING_FILE
        out.append(doc)
    for f in files:
        if f in claimed:
            continue
        label = next(label_gen)
        description = re.sub(r"[_-]+", " ", f.stem).strip().capitalize() or f.name
        doc = _exhibit_doc(label, description, f)
        doc.status, doc.problems, doc.warnings = _check_exhibit_file(f, doc.title)
        doc.warnings.append(
            f"{f.name} is in the exhibits folder but not recorded in the client's profile; "
            "it was added as an exhibit. Record it (description, language) in the profile."
        )
        out.append(doc)
    out.sort(key=lambda d: (len(d.exhibit_label or ""), d.exhibit_label or ""))
    return out


def _resolve_stored(
    stored: str, folder: Path | None, sha: Any, label: str
) -> tuple[Path | None, str | None]:
    """The recorded file, checked by ``casefile.paths.resolve_exhibit`` (inside the exhibits
    folder, symlinks included; same SHA-256 as recorded), or why it is refused (issue 21)."""
    try:
        expected = None if sha is UNKNOWN else str(sha)
        return resolve_exhibit(stored, folder, sha256=expected, name=f"Exhibit {label}"), None
    except ExhibitPathRefused as exc:
        return None, str(exc)


def _exhibit_doc(label: str, description: str, path: Path | None) -> PlannedDocument:
    return PlannedDocument(
        key=f"exhibit:{label}",
        entry_id="exhibits",
        title=f"Exhibit {label} — {description}",
        kind="exhibit",
        source="user exhibit",
        status=PartStatus.READY,
        exhibit_label=label,
        exhibit_description=description,
        path=path,
        authority=(),
    )


# -- derivatives ------------------------------------------------------------------------------

#: Relationships that can be derivatives, per relief, when no eligibility screen is available.
_FALLBACK_RELATIONSHIPS = {
    "t_visa": {"spouse", "child", "parent", "sibling", "child_of_derivative"},
    "u_visa": {"spouse", "child", "parent", "sibling"},
    "asylum_psg": {"spouse", "child"},
}


def _derivatives(ctx: _Ctx) -> list[Derivative]:
    allowed = _FALLBACK_RELATIONSHIPS.get(ctx.relief)
    if allowed is None:
        return []
    screened = ctx.providers.screen.derivatives(ctx.view, ctx.relief)
    if screened is not None:
        chosen = [d for d in screened if ctx.relief != "asylum_psg" or d.in_us is not False]
        for d in chosen:
            if d.unsure:
                ctx.warnings.append(
                    f"{d.name} ({d.relationship}) is included as a derivative, but the "
                    "eligibility screen could not decide whether they qualify: answer the "
                    "open questions or confirm with the attorney."
                )
        return chosen
    out = []
    for row in ctx.view.rows("family"):
        if row.get("include_as_derivative") is not True:
            continue
        rel = row.get("relationship")
        if rel is UNKNOWN or str(rel) not in allowed:
            continue
        in_us = row.get("in_us")
        if ctx.relief == "asylum_psg" and in_us is not True:
            continue  # only family in the U.S. are included on the I-589 (INA 208(b)(3))
        out.append(
            Derivative(
                row=row.index,
                name=_family_name(row),
                relationship=str(rel),
                in_us=None if in_us is UNKNOWN else bool(in_us),
            )
        )
    if out:
        ctx.warnings.append(
            "Derivatives are the family members marked 'include as derivative'; the eligibility "
            "screen was not available to check each one (VERIFY each relationship and age)."
        )
    return out


# -- resolving entries ------------------------------------------------------------------------

_SIGNERS = {
    "client": "the client must sign in ink",
    "derivative": "the family member must sign in ink",
    "attorney": "the attorney must sign in ink",
    "attorney_and_client": "the attorney and the client must sign in ink",
}


def _supplied(ctx: _Ctx, key: str, entry_id: str) -> Path | None:
    for k in (key, entry_id):
        if k in ctx.options.supplied:
            return Path(ctx.options.supplied[k])
    for f in _dir_files(ctx.exhibits_dir):
        if _norm(f.stem) in (_norm(key), _norm(entry_id)):
            return f
    return None


def _check_supplied_form(ctx: _Ctx, entry: DocEntry, path: Path, doc: PlannedDocument) -> None:
    """A completed form the user supplied: refuse an obsolete edition (e.g. the old G-28)."""
    status, problems, warnings = _check_exhibit_file(path, doc.title)
    doc.status, doc.problems, doc.warnings = status, problems, warnings
    if status is not PartStatus.READY:
        return
    try:
        from forms.registry import identify_pdf
    except ImportError:
        return
    from casefile.errors import ReliefDeskError

    try:
        ident = identify_pdf(path)
    except ReliefDeskError:
        doc.warnings.append(
            f"{doc.title}: the edition of {path.name} could not be read; check it is the "
            "current edition on uscis.gov."
        )
        return
    expected = (entry.form or entry.file_key or "").replace("-", "").upper()
    if expected and ident.barcode_id.replace("-", "").upper() != expected:
        doc.status = PartStatus.FORM_PDF_NOT_SUPPLIED
        doc.problems.append(f"{path.name} is form {ident.barcode_id}, not {doc.title}")
        return
    if ident.expires:
        expires = dt.datetime.strptime(ident.expires, "%m/%d/%Y").date()
        if expires < ctx.filing_date:
            doc.status = PartStatus.FORM_PDF_NOT_SUPPLIED
            doc.problems.append(
                f"{path.name} is the obsolete edition {ident.edition} (expired {ident.expires}); "
                "USCIS rejects outdated editions. Download the current edition from uscis.gov."
            )


def _u_supp_b_fresh(ctx: _Ctx, doc: PlannedDocument) -> None:
    rows = _cert_rows(ctx.view, "I-918B")
    signed = [r.get("signed_date") for r in rows if r.get("signed_date") is not UNKNOWN]
    if not signed:
        doc.problems.append(
            "no signed certification is recorded: ask the certifying agency (draft the request "
            "with 'I-918 Supplement B request letter')"
        )
        if doc.status.rank < PartStatus.MISSING_FILE.rank:
            doc.status = PartStatus.MISSING_FILE
        return
    latest: dt.date = max(signed)
    month = latest.month + 6
    year = latest.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    day = min(
        latest.day,
        [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1],
    )
    expires = dt.date(year, month, day)
    if ctx.filing_date > expires:
        doc.status = PartStatus.MISSING_FILE
        doc.problems.append(
            f"the certification was signed on {latest.isoformat()}, more than 6 months before "
            f"filing (expired {expires.isoformat()}); USCIS requires a signature within the 6 "
            "months before filing (8 CFR 214.14(c)(2)(i)). Get a new certification."
        )
    else:
        doc.warnings.append(
            f"{doc.title}: signed {latest.isoformat()}; file by {expires.isoformat()} "
            "(6 months, 8 CFR 214.14(c)(2)(i))."
        )


def _resolve(ctx: _Ctx, entry: DocEntry, reserved: set[str]) -> list[PlannedDocument]:
    if entry.source == "exhibits":
        return _exhibits(ctx, reserved)
    targets: list[Derivative | None] = [None]
    if entry.per == "derivative":
        targets = list(ctx.derivatives)
    out: list[PlannedDocument] = []
    for target in targets:
        ctx.derivative = target
        if entry.when is not None:
            included = CONDITIONS[entry.when](ctx)
            if not included:
                continue
        title = entry.title.replace("{name}", target.name if target else "")
        key = entry.id if target is None else f"{entry.id}#{target.row}"
        doc = PlannedDocument(
            key=key,
            entry_id=entry.id,
            title=title,
            kind="form",
            source="filled form",
            status=PartStatus.READY,
            required=entry.required,
            signature=entry.signature,
            authority=tuple(entry.authority),
            verify_status=entry.verify_status,
            note=entry.note,
            form_id=entry.form,
            document_id=entry.document,
            derivative=target,
            copy_of_principal=entry.copy_of_principal,
        )
        row = None if target is None or entry.copy_of_principal else target.row
        file_key = entry.file_key or entry.form or entry.id
        supplied = _supplied(ctx, file_key, entry.id) if target is None else None
        if entry.source == "generated":
            doc.kind, doc.source = "index", "generated"
        elif supplied is not None:
            doc.kind, doc.source, doc.path = "draft", "supplied file", supplied
            _check_supplied_form(ctx, entry, supplied, doc)
            if entry.form == "i-918b" or entry.file_key == "i-918b":
                _u_supp_b_fresh(ctx, doc)
        elif entry.source == "user_file":
            doc.kind, doc.source = "draft", "supplied file"
            doc.status = PartStatus.MISSING_FILE
            where = (
                ctx.exhibits_dir if ctx.exhibits_dir is not None else "the packet's exhibits folder"
            )
            doc.problems.append(f"add the completed, signed PDF as '{file_key}.pdf' in {where}")
            if file_key == "i-918b":
                _u_supp_b_fresh(ctx, doc)
        elif entry.source == "form":
            assert entry.form is not None
            check = ctx.providers.forms.check(
                entry.form, ctx.view, relief=ctx.relief, derivative_row=row
            )
            doc.status, doc.problems, doc.warnings = check.status, check.problems, check.warnings
            doc.missing_facts = tuple(check.missing_facts)
        else:
            assert entry.document is not None
            doc.kind, doc.source = "draft", "rendered draft"
            check = ctx.providers.drafts.check(
                entry.document, ctx.view, relief=ctx.relief, derivative_row=row
            )
            doc.status, doc.problems, doc.warnings = check.status, check.problems, check.warnings
            doc.missing_facts = tuple(check.missing_facts)
        if (
            doc.status is PartStatus.READY
            and entry.signature in _SIGNERS
            and doc.source != "supplied file"
        ):
            doc.status = PartStatus.NEEDS_WET_SIGNATURE
        if entry.signature in _SIGNERS and doc.source != "supplied file":
            doc.problems.append(
                _SIGNERS[entry.signature] + " (no signature images; keep the original)"
            )
        out.append(doc)
    ctx.derivative = None
    return out


def plan(
    view: FactView,
    relief: str,
    *,
    exhibits_dir: Path | str | None = None,
    options: PlanOptions | None = None,
    providers: Providers | None = None,
) -> FilingPlan:
    """The filing plan for the client in ``view`` and ``relief`` (``t_visa``, ``u_visa``,
    ``asylum_psg``, ``continued_presence``, ``vacatur``; aliases ``t``, ``u``, ``asylum``,
    ``cp``). Never raises for missing facts or files: those become statuses."""
    relief = normalise_relief(relief)
    data = load_plan_data(relief)
    options = options or PlanOptions()
    providers = providers or default_providers()
    folder = Path(exhibits_dir) if exhibits_dir is not None else None
    warnings: list[str] = []
    filing_date = options.filing_date or view.today
    ctx = _Ctx(
        view=view,
        relief=relief,
        data=data,
        options=options,
        providers=providers,
        exhibits_dir=folder,
        flags=providers.screen.flags(view, relief),
        derivatives=[],
        warnings=warnings,
        filing_date=filing_date,
    )
    ctx.derivatives = _derivatives(ctx)
    if options.fee_waiver and not data.fee_waiver_allowed:
        warnings.append(
            "A fee waiver was asked for, but none is available for this filing"
            + (f": {data.fee_note}" if data.fee_note else ".")
        )
    if data.verify_status != "ok":
        warnings.append(
            f"This {relief} plan has items marked VERIFY: an attorney must check them against "
            "current law and the current form instructions before filing."
        )
    age = (filing_date - data.last_reviewed).days
    verify_status = data.verify_status
    if age > STALE_AFTER_DAYS:
        verify_status = "stale"
        warnings.append(
            f"The {relief} plan was last reviewed {data.last_reviewed.isoformat()}, more than "
            f"{STALE_AFTER_DAYS} days ago: treat it as stale."
        )
    if relief == "vacatur" and data.verified_states is not None:
        states = [s for s in view.get("arrests[].state") if s is not UNKNOWN]
        state = str(states[0]) if states else None
        if state is None:
            current = view.get("client.current_state")
            state = None if current is UNKNOWN else str(current)
        if state is None or state.upper() not in data.verified_states:
            warnings.append(
                f"The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's "
                f"state is {state or 'unknown'}. Check that state's statute and procedure "
                "(VERIFY)."
            )
    reserved = {
        _norm(e.file_key or e.form or e.id)
        for e in data.documents
        if e.source in ("form", "user_file")
    } | {_norm(k) for k in options.supplied}
    documents: list[PlannedDocument] = []
    for entry in data.documents:
        documents.extend(_resolve(ctx, entry, reserved))
    return FilingPlan(
        relief=relief,
        title=data.title,
        recipient=data.recipient,
        client_name=view.profile.display_name,
        documents=documents,
        warnings=warnings,
        authority=tuple(data.authority),
        verify_status=verify_status,
        last_reviewed=data.last_reviewed,
        derivatives=ctx.derivatives,
        filing_date=filing_date,
    )
