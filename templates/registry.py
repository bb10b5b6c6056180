"""The document registry: every draft ReliefDesk can render, for the packets engineer and the UI.

``DOCUMENTS[id]`` gives the title, the reliefs it serves, its template file (package data in
``templates/docx/``), whether it needs a wet-ink signature, whether it is filed (worksheets are
attorney work product and never filed), and the clause document key its clauses are filed under.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from eligibility.registry import Relief, get_relief, relief_ids, reliefs
from facts import UNKNOWN, FactView

T = TypeVar("T")


@dataclass(frozen=True)
class DocumentSpec:
    id: str
    title: str
    reliefs: tuple[str, ...]
    template: str  # file name in templates/docx/
    needs_wet_signature: bool
    kind: str  # declaration | letter | index | certificate | worksheet | vacatur
    filed: bool = True
    clause_document: str = ""  # key in clauses' ``documents``; defaults to the id
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def clause_key(self) -> str:
        return self.clause_document or self.id

    @property
    def is_vacatur(self) -> bool:
        return self.kind == "vacatur"


_ALL = relief_ids()  # drafts every relief can use
_SPECS = (
    DocumentSpec("t_declaration", "T visa personal declaration", ("t_visa",),
                 "t_declaration.docx", True, "declaration"),
    DocumentSpec("u_declaration", "U visa personal declaration", ("u_visa",),
                 "u_declaration.docx", True, "declaration"),
    DocumentSpec("asylum_declaration", "Asylum declaration", ("asylum_psg",),
                 "asylum_declaration.docx", True, "declaration"),
    DocumentSpec("asylum_psg_memo", "Particular social group and one-year deadline worksheet",
                 ("asylum_psg",), "asylum_psg_memo.docx", False, "worksheet", filed=False),
    DocumentSpec("cp_request_letter", "Continued Presence request letter",
                 ("continued_presence", "t_visa"), "cp_request_letter.docx", True, "letter"),
    DocumentSpec("i914b_request_letter", "I-914 Supplement B request letter", ("t_visa",),
                 "supp_b_request_letter.docx", True, "letter",
                 clause_document="supp_b_request_letter",
                 params={"form": "I-914 Supplement B",
                         # the title since the 2024 T rule edition (omb.report, OMB 1615-0099)
                         "form_title": "Declaration for Trafficking Victim"}),
    DocumentSpec("i918b_request_letter", "I-918 Supplement B request letter", ("u_visa",),
                 "supp_b_request_letter.docx", True, "letter",
                 clause_document="supp_b_request_letter",
                 params={"form": "I-918 Supplement B",
                         "form_title": "U Nonimmigrant Status Certification"}),
    DocumentSpec("uscis_cover_letter", "USCIS cover letter", ("t_visa", "u_visa", "asylum_psg"),
                 "uscis_cover_letter.docx", True, "letter"),
    DocumentSpec("exhibit_index", "Exhibit index", _ALL, "exhibit_index.docx", False, "index"),
    DocumentSpec("evidence_checklist", "Evidence checklist", _ALL, "evidence_checklist.docx",
                 False, "worksheet", filed=False),
    DocumentSpec("translation_certificate", "Certificate of translation", _ALL,
                 "translation_certificate.docx", True, "certificate"),
    DocumentSpec("vacatur_notice_of_motion", "Vacatur: notice of motion", ("vacatur",),
                 "vacatur_notice_of_motion.docx", True, "vacatur", params={"paper": "notice"}),
    DocumentSpec("vacatur_affidavit", "Vacatur: client affidavit", ("vacatur",),
                 "vacatur_affidavit.docx", True, "vacatur", params={"paper": "affidavit"}),
    DocumentSpec("vacatur_affirmation", "Vacatur: attorney affirmation", ("vacatur",),
                 "vacatur_affirmation.docx", True, "vacatur", params={"paper": "affirmation"}),
    DocumentSpec("vacatur_memorandum", "Vacatur: memorandum of law", ("vacatur",),
                 "vacatur_memorandum.docx", True, "vacatur", params={"paper": "memorandum"}),
    DocumentSpec("vacatur_proposed_order", "Vacatur: proposed order", ("vacatur",),
                 "vacatur_proposed_order.docx", False, "vacatur", params={"paper": "order"}),
    DocumentSpec("vacatur_affirmation_of_service", "Vacatur: affirmation of service on the "
                 "prosecutor", ("vacatur",), "vacatur_affirmation_of_service.docx", True,
                 "vacatur", params={"paper": "service"}),
)  # fmt: skip

DOCUMENTS: Mapping[str, DocumentSpec] = MappingProxyType({s.id: s for s in _SPECS})

class _PerRelief(Mapping[str, T]):
    """A read-only ``relief id -> value`` view of the relief registry, read when used (so a
    relief added from an extra registry folder appears too)."""

    def __init__(self, pick: Callable[[Relief], T]) -> None:
        self._pick = pick

    def _data(self) -> dict[str, T]:
        return {r.id: self._pick(r) for r in reliefs()}

    def __getitem__(self, relief: str) -> T:
        return self._data()[relief]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())


#: Forms listed in a USCIS cover letter's document index when no plan gives the enclosures
#: (the registry's ``cover_letter_lists``; DOMAIN.md §3.7, §4.5, §6.5).
COVER_FORMS: Mapping[str, tuple[str, ...]] = _PerRelief(lambda r: r.cover_letter_lists)

#: How letters name each relief (the registry's ``name``).
RELIEF_NAMES: Mapping[str, str] = _PerRelief(lambda r: r.name)


def documents_for(relief: str, view: FactView | None = None) -> list[str]:
    """Document ids a filing for ``relief`` usually needs, in packet order (the relief
    registry's ``drafts``).

    Adds the certificate of translation when the client's best language is not English
    (8 CFR 103.2(b)(3)) or an exhibit is not in English and needs or has a translation.
    """
    ids = list(get_relief(relief).drafts)
    if view is not None:
        lang = view.get("client.primary_language")
        needs = lang is not UNKNOWN and str(lang).strip().lower() not in ("english", "en")
        statuses = [s for s in view.get("exhibits[].translation_status") if s is not UNKNOWN]
        if needs or any(s in ("needed", "translated", "certified") for s in statuses):
            ids.append("translation_certificate")
    return ids
