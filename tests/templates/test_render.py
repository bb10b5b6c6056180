"""Render every document for fictional clients and read the DOCX back."""

from __future__ import annotations

import io

import pytest
from docx import Document

from clauses import StateTableError
from facts import FactView
from templates import (
    DOCUMENTS,
    RenderOptions,
    Translator,
    UnknownDocument,
    VacaturStateUnknown,
    documents_for,
    render,
)
from templates.docxtext import docx_text, highlighted_runs
from tests.templates.helpers import (
    COUNSEL,
    TODAY,
    california_client,
    florida_client,
    illinois_client,
)


def view_of(profile):  # type: ignore[no-untyped-def]
    return FactView(profile, today=TODAY)


def body(draft) -> str:  # type: ignore[no-untyped-def]
    return docx_text(draft.data, headers=False)


def header(draft) -> str:  # type: ignore[no-untyped-def]
    doc = Document(io.BytesIO(draft.data))
    return " ".join(p.text for s in doc.sections for p in s.header.paragraphs)


@pytest.mark.parametrize("document_id", sorted(DOCUMENTS))
def test_every_document_renders_for_the_demo_client(demo, document_id: str) -> None:
    draft = render(document_id, view_of(demo), options=RenderOptions(counsel=COUNSEL))
    text = body(draft)
    assert draft.data.startswith(b"PK")
    assert "{{" not in text and "{%" not in text  # every tag was rendered
    expected = {"translation_certificate": "Spanish", "exhibit_index": "Birth certificate"}
    assert expected.get(document_id, "Lucía Inés Ejemplo Vargas") in text
    assert "DRAFT — attorney work product" in header(draft)
    assert draft.needs_wet_signature == DOCUMENTS[document_id].needs_wet_signature
    # every placeholder in the text is in the missing list, and highlighted
    shown = text.count("[[MISSING:")
    assert shown == len(highlighted_runs(draft.data))
    facts = [m for m in draft.missing if m.fact != "narratives[].text"]
    assert (shown == 0) == (len(facts) == 0)
    # every topic waiting for the client's account is a highlighted prompt, and listed
    prompts = highlighted_runs(draft.data, "cyan")
    assert len(prompts) == len(draft.prompts) == len(draft.missing) - len(facts)
    assert all(p.startswith("[[CLIENT'S ACCOUNT NEEDED") for p in prompts)


def test_t_declaration_content_cites_and_numbering(demo) -> None:
    draft = render("t_declaration", view_of(demo))
    text = body(draft)
    assert "DECLARATION OF Lucía Inés Ejemplo Vargas" in text
    assert "I was born on March 2, 2004 in Quetzaltenango, Guatemala" in text
    assert "(n) It began in March 2021. It happened in Queens, NY." in text  # month precision
    assert "(n) I was 16 years old when it began." in text
    assert "(n) It ended on December 18, 2022." in text  # day precision
    assert "I met with ADA Jordan Sample of the Example County District Attorney" in text
    assert "My mother, Marta Vargas Ejemplo, lives in Quetzaltenango" in text  # worded by sex
    assert "My brother, Tomás Ejemplo Vargas" in text
    # element headings over the topics; the third-person danger note is not pasted in
    assert "# How I was recruited and brought there" in text
    assert "The recruiter's cousin" not in text
    assert "Certificate of translation and read-back" in text  # interpreter_needed
    assert "Executed on ________________________ at" in text  # 28 USC 1746: dated
    assert "________________________________________\nLucía Inés Ejemplo Vargas\nDeclarant" in text
    for cite in ("8 CFR 214.202(c)(1)", "22 USC 7102(11)", "INA 101(a)(15)(T)(i)(IV)"):
        assert cite in draft.cites
        assert cite in text  # in the attorney review notes of the draft
    assert "28 USC 1746" in draft.cites
    ids = [c.id for c in draft.clauses]  # in the order the declaration prints them
    assert {"t.victim.fraud", "t.victim.coercion", "t.compliance.minor_exemption"} <= set(ids)
    assert ids[0] == "t.intro.identity" and ids[-1] == "t.closing.truth"
    assert ids.index("t.victim.recruitment") < ids.index("t.hardship.harm")
    notes = text.split("Attorney review notes")[1]
    assert notes.index("Who I am —") < notes.index("How it ended —") < notes.index("Closing —")
    assert "t.compliance.trauma" in dict(draft.undecided)
    # the demo has no narrative blocks: every story topic is a prompt, none is default prose
    assert "How I was recruited and brought there" in draft.prompts
    assert {m.fact for m in draft.missing} == {"narratives[].text"}
    assert "I have been helping the authorities" not in text


def test_final_drops_draft_header_and_review_notes(demo) -> None:
    draft = render("t_declaration", view_of(demo), options=RenderOptions(final=True))
    assert "DRAFT" not in header(draft)
    assert "Attorney review notes" not in body(draft)
    assert "8 CFR 214.202(c)(1)" not in body(draft)
    assert "8 CFR 214.202(c)(1)" in draft.cites  # still reported to the caller


def test_missing_facts_become_highlighted_placeholders(demo) -> None:
    demo.client.date_of_birth = None
    demo.client.a_number = None
    demo.client.city_of_birth = None
    draft = render("t_declaration", view_of(demo))
    text = body(draft)
    assert "I was born on [[MISSING: Date of birth]] in [[MISSING: City or town of birth]]" in text
    runs = highlighted_runs(draft.data)
    assert "[[MISSING: Date of birth]]" in runs
    facts = {m.fact for m in draft.missing}
    assert {"client.date_of_birth", "client.city_of_birth"} <= facts
    where = {m.where for m in draft.missing if m.fact == "client.date_of_birth"}
    assert "clause t.intro.identity" in where
    # the minor clauses cannot be decided without the date of birth
    undecided = dict(draft.undecided)
    assert "t.victim.minor" in undecided


def test_repeating_facts_become_tables(demo) -> None:
    demo.add(
        "episodes",
        kind="labor_trafficking",
        start_date=TODAY.replace(year=2020),
        start_precision="year",
        city="Tapachula",
        country="Mexico",
        perpetrators="A smuggler known as 'El Flaco' (fictional)",
    )
    text = body(render("asylum_declaration", view_of(demo)))
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert any("Queens, United States" in r and "Don Chepe" in r for r in rows)
    assert any("2020" in r and "Tapachula, Mexico" in r and "El Flaco" in r for r in rows)


def test_ny_vacatur_motion_caption_statute_and_dockets(demo) -> None:
    draft = render(
        "vacatur_notice_of_motion", view_of(demo), options=RenderOptions(counsel=COUNSEL)
    )
    text = body(draft)
    assert draft.state == "NY"
    assert text.startswith("CRIMINAL COURT OF THE CITY OF NEW YORK, COUNTY OF QUEENS\n")
    assert "THE PEOPLE OF THE STATE OF NEW YORK" in text
    assert "Lucía Inés Ejemplo Vargas (a/k/a Lucy Vargas)" in text
    assert "Docket No(s). CR-000000-22QN" in text
    assert "NOTICE OF MOTION TO VACATE JUDGMENT PURSUANT TO CPL 440.10(1)(i)" in text
    assert "pursuant to N.Y. Crim. Proc. Law 440.10(1)(i), (6)" in text
    assert "PL 240.37" in text
    assert "sealing the records" in text
    assert "[[MISSING: Return date of the motion]]" in text
    assert "[[MISSING: Address of the courthouse where the motion is heard]]" in text
    assert "TO: Office of the District Attorney of Queens County" in text
    assert "099999001" not in text and "A-number" not in text  # a public court filing
    assert any("VERIFY" in w for w in draft.warnings)  # the NY row is VERIFY
    assert all("236.14" not in c for c in draft.cites)  # no other state's statute


def test_ny_memorandum_affirmation_affidavit_and_order(demo) -> None:
    v = view_of(demo)
    memo = body(render("vacatur_memorandum", v))
    filed = memo.split("Attorney review notes")[0]
    assert "participation in the offense was a result of having been a victim" in memo
    # confirmed New York decisions (clauses/data/verified_cites.yaml)
    assert "People v L.G. (41 Misc 3d 428 [Crim Ct, Queens County 2013])" in filed
    assert "People v P.V. (64 Misc 3d 344 [Crim Ct, Queens County 2019])" in filed
    assert "People v A.W. (2025 NY Slip Op 25085 [Crim Ct, Queens County 2025])" in filed
    # no immigration argument in a public court filing unless the attorney opts in
    assert "Azrag" not in filed and "immigration" not in filed.lower()
    opted = body(render("vacatur_memorandum", v, options=RenderOptions(immigration_detail=True)))
    assert "Matter of Azrag, 28 I&N Dec. 784 (BIA 2024)" in opted
    aff = body(render("vacatur_affirmation", v))
    assert "CR-000000-22QN" in aff and "Time served" in aff
    assert "affirms as follows:" in aff
    assert (  # CPLR 2106 as amended in 2024
        "under the penalties of perjury under the laws of New York, which may include a fine or "
        "imprisonment, that the foregoing is true" in aff
    )
    assert "Legal standard" not in aff and "Trafficking Victims Protection Act" not in aff
    swear = body(render("vacatur_affidavit", v))
    assert "being duly sworn" in swear and "Notary Public" in swear
    assert "arrested under the name Lucy Vargas" in swear
    assert "Affidavit of interpreter" in swear  # the client needs an interpreter
    assert "I translated the foregoing affidavit from English into Spanish" in swear
    assert "Arrested while forced to solicit" not in swear  # no attorney note in her voice
    demo.client.interpreter_needed = False
    assert "Affidavit of interpreter" not in body(render("vacatur_affidavit", view_of(demo)))
    service = body(render("vacatur_affirmation_of_service", v))
    assert "AFFIRMATION OF SERVICE" in service
    assert "on the District Attorney of Queens County, at [[MISSING:" in service
    order = body(render("vacatur_proposed_order", v))
    assert "it is hereby" not in order.split("Attorney review notes")[0]  # no dangling clause
    assert "It is therefore ORDERED that the judgment of conviction under docket" in order
    assert "VACATED pursuant to N.Y. Crim. Proc. Law 440.10(1)(i), (6) on that ground" in order
    assert "the accusatory instrument is DISMISSED" in order
    assert "records of these proceedings be sealed" in order


def test_california_and_illinois_vacatur_papers() -> None:
    ca = render("vacatur_notice_of_motion", view_of(california_client()))
    text = body(ca)
    assert ca.state == "CA"
    assert "SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES" in text
    assert "THE PEOPLE OF THE STATE OF CALIFORNIA" in text
    assert "Ana Muestra Ficticia (a/k/a Annie M.)" in text and "Petitioner." in text
    assert "NOTICE OF PETITION AND PETITION FOR VACATUR RELIEF (PENAL CODE 236.14)" in text
    assert "440.10" not in text.split("Attorney review notes")[0]
    assert "v.\n" in text.replace(" / ", "\n") and "– against –" not in text
    assert "Case No(s). LA-0000-FICT" in text and "will petition this Court" in text
    assert "| No. | Court | Arrest |" in text  # a number column that fits any state
    order = body(render("vacatur_proposed_order", view_of(california_client())))
    assert (
        "VACATED as invalid due to legal defect at the time of the arrest or conviction, "
        "pursuant to Cal. Penal Code 236.14(a)" in order
    )
    assert "Petitioner therefore lacked the requisite intent" in order  # 236.14(a) finding
    assert "sealed and destroyed" in order and "DISMISSED" not in order
    assert "after hearing the parties" not in order  # may be granted unopposed (236.14(d))
    memo = body(render("vacatur_memorandum", view_of(california_client())))
    filed = memo.split("Attorney review notes")[0]
    assert "clear and convincing evidence" in memo and "Cal. Penal Code 236.14" in memo
    assert "(4) that this demonstrates that the Petitioner lacked the requisite intent" in filed
    assert "Penal Code 236.14(c)" in filed and "45 days" in filed
    assert "People v" not in filed and "440.10" not in filed  # New York decisions stay out
    swear = body(render("vacatur_affidavit", view_of(california_client())))
    assert "I, Ana Muestra Ficticia, declare:" in swear  # under penalty of perjury (236.14(b))
    assert "under the laws of the State of California that the foregoing is true" in swear
    assert "Notary Public" not in swear and "duly sworn" not in swear
    counsel = body(render("vacatur_affirmation", view_of(california_client())))
    assert "declares as follows:" in counsel and "affirms" not in counsel
    service = body(render("vacatur_affirmation_of_service", view_of(california_client())))
    assert "PROOF OF SERVICE" in service
    assert "on the District Attorney of Los Angeles County, at [[MISSING:" in service
    assert "This service is made under Penal Code 236.14(c)" in service
    # legal text read from eligibility's state row (the one copy of the law)
    from eligibility.loader import load_rules

    ca_rule = load_rules().states["CA"]
    assert " ".join(ca_rule.timing.text.split()) in " ".join(memo.split())

    il = render("vacatur_memorandum", view_of(illinois_client()))
    text = body(il)
    assert il.state == "IL"
    assert "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS" in text
    assert "725 ILCS 5/116-2.1" in text and "VERIFY before use" in text
    assert "VERIFY the filing timeline in the current text" in text  # eligibility's IL row
    assert any("unverified" in w for w in il.warnings)


def test_florida_expunction_petition_set() -> None:
    """Fla. Stat. 943.0583: a petition to expunge in the court of the circuit where the client
    was arrested, arguing the statute's elements, with no New York law in it."""
    papers = {
        d: body(render(d, view_of(florida_client())))
        for d in (
            "vacatur_notice_of_motion",
            "vacatur_affidavit",
            "vacatur_affirmation",
            "vacatur_memorandum",
            "vacatur_proposed_order",
            "vacatur_affirmation_of_service",
        )
    }
    for text in papers.values():
        filed = text.split("Attorney review notes")[0]
        assert filed.startswith("IN THE COUNTY COURT IN AND FOR MIAMI-DADE COUNTY, FLORIDA\n")
        assert "STATE OF FLORIDA" in filed and "Case No(s). FL-2022-MM-000000" in filed
        assert "440.10" not in filed and "CPLR" not in filed and "People v" not in filed
        assert "099999001" not in filed and "A-number" not in filed  # a public court filing
    notice = papers["vacatur_notice_of_motion"]
    assert "PETITION TO EXPUNGE CRIMINAL HISTORY RECORD OF A VICTIM OF HUMAN TRAFFICKING" in notice
    assert "ordering every criminal justice agency to expunge" in notice
    assert "as a part of the human trafficking scheme" in notice
    assert "TO: Office of the State Attorney for the judicial circuit that includes Miami-Dade" in (
        notice
    )
    memo = papers["vacatur_memorandum"].split("Attorney review notes")[0]
    assert "(4) that it is not an offense listed in s. 775.084(1)(b)1" in memo
    assert "any court in the circuit in which the Petitioner was arrested" in memo
    assert "to expunge the criminal history record of the judgment(s)" in memo
    swear = papers["vacatur_affidavit"]
    assert "I, Lucía Prueba Inventada, declare:" in swear and "Notary Public" not in swear
    assert "Under penalties of perjury, I declare that I have read the foregoing" in swear
    order = papers["vacatur_proposed_order"]
    assert order.split("\n")[3].startswith("THIS CAUSE came before the Court")
    assert "is not an offense listed in s. 775.084(1)(b)1" in order
    assert "deemed vacated due to a substantive defect" in order
    assert "Florida Department of Law Enforcement" in order and "DISMISSED" not in order
    assert "Cal. Penal Code" not in order  # the other states' cites stay out of the notes too
    service = papers["vacatur_affirmation_of_service"]
    assert "CERTIFICATE OF SERVICE" in service and "on the State Attorney for" in service


def test_vacatur_errors_are_typed(demo) -> None:
    with pytest.raises(StateTableError, match="TX"):
        render("vacatur_memorandum", view_of(demo), options=RenderOptions(state="TX"))
    demo.groups["arrests"] = []
    with pytest.raises(VacaturStateUnknown, match=r"arrests\[\]\.state"):
        render("vacatur_memorandum", view_of(demo))
    with pytest.raises(UnknownDocument, match="t_declaration"):
        render("t_decleration", view_of(demo))


def test_cover_letter_has_1367_notice_and_document_index(demo) -> None:
    draft = render("uscis_cover_letter", view_of(demo), options=RenderOptions(counsel=COUNSEL))
    text = body(draft)
    assert "protected by 8 U.S.C. 1367" in text
    assert "8 C.F.R. 208.6" not in text  # the asylum notice is for asylum filings only
    assert "(n) Form I-914, Application for T Nonimmigrant Status" in text
    assert "| A | Birth certificate, with certified translation |" in text
    assert "Example Legal Clinic" in text and "Alex Abogada (fictional)" in text
    asylum = body(
        render("uscis_cover_letter", view_of(demo), options=RenderOptions(relief="asylum_psg"))
    )
    assert "8 C.F.R. 208.6" in asylum and "1367" not in asylum.split("Attorney review")[0]
    assert "Form I-589" in asylum


def test_supplement_b_letters_differ_by_form(demo) -> None:
    u = body(render("i918b_request_letter", view_of(demo)))
    assert "Form I-918 Supplement B" in u and "six months" in u
    t = body(render("i914b_request_letter", view_of(demo)))
    assert "Form I-914 Supplement B" in t and "optional evidence" in t and "six months" not in t
    assert "Jordan Sample, Assistant District Attorney" in t


def test_cp_letter_summarises_action_means_purpose(demo) -> None:
    text = body(render("cp_request_letter", view_of(demo)))
    assert "Continued Presence" in text and "Center for Countering Human Trafficking" in text
    for word in ("Action.", "Means (force, fraud or coercion):", "Purpose."):
        assert word in text
    assert "recruited, transported, and harbored" in text
    # the coded means in words, then the attorney's note as typed (no stitched parenthesis)
    assert (
        "Means (force, fraud or coercion): fraud, coercion, debt bondage, confiscation of "
        "documents, and threats. Told the trip cost $12,000" in text
    )


def test_translation_certificate_and_plan(demo) -> None:
    draft = render(
        "translation_certificate",
        view_of(demo),
        options=RenderOptions(translator=Translator(name="Pat Traductora (fictional)")),
    )
    text = body(draft)
    assert "I, Pat Traductora (fictional), certify" in text
    assert "translate from Spanish into English" in text
    assert "8 CFR 103.2(b)(3)" in text
    assert {m.fact for m in draft.missing} == {"translator.address", "translator.document_title"}
    assert "translation_certificate" in documents_for("t_visa", view_of(demo))
    english = california_client()
    english.groups["exhibits"] = []
    assert "translation_certificate" not in documents_for("t_visa", view_of(english))


def test_psg_memo_warns_about_gender_only_and_circular_groups(demo) -> None:
    draft = render("asylum_psg_memo", view_of(demo))
    text = body(draft)
    assert "Persons from Guatemala who were previously trafficked" in text
    assert 'Candidate: former trafficking victims from the country. Proposed group: "' in text
    assert "K-E-S-G-" in text and "circular" in text.lower()
    assert any("Gender-only PSG" in w for w in draft.warnings)
    assert any("harm itself" in w for w in draft.warnings)


def test_boilerplate_share_is_measured_and_warned(demo) -> None:
    draft = render("t_declaration", view_of(demo))
    assert draft.boilerplate_share is not None and 0.2 < draft.boilerplate_share < 0.9
    low = render("t_declaration", view_of(demo), options=RenderOptions(boilerplate_threshold=0.1))
    assert any("default text" in w for w in low.warnings)
    high = render("t_declaration", view_of(demo), options=RenderOptions(boilerplate_threshold=0.99))
    assert not any("default text" in w for w in high.warnings)


def test_interview_facts_drive_the_one_year_argument_and_psg_warnings(demo) -> None:
    for name in ("asylum.exception.held_by_traffickers", "asylum.psg_candidate"):
        demo.answers.pop(name, None)
    draft = render("asylum_psg_memo", view_of(demo))
    text = body(draft)
    # derived deadline: 14 May 2022 was a Saturday, so it moves to Monday 16 May (issue 14)
    assert "One-year deadline" in text and "May 16, 2022" in text
    assert "asylum.one_year.exceptions" in {c.id for c in draft.clauses}  # passed by 2026
    assert "Captivity" not in text  # not answered yet: no argument invented
    demo.set_answer("asylum.exception.held_by_traffickers", True)
    demo.set_answer("asylum.exception_ended_date", "2023-02-01")
    demo.set_answer("asylum.psg_candidate", "nationality_women")
    draft = render("asylum_psg_memo", view_of(demo))
    text = body(draft)
    assert "Captivity: the client was under the traffickers' control" in text
    assert "until December 18, 2022" in text and "ended on February 1, 2023" in text
    assert "Effects of past harm" not in text
    assert any("recorded PSG is gender-only" in w for w in draft.warnings)


def test_ny_presumption_and_due_diligence_from_interview_facts(demo) -> None:
    for name in ("vacatur.official_documentation", "vacatur.sought_services_date"):
        demo.answers.pop(name, None)
    text = body(render("vacatur_memorandum", view_of(demo)))
    assert "creates a presumption" in text.split("# II.")[0]  # the statute section says so
    assert "Official documentation of the Defendant's status" not in text
    demo.set_answer("vacatur.official_documentation", True)
    demo.set_answer("vacatur.safety_concerns_delayed", True)
    demo.set_answer("vacatur.sought_services_date", "2022-12-19")
    draft = render("vacatur_memorandum", view_of(demo))
    text = body(draft)
    assert "Official documentation of the Defendant's status as a victim" in text
    assert "first sought services on December 19, 2022" in text
    assert "reasonable concerns for the safety of the defendant" in text.split("# III.")[0]
    assert "vacatur.sought_services_date" not in {m.fact for m in draft.missing}


@pytest.mark.parametrize("make", [california_client, illinois_client])
@pytest.mark.parametrize("document_id", sorted(DOCUMENTS))
def test_every_document_renders_for_two_more_clients(make, document_id: str) -> None:  # type: ignore[no-untyped-def]
    profile = make()
    draft = render(document_id, view_of(profile))
    text = body(draft)
    assert "{{" not in text and "{%" not in text
    name = f"{profile.client.given_name} {profile.client.family_name}"
    if document_id not in ("translation_certificate",):
        assert name in text, document_id
    assert "Lucía" not in text  # nothing leaks from the demo client
    if DOCUMENTS[document_id].is_vacatur:
        assert draft.state == profile.rows("arrests")[0].state


def test_read_back_certificate_unless_no_interpreter_is_needed(demo) -> None:
    demo.client.interpreter_needed = None  # unknown: keep the certificate for the attorney
    cert = "Certificate of translation and read-back"
    text = body(render("u_declaration", view_of(demo)))
    assert cert in text
    assert "competent to translate from Spanish into English" in text  # 8 CFR 103.2(b)(3)
    demo.client.interpreter_needed = False
    assert cert not in body(render("u_declaration", view_of(demo)))


def test_exhibits_are_filtered_by_relief(demo) -> None:
    demo.add(
        "exhibits", description="Certificate of disposition, CR-000000-22QN", reliefs=["vacatur"]
    )
    demo.add("exhibits", description="Letter from the shelter")  # no reliefs recorded: kept
    cover = body(render("uscis_cover_letter", view_of(demo)))
    assert "| A | Birth certificate" in cover and "| B | Letter from the shelter" in cover
    assert "Certificate of disposition" not in cover
    index = body(render("exhibit_index", view_of(demo), options=RenderOptions(relief="vacatur")))
    assert "| A | Certificate of disposition, CR-000000-22QN" in index
    assert "Birth certificate" not in index
    everything = body(render("exhibit_index", view_of(demo)))
    assert "| C | Letter from the shelter" in everything
