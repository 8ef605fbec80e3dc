"""What to do by when: the appeal deadline, follow-ups on each request, the records due date; and an .ics file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FOLLOW_UP_DAYS = (7, 10)  # call the office a week to ten days after sending
RECORDS_DUE_DAYS = 30  # 45 CFR 164.524(b)(2)(i)
TITLES = {
    "en": {"appeal": "Last day to file the appeal ({insurer})",
           "claim_file": "Follow up on the claim-file request to {insurer} (call between {a} and {b})",
           "records_follow": "Call {provider} medical records to confirm they received the request",
           "records_due": "Records from {provider} are due (30 days; one 30-day extension allowed in writing)"},
    "es": {"appeal": "Último día para presentar la apelación ({insurer})",
           "claim_file": "Dar seguimiento a la solicitud del expediente a {insurer} (llamar entre {a} y {b})",
           "records_follow": "Llamar a expedientes médicos de {provider} para confirmar que recibieron la solicitud",
           "records_due": "Vencen los registros de {provider} (30 días; una prórroga de 30 días por escrito)"},
}


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    kind: str
    title: str

    @property
    def day(self) -> str:
        return self.date.isoformat()


def plan_deadlines(appeal: str | None, today: dt.date, insurer: str, providers: list[str],
                   lang: str = "en") -> list[Deadline]:
    """Pure: dates from the letter and from the day the requests go out."""
    t = TITLES.get(lang, TITLES["en"])
    a, b = (today + dt.timedelta(days=d) for d in FOLLOW_UP_DAYS)
    out = []
    if appeal:
        out.append(Deadline(dt.date.fromisoformat(appeal), "appeal", t["appeal"].format(insurer=insurer)))
    out.append(Deadline(a, "claim_file_follow_up", t["claim_file"].format(insurer=insurer, a=a.isoformat(),
                                                                           b=b.isoformat())))
    for p in providers:
        out.append(Deadline(a, "records_follow_up", t["records_follow"].format(provider=p)))
        out.append(Deadline(today + dt.timedelta(days=RECORDS_DUE_DAYS), "records_due",
                            t["records_due"].format(provider=p)))
    return sorted(out, key=lambda d: d.date)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 lines are at most 75 octets; longer ones continue with a leading space."""
    out, raw = [], line.encode("utf-8")
    while len(raw) > 75:
        cut = 75
        while (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = b" " + raw[cut:]
    out.append(raw.decode("utf-8"))
    return out


def to_ics(deadlines: list[Deadline], uid_base: str, stamp: dt.datetime) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//intake//appeal papers//EN", "CALSCALE:GREGORIAN"]
    for i, d in enumerate(deadlines):
        lines += ["BEGIN:VEVENT", f"UID:{uid_base}-{d.kind}-{i}@intake", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                  f"DTSTART;VALUE=DATE:{d.date:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{d.date + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_escape(d.title)}", "TRANSP:TRANSPARENT", "BEGIN:VALARM", "ACTION:DISPLAY",
                  "TRIGGER:-P1D", f"DESCRIPTION:{_escape(d.title)}", "END:VALARM", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"
