"""An invented multiemployer health plan for upholsterers, furniture restorers, finishers, frame makers and cutters in
the custom upholstery shops and restoration studios of an invented stretch of the North Carolina Piedmont: the
Tacksworth Upholsterers and Furniture Restorers Health Trust ("the Trust"), run by a Board of Trustees from its Trust
Office in Stavecroft, NC; claims are administered by Gimbrel & Ashe Benefit Administrators, LLC of Fennimore Gap, NC
(letterhead of EOBs, remittances, claim and precertification letters; the Trust's own letterhead on eligibility
notices, Spanish letters and appeal decisions). Letterheads: a drawn wingback chair beside "TACKS" over "WORTH" in heavy
capitals with "Upholsterers & Furniture / Restorers Health Trust" beside the break (the legal name only in the
footer); the administrator's name in serif capitals with an ampersand, "Benefit Administrators, LLC" under it and a
grey line naming the Trust. Every person, shop, clinic, number, amount, rule and address is invented; phones 555;
CPT codes and claim adjustment reason codes as themselves.

Invented rules: eligibility by reported shop hours. Shops report each employee's hours every month (self-employed
restorers report their own studio hours with a contribution); 110 reported hours in a work month give coverage for
the month after next (March hours -> May coverage); hours over 110 go to an hours bank (at most 440 hours) that can
make up a short month. Plans TUF-S2 (shop employees) and TUF-R7 (restoration studios, self-employed); groups are the
shop's number "UF" + four digits + a letter; member IDs "T" + a digit + a letter + five digits with a dependant suffix
after a dash (-01 the member, -02 the spouse, -03 and up children), printed plainly, and on some papers the base ID
alone under "Subscriber ID"; claims "26" + a letter + day of year + a letter + four digits; precertifications "PR" +
six digits; appeals "AP-26-" + four digits (under "Docket"); eligibility notices "EL26-" + five digits (under "Control
no."). The Loomgate Preferred Network; no out-of-network benefit except emergencies; MRI and hand surgery need
precertification; carpal tunnel release needs a nerve study showing at least moderate compression and six weeks of
night splinting; injuries at work go to the employer's workers' compensation carrier first; claims must be filed
within 180 days of the service; appeals within 180 days of the notice; provider reconsideration within 120 days of
the remittance; the Board's appeal decision is final (external review and ERISA suit only).

Documents (8 in 7 files):
- bd_family_eob_child_dermatologist_out_of_network: a born-digital EOB to an upholsterer for himself, his wife and
  their son; four claims, each headed by claim number, patient and ID with suffix, the rendering clinician in grey;
  status letters only in the last column (K copay, D deductible, C coinsurance, O other plan paid first for the wife,
  N for the son's dermatologist outside the network: 463.00 billed, all owed by the family), keyed in a legend under
  the table; captions in a narrow column with values at the right edge. `eob`, `out_of_network`.
- faxstd_stack_work_ticket_cover_hours_notice_then_pt_bill: a standard-fax stack sent from a restoration shop's fax
  (its line and date on every page): a page of the shop's printed work-ticket pad lettered across by hand as a cover
  (no document); (i) the Trust's eligibility notice dated "June 9th, 2026" (numeric date only in the footer): 96
  March hours and a 6-hour bank, no coverage in May, two physical therapy visits refused; "Control no." beside the
  claim number; self-payment offer as a decoy. `denial_letter`, `eligibility`. (ii) the therapy clinic's statement
  whose table shows only a balance forward and a payment; the refused visits named only in its message. `other`.
- faxstd_staple_gun_injury_comp_first_prose_provider: a standard-fax claim letter from the administrator, faxed later
  by the employer: an urgent care visit for a staple-gun wound of the hand, refused because it happened at work and
  goes to the shop's workers' compensation carrier first; the physician assistant named only in a sentence ("when you
  saw ... at ..."); the letter date's caption set tiny; a label block whose values sit below and to the right; the
  claim under "Our file" beside the carrier's claim number, a form number and a batch. `denial_letter`, `other`.
- lowres_es_resonancia_sin_precertificacion: a Spanish Trust letter (150 dpi) refusing a spouse's lumbar MRI done
  without precertification (ordered by "Dra."); "Referencia" beside a document control number and a form number.
  `denial_letter`, `prior_authorization`, `lang: es`.
- faxfine_appeals_committee_rehab_stay_facts_page_two: a two-page Appeals Committee decision faxed fine by the Trust
  Office a week after it was mailed, dated "May 26th, 2026" (meeting date "May 21st, 2026" a decoy), upholding
  payment of an inpatient rehabilitation stay after a knee replacement at the skilled nursing level; member facts,
  docket, claim, facility, attending "DO", dates, charges in a box on page two. `denial_letter`, `level_of_care`.
- photo_carpal_tunnel_precert_not_necessary: a phone photo of a one-page precertification letter dated "April 22nd,
  2026" refusing a carpal tunnel release for a self-employed restorer (mild nerve study, two weeks of splinting); the
  surgeon named with the practice. `denial_letter`, `medical_necessity`.
- bd_remittance_hand_therapy_late_claim: a born-digital provider remittance to a hand therapy clinic, three patients
  with IDs and suffixes; the January evaluation claim filed in July paid 0.00 under CO-29 only; CO-45, PR-1, PR-2 and
  OA-23 explain the others in a legend; dot-leader captions at the top right. `eob`, `timely_filing`.

Truth notes and honest alternatives: insurer is the letterhead issuer (the administrator on its papers, the Trust
accepted there; the Trust on its own papers, the short forms "Tacksworth", "Tacksworth Health Trust" and the "&"
form accepted); unscored on the therapy clinic's statement. The member ID is the printed ID with its suffix; the
base ID alone is accepted, since the suffix may be read as a separate item. Practices are accepted beside their
clinicians and the ordering doctor beside the imaging centre; the eligibility notice's control number and the refused
claim's number are each accepted alone; the rehabilitation stay is a span (its first day accepted); on the therapy
statement the refused visits (named only in the message) or none, and the amount due beside the visits' charges.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famud import (UESheet, addr_block, digits, dr, es_date, first_last, iso, last_first, long, m2,
                               mdy_ord, n2, npi, out, people, phone, plus, sign, slash, ticket_cover, tin, tollfree,
                               truth, usd, workday)

FAMILY = ("tacksworth_upholsterers_furniture_restorers_health_trust_shop_hours_child_dermatologist_network_"
          "staple_gun_comp_first_mri_precert_rehab_stay_carpal_tunnel_late_claim_refusals")
LANG = "en"
SEED = 355199
USED: set = set()

TRUST = "Tacksworth Upholsterers and Furniture Restorers Health Trust"
TRUST_ALT = [TRUST, "Tacksworth Upholsterers & Furniture Restorers Health Trust", "Tacksworth Health Trust",
             "Tacksworth", "Tacksworth Trust",
             "Tacksworth Upholsterers and Furniture Restorers Health and Welfare Trust"]
ADMIN = "Gimbrel & Ashe Benefit Administrators, LLC"
ADMIN_ALT = [ADMIN, "Gimbrel and Ashe Benefit Administrators, LLC", "Gimbrel & Ashe Benefit Administrators",
             "Gimbrel & Ashe"] + TRUST_ALT
TRUST_OFFICE = ["Trust Office", "77 Webbing Street", "Stavecroft, NC 27318"]
ADMIN_OFFICE = ["1400 Spindle Mill Road, Suite 210", "Fennimore Gap, NC 27361"]
NETWORK = "Loomgate Preferred Network"
PLAN_S, PLAN_R = "TUF-S2", "TUF-R7"
LET = "BEGHKMRTWXZ"


def member_base(rng) -> str:
    return f"T{rng.randint(2, 9)}{rng.choice(LET)}{digits(rng, 5)}"


def group_no(rng) -> str:
    return f"UF{digits(rng, 4)}{rng.choice(LET)}"


def claim_no(rng, d: dt.date) -> str:
    return f"26{rng.choice(LET)}{d.timetuple().tm_yday:03d}{rng.choice(LET)}{digits(rng, 4)}"


def es_abbr(d: dt.date) -> str:
    mon = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][d.month - 1]
    return f"{d.day:02d}-{mon}-{d.year}"


def trust_foot() -> str:
    return f"{TRUST}  \u00b7  {TRUST_OFFICE[1]}, {TRUST_OFFICE[2]}"


def admin_foot() -> str:
    return f"{ADMIN}  \u00b7  {ADMIN_OFFICE[0]}, {ADMIN_OFFICE[1]}  \u00b7  for the Trust"


def trust_head(p: UESheet, rng, box: str | None = None):
    p.split_brand("Tacks", "worth", ["Upholsterers & Furniture", "Restorers Health Trust"],
                  [TRUST_OFFICE[1], TRUST_OFFICE[2], f"Member line {tollfree(rng, '855')}",
                   f"Fax {phone(rng, '336')}"], mark="chair", box=box, size=21,
                  under=[f"Board of Trustees  \u00b7  claims administered by {ADMIN}"])


def admin_head(p: UESheet, rng, box: str | None = None):
    p.amp_head("GIMBREL & ASHE", "Benefit Administrators, LLC",
               [ADMIN_OFFICE[0], ADMIN_OFFICE[1], f"Customer service {tollfree(rng, '844')}",
                f"Fax {phone(rng, '336')}"],
               parent=f"Claims administrator for the {TRUST}", box=box, size=18, mark=None)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "up", sexes="M", used=USED)[0]
    last = member.split()[-1]
    wife = people(rng, 1, "up", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "up", sexes="M", last=last, used=USED)[0]
    fam_md, derm, pt = people(rng, 3, "uc", sexes="FMF", used=USED)
    base, grp = member_base(rng), group_no(rng)
    shop = "Mercer-Lathrop Custom Upholstery"
    sd = workday(dt.date(2026, 5, rng.randint(11, 13)))
    v1 = workday(dt.date(2026, 4, 2))
    v2 = workday(dt.date(2026, 4, 7))
    v3 = workday(dt.date(2026, 4, 15))
    v4 = workday(dt.date(2026, 4, 21))
    skin = "Blue Heron Skin & Laser"
    claims = [
        (member, "01", "Self", f"Rendering: Dr. {fam_md}, MD  \u00b7  Fennimore Gap Family Practice", [
            (v1, "99213", "Office visit", 168.00, 112.00, 0.00, 87.00, 25.00, "K")]),
        (wife, "02", "Spouse", "Billing: Brightsand Medical Laboratory", [
            (v2, "80053", "Metabolic panel", 94.00, 61.00, 48.80, 12.20, 0.00, "O"),
            (v2, "85025", "Blood count", 38.00, 22.00, 17.60, 4.40, 0.00, "O")]),
        (son, "03", "Child", f"Rendering: Dr. {derm}, MD  \u00b7  {skin}", [
            (v3, "99203", "Office visit, new patient", 265.00, 0.00, 0.00, 0.00, 265.00, "N"),
            (v3, "11102", "Skin biopsy, tangential", 198.00, 0.00, 0.00, 0.00, 198.00, "N")]),
        (member, "01", "Self", f"Rendering: {pt}, DPT  \u00b7  Yarn Mill Physical Therapy", [
            (v4, "97110", "Therapeutic exercise, 2 units", 240.00, 176.00, 0.00, 60.80, 115.20, "D C")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(4, 9))) for c in claims]
    den = 2
    p = UESheet(footer="Page {n} of {nb}", ids_foot=admin_foot())
    p.set_margins(14, 14, 14)
    p.add_page()
    admin_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member.upper(), "412 Loom House Road", "Fennimore Gap, NC 27361"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Statement date", long(sd)), ("Subscriber ID", base), ("Plan", PLAN_S), ("Group", grp),
                 ("Employer", shop)], x=p.l_margin + W * 0.5, cap_w=24, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("This is not a bill. It shows how the Trust processed claims for you and your family. The letters in the "
           "last column are explained under the table.", 8.4)
    rows = []
    for i, (who, suf, rel, prov, lines) in enumerate(claims):
        rows.append({"head": f"Claim {nos[i]}    Patient: {who} ({rel})    ID {base}-{suf}", "who": prov,
                     "lines": [[slash(d), code, s, n2(b), n2(a), n2(o), n2(pd), n2(yo), st]
                               for d, code, s, b, a, o, pd, yo, st in lines],
                     "total": ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)),
                               n2(sum(x[7] for x in lines)), ""] if len(lines) > 1 else None})
    tb = sum(x[3] for c in claims for x in c[4])
    tpd = sum(x[6] for c in claims for x in c[4])
    tyo = sum(x[7] for c in claims for x in c[4])
    p.status_rows(["Date", "Code", "Service", "Billed", "Allowed", "Other plan paid", "Trust paid", "You owe",
                   "Status"],
                  [W * k / 100 for k in (11, 8, 24, 10, 10, 11, 10, 9, 7)],
                  ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.8,
                  totals=["", "", "Totals", n2(tb), "", "", n2(tpd), n2(tyo), ""])
    p.legend_cols("Status letters", [
        ("K", "Your copayment for an office visit ($25.00)."),
        ("D", "Applied to the calendar-year deductible ($100.00 a person; $300.00 a family)."),
        ("C", "Your coinsurance: 20% of the allowed amount after the deductible."),
        ("O", "Another plan paid first as this patient's primary coverage; the Trust paid the rest of its allowed "
              "amount."),
        ("N", f"The provider is not in the {NETWORK} and the service was not an emergency. The Trust has no "
              "out-of-network benefit; the amount billed is yours."),
        ("P", "Precertification was required and is not on file."),
        ("X", "Not a covered service under the Trust."),
    ], ncol=2, size=7.4, code_w=6)
    p.bar("Your right to appeal", 8.8)
    p.para("If you disagree with how a claim was processed, you or someone you name may appeal in writing within 180 "
           "days of the date of this statement. Send the claim number and your reasons to the Appeals Unit at the "
           "Trust Office. The Board of Trustees' Appeals Committee decides appeals.", 8.2)
    p.para(f"To find a provider in the {NETWORK}, call Customer Service or ask the Trust Office for the directory.",
           7.8)
    who, suf, rel, prov, lines = claims[den]
    t = truth("eob", "out_of_network", insurer=ADMIN, plan_id=PLAN_S, group=grp, member_id=f"{base}-{suf}",
              member_name=son, cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(v3)],
              denial_date=iso(sd), provider=f"{derm}, MD", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "member_id": [base], "provider": [skin, derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "up", sexes="F", used=USED)[0]
    pt, clerk, guild = people(rng, 3, "uc", sexes="MFF", used=USED)
    base, grp = member_base(rng), group_no(rng)
    mid = f"{base}-01"
    shop = "Overmoor & Daughters Furniture Restoration"
    clinic = "Tallowford Physical Therapy"
    ctl = f"EL26-{digits(rng, 5)}"
    v1 = dt.date(2026, 5, 12)
    v2 = dt.date(2026, 5, 19)
    clm = claim_no(rng, plus(v2, 6))
    nd = dt.date(2026, 6, 9)
    sd = workday(plus(nd, rng.randint(7, 9)))
    sent = workday(plus(sd, rng.randint(4, 6)))
    fee = 165.00
    shop_fax = f"336 555 {digits(rng, 4)}"
    tx = f"{slash(sent)} 15:{rng.randint(10, 59)} OVERMOOR DAUGHTERS RESTO {shop_fax} P.{{n2}}/{{t2}}"
    cover = ticket_cover(rng, ["Overmoor & Daughters",
                               "Furniture Restoration  \u00b7  antique & heirloom  \u00b7  caning",
                               f"9 Varnish Alley, Stavecroft, NC 27318  \u00b7  {phone(rng, '336')}"],
                         ["FAX  to Piedmont Furniture Crafts Guild",
                          f"attn: benefits desk / {first_last(guild)}",
                          f"from: {first_last(member)} - finishing room",
                          "Trust letter says no coverage in May ??",
                          "+ the PT bill. I had 96 hrs in March",
                          "(shop was slow) - the bank should cover?",
                          f"call me {phone(rng, '336')}   3 pgs w/ this"],
                         tx=tx, tx_total=3)
    # (i) the Trust's eligibility notice
    p = UESheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=3,
                ids_foot=f"{TRUST}  \u00b7  Notice {ctl} of {slash(nd)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="NOTICE ABOUT YOUR COVERAGE")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, f"Stavecroft, North Carolina, {mdy_ord(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    y = p.get_y()
    addr_block(p, [member, "23 Tenter Hook Lane", "Stavecroft, NC 27318"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Control no.", ctl), ("Member ID", mid), ("Plan / Group", f"{PLAN_S} / {grp}"),
                 ("Shop", shop)], x=p.l_margin + W * 0.5, cap_w=22, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para("Your coverage for each month depends on the hours your shop reports for you two months before. You need "
           "110 hours in a work month; extra hours go into your hours bank and can make up a short month.", 9.2)
    p.ruled_rows(["Work month", "Hours reported", "Over (short)", "Bank after", "Coverage month"],
                 [["January 2026", "116", "6", "6", "March 2026"],
                  ["February 2026", "110", "0", "6", "April 2026"],
                  ["March 2026", "96", "(14)", "6", "May 2026: none"]],
                 [W * k / 100 for k in (22, 18, 18, 16, 26)], ["L", "R", "R", "R", "L"], size=8.6)
    p.para("March was 14 hours short of 110. Your hours bank held 6 hours, which is not enough to make up the whole "
           "shortfall, so the bank could not be used. You were therefore not eligible for coverage from May 1 "
           "through May 31, 2026. Your 6 banked hours stay in the bank.", 9.0)
    p.bar("Claims we could not pay", 9.0)
    p.para(f"{clinic} sent this claim for two visits in May:", 9.0)
    p.ruled_rows(["Claim", "Provider", "Dates", "Billed", "Paid"],
                 [[clm, f"{pt}, DPT", f"{slash(v1)}, {slash(v2)}", n2(2 * fee), "0.00"]],
                 [W * k / 100 for k in (18, 34, 28, 10, 10)], ["L", "L", "L", "R", "R"], size=8.4)
    p.bar("You may buy the month", 9.0)
    p.para("You may pay for May yourself: $468.00, due by June 30, 2026. If we receive it on time, the claims above "
           "will be processed again.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("If you think your hours were reported wrong, ask your shop to send a corrected report. You may also appeal "
           "in writing within 180 days of the date of this notice to the Appeals Unit, Trust Office.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Eligibility Unit, Trust Office"], size=9.0)
    elig = out(p)
    elig_t = truth("denial_letter", "eligibility", insurer=TRUST, plan_id=PLAN_S, group=grp, member_id=mid,
                   member_name=member, cases=[ctl, clm], claim_amount=m2(2 * fee), service_dates=[iso(v1), iso(v2)],
                   denial_date=iso(nd), provider=f"{pt}, DPT", appeal_deadline=iso(plus(nd, 180)),
                   alternates={"insurer": TRUST_ALT, "member_id": [base], "case_numbers": [[clm], [ctl]],
                               "provider": [clinic, pt]})
    # (ii) the therapy clinic's statement
    q = UESheet(footer=None, tx=tx, tx_off=2, tx_total=3)
    q.set_margins(20, 18, 20)
    q.add_page()
    y0 = q.get_y()
    q.set_font("Serif", "B", 16)
    q.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    q.cell(0, 4, "318 Bobbin Street, Suite C, Stavecroft, NC 27318", new_x="LMARGIN", new_y="NEXT")
    q.cell(0, 4, f"Billing {phone(rng, '336')}  \u00b7  Tuesday and Thursday, 9 to 3", new_x="LMARGIN", new_y="NEXT")
    q.f(13, "B")
    q.set_xy(q.w - q.r_margin - 60, y0)
    q.cell(60, 7, "PATIENT STATEMENT", align="R")
    q.set_y(y0 + 18)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [member, "23 Tenter Hook Lane", "Stavecroft, NC 27318"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    paid = 25.00
    acct = f"TPT-{digits(rng, 5)}"
    q.leaders([("Statement date", slash(sd)), ("Account", acct), ("Insurance", "Tacksworth Health Trust"),
               ("Ins. ID", mid), ("Amount due", f"${n2(2 * fee - paid)}")], size=9.0, w=W * 0.46,
              x=q.l_margin + W * 0.54)
    q.set_y(max(q.get_y(), yl) + 3)
    q.ruled_rows(["Date", "Description", "Charges", "Credits", "Balance"],
                 [["", "Balance forward", "", "", n2(2 * fee)],
                  [slash(plus(sd, -3)), "Patient payment - thank you", "", n2(paid), n2(2 * fee - paid)]],
                 [W * k / 100 for k in (15, 45, 13, 13, 14)], ["L", "L", "R", "R", "R"], size=8.8)
    q.msg_box("Message from our billing office",
              f"Your health trust did not pay for your two visits with {pt}, DPT, on May 12, 2026 and May 19, 2026 "
              f"($165.00 each, ${n2(2 * fee)} in all). The Trust's notice says you had no coverage in May. The "
              "balance is now yours. If the Trust reprocesses the claim we will refund what you paid. Call us to set "
              "up a payment plan of $50.00 a month.")
    q.ln(2)
    q.set_line_width(0.2)
    q.set_dash_pattern(dash=1.5, gap=1.2)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_dash_pattern()
    q.ln(3)
    q.f(8.6, "B")
    q.cell(0, 5, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    q.f(8.6)
    q.cell(0, 5, f"Account {acct}     Amount due ${n2(2 * fee - paid)}     Amount enclosed $________",
           new_x="LMARGIN", new_y="NEXT")
    bill = out(q)
    bill_t = truth("other", None, insurer=None, member_id=mid, member_name=member, claim_amount=m2(2 * fee),
                   service_dates=[iso(v1), iso(v2)], denial_date=iso(sd), provider=f"{pt}, DPT",
                   unscored=["insurer"],
                   alternates={"member_id": [base], "provider": [clinic, pt], "service_dates": [[]],
                               "claim_amount": [m2(2 * fee - paid)]})
    return cover, [(elig, elig_t), (bill, bill_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_staple(rng):
    member = people(rng, 1, "up", sexes="M", used=USED)[0]
    pa, clerk = people(rng, 2, "uc", sexes="MF", used=USED)
    base, grp = member_base(rng), group_no(rng)
    mid = f"{base}-01"
    shop = "Mercer-Lathrop Custom Upholstery"
    uc = "Quick-Stitch Urgent Care of Brightsand"
    dos = workday(dt.date(2026, 5, rng.randint(4, 6)))
    clm = claim_no(rng, plus(dos, 5))
    ld = workday(plus(dos, rng.randint(19, 23)))
    sent = workday(plus(ld, rng.randint(5, 8)))
    items = [("99203", "Office visit, new patient", 218.00), ("12002", "Wound repair, 2.6-7.5 cm", 285.00),
             ("73130", "X-ray, hand, 3 views", 126.00), ("90715", "Tdap vaccine", 60.00)]
    total = sum(x[2] for x in items)
    tx = (f"{slash(sent)}  09:{rng.randint(10, 59)}  MERCER-LATHROP UPHOLSTERY  336 555 {digits(rng, 4)}  "
          f"PG {{n}}/{{t}}")
    p = UESheet(footer="Page {n} of {nb}", ids_foot=admin_foot(), tx=tx, tx_total=2,
                run_hdr=f"{first_last(member)}  \u00b7  our file {clm}  \u00b7  page {{n}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.faint_date("Date of this letter", long(ld), size=10.4)
    y = p.get_y()
    addr_block(p, [member, "1806 Coil Spring Road", "Brightsand, NC 27360"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.below_right([("Our file", clm), ("Member ID", mid), ("Plan / Group", f"{PLAN_S} / {grp}"),
                   ("Carrier's claim no. (workers' comp)", f"WC-{digits(rng, 7)}-NC"),
                   ("Form / batch", f"TW-12 accident report  \u00b7  batch {digits(rng, 3)}-{digits(rng, 4)}")],
                  x=p.l_margin + W * 0.5, indent=16, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"When you saw {pa}, PA-C at {uc} on {long(dos)}, you were treated for a wound of the left hand from "
           "a pneumatic staple gun. The accident report you returned says it happened at your work bench at "
           f"{shop} during your shift.", 9.2)
    p.ruled_rows(["Code", "Service", "Billed", "Trust paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Claim total", n2(total), "0.00"]],
                 [W * k / 100 for k in (12, 60, 14, 14)], ["L", "L", "R", "R"], size=8.6, bold_rows=(len(items),))
    p.bar("Why the Trust did not pay", 9.0)
    p.para("The Trust does not pay for an injury or illness that arises out of your work when workers' compensation "
           "covers it (Summary Plan Description, Exclusions, item 4). Your shop carries workers' compensation "
           "insurance and its carrier has opened a claim for this injury. The urgent care center should bill the "
           "carrier.", 9.0)
    p.para("If the carrier denies the claim because the injury did not happen at work, send us its written denial "
           "and the Trust will process the claim again under its usual rules.", 9.0)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal this decision in writing within 180 days of the date of this letter. Send it to the "
           "Appeals Unit at the Trust Office with any records that show the injury did not happen at work. The "
           "Board of Trustees' Appeals Committee decides appeals at its quarterly meeting.", 9.0)
    p.para("You may ask for copies of the documents the decision was based on, free of charge.", 9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "Claims Review", ADMIN], size=9.0)
    p.para(f"cc: {uc}", 8.0)
    t = truth("denial_letter", "other", insurer=ADMIN, plan_id=PLAN_S, group=grp, member_id=mid, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=f"{pa}, PA-C", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "member_id": [base], "provider": [uc, pa]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    member = people(rng, 1, "sp", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sp", sexes="F", last=member.split()[-1], used=USED)[0]
    dra = people(rng, 1, "sp", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "uc", sexes="F", used=USED)[0]
    base, grp = member_base(rng), group_no(rng)
    mid = f"{base}-02"
    center = "Fennimore Gap Imaging Center"
    mri = workday(dt.date(2026, 3, rng.randint(16, 18)))
    clm = claim_no(rng, plus(mri, 6))
    ld = workday(plus(mri, rng.randint(24, 28)))
    billed = 1640.00
    p = UESheet(footer="Página {n} de {nb}", ids_foot=trust_foot())
    p.set_margins(19, 16, 19)
    p.add_page()
    trust_head(p, rng, box="AVISO DE DENEGACIÓN")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, f"Stavecroft, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    y = p.get_y()
    addr_block(p, [wife, f"a/c de {member}", "508 Calle Ribete", "Brightsand, NC 27360"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.below_right([("Referencia", clm), ("Número de miembro", mid), ("Plan / Grupo", f"{PLAN_S} / {grp}"),
                   ("Número de control del documento", f"DC{digits(rng, 10)}"), ("Formulario", "TW-40S")],
                  x=p.l_margin + W * 0.52, indent=14, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimada señora {wife.split()[-1]}:", 9.4)
    p.para(f"Recibimos la reclamación de {center} por la resonancia magnética de la columna lumbar que le hicieron "
           f"el {es_date(mri)}, ordenada por la Dra. {dra}. El Fideicomiso no puede pagarla.", 9.2)
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
                 [[es_abbr(mri), "72148", "Resonancia magnética, columna lumbar, sin contraste", n2(billed), "0.00"]],
                 [W * k / 100 for k in (15, 11, 48, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6)
    p.bar("Por qué no se pagó", 9.0)
    p.para("Las resonancias magnéticas necesitan precertificación del Fideicomiso antes de hacerse. No había ninguna "
           "solicitud de precertificación para este estudio: ni el centro de imágenes ni la doctora la pidieron. "
           "Como el centro pertenece a la red, no puede cobrarle a usted esta cantidad.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Usted o su doctora pueden apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe "
           "la apelación a la Unidad de Apelaciones, Oficina del Fideicomiso, con la referencia de arriba y los "
           "expedientes médicos que muestren por qué se necesitaba el estudio.", 9.0)
    p.para(f"Si necesita ayuda en español, llame al {tollfree(rng, '855')} y pida un intérprete.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Oficina del Fideicomiso"], size=9.0, close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=TRUST, plan_id=PLAN_S, group=grp, member_id=mid,
              member_name=wife, cases=[clm], claim_amount=m2(billed), service_dates=[iso(mri)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": TRUST_ALT + ["Fideicomiso Tacksworth"], "member_id": [base],
                          "provider": [dra]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_appeal(rng):
    member = people(rng, 1, "up", sexes="F", used=USED)[0]
    physiatrist, chair_, sec = people(rng, 3, "uc", sexes="MFM", used=USED)
    base, grp = member_base(rng), group_no(rng)
    mid = f"{base}-01"
    rehab = "Stavecroft Rehabilitation Hospital"
    adm = dt.date(2026, 3, 16)
    dis = dt.date(2026, 3, 27)
    clm = claim_no(rng, plus(dis, 8))
    dock = f"AP-26-{digits(rng, 4)}"
    meet = dt.date(2026, 5, 21)
    dd = dt.date(2026, 5, 26)
    sent = workday(plus(dd, rng.randint(6, 8)))
    billed = 38460.00
    snf = 9240.00
    tx = f"{slash(sent)} 11:{rng.randint(10, 59)}  TACKSWORTH TRUST OFFICE  336 555 {digits(rng, 4)}  {{n2}}/{{t2}}"
    p = UESheet(footer="Page {n} of {nb}", ids_foot=trust_foot(), tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "64 Sawhorse Court", "Stavecroft, NC 27318"], 9.4)
    p.f(9.6, "B")
    p.cell(0, 5, f"Decision mailed {mdy_ord(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees met on {mdy_ord(meet)} and reviewed your appeal about the "
           "rehabilitation hospital stay that followed your right knee replacement. The claim, the hospital and the "
           "dates are in the box on page 2.", 9.2)
    p.bar("What you asked", 9.0)
    p.para("You asked the Trust to pay the stay at the inpatient rehabilitation rate. The Trust had paid it at its "
           "daily rate for a skilled nursing facility, because the records did not show that you needed the "
           "intensive program of a rehabilitation hospital.", 9.0)
    p.bar("What the Committee found", 9.0)
    p.para("An independent physician who treats patients after joint replacement read the hospital and therapy "
           "records. After the first two days you walked more than 150 feet with a walker, climbed stairs with one "
           "rail, and needed no daily physician visits. You had physical therapy twice a day; occupational therapy "
           "was stopped on day four because its goals were met. An inpatient rehabilitation hospital is for patients "
           "who need, and can take part in, at least three hours of therapy a day in two or more kinds of therapy "
           "with close physician oversight. Your care could safely have been given in a skilled nursing facility.",
           9.0)
    p.bar("Decision", 9.0)
    p.para("The Committee upheld the payment at the skilled nursing facility level. The difference between the "
           "hospital's charges and that payment is not paid by the Trust. Because the hospital is in the network, it "
           "may not bill you for the difference.", 9.0)
    p.add_page()
    p.facts_box("Your claim and appeal", [
        ("Member", member), ("Member ID", mid), ("Plan / Group", f"{PLAN_S} / {grp}"), ("Docket", dock),
        ("Claim", clm), ("Facility", rehab), ("Attending", dr(physiatrist, "DO")),
        ("Stay", f"{slash(adm)} - {slash(dis)}"), ("Charges", usd(billed)), ("Paid (SNF level)", usd(snf)),
        ("Decision mailed", slash(dd))], cap_w=30)
    p.bar("This decision is final under the Trust", 9.0)
    p.para("This was the Trust's only level of appeal. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter. You also have the right to bring a civil "
           "action under section 502(a) of the Employee Retirement Income Security Act.", 8.8)
    p.ln(2)
    sign(p, [first_last(chair_), "Chair, Appeals Committee", "Board of Trustees"], close="For the Committee,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Unit, Trust Office", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=TRUST, plan_id=PLAN_S, group=grp, member_id=mid,
              member_name=member, cases=[dock, clm], claim_amount=m2(billed),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd), provider=rehab,
              alternates={"insurer": TRUST_ALT, "member_id": [base], "case_numbers": [[dock], [clm]],
                          "provider": [dr(physiatrist, "DO"), physiatrist],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_carpal(rng):
    member = people(rng, 1, "up", sexes="M", used=USED)[0]
    surgeon, reviewer = people(rng, 2, "uc", sexes="FM", used=USED)
    base, grp = member_base(rng), group_no(rng)
    mid = f"{base}-01"
    practice = "Brightsand Hand & Upper Extremity Center"
    pr = f"PR{digits(rng, 6)}"
    got = dt.date(2026, 4, 14)
    ld = dt.date(2026, 4, 22)
    planned = dt.date(2026, 5, 7)
    p = UESheet(footer=None, ids_foot=f"{ADMIN}  \u00b7  Printed 04/22/2026  \u00b7  {pr}")
    p.set_margins(17, 14, 17)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, "Studio 4, The Old Cannery", "22 Mill Race Road", "Fennimore Gap, NC 27361"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date", mdy_ord(ld)), ("Precert no.", pr), ("Member ID", mid), ("Plan", PLAN_R), ("Group", grp),
                 ("Request received", slash(got))], x=p.l_margin + W * 0.5, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(member)}:", 9.2)
    p.para(f"{dr(surgeon, 'MD')} of {practice} asked us to precertify an open carpal tunnel release of your right "
           f"wrist (CPT 64721), planned for {long(planned)}. After review by a board-certified hand surgeon, we cannot "
           "approve it as medically necessary.", 9.0)
    p.bar("Why", 8.8)
    p.para("The Trust's criteria for carpal tunnel release ask for a nerve conduction study showing at least moderate "
           "compression of the median nerve, or muscle wasting at the base of the thumb, and at least six weeks of "
           "night splinting or a steroid injection that did not help. Your study of March 30 shows mild compression, "
           "there is no muscle wasting, and the records show two weeks of splinting.", 8.8)
    p.para("Your surgeon may send a new request after a full six-week splinting trial, or with a new nerve study.",
           8.8)
    p.bar("Your right to appeal", 8.8)
    p.para("You or your surgeon may appeal within 180 days of the date of this letter to the Appeals Unit at the "
           "Trust Office. An urgent appeal is decided within 72 hours when waiting could seriously harm your "
           "health.", 8.8)
    p.ln(1)
    sign(p, [f"{first_last(reviewer)}, MD", "Associate Medical Director", ADMIN], size=8.8)
    p.para(f"cc: {dr(surgeon, 'MD')}, {practice}", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, plan_id=PLAN_R, group=grp, member_id=mid,
              member_name=member, cases=[pr], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(surgeon, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "member_id": [base], "provider": [practice, surgeon],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    a, b, c = people(rng, 3, "up", sexes="FMF", used=USED)
    ot1, ot2, sig = people(rng, 3, "uc", sexes="FMF", used=USED)
    clinic = "Brightsand Hand Therapy"
    bases = [member_base(rng) for _ in range(3)]
    grps = [group_no(rng) for _ in range(3)]
    sufs = ["01", "02", "01"]
    rd = workday(dt.date(2026, 7, rng.randint(27, 29)))
    d1 = workday(dt.date(2026, 6, 29))
    d2 = workday(dt.date(2026, 1, 8))
    d3 = workday(dt.date(2026, 7, 6))
    claims = [
        (a, 0, claim_no(rng, plus(d1, 4)), f"{ot1}, OTR/L, CHT", [
            (d1, "97140", "Manual therapy, 2 units", 136.00, 92.00, 0.00, 73.60, "CO-45 PR-2"),
            (d1, "97110", "Therapeutic exercise, 1 unit", 64.00, 44.00, 0.00, 35.20, "CO-45 PR-2")]),
        (b, 1, claim_no(rng, dt.date(2026, 7, 20)), f"{ot2}, OTR/L", [
            (d2, "97165", "OT evaluation, low complexity", 184.00, 0.00, 0.00, 0.00, "CO-29"),
            (d2, "97760", "Orthotic management, 2 units", 128.00, 0.00, 0.00, 0.00, "CO-29")]),
        (c, 2, claim_no(rng, plus(d3, 3)), f"{ot1}, OTR/L, CHT", [
            (d3, "97168", "OT re-evaluation", 122.00, 84.00, 50.40, 33.60, "OA-23"),
            (d3, "97018", "Paraffin bath", 30.00, 18.00, 0.00, 0.00, "PR-1")]),
    ]
    den = 1
    p = UESheet(footer="Page {n} of {nb}", ids_foot=admin_foot())
    p.set_margins(14, 14, 14)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [clinic, "Attn: Billing", "70 Selvage Row, Suite 3", "Brightsand, NC 27360"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.leaders([("Remit date", slash(rd)), ("Check no.", digits(rng, 8)), ("Payee ID", f"P{digits(rng, 7)}"),
               ("NPI", npi(rng)), ("Tax ID", tin(rng))], size=8.8, w=W * 0.44, x=p.l_margin + W * 0.56)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for who, k, clm, rend, lines in claims:
        rows.append({"head": f"{last_first(who)}   ID {bases[k]}-{sufs[k]}   {PLAN_S} / {grps[k]}   Claim {clm}",
                     "who": f"Rendering: {rend}",
                     "lines": [[slash(d), code, s, n2(bl), n2(al), n2(oth), n2(pd), st]
                               for d, code, s, bl, al, oth, pd, st in lines],
                     "total": ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]})
    tb = sum(x[3] for cc in claims for x in cc[4])
    tp = sum(x[6] for cc in claims for x in cc[4])
    p.status_rows(["Service date", "Code", "Service", "Billed", "Allowed", "Other payer", "Paid", "Adj. codes"],
                  [W * k / 100 for k in (12, 8, 29, 10, 10, 10, 9, 12)],
                  ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.8,
                  totals=["", "", "Remittance totals", n2(tb), "", "", n2(tp), ""])
    p.legend_cols("Adjustment codes on this remittance", [
        ("CO-45", "Charge exceeds the fee schedule or contracted amount. Write off the difference."),
        ("PR-1", "Deductible amount: the patient may be billed."),
        ("PR-2", "Coinsurance amount: the patient may be billed."),
        ("OA-23", "Paid less the amount another payer already paid (the patient's other coverage)."),
        ("CO-29", "The time limit for filing has expired: claims must reach the Trust within 180 days of the "
                  "service. Do not bill the patient."),
        ("CO-197", "Precertification or authorization absent."),
    ], ncol=2, size=7.4, code_w=12)
    p.bar("Reconsideration", 8.8)
    p.para("A provider may ask for reconsideration within 120 days of the date of this remittance. For a claim "
           "refused as late, send proof that the claim reached us, or the other payer, within 180 days of the "
           "service.", 8.2)
    sign(p, [first_last(sig), "Provider Payments", ADMIN], size=8.6, close="")
    who, k, clm, rend, lines = claims[den]
    t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=PLAN_S, group=grps[k],
              member_id=f"{bases[k]}-{sufs[k]}", member_name=who, cases=[clm],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(d2)], denial_date=iso(rd),
              provider=f"{ot2}, OTR/L", appeal_deadline=iso(plus(rd, 120)),
              alternates={"insurer": ADMIN_ALT, "member_id": [bases[k]], "provider": [clinic, ot2]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_family_eob_child_dermatologist_out_of_network", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_work_ticket_cover_hours_notice_then_pt_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_staple_gun_injury_comp_first_prose_provider", "fax_standard_g4", [faxstd_staple(rng)]),
        Item(f"{f}_lowres_es_resonancia_sin_precertificacion", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_faxfine_appeals_committee_rehab_stay_facts_page_two", "fax_fine_g4", [faxfine_appeal(rng)]),
        Item(f"{f}_photo_carpal_tunnel_precert_not_necessary", "phone_photo", [photo_carpal(rng)]),
        Item(f"{f}_bd_remittance_hand_therapy_late_claim", "born_digital", [bd_remittance(rng)]),
    ]
