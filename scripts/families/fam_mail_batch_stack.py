"""Family 'mail_batch_stack': a day's client mail scanned as one file, 2-4 short documents from different insurers.

Why: an advocate's office scans the morning's mail in one pass. The stack mixes invented insurers and kinds (a
denial letter, an EOB, an approval, a request for information that denies nothing), each with its own truth.
Pages arrive as they were fed: one upside down, one sideways, a blank separator sheet between two letters, the
blank back of a one-page letter from a duplex scan (faint show-through; it belongs to no document, as the eval
README says of blank pages). Two files are born-digital PDFs the advocate merged from portal downloads.
"""

from __future__ import annotations

import random

from capture import Item
from inv_kit import Doc, pdf_bytes
from kit_roundj_famq import INSURERS, approval_page, denial_pages, eob_page, facts, rfi_page

FAMILY = "mail_batch_stack"
LANG = "en"
DS = ["long", "slash", "dmy", "iso", "abbr"]
MS = ["sign", "plain", "usd"]


def one(rng: random.Random, ins: str, kind: str, key: str = "medical_necessity", n: int = 0, **kw) -> tuple:
    """One document of the stack as (pdf, truth)."""
    f = facts(rng, INSURERS[ins], key, dependent=kw.get("dependent", False))
    d = Doc(rng.choice(["Helvetica", "Times"]))
    ds, ms = DS[n % len(DS)], MS[n % len(MS)]
    if kind == "denial":
        t = denial_pages(d, f, n % 4, ds, ms, kw.get("rule", "of_letter"), kw.get("two", False))
    elif kind == "eob":
        t = eob_page(d, f, ds, ms, paid=kw.get("paid", False))
    elif kind == "approval":
        t = approval_page(d, f, ds)
    else:
        t = rfi_page(d, f, ds, ms)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(12100 + i)  # noqa: E731
    return [
        Item("mail_batch_stack_bd_three", "born_digital",
             [one(R(0), "halvorsen", "denial", "medical_necessity", 0),
              one(R(1), "quarrystone", "eob", "coding_error", 1),
              one(R(2), "brackenfield", "approval", "pre_mednec", 2)]),
        Item("mail_batch_stack_bd_pair", "born_digital",
             [one(R(3), "lindenmoor", "rfi", "other", 3),
              one(R(4), "osterley", "denial", "out_of_network", 1, two=True, rule="receipt")]),
        Item("mail_batch_stack_scan_four", "scan_clean_300",
             [one(R(5), "quarrystone", "denial", "experimental", 2, rule="date"),
              one(R(6), "halvorsen", "eob", "timely_filing", 3),
              one(R(7), "osterley", "rfi", "other", 4),
              one(R(8), "lindenmoor", "approval", "pre_mednec", 0)],
             separators=["blank", None, None, None], turns={(1, 0): 180}),
        Item("mail_batch_stack_lowres_sideways", "scan_lowres_150",
             [one(R(9), "lindenmoor", "eob", "medical_necessity", 4, paid=True),
              one(R(10), "halvorsen", "denial", "level_of_care", 2, rule="date"),
              one(R(11), "brackenfield", "denial", "eligibility", 3, dependent=True)],
             turns={(1, 0): 90}),
        Item("mail_batch_stack_copy_duplex", "photocopy",
             [one(R(12), "osterley", "denial", "prior_authorization", 0),
              one(R(13), "brackenfield", "eob", "other", 1, dependent=True),
              one(R(14), "quarrystone", "rfi", "other", 2)],
             separators=["duplex", None, None]),
        Item("mail_batch_stack_faxs_upside", "fax_standard_g4",
             [one(R(15), "lindenmoor", "denial", "not_covered", 3, rule="receipt"),
              one(R(16), "quarrystone", "denial", "pre_mednec", 1, two=True),
              one(R(17), "osterley", "eob", "not_covered", 2)],
             turns={(1, 1): 180}),
        Item("mail_batch_stack_photo_pair", "phone_photo",
             [one(R(18), "brackenfield", "denial", "timely_filing", 2),
              one(R(19), "halvorsen", "approval", "pre_mednec", 3)]),
    ]
