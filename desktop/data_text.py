"""Texts that come from the data (rule titles, reasons, flags, plan entries, checklist items)
shown in the UI: fact ids become their human label from the fact catalogue, and each text gets
its Spanish from the ``Data`` context of ``locale/reliefdesk_es.ts`` when the app is in Spanish.

The engine composes some reasons from pieces ("Met on the current answers. Capped at 'likely':
..."); ``data_tr`` translates such a text piece by piece, so a known sentence is translated even
inside a longer reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication

CONTEXT = "Data"

#: a fact id: ``client.minor_during_any_episode``, ``episodes[].means``, ``episodes[2].means``
#: or a repeating group ``episodes[]`` on its own.
FACT_ID = re.compile(
    r"\b[a-z][a-z0-9_]*(?:\[\d*\])(?:\.[a-z][a-z0-9_]*)?|\b[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+\b"
)
#: "fact_id (its description)", as the engine writes unknown facts
_ID_WITH_DESC = re.compile(
    r"(?P<id>" + FACT_ID.pattern.replace(r"\b", "") + r") \((?P<desc>[^()]*(?:\([^()]*\)[^()]*)*)\)"
)
#: an exception the engine names: "T-E3a: Under 18 ... (exemption) (INA ...; 8 CFR ...)."
_EXCEPTION = re.compile(
    r"^(?P<id>[A-Z][\w-]*: )(?P<title>.+?) "
    r"(?P<cites>\([^()]*(?:\([^()]*\)[^()]*)*\)\.)(?P<rest>.*)$"
)
#: sentence-sized pieces a composed reason is made of
_PIECES = re.compile(r"(?<=\.)\s+(?=[A-Z])")


@cache
def _descriptions() -> dict[str, str]:
    try:
        from facts.catalogue import load_catalogue
    except ImportError:  # the facts package is not in this build: ids stay as they are
        return {}
    out: dict[str, str] = {}
    for fact in load_catalogue():
        desc = fact.description.strip().rstrip(".")
        out[fact.name] = desc[:1].lower() + desc[1:] if desc[1:2].islower() else desc
    return out


def _label(fact_id: str) -> str | None:
    key = re.sub(r"\[\d+\]", "[]", fact_id)
    desc = _descriptions().get(key)
    if key.endswith("[]") and desc in (None, key[:-2]):  # a repeating group: the profile's title
        from desktop.profile_logic import group_title

        title = group_title(key[:-2])
        desc = title[:1].lower() + title[1:]
    return desc


def humanize(text: str) -> str:
    """Replaces fact ids with the catalogue's description (no ids on screen)."""

    def with_desc(m: re.Match[str]) -> str:
        return m.group("desc") if _label(m.group("id")) is not None else m.group(0)

    def bare(m: re.Match[str]) -> str:
        return _label(m.group(0)) or m.group(0)

    return FACT_ID.sub(bare, _ID_WITH_DESC.sub(with_desc, text))


#: data texts that name files of this program: what the screen says instead
_DISPLAY = {
    "The state statute in vacatur_states.yaml": "The state's vacatur statute",
}


#: a vacatur venue's key, which the command line takes ("... [ny-kings-criminal-court]")
_VENUE_KEY = re.compile(r" \[[a-z0-9]+(?:-[a-z0-9]+)+\]")

#: developer references inside data texts: dropped from what the screen shows
_CLEAN = [
    (re.compile(r"\s*\((?:see )?[A-Z][A-Za-z_]*\.md\b[^)]*\)"), ""),
    (re.compile(r"'python3? main\.py [^']*' or "), ""),
    (re.compile(r"'(?:\./run|\S*ReliefDesk\S*) [^']*' or "), ""),  # a headless command
    (re.compile(r"\s*\(it is kept in [^)]*\)"), ""),
    (re.compile(r", or `packet --court KEY`"), ""),  # the command line's way to choose a court
    (_VENUE_KEY, ""),
]


def screen_text(text: str) -> str:
    """A data text as the screen shows it, in English: no fact ids, files or commands."""
    for raw, shown in _DISPLAY.items():
        text = text.replace(raw, shown)
    for pattern, repl in _CLEAN:
        text = pattern.sub(repl, text)
    return humanize(text)


def _tr(text: str) -> str:
    out = QCoreApplication.translate(CONTEXT, text)
    return out or text


@cache
def plan_title_templates() -> dict[str, re.Pattern[str]]:
    """Every filing plan's document names; a name with ``{name}`` (a family member's document)
    maps to a pattern that finds the person's name in the title as the plan writes it."""
    from eligibility.registry import relief_ids
    from packets.plan import load_plan_data

    titles = {d.title for r in relief_ids() for d in load_plan_data(r).documents}
    name = re.escape("{name}")
    return {t: re.compile(re.escape(t).replace(name, "(?P<name>.+)")) for t in sorted(titles)}


def _person_title_tr(text: str) -> str | None:
    """A family member's document ("Form I-914 Supplement A — Marta ..."): the plan's title
    translated, with the person's name put back."""
    for template, pattern in plan_title_templates().items():
        m = pattern.fullmatch(text) if "{name}" in template else None
        if m is not None and _tr(template) != template:
            return _tr(template).replace("{name}", m.group("name"))
    return None


#: "Unknown until these are answered: id (desc); id (desc)", as the engine writes it
_UNKNOWN_LIST = re.compile(
    r"(?:"
    + _ID_WITH_DESC.pattern
    + r")(?:; (?:"
    + _ID_WITH_DESC.pattern.replace("?P<", "?P<x")
    + r"))*"
)


@cache
def _raw_descriptions() -> dict[str, str]:
    from facts.catalogue import load_catalogue

    return {fact.name: fact.description for fact in load_catalogue()}


def _fact_words(fact_id: str) -> str:
    """What a fact is, in the screen's language: its catalogue description, which the
    profile's interview answers translate (context ``Field``)."""
    from desktop.profile_logic import group_title

    key = re.sub(r"\[\d+\]", "[]", fact_id)
    desc = _raw_descriptions().get(key, "")
    if key.endswith("[]"):  # a repeating group: the profile's title
        desc = group_title(key[:-2])
    words = QCoreApplication.translate("Field", desc) if desc else ""
    if words and words != desc:
        return words
    return screen_text(desc) if desc else humanize(fact_id)


def _unknown_list_tr(text: str) -> str | None:
    """'Unknown until these are answered: ...' with each fact said in the screen's language."""
    head, _sep, tail = text.partition(": ")
    if head != "Unknown until these are answered" or not _UNKNOWN_LIST.fullmatch(tail):
        return None
    ids = [m.group("id") for m in _ID_WITH_DESC.finditer(tail)]
    return f"{_tr(head + ':')} {'; '.join(_fact_words(i) for i in ids)}"


def reason_tr(reason: str, missing: Sequence[str] = (), shown: Sequence[str] = ()) -> str:
    """An element's reason for the screen. An unknown element's (``missing``: the facts it
    names as missing, ``shown``: the answers shown so far, by id; see
    ``desktop.assessment_logic.ElementRow``) is said again from those parts, each fact in the
    screen's language, rather than by reading back the English the engine wrote."""
    if not missing and not shown:
        return data_tr(reason)
    from eligibility.assess import SHOWN_SO_FAR, UNKNOWN_UNSETTLED, UNKNOWN_UNTIL

    if missing:
        out = f"{_tr(UNKNOWN_UNTIL)} {'; '.join(_fact_words(f) for f in missing)}"
    else:
        out = _tr(UNKNOWN_UNSETTLED)
    if shown:
        out += "" if out.endswith(".") else "."
        out += f" {_tr(SHOWN_SO_FAR)} {'; '.join(_fact_words(f) for f in shown)}."
    return out


#: The packets' composed review lines and titles (the documents screen): each template is a
#: ``Data`` message of its own, the pieces in it are translated on their own.
COMPOSED = (
    "Evidence ({tag}): {item}",
    "Evidence: {item} — missing",
    "Evidence: {item} — have ({tabs})",
    "Exhibit {label} — {description}",
    "{n} item(s) missing: {items}",
    "{n} answer(s) missing: {items}",
    "no file attached: add the file to the profile or put it named '{name}' (PDF, JPEG, PNG or "
    "DOCX)",
    "no file attached: add the file to the profile or put it in {folder} named '{name}' (PDF, "
    "JPEG, PNG or DOCX)",
    # a declaration topic with no narrative block yet (templates.render narrative_topic)
    "The client's account: {topic}",
    # how many copies to send (packets.plan copies_text): the documents screen's tooltips
    "{title}: Send the original only ({authority}).",
    "{title}: Send the original and 1 copy ({authority}).",
    "{title}: Send the original and {n} copies ({authority}).",
    # the drafts' review warnings (templates.render)
    "{n}% of the clause words are default text, not the client's facts: adjudicators notice "
    "identical declarations. Rewrite in the client's words.",
    "The {state} vacatur row is {status}: check it before filing.",
    # a form value that depends on the relief and is not reviewed (forms.fill), at its place
    "{place}: the value '{value}' for the {relief} is marked {status} ({cite}); an attorney "
    "must confirm it.",
    "Page {page}, Part {part}, Item {number}",
    # an official form PDF the filing needs and this computer lacks (forms.errors
    # FormNotAvailable; the headless command it also names is dropped, see _CLEAN)
    "The official {form} PDF is not on this computer: ReliefDesk may not bundle it. Download it "
    "from {url}, then add it with 'Add official form' in the app.",
    # a form with no field map (packets.providers): completed by hand
    "ReliefDesk cannot fill {form}: no copy of {what} was available to map. Download it from "
    "{url}, complete it by hand and add the completed PDF as '{name}' in the packet's exhibits "
    "folder.",
    # a file the plan expects the attorney to add (packets.plan)
    "add {what} as '{name}' in the packet's exhibits folder",
    "add {what} as '{name}' in {folder}",
    # review lines of packets.plan that carry a file name or a date: a changed exhibit file, an
    # exhibit file not recorded in the profile, a supplied form of the wrong kind or an obsolete
    # edition, the U visa certification's six months
    "Exhibit {label}: the file has changed since it was attached (its SHA-256 differs from the "
    "recorded one); attach it again if it is the right document",
    "Exhibit {label}: the file path '{path}' is refused: {reason}.",
    "it leads outside the exhibits folder {folder} (a link?)",
    "the path is longer than {n} characters",
    "{file} is in the exhibits folder but not recorded in the client's profile; it was added as "
    "an exhibit. Record it (description, language) in the profile.",
    "{title}: the edition of {file} could not be read; check it is the current edition on "
    "uscis.gov.",
    "{file} is form {form}, not {title}",
    "{file} is the obsolete edition {edition} (expired {expires}); USCIS rejects outdated "
    "editions. Download the current edition from uscis.gov.",
    "the certification was signed on {signed}, more than 6 months before filing (expired "
    "{expires}); USCIS requires a signature within the 6 months before filing (8 CFR "
    "214.14(c)(2)(i)). Get a new certification.",
    "{title}: signed {signed}; file by {expires} (6 months, 8 CFR 214.14(c)(2)(i)).",
    # a review line that names a draft (templates.registry DOCUMENTS): the draft by its name
    # in the screen's language
    "no signed certification is recorded: ask the certifying agency (draft the request with "
    "'{draft}')",
    # the plan's own warnings (packets.plan plan), listed when a draft packet is written
    "This {relief} plan has items marked VERIFY: an attorney must check them against current "
    "law and the current form instructions before filing.",
    "The {relief} plan was last reviewed {date}, more than {n} days ago: treat it as stale.",
    # the plan's other warnings (packets.plan, packets.venues), listed with a draft packet: a
    # fee waiver that is not available, a derivative the screen could not decide, vacatur
    # papers for a state other than New York, where each court's papers are filed, a statute
    # that reaches some offences only
    "A fee waiver was asked for, but none is available for this filing: {note}",
    "{name} ({relationship}) is included as a derivative, but the eligibility screen could not "
    "decide whether they qualify: answer the open questions or confirm with the attorney.",
    "The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's state is "
    "{state}. Check that state's statute and procedure (VERIFY).",
    "{venue}: the state table does not say where these papers are filed or whether records "
    "from several courts may share one motion. VERIFY in the statute; ReliefDesk prepares one "
    "set of papers per court.",
    "{venue}: record the court and county of each record, so the papers name the right court.",
    "The client's records are in {n} courts or counties: {venues}. Prepare one set of papers "
    "per venue (choose the court on the Documents screen); this plan lists every record "
    "together.",
    "VERIFY: {statute} reaches {scope} Excluded: {exclusions}. Check each offense listed "
    "against the current statute text (for California, the violent felonies of Penal Code "
    "667.5(c), VERIFY) before filing.",
    # the build's warnings (packets.service, packets.assemble, packets.exhibits)
    "{title} is not included: {why}.",
    "{title} has gaps: {problem}",
    "{title} was not written: {reason}.",
    "Sign in ink before filing (no typed names or signature images; keep the originals): {titles}",
    "{title}: {n} page(s) were rotated or not letter size and were scaled to fit letter paper.",
    "{title}: the PDF was damaged; it was repaired. Check every page of it.",
    "{title}: its fillable fields could not be flattened; check how it prints.",
    "{title}: its fillable fields were flattened so the answers print.",
    "{title}: the image ({width} × {height} px) was reduced to about 300 dpi on letter.",
    # a filled form's answers that did not fit (forms.fill), listed with the packet
    "{n} answer(s) did not fit the form and its additional-information part; they are on "
    "{pages} continuation page(s) at the end. Sign and date each continuation page.",
    # a filled form's other notes (forms.fill), listed with the packet: the item by its place
    # on the form, the facts by their description, the relief by its name
    "{place} ({what}): {error}; left blank",
    "an A-number has 8 or 9 digits, got '{value}'",
    "a U.S. phone number has 10 digits, got '{value}'",
    "expected a date, got {value}",
    "{place}: ReliefDesk has no answer for this item for the {relief}; fill it by hand.",
    "{place}: '{value}' is not one of the choices the form offers for this item; left blank",
    "{place}: the form has no box for '{choice}' ({what}); answer it by hand or in the "
    "additional-information part",
    "The form font cannot show some characters; the printed text uses the closest spelling "
    "while the stored value keeps the original: {places}",
    # a draft's third-person note whose pronouns do not fit the client's (templates.render)
    'Pronouns in the note "{note}" of {row} ({words}) do not fit the client\'s ({who}): the '
    "draft prints the note as typed; correct it in the profile.",
    # an official form PDF just added (forms.registry add_official_form)
    "{form} edition {edition} shows an expiry date of {expires}, which has passed. USCIS "
    "usually keeps accepting it until a new edition is issued; check {url} before filing.",
    "{file} already holds answers. ReliefDesk fills blank forms; download a blank copy from "
    "{url} unless you mean to overwrite these answers.",
    # a form item that counts a group's rows when none are recorded (forms.fill missing)
    "No {group} rows ({which}) are recorded. Add them to the profile, or if there are none, "
    "answer this item by hand.",
)
#: a form item as the form prints it ("Page 2, Part 2, Item 5.e"), inside a note
_PLACE = r"(?P<place>Page \d+, Part [^,]+, Item .+?)"
_COMPOSED_PATTERNS = (
    # a filled form's notes (forms.fill), an added form's (forms.registry), a draft's pronoun
    # note (templates.render): before the lines that start with a title
    (
        re.compile(r"^" + _PLACE + r" \((?P<what>.+)\): (?P<error>.+); left blank$"),
        COMPOSED[50],
    ),
    (re.compile(r"^an A-number has 8 or 9 digits, got '(?P<value>.*)'$"), COMPOSED[51]),
    (re.compile(r"^a U\.S\. phone number has 10 digits, got '(?P<value>.*)'$"), COMPOSED[52]),
    (re.compile(r"^expected a date, got (?P<value>.+)$"), COMPOSED[53]),
    (
        re.compile(
            r"^" + _PLACE + r": ReliefDesk has no answer for this item for the (?P<relief>.+); "
            r"fill it by hand\.$"
        ),
        COMPOSED[54],
    ),
    (
        re.compile(
            r"^" + _PLACE + r": '(?P<value>.*)' is not one of the choices the form offers for "
            r"this item; left blank$"
        ),
        COMPOSED[55],
    ),
    (
        re.compile(
            r"^" + _PLACE + r": the form has no box for '(?P<choice>.*)' \((?P<what>.+)\); "
            r"answer it by hand or in the additional-information part$"
        ),
        COMPOSED[56],
    ),
    (
        re.compile(
            r"^The form font cannot show some characters; the printed text uses the closest "
            r"spelling while the stored value keeps the original: (?P<places>.+)$"
        ),
        COMPOSED[57],
    ),
    (
        re.compile(
            r'^Pronouns in the note "(?P<note>[^"]+)" of (?P<row>.+? \d+) \((?P<words>[^()]+)\) '
            r"do not fit the client's \((?P<who>[^()]+)\): the draft prints the note as typed; "
            r"correct it in the profile\.$"
        ),
        COMPOSED[58],
    ),
    (
        re.compile(
            r"^(?P<form>\S+) edition (?P<edition>\S+) shows an expiry date of (?P<expires>\S+), "
            r"which has passed\. USCIS usually keeps accepting it until a new edition is issued; "
            r"check (?P<url>\S+) before filing\.$"
        ),
        COMPOSED[59],
    ),
    (
        re.compile(
            r"^(?P<file>.+?) already holds answers\. ReliefDesk fills blank forms; download a "
            r"blank copy from (?P<url>\S+) unless you mean to overwrite these answers\.$"
        ),
        COMPOSED[60],
    ),
    (
        re.compile(
            r"^No (?P<group>[a-z_]+) rows \((?P<which>[^()]*)\) are recorded\. Add them to the "
            r"profile, or if there are none, answer this item by hand\.$"
        ),
        COMPOSED[61],
    ),
    # a line about a document, which names it by its title first: before the patterns a
    # title itself matches ("Exhibit A — ...")
    (re.compile(r"^(?P<title>.+?) is not included: (?P<why>.+)\.$"), COMPOSED[40]),
    (re.compile(r"^(?P<title>.+?) has gaps: (?P<problem>.*)$"), COMPOSED[41]),
    (re.compile(r"^(?P<title>.+?) was not written: (?P<reason>.+)\.$"), COMPOSED[42]),
    (
        re.compile(
            r"^Sign in ink before filing \(no typed names or signature images; keep the "
            r"originals\): (?P<titles>.+)$"
        ),
        COMPOSED[43],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): (?P<n>\d+) page\(s\) were rotated or not letter size and were "
            r"scaled to fit letter paper\.$"
        ),
        COMPOSED[44],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): the PDF was damaged; it was repaired\. Check every page of it\.$"
        ),
        COMPOSED[45],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): its fillable fields could not be flattened; check how it "
            r"prints\.$"
        ),
        COMPOSED[46],
    ),
    (
        re.compile(r"^(?P<title>.+?): its fillable fields were flattened so the answers print\.$"),
        COMPOSED[47],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): the image \((?P<width>\d+) × (?P<height>\d+) px\) was reduced "
            r"to about 300 dpi on letter\.$"
        ),
        COMPOSED[48],
    ),
    (re.compile(r"^Evidence \((?P<tag>[^)]+)\): (?P<item>.+)$"), COMPOSED[0]),
    (
        re.compile(
            r"^(?P<n>\d+) answer\(s\) did not fit the form and its additional-information "
            r"part; they are on (?P<pages>\d+) continuation page\(s\) at the end\. Sign and "
            r"date each continuation page\.$"
        ),
        COMPOSED[49],
    ),
    (re.compile(r"^Evidence: (?P<item>.+) — missing$"), COMPOSED[1]),
    (re.compile(r"^Evidence: (?P<item>.+) — have \((?P<tabs>[^)]*)\)$"), COMPOSED[2]),
    (re.compile(r"^Exhibit (?P<label>\S+) — (?P<description>.+)$"), COMPOSED[3]),
    (re.compile(r"^(?P<n>\d+) item\(s\) missing: (?P<items>.+)$"), COMPOSED[4]),
    (re.compile(r"^(?P<n>\d+) answer\(s\) missing: (?P<items>.+)$"), COMPOSED[5]),
    (
        re.compile(
            r"^no file attached: add the file to the profile or put it named '(?P<name>.+)' "
            r"\(PDF, JPEG, PNG or DOCX\)$"
        ),
        COMPOSED[6],
    ),
    (
        re.compile(
            r"^no file attached: add the file to the profile or put it in (?P<folder>.+?) named "
            r"'(?P<name>.+)' \(PDF, JPEG, PNG or DOCX\)$"
        ),
        COMPOSED[7],
    ),
    (re.compile(r"^The client's account: (?P<topic>.+)$"), COMPOSED[8]),
    (
        re.compile(r"^(?P<title>.+?): Send the original only \((?P<authority>.+)\)\.$"),
        COMPOSED[9],
    ),
    (
        re.compile(r"^(?P<title>.+?): Send the original and 1 copy \((?P<authority>.+)\)\.$"),
        COMPOSED[10],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): Send the original and (?P<n>\d+) copies \((?P<authority>.+)\)\.$"
        ),
        COMPOSED[11],
    ),
    (
        re.compile(
            r"^(?P<n>\d+)% of the clause words are default text, not the client's facts: "
            r"adjudicators notice identical declarations\. Rewrite in the client's words\.$"
        ),
        COMPOSED[12],
    ),
    (
        re.compile(
            r"^The (?P<state>.+) vacatur row is (?P<status>VERIFY|stale): check it before "
            r"filing\.$"
        ),
        COMPOSED[13],
    ),
    (
        re.compile(
            r"^(?P<place>Page .+?): the value '(?P<value>[^']*)' for (?:the )?(?P<relief>.+?) is "
            r"marked "
            r"(?P<status>VERIFY|stale) \((?P<cite>.+)\); an attorney must confirm it\.$"
        ),
        COMPOSED[14],
    ),
    (
        re.compile(r"^Page (?P<page>\d+), Part (?P<part>\S+), Item (?P<number>[^:;]+)$"),
        COMPOSED[15],
    ),
    (
        re.compile(
            r"^The official (?P<form>.+?) PDF is not on this computer: ReliefDesk may not bundle "
            r"it\. Download it from (?P<url>\S+), then add it with (?:'[^']*' or )?'Add official "
            r"form' in the app(?: \(it is kept in .*\))?\.$"
        ),
        COMPOSED[16],
    ),
    (
        re.compile(
            r"^ReliefDesk cannot fill (?P<form>.+?): no copy of (?P<what>.+?) was available to "
            r"map\. Download it from (?P<url>\S+), complete it by hand and add the completed PDF "
            r"as '(?P<name>[^']+)' in the packet's exhibits folder\.$"
        ),
        COMPOSED[17],
    ),
    (
        re.compile(r"^add (?P<what>.+?) as '(?P<name>[^']+)' in the packet's exhibits folder$"),
        COMPOSED[18],
    ),
    (re.compile(r"^add (?P<what>.+?) as '(?P<name>[^']+)' in (?P<folder>.+)$"), COMPOSED[19]),
    (
        re.compile(
            r"^Exhibit (?P<label>\S+): the file has changed since it was attached \(its SHA-256 "
            r"differs from the recorded one\); attach it again if it is the right document$"
        ),
        COMPOSED[20],
    ),
    (
        re.compile(
            r"^Exhibit (?P<label>\S+): the file path '(?P<path>.*)' is refused: (?P<reason>.+)\.$"
        ),
        COMPOSED[21],
    ),
    (
        re.compile(r"^it leads outside the exhibits folder (?P<folder>.+) \(a link\?\)$"),
        COMPOSED[22],
    ),
    (re.compile(r"^the path is longer than (?P<n>\d+) characters$"), COMPOSED[23]),
    (
        re.compile(
            r"^(?P<file>.+?) is in the exhibits folder but not recorded in the client's profile; "
            r"it was added as an exhibit\. Record it \(description, language\) in the profile\.$"
        ),
        COMPOSED[24],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): the edition of (?P<file>.+) could not be read; check it is the "
            r"current edition on uscis\.gov\.$"
        ),
        COMPOSED[25],
    ),
    (re.compile(r"^(?P<file>.+?) is form (?P<form>\S+), not (?P<title>.+)$"), COMPOSED[26]),
    (
        re.compile(
            r"^(?P<file>.+?) is the obsolete edition (?P<edition>\S+) \(expired "
            r"(?P<expires>[^)]+)\); USCIS rejects outdated editions\. Download the current "
            r"edition from uscis\.gov\.$"
        ),
        COMPOSED[27],
    ),
    (
        re.compile(
            r"^the certification was signed on (?P<signed>\S+), more than 6 months before "
            r"filing \(expired (?P<expires>[^)]+)\); USCIS requires a signature within the 6 "
            r"months before filing \(8 CFR 214\.14\(c\)\(2\)\(i\)\)\. Get a new "
            r"certification\.$"
        ),
        COMPOSED[28],
    ),
    (
        re.compile(
            r"^(?P<title>.+?): signed (?P<signed>\S+); file by (?P<expires>\S+) \(6 months, 8 "
            r"CFR 214\.14\(c\)\(2\)\(i\)\)\.$"
        ),
        COMPOSED[29],
    ),
    (
        re.compile(
            r"^no signed certification is recorded: ask the certifying agency \(draft the "
            r"request with '(?P<draft>[^']+)'\)$"
        ),
        COMPOSED[30],
    ),
    (
        re.compile(
            r"^This (?P<relief>\S+) plan has items marked VERIFY: an attorney must check them "
            r"against current law and the current form instructions before filing\.$"
        ),
        COMPOSED[31],
    ),
    (
        re.compile(
            r"^The (?P<relief>\S+) plan was last reviewed (?P<date>\S+), more than (?P<n>\d+) "
            r"days ago: treat it as stale\.$"
        ),
        COMPOSED[32],
    ),
    (
        re.compile(
            r"^A fee waiver was asked for, but none is available for this filing: (?P<note>.+)$"
        ),
        COMPOSED[33],
    ),
    (
        re.compile(
            r"^(?P<name>.+) \((?P<relationship>[^()]+)\) is included as a derivative, but the "
            r"eligibility screen could not decide whether they qualify: answer the open "
            r"questions or confirm with the attorney\.$"
        ),
        COMPOSED[34],
    ),
    (
        re.compile(
            r"^The vacatur papers follow the New York set \(CPL 440\.10\(1\)\(i\)\); the "
            r"client's state is (?!unknown\.)(?P<state>[^.]+)\. Check that state's statute and "
            r"procedure \(VERIFY\)\.$"
        ),
        COMPOSED[35],
    ),
    (
        re.compile(
            r"^(?P<venue>[^:]+): the state table does not say where these papers are filed or "
            r"whether records from several courts may share one motion\. VERIFY in the "
            r"statute; ReliefDesk prepares one set of papers per court\.$"
        ),
        COMPOSED[36],
    ),
    (
        re.compile(
            r"^(?P<venue>[^:]+): record the court and county of each record, so the papers "
            r"name the right court\.$"
        ),
        COMPOSED[37],
    ),
    (
        re.compile(
            r"^The client's records are in (?P<n>\d+) courts or counties: (?P<venues>.+)\. "
            r"Prepare one set of papers per venue \(choose the court on the Documents "
            r"screen(?:, or `[^`]*`)?\); this plan lists every record together\.$"
        ),
        COMPOSED[38],
    ),
    (
        re.compile(
            r"^VERIFY: (?P<statute>.+?) reaches (?P<scope>.+?) Excluded: (?P<exclusions>.+?)\. "
            r"Check each offense listed against the current statute text \(for California, "
            r"the violent felonies of Penal Code 667\.5\(c\), VERIFY\) before filing\.$"
        ),
        COMPOSED[39],
    ),
)
#: pieces of a composed text that are the client's own words, names, numbers or a form's
#: values: never translated
_VERBATIM = frozenset(
    {
        "tag",
        "label",
        "description",
        "name",
        "folder",
        "tabs",
        "n",
        "state",
        "value",
        "page",
        "part",
        "number",
        "url",
        "path",
        "file",
        "edition",
        "expires",
        "signed",
        "date",
        "statute",
        "pages",
        "width",
        "height",
        "words",
    }
)


def _relief_words(relief: str) -> str:
    """A relief ("T visa", or its id "t_visa") as the screen names it; an unknown one as it
    is."""
    from eligibility.registry import label, relief_ids

    if relief in relief_ids():
        relief = label(relief, "en")
    return QCoreApplication.translate("Relief", relief) or relief


#: what a vacatur venue's label says when a record lacks its court or county
#: (packets.venues): said in the screen's language; the court and county names stay as written
_VENUE_GAPS = ("Court not recorded", "County not recorded")


def _venue_words(label: str) -> str:
    """A vacatur venue ("Criminal Court, Kings County, New York") for the screen: its names as
    written, a missing court or county said in the screen's language, no key."""
    label = _VENUE_KEY.sub("", label)
    for gap in _VENUE_GAPS:
        label = label.replace(gap, _tr(gap))
    return label


def _relationship_words(relationship: str) -> str:
    """A family member's relationship as the profile names it (context ``Field``), lower
    case inside a sentence; "family member" (none recorded) from the ``Data`` context."""
    from desktop.profile_logic import choice_label

    code = relationship.replace(" ", "_")
    if code in ("spouse", "child", "stepchild", "parent", "sibling", "child_of_derivative"):
        word = QCoreApplication.translate("Field", choice_label(code, "relationship"))
        return word[:1].lower() + word[1:]
    return data_tr(relationship)


@cache
def _venue_rule_texts() -> tuple[frozenset[str], frozenset[str]]:
    """(where each state's vacatur papers are filed, what it says of joint motions), as the
    plan writes them on one line (packets.venues)."""
    from eligibility.loader import load_rules

    rules: set[str] = set()
    joint: set[str] = set()
    for state in load_rules().states.values():
        if state.venue is not None:
            rules.add(" ".join(state.venue.text.split()))
            if state.venue.joint_text:
                joint.add(" ".join(state.venue.joint_text.split()))
    return frozenset(rules), frozenset(joint)


_VENUE_NOTE = re.compile(r"^(?P<venue>[^:]+): (?P<rest>.+)$")


def _venue_note_tr(text: str) -> str | None:
    """A vacatur venue's filing rule, "<venue>: <rule>[ (VERIFY)]", or a state's word on joint
    motions, "NY: <text>" (packets.venues venue_notes, several_venues_note): the rule is a
    ``Data`` message of its own, the venue keeps its names. None for any other text."""
    m = _VENUE_NOTE.match(text)
    if m is None:
        return None
    rules, joint = _venue_rule_texts()
    venue, rest = m.group("venue"), m.group("rest")
    mark = ""
    if rest not in rules and rest not in joint and rest.endswith(" (VERIFY)"):
        rest, mark = rest.removesuffix(" (VERIFY)"), " (VERIFY)"
    if rest in rules or (rest in joint and re.fullmatch(r"[A-Z]{2}", venue)):
        shown = _tr(rest)
        return f"{_venue_words(venue)}: {shown}{mark}" if shown != rest else None
    return None


def _piece_tr(key: str, value: str) -> str:
    if key in _VERBATIM:
        return value
    if key == "relief":
        return _relief_words(value)
    if key == "relationship":
        return _relationship_words(value)
    if key == "venue":
        return _venue_words(value)
    if key == "venues":
        return "; ".join(_venue_words(v) for v in value.split("; "))
    if key == "titles":  # the documents to sign, each by its name
        return "; ".join(data_tr(t) for t in value.split("; "))
    if key == "exclusions":
        return ", ".join(data_tr(x) for x in value.split(", "))
    if key == "problem":
        return label_tr(value)
    if key in ("place", "error", "choice", "who"):  # a form item, a format's complaint, ...
        return data_tr(value)
    if key == "places":  # the form items, each by its place
        return "; ".join(data_tr(p) for p in value.split("; "))
    if key == "what":  # the facts an item reads, by their descriptions
        return _items_tr(value.split("; "))
    if key == "note":  # a third-person note, by its profile label
        return label_tr(value)
    if key == "group":  # a repeating group, by the profile's title
        from desktop.profile_logic import group_title

        return QCoreApplication.translate("Field", group_title(value))
    if key == "which":  # "relationship child": the rows' choices, as the profile words them
        return ", ".join(_row_choice_words(w) for w in value.split(", "))
    if key == "row":  # "episode 2": the row's word in the screen's language, its number
        word, _, n = value.rpartition(" ")
        return f"{data_tr(word)} {n}"
    if key == "status" and value == "VERIFY":  # the review mark keeps its name
        return value
    if key == "items":  # "a; b; c …": each label on its own
        more = value.endswith(" …")
        return _items_tr(value.removesuffix(" …").split("; ")) + (" …" if more else "")
    return data_tr(value)


def _row_choice_words(text: str) -> str:
    """One condition on a group's rows as forms.fill writes it ("relationship child",
    "kind safe_mailing/mailing"): the choices as the profile words them, lower case."""
    from desktop.profile_logic import choice_label

    column, _, codes = text.partition(" ")
    if not codes:
        return data_tr(text)
    words = [QCoreApplication.translate("Field", choice_label(c, column)) for c in codes.split("/")]
    return "/".join(w[:1].lower() + w[1:] for w in words)


def _items_tr(parts: list[str]) -> str:
    """Labels joined by "; ", each in the screen's language: a label that itself holds "; "
    (a form item's description) is found as the longest run of parts that has a translation."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i + 1, -1):
            text = "; ".join(parts[i:j])
            whole = [QCoreApplication.translate(CONTEXT, screen_text(text))]
            whole.append(QCoreApplication.translate("Field", text))
            found = next((w for w in whole if w and w not in (text, screen_text(text))), None)
            if found is not None:
                out.append(found)
                i = j
                break
        else:
            out.append(label_tr(parts[i]))
            i += 1
    return "; ".join(out)


def _composed_tr(text: str) -> str | None:
    """A packets review line or title built from a template, in the screen's language; None
    when the text is not one, or the template has no translation."""
    for pattern, template in _COMPOSED_PATTERNS:
        m = pattern.match(text)
        if m is None:
            continue
        shown = _tr(template)
        if shown == template:
            return None
        return shown.format(**{k: _piece_tr(k, v) for k, v in m.groupdict().items()})
    return None


def data_tr(text: str) -> str:
    """The text for the screen: fact ids replaced, then translated (whole, or per sentence)."""
    unknown = _unknown_list_tr(text)
    if unknown is not None:
        return unknown
    composed = _composed_tr(text)
    if composed is not None:
        return composed
    venue = _venue_note_tr(text)
    if venue is not None:
        return venue
    text = screen_text(text)
    whole = _tr(text)
    if whole != text or not text:
        return whole
    person = _person_title_tr(text)
    if person is not None:
        return person
    m = _EXCEPTION.match(text)
    if m:
        rest = data_tr(m.group("rest").strip())
        out = f"{m.group('id')}{_tr(m.group('title'))} {m.group('cites')}"
        return f"{out} {rest}" if rest else out
    head, sep, tail = text.partition(": ")
    if sep and _tr(head + ":") != head + ":":  # "Unknown until these are answered: ..."
        return f"{_tr(head + ':')} {tail}"
    pieces = _PIECES.split(text)
    return " ".join(_tr(p) for p in pieces) if len(pieces) > 1 else text


def label_tr(text: str) -> str:
    """A missing detail's label: a rule text, or else a field label the profile and counsel
    pages show (context ``Field``), in the screen's language."""
    out = data_tr(text)
    if out != screen_text(text):
        return out
    field = QCoreApplication.translate("Field", text)
    return field if field != text else out


#: a citation followed by a note in words: "INA 101(a)(15)(U)(iii) (the list of ...)"
_CITE_NOTE = re.compile(r"^(?P<cite>.*\d.*?) \((?P<note>[^()]*)\)$")


def cite_tr(cite: str) -> str:
    """A citation for the screen: kept as written, except where it names a file of this program
    and its note in words (a ``Data`` message: the whole cite or its closing parenthesis), which
    the screen says in its language."""
    for raw, shown in _DISPLAY.items():
        cite = cite.replace(raw, shown)
    whole = _tr(cite)
    if whole != cite:
        return whole
    m = _CITE_NOTE.match(cite)
    if m is not None and _tr(m.group("note")) != m.group("note"):
        return f"{m.group('cite')} ({_tr(m.group('note'))})"
    for shown in _DISPLAY.values():
        cite = cite.replace(shown, _tr(shown))
    return cite


#: an answer the interview recorded, as the engine writes it: "fact = value: what it means"
_INDICATOR = re.compile(r"^(?P<fact>[a-z][\w.\[\]]*)(?: = (?P<value>.+?))?: (?P<what>.+)$")


def indicator_tr(text: str) -> str:
    """A recorded answer for the screen: what it means, then the answer (no fact id)."""
    m = _INDICATOR.match(text)
    if m is None:
        return data_tr(text)
    what = label_tr(m.group("what"))  # a fact's description: the profile translates it
    value = m.group("value")
    if value is None:
        return what
    if value in ("yes", "no"):
        value = QCoreApplication.translate("Data", value.capitalize())
    return f"{what} — {choice_words(m.group('fact'), value)}"


@cache
def _choices() -> dict[str, dict[str, tuple[str, str]]]:
    """fact -> choice value -> (English, Spanish), from the interview's questions."""
    from eligibility.loader import load_rules

    out: dict[str, dict[str, tuple[str, str]]] = {}
    for q in load_rules().questions.values():
        for c in q.choices:
            out.setdefault(q.fact, {})[c.value] = (c.en, c.es)
    return out


def choice_words(fact: str, value: str) -> str:
    """A recorded choice ("retaliation, re_trafficking") as the words the interview offered,
    in the screen's language; a value that is not a choice is shown as it is."""
    from desktop.i18n import TRANSLATIONS

    labels = _choices().get(re.sub(r"\[\d+\]", "[]", fact), {})
    picks = [p.strip() for p in value.split(", ")]
    if not labels or not all(p in labels for p in picks):
        return humanize(value)
    spanish = TRANSLATIONS.language == "es"
    return ", ".join(labels[p][1] if spanish else labels[p][0] for p in picks)
