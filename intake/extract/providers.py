"""Who gave the care: the provider from a label, a sentence, a claim's heading, a doctor named in the text or,
on a provider's own paper, its letterhead; never the insurer, a reviewer, a signer or a relative."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

from intake.extract import claims, dates, ids, money, names
from intake.extract.candidates import Candidate, best
from intake.extract.care_orgs import care_org_in_sentences
from intake.extract.address_blocks import business_words, cells_text, org_address_below
from intake.extract.context import Context, is_mark
from intake.extract.fullnames import begun_on_line_above, said_in_full
from intake.extract.letters import PAYER_OFFICE, PLAN_OR_INSURER, letter_to_payer
from intake.extract.named_providers import (STREET_AFTER, claim_header_providers, claim_heading_providers, doctors_named,
                                            signing_doctor)
from intake.extract.lexicon import CONNECTOR
from intake.extract.text import fold


CREDENTIALS = re.compile(r",?\s+(?:M\.?D|D\.?O|DMD|DDS|OD|DPM|NP|FNP|PA-C|PA|RN|PhD|DC|MSW|LCSW|PsyD|CRNA)\.?$")


PERSON_FIRST = re.compile(r"^\s*(?:Dr|Dra|Doctor|Doctora)[.,]?\s+[A-Zl][\w'\-]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'\-!]+\s*,")
NOT_A_NAME_START = re.compile(r"^\s*(?:dear|estimad[oa]|hi|hello|you|your|yourself|usted|su|sus)\b|^\s*[A-Za-z]+\s*:|"
                              r"^\s*(?:patient|paciente|member|miembro|afiliad[oa]|subscriber|insured|asegurad[oa])\s+(?-i:[A-Z])",
                              re.I)  # 'Requested by: Your daughter, on your behalf' names no provider; nor does 'Patient
# Ana Reyes' in a claim's heading ('Claim 123 - Patient Ana Reyes - Mesa Clinic')


# a paper's title ('Notice of Adverse Determination', 'Aviso de denegacion'), never who gave the care
PAPER_TITLE = re.compile(r"^(?:notice|notification|explanation|aviso|notificacion|explicacion|request|solicitud)\s+"
                         r"(?:of|de|for|para)\b|"
                         r"\b(?:determination|notice|decision|denial|determinacion|denegacion)$|"
                         r"^(?:remittance|payment)\s+(?:advice|summary|voucher)$", re.I)  # ('PROVIDER REMITTANCE ADVICE')
# a role caption in capitals run into the name after it ('RENDERING ANA B. REYES', 'BILLING EXAMPLE CLINIC')
ROLE_LEAD = re.compile(r"^\s*(?:RENDERING|BILLING|REFERRING|ATTENDING|TREATING|ORDERING|PERFORMING|SERVICING|PRESCRIBING)"
                       r"(?:\s+(?:PROVIDER|PHYSICIAN|DOCTOR|CLINICIAN))?\s*[:\-\u2013]?\s+(?=[A-Z])")


log = logging.getLogger(__name__)
PERSON_START = re.compile(r"^\s*(?:Dr|Dra|Doctor|Doctora)\b|^\s*[A-Z][a-z]+\s+[A-Z]\.?(?:\s|$)")  # a person's name


CORPORATE = re.compile(r"^\s*(?:inc|llc|co|corp|ltd|pc|pllc|lp|llp|pa|sa)\b\.?", re.I)
PERSON_NAME = re.compile(r"^\s*[A-Z][\w'\-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w'\-]+){1,2}\s*$")  # ('Bao Tran Nguyen')
# 'MD', 'CCC-SLP', 'PA-C', then the end, a '(practice)' or a dash before the practice ('OD - Mesa Eye Care')
CREDENTIAL = re.compile(r"^\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3}(?:/[A-Z]{1,2})?(?:-[A-Z]{1,3})?\s*(?:(?:\(|[-\u2013]\s).*)?$")


def _credentialed_person(text: str) -> str | None:
    """'Ana Reyes, MA, BCBA (Mesa ABA)', 'Ana Reyes, CPO, Mesa Limb Center': the person the credentials name,
    without them and without the practice after them."""
    parts = text.split(",")
    if len(parts) < 2 or not PERSON_NAME.match(parts[0]) or not CREDENTIAL.match(parts[1]):
        return None
    if CORPORATE.match(parts[1]):
        return None  # 'Mesa Clinic, Inc.': a company's suffix, no credential
    return parts[0].strip()


# (a person with a middle initial too: 'Ana B. Reyes at Mesa Spine Center' names the person who did the work)
DOCTOR_AT = re.compile(r"^(\s*(?:(?:Dr|Dra|Doctor|Doctora)\.?\s+[A-Z][\w'\-]+(?:\s+[A-Z]\.?)?|[A-Z][a-z][\w'\-]*\s+[A-Z]\.)"
                       r"(?:\s+(?:[A-Z]|l(?=[a-z]))[\w'\-]+){1,2})\s+(?:at|of|from|with|en|de|con)\s+"
                       r"(?:the\s+|la\s+|el\s+)?[A-Z].*$")  # ('lwamoto': OCR's l, a capital I)
# '(NPI 1234567890)', '(CCN 123456)', '(PTAN 4411, TIN 12-3456789)': a number in brackets after the name is the
# provider's own identifier, not part of its name
ID_TRAILER = re.compile(r"\s*\([^()]*(?:\bNP[I!l1|](?![A-Za-z])|\d{3})[^()]*\)?\s*$")
# 'Example Emergency Physicians, Springfield, IL': the town and state after a provider's name are its address
TOWN_STATE = re.compile(r",\s*[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}(?:,\s*|\s+)(?:" + ids._STATES +
                        r")\.?\s*$")
# ('prescribed by Dr. Ana Reyes is not affected': a sentence's verb read as the name's last word)
TRAILING_LINK = re.compile(r"(?:\s+(?:at|in|on|for|of|from|to|and|with|is|was|are|were|has|had|after|before|during|since|"
                           r"when|who|which|that|en|de|con|y|es|fue|tras|antes|durante))+$",
                           re.I)


# a middle initial followed by a comma and the surname ('Ana M, Reyes'): OCR's comma for the initial's point
INITIAL_COMMA = re.compile(r"\b([A-Z][a-z]+\s+[A-Z]),(\s+[A-Z][a-z])")
REQUESTER_FACTOR = 1.06  # over a role named beside it ('Pediatric dentist:'): the request decided is this one's
ORDERING_FACTOR = 0.55  # 'Ordering physician:' asked for the care; 'Home health agency:' beside it gave it


# a sentence ends after a word of three small letters or after a credential or company suffix when a word that
# opens sentences follows ('Mesa Endodontics. The first ...', 'Ana Reyes, MD. If you ...'); 'St. Mary' and
# 'Example Co. Dental' run on
SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z][a-z]|A\s|[A-Z]{2,6}\s+[a-z]{2,})|(?<=[A-Z]{2})\.\s+(?=(?:The|A|An|If|We|You|Your|This|"
                          r"Our|It|He|She|They|Please|On|In)\b)")  # ('Mesa Medical Supply. QXP did not ...': initials open it)
# a provider's own office after its name ('Example Regional Hospital, Patient Financial Services'): the provider
BILLING_OFFICE = re.compile(r",\s+(?:Patient\s+(?:Financial\s+Services|Accounts|Business\s+(?:Office|Services))|"
                            r"Business\s+Office|Billing\s+(?:Office|Department|Services)|Central\s+Billing(?:\s+Office)?|"
                            r"Revenue\s+Cycle(?:\s+Services)?)\s*$")
# words in small letters other than a name's joining words ('Center for Pain and Spine', 'Clinica de la Mesa')
SMALL_WORD = re.compile(r"(?<![\w'\-])(?!(?:of|and|for|the|at|in|on|de|del|la|las|los|el|y|e|du|van|von|da|dos|das)\b)"
                        r"[a-z][a-z'\-]+\b")
DOCTOR_START = re.compile(r"^\s*(?:Dr|Dra|Doctor|Doctora)\b\.?\s+[A-Z]")


# OCR's '¡' or '{' for the '(' of a bracket it closes ('Example Eye Associates ¡Dr. Ana Reyes, MD)')
OPENING_BRACKET_MISREAD = re.compile(r"\s[\u00a1{](?=[^()]*\))")
# a person to call ('Ana J. Reyes', 'Ana Reyes', OCR's lower-case initial too) before a phone number
CONTACT_PERSON = re.compile(r"[A-Z][a-z'\-]+(?:\s+[A-Za-z]\.)?\s+[A-Z][a-z'\-]+")
# a dash and a lower-case word after a name: who in it did the work, or what it is ('- doula Ana Reyes')
# a person's name with a middle initial ('Ana B. Reyes'), as printed after a group's name
INITIALLED_NAME = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+\s+[A-Z]\.\s+[A-Z\u00c0-\u00de][\w'\-]+"  # ('Esm\u00e9 P. Example')
# what follows a provider's name in the same cell and is no part of it: a role in lower case ('- doula Ana Reyes'),
# the next cell's label after a printed dot ('Dr. Ana Reyes \u00b7 Provider NPI'), or the doctor or clinician of a
# group ('Mesa Surgery Center - Dr. Ana Reyes', 'Mesa Therapy - Ana B. Reyes, LCSW', 'Mesa Orthodontics, Dr. Ana
# Reyes', 'Mesa Therapy (Ana B. Reyes, LCSW)': the group billed)
DASH_THEN_ROLE = re.compile(r"\s[-\u2013\u2014]\s+(?=[a-z]|(?:Dr|Dra)\.?\s|(?:Provider|Proveedor|NPI)\b|" + INITIALLED_NAME + r")|"
                            r"\s[\u00b7\u2022]\s|(?<=[a-z]),\s+(?=(?:Dr|Dra)\.\s)|\s\((?=" + INITIALLED_NAME + r")")


# a clause after the name, set off by a comma ('Mesa Home Care, LLC, acting for you', 'Mesa Clinic, a member of'):
# an organisation's name goes on in capitals ('Mesa Clinic, Inc.'), a clause in small letters
COMMA_CLAUSE = re.compile(r",\s+(?=(?:a|an|the|acting|which|who|on|for|as|in|to|and|our|your|its|by|at|with|but)\b)"
                          r"[a-z].*$")
SERVICES_FROM = re.compile(r"^\s*(?i:(?:services?|care|supplies|items?|servicios?)\s+(?:from|by|provided\s+by|de))\s+(?=[A-Z])")


FOREIGN_FORMS = frozenset({"gmbh", "ag", "sa", "srl", "bv", "ltd", "sas", "spa"})
PLACE_FIRST_FORMS = frozenset({"hospital", "clinica", "cl\u00ednica", "centro", "farmacia", "laboratorio", "sanatorio",
                               "policlinica", "policl\u00ednica", "consultorio"})
PLACE_PART = re.compile(r"[A-Z][a-z\u00c0-\u017f.\-]+(?:\s+[A-Z][a-z\u00c0-\u017f.\-]+){0,2}")


def _without_place(text: str, ctx: Context) -> str:
    """'Mesa General Hospital, Fort Example, Ontario, Canada', 'Example Klinik GmbH, Germany': after a name that
    ends as an organisation's does, the comma's parts in plain capitalised words say where it is, not who."""
    head, _, tail = text.partition(",")
    last = head.split()[-1].strip(".").casefold() if head.split() else ""
    first = head.split()[0].strip(".").casefold() if head.split() else ""
    if not tail or (last not in set(ctx.rules.insurers.provider_name_endings) | FOREIGN_FORMS and
                    first not in PLACE_FIRST_FORMS):
        return text  # ('Hospital Example, Example City, Example State': a Spanish name opens with what it is)
    parts = [p.strip() for p in tail.split(",")]
    endings = set(ctx.rules.insurers.provider_name_endings) | FOREIGN_FORMS
    if all(PLACE_PART.fullmatch(p) and not CORPORATE.match(p) and
           not any(w.strip(".").casefold() in endings for w in p.split()) for p in parts):
        return head
    return text


# a provider's number and name in one cell, set apart by a slash or a bar ('3100000001 / Ana B. Reyes',
# 'Ana B. Reyes / 3100000001', or the ten digits of an NPI before the name): the name is the provider
NUMBER_SLASH_NAME = re.compile(r"^\s*\d{6,12}\s*[/|]\s*(?=[A-Z])|\s*[/|]\s*\d{6,12}\s*$|^\s*\d{10}\s+(?=[A-Z][a-z])")
PAYEE_CAPTION = re.compile(r"^\s*(?:paid\s+to|pay\s+to|payee|pagado\s+a|pago\s+a)\s*:\s*", re.I)
DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")
PAGE_NUMBER = re.compile(r"\s*(?:page|p[a\u00e1]gina|pg\.?)\s+\d+\s*(?:of|de|/)\s*\d+\s*", re.I)


def _org_value(text: str, ctx: Context) -> str | None:
    """A provider's name as printed, without its credentials ('Dr. Ana Reyes, MD' is Dr. Ana Reyes); never a
    label, a column header or a word of a sentence ('no', 'Member', 'Date of service')."""
    if ids.CITY_LINE.match(text) or ids.ADDRESS_START.match(text):
        return None  # an address's line ('Springfield, IL 62701', 'PO Box 100'), no one's name
    if PAGE_NUMBER.fullmatch(text):
        return None  # a footer's 'Page 1 of 1' under a provider's caption
    text = ROLE_LEAD.sub("", OPENING_BRACKET_MISREAD.sub(" (", text).split(";", 1)[0])  # ('Mesa Eye Center; surgeon
    # Ana Reyes'; 'RENDERING ANA B. REYES': the caption's word run into the name)
    text = NUMBER_SLASH_NAME.sub("", text)  # ('3100000001 / Ana B. Reyes' under 'Rendering NPI / Name')
    text = PAYEE_CAPTION.sub("", text)  # ('Claim no. 123  Paid to: Example Therapy'): who was paid for the claim
    text = _cut_at_next_label(text, ctx)  # ('Mesa Massage, LMT Claim #A1', 'Mesa Orthotics, LLC Orthotist: Ana Reyes')
    text = DASH_THEN_ROLE.split(text, 1)[0]  # 'Example Doula Collective - doula Ana Reyes, CD': the group
    phone = claims.PHONE_IN.search(text)
    name = re.sub(r"[\s,;:(-]*(?:1-)?$", "", text[:phone.start()]) if phone else ""
    if name and not CONTACT_PERSON.fullmatch(name):  # 'Example Home Medical, 1-800-555-0100': who billed, and its phone
        text = name  # (a person beside a phone, 'Specialist Ana Reyes 1-800-...', is someone to call)
    text = ctx.cut_at_label_words(text, person=False)
    text = SENTENCE_END.split(text, 1)[0]  # ('Dr. Ana Reyes. We received', 'Mesa Endodontics. The first visit')
    text = BILLING_OFFICE.sub("", COMMA_CLAUSE.sub("", text))
    text = SERVICES_FROM.sub("", text)  # 'Services from Mesa Lifestyle Coaching LLC' heading a claim
    if NOT_A_NAME_START.match(text):
        return None  # 'Dear Ana', 'Patient: Ana Reyes': a salutation or another label's value
    words = fold(text).lower().split()
    if " ".join(words).strip(" .,") in dates.MONTHS or \
            (len(words) > 1 and words[0].strip(".,") in dates.MONTHS and DAY_NUMBER.match(words[1])):
        return None  # 'you received from March. 2 through ...', 'from May 4 through June 9': a day, no one's name
    if PAPER_TITLE.search(fold(text).strip(" .:")):
        return None  # 'PROVIDER NOTICE OF ADVERSE DETERMINATION': the paper's title after its 'Provider' word
    text = INITIAL_COMMA.sub(r"\1.\2", text)  # 'Ana M, Reyes': the initial's point read as a comma
    text = DOCTOR_AT.sub(r"\1", text)  # 'Dr. Ana Reyes at Mesa Cardiology': the doctor named first
    text = _credentialed_person(text) or text
    if PERSON_FIRST.match(text):  # 'Dr. Ana Reyes, DDS, Mesa Dental': the person named is the provider
        text = re.sub(r"^(\s*Dra?),", r"\1.", text)  # 'Dr,' is OCR's 'Dr.'
        text = text.split(",", 1)[0]
    text = ID_TRAILER.sub("", text)  # 'Dr. Ana Reyes (Mesa Clinic, NPI 1234567890)': the number is the NPI's
    text = TOWN_STATE.sub("", text)
    text = STREET_AFTER.sub("", text)  # 'Example Transport, Inc., 88 Depot Street, Town': the name before its street
    text = _without_numbered_part(text, ctx)
    text = _without_place(text, ctx)
    # ('Example Pharmacy #12': a store's number, no identifier of the case; an NPI after the name is cut below)
    text = names.STORE_WORD.sub("", text)
    core = names.STORE_NUMBER.sub("", names.ORG_TRAILER_CUT.sub("", text))
    if dates.find_dates(core) or money.find_money(core) or ids.find_ids(core):
        return None
    value = names.clean_org(text)
    if value is None:
        return None
    value = CREDENTIALS.sub("", value).strip(" ,")
    value = re.sub(r"^(?:[^\w(]+|[a-z]\b\W*)+|(?:\s+[a-z]|\s+[^\w).]+)+$", "", value)  # OCR specks: 'o - X o'
    value = TRAILING_LINK.sub("", value)  # 'saw Dr. Ana Reyes at Mesa Clinic' read up to 'at'
    return None if _no_name(value, ctx) else value


# a part after a comma holding a number ('Example Physio Centre, Ulica Lipova 14, Town', 'Example Ambulance, Medic
# Unit 31'): an address written number last, or a unit of the provider, no part of its name
NUMBERED_PART = re.compile(r",\s+(?!(?:LLC|L\.L\.C\.|Inc|PC|P\.C\.|PLLC|LLP|Ltd)\b)(?=[^,]*\d)[^,]*(?:,.*)?$")


def _without_numbered_part(text: str, ctx: Context) -> str:
    """A care provider's name without what its comma sets after it that holds a number."""
    m = NUMBERED_PART.search(text)
    if m is None or re.search(r"\d", text[:m.start()]) or not care_org_name(text[:m.start()], ctx.rules):
        return text
    return text[:m.start()]


def _no_name(value: str, ctx: Context) -> bool:
    """The words left are no one's name: too short, all label words, a table's header row, a sentence's words,
    a service line, a remittance's section heading."""
    words = value.split()
    if len(value) < 4 or not value[:1].isupper() or all(ctx.lex.word_classes(w) is not None for w in words):
        return True
    if len(words) == 1:
        return True  # 'Practice', 'Proc', 'Audiogram': a caption or a column's head; a name has two words or more
    said = [w for w in words if ctx.lex.word_classes(w) != frozenset({CONNECTOR})]  # ('de', 'of' say nothing)
    if len(said) >= 4 and sum(ctx.lex.word_classes(w) is None for w in said) <= 1:
        return True  # 'Date of service Patient CPT Line': a table's header row, its one odd word a caption too
    not_name = set(ctx.rules.names.not_name)
    if all(w.lower().strip(".,:;") in not_name for w in words):
        return True  # 'THIS IS (NOT A BILL)': words of a sentence, no one's name
    if len(SMALL_WORD.findall(value)) >= 2:
        return True  # 'Example Vision complies with Federal civil rights laws': a sentence, no one's name
    if LOWER_LAST_WORD.search(value) and _named_words(words[:-1], not_name) <= 1:
        return True  # 'Emergency room', 'N7 This provider': a service line's or a note's words, no name (OCR's
        # 'Example Valley imaging', 'Example Orthopaedic A ssociates' keep their capitalised words)
    if value.isupper() and CLAIMS_HEADING.match(value):
        return True  # 'CLAIMS ADJUDICATED THIS CYCLE', 'DENIED CLAIM DETAIL': a remittance's section heading
    return False


LOWER_LAST_WORD = re.compile(r"(?<!\s[A-Z])\s(?!(?:de|del|la|los|las|y)$)(?!l[b-df-hj-np-tv-xz])[a-z]{3,}$")  # ('lwamoto':
# OCR's I; 'Y arrowby': a word OCR split after its capital)


def _named_words(words: list[str], not_name: set[str]) -> int:
    """How many words are a name's: capitalised, no figure in them, no initial or split-off capital, not a word
    of a sentence ('This', 'Your')."""
    return sum(1 for w in words if w[:1].isupper() and len(w.strip(".,")) > 1 and not re.search(r"\d", w)
               and w.lower().strip(".,:;") not in not_name)
CLAIMS_HEADING = re.compile(r"^(?:CLAIMS?|DENIED|PAID|ADJUSTED|PENDING|REJECTED)\b")


# a label's word then the mark of a number ('Claim #', 'Account No.', 'Member ID'): the next cell's label, glued on
NUMBER_MARK = re.compile(r"#\S*|(?:no|nos|num|number|numbers|id|ids)\b\.?:?", re.I)
ID_LABEL_CLASSES = frozenset({"claim", "case", "account", "patient", "group", "plan", "npi", "holder"})


def _cut_at_next_label(text: str, ctx: Context) -> str:
    """The row's next label glued on after a provider's name: label words ending in a colon ('... Date claim
    received:', 'NPI del suplidor:'), a word after a company's suffix ('Mesa Orthotics, LLC Orthotist:') or a
    label's word before a number's mark ('Claim #', 'Account No.'). A name's own words never end in a colon."""
    words = text.split()
    for i in range(1, len(words)):
        if words[i].endswith(":") and (start := _label_start(words, i, ctx)) is not None:
            return " ".join(words[:start])
        if i + 1 < len(words) and NUMBER_MARK.fullmatch(words[i + 1]) and \
                ctx.lex.classes_of(fold(words[i]).strip(".,:")) & ID_LABEL_CLASSES:
            return " ".join(words[:i])
    return text


def _label_start(words: list[str], colon: int, ctx: Context) -> int | None:
    """Where the label ending at words[colon] begins: the nearest capitalised word of up to three label words,
    or up to four words after a name's hard end ('Mesa DME, Inc. Ordenado por:', '(Ana Reyes, LMFT) Also
    present at sessions:', 'Mesa AAC + Evaluating SLP:')."""
    for start in range(colon, max(0, colon - 3), -1):
        run = words[start:colon + 1]
        if not all(ctx.lex.word_classes(w.strip(":")) is not None for w in run):
            break
        if run[0][:1].isupper():
            return start
    for start in range(colon, max(0, colon - 4), -1):  # a name's hard end, then a short label
        if start >= 2 and words[start][:1].isupper() and _name_ends(words[start - 1]):
            return start
    return None


def _name_ends(word: str) -> bool:
    """A company's suffix ('LLC', 'Inc.'), a closing bracket or a separator ('+', '|', '\u2022') ends a name."""
    return bool(CORPORATE.fullmatch(word.strip(",")) or word.endswith(")") or word in ("+", "|", "\u2022", "\u00b7"))


def provider(ctx: Context, insurer: str | None = None) -> Candidate | None:
    """Who gave the care; an organisation's name printed short (a table's cell) as the document prints it in
    full elsewhere; OCR's lone '\u20ac' for an '&' read back ('Example Foot \u20ac Ankle')."""
    got = _provider_in_full(ctx, insurer)
    if got is not None and LONE_EURO.search(got.value):
        got = replace(got, value=LONE_EURO.sub("&", got.value))
    if got is not None and PERSON_START.match(got.value) and POSSESSIVE_END.search(got.value):
        got = replace(got, value=POSSESSIVE_END.sub("", got.value))  # ("Dr. Ana Reyes's office asked us", the
        # office read with the name: the doctor's)
    elif got is not None and POSSESSIVE_PAPER.search(got.value):
        got = replace(got, value=POSSESSIVE_PAPER.sub("", got.value))  # ("not to pay Example Hospital's claim")
    if got is not None and (kept := _without_person_after(got.value, ctx)) != got.value:
        log.debug("field provider: the person read on after the organisation's name dropped")
        got = replace(got, value=kept, rule=got.rule + " + cut before a person")
    if got is not None and (kept := _to_place_ending(got.value, ctx)) != got.value:
        log.debug("field provider: the words read on after the name's last place word dropped")
        got = replace(got, value=kept, rule=got.rule + " + cut at its place word")
    return got


# a place's own last word: what follows it on the line is the sentence's or the next caption's, not the name's
PLACE_ENDINGS = frozenset({"clinic", "center", "centre", "hospital", "institute", "pharmacy", "laboratory", "hospice",
                           "pavilion", "clinica", "farmacia", "laboratorio"})
NAME_LINKS = frozenset({"of", "for", "and", "at", "the", "de", "del", "la", "las", "los", "y", "e", "du"})  # (never
# 'in' or 'on': 'Example Hospital in Example City' names its town after its name)


PERSON_AT_END = re.compile(r"\s*[,/.|\u2013\u2014-]?\s+(?:Dr\.?\s+)?" + INITIALLED_NAME + r"$")


def _without_person_after(value: str, ctx: Context) -> str:
    """'Example Hematology & Oncology Ana B. Reyes': an organisation's name (a business's word in it) with the
    next cell's person read on; the organisation gave the care, the person is named beside it."""
    m = PERSON_AT_END.search(value)
    if m is None or m.start() == 0:
        return value
    head = value[:m.start()].rstrip(" ,/.|-")
    return head if len(head.split()) >= 2 and business_words(head, ctx.rules) else value


def _to_place_ending(value: str, ctx: Context) -> str:
    """'Example Cancer Institute shows', 'Example Valley Hospital Requested': a place's name ends at its place
    word when a sentence's lower-case word follows it ('Center of Excellence' keeps its link), or one caption
    word alone ('Service', 'Appointment') that names no place or firm ('Center Pharmacy', 'Laboratory
    Services' stay whole)."""
    words = value.split()
    k = max((i for i, w in enumerate(words) if w.strip(".,").casefold() in PLACE_ENDINGS), default=None)
    if k is None or k == 0 or k == len(words) - 1:
        return value
    nxt = words[k + 1]
    if nxt.isalpha() and nxt.islower() and (len(nxt) >= 3 or nxt in ("in", "on")) and nxt not in NAME_LINKS:
        return " ".join(words[:k + 1])
    continues = set(ctx.rules.insurers.provider_name_endings) - {"service"}
    if len(words) == k + 2 and nxt[:1].isupper() and nxt.strip(".,").casefold() not in continues and \
            ctx.lex.word_classes(nxt.strip(".,")) not in (None, frozenset({CONNECTOR})):
        return " ".join(words[:k + 1])
    return value


LONE_EURO = re.compile(r"(?<=\s)[\u20ac\u00a3\u00a2](?=\s)")
POSSESSIVE_END = re.compile(r"(?<=[a-z])['\u2019]s(?:\s+(?:office|practice|clinic|team|staff))?$")
POSSESSIVE_PAPER = re.compile(r"(?<=[a-z])['\u2019]s\s+(?:claims?|bills?|charges?)$")  # an organisation's paper read on
TRUNCATED_END = re.compile(r"\s*(?:\.{2,}|\u2026)$")


NAME_ENDS_AT = re.compile(r"[:;(]|,\s(?!(?:LLC|L\.L\.C\.|Inc\.?|PC|P\.C\.|PLLC|LLP|Ltd\.?)\b)")


def _to_company_suffix(text: str) -> str:
    """'Example Orthotics, LLC, orthotist Ana Reyes': a company's name ends at its suffix."""
    words = text.split()
    k = next((i for i, w in enumerate(words) if CORPORATE.fullmatch(w.strip(","))), None)
    return " ".join(words[:k + 1]).rstrip(",") if k is not None else text


def _untruncated(value: str, ctx: Context) -> str | None:
    """'Example Orthotics & P...': a table cell cut the name short; the name printed whole elsewhere (a footnote,
    the letter's text) is the provider's."""
    if not TRUNCATED_END.search(value):
        return None
    stem = LONE_EURO.sub("&", TRUNCATED_END.sub("", value))
    if len(stem) < 6:
        return None
    for text in LONE_EURO.sub("&", ctx.cell_texts).split("\n"):
        k = text.lower().find(stem.lower())
        if k < 0 or TRUNCATED_END.match(text[k + len(stem):]):
            continue
        rest = NAME_ENDS_AT.split(text[k:], maxsplit=1)[0]  # ('... Prosthetics: custom orthoses (L1970)')
        whole = _org_value(_to_company_suffix(rest), ctx)
        if whole and len(whole) > len(stem) and whole.lower().startswith(stem.lower()):
            return whole
    return None


def _provider_in_full(ctx: Context, insurer: str | None = None) -> Candidate | None:
    got = _provider(ctx, insurer)
    if got is None or PERSON_START.match(got.value):
        return got
    whole = _untruncated(got.value, ctx)
    if whole is not None:
        log.debug("field provider: a name cut short completed from its whole printing")
        return replace(got, value=whole, rule=got.rule + " + printed whole elsewhere")
    if (whole := begun_on_line_above(got.value, ctx.dtext.text, ctx.rules)) is not None:
        log.debug("field provider: a name opened at the end of the line above")
        return replace(got, value=whole, rule=got.rule + " + opened on the line above")
    full = said_in_full(got.value, ctx.cell_texts, ctx.rules, ctx.rules.insurers.provider_name_endings,
                        ctx.rules.insurers.provider_field_words)
    if full is None:
        return got
    log.debug("field provider: completed from its fuller printing")
    return replace(got, value=full, rule=got.rule + " + named in full in the text")


def _provider(ctx: Context, insurer: str | None = None) -> Candidate | None:
    labelled = _labelled_providers(ctx, ctx.pairs_for("provider", claim_only=True))
    cands = list(labelled)
    cands += ctx.prose_candidates("provider", lambda t: _org_value(t, ctx))
    cands += claim_header_providers(ctx, lambda t: _org_value(t, ctx))
    cands += claim_heading_providers(ctx, lambda t: _org_value(t, ctx))
    if best(cands) is None and ctx.focus is not None:  # the denied claim names none: the paper's 'Provider:' line
        pairs = ctx.pairs_for("provider")  # (or a caption's one value under it: a remittance's 'Payee' box)
        alone = {id(p.label) for p in pairs if p.how == "column" and sum(q.label is p.label for q in pairs) == 1}
        cands = _labelled_providers(ctx, [p for p in pairs if p.how != "column" or id(p.label) in alone])
    insurer = fold(insurer or "")
    issuer_own = labelled if _institution_issuer(insurer, ctx.rules) else []  # 'Qualified hospital: <issuer>'
    named = [c for c in labelled if "named_provider" in c.features and not _payer_named(c.value, ctx.rules)]
    # ('Provider: <the notice's own issuer>', a home health agency's; never a payer's name under it)
    cands = _not_insurer(cands, insurer, ctx.rules, keep=issuer_own + named)  # (a supplier's letter: it issued it)
    marks = {"gave_care", "claim_heading", "claim_header", "named_provider", "asked"}
    ordered = {id(c) for c in cands if c.features.keys() & {"ordering", "prescriber"}}
    if not any(c.features.keys() & marks for c in cands):
        for c in cands:
            c.features.pop("ordering", None)  # no agency or facility named beside: who asked for the care is it
    if any("gave_care" in c.features for c in labelled):
        for c in cands:  # 'Supplier: X' beside 'Prescribing physician: Y': the supplier gave what was prescribed
            if "prescriber" in c.features and "gave_care" not in c.features:
                c.features["ordering"] = ORDERING_FACTOR
    got = best(cands)
    if got is None or PERSON_START.match(got.value) or not business_words(got.value, ctx.rules):
        to_org = next(iter(_not_insurer(addressee_care_org(ctx, lambda t: _org_value(t, ctx)), insurer, ctx.rules)), None)
        got = to_org or got  # a letter to a hospital, a lab, a pharmacy: its claim; the people it names work there
    billed = ctx.provider_bill and got is not None and id(got) in ordered  # (a bill names the doctor who ordered)
    own = None
    if billed:
        own = bill_letterhead(ctx) or provider_letterhead(ctx)
    elif got is None:
        own = provider_letterhead(ctx) or (bill_letterhead(ctx) if ctx.provider_bill else None)
    if own is not None:
        return own  # a provider's own paper (a statement, an invoice): its letterhead, whoever the insurer is
    to_plan = False
    if got is None:  # a notice addressed to the provider's office
        addressed = addressed_provider(ctx, lambda t: _org_value(t, ctx))
        if addressed is not None and PLAN_OR_INSURER.search(addressed.value):
            addressed, to_plan = None, True  # 'To: Example Health Plan, Appeals Unit': a doctor's letter to the plan
        got = next(iter(_not_insurer([addressed] if addressed else [], insurer, ctx.rules)), None)
    got = got or signing_doctor(ctx)  # (the writer of a letter to the plan, before the colleagues it names)
    staff = got is None and letter_to_payer(ctx)
    if staff or (got is None and to_plan):
        return _letter_sender(ctx, insurer, staff)
    got = got or copied_provider(ctx, insurer)
    got = got or best(_not_insurer(doctors_named(ctx, lambda t: _org_value(t, ctx)), insurer, ctx.rules))
    got = got or copied_provider(ctx, insurer, doctors=True)  # (a doctor copied, where the letter names none)
    if got is None:
        return _care_letterhead(ctx, insurer) or care_org_in_sentences(
            ctx, lambda t: _org_value(t, ctx), lambda cs: _not_insurer(cs, insurer, ctx.rules))
    if got and insurer and _same_org(fold(got.value), insurer) and got not in issuer_own + named:
        return None  # (a 'Provider:' label names the provider even on the provider's own notice, its issuer)
    return got


# a copy's recipient at a letter's foot ('cc: Example Internal Medicine', 'cc; Example Hospital', 'Copia a: ...'),
# the parties it lists set apart by semicolons
COPY_LINE = re.compile(r"^\s*(?:cc|c\.c\.|copy\s+to|copies\s+to|copia(?:\s+a|\s+para)?)\s*[:;.]\s*(?P<rest>\S.*)$", re.I)
# a doctor on the copy line, by the credential after the name or the title before it
CREDENTIALED_COPY = re.compile(r"^\s*(?:Dr|Dra)\.?\s+[A-Z]|,\s*(?:M\.?D|D\.?O|DPM|DC|NP|PA-C|DDS|DMD|OD|PhD|PsyD|LCSW|DPT|PT)\.?\s*$")


@lru_cache(maxsize=8)
def _copy_line_words(party_words: tuple[str, ...], office_words: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """rules/names.yaml's copied_party_words and provider_office_words as patterns: a party that handles claims,
    reviews or the law for someone ('Example Claims Services, Inc.'), and a provider's office after its name
    (', Business Office')."""
    party = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in party_words) + r")\b", re.I)
    office = re.compile(r",\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in office_words) + r")\b.*$",
                        re.I)
    return party, office


def copied_provider(ctx: Context, insurer: str, doctors: bool = False) -> Candidate | None:
    """Where nothing else names who gave the care, the care provider a member's letter was copied to: a clinic's,
    hospital's or practice's name on its 'cc:' line, never the plan, an agency or a representative there; with
    `doctors`, a credentialed doctor there (asked for after the doctors the letter names; a doctor listed first
    keeps the line from naming the company after it)."""
    for line in reversed(ctx.ix.lines):
        m = COPY_LINE.match(line.text)
        if m is None:
            continue
        administrator, office_after = _copy_line_words(tuple(ctx.rules.names.copied_party_words),
                                                       tuple(ctx.rules.names.provider_office_words))
        for part in m.group("rest").split(";"):
            if CREDENTIALED_COPY.search(part):  # ('cc: Ana B. Reyes, MD; Example Monitoring, LLC': the doctor,
                value = _org_value(part.strip(), ctx) if doctors else None  # asked for after the doctors named)
                if value:
                    return ctx.from_line(line, "provider", value, "layout: the doctor a copy went to", "heuristic")
                break
            value = _org_value(office_after.sub("", part.strip()), ctx)
            if value and care_org_name(value, ctx.rules) and not _payer_named(value, ctx.rules) and \
                    not administrator.search(value) and \
                    not (insurer and _same_org(fold(value), insurer)):
                return ctx.from_line(line, "provider", value, "layout: the care provider a copy went to", "heuristic")
    return None


def _care_letterhead(ctx: Context, insurer: str) -> Candidate | None:
    """Where nothing on the paper names who gave the care, a letterhead that is a care provider's name ('Example
    Home Medical Supply', 'Example Community Hospital') with no payer's word in it: a provider's letter or printout
    the member was sent, whatever its title says. Taken for the issuer too, it must hold a word only a care
    provider's name holds (insurers.yaml care_only_words): 'Example Health Connect' heads an exchange's notice."""
    got = provider_letterhead(ctx, any_paper=True) or bill_letterhead(ctx)
    if got is None or not care_org_name(got.value, ctx.rules) or _payer_named(got.value, ctx.rules):
        return None
    names = ctx.rules.names
    administrator = payer_words_pattern(tuple(names.copied_party_words + names.non_care_org_words))
    if administrator and administrator.search(fold(got.value).lower()):
        return None  # ('Example Program Service Center' heading an agency's notice)
    if insurer and _same_org(fold(got.value), insurer) and not _care_only(got.value, ctx.rules):
        return None
    return replace(got, rule=got.rule + " (a care provider's letterhead, nothing else naming one)")


def _care_only(name: str, rules) -> bool:
    """A word of the name only a care provider's name holds (insurers.yaml care_only_words)."""
    return any(w.strip(".,'&()").casefold() in rules.insurers.care_only_words for w in name.split())


def _letter_sender(ctx: Context, insurer: str, staff: bool) -> Candidate | None:
    """Who wrote a letter to the plan: written to the plan's staff ('Dear Medical Director:', 'To the appeals
    unit:'), the letterhead it wrote on; addressed to the plan by name only, a doctor it names, else its letterhead."""
    sender = provider_letterhead(ctx, any_paper=True)
    if staff and sender is not None:
        return sender
    return best(_not_insurer(doctors_named(ctx, lambda t: _org_value(t, ctx)), insurer, ctx.rules)) or sender


# a paper's title that opens with the provider's word ('PROVIDER NOTICE - CLAIM DENIED', 'Provider remittance'):
# the paper is for providers, and what follows names no one
PAPER_FOR_PROVIDERS = re.compile(r"\bprovider'?s?\s+(?:notice|letter|statement|remittance|copy|bulletin|newsletter|"
                                 r"portal|services|relations|appeals?|disputes?|network|enrollment|claims)\b", re.I)
# (and a payer's office for providers: 'Provider Appeals' over the plan's name in the address a letter is sent to)


def _labelled_providers(ctx: Context, pairs) -> list:
    out = []
    for pair in pairs:
        words = pair.label.cell.words[pair.label.start:pair.label.end + 1]  # the label and the word after it
        if PAPER_FOR_PROVIDERS.search(" ".join(w.text for w in words)):
            continue
        value = _org_value(_hyphen_wrapped(ctx, pair.value), ctx)
        if value:
            out.append(ctx.from_pair(pair, "provider", value, _role_features(pair, ctx)))
    return out


def _hyphen_wrapped(ctx: Context, cell) -> str:
    """'Example Neuro-' over 'developmental Clinic' in its column: a name broken at the line's end with a
    hyphen goes on in the cell under it (a word in small letters there is the broken word's end)."""
    from intake.extract.kv_columns import column

    text = cell.text.rstrip()
    if not re.search(r"[A-Za-z]-$", text):
        return cell.text
    below = column(ctx.ix, cell, max_rows=2, sidebar=True)
    if below and below[0].text[:1].islower():
        return text[:-1] + below[0].text.strip()
    return cell.text


def _role_features(pair, ctx: Context) -> dict[str, float]:
    """'Certifying physician:' asked for the care (weighed down where someone who gave it is named too);
    'Home health agency:', 'Facility:', 'Laboratory:', 'Supplier:' gave it (a mark, no weight)."""
    before = pair.label.cell.words[max(0, pair.label.start - 2):pair.label.end]  # the role word before 'physician'
    feats = {}
    if set(ctx.rules.names.orderer_words) & {w.text.lower().strip(".:") for w in before}:
        feats["ordering"] = ORDERING_FACTOR
    if set(ctx.rules.names.prescriber_words) & {w.text.lower().strip(".:") for w in before}:
        feats["prescriber"] = 1.0  # 'Prescriber:', 'Referred by:' asked for the care (a mark, no weight)
    said = {fold(w.text).strip(".:()") for w in pair.label.cell.words[pair.label.start:pair.label.end]}
    if pair.label.classes & {"place", "lab", "supplies"} or said & set(ctx.rules.names.giver_words):
        feats["gave_care"] = 1.0
    if {"request", "by_agent"} <= pair.label.classes:
        feats["asked"] = 1.0  # 'Requested by:' names who asked for the care (a mark, no weight)
    if "provider_word" in pair.label.classes:
        feats["named_provider"] = 1.0  # 'Provider:', a 'PROVIDER' column: the field's own name (a mark, no weight)
    if said & set(ctx.rules.names.requester_words):
        feats["requester"] = REQUESTER_FACTOR  # 'Facility (requesting):' asked for what was decided
    return feats


def _not_insurer(cands: list[Candidate], insurer: str, rules=None, keep=()) -> list[Candidate]:
    """'Coverage is provided by <the insurer>': who pays is not who gave the care; nor is a name only a payer
    bears ('... Casualty Insurance Company', insurers.yaml payer_only). `keep`: candidates that stay even so."""
    payer = _payer_only(tuple(rules.insurers.payer_only)) if rules is not None else ()
    return [c for c in cands if c in keep or ((not insurer or not _same_org(fold(c.value), insurer))
                                              and not any(p.search(fold(c.value)) for p in payer))]


def _payer_named(value: str, rules) -> bool:
    """A name with a payer's word in it ('Example Mutual Health Plan'): a payer's, whatever label stands before it."""
    payer = payer_words_pattern(tuple(rules.insurers.payer_words))
    return bool(payer and payer.search(fold(value)))


def _institution_issuer(insurer: str, rules) -> bool:
    """A hospital or clinic issued the paper and no payer's word is in its name ('X General Hospital', not
    'X Hospital Health Plan'): its own notice, so a provider label naming it names the provider (a hospital's
    presumptive eligibility or financial assistance decision)."""
    from intake.extract.insurer import _institution

    if not insurer or not _institution(insurer, rules):
        return False
    payer = payer_words_pattern(tuple(rules.insurers.payer_words))
    return not (payer and payer.search(insurer))


@lru_cache(maxsize=8)
def payer_words_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """insurers.yaml payer_words as one pattern, compiled once per rule set."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b") if words else None


@lru_cache(maxsize=8)
def _payer_only(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Compiled once per rule set, not per document."""
    return tuple(re.compile(p, re.I) for p in patterns)


def _same_org(a: str, b: str) -> bool:
    """'Example Mutual Health Insurance Company' and 'Example Mutual': one name holds the other."""
    a, b = re.sub(r"[^a-z0-9 ]", "", a).strip(), re.sub(r"[^a-z0-9 ]", "", b).strip()
    return len(min(a, b, key=len)) >= 6 and (a in b or b in a)


# the line under an addressee that marks it a provider's office: 'Attn: Billing Office', 'NPI 1234567890'
PROVIDER_ADDRESSEE = re.compile(r"^(?:attn\b|attention\b|npi\b|provider\s+(?:id|no|number)\b|tax\s+id\b|tin\b|"
                                r"(?:patient\s+(?:financial\s+services|accounts)|billing\s+(?:office|department)|"
                                r"business\s+office)\s*$)", re.I)  # (or its billing office's line)


# a notice's addressee line ('To: Billing Office, Mesa Therapy Group', 'Para: Mesa Home Health'), the office before
# the organisation dropped
ADDRESSEE_LINE = re.compile(r"^\s*(?:to|para|attn|attention|atencion)\s*[:;]\s*(?:(?:[a-z]+\s+){0,2}(?:office|department|dept\.?|"
                            r"team|manager|oficina|departamento)\s*,\s*)?(?P<org>.+?)(?:\s+[-\u2013]\s+.*)?$", re.I)  # (' - Patient
# Financial Services' after it: the office within it)
# words a care provider's name carries ('... Pediatric Therapy', '... Eye Institute', '... Rehab & Sports PT')
CARE_ORG = re.compile(r"\b(?:therapy|rehab\w*|clinic|clinica|medical|medicine|pediatric\w*|associates|practice|group|pt|"
                      r"dental|orthodontic\w*|eye|institute|services|center|centre|centro|hospital|health|home|care|"
                      r"laborator\w+|lab|imaging|pharmacy|farmacia|surgery|surgical|orthopa?edic\w*|hospice|agency)\b", re.I)


# an office or a role within an organisation ('Attn: Medical Director', 'Utilization Review Unit', 'Clinical
# Pharmacy Review'), never one itself
ROLE_ONLY = re.compile(r"^(?:[a-z&]+\s+){0,3}(?:director|reviewer|officer|manager|coordinator|committee|unit|"
                       r"department|dept\.?|desk|review|team)$", re.I)


def _addressee_line(ctx: Context, lines, parse) -> Candidate | None:
    """A provider's office named on the notice's 'To:' line: an organisation whose name says it gives care."""
    for ln in lines:
        m = ADDRESSEE_LINE.match(ln.text)
        org = m.group("org").strip() if m else ""
        if re.search(r"\d", org) and not re.search(r"\batt(?:e)?n", org, re.I):
            org = org.split(",")[0]  # ('To: Mesa Air Medical, Medical Records, 900 Example Row, ...': its street)
        if org and CARE_ORG.search(org) and not re.search(r"\d", org) and not ROLE_ONLY.match(org) and \
                not ROLE_ONLY.match(org.split(",")[0]):  # ('Attn: Medical Director, Appeals': an office)
            value = parse(org)
            if value and CARE_ORG.search(value):
                return ctx.from_line(ln, "provider", value, "layout: the provider's office on the 'To:' line",
                                     "heuristic")
    return None


# a payer's or a program's own office in a block of the letterhead ('Medical Assistance Section', 'Beneficiary Call
# Center', 'Example Dental Program - Explanation of Benefits'): no provider written to
PAYERS_OWN = re.compile(PLAN_OR_INSURER.pattern + "|" + PAYER_OFFICE.pattern + r"|\b(?:section|unit|division|bureau|"
                        r"call\s+center|programa|explanation|explicaci\S*n|managed|beneficiary|member|claims?|eligibility|enrollment|"
                        r"reviews?|authorizations?|determinations?|billing)\b", re.I)


def addressee_care_org(ctx: Context, parse) -> list[Candidate]:
    """The first page's address block, below the letterhead, when its name is an organisation that gives care
    ('Example Surgery Center' over 'Patient Financial Services' or 'Attn: ...' over a street or box over a town
    line): the notice is written to the provider about its claim. At most one."""
    if not ctx.doc.pages:
        return []
    page = ctx.doc.pages[0]
    lines = [ln for ln in page.lines if 0.08 * page.height < ln.bbox[1] < 0.4 * page.height]
    for i, a in enumerate(lines):
        block = [cells_text(ln) for ln in lines[i + 1:i + 8] if abs(ln.bbox[0] - a.bbox[0]) <= 0.03 * page.width][:5]
        if not org_address_below(block) or re.search(r"\d", cells_text(a)) or _inside_a_block(page, a):
            continue
        value = parse(cells_text(a))
        if value and CARE_ORG.search(value) and business_words(value, ctx.rules) and not PERSON_START.match(value) \
                and not ROLE_ONLY.match(value) and not re.search(r"\d", value) and not PAYERS_OWN.search(value):
            return [ctx.from_line(a, "provider", value, "layout: a care organisation the notice is addressed to",
                                  "heuristic", {"addressee": 0.9})]
    return []


def _inside_a_block(page, a) -> bool:
    """The line under another of the same block (a doctor's name over the practice, a letterhead's plan over its
    office): the block's first line names whom it is written to, the lines under it where."""
    i = next(k for k, ln in enumerate(page.lines) if ln is a)
    above = [ln for ln in page.lines[max(0, i - 3):i] if abs(ln.bbox[0] - a.bbox[0]) <= 0.03 * page.width]
    if not above or a.bbox[1] - above[-1].bbox[3] >= 1.5 * max(a.height, 1):
        return False
    return not re.search(r"[\d:]", cells_text(above[-1]))  # (a date or a caption over it starts no block)


def addressed_provider(ctx: Context, parse) -> Candidate | None:
    """A notice to the provider (a claim denied for late filing, a payment dispute): the organisation it is
    addressed to, marked by the 'Attn:' or 'NPI' line under its name in the top of the first page, or named on
    its 'To:' line."""
    if not ctx.doc.pages:
        return None
    page = ctx.doc.pages[0]
    lines = [ln for ln in page.lines if ln.bbox[1] < 0.3 * page.height]  # the address block, above the facts
    if (on_to_line := _addressee_line(ctx, lines, parse)) is not None:
        return on_to_line
    for k in range(1, len(lines)):
        if not PROVIDER_ADDRESSEE.match(lines[k].text.strip()) or PROVIDER_ADDRESSEE.match(lines[k - 1].text.strip()):
            continue
        if ":" in lines[k - 1].text or ctx.lex.word_classes(lines[k - 1].words[0].text):
            continue  # 'Facility: ...', 'Office Mesa Smiles' over its NPI: a labelled fact, no addressee
        value = parse(lines[k - 1].text)
        if value and not re.search(r"\d", value):
            return ctx.from_line(lines[k - 1], "provider", value, "layout: addressee over 'Attn:' or 'NPI'", "heuristic")
    return None


PAYER_LABEL = re.compile(r"(?:(?:primary|secondary|tertiary|other|your)\s+)?(?:insurance|insurer|payer|coverage|carrier|"
                         r"seguro|aseguradora)", re.I)


def provider_letterhead(ctx: Context, any_paper: bool = False) -> Candidate | None:
    """A provider's own paper (a patient statement, an ABN, a NOMNC) is headed by the provider's name: the
    letterhead's organisation, found as the issuer is, when the page's top half says what paper it is (a
    hearing decision that mentions an ABN in its findings is no ABN)."""
    from intake.extract.insurer import find_insurer

    if not (ctx.provider_paper or any_paper) or not ctx.doc.pages:  # (no paper without a first page)
        return None
    page = ctx.doc.pages[0]
    first = page.lines[0] if page.lines else None
    if first is not None and first.bbox[1] < 0.12 * page.height:
        from intake.extract.people import TITLED

        m = TITLED.match(cells_text(first).strip())
        if m:  # 'Dr. Ana Reyes' heading her own statement: a person, whom the issuer finder passes over
            return ctx.from_line(first, "provider", m.group(0).strip(), "insurers.provider_letterhead",
                                  "heuristic")
    got = find_insurer(page, ctx.rules)
    if got is None or got.evidence.bbox is None or got.evidence.bbox[1] > 0.25 * page.height:
        return None
    line = next((ln for ln in page.lines if got.evidence.text in ln.text), page.lines[0])
    before = line.text.partition(got.evidence.text)[0].split() if got.evidence.text in line.text else []
    if any(ctx.lex.word_classes(w.strip(":")) or (w.isalpha() and len(w) >= 4) for w in before if w.strip("|:-")):
        return None  # 'Insurer Example Mutual Health' on a statement's facts: the payer it names (a logo's specks
        # before a letterhead, 'CE', are no words)
    if PAYER_LABEL.fullmatch(got.value.strip()):
        return None  # 'Primary insurance' over the payer's name: a label, read where OCR lost the letterhead
    if _payer_named(got.value, ctx.rules):
        return None  # 'Example Senior Advantage (HMO)' heading a NOMNC the facility hands out: the plan's paper
    return ctx.from_line(line, "provider", got.value, "insurers.provider_letterhead", "heuristic")


def bill_letterhead(ctx: Context) -> Candidate | None:
    """A provider's own bill is headed by the provider's name: its first line, an organisation that gives care
    ('Example Milk Bank', 'Example Heart Associates'), never the payer the bill names further down."""
    page = ctx.doc.pages[0]
    top = [ln for ln in page.lines[:3] if ln.words and ln.bbox[1] <= 0.12 * page.height]
    for k, ln in enumerate(top):
        text = HEADING_PARTS.split(_without_title_cell(ln))[0]  # 'Example Medical Center | Patient Financial ...'
        value = None if PART_OF.match(text) else _org_value(text, ctx)
        if value and care_org_name(value, ctx.rules):
            brand = top[k - 1].text.strip() if k else ""
            if BRAND_WORD.fullmatch(brand) and not fold(value).startswith(fold(brand)):
                value = f"{brand.title()} {value}"  # 'PILLARBROOK' in large type over 'Home Delivery Pharmacy'
            return ctx.from_line(ln, "provider", value, "insurers.provider_letterhead (a bill's heading)", "heuristic")
    return None


def care_org_name(name: str, rules) -> bool:
    """A care provider's name: a word care is given under ('Clinic', 'Institute', 'Hospital') or a provider's name
    ending ('... Milk Bank', '... Laboratories')."""
    words = name.split()
    return bool(CARE_ORG.search(name)) or bool(words) and \
        words[-1].strip(".,").casefold() in rules.insurers.provider_name_endings


def _without_title_cell(ln) -> str:
    """'Example Community Hospital      ITEMIZED STATEMENT': the letterhead's own cell, without the paper's title
    in capitals set apart at the right of the line."""
    from intake.layout import cells

    row = [" ".join(w.text for w in c) for c in cells(ln)]
    if len(row) >= 2 and row[-1].isupper() and len(row[-1].split()) <= 3 and not row[0].isupper():
        return " ".join(row[:-1])
    return ln.text


# a heading's parts set apart by bars or dots; a parent system named over the hospital ('Member of Example Health');
# a brand's one word in large type over the rest of the name
HEADING_PARTS = re.compile(r"\s+[|\u00b7\u2022]\s+")
PART_OF = re.compile(r"^\s*(?:an?\s+)?(?:member|part|affiliate|subsidiary|division)\s+of\b", re.I)
BRAND_WORD = re.compile(r"[A-Z][A-Z'\-]{3,}")
