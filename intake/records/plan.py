"""The packet's order, timeline and table of contents, decided without touching a PDF (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS = {
    "en": {"denial": "Denial notice", "office_note": "Office note", "test_result": "Test result",
           "imaging_report": "Imaging report", "operative_report": "Operative report",
           "discharge_summary": "Discharge summary", "medical_necessity_letter": "Letter of medical necessity",
           "claim_file": "Claim file / correspondence", "other": "Record", "service": "Service denied",
           "requested": "{what} requested from {who} ({via})", "received": "{what} received from {who}",
           "claim_file_req": "Claim file", "records_req": "Records", "partial": " (in part)"},
    "es": {"denial": "Aviso de denegación", "office_note": "Nota de consulta", "test_result": "Resultado de prueba",
           "imaging_report": "Informe de imagen", "operative_report": "Informe quirúrgico",
           "discharge_summary": "Resumen de alta", "medical_necessity_letter": "Carta de necesidad médica",
           "claim_file": "Expediente / correspondencia", "other": "Registro", "service": "Servicio denegado",
           "requested": "{what} pedido a {who} ({via})", "received": "{what} recibido de {who}",
           "claim_file_req": "Expediente", "records_req": "Registros", "partial": " (en parte)"},
}


@dataclass
class Exhibit:
    number: int
    kind: str
    title: str
    dates: list[str]
    pdf: str
    pages: list[int]  # 1-based pages of `pdf` that make up the exhibit
    record_id: int | None = None

    @property
    def date(self) -> str:
        return self.dates[0] if self.dates else ""


@dataclass
class Event:
    date: str
    what: str
    exhibit: int | None = None


@dataclass
class PacketPlan:
    exhibits: list[Exhibit]
    timeline: list[Event]
    left_out: list[dict] = field(default_factory=list)


def title_of(kind: str, author: str | None, lang: str) -> str:
    label = LABELS[lang].get(kind, LABELS[lang]["other"])
    return f"{label}, {author}" if author else label


def order_records(records: list[dict], include_all: bool) -> tuple[list[dict], list[dict]]:
    """Kept records by the advocate's position, then date of service, then arrival; the rest left out."""
    kept = [r for r in records if r["relevant"] or include_all]
    out = [r for r in records if r not in kept]
    kept.sort(key=lambda r: (r["position"] or 10**6, (r["service_dates"] or ["9999"])[0], r["id"]))
    return kept, out


def plan_packet(denial: dict, denial_pdf: str, denial_pages: list[int], records: list[dict],
                requests: list[dict], include_all: bool, lang: str) -> PacketPlan:
    """Exhibit 1 is the denial; records follow; the timeline merges care, the denial and the requests."""
    t = LABELS[lang]
    fields = denial["fields"]
    first = Exhibit(1, "denial", t["denial"] + (f", {fields['insurer']}" if fields.get("insurer") else ""),
                    [fields["denial_date"]] if fields.get("denial_date") else [], denial_pdf, denial_pages)
    kept, left = order_records(records, include_all)
    exhibits = [first] + [Exhibit(i, r["kind"], title_of(r["kind"], r["author"], lang), list(r["service_dates"]),
                                  r["original"], list(range(1, r["pages"] + 1)), r["id"])
                          for i, r in enumerate(kept, start=2)]
    events = [Event(d, e.title, e.number)
              for e in exhibits for d in e.dates]
    for span in fields.get("service_dates") or []:
        events.append(Event(span.split("/")[0], t["service"] + (f" ({fields['provider']})"
                                                                if fields.get("provider") else ""), 1))
    for r in requests:
        what = t["claim_file_req" if r["kind"] == "claim_file" else "records_req"]
        if r.get("sent_on"):
            events.append(Event(r["sent_on"], t["requested"].format(what=what, who=r["recipient"], via=r["via"])))
        if r.get("received_on"):
            part = "" if r.get("complete") is not False else t["partial"]
            events.append(Event(r["received_on"], t["received"].format(what=what, who=r["recipient"]) + part))
    events.sort(key=lambda e: (e.date, e.exhibit or 10**6))
    return PacketPlan(exhibits, events, left)
