"""The amount a letter's sentences say was billed or refused, where no label, table or known sentence shape did.

A letter in prose states the bill's amount in endless wordings ('the $186.42 you paid there', 'came to $579.37',
'sent us a bill of 612.40 USD', 'No podemos pagar los US$ 412,00'). What they share is a word about a bill, a
charge or a payment in the sentence, and no word just before the amount that makes it a limit, a deductible or a
share (rules/fields.yaml `bill_words`, `not_charge_words`). The first such amount, in a sentence that refuses
something if one does, is the claim's: the last resort of the claim amount field."""

from __future__ import annotations

import re

from intake.extract.candidates import Candidate
from intake.extract.care_orgs import prose_line
from intake.extract.context import Context
from intake.extract.text import fold

BEFORE_WORDS = 5  # how many words before an amount may say it is no charge ('up to', 'your deductible of')
REFUSING = re.compile(r"\b(?:not|cannot|can't|won't|no|unable|deny|denied|refuse|refused|neg\w+|rechaz\w+)\b")
PAYER_PAID = re.compile(r"\b(?:we|plan|program|fund|insurer)\s+(?:has\s+|have\s+|already\s+)?paid\b")  # (what was paid
# the provider is no charge; what the member paid is)
RATE_AFTER = re.compile(r"\s*(?:a|an|per|each|every|al|por|cada)\s+(?:month|day|year|hour|week|visit|mes|dia|ano|hora|semana)\b")
WORD = re.compile(r"[a-z$'\u2019]+")
# 'would not pay', 'could not be paid': a refusal told, no estimate's 'would' nor an example's 'could'
REFUSED_MODAL = re.compile(r"\b(?:would|could)(?=\s+(?:not|never|no\s+longer)\b)")


def sentence_charge(ctx: Context) -> list[Candidate]:
    """The amount billed or refused in the first sentence that states one (one that refuses first)."""
    from intake.extract import money

    fields = ctx.rules.fields
    bill, barred = frozenset(fields.bill_words), frozenset(fields.not_charge_words)
    text = ctx.dtext.text
    found: list[tuple[bool, int, str]] = []
    for a, b in ctx.dtext.sentences():
        sentence = text[a:b].replace("\n", " ")
        words = set(WORD.findall(REFUSED_MODAL.sub(" ", fold(sentence))))
        if not words & bill or words & set(fields.not_charge_sentence_words):
            continue
        for value, start, end in money.find_money(sentence, need_sign=True):
            before = WORD.findall(fold(sentence[:start]))[-BEFORE_WORDS:]
            if value != "0.00" and not barred & set(before) and not PAYER_PAID.search(" ".join(before)) \
                    and not RATE_AFTER.match(fold(sentence[end:])) and prose_line(ctx.dtext.line_at(a), ctx):
                found.append((not REFUSING.search(fold(sentence)), a + start, value))
                break
    if not found:
        return []
    _, at, value = min(found)
    line = ctx.dtext.line_at(at)
    return [ctx.from_line(line, "claim_amount", value, "layout: the amount a sentence says was billed or refused, "
                          "nothing else stating it", "heuristic")]

