"""Round CP (famcpe) helpers: invented people, numbers and date printers for school_based_speech_therapy_medicaid_iep_billing_denial
and urgent_care_facility_fee_no_surprises_balance_bill_eob. Everything is fictional; phone numbers are 555 numbers."""

from __future__ import annotations

import datetime as dt
import random

from kit_roundy_famyc import MESES, Page, days, iso, letterhead, m2, mail_to, mixed, pairs, usd  # noqa: F401

FIRST = ["Odalys", "Perrin", "Quillon", "Romilly"]
LAST = ["Farquharson", "Ashdown", "Brackenbury", "Loveridge"]
FIRST_ES = ["Eustaquio", "Filomena", "Sinforosa"]
LAST_ES = ["Olabarrieta", "Urquidi", "Echevarne"]
CLIN = ["Imelda", "Thaddeus", "Verity"]
CLIN_LAST = ["Haverstock", "Nettleford", "Quenby"]


def person(rng: random.Random, lang: str = "en") -> str:
    f, l_ = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(f)} {rng.choice('BCDGHJKLMNPRSTW')}. {rng.choice(l_)}"


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN)} {rng.choice('BCDFGHKLMN')}. {rng.choice(CLIN_LAST)}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['33', '55', '66'])}-555-{rng.randint(4000, 4999)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "up": d.strftime("%d-%b-%Y").upper(), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]
