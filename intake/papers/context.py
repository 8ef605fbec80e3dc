"""What a template sees: the facts as printable text, visible blanks for what is missing, the requester."""

from __future__ import annotations

import datetime as dt

from intake.hints import WHERE_TO_FIND
from intake.model import Result

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]}
DENIAL_LABELS = {
    "en": {"medical_necessity": "medical necessity", "prior_authorization": "prior authorization",
           "level_of_care": "level of care", "coding_error": "coding or billing error",
           "experimental": "experimental or investigational treatment", "out_of_network": "out-of-network provider",
           "not_covered": "service not covered by the plan", "eligibility": "eligibility for coverage",
           "timely_filing": "timely filing", "other": "other reason"},
    "es": {"medical_necessity": "necesidad médica", "prior_authorization": "autorización previa",
           "level_of_care": "nivel de atención", "coding_error": "error de codificación o facturación",
           "experimental": "tratamiento experimental o de investigación", "out_of_network": "proveedor fuera de la red",
           "not_covered": "servicio no cubierto por el plan", "eligibility": "elegibilidad para la cobertura",
           "timely_filing": "plazo de presentación", "other": "otro motivo"},
}
BLANK_WORDS = {"en": "find it on", "es": "búsquelo en"}
EXTRA_HINTS = {
    "en": {"date_of_birth": "the patient's date of birth", "medical_record_number": "optional: ask the provider",
           "name": "your name", "address": "your mailing address", "phone": "your phone number"},
    "es": {"date_of_birth": "la fecha de nacimiento del paciente", "medical_record_number": "opcional: pídalo al "
           "proveedor", "name": "su nombre", "address": "su dirección postal", "phone": "su teléfono"},
}
RECORDS_BEFORE_DAYS = 365  # treatment history before the service matters to most appeals
RECORDS_AFTER_DAYS = 30


def long_date(d: dt.date, lang: str) -> str:
    month = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    return f"{d.day} de {month} de {d.year}" if lang == "es" else f"{month} {d.day}, {d.year}"


def show_date(iso: str, lang: str) -> str:
    """Readable and exact: 'March 24, 2026 (2026-03-24)'; spans keep their ISO interval too."""
    parts = [long_date(dt.date.fromisoformat(p), lang) for p in iso.split("/")]
    joiner = " a " if lang == "es" else " to "
    return f"{joiner.join(parts)} ({iso})"


def blank(name: str, lang: str) -> str:
    where = WHERE_TO_FIND.get(name) or EXTRA_HINTS.get(lang, EXTRA_HINTS["en"]).get(name, name)
    if lang == "es":
        where = EXTRA_HINTS["es"].get(name, where)
    return f"______________ ({BLANK_WORDS.get(lang, 'find it on')}: {where})"


def show_fields(result: Result, lang: str) -> dict[str, str]:
    out = {}
    for name in ("insurer", "plan_id", "group_number", "member_id", "member_name", "provider"):
        v = result.value(name)
        out[name] = str(v) if v else blank(name, lang)
    cases = result.value("case_numbers")
    out["case_numbers"] = ", ".join(cases) if cases else blank("case_numbers", lang)
    amount = result.value("claim_amount")
    out["claim_amount"] = f"${amount}" if amount else blank("claim_amount", lang)
    spans = result.value("service_dates")
    out["service_dates"] = "; ".join(show_date(s, lang) for s in spans) if spans else blank("service_dates", lang)
    for name in ("denial_date", "appeal_deadline"):
        v = result.value(name)
        out[name] = show_date(v, lang) if v else blank(name, lang)
    return out


def records_range(result: Result, today: dt.date, lang: str) -> str:
    spans = result.value("service_dates")
    if not spans:
        start, end = today - dt.timedelta(days=RECORDS_BEFORE_DAYS), today
    else:
        days = [dt.date.fromisoformat(p) for s in spans for p in s.split("/")]
        start = min(days) - dt.timedelta(days=RECORDS_BEFORE_DAYS)
        end = min(max(days) + dt.timedelta(days=RECORDS_AFTER_DAYS), max(today, max(days)))
    joiner = " a " if lang == "es" else " to "
    return f"{long_date(start, lang)}{joiner}{long_date(end, lang)}"


def requester_view(requester: dict, result: Result, lang: str) -> dict:
    """Defaults to the member named in the letter; missing contact details stay visible blanks."""
    hints = EXTRA_HINTS.get(lang, EXTRA_HINTS["en"])
    name = requester.get("name") or result.value("member_name")
    return {"name": name or f"______________ ({hints['name']})",
            "address": requester.get("address") or f"______________ ({hints['address']})",
            "phone": requester.get("phone") or f"______________ ({hints['phone']})",
            "email": requester.get("email") or "",
            "organization": requester.get("organization") or "",
            "advocate": bool(requester.get("advocate"))}
