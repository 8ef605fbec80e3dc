"""Family 'pneumatic_compression_pump_lymphedema_denial': invented DME MAC, commercial, Medicare Advantage and
Medicaid letters (and one EOB) on pneumatic compression devices for lymphedema: E0651 (segmental pump without
calibrated gradient pressure), E0652 (segmental pump with calibrated gradient pressure) and their appliances
(E0667, E0671), rented or bought from a DME supplier.

Cases: a commercial precertification denial of E0652 because a basic segmental pump would do (no truncal or
genital lymphedema documented); a DME MAC redetermination notice upholding the denial of an E0651 rental because the
4-week trial of conservative therapy is not documented; an MA pre-service notice denying E0652 (E0651 could be
approved instead); a commercial final appeal decision upholding an E0652 denial; a fax stack of a cover sheet, a plan
claim denial of two E0651 rental months (no 4-week trial) and the later approval after the trial was documented; a
commercial EOB denying an E0652 purchase and its gradient appliance (phone photo); a state Medicaid notice of action
denying an E0651 rental request (rotated).

Layouts are invented, modelled loosely on DME MAC redetermination letters, CMS-10003-style notices, state Medicaid
notices of action and commercial precertification letters. All values invented: plans, contractors, suppliers,
clinicians, people, IDs, amounts; phones 1-555. Decoys: prescribing/treating practitioners and therapists, NPIs,
PTANs, dates of birth, request/received dates, the date of the practitioner's evaluation, rental month counts,
allowed/paid amounts, LCD and policy numbers, HCPCS codes of the alternative pump.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "pneumatic_compression_pump_lymphedema_denial"
LANG = "en"
SEED = 263600
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("BCDFGHJKLMNPRSTVWXZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.75, r.randint(1, 99) / 100]), 2)


def days(d0, n):
    return d0 + dt.timedelta(days=n)


def head(d, name, lines, style):
    if style == 0:
        d.text_line(name, 16, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.6, 5)
    elif style == 1:
        d.text_line(name.upper(), 13, "B", "C")
        d.text_line("  ·  ".join(lines), 8.2, "", "C")
        d.rule(0.3, 5)
    else:
        d.rule(1.2, 2)
        d.text_line(name, 14, "B")
        d.text_line("  |  ".join(lines), 8.2)
        d.rule(0.3, 5)


def addressee(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.6, sep=""):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.56, a + sep)
        d.font(size)
        d.cell(0, size * 0.56, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.7, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


FIRST = ["Marguerite", "Solomon", "Agnieszka", "Percival", "Evangeline", "Dashiell", "Rosamund", "Leopold",
         "Philippa", "Caspian"]
LAST = ["Hawthorne-Ide", "Kowalczyk", "Ballantyne", "Osei-Barker", "Winterbourne", "Drummond", "Esterhazy",
        "Lightfoot", "Mbeki-Stroud", "Quennell"]
CITIES = ["Harrow Point, MI 49099", "Caldwell Springs, NM 87099", "Lindenhurst Ridge, KY 40399",
          "Bramford, NH 03099"]
STREETS = ["Meadowlark Road", "Cobblestone Way", "Ashgrove Terrace", "Ferncliff Lane", "Pike Hollow Drive"]
SUPPLIERS = ["Harrow Point Home Medical Supply", "CompressCare DME Solutions, Inc.", "Lindenhurst Medical Equipment",
             "Bramford Lymphatic Therapy Supply"]
PRACTITIONERS = ["Dr. Anneliese V. Corrigan, MD", "Dr. Obinna F. Sorensen, DO", "Dr. Magdalena T. Ruiz-Whitfield, MD",
                 "Dr. Cyrus E. Nakagawa, MD"]
THERAPISTS = ["Bethany R. Colquitt, OTR/L, CLT", "Jonah M. Elsworth, PT, CLT-LANA"]
ITEMS = {"E0651": "Pneumatic compressor, segmental, without calibrated gradient pressure",
         "E0652": "Pneumatic compressor, segmental, with calibrated gradient pressure",
         "E0667": "Segmental pneumatic appliance, full leg",
         "E0671": "Segmental gradient pressure pneumatic appliance, full leg"}


def person(r):
    return f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}"


def base(r):
    notice = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 175))
    return dict(notice=notice, member=person(r), addr=(f"{r.randint(12, 9900)} {r.choice(STREETS)}", r.choice(CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1944, 1988), r.randint(1, 12), r.randint(1, 28)),
                limb=r.choice(["left lower extremity", "right lower extremity", "both lower extremities"]))


# ---------------------------------------------------------------- 0: commercial precert denial, E0652 vs E0651
def doc_precert(r):
    f = base(r)
    plan = "Granite Shoals Health Insurance Company"
    sup, doc = SUPPLIERS[1], PRACTITIONERS[0]
    rcv = days(f["notice"], -r.randint(4, 9))
    ref = pat(r, "PC-2026-999999")
    f.update(mid=pat(r, "GSX999999999"), grp=pat(r, "GS-99999"))
    ds = "wlong"
    d = Page(footer="Granite Shoals Health Insurance Company  ·  Precertification  ·  {p}/{n}")
    d.add_page()
    head(d, plan, ["Clinical Review Unit, 400 Ledgerock Plaza, Bramford, NH 03099",
                   f"Members {f['phone']}   Providers 1-555-720-4410   Fax 1-555-720-4499"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f["member"], f["addr"])
    d.text_line("Precertification Decision: Not Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Enrollee", f["member"]), ("Subscriber number", f["mid"]), ("Group", f["grp"]),
           ("Reference #", ref), ("Requested by (supplier)", sup), ("Prescribing physician", f"{doc}, NPI {f['npi']}"),
           ("Item requested", "E0652 pump with E0671 full-leg gradient appliance x2, purchase"),
           ("Date received", fmt_date(rcv, "slash")), ("Date of birth", fmt_date(f["dob"], "slash"))], w=52, sep=":")
    paras(d, [
        "#Our decision",
        f"We reviewed the request from {sup} for a segmental pneumatic compression device with calibrated gradient "
        f"pressure (HCPCS E0652) to treat lymphedema of the {f['limb']}. We cannot approve the E0652. It is not "
        "medically necessary for you.",
        "#The reason for our decision",
        "Our clinical policy CP-DME-042 (Pneumatic Compression Devices) covers a calibrated gradient pump (E0652) only "
        "when the member has lymphedema that extends onto the chest, trunk, abdomen or genitals and a basic "
        "segmental pump (E0651) has been tried and has failed. The records show lymphedema of the leg only. They do "
        "not show a trial of an E0651 device or any reason an E0651 device could not treat the swelling. A segmental "
        "pump without calibrated gradient pressure (E0651) with a full-leg appliance (E0667) would meet your "
        "needs; your doctor or supplier may send a new request for those items.",
        "#Your right to appeal",
        "You or your doctor may ask us to review this decision. Your appeal must be made within 180 days of the date "
        "of this letter. Send it to Granite Shoals Appeals, PO Box 4470, Bramford, NH 03099, or fax 1-555-720-4455. "
        "If waiting could seriously harm your health, ask for an urgent appeal (decided within 72 hours). After our "
        "final decision you may have the right to an external review by an independent review organization "
        "within 4 months.",
        "You may ask for free copies of the policy and the records we used. This decision was made by "
        "Dr. Reginald O. Fenwick, MD, Associate Medical Director, board certified in physical medicine."], 9.7)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 180).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: DME MAC redetermination, no 4-week trial
def doc_mac(r):
    f = base(r)
    mac = "Northbay Durable Medical Administrators"
    sup, doc = SUPPLIERS[0], PRACTITIONERS[1]
    dos = days(f["notice"], -r.randint(100, 120))
    lines = [("E0651", "RR KX", fee(r, 520, 690)), ("E0667", "RR KX", fee(r, 160, 240)),
             ("E0667", "RR KX", fee(r, 160, 240))]
    amt = round(sum(x[2] for x in lines), 2)
    claim, appeal = pat(r, "99999999999999"), pat(r, "999999999A999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    rcv = days(f["notice"], -r.randint(28, 45))
    evald = days(dos, -r.randint(8, 20))
    deadline = days(f["notice"], 180)
    ds, ms = "abbr", "nosign"
    d = Page(footer=f"{mac}  -  DME MAC Jurisdiction C  -  Page {{p}} of {{n}}")
    d.add_page()
    head(d, mac, ["DME Medicare Administrative Contractor, Jurisdiction C", "Redeterminations, PO Box 6720, "
                  "Lindenhurst Ridge, KY 40399", "Beneficiary inquiries: 1-800-MEDICARE"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f["member"], f["addr"])
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    d.ln(1)
    kv(d, [("Beneficiary name", f["member"]), ("Medicare number", f["mbi"]), ("Redetermination number", appeal),
           ("Claim control number", claim), ("Supplier", sup), ("Supplier PTAN", pat(r, "9999999999")),
           ("Ordering practitioner", doc), ("Request received", fmt_date(rcv, ds))], w=56, sep=":")
    d.table(["Date of service", "HCPCS", "Mod", "Description", "Billed"],
            [[fmt_date(dos, ds), c, m, ITEMS[c][:44], fmt_money(ch, ms)] for c, m, ch in lines] +
            [["*Total", "", "", "", fmt_money(amt, ms)]], [28, 16, 16, 92, 24], size=8.2, aligns="LLLLR")
    paras(d, [
        "#Decision",
        "We have decided that Medicare will not pay for the items listed above. The decision is UNFAVORABLE.",
        "#Explanation of the decision",
        "The local coverage determination for Pneumatic Compression Devices (LCD L33829) covers a pump for lymphedema "
        "only after a four-week trial of conservative therapy prescribed by the treating practitioner, including "
        "regular use of an appropriate compression bandage system or garment, exercise and elevation, followed by "
        "a practitioner evaluation showing that significant symptoms remain. The records include an evaluation on "
        f"{fmt_date(evald, ds)}, but no record of when the compression garments were started, how they were used, or "
        "of a re-evaluation at the end of four weeks. The coverage criteria are not met, so the pump and appliances "
        "are not reasonable and necessary.",
        "#Who is responsible for the bill",
        "The supplier did not give you an Advance Beneficiary Notice. You are not responsible for these charges, "
        "and the supplier must refund anything you paid for them.",
        "#If you disagree with this decision",
        "You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
        f"received by {fmt_date(deadline, ds)}. Use the enclosed form CMS-20033 or write to the QIC, and include "
        "a copy of this letter and any new records, such as the therapy notes for the four-week trial."], 9.3)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=sup, appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Medicare"], "case_numbers": [[appeal], [claim]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: MA pre-service notice, E0652 not necessary
def doc_ma(r):
    f = base(r)
    org, product = "Sandpiper Bay Health Plans, Inc.", "Sandpiper Bay Medicare Advantage (PPO)"
    sup, doc = SUPPLIERS[2], PRACTITIONERS[2]
    rcv = days(f["notice"], -r.randint(3, 12))
    ref = pat(r, "OD99999999")
    f.update(mid=pat(r, "S99999999A"))
    ds = "dmy"
    d = Page(footer="H7710_NDMC26_E   Form CMS-10003-NDMCP   OMB Approval 0938-0829")
    d.add_page()
    head(d, product, [org, "PO Box 18020, Harrow Point, MI 49099", f"Member Services {f['phone']}, TTY 711"], 2)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    addressee(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", "C")
    d.ln(1)
    kv(d, [("Member name", f["member"]), ("Member number", f["mid"]), ("Organization determination #", ref),
           ("Requesting supplier", sup), ("Treating physician", doc), ("Request received", fmt_date(rcv, ds))],
       w=62, sep=":")
    paras(d, [
        f"We have denied the medical coverage listed below that you or your physician requested: a pneumatic "
        f"compression pump with calibrated gradient pressure (E0652) and two gradient full-leg appliances (E0671) "
        f"for lymphedema of the {f['limb']}.",
        "#Why did we deny your request?",
        "We denied this request because it is not medically necessary. Medicare covers the calibrated gradient pump "
        "only when a segmental pump without calibrated gradient pressure (E0651) has been tried and could not treat "
        "the lymphedema, or when there are unique features such as lymphedema of the trunk that require it. Your "
        "records do not show either. In addition, the records do not show the required four-week trial of "
        "compression garments, exercise and elevation before a pump is ordered. We can approve an E0651 pump with "
        "E0667 appliances once the four-week trial is documented.",
        "#You have the right to appeal our decision",
        "You have the right to ask Sandpiper Bay Health Plans to reconsider our decision. You must ask within 65 "
        "days of the date of this notice. We can give you more time if you have a good reason for missing the "
        "deadline.",
        "Standard appeal: we will give you a decision within 30 days. Fast appeal: if you or your doctor believe "
        "that waiting 30 days could seriously harm your health, ask for a fast appeal; we will decide within 72 hours.",
        f"How to ask: mail or fax your written request to {org}, Appeals Department, PO Box 18088, Harrow Point, MI "
        f"49099, fax 1-555-388-1200, or call {f['phone']}.",
        "You can get help from your State Health Insurance Assistance Program (SHIP) at 1-555-610-2211."], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 65).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"insurer": [product], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: commercial final appeal upheld, E0652
def doc_upheld(r):
    f = base(r)
    plan = "Chesterfield Valley Benefit Plan"
    sup, doc = SUPPLIERS[3], PRACTITIONERS[3]
    dos = days(f["notice"], -r.randint(75, 95))
    lines = [("E0652", "NU", fee(r, 5200, 7400)), ("E0671", "NU", fee(r, 780, 1100))]
    amt = round(sum(x[2] for x in lines), 2)
    claim, appeal = pat(r, "CV99999999"), pat(r, "APL-99999-9")
    f.update(mid=pat(r, "CVB999-99-9999"), grp=pat(r, "99999"))
    ds, ms = "mdy_nopad", "plain"
    d = Page(footer="Chesterfield Valley Benefit Plan  ·  Appeals")
    d.add_page()
    head(d, plan, ["Administered at 2250 Riverside Commons, Caldwell Springs, NM 87099",
                   f"Phone {f['phone']}  ·  Fax 1-555-415-7800"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f["member"], f["addr"])
    d.text_line("Final Internal Appeal Decision: Denial Upheld", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("ID", f["mid"]), ("Group no.", f["grp"]), ("Appeal no.", appeal),
           ("Claim no.", claim), ("Supplier", sup), ("Physician", doc), ("Lymphedema therapist", THERAPISTS[0]),
           ("Date of service", fmt_date(dos, ds)), ("Amount billed", fmt_money(amt, ms))], w=44, sep=":")
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        "We received your appeal of our decision to deny the calibrated gradient pneumatic compression pump "
        f"(E0652) and gradient appliance (E0671) that {sup} supplied. A physician board certified in vascular "
        "medicine, who was not involved in the first decision, reviewed your appeal, the letter from your "
        "lymphedema therapist and the supplier's records.",
        "#Decision",
        "We are upholding the denial. The plan covers an E0652 pump only when a segmental pump without calibrated "
        "gradient pressure (E0651) has failed or cannot be used because of lymphedema of the trunk, chest or "
        "genitals. Your records show lymphedema of the leg that improved with bandaging, and no trial of an E0651 "
        "pump. The E0652 pump and appliance are not medically necessary under the plan's policy.",
        "#Your further rights",
        "This is the plan's final internal decision. You may request an external review by an independent review "
        "organization within 4 months of receiving this letter. You also have the right to bring a civil action "
        "under section 502(a) of ERISA. You may request, free of charge, copies of all documents relevant to your "
        "claim."], 9.7)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=None, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack, claim denial then approval
def doc_stack(r):
    f = base(r)
    plan = "Ironwood Mutual Health Plan"
    sup, doc = SUPPLIERS[0], PRACTITIONERS[0]
    dos = [days(f["notice"], -r.randint(60, 70))]
    dos.append(days(dos[0], 30))
    rent, app = fee(r, 480, 640), fee(r, 150, 220)
    lines = [(x, c, m, ch) for x in dos for c, m, ch in (("E0651", "RR", rent), ("E0667", "RR", app))]
    amt = round(sum(x[3] for x in lines), 2)
    claim = pat(r, "IW-999999999")
    f.update(mid=pat(r, "IWM99999999"), grp=pat(r, "99-99999"))
    ds, ms = "long", "usd"
    hl = ["Claims Review, 77 Foundry Street, Harrow Point, MI 49099", f"Tel {f['phone']}   Fax 1-555-902-6120"]
    d = Page()
    d.add_page()
    head(d, plan, hl, 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    addressee(d, f["member"], f["addr"])
    d.text_line("Notice of Claim Denial", 12.5, "B")
    d.ln(1)
    kv(d, [("Covered person", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", claim),
           ("DME supplier", sup), ("Ordering physician", doc), ("Total charges", fmt_money(amt, ms))], w=44, sep=":")
    d.table(["Rental month", "HCPCS", "Item", "Charge", "Status"],
            [[fmt_date(x, "slash"), c, ITEMS[c][:40], fmt_money(ch, ms), "Denied"] for x, c, m, ch in lines],
            [26, 16, 88, 26, 20], size=8.2, aligns="LLLRL")
    paras(d, [
        "Reason: the plan covers a pneumatic compression pump for lymphedema only after a 4-week trial of "
        "conservative treatment (compression garments or bandaging, exercise and elevation) that did not control "
        "the swelling. No record of this trial was sent with the claim or is on file. The rental is not medically "
        "necessary under plan policy DME-17. As a network supplier, "
        f"{sup} may not bill you for the denied months.",
        "If you disagree, you or the supplier may file an appeal within 180 days of the date of this letter. Send "
        "records of the conservative trial with your appeal to Ironwood Mutual Appeals, 77 Foundry Street, Harrow "
        "Point, MI 49099."], 9.5)
    t1 = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
               service_dates=[x.isoformat() for x in dos], denial_date=f["notice"].isoformat(), provider=sup,
               appeal_deadline=days(f["notice"], 180).isoformat())
    pdf1 = pdf_bytes(d)
    g = days(f["notice"], r.randint(20, 30))
    auth = pat(r, "AUTH-9999999")
    start = days(g, r.randint(3, 8))
    end = days(start, 299)
    d = Page()
    d.add_page()
    head(d, plan, hl, 2)
    d.text_line(fmt_date(g, ds), 10)
    d.ln(2)
    addressee(d, f["member"], f["addr"])
    d.text_line("Coverage Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Covered person", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Authorization number", auth), ("DME supplier", sup), ("Ordering physician", doc),
           ("Approved items", "E0651 pump and E0667 full-leg appliance, rental, 10 months"),
           ("Approved from", f"{fmt_date(start, ds)} through {fmt_date(end, ds)}")], w=46, sep=":")
    paras(d, [
        "We have approved the request. The therapy notes now document 4 weeks of multilayer bandaging, daily "
        "exercise and elevation, with a re-evaluation by your physician that shows the swelling persisted. The "
        "approved rental begins on the date above.",
        "Approval does not guarantee payment. Payment depends on your eligibility and benefits on the dates the "
        "items are supplied. Your plan's DME coinsurance applies."], 9.5)
    t2 = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
               case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
               denial_date=g.isoformat(), provider=sup,
               alternates={"service_dates": [[], [start.isoformat()]], "provider": [doc]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: commercial EOB, E0652 purchase denied
def doc_eob(r):
    f = base(r)
    plan = "Ashcombe Health Partners"
    sup, doc = SUPPLIERS[1], PRACTITIONERS[2]
    dos = days(f["notice"], -r.randint(30, 45))
    pump, appl = fee(r, 5600, 7900), fee(r, 820, 1180)
    amt = round(pump + appl, 2)
    claim = pat(r, "99999-999999-99")
    f.update(mid=pat(r, "AHP999999999"), grp=pat(r, "A9999"))
    ds, ms = "upper", "plain"
    d = Page()
    d.add_page()
    head(d, plan, ["PO Box 3390, Caldwell Springs, NM 87099", f"Customer Care {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B", "C")
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 38), ("Member", f["member"], 56),
             ("Member ID", f["mid"], 42), ("Group", f["grp"], 38)])
    d.ln(3)
    kv(d, [("Claim", claim), ("Supplier", sup), ("Prescriber", doc), ("Received", fmt_date(days(dos, 9), ds))],
       w=30, size=9.2)
    rows = [[fmt_date(dos, ds), "E0652 NU", "Gradient pneumatic pump, purchase", fmt_money(pump, ms),
             fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms), "MN4"],
            [fmt_date(dos, ds), "E0671 NU", "Gradient full-leg appliance", fmt_money(appl, ms), fmt_money(0, ms),
             fmt_money(0, ms), fmt_money(0, ms), "MN4"],
            ["*Total", "", "", fmt_money(amt, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms), ""]]
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
            [24, 18, 56, 22, 18, 16, 16, 10], size=7.8, aligns="LLLRRRRL")
    paras(d, [
        "#What the codes mean",
        "MN4  Not medically necessary: the records do not show that a segmental pump without calibrated gradient "
        "pressure (E0651) was tried or would not work, and the required 4-week trial of conservative therapy is not "
        "documented. An advanced (calibrated gradient) pump is covered only when a basic pump cannot be used. The "
        "in-network supplier may not bill you for these charges.",
        "#Your benefits this year",
        "Deductible: $2,000.00, met $1,245.60.   Out-of-pocket maximum: $7,500.00, met $1,812.33.",
        "#Appeal rights",
        "You may request an appeal within 180 days of the date of this statement. Call Customer Care or write to "
        "Ashcombe Health Partners, Appeals, PO Box 3395, Caldwell Springs, NM 87099."], 9.0)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: state Medicaid notice of action, E0651
def doc_medicaid(r):
    f = base(r)
    agency = "Riverbend Medical Assistance Agency"
    sup, doc = SUPPLIERS[2], PRACTITIONERS[1]
    rcv = days(f["notice"], -r.randint(5, 12))
    start = days(f["notice"], r.randint(7, 14))
    pa = pat(r, "999999999999")
    f.update(mid=pat(r, "99999999999"))
    ds = "iso"
    hearing = days(f["notice"], 120)
    d = Page(footer="Form MAP-DME-NOA (Rev. 01/26)    Page {p} of {n}")
    d.add_page()
    d.text_line("STATE MEDICAL ASSISTANCE (MEDICAID) PROGRAM  -  DIVISION OF HEALTH SERVICES", 9, "B", "C")
    d.text_line(agency, 13, "B", "C")
    d.text_line("Prior Authorization Unit  ·  275 Capitol Loop, Lindenhurst Ridge, KY 40399  ·  1-555-564-4321", 8.3,
                "", "C")
    d.rule(0.5, 4)
    d.text_line("NOTICE OF ACTION - PRIOR AUTHORIZATION DENIED", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Notice date", fmt_date(f["notice"], ds), 36), ("Recipient name", f["member"], 62),
             ("Medicaid ID", f["mid"], 40), ("PA number", pa, 42)])
    d.boxes([("Provider (supplier)", sup, 98), ("Prescriber", doc, 82)])
    d.boxes([("Service requested", "E0651 RR + E0667 RR x2 (rental)", 98), ("Requested start date",
             fmt_date(start, ds), 42), ("Date received", fmt_date(rcv, ds), 40)])
    d.ln(4)
    addressee(d, f["member"], f["addr"])
    paras(d, [
        "#Action taken",
        "The Department has DENIED the prior authorization request listed above.",
        "#Reason for action",
        "The request does not meet the Medical Assistance Manual, DME Chapter 14.6, criteria for a pneumatic compression device. The "
        "prescriber must document a trial of at least four weeks of conservative therapy (compression garments, "
        "elevation and exercise) and an evaluation at the end of the trial. The request includes a prescription "
        "only. No trial is documented.",
        "#Your right to appeal",
        "If you disagree, you may ask the Department's managed review unit for an appeal within 60 days from the "
        "date of this notice. If you appeal within 10 days, your current services continue during the appeal.",
        f"You may also ask for a State Fair Hearing. Your hearing request must be received by {fmt_date(hearing, ds)}. "
        "Send it to the Division of Administrative Hearings, PO Box 2020, Lindenhurst Ridge, KY 40399.",
        "You may represent yourself or have a lawyer, relative, friend or other person speak for you. Free legal "
        "help may be available: call Legal Aid at 1-555-866-5430."], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=agency, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 60).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"provider": [doc], "service_dates": [[]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_precert_e0652_basic_pump_would_do", "born_digital", doc_precert, None),
    ("scan300_dme_mac_redetermination_no_four_week_trial", "scan_clean_300", doc_mac, None),
    ("lowres_ma_notice_e0652_not_necessary", "scan_lowres_150", doc_ma, None),
    ("copy_final_appeal_upheld_e0652", "photocopy", doc_upheld, None),
    ("faxstd_stack_cover_claim_denial_then_approval", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_eob_e0652_purchase_denied", "phone_photo", doc_eob, None),
    ("rotated_medicaid_notice_of_action_e0651", "rotated", doc_medicaid, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
