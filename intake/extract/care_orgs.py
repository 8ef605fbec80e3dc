"""Care providers a letter names only in its sentences ('We received Example Valley Clinic's bill ...'), and the
days of care such a sentence states.

A letter written in prose often names who gave the care in no label and in none of the sentence shapes
`rules/fields.yaml` knows ('Example Valley Clinic cared for you', 'receipts from Example Pharmacy'). Such a letter
still names its care provider the way a reader spots it: a run of capitalised words ending in a care provider's
word ('... Clinic', '... Pharmacy', '... Home Care'), with a word of its own besides the generic ones (a place, a
founder), and no payer's or office's word in it. This is the last resort of the provider field: it runs only when
nothing else on the paper names the provider."""

from __future__ import annotations

import re
from collections import Counter

from intake.extract.candidates import Candidate
from intake.extract.context import Context
from intake.extract.text import fold

# a run of capitalised words, with the small words names hold inside them ('Port of Example Clinic', 'Centro
# Médico del Valle', 'Foot & Ankle'); OCR's '€' is an '&'
NAME_RUN = re.compile(r"(?:[A-Z][\w'\u2019.\-]*)(?:\s+(?:[A-Z][\w'\u2019.\-]*|&|\u20ac|of|the|and|de|del|la|las|los|y|do|da)){1,7}")
TRAILING_SMALL = re.compile(r"(?:\s+(?:&|\u20ac|of|the|and|de|del|la|las|los|y|do|da))+$")
POSSESSIVE = re.compile(r"['\u2019]s$")
# a name's endings any business has ('Example Fabricating LLC', 'Example Logistics'): care only with a care word
BUSINESS_ENDINGS = frozenset({"inc", "llc", "pc", "pllc", "logistics", "solutions", "services", "service", "group",
                              "partners", "consultants", "agency", "bank", "program", "studio"})
CARE_FIRST = frozenset({"centro", "center", "centre"})  # a Spanish name's word order, an English one's 'Center for ...'


def _words(name: str) -> list[str]:
    return [POSSESSIVE.sub("", fold(w).strip(".,;:'\u2019")) for w in name.split()]


def _trimmed(run: str, openers: frozenset[str]) -> str:
    """The run without the sentence's opening words before the name and small words after it."""
    words = run.split()
    while words and fold(words[0]).strip(".,") in openers:
        words = words[1:]
    return TRAILING_SMALL.sub("", " ".join(words))


def care_name_shape(name: str, rules) -> bool:
    """Pure: a care provider's name as a reader spots one in a sentence. It ends in a care provider's word or holds
    one only care providers' names hold; it holds a word of its own besides generic ones; and no word of a payer,
    an office or a billing service."""
    words = _words(name)
    if len(words) < 2:
        return False
    ins, names = rules.insurers, rules.names
    care = (words[-1] in ins.provider_name_endings and words[-1] not in BUSINESS_ENDINGS) or \
        any(w in ins.care_only_words for w in words) or words[0] in CARE_FIRST  # ('Centro Médico del Sauzal')
    barred = set(names.copied_party_words + names.non_care_org_words + names.provider_office_words +
                 names.non_care_sentence_words)
    generic = set(names.generic_org_words) | set(ins.provider_name_endings) | set(ins.care_only_words)
    own = any(len(w) >= 3 and w not in generic and w not in names.sentence_openers for w in words)
    return care and own and not any(w in barred for w in words)


def care_names_in(text: str, rules, after: str = ""):
    """Pure: the care providers' names a line of text holds, each as (folded key, name as printed). `after` is the
    capitalised word the next line opens with where the sentence runs on into it: a name at the line's end goes on
    with it ('... Example Valley Medical' over 'Center on ...'), or is none ('... the Example Care' over
    'Guidelines ...': the guidelines')."""
    openers = frozenset(rules.names.sentence_openers)
    for m in NAME_RUN.finditer(text):
        name = _trimmed(m.group(0), openers)
        if after and m.end() == len(text):
            name = f"{name} {after}"
        if care_name_shape(name, rules):
            yield " ".join(_words(name)), POSSESSIVE.sub("", name.rstrip(".,;:"))


def care_org_in_sentences(ctx: Context, parse, not_insurer) -> Candidate | None:
    """The care provider the letter's lines name most often (first named on a tie), outside other claims and the
    first page's letterhead; `not_insurer` drops the payer's own names."""
    counts: Counter = Counter()
    first: dict[str, tuple] = {}
    lines = ctx.ix.lines
    for k, line in enumerate(lines):
        if ctx.ix.position(line) in ctx.others or _letterhead(line, ctx):
            continue
        after = _next_word(line, lines[k + 1] if k + 1 < len(lines) else None, ctx.rules)
        parts = [c.text for c in ctx.ix.cells.get(id(line), [])] or [line.text]
        for j, part in enumerate(parts):  # (a name ends at its cell: the next cell's person or caption is no part)
            for key, name in care_names_in(part, ctx.rules, after if j == len(parts) - 1 else ""):
                counts[key] += 1
                first.setdefault(key, (line, name))
    for key in sorted(counts, key=lambda k: (-counts[k], ctx.ix.position(first[k][0]))):
        line, name = first[key]
        value = parse(name)
        if not value:
            continue
        cand = ctx.from_line(line, "provider", value, "names.care_org_in_sentences (the care provider the letter "
                             "names, nothing else naming one)", "heuristic")
        if not_insurer([cand]):
            return cand
    return None


def _next_word(line, after, rules) -> str:
    """The capitalised word opening the next line, where a sentence's line runs on into it with no stop (a heading or
    a table's cell, with no lower-case word, names what it names whole); not a word that opens a sentence."""
    if after is None or after.page != line.page or not line.text or not line.text[-1].isalnum():
        return ""
    if not any(w[:1].islower() for w in line.text.split()):
        return ""
    m = re.match(r"[A-Z][\w'\u2019\-]*", after.text)
    word = m.group(0) if m else ""
    return "" if fold(word) in rules.names.sentence_openers else word


def _letterhead(line, ctx: Context) -> bool:
    """A line at the top of the first page: the letterhead (the issuer's), or a fax's header."""
    page = ctx.doc.pages[0] if ctx.doc.pages else None
    return page is not None and line.page == page.number and line.bbox[1] < 0.12 * page.height


# a sentence about a request for approval, wherever its verb stands: its days are the asking's, not care's
REQUEST_SENTENCE = re.compile(r"\b(?:asked|asks|requested)\s+(?:us|the\s+plan)\s+to\s+(?:cover|approve|authori[sz]e)|"
                              r"\bcoverage\s+(?:request|determination)|"
                              r"\brequest(?:ed)?\s+(?:\S+\s+){0,6}?to\s+(?:cover|approve|authori[sz]e)\b|"
                              r"\bsolicitud\s+de\s+(?:autorizacion|cobertura|aprobacion)|\bnos\s+pidio\s+(?:que\s+)?(?:cubr|aprob)|"
                              r"\breceived\s+(?:a|your|the)\s+(?:\w+\s+)?request\b|"
                              r"\b(?:review|reconsider)\s+(?:our|the|its|this)\s+(?:\S+\s+){0,4}?(?:decis|denial|determination)")
RUN_ON = 160  # characters after a sentence that may still be its own (cut at a line's end)
CUE_WORDS = 4  # how many words before a date may say it is no day of care ('we received it on', 'by')


def care_sentence_dates(ctx: Context, provider: str) -> list[list[Candidate]]:
    """The days of care a letter states only in the sentence naming its provider ('Example Pharmacy filled it on
    May 4, 2026', 'El 4 de mayo de 2026 Example Clinic le ...'): the first such sentence whose dates no word before
    them makes another day (received, dated, by, asked: rules/fields.yaml not_care_date_words)."""
    from intake.extract import dates

    key = fold(provider)
    cues = frozenset(ctx.rules.fields.not_care_date_words)
    text, folded = ctx.dtext.text, ctx.dtext.folded
    for a, b in ctx.dtext.sentences():
        k = folded.find(key, a, b)
        if k < 0 or not prose_line(ctx.dtext.line_at(k), ctx):
            continue  # (a table's row names the provider beside dates of anything: the table's columns say which)
        sentence = text[a:b].replace("\n", " ")
        found = dates.find_dates(sentence)
        after = text[b:b + RUN_ON].split("\n\n", 1)[0].replace("\n", " ")  # (a sentence cut at a line's end, 'Example
        # Rest &' or '(NPI', goes on over the next line: its verb may stand there)
        if not found or any(_cued(fold(sentence[:start]), cues) for _, start, _ in found) or \
                REQUEST_SENTENCE.search(fold(sentence + " " + after).lower()):
            continue  # ('On May 4 Dr. Ana Reyes, who sees you for asthma, asked us to approve ...': the day of asking)
        spans = dates.find_spans(sentence)
        if spans and len(spans) <= 4:
            return [[ctx.from_line(ctx.dtext.line_at(k), "service_dates", spans, "layout: the days in the sentence "
                                   "naming the care provider, nothing else dating the care", "heuristic")]]
    return []


def prose_line(line, ctx: Context) -> bool:
    """A line of running text (one or two cells, not a table's row), in no other claim's block."""
    from intake.layout import cells

    return line is not None and ctx.ix.position(line) not in ctx.others and len(cells(line)) <= 2


def _cued(before: str, cues: frozenset[str]) -> bool:
    return any(w.strip(".,;:()") in cues for w in before.split()[-CUE_WORDS:])
