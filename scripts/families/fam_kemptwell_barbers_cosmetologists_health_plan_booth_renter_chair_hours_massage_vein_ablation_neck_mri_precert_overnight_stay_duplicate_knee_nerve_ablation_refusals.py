"""An invented health plan for barbers, cosmetologists, nail technicians and shop staff who work in independent shops,
as shop employees or as booth (chair) renters: the Kemptwell Barbers and Cosmetologists Health and Welfare Plan
("Kemptwell Barbers & Cosmetologists Health Plan"), a multiemployer plan run by a Board of Trustees; its Plan Office is
operated by Sellwyn Benefit Administrators, LLC (named only in small print; not the insurer). Letterheads: a drawn
barber pole beside "KEMPT" over "WELL" in heavy capitals, a thin bar and "Barbers & Cosmetologists" / "Health Plan"
beside the break (the halves are words no letter uses); the pole beside the serif logo word "KEMPTWELL" with the legal
name small directly under it; bodies call it "the Plan", and two letters only "KBCHP". Every person, shop, provider,
number, amount, rule and address is invented; phones 555; CPT codes as themselves.

Invented rules: eligibility on shop hours. Shop owners report each employee's hours every month; booth renters send
a monthly Chair Hours Report and a renter contribution. 330 reported hours in a three-month work quarter give coverage
for the benefit quarter that starts two months after it (February-April -> June-August). Plans KBC-G1 (shop
employees) and KBC-S5 (booth renters; S/5 look-alike); groups: each shop "Z" + five digits, renters "ZR" + four digits
(Z/2); member numbers "KS" + three digits + "O" + four digits (S/5, O/0), suffix 01 for the member, 02 and up for
dependants, printed whole, in groups ("KS48 2O55 31") or beside the suffix under the paired caption "Member /
Suffix"; claims "KW26" + day of year + "B" + four digits (B/8); precertifications "PC-26-G" + four digits (G/6);
appeals "AP26-" + four digits; eligibility notices "EL-26-" + five digits. Massage therapy is excluded; imaging by MRI
needs precertification; vein ablation needs three months of prescription compression and a documented reflux time;
genicular nerve ablation is investigational under the Plan's medical policy; appeals within 180 days; provider
reconsideration within 120 days; the Board's appeal decision is final (external review and ERISA 502(a) only).

Documents (8 in 7 files):
- bd_eob_spouse_massage_not_covered: a born-digital two-page EOB to a barber for himself and his wife; four claims
  as ruled rows with two grey inline lines under each ("Claim ... Patient: ... (Spouse) Member / Suffix ... / 02",
  "Provider: ..."); a "Paid by other plan" column (her job plan pays first for her); note marks ("1", "5", "2",
  "2, 3", "4") keyed in a numbered note list (deductible, copay, other plan paid, a bundled specimen line); her three
  massage sessions pay 0.00 under note 4 (massage is not a covered service); "Plan / Group" and "Member / Suffix" pair
  boxes at the top; page 2 the shop's reported hours, a glossary and the 180-day appeal.
- faxstd_stack_salon_pad_cover_vein_letter_then_clinic_statement: a standard-fax stack sent from a copy shop's public
  fax: a page of the salon's own notepad lettered by hand as a cover (no printed captions), the Plan's two-page
  letter refusing a vein ablation as not medically necessary (compression trial and reflux time short of the
  criteria), then the vein clinic's patient statement whose table shows only a balance forward and a payment; the
  refused procedure is named only in the billing office's message (denies nothing).
- faxstd_neck_mri_no_precert_to_imaging: a standard-fax provider notice (body says only "KBCHP") refusing a cervical
  MRI done without precertification; values in boxes with captions UNDER them, "Member / Suffix" and "Plan / Group"
  boxes split by a rule; the ordering doctor and an approved physical therapy precertification as decoys.
- scan300_es_horas_de_sillon: a clean 300 dpi Spanish eligibility letter to a booth renter: 305 chair hours reported
  in the work quarter, short of 330, so no coverage for June-August; the self-pay offer and its due date as decoys
  ("dentro de 180 días a partir de la fecha de esta carta").
- faxfine_trustees_overnight_stay_facts_page_two: a fine-fax two-page decision of the Trustees' Appeals Committee
  keeping the payment of a carpal tunnel release at the outpatient level (the overnight stay not needed: level of
  care); page 1 names the member only in the address and the salutation; the claim, appeal, plan, group, member
  number, stay dates, hospital and surgeon sit in a framed box on page 2; external review and 502(a) only.
- rotated_remittance_duplicate_chiropractic: a sideways provider remittance to a chiropractic clinic; three
  patients; the second patient's claim pays 0.00 as a duplicate of an earlier paid claim (its number printed as a
  decoy); remark codes keyed in a legend; 120 days for reconsideration.
- bd_knee_nerve_ablation_investigational: a born-digital precertification letter (body says only "KBCHP") refusing
  genicular nerve radiofrequency ablation as investigational; the planned date, the pain physician and the
  precertification number.

Truth notes: insurer short forms ("Kemptwell", "Kemptwell Health Plan", the legal name, "KBCHP") are accepted; the
practice or clinic is accepted beside a rendering person (the ordering doctor beside the imaging center on the MRI
notice); the member number is the printed base number (the suffix is a separate caption); on the clinic statement the
insurer is unscored and the member number, the Plan's claim number and the procedure date in the message are
accepted as absent; the Trustees' decision carries the appeal and the claim numbers (either
alone accepted) and the stay as a span (the first day alone accepted); the eligibility notice number or none is
accepted on the Spanish letter.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtf import (ETSheet, addr_block, dd_mon, digits, dr, es_date, es_wday, first_last, iso,
                               last_first, long, m2, n2, npi, out, people, phone, plus, salon_pad_cover, sign, slash,
                               spaced_id, tin, tollfree, truth, usd, wd_comma, wday_long, workday, yy)

FAMILY = ("kemptwell_barbers_cosmetologists_health_plan_booth_renter_chair_hours_massage_vein_ablation_neck_mri_"
          "precert_overnight_stay_duplicate_knee_nerve_ablation_refusals")
LANG = "en"
SEED = 355195
USED: set = set()

LEGAL = "Kemptwell Barbers and Cosmetologists Health and Welfare Plan"
INS = LEGAL
ADMIN = "Sellwyn Benefit Administrators, LLC"
INS_ALT = [LEGAL, "Kemptwell Barbers & Cosmetologists Health Plan", "Kemptwell Barbers and Cosmetologists Health Plan",
           "Kemptwell Health Plan", "Kemptwell", "Kemptwell Plan", "KBCHP"]
OFFICE = ["Plan Office, 615 Strop Lane, Suite 4", "Brisford, KV 73104"]
FOOT = f"{LEGAL}  \u00b7  {OFFICE[0]}, {OFFICE[1]}  \u00b7  Plan Office operated by {ADMIN}"
PLAN_G, PLAN_S = "KBC-G1", "KBC-S5"


def member_no(rng) -> str:
    return f"KS{digits(rng, 3)}O{digits(rng, 4)}"


def shop_group(rng) -> str:
    return f"Z{digits(rng, 5)}"


def renter_group(rng) -> str:
    return f"ZR{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"KW26{d.timetuple().tm_yday:03d}B{digits(rng, 4)}"


def precert_no(rng) -> str:
    return f"PC-26-G{digits(rng, 4)}"


def split_head(p: ETSheet, rng, box: str | None = None):
    p.split_brand("Kempt", "well", ["Barbers & Cosmetologists", "Health Plan"],
                  [OFFICE[0].split(", ")[1], OFFICE[1], f"Member services {tollfree(rng, '844')}",
                   f"Provider services {tollfree(rng, '855')}", f"Fax {phone(rng, '405')}"],
                  mark="pole", box=box, size=21, under=[f"Plan Office operated by {ADMIN}"])


def logo_head(p: ETSheet, rng, box: str | None = None, tagline: str | None = None):
    p.mark_logo("pole", "KEMPTWELL", LEGAL,
                [OFFICE[0].split(", ")[1], OFFICE[1], f"Member services {tollfree(rng, '844')}",
                 f"Fax {phone(rng, '405')}", "kemptwellplan.example"],
                tagline=tagline or "For the people behind the chair, in every shop",
                small=f"Plan Office operated by {ADMIN}", box=box, size=24, legal_size=7.2)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "bb", sexes="M", used=USED)[0]
    wife = people(rng, 1, "bb", sexes="F", last=member.split()[-1], used=USED)[0]
    pcp, pt, lmt, gyn = people(rng, 4, "bc", sexes="FMFM", used=USED)
    mid = member_no(rng)
    grp = shop_group(rng)
    shop = "Clean Line Barber Co."
    studio = "Gentle Current Massage Studio"
    sd = workday(dt.date(2026, 5, rng.randint(18, 20)))
    p0, p1 = dt.date(2026, 4, 1), plus(sd, -4)
    v1 = workday(dt.date(2026, 4, 3))
    v2 = workday(dt.date(2026, 4, 10))
    m1 = workday(dt.date(2026, 4, 6))
    ms = [m1, plus(m1, 7), plus(m1, 14)]
    g1 = workday(dt.date(2026, 4, 8))
    fee = 110.00
    claims = [
        (member, "01", "Self", f"{dr(pcp, 'MD')}, Brisford Family Medicine",
         [(v1, "99213", "Office visit, established", 184.00, 0.00, 121.00, 0.00, 121.00, "1")]),
        (member, "01", "Self", f"{dr(pt, 'DPT')}, Upper Brisford Physical Therapy",
         [(v2, "97110", "Therapeutic exercise, 2 units", 156.00, 0.00, 118.00, 93.00, 25.00, "5"),
          (v2, "97140", "Manual therapy, 1 unit", 88.00, 0.00, 64.00, 64.00, 0.00, "")]),
        (wife, "02", "Spouse", f"{dr(lmt, 'LMT')}, {studio}",
         [(d, "97124", "Massage therapy, 4 units", fee, 0.00, 0.00, 0.00, 0.00, "4") for d in ms]),
        (wife, "02", "Spouse", f"{dr(gyn, 'MD')}, Brisford Women's Health",
         [(g1, "99396", "Preventive visit, 40-64", 246.00, 198.00, 221.00, 23.00, 0.00, "2"),
          (g1, "87624", "HPV test, high-risk types", 96.00, 80.00, 84.00, 4.00, 0.00, "2"),
          (g1, "99000", "Specimen handling", 12.00, 0.00, 0.00, 0.00, 0.00, "2, 3")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(4, 9))) for c in claims]
    den = 2
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{last_first(member)}  \u00b7  Member {mid}  \u00b7  EOB {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    logo_head(p, rng, box="EXPLANATION OF BENEFITS")
    addr_block(p, [member.upper(), "908 Tolliver Street", "Brisford, KV 73109"], 9.2)
    p.pair_boxes([("Statement date", long(sd), 0.22), ("Plan / Group", (PLAN_G, grp), 0.26),
                  ("Member / Suffix", (mid, "01"), 0.3), ("Shop", shop, 0.22)], size=8.8)
    tb = sum(x[3] for c in claims for x in c[4])
    to = sum(x[4] for c in claims for x in c[4])
    tpd = sum(x[6] for c in claims for x in c[4])
    tyo = sum(x[7] for c in claims for x in c[4])
    p.sc_shaded([("Charges on this EOB", usd(tb), 0.25), ("Paid by other plan", usd(to), 0.25),
                 ("The Plan paid", usd(tpd), 0.25), ("You may owe", usd(tyo), 0.25)], size=8.6)
    p.f(7.2)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.4, "Claims processed " + f"{slash(p0)} through {slash(p1)}. This is not a bill. Digits in the "
                 "last column point to the notes under the table.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (who, suf, rel, prov, lines) in enumerate(claims):
        for d, code, s, b, oth, allow, pd, yo, notes in lines:
            rows.append([slash(d), code, s, n2(b), n2(oth), n2(allow), n2(pd), n2(yo), notes])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)),
                                   n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)),
                                   n2(sum(x[6] for x in lines)), n2(sum(x[7] for x in lines)), ""]))
        rows.append(("sub", f"Claim {nos[i]}   Patient: {who} ({rel})   Member / Suffix {mid} / {suf}"))
        rows.append(("sub", f"Provider: {prov}"))
    rows.append(("total", ["", "", "EOB totals", n2(tb), n2(to), "", n2(tpd), n2(tyo), ""]))
    p.mark_rows(["Date", "Code", "Service", "Charge", "Paid by other plan", "Allowed", "Plan paid", "You owe",
                 "Notes"],
                [W * k / 100 for k in (11, 8, 27, 10, 11, 9, 9, 8, 7)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.8)
    p.numbered_notes("Notes", [
        ("1", "Applied to your calendar-year deductible ($500.00 a person; met so far: $121.00)."),
        ("2", "Another plan paid first as this patient's primary coverage. The Plan paid the rest of its allowed "
              "amount."),
        ("3", "Included in another service on the same day (bundled); not paid on its own, and not billed to you by "
              "a network provider."),
        ("4", "Massage therapy is not a covered service under the Plan (Summary Plan Description, Exclusions, item "
              "22), whoever gives it and whatever it is for. The Plan paid nothing; the provider may bill you."),
        ("5", "Your copayment for a therapy visit."),
        ("6", "The provider is not in the Plan's network; paid at the out-of-network level."),
    ], size=7.6)
    p.add_page()
    p.bar("Your hours and coverage", 8.8)
    p.ruled_rows(["Work month", "Hours reported by " + shop],
                 [["January 2026", "142"], ["February 2026", "131"], ["March 2026", "138"],
                  ["Work quarter January - March 2026", "411"]],
                 [W * k / 100 for k in (60, 40)], ["L", "R"], size=8.2, bold_rows=(3,))
    p.para("You need 330 reported hours in a three-month work quarter for coverage in the benefit quarter that starts "
           "two months after it: your January - March hours give you coverage from May 1 through July 31, 2026.", 8.2)
    p.bar("Words on this statement", 8.8)
    p.legend_cols(None, [("Charge", "what the provider billed"),
                         ("Allowed", "the most the Plan pays a provider for the service"),
                         ("Paid by other plan", "what the patient's primary plan paid first"),
                         ("You owe", "your deductible, copayment or coinsurance, or a service not covered")],
                  ncol=2, size=7.6, code_w=31)
    p.bar("Appeals", 8.8)
    p.para("If you disagree with how a claim was paid, you or someone you name may appeal in writing within 180 days "
           "of the date of this statement. Send the claim number, what you disagree with and any records to the "
           f"Appeals Unit, {OFFICE[0]}, {OFFICE[1]}. The Board of Trustees' Appeals Committee decides appeals.", 8.2)
    p.para("Hours and eligibility questions: your shop reports your hours each month; call Member Services to see the "
           "hours on file.", 7.8)
    lines = claims[den][4]
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_G, group=grp, member_id=mid, member_name=wife,
              cases=[nos[den]], claim_amount=m2(3 * fee), service_dates=[iso(d) for d in ms], denial_date=iso(sd),
              provider=dr(lmt, "LMT"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [studio, lmt]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    patient = people(rng, 1, "bb", sexes="F", used=USED)[0]
    vdoc, nurse, rev, billing = people(rng, 4, "bc", sexes="MFMF", used=USED)
    mid = member_no(rng)
    grp = renter_group(rng)
    salon = "Crown & Comb Salon"
    clinic = "Larkbarrow Vein & Vascular Clinic"
    proc = workday(dt.date(2026, 4, rng.randint(6, 8)))
    clm = claim_no(rng, plus(proc, rng.randint(5, 8)))
    ld = workday(plus(proc, rng.randint(26, 30)))
    sd = workday(plus(ld, rng.randint(16, 20)))
    sent = workday(plus(sd, rng.randint(3, 5)))
    items = [("36475", "Endovenous radiofrequency ablation, first vein (right great saphenous)", 2640.00),
             ("76937", "Ultrasound guidance for vascular access", 180.00)]
    total = sum(x[2] for x in items)
    paid = 100.00
    tx = (f"{slash(sent)} 11:{rng.randint(10, 59)}  BRISFORD COPY & SHIP  405 555 {digits(rng, 4)}  "
          f"PAGE {{n2}} OF {{t2}}")
    cover = salon_pad_cover(rng, salon, ["Hair  \u00b7  Color  \u00b7  Nails  \u00b7  Booths for rent",
                                         "21 Mercer Row, Brisford  \u00b7  (405) 555-" + digits(rng, 4)],
                            ["for: Patient Help Line - Mr. Obi (Brisford Free Clinic)",
                             f"from: {first_last(patient)}  (I rent chair 3 here)",
                             f"call me {phone(rng, '405')} after 6",
                             "",
                             "my insurance letter + the vein clinic bill.",
                             "they say the vein procedure was not needed??",
                             "the clinic wants $2,720 - please help",
                             "",
                             "4 pgs incl this one"],
                            tx=tx, tx_total=4, size=14.5)
    # (i) the Plan's letter: vein ablation not medically necessary
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4,
                run_hdr=f"{first_last(patient)}  \u00b7  claim {clm}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    logo_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [patient, "21 Mercer Row, Booth 3", "Brisford, KV 73102"], 9.2)
    p.pair_boxes([("Date", long(ld), 0.21), ("Plan / Group", (PLAN_S, grp), 0.24),
                  ("Member / Suffix", (spaced_id(mid, (4, 4, 2)), "01"), 0.34), ("Claim", clm, 0.21)], size=8.6)
    p.para(f"Dear {first_last(patient)}:", 9.4)
    p.para(f"The Plan received a claim from {clinic} for a vein procedure done by {dr(vdoc, 'MD')} on {long(proc)}. "
           "After a nurse reviewer and a vascular surgeon looked at the records, the Plan decided that the procedure "
           "was not medically necessary, and it did not pay the claim.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Charge", "Paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Claim total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (11, 63, 14, 12)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Why the Plan did not pay", 9.0)
    p.para("The Plan's medical criteria for closing a leg vein with heat or laser (Medical Policy MP-41) ask for all "
           "of the following: leg pain, swelling or skin changes that go on after at least three months of "
           "prescription compression stockings; backward flow (reflux) in the vein lasting 500 milliseconds or "
           "longer on ultrasound; and a vein at least 4.5 mm wide.", 9.0)
    p.para("The records show five weeks of compression stockings, a reflux time of 380 milliseconds and a vein "
           "4.1 mm wide. The criteria were not met, so the procedure was not medically necessary under the Plan.",
           9.0)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets(["Ask your doctor whether a full three-month trial of compression stockings is right for you. If "
               "your symptoms continue after it, a new ultrasound may meet the criteria.",
               "You may ask for the criteria and every record the Plan used, free of charge.",
               f"{clinic} is in the Plan's network, but a network provider may bill you for a service the Plan "
               "found not medically necessary only if you agreed in writing before the procedure."], size=9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Unit at the Plan Office "
           "and say why you disagree; send any records that help. The Board of Trustees' Appeals Committee decides "
           "appeals at its next quarterly meeting. An urgent appeal for care you have not had yet is decided within "
           "72 hours.", 9.0)
    p.ln(2)
    sign(p, [first_last(rev), "Medical Claims Review", "for the Plan Office"])
    letter = out(p)
    letter_t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_S, group=grp, member_id=mid,
                     member_name=patient, cases=[clm], claim_amount=m2(total), service_dates=[iso(proc)],
                     denial_date=iso(ld), provider=dr(vdoc, "MD"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": INS_ALT, "provider": [clinic, vdoc]})
    # (ii) the clinic's statement: the refused procedure only in the message
    q = ETSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(20, 18, 20)
    q.add_page()
    y0 = q.get_y()
    q.set_font("Serif", "B", 15)
    q.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    q.cell(0, 4, "1740 Quarry Gate Road, Suite 110, Brisford, KV 73106", new_x="LMARGIN", new_y="NEXT")
    q.cell(0, 4, f"Billing office {phone(rng, '405')}  \u00b7  Monday to Thursday, 8 to 4", new_x="LMARGIN",
           new_y="NEXT")
    q.f(13, "B")
    q.set_xy(q.w - q.r_margin - 60, y0)
    q.cell(60, 7, "STATEMENT", align="R")
    q.set_y(y0 + 18)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [patient, "21 Mercer Row, Booth 3", "Brisford, KV 73102"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    acct = f"LV-{digits(rng, 6)}"
    q.leaders([("Statement date", slash(sd)), ("Account number", acct), ("Insurance on file", "Kemptwell"),
               ("Insurance ID", mid), ("Please pay", f"${n2(total - paid)}")], size=9.0, w=W * 0.46,
              x=q.l_margin + W * 0.54)
    q.set_y(max(q.get_y(), yl) + 2)
    q.ruled_rows(["Date", "Description", "Charges", "Credits", "Balance"],
                 [["", "Balance forward", "", "", n2(total)],
                  [slash(plus(sd, -12)), "Payment, card ending 4471 - thank you", "", f"-{n2(paid)}",
                   n2(total - paid)]],
                 [W * k / 100 for k in (15, 47, 12, 12, 14)], ["L", "L", "R", "R", "R"], size=8.8)
    q.bar("A note from our billing office", 9.2)
    q.para(f"Your health plan did not pay for the procedure on your right leg on {long(proc)} (their claim {clm}). "
           f"They told us it was not medically necessary. The balance forward is for that day. {dr(vdoc, 'MD')} "
           "has written to support an appeal; if the plan changes its decision we will send the claim again and "
           "take back any amount you paid over your share.", 9.2)
    q.para("Until then, please pay what you can or call us about a monthly payment plan; we will not send the "
           "account to collections while an appeal is open.", 9.2)
    q.ln(6)
    q.set_dash_pattern(dash=2, gap=1.5)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_dash_pattern()
    q.ln(3)
    q.f(8.2, "B")
    q.cell(0, 4, "Please return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    q.f(8.8)
    q.cell(W / 2, 5, f"Account {acct}")
    q.cell(W / 2, 5, f"Amount due ${n2(total - paid)}", new_x="LMARGIN", new_y="NEXT")
    q.cell(W / 2, 5, patient)
    q.cell(W / 2, 5, "Amount enclosed $________", new_x="LMARGIN", new_y="NEXT")
    stmt = out(q)
    stmt_t = truth("other", None, insurer=None, member_id=mid, member_name=patient, cases=[clm],
                   claim_amount=m2(total), service_dates=[iso(proc)], denial_date=iso(sd), provider=clinic,
                   unscored=["insurer"],
                   alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [dr(vdoc, "MD"), vdoc],
                               "member_id": [None]})
    return cover, [(letter, letter_t), (stmt, stmt_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    patient = people(rng, 1, "bb", sexes="M", used=USED)[0]
    ordering, pt, sig = people(rng, 3, "bc", sexes="FMF", used=USED)
    mid = member_no(rng)
    grp = shop_group(rng)
    center = "Brisford Open MRI"
    svc = workday(dt.date(2026, 3, rng.randint(23, 26)))
    clm = claim_no(rng, plus(svc, rng.randint(3, 6)))
    nd = workday(plus(svc, rng.randint(22, 26)))
    pt_pc = precert_no(rng)
    billed = 1480.00
    tx = (f"{dd_mon(nd).upper()} 08:{rng.randint(10, 59)}  KBCHP PROVIDER SERVICES  855 555 {digits(rng, 4)}  "
          f"P. {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=None,
                run_hdr=f"{center}  \u00b7  claim {clm}  \u00b7  page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    split_head(p, rng, box="PROVIDER NOTICE - CLAIM DENIED")
    addr_block(p, ["Attn: Billing Department", center, "3051 Anvil Court", "Brisford, KV 73111"], 9.2)
    p.f(9.4, "B")
    p.cell(0, 5, f"Notice date: {wday_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.pair_boxes([("Patient", patient, 0.3), ("Member / Suffix", (mid, "01"), 0.3),
                  ("Plan / Group", (PLAN_G, grp), 0.24), ("Date of service", slash(svc), 0.16)], size=8.8,
                 under=True)
    p.pair_boxes([("Claim", clm, 0.24), ("Charge", usd(billed), 0.16), ("Paid", "$0.00", 0.12),
                  ("Precertification for this service", "none on file", 0.28),
                  ("Billing NPI", npi(rng), 0.2)], size=8.8, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Line", "Code", "Service", "Ordered by", "Charge", "Paid", "Code"],
                 [["1", "72141", "MRI cervical spine without contrast", dr(ordering, "DO"), n2(billed), "0.00",
                   "PC1"]],
                 [W * k / 100 for k in (6, 9, 35, 23, 10, 8, 9)], ["L", "L", "L", "L", "R", "R", "L"], size=8.2)
    p.bar("PC1 - no precertification", 9.0)
    p.para("KBCHP requires precertification before an MRI that is not part of emergency care. The ordering or "
           "imaging provider asks for it by phone or on the provider portal, and the member number and the planned "
           "date must match the claim. No precertification was asked for this MRI. The only precertification on "
           f"file for this member is {pt_pc}, approved for twelve physical therapy visits with {dr(pt, 'DPT')}; it "
           "does not cover imaging.", 9.0)
    p.para("As a network provider you may not bill the member for a service refused because precertification was "
           "not asked for.", 9.0)
    p.bar("Reconsideration", 9.0)
    p.para("You may ask KBCHP to reconsider within 120 days of the date of this notice. Send this notice, the order "
           "and the records showing why the MRI could not wait (for example, new weakness or loss of bladder "
           f"control). Mail: Provider Reconsideration, {OFFICE[0]}, {OFFICE[1]}.", 9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Utilization Management", "KBCHP Plan Office"], close="Regards,")
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_G, group=grp, member_id=mid,
              member_name=patient, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)],
              denial_date=iso(nd), provider=center, appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": INS_ALT, "provider": [dr(ordering, "DO"), ordering]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_es_hours(rng):
    renter = people(rng, 1, "sp", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "bc", sexes="F", used=USED)[0]
    mid = member_no(rng)
    grp = renter_group(rng)
    el = f"EL-26-{digits(rng, 5)}"
    ld = workday(dt.date(2026, 5, rng.randint(12, 14)))
    hours = [("febrero de 2026", 118), ("marzo de 2026", 96), ("abril de 2026", 91)]
    tot = sum(h for _, h in hours)
    salon = "Salón Brillo de Brisford"
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    logo_head(p, rng, box="AVISO DE ELEGIBILIDAD", tagline="Para quienes trabajan detrás del sillón")
    addr_block(p, [renter, "77 Calle Ferrería, Apto. 2", "Brisford, KV 73105"], 9.4)
    p.f(9.4, "B")
    p.cell(0, 5, f"Fecha: {es_wday(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pair_boxes([("Aviso núm.", el, 0.2), ("Plan / Grupo", (PLAN_S, grp), 0.24),
                  ("Miembro / Sufijo", (mid, "01"), 0.28), ("Salón", salon, 0.28)], size=8.6)
    p.heading("No tendrá cobertura de junio a agosto de 2026", 11)
    p.para(f"Estimada señora {renter.split()[-1]}:", 9.4)
    p.para("Como arrendataria de sillón, usted envía cada mes su Informe de Horas de Sillón. Para tener cobertura en "
           "un trimestre de beneficios necesita 330 horas informadas en el trimestre de trabajo que le corresponde. "
           "Para el trimestre de beneficios de junio a agosto de 2026, el trimestre de trabajo es de febrero a abril "
           "de 2026.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Mes de trabajo", "Horas de sillón informadas"],
                 [[m, str(h)] for m, h in hours] + [["Total del trimestre", str(tot)],
                                                    ["Horas necesarias", "330"]],
                 [W * 0.6, W * 0.4], ["L", "R"], size=8.8, bold_rows=(3,))
    p.para(f"Usted informó {tot} horas, 25 menos de las necesarias. Por eso no tendrá cobertura del Plan del 1 de "
           "junio al 31 de agosto de 2026. Su cobertura actual termina el 31 de mayo de 2026. Los reclamos por "
           "servicios después de esa fecha no se pagarán.", 9.2)
    p.bar("Cómo mantener la cobertura", 9.0)
    p.para("Puede pagar la cobertura por su cuenta por este trimestre: $412.00 al mes, con el primer pago antes del "
           "25 de mayo de 2026. Si alguna hora de febrero a abril no se informó, envíe un Informe de Horas de "
           "Sillón corregido con sus recibos de renta del sillón.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación a la "
           f"Unidad de Apelaciones, {OFFICE[0]}, {OFFICE[1]}. El Comité de Apelaciones de la Junta de Fideicomisarios "
           "la decidirá.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Unidad de Elegibilidad", "Oficina del Plan"], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_S, group=grp, member_id=mid,
              member_name=renter, cases=[el], denial_date=iso(ld), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT + ["Plan de Salud Kemptwell"], "case_numbers": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_trustees(rng):
    member = people(rng, 1, "bb", sexes="F", used=USED)[0]
    surgeon, chair, sec = people(rng, 3, "bc", sexes="MFM", used=USED)
    mid = member_no(rng)
    grp = shop_group(rng)
    hosp = "Brisford Memorial Hospital"
    adm = workday(dt.date(2026, 3, rng.randint(23, 25)))
    dis = plus(adm, 1)
    clm = claim_no(rng, plus(dis, rng.randint(6, 9)))
    ap = f"AP26-{digits(rng, 4)}"
    filed = workday(plus(dis, rng.randint(30, 36)))
    meet = workday(dt.date(2026, 6, rng.randint(9, 11)))
    dd = workday(plus(meet, rng.randint(2, 4)))
    billed = 9860.00
    out_rate = 3412.00
    tx = (f"{slash(dd)}  16:{rng.randint(10, 59)}  KEMPTWELL APPEALS  405-555-{digits(rng, 4)}  "
          f"{{n2}}/{{t2}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "3 Harrow Court", "Upper Brisford, KV 73118"], 9.4)
    p.f(9.6, "B")
    p.cell(0, 5, f"Decision mailed {long(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees met on {long(meet)} and reviewed your appeal, received "
           f"on {long(filed)}, about the hospital claim for your carpal tunnel release. The claim, the hospital and "
           "the dates are in the box on page 2.", 9.2)
    p.bar("What you asked", 9.0)
    p.para("You asked the Plan to pay the hospital's charges as an inpatient stay, because you stayed the night after "
           "surgery. The Plan had paid the claim at its rate for outpatient (same-day) surgery.", 9.0)
    p.bar("What the Committee found", 9.0)
    p.para("A hand surgeon who advises the Committee read the operative note and the nursing notes. The release was "
           "done under local anesthesia with light sedation, and no problem came up during or after surgery. Your "
           "pain was controlled with pills, and you walked and ate that evening. The notes say you stayed overnight "
           "because your ride could not come until morning. Nothing in the records needed a hospital bed or "
           "overnight nursing; the care you got could safely be given in the outpatient setting.", 9.0)
    p.bar("Decision", 9.0)
    p.para("The Committee upheld the payment at the outpatient level. The hospital's charge for the room and "
           "overnight nursing is not paid. Because the hospital is in the network, it may bill you only your "
           "outpatient coinsurance, not the difference.", 9.0)
    p.add_page()
    p.facts_box("Your claim and appeal", [
        ("Member", member), ("Member / Suffix", f"{mid} / 01"), ("Plan / Group", f"{PLAN_G} / {grp}"),
        ("Shop", "Blade & Bloom Studio"), ("Appeal number", ap), ("Claim number", clm),
        ("Hospital", hosp), ("Surgeon", dr(surgeon, "MD")),
        ("Dates of stay", f"{slash(adm)} - {slash(dis)}"), ("Charges billed", usd(billed)),
        ("Paid (outpatient level)", usd(out_rate)), ("Appeal received", slash(filed))],
        cap_w=34)
    p.bar("This decision is final under the Plan", 9.0)
    p.para("This was your one level of appeal. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter; the Plan Office will send the form if "
           "you ask. You also have the right to bring a civil action under section 502(a) of the Employee "
           "Retirement Income Security Act (ERISA).", 8.8)
    p.para("You may ask for free copies of the documents, records and criteria the Committee used.", 8.8)
    p.ln(2)
    sign(p, [first_last(chair), "Chair, Appeals Committee", "Board of Trustees"], close="For the Committee,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Unit, Plan Office", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN_G, group=grp, member_id=mid,
              member_name=member, cases=[ap, clm], claim_amount=m2(billed),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd), provider=dr(surgeon, "MD"),
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "case_numbers": [[ap], [clm]], "provider": [hosp, surgeon],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_remittance(rng):
    a, b, c = people(rng, 3, "bb", sexes="MFM", used=USED)
    dc, dc2, sig = people(rng, 3, "bc", sexes="MFF", used=USED)
    clinic = "Upper Brisford Chiropractic & Rehab"
    ids = [member_no(rng) for _ in range(3)]
    grps = [shop_group(rng) for _ in range(3)]
    ra_date = workday(dt.date(2026, 5, rng.randint(25, 27)))
    ra = f"R{digits(rng, 8)}"
    d1 = workday(dt.date(2026, 5, 4))
    d2 = workday(dt.date(2026, 5, 5))
    d3 = workday(dt.date(2026, 5, 11))
    cl = [claim_no(rng, plus(d, rng.randint(3, 5))) for d in (d1, d2, d3)]
    orig = claim_no(rng, plus(d2, 2))
    claims = [
        (a, ids[0], grps[0], cl[0], dr(dc, "DC"), d1, [
            ("98941", "Spinal manipulation, 3-4 regions", 78.00, 61.00, 46.00, "CP"),
            ("97140", "Manual therapy, 1 unit", 62.00, 44.00, 44.00, "")]),
        (b, ids[1], grps[1], cl[1], dr(dc2, "DC"), d2, [
            ("98941", "Spinal manipulation, 3-4 regions", 78.00, 0.00, 0.00, "DU"),
            ("97140", "Manual therapy, 1 unit", 62.00, 0.00, 0.00, "DU"),
            ("97012", "Mechanical traction", 38.00, 0.00, 0.00, "DU")]),
        (c, ids[2], grps[2], cl[2], dr(dc, "DC"), d3, [
            ("98940", "Spinal manipulation, 1-2 regions", 64.00, 48.00, 33.00, "CP")]),
    ]
    den = 1
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(15, 15, 15)
    p.add_page()
    split_head(p, rng, box="PROVIDER REMITTANCE")
    y = p.get_y()
    addr_block(p, [clinic, "Attn: Billing", "455 Sheaf Street", "Upper Brisford, KV 73117"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Remittance date", slash(ra_date)), ("Remittance no.", ra), ("Check / EFT", f"EFT {digits(rng, 10)}"),
                 ("Tax ID", tin(rng)), ("Billing NPI", npi(rng))], x=p.l_margin + W * 0.52, cap_w=28, size=8.6)
    p.set_y(max(p.get_y(), yl))
    rows = []
    for i, (who, mid, grp, clm, rend, d, lines) in enumerate(claims):
        rows.append(("span", f"{last_first(who)}   Member {mid}   Plan / Group {PLAN_G} / {grp}   Claim {clm}"))
        rows.append(("note", f"Rendering {rend}"))
        for code, s, b_, allow, pd, rc in lines:
            rows.append([slash(d), code, s, n2(b_), n2(allow), n2(pd), rc])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                              n2(sum(x[4] for x in lines)), ""]))
        rows.append(("gap",))
    tb = sum(x[2] for cc in claims for x in cc[6])
    tp = sum(x[4] for cc in claims for x in cc[6])
    rows.append(("bold", ["", "", "Remittance totals", n2(tb), "", n2(tp), ""]))
    p.claim_rows(["Service date", "Code", "Service", "Charge", "Allowed", "Paid", "Remark"],
                 [W * k / 100 for k in (13, 9, 38, 11, 11, 10, 8)], ["L", "L", "L", "R", "R", "R", "C"], rows,
                 size=7.8, row_h=4.6)
    p.legend_cols("Remark codes", [
        ("CP", "Paid at the network rate less the member's copayment ($15.00 a visit)."),
        ("DU", f"Duplicate: these services were already processed on claim {orig}, paid on an earlier remittance. "
               "No payment on this claim."),
        ("TL", "Received after the Plan's 180-day claim filing limit."),
        ("PN", "Precertification not on file."),
    ], ncol=2, size=7.4, code_w=8)
    p.bar("Reconsideration", 8.8)
    p.para("You may ask the Plan to reconsider a claim within 120 days of the date of this remittance. A corrected "
           "claim (frequency code 7) for a changed service is not a duplicate; send it with the earlier claim "
           "number.", 8.2)
    sign(p, [first_last(sig), "Provider Payments, Plan Office"], size=8.4, close="")
    who, mid, grp, clm, rend, d, lines = claims[den]
    t = truth("eob", "other", insurer=INS, plan_id=PLAN_G, group=grp, member_id=mid, member_name=who, cases=[clm],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(d)], denial_date=iso(ra_date),
              provider=rend, appeal_deadline=iso(plus(ra_date, 120)),
              alternates={"insurer": INS_ALT, "provider": [clinic, dc2]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_knee(rng):
    member = people(rng, 1, "bb", sexes="M", used=USED)[0]
    pain, reviewer = people(rng, 2, "bc", sexes="FM", used=USED)
    mid = member_no(rng)
    grp = shop_group(rng)
    practice = "Brisford Spine & Pain Center"
    pc = precert_no(rng)
    asked = workday(dt.date(2026, 6, rng.randint(1, 3)))
    ld = workday(plus(asked, rng.randint(5, 7)))
    planned = workday(plus(ld, rng.randint(14, 20)))
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="PRECERTIFICATION DECISION")
    y = p.get_y()
    addr_block(p, [member, "12 Lathe Street", "Brisford, KV 73108"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Date of this letter", long(ld)), ("Precertification", pc), ("Member / Suffix", f"{mid} / 01"),
                 ("Plan / Group", f"{PLAN_G} / {grp}"), ("Shop", "Fade & Finish Barber Studio")],
                x=p.l_margin + W * 0.5, cap_w=30, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"On {long(asked)} {dr(pain, 'MD')} of {practice} asked KBCHP to precertify radiofrequency ablation of the "
           f"genicular nerves of your right knee (CPT 64624), planned for {long(planned)}. KBCHP cannot approve "
           "it.", 9.2)
    p.bar("Why", 9.0)
    p.para("KBCHP's medical policy MP-77 lists radiofrequency ablation of the nerves around the knee as "
           "investigational for knee pain from arthritis. Published studies so far are small and short, and they do "
           "not yet show that the pain relief lasts or that the treatment is safe to repeat. KBCHP does not cover "
           "services its policies list as investigational or experimental (Summary Plan Description, Exclusions, "
           "item 9).", 9.0)
    p.para("Covered options your doctor may talk with you about include physical therapy, a steroid injection into "
           "the knee, and a visit with an orthopedic surgeon about knee replacement.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. Write to the Appeals Unit at "
           "the Plan Office; include any studies or records you want the Appeals Committee to read. If waiting "
           "would seriously harm your health, ask for an urgent appeal by phone; it is decided within 72 hours.",
           9.0)
    p.para("Because this is a decision before the service, nothing has been billed. If you go ahead with the "
           "procedure, KBCHP will not pay for it and the provider may bill you.", 9.0)
    p.ln(2)
    sign(p, [f"{first_last(reviewer)}, MD", "Medical Director", "KBCHP Plan Office"])
    p.para(f"cc: {dr(pain, 'MD')}, {practice}", 8.0)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_G, group=grp, member_id=mid,
              member_name=member, cases=[pc], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(pain, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [practice, pain], "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_spouse_massage_not_covered", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_salon_pad_cover_vein_letter_then_clinic_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_neck_mri_no_precert_to_imaging", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(f"{f}_scan300_es_horas_de_sillon", "scan_clean_300", [scan300_es_hours(rng)]),
        Item(f"{f}_faxfine_trustees_overnight_stay_facts_page_two", "fax_fine_g4", [faxfine_trustees(rng)]),
        Item(f"{f}_rotated_remittance_duplicate_chiropractic", "rotated", [rotated_remittance(rng)]),
        Item(f"{f}_bd_knee_nerve_ablation_investigational", "born_digital", [bd_knee(rng)]),
    ]
