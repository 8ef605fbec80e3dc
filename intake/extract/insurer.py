"""The insurer is the organisation that issued the notice: its letterhead, return address or signature block.

Lines near the top of the first page and in the signature block are candidates; a line that is a
sentence, a label row, an address, a form or OMB line, or a person's name is not an organisation.
"""

from __future__ import annotations

import logging
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from intake.extract.fullnames import said_in_full
from intake.extract.text import fold, join_split_capitals, rx
from intake.model import Evidence, FieldValue, Line, PageText, Word

if TYPE_CHECKING:
    from intake.rule_models import RuleSet

log = logging.getLogger(__name__)
SIGN_OFF = re.compile(r"^(?:sincerely|respectfully|regards|cordially|atentamente|cordialmente|saludos)\b")
NOT_ORG = re.compile(r"\bomb\b|\bform\b|\bcms-\d|\bpage\s+\d|\bpagina\s+\d|^\W*\d|\bnpi\b|\bid\b\s*[:#]")
PERSON = re.compile(r"^(?:dr\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'\-]+(?:,?\s+(?:MD|DO|RN|PhD|M\.D\.))?$")
# 'JANE Q. DOE', 'Ana M, Reyes': a first name, an initial, a last name (an addressee, a signer)
INITIALLED = re.compile(r"(?:^|\s)[A-Z][A-Za-z'\-]+\s+[A-Z][.,]?\s+[A-Z][A-Za-z'\-]+(?:\s+\d.*)?$")

_ORG_RE: dict[str, re.Pattern] = {}


def _org_words(rules: RuleSet) -> re.Pattern:
    """All organisation words as one alternation, compiled once per rule set (this runs on every top line)."""
    pat = _ORG_RE.get(rules.digest)
    if pat is None:
        words = sorted(rules.insurers.org_words, key=len, reverse=True)
        pat = _ORG_RE[rules.digest] = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])")
    return pat


DOC_TITLE = re.compile(r"\b(?:statement|explanation|notice|summary|notification|aviso|explicacion|resumen|"
                       r"notificacion|estado\s+de\s+cuenta|decision|determination|findings|decisi[oó]n|"
                       r"determinaci[oó]n|questionnaire|cuestionario|approved|denied|aprobad[oa]|negad[oa]|"
                       r"denegad[oa]|response\s+required|respuesta\s+requerida)\b")  # ('Network Exception Approved')
SUBUNIT = re.compile(r"\b(?:division|section|bureau|unit|office of|program|branch|divisi[oó]n|secci[oó]n|oficina|"
                     r"(?:area|field|district|local|central|regional|county|state)\s+office|"
                     r"(?:care|claims?|plan|fund|benefits?|program|service|services)\s+office$)\b")  # ('Example City Area Office' under
# its agency; 'Example Health Care Office', 'Plan Office': the office that runs it, under the program's own name)
CONTINUATIONS = {"for", "of", "and", "the", "to", "in", "on", "a", "an", "de", "del", "la", "el", "y", "para", "con"}
ZIP_TAIL = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b")
SENTENCE_START = {"we", "you", "your", "our", "this", "if", "please", "thank", "le", "su", "usted", "hemos", "sus"}


# ('Identification NumberRMT-1234': OCR ran the label into its value)
LABELLED_NUMBER = re.compile(r"\b(?:number|no|id|numero|num|rx\s?grp|rx\s?bin|rx\s?pcn|grp|pcn|bin)\b\.?\s*#?:?\s*\S*\d|"
                             r"\b(?:number|numero)[a-z]{1,4}-?\d")  # ('RxGRP RX13VS', a drug card's group)


def _plausible(text: str, rules: RuleSet, logo: bool = False) -> bool:
    """Short, mostly letters, no colon, not a sentence, not an address, form line or label row."""
    low = fold(text).strip()
    letters = sum(c.isalpha() for c in low)
    if letters < 4 or letters < 0.7 * len(low.replace(" ", "")) or ":" in low or len(low.split()) > 8 or \
            re.search(r"[?\u00bf]", low):
        return False  # (a question heads a box: 'Did Medicare approve all services?')
    if text.strip()[:1].islower() and (not logo or low.split()[0] in CONTINUATIONS):
        return False  # names start with a capital ('for Part B' continues a title); a logo may not
    if ZIP_TAIL.search(text):
        return False  # 'Salem OR 97301': the last line of an address
    if LABELLED_NUMBER.search(low):
        return False  # 'Medicare Number 1EG4...': a label and its number, beside a name or not
    words = text.split()
    if len(words) >= 3 and sum(w[:1].islower() for w in words) * 2 >= len(words):
        return False  # 'Care close to home, for all of us': a tagline or a sentence, not a name
    from intake.extract.dates import find_dates

    if find_dates(text):
        return False  # 'March 3, 2026 JANE Q. DOE': the letter's date line
    if low.split()[0] in SENTENCE_START:
        return False  # 'We denied your vision claim' is the letter's heading, not who sent it
    if len(words) >= 3 and words[0] in ("A", "An", "Un", "Una"):
        return False  # 'A Utah Medicaid Accountable Care Organization', 'Un plan de X': what it is, under its name
    corporate = re.search(r"\b(?:inc|co|corp|ltd|llc|l\.l\.c|s\.a|p\.c)\.$", low)
    if low.endswith(".") and len(low.split()) > 4 and not corporate or NOT_ORG.search(low):
        return False
    return not any(rx(p).search(low) for p in rules.insurers.not_insurer)


CORPORATE_END = re.compile(r"\b(?:inc|llc|l\.l\.c|corp|corporation|co|ltd|company|p\.?c|s\.a)\.?$")


def org_name(text: str, rules: RuleSet) -> bool:
    """Pure: a short line that ends in an organisation's words after a word of its own ('Example Benefit Plan')."""
    words = fold(text).lower().split()
    return len(words) >= 2 and bool(_org_words(rules).search(" ".join(words[1:]))) and \
        not _org_words(rules).fullmatch(words[0])


BOX_LETTER = re.compile(r"[A-Z]\.|\d{1,2}[a-z]?\.")


def _label_row(text: str, rules: RuleSet) -> bool:
    """'ENROLLEE NAME  ENROLLEE ID  DATE OF BIRTH' is a row of labels, not a name."""
    from intake.extract.lexicon import lexicon_of

    lex = lexicon_of(rules)
    words = text.split()
    if len(words) > 1 and BOX_LETTER.fullmatch(words[0]):
        words = words[1:]  # 'D. Item', '3. Patient name': a form's box caption, its letter or number first
    if CORPORATE_END.search(fold(text)):
        return False  # 'Example Bill Review Services, LLC': label-like words, but a company's name
    known = [lex.word_classes(w) for w in words]
    if len(words) == 1:  # 'Afiliado', 'GROUP' alone; 'Medicare' names a program and may be the issuer
        return bool(known[0]) and not known[0] & {"program", "connector"}
    labels = sum(1 for k in known if k and k - {"connector"})
    if len(words) <= 5 and known[0] is None and words[0][:1].isupper() and org_name(text, rules):
        return False  # 'Example Benefit Plan': a name of its own before the organisation's words, no label row
    return labels >= 0.6 * len(words)


# a label naming who gave the care, right before a name ('Provider: X', 'Billing provider name: X')
PROVIDER_LABEL = r"(?<!dear\s)(?<!estimado\s)\b(?:provider|proveedor|prestador|supplier|facility)(?:\s+name|\s+nombre)?\s*:\s*"
# ('Dear Provider: Example GBA has completed ...' greets the provider; the name after it is the writer's)
PROVIDER_LABEL_BEFORE = re.compile(PROVIDER_LABEL + r"\Z")  # searched up to where a name starts


def _features(line: Line, page: PageText, rules: RuleSet, where: str, body: float, text_all: str,
              raw: str = "") -> dict:
    name = _name_of(line)
    # a logo: a name set over two lines at the very top, both halves read as one (the larger half alone
    # is often no name, the smaller half alone only part of it)
    joined = where == "logo" or where.endswith("+")  # a name set over two lines, read as one
    feats = {"where": {"logo": 1.05, "letterhead": 1.0, "top": 0.85, "signature": 0.8, "footer": 0.7}[where.rstrip("+")]}
    org = _org_words(rules)
    feats["org_words"] = 1.0 if org.search(fold(name)) or GLUED_ORG.search(name) else \
        0.9 if _institution(fold(name), rules) else 0.55
    if feats["org_words"] < 0.9 and where in ("letterhead", "logo") and raw and _written_out(name, raw, rules):
        feats["org_words"] = 0.9  # a brand in capitals ('QUENNEL & IVO') the text writes out with a payer's words
        feats["written_out"] = 1.0  # ('Quennel & Ivo Health Plan'): an insurer's name, not a slogan's words
    rest = org.sub("", fold(name))
    if joined and (CORPORATE_END.search(fold(name)) or _org_tail(line)):
        feats["completed"] = 1.1  # 'BRANDMARK MUTUAL' over 'Auto Insurance Company' or 'Health Plan': the full
        # name, not the brand
    if feats["org_words"] == 1.0 and \
            not re.sub(r"\b(?:of|the|and|for|de|del|la|el|y|parte?\s+[a-d])\b|[()]", "", rest).strip(" ,.&-'"):
        feats["generic"] = 0.6  # 'Benefits', 'Health Plan', 'Medicare Advantage (Part C)': no name
    words = [w for w in re.findall(r"[a-z]+", fold(name)) if w not in CONTINUATIONS]
    if words and all(w in rules.insurers.function_words for w in words):
        feats["department"] = 0.45  # 'Utilization Management' under a signature: a department, not the company
    if (PERSON.match(name) or INITIALLED.match(name)) and feats["org_words"] < 1:
        feats["person"] = 0.4
    tallest = _lead_height(line) if joined else line.height  # two joined lines: the first line's own size
    if tallest > 1.4 * body:
        feats["large_type"] = 1.2  # the name set largest on the page is the issuer's, not a division's
    elif tallest > 1.25 * body:
        feats["large_type"] = 1.1
    if re.match(r"(?:&|(?i:and)\b|y\b)", name.strip()):  # (a capital 'Y' alone is OCR's speck before a name)
        feats["fragment"] = 0.3  # '& PEMB' under 'QUILLBY': a wordmark's second half; no name opens with '&'
    if DOC_TITLE.search(fold(name)):
        feats["title"] = 0.4  # 'Medicare Supplement Claim Statement', 'Explanation of Review': what, not who
    if RUNS_FOR.match(line.text.strip(" |")):
        feats["runs_it_for"] = 0.85  # 'Administered by Example Services' under the plan's name: the plan's agent;
        # the letterhead is the plan's own (a firm's own letterhead names the plan after its name, not before)
    if SUBUNIT.search(fold(name)):
        feats["subunit"] = 0.85  # 'Claims Review Section' under the agency's or company's name
    if any(rx(p).search(fold(name).lower()) for p in rules.insurers.parent_lines):
        feats["parent"] = 0.6  # 'Example Insurance Holdings' over the plan's name: the owner, not the issuer
    whole = re.sub(r"[,.]?\s*\b(?:inc|llc|corp|co|ltd)\.?$", "", fold(name)).strip(" ,.")
    lead = fold(" ".join(w.text for w in _lead_words(line))) if joined else ""
    if len(whole) > 5 and _labelled_provider(whole, text_all):
        feats["labelled_provider"] = 0.5  # 'Provider: X' further on: the remittance's addressee, not its payer
    tail = _under_brand(line, whole, lead, org) if joined else ""
    if len(whole) > 5 and text_all.count(whole) >= 2 or len(lead) > 5 and text_all.count(lead) >= 2 or \
            len(tail) > 5 and text_all.count(tail) >= 2:  # (a joined name's second line named again: as much
        # the whole name's repetition as the half's, the brand over it printed only in the logo)
        feats["repeated"] = 1.15  # the issuer names itself again in the text ("appeal to X")
    elif len(" ".join(whole.split()[:2])) > 5 and text_all.count(" ".join(whole.split()[:2])) >= 2:
        feats["repeated"] = 1.05
    return feats


def _written_out(brand: str, raw: str, rules: RuleSet) -> bool:
    """'QUENNEL & PEMBRO' printed in the text as 'Quennel & Pembro Health Plan', the name ending there; a printing
    that goes on in capitalised words ('Quennel Benefit Services, Inc.', '... Health and Welfare Trust') or follows
    an ampersand is a fuller name of its own, no boost."""
    full = _said_in_full(brand, raw, rules)
    if not full:
        return False
    for m in re.finditer(re.escape(full) + r"(?![ \t]+[A-Z][a-z]|[ \t]+(?:and|&|of|de|y)[ \t]+[A-Z]|"
                         r"[ \t]*,[ \t]*(?i:inc|llc)\b)", raw):
        if not re.search(r"(?:[&\u20ac]|\band)[ \t]+(?:[A-Z][a-z]+[ \t]+)?$", raw[max(0, m.start() - 30):m.start()]):
            return True  # (the printing opens a name of its own: 'Example & Tower Quennel Trades ...' is a longer one)
    return False


def _under_brand(line: Line, whole: str, lead: str, org: re.Pattern) -> str:
    """The firm line a brand was joined over ('QUENNEL' over 'Benefit Services, LLC'): two words or more with an
    insurer's word in them; '' when the first line is no single capitalised word nor a few brand words."""
    rest = whole[len(lead):].strip()
    brand = " ".join(w.text for w in _lead_words(line))
    if (re.fullmatch(r"[A-Z][A-Za-z]{3,}", brand) or _brand_words(brand, org)) and whole.startswith(lead) and \
            len(rest.split()) >= 2 and org.search(rest):
        return rest
    return ""


def _brand_words(brand: str, org: re.Pattern) -> bool:
    """A brand of a few capitalised words and no insurer's word ('Example Choir & Band' over 'Players Health
    Fund'): the name's first half, as a single brand word is."""
    words = brand.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w == "&" for w in words) and not org.search(fold(brand))


# a line of its own that opens 'Administered by' (a capital: a clause after a dash, 'TRICARE East Region -
# administered by X', names the firm whose letterhead it is)
RUNS_FOR = re.compile(r"^(?=[A-Z])(?i:(?:(?:plan|program|benefits?|coverage|claims?)\s+)?(?:administered|serviced|managed|"
                      r"operated)\s+by\s|administrad[oa]\s+por\s)")


def _org_tail(line: Line) -> bool:
    """A joined name's second line made only of an organisation's words ('Health Plan' under 'EXAMPLE MUTUAL'):
    what the brand is, its name's end; a slogan or a department has words of its own."""
    first = _lead_words(line)
    lead = {fold(w.text).lower().strip(".,") for w in first}
    tail = [fold(w.text).lower().strip(".,") for w in line.words[len(first):]]
    return 1 <= len(tail) <= 3 and all(w in NAME_END_WORDS and w not in lead for w in tail) and \
        tail[-1] in ("plan", "plans", "insurance", "company", "assurance", "authority", "alliance", "cooperative")


# what a joined name's second line may hold to finish the name ('Health Plan', 'Insurance Company'); a program's
# words ('Medicare Advantage HMO') describe a product and a repeated word ('Dental' under '... DENTAL') adds nothing
NAME_END_WORDS = frozenset({"health", "plan", "plans", "insurance", "company", "assurance", "mutual", "care",
                            "healthcare", "dental", "vision", "authority", "alliance", "cooperative"})


def _labelled_provider(name: str, text: str) -> bool:
    """Whether 'Provider: NAME' stands anywhere in the text: each place the name stands is checked for the
    label right before it (one compiled pattern, where a pattern per name was compiled for every line)."""
    at = text.find(name)
    while at >= 0:
        if PROVIDER_LABEL_BEFORE.search(text, max(0, at - 80), at):
            return True
        at = text.find(name, at + 1)
    return False


def _lead_words(line: Line) -> list:
    """The words of the candidate's first printed line: those standing level with its first word."""
    first = line.words[0]
    return [w for w in line.words if abs(w.bbox[1] - first.bbox[1]) < 0.5 * (first.bbox[3] - first.bbox[1])]


def _lead_height(line: Line) -> float:
    """The type size of the candidate's first printed line (a logo joined over two lines is as large as
    its first line): the median height of its words."""
    heights = sorted(w.bbox[3] - w.bbox[1] for w in _lead_words(line))
    return heights[len(heights) // 2]


# a signer's role ('Records Production Coordinator, X', 'Medical Director'): a person's title, never who sent it
ROLES = (r"coordinator|specialist|director|manager|representative|officer|analyst|reviewer|supervisor|"
         r"nurse|examiner|adjuster|adjustor|processor|advocate|counselor|liaison|clerk|"
         r"coordinador|coordinadora|especialista|directora|gerente|representante|enfermer[oa]|examinador[a]?")
FUNCTION_PREFIX = re.compile(r"^(?:[A-Za-z&]+\s+){0,3}(?:department|dept\.?|team|unit|departamento|" + ROLES + r"),\s+", re.I)


# the firm that runs a program for it, printed as a line of its own ('administered by X, LLC', 'underwritten by X',
# 'administrado por X'): the firm is the name, the words before it are no part of it
AGENT_PREFIX = re.compile(r"^(?i:(?:(?:plan|program|benefits?|coverage|claims?)\s+)?(?:administered|underwritten|insured|issued|"
                          r"offered|serviced|managed|operated)\s+by|(?:administrad[oa]|ofrecid[oa]|asegurad[oa]|operad[oa])\s+por)\s+"
                          r"(?:the\s+|la\s+|el\s+)?(?=[A-Z])")  # (a named firm, 'the' before its name or not:
# 'administered by the state's department' names none)


# what a program's part covers, printed after its name ('Medicare (Medical Insurance)'), or the firm's role for it
# ('Example Benefit Administrators, claims administrator'): not part of the name
COVERAGE_NOTE = re.compile(r"\s*\((?:medical|hospital|drug|prescription\s+drug|dental)\s+(?:insurance|coverage)\)\s*$|"
                           r"\s*\(seguro\s+(?:m[eé]dico|de\s+hospital)\)\s*$|"
                           r",\s+(?:the\s+)?(?:claims?|third[- ]party|plan|benefits?)\s+administrator\s*$|"
                           # ('Insured by Example Casualty Company, policy QX-4026'): the firm's policy number after it
                           r",?\s+(?:group\s+)?(?:policy|contract|certificate|group)\s*(?:no\.?|number|#)?\s*:?\s*"
                           r"[A-Z0-9-]*\d[A-Z0-9-]*\s*$", re.I)


# a logo's words in capitals beside the name that holds them ('ACME Acme Health Plan', 'ACME CARE Seguros Acme
# Care'): printed twice, named once
LOGO_ECHO = re.compile(r"^((?:[A-Z]{3,}\s+){0,2}[A-Z]{3,})\W{1,3}(?=\w)")


def _logo_echo_dropped(text: str) -> str:
    text = _echoed_word_dropped(re.sub(r"^[|\u2022\u00b7*\s]+", "", text))  # (a rule or a bullet before the logo)
    m = LOGO_ECHO.match(text)
    if not m:
        return text
    rest = text[m.end():]
    words = {w.lower() for w in re.findall(r"\w+", rest)}
    echoed = any(c.islower() for c in rest) and all(w.lower() in words for w in m.group(1).split())
    return rest if echoed or _initials_of(m.group(1), rest) else text


def _echoed_word_dropped(text: str) -> str:
    """A logo's word read again beside the name's first word: a piece of it ('Ennel Quennel Health Plan', a
    logo cut by its drawing) or the same word OCR read apart ('Quennel Quennol Mutual'): the name once."""
    first, second, *rest = text.split(" ", 2) + ["", ""]
    a, b = first.lower(), second.lower()
    if not (first.isalpha() and second.isalpha() and len(a) >= 4 and len(b) >= 4 and a != b):
        return text
    tail = " ".join(w for w in rest if w)
    if a in (b[-len(a):], b[:len(a)]) and len(b) > len(a):
        return f"{second} {tail}".strip()
    if a[0] == b[0] and len(a) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.75:
        return f"{first} {tail}".strip()
    return text


def _initials_of(logo: str, name: str) -> bool:
    """A logo of the name's initials ('LLQF' before 'Lane & Loom Quennel Fund', 'QRF' before 'Quennel ... Riders'
    Fund'): its letters, in order, open words of the name, the first the name's first."""
    if " " in logo or not 2 <= len(logo) <= 6:
        return False
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w'\u2019-]*", name) if w[0].isupper()]
    if not initials or initials[0] != logo[0]:
        return False
    k = 0
    for letter in initials:
        if k < len(logo) and letter == logo[k]:
            k += 1
    return k == len(logo)


def _name_of(line: Line) -> str:
    """The organisation as printed, without a signer's department before it ('Claims Department, X'), a logo
    word echoing its first word, or a note of what the program covers after it."""
    text = _logo_echo_dropped(re.sub(r"\s{2,}", " ", line.text))
    text = join_split_capitals(text)
    return COVERAGE_NOTE.sub("", AGENT_PREFIX.sub("", FUNCTION_PREFIX.sub("", text))).strip(" ,.-|")


def without_addressed_office(name: str, rules: RuleSet) -> str:
    """'Example Health Plan, Member Services' (the address a letter is sent to), 'Revision de Hospitalizaciones,
    Example Health Plan' (a unit's signature line): the plan, not its office."""
    head, sep, tail = name.rpartition(",")
    if sep and head.strip() and _office_words(tail, rules):
        return head.strip()
    head, sep, tail = name.partition(",")
    if sep and len(tail.split()) >= 2 and _office_words(head, rules) and _org_words(rules).search(fold(tail).lower()):
        return tail.strip()  # (never 'Benefit Services, Inc.': a name and its company suffix)
    return name  # ('Example Mountain, Care': one word, as likely the name's own as an office's)


def _office_words(text: str, rules: RuleSet) -> bool:
    """Two words or more, every one an office's (small words apart)."""
    words = [w for w in re.findall(r"[a-z]+", fold(text).lower())
             if w not in CONTINUATIONS and w != "al"]  # ('Servicios al Afiliado')
    return len(words) >= 2 and all(w in rules.insurers.function_words for w in words)


def _name_word_rejoined(row: list[list]) -> list[list]:
    """A name's first word set a little apart in large type ('Example   Crest Health Plan'): one cell again when
    it is one capitalised word as tall as the next cell's words and less than two heights before them."""
    out = [list(row[0])] if row else []
    for ws in row[1:]:
        prev = out[-1]
        h = prev[0].bbox[3] - prev[0].bbox[1]
        if len(out) == 1 and len(prev) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}", prev[0].text) and \
                re.fullmatch(r"[A-Z][a-z]+", ws[0].text) and abs((ws[0].bbox[3] - ws[0].bbox[1]) - h) < 0.2 * h \
                and ws[0].bbox[0] - prev[0].bbox[2] < 2 * h:
            prev.extend(ws)
        else:
            out.append(list(ws))
    return out


def _spaced_letters_joined(ws: list) -> list:
    """A logo's word set in spaced capitals ('T H O R N B U R Y', read 'TH O RN B U RY'): one word again. A run of
    four capitals' pieces or more, half of them single letters, each close to the next; never two short words
    ('PO BOX')."""
    out: list = []
    run: list = []
    for w in list(ws) + [None]:
        piece = w is not None and w.text.isalpha() and w.text.isupper() and len(w.text) <= 3
        if piece and run and w.bbox[0] - run[-1].bbox[2] > 0.6 * (w.bbox[3] - w.bbox[1]):
            out.extend(_joined_run(run))
            run = []
        if piece:
            run.append(w)
            continue
        out.extend(_joined_run(run))
        run = []
        if w is not None:
            out.append(w)
    return out


def _joined_run(run: list) -> list:
    if len(run) < 4 or 2 * sum(len(w.text) == 1 for w in run) < len(run):
        return run
    box = (run[0].bbox[0], min(w.bbox[1] for w in run), run[-1].bbox[2], max(w.bbox[3] for w in run))
    return [Word(text="".join(w.text for w in run), conf=min(w.conf for w in run), bbox=box, group=run[0].group)]


def _cell_lines(ln: Line, rules: RuleSet, footer: bool = False) -> list[Line]:
    """Each cell of a line on its own (a letterhead often shares its line with a title, a date or an address
    after a '|'; a footer its name and the program's after an em dash), and the words before a document title
    ('Medicare Summary Notice' -> 'Medicare'). At the top only the part before an em dash can be a name."""
    from intake.layout import cells

    out = []
    prev_text = ""
    for ws in _name_word_rejoined([_spaced_letters_joined(c) for c in cells(ln)]):
        text = " ".join(w.text for w in ws)
        if prev_text and (prev_text.endswith(":") or _label_row(prev_text, rules)):
            prev_text = text
            continue  # 'Plan || Example Silver PPO': the value of a label, not a letterhead
        prev_text = text
        part: list = []
        for w in ws + [None]:
            dash = w is not None and w.text == "\u2014"
            if w is None or dash or w.text in ("|", "-", "+", "*", ":", "\u2013", "\u2022", "\u00b7"):  # ('+': a bullet)
                if part:
                    out.append(Line(words=part, page=ln.page, index=ln.index))
                part = []
                if dash and not footer:
                    break  # 'Example Benefit Company \u2014 Appeals': the name; never 'Claim 123 \u2014 X \u2014 DENIED''s X
            else:
                part.append(w)
    for c in list(out):
        m = INITIALLED.search(c.text)
        if m and m.start() > 0:  # 'Example Health Plan Ana M. Reyes': the addressee printed beside it
            keep = len(c.text[:m.start()].split())
            out.append(Line(words=c.words[:keep], page=ln.page, index=ln.index))
        low = fold(c.text)
        for title in rules.insurers.titles:
            m = re.search(title, low)
            if m and m.start() > 0:
                keep = len(low[:m.start()].split())
                out.append(Line(words=c.words[:keep], page=ln.page, index=ln.index))
        for title in rules.insurers.titles_before:
            m = re.search(title, low)
            if m and m.end() < len(low):
                skip = len(low[:m.end()].split())
                rest = c.words[skip:]
                cut = next((k for k, w in enumerate(rest) if k and (w.text.lower() in ("para", "for") or
                                                                    w.text.startswith("("))), len(rest))
                out.append(Line(words=rest[:cut], page=ln.page, index=ln.index))  # ('... para la Parte B')
    return out


def _candidates(page: PageText, rules: RuleSet) -> list[tuple[Line, str]]:
    from intake.layout import transmission_line

    out = []
    sent = transmission_line(page)
    for k, ln in enumerate(page.lines):
        top = ln.bbox[1] / max(page.height, 1)
        if ln.words and ln.words[0].text in CONTINUATIONS:
            continue  # 'for Part B (Medical Insurance) - Medical Equipment': a title's second line, no name
        if k == sent:
            continue  # the fax machine's line names the machine that sent the page, not who wrote the letter
        if top < 0.25:
            out.extend((c, "letterhead" if top < 0.12 else "top") for c in _cell_lines(ln, rules))
    out += _joined(out, rules)
    for i, ln in enumerate(page.lines):
        if SIGN_OFF.match(fold(ln.text).strip()):
            out.extend((x, "signature") for x in page.lines[i + 1:i + 6])
    out.extend((_without_office(c), "footer") for ln in page.lines if ln.bbox[1] > 0.9 * page.height
               for c in _cell_lines(ln, rules, footer=True))
    return [(ln, where) for ln, where in out
            if _plausible(ln.text, rules, logo=where in ("letterhead", "letterhead+", "logo")) and
            not _label_row(ln.text, rules)]


# an office named after the company in a page's footer ('Example Health Assurance Appeals Unit')
OFFICE_TAIL = frozenset({"appeals", "appeal", "unit", "department", "dept", "utilization", "utilisation", "management",
                         "grievance", "grievances", "claims", "office", "division", "team", "operations",
                         "correspondence", "review", "member", "customer", "services", "and"})


def _without_office(line: Line) -> Line:
    """A footer's company name without the office printed after it."""
    words = list(line.words)
    while len(words) > 2 and fold(words[-1].text).strip(".,&").lower() in OFFICE_TAIL:
        words.pop()
    return line if len(words) == len(line.words) else Line(words=words, page=line.page, index=line.index)


DEPARTMENT_START = re.compile(r"^(?:department|dept\.?|division|office|bureau|unit|section|departamento|divisi[oó]n|"
                              r"oficina)\b", re.I)


def _joinable(a: Line, b: Line, rules: RuleSet) -> bool:
    """Two lines that make one name: the first one a name's start (no OCR specks 'AA gg'), the second
    not its repetition in full, not a department of an organisation the first already names ('General Hospital' over
    'Department of Utilization Review'; 'STATE OF X' over 'DEPARTMENT OF HEALTH' does join)."""
    if any(len(w.text) <= 3 and w.text.islower() and w.text not in CONTINUATIONS for w in a.words):
        return False  # a lower-case brand ('acmeline') joins; specks do not
    if _label_row(a.text, rules) or re.search(r"\d{3,}", b.text):
        return False  # 'MEDICARE NUMBER' over its value: a label and an identifier, no name
    if RUNS_FOR.match(b.text.strip(" |")):
        return False  # 'Administered by Example Services' under the plan's name: its agent, never the name's rest
    if re.match(r"(?:part|parte)\s+[a-d]\b", fold(b.text).lower()):
        return False  # 'Medicare' over 'Part B (Medical Insurance)': the program's part, not the name's rest
    if any(rx(p).search(fold(a.text).lower()) for p in rules.insurers.parent_lines):
        return False  # the parent company over the plan it owns: two names, not one
    low = fold(a.text)
    squash = lambda t: re.sub(r"\W+", "", t.lower())  # (a logo's letters set apart by OCR: 'AC ME')
    if squash(fold(b.text)).startswith(squash(low)) or _brand_over_name(low, fold(b.text)):
        return False  # a logo word over the full name that repeats it ('ACME' over 'Acme Health Plan')
    complete = not JURISDICTION.match(a.text) and (bool(_org_words(rules).search(low)) or _institution(low, rules)
                                                   or bool(GLUED_ORG.search(a.text)))
    return not (complete and (DEPARTMENT_START.match(b.text) or _department_line(b.text, rules)))


TAGLINE_END = re.compile(r"\s+[A-Z][a-z]+(?:\s+(?!(?:for|and|the|del|los|las|con|para)\b)[a-z]{3,}){1,3}$")


def _without_tagline(name: str) -> str:
    """'Example Home Care' read with the line under it, 'Daily living support': a name ends before a tagline in
    sentence case (a capital, then small words), what the organisation does, not who it is."""
    m = TAGLINE_END.search(name)
    return name[:m.start()].rstrip(" ,-") if m and len(name[:m.start()].split()) >= 2 else name


def _department_line(text: str, rules: RuleSet) -> bool:
    """'Patient Financial Services - Eligibility Unit' under 'X General Hospital': up to its first dash, only a
    department's words; an office of the institution named above, not the rest of its name."""
    head = re.split(r"\s[-\u2013\u2014|]\s", fold(text), maxsplit=1)[0]
    words = [w for w in re.findall(r"[a-z]+", head) if w not in CONTINUATIONS]
    return len(words) >= 2 and all(w in rules.insurers.function_words for w in words)


_INSTITUTION_RE: dict[str, re.Pattern] = {}


def _institution(low: str, rules: RuleSet) -> bool:
    """'General Hospital', 'Medical Center': an institution's word, compiled once per rule set like _org_words."""
    pat = _INSTITUTION_RE.get(rules.digest)
    if pat is None:
        words = "|".join(re.escape(w) for w in sorted(rules.insurers.institution_words, key=len, reverse=True))
        pat = _INSTITUTION_RE[rules.digest] = re.compile(rf"\b(?:{words})\b" if words else r"(?!)")
    return bool(pat.search(low))


# a brand that glues its organisation word on ('ExampleHealth', 'SampleCare'): a whole name, as 'Example Health' is
GLUED_ORG = re.compile(r"[a-z](?:Health|Care|Plan|Medical|Shield|Cross|Choice|Benefits?)\b")
JURISDICTION = re.compile(r"^(?:state|commonwealth|estado)\s+(?:of|de)\s+\S", re.I)


def _joined(tops: list[tuple[Line, str]], rules: RuleSet) -> list[tuple[Line, str]]:
    """A name set in two lines of a logo ('NORTHWIND' over 'MUTUAL HEALTH') is one candidate too."""
    out = []
    for k, (a, where) in enumerate(tops):
        for b, _ in tops[k + 1:k + 8]:
            close = 0 <= b.bbox[1] - a.bbox[3] < 2.5 * max(a.height, b.height)
            if close and INITIALLED.match(b.text):
                break  # the addressee 'Ana M. Reyes' under a title: nothing below joins the title
            # a long second line only when it names a company ('Life & Health Insurance Company'), never a
            # title's continuation ('for Part A (Hospital Insurance)')
            long_ok = len(b.words) <= 4 or (len(b.words) <= 6 and b.text[:1].isupper()
                                            and bool(CORPORATE_END.search(fold(b.text)))) or _brand_over(a, b, rules)
            aligned = abs(a.bbox[0] - b.bbox[0]) < 3 * a.height or \
                abs(a.bbox[0] + a.bbox[2] - b.bbox[0] - b.bbox[2]) / 2 < 1.5 * a.height  # left-set or centred
            below = close and aligned and len(a.words) <= 4 and long_ok
            if below and not _joinable(a, b, rules):
                break  # a name right under it that is no second half ('ACME GBA' over 'Acme Government Benefit
                # Administrators, LLC'): a line further down is none either
            if below:
                # a brand word set large over the smaller line that says what it is ('QUILLBYMERE' over
                # 'Behavioral Health Partners'); a full name over a contact line is no logo
                logo = where == "letterhead" and a.height > 1.3 * b.height and len(a.words) <= 2 and \
                    not _org_words(rules).search(fold(a.text))
                lead = a.words[2:] if JURISDICTION.match(a.text) else a.words  # 'STATE OF X' over 'HEALTH AGENCY'
                out.append((Line(words=lead + b.words, page=a.page, index=a.index), "logo" if logo else where + "+"))
                break
    return out


def _brand_over(a: Line, b: Line, rules: RuleSet) -> bool:
    """A brand word alone in capitals ('QUENNEL') over a plan's name in an insurer's words ('Traveling Players Health
    Plan'): the name's first word, set apart in the logo."""
    return len(a.words) == 1 and a.text.isupper() and len(a.text) >= 5 and a.text.isalpha() and \
        sum(c in "AEIOUY" for c in a.text) >= 2 and b.words[0].text not in ("A", "An", "The", "Your") and \
        len(b.words) <= 7 and b.text[:1].isupper() and bool(_org_words(rules).search(fold(b.text))) and \
        not _org_words(rules).search(fold(a.text)) and not AGENT_PREFIX.match(b.text) and \
        not RUNS_FOR.match(b.text)  # (a word, no initials: 'QXHP' over 'A health plan for children' is a logo;
    # 'Administered by Example Benefit Administrators' under the brand names its agent, not the brand's rest)


def find_insurer(page: PageText | None, rules: RuleSet, ctx=None, pages: list[PageText] | None = None) -> \
        FieldValue | None:
    """The best-scoring organisation line of the first page (signature blocks of later pages count too)."""
    if page is None or not page.lines:
        return None
    heights = sorted(ln.height for ln in page.lines)
    body = heights[len(heights) // 2]
    raw = page.text if ctx is None else ctx.dtext.text
    text_all = fold(raw)
    best, best_score, best_feats = None, 0.0, {}
    seen: list[tuple] = []
    scan = [page] + [p for p in (pages or [])[1:]]
    for pg in scan:
        for ln, where in _candidates(pg, rules):
            if pg is not page and where != "signature":
                continue
            feats = _features(ln, pg, rules, where, body, text_all, raw)
            if where == "footer" and (feats["org_words"] < 1 or "generic" in feats or "department" in feats):
                continue  # a page's footer names the issuer only in its own words ('Example Health Plan')
            score = 1.0
            for v in feats.values():
                score *= v
            if score > best_score + 1e-9 or _completes(best, ln, where, score - best_score, rules):
                best, best_score, best_feats = ln, score, feats
            seen.append((ln, where, score, feats))
    if best is None or best_score < 0.3:
        return None
    fuller = _spelled_out(best, best_score, seen, rules)
    if fuller is not None:
        best, best_score, best_feats = fuller
    owner = _programs_owner(best, page, seen)
    if owner is not None:
        best, best_score, best_feats = owner
    whole = _wordmark_rest_said(best, seen, raw)
    if whole is not None:
        best, best_score, best_feats = whole
    rule = "insurers (" + ", ".join(f"{k}={v:.2f}" for k, v in best_feats.items()) + ")"
    text = page.text if ctx is None else ctx.dtext.text
    spelled = _letters_spelled_out(_name_of(best), text, rules)
    if spelled:
        rule += " + a spaced wordmark's letters spelled out in the text"
        log.debug("field insurer: %s", rule)
        return FieldValue("insurer", spelled, Evidence(best.page, best.text, best.conf * min(1.0, best_score),
                                                       best.bbox, rule))
    name = _brand_without_office(SPACED_LEAD.sub("", OCR_AMPERSAND.sub(" & ", _name_of(best))), rules)
    stacked = _stacked_wordmark(best, page, text)
    if stacked:
        name, rule = _with_stacked_brand(name, best.words[0].text, stacked, text), \
            rule + " + a wordmark over two lines joined as the text prints it"
    name = _without_tagline(_brand_cased(without_addressed_office(_mended_words(name, rules), rules)))
    name = PRODUCT_TAIL.sub("", name) or name
    name = _respaced(name, text)
    cells = text if ctx is None else ctx.cell_texts
    full = _said_in_full(name, text, rules) or said_in_full(name, cells, rules, rules.insurers.payer_name_endings) \
        or _tagline_in_full(name, text, rules) or _brand_written_before(name, text, rules) or _printed_cased(name, text)
    if full:
        name, rule = full, rule + " + named in full in the text"
    log.debug("field insurer: %s", rule)
    return FieldValue("insurer", name, Evidence(best.page, best.text, best.conf * min(1.0, best_score),
                                                          best.bbox, rule))


# a product's type in brackets after the plan's name, made of two parts ('Example Medicare Choice (HMO-POS)', '(HMO
# D-SNP)'): the product sold, not the organisation that issued the notice
PRODUCT_TAIL = re.compile(r"\s*\((?:HMO|PPO|PDP|EPO|POS|PFFS|MSA|SNP)[-\s][A-Z0-9][A-Z0-9-]*\)\s*$")


def _wordmark_rest_said(best: Line, seen: list[tuple], raw: str) -> tuple | None:
    """A name in capitals set over two lines of a letterhead, the address beside them ('EXAMPLE GLASS TRADES' over
    'HEALTH FUND'): the two lines joined, when the letter prints the joined name again in its own case."""
    if not best.text.isupper() or len(best.words) > 4:
        return None
    mine = {w.upper() for w in best.text.split()}
    for ln, where, score, feats in seen:
        rest = ln.text[len(best.text):].split()
        if where.endswith("+") and ln.text.startswith(best.text + " ") and not {w.upper() for w in rest} <= mine \
                and _printed_cased(ln.text, raw):  # (never the name's own words again under it: 'ACME' under it)
            return ln, score, feats
    return None


def _printed_cased(name: str, text: str) -> str | None:
    """A name read in capitals from a letterhead that the text also prints in upper and lower case ('Example Glass
    Trades Health Fund' in a footer or a sentence): the name as written there."""
    if not name.isupper() or len(name.split()) < 2:
        return None
    pat = r"[ \t]+".join(re.escape(w) for w in name.split())  # (on one line: never a name and the next line's words)
    for m in re.finditer(rf"(?<![\w'])(?i:{pat})(?![\w'])", text):
        if re.search(r"[a-z]", m.group(0)):
            return re.sub(r"\s+", " ", m.group(0))
    return None


def _stacked_wordmark(best: Line, page: PageText, text: str) -> str | None:
    """'QUENN' set over 'ELWAY' (a brand split over two lines, each half no word of the text's, other words of the
    letterhead read on beside them): the two halves joined, when the text prints the joined word ('Quennelway Trades
    Health Plan'), as it prints it."""
    half = best.words[0] if best.words else None
    if half is None or not WORDMARK_HALF.fullmatch(half.text):
        return None
    for other in page.lines:
        mate = other.words[0] if other.words else None
        if other is best or mate is None or not WORDMARK_HALF.fullmatch(mate.text) or \
                mate.bbox[3] - mate.bbox[1] < 0.7 * (half.bbox[3] - half.bbox[1]) or \
                min(mate.bbox[2], half.bbox[2]) <= max(mate.bbox[0], half.bbox[0]):
            continue
        gap = max(mate.bbox[1], half.bbox[1]) - min(mate.bbox[3], half.bbox[3])
        if gap > 1.5 * max(mate.bbox[3] - mate.bbox[1], half.bbox[3] - half.bbox[1]):
            continue
        top, low = (mate, half) if mate.bbox[1] < half.bbox[1] else (half, mate)
        joined = top.text + low.text
        m = re.search(rf"(?<![A-Za-z]){re.escape(joined)}(?![A-Za-z])", text, re.I)
        alone = re.compile(rf"(?<![A-Za-z])(?:{re.escape(top.text)}|{re.escape(low.text)})(?![A-Za-z])")
        if m and not m.group(0).isupper() and len(alone.findall(text)) <= 2:
            return m.group(0)
    return None


def _with_stacked_brand(name: str, half: str, brand: str, text: str) -> str:
    """The name with its wordmark half read as the whole brand ('ELWAY Claims Services, LLC' -> 'Quennelway Claims
    ...') when the text prints it so; the brand alone when the rest of the line is another name's ('ELWAY Welfare
    Fund' of two lines run together)."""
    if name.lower().startswith(brand.lower()):
        return name  # (the half already dropped, the name read in full)
    rest = name[len(half):].strip() if name.startswith(half) else ""
    whole = rest if rest.lower().startswith(brand.lower()) else (f"{brand} {rest}".strip() if rest else brand)
    lead = " ".join(whole.split()[:3])
    return whole if re.search(re.escape(lead), text, re.I) else brand


WORDMARK_HALF = re.compile(r"[A-Z][A-Z'&]{1,11}")


def _respaced(name: str, text: str) -> str:
    """'D EN TAL CARE PROG RAM': a letter-spaced wordmark OCR broke into pieces (two pieces of one or two letters
    at least); the same letters printed in the text with a word's spacing ('Dental Care Program') are the name."""
    words = name.split()
    letters = re.sub(r"[^A-Za-z]", "", name)
    if sum(len(w) <= 2 and w.isalpha() for w in words) < 2 or len(letters) < 8:
        return name
    pattern = r"[ \t]?".join(re.escape(c) for c in letters)
    for m in re.finditer(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", text, re.I):
        printed = m.group(0)
        if printed != name and len(printed.split()) < len(words) and not printed.isupper():
            return printed
    return name


# OCR's euro sign or pound sign for an ampersand between two words of a name ('Example € Loom Health Plan')
OCR_AMPERSAND = re.compile(r"(?<=\w)\s+[\u20ac\u00a3]\s+(?=[A-Z])")


# a wordmark's letters set apart, read as loose capitals with or without the words after them ('Q U E N N DANCERS
# HEALTH PLAN', 'P E M B'): the letters open the brand's word
SPACED_MARK = re.compile(r"^((?:[A-Z]\s+){2,}[A-Z])(?:\s+(.*))?$")


def _letters_spelled_out(name: str, text: str, rules: RuleSet) -> str | None:
    """A wordmark OCR read as loose capitals, some lost ('Q U E N N' of a longer word), and the words after it: the
    name the letter writes with a word opening with those letters and the same words after it ('Example Dancers
    Health Plan'); with no words after the letters, a name of a word so opened and a name's last word after it."""
    m = SPACED_MARK.match(name.strip())
    if m is None:
        return None
    letters, rest = m.group(1).replace(" ", ""), (m.group(2) or "").split()
    if rest:
        tail = r"\s+".join(re.escape(w) for w in rest)
        found = re.search(rf"\b({letters}[a-z]+\s+{tail})(?![\w&])", text, re.I)
        return found.group(1) if found and found.group(1)[:1].isupper() and not found.group(1).isupper() else None
    endings = "|".join(re.escape(w) for w in rules.insurers.payer_name_endings)
    found = re.search(rf"\b({letters}[a-z]+(?:\s+[A-Z][A-Za-z&']*){{0,3}}?\s+(?i:{endings}))\b", text, re.I)
    return found.group(1) if found and found.group(1)[:1].isupper() and not found.group(1).isupper() else None


def _brand_without_office(name: str, rules: RuleSet) -> str:
    """A one-word brand in capitals with the office line under it read on ('EXAMPLE Utilization Review'): the brand,
    not its office."""
    first, _, rest = name.partition(" ")
    if rest and first.isupper() and not rest.isupper() and len(first) >= 3 and _office_words(rest, rules):
        return first  # (set in its own case: a name in capitals throughout, 'EXAMPLE CLAIMS SERVICES', is whole)
    return name


# a logo's letters set apart that OCR read as loose capitals before the name ('L K L Racing Workers Health Plan'),
# or a speck before a brand in capitals ('E EXAMPLE Health'): no words of the name
SPACED_LEAD = re.compile(r"^(?:(?:[A-Z]\s+){2,}(?=[A-Z][a-z])|[A-Z]\s+(?=[A-Z]{3,}\b))")
FOOTER_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+")


def _programs_owner(best: Line, page: PageText, seen: list[tuple]) -> tuple | None:
    """A program's name over the letter ('NH Medicaid Care Management', the plan's own name lost in a dark band)
    that the footer prints after its owner's ('Example Health Partners - NH Medicaid Care Management'): the owner
    issued the letter."""
    head = " ".join(fold(best.text).split()[:3])
    for ln in page.lines:
        if ln.bbox[1] <= 0.9 * page.height:
            continue
        parts = FOOTER_PARTS.split(ln.text.strip())
        if len(parts) >= 2 and len(head) >= 6 and fold(parts[1]).startswith(head) and \
                fold(parts[0]).split()[:1] != head.split()[:1]:  # (another name, not the same brand's product)
            return next(((c, score, feats) for c, where, score, feats in seen
                         if where == "footer" and c.text.strip() == parts[0].strip()), None)
    return None


def _said_in_full(name: str, text: str, rules: RuleSet) -> str | None:
    """A logo in capitals ('EXAMPLE MUTUAL') whose words the letter writes out as a name with more of an
    insurer's words ('Example Mutual Health, Appeals Unit, PO Box ...'): the name as the letter writes it."""
    words = name.split()
    if not (1 <= len(words) <= 3 and name.isupper() and len(name) >= 6):
        return None
    # a payer's or a company's words only (insurers.yaml), never a department's
    org = {w for w in rules.insurers.payer_words if " " not in w} | set(rules.insurers.company_words)
    lead = r"\s+".join(re.escape(w.capitalize()) for w in words)
    for m in re.finditer(rf"\b{lead}((?:\s+[A-Z][a-z]+){{1,3}})\b", text):
        extra = []
        for w in m.group(1).split():
            if w.lower() not in org or w.upper() in words:
                break  # ('Medicare Medicare' is a repetition, not a longer name)
            extra.append(w)
        if extra:
            return " ".join([m.group(0).split()[0], *m.group(0).split()[1:len(words)], *extra])
    return None


def _brand_cased(name: str) -> str:
    """'QUENNEL MUTUAL Benefit Services, LLC' (a logo's words joined to the line under it): the logo's words as
    words of the name ('Quennel Mutual'); a short run of capitals may be initials ('AARP', 'BCBS') and stays."""
    words = name.split(" ")
    if not re.search(r"[a-z]", name):
        return name
    for k, w in enumerate(words):
        if w == "&" and k:
            continue  # ('QUENNEL & PEMBRO Health Plan': both brand words)
        if not (w.isalpha() and w.isupper()):
            break
        if len(w) < 6 or sum(c in "AEIOUY" for c in w) < 2:
            break
        words[k] = w.capitalize()
    return " ".join(words)


def _mended_words(name: str, rules: RuleSet) -> str:
    """OCR's 'rn' for an 'm' in an insurer's own word ('Insurance Cornpany', 'Rnutual'): the word it stands for,
    when only that reading is one of insurers.yaml's payer, company or name-ending words."""
    known = {w for w in rules.insurers.payer_words if " " not in w} | set(rules.insurers.company_words) | \
        set(rules.insurers.payer_name_endings)
    out = []
    for w in name.split(" "):
        low = w.lower()
        fixed = low.replace("rn", "m")
        if "rn" in low and low not in known and fixed in known:
            w = fixed.upper() if w.isupper() else fixed.capitalize() if w[:1].isupper() else fixed
        out.append(w)
    return " ".join(out)


def _tagline_in_full(name: str, text: str, rules: RuleSet) -> str | None:
    """A letterhead's tagline of payer words alone ('Health Assurance', its brand set apart in a logo OCR read
    on another line) that the letter writes after the brand ('Example Health Assurance, Appeals Department'): the
    name as the letter writes it."""
    generic = {w for w in rules.insurers.payer_words if " " not in w} | set(rules.insurers.company_words)
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w.lower() in generic for w in words):
        return None
    for m in re.finditer(rf"\b([A-Z][a-z][A-Za-z'\-]+)\s+{re.escape(name)}\b", text):
        if m.group(1).lower() not in generic | TAGLINE_NOT_BRAND:
            return f"{m.group(1)} {name}"
    return None


def _brand_written_before(name: str, text: str, rules: RuleSet) -> str | None:
    """'Claims Services, Inc.' read from a letterhead whose brand is a drawn logo OCR spells apart, that the
    letter writes with its brand first ('Mail your appeal to Example Claims Services, Inc.', 'for the Example
    Loomhall Cooperative Benefit Plan'): the name as the letter writes it, when the words before it, up to three and
    no caption's, a payer's or a sentence's, are a brand's."""
    words = name.split()
    if not 2 <= len(words) <= 6 or name.isupper():
        return None
    from intake.extract.lexicon import lexicon_of

    lex = lexicon_of(rules)
    generic = {w for w in rules.insurers.payer_words if " " not in w} | set(rules.insurers.company_words) | \
        set(rules.insurers.function_words) | TAGLINE_NOT_BRAND
    core = words[:-1] if len(words) > 2 and CORPORATE_END.search(fold(words[-1]).lower()) else words
    # ('Example Claim Services, for the plan': the name written without its 'LLC'; its '&' written 'and' or 'y')
    lead = r"[ \t]+".join(AMPERSAND_OR_AND if w in BRAND_JOINS else re.escape(w.rstrip(",")) for w in core)
    brands: list[str] = []
    for m in re.finditer(rf"(?<![\w&.,:'\-])([A-Z][A-Za-z'\-]{{2,}})((?:[ \t]+&)?)[ \t]+{lead}(?![\w&])", text):
        word = m.group(1)
        if not _brand_word(word, generic, lex, rules):
            return None  # ('Contact Example Health Plan', 'Plan Example Health Plan': a word of a sentence or caption)
        if word.lower() != words[0].lower() and not _initials_of(word, name):  # ('EXAMPLE Example Health Plan',
            # 'EHP Example Health Plan': a logo's word or initials before the name, no word of it)
            run, before = _brand_run(text[:m.start(1)], generic, lex, rules)
            if PERSON_BEFORE.fullmatch(before):
                continue  # ('Dr. Ann F. Example Quennel Health Plan': a signer's surname, two columns read as one)
            brands.append(" ".join(w.capitalize() if w.isupper() else w for w in run + [word] + m.group(2).split()))
    longest = max(brands, key=len, default="")
    opener = longest.split()[0] if longest else ""
    logo = bool(longest) and (re.search(rf"(?<![\w-]){re.escape(opener.upper())}(?![\w-])", text) is not None or
                              _halves_in_capitals(opener, text))
    again = bool(longest) and len(re.findall(rf"(?<![\w-]){re.escape(opener)}(?![\w-])", text, re.I)) >= 2
    if len(brands) < (1 if logo or again else 2) or \
            not all(longest.lower().startswith(b.lower()) or longest.lower().endswith(b.lower()) for b in brands):
        return None  # (written so twice at least, as a letter names its sender, or once with its brand word written
        # again elsewhere or set alone in capitals, its logo: one word before the name once may be a caption's, a
        # sentence's or another name's; a logo's half, 'QUEN' of 'Quennelwick', is the same brand)
    return _as_printed(f"{longest} {name}", text)


def _as_printed(name: str, text: str) -> str:
    """The name as the text prints it, its '&' written 'and' or 'y' there ('Example Brewery and Malt Fund')."""
    pat = r"[ \t]+".join(AMPERSAND_OR_AND if w in BRAND_JOINS else re.escape(w) for w in name.split())
    m = re.search(rf"(?<![\w&])(?i:{pat})(?![\w&])", text)
    return m.group(0) if m and not m.group(0).isupper() else name


def _halves_in_capitals(word: str, text: str) -> bool:
    """'QUENNEL' and 'WICK' set in capitals as words of their own: a wordmark of the brand word drawn over two lines;
    or its letters set apart ('Q U E N N E L' over 'WI CK', a wordmark OCR read letter by letter)."""
    cap = word.upper()
    def spaced(h: str, gap: str = "[ \t]?") -> str:
        return gap.join(re.escape(c) for c in h)
    return any(all(re.search(rf"(?<![\w-]){spaced(h)}(?![\w-])", text) for h in (cap[:i], cap[i:]))
               for i in range(3, len(cap) - 2)) or \
        re.search(rf"(?<![\w-]){spaced(cap, '[ ]')}(?![\w-])", text) is not None


BRAND_JOINS = {"&", "and", "y"}
AMPERSAND_OR_AND = r"(?:&|and|y)"  # ('Example & Tower Trades Fund' printed in the letter as 'Example and Tower ...')


def _brand_word(word: str, generic: set, lex, rules: RuleSet) -> bool:
    """A word that may be a brand's: no payer's or sentence's word, no caption's, no month's, none a name ends
    with ('... Riders' Welfare Trust Example Plan Services': the end of another name)."""
    low = fold(word).lower()
    return not (word.lower() in generic or lex.word_classes(word) or low in MONTH_WORDS or
                PAYER_CAPTION.fullmatch(word) or low in rules.names.sentence_openers or
                low in rules.insurers.payer_name_endings)


# a person's initial or title just before the words taken for a brand: they are a person's surname
PERSON_BEFORE = re.compile(r"[A-Z]\.,?|(?i:dr|dra|mr|mrs|ms|sr|sra)\.?,?")


def _brand_run(before: str, generic: set, lex, rules: RuleSet) -> tuple[list[str], str]:
    """The brand's earlier words on the same line ('Example Loomhall', 'Example Quarry &'): at most two more, each a
    brand's word, a join ('&', 'and') only between two of them; and the word before them."""
    toks = before.rsplit("\n", 1)[-1].split()
    run: list[str] = []
    while toks and len([w for w in run if w not in BRAND_JOINS]) < 2:
        tok = toks.pop()
        if tok.lower() in BRAND_JOINS and toks and re.fullmatch(r"[A-Z][A-Za-z'\-]{2,}", toks[-1]) and \
                _brand_word(toks[-1], generic, lex, rules) and not run:
            run = [toks.pop(), tok]
            continue
        if not re.fullmatch(r"[A-Z][A-Za-z'\-]{2,}", tok) or not _brand_word(tok, generic, lex, rules):
            return run, tok
        run.insert(0, tok)
    return run, toks[-1] if toks else ""


PAYER_CAPTION = re.compile(r"(?i:insurer|insurance|payer|payor|carrier|administrator|issuer|aseguradora|seguro)")
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}


TAGLINE_NOT_BRAND = {"the", "your", "our", "this", "from", "with", "by", "of", "and", "for", "at", "to", "call",
                     "contact", "write", "dear", "state", "federal", "national", "public", "private", "group"}


def _brand_over_name(brand: str, name: str) -> bool:
    """'ACME RX' or 'ACME DRS' over 'Acme Dispute Resolution Services': the brand's word opens the name and
    what follows it is a short tag or the name's initials."""
    short, full = brand.lower().split(), name.lower().split()
    return len(short) >= 2 and len(full) > len(short) and short[0] == full[0] and len(short[0]) >= 3 and \
        all(len(w) <= 4 for w in short[1:])


def _after_brand(short: str, name: str) -> str | None:
    """What follows the brand's letters at the start of the full name ('quill mere dental', as OCR may set a
    logo's letters apart, opens 'quillmere dental alliance, inc'); None unless the name goes on past them."""
    want = re.sub(r"\W+", "", short)
    got = 0
    for k, ch in enumerate(name):
        if got == len(want):
            return name[k:] if name[k:k + 1] in (" ", ",") and name[k:].strip(" ,") else None
        if ch.isalnum():
            if ch != want[got]:
                return None
            got += 1
    return None


def _spelled_out(best: Line, score: float, seen: list[tuple], rules: RuleSet) -> tuple | None:
    """The brand set large ('EXAMPLE SHIELD') beside or under the full name that begins with it ('Example
    Shield Health Plan'): the full name, when it scores at least half as well."""
    short = fold(_name_of(best)).lower().strip()
    org = _org_words(rules)
    for ln, where, s, feats in seen:
        name = fold(_name_of(ln)).lower()
        after = _after_brand(short, name)
        whole = after is not None
        opens = whole or _brand_over_name(short, name)
        rest = after if whole else name[len(short.split()[0]):]  # past the brand's own words
        if where in ("letterhead", "top") and opens and s >= 0.5 * score and org.search(rest):
            return ln, s, feats  # (a name joined to the line under it is no spelling-out: that adds a department)
    return None


def _completes(best: Line | None, ln: Line, where: str, margin: float, rules: RuleSet) -> bool:
    """A tie between a name's second line alone ('HEALTH CARE AUTHORITY', 'Benefit Services, LLC') and
    both lines read as one goes to the whole: the first line was the brand or the state. A first line alone
    loses the tie only when what the joined line adds ends as a name ends ('Example Mutual' over 'Benefit
    Association', 'Example Medicare' over 'Advantage (HMO)'): what a second line adds is as often a slogan or a
    department, which end otherwise."""
    if best is None or abs(margin) > 1e-9 or not where.endswith("+"):
        return False
    whole, part = fold(_name_of(ln)), fold(_name_of(best))
    if whole.endswith(part):
        return True
    ins = rules.insurers
    ends = set(ins.payer_name_endings) | set(ins.company_words)
    own = re.findall(r"[a-z]+", part.lower())
    if not own or own[-1] in ends:
        return False  # ('Example Health Plan' over 'Example Senior Advantage (HMO)': a whole name over its product)
    added = PLAN_TYPE_END.sub("", whole[len(part):]) if whole.startswith(part) else ""
    words = re.findall(r"[a-z]+", added.lower())
    generic = ends | set(ins.org_words) | set(ins.payer_words) | {"and", "of"}
    return bool(words) and words[-1] in ends and words[-1] not in ins.function_words and \
        all(w in generic for w in words) and not _department_line(added, rules)  # (a name's own words, never
    # another organisation's brand: 'Example Medicaid' over 'Quennel Benefit Administrators')


PLAN_TYPE_END = re.compile(r"\s*\((?:HMO|PPO|EPO|POS|PFFS|MSA|SNP|D-SNP|C-SNP|I-SNP|HMO-POS|HMO D-SNP|PDP)\)\s*$", re.I)


def has_letterhead(page: PageText, rules: RuleSet) -> bool:
    """An organisation's name near the top: the split planner's sign that a letter starts here (an insurer's
    or an institution's: a surgery center's or a hospital's statement faxed behind the plan's letter)."""
    return any(where not in ("signature", "footer") and (_org_words(rules).search(name := fold(_name_of(ln)))
                                         or _institution(name, rules))
               for ln, where in _candidates(page, rules))


def _beside_bare_labels(row: list[list]) -> list[str]:
    """The cells of a line whose other cells are bare labels ('BILL TO:' beside 'INVOICE'): each a title of its
    own, as is a title in capitals opening a line whose one other cell holds no figure (a box's heading at the
    right; a header row of captions has more);
    a line of values beside its title ('Prescription drug statement  Member ID 123') is not."""
    texts = [" ".join(w.text for w in c) for c in row]
    out = []
    for k, t in enumerate(texts):
        others = texts[:k] + texts[k + 1:]
        if others and all(o.rstrip().endswith(":") for o in others):
            out.append(fold(t))
        elif k == 0 and t.isupper() and len(others) == 1 and not re.search(r"\d", others[0]):
            out.append(fold(t))  # ('STATEMENT' at the left, a box's heading 'Payments' at the right)
    return out


def _title_beside_letterhead(page: PageText, ln, row: list[list], rules: RuleSet) -> list[str]:
    """The paper's title in capitals at the right of the page's first line ('Example Eye Institute  STATEMENT'):
    the letterhead's name, a care provider's, and the title share a line, each a cell; never a payer's letterhead
    ('EXAMPLE MUTUAL DENTAL | DENTAL BENEFIT  STATEMENT')."""
    if not page.lines or ln is not page.lines[0] or len(row) < 2:
        return []
    from intake.extract.providers import payer_words_pattern, care_org_name

    last = " ".join(w.text for w in row[-1])
    head = fold(" ".join(w.text for c in row[:-1] for w in c))
    payer = payer_words_pattern(tuple(rules.insurers.payer_words))
    if (payer and payer.search(head)) or "|" in head or not care_org_name(head, rules):
        return []  # (a care provider's name: 'Institute', 'Clinic', 'Hospital', 'Milk Bank' ...)
    return [fold(last)] if last.isupper() and len(last.split()) <= 2 else []


def provider_paper_title(page: PageText, rules: RuleSet) -> Line | None:
    """The title line that makes a page a provider's own paper ('INVOICE', 'ITEMIZED PATIENT STATEMENT',
    'Statement of trips', 'Estimate No. 12'), in the top third of the page (insurers.yaml provider_paper_titles)."""
    from intake.layout import cells

    titles = [rx(p) for p in rules.insurers.provider_paper_titles]
    for ln in page.lines:
        if not ln.words or ln.bbox[1] >= 0.33 * page.height:
            continue
        row = cells(ln) if len(ln.words) > 1 else []
        parts = [fold(ln.text)] + _beside_bare_labels(row) + _title_beside_letterhead(page, ln, row, rules)
        if any(t.fullmatch(part.strip(" .:")) for part in parts for t in titles):
            return ln  # (or a cell of it: 'BILL TO:' at the left, 'INVOICE' at the right of one line)
    return None
