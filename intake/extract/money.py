"""Parse money written in US or Spanish style into a two-place decimal string."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# ('USD 3,184. 38', '$1, 213. 01': a fax's gap after the point (and the comma), the cents still the amount's
# where no word follows)
MONEY = re.compile(
    r"(?P<sign>\$|usd|us\$)?\s?(?P<num>\d{1,3}(?:,\s?\d{3})+\.\s\d{2}(?![\d.,])(?!\s+(?-i:[a-z]))|"
    r"\d{1,3}(?:,\d{3})+,\d{2}(?![\d,])|\d{1,3}(?:['\u2019`]\d{3})+\.\d{2}|\d{1,3}(?:,\s?\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{2}|"
    r"\d{1,3}(?:\.\d{3})+\.\d{2}(?![\d.])|\d+(?:[.,]\d{2})?)"
    r"(?!\d)(?!/\d)(?!\.\d)", re.I)  # (never a date's day and month: '04.05.2031', '12/05'; '$95.00/mo' is one)


def _to_decimal(num: str) -> Decimal | None:
    num = re.sub(r"['\u2019`]", "", num.replace(" ", ""))  # $31'707.50: OCR read the comma as a tick
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+,\d{2}", num):  # 29,049,75: OCR read the point as a comma
        num = num[:-3].replace(",", "") + "." + num[-2:]
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+\.\d{2}", num):  # $3.104.25: OCR read the comma as a point
        num = num[:-3].replace(".", "") + num[-3:]
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{2}", num):  # 1.234,50
        num = num.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{2}", num):  # 234,50
        num = num.replace(",", ".")
    else:
        num = num.replace(",", "")
    try:
        return Decimal(num)
    except InvalidOperation:
        return None


# another currency's code or sign beside an amount ('80,00 EUR', '1,850.00 MXN', 'EUR 1.234,56', '€ 80,00')
FOREIGN_AFTER = re.compile(r"^\s?(?:eur|mxn|gbp|cad|chf|jpy|aud|dkk|sek|nok|euros?|pesos?(?!\s*\$)|€|£)\b", re.I)
FOREIGN_BEFORE = re.compile(r"(?<![\d.,]\s)(?<![\d.,])(?:\b(?:eur|mxn|gbp|cad|chf|jpy|aud|dkk|sek|nok)|€|£)\s?$", re.I)  # (not the
# code of the amount before it: '80,00 EUR 86.40')


def find_money(text: str, need_sign: bool = False) -> list[tuple[str, int, int]]:
    """Amounts with spans; a bare number counts only when it has cents or need_sign is off. Where a line gives an
    amount in another currency and in dollars ('80,00 EUR 86.40'), the dollars: a US claim is billed in them."""
    found = _amounts(text, need_sign)
    foreign = [f for f in found if FOREIGN_AFTER.match(text[f[2]:]) or FOREIGN_BEFORE.search(text[:f[1]])]
    return [f for f in found if f not in foreign] if foreign and len(foreign) < len(found) else found


def _amounts(text: str, need_sign: bool) -> list[tuple[str, int, int]]:
    out = []
    for m in MONEY.finditer(text or ""):
        num = m.group("num")
        signed = bool(m.group("sign"))
        has_cents = bool(re.search(r"[.,]\d{2}$", num))
        if need_sign and not signed:
            continue
        if not signed and not has_cents:
            continue
        value = _to_decimal(num)
        if value is None or value > Decimal("100000000"):
            continue
        out.append((f"{value.quantize(Decimal('0.01'))}", m.start(), m.end()))
    return out


def parse_money(text: str) -> str | None:
    found = find_money(text)
    return found[0][0] if found else None
