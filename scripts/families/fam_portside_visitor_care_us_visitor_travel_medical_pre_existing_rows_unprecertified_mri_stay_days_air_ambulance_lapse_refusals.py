"""Papers mirrored (structure and plain wording style only) from international travel medical insurance sold to
visitors to the United States: a short-term certificate under a master policy, a period of coverage tied to the trip,
a deductible per certificate period, a PPO network for US hospitals and urgent care, precertification through a
24-hour assistance company, an exclusion of pre-existing conditions with a limited acute onset benefit, medical
evacuation and repatriation arranged only when the assistance company finds it necessary, and claims paid in US
dollars. Every name is invented: the underwriter Calvercot Assurance plc ("a member of the Pellinore Marine & General
Group"), the product Portside Visitor Care (plans PVC-ESS-100 and PVC-SEL-250, master policy CVA-VM-0417), the
assistance company and claims administrator Orrinford Global Assistance, Inc., the PPO, every hospital, clinic,
person and number; reason codes E12 / E21 / ... are invented, PR-1 / PR-2 / CO-45 / CO-27 are used as CARCs are;
CPT / HCPCS / ICD-10 codes appear as themselves; phones 555.

Documents (8 in 7 files):
- born_digital: a two-page claim settlement statement for a couple on one certificate: three claims, each with its
  claim number, insured person and rendering / billing providers; the wife's cardiology claim is refused only by
  zero-paid rows carrying E12 and E21, explained in a legend that breaks onto page 2 (and lists unused codes).
- fax_standard_g4: the assistance company's letter to the insured and the imaging center: a knee MRI done without the
  precertification the certificate requires; captions in running lines with no colon; a stated review date.
- fax_standard_g4 stack: the hospital international patient office's fax cover, the insurer's letter refusing the
  last three days of a pneumonia stay as not needing a hospital level of care (page 2 fed sideways), and the
  assistance company's earlier guarantee of payment (denies nothing).
- photocopy (Spanish): an emergency visit for high blood sugar refused as a pre-existing condition; captions in
  small capitals above shaded boxes.
- phone_photo: a walk-in clinic's patient statement after the insurer paid (denies nothing).
- rotated: the assistance company declines an air ambulance home (a scheduled flight with a nurse escort is enough).
- scan_clean_300: the insurer's review decision upholding the refusal of physical therapy after the period of
  coverage ended.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrb import (ERSheet, abbr, digits, dmy, es_date, es_short, fax_line, flat, hospital_cover, iso,
                               long, money_es, n2, ordinal, plus, short_md, slash, upper, usd, wday, ymd_dots, yy)
from public_kit import m2, out, truth

FAMILY = "portside_visitor_care_us_visitor_travel_medical_pre_existing_rows_unprecertified_mri_stay_days_air_ambulance_lapse_refusals"
LANG = "en"
SEED = 355071
INS = "Calvercot Assurance plc"
ASSIST = "Orrinford Global Assistance, Inc."
PRODUCT = "Portside Visitor Care"
MASTER = "CVA-VM-0417"
SEL, ESS = "PVC-SEL-250", "PVC-ESS-100"
PARENT = "A member of the Pellinore Marine & General Group"
INS_ALT = ["Calvercot", "Calvercot plc", "Calvercot Assurance"]
ASSIST_ALT = ["Orrinford Global Assistance", "Orrinford", INS] + INS_ALT
SMALL = ("Portside Visitor Care is underwritten by Calvercot Assurance plc, US branch, 1200 Keelson Plaza, Suite 800, "
         "Wexbridge, DE 19809, and administered by Orrinford Global Assistance, Inc., PO Box 40127, Sable Point, FL "
         "33487. Travel medical insurance for visitors; not a US health plan.")
RIGHT = ["Claims (855) 555-0142", "24-hour assistance +1 (561) 555-0130", "Claims fax (561) 555-0137",
         "portsidevisitor.example"]
O_RIGHT = ["Assistance, day and night +1 (561) 555-0130", "Claims (855) 555-0142", "Fax (561) 555-0137",
           "PO Box 40127, Sable Point, FL 33487"]


def cert(rng: random.Random) -> tuple[str, str]:
    """Certificate number printed in groups ('PVC 2604 8817') and as the truth compares it ('PVC26048817')."""
    a, b = digits(rng, 4), digits(rng, 4)
    return f"PVC {a} {b}", f"PVC{a}{b}"


def claim_no(rng: random.Random) -> str:
    return f"C26{digits(rng, 7)}"


def case_no(rng: random.Random) -> str:
    return f"OGA-26-{digits(rng, 5)}"


def calvercot(p: ERSheet, tagline: str = "Visitor medical cover for your time in the United States",
              lines: list[str] | None = None):
    p.suffix_head("Calvercot", "plc", tagline, PARENT, "Claims administered by Orrinford Global Assistance, Inc. "
                  "for the underwriter, Calvercot Assurance plc.", RIGHT,
                  lines=lines or [f"{PRODUCT}  \u00b7  PO Box 40127, Sable Point, FL 33487"])


def orrinford(p: ERSheet, tagline: str = "Medical assistance and claims for travellers, 24 hours a day"):
    p.amp_head("ORRINFORD", tagline,
               "Orrinford Global Assistance, Inc.  \u00b7  a member of the Pellinore Marine & General Group",
               "Orrinford Global Assistance, Inc. administers assistance, precertification and claims for Portside "
               "Visitor Care, underwritten by Calvercot Assurance plc.", O_RIGHT, size=22)


# ------------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    holder, spouse = "Bogdan M. Dragomir", "Ilinca T. Dragomir"
    cp, ct = cert(rng)
    sd = dt.date(2026, 5, 6)
    eff, end = dt.date(2026, 3, 2), dt.date(2026, 6, 30)
    stmt = f"ST-{digits(rng, 8)}"
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    d1, d2, d3 = dt.date(2026, 4, 2), dt.date(2026, 4, 9), dt.date(2026, 4, 23)
    e1, e2 = dt.date(2026, 4, 14), dt.date(2026, 4, 21)
    UC, FOOT, HEART = "Larkspur Point Urgent Care, LLC", "Brightwell Foot & Ankle Associates", "Mossgiel Heart & Vascular, PLLC"
    pa, dpm, md = "Odalys Brandt, PA-C", "Ifeoma Stradling, DPM", "Dr. Tancredi Ashworth, MD"
    # (date, code, service, charged, savings, deductible, coinsurance, paid, reason)
    rows1 = [(d1, "99203", "Office visit, new patient", 245.00, 49.00, 196.00, 0.00, 0.00, "PR-1"),
             (d1, "73610", "X-ray ankle, 3 views", 168.00, 33.60, 54.00, 16.08, 64.32, "PR-2"),
             (d1, "L4361", "Walking boot, pneumatic", 142.00, 0.00, 0.00, 28.40, 113.60, "A1")]
    rows2 = [(d2, "99204", "Office visit, new patient", 330.00, 66.00, 0.00, 52.80, 211.20, "CO-45"),
             (d3, "99213", "Office visit, established", 150.00, 30.00, 0.00, 24.00, 96.00, "A1"),
             (d3, "73610", "X-ray ankle, 3 views", 168.00, 33.60, 0.00, 26.88, 107.52, "A1")]
    rows3 = [(e1, "99204", "Office visit, new patient", 410.00, 0.00, 0.00, 0.00, 0.00, "E12"),
             (e1, "93000", "Electrocardiogram, 12 leads", 96.00, 0.00, 0.00, 0.00, 0.00, "E21"),
             (e2, "93306", "Echocardiogram, complete", 1180.00, 0.00, 0.00, 0.00, 0.00, "E21"),
             (e2, "93015", "Treadmill stress test", 640.00, 0.00, 0.00, 0.00, 0.00, "E21")]

    def fmt(rows):
        out_, tot = [], [0.0] * 6
        for d, code, svc, ch, sv, de, co, pd, rc in rows:
            el = 0.0 if rc.startswith("E") else ch - sv
            out_.append([slash(d), code, svc, n2(ch), n2(sv), n2(el), n2(de), n2(co), n2(pd), rc])
            for k, v in enumerate((ch, sv, el, de, co, pd)):
                tot[k] += v
        return out_, tot

    r1, t1 = fmt(rows1)
    r2, t2 = fmt(rows2)
    r3, t3 = fmt(rows3)

    def total(t):
        return ["", "", "Claim total"] + [n2(v) for v in t] + [""]

    claims = [
        {"head": f"Claim {c1}   Insured {cp}-01 {holder}   {UC}",
         "sub": [f"Rendering  {pa}          Billing  {UC}, Larkspur Point, NJ"], "rows": r1, "total": total(t1)},
        {"head": f"Claim {c2}   Insured {cp}-01 {holder}   {FOOT}",
         "sub": [f"Rendering  {dpm}          Billing  {FOOT}"], "rows": r2, "total": total(t2)},
        {"head": f"Claim {c3}   Insured {cp}-02 {spouse}   {HEART}",
         "sub": [f"Rendering  {md}          Billing  {HEART}",
                 "Place of service  Mossgiel Heart & Vascular - Eastbrook Office, 61 Tern Quay, Eastbrook, NJ"],
         "rows": r3, "total": total(t3)},
    ]
    paid = t1[5] + t2[5] + t3[5]
    p = ERSheet(footer="Page {n} of {nb}", legal=SMALL,
                run_hdr=f"CALVERCOT plc  \u00b7  {PRODUCT}  \u00b7  Certificate {cp}  \u00b7  Statement {stmt}  "
                        f"\u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    calvercot(p)
    W = p.W
    p.bar("CLAIM SETTLEMENT STATEMENT  \u00b7  EXPLANATION OF BENEFITS", right="This is not a bill", size=10)
    y0 = p.get_y()
    p.address_block([holder, "c/o Andreea Lupu", "2218 Quillfeather Court", "Brandish Hills NJ 07841"], 9.4, y=y0 + 1,
                    h=4.5)
    p.set_xy(p.l_margin + W * 0.46, y0 + 1)
    p.runline([("Statement date", long(sd))], mode="dash", size=9, x=p.l_margin + W * 0.46)
    p.runline([("Statement no.", stmt)], mode="dash", size=8.6, x=p.l_margin + W * 0.46)
    p.runline([("Certificate", cp), ("Master policy", MASTER)], mode="none", size=8.6, x=p.l_margin + W * 0.46,
              sep=6)
    p.runline([("Plan", SEL), ("Network", "Fairlane Visitor PPO")], mode="gap", size=8.6, gap=4,
              x=p.l_margin + W * 0.46, sep=6)
    p.runline([("Period of coverage", f"{slash(eff)} to {slash(end)}")], mode="gap", size=8.4, gap=4,
              x=p.l_margin + W * 0.46)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 3)
    p.small(f"Insured persons on this certificate:  -01 {holder} (certificate holder), passport no. 0574{digits(rng, 5)}"
            f"   \u00b7   -02 {spouse} (spouse), passport no. 0574{digits(rng, 5)}.  Each claim below shows whose "
            "care it was. Reason codes are explained after the claims.", 7.8)
    p.claims_grid(["Date of service", "Code", "Service", "Charged", "PPO savings", "Eligible", "Deductible",
                   "Co-insurance", "Paid", "Reason"],
                  [18, 12, 42, 16, 15, 15, 18, 19, 15, W - 170], ["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"],
                  claims, size=7.5, row_h=4.8)
    p.set_font("Sans", "B", 8.4)
    p.cell(0, 5, f"Paid to providers this statement: {usd(paid)}", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.2)
    p.cell(0, 4.4, "Deductible for the certificate period: $250.00 per insured person (met for -01, $0.00 used for "
                   "-02).", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    legend = [("A1", "Paid at the Fairlane Visitor PPO rate under Portside Visitor Care Select."),
              ("CO-45", "The charge is more than the PPO rate. The provider agreed not to bill you for the difference."),
              ("PR-1", "Applied to the deductible for the certificate period ($250.00 per insured person)."),
              ("PR-2", "Your coinsurance: 20% of the eligible amount until you reach $2,500.00 out of pocket."),
              ("E2", "Routine or preventive care (check-ups, vaccines, eye and hearing exams) is not covered."),
              ("E12", "Pre-existing condition. The records show the condition was diagnosed, treated or needed "
                      "medicine in the 180 days before the effective date of the certificate. The acute onset benefit "
                      "does not apply to planned visits, check-ups or follow-up care."),
              ("E21", "A test, scan or follow-up visit for a condition excluded under code E12. Not covered."),
              ("E211", "Dental treatment beyond the relief of sudden pain, up to $300.00 a certificate period."),
              ("H5", "Injury while taking part in a hazardous activity listed in section 9 of the certificate."),
              ("CO-27", "Expenses incurred after the period of coverage ended."),
              ("N30", "The claim reached us more than 180 days after the date of service.")]
    p.legend_split("Reason codes (Orrinford Global Assistance, for Portside Visitor Care)", legend, break_after=4,
                   size=7.6, code_w=12)
    p.columns([
        ("If you disagree", "You, the insured person, or someone you name in writing may ask Orrinford to review any "
         "refused or reduced service. Send the request within 180 days of the date of this statement with the claim "
         "number and any records you want us to see (for example a letter from your doctor at home). Mail: Claim "
         "Reviews, PO Box 40127, Sable Point, FL 33487; fax (561) 555-0137."),
        ("How we count the look-back period", "The 180 days are counted back from the effective date. For example, "
         "for an effective date of March 2, 2026 they start on September 3, 2025. Medicine taken for a condition in "
         "that time makes it pre-existing even if it caused no trouble."),
        ("Paying the providers", "We pay PPO providers directly. Other providers may ask you to pay and send us the "
         "itemized bill; we then reimburse you in US dollars by check or wire. A wire costs $25.00 and is taken from "
         "the payment."),
        ("Language help", "Rom\u00e2n\u0103, Espa\u00f1ol, \u0420\u0443\u0441\u0441\u043a\u0438\u0439, Polski: call "
         "(855) 555-0142 for a free interpreter. Deaf or hard of hearing: TTY 711."),
    ], n=2, size=8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id=SEL, group=MASTER, member_id=ct + "-02", member_name=spouse,
              cases=[c3], claim_amount=m2(t3[0]), service_dates=[iso(e1), iso(e2)], denial_date=iso(sd),
              provider=HEART, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [ct], "provider": [md, "Tancredi Ashworth"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    mem = "Kwabena A. Mensah"
    cp, ct = cert(rng)
    ld = dt.date(2026, 4, 30)
    dos, ordered, got = dt.date(2026, 4, 8), dt.date(2026, 4, 6), dt.date(2026, 4, 20)
    eff, end = dt.date(2026, 2, 16), dt.date(2026, 8, 15)
    cn, cs = claim_no(rng), case_no(rng)
    due = plus(ld, 180)
    IMG = "Tamsin Ridge Imaging Center"
    pa, clinic = "Giselle Armitage, PA-C", "Harbourline Orthopaedic Walk-In"
    billed = 1940.00
    job = digits(rng, 4)
    fl = fax_line(ld, "10:12", "ORRINFORD CLAIMS", "(561) 555-0137", "TAMSIN RIDGE IMG BILLING 4045550166", job)
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fl, legal="Orrinford Global Assistance, Inc. acts for Calvercot "
                "Assurance plc, the underwriter of Portside Visitor Care. Letter OGA-L7 (rev. 01/2026).")
    p.set_margins(18, 14, 18)
    p.add_page()
    orrinford(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "c/o Yaw Mensah", "77 Lanyard Hill Road, Apt 3B", "Ormsby GA 30338"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    for pairs, mode in (([("Date of letter", dmy(ld))], "gap"), ([("Claim No", cn)], "dash"),
                        ([("Assistance case", cs)], "gap"), ([("Insured ID", cp), ("Plan", ESS)], "none"),
                        ([("Master policy", MASTER)], "gap")):
        p.runline(pairs, mode=mode, size=8.8, gap=5, sep=5, x=p.l_margin + W * 0.5)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 4)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Claim decision: the MRI was not precertified, so we cannot pay it", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Ordering provider", [pa, clinic, f"NPI 1{digits(rng, 9)}"]),
                 ("Performing and billing provider", [IMG, "Outpatient imaging, 14 Salter Way, Ormsby GA",
                                                      f"NPI 1{digits(rng, 9)}"])])
    p.run_table(["Date of service", "Code", "Service", "Charged", "Paid"],
                [[slash(dos), "73721", "MRI knee joint, without contrast (right)", n2(billed), "0.00"]],
                [28, 20, 90, 24, W - 162], aligns=["L", "L", "L", "R", "R"], size=8.6)
    p.para(f"Dear Mr. {mem.split()[-1]}:", 9.6)
    p.para(f"We received the claim from {IMG} on {slash(got)} for an MRI of your right knee on {long(dos)}. "
           f"{pa} of {clinic} ordered the scan on {slash(ordered)} after you twisted your knee on a hiking trail.", 9.2)
    p.para("**Why we cannot pay.** Section 7 of your certificate says that you, your doctor or the imaging center must "
           "call Orrinford for precertification before any MRI, CT or PET scan, outpatient surgery or hospital stay "
           "that is not an emergency. Nobody called us about this MRI, and a scan booked two days ahead is not "
           "emergency care. The plan does not pay for a scan that needed precertification and did not get it.", 9.2)
    p.para("Had the scan been precertified, it would have been paid at 80% of the PPO rate after the deductible (for "
           "example, $800.00 on an eligible amount of $1,000.00).", 8.6)
    p.small("PRECERTIFICATION  -  call +1 (561) 555-0130 (collect calls accepted) before: any hospital stay that is "
            "not an emergency (or within 48 hours after an emergency admission); MRI, CT and PET scans; outpatient "
            "surgery; physical therapy after the sixth visit; medical evacuation or repatriation. Keep the reference "
            "number we give you.", 7.8, border=1, gap=3)
    p.heading("What you can do", 10.4)
    p.para(f"You may ask us to review this decision. Your request must reach us by **{long(due)}**. Tell us if it was "
           "an emergency or if someone called us and was told no precertification was needed; give the date and the "
           "name of the person if you can. Send it to Claim Reviews, PO Box 40127, Sable Point, FL 33487, or fax it "
           "to (561) 555-0137.", 9.2)
    p.para("Tamsin Ridge Imaging Center is a Fairlane Visitor PPO provider. A PPO provider that does not ask for "
           "precertification may not be able to bill you for this scan; call the center's billing office before "
           "you pay anything.", 9.2)
    p.runline([("Period of coverage", f"{slash(eff)} - {slash(end)}"), ("Deductible", "$100.00")], mode="gap",
              size=8.6, gap=4)
    p.ln(2)
    p.small("Free language help: (855) 555-0142. Twi, French, Espa\u00f1ol and other languages. TTY 711.", 8)
    p.signature(["Claims Review Team", "Orrinford Global Assistance, Inc.", "for Calvercot Assurance plc"], 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=ASSIST, plan_id=ESS, group=MASTER, member_id=ct,
              member_name=mem, cases=[cn, cs], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(ld), provider=IMG, appeal_deadline=iso(due),
              alternates={"insurer": ASSIST_ALT, "case_numbers": [[cn]], "provider": [pa, "Giselle Armitage",
                                                                                      clinic]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_pneumonia(rng):
    mem = "Mariko S. Tanabe"
    son = "Kenji Tanabe"
    cp, ct = cert(rng)
    HOSP = "Hollins Bay Medical Center"
    md = "Dr. Ruairi Pennock, MD"
    adm, dis = dt.date(2026, 3, 19), dt.date(2026, 3, 25)
    cert_to = dt.date(2026, 3, 21)
    den_a, den_b = dt.date(2026, 3, 22), dt.date(2026, 3, 24)
    gop_d = dt.date(2026, 3, 20)
    ld = dt.date(2026, 4, 17)
    fax_day = dt.date(2026, 4, 21)
    cn, cs = claim_no(rng), case_no(rng)
    gop = f"GOP-{digits(rng, 6)}"
    acct = f"HB{digits(rng, 8)}"
    billed = 48620.40
    denied = 19874.15
    job = digits(rng, 4)
    fl = fax_line(fax_day, "15:40", "HOLLINS BAY IPS", "(727) 555-0119", "K TANABE 7275550184", job)
    cover = hospital_cover(HOSP, "International Patient Services", ["3300 Gulfbreak Blvd, Hollins Bay, FL 33706",
                                                                   "Phone (727) 555-0118"],
                           [("To", f"{son} (son of patient)"), ("Fax", "(727) 555-0184"),
                            ("From", "Lucinda Farrow, international patient liaison"), ("Date", slash(fax_day)),
                            ("Pages", "4 with this cover"), ("Patient account", acct)],
                           [f"Mr. Tanabe, as promised here are the insurer's two letters about your mother's stay "
                            f"({short_md(adm)} to {short_md(dis)}). The guarantee covered the first days; the April "
                            "letter refuses the last three days. Our billing office will hold the balance for 60 days "
                            "while you ask for a review. Please call me with any questions. - L.F."],
                           fax_hdr=fl, fax_tot=4)
    # --- document 1: the insurer's continued-stay letter (2 pages) ---------------------------------------------------
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fl, fax_off=1, fax_tot=4, legal=SMALL)
    p.set_margins(18, 14, 18)
    p.add_page()
    calvercot(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, f"c/o {son}", "415 Pelican Stair Lane", "Hollins Bay FL 33707"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.runline([("Date", long(ld))], mode="gap", size=8.8, gap=12, x=p.l_margin + W * 0.52)
    p.runline([("Claim", cn)], mode="gap", size=8.8, gap=10.4, x=p.l_margin + W * 0.52)
    p.runline([("Case", cs)], mode="gap", size=8.8, gap=11.2, x=p.l_margin + W * 0.52)
    p.runline([("Certificate", cp)], mode="gap", size=8.8, gap=4, x=p.l_margin + W * 0.52)
    p.runline([("Plan", SEL), ("Policy", MASTER)], mode="none", size=8.6, sep=4, x=p.l_margin + W * 0.52)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 4)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6.5, "Your hospital stay: the last three days are not covered", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Attending physician", [md, "Hospitalist Service", HOSP]),
                 ("Facility (billing)", [HOSP, "3300 Gulfbreak Blvd, Hollins Bay, FL", f"Patient account {acct}"])])
    p.para(f"Dear Ms. {mem.split()[-1]}:", 9.6)
    p.para(f"You were admitted to {HOSP} through its emergency department on {long(adm)} with pneumonia and went "
           f"home on {long(dis)}. The hospital's claim charges {usd(billed)} for the stay.", 9.2)
    p.para(f"Our assistance nurse certified the admission and the days through {long(cert_to)} (guarantee {gop}). The "
           "records our medical reviewer read show that from the morning of March 22 you had no fever, your oxygen "
           "level was normal on room air and you were taking antibiotic tablets by mouth. From then on your care "
           "did not need a hospital bed; it could have been given at your son's home with a visit to a clinic.", 9.2)
    p.run_table(["Part of the claim", "Dates", "Charges", "Decision"],
                [["Emergency care and admission", f"{slash(adm)}", n2(11204.60), "Covered"],
                 ["Room, board and care", f"{slash(plus(adm, 1))} - {slash(cert_to)}", n2(17541.65), "Covered"],
                 ["Room, board and care", f"{slash(den_a)} - {slash(den_b)}", n2(denied), "Not covered"],
                 ["Claim total", "", n2(billed), ""]], [62, 48, 30, W - 140], aligns=["L", "L", "R", "L"], size=8.6,
                bold_rows={3})
    p.add_page()
    p.heading("Why", 10.4)
    p.para(f"Section 6 of your certificate pays for a hospital stay only while you need care that can be given only "
           f"in a hospital. The days from {slash(den_a)} through {slash(den_b)} did not need that level of care, so "
           "they are not covered. The covered part of the claim will be paid to the hospital after the deductible.",
           9.2)
    p.heading("If you disagree", 10.4)
    p.para("You may ask for a review within 180 days of the date of this letter. Send any notes from your doctors "
           "that show why you had to stay in hospital. Write to Claim Reviews, PO Box 40127, Sable Point, FL 33487, "
           "or fax (561) 555-0137. A doctor who did not make this decision will look at your request.", 9.2)
    p.small("Reminder: the acute onset benefit and the hospital benefit have a limit of $100,000.00 for each "
            "certificate period. Your period of coverage is 02/27/2026 to 05/26/2026.", 8)
    p.signature(["Medical Claims Unit", INS, f"claims administered by {ASSIST}"], 9.2)
    letter = out(p)
    t1 = truth("denial_letter", "level_of_care", insurer=INS, plan_id=SEL, group=MASTER, member_id=ct,
               member_name=mem, cases=[cn, cs], claim_amount=m2(billed),
               service_dates=[f"{iso(den_a)}/{iso(den_b)}"], denial_date=iso(ld), provider=HOSP,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": INS_ALT, "case_numbers": [[cn]], "claim_amount": [m2(denied)],
                           "provider": [md, "Ruairi Pennock"],
                           "service_dates": [[f"{iso(adm)}/{iso(dis)}"], [iso(den_a), iso(den_b)]]},
               denial_alternates=["medical_necessity"])
    # --- document 2: the assistance company's guarantee of payment (1 page) -----------------------------------------
    g = ERSheet(footer=None, fax_hdr=fl, fax_off=3, fax_tot=4)
    g.set_margins(18, 14, 18)
    g.add_page()
    orrinford(g, "Guarantees of payment, case management and medical transport")
    W = g.W
    g.set_font("Sans", "B", 15)
    g.cell(W, 8, "GUARANTEE OF PAYMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    g.set_font("Sans", "", 8.6)
    g.cell(W, 4.5, f"Issued {wday(gop_d)}, 14:05 Eastern  \u00b7  to the admitting office of {HOSP}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    g.ln(3)
    g.sc_boxes([("Guarantee number", gop, 0.25), ("Assistance case", cs, 0.25), ("Certificate", cp, 0.25),
                ("Plan", SEL, 0.25)])
    g.sc_boxes([("Patient", mem, 0.4), ("Date of birth", "09/14/1951", 0.2), ("Admitted", slash(adm), 0.2),
                ("Days certified through", slash(cert_to), 0.2)])
    g.para(f"Orrinford Global Assistance, Inc., for Calvercot Assurance plc, guarantees payment to {HOSP} of the "
           f"covered charges for the emergency admission of the patient named above on {long(adm)} (diagnosis "
           "J18.9, pneumonia), less the deductible and coinsurance under her plan, up to the plan's limits.", 9.2)
    g.para(f"The days from {slash(adm)} through {slash(cert_to)} are certified. Our nurse will call the case manager on "
           f"{slash(cert_to)} for a concurrent review; days after that are certified only if the review finds that "
           "hospital care is still needed. Please send the itemized bill (UB-04) and the discharge summary to the "
           "claims address below.", 9.2)
    g.para("This guarantee is not a promise to pay charges that the certificate excludes, such as a private room "
           "chosen for comfort, personal items or a pre-existing condition. Your estimate of $36,000.00 for the stay "
           "has been noted.", 8.8)
    g.small(f"Hospital contact: Utilization Review, fax (727) 555-0121.  Patient's family contact: {son}, "
            "(727) 555-0184.  Claims: PO Box 40127, Sable Point, FL 33487.", 8)
    g.signature(["Noor Castellane, RN, case manager", "Assistance Operations", ASSIST], 9.2)
    t2 = truth("other", None, insurer=ASSIST, plan_id=SEL, group=None, member_id=ct, member_name=mem,
               cases=[gop, cs], service_dates=[f"{iso(adm)}/{iso(cert_to)}"], denial_date=iso(gop_d), provider=HOSP,
               alternates={"insurer": ASSIST_ALT, "case_numbers": [[gop]], "service_dates": [[iso(adm)]]})
    return cover, [(letter, t1), (out(g), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_es(rng):
    mem = "Rosaura E. Quiñónez"
    cp, ct = cert(rng)
    ld = dt.date(2026, 3, 24)
    dos = dt.date(2026, 2, 17)
    eff = dt.date(2026, 1, 28)
    got = dt.date(2026, 3, 3)
    cn, cs = claim_no(rng), case_no(rng)
    HOSP = "Coral Lattice Regional Hospital"
    dra = "Dra. Ximena Albarracín, MD"
    billed = 6318.75
    p = ERSheet(footer="Página {n} de {nb}", legal="Portside Visitor Care está asegurado por Calvercot Assurance plc y "
                "administrado por Orrinford Global Assistance, Inc., PO Box 40127, Sable Point, FL 33487.")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.suffix_head("Calvercot", "plc", "Seguro médico para visitantes en los Estados Unidos",
                  "Miembro del grupo Pellinore Marine & General",
                  "Reclamos administrados por Orrinford Global Assistance, Inc. para el asegurador, Calvercot "
                  "Assurance plc.", ["Reclamos (855) 555-0142", "Asistencia 24 horas +1 (561) 555-0130",
                                     "Fax (561) 555-0137", "portsidevisitor.example"],
                  lines=[f"{PRODUCT}  \u00b7  PO Box 40127, Sable Point, FL 33487"])
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "a/c Familia Pérez Quiñónez", "1840 Mangrove Bend Dr", "Coral Lattice FL 33914"], 9.6,
                    y=y0)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.runline([("Fecha", es_date(ld))], mode="gap", size=9, gap=6, x=p.l_margin + W * 0.55)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 4)
    p.sc_boxes([("Número de certificado", cp, 0.27), ("Póliza maestra", MASTER, 0.22), ("Plan", ESS, 0.2),
                ("Número de reclamo", cn, 0.31)])
    p.sc_boxes([("Paciente", mem, 0.38), ("Caso de asistencia", cs, 0.3), ("Inicio de la cobertura", slash(eff), 0.32)])
    p.set_font("Serif", "B", 12)
    p.multi_cell(W, 6, "Aviso de decisión sobre su reclamo: no podemos pagar la visita de emergencia",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Médica tratante", [dra, "Servicio de Urgencias", HOSP]),
                 ("Facturado por", [HOSP, "Departamento de facturación, cuenta CL-" + digits(rng, 7),
                                    f"NPI 1{digits(rng, 9)}"])])
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 9.6)
    p.para(f"El {es_date(got)} recibimos el reclamo de {HOSP} por su visita a la sala de emergencias del "
           f"{es_date(dos)}, cuando llegó con el azúcar en la sangre muy alta. El hospital cobró {money_es(billed)}.",
           9.2)
    p.run_table(["Fecha", "Código", "Servicio", "Cargo (US$)", "Pagado"],
                [[es_short(dos), "99285", "Atención de emergencia, nivel 5", n2(3412.00), "0.00"],
                 [es_short(dos), "80053", "Panel metabólico completo", n2(486.50), "0.00"],
                 [es_short(dos), "82947", "Glucosa, varias pruebas", n2(214.25), "0.00"],
                 [es_short(dos), "96365", "Infusión intravenosa, primera hora", n2(1318.00), "0.00"],
                 [es_short(dos), "J1815", "Insulina, 5 unidades (x12)", n2(888.00), "0.00"],
                 ["", "", "Total", n2(billed), "0.00"]], [26, 18, 80, 26, W - 150],
                aligns=["L", "L", "L", "R", "R"], size=8.4, bold_rows={5})
    p.heading("Por qué no pagamos", 10.4)
    p.para("Su certificado no cubre condiciones preexistentes: una enfermedad que fue diagnosticada, tratada o que "
           "necesitó medicina en los 180 días antes de la fecha de inicio de la cobertura. Los registros de su médico "
           "en Quetzaltenango muestran que usted tiene diabetes desde 2019 y que en diciembre de 2025 le cambiaron la "
           "dosis de insulina. El beneficio por inicio agudo de una condición preexistente no se aplica cuando el "
           "tratamiento cambió en los 90 días antes del viaje. Por eso la visita no está cubierta.", 9.2)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Puede pedir una revisión dentro de los 180 días siguientes a la fecha de esta carta. Envíe una carta de "
           "su médico con las fechas de su tratamiento a: Revisión de Reclamos, PO Box 40127, Sable Point, FL 33487, "
           "o por fax al (561) 555-0137. Ayuda gratis en español: (855) 555-0142.", 9.2)
    p.signature(["Unidad de Reclamos Médicos", INS, "administrado por Orrinford Global Assistance, Inc."], 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=ESS, group=MASTER, member_id=ct, member_name=mem,
              cases=[cn, cs], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "case_numbers": [[cn]], "provider": [dra, "Ximena Albarracín"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_statement(rng):
    mem = "Anders P. Holmqvist"
    cp, ct = cert(rng)
    sd = dt.date(2026, 5, 28)
    dos = dt.date(2026, 5, 2)
    paid_on = dt.date(2026, 5, 19)
    due = dt.date(2026, 6, 20)
    CLINIC = "Gullhaven Walk-In Clinic"
    np_ = "Felicity Nakashima, NP"
    acct = digits(rng, 7)
    lines = [("99213", "Office visit, established", 188.00), ("87880", "Rapid strep test", 64.00),
             ("J0696", "Ceftriaxone injection, 250 mg", 96.00), ("96372", "Injection, intramuscular", 64.00)]
    total = sum(v for _, _, v in lines)
    ins_paid, adj = 218.40, 43.60
    bal = total - ins_paid - adj
    p = ERSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    W = p.W
    p.set_font("Serif", "B", 19)
    p.cell(W * 0.6, 8, CLINIC)
    p.set_font("Sans", "", 7.6)
    p.set_xy(p.l_margin + W * 0.6, p.get_y())
    p.multi_cell(W * 0.4, 3.6, "88 Breakwater Row, Gullhaven, ME 04538\nPhone (207) 555-0191\nOpen every day 8 am - 8 "
                 "pm", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "I", 8.4)
    p.cell(W, 4.4, "Walk in, we'll fix you up. Visitors and travelers welcome.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.bar("PATIENT STATEMENT", right=f"Statement date {slash(sd)}", size=11)
    p.sc_boxes([("Account number", acct, 0.22), ("Statement date", abbr(sd), 0.24), ("Please pay by", slash(due), 0.24),
                ("Amount due", usd(bal), 0.3)])
    y0 = p.get_y()
    p.address_block([mem, "c/o Harbor Rest Inn, Room 12", "5 Quay Street", "Gullhaven ME 04538"], 9.4, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.runline([("Insurance", "Calvercot Assurance plc")], mode="none", size=8.4, x=p.l_margin + W * 0.5)
    p.runline([("Member ID", cp), ("Group", MASTER)], mode="none", size=8.4, sep=4, x=p.l_margin + W * 0.5)
    p.runline([("Seen by", np_)], mode="none", size=8.4, x=p.l_margin + W * 0.5)
    p.runline([("Supervising", "Dr. Garrick Hollenbeck, MD")], mode="none", size=8.4, x=p.l_margin + W * 0.5)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    rows = [[slash(dos), c, d, n2(v)] for c, d, v in lines]
    rows += [["", "", "Total charges", n2(total)],
             [slash(paid_on), "", "Payment - Calvercot / Portside Visitor Care", f"-{n2(ins_paid)}"],
             [slash(paid_on), "", "PPO adjustment", f"-{n2(adj)}"],
             ["", "", "Balance due from patient (deductible and coinsurance)", n2(bal)]]
    p.run_table(["Date", "Code", "Description", "Amount"], rows, [26, 20, 100, W - 146],
                aligns=["L", "L", "L", "R"], size=8.8, bold_rows={len(lines), len(rows) - 1})
    p.para("Your travel insurance has paid its share of this visit. The balance is your deductible and coinsurance "
           "under the plan. Pay online at gullhavenwalkin.example, by phone, or send a check with the slip below. We "
           "accept cards from most countries.", 8.8)
    p.set_dash_pattern(dash=1.2, gap=1.2)
    p.seg(p.l_margin, p.get_y() + 2, p.l_margin + W, p.get_y() + 2)
    p.set_dash_pattern()
    p.ln(5)
    p.runline([("Account", acct), ("Amount due", usd(bal)), ("Pay by", slash(due))], mode="gap", size=9, gap=3, sep=8)
    p.runline([("Amount enclosed", "$ __________")], mode="gap", size=9, gap=3)
    t = truth("other", None, insurer=None, group=MASTER, member_id=ct, member_name=mem, claim_amount=m2(total),
              service_dates=[iso(dos)], denial_date=iso(sd), provider=CLINIC,
              alternates={"provider": [np_, "Felicity Nakashima"]}, unscored=["insurer"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_air_ambulance(rng):
    mem = "Tomasz W. Brzezicki"
    cp, ct = cert(rng)
    ld = dt.date(2026, 5, 12)
    got = dt.date(2026, 5, 11)
    fly = dt.date(2026, 5, 14)
    adm = dt.date(2026, 5, 3)
    HOSP = "Saltgrass Point Medical Center"
    dr = "Dr. Adaeze Whitcombe, MD"
    cs = case_no(rng)
    req = f"MT-{digits(rng, 6)}"
    p = ERSheet(footer="Page {n} of {nb}",
                run_foot=f"Orrinford Global Assistance  \u00b7  Medical transport decision  \u00b7  Case {cs}")
    p.set_margins(18, 14, 18)
    p.add_page()
    orrinford(p, "Medical transport and repatriation, arranged around the clock")
    W = p.W
    p.runline([("Decision date", upper(ld)), ("Request received", slash(got))], mode="dash", size=8.8, sep=10)
    p.runline([("Case", cs), ("Transport request", req)], mode="dash", size=8.8, sep=10)
    p.runline([("Insured", mem), ("Certificate", cp)], mode="dash", size=8.8, sep=10)
    p.runline([("Plan", SEL), ("Master policy", MASTER)], mode="dash", size=8.8, sep=10)
    p.ln(3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Request for an air ambulance to Krak\u00f3w: not approved. We will arrange a scheduled flight "
                       "with a nurse instead.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Requested by", [dr, "Hospitalist, 4 West", HOSP]),
                 ("Receiving hospital at home", ["Szpital Miejski nr 4", "Krak\u00f3w, Poland", "bed confirmed"])])
    p.para(f"To {dr.replace('Dr. ', 'Dr. ')} and Mr. {mem.split()[-1]}:", 9.4)
    p.para(f"On {long(got)} {HOSP} asked us to fly Mr. {mem.split()[-1]}, who has been in hospital since "
           f"{slash(adm)} after a hip fracture was repaired, home to Krak\u00f3w by air ambulance on {long(fly)}.", 9.2)
    p.para("Our medical director spoke with the requesting doctor on May 11. Mr. Brzezicki walks with a frame, needs "
           "no oxygen and no monitoring, and his pain is controlled with tablets. He can travel seated on a "
           "scheduled flight with his leg raised and a nurse beside him. The certificate pays for an air ambulance "
           "only when a scheduled flight with an escort is not medically safe. An air ambulance is therefore not "
           "medically necessary, and we will not pay for one.", 9.2)
    p.para("**What we will do:** book two business-class seats (for Mr. Brzezicki and a flight nurse), a wheelchair at "
           "both airports and a ground ambulance from the Krak\u00f3w airport to the receiving hospital. Our "
           "coordinator will call the ward with the flight times. The repatriation benefit is limited to $50,000.00 "
           "for each certificate period; this plan costs far less.", 9.2)
    p.heading("If you do not agree", 10.2)
    p.para("You may ask for a review of this decision within 90 days of the date of this letter. If the patient's "
           "condition changes before the flight, the hospital should call us at once on +1 (561) 555-0130 and we "
           "will look again the same day.", 9.2)
    p.signature(["Dr. Lisbet Ravenhall, Medical Director", "Medical Transport Desk", ASSIST,
                 "for Calvercot Assurance plc"], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ASSIST, plan_id=SEL, group=MASTER, member_id=ct,
              member_name=mem, cases=[cs, req], service_dates=[iso(fly)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 90)),
              alternates={"insurer": ASSIST_ALT, "provider": [dr, "Adaeze Whitcombe"], "case_numbers": [[req], [cs]],
                          "service_dates": [[]]},
              denial_alternates=["level_of_care"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_review(rng):
    mem = "Devika R. Raghunathan"
    cp, ct = cert(rng)
    dd = dt.date(2026, 6, 3)
    eff, end = dt.date(2026, 1, 10), dt.date(2026, 3, 31)
    back = dt.date(2026, 5, 2)
    visits = [dt.date(2026, 4, 6), dt.date(2026, 4, 9), dt.date(2026, 4, 13), dt.date(2026, 4, 16)]
    denied_on = dt.date(2026, 4, 28)
    filed = dt.date(2026, 5, 11)
    cn = claim_no(rng)
    rv = f"RV-26-{digits(rng, 4)}"
    PT = "Ferncastle Physical Therapy"
    dpt = "Jonah Whitlatch, DPT"
    per = 185.00
    billed = per * len(visits)
    p = ERSheet(footer="Page {n} of {nb}", legal=SMALL,
                run_foot=f"Review {rv}  \u00b7  Claim {cn}  \u00b7  {mem}  \u00b7  Form CVA-RD-2")
    p.set_margins(18, 14, 18)
    p.add_page()
    calvercot(p, "Claim reviews  \u00b7  Visitor medical cover for your time in the United States")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "c/o Sanjay Raghunathan", "960 Fernleaf Terrace", "Wickham Falls NC 27613"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.runline([("Review decision of", wday(dd))], mode="none", size=8.6, x=p.l_margin + W * 0.5)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 3)
    p.sc_boxes([("Review number", rv, 0.22), ("Claim number", cn, 0.22), ("Certificate", cp, 0.2),
                ("Plan", ESS, 0.16), ("Master policy", MASTER, 0.2)])
    p.sc_boxes([("Period of coverage", f"{slash(eff)} - {slash(end)}", 0.34), ("Return flight on file", slash(back), 0.3),
                ("Review received", slash(filed), 0.36)])
    p.set_font("Serif", "B", 12.5)
    p.cell(W, 7, "Review decision: the first decision stands", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Treating therapist", [dpt, PT, "Wickham Falls, NC"]),
                 ("Billing provider", [PT, f"Tax ID 56-{digits(rng, 7)}", f"NPI 1{digits(rng, 9)}"])])
    p.run_table(["Visit", "Code", "Service", "Charged", "Paid"],
                [[slash(v), "97110 / 97140", "Therapeutic exercise; manual therapy", n2(per), "0.00"] for v in visits] +
                [["", "", "Total", n2(billed), "0.00"]], [26, 28, 80, 22, W - 156],
                aligns=["L", "L", "L", "R", "R"], size=8.6, bold_rows={len(visits)})
    p.columns([
        ("", f"Dear Ms. {mem.split()[-1]}:"),
        ("What you asked", f"On {slash(filed)} you asked us to look again at our decision of {long(denied_on)} not "
         f"to pay for four physical therapy visits at {PT} in April 2026 for your lower back. You wrote that you had "
         "changed your flight home and thought your cover went on until you left."),
        ("What we found", f"Your certificate's period of coverage was {long(eff)} through {long(end)}. It is printed "
         "on your certificate and on the card. You did not buy an extension before it ended, and the certificate "
         "says it cannot be extended after the end date. All four visits were after March 31, 2026, when you were no "
         "longer insured. A later flight home does not extend the period."),
        ("Our decision", "We uphold the first decision. The visits are not covered because you were not covered on "
         "those days. If you bought other insurance for April, send this letter and the bill to that insurer."),
        ("If you still disagree", "You may ask the Calvercot Appeals Panel for a second review within 60 days of the "
         "date of this letter. Write to Appeals Panel, Calvercot Assurance plc, 1200 Keelson Plaza, Suite 800, "
         "Wexbridge, DE 19809. You may also contact your state's insurance department."),
    ], n=2, size=8.8)
    p.signature(["Karin Oldacre, Review Officer", INS], 9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=ESS, group=MASTER, member_id=ct, member_name=mem,
              cases=[rv, cn], claim_amount=m2(billed), service_dates=[iso(v) for v in visits], denial_date=iso(dd),
              provider=PT, appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": INS_ALT, "case_numbers": [[rv], [cn]], "provider": [dpt, "Jonah Whitlatch"],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_statement_three_claims_wife_cardiology_rows_e12_e21_legend_over_two_pages",
                  "born_digital", [born_statement(rng)]),
             Item(F + "faxstd_knee_mri_not_precertified_running_captions_no_colon", "fax_standard_g4",
                  [faxstd_mri(rng)])]
    cover, docs = stack_pneumonia(rng)
    items.append(Item(F + "faxstd_stack_hospital_cover_continued_stay_sideways_then_guarantee_of_payment",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "photocopy_es_diabetes_preexistente_sala_de_emergencias", "photocopy", [photocopy_es(rng)]),
              Item(F + "phone_walk_in_clinic_patient_statement_after_insurer_paid", "phone_photo",
                   [phone_statement(rng)]),
              Item(F + "rotated_air_ambulance_home_declined_scheduled_flight_with_nurse", "rotated",
                   [rotated_air_ambulance(rng)]),
              Item(F + "scanclean_review_upheld_therapy_after_period_of_coverage", "scan_clean_300",
                   [scanclean_review(rng)])]
    return items
