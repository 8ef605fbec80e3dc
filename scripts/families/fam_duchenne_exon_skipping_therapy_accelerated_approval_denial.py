"""Family 'duchenne_exon_skipping_therapy_accelerated_approval_denial': an invented commercial plan refusing weekly
exon-skipping infusions for Duchenne muscular dystrophy as experimental (accelerated approval only, no proven
clinical benefit) or for the site of care (hospital outpatient instead of home infusion); neuromuscular clinic
letters, an infusion center invoice, an EOB with several claims, a Spanish letter to a parent, an overturned
appeal and an upheld one. All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddb_famdbe import (HPage, Page, band, boxes, faxline, fdate, m2, money, out, paras, pat, plus, span, truth,
                                two_col)

FAMILY = "duchenne_exon_skipping_therapy_accelerated_approval_denial"
LANG = "en"
SEED = 350004
ORG = "Bridgewater Summit Health Insurance Company"
SHORT = "Bridgewater Summit Health"
ORG_ADDR = "Utilization Management, PO Box 88214, Harrisburg, PA 17199"
FOOT = "Bridgewater Summit Health Insurance Company | Member Services 1-555-302-4400"
PATIENTS = ["Owen J. Castellano", "Micah R. Dunsmore", "Elias T. Brandvold", "Tobias K. Wexler", "Nolan P. Varga",
            "Julian S. Haverty", "Caleb D. Mordecai"]
PARENTS = ["Renata Castellano", "Shauna Dunsmore", "Peter Brandvold", "Alicia Wexler", "Laszlo Varga",
           "Gwen Haverty", "Ruth Mordecai"]
DOC = "Anneliese M. Kowalchuk, MD"
DOC_BARE = "Anneliese M. Kowalchuk"
CLINIC = "Susquehanna Children's Neuromuscular Clinic"
INFUSE = "Keystone Pediatric Infusion Center"
DRUG = "golodirsen (exon 53 skipping) 30 mg/kg IV weekly"


def base(r, k):
    return dict(notice=dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 130)), pt=PATIENTS[k],
                parent=PARENTS[k], mid=pat(r, "BSH999999999"), grp=pat(r, "GR-99999"),
                dob=dt.date(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_pre(r):
    """Born digital: pre-service refusal as experimental (accelerated approval); label column under a band."""
    b = base(r, 0)
    ref = "UM-" + pat(r, "99999999")
    start = plus(b["notice"], 12)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT.upper(), ORG_ADDR)
    p.line("Notice of Adverse Benefit Determination - Pre-service", 12.5, "B", h=8)
    p.ln(1)
    p.pairs([("Letter date", fdate(b["notice"], "long")), ("Subscriber", b["parent"]), ("Patient", b["pt"]),
             ("Member ID", b["mid"]), ("Group", b["grp"]), ("Patient DOB", fdate(b["dob"], "slash")),
             ("Review reference", ref), ("Ordering physician", DOC), ("NPI", b["npi"]),
             ("Drug requested", DRUG), ("Requested start", fdate(start, "slash"))], label_w=45, size=9.6)
    p.ln(2)
    paras(p, [
        "#Decision",
        "Coverage is denied. The requested drug received accelerated approval based on an increase in "
        "dystrophin production. A clinical benefit (improved motor function) has not been shown in completed "
        "confirmatory trials. Under medical policy MP-RX-0457 this drug is considered experimental/investigational.",
        "#Your appeal rights",
        "You may request an appeal within 180 days of the date of this letter. Urgent appeals are decided within "
        "72 hours. After the internal appeal you may ask for an external review within 4 months. Call "
        "1-555-302-4400 or fax 1-555-302-4499.",
    ])
    t = truth("denial_letter", "experimental", insurer=ORG, group_number=b["grp"], member_id=b["mid"],
              member_name=b["pt"], cases=[ref], service_dates=[start.isoformat()],
              denial_date=b["notice"].isoformat(), provider=DOC_BARE,
              appeal_deadline=plus(b["notice"], 180).isoformat(), alternates={"provider": [CLINIC]})
    return out(p), t


def doc_site(r):
    """Fax standard: site-of-care refusal told only in sentences, fax header line."""
    b = base(r, 1)
    ref = "UM-" + pat(r, "99999999")
    s0 = plus(b["notice"], 10)
    s1 = plus(s0, 84)
    p = Page(footer=None, footer_left=FOOT)
    p.add_page()
    faxline(p, f"{fdate(b['notice'], 'slash')} 09:{r.randint(10, 59)}  BRIDGEWATER SUMMIT UM  1-555-302-4499  "
               "TO: SUSQUEHANNA NM CLINIC  P.1/1")
    p.line(SHORT, 16, "B", h=8)
    p.line(ORG_ADDR, 8.5)
    p.ln(6)
    p.para(fdate(b["notice"], "iso"))
    p.para(f"{b['parent']}\nParent of {b['pt']}\n{r.randint(100, 9000)} Conestoga Pike\nLancaster, PA 17699")
    paras(p, [
        f"Dear {b['parent']}:",
        f"We reviewed the request from {DOC} for weekly infusions of {DRUG.split(' 30')[0]} for your son, "
        f"{b['pt']}, member ID {b['mid']}. The request, reference {ref}, asked for infusions at the hospital "
        f"outpatient department from {fdate(s0, 'long')} through {fdate(s1, 'long')}.",
        "We approve the drug itself, but not the hospital outpatient setting. Your son has had eight infusions "
        "without a reaction, so he can safely receive the same drug at home from a network home infusion "
        "provider or at a network infusion suite. Our site-of-care guideline SOC-22 applies.",
        "If you disagree, you may appeal within 180 days of the date of this letter by calling 1-555-302-4400. "
        "If his health would be at risk, ask for an urgent appeal, which we decide within 72 hours.",
        "Sincerely,\nUtilization Management Nurse Reviewer",
    ], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=b["mid"], member_name=b["pt"], cases=[ref],
              service_dates=[span(s0, s1)], denial_date=b["notice"].isoformat(), provider=DOC_BARE,
              appeal_deadline=plus(b["notice"], 180).isoformat(), alternates={"service_dates": [[s0.isoformat()]]})
    return out(p), t


def doc_invoice(r):
    """Phone photo: infusion center invoice (denies nothing)."""
    b = base(r, 2)
    acct = pat(r, "KPI-999999")
    inv = plus(b["notice"], 0)
    dates = [plus(inv, -d) for d in (28, 21, 14)]
    lines, total = [], 0.0
    for d in dates:
        for code, desc, amt in [("J1429", "Golodirsen 10 mg units", round(r.randint(26000, 31000) + 0.0, 2)),
                                ("96365", "IV infusion, first hour", 410.00)]:
            lines.append([fdate(d, "slash"), code, desc, money(amt)])
            total += amt
    p = Page(footer=None, footer_left=INFUSE + " | Billing 1-555-761-2020")
    p.add_page()
    band(p, INFUSE, "1450 Fruitville Pike, Lancaster, PA 17699  |  Tax ID 99-9999999")
    p.line("PATIENT INVOICE", 13, "B", h=8)
    w = (p.w - p.l_margin - p.r_margin) / 4
    boxes(p, [("Invoice date", fdate(inv, "abbr"), w), ("Account no.", acct, w), ("Patient", b["pt"], w),
              ("Insurance ID", b["mid"], w)])
    p.ln(4)
    p.table(["Service date", "Code", "Description", "Charge"], lines, [30, 22, 80, 42], size=8.5,
            aligns=["L", "L", "L", "R"])
    p.pairs([("Total charges", money(total)), ("Insurance pending", money(total)), ("Patient balance", "$0.00")],
            label_w=50, size=10)
    p.ln(3)
    p.para(f"Billed to {ORG}. Questions about this invoice: call 1-555-761-2020. Ordering physician: {DOC}.",
           size=9)
    t = truth("other", None, member_id=b["mid"], member_name=b["pt"], claim_amount=m2(total),
              service_dates=[d.isoformat() for d in dates], denial_date=inv.isoformat(), provider=INFUSE,
              insurer=None, unscored=["insurer"])
    return out(p), t


def doc_eob(r):
    """Low-res scan: EOB with three claims, the infusion claim denied as experimental; wrapped header."""
    b = base(r, 3)
    claims = [pat(r, "26-99999-999") for _ in range(3)]
    dates = [plus(b["notice"], -d) for d in (45, 38, 30)]
    amts = [round(r.randint(180, 420) + 0.5, 2), round(r.randint(27000, 32000) + 0.25, 2), round(r.randint(90, 260), 2)]
    provs = ["Susquehanna NM Clinic", INFUSE, "Lititz Pediatric Therapy"]
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "EXPLANATION OF BENEFITS", SHORT + " - this is not a bill")
    p.pairs([("Statement date", fdate(b["notice"], "dmy")), ("Subscriber", b["parent"]), ("Member ID", b["mid"]),
             ("Group number", b["grp"]), ("Patient", b["pt"])], label_w=40, size=9.5)
    p.ln(3)
    rows = []
    for i in range(3):
        den = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i], "nosign"),
                     "0.00" if den else money(amts[i] * 0.7, "nosign"), "X17" if den else "--"])
    p.table(["Claim number", "Service date", "Provider", "Amount charged by provider", "Amount paid by plan",
             "Explanation code"], rows, [28, 22, 52, 28, 26, 22], size=8)
    paras(p, [
        "X17: Denied. This drug is considered experimental or investigational for this use under medical policy "
        "MP-RX-0457 (accelerated approval without proven clinical benefit).",
        "You may appeal a denied claim within 180 days of the date of this statement. External review may be "
        "requested within 4 months of a final internal decision.",
    ], size=9)
    t = truth("eob", "experimental", insurer=ORG, group_number=b["grp"], member_id=b["mid"], member_name=b["pt"],
              cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=b["notice"].isoformat(), provider=INFUSE,
              appeal_deadline=plus(b["notice"], 180).isoformat())
    return out(p), t


def doc_es(r):
    """Photocopy: Spanish letter to a parent, experimental refusal, two-column body."""
    b = base(r, 4)
    pt, parent = "Santiago E. Villarreal", "Marisela Villarreal"
    ref = "UM-" + pat(r, "99999999")
    start = plus(b["notice"], 15)
    p = Page(footer="Página {n} de {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT, "Servicios para Miembros 1-555-302-4400 (TTY 711)")
    p.line("Aviso de denegación de cobertura", 13, "B", h=8)
    p.ln(2)
    two_col(p, [("FECHA", fdate(b["notice"], "long", "es")), ("PACIENTE", pt), ("N.º DE MIEMBRO", b["mid"]),
                ("REFERENCIA", ref), ("MÉDICO", DOC), ("INICIO PEDIDO", fdate(start, "long", "es"))], [
        f"Estimada Sra. {parent}:",
        f"Revisamos la solicitud de infusiones semanales de golodirsen para su hijo. El medicamento tiene "
        "aprobación acelerada de la FDA, pero todavía no se ha demostrado un beneficio clínico. Según nuestra "
        "política MP-RX-0457 lo consideramos experimental o en investigación, por eso no lo cubrimos.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de 180 días a partir de la fecha de esta carta. Si la salud de su hijo "
        "corre peligro, pida una apelación urgente: decidiremos dentro de 72 horas.",
    ])
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=b["mid"], member_name=pt, cases=[ref],
              service_dates=[start.isoformat()], denial_date=b["notice"].isoformat(), provider=DOC_BARE,
              appeal_deadline=plus(b["notice"], 180).isoformat(), lang="es")
    return out(p), t


def doc_overturn(r):
    """Rotated: overturned appeal approving the infusions, two pages with a running header."""
    b = base(r, 5)
    ap = "AP-" + pat(r, "9999999")
    ref = "UM-" + pat(r, "99999999")
    s0 = plus(b["notice"], 7)
    s1 = plus(s0, 180)
    p = HPage(f"{SHORT} | Appeal {ap} | {b['pt']} | Member ID {b['mid']}", footer="Page {n} of {nb}",
              footer_left=FOOT)
    p.add_page()
    band(p, SHORT, "Appeals Unit | PO Box 88230, Harrisburg, PA 17199")
    p.line("APPEAL DECISION - OVERTURNED", 13, "B", h=8)
    p.pairs([("Date", fdate(b["notice"], "upper")), ("Patient", b["pt"]), ("Member ID", b["mid"]),
             ("Appeal number", ap), ("Original review", ref), ("Physician", DOC),
             ("Approved period", f"{fdate(s0, 'slash')} to {fdate(s1, 'slash')}")], label_w=42, size=9.8)
    paras(p, [
        "#Decision",
        f"Your appeal is approved. An independent pediatric neurologist reviewed the letter from {DOC} and "
        "the dystrophin results. We have reversed our earlier denial, which had found the drug experimental.",
        "The infusions are approved at a network infusion suite for the period shown above. Authorization is "
        "not a guarantee of payment; benefits depend on eligibility on the date of service.",
        "#Records reviewed",
        "Clinic notes from the neuromuscular clinic; the genetic test report showing a deletion amenable to exon "
        "53 skipping; muscle biopsy dystrophin results; six-minute walk tests from the last 12 months; the "
        "letter of medical necessity; our medical policy MP-RX-0457 and the drug's prescribing information.",
        "@page",
        "#Conditions of this approval",
        "We will review the approval again before the end of the period. At that time please send a new "
        "six-minute walk test, current weight for dosing, and a note from the treating neurologist about how "
        "the patient is doing. Doses are approved by weight at 30 mg/kg once a week.",
        "#Questions",
        "Call Member Services at 1-555-302-4400 (TTY 711). You can also write to us at the address above. "
        "Keep this letter with your records. If you receive a bill for these infusions, call us before paying.",
        "#Nondiscrimination",
        f"{ORG} complies with applicable federal civil rights laws and does not discriminate on the basis of "
        "race, color, national origin, age, disability or sex. Language assistance services are available free "
        "of charge. Call 1-555-302-4400 (TTY 711).",
        "Sincerely,\nAppeals Unit Medical Director",
    ], size=10.5)
    t = truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["pt"], cases=[ap, ref],
              service_dates=[span(s0, s1)], denial_date=b["notice"].isoformat(), provider=DOC_BARE)
    return out(p), t


def stack_scan(r):
    """Scan 300: the clinic's letter of medical necessity (upside down), its duplex back, an upheld appeal."""
    b = base(r, 6)
    ref = "UM-" + pat(r, "99999999")
    ap = "AP-" + pat(r, "9999999")
    start = plus(b["notice"], -40)
    let = plus(b["notice"], -30)
    q = Page(footer=None)
    q.add_page()
    q.line(CLINIC, 14, "B", h=7)
    q.line("Division of Child Neurology | 554 Duke Street, Lancaster, PA 17699 | Fax 1-555-761-8801", 8.5)
    q.ln(6)
    q.para(fdate(let, "long"))
    q.para(f"{SHORT} Appeals Unit\nPO Box 88230, Harrisburg, PA 17199")
    paras(q, [
        f"RE: {b['pt']}, member ID {b['mid']}, reference {ref}",
        "Letter of medical necessity",
        f"I care for {b['pt']}, who has Duchenne muscular dystrophy with a deletion amenable to exon 53 "
        "skipping. He is still walking, and his six-minute walk distance has fallen over the past year. There "
        "is no other disease-modifying therapy for his mutation. I ask that you cover golodirsen weekly.",
        f"Sincerely,\n\n{DOC}\nPediatric Neuromuscular Medicine",
    ], size=10)
    d1 = (out(q), truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["pt"], cases=[ref],
                        denial_date=let.isoformat(), provider=DOC_BARE, unscored=["insurer", "service_dates"],
                        alternates={"denial_date": [None]}))
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT, "Appeals Unit | PO Box 88230, Harrisburg, PA 17199")
    p.para(fdate(b["notice"], "abbr"))
    paras(p, [
        "FINAL INTERNAL APPEAL DECISION",
        f"Dear {b['parent']}:",
        f"We have decided your appeal {ap} for your son {b['pt']} (member ID {b['mid']}, group {b['grp']}). "
        f"The appeal concerned review {ref}, the request by {DOC} for golodirsen infusions starting "
        f"{fdate(start, 'long')}.",
        "A board-certified pediatric neurologist reviewed the appeal. The drug's approval rests on dystrophin "
        "levels, a surrogate marker, and the confirmatory trial has not shown better function. We uphold our "
        "decision that the drug is experimental/investigational for this use.",
        "This ends the internal appeal process. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter. Call 1-555-302-4400 for the form.",
    ], size=10)
    d2 = (out(p), truth("denial_letter", "experimental", insurer=ORG, group_number=b["grp"], member_id=b["mid"],
                        member_name=b["pt"], cases=[ap, ref], service_dates=[start.isoformat()],
                        denial_date=b["notice"].isoformat(), provider=DOC_BARE))
    return [d1, d2], ["duplex", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_scan(r(6))
    return [
        Item(f"{FAMILY}_bd_preservice_experimental", "born_digital", [doc_pre(r(0))]),
        Item(f"{FAMILY}_faxstd_site_of_care_prose", "fax_standard_g4", [doc_site(r(1))]),
        Item(f"{FAMILY}_photo_infusion_center_invoice", "phone_photo", [doc_invoice(r(2))]),
        Item(f"{FAMILY}_lowres_eob_three_claims", "scan_lowres_150", [doc_eob(r(3))]),
        Item(f"{FAMILY}_copy_carta_es_padre_experimental", "photocopy", [doc_es(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_two_page", "rotated", [doc_overturn(r(5))]),
        Item(f"{FAMILY}_scan300_stack_lmn_upside_down_and_upheld", "scan_clean_300", docs, separators=seps,
             turns={(0, 0): 180}),
    ]
