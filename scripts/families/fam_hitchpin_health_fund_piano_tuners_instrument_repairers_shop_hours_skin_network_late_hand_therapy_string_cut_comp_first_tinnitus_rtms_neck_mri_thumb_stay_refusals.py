"""An invented multi-employer health fund for piano tuners, piano technicians and rebuilders, and band and string
instrument repairers who work at the piano shops, rebuilding shops and repair benches that pay into the fund under
their agreement with the trade's guild local. Eligibility runs on shop hours: a member is covered in a benefit month
when contributing shops reported at least 110 shop hours for the work month two months before (March hours for May);
hours on tuning rounds in customers' homes count when the shop logs them on its route sheet; independent tuners who
contribute for themselves are on a separate plan. The plan's papers deal with what the work brings: hands and wrists
worn by regulating and voicing (carpal tunnel, thumb base arthritis), cuts from snapped strings and tools at the bench
(the shop's workers' compensation carrier pays first for an injury at work), hearing and tinnitus (a yearly hearing
test is paid in full), neck strain over the bench (imaging needs precertification).

Everything is invented: the Hitchpin Health Fund (letterheads: a drawn tuning fork beside the logo word "HITCHPIN"
with the legal name "Hitchpin Health Fund of the Piano & Instrument Repair Trades" small directly under it, a tagline
and an operator line; elsewhere "H I T C H P I N" letter-spaced beside a ring monogram "HF"; the body says "the Fund"
or "HHF"), its office run by Larkvale Benefit Administrators, LLC (small print only), the Piano Technicians &
Instrument Repairers Guild, Local 88, the Tenuto Provider Network, every shop, clinic, hospital, carrier, person,
number, amount and address (Elkhart, IN and nearby real towns with invented streets); phones 555. CPT codes and claim
adjustment reason codes as themselves.

Numbering: member numbers "HP" + a digit + a letter + five digits ("HP7K40291"), printed plainly; a spouse adds "-01",
children "-02", "-03" (the patient's own number is printed with the suffix). Plans HP-S1 (shop members) and HP-T2
(independent tuners); shop groups "SG-" + four digits. Claims "HC26" + a letter + six digits (under "File no.",
"Claim ref.", "Referencia"); precertifications "PX-" + six digits; appeals "AP26-" + four digits (under "Matter").
Decoys: batch numbers, check and EFT numbers, NPIs and tax IDs, the workers' compensation carrier's claim number, the
medical policy number HHF-MP-19, route-sheet and document numbers.

Documents (8 in 7 files):
- bd_household_eob_skin_biopsy_out_of_network_code_n: a born-digital household EOB for a tuner, his wife and son;
  four claims in an unruled table with a one-letter status column (P paid in full, Y copayment, D deductible - a lab
  test paid 0.00 that is no refusal - and N), the wife's visit and skin biopsy at a dermatology practice outside the
  Tenuto network paid 0.00 under N, told only in the legend (unused codes C, B, W beside). `eob`, `out_of_network`.
  "Statement of March 18th, 2026", the numeric date only in the footer; captions in a narrow column with dot leaders.
- bd_remittance_hand_therapy_filed_late_co29: a born-digital provider remittance to a hand therapy practice; three
  patients' claims with CARC codes in a remarks column (CO-45 and PR-2 / PR-1 explaining payment, a claim paid 0.00
  to the deductible) and a member's child's three January visits received 198 days after the first visit paid 0.00
  under CO-29 (legend only). `eob`, `timely_filing`. Payee facts with dot leaders to the page edge.
- faxstd_stack_hand_cover_short_march_hours_then_carpal_tunnel_approval: a standard-fax stack: a shop's fax pad
  lettered by hand by the member, the Fund's letter refusing an urgent care visit in May because March shop hours
  came to 86 of 110 (`eligibility`; the letter date with a tiny grey caption, a self-payment date as decoy), and the
  Fund's approval of her carpal tunnel release for July (`other`, no denial). The shop's fax header (later than both
  letters) on every page.
- faxstd_string_cut_at_bench_comp_first: a standard-fax letter on an emergency visit for a forearm cut from a snapped
  bass string while restringing at the shop: the shop's workers' compensation carrier pays first (`other`). Dateline
  "the 26th of March, 2026", "File no." for the claim beside the carrier's claim number and a document number;
  "Attending: Dr. ..., DO".
- scan300_appeal_rtms_tinnitus_upheld: the Trustees' appeal decision keeping the refusal of repetitive transcranial
  magnetic stimulation for a tuner's tinnitus as investigational (`experimental`); appeal number under "Matter", a
  batch number beside it; the neurologist named only in prose; a postage-meter MAILED mark; final decision (external
  review in four months is no appeal deadline).
- lowres_es_resonancia_cervical_sin_precertificacion: a 150 dpi Spanish letter: a neck MRI done without
  precertification (`prior_authorization`); "Referencia" for the claim; label blocks with values below and to the right.
- faxfine_thumb_arthroplasty_overnight_stay_outpatient: a fine-fax two-page letter: the thumb base arthroplasty was
  paid as outpatient surgery and the hospital's inpatient night refused (`level_of_care`); the member facts in a box
  on page two; "Wednesday, May 6th, 2026" on page one, the numeric date in the box.

Judgement calls: insurer = the Fund ("Hitchpin", "HHF", the legal name and on the Spanish letter "Fondo de Salud
Hitchpin" accepted); Larkvale, named in small print, is never the insurer. Plan = HP-S1 and group = the shop group
wherever printed (the EOB and the letters print both; the remittance prints the plan in each claim line and no
shop group, so its group is null). Member ID = the patient's own number as printed (with
its suffix for a spouse or child; the number without the suffix accepted). Member = the patient. Provider = the
rendering clinician where one is named (the practice accepted): the dermatologist, the hand therapist, the physician
assistant at the urgent care, the hand surgeon on the approval, the emergency physician (the hospital accepted), the
requesting neurologist on the appeal (the clinic accepted), the imaging center on the MRI letter (the ordering doctor
accepted), the surgeon on the stay letter (the hospital accepted). Amounts: the refused claim's billed total; the
night's charges only on the stay letter (the letter states no other charge); none on the approval and the appeal
(pre-service). Case numbers: the refused claim number; the precertification number on the approval; the appeal and
precertification numbers on the appeal decision (the appeal number alone accepted). Service dates: the refused rows'
dates; the planned surgery and treatment start dates; the inpatient night as the interval of admission and discharge
days (the admission day alone accepted). Deadlines: date + 180 (member letters and EOB), + 90 (remittance), none on
the approval and the Trustees' final decision. Types: out-of-network dermatology `out_of_network`; late claim
`timely_filing`; short hours `eligibility`; approval `other` with no denial; work injury `other`; rTMS
`experimental`; MRI without precertification `prior_authorization`; inpatient night `level_of_care` (`medical_necessity`
accepted: the letter says the night was not medically necessary at the inpatient level).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famub import (EUSheet, addr_block, digits, dr, es_date, first_last, hand_cover, iso, last_first,
                               long, m2, meter_date, n2, npi, ord_long, out, people, phone, plus, sign, slash,
                               the_of_c, tollfree, truth, usd, wday_long)

FAMILY = ("hitchpin_health_fund_piano_tuners_instrument_repairers_shop_hours_skin_network_late_hand_therapy_string_"
          "cut_comp_first_tinnitus_rtms_neck_mri_thumb_stay_refusals")
LANG = "en"
SEED = 355197
USED: set = set()

FUND = "Hitchpin Health Fund"
LEGAL = "Hitchpin Health Fund of the Piano & Instrument Repair Trades"
FUND_ALT = [FUND, LEGAL, "Hitchpin", "HHF", "Hitchpin Fund", "Hitchpin Health Fund of the Piano and Instrument "
            "Repair Trades"]
LOGO = "HITCHPIN"
TAG = "Health benefits for piano tuners, technicians and instrument repairers"
OPER = "Fund Office administered by Larkvale Benefit Administrators, LLC for the Board of Trustees"
ADDR = ["212 Wrestplank Way, Suite 3", "Elkhart, IN 46514"]
FOOT = f"{FUND}  \u00b7  {ADDR[0]}, {ADDR[1]}"
PLAN_S, PLAN_T = "HP-S1", "HP-T2"
GUILD = "Piano Technicians & Instrument Repairers Guild, Local 88"
NET = "Tenuto Provider Network"
NEED = 110


def mid(rng) -> str:
    return f"HP{rng.randint(2, 9)}{rng.choice('HJKMNRTWX')}{digits(rng, 5)}"


def group(rng) -> str:
    return f"SG-0{digits(rng, 3)}"


def claim_no(rng) -> str:
    return f"HC26{rng.choice('ABDEFGKLMN')}{digits(rng, 6)}"


def px_no(rng) -> str:
    return f"PX-{digits(rng, 6)}"


def right_lines(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Member line {tollfree(rng, '866')}", f"Fax {phone(rng, '574')}",
            "hitchpinfund.example"]


def head_logo(p: EUSheet, rng, box: str | None = None):
    p.mark_legal(LOGO, LEGAL, right_lines(rng), mark="fork", tagline=TAG, small=OPER, box=box, size=23)


def head_spaced(p: EUSheet, rng, box: str | None = None):
    p.wordmark(LOGO, style="spaced", initials="HF", shape="ring", small=[LEGAL, OPER], right=right_lines(rng),
               box=box, size=19)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    wife = people(rng, 1, "pt", sexes="F", last=member.split()[-1], used=USED)[0]
    son = people(rng, 1, "pt", sexes="M", last=member.split()[-1], used=USED)[0]
    aud, ped, derm, labdoc = people(rng, 4, "pc", sexes="FMFM", used=USED)
    m = mid(rng)
    grp = group(rng)
    sd = dt.date(2026, 3, 18)
    p0, p1 = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    d_aud, d_ped, d_lab, d_derm = dt.date(2026, 2, 4), dt.date(2026, 2, 9), dt.date(2026, 2, 12), dt.date(2026, 2, 19)
    derm_prac = "Oakford Skin & Dermatology"
    claims = [
        (member, "", f"Nymet Hearing Associates  \u00b7  Dr. {aud}, AuD",
         [(d_aud, "92557", "Hearing test, complete", 140.00, 96.00, 96.00, 0.00, "P")]),
        (son, "-02", f"Clannaborough Pediatrics  \u00b7  Dr. {ped}, MD",
         [(d_ped, "99213", "Office visit", 168.00, 112.00, 87.00, 25.00, "Y")]),
        (wife, "-01", f"Bondleigh Clinical Lab  \u00b7  Dr. {labdoc}, MD",
         [(d_lab, "80061", "Lipid panel", 64.00, 38.00, 0.00, 38.00, "D")]),
        (wife, "-01", f"{derm_prac}  \u00b7  Dr. {derm}, MD",
         [(d_derm, "99203", "Office visit, new patient", 212.00, 0.00, 0.00, 212.00, "N"),
          (d_derm, "11102", "Skin biopsy, tangential", 168.00, 0.00, 0.00, 168.00, "N")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 3
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Statement issued {slash(sd)}  \u00b7  {FOOT}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_logo(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member.upper(), "716 Capstan Street", "Goshen, IN 46526"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.dot_edge([("Statement of", ord_long(sd)), ("Member", first_last(member)), ("Member no.", m),
                ("Plan", PLAN_S), ("Shop group", grp), ("Claims processed", f"{slash(p0)} to {slash(p1)}")],
               cap_w=28, size=8.8, cap=7.0, x=p.l_margin + W * 0.5, w=W * 0.5)
    p.set_y(max(p.get_y(), y1) + 1)
    p.f(8.2, "B")
    p.cell(0, 4.5, "THIS IS NOT A BILL. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = []
    for i, (pt, suf, prov, lines) in enumerate(claims):
        rows.append(("group", f"Claim {nos[i]}   {pt} ({m}{suf})   {prov}"))
        for d, code, s, b, a, pd, sh, st in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(sh), st])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6)]
                         + [""]))
        rows.append(("gap",))
    allc = [x for c in claims for x in c[3]]
    rows.append(("total", ["", "", "Totals"] + [n2(sum(x[k] for x in allc)) for k in (3, 4, 5, 6)] + [""]))
    p.status_table(["Date", "CPT", "Service", "Charged", "Allowed", "HHF paid", "Your share", "Status"],
                   [W * k / 100 for k in (12, 8, 32, 10, 10, 10, 10, 8)],
                   ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.8)
    p.legend_cols("Status letters", [
        ("P", "Paid in full. A yearly hearing test is paid at 100% for members who tune or voice pianos."),
        ("Y", "Paid after your copayment for the visit."),
        ("D", "Applied to your deductible ($400.00 a person each year); HHF paid nothing on this line."),
        ("C", "Paid after your coinsurance (20% of the allowed amount)."),
        ("B", "Included in another service on the same day; not paid on its own line."),
        ("N", f"No benefit. The provider is not in the {NET}, and the care was not an emergency. HHF pays only "
              "network providers for care that is not an emergency. You may owe the provider the whole charge."),
        ("W", "Held: tell us whether this injury happened at work (see the enclosed accident form)."),
    ], ncol=2, size=7.4, code_w=6)
    p.bar("If you disagree", 8.8)
    p.para(f"You may appeal to the Board of Trustees within 180 days of the date of this statement. Write to the "
           f"Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}, and send the claim number and any records you want "
           "the Trustees to read.", 8.4)
    p.para(f"To find a provider in the {NET}, call the member line or ask your shop steward. The {GUILD} can help "
           "you with an appeal but does not decide claims.", 8.0)
    c = claims[den]
    t = truth("eob", "out_of_network", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=f"{m}-01",
              member_name=wife, cases=[nos[den]], claim_amount=m2(sum(x[3] for x in c[3])),
              service_dates=[iso(d_derm)], denial_date=iso(sd), provider=f"{derm}, MD",
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [derm_prac, derm], "member_id": [m]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    a, b = people(rng, 2, "pt", sexes="MF", used=USED)
    parent = people(rng, 1, "pt", sexes="M", used=USED)[0]
    kid = people(rng, 1, "pt", sexes="F", last=parent.split()[-1], used=USED)[0]
    ot1, ot2 = people(rng, 2, "pc", sexes="FM", used=USED)
    practice = "Spreyton Hand & Upper Limb Therapy"
    rd = dt.date(2026, 8, 11)
    ids = [mid(rng), mid(rng), mid(rng)]
    late = [dt.date(2026, 1, 12), dt.date(2026, 1, 14), dt.date(2026, 1, 21)]
    rec_late = dt.date(2026, 7, 29)
    claims = [
        (a, ids[0], f"{ot2}, OTR/L", dt.date(2026, 7, 24),
         [(dt.date(2026, 7, 20), "97110", "Therapeutic exercise x2", 180.00, 124.00, 24.80, 99.20, "CO-45 PR-2")]),
        (kid, f"{ids[1]}-02", f"{ot1}, OTR/L, CHT", rec_late,
         [(late[0], "97165", "OT evaluation, low", 245.00, 0.00, 0.00, 0.00, "CO-29"),
          (late[1], "97110", "Therapeutic exercise x2", 180.00, 0.00, 0.00, 0.00, "CO-29"),
          (late[2], "97110", "Therapeutic exercise x2", 180.00, 0.00, 0.00, 0.00, "CO-29")]),
        (b, ids[2], f"{ot1}, OTR/L, CHT", dt.date(2026, 7, 30),
         [(dt.date(2026, 7, 27), "97140", "Manual therapy", 96.00, 66.00, 66.00, 0.00, "CO-45 PR-1"),
          (dt.date(2026, 7, 27), "97018", "Paraffin bath", 54.00, 36.00, 36.00, 0.00, "CO-45 PR-1")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 1
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Remittance {slash(rd)}  \u00b7  {FOOT}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_spaced(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Billing office", "58 Lapford Street, Suite 210", "Mishawaka, IN 46544"], 9.0)
    y1 = p.get_y()
    p.set_y(y)
    p.dot_edge([("Remittance date", long(rd)), ("Payee NPI", npi(rng)), ("Tax ID", f"35-{digits(rng, 7)}"),
                ("Check no.", f"00{digits(rng, 8)}"), ("Batch", f"HB-{rd.month:02d}{rd.day:02d}-{digits(rng, 3)}")],
               cap_w=26, size=8.6, cap=7.0, x=p.l_margin + W * 0.52, w=W * 0.48)
    p.set_y(max(p.get_y(), y1) + 1)
    rows = []
    for i, (pt, mm, th, rec, lines) in enumerate(claims):
        rows.append(("group", f"Claim ref. {nos[i]}   {last_first(pt)}   Member {mm}   Plan {PLAN_S}   "
                              f"Rec'd {slash(rec)}"))
        rows.append(("group", f"      Rendering {th}   {practice}"))
        for d, code, s, bl, al, ded, pd, rmk in lines:
            rows.append([slash(d), code, s, n2(bl), n2(al), n2(ded), n2(pd), rmk])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6)]
                         + [""]))
        rows.append(("gap",))
    allc = [x for c in claims for x in c[4]]
    rows.append(("total", ["", "", "Totals"] + [n2(sum(x[k] for x in allc)) for k in (3, 4, 5, 6)] + [""]))
    p.status_table(["Date", "CPT", "Service", "Billed", "Allowed", "Patient share", "Paid", "Remarks"],
                   [W * k / 100 for k in (11, 7, 31, 10, 10, 10, 9, 12)],
                   ["L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.8)
    p.legend_cols("Remark codes", [
        ("CO-45", "Charge over the Fund's allowed amount for a Tenuto network provider; do not bill the difference."),
        ("PR-1", "Patient's deductible."),
        ("PR-2", "Patient's coinsurance (20%)."),
        ("CO-29", "Not paid. The Fund must receive a claim within 180 days of the date of service. This claim came "
                  "in after that."),
        ("CO-97", "Included in another service paid on the same day."),
        ("N30", "The patient was not covered on the date of service."),
    ], ncol=2, size=7.4, code_w=11)
    p.f(8.6, "B")
    p.cell(0, 5, f"Amount of this check: {usd(sum(x[6] for x in allc))}", new_x="LMARGIN", new_y="NEXT")
    p.bar("Reconsideration", 8.6)
    p.para(f"A provider may ask the Fund to reconsider a claim within 90 days of the date of this remittance. For a "
           "late claim, send proof that the claim reached the Fund, or another payer, within 180 days of the "
           f"service. Write to Provider Reconsideration, {FUND}, {ADDR[0]}, {ADDR[1]}.", 8.4)
    c = claims[den]
    t = truth("eob", "timely_filing", insurer=FUND, plan_id=PLAN_S, member_id=c[1], member_name=kid,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in c[4])), service_dates=[iso(d) for d in late],
              denial_date=iso(rd), provider=f"{ot1}, OTR/L, CHT", appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": FUND_ALT, "provider": [practice, ot1], "member_id": [ids[1]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "pt", sexes="F", used=USED)[0]
    pa, surgeon, elig, nurse = people(rng, 4, "pc", sexes="MFMF", used=USED)
    m = mid(rng)
    grp = group(rng)
    shop = "Hambleden Brass & Woodwind Repair"
    shop2 = "Lapford Band Instrument Shop"
    uc = "Throwleigh Road Urgent Care"
    visit = dt.date(2026, 5, 11)
    l1 = dt.date(2026, 5, 27)
    l2 = dt.date(2026, 5, 29)
    sent = dt.date(2026, 6, 2)
    c1 = claim_no(rng)
    px = px_no(rng)
    items = [("99204", "Office visit, new patient", 265.00), ("87880", "Rapid strep test", 38.00)]
    tot = sum(x[2] for x in items)
    hours = [(shop, "bench and pad work", 54.0), (shop2, "bench repair, two Saturdays", 32.0)]
    got = sum(h[2] for h in hours)
    surg = dt.date(2026, 7, 14)
    tx = f"{slash(sent)}  15:{rng.randint(10, 59)}  HAMBLEDEN BRASS  574 555 {digits(rng, 4)}  p.{{n}}/{{t}}"
    first = member.split()[0]
    cover = hand_cover(rng, ["FAX", f"{shop}", "1408 Valve Row  \u00b7  Elkhart, IN 46516", f"Ph {phone(rng, '574')}"],
                       [("TO", "Guild Local 88 - benefits rep"), ("FROM", f"{first} (bench 3)"),
                        ("", "Re: my 2 letters from Hitchpin"), ("", "3 pgs + this one")],
                       ["MARCH HOURS ARE SHORT - MY", "ROUTE TUNINGS WERE NOT LOGGED", f"PLS CALL {phone(rng, '574')}"],
                       tx=tx, tx_total=4)
    # (i) short hours, two pages
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="CLAIM NOT PAID")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, "39 Pinblock Court", "Elkhart, IN 46517"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.faint_pairs([("date", slash(l1))], x=p.l_margin + W * 0.55, cap=5.0, size=9.2)
    p.faint_pairs([("File no.", c1), ("Member no.", m), ("Plan / shop group", f"{PLAN_S} / {grp}")],
                  x=p.l_margin + W * 0.55, cap=7.4, size=9.2, grey=0)
    p.set_y(max(p.get_y(), y1) + 2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"The Fund received the claim of {uc} for your visit on {long(visit)}, when you saw {pa}, PA-C "
           f"(office visit and strep test, {usd(tot)}). The Fund did not pay it, because you were not covered in "
           "May 2026.", 9.4)
    p.para(f"Coverage for May depends on the shop hours reported for March. You need {NEED} hours. Hours on tuning "
           "rounds count when the shop logs them on its route sheet. The shops reported these hours for you:", 9.4)
    p.ruled_rows(["Shop", "Work reported", "March 2026 hours"],
                 [[s, w, f"{h:.1f}"] for s, w, h in hours] + [["", "Total reported for March", f"{got:.1f}"]],
                 [W * k / 100 for k in (40, 40, 20)], ["L", "L", "R"], size=8.6, bold_rows=(len(hours),))
    p.para(f"That is {NEED - got:.0f} hours short of the {NEED} you need.", 9.4)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets([
        f"Self-payment: you may keep May coverage by paying $688.00 for the month. The Fund Office must receive "
        f"it by June 15, 2026; if it does, we will process the claim again.",
        "If a shop left out hours you worked, including logged route tunings, ask it to send a corrected report.",
        f"Appeal: you may appeal to the Board of Trustees within 180 days of the date of this letter. Write to "
        f"the Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}.",
    ], size=9.2)
    sign(p, [elig, "Eligibility Unit", "Hitchpin Fund Office"])
    a_t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m,
                member_name=member, cases=[c1], claim_amount=m2(tot), service_dates=[iso(visit)],
                denial_date=iso(l1), provider=f"{pa}, PA-C", appeal_deadline=iso(plus(l1, 180)),
                alternates={"insurer": FUND_ALT, "provider": [uc, pa]})
    # (ii) approval, one page
    q = EUSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    head_spaced(q, rng, box="PRECERTIFICATION APPROVED")
    y = q.get_y()
    addr_block(q, [member, "39 Pinblock Court", "Elkhart, IN 46517"], 9.4)
    y1 = q.get_y()
    q.set_y(y)
    q.dot_edge([("Date", long(l2)), ("Precertification", px), ("Member no.", m), ("Plan", PLAN_S),
                ("Shop group", grp)], cap_w=26, size=9.0, cap=7.2, x=q.l_margin + W * 0.5, w=W * 0.5)
    q.set_y(max(q.get_y(), y1) + 2)
    q.para(f"Dear {first_last(member)}:", 9.6)
    q.para(f"The Fund approved the surgery that Dr. {surgeon}, MD, of Yarnscombe Hand Center asked for:", 9.4)
    q.ruled_rows(["Service", "Code", "Where", "Planned date"],
                 [["Carpal tunnel release, right wrist", "64721", "Gidleigh Surgery Center (outpatient)", long(surg)]],
                 [W * k / 100 for k in (36, 10, 34, 20)], ["L", "L", "L", "L"], size=8.6)
    q.para("The approval is good from June 1 to September 30, 2026, and only if you are covered on the day of "
           "surgery. Your May shop hours (118.5) give you coverage for July. Normal cost sharing applies: after "
           "your deductible you pay 20% of the allowed amount for the surgeon and the surgery center.", 9.2)
    q.para("If the surgery date changes, or the surgeon plans another procedure, the surgeon's office must call the "
           "Fund before the surgery.", 9.2)
    sign(q, [nurse, "RN, Precertification", "Hitchpin Fund Office"])
    b_t = truth("other", None, insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m, member_name=member,
                cases=[px], service_dates=[iso(surg)], denial_date=iso(l2), provider=f"{surgeon}, MD",
                alternates={"insurer": FUND_ALT, "provider": ["Yarnscombe Hand Center", surgeon]})
    return cover, [(out(p), a_t), (out(q), b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_string_cut(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    erdoc, rev = people(rng, 2, "pc", sexes="MF", used=USED)
    m = mid(rng)
    grp = group(rng)
    inj = dt.date(2026, 3, 3)
    ld = dt.date(2026, 3, 26)
    sent = dt.date(2026, 3, 30)
    c = claim_no(rng)
    hosp = "Loxbeare Memorial Hospital"
    shop = "Kelmscott Piano Rebuilders"
    items = [("99284", "Emergency department visit", 896.00), ("12032", "Repair of wound, 2.6-7.5 cm, layered",
                                                                    288.00)]
    tot = sum(x[2] for x in items)
    tx = f"{slash(sent)} 08:{rng.randint(10, 59)}  HHF FUND OFFICE  5745550{digits(rng, 3)}  PAGE {{n}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Mailed {slash(ld)}  \u00b7  {FOOT}", tx=tx)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_spaced(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, "2207 Damper Rail Road", "Nappanee, IN 46550"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.stair_pairs([("File no.", c), ("Doc. no.", f"D{digits(rng, 9)}"), ("Member no. / plan / group",
                                                                         f"{m}  /  {PLAN_S}  /  {grp}")],
                  step=10, size=9.0, cap=7.2, x=p.l_margin + W * 0.5, w=W * 0.5, gap=0.6)
    p.set_y(max(p.get_y(), y1) + 2)
    p.f(9.6)
    p.cell(0, 5, f"Elkhart, {the_of_c(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received the claim of {hosp} for your emergency visit on {ord_long(inj)}. The records say a bass "
           f"string snapped while you were restringing a grand piano at {shop} and cut your left forearm.", 9.4)
    p.ruled_rows(["Date", "Code", "Service", "Charged"],
                 [[slash(inj), c_, s, n2(a)] for c_, s, a in items] + [["", "", "Total", usd(tot)]],
                 [W * k / 100 for k in (16, 12, 52, 20)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(items),))
    p.f(8.8)
    p.cell(0, 5, f"Attending: Dr. {erdoc}, DO, {hosp} Emergency Department", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"The Fund is not paying this claim now. An injury that happens while you work at a contributing shop "
           f"is paid first by that shop's workers' compensation carrier. {shop} reported the injury to its carrier, "
           f"Ironweed Mutual Casualty Co., which opened claim WC-0326-{digits(rng, 4)}-K. Please ask the hospital to "
           "send its bill to Ironweed.", 9.4)
    p.para("If Ironweed refuses the claim, send us its letter and we will review the claim again. You do not need "
           "to appeal for that.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
           f"Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}.", 9.2)
    sign(p, [rev, "Claims Review", "Hitchpin Fund Office"])
    t = truth("denial_letter", "other", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m, member_name=member,
              cases=[c], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld),
              provider=f"{erdoc}, DO", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [hosp, erdoc, f"{hosp} Emergency Department"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_appeal(rng):
    member = people(rng, 1, "pt", sexes="F", used=USED)[0]
    neuro, aud, chair, md = people(rng, 4, "pc", sexes="MFMF", used=USED)
    m = mid(rng)
    grp = group(rng)
    ap = f"AP26-{digits(rng, 4)}"
    px = px_no(rng)
    mtg = dt.date(2026, 5, 20)
    dd = dt.date(2026, 5, 22)
    start = dt.date(2026, 6, 8)
    clinic = "Cadeleigh Neurology & Tinnitus Clinic"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Trustees' decision mailed {slash(dd)}  \u00b7  {FOOT}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.meter_mark(meter_date(dd), "ELKHART IN 465", y=p.t_margin + 31, serial=f"PB {digits(rng, 7)}")
    head_logo(p, rng)
    p.ln(5)
    addr_block(p, [member, "5 Tuning Hammer Lane", "Bristol, IN 46507"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Matter", ap, 0.24), ("Batch", f"{digits(rng, 2)}-{digits(rng, 5)}", 0.2), ("Precertification", px, 0.24),
              ("Member no.", m, 0.32)],
             [("Plan", PLAN_S, 0.24), ("Shop group", grp, 0.2), ("Trustees met", long(mtg), 0.24),
              ("Decision", "Denial upheld", 0.32)]], size=8.8)
    p.subject_line("Your appeal about magnetic stimulation for tinnitus")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"The Board of Trustees heard your appeal at its meeting on {long(mtg)}. You asked the Trustees to "
           "approve 20 sessions of repetitive transcranial magnetic stimulation (rTMS) for the ringing in both "
           f"ears you have had since 2023, which Dr. {neuro} of {clinic} asked for, to begin on {long(start)}. "
           f"You also sent the hearing tests done when you saw {aud}, AuD, last winter.", 9.4)
    p.para("The Trustees decided to keep the refusal. The Fund's medical policy HHF-MP-19 treats rTMS for "
           "tinnitus as investigational: the studies published so far are small, their results do not agree, and "
           "no professional society recommends it. An independent ear, nose and throat physician who reviewed "
           "your appeal for the Trustees agreed. The Fund does not pay for investigational services.", 9.4)
    p.para("The Fund still covers the care your audiologist described: sound therapy devices under the hearing "
           "aid benefit, and counseling for tinnitus with a network psychologist.", 9.4)
    p.bar("Your rights", 9.0)
    p.para("This is the Trustees' final decision on your claim. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter, and you may file "
           "a civil action under section 502(a) of ERISA. You may ask for free copies of the policy and of every "
           "paper used to decide your appeal.", 9.0)
    sign(p, [chair, "Chair, Appeals Committee of the Board of Trustees", FUND])
    t = truth("denial_letter", "experimental", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m,
              member_name=member, cases=[ap, px], service_dates=[iso(start)], denial_date=iso(dd),
              provider=neuro,
              alternates={"insurer": FUND_ALT, "provider": [clinic, f"Dr. {neuro}"], "case_numbers": [[ap]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    doc = people(rng, 1, "es", sexes="F", used=USED)[0]
    rev = people(rng, 1, "pc", sexes="M", used=USED)[0]
    m = mid(rng)
    grp = group(rng)
    mri = dt.date(2026, 4, 7)
    ld = dt.date(2026, 4, 30)
    c = claim_no(rng)
    center = "Silverton Imaging Center"
    amt = 1560.00
    p = EUSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    head_logo(p, rng, box="AVISO SOBRE SU RECLAMACIÓN")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, "1120 Calle Trombón, Apt 2", "Elkhart, IN 46516"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.stair_pairs([("Referencia", c), ("N.º de miembro", m), ("Plan / grupo del taller", f"{PLAN_S} / {grp}"),
                   ("N.º de lote", f"L{digits(rng, 6)}")], step=14, size=9.0, cap=7.2, x=p.l_margin + W * 0.55,
                  w=W * 0.45, gap=0.6)
    p.set_y(max(p.get_y(), y1) + 2)
    p.f(9.6)
    p.cell(0, 5, f"Elkhart, Indiana, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.6)
    p.para(f"El Fondo recibió la reclamación de {center} por la resonancia magnética de su cuello (código 72141) "
           f"del {es_date(mri)}, que pidió la Dra. {doc}, por el dolor de cuello que usted tiene desde que trabaja "
           f"muchas horas en el banco de reparación. El centro cobró {usd(amt)} (US$ 1.560,00). El Fondo no pagó "
           "esta reclamación.", 9.4)
    p.para("Por qué: según las reglas del plan, una resonancia magnética, una tomografía o una cirugía necesitan "
           "la precertificación del Fondo antes de hacerse. La pide el médico o el centro de imágenes por teléfono "
           "o por fax. No recibimos ninguna solicitud para esta resonancia antes del estudio.", 9.4)
    p.para(f"Como el centro de imágenes está en la red {NET}, no puede cobrarle a usted esta resonancia. Si le "
           "llega una factura, envíenosla.", 9.4)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de esta carta. "
           f"Envíe cualquier documento que muestre que el estudio era urgente o que se pidió la precertificación, al "
           f"Comité de Apelaciones, {FUND}, {ADDR[0]}, {ADDR[1]}. El {GUILD} puede ayudarle.", 9.2)
    sign(p, [rev, "Unidad de Precertificación", "Oficina del Fondo Hitchpin"], close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m,
              member_name=member, cases=[c], claim_amount=m2(amt), service_dates=[iso(mri)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + ["Fondo de Salud Hitchpin", "Fondo Hitchpin"],
                          "provider": [doc, f"Dra. {doc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stay(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    surgeon, reviewer, nurse = people(rng, 3, "pc", sexes="FMF", used=USED)
    m = mid(rng)
    grp = group(rng)
    adm, dis = dt.date(2026, 4, 14), dt.date(2026, 4, 15)
    ld = dt.date(2026, 5, 6)
    sent = dt.date(2026, 5, 8)
    c = claim_no(rng)
    hosp = "Brampford General Hospital"
    prac = "Thorverton Hand & Wrist Surgeons"
    night = 2640.00
    tx = f"{slash(sent)} 11:{rng.randint(10, 59)}  HHF FUND OFFICE  5745550{digits(rng, 3)}  P. {{n}}/{{t}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "61 Bridle Pin Drive", "Middlebury, IN 46540"], 9.4)
    p.f(9.6)
    p.cell(0, 5, f"{ld.strftime('%A')}, {ord_long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.subject_line("Your hospital stay after thumb surgery")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(adm)} Dr. {surgeon} of {prac} replaced the worn joint at the base of your right thumb "
           f"(arthroplasty, code 25447) at {hosp}. You stayed in the hospital that night and went home the next "
           "morning.", 9.4)
    p.para("The Fund paid the surgery, the anesthesia and the operating room as outpatient surgery. The Fund did not "
           f"pay the inpatient room and board for the night of {long(adm)} to {long(dis)}, which the hospital "
           f"billed at {usd(night)}.", 9.4)
    p.para("Why: a Fund physician reviewer, a hand surgeon, read the hospital records. This surgery is done as "
           "outpatient surgery, and the records show no problem during or after it - your pain was controlled with "
           "tablets, you had no nausea, and you needed no nursing care that could not be given at home. A night "
           "as an inpatient was not medically necessary at that level of care.", 9.4)
    p.para("Because the hospital is in the Tenuto Provider Network, it may not bill you for the night. If you get a "
           "bill, send it to us.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Your surgeon may "
           f"also send us any records that show why you needed to stay. Write to the Appeals Committee, {FUND}, "
           f"{ADDR[0]}, {ADDR[1]}.", 9.2)
    p.add_page()
    p.facts_box("Member and claim", [
        ("Patient", first_last(member)),
        ("Member no.", m),
        ("Plan", PLAN_S),
        ("Shop group", grp),
        ("Claim no.", c),
        ("Date of letter", slash(ld)),
        ("Hospital", hosp),
        ("Surgeon", f"Dr. {surgeon}, MD, {prac}"),
        ("Not paid", f"Inpatient room and board, {slash(adm)} - {slash(dis)}, {usd(night)}"),
        ("Reviewed by", f"Dr. {reviewer}, MD (hand surgery)"),
    ], cap_w=40, size=8.8)
    sign(p, [nurse, "RN, Utilization Review", "Hitchpin Fund Office"])
    t = truth("denial_letter", "level_of_care", insurer=FUND, plan_id=PLAN_S, group=grp, member_id=m,
              member_name=member, cases=[c], claim_amount=m2(night), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=f"{surgeon}, MD", appeal_deadline=iso(plus(ld, 180)),
              denial_alternates=["medical_necessity"],
              alternates={"insurer": FUND_ALT, "provider": [hosp, prac, surgeon], "service_dates": [[iso(adm)]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    rem = bd_remittance(rng)
    cover, stack_docs = faxstd_stack(rng)
    cut = faxstd_string_cut(rng)
    ap = scan300_appeal(rng)
    es = lowres_es(rng)
    st = faxfine_stay(rng)
    return [
        Item(f"{f}_bd_household_eob_skin_biopsy_out_of_network_code_n", "born_digital", [eob]),
        Item(f"{f}_bd_remittance_hand_therapy_filed_late_co29", "born_digital", [rem]),
        Item(f"{f}_faxstd_stack_hand_cover_short_march_hours_then_carpal_tunnel_approval", "fax_standard_g4",
             stack_docs, separators=[cover, None]),
        Item(f"{f}_faxstd_string_cut_at_bench_comp_first", "fax_standard_g4", [cut]),
        Item(f"{f}_scan300_appeal_rtms_tinnitus_upheld", "scan_clean_300", [ap]),
        Item(f"{f}_lowres_es_resonancia_cervical_sin_precertificacion", "scan_lowres_150", [es]),
        Item(f"{f}_faxfine_thumb_arthroplasty_overnight_stay_outpatient", "fax_fine_g4", [st]),
    ]
