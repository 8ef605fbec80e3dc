"""Family 'lipoprotein_apheresis_familial_hypercholesterolemia_denial': invented commercial, Medicare Advantage and
Medicaid managed-care letters and EOBs on LDL (lipoprotein) apheresis (36516, selective adsorption, every 2 weeks)
for familial hypercholesterolemia, billed by hospital outpatient apheresis units.

Cases: a pre-service denial because the LDL-C criteria are not met (commercial letter); a hospital outpatient EOB
with four biweekly sessions denied because statin and PCSK9-inhibitor trials are not documented (the lipid panel on
the same claim paid); an MA notice of denial of payment under the Medicare NCD criteria (LDL not high enough without
documented coronary disease); an appeal decision upholding a denial (statin intolerance not documented); a fax stack
of a cover sheet, a claim denied for no prior authorization and the later approval of a new request; a Spanish
Medicaid managed-care notice (no PCSK9 inhibitor trial); a paid hospital outpatient EOB after approval (no denial).

Layouts are invented, modelled loosely on published insurer letters, CMS-10003-style notices and hospital
outpatient EOBs. All values invented: plans, hospitals, clinicians, people, IDs, amounts; phones 1-555.
Decoys: lipidologists and referring cardiologists next to the facility, NPIs, dates of birth, LDL-C lab dates,
request and claim received dates, patient account numbers, allowed/paid/you-owe amounts, material numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "lipoprotein_apheresis_familial_hypercholesterolemia_denial"
LANG = "en"
SEED = 259500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(230, 230, 230)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


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


def sessions(start, n, step=14):
    return [start + dt.timedelta(days=step * k) for k in range(n)]


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Callista", "Rowan", "Eulalia", "Thaddeus", "Marisela", "Osric", "Philomena", "Desmond", "Zofia", "Linus"]
LAST = ["Brannigan", "Okafor-Lind", "Halvorsen", "Delacroix", "Wetherby", "Nakashima", "Pruitt", "Szymanski",
        "Ferreira-Holt", "Ashgrove"]
FIRST_ES = ["Anselmo", "Rosalba", "Evaristo", "Maricruz"]
LAST_ES = ["Barrientos", "Quiñones", "Echevarría", "Salcido"]
CITIES = ["Corvallen, OR 97399", "Millbrook Falls, KS 67099", "Ashby Crossing, VT 05099", "Tolland Ridge, NE 68999"]
STREETS = ["Larkhill Road", "Wren Hollow Lane", "Copper Kettle Drive", "Stonegate Court", "Ferris Mill Way"]
FACILITIES = [("Corvallen Regional Medical Center", "Outpatient Apheresis Unit"),
              ("St. Brigid Heart & Vascular Institute", "Therapeutic Apheresis Services"),
              ("Millbrook Falls University Hospital", "Lipid Apheresis Program"),
              ("Hospital General de Tolland Ridge", "Unidad de Aféresis")]
LIPIDOLOGISTS = ["Dr. Ingrid P. Vasquez-Moore, MD", "Dr. Benedikt O. Aldana, MD", "Dr. Yewande S. Holm, MD",
                 "Dra. Consuelo R. Ibáñez, MD"]
CARDIOLOGISTS = ["Dr. Tobias L. Greenhalgh", "Dr. Niamh K. Castellano", "Dr. Arjun D. Penrose"]
D36516 = "Therapeutic apheresis; selective adsorption (LDL)"


def base(r, lang="en"):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=person(r, FIRST_ES if lang == "es" else FIRST, LAST_ES if lang == "es" else LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1952, 1994), r.randint(1, 12), r.randint(1, 28)),
                cardio=r.choice(CARDIOLOGISTS), ldl=r.randint(182, 262))


def claim_lines(r, dates, lab=False):
    out = []
    ch = fee(r, 6200, 9800)
    for k, d0 in enumerate(dates):
        out.append(dict(dos=d0, rev="0391", code="36516", desc=D36516, ch=ch))
        if lab and k == 0:
            out.append(dict(dos=d0, rev="0301", code="80061", desc="Lipid panel", ch=fee(r, 88, 140)))
    return out


# ---------------------------------------------------------------- 0: pre-service, LDL criteria not met (commercial)
def doc_preservice(r):
    f = base(r)
    plan = "Tamarack Ridge Health Insurance Company"
    fac, unit = FACILITIES[0]
    req = f["notice"] - dt.timedelta(days=r.randint(6, 12))
    start = f["notice"] + dt.timedelta(days=r.randint(10, 21))
    lab = req - dt.timedelta(days=r.randint(10, 40))
    f.update(mid=pat(r, "TRH99999999-01"), grp=pat(r, "99999-AA"), case=pat(r, "UM-2026-999999"))
    doc = LIPIDOLOGISTS[0]
    d = Page(footer="Tamarack Ridge Health Insurance Company  -  page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Utilization Management, PO Box 6120, Corvallen, OR 97399",
                         f"Member Services {f['phone']}  |  Fax 1-555-310-4477"], 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Coverage Decision: Request Not Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member name:", f["member"]), ("Member ID:", f["mid"]), ("Group #:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Request ID:", f["case"]),
           ("Requesting provider:", doc), ("Treating facility:", f"{fac}, {unit}"),
           ("Provider NPI:", f["npi"]), ("Service requested:", "LDL apheresis (CPT 36516), every 14 days, 13 sessions"),
           ("Planned start date:", fmt_date(start, "long")), ("Request received:", fmt_date(req, "long"))])
    paras(d, [
        "#What we decided",
        f"We reviewed the request from {doc} for lipoprotein (LDL) apheresis to treat heterozygous familial "
        "hypercholesterolemia. We cannot approve it. The service is not medically necessary for you at this time.",
        "#Why",
        "Our medical policy MP-CV-0317 (Lipoprotein Apheresis) covers LDL apheresis for familial "
        "hypercholesterolemia after at least 6 months of maximally tolerated lipid-lowering therapy (a high-intensity "
        "statin, ezetimibe and a PCSK9 inhibitor) when the LDL-C stays at or above 300 mg/dL, or at or above 200 mg/dL "
        "with documented coronary artery disease. The most recent LDL-C in the records is "
        f"{f['ldl']} mg/dL (drawn {fmt_date(lab, 'long')}) and no coronary artery disease is documented. The LDL-C "
        "criterion is not met.",
        f"The referring cardiologist, {f['cardio']}, may send new lipid results or records of coronary disease, and "
        "we will review the request again.",
        "#Your right to appeal",
        "You, your doctor or someone you name may ask for an appeal within 180 days of the date of this letter. "
        "Send it to Tamarack Ridge Appeals, PO Box 6188, Corvallen, OR 97399, or fax 1-555-310-4490. If your health "
        "could be seriously harmed by waiting, ask for an expedited appeal (decided within 72 hours). After the "
        "internal appeal you may ask for an external review within 4 months; an independent reviewer decides "
        "disputes about medical necessity, experimental treatment, level of care and other clinical matters.",
        "You have the right to receive, free of charge, copies of the documents and the clinical criteria used "
        "to make this decision.",
        "Sincerely,",
        "Dr. Lucinda M. Farrow, MD, Medical Director"])
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"], alternates={"provider": [fac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: hospital outpatient EOB, no statin/PCSK9 trials
def doc_eob_trials(r):
    f = base(r)
    plan = "Kestrel Point Health Plan"
    fac, unit = FACILITIES[1]
    dates = sessions(f["notice"] - dt.timedelta(days=r.randint(70, 80)), 4)
    lines = claim_lines(r, dates, lab=True)
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "99A9999999999")
    acct = pat(r, "HA-99999999")
    f.update(mid=pat(r, "KPX999999999"), grp=pat(r, "999999"))
    received = dates[-1] + dt.timedelta(days=r.randint(4, 9))
    ms = "nosign"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 44120, Millbrook Falls, KS 67099", f"Customer Service {f['phone']}  TTY 711"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line("THIS IS NOT A BILL", 9, "", "C")
    d.ln(3)
    kv(d, [("Statement date", fmt_date(f["notice"], "dmy")), ("Patient", f["member"]), ("Member number", f["mid"]),
           ("Group", f["grp"]), ("Claim", claim), ("Facility (rendering)", f"{fac} - {unit}"),
           ("Attending", LIPIDOLOGISTS[1]), ("Patient account no.", acct),
           ("Claim received", fmt_date(received, "dmy"))], w=46, size=9.2)
    rows = []
    for x in lines:
        paid = x["code"] == "80061"
        allowed = round(x["ch"] * 0.41, 2) if paid else 0.0
        rows.append([fmt_date(x["dos"], "slash"), x["rev"], x["code"], x["desc"][:34], fmt_money(x["ch"], ms),
                     fmt_money(allowed, ms), fmt_money(allowed * 0.8 if paid else 0, ms),
                     fmt_money(allowed * 0.2 if paid else 0, ms), "PD" if paid else "M47"])
    paid_lab = [x for x in lines if x["code"] == "80061"][0]
    al = round(paid_lab["ch"] * 0.41, 2)
    rows.append(["*Claim total", "", "", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al * 0.8, ms),
                 fmt_money(al * 0.2, ms), ""])
    d.table(["Service date", "Rev", "Code", "Description", "Charges", "Allowed", "Plan paid", "You owe", "Rmk"],
            rows, [21, 10, 13, 50, 20, 18, 18, 16, 12], size=7.4, aligns="LLLLRRRRL")
    paras(d, [
        "#Remark codes",
        "PD  Paid at the in-network benefit after coinsurance.",
        "M47  Not medically necessary. Lipoprotein apheresis is covered for familial hypercholesterolemia only after "
        "documented trials of a high-intensity statin at the maximum tolerated dose and of a PCSK9 inhibitor for at "
        "least 12 weeks each, with dates, doses and results. The records sent by the hospital do not document a "
        "statin trial or a PCSK9 inhibitor trial. The network hospital may not bill you for these sessions.",
        "#If you disagree",
        "You may appeal in writing within 180 days of the date of this statement. Include this statement and any "
        "medical records. Mail: Kestrel Point Appeals, PO Box 44188, Millbrook Falls, KS 67099. Fax 1-555-410-2299.",
        f"Questions? Call {f['phone']}. Hearing or speech impaired: TTY 711."], size=9)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=fac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: MA notice of denial of payment, NCD criteria
def doc_ma(r):
    f = base(r)
    org, product = "Bluefen Health Plan, Inc.", "Bluefen Medicare Complete (HMO)"
    fac, unit = FACILITIES[2]
    dates = sessions(f["notice"] - dt.timedelta(days=r.randint(40, 50)), 2)
    lines = claim_lines(r, dates)
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "9999999999999")
    f.update(mid=pat(r, "BF9999999A"))
    ds = "abbr"
    d = Page(footer="Y0147_LAPH26_M   Form CMS-10003-NDMCP   OMB Approval 0938-0829")
    d.add_page()
    letterhead(d, product, [f"{org}, 2700 Fenwick Parkway, Ashby Crossing, VT 05099",
                            f"Member Services {f['phone']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week"], 2)
    d.text_line("Notice of Denial of Medicare Payment", 13, "B")
    d.ln(1)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Member name:", f["member"]), ("Member number:", f["mid"]),
           ("Claim number:", claim), ("Provider:", f"{fac}, {unit}"),
           ("Ordering physician:", f"{f['cardio']} (NPI {f['npi']})"),
           ("Date of birth:", fmt_date(f["dob"], "slash"))], w=44)
    d.table(["Date of service", "Code", "Service", "Amount billed"],
            [[fmt_date(x["dos"], ds), x["code"], x["desc"], fmt_money(x["ch"])] for x in lines] +
            [["*Total", "", "", fmt_money(total)]], [32, 18, 96, 30], size=8.6, aligns="LLLR")
    paras(d, [
        "#We have denied payment for the medical services listed above",
        "Medicare covers LDL apheresis (National Coverage Determination 110.14) for familial hypercholesterolemia "
        "when, after six months of diet and maximally tolerated drug therapy, the patient has homozygous FH with LDL "
        "of 500 mg/dL or more, heterozygous FH with LDL of 300 mg/dL or more, or heterozygous FH with LDL of 200 "
        f"mg/dL or more and documented coronary heart disease. Your records show an LDL of {f['ldl']} mg/dL and no "
        "documented coronary heart disease, so the coverage criteria are not met and the sessions are not medically "
        "necessary under Medicare rules.",
        "Because the hospital is in our network, you do not have to pay for these services except your usual "
        "cost sharing.",
        "#You have the right to appeal our decision",
        "If you want to appeal, you must ask for a reconsideration within 65 days of the date of this notice. We can "
        "give you more time if you have a good reason. Write to Bluefen Medicare Appeals, PO Box 3302, Ashby "
        "Crossing, VT 05099, or fax 1-555-288-7140. Fast (72-hour) appeals apply only to services you have not "
        "received, not to payment requests.",
        "If we uphold our decision, your case is sent automatically to an Independent Review Entity."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=fac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: appeal upheld, statin intolerance not documented
def doc_upheld(r):
    f = base(r)
    plan = "Wrenfield Health Alliance"
    fac, unit = FACILITIES[0]
    dates = sessions(f["notice"] - dt.timedelta(days=r.randint(95, 110)), 3)
    lines = claim_lines(r, dates)
    total = round(sum(x["ch"] for x in lines), 2)
    claim, appeal = pat(r, "W9999999999"), pat(r, "GA-99-999999")
    f.update(mid=pat(r, "WHA-999-99-9999"), grp=pat(r, "WH99999"))
    received = f["notice"] - dt.timedelta(days=r.randint(22, 29))
    ds = "mdy_nopad"
    d = Page(footer="Wrenfield Health Alliance  |  Grievances and Appeals")
    d.add_page()
    letterhead(d, plan, ["Grievances and Appeals Department", "1180 Tollhouse Road, Tolland Ridge, NE 68999",
                         f"Phone {f['phone']}   Fax 1-555-602-1184"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("RE: Appeal Decision - Denial Upheld", 12, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Appeal #:", appeal),
           ("Original claim #:", claim), ("Rendering facility:", fac), ("Lipid specialist:", LIPIDOLOGISTS[0]),
           ("Appeal received:", fmt_date(received, ds))], w=42)
    d.table(["Session date", "CPT", "Billed charge"],
            [[fmt_date(x["dos"], ds), x["code"], fmt_money(x["ch"], "plain")] for x in lines] +
            [["*Total billed", "", fmt_money(total, "plain")]], [40, 24, 36], size=8.8, aligns="LLR")
    paras(d, [
        f"Dear {f['member'].split()[0]},",
        "We received your appeal of our decision to deny payment for LDL apheresis sessions at "
        f"{fac}. A board-certified cardiologist who took no part in the first decision reviewed the appeal, the "
        "hospital records and the letter from your lipid specialist.",
        "#Decision",
        "The original decision is upheld. Our policy requires that a statin be tried at the highest tolerated dose, "
        "or that statin intolerance be documented by at least two statins with symptoms, creatine kinase results "
        "and a rechallenge. The appeal states that you could not take statins, but it does not name the statins, "
        "doses, dates or the results of a rechallenge, and no trial of a PCSK9 inhibitor is recorded. The sessions "
        "are therefore not medically necessary under the plan.",
        "#What you can do next",
        "This was your final internal appeal. You may request an external review by an independent review "
        "organization within four months after you receive this letter. Call us for the form. You may also "
        "contact your state's consumer assistance program at 1-555-640-0021."], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=fac,
              appeal_deadline=None, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack, no prior authorization + approval
def doc_stack(r):
    f = base(r)
    plan = "Northgate Employers Health Plan"
    fac, unit = FACILITIES[1]
    dates = sessions(f["notice"] - dt.timedelta(days=r.randint(35, 45)), 2)
    lines = claim_lines(r, dates)
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "NG99999999")
    f.update(mid=pat(r, "NGE999999999"), grp=pat(r, "9999-999"))
    ds, ms = "dmy", "usd"
    head = ["Health Services Review, 55 Ledger Square, Millbrook Falls, KS 67099",
            f"Tel {f['phone']}  Fax 1-555-717-3300"]
    d = Page()
    d.add_page()
    letterhead(d, plan, head, 1)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Claim Denial - Prior Authorization Not Obtained", 12, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Claim number", claim),
           ("Billing provider", f"{fac}, {unit}"), ("Referring physician", f["cardio"]),
           ("Billed amount", fmt_money(total, ms))], w=44)
    d.table(["Date of service", "Procedure", "Charge", "Status"],
            [[fmt_date(x["dos"], ds), f"{x['code']} LDL apheresis", fmt_money(x["ch"], ms), "Denied"] for x in lines],
            [36, 60, 34, 30], size=8.8, aligns="LLRL")
    paras(d, [
        "Your plan requires prior authorization for therapeutic apheresis, including LDL apheresis (36516). We "
        "have no authorization on file for the dates above, so the claim is denied. The hospital, as a "
        "participating provider, was responsible for obtaining authorization and may not bill you.",
        "Appeal rights: you or the hospital may appeal within 180 days of the date of this letter by writing to "
        "Northgate Appeals, 55 Ledger Square, Millbrook Falls, KS 67099. Include medical records supporting the "
        "need for apheresis."], size=9.6)
    t1 = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=fac,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    pdf1 = pdf_bytes(d)
    g_notice = f["notice"] + dt.timedelta(days=r.randint(16, 24))
    auth = pat(r, "PA-9999999")
    start = g_notice + dt.timedelta(days=r.randint(5, 10))
    end = start + dt.timedelta(days=181)
    d = Page()
    d.add_page()
    letterhead(d, plan, head, 1)
    d.text_line(f"Date: {fmt_date(g_notice, ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Authorization Approved", 12, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Authorization number", auth), ("Servicing facility", f"{fac}, {unit}"),
           ("Requesting physician", LIPIDOLOGISTS[1]), ("Service", "LDL apheresis 36516, 1 session every 14 days"),
           ("Approved period", f"{fmt_date(start, ds)} to {fmt_date(end, ds)}")], w=44)
    paras(d, [
        "We have approved the request. The records now show LDL-C of 318 mg/dL after 6 months of rosuvastatin 40 "
        "mg, ezetimibe and evolocumab, which meets our criteria for heterozygous familial hypercholesterolemia.",
        "This approval is not a guarantee of payment. Benefits depend on your eligibility on the date of service "
        "and the terms of your plan. Usual cost sharing applies."], size=9.6)
    t2 = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
               case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
               denial_date=g_notice.isoformat(), provider=fac,
               alternates={"service_dates": [[], [start.isoformat()]], "provider": [LIPIDOLOGISTS[1]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Spanish Medicaid MCO notice, no PCSK9 trial
def doc_es(r):
    f = base(r, "es")
    org, product = "Cardinal Mesa Community Health Plan", "Plan de Salud Cardinal Mesa (Medicaid)"
    fac, unit = FACILITIES[3]
    doc = LIPIDOLOGISTS[3]
    req = f["notice"] - dt.timedelta(days=r.randint(5, 11))
    start = f["notice"] + dt.timedelta(days=r.randint(8, 20))
    case = pat(r, "CM-99999999")
    f.update(mid=pat(r, "999999999A"))
    ds = "es"
    d = Page(footer="Cardinal Mesa Community Health Plan - Medicaid - página {p} de {n}")
    d.add_page()
    letterhead(d, org, [product, "PO Box 870, Tolland Ridge, NE 68999", f"Servicios al Miembro {f['phone']}"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    d.ln(1)
    kv(d, [("Nombre del miembro:", f["member"]), ("Número de Medicaid:", f["mid"]),
           ("Número de caso:", case), ("Médico que lo pidió:", doc), ("Centro:", f"{fac}, {unit}"),
           ("Servicio pedido:", "Aféresis de LDL (36516), cada 2 semanas"),
           ("Fecha de inicio pedida:", fmt_date(start, ds)), ("Solicitud recibida:", fmt_date(req, ds)),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=52)
    paras(d, [
        "#Nuestra decisión",
        "Hemos negado el servicio pedido por su médico. La aféresis de LDL para la hipercolesterolemia familiar se "
        "cubre cuando el colesterol LDL sigue alto después de probar una estatina de alta intensidad, ezetimiba y "
        "un inhibidor de PCSK9 (por ejemplo evolocumab o alirocumab) durante al menos 3 meses. Los expedientes "
        "no muestran que usted haya probado un inhibidor de PCSK9. Por eso el servicio no es médicamente "
        "necesario en este momento.",
        "#Su derecho a apelar",
        "Puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este aviso. Llame al "
        f"{f['phone']} o escriba a Apelaciones, PO Box 870, Tolland Ridge, NE 68999. Si pide la apelación dentro "
        "de 10 días, puede seguir recibiendo los servicios que ya tiene aprobados mientras decidimos.",
        "Después de la apelación al plan, puede pedir una audiencia imparcial estatal (State Fair Hearing) dentro "
        "de 120 días a partir de la fecha de nuestra decisión sobre la apelación."], size=9.8)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=org, member_id=f["mid"],
              member_name=f["member"], case_numbers=[case], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["prior_authorization"], alternates={"provider": [fac], "insurer": [product]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid hospital outpatient EOB (no denial)
def doc_paid(r):
    f = base(r)
    plan = "Silverbirch Mutual Health"
    fac, unit = FACILITIES[2]
    dates = sessions(f["notice"] - dt.timedelta(days=r.randint(45, 55)), 3)
    lines = claim_lines(r, dates)
    total = round(sum(x["ch"] for x in lines), 2)
    claim, auth = pat(r, "SB-99999-99999"), pat(r, "AUTH99999999")
    f.update(mid=pat(r, "SBM99999999"), grp=pat(r, "99999"))
    ds, ms = "upper", "space"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 9020, Ashby Crossing, VT 05099", f"Member line {f['phone']}"], 2)
    d.text_line("Your Explanation of Benefits", 13, "B")
    d.text_line(f"Issue date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    kv(d, [("Patient", f["member"]), ("Subscriber ID", f["mid"]), ("Group", f["grp"]), ("Claim ID", claim),
           ("Hospital", f"{fac} ({unit})"), ("Physician", LIPIDOLOGISTS[2]), ("Authorization", auth)], w=40)
    rows = []
    for x in lines:
        al = round(x["ch"] * 0.38, 2)
        rows.append([fmt_date(x["dos"], ds), x["code"], fmt_money(x["ch"], ms), fmt_money(al, ms),
                     fmt_money(al * 0.9, ms), fmt_money(al * 0.1, ms)])
    al = round(sum(x["ch"] * 0.38 for x in lines), 2)
    rows.append(["*Totals", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al * 0.9, ms),
                 fmt_money(al * 0.1, ms)])
    d.table(["Date", "Service", "Billed", "Allowed", "Paid", "Your share"], rows, [30, 22, 30, 30, 30, 30],
            size=8.6, aligns="LLRRRR")
    paras(d, [
        "All sessions on this claim were approved under the authorization above and paid at the in-network "
        "benefit. Your share is your 10% coinsurance.",
        "Your deductible: $1,500.00 met. Out-of-pocket maximum: $2,116.40 of $6,000.00 met.",
        "If you think we made a mistake, you may appeal within 180 days of the date of this statement. Call "
        f"{f['phone']}."], size=9.4)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=fac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[claim, auth]], "appeal_deadline": [None]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_ldl_criteria_not_met", "born_digital", doc_preservice, None),
    ("scan300_hopd_eob_statin_pcsk9_not_documented", "scan_clean_300", doc_eob_trials, None),
    ("lowres_ma_notice_ncd_ldl_criteria", "scan_lowres_150", doc_ma, None),
    ("copy_appeal_upheld_statin_intolerance", "photocopy", doc_upheld, None),
    ("faxfine_stack_cover_no_auth_then_approved", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_medicaid_aviso_es_sin_pcsk9", "phone_photo", doc_es, None),
    ("rotated_paid_hopd_eob_after_auth", "rotated", doc_paid, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
