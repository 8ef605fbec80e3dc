"""Family 'expanded_carrier_screening_panel_denial': invented commercial, Medicaid managed-care and lab billing
letters on expanded (pan-ethnic) carrier screening panels, CPT 81443 (genetic testing for severe inherited
conditions, 15 or more genes), ordered before a pregnancy.

Letter-heavy: a pre-service adverse benefit determination (no personal or family history, no known carrier partner,
not pregnant); a post-service claim denial to the member with a printed appeal-by date; an EOB denying the
reproductive partner's own 81443 panel because partner testing is covered only after the first partner tests
positive (the office visit on the same EOB is paid); the laboratory's billing letter after the denial (a bill:
self-pay price and payment options); a fax stack of a cover sheet, the plan's first-level appeal decision upholding
the denial and the laboratory's financial-responsibility notice; a Spanish Medicaid managed-care notice denying the
panel before pregnancy; an approval of the partner's targeted test after a positive result (nothing denied).

Layouts are invented, modelled loosely on published utilization-review letters, commercial EOBs, lab patient
billing letters and state Medicaid notices of action. All values invented: plans, labs, clinicians, people, IDs,
amounts; phones 1-555. Decoys: dates of birth, specimen collection vs received dates, ordering doctors on claims,
NPIs, lab accession and patient account numbers, medical policy numbers, allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "expanded_carrier_screening_panel_denial"
LANG = "en"
SEED = 267500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"
FIRST_F = ["Odalys", "Henrietta", "Saoirse", "Temperance", "Yuki", "Marguerite", "Ottilie", "Priyanka", "Annika"]
FIRST_M = ["Barnaby", "Caspian", "Ignatius", "Leopold", "Thaddeus", "Rashid", "Evander", "Montgomery"]
LAST = ["Brackenridge", "Okonkwo-Hale", "Vantongeren", "Lindqvist", "Castellanos", "Whitlock", "Ferreira-Dunn",
        "Halvorsen", "Achterberg", "Moorcroft"]
FIRST_ES = ["Yesenia", "Maricela", "Anabel", "Rocío"]
LAST_ES = ["Villaseñor", "Quiñones", "Barragán", "Olivares"]
CITIES = [("Cold Spring Harbor", "ME", "04612"), ("Fenmore", "OH", "45891"), ("Larch Valley", "OR", "97388"),
          ("Wexcombe", "NC", "27988")]
STREETS = ["Tamarack Lane", "Pennywhistle Road", "Otter Creek Drive", "Granary Court", "Ashgrove Terrace"]


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)


def person(r, sex="f", lang="en"):
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST_F if sex == "f" else FIRST_M), r.choice(LAST)
    return f"{first} {r.choice(MI)}. {last}"


def addr(r):
    c, s, z = r.choice(CITIES)
    return [f"{r.randint(14, 9870)} {r.choice(STREETS)}", f"{c}, {s} {z}"]


def kv(d, rows, w=46, size=9.5, h=5.2):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, h, a)
        d.font(size)
        d.multi_cell(0, h, b, new_x="LMARGIN", new_y="NEXT")


def boxed(d, rows, x=112, w=86, size=8.8, h=5.4):
    """A ruled box on the right of the page: label on the left, value on the right."""
    y0 = d.get_y()
    d.set_xy(x, y0 + 1.5)
    for a, b in rows:
        d.set_x(x + 2)
        d.font(size - 0.8, "B")
        d.cell(32, h, a)
        d.font(size)
        d.cell(w - 36, h, b, new_x="LMARGIN", new_y="NEXT")
    y1 = d.get_y() + 1.5
    d.rect(x, y0, w, y1 - y0)
    return y0, y1


def mailing(d, name, lines, y0, size=10):
    d.set_xy(d.l_margin, y0 + 2)
    for t in [name, *lines]:
        d.set_x(d.l_margin)
        d.font(size)
        d.cell(90, 5, t, new_x="LMARGIN", new_y="NEXT")


ECS_DESC = "Expanded carrier screening panel, severe inherited conditions (15+ genes)"


# ---------------------------------------------------------------- 0: pre-service ABD (commercial)

def doc_preservice(r):
    ins = "Larkspur Mutual Health"
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 60))
    planned = notice + dt.timedelta(days=r.randint(8, 20))
    recv = notice - dt.timedelta(days=r.randint(3, 9))
    dob = dt.date(1991, 1, 1) + dt.timedelta(days=r.randint(0, 3000))
    mem = person(r)
    mid, grp, ref = pat(r, "LMH99999999"), pat(r, "GR-99999"), pat(r, "UM-2026-9999999")
    doc, prac = "Dr. Philippa R. Oyelowo-Grant", "Sandpiper Women's Health Associates"
    lab = "Helixmark Reproductive Genetics Laboratory"
    d = Page(footer=f"{ins}  ·  LMH-UM-ABD-0426  ·  Page {{p}} of {{n}}")
    d.add_page()
    d.font(21, "B")
    d.cell(0, 9, "LARKSPUR", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  ·  Utilization Management  ·  PO Box 7710, Fenmore, OH 45891  ·  {ph(r)}", 8.2)
    d.rule(0.7, 4)
    y0, y1 = boxed(d, [("Notice date", fmt_date(notice, "long")), ("Member", mem), ("Member ID", mid),
                       ("Group", grp), ("Date of birth", fmt_date(dob, "slash")), ("Reference #", ref)])
    mailing(d, mem, addr(r), y0)
    d.set_y(y1 + 6)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE REQUEST", 12, "B")
    d.ln(2)
    d.para(f"Dear {mem.split()[0]} {mem.split()[-1]},")
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {doc} of {prac} for genetic testing to be "
           f"performed by {lab}. We reviewed the request against your plan and our medical policy. "
           "This letter explains our decision.")
    kv(d, [("Service requested:", f"CPT 81443 - {ECS_DESC}"),
           ("Requested by:", f"{doc}, {prac} (NPI {npi(r)})"),
           ("Performing lab:", f"{lab} (NPI {npi(r)})"),
           ("Planned collection:", fmt_date(planned, "long")),
           ("Decision:", "NOT APPROVED")], 44, 9.6)
    d.ln(2)
    d.text_line("Why we made this decision", 11, "B")
    d.para("Medical Policy GEN-114 (Carrier Screening for Inherited Disorders) covers carrier screening for "
           "cystic fibrosis, spinal muscular atrophy and hemoglobin disorders. An expanded panel of 15 or more genes "
           "is covered only when (1) you or your reproductive partner has a personal or family history of one of the "
           "conditions on the panel, or (2) your partner is a known carrier, or (3) you are pregnant or undergoing "
           "in vitro fertilization. The records sent show no family history of an inherited condition, no known "
           "carrier partner, and that you are not currently pregnant. The expanded panel is therefore not medically "
           "necessary under your plan. The reviewer was a board-certified medical geneticist.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You or your doctor may ask for an internal appeal. Your appeal must be received within 180 days of the "
           "date of this notice. Send it to Larkspur Mutual Health, Appeals Unit, PO Box 7712, Fenmore, OH 45891, "
           f"or fax 1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}. If your situation is urgent you may ask for "
           "an expedited appeal, decided within 72 hours. After the internal appeal you may have the right to an "
           "external review by an Independent Review Organization within 4 months.")
    d.para("You may ask, free of charge, for copies of all documents relevant to your claim, including Medical "
           "Policy GEN-114 and the clinical criteria used.", 9.5)
    d.para("Sincerely,\n\nUtilization Management Department\nLarkspur Mutual Health", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=mem,
              case_numbers=[ref], claim_amount=None, service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=doc,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [prac, lab], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: post-service claim denial letter

def doc_claim_letter(r):
    ins = "Brightwater Benefit Plans"
    notice = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 70))
    dos = notice - dt.timedelta(days=r.randint(25, 50))
    recv = dos + dt.timedelta(days=r.randint(2, 5))
    deadline = notice + dt.timedelta(days=180)
    mem = person(r)
    mid, grp, claim = pat(r, "BWB-999-99-9999"), pat(r, "0099999"), pat(r, "2026999999999")
    acct = pat(r, "HX99999999")
    lab, orderer = "Pellucid Genomics Laboratory, Inc.", "Dr. Cosimo J. Abernethy-Ruiz"
    charge = fee(r, 1850, 3400)
    d = Page()
    d.add_page()
    d.font(16, "B")
    d.cell(120, 8, "Brightwater Benefit Plans")
    d.font(8.2)
    d.multi_cell(0, 4, f"Claims Department\n1200 Ferry Landing Blvd\nLarch Valley, OR 97388\nMember Services {ph(r)}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    d.text_line(fmt_date(notice, "abbr"), 10)
    d.ln(3)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(5)
    d.text_line(f"RE: Claim denial - genetic carrier screening", 11, "B")
    kv(d, [("Patient:", mem), ("Subscriber ID:", mid), ("Group No.:", grp), ("Claim No.:", claim),
           ("Provider:", lab), ("Ordering physician:", orderer), ("Date of service:", fmt_date(dos, "abbr")),
           ("Amount billed:", fmt_money(charge)), ("Lab account no.:", acct)], 40, 9.6, 5)
    d.ln(3)
    d.para(f"Dear {mem}:")
    d.para(f"We have finished processing the claim we received on {fmt_date(recv, 'abbr')} from {lab} for an "
           "expanded carrier screening panel (CPT 81443). We are unable to pay this claim.")
    d.para("Reason: Brightwater covers an expanded carrier screening panel before or during pregnancy only when the "
           "patient or the reproductive partner has a family history of a condition on the panel, or a partner is "
           "a known carrier. The information sent with the claim does not show either. Standard screening for "
           "cystic fibrosis and spinal muscular atrophy (CPT 81220, 81329) would have been covered. The expanded "
           "panel is not medically necessary for you (denial code MN-41).")
    d.para("What you may owe: because the laboratory is in our network, it may not bill you more than the amount "
           "shown in the patient responsibility column of your Explanation of Benefits, which is $0.00 for this "
           "claim unless you signed a written waiver before the test.")
    d.text_line("How to appeal", 11, "B")
    d.para(f"If you disagree, send a written appeal so that we receive it no later than {fmt_date(deadline, 'abbr')}. "
           "Include this letter, the claim number and any records that support your request (for example, a "
           "genetic counselor's note about family history). You may also request an external review after the "
           "appeal is decided.")
    d.para("Brightwater Benefit Plans\nClaims Department", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=mem,
              case_numbers=[claim], claim_amount=f"{charge:.2f}", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=lab, appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, partner's panel denied

def doc_partner_eob(r):
    ins = "Cobalt Ridge Health Insurance Company"
    issued = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 50))
    dos = issued - dt.timedelta(days=r.randint(20, 40))
    visit = dos - dt.timedelta(days=r.randint(10, 30))
    mem, sub = person(r, "m"), person(r, "f")
    mid, grp, plan = pat(r, "CRH999999999"), pat(r, "99-99999"), "CRH-PPO-3000"
    c1, c2 = pat(r, "E26999999901"), pat(r, "E26999999902")
    lab = "Genoveva Carrier Diagnostics"
    gc = "Wickham Genetic Counseling Group"
    vch = fee(r, 190, 260)
    lch = fee(r, 2100, 3200)
    vallow = round(vch * 0.62, 2)
    vcopay = 40.0
    d = Page(footer="This is not a bill.  ·  CRH-EOB-26  ·  Page {p} of {n}")
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, "COBALT RIDGE", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  ·  PO Box 6190, Wexcombe, NC 27988  ·  Customer Care {ph(r)}", 8)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    y0 = d.get_y()
    d.boxes([("Statement date", fmt_date(issued, "dmy"), 44), ("Patient", mem, 58), ("Member number", mid, 40),
             ("Group", grp, 37)])
    d.boxes([("Subscriber", sub, 58), ("Plan", plan, 44), ("Relationship", "Spouse", 40), ("Page", "1", 37)])
    d.ln(4)
    for claim, prov, rows, tot in (
        (c1, gc, [[fmt_date(visit, "dmy"), "96040", "Genetic counseling, 30 min", fmt_money(vch, "nosign"),
                   fmt_money(vallow, "nosign"), fmt_money(vallow - vcopay, "nosign"), fmt_money(vcopay, "nosign"), "A1"]],
         vch),
        (c2, lab, [[fmt_date(dos, "dmy"), "81443", "Carrier screen panel 15+ genes", fmt_money(lch, "nosign"),
                    "0.00", "0.00", "0.00", "P7"]], lch)):
        d.font(9.2, "B")
        d.cell(0, 5, f"Claim {claim}   Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows + [["*Claim total", "", "", fmt_money(tot, "nosign"), "", "", "", ""]],
                [24, 14, 56, 20, 18, 18, 16, 14], 8.2, "LLLRRRRC", head_fill=True)
    d.text_line("Remark codes", 10.5, "B")
    d.para("A1  Paid at the network benefit after your specialist copay.", 9)
    d.para("P7  Denied. An expanded carrier screening panel for a reproductive partner is covered only after the "
           "first partner's screening shows that she or he carries a condition on the panel. Our records show no "
           "positive result for the patient's partner. Partner testing is not medically necessary at this time. "
           "Network providers may not bill you for this amount.", 9)
    d.ln(2)
    d.text_line("Your right to appeal", 10.5, "B")
    d.para("If you disagree with how we processed a claim on this statement, you may appeal within 180 days of the "
           f"statement date. Call Customer Care or write to Cobalt Ridge Appeals, PO Box 6195, Wexcombe, NC 27988. "
           "You may also have the right to an external review.", 9)
    t = truth("eob", "medical_necessity", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=mem, case_numbers=[c2], claim_amount=f"{lch:.2f}", service_dates=[dos.isoformat()],
              denial_date=issued.isoformat(), provider=lab,
              appeal_deadline=(issued + dt.timedelta(days=180)).isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: lab billing letter (a bill)

def doc_lab_bill(r):
    lab = "Helixmark Reproductive Genetics Laboratory"
    ins = "Pinecrest Assurance Health"
    sent = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 40))
    dos = sent - dt.timedelta(days=r.randint(60, 90))
    mem = person(r)
    acc, acct, claim = pat(r, "HMX-99999999"), pat(r, "PA999999"), pat(r, "PAH26999999")
    mid = pat(r, "PAH999999999")
    charge = fee(r, 2400, 3600)
    selfpay = 249.0
    d = Page(footer="Helixmark Reproductive Genetics Laboratory  ·  CLIA 99D9999999  ·  {p}/{n}")
    d.add_page()
    d.font(18, "B")
    d.cell(0, 8, "helixmark", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Reproductive Genetics Laboratory  ·  88 Granary Court, Larch Valley, OR 97388", 8.4)
    d.text_line(f"Patient Billing {ph(r)}  ·  Mon-Fri 6 a.m. - 5 p.m. PT", 8.4)
    d.ln(5)
    d.text_line(fmt_date(sent, "wlong"), 10)
    d.ln(3)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(5)
    d.text_line("Important information about your bill", 12.5, "B")
    d.ln(1)
    d.table(["Accession #", "Patient account", "Test", "Collected", "Billed to", "Charge"],
            [[acc, acct, "Carrier Screen Exp. (81443)", fmt_date(dos, "slash"), ins, fmt_money(charge)]],
            [28, 24, 44, 22, 42, 20], 8, "LLLLLR", border_head="TB")
    d.para(f"Dear {mem},")
    d.para(f"We billed your health plan, {ins} (member ID {mid}), for your expanded carrier screening. Your plan "
           f"denied the claim (plan claim number {claim}), stating that the panel was not medically necessary "
           "because there was no family history reported.")
    d.para(f"We do not want cost to keep you from the test you and your doctor chose. Instead of the full charge of "
           f"{fmt_money(charge)}, you may pay our self-pay price of {fmt_money(selfpay)} if you pay within 30 days of "
           "this letter. Interest-free payment plans of $25 a month are also available.")
    d.text_line("Your options", 11, "B")
    for i, s in enumerate([
            "Pay the self-pay price online or by phone.",
            "Appeal the decision with your plan. We can send you a letter of medical necessity and the test report.",
            "Apply for our financial assistance program (households up to 400% of the federal poverty level).",
            "Call us if you believe your plan should have paid; we will review the claim again."], 1):
        d.font(9.8)
        d.cell(6, 5, f"{i}.")
        d.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Patient Billing Team\nHelixmark Reproductive Genetics Laboratory", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=mem, case_numbers=[claim],
              claim_amount=f"{charge:.2f}", service_dates=[dos.isoformat()], denial_date=sent.isoformat(),
              provider=lab, appeal_deadline=None,
              alternates={"insurer": [lab, None], "case_numbers": [[]]},
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: stack (appeal upheld + lab notice)

def doc_appeal_upheld(r, shared):
    ins = "Tern Harbor Health Plan"
    notice = dt.date(2026, 4, 20) + dt.timedelta(days=r.randint(0, 40))
    dos = notice - dt.timedelta(days=r.randint(90, 120))
    recv = notice - dt.timedelta(days=r.randint(15, 28))
    mem = person(r)
    mid, grp = pat(r, "THP9999999-00"), pat(r, "99999A")
    appeal, claim = pat(r, "APL-99999999"), pat(r, "99999999999")
    lab = "Aster & Vine Genetics Laboratory"
    charge = fee(r, 1900, 3100)
    shared.update(mem=mem, mid=mid, claim=claim, lab=lab, charge=charge, dos=dos, ins=ins)
    d = Page(footer="Tern Harbor Health Plan  ·  Appeals  ·  page {p} of {n}")
    d.add_page()
    d.font(17, "B")
    d.cell(0, 8, "Tern Harbor Health Plan", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Member Appeals  ·  3 Wharf Street, Cold Spring Harbor, ME 04612  ·  {ph(r)}", 8.4)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10)
    d.ln(2)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(4)
    d.text_line("First-Level Appeal Decision", 12.5, "B")
    kv(d, [("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", mid),
           ("Group", grp), ("Laboratory", lab), ("Service", "Expanded carrier screening, CPT 81443"),
           ("Date of service", fmt_date(dos, "mdy_nopad")), ("Billed charges", fmt_money(charge)),
           ("Appeal received", fmt_date(recv, "mdy_nopad"))], 40, 9.5, 5)
    d.ln(3)
    d.para("You appealed our decision to deny payment for an expanded carrier screening panel completed before "
           "pregnancy. A physician board-certified in obstetrics and gynecology who was not involved in the first "
           "decision reviewed your appeal, the laboratory's letter of medical necessity and your records.")
    d.para("Decision: we are upholding the denial. Our Clinical Policy CP-GEN-22 covers a panel of this size before "
           "pregnancy only with a documented family history of a listed disorder or a partner who is a known "
           "carrier. Your records note a desire to plan a pregnancy and Ashkenazi Jewish ancestry on one side, but "
           "no family history of a listed disorder and no carrier partner. Ancestry-based screening for the "
           "disorders named in the guideline (CPT 81412) is covered; the 15+ gene panel is not medically necessary.")
    d.text_line("Second-level appeal", 11, "B")
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an external review by an independent review organization within four months of "
           "this letter; external review does not require a second-level appeal.")
    d.para("Sincerely,\nAppeals Coordinator, Tern Harbor Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=mem,
              case_numbers=[appeal, claim], claim_amount=f"{charge:.2f}", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=lab,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_lab_notice(r, s):
    sent = dt.date(2026, 6, 8) + dt.timedelta(days=r.randint(0, 20))
    acct = pat(r, "AV-9999999")
    d = Page()
    d.add_page()
    d.font(14, "B")
    d.cell(0, 7, "ASTER & VINE GENETICS LABORATORY", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Billing Office · 410 Otter Creek Drive, Fenmore, OH 45891 · {ph(r)}", 8.4)
    d.rule(0.4, 4)
    d.text_line("FINANCIAL RESPONSIBILITY NOTICE", 12, "B")
    d.ln(1)
    kv(d, [("Notice date:", fmt_date(sent, "slash")), ("Patient:", s["mem"]), ("Account number:", acct),
           ("Insurance:", f"{s['ins']}  ID {s['mid']}"), ("Insurance claim #:", s["claim"]),
           ("Test / CPT:", "Expanded Carrier Screen, 81443"), ("Specimen collected:", fmt_date(s["dos"], "slash")),
           ("Total charges:", fmt_money(s["charge"])), ("Insurance payments:", "$0.00"),
           ("Balance due from patient:", fmt_money(s["charge"]))], 52, 9.5, 5.2)
    d.ln(3)
    d.para("Your insurance plan upheld its denial of this test on appeal. The balance is now your responsibility. "
           "Please pay the balance, or call us within 30 days to set up a payment plan or to ask for our reduced "
           "self-pay rate. Accounts with no payment or contact after 90 days may be sent to collections.")
    d.para("Pay by phone or mail a check payable to Aster & Vine Genetics Laboratory with your account number.", 9.5)
    t = truth("other", None, insurer=None, member_id=s["mid"], member_name=s["mem"], case_numbers=[s["claim"]],
              claim_amount=f"{s['charge']:.2f}", service_dates=[s["dos"].isoformat()], denial_date=sent.isoformat(),
              provider=s["lab"], appeal_deadline=None, unscored=["insurer", "member_id"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Spanish Medicaid MCO notice

def doc_es_medicaid(r):
    ins = "Plan de Salud Comunitario Sol del Valle"
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 60))
    planned = notice + dt.timedelta(days=r.randint(10, 21))
    recv = notice - dt.timedelta(days=r.randint(4, 10))
    mem = person(r, lang="es")
    mid, ref = pat(r, "999999999"), pat(r, "SV-PA-9999999")
    doc = "Dra. Inmaculada F. Belmonte-Ortiz"
    d = Page(footer="Sol del Valle  ·  Aviso NOA-ES-2026  ·  Página {p} de {n}")
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, "Sol del Valle", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins} · Plan de Medicaid administrado · Servicios al Miembro {ph(r)} (TTY 711)", 8.2)
    d.rule(0.6, 4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.ln(1)
    kv(d, [("Fecha del aviso:", fmt_date(notice, "es")), ("Nombre del miembro:", mem),
           ("Número de Medicaid:", mid), ("Número de referencia:", ref),
           ("Proveedor que solicitó:", doc), ("Servicio:", "Panel ampliado de detección de portadores (CPT 81443)"),
           ("Fecha prevista:", fmt_date(planned, "es")), ("Solicitud recibida:", fmt_date(recv, "es"))], 52, 9.5, 5.2)
    d.ln(3)
    d.para(f"Estimado/a {mem}:")
    d.para("Hemos negado la solicitud de su médico para la prueba genética de detección ampliada de portadores "
           "antes del embarazo. Motivo: Medicaid cubre esta prueba solo cuando hay antecedentes familiares de una "
           "enfermedad hereditaria del panel, cuando su pareja es portadora conocida o durante el embarazo. La "
           "información enviada no muestra ninguno de estos casos. Por eso la prueba no es médicamente necesaria. "
           "Sí están cubiertas las pruebas de fibrosis quística y atrofia muscular espinal.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para("Si no está de acuerdo, puede pedir una apelación al plan dentro de 60 días a partir de la fecha de "
           "este aviso. Puede llamar o escribir a: Apelaciones, Sol del Valle, PO Box 4420, Wexcombe, NC 27988. "
           "Después de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la "
           "decisión de la apelación.")
    d.para("Si necesita ayuda gratuita en otro idioma o formato, llame a Servicios al Miembro.", 9)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid, member_name=mem,
              case_numbers=[ref], claim_amount=None, service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=doc,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"insurer": ["Sol del Valle"], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval after positive result

def doc_approval(r):
    ins = "Quillfeather Health Alliance"
    notice = dt.date(2026, 5, 11) + dt.timedelta(days=r.randint(0, 40))
    start = notice + dt.timedelta(days=3)
    end = start + dt.timedelta(days=89)
    mem, partner = person(r, "m"), person(r, "f")
    mid, grp, auth = pat(r, "QHA-99999999"), pat(r, "QF99999"), pat(r, "PA99999999")
    doc, lab = "Dr. Anneliese V. Mbatha", "Pellucid Genomics Laboratory, Inc."
    d = Page()
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, "Quillfeather Health Alliance", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Prior Authorization Services · 55 Pennywhistle Road, Wexcombe, NC 27988 · {ph(r)}", 8.2)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "iso"), 10)
    d.ln(2)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(4)
    d.text_line("Your request has been APPROVED", 13, "B")
    d.ln(1)
    d.table(["Authorization no.", "Member ID", "Group", "Service", "Valid"],
            [[auth, mid, grp, "81443 carrier screening", f"{fmt_date(start, 'iso')} to {fmt_date(end, 'iso')}"]],
            [30, 30, 22, 46, 52], 8.4, border_head="TB")
    d.para(f"Dear {mem},")
    d.para(f"We approved the request from {doc} for carrier screening (CPT 81443) to be done by {lab}. Your "
           f"partner, {partner}, was found to carry a condition on the screening panel, so testing of the "
           "reproductive partner now meets our criteria. This approval is valid for the dates shown when you are a "
           "member on the date of service. Your usual deductible and coinsurance apply.")
    d.para("An approval is not a guarantee of payment if your coverage ends or the claim is billed with a different "
           "code. Questions? Call the number above.", 9.5)
    d.para("Prior Authorization Services\nQuillfeather Health Alliance", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=mem, case_numbers=[auth],
              claim_amount=None, service_dates=[iso_span(start, end)], denial_date=notice.isoformat(), provider=doc,
              appeal_deadline=None, alternates={"service_dates": [[]], "provider": [lab]})
    return pdf_bytes(d), t


def iso_span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


def documents(rng) -> list[Item]:
    items = []
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    items.append(Item(f"{FAMILY}_bd_preservice_81443_no_family_history", "born_digital", [doc_preservice(r(0))]))
    items.append(Item(f"{FAMILY}_scan300_claim_letter_81443_not_pregnant", "scan_clean_300",
                      [doc_claim_letter(r(1))]))
    items.append(Item(f"{FAMILY}_lowres_eob_partner_panel_no_positive_result", "scan_lowres_150",
                      [doc_partner_eob(r(2))]))
    items.append(Item(f"{FAMILY}_copy_lab_billing_letter_self_pay", "photocopy", [doc_lab_bill(r(3))]))
    rs, shared = r(4), {}
    a = doc_appeal_upheld(rs, shared)
    b = doc_lab_notice(rs, shared)
    items.append(Item(f"{FAMILY}_faxfine_stack_cover_appeal_upheld_lab_notice", "fax_fine_g4", [a, b],
                      separators=["cover", None]))
    items.append(Item(f"{FAMILY}_phone_es_medicaid_aviso_panel_ampliado", "phone_photo", [doc_es_medicaid(r(5))]))
    items.append(Item(f"{FAMILY}_rotated_approval_partner_after_positive", "rotated", [doc_approval(r(6))]))
    return items
