"""Family 'tricare_echo_extended_care_health_option_denial': public-ish TRICARE Extended Care Health Option (ECHO)
notices from an invented regional contractor: respite care and adaptive equipment refused because the sponsor is
not enrolled in the Exceptional Family Member Program (EFMP) / the beneficiary is not registered in ECHO, or
because the ECHO monthly government cost-share cap was already reached.

Cases: a born-digital contractor letter refusing ECHO respite hours (no EFMP enrollment); a scanned TRICARE EOB
with three claims, the respite agency's claim refused for the monthly cap (the others paid); a photocopied
reconsideration decision upholding the EFMP refusal; a fine-fax stack of a cover sheet, the ECHO registration
approval (denies nothing) and, after a blank page, a letter refusing a bath lift for the monthly cap; a phone photo
of the respite agency's statement; a sideways paid ECHO EOB; a low-resolution Spanish letter.

Structure and wording modelled loosely on published TRICARE ECHO and EOB notices; everything invented (the
contractor, people, IDs, amounts; phones 1-555). Decoys: sponsor vs beneficiary, DoD benefits number vs sponsor
SSN last four, DOB, NPIs, received dates, monthly cap, processing period, 72-hour and QMRO/formal review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "tricare_echo_extended_care_health_option_denial"
LANG = "en"
SEED = 337500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CONTRACTOR = "Meridian Federal Health Partners"
REGION = "TRICARE East Region contractor"
AGENCY = "Bluestem Respite & Home Supports"
CAREGIVER = "Odalys P. Verhoeven, RN"
DME = "Castlegate Adaptive Equipment Co."


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def head(d, style, phone):
    if style == 0:
        d.text_line(CONTRACTOR, 15, "B")
        d.text_line(f"{REGION}  |  PO Box 8770, Kestrel Point, VA 23999", 8.5)
        d.text_line(f"Beneficiary services {phone}   www.meridianfederal.example/tricare", 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line("TRICARE", 20, "B", "C")
        d.text_line(f"Administered by {CONTRACTOR}, {REGION}", 8.8, "", "C")
        d.text_line(f"Claims: PO Box 8790, Kestrel Point, VA 23999   |   {phone}", 8.3, "", "C")
        d.rule(0.3, 5)
    else:
        d.set_fill_color(225, 225, 225)
        d.font(12.5, "B")
        d.cell(0, 9, "  MERIDIAN FEDERAL HEALTH PARTNERS  -  TRICARE EAST", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"  Appeals & Reconsiderations Unit, PO Box 8810, Kestrel Point, VA 23999   Tel {phone}", 8.3)
        d.ln(4)


FAM = [("Corwin", "Lydia"), ("Ashgrove", "Tamsin"), ("Delacourt", "Felix"), ("Brannock", "Wren"),
       ("Hallorann", "Jude"), ("Ostrowski", "Pippa"), ("Merriweather", "Silas")]


def base(r, k):
    last, child = FAM[k]
    sponsor_first = r.choice(["Garrett", "Monique", "Dwayne", "Celeste", "Raymond", "Alisha"])
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=f"{child} {r.choice('BCDEFHJKLMNRST')}. {last}",
                sponsor=f"{sponsor_first} {r.choice('ABDEGHJKLMPRSTW')}. {last}",
                addr=(f"{r.randint(12, 9800)} {r.choice(['Garrison Loop', 'Anchor Bend Rd', 'Pinion Ct'])}",
                      r.choice(["Fort Lachlan, NC 28399", "Tidewater Heights, VA 23499", "Camp Ellery, GA 31999"])),
                dbn=pat(r, "99999999999"), ssn4=pat(r, "9999"), dob=dt.date(r.randint(2012, 2021), r.randint(1, 12),
                                                                             r.randint(1, 28)), phone=ph(r))


# ---------------------------------------------------------------- 0: ECHO respite refused, no EFMP enrollment
def doc_respite_efmp(r):
    f = base(r, 0)
    ref = pat(r, "ECHO-26-999999")
    start = f["notice"] + dt.timedelta(days=r.randint(10, 24))
    recv = f["notice"] - dt.timedelta(days=r.randint(5, 12))
    npi = "1" + pat(r, "999999999")
    d = Page(footer="TRICARE is a registered trademark of the Department of Defense. ECHO-DN-04 (rev. 01/2026)  "
                    "Page {p} of {n}")
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    for s in (f"Parent/guardian of {f['member']}", *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Extended Care Health Option (ECHO) - Benefit Request Denied", 12.5, "B")
    d.ln(1)
    kv(d, [("Beneficiary:", f["member"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Sponsor:", f"{f['sponsor']} (SSN last 4: {f['ssn4']})"), ("DoD Benefits Number:", f["dbn"]),
           ("Request reference:", ref), ("Service requested:", "ECHO respite care, 16 hours per month (S5150)"),
           ("Requesting provider:", f"{AGENCY} (NPI {npi})"), ("Request received:", fmt_date(recv, "long")),
           ("Requested start:", fmt_date(start, "long"))], w=48)
    paras(d, [
        "#What we decided",
        "We cannot approve ECHO respite care at this time. To use any ECHO benefit, the sponsor must be enrolled in "
        "the Exceptional Family Member Program (EFMP) of his or her service branch, and the beneficiary must be "
        "registered in ECHO. Our records, checked with the service EFMP office, show no current EFMP enrollment for "
        "this family, so the beneficiary is not eligible for ECHO benefits (32 CFR 199.5).",
        "This decision is about eligibility only. We did not decide whether the respite hours are appropriate. "
        "Once EFMP enrollment is complete, ask us to register the beneficiary in ECHO and then resubmit this request.",
        "#If you disagree",
        "You may ask for a reconsideration. Your written request must be received within 90 days of the date of this "
        "letter. Send it to Meridian Federal Health Partners, Appeals & Reconsiderations, PO Box 8810, Kestrel Point, "
        "VA 23999, or fax 1-555-302-7716. If the delay could seriously jeopardize the beneficiary's health you may ask "
        "for an expedited review, decided within 72 hours.",
        "Sincerely,", "ECHO Case Management, Meridian Federal Health Partners"], size=9.6)
    t = truth("denial_letter", "eligibility", insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"],
              case_numbers=[ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=AGENCY, appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
              alternates={"service_dates": [[]], "insurer": ["TRICARE"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: EOB, three claims, respite over monthly cap
def doc_eob_cap(r):
    f = base(r, 1)
    ms, ds = "plain", "slash"
    period = (f["notice"] - dt.timedelta(days=30), f["notice"] - dt.timedelta(days=2))
    claims = []
    for prov, code, desc, lo, hi in [("Harborline Pediatrics", "99214", "Office visit, established", 180, 260),
                                     ("Tidewater Speech & Language", "92507", "Speech therapy, individual", 150, 240),
                                     (AGENCY, "S5150", "Respite care, 15 min x 64", 1700, 2300)]:
        claims.append(dict(prov=prov, code=code, desc=desc, ch=fee(r, lo, hi), no=pat(r, "2026999999999"),
                           dos=f["notice"] - dt.timedelta(days=r.randint(12, 40))))
    den = claims[2]
    resp_dates = sorted({den["dos"], den["dos"] + dt.timedelta(days=7)})
    d = Page(footer="This is not a bill. Keep this notice for your records.   Page {p}")
    d.add_page()
    head(d, 1, f["phone"])
    d.text_line("TRICARE EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    d.boxes([("Date of notice", fmt_date(f["notice"], ds), 34), ("Sponsor", f["sponsor"], 52),
             ("Sponsor SSN (last 4)", f"XXX-XX-{f['ssn4']}", 36), ("DoD Benefits No.", f["dbn"], 44)], h=11)
    d.ln(2)
    d.text_line(f"Beneficiary: {f['member']}    Claims processed {fmt_date(period[0], ds)} - {fmt_date(period[1], ds)}",
                9.5)
    d.ln(2)
    rows = []
    for c in claims:
        if c is den:
            rows.append([c["no"], c["prov"], fmt_date(resp_dates[0], ds), c["code"], fmt_money(c["ch"], ms),
                         "$0.00", "$0.00", "E52"])
        else:
            al = round(c["ch"] * 0.6, 2)
            rows.append([c["no"], c["prov"], fmt_date(c["dos"], ds), c["code"], fmt_money(c["ch"], ms),
                         fmt_money(al, ms), fmt_money(al, ms), "P1"])
    d.table(["Claim number", "Provider", "Service date", "Code", "Billed", "Allowed", "TRICARE paid", "Rmk"],
            rows, [27, 53, 20, 12, 19, 18, 20, 10], size=7.3, aligns="LLLLRRRL")
    paras(d, [
        f"Claim {den['no']} also covers respite on {fmt_date(resp_dates[1], 'long')}.",
        "#Remarks",
        "P1  Paid under TRICARE Prime; no cost share for an active duty family member.",
        "E52  ECHO benefit limit. The government's share of ECHO benefits (other than home health care) may not "
        "exceed $36,000 per fiscal year; the ECHO respite allowance of 16 hours per calendar month was already used "
        "for this month. This respite claim is denied. The sponsor's monthly ECHO cost share of $25.00 has been met.",
        "#Appeal rights",
        "If you disagree with the decision on a claim, you may request a reconsideration. Your request must be "
        "postmarked or received within 90 days of the date of this notice. Include a copy of this notice. "
        "Appeals, PO Box 8810, Kestrel Point, VA 23999."], size=9)
    t = truth("eob", "not_covered", insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"],
              case_numbers=[den["no"]], claim_amount=f"{den['ch']:.2f}",
              service_dates=[x.isoformat() for x in resp_dates], denial_date=f["notice"].isoformat(), provider=AGENCY,
              appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
              alternates={"insurer": ["TRICARE"], "service_dates": [[resp_dates[0].isoformat()]]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: reconsideration upheld (EFMP)
def doc_recon_upheld(r):
    f = base(r, 2)
    appeal, ref = pat(r, "RCN-999999-26"), pat(r, "ECHO-26-999999")
    start = f["notice"] - dt.timedelta(days=r.randint(30, 60))
    recv = f["notice"] - dt.timedelta(days=r.randint(15, 25))
    ds = "iso"
    d = Page(footer="Meridian Federal Health Partners  -  Reconsideration Decision  -  RD-ECHO-2")
    d.add_page()
    head(d, 2, f["phone"])
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    for s in (f["sponsor"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line(f"RE: Reconsideration {appeal} (original request {ref})", 11, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['sponsor'].split()[0]} {f['sponsor'].split()[-1]}:",
        f"We received your request for reconsideration on {fmt_date(recv, ds)}. You asked us to approve ECHO respite "
        f"care and ECHO-funded applied behavior analysis for your child, {f['member']} (DoD Benefits Number "
        f"{f['dbn']}), from {AGENCY}, starting {fmt_date(start, ds)}.",
        "#Decision: the initial denial is upheld",
        "A reviewer who took no part in the first decision looked at your letter and the EFMP enrollment record you "
        "sent. The record shows that your EFMP enrollment was submitted to your branch's EFMP office but has not been "
        "approved. ECHO benefits can only be authorized for a beneficiary who is registered in ECHO, and ECHO "
        "registration requires active EFMP enrollment. The beneficiary therefore does not qualify for ECHO benefits "
        "for the period requested.",
        "When the EFMP office approves the enrollment, call us and we will register the beneficiary and review a new "
        "request. Services cannot be authorized retroactively before the ECHO registration date.",
        "#Further review",
        "This is the contractor's final reconsideration decision. Decisions about eligibility for ECHO are not "
        "appealable to a formal review by the Defense Health Agency unless the amount in dispute is $50 or more; if "
        "it applies, a formal review must be requested within 60 days of the date of this decision.",
        "Sincerely,", "Reconsideration Unit, Meridian Federal Health Partners"], size=9.7)
    t = truth("denial_letter", "eligibility", insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=AGENCY, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "appeal_deadline": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: stack: ECHO registration approval + bath lift over cap
def doc_stack(r):
    f = base(r, 3)
    reg = pat(r, "ECHO-REG-999999")
    reg_date = f["notice"] - dt.timedelta(days=r.randint(40, 70))
    d = Page()
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line(fmt_date(reg_date, "dmy"), 10)
    d.ln(3)
    for s in (f["sponsor"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Your ECHO registration is complete", 12.5, "B")
    d.ln(1)
    kv(d, [("Beneficiary", f["member"]), ("DoD Benefits Number", f["dbn"]), ("Registration number", reg),
           ("Effective", fmt_date(reg_date, "dmy")), ("EFMP status", "Enrolled (verified)")], w=46)
    paras(d, [
        f"Good news: {f['member']} is now registered in the TRICARE Extended Care Health Option (ECHO). ECHO can "
        "help pay for respite care, durable equipment, assistive services and training that TRICARE's basic "
        "program does not cover.",
        "Each ECHO service still needs our authorization before it starts. The government's share is limited to "
        "$36,000 per fiscal year, and the sponsor pays a monthly cost share based on pay grade. Keep this letter.",
        "ECHO Case Management, Meridian Federal Health Partners"], size=9.8)
    t1 = truth("other", None, insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"], case_numbers=[reg],
               denial_date=reg_date.isoformat(), alternates={"case_numbers": [[]]})
    # bath lift refused over the cap
    lift = fee(r, 3800, 5200)
    ref = pat(r, "ECHO-26-999999")
    ds, ms = "upper", "usd"
    e = Page(footer="ECHO-DN-07   Meridian Federal Health Partners, TRICARE East Region contractor")
    e.add_page()
    head(e, 1, f["phone"])
    e.text_line(f"NOTICE DATE: {fmt_date(f['notice'], ds)}", 10, "B")
    e.ln(2)
    for s in (f["sponsor"], *f["addr"]):
        e.text_line(s, 10)
    e.ln(3)
    e.text_line("ECHO DURABLE EQUIPMENT REQUEST - DENIED", 12, "B")
    e.ln(1)
    kv(e, [("PATIENT", f["member"]), ("DBN", f["dbn"]), ("ECHO REGISTRATION", reg), ("AUTH REQUEST", ref),
           ("ITEM", "Ceiling-track bath lift, installed (E0636)"), ("SUPPLIER", DME),
           ("QUOTED PRICE", fmt_money(lift, ms)), ("DELIVERY DATE REQUESTED", fmt_date(f['notice'] + dt.timedelta(days=21), ds))],
       w=56, size=9.2)
    paras(e, [
        "We cannot authorize this item. The government's share of ECHO benefits already paid or authorized for "
        "this beneficiary in fiscal year 2026 would exceed the ECHO maximum of $36,000 if this item were added. "
        "ECHO benefits above the fiscal-year cap are not payable.",
        "You may request a reconsideration within 90 days of the date of this notice. Send your request to the "
        "Appeals & Reconsiderations Unit at the address above."], size=9.6)
    t2 = truth("denial_letter", "not_covered", insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"],
               case_numbers=[ref], claim_amount=f"{lift:.2f}",
               service_dates=[(f["notice"] + dt.timedelta(days=21)).isoformat()], denial_date=f["notice"].isoformat(),
               provider=DME, appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
               alternates={"claim_amount": [None], "service_dates": [[]], "case_numbers": [[ref, reg]]},
               denial_alternates=["other"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


# ---------------------------------------------------------------- 4: respite agency statement (denies nothing)
def doc_statement(r):
    f = base(r, 4)
    acct = pat(r, "BRS-99999")
    dates = sorted({f["notice"] - dt.timedelta(days=r.randint(20, 45)) for _ in range(3)})
    rate = 28.75
    hrs = [r.choice([4, 6, 8]) for _ in dates]
    total = round(sum(h * 4 * rate / 4 for h in hrs), 2)
    d = Page()
    d.add_page()
    d.text_line(AGENCY, 14, "B")
    d.text_line("211 Quay Street, Suite 4, Tidewater Heights, VA 23499  |  Billing 1-555-614-2290  |  Tax ID 54-1937702",
                8.3)
    d.rule(0.4, 4)
    d.text_line("PATIENT STATEMENT", 12, "B", "R")
    kv(d, [("Statement date", fmt_date(f["notice"], "abbr")), ("Account", acct), ("Client", f["member"]),
           ("Responsible party", f["sponsor"]), ("Insurance", f"TRICARE Prime / ECHO - DBN {f['dbn']}")], w=44)
    d.table(["Date", "Service", "Hours", "Charge", "Status"],
            [[fmt_date(x, "abbr"), "In-home respite (S5150)", str(h), fmt_money(h * rate, "plain"),
              "Billed to TRICARE"] for x, h in zip(dates, hrs)] + [["*Total", "", "", fmt_money(total), ""]],
            [30, 60, 16, 28, 40], size=8.6, aligns="LLRRL")
    paras(d, [
        f"Caregiver: {CAREGIVER}. These visits were billed to TRICARE under your ECHO authorization. You owe "
        "nothing today; we will send a new statement if any amount becomes your responsibility (for example your "
        "monthly ECHO cost share).",
        "Balance due now: $0.00"], size=9.5)
    t = truth("other", None, member_id=f["dbn"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=AGENCY,
              unscored=["insurer"], alternates={"claim_amount": [None], "case_numbers": [[acct]],
                                                "provider": ["Odalys P. Verhoeven"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid ECHO EOB (nothing denied)
def doc_paid_eob(r):
    f = base(r, 5)
    claim = pat(r, "2026999999999")
    dos = [f["notice"] - dt.timedelta(days=x) for x in sorted({r.randint(14, 30), r.randint(31, 45)})]
    ch = [fee(r, 400, 700) for _ in dos]
    total = round(sum(ch), 2)
    ds, ms = "dmy", "nosign"
    d = Page(footer="Meridian Federal Health Partners administers TRICARE East for the Defense Health Agency.")
    d.add_page()
    head(d, 1, f["phone"])
    d.text_line("Explanation of Benefits - Extended Care Health Option", 12.5, "B")
    kv(d, [("Issued", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Sponsor", f["sponsor"]),
           ("DoD Benefits Number", f["dbn"]), ("Claim", claim), ("Provider", AGENCY),
           ("Date received", fmt_date(f["notice"] - dt.timedelta(days=9), ds))], w=48, size=9.3)
    rows = [[fmt_date(x, ds), "S5150 respite", fmt_money(c, ms), fmt_money(c, ms), fmt_money(c - 25 if i == 0 else c, ms)]
            for i, (x, c) in enumerate(zip(dos, ch))]
    rows.append(["*Total", "", fmt_money(total, ms), fmt_money(total, ms), fmt_money(total - 25, ms)])
    d.table(["Service date", "Service", "Billed", "Allowed", "Paid"], rows, [30, 60, 28, 28, 28], size=8.8,
            aligns="LLRRR")
    paras(d, [
        "The sponsor's ECHO monthly cost share of 25.00 was applied to the first service. Fiscal year 2026 ECHO "
        "government share used to date: 9,410.00 of 36,000.00.",
        "If you disagree with this decision you may request a reconsideration within 90 days of the date of this "
        "notice."], size=9.2)
    t = truth("eob", None, insurer=CONTRACTOR, member_id=f["dbn"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=f["notice"].isoformat(), provider=AGENCY,
              appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
              alternates={"appeal_deadline": [None], "insurer": ["TRICARE"]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Spanish letter, not registered in ECHO
def doc_es(r):
    f = base(r, 6)
    f["member"] = f"Itzel {r.choice('BDFGLMRS')}. Carrasco"
    f["sponsor"] = f"Joaquín {r.choice('ADEHMPR')}. Carrasco"
    ref = pat(r, "ECHO-26-999999")
    start = f["notice"] + dt.timedelta(days=r.randint(8, 20))
    d = Page(footer="Meridian Federal Health Partners - Contratista de TRICARE Región Este - ECHO-DN-04-ES")
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line(fmt_date(f["notice"], "es"), 10)
    d.ln(3)
    for s in (f["sponsor"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Aviso de denegación - Opción de Atención Extendida de Salud (ECHO)", 12, "B")
    d.ln(1)
    kv(d, [("Beneficiaria:", f["member"]), ("Nº de beneficios del DoD:", f["dbn"]), ("Referencia:", ref),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], w=52)
    paras(d, [
        f"Recibimos una solicitud de {AGENCY} para cuidado de relevo (respiro) en el hogar, 16 horas al mes, a "
        f"partir del {fmt_date(start, 'es')}. No podemos aprobarla.",
        "Para recibir cualquier beneficio de ECHO, el patrocinador debe estar inscrito en el Programa para "
        "Familiares con Necesidades Excepcionales (EFMP) y la beneficiaria debe estar registrada en ECHO. La "
        "beneficiaria no está registrada en ECHO, por lo que no es elegible para este beneficio.",
        "#Su derecho a pedir una reconsideración",
        "Puede pedir una reconsideración por escrito dentro de 90 días a partir de la fecha de esta carta. Si la "
        "espera pone en grave peligro la salud de la beneficiaria, puede pedir una revisión acelerada (72 horas).",
        "Atentamente,", "Administración de Casos ECHO"], size=9.8)
    t = truth("denial_letter", "eligibility", lang="es", insurer=CONTRACTOR, member_id=f["dbn"],
              member_name=f["member"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=AGENCY,
              appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
              alternates={"service_dates": [[]], "insurer": ["TRICARE"]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_respite_no_efmp", "born_digital", doc_respite_efmp, None),
    ("scan300_eob_three_claims_respite_cap", "scan_clean_300", doc_eob_cap, None),
    ("copy_reconsideration_upheld", "photocopy", doc_recon_upheld, None),
    ("faxfine_stack_registration_bathlift_cap", "fax_fine_g4", doc_stack, ["cover", "blank"]),
    ("photo_respite_agency_statement", "phone_photo", doc_statement, None),
    ("rotated_paid_echo_eob", "rotated", doc_paid_eob, None),
    ("lowres_aviso_es_no_registrada", "scan_lowres_150", doc_es, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
