"""An invented multi-employer health fund for theatre stagehands and riggers: carpenters, flymen, riggers, electricians,
sound and props crew and wardrobe staff who work calls for the theatres, opera houses, concert halls and touring shows
that pay into the fund under their agreement with the crew's union local. Eligibility runs on show calls: a member is
covered in a benefit quarter when employers reported at least 70 credited calls in the work quarter that ended one
month before it (January to March for May to July, April to June for August to October); a call is a work call of at
least four hours (load-in, rehearsal, performance, changeover, load-out) and a call of ten hours or more counts as two.
The plan's papers deal with what the work brings: falls and strains on load-ins and load-outs (the employer's
workers' compensation pays first for an injury on a call), shoulders worn by rope lines, hearing (audiology only from
network audiologists), imaging and surgery that need precertification, physical therapy up to 30 visits a year.

Everything is invented: the Loftwick Stage Crafts Health & Welfare Fund (letterheads: a drawn spotlight beside the logo
word "LOFTWICK" with the legal name small directly under it and a tagline; "L O F T W I C K" set letter by letter
beside a ring monogram; the body only says "LSCF" or "the Fund"), its office run by Pennoyer Benefit Services, Inc.
(small print only), the Theatrical Stage Riggers and Crafts Alliance, Local 219, the theatres and every provider,
person, number, amount and address. Member numbers "RZ" + three digits + "G" + four digits (letters that read as
digits: Z/2, G/6), printed whole ("RZ418G2730"), with a space ("RZ418 G2730"), with dashes ("RZ-418-G2730") or beside a
suffix under "Member / Suffix" (00 the member, 01 a spouse, 02 a child); the local's group HB-2190 and the plans
LSC-B1 (active) and LSC-S2 (self-pay), printed together under "Plan / Group"; claims "TZ26" + day of year + four
digits; precertification and review numbers "PS-" + six digits; appeals "AZ-26-" + four digits. Phones 555. CPT codes
and claim adjustment reason codes as themselves.

Documents (8 in 7 files):
- bd_eob_load_out_fall_comp_first: a born-digital two-page EOB for a rigger and his daughter; four claims with
  inline caption lines; an "Other coverage paid" column (the daughter's mother's plan pays first); note marks on the
  rows ("1", "1 4", "3", "2", "5 6") keyed by a numbered note list: copayment, deductible, other coverage paid first,
  a pulse oximetry line bundled into the visit, and (5) the urgent care claim for the rigger's shoulder hurt on a
  load-out call refused as a work injury for the employer's workers' compensation (CO-19). `eob`, `other`.
- faxstd_stack_hand_cover_short_calls_then_hearing_network: a standard-fax stack: a theatre production office's fax
  pad lettered by hand, then two Fund letters to the same fly-rail operator about two claims: a family clinic visit
  in May refused because her credited calls for January to March came to 58 of 70 (`eligibility`; calls table by
  employer, self-pay offer as a decoy), then a hearing evaluation at an audiology center outside the network
  (`out_of_network`), that letter's page fed upside down.
- faxstd_remittance_therapy_visit_limit: a standard-fax provider remittance to a physical therapy practice, three
  crew members' claims with "Paid by other plan" and note marks; the third claim's three visits were past the
  30-visit yearly limit (CO-119, `not_covered`); payee lines with captions in a narrow column and values far right.
- bd_notice_of_eligibility_august_quarter: a born-digital notice that a new carpenter has earned coverage for August
  to October (84 credited calls); denies nothing (`other`); the member number printed with dashes.
- scan300_appeal_laser_therapy_upheld: the Trustees' appeal decision keeping the refusal of low-level laser therapy
  for a flyman's rotator cuff tendinopathy as experimental (`experimental`); captions printed under their boxes;
  final decision (external review and 502(a) only).
- faxfine_rehab_hospital_instead_skilled_nursing: a fine-fax review letter: inpatient rehabilitation hospital
  admission for a member's wife after a hip fracture at home refused, a skilled nursing facility approved instead
  (`level_of_care`); the 72-hour urgent appeal as a decoy.
- phone_es_resonancia_sin_precertificacion: a photographed Spanish letter: a knee MRI done without precertification
  (`prior_authorization`).

Judgement calls: insurer = the Fund (the legal name printed small under the logo word; "LSCF", "Loftwick",
"Loftwick Fund", the "and" spelling and on the Spanish letter "Fondo Loftwick" accepted); Pennoyer, named in small
print as the office's operator, is not the insurer. Plan = LSC-B1 and group = HB-2190 from "Plan / Group" on every
paper. The member ID is the subscriber's number without its suffix; on the eligibility notice it is printed with
dashes (the plain number accepted). The patient is the member_name (the daughter is not the patient on the EOB's
refused claim; the wife is on the rehabilitation letter). Provider = the rendering clinician where a claim names
one (practice accepted), the requesting physiatrist on the rehabilitation letter (the hospital accepted), the imaging
center on the MRI letter (the ordering doctor accepted). Amounts: the refused claim's billed total; none on the
eligibility notice or the pre-service rehabilitation letter. Service dates: the refused rows' dates; the planned
admission date on the rehabilitation letter (none accepted). Deadlines: +180 ("within 180 days of the date of this
statement / letter", "dentro de 180 días a partir de la fecha de esta carta"), +60 for provider reconsideration ("within
60 days of the date of this remittance"), none on the Trustees' final decision and the eligibility notice. Types:
work injury `other`; short calls `eligibility`; audiology outside the network `out_of_network`; visits past the
yearly limit `not_covered`; laser therapy `experimental`; rehabilitation hospital instead of skilled nursing
`level_of_care` (`medical_necessity` accepted: the letter also says the intensive program is not needed); MRI without
precertification `prior_authorization`.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtb import (ETSheet, addr_block, digits, dr, es_date, first_last, hand_cover, iso, last_first,
                               long, m2, n2, npi, out, people, phone, plus, sign, slash, the_of, tollfree, truth, usd,
                               wd_tue, workday)

FAMILY = ("loftwick_stagehands_riggers_health_fund_show_calls_load_out_fall_comp_first_short_calls_hearing_network_"
          "visit_cap_laser_rehab_setting_mri_precert_refusals")
LANG = "en"
SEED = 355191
USED: set = set()

FUND = "Loftwick Stage Crafts Health & Welfare Fund"
FUND_ALT = [FUND, "Loftwick Stage Crafts Health and Welfare Fund", "Loftwick", "LSCF", "Loftwick Fund"]
LOGO = "LOFTWICK"
TAG = "Health coverage for stagehands, riggers and theatre crafts"
OPER = "Fund Office operated by Pennoyer Benefit Services, Inc. for the Board of Trustees"
ADDR = ["700 Proscenium Way, Suite 5", "Dunstanbury, MN 55418"]
FOOT = f"LSCF  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  a jointly trusteed multiemployer plan"
PLAN_A, PLAN_S = "LSC-B1", "LSC-S2"
GROUP = "HB-2190"
UNION = "Theatrical Stage Riggers and Crafts Alliance, Local 219"
NEED = 70


def mid(rng) -> str:
    return f"RZ{digits(rng, 3)}G{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"TZ26{d.timetuple().tm_yday:03d}{digits(rng, 4)}"


def right_lines(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Member services {tollfree(rng, '855')}", f"Fax {phone(rng, '612')}",
            "loftwickfund.example"]


def head_logo(p: ETSheet, rng, box: str | None = None):
    p.mark_legal(LOGO, FUND, right_lines(rng), mark="spotlight", tagline=TAG, small=OPER, box=box, size=24)


def head_spaced(p: ETSheet, rng, box: str | None = None):
    p.wordmark(LOGO, style="spaced", initials="LS", shape="ring", small=[FUND, OPER], right=right_lines(rng),
               box=box, size=20)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "sh", sexes="M", used=USED)[0]
    kid = people(rng, 1, "sh", sexes="F", last=member.split()[-1], used=USED)[0]
    ucdoc, ped, labdoc = people(rng, 3, "sc", sexes="MFM", used=USED)
    m = mid(rng)
    fall = workday(dt.date(2026, 5, rng.randint(4, 6)))
    sd = workday(dt.date(2026, 6, rng.randint(8, 11)))
    p0, p1 = dt.date(2026, 5, 1), plus(sd, -4)
    kv = workday(dt.date(2026, 5, rng.randint(12, 14)))
    lab = workday(dt.date(2026, 5, rng.randint(18, 20)))
    kv2 = workday(dt.date(2026, 5, rng.randint(26, 28)))
    uc = "Foxhallow Orthopedic Urgent Care"
    claims = [
        (kid, "02", f"Tabbwick Pediatrics \u2013 {dr(ped, 'MD')}",
         [(kv, "99213", "Office visit, established", 176.00, 118.00, 82.00, 36.00, 0.00, "3")]),
        (member, "00", f"Dunstanbury Clinical Lab \u2013 {dr(labdoc, 'MD')}",
         [(lab, "80061", "Lipid panel", 92.00, 31.40, 0.00, 0.00, 31.40, "2")]),
        (member, "00", f"{uc} \u2013 {dr(ucdoc, 'MD')}",
         [(fall, "99204", "New patient visit, shoulder injury", 356.00, 0.00, 0.00, 0.00, 0.00, "5 6"),
          (fall, "73030", "X-ray, shoulder, 2 views", 188.00, 0.00, 0.00, 0.00, 0.00, "5 6"),
          (fall, "29240", "Strapping, shoulder", 94.00, 0.00, 0.00, 0.00, 0.00, "5 6")]),
        (kid, "02", f"Tabbwick Pediatrics \u2013 {dr(ped, 'MD')}",
         [(kv2, "99213", "Office visit, established", 176.00, 118.00, 0.00, 93.00, 25.00, "1"),
          (kv2, "94760", "Pulse oximetry", 38.00, 0.00, 0.00, 0.00, 0.00, "1 4")]),
    ]
    nos = [claim_no(rng, plus(c[3][0][0], rng.randint(4, 9))) for c in claims]
    den = 2
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Member {m[:5]} {m[5:]}  \u00b7  statement {slash(sd)}  "
                        f"\u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_logo(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), "1147 Gaffer Street", "Dunstanbury, MN 55412"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Statement date", long(sd), 0.44), ("Member / Suffix", f"{m} / 00", 0.56)], size=9.0,
                 x=p.l_margin + W * 0.5, w=W * 0.5)
    p.pair_boxes([("Calls credited, Jan-Mar", "96 of 70", 0.44), ("Plan / Group", f"{PLAN_A} / {GROUP}", 0.56)],
                 size=9.0, x=p.l_margin + W * 0.5, w=W * 0.5)
    p.set_y(max(p.get_y(), y + 30))
    p.f(7.8, "B")
    p.cell(0, 4, f"THIS IS NOT A BILL.  Claims LSCF processed from {slash(p0)} to {slash(p1)}.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1.5)
    rows = []
    for i, (pt, suf, prov, lines) in enumerate(claims):
        for d, code, s, b, a, oth, pd, owe, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(oth), n2(pd), n2(owe), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6, 7)] +
                         [""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {prov}"))
        rows.append(("sub", f"Patient {first_last(pt)}  \u00b7  Member / Suffix {m} / {suf}  \u00b7  "
                            f"Plan / Group {PLAN_A} / {GROUP}"))
    allc = [x for c in claims for x in c[3]]
    rows.append(("total", ["", "", "Totals"] + [n2(sum(x[k] for x in allc)) for k in (3, 4, 5, 6, 7)] + [""]))
    p.mark_rows(["Date", "Code", "Service", "Charged", "Allowed", "Other coverage paid", "LSCF paid", "Your share",
                 "Notes"],
                [W * k / 100 for k in (11, 7, 28, 9, 9, 10, 9, 9, 8)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.6)
    p.numbered_notes("Notes", [
        ("1", "Copayment for the visit."),
        ("2", "Applied to your deductible ($350.00 a year per person)."),
        ("3", "Other coverage paid first: the child's other parent's plan pays first because that parent's "
              "birthday comes earlier in the year. LSCF paid the rest of the allowed amount."),
        ("4", "Included in the visit; not paid on its own line."),
        ("5", "CO-19. The urgent care notes say the shoulder was hurt when a road case tipped during a load-out "
              "call. An injury on a work call is paid first by the workers' compensation carrier of the employer "
              "that called you; LSCF does not pay it."),
        ("6", "If the carrier refuses the claim, send LSCF its letter and we will review the claim again."),
    ], size=7.6)
    p.add_page()
    p.bar("Your deductible and out-of-pocket limit", 8.8)
    p.ruled_rows(["", "Per person", "Met so far in 2026"],
                 [["Deductible", "$350.00", f"{member.split()[0]}: $131.40"],
                  ["Out-of-pocket limit", "$3,500.00", f"{member.split()[0]}: $206.40"]],
                 [W * k / 100 for k in (40, 25, 35)], ["L", "R", "R"], size=8.2)
    p.bar("If you disagree", 8.8)
    p.para(f"You may appeal to the Board of Trustees within 180 days of the date of this statement. Write to the "
           f"Appeals Committee, LSCF, {ADDR[0]}, {ADDR[1]}, and send the claim number and any records you want the "
           "Trustees to read. You may ask for free copies of the plan rules and claim records used.", 8.4)
    p.para(f"Your union, the {UNION}, can help you with a claim but does not decide claims.", 8.0)
    t = truth("eob", "other", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(356.00 + 188.00 + 94.00), service_dates=[iso(fall)],
              denial_date=iso(sd), provider=dr(ucdoc, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [uc, ucdoc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "sh", sexes="F", used=USED)[0]
    cmgr = people(rng, 1, "sh", sexes="M", used=USED)[0]
    fam, aud, elig, rev = people(rng, 4, "sc", sexes="MFFM", used=USED)
    m = mid(rng)
    theatre = "Marquee Row Theatre Company"
    visit = workday(dt.date(2026, 5, rng.randint(11, 13)))
    l1 = workday(dt.date(2026, 5, rng.randint(26, 28)))
    c1 = claim_no(rng, plus(visit, 6))
    items1 = [("99214", "Office visit, established", 228.00), ("85025", "Blood count", 58.00)]
    tot1 = sum(x[2] for x in items1)
    calls = [(theatre, "'The Larkspur Affair' (closed Feb 28)", 31), ("Dunstanbury Civic Auditorium", "concerts", 17),
             ("Gilded Lantern Opera House", "spring season changeovers", 10)]
    got = sum(c[2] for c in calls)
    aud_d = workday(dt.date(2026, 4, rng.randint(13, 16)))
    l2 = workday(plus(l1, rng.randint(1, 2)))
    c2 = claim_no(rng, plus(aud_d, 7))
    items2 = [("92557", "Hearing evaluation, full", 196.00), ("92567", "Middle ear pressure test", 72.00),
              ("92588", "Inner ear (otoacoustic) test", 142.00)]
    tot2 = sum(x[2] for x in items2)
    center = "Soundcheck Hearing Center"
    sent = plus(l2, rng.randint(4, 6))
    tx = (f"{sent.strftime('%m/%d/%Y')} {rng.randint(10, 12)}:{rng.randint(10, 59)}  MARQUEE ROW PROD OFC  "
          f"612555{digits(rng, 4)}  PAGE {{n}} OF {{t}}")
    first, last = member.split()[0], member.split()[-1]
    cover = hand_cover(rng, ["FAX", f"{theatre}  \u00b7  Production Office", "18 Footlight Alley  \u00b7  Dunstanbury, MN 55401",
                             f"Tel {phone(rng, '612')}"],
                       [("TO", "Loftwick fund office"), ("FROM", f"{cmgr.split()[0]} (co. mgr)"),
                        ("", f"Attn claims - for {first} {last}"), ("", "Re:her 2 letters from the fund"),
                        ("", "4 pgs w/ cover")],
                       ["SHOW CLOSED EARLY - PLS COUNT", "HER REHEARSAL CALLS TOO", f"CALL ME {phone(rng, '612')}"],
                       tx=tx, tx_total=4)
    # (i) short calls: two pages
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="CLAIM NOT PAID")
    y = p.get_y()
    addr_block(p, [member, "306 Batten Row, Apt 2", "Dunstanbury, MN 55406"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Date", long(l1), 0.4), ("Member / Suffix", f"{m} / 00", 0.6)], size=8.8,
                 x=p.l_margin + W * 0.46, w=W * 0.54)
    p.pair_boxes([("Claim", c1, 0.4), ("Plan / Group", f"{PLAN_A} / {GROUP}", 0.6)], size=8.8,
                 x=p.l_margin + W * 0.46, w=W * 0.54)
    p.set_y(max(p.get_y(), y + 28))
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"LSCF received the claim of Batten Row Family Clinic for your visit with {dr(fam, 'MD')} on "
           f"{long(visit)} (office visit and blood count, ${n2(tot1)}). LSCF did not pay it, because you did not "
           f"have coverage from May 1 to July 31, 2026.", 9.2)
    p.para(f"Coverage for May to July depends on the calls your employers reported for January to March. You need "
           f"{NEED} credited calls. A call of at least four hours counts as one; a call of ten hours or more counts "
           "as two. Employers reported these calls for you:", 9.2)
    p.ruled_rows(["Employer", "Show or season", "Calls credited"],
                 [[e, s, str(c)] for e, s, c in calls] + [["", "Total, January to March 2026", str(got)]],
                 [W * k / 100 for k in (38, 44, 18)], ["L", "L", "R"], size=8.4, bold_rows=(len(calls),))
    p.para(f"That is {NEED - got} calls short of the {NEED} you need.", 9.2)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets([
        f"Self-pay: you may keep coverage for May to July on plan {PLAN_S} by paying $712.00 a month. Payment for "
        "May and June must reach the Fund Office by June 30, 2026; if it does, we will process the claim again.",
        "If an employer left out calls you worked, ask it to send a corrected report, or send us your pay stubs.",
        f"Appeal: you may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
        f"Appeals Committee, LSCF, {ADDR[0]}, {ADDR[1]}.",
    ], size=9.0)
    p.ln(1)
    sign(p, [first_last(elig), "Eligibility Unit", "LSCF Fund Office"])
    a_pdf = out(p)
    a_t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m,
                member_name=member, cases=[c1], claim_amount=m2(tot1), service_dates=[iso(visit)],
                denial_date=iso(l1), provider=dr(fam, "MD"), appeal_deadline=iso(plus(l1, 180)),
                alternates={"insurer": FUND_ALT, "provider": ["Batten Row Family Clinic", fam]})
    # (ii) hearing evaluation outside the network: one page, fed upside down
    q = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=3, tx_total=4, tx_flip=(1,))
    q.set_margins(18, 16, 18)
    q.add_page()
    head_spaced(q, rng, box="CLAIM DECISION")
    y = q.get_y()
    addr_block(q, [member, "306 Batten Row, Apt 2", "Dunstanbury, MN 55406"], 9.2)
    q.set_y(y)
    q.pair_boxes([("Date", long(l2), 0.4), ("Member / Suffix", f"{m} / 00", 0.6)], size=8.8,
                 x=q.l_margin + W * 0.46, w=W * 0.54)
    q.pair_boxes([("Claim", c2, 0.4), ("Plan / Group", f"{PLAN_A} / {GROUP}", 0.6)], size=8.8,
                 x=q.l_margin + W * 0.46, w=W * 0.54)
    q.set_y(max(q.get_y(), y + 28))
    q.para(f"Dear {first_last(member)}:", 9.4)
    q.para("This letter is about another claim, for a hearing test you had while you were covered:", 9.2)
    q.ruled_rows(["Date", "Code", "Service", "Charged", "Paid"],
                 [[slash(aud_d), c, s, n2(a), "0.00"] for c, s, a in items2] +
                 [["", "", "Total", usd(tot2), "0.00"]],
                 [W * k / 100 for k in (15, 11, 46, 15, 13)], ["L", "L", "L", "R", "R"], size=8.4,
                 bold_rows=(len(items2),))
    q.para(f"Provider: {center}, {dr(aud, 'AuD')}.", 8.8)
    q.para(f"Why: LSCF pays for hearing tests and hearing aids only from audiologists in the Fund's hearing network. "
           f"{center} is not in the network, and hearing tests are not emergency care, so LSCF did not pay. Network "
           "audiologists near you include Dunstanbury Ear, Nose & Throat and the hearing clinic of Grommet Street "
           "Hospital; crew members may also use the free yearly hearing check at the union hall.", 9.2)
    q.para(f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
           f"Appeals Committee, LSCF, {ADDR[0]}, {ADDR[1]}.", 9.0)
    q.ln(1)
    sign(q, [first_last(rev), "Claims Review", "LSCF Fund Office"])
    b_t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m,
                member_name=member, cases=[c2], claim_amount=m2(tot2), service_dates=[iso(aud_d)],
                denial_date=iso(l2), provider=dr(aud, "AuD"), appeal_deadline=iso(plus(l2, 180)),
                alternates={"insurer": FUND_ALT, "provider": [center, aud]})
    return cover, [(a_pdf, a_t), (out(q), b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    a, b, c = people(rng, 3, "sh", sexes="MFM", used=USED)
    pt1, pt2 = people(rng, 2, "sc", sexes="FM", used=USED)
    practice = "Cuelight Physical Therapy"
    rd = workday(dt.date(2026, 6, rng.randint(15, 18)))
    ids = [mid(rng) for _ in range(3)]
    base = workday(dt.date(2026, 5, rng.randint(4, 6)))
    cv = [base, plus(base, 3), plus(base, 7)]
    claims = [
        (a, ids[0], pt1, [(plus(base, -14), "97110", "Therapeutic exercise x2", 164.00, 112.00, 0.00, 20.00, 92.00, "1")]),
        (b, ids[1], pt2, [(plus(base, -10), "97161", "PT evaluation", 238.00, 156.00, 104.00, 0.00, 52.00, "2 4")]),
        (c, ids[2], pt1, [(cv[0], "97110", "Therapeutic exercise x2", 164.00, 0.00, 0.00, 0.00, 0.00, "3, 5"),
                          (cv[1], "97110", "Therapeutic exercise x2", 164.00, 0.00, 0.00, 0.00, 0.00, "3, 5"),
                          (cv[2], "97140", "Manual therapy x2", 152.00, 0.00, 0.00, 0.00, 0.00, "3, 5")]),
    ]
    nos = [claim_no(rng, plus(cl[3][-1][0], rng.randint(3, 6))) for cl in claims]
    tx = (f"{slash(plus(rd, 1))} {rng.randint(7, 9)}:{rng.randint(10, 59)}  LSCF FUND OFFICE  "
          f"612555{digits(rng, 4)}  P{{n}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx)
    p.set_margins(14, 15, 14)
    p.add_page()
    head_spaced(p, rng, box="PROVIDER REMITTANCE ADVICE")
    y = p.get_y()
    addr_block(p, [practice, "Billing office", "52 Counterweight Lane", "Dunstanbury, MN 55414"], 9.0)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Remittance date", long(rd)), ("Payee NPI", npi(rng)), ("Tax ID", f"41-{digits(rng, 7)}"),
                 ("Check / EFT", f"EFT {digits(rng, 9)}")], cap_w=24, size=8.8, cap=7.0, lh=4.8,
                x=p.l_margin + W * 0.55, w=W * 0.45)
    p.set_y(max(p.get_y(), y + 24))
    rows = []
    for i, (pt, mm, th, lines) in enumerate(claims):
        for d, code, s, bl, al, oth, share, pd, note in lines:
            rows.append([slash(d), code, s, n2(bl), n2(al), n2(oth), n2(share), n2(pd), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6, 7)] +
                         [""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {last_first(pt)}  \u00b7  Member / Suffix {mm} / 00  \u00b7  "
                            f"Plan / Group {PLAN_A} / {GROUP}"))
        rows.append(("sub", f"Therapist {dr(th, 'DPT')}"))
    allc = [x for cl in claims for x in cl[3]]
    rows.append(("total", ["", "", "Totals"] + [n2(sum(x[k] for x in allc)) for k in (3, 4, 5, 6, 7)] + [""]))
    p.mark_rows(["Date", "Code", "Service", "Billed", "Allowed", "Paid by other plan", "Member share", "Paid",
                 "Notes"],
                [W * k / 100 for k in (11, 7, 25, 10, 10, 11, 10, 9, 7)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=8.2)
    p.numbered_notes("Notes", [
        ("1", "PR-3 copayment."),
        ("2", "OA-23: the member's spouse's plan paid first; LSCF paid the balance of the allowed amount."),
        ("3", "CO-119: benefit maximum for this period reached. The plan pays up to 30 physical therapy visits in "
              "a calendar year; this member reached 30 visits in April 2026."),
        ("4", "No member share after the other plan's payment."),
        ("5", "A network provider may not bill the member for visits over the limit unless the member agreed in "
              "writing before the visit."),
    ], size=8.0)
    p.bar("Reconsideration", 8.6)
    p.para(f"A provider may ask LSCF to reconsider a claim within 60 days of the date of this remittance. Send the "
           f"claim number and the therapy notes to Provider Reconsideration, LSCF, {ADDR[0]}, {ADDR[1]}.", 8.4)
    p.f(8.6, "B")
    p.cell(0, 5, f"Total paid with this remittance: {usd(sum(x[7] for x in allc))}", new_x="LMARGIN", new_y="NEXT")
    cl = claims[2]
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=cl[1], member_name=cl[0],
              cases=[nos[2]], claim_amount=m2(sum(x[3] for x in cl[3])), service_dates=[iso(d) for d in cv],
              denial_date=iso(rd), provider=dr(pt1, "DPT"), appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [practice, pt1]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_eligibility(rng):
    member = people(rng, 1, "sh", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "sc", sexes="F", used=USED)[0]
    m = mid(rng)
    dashed = f"{m[:2]}-{m[2:5]}-{m[5:]}"
    nd = workday(dt.date(2026, 7, rng.randint(8, 10)))
    calls = [("Gilded Lantern Opera House", "carpenter, changeovers and performances", 46),
             ("Dunstanbury Civic Auditorium", "load-ins and load-outs (4 long calls counted twice)", 27),
             ("Grommet Street Playhouse", "rehearsal calls", 11)]
    got = sum(c[2] for c in calls)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="NOTICE OF ELIGIBILITY")
    y = p.get_y()
    addr_block(p, [member, "19 Scrim Court", "Dunstanbury, MN 55410"], 9.4)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Notice date", long(nd)), ("Member number", dashed), ("Plan / Group", f"{PLAN_A} / {GROUP}"),
                 ("Coverage", "August 1 - October 31, 2026")], cap_w=28, size=9.0, x=p.l_margin + W * 0.5,
                w=W * 0.5)
    p.set_y(max(p.get_y(), y + 26))
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"Welcome to LSCF. Your employers reported {got} credited calls for you from April to June 2026. You "
           f"needed {NEED}, so you have health coverage from August 1 to October 31, 2026 on plan {PLAN_A}. Your "
           "member card is enclosed.", 9.4)
    p.ruled_rows(["Employer", "Work", "Calls credited"],
                 [[e, w, str(c)] for e, w, c in calls] + [["", "Total, April to June 2026", str(got)]],
                 [W * k / 100 for k in (36, 46, 18)], ["L", "L", "R"], size=8.4, bold_rows=(len(calls),))
    p.bar("What your coverage includes", 9.0)
    p.bullets(["Doctor visits, hospital care, imaging, prescriptions, physical therapy (30 visits a year), hearing "
               "tests and hearing aids from network providers.",
               "A yearly deductible of $350.00 a person; copayments of $25.00 for a doctor visit.",
               "Imaging such as MRI and CT, and any surgery, must be precertified by the Fund Office.",
               "Your children up to age 26 and your spouse may be added: send the enrollment form with a birth or "
               "marriage certificate."], size=9.0)
    p.bar("Keeping your coverage", 9.0)
    p.para("Coverage for November to January will depend on your calls from July to September. If an employer "
           "leaves out calls you worked, send us your pay stubs. If you fall short, you may keep coverage for a "
           f"quarter by self-payment on plan {PLAN_S}.", 9.2)
    p.para("Nothing in this notice refuses a claim or a service.", 9.2)
    p.ln(1)
    sign(p, [first_last(clerk), "Eligibility Unit", "LSCF Fund Office"], close="Welcome aboard,")
    t = truth("other", None, insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=dashed, member_name=member,
              denial_date=iso(nd), alternates={"insurer": FUND_ALT, "member_id": [m]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_appeal(rng):
    member = people(rng, 1, "sh", sexes="M", used=USED)[0]
    doc, chair, adv = people(rng, 3, "sc", sexes="FMF", used=USED)
    clinic = "Brightbeam Sports Medicine"
    m = mid(rng)
    ap = f"AZ-26-{digits(rng, 4)}"
    s0 = workday(dt.date(2026, 3, rng.randint(2, 5)))
    sess = [s0, plus(s0, 3), plus(s0, 7), plus(s0, 10)]
    clm = claim_no(rng, plus(sess[-1], 5))
    first = workday(plus(sess[-1], 24))
    meet = workday(dt.date(2026, 6, rng.randint(10, 12)))
    dd = workday(plus(meet, rng.randint(5, 8)))
    lines = [(d, "S8948", "Low-level laser therapy, right shoulder", 145.00) for d in sess]
    total = sum(x[3] for x in lines)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "4 Pinrail Terrace", "Dunstanbury, MN 55417"], 9.2)
    p.f(10.4, "B")
    p.cell(0, 5.6, f"Decision of {wd_tue(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.pair_boxes([("Appeal", ap, 0.2), ("Claim", clm, 0.22), ("Member / Suffix", f"{m} / 00", 0.3),
                  ("Plan / Group", f"{PLAN_A} / {GROUP}", 0.28)], size=8.8, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charge"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total charges", usd(total)]],
                 [W * k / 100 for k in (15, 11, 56, 18)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(lines),))
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para_cols([
        f"The Appeals Committee of the Board of Trustees heard your appeal at its meeting {the_of(meet)}. You asked "
        f"the Trustees to pay for four sessions of low-level laser therapy that {dr(doc, 'MD')} of {clinic} gave you "
        "for tendinopathy of the right rotator cuff, which you link to years of hauling rope lines on the fly "
        f"rail. The Fund Office refused the claim on {long(first)}.",
        "What the Committee read: your letter, the clinic's notes, your shoulder MRI report, the plan's rule on "
        "experimental and investigational services and the report of an independent orthopedic surgeon who "
        "reviewed the file for the Trustees.",
        "What the rule says: LSCF does not pay for a treatment whose benefit has not been shown in well-designed "
        "studies published in peer-reviewed journals, or that is not accepted as standard care by the specialty "
        "that treats the condition.",
        "What the Committee found: studies of low-level laser therapy for rotator cuff tendinopathy are small and "
        "disagree with each other, and orthopedic and sports medicine guidelines do not recommend it. The "
        "Committee notes that the plan pays for physical therapy, injections and, if needed, surgery.",
        "Decision: the refusal is upheld. Low-level laser therapy is investigational under the plan rules.",
        "This is the Trustees' final decision on your claim.",
    ], size=8.7)
    p.add_page()
    p.bar("Your rights", 9.0)
    p.para("You may ask for an external review by an independent review organization within four months after you "
           "receive this decision. You also have the right to bring a civil action under section 502(a) of the "
           "Employee Retirement Income Security Act. You may ask for free copies of all documents the Committee "
           "relied on, including the independent reviewer's report.", 9.0)
    p.ln(2)
    p.signers([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
              [dr(adv, "MD"), "Medical Advisor to the Trustees", "orthopedic surgery"], size=8.6)
    p.para(f"cc: {dr(doc, 'MD')}, {clinic}", 8.0)
    t = truth("denial_letter", "experimental", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m,
              member_name=member, cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(d) for d in sess],
              denial_date=iso(dd), provider=dr(doc, "MD"), appeal_deadline=None,
              alternates={"insurer": FUND_ALT, "case_numbers": [[ap], [clm]], "provider": [clinic, doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_rehab(rng):
    member = people(rng, 1, "sh", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sh", sexes="F", last=member.split()[-1], used=USED)[0]
    phys, nurse, md = people(rng, 3, "sc", sexes="MFM", used=USED)
    irf = "Rosewain Rehabilitation Hospital"
    snf = "Grommet Street Transitional Care Center"
    m = mid(rng)
    rv = f"PS-{digits(rng, 6)}"
    ld = workday(dt.date(2026, 5, rng.randint(18, 21)))
    surg = plus(ld, -rng.randint(3, 4))
    planned = plus(ld, 1)
    tx = (f"{slash(ld)} {rng.randint(14, 16)}:{rng.randint(10, 59)}  LSCF UTILIZATION REVIEW  612555{digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_spaced(p, rng, box="REVIEW DECISION")
    p.addr_pair("Member", [member, "77 Sandbag Street", "Dunstanbury, MN 55409"],
                "Faxed to", [dr(phys, "MD"), f"Admissions, {irf}", f"Fax {phone(rng, '612')}"])
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Date", long(ld), 0.19), ("Review no.", rv, 0.16), ("Patient", f"{first_last(wife)} (spouse)", 0.37),
                  ("Member / Suffix", f"{m} / 01", 0.28)], size=8.6)
    p.pair_boxes([("Plan / Group", f"{PLAN_A} / {GROUP}", 0.3), ("Requested", "Inpatient rehabilitation hospital",
                                                                 0.4),
                  ("Admission asked for", slash(planned), 0.3)], size=8.6)
    p.para(f"Dear {first_last(member)} and {first_last(wife)}:", 9.4)
    p.para(f"{dr(phys, 'MD')}, a rehabilitation physician, asked LSCF to approve an admission for "
           f"{wife} to {irf} on {long(planned)}, after surgery on {long(surg)} for a hip fracture from a fall "
           "at home.", 9.2)
    p.bar("Decision", 9.0)
    p.para(f"LSCF does not approve care in an inpatient rehabilitation hospital. LSCF approves a stay at {snf}, a "
           "skilled nursing facility, instead, for up to 14 days, with physical and occupational therapy every day "
           "and a review before day 14.", 9.2)
    p.para("Why: an inpatient rehabilitation hospital is for patients who need close physician care every day and "
           "can take part in at least three hours of therapy a day, five days a week. The hospital notes say "
           f"{first_last(wife)} can manage about one hour of therapy a day for now and has no other condition that "
           "needs a rehabilitation doctor's daily care. Her needs can be met safely in a skilled nursing facility, "
           "so the rehabilitation hospital setting is not the right level of care at this time.", 9.2)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para(f"You or {dr(phys, 'MD')} may appeal within 180 days of the date of this letter. If waiting could "
           "seriously harm her health, ask for an urgent appeal by phone; it will be decided within 72 hours. The "
           "doctor may also ask to speak with our physician reviewer.", 9.0)
    p.para(f"Write to Appeals, LSCF, {ADDR[0]}, {ADDR[1]}.", 9.0)
    p.ln(1)
    p.signers([dr(md, "MD"), "Physician Reviewer (physical medicine)", "LSCF Fund Office"],
              [dr(nurse, "RN"), "Utilization Review Nurse", "LSCF Fund Office"], size=8.6)
    t = truth("denial_letter", "level_of_care", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m,
              member_name=wife, cases=[rv], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(phys, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [irf, phys], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_mri(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    ortho, sig = people(rng, 2, "sc", sexes="FM", used=USED)
    center = "Dunstanbury Imaging Center"
    m = mid(rng)
    mri = workday(dt.date(2026, 4, rng.randint(20, 23)))
    ld = workday(plus(mri, rng.randint(24, 28)))
    clm = claim_no(rng, plus(mri, 5))
    amt = 1640.00
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="AVISO SOBRE SU RECLAMACIÓN")
    addr_block(p, [member, "210 Calle del Telón, Apt 3", "Dunstanbury, MN 55411"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Dunstanbury, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Miembro / Sufijo", f"{m[:5]} {m[5:]} / 00", 0.3), ("Plan / Grupo", f"{PLAN_A} / {GROUP}", 0.3),
                  ("Reclamación", clm, 0.22), ("Cobrado", usd(amt), 0.18)], size=8.8)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.4)
    p.para(f"LSCF recibió la reclamación de {center} por la resonancia magnética de su rodilla izquierda (código "
           f"73721) del {es_date(mri)}, que pidió la doctora {ortho}. LSCF no pagó esta reclamación.", 9.2)
    p.para("Por qué: según las reglas del plan, una resonancia magnética, una tomografía o una cirugía necesitan "
           "la precertificación de la Oficina del Fondo antes de hacerse. La pide el médico o el centro de "
           "imágenes, por teléfono o por fax. No recibimos ninguna solicitud para esta resonancia antes de que se "
           "hiciera.", 9.2)
    p.para("Como el centro de imágenes está en la red del Fondo, no puede cobrarle a usted esta resonancia. Si "
           "recibe una factura, envíenosla.", 9.2)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de esta carta. "
           f"Envíe cualquier documento que muestre que la resonancia era urgente o que se pidió la precertificación. "
           f"Escriba al Comité de Apelaciones, LSCF, {ADDR[0]}, {ADDR[1]}.", 9.2)
    p.para(f"Su sindicato, {UNION}, puede ayudarle con la apelación.", 8.8)
    p.ln(1)
    sign(p, [first_last(sig), "Unidad de Precertificación", "Oficina del Fondo LSCF"], close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=PLAN_A, group=GROUP, member_id=m,
              member_name=member, cases=[clm], claim_amount=m2(amt), service_dates=[iso(mri)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + ["Fondo Loftwick"], "provider": [dr(ortho, "MD"), ortho]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_load_out_fall_comp_first", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_hand_cover_short_calls_then_hearing_network", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(1, 0): 180}),
        Item(f"{f}_faxstd_remittance_therapy_visit_limit", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_bd_notice_of_eligibility_august_quarter", "born_digital", [bd_eligibility(rng)]),
        Item(f"{f}_scan300_appeal_laser_therapy_upheld", "scan_clean_300", [scan300_appeal(rng)]),
        Item(f"{f}_faxfine_rehab_hospital_instead_skilled_nursing", "fax_fine_g4", [faxfine_rehab(rng)]),
        Item(f"{f}_phone_es_resonancia_sin_precertificacion", "phone_photo", [phone_es_mri(rng)]),
    ]
