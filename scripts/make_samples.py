#!/usr/bin/env python3
"""Generate the labelled sample set in sample_docs/: varied letters, EOBs and stacks under many capture conditions.

Everything is fictional and seeded, so the set is reproducible: `python scripts/make_samples.py`.
Each FILE gets FILE.truth.json in the format of shared/eval/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).parent))
from sample_content import (APPEAL_RIGHTS_EN, CARC_FOR, CARC_TEXT, FIRST, INSURERS, LAST, NONDISCRIMINATION,  # noqa
                            PROVIDERS, REASONS_EN, REASONS_ES, SERVICES)

OUT = Path(__file__).resolve().parent.parent / "sample_docs"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
LABELS = {
    "member_id": ["Member ID", "Member ID #", "Subscriber #", "ID No.", "Identification Number", "Member Number",
                  "Subscriber ID"],
    "group_number": ["Group Number", "Group #", "Group No.", "Grp #"],
    "plan_id": ["Plan ID", "Plan Number", "Plan #", "Plan Code"],
    "member_name": ["Member", "Member Name", "Patient", "Patient Name", "Enrollee"],
    "claim": ["Claim Number", "Claim #", "Claim No.", "Claim ID"],
    "ref": ["Reference Number", "Case Number", "Ref #", "Authorization Number", "Case ID"],
    "dos": ["Date of Service", "Service Date(s)", "Dates of Service", "DOS"],
    "amount": ["Amount Billed", "Total Charges", "Billed Amount", "Claim Amount"],
    "provider": ["Provider", "Rendering Provider", "Provider Name", "Requesting Provider", "Treating Physician"],
}
LABELS_ES = {"member_id": ["Número de miembro", "ID de miembro"], "group_number": ["Número de grupo"],
             "plan_id": ["ID del plan"], "member_name": ["Nombre del miembro", "Paciente"],
             "claim": ["Número de reclamo"], "ref": ["Número de caso", "Número de referencia"],
             "dos": ["Fecha de servicio"], "amount": ["Monto facturado"], "provider": ["Proveedor"]}


class Rand(random.Random):
    def ident(self, style: str) -> str:
        if style == "alpha":
            return self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(self.choice("0123456789") for _ in range(9))
        if style == "dash":
            return f"{self.randint(100, 999)}-{self.randint(10, 99)}-{self.randint(1000, 9999)}"
        if style == "prefix":
            return self.choice(["XKP", "HZN", "MCD", "QRA"]) + "".join(self.choice("0123456789") for _ in range(8))
        return "".join(self.choice("0123456789") for _ in range(self.choice([9, 10, 11, 12])))

    def date(self, start: dt.date, days: int) -> dt.date:
        return start + dt.timedelta(days=self.randint(0, days))

    def money(self) -> str:
        return f"{self.randint(120, 48000)}.{self.choice(['00', '50', '25', '75', str(self.randint(10, 99))])}"


def fmt_date(d: dt.date, style: str, lang: str = "en") -> str:
    if lang == "es" and style in ("long", "es"):
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"long": d.strftime("%B %-d, %Y"), "slash": d.strftime("%m/%d/%Y"), "short": d.strftime("%m/%d/%y"),
            "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y"), "dmy": d.strftime("%-d %B %Y")}[style]


def fmt_money(m: str, style: str) -> str:
    whole, cents = m.split(".")
    grouped = f"{int(whole):,}"
    return {"plain": f"${grouped}.{cents}", "nosign": f"{grouped}.{cents}", "usd": f"USD {grouped}.{cents}",
            "space": f"$ {grouped}.{cents}"}[style]


def person(r: Rand) -> tuple[str, str, str]:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTW"), r.choice(LAST)
    return f"{first} {mid}. {last}", first, last


def make_facts(r: Rand, denial: str | None, lang: str, preservice: bool) -> dict:
    ins = r.choice([i for i in INSURERS if lang == "en" or i[2] in ("medicaid", "individual")])
    name, first, last = person(r)
    notice = r.date(dt.date(2025, 9, 1), 420)
    svc_start = notice + dt.timedelta(days=r.randint(10, 40)) if preservice else notice - dt.timedelta(
        days=r.randint(14, 120))
    stay = r.random() < 0.25 and denial in ("level_of_care", "medical_necessity", "prior_authorization")
    svc = [(svc_start, svc_start + dt.timedelta(days=r.randint(2, 9)))] if stay else [(svc_start, None)]
    if not stay and r.random() < 0.2:
        svc.append((svc_start + dt.timedelta(days=r.randint(3, 20)), None))
    days = {"medicare_advantage": 65, "medicaid": 60}.get(ins[2], 180)
    return dict(insurer=ins[0], address=ins[1], plan_type=ins[2], member_name=name, first=first, last=last,
                member_id=r.ident(r.choice(["alpha", "digits", "prefix", "dash"])),
                group=r.choice([None, str(r.randint(10000, 999999)), f"GRP-{r.randint(1000, 9999)}"]),
                plan_id=r.choice([None, None, f"{r.choice('HPQ')}{r.randint(1000, 9999)}-{r.randint(100, 999)}"]),
                claim=None if preservice else r.ident(r.choice(["digits", "alpha"])),
                ref=r.choice([None, f"{r.choice(['UM', 'PA', 'CS', 'A'])}{r.randint(1000000, 99999999)}"]),
                amount=None if preservice else r.money(), notice=notice, svc=svc, days=days,
                provider=r.choice(PROVIDERS), denial=denial, service=r.choice(SERVICES[denial or "other"]),
                lang=lang, dstyle=r.choice(["long", "slash", "abbr", "long", "dash", "short"]),
                mstyle=r.choice(["plain", "plain", "nosign", "space", "usd"]),
                deadline_style=r.choice(["days", "days", "stated"]))


def svc_text(f: dict, style: str) -> str:
    parts = []
    for a, b in f["svc"]:
        parts.append(fmt_date(a, style, f["lang"]) + ("" if b is None else f" - {fmt_date(b, style, f['lang'])}"))
    return ", ".join(parts)


def truth_of(f: dict, doc_type: str, condition: str, template: str) -> dict:
    svc = sorted(a.isoformat() + ("" if b is None else "/" + b.isoformat()) for a, b in f["svc"])
    cases = [c for c in (f.get("claim"), f.get("ref")) if c]
    deadline = None
    if doc_type == "denial_letter" or (doc_type == "eob" and f["denial"]):
        deadline = (f["notice"] + dt.timedelta(days=f["days"])).isoformat()
    return {"document_type": doc_type, "denial_type": f["denial"], "condition": condition, "template": template,
            "lang": f["lang"],
            "fields": {"insurer": f["insurer"], "plan_id": f["plan_id"], "group_number": f["group"],
                       "member_id": f["member_id"], "member_name": f["member_name"], "case_numbers": cases,
                       "claim_amount": f["amount"], "service_dates": svc, "denial_date": f["notice"].isoformat(),
                       "provider": f["provider"], "appeal_deadline": f.get("deadline_override", deadline)}}


class Doc(FPDF):
    def __init__(self, font: str, footer: bool):
        super().__init__(format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.base_font, self.want_footer = font, footer
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()
        if Path(DEJAVU).exists():
            self.add_font("DejaVu", "", DEJAVU)

    def footer(self):
        if self.want_footer:
            self.set_y(-12)
            self.set_font(self.base_font, "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def font(self, size: float = 10.5, style: str = ""):
        self.set_font(self.base_font, style, size)

    def line_text(self, text: str, size: float = 10.5, style: str = "", align: str = "L", h: float = 5.2):
        self.font(size, style)
        self.cell(0, h, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def para(self, text: str, size: float = 10.5, gap: float = 2.5):
        self.font(size)
        self.multi_cell(0, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def kv(self, pairs: list[tuple[str, str]], style: str):
        self.font(10.5)
        if style == "grid":
            w = (self.w - self.l_margin - self.r_margin) / max(1, len(pairs))
            self.font(9, "B")
            for k, _ in pairs:
                self.cell(w, 5, k)
            self.ln(5.5)
            self.font(10)
            for _, v in pairs:
                self.cell(w, 5, v)
            self.ln(8)
            return
        for k, v in pairs:
            if style == "tab":
                self.font(10.5, "B")
                self.cell(52, 5.4, k)
                self.font(10.5)
                self.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(0, 5.4, f"{k}: {v}", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def table(self, head: list[str], rows: list[list[str]], widths: list[float]):
        self.font(8.5, "B")
        for h, w in zip(head, widths):
            self.cell(w, 6, h, border="B")
        self.ln(6.5)
        self.font(9)
        for row in rows:
            bold = row[0].lower().startswith("total")
            self.font(9, "B" if bold else "")
            for c, w in zip(row, widths):
                self.cell(w, 5.6, c)
            self.ln(5.8)
        self.ln(3)


def letterhead(d: Doc, f: dict, r: Rand):
    align = r.choice(["L", "C"])
    d.line_text(f["insurer"], size=r.choice([15, 17, 19]), style="B", align=align, h=8)
    d.line_text(f["address"], size=9, align=align, h=4.5)
    d.line_text(f"Member Services 1-800-555-{r.randint(1000, 9999)}  TTY 711", size=9, align=align, h=4.5)
    d.ln(6)


def address_block(d: Doc, f: dict, r: Rand):
    for line in (f["member_name"].upper() if r.random() < 0.5 else f["member_name"],
                 f"{r.randint(10, 9999)} {r.choice(['Oak', 'Maple', 'Cedar', 'Elm'])} Street",
                 f"{r.choice(['Salem', 'Fresno', 'Tulsa', 'Akron'])}, {r.choice(['OR', 'CA', 'OK', 'OH'])} "
                 f"{r.randint(10000, 99999)}"):
        d.line_text(line, size=10.5, h=5)
    d.ln(5)


def id_pairs(f: dict, r: Rand, lang: str, with_case: bool = True) -> list[tuple[str, str]]:
    L = LABELS_ES if lang == "es" else LABELS
    pairs = [(r.choice(L["member_name"]), f["member_name"]), (r.choice(L["member_id"]), spaced(f["member_id"], r))]
    if f["group"]:
        pairs.append((r.choice(L["group_number"]), f["group"]))
    if f["plan_id"]:
        pairs.append((r.choice(L["plan_id"]), f["plan_id"]))
    if with_case and f["claim"]:
        pairs.append((r.choice(L["claim"]), f["claim"]))
    if with_case and f["ref"]:
        pairs.append((r.choice(L["ref"]), f["ref"]))
    pairs.append((r.choice(L["provider"]), f["provider"]))
    dos_label = r.choice(L["dos"])
    if f["claim"] is None and lang == "en":
        dos_label = r.choice(["Requested Date of Service", "Planned Service Date", "Date of Service"])
    pairs.append((dos_label, svc_text(f, f["dstyle"])))
    if f["amount"]:
        pairs.append((r.choice(L["amount"]), fmt_money(f["amount"], f["mstyle"])))
    return pairs


def spaced(ident: str, r: Rand) -> str:
    if ident.isdigit() and len(ident) >= 9 and r.random() < 0.3:
        return " ".join(ident[i:i + 4] for i in range(0, len(ident), 4))
    return ident


def deadline_sentence(f: dict, lang: str) -> str:
    unit = "document" if f.get("kind") == "eob" else "letter"
    if f["deadline_style"] == "stated":
        d = fmt_date(f["notice"] + dt.timedelta(days=f["days"]), "long", lang)
        return (f"Su apelación debe recibirse a más tardar el {d}." if lang == "es"
                else f"To appeal, we must receive your request no later than {d}.")
    if lang == "es":
        return f"Debe presentar su apelación dentro de {f['days']} días a partir de la fecha de esta carta."
    return f"You must file your appeal within {f['days']} days of the date of this {unit}."


def boilerplate(d: Doc, f: dict, r: Rand):
    d.ln(2)
    for i, text in enumerate(APPEAL_RIGHTS_EN):
        if i == 0:
            d.line_text(text, size=11, style="B")
        else:
            d.para(text, size=9.5)
    if r.random() < 0.7:
        d.add_page() if r.random() < 0.4 else d.ln(3)
        for i, text in enumerate(NONDISCRIMINATION):
            if i == 0:
                d.line_text(text, size=10, style="B")
            else:
                d.para(text.format(ins=f["insurer"]), size=8.5)


def tmpl_classic(f: dict, r: Rand) -> Doc:
    d = Doc(r.choice(["Helvetica", "Times"]), footer=r.random() < 0.6)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(fmt_date(f["notice"], f["dstyle"]) if r.random() < 0.7 else
                f"Date: {fmt_date(f['notice'], f['dstyle'])}")
    d.ln(4)
    address_block(d, f, r)
    d.line_text("RE: Notice of adverse benefit determination", style="B")
    d.kv(id_pairs(f, r, "en"), r.choice(["colon", "tab"]))
    d.line_text(f"Dear {f['first']} {f['last']}:" if r.random() < 0.5 else "Dear Member:")
    d.ln(2)
    if f["claim"] is None:
        d.para(f"We received a request from {f['provider']} on {fmt_date(f['notice'] - dt.timedelta(days=5), 'long')} "
               f"asking us to approve the {f['service']}. We have denied this request.")
    else:
        d.para(f"We reviewed the claim for the {f['service']} you received. We have denied payment of this claim.")
    d.para("Why we made this decision: " + REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.para(deadline_sentence(f, "en") + " Please include the claim or reference number on every page you send.")
    d.para(f"Questions? Call us at 1-800-555-{r.randint(1000, 9999)}, Monday through Friday. Provider NPI on file: "
           f"{r.randint(1000000000, 1999999999)}.")
    d.para(f"Sincerely,\n\nUtilization Management Department\n{f['insurer']}")
    boilerplate(d, f, r)
    return d


def tmpl_grid(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("NOTICE OF DENIAL", size=14, style="B", align="C", h=8)
    d.ln(2)
    d.kv([("Notice Date", fmt_date(f["notice"], f["dstyle"])), (r.choice(LABELS["member_id"]), f["member_id"]),
          (r.choice(["Group #", "Group Number"]), f["group"] or "N/A")], "grid")
    row2 = [("Patient Name", f["member_name"])]
    cases = [(r.choice(LABELS["claim"]), f["claim"])] if f["claim"] else []
    cases += [(r.choice(LABELS["ref"]), f["ref"])] if f["ref"] else []
    d.kv(row2 + cases[:2], "grid")
    row3 = [("Provider", f["provider"]), (r.choice(LABELS["dos"]), svc_text(f, "slash"))]
    if f["amount"]:
        row3.append(("Total Charges", fmt_money(f["amount"], "plain")))
    d.kv(row3, "grid")
    if f["plan_id"]:
        d.kv([("Plan ID", f["plan_id"])], "colon")
    d.line_text(f"Dear {f['member_name']},")
    d.ln(2)
    d.para(f"This letter explains our decision about the {f['service']}. The request is denied.")
    d.para(REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.para(deadline_sentence(f, "en"))
    boilerplate(d, f, r)
    return d


def tmpl_idn(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("Notice of Denial of Medical Coverage (or Payment)", size=13, style="B", align="C", h=8)
    d.ln(3)
    d.kv([("Date", fmt_date(f["notice"], "slash")), ("Name", f["member_name"]),
          ("Member number", f["member_id"])], "colon")
    if f["ref"]:
        d.kv([("Case number", f["ref"])], "colon")
    if f["claim"]:
        d.kv([("Claim number", f["claim"])], "colon")
    d.para(f"We have denied the medical coverage listed below that you or your doctor asked for: the {f['service']} "
           f"by {f['provider']} on {svc_text(f, 'long')}" + (f", billed at {fmt_money(f['amount'], 'plain')}."
                                                             if f["amount"] else "."))
    d.para("Why did we deny your request? " + REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.line_text("You have the right to appeal our decision", style="B")
    d.para("If you want to ask for an appeal, you must ask within 65 calendar days of the date listed at the top "
           "of this notice. A fast appeal is decided within 72 hours.")
    d.para("Medicare Advantage plan. Form CMS-10003-NDMCP (Expires 12/31/2026). H1234_IDN25_C")
    f["days"] = 65
    boilerplate(d, f, r)
    return d


def tmpl_spanish(f: dict, r: Rand) -> Doc:
    d = Doc(r.choice(["Helvetica", "Times"]), footer=r.random() < 0.5)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(fmt_date(f["notice"], "es", "es"))
    d.ln(4)
    address_block(d, f, r)
    d.line_text("Asunto: Aviso de denegación de cobertura", style="B")
    d.kv(id_pairs(f, r, "es"), r.choice(["colon", "tab"]))
    d.line_text(f"Estimado/a {f['first']} {f['last']}:")
    d.ln(2)
    d.para(f"Hemos revisado la solicitud de {f['provider']}. Hemos denegado la cobertura de este servicio.")
    d.para("Motivo de la decisión: " + REASONS_ES[f["denial"]].format(svc=f["service"]))
    d.para(deadline_sentence(f, "es"))
    d.line_text("SUS DERECHOS DE APELACIÓN", style="B")
    d.para("Puede solicitar una revisión externa por una organización independiente si la decisión se basó en "
           "necesidad médica, nivel de atención o tratamiento experimental. También puede pedir una audiencia "
           "imparcial estatal dentro de 120 días.")
    return d


def tmpl_eob(f: dict, r: Rand) -> Doc:
    d = Doc(r.choice(["Helvetica", "Courier"]), footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("EXPLANATION OF BENEFITS", size=14, style="B", h=8)
    d.line_text("THIS IS NOT A BILL", size=10, style="B")
    d.ln(2)
    pairs = [(r.choice(["Statement Date", "Date Issued", "Date of this notice"]), fmt_date(f["notice"], f["dstyle"])),
             (r.choice(LABELS["member_name"]), f["member_name"]), (r.choice(LABELS["member_id"]), f["member_id"])]
    if f["group"]:
        pairs.append(("Group #", f["group"]))
    if f["plan_id"]:
        pairs.append(("Plan ID", f["plan_id"]))
    pairs += [("Claim Number", f["claim"]), ("Provider", f["provider"])]
    d.kv(pairs, r.choice(["colon", "tab"]))
    code = CARC_FOR[f["denial"]] if f["denial"] else "CO-45"
    rows, total = [], 0.0
    billed_parts = split_amount(f["amount"], len(f["svc"]), r)
    for (a, b), billed in zip(f["svc"], billed_parts):
        allowed = 0.0 if f["denial"] else round(billed * 0.7, 2)
        paid = 0.0 if f["denial"] else round(allowed * 0.8, 2)
        owe = round(allowed - paid, 2) if not f["denial"] else (billed if code.startswith("PR") else 0.0)
        dates = fmt_date(a, "slash") + ("" if b is None else "-" + fmt_date(b, "slash"))
        rows.append([dates, f["service"][:26], m2(billed), m2(allowed), m2(paid), m2(owe), code])
        total += billed
    rows.append(["Total", "", m2(total), "", "", "", ""])
    d.table(["Service Date", "Description", "Billed", "Allowed", "Plan Paid", "You Owe", "Code"], rows,
            [34, 52, 22, 22, 22, 22, 16])
    d.line_text("Claim adjustment codes", style="B")
    d.para(f"{code}: {CARC_TEXT[code]}", size=9)
    if f["denial"]:
        d.para(REASONS_EN[f["denial"]].format(svc=f["service"]), size=9.5)
        d.para(deadline_sentence(dict(f, kind="eob"), "en"), size=9.5)
        boilerplate(d, f, r)
    return d


def split_amount(total: str, n: int, r: Rand) -> list[float]:
    t = float(total)
    if n == 1:
        return [t]
    first = round(t * r.uniform(0.3, 0.7), 2)
    return [first, round(t - first, 2)]


def m2(v: float) -> str:
    return f"${v:,.2f}"


def tmpl_approval(f: dict, r: Rand) -> Doc:
    d = Doc("Times", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(fmt_date(f["notice"], f["dstyle"]))
    d.ln(4)
    address_block(d, f, r)
    d.kv(id_pairs(f, r, "en"), "colon")
    d.line_text(f"Dear {f['first']} {f['last']}:")
    d.para(f"Good news: the {f['service']} requested by {f['provider']} has been approved. No further action is "
           f"needed from you. This approval is valid for 90 days.")
    d.para("If you have questions, call Member Services.")
    return d


def tmpl_bill(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=False)
    d.add_page()
    d.line_text(f["provider"], size=16, style="B", h=8)
    d.line_text("PATIENT STATEMENT", size=12, style="B")
    d.ln(3)
    d.kv([("Statement Date", fmt_date(f["notice"], "slash")), ("Patient", f["member_name"]),
          ("Patient Account #", str(r.randint(100000, 999999))), ("Insurance", f["insurer"]),
          (r.choice(LABELS["member_id"]), f["member_id"]), ("Date of Service", svc_text(f, "slash")),
          ("Total Charges", fmt_money(f["amount"], "plain")),
          ("Amount Due", fmt_money(f"{float(f['amount']) * 0.2:.2f}", "plain"))], "tab")
    d.para("Please pay this amount within 30 days. Thank you for choosing us for your care.")
    return d


TEMPLATES = {"classic": tmpl_classic, "grid": tmpl_grid, "idn": tmpl_idn, "spanish": tmpl_spanish,
             "eob": tmpl_eob, "approval": tmpl_approval, "bill": tmpl_bill}


def build(r: Rand, template: str, denial: str | None, condition: str) -> tuple[bytes, dict]:
    lang = "es" if template == "spanish" else "en"
    pre = template in ("classic", "grid", "idn", "spanish") and r.random() < 0.35
    if template in ("eob", "bill"):
        pre = False
    f = make_facts(r, denial if template not in ("approval", "bill") else None, lang, pre)
    if template == "idn":
        f.update(insurer=r.choice(["Keystone Senior Advantage", "Northwind HealthCare"]), plan_type="medicare_advantage",
                 group=None, plan_id=None)
    if template == "eob":
        f["ref"] = None
    if template == "approval":
        f["denial"] = None
    if template == "bill":
        f.update(denial=None, claim=None, ref=None, group=None, plan_id=None)
    doc = TEMPLATES[template](f, r)
    doc_type = {"eob": "eob", "approval": "other", "bill": "other"}.get(template, "denial_letter")
    truth = truth_of(f, doc_type, condition, template)
    if template == "approval":
        truth["fields"]["appeal_deadline"] = None
    if template == "bill":
        truth["unscored"] = ["insurer", "denial_date"]
        truth["fields"]["appeal_deadline"] = None
    return bytes(doc.output()), truth


def rasterize(pdf: bytes, dpi: int = 300) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(src), str(Path(tmp) / "p")], check=True)
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p-*.pgm"))]


def noise(img: Image.Image, r: Rand, amount: float) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(r.randint(0, 10 ** 6))
    a = a + rng.normal(0, amount, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def degrade(img: Image.Image, condition: str, r: Rand) -> Image.Image:
    if condition == "scan_clean_300":
        return noise(img.rotate(r.uniform(-0.6, 0.6), fillcolor=255, resample=Image.BICUBIC), r, 6)
    if condition == "photocopy":
        a = np.asarray(img, dtype=np.float32) * 0.78 + 40
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.9))
        img = img.rotate(r.uniform(-2.0, 2.0), fillcolor=225, resample=Image.BICUBIC)
        return noise(img, r, 16)
    if condition in ("fax_fine_g4", "fax_standard_g4"):
        yd = 196 if condition == "fax_fine_g4" else 98
        img = img.rotate(r.uniform(-1.0, 1.0), fillcolor=255, resample=Image.BICUBIC)
        small = img.resize((round(img.width * 204 / 300), round(img.height * yd / 300)), Image.BILINEAR)
        small = noise(small, r, 18).point(lambda v: 255 if v > 150 else 0).convert("1")
        small.info["dpi"] = (204, yd)
        return small
    if condition == "rotated":
        return noise(img, r, 5).rotate(r.choice([90, 180, 270]), expand=True)
    if condition == "scan_lowres_150":
        return noise(img.resize((img.width // 2, img.height // 2), Image.LANCZOS), r, 5)
    if condition == "phone_photo":
        img = img.rotate(r.uniform(-3.5, 3.5), fillcolor=235, expand=True, resample=Image.BICUBIC)
        w, h = img.size
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 0.68 + 0.32 * (xx / w) * (0.6 + 0.4 * yy / h)
        a = np.asarray(img, dtype=np.float32) * light
        frame = Image.new("L", (int(w * 1.08), int(h * 1.06)), 60)
        frame.paste(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L"), (int(w * 0.04), int(h * 0.03)))
        frame = frame.filter(ImageFilter.GaussianBlur(1.1)).resize((int(frame.width * 0.85), int(frame.height * 0.85)))
        return noise(frame, r, 7)
    return img


def save_images(pages: list[Image.Image], path: Path, condition: str):
    dpi = {"scan_lowres_150": 150}.get(condition, 300)
    if path.suffix == ".tif":
        res = pages[0].info.get("dpi", (dpi, dpi))
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=res)
    elif path.suffix == ".pdf":
        pages = [p.convert("L") if p.mode == "1" else p for p in pages]
        fixed = __import__("time").gmtime(1767225600)
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=float(dpi), creationDate=fixed,
                      modDate=fixed)
    elif path.suffix == ".jpg":
        pages[0].convert("RGB").save(path, quality=72)
    else:
        pages[0].save(path, dpi=(dpi, dpi))


def emit(name: str, condition: str, docs: list[tuple[bytes, dict]], r: Rand, extras: list[str] | None = None):
    ext = {"born_digital": ".pdf", "fax_fine_g4": ".tif", "fax_standard_g4": ".tif", "phone_photo": ".jpg",
           "scan_lowres_150": ".png", "rotated": ".png", "scan_clean_300": ".png", "photocopy": ".pdf"}[condition]
    multi = len(docs) > 1 or extras
    if condition == "born_digital" and not multi:
        path = OUT / f"{name}{ext}"
        path.write_bytes(docs[0][0])
        (OUT / f"{name}{ext}.truth.json").write_text(json.dumps(docs[0][1], indent=1, ensure_ascii=False) + "\n")
        return
    pages, truths, n = [], [], 0
    for i, (pdf, truth) in enumerate(docs):
        if extras and i < len(extras) and extras[i] == "cover":
            pages.append(cover_sheet(r))
            n += 1
        rendered = rasterize(pdf)
        truth = dict(truth, pages=list(range(n + 1, n + len(rendered) + 1)))
        pages += rendered
        n += len(rendered)
        truths.append(truth)
        if extras and i < len(extras) and extras[i] == "blank":
            pages.append(Image.new("L", rendered[0].size, 255))
            n += 1
    if (multi or len(pages) > 1) and ext in (".jpg", ".png"):
        ext = ".pdf" if condition not in ("fax_fine_g4", "fax_standard_g4") else ".tif"
    pages = [degrade(p, condition, r) for p in pages]
    path = OUT / f"{name}{ext}"
    save_images(pages, path, condition)
    out = truths if multi else {k: v for k, v in truths[0].items() if k != "pages"}
    (OUT / f"{name}{ext}.truth.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


def cover_sheet(r: Rand) -> Image.Image:
    d = Doc("Helvetica", footer=False)
    d.add_page()
    d.line_text("FAX COVER SHEET", size=20, style="B", h=12)
    d.ln(6)
    for k, v in (("To", "Member Advocacy Program"), ("From", "Client intake desk"), ("Fax", "555-010-2291"),
                 ("Pages (including cover)", str(r.randint(2, 6))), ("Re", "Client mail for review")):
        d.line_text(f"{k}: {v}", size=13, h=8)
    d.para("CONFIDENTIAL: this transmission may contain protected health information.")
    return rasterize(bytes(d.output()))[0]


PLAN = [  # (name, condition, template, denial)
    ("bd_classic_mednec", "born_digital", "classic", "medical_necessity"),
    ("bd_grid_priorauth", "born_digital", "grid", "prior_authorization"),
    ("bd_idn_loc", "born_digital", "idn", "level_of_care"),
    ("bd_classic_oon", "born_digital", "classic", "out_of_network"),
    ("bd_eob_coding", "born_digital", "eob", "coding_error"),
    ("bd_eob_paid", "born_digital", "eob", None),
    ("bd_spanish_notcov", "born_digital", "spanish", "not_covered"),
    ("bd_approval", "born_digital", "approval", None),
    ("bd_classic_timely", "born_digital", "classic", "timely_filing"),
    ("scan_classic_exper", "scan_clean_300", "classic", "experimental"),
    ("scan_grid_elig", "scan_clean_300", "grid", "eligibility"),
    ("scan_eob_mednec", "scan_clean_300", "eob", "medical_necessity"),
    ("scan_bill", "scan_clean_300", "bill", None),
    ("scan_classic_other", "scan_clean_300", "classic", "other"),
    ("scan_spanish_pa", "scan_clean_300", "spanish", "prior_authorization"),
    ("copy_classic_notcov", "photocopy", "classic", "not_covered"),
    ("copy_eob_oon", "photocopy", "eob", "out_of_network"),
    ("copy_grid_coding", "photocopy", "grid", "coding_error"),
    ("copy_idn_mednec", "photocopy", "idn", "medical_necessity"),
    ("faxf_classic_pa", "fax_fine_g4", "classic", "prior_authorization"),
    ("faxf_eob_timely", "fax_fine_g4", "eob", "timely_filing"),
    ("faxf_grid_loc", "fax_fine_g4", "grid", "level_of_care"),
    ("faxs_classic_mednec", "fax_standard_g4", "classic", "medical_necessity"),
    ("faxs_eob_paid", "fax_standard_g4", "eob", None),
    ("faxs_spanish_mednec", "fax_standard_g4", "spanish", "medical_necessity"),
    ("rot_classic_elig", "rotated", "classic", "eligibility"),
    ("rot_eob_exper", "rotated", "eob", "experimental"),
    ("rot_idn_pa", "rotated", "idn", "prior_authorization"),
    ("photo_classic_loc", "phone_photo", "classic", "level_of_care"),
    ("photo_eob_notcov", "phone_photo", "eob", "not_covered"),
    ("photo_approval", "phone_photo", "approval", None),
    ("lowres_grid_oon", "scan_lowres_150", "grid", "out_of_network"),
    ("lowres_eob_elig", "scan_lowres_150", "eob", "eligibility"),
    ("lowres_classic_coding", "scan_lowres_150", "classic", "coding_error"),
]
STACKS = [  # (name, condition, [(template, denial)], extras per document: None/"cover"/"blank")
    ("stack_mail_a", "scan_clean_300", [("classic", "medical_necessity"), ("eob", "medical_necessity"),
                                        ("approval", None)], [None, "blank", None]),
    ("stack_fax_b", "fax_fine_g4", [("grid", "prior_authorization"), ("eob", None)], ["cover", None]),
    ("stack_copy_c", "photocopy", [("eob", "not_covered"), ("classic", "experimental"), ("bill", None)],
     [None, None, None]),
    ("stack_bd_d", "born_digital", [("idn", "medical_necessity"), ("classic", "eligibility")], [None, None]),
]


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        if old.is_file() and old.name != "README.md":
            old.unlink()
    for i, (name, cond, tmpl, denial) in enumerate(PLAN):
        r = Rand(1000 + i)
        emit(name, cond, [build(r, tmpl, denial, cond)], r)
    for i, (name, cond, parts, extras) in enumerate(STACKS):
        r = Rand(5000 + i)
        docs = [build(r, t, dn, cond) for t, dn in parts]
        if cond == "born_digital":
            cond_pages = []
            for pdf, _ in docs:
                cond_pages.append(pdf)
            emit_born_digital_stack(name, docs)
        else:
            emit(name, cond, docs, r, extras)
    from sample_templates_b import generate_b
    from sample_templates_c import generate_c
    from sample_templates_d import generate_d
    from sample_templates_e import generate_e

    generate_b(OUT)
    generate_c(OUT)
    generate_d(OUT)
    generate_e(OUT)
    print(f"wrote {len(list(OUT.glob('*.truth.json')))} labelled files to {OUT}")
    return 0


def emit_plan(out_dir: Path, plan: list, seed: int, builder) -> None:
    """Each (name, condition, kind, denial) of a family's plan, seeded by its position."""
    global OUT
    OUT = out_dir
    for i, (name, cond, kind, denial) in enumerate(plan):
        r = Rand(seed + i)
        pdf, truth = builder(r, kind, denial, cond)[:2]
        emit(name, cond, [(pdf, truth)], r)


def emit_born_digital_stack(name: str, docs: list[tuple[bytes, dict]]):
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    truths, n = [], 0
    for pdf, truth in docs:
        src = pdfium.PdfDocument(pdf)
        k = len(src)
        out.import_pages(src)
        truths.append(dict(truth, pages=list(range(n + 1, n + k + 1))))
        n += k
    buf = io.BytesIO()
    out.save(buf)
    (OUT / f"{name}.pdf").write_bytes(buf.getvalue())
    (OUT / f"{name}.pdf.truth.json").write_text(json.dumps(truths, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
