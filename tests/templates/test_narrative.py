"""Declarations come from the client's own words (issue 17): every sentence of every declaration,
for every fact pattern, is a narrative block, a connective sentence built from facts, or a
highlighted prompt. And no draft of any template has a lint finding."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from casefile.demo import demo_profile
from clauses import load_library
from clauses.library import connective_sentences
from facts import UNKNOWN, FactView
from templates import DOCUMENTS, RenderOptions, render
from templates.docxtext import docx_text
from templates.lint import lint_draft, lint_text
from templates.render import block_paragraphs, template_path
from tests.templates.helpers import COUNSEL, TODAY
from tests.templates.patterns import DECLARATIONS, PATTERNS, topics

HOLE = "\u25af"  # a highlighted run (prompt or missing fact) stands here
NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
JURAT = (
    "I declare under penalty of perjury under the laws of the United States of America that "
    "the foregoing is true and correct."
)


def _sentence_regex(template: str) -> str:
    parts = re.split(r"{{.*?}}", template)
    literal = [re.escape(" ".join(p.split())).replace(r"\ ", r"\s+") for p in parts]
    return r"\s*(.*?)\s*".join(literal)


def _connective(document_id: str) -> re.Pattern[str]:
    """A paragraph made only of the library's connective sentences for this document."""
    sentences = [
        s
        for c in load_library().for_document(document_id)
        if c.section != "closing"
        for s in connective_sentences(c.body)
    ]
    alt = "(?:" + "|".join(_sentence_regex(s) for s in sentences) + ")"
    return re.compile(rf"{alt}(?:\s+{alt})*")


def _headings(document_id: str) -> set[str]:
    heads = {c.heading for c in load_library().for_document(document_id) if c.heading}
    template = Document(str(template_path(DOCUMENTS[document_id])))
    heads |= {p.text for p in template.paragraphs if p.style.name.startswith("Heading")}
    return heads


#: How a sworn statement ends: 28 USC 1746, or a state's penalty-of-perjury form.
_JURATS = ("I declare under penalty of perjury", "Under penalties of perjury")


def _court_statement_lines(document_id: str) -> list[re.Pattern[str]]:
    """A court statement's fixed lines from its template ('I am the Petitioner in this case'):
    formal statements about the filing, never facts. Declarations to USCIS have none."""
    if document_id in DECLARATIONS:
        return []
    template = Document(str(template_path(DOCUMENTS[document_id])))
    lines = [
        p.text
        for p in template.paragraphs
        if "{%" not in p.text and len(re.sub(r"{{.*?}}|\W", "", p.text)) > 12  # words, not a slot
    ]
    return [re.compile(_sentence_regex(t)) for t in lines]


def _paragraph_text(p) -> str:  # type: ignore[no-untyped-def]
    out = []
    for r in p._p.iter(f"{NS}r"):
        text = "".join(t.text or "" for t in r.iter(f"{NS}t"))
        out.append(HOLE if r.find(f"{NS}rPr/{NS}highlight") is not None else text)
    return "".join(out).strip()


def unsourced_sentences(data: bytes, view: FactView, document_id: str) -> list[str]:
    """Paragraphs of the declaration's body (title to jurat) that come from none of: the
    client's narrative blocks, the library's connective sentences over facts, a highlighted
    prompt or placeholder, an element heading, an exhibit reference by tab letter."""
    blocks = {
        para
        for r in view.rows("narratives")
        if r.get("text") is not UNKNOWN
        for para in block_paragraphs(str(r.get("text")))
    }
    exhibits = {str(d) for d in view.get("exhibits[].description") if d is not UNKNOWN}
    connective = _connective(document_id)
    headings = _headings(document_id)
    fixed = _court_statement_lines(document_id)
    doc = Document(io.BytesIO(data))
    bad: list[str] = []
    started = False
    for p in doc.paragraphs:
        text = _paragraph_text(p)
        if p.style.name.startswith("Heading"):
            started = True
            if text not in headings:
                bad.append(f"heading {text!r}")
            continue
        if text.endswith(("being duly sworn, says:", "declare:")):  # a court statement's opening
            started = True
            continue
        if not started or not text:
            continue
        if text.startswith(_JURATS) or set(text) <= {"_"}:  # the oath, or the signature line
            break
        if text in blocks or set(text) <= {HOLE} or connective.fullmatch(text):
            continue
        if any(f.fullmatch(text) for f in fixed):
            continue
        ref = re.fullmatch(r"\(See Tab [A-Z]+: (.+)\.\)", text)
        if ref and ref.group(1) in exhibits:
            continue
        bad.append(text)
    return bad


def _draft(pattern: str, document_id: str):  # type: ignore[no-untyped-def]
    view = FactView(PATTERNS[pattern](), today=TODAY)
    return view, render(document_id, view, options=RenderOptions(counsel=COUNSEL))


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
@pytest.mark.parametrize("document_id", DECLARATIONS)
def test_every_declaration_sentence_has_a_source(pattern: str, document_id: str) -> None:
    view, draft = _draft(pattern, document_id)
    assert unsourced_sentences(draft.data, view, document_id) == []
    text = docx_text(draft.data, headers=False)
    assert JURAT in text  # 28 USC 1746
    # a prompt for exactly the topics with no block (of those the facts select)
    told = {str(r.get("topic")) for r in view.rows("narratives")}
    selected = {c.id for c in draft.clauses}
    expected = [t for t in topics(document_id) if t in selected and t not in told]
    assert len(draft.prompts) == len(expected)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_every_sentence_of_the_sworn_court_statement_has_a_source(pattern: str) -> None:
    """The client's affidavit or declaration for the vacatur motion, in every state's form."""
    view, draft = _draft(pattern, "vacatur_affidavit")
    assert unsourced_sentences(draft.data, view, "vacatur_affidavit") == []
    text = docx_text(draft.data, headers=False)
    assert "being duly sworn, says:" in text or "declare:" in text  # the check had a start
    told = {str(r.get("topic")) for r in view.rows("narratives")}
    expected = [t for t in topics("vacatur_affidavit") if t not in told]
    assert len(draft.prompts) == len(expected)


@pytest.mark.parametrize(
    ("pattern", "document_id", "prose"),
    [
        (
            "full_account",
            "t_declaration",
            "I have been helping the authorities who are investigating it.",
        ),
        ("california", "vacatur_affidavit", "I never wanted to do any of it."),
    ],
)
def test_the_provenance_check_catches_default_prose(
    pattern: str, document_id: str, prose: str
) -> None:
    view, draft = _draft(pattern, document_id)
    doc = Document(io.BytesIO(draft.data))
    jurat = next(p for p in doc.paragraphs if p.text.startswith("I declare under penalty"))
    jurat.insert_paragraph_before(prose)
    buf = io.BytesIO()
    doc.save(buf)
    assert unsourced_sentences(buf.getvalue(), view, document_id) == [prose]


def test_blocks_are_printed_in_episode_order_under_their_heading() -> None:
    _view, draft = _draft("full_account", "t_declaration")
    text = docx_text(draft.data, headers=False)
    section = text.split("# How I was recruited and brought there")[1].split("\n# ")[0]
    assert section.index("A woman from my town") < section.index("Later they moved me")
    assert "[[CLIENT'S ACCOUNT NEEDED" not in text
    assert draft.prompts == ()


def test_a_man_with_the_trauma_exception_is_not_made_to_say_he_helped() -> None:
    _view, draft = _draft("adult_man_trauma", "t_declaration")
    text = docx_text(draft.data, headers=False)
    assert "When the agent showed me his photo I could not breathe" in text
    assert "I met with" not in text  # he declined: no cooperation sentence
    assert "My sister, Marta Vargas Ejemplo" in text  # worded from the row's sex
    assert "My relative, Tomás Ejemplo Vargas" in text  # 'other', no sex: neutral
    assert "It began in 2019." in text  # year precision
    assert "Certificate of translation" not in text  # English, no interpreter
    assert "t.compliance.trauma" in {c.id for c in draft.clauses}


def test_free_account_is_read_when_the_interview_has_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """narrative.free_account (an interview fact another engineer adds): printed where the
    story starts when no block exists yet; otherwise only pointed to in the review notes."""
    from facts import load_catalogue
    from facts.catalogue import Catalogue, Fact

    base = load_catalogue()
    if "narrative.free_account" in base:
        catalogue = base
    else:
        extra = Fact(
            name="narrative.free_account",
            type="text",
            description="The client's account in their own words",
            storage="answer",
        )
        catalogue = Catalogue({**base.facts, extra.name: extra})
    p = demo_profile()
    p.set_answer("narrative.free_account", "I came here to work.\n\nThen everything changed.")
    view = FactView(p, today=TODAY, catalogue=catalogue)
    text = docx_text(render("t_declaration", view).data, headers=False)
    story = text.split("# What happened to me")[1]
    assert story.startswith("\n(n) I came here to work.\n(n) Then everything changed.")
    p.add("narratives", topic="t.victim.fraud", text="They promised me a kitchen job.")
    text = docx_text(render("t_declaration", FactView(p, today=TODAY, catalogue=catalogue)).data)
    assert "I came here to work." not in text
    assert "free account from the interview is on file" in text


def _every_draft(pattern: str):  # type: ignore[no-untyped-def]
    """Every template for the pattern, the cover letter once per relief it serves."""
    for document_id in sorted(DOCUMENTS):
        reliefs = DOCUMENTS[document_id].reliefs if document_id == "uscis_cover_letter" else ()
        for relief in reliefs or (None,):
            view = FactView(PATTERNS[pattern](), today=TODAY)
            options = RenderOptions(counsel=COUNSEL, relief=relief)
            yield f"{document_id} {relief or ''}", render(document_id, view, options=options)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_no_draft_has_a_lint_finding(pattern: str) -> None:
    """No lint finding and no pronoun that contradicts the client's, in any draft."""
    findings = []
    for name, draft in _every_draft(pattern):
        findings += [f"{name}: {f}" for f in lint_draft(draft.data)]
        findings += [f"{name}: {w}" for w in draft.warnings if w.startswith("Pronouns in")]
    assert findings == []


@pytest.mark.parametrize(
    ("sex", "pronouns", "expected"),
    [("M", "he/him", "(her, she)"), ("X", "they/them", "(her, she)"), ("F", None, None)],
)
def test_notes_whose_pronouns_contradict_the_client_are_flagged(
    sex: str, pronouns: str | None, expected: str | None
) -> None:
    """The demo's notes say 'took her birth certificate ... if she left': right for her, wrong
    for a man or a they/them client. The note is printed as typed and the attorney is told."""
    p = demo_profile()
    p.client.sex, p.client.pronouns = sex, pronouns
    draft = render("cp_request_letter", FactView(p, today=TODAY))
    note = 'Pronouns in the note "Force, fraud or coercion in the client\'s words" of episode 1 '
    flagged = [w for w in draft.warnings if w.startswith(note)]
    if expected is None:
        assert flagged == []
    else:
        assert len(flagged) == 1 and expected in flagged[0]
        notes = docx_text(draft.data).split("Attorney review notes")[1]
        assert flagged[0] in notes  # in the review notes, never in the letter's body
    declaration = render("t_declaration", FactView(p, today=TODAY))  # first person: no check
    assert not [w for w in declaration.warnings if w.startswith("Pronouns in")]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("My response: complied.", "raw code"),
        ("They used document_confiscation against me.", "raw code"),
        ("I went to a interview.", '"a" before a vowel'),
        ("I was trafficked by A man known as Don.", "article capitalised mid-sentence"),
        ("The things they did were: .", "empty list introduction"),
        ("It it was late.", "doubled word"),
        ('He said "stay here.', "unbalanced quotes"),
        ("I was  there.", "doubled space"),
        ("I was arrested under the name Lucy P..", "doubled full stop"),
    ],
)
def test_lint_catches_each_rule(text: str, rule: str) -> None:
    assert [f.rule for f in lint_text(text)] == [rule]
    assert lint_text("I went to an interview with a U visa officer (a/k/a Ana)...") == []
