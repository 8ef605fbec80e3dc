"""Find identifiers (member, group, plan, claim numbers) in a value cell, telling them from phones and dates."""

from __future__ import annotations

import re

# (a dependent's suffix after an asterisk stays with the ID: 'QX5512078*02', as some plans print a card's number)
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9](?:\*\d{2}(?![\w*]))?|[0-9]")
PHONE = re.compile(r"^(?:1-)?(?:\(?\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}$|^(?:1-)?8\d\d-[A-Z0-9]{3}-[A-Z0-9]{4}$")
# a date, or a month and year ('rev. 09/25', '11/2025': a form's revision, never an ID)
DATE_LIKE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^(?:0?[1-9]|1[0-2])/(?:\d{2}|(?:19|20)\d{2})$")
CARC_LIKE = re.compile(r"^(?:CO|PR|OA|PI|CR)-?\d{1,3}$")
MONEY_LIKE = re.compile(r"^\$|^\d{1,3}(,\d{3})+(\.\d{2})?$|^\d+\.\d{2}(?:US|USD|EUR)?$")  # (an amount glued to the next one's currency)
STOP = {"n/a", "na", "none", "pending", "unknown", "see", "below", "above"}
LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def _fix_lookalikes(tok: str) -> str:
    """In a mostly-numeric token, an O or an l between digits is an OCR slip for 0 or 1. Letters such as
    B, S and Z stay: identifiers do carry letters between digits, and guessing them would break those."""
    digits = sum(c.isdigit() for c in tok)
    if digits < 0.7 * len(tok) or len(tok) < 5:
        return tok
    chars = list(tok)
    for i in range(1, len(chars) - 1):
        if chars[i].isalpha() and chars[i - 1].isdigit() and chars[i + 1].isdigit():
            chars[i] = chars[i].translate(LOOKALIKE)
    if chars and chars[-1] in "Ol|" and len(chars) > 5 and chars[-2].isdigit():
        chars[-1] = chars[-1].translate(LOOKALIKE)
    return "".join(chars)


# Identifier formats set by public standards, for look-alikes decided by position: the Marketplace's HIOS
# plan ID (5 digits, a state's code, 7 digits, a variant), the Medicare Beneficiary Identifier (letters only
# where the MBI allows them, never S L O I B Z), a Medicare Advantage contract and plan benefit package.
_STATES = ("AK|AL|AR|AS|AZ|CA|CO|CT|DC|DE|FL|GA|GU|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MP|MS|MT|NC|ND|NE|"
           "NH|NJ|NM|NV|NY|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VA|VI|VT|WA|WI|WV|WY")
_MBI_L = "AC-HJKMNP-RT-Y"
KNOWN_FORMATS = (re.compile(rf"\d{{5}}(?:{_STATES})\d{{7}}(?:-\d{{2}})?"),
                 re.compile(rf"[1-9][{_MBI_L}][{_MBI_L}0-9]\d-?[{_MBI_L}][{_MBI_L}0-9]\d-?[{_MBI_L}]{{2}}\d{{2}}"),
                 re.compile(r"[HRS]\d{4}-\d{3}"))
LOOKS_LIKE = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2", "G": "6",
              "0": "OD", "1": "IL", "5": "S", "8": "BS", "2": "Z", "6": "G"}


def fit_known_format(tok: str) -> str:
    """A token that misses a standard format by one or two look-alike characters ('123450R1234567-01' for a
    HIOS plan ID whose state is OR) is read as the format wants them, when exactly one reading fits. A token
    of digits alone is never given letters (a claim number is not a plan ID)."""
    if not 8 <= len(tok) <= 17 or sum(c.isdigit() for c in tok) < 4 or not any(c.isalpha() for c in tok) \
            or any(f.fullmatch(tok) for f in KNOWN_FORMATS):
        return tok
    spots = [i for i, c in enumerate(tok) if c in LOOKS_LIKE]
    if len(spots) > 12:
        return tok
    for tries in ([(i,) for i in spots],  # fewest changes first: one character, then two
                  [(i, j) for k, i in enumerate(spots) for j in spots[k + 1:]]):
        fits = {t: [c for c in _readings(tok, t) if any(f.fullmatch(c) for f in KNOWN_FORMATS)] for t in tries}
        fits = {t: cs for t, cs in fits.items() if cs}
        if fits:  # one place to change: its likeliest look-alike ('1' is I before L, as in IA over LA)
            return next(iter(fits.values()))[0] if len(fits) == 1 else tok
    return tok


# a capital O between a letter prefix and its digits ('ABCO123456'): OCR's slip for the zero the number opens
# with (an ID's digits start with 0 one time in ten; a prefix rarely ends in O), except after a plan type
BOUNDARY_O = re.compile(r"(?<=[A-Z])O(?=\d)")
PLAN_TYPES = ("HM", "PP", "EP")


def _fix_boundary_o(tok: str) -> str:
    if "O" not in tok or any(f.fullmatch(tok) for f in KNOWN_FORMATS):
        return tok
    return BOUNDARY_O.sub(lambda m: "O" if tok[:m.start()].endswith(PLAN_TYPES) else "0", tok)


def _readings(tok: str, spots: tuple) -> list[str]:
    out = [tok]
    for i in spots:
        out = [r[:i] + alt + r[i + 1:] for r in out for alt in LOOKS_LIKE[tok[i]]]
    return out


def _is_date(tok: str) -> bool:
    from intake.extract.dates import find_dates

    found = find_dates(tok)
    return bool(found) and found[0][2] - found[0][1] >= len(tok) - 1


YEAR = re.compile(r"^(?:19|20)\d\d$")
# an ordinal ('29th Edition', '2nd level'): a count, never an identifier
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\.?$", re.I)
# a date in capitals that OCR or the prefix joiner ran together ('16 MAY 2026' -> 'MAY2026', '16MAY2026')
MONTH_YEAR = re.compile(r"^(?:\d{1,2})?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|ENE|ABR|AGO|DIC)"
                        r"[A-Z]{0,6}\.?-?(?:\d{1,2}-?)?(?:19|20)\d\d$", re.I)


# a phone number with a word glued before it, or a toll-free one ('M512-448-2093' is a member ID's shape)
PHONE_INSIDE = re.compile(r"[A-Za-z]{3,}(?:1-)?\d{3}-\d{3}-\d{4}(?!\d)|(?<![\dA-Za-z])1-8\d\d-\d{3}-\d{4}(?!\d)|"
                          r"(?<![\dA-Za-z])(?:1-)?\d{3}-\d{3}-\d{4}(?=TTY|TDD|ext|x\d)")  # ('...-0144TTY711')


def is_id(tok: str, min_len: int = 4) -> bool:
    if len(tok) < min_len or len(tok) > 30 or tok.casefold() in STOP or _is_date(tok) or YEAR.match(tok) \
            or MONTH_YEAR.match(tok) or ORDINAL.match(tok):
        return False
    if PHONE.match(tok) or DATE_LIKE.match(tok) or MONEY_LIKE.match(tok) or CARC_LIKE.match(tok):
        return False
    if PHONE_INSIDE.search(tok):
        return False  # 'Customercare1-800-555-0100': a phone number OCR glued to its label
    if NOT_AN_ID.match(tok) or WORD_ON_DATE.match(tok) or PLACEHOLDER.search(tok):
        return False
    digits = sum(c.isdigit() for c in tok)
    if digits >= 2 and digits >= len(tok) * 0.3:
        return True
    return min_len <= 3 and digits >= 1 and bool(PLAN_CODE.fullmatch(tok))


# what has an ID's shape and identifies nothing of a case: a form's number ('CMS-1500', 'UB-04', 'OMB 0938-0566'),
# a span of dates ('05/31/2031-06/21/2031', '03/02-03/09/2031') or a year and month ('2031-04'), a parcel's
# tracking number ('1Z...'),
# a number over a number ('24/7' hours, '2/3' of a cost), a word run into an amount ('TOT220.00': 'CLAIM TOT 220.00'),
# a relay line's number glued to its word ('TTY711')
NOT_AN_ID = re.compile(r"(?:CMS|HCFA|UB|OMB)-?\d|[A-Z]{1,5}\d{1,3}(?:,\d{3})*\.\d{2}$|\d{1,2}/\d{1,2}(?:/\d{2,4})?-\d{1,2}/\d{1,2}/\d{2,4}$|"
                       r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])$|"
                       r"1Z[0-9A-Z]{16}$|\d{1,3}/\d{1,3}$|(?:TTY|TDD)-?\d{3}$|"
                       r"\d{1,2}[./-](?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[./-]\d{2,4}$|"
                       r"\d{1,2}-?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)-?\d{2}(?:\d{2})?$", re.I)
# ('24/7', '2/3': hours and shares; '10.VIII.2031', '24/IV/2031': a day, a month in Roman numerals, a year;
# '13FEB31', '13-FEB-2031': a day, a month's abbreviation, a year)


# a form's or an instruction's example of a number's shape ('PA000000000', 'Claim no. 2030000000000'): figures
# that are all zeros, or nine zeros or more ending it, which no insurer's numbering gives in practice
PLACEHOLDER = re.compile(r"^[^1-9]*0{5,}[^1-9]*$|0{9,}$")


# a word OCR ran into the date after it ('processed2031-02-05', 'through03/06/2031'): no identifier
WORD_ON_DATE = re.compile(r"[a-z]{4,}(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$|"
                          r"^\d{1,2}/\d{1,2}/\d{2,4}[a-z]{2,}$", re.I)  # (and 'through' or 'to' after it: '03/02/2031to')


# a plan's own code in capitals, letters first, in dashed parts ('HMO-07B', 'SEL-PPO-12'): an ID only where a
# strong label stands alone before it (min_len 3), since most of it is letters
PLAN_CODE = re.compile(r"[A-Z]{2,8}(?:-[A-Z0-9]{1,6}){1,3}")


# a short prefix mixing digits and capitals ('25K', '31Q', 'K7P'): never a word, so the long number after it is its rest
MIXED_PREFIX = re.compile(r"\d{1,3}[A-Z]{1,2}|[A-Z]\d[A-Z]")


# digit groups already joined, with or without their letter prefix ('ABC68049523'): a letter printed apart after
# them is the number's last character ('ABC 6804 9523 Z'), where nothing but the end or a number follows it
GROUPED_BEFORE = re.compile(r"[A-Z]{0,4}\d{8,14}")


def _join(text: str) -> str:
    parts = text.split(" ")
    out: list[str] = []
    mixed = -1  # the part of out that took a mixed group: digit groups after it are the same ID's
    for i, p in enumerate(parts):
        # a one-digit group is a check digit only after a long number ('ABC 1234 5678 9'), never '1 of 2'
        after = parts[i + 1].lower() if i + 1 < len(parts) else ""
        long_before = out and sum(c.isdigit() for c in out[-1]) >= 6 and after not in ("of", "de", "/")
        group = r"\d{1,6}" if long_before else r"\d{2,6}(?:-\d{2})?"  # ('IB 708 377-02': a dependant's suffix ends it)
        core = p.rstrip(").,;:]")  # the last group before the sentence's stop ('(ID 12 3456 7890).')
        if out and core and re.fullmatch(group, core) and len(out[-1]) < 16 and \
                (re.fullmatch(r"[A-Z]{0,3}\d+", out[-1]) or mixed == len(out) - 1):
            out[-1] += p
        elif out and re.fullmatch(r"\d{6,12}|\d{3,6}-\d{3,8}", p) and MIXED_PREFIX.fullmatch(out[-1]):
            out[-1] += p  # '25K 104938271', 'K7P 3316028': a short prefix of letters and digits set apart
        elif out and i > 1 and re.fullmatch(r"[A-Z]", core) and GROUPED_BEFORE.fullmatch(out[-1]) and \
                not after[:1].isalpha():
            out[-1] += p  # 'ABC 6804 9523 Z': a last letter set apart like the groups before it, the ID's own
        elif out and mixed == len(out) - 1 and re.fullmatch(r"[A-Z]\d|\d[A-Z]", core) and not after[:1].isalnum():
            out[-1] += p  # 'QX 317 B42 S7': a short last group after mixed ones, where the ID's text ends
        elif out and _mixed_group_joins(out[-1], core, parts[i + 1] if i + 1 < len(parts) else ""):
            out[-1] += p  # 'QX 317 B42 915', 'QX 3502 8SB3': a group holding a letter among its digits
            mixed = len(out) - 1
        else:
            out.append(p)
    return " ".join(out)


# a printed group of an ID holding a letter or two among its digits ('B42', '31O', '13G7', '8SB3'): two digits at
# least, so a code ('B2') or a word never counts
MIXED_GROUP = re.compile(r"(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){1,2}\d*$)[A-Z0-9]{3,5}")
SO_FAR = re.compile(r"[A-Z]{0,4}\d[A-Z0-9]*")  # the ID joined so far: its prefix and a group with digits
PREFIX_ALONE = re.compile(r"[A-Z]{2,4}")


def _mixed_group_joins(before: str, group: str, after: str) -> bool:
    """A mixed group continues the ID before it ('QX317' + 'B42'); after a bare prefix ('QW' + '13G7') only where
    another group of the same ID follows it ('QW 13G7 2468'), so a state and a code are left apart."""
    if not MIXED_GROUP.fullmatch(group) or len(before) + len(group) > 16:
        return False
    if SO_FAR.fullmatch(before):
        return not (before.isdigit() and group[0].isalpha())  # ('PA 19999 B12': a ZIP, then a code)
    nxt = after.rstrip(").,;:]")
    return bool(PREFIX_ALONE.fullmatch(before)) and bool(re.fullmatch(r"\d{3,6}", nxt) or MIXED_GROUP.fullmatch(nxt))


LETTER_SPLIT = re.compile(r"\b([A-Z])\s(?=[A-Z]{1,3}(?:\s?-\s?)?\d{3,}\b)")
# never glued to the number after them: label words, reason-code groups, and address words ('P.O. Box 4410',
# 'Suite 200', 'Apt 12'), and a state before its ZIP code ('SD 57501-1234')
ADDRESS_WORDS = "BOX|STE|SUITE|APT|UNIT|RM|FL|BLDG|HWY|RTE|RT"
STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
          "ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
PREFIX_SPLIT = re.compile(rf"\b(?!(?:ID|NO|NUM|DE|MR|MS|DR|TTY|CO|PR|OA|PI|CR|USD|EUR|CAD|MXN|{ADDRESS_WORDS})\b)"
                          rf"(?!(?:{STATES})\s\d{{5}}(?:-\d{{4}})?\b)([A-Z]{{1,4}})\s?(-)?\s?(?=\d{{3,}})")


# a Medicare number printed in its 4-3-4 groups, the dashes spaced apart by OCR ('1EG4 - TE5 - MK72')
MBI_GROUPS = re.compile(r"\b([A-Z0-9]{4})\s*-\s*([A-Z0-9]{3})\s*-\s*([A-Z0-9]{4})\b")
MBI = KNOWN_FORMATS[1]
# the VA's Integration Control Number of a person (ten digits, a V, six digits): a Veteran's own number, never
# a claim's, whatever control-number label stands before it
PERSON_ICN = re.compile(r"\d{10}V\d{6}")
# Social Security's claim number (and Medicare's old HICN): a Social Security number printed with its dashes and
# the letter (and digit) saying whose benefit it is ('123-45-6789A'): a person's number under any claim label
PERSON_CLAIM_NUMBER = re.compile(r"(?:\d{3}|XXX)-(?:\d{2}|XX)-\d{4}[A-Z][A-Z0-9]?")  # (or masked: XXX-XX-6789A)


def person_number(value: str) -> bool:
    """A number whose format names a person, not a claim: the VA's person ICN, an SSA claim number."""
    return bool(PERSON_ICN.fullmatch(value) or PERSON_CLAIM_NUMBER.fullmatch(value))


# an ID broken after one of its own dashes ('1EG4-TE5- MK72', 'AB12- 3456'): the dash joins the next part
DASH_BREAK = re.compile(r"(?<![\w/.,-])((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}-)\s+(?=[A-Z0-9]*\d[A-Z0-9]*(?![/,\w]|\.\w))(?=[A-Z0-9]{2})")


# ... or before it, the short tail set apart ('731520 -44': a group number and its suffix)
DASH_TAIL = re.compile(r"(?<![\w/.,$-])((?=[A-Z0-9]*\d)[A-Z0-9]{3,})\s+(-(?=[A-Z0-9]{1,3}\b)[A-Z0-9]{0,2}\d[A-Z0-9]{0,2})(?![/,\w-]|\.\w)")


# ... or a letter prefix set apart before the dash that opens the rest ('GRP -W23412')
DASH_LEAD = re.compile(rf"(?<![\w/.,-])(?!(?:ID|NO|NUM|{ADDRESS_WORDS})\b)([A-Z]{{2,4}})\s+(-[A-Z]{{1,2}}\d{{3,}})\b")


# ... or two capitals set apart from the one letter and long number that follow ('QX M31991187'): OCR's gap
# inside a member number; never a label word, a state or a reason-code group before them
PAIR_SPLIT = re.compile(rf"\b(?!(?:ID|NO|DE|MR|MS|DR|CO|PR|OA|PI|CR|{STATES})\b)([A-Z]{{2}})\s(?=[A-Z]\d{{6,}}\b)")


def _mbi_grouped(m: re.Match) -> str:
    """The groups as one Medicare number when together they make one; otherwise the text as printed."""
    cand = "-".join(m.groups())
    return cand if MBI.fullmatch(cand) else m.group(0)


def _join_prefix(text: str) -> str:
    """OCR often splits 'QXA90916111' into 'QXA 90916111' and 'GRP-8111' into 'GRP - 8111'."""
    text = MBI_GROUPS.sub(_mbi_grouped, DASH_TAIL.sub(r"\1\2", DASH_BREAK.sub(r"\1", DASH_LEAD.sub(r"\1\2", text))))
    text = LETTER_SPLIT.sub(r"\1", text)  # 'A P871753'
    text = PAIR_SPLIT.sub(r"\1", text)  # 'QX M31991187'
    return _prefix_to_groups(text)


def _prefix_to_groups(text: str) -> str:
    """A letter prefix set apart from digit groups joined into one number ('UM 261961406' once its groups are
    joined): only the prefix rule, since a lone capital before the prefix ('!D LMH...', OCR's 'ID') is no part."""
    return PREFIX_SPLIT.sub(lambda m: m.group(1) + (m.group(2) or ""), text)


# the last line of an address ('Springfield, IL 62701'; OCR's 'Wi' for 'WI' too): a town, no one's name
CITY_LINE = re.compile(r"^\s*[A-Z][\w.'\- ]*(?:,\s*[A-Z][A-Za-z]\.?|\s+[A-Z]{2})\s+\d{5}(?:-\d{4})?\s*$")  # (comma or not)
# a cell that is an address line's start ('PO Box 100', 'Suite 300'), read whole
ADDRESS_START = re.compile(rf"^(?:P\.?\s?O\.?\s*(?=box\b))?(?:{ADDRESS_WORDS})\b", re.I)  # ("PO" only before "Box": 'Port' is no P-O-RT)
PO_BOX = re.compile(r"P\.?\s?O\.?\s*BOX\b|POST\s+OFFICE\s+BOX\b|APARTADO\b", re.I)  # a mailing address opening a cell
AFTER_ADDRESS_WORD = re.compile(rf"\b(?:{ADDRESS_WORDS})\.?\s*#?\s*$", re.I)
WORDLIKE_STATES = {"ID", "IN", "OR", "ME", "OK", "HI", "DE", "CO", "PA", "MA", "LA", "MI", "AL", "AS"}
PLAIN_STATES = "|".join(x for x in STATES.split("|") if x not in WORDLIKE_STATES)
# 'Anytown, ID 83000' (a comma before the state) or 'Pierre SD 57501'; never 'Member ID 55512'
AFTER_STATE = re.compile(rf"(?:,\s*(?:{STATES})|\b(?:{PLAIN_STATES}))\s*$")
ZIP = re.compile(r"\d{5}(?:-\d{4})?")


# '42 Example Court', '7 North Sample Road': a house number before its street's name and kind
STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Court|Ct|Lane|Ln|Drive|Dr|"
                          r"Boulevard|Blvd|Way|Place|Pl|Row|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|"
                          r"Close|Square|Sq|Crescent|Alley|Pike|Loop|Run|Path|Walk)\b\.?(?!\s*[:#])")


def _address_number(before: str, tok: str, after: str = "") -> bool:
    """A PO box, suite or apartment number, a ZIP code after its state, or a house number before its street:
    part of an address, no ID."""
    if tok.isdigit() and len(tok) <= 6 and STREET_AFTER.match(after):
        return True
    return bool(AFTER_ADDRESS_WORD.search(before) or (ZIP.fullmatch(tok) and AFTER_STATE.search(before)))


# OCR reads a leading S as '$' ('$KQ7001': no amount starts with letters): an S by position, not a global map
DOLLAR_S = re.compile(r"(?<![\w$])\$(?=[A-Z]{1,3}-?\d{3,}|\d{4}-\d{3}\b)")  # (or a Part D contract's
# '$9306-012' for 'S9306-012': no amount has a dash)
# a leading E read as a currency sign ('\u20ac3108820044719', '\u00a33108820044727'): a long run of digits with no
# point or comma is no amount, and an E opens many claim numbers
EURO_E = re.compile(r"(?<![\w$\u20ac\u00a3])[\u20ac\u00a3](?=\d{8,}(?![\d,.]*[.,]\d))")
E_THEN_EURO = re.compile(r"(?<![\w$])E[\u20ac\u00a3](?=\d{8,}(?![\d,.]*[.,]\d))")  # ('E\u00a33108...': both read)
# and as a 5 before a letter prefix ('5KQ7001...'): an ID starts with letters or digits, seldom one digit and
# then letters (an MBI does, and is known by its own format first)
FIVE_S = re.compile(r"(?<![\w$])5(?=[A-Z]{2,3}\d{5,}\b)")
# a zero opening a prefix of letters ('0K47-2210', '0X55120934'): an O, as letters lead an ID and digits follow
LEAD_ZERO = re.compile(r"^0(?=[A-Z]{1,3}-?\d{2,})")
# an I that OCR read as a one or a small l: opening a letter prefix ('1F31-4417' for 'IF31-4417', '1HC3190...'), or
# a small l among capitals ('31-Cl-604218'); a Medicare number (a digit, then letters) keeps its first digit
DOT_FOR_DASH = re.compile(r"(?<=\d)\.(?=\d{3,}$)")
LEAD_ONE = re.compile(r"^[1l](?=[A-Z]{1,3}-?\d{2,}(?:-?\d){3,})")
SMALL_L = re.compile(r"(?<=[A-Z])l(?=[A-Z]|-|$)")
PREFIX_SMALL_L = re.compile(r"(?<![A-Za-z])([A-Z]{1,3})l(?=[ -]\d{3})")  # ('El082537' is E1082537: a one)


def _letter_i(tok: str) -> str:
    if not any(c.isdigit() for c in tok) or any(f.fullmatch(tok) for f in KNOWN_FORMATS):
        return tok
    return SMALL_L.sub("I", LEAD_ONE.sub("I", tok))
# a lower-case l between an upper-case letter or digit and a digit, in an ID printed in capitals: a 1
LOWER_L = re.compile(r"(?<=[A-Z0-9])l(?=\d)")


# a phone number's exchange and line after its area code in brackets ('(555) 204-7781'): no ID
PHONE_TAIL = re.compile(r"^\d{3}[-.]\d{4}$")
AREA_CODE_BEFORE = re.compile(r"\(\d{3}\)\s*$")


# a Medicare number with OCR's slips that no other ID could explain: its J read as a bracket (or as two, ')]'),
# a space inside it, or printed in its dashed groups ('1EG4-TE5-MK72')
MBI_LOOSE = re.compile(r"(?<![\w)\]])[1-9](?:[\s-]?(?:\)\]|[A-Z0-9)\]])){10}(?![\w)\]])")


def _mbi_repaired(m: re.Match) -> str:
    """The Medicare number the slips hide, when undoing them (a bracket for J, spaces dropped) gives exactly
    the strict format; the text as printed otherwise."""
    cand = re.sub(r"\s", "", m.group(0)).replace(")]", "J").replace(")", "J").replace("]", "J")
    ok = MBI.fullmatch(cand.replace("-", "")) and re.search(r"[)\]]", m.group(0))
    return cand if ok else m.group(0)  # (printed groups kept: '1EG4-TE5-MK72')


# a closing bracket inside a run of capitals and digits that no bracket opened ('4812)305517'): OCR's reading of
# a J in many fonts, as in the Medicare number repair above; same length, so spans still point into the text
INNER_BRACKET = re.compile(r"(?<![(\w])([A-Z0-9]{2,})\)(?=[A-Z0-9]{2,}(?![\w(]))")


def _bracket_j(m: re.Match) -> str:
    tail = m.string[m.end():].split(" ", 1)[0]
    digits = sum(ch.isdigit() for ch in m.group(1) + tail)
    return m.group(1) + ("J" if digits >= 4 and ")" not in tail and not tail.startswith("J") else ")")


# a capitalised word right after six digits, ending the token ('...551207Ref' of 'Ref no.', '...913062Example' of a
# name run on): an ID is printed in capitals
GLUED_WORD = re.compile(r"(?<=\d{6})[A-Z][a-z]+$")


def _mended(joined: str) -> str:
    """A Medicare number's J or bracket OCR misread (only a bracket can hide one: the hot path skips the rest)."""
    if ")" in joined or "]" in joined:
        joined = MBI_LOOSE.sub(_mbi_repaired, joined)
    if ")" in joined:
        joined = INNER_BRACKET.sub(_bracket_j, joined)
    return joined


GLUED_LABEL = re.compile(r"(?:numbe?r?|numero|nro)(?=[A-Z]{1,4}\d{4,})|(?i:no|nos|num|nbr)\.(?=[A-Z0-9]*\d[A-Z0-9-]{4,})")


def printed_exactly(words) -> bool:
    """Words from a text layer (confidence 1.0; Tesseract never gives it): what is printed is what was meant, so
    no look-alike is mended ('QHO059...' stays with its O, an MBI-like number keeps the L it was printed with)."""
    return bool(words) and all(w.conf >= 0.995 for w in words)


def find_ids(text: str, min_len: int = 4, exact: bool = False) -> list[tuple[str, int, int]]:
    """IDs in reading order with their spans in the original text; never raises. A strong label may
    allow shorter ones (min_len 3: an ERISA plan number such as 501). `exact`: the text is a text layer's, so
    OCR's look-alikes are not mended."""
    text = text or ""
    joined = re.sub(r"\s+", " ", text.strip())
    if not exact:
        joined = PREFIX_SMALL_L.sub(r"\1I", _mended(joined))  # ('Cl 6081 552 903': the prefix 'CI', same length)
    joined = _prefix_to_groups(_join(_join_prefix(joined)))  # ('UM 26 1961 406': the groups, then their prefix)
    if not exact:
        joined = DOLLAR_S.sub("S", joined)  # same length: spans still point into the text
        joined = EURO_E.sub("E", E_THEN_EURO.sub(" E", joined))  # (same length)
        joined = FIVE_S.sub("S", joined)
        joined = LOWER_L.sub("1", joined)
    out = []
    for m in TOKEN.finditer(joined):
        tok = m.group(0).strip(".-/_")
        glued = GLUED_WORD.search(tok)
        if glued:  # '215906633999Bluewater': the next column's name run on by OCR, no part of the number
            tok = tok[:glued.start()]
        label = GLUED_LABEL.match(tok)
        start = m.start() + (label.end() if label else 0)
        if label:  # 'numbeRD1234567', 'no.31B53091': OCR lost the label's last letters or the space before the number
            tok = tok[label.end():]
        if not exact:
            tok = _fix_boundary_o(fit_known_format(_fix_lookalikes(_letter_i(LEAD_ZERO.sub("O", tok)))))
            tok = DOT_FOR_DASH.sub("-", tok) if "-" in tok else tok  # ('31-0304.49213': OCR's point for a dash)
        if is_id(tok, min_len) and not _address_number(joined[:m.start()], tok, joined[m.end():]) and \
                not (PHONE_TAIL.match(tok) and AREA_CODE_BEFORE.search(joined[:m.start()])):
            out.append((tok, start, m.end()))
    return out


def as_printed(value: str, text: str) -> str:
    """The ID with the spaces the page prints inside it ('ABC 1234 5678', 'QX4471 02' with a dependant's suffix set
    apart, 'QX-PPO 2750'): the form a reader copies onto a request. The value itself when the line does not hold it
    so. (A space OCR put inside a number keeps the number: compared, IDs drop their spaces.)"""
    if not value or " " in value or "-" in value or len(value) > 30 or " " not in (text or ""):
        return value  # (a dashed ID is grouped by its dashes; OCR's spaces beside a dash are no grouping)
    m = printed_spacing(value, text)
    groups = m.group(0).split(" ") if m else []
    if len(groups) < 2 or any(len(g) < 2 for g in groups[:-1]) or (len(groups[-1]) < 2 and len(groups) < 3):
        return value  # (a character to a box, 'Q X 4 4 7 1', is one number; a lone last character only after
        # two groups, 'ABC 1234 5678 9')
    return m.group(0)


def printed_spacing(value: str, text: str) -> re.Match | None:
    """Where the text prints the value, with or without a space between any two of its characters."""
    pattern = r"\s?".join(re.escape(ch) for ch in value)
    return re.search(rf"(?<![\w-]){pattern}(?![\w-])", text or "")


def norm(value: str) -> str:
    """An ID as compared: grouping spaces dropped, case ignored."""
    return re.sub(r"\s+", "", value or "").upper()


SHAPE_FOLD = str.maketrans("OQDILISBZGAT", "000111582647")


def shape_key(value: str) -> str:
    """An ID as OCR might have misread it: letters that look like digits folded into them, so '1234A5678'
    and '123445678' read off two lines of one letter are known as one claim. For grouping only, never for
    the value printed."""
    return norm(value).translate(SHAPE_FOLD)


def first_id(text: str) -> str | None:
    found = find_ids(text)
    return found[0][0] if found else None
