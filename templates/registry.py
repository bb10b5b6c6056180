"""The document registry: every draft ReliefDesk can render, for the packets engineer and the UI.

``DOCUMENTS[id]`` gives the title, the reliefs it serves, its template file (package data in
``templates/docx/``), whether it needs a wet-ink signature, whether it is filed (worksheets are
attorney work product and never filed), and the clause document key its clauses are filed under.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from facts import UNKNOWN, FactView


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


_ALL = ("t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur")
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
                         "form_title": "Declaration of Law Enforcement Officer for Victim "
                                       "of Trafficking in Persons"}),
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

#: Forms listed in a USCIS cover letter's document index, per relief (DOMAIN.md §3.7, §4.5, §6.5).
COVER_FORMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "t_visa": (
            "Form G-28, Notice of Entry of Appearance as Attorney",
            "Form I-914, Application for T Nonimmigrant Status",
            "Form I-914 Supplement A for each family member (if any)",
            "Form I-914 Supplement B (optional, if obtained)",
            "Form I-192, Application for Advance Permission to Enter as a Nonimmigrant (if needed)",
            "Form I-765, Application for Employment Authorization (if requested)",
            "Signed personal declaration of the applicant",
        ),
        "u_visa": (
            "Form G-28, Notice of Entry of Appearance as Attorney",
            "Form I-918, Petition for U Nonimmigrant Status",
            "Form I-918 Supplement B, U Nonimmigrant Status Certification",
            "Form I-918 Supplement A for each qualifying family member (if any)",
            "Form I-192, Application for Advance Permission to Enter as a Nonimmigrant (if needed)",
            "Form I-765, Application for Employment Authorization",
            "Signed personal statement of the petitioner",
        ),
        "asylum_psg": (
            "Form G-28, Notice of Entry of Appearance as Attorney",
            "Form I-589, Application for Asylum and for Withholding of Removal",
            "Signed declaration of the applicant",
        ),
    }
)

RELIEF_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "t_visa": "T nonimmigrant status",
        "u_visa": "U nonimmigrant status",
        "asylum_psg": "asylum, withholding of removal and CAT protection",
        "continued_presence": "Continued Presence",
        "vacatur": "vacatur",
    }
)


#: The drafts a filing for each relief usually needs, in packet order.
PLANS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "t_visa": ("uscis_cover_letter", "exhibit_index", "t_declaration"),
        "u_visa": ("uscis_cover_letter", "exhibit_index", "u_declaration"),
        "asylum_psg": ("uscis_cover_letter", "exhibit_index", "asylum_declaration"),
        "continued_presence": ("cp_request_letter", "exhibit_index"),
        "vacatur": (
            "vacatur_notice_of_motion",
            "vacatur_affirmation",
            "vacatur_affidavit",
            "exhibit_index",
            "vacatur_memorandum",
            "vacatur_proposed_order",
            "vacatur_affirmation_of_service",
        ),
    }
)


def documents_for(relief: str, view: FactView | None = None) -> list[str]:
    """Document ids a filing for ``relief`` usually needs, in packet order.

    Adds the certificate of translation when the client's best language is not English
    (8 CFR 103.2(b)(3)) or an exhibit is not in English and needs or has a translation.
    """
    ids = list(PLANS.get(relief, ()))
    if view is not None:
        lang = view.get("client.primary_language")
        needs = lang is not UNKNOWN and str(lang).strip().lower() not in ("english", "en")
        statuses = [s for s in view.get("exhibits[].translation_status") if s is not UNKNOWN]
        if needs or any(s in ("needed", "translated", "certified") for s in statuses):
            ids.append("translation_certificate")
    return ids
