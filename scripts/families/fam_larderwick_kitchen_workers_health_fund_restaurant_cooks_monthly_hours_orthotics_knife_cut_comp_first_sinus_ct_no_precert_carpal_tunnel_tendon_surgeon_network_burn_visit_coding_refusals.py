"""An invented multi-employer health fund for restaurant cooks and kitchen staff: line and prep cooks, sous chefs,
pastry cooks, dishwashers and kitchen porters of the restaurants that pay into it under the invented Kitchen, Pantry
& Dish Workers Union, Local 1940 agreements. Eligibility counts hours across restaurants: a member is covered in a
benefit month when the work month two months before it credits at least 80 hours, added up over every contributing
restaurant the member worked in (March hours buy May coverage); hours over 80 go into an hour bank of up to 240 hours
that fills a short month; otherwise the member may self-pay. The Fund's papers deal with what kitchen work brings:
knife cuts and burns (work injuries go to the restaurant's workers' compensation carrier first), wrists and hands
(carpal tunnel, tendon repairs), feet (long shifts standing), smoke and grease (sinus trouble).

Everything is invented: the Larderwick Kitchen Workers Health & Welfare Fund (letterheads: a chef's toque over
crossed knives beside the brand broken over two lines "LARDER" / "WICK", neither half a word of its letters, with the
legal name small under it; or the brand letter-spaced "L A R D E R W I C K"; the body says "the Fund"), its Fund
Office run by Brisby Benefit Services, LLC (letterhead: the toque and the logo word "BRISBY" with the legal name
small beneath it; it issues provider payment statements and precertification letters), the network Quintley
Preferred Providers, every restaurant, clinic, person, number, amount and address; phones 555. CPT, HCPCS and claim
adjustment codes as themselves. Member numbers "SO" + seven digits (S/5, O/0 look-alikes), printed whole, in groups
("SO44 1820 7") or under a paired caption "Member / Suffix" as "SO4418207 / 00" (dependants 01, 02; the suffix is not
part of the member number); agreement groups "GZ-" + four digits (G/6, Z/2), printed with the dash; plans "LKF-B1"
(active) and "LKF-S2" (self-pay), printed under "Plan / Group" as "LKF-B1 / GZ-4108"; claims "LK26B" + six digits;
precertifications "PX-" + six digits; appeals "AP-26-" + four digits.

Documents (8 in 7 files):
- bd_eob_orthotics_not_covered: a born-digital two-page explanation of benefits for a sous chef and his wife: four
  claims in a ruled table broken over the page, a "Paid by other plan" column (the wife's own employer plan pays
  first for her), bare note marks ("1", "2, 3", "2 4", "6", "5 7") keyed in a numbered list (copay, other plan first,
  network rate, deductible, bundled strapping, and 5: foot orthotics not covered, the refusal; 7: the podiatrist may
  bill the charge); paired captions "Member / Suffix" and "Plan / Group" in boxes (not_covered).
- faxstd_remit_knife_cut_comp_first: Brisby's standard-fax provider payment statement to an urgent care, four
  patients from three groups, the line cook's hand laceration repair refused with marks "8" because the claim says
  the cut happened at work (other: workers' compensation first); bundled and copay notes on paid claims.
- faxstd_stack_hand_cover_two_letters: a restaurant office's fax pad lettered by hand by the chef (no insurer named),
  then two papers about one prep cook from two senders: the Fund's letter that her March hours at two restaurants came
  to 75.5, so May had no coverage and a dermatology visit was not paid (eligibility; hours table, hour bank and a
  self-pay offer as decoys; identifiers with their captions under the boxes), and Brisby's two-page letter refusing a
  sinus CT done without precertification (prior_authorization).
- scan300_burn_clinic_statement: a burn and wound clinic's patient statement to a pastry cook whose table shows only
  a balance forward and a later paid visit; the refused dressing-change visit is named only in the billing office's
  message (other, no denial; insurer unscored).
- photo_es_tunel_carpiano: a photographed Spanish letter to a dishwasher refusing carpal tunnel surgery before a nerve
  test and six weeks of splinting (medical_necessity); "Miembro / Sufijo" and "Plan / Grupo" captions; a 72-hour
  urgent appeal as a decoy.
- faxfine_appeal_tendon_surgeon_network: the Trustees' fine-fax two-page appeal decision keeping the refusal of a
  flexor tendon repair by a hand surgeon outside the network five days after a home kitchen cut (out_of_network);
  identifiers in a narrow caption column at the left with the values far to the right; the paid emergency visit and
  four-month external review as decoys; no further appeal.
- bd_coding_burn_visit_new_patient_code: a born-digital two-page letter to a grill cook: a burn follow-up billed with
  a new-patient visit code although the clinic had seen him within three years (coding_error); the member facts sit
  in a box on page 2; the clinic's 90-day corrected-claim window as a decoy beside the member's 180-day appeal.

Judgement calls kept in the truth's alternates: the insurer is the letterhead issuer (the Fund on its papers, Brisby
on Brisby's two; each accepts the other and the short names); none on the clinic statement (unscored). The provider
is the rendering or requesting clinician where a paper names one (their practice accepted), the imaging center on the
CT letter (the ordering ENT accepted), the clinic on its own statement. The member ID is the member number without
its suffix; the group and plan are read out of the paired captions. Case numbers are the refused claim's or request's
number, plus the appeal number on the appeal decision (either alone accepted). Amounts: the refused claim's charges;
none on the pre-service carpal tunnel letter; the refused visit's charge named in the statement's message (null
accepted). The EOB and the payment statement are `eob` (`denial_letter` accepted). The work-injury refusal is `other`
(not_covered accepted: a reader may take "we do not pay work injuries" as an exclusion).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtc import (ETSheet, abbr, addr_block, digits, dr, es_date, first_last, hand_cover, iso,
                               last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash, spaced_id,
                               the_of, tin, tollfree, truth, usd, wd_tue)

FAMILY = ("larderwick_kitchen_workers_health_fund_restaurant_cooks_monthly_hours_orthotics_knife_cut_comp_first_"
          "sinus_ct_no_precert_carpal_tunnel_tendon_surgeon_network_burn_visit_coding_refusals")
LANG = "en"
SEED = 355192
USED: set = set()

FUND = "Larderwick Kitchen Workers Health & Welfare Fund"
ADMIN = "Brisby Benefit Services, LLC"
FUND_ALT = [FUND, "Larderwick Kitchen Workers Health and Welfare Fund", "Larderwick Kitchen Workers Health Fund",
            "Larderwick Fund", "Larderwick", ADMIN]
ADMIN_ALT = [ADMIN, "Brisby Benefit Services", "Brisby", FUND, "Larderwick Kitchen Workers Health and Welfare Fund"]
ADDR = ["1880 Scullery Way, Suite 400", "Trumfleet, OR 97205"]
UNION = "Kitchen, Pantry & Dish Workers Union, Local 1940"
PLAN, SELFPAY = "LKF-B1", "LKF-S2"
NETWORK = "Quintley Preferred Providers"
GROUPS = {"GZ-4108": "City Center Restaurant Agreement", "GZ-4126": "Waterfront Dining Agreement",
          "GZ-4163": "Hotel and Club Kitchens Agreement"}


def mid(rng) -> str:
    return f"SO{digits(rng, 7)}"


def claim_no(rng) -> str:
    return f"LK26B{digits(rng, 6)}"


def grouped(m: str) -> str:
    """SO4418207 -> 'SO44 1820 7'"""
    return spaced_id(m, (4, 4))


def fund_right(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '503')}",
            "larderwickfund.example"]


def head_fund(p: ETSheet, rng, box: str | None = None):
    p.split_mark_head("LARDER", "WICK", FUND, fund_right(rng), mark="toque",
                      tagline="Health coverage for restaurant cooks and kitchen staff",
                      small="Fund Office administered by Brisby Benefit Services, LLC", box=box, size=21)


def head_fund_spaced(p: ETSheet, rng, box: str | None = None):
    p.wordmark("LARDERWICK", style="spaced", small=[FUND, "Board of Trustees  \u00b7  Appeals Committee"],
               right=fund_right(rng), box=box, size=19)


def head_brisby(p: ETSheet, rng, box: str | None = None):
    p.mark_logo_legal("BRISBY", ADMIN, [ADDR[0], ADDR[1], f"Provider line {tollfree(rng, '855')}",
                                         f"Fax {phone(rng, '503')}"], mark="toque",
                      tagline="Fund Office for the Larderwick Kitchen Workers Health & Welfare Fund",
                      small="Claims and precertification", box=box, size=23)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "kw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "kw", sexes="F", last=member.split()[-1], used=USED)[0]
    pcp, derm, pod, lab = people(rng, 4, "kc", sexes="FMFM", used=USED)
    m = mid(rng)
    g = "GZ-4108"
    sd = dt.date(2026, 5, 19)
    pod_practice = "Ivelet Foot & Ankle Associates"
    orth_d = dt.date(2026, 4, 28)
    claims = [
        (member, "00", f"Hapton Family Medicine \u2013 {dr(pcp, 'MD')}",
         [(dt.date(2026, 4, 6), "99213", "Office visit, established", 188.00, 126.40, 0.00, 101.40, 25.00, "1")]),
        (wife, "01", f"Satron Dermatology \u2013 {dr(derm, 'MD')}",
         [(dt.date(2026, 4, 9), "99203", "Office visit, new patient", 245.00, 161.00, 128.80, 32.20, 0.00, "2, 3"),
          (dt.date(2026, 4, 9), "87101", "Fungal culture", 64.00, 28.40, 0.00, 0.00, 28.40, "2 4")]),
        (member, "00", f"{pod_practice} \u2013 {dr(pod, 'DPM')}",
         [(dt.date(2026, 4, 14), "99203", "Office visit, new patient", 226.00, 148.00, 0.00, 123.00, 25.00, "1"),
          (dt.date(2026, 4, 14), "73630", "X-ray foot, 3 views", 142.00, 61.50, 0.00, 61.50, 0.00, "3"),
          (dt.date(2026, 4, 14), "29540", "Strapping, ankle and foot", 68.00, 0.00, 0.00, 0.00, 0.00, "6")]),
        (member, "00", f"{pod_practice} \u2013 {dr(pod, 'DPM')}",
         [(orth_d, "L3020", "Foot orthotic, molded to patient, RT", 385.00, 0.00, 0.00, 0.00, 385.00, "5 7"),
          (orth_d, "L3020", "Foot orthotic, molded to patient, LT", 385.00, 0.00, 0.00, 0.00, 385.00, "5 7")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 3
    p = ETSheet(footer="Page {n} of {nb}",
                run_hdr=(f"{first_last(member)}  \u00b7  {m} / 00  \u00b7  EOB of {slash(sd)}  \u00b7  "
                         "page {n} of {nb}"))
    p.set_margins(15, 15, 15)
    p.add_page()
    head_fund(p, rng, box="EXPLANATION OF BENEFITS")
    addr_block(p, [member.upper(), "4417 Hardraw Street, Apt 12", "Trumfleet, OR 97217"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Statement date", long(sd), 0.22), ("Member / Suffix", f"{m} / 00", 0.24),
                  ("Plan / Group", f"{PLAN} / {g}", 0.24), ("Hour bank after April", "112 hours", 0.3)], size=9.0)
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = []
    for i, (pt, sfx, prov, lines) in enumerate(claims):
        for d, code, s, ch, al, op, fp, owe, note in lines:
            rows.append([slash(d), code, s, n2(ch), n2(al), n2(op), n2(fp), n2(owe), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6, 7)]
                         + [""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  Patient {first_last(pt)} (suffix {sfx})  \u00b7  {prov}"))
        if i == 2:
            rows.append(("break",))
    tot = [sum(x[k] for c in claims for x in c[3]) for k in (3, 4, 5, 6, 7)]
    rows.append(("total", ["", "", "Totals this statement"] + [n2(v) for v in tot] + [""]))
    p.mark_rows(["Date", "Code", "Service", "Charged", "Allowed", "Paid by other plan", "Fund paid", "Patient owes",
                 "Notes"],
                [W * k / 100 for k in (11, 7, 29, 9, 9, 10, 9, 9, 7)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.7, cont="continued on page 2")
    p.numbered_notes("Notes", [
        ("1", "Your copayment for an office visit."),
        ("2", "Paid by other plan: the patient's own employer plan pays first. The Fund paid the rest of the "
              "allowed amount, up to what it would have paid alone."),
        ("3", "The allowed amount is the network rate. A Quintley network provider may not bill you more."),
        ("4", "Applied to the calendar-year deductible ($250.00 a person)."),
        ("5", "Not covered. The Fund does not pay for foot orthotics (molded shoe inserts or arch supports) unless "
              "the member has diabetes or had foot surgery in the last 12 months. Foot pain from long shifts "
              "standing is treated with visits, therapy and medicine, which the Fund pays."),
        ("6", "Paid as part of the office visit on the same day."),
        ("7", "Because the item is not covered, the provider may bill you the full charge."),
    ], size=7.6)
    p.bar("Questions and appeals", 8.8)
    p.para(f"Call Member Services at the number above. If you disagree with how a claim was paid, you may appeal to "
           f"the Board of Trustees within 180 days of the date of this statement. Write to the Appeals Committee, "
           f"{FUND}, {ADDR[0]}, {ADDR[1]}, and include the claim number.", 8.4)
    p.para(f"Your coverage in June 2026 comes from your April hours. Hours are added up across every restaurant that "
           f"contributes for you. {UNION} can help with questions about reported hours.", 7.8)
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(770.00), service_dates=[iso(orth_d)], denial_date=iso(sd),
              provider=dr(pod, "DPM"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [pod_practice, pod]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pts = people(rng, 4, "kw", sexes="FMMF", used=USED)
    pa, np1, np2 = people(rng, 3, "kc", sexes="MFF", used=USED)
    clinic = "Cleaver Row Urgent Care"
    sd = dt.date(2026, 6, 3)
    ids = [mid(rng) for _ in pts]
    grps = ["GZ-4126", "GZ-4108", "GZ-4163", "GZ-4108"]
    nos = [claim_no(rng) for _ in pts]
    cut = dt.date(2026, 5, 14)
    den = 1
    lac = [("99203", "Urgent visit, new patient", 210.00), ("12002", "Repair of cut, 2.6-7.5 cm, hand", 486.00),
           ("90715", "Tdap vaccine", 72.00)]
    lac_total = sum(x[2] for x in lac)
    claims = [
        {"lead": [nos[0], last_first(pts[0]), f"{ids[0]} / 00"],
         "lines": [["05/11/2026", "99213", "Urgent visit, est.", "176.00", "118.20", "0.00", "83.20", "35.00", "1"]],
         "total": None, "note": f"Group {grps[0]}  Rendering {dr(np1, 'FNP')}"},
        {"lead": [nos[1], last_first(pts[1]), f"{ids[1]} / 00"],
         "lines": [[slash(cut), c, s, n2(a), "0.00", "0.00", "0.00", "0.00", "8"] for c, s, a in lac],
         "total": ["", "", "", n2(lac_total), "0.00", "0.00", "0.00", "0.00", ""],
         "note": f"Group {grps[1]}  Rendering {dr(pa, 'PA-C')}  Accident: employment (kitchen knife)"},
        {"lead": [nos[2], last_first(pts[2]), f"{ids[2]} / 01"],
         "lines": [["05/20/2026", "99213", "Urgent visit, est.", "176.00", "118.20", "72.00", "11.20", "35.00",
                    "1 2"],
                   ["05/20/2026", "87880", "Strep test, rapid", "38.00", "16.60", "16.60", "0.00", "0.00", "2"]],
         "total": ["", "", "", "214.00", "134.80", "88.60", "11.20", "35.00", ""],
         "note": f"Group {grps[2]}  Rendering {dr(np2, 'FNP')}"},
        {"lead": [nos[3], last_first(pts[3]), f"{ids[3]} / 00"],
         "lines": [["05/26/2026", "99214", "Urgent visit, est.", "232.00", "158.40", "0.00", "123.40", "35.00", "1"],
                   ["05/26/2026", "16020", "Dressing of small burn", "145.00", "0.00", "0.00", "0.00", "0.00", "6"]],
         "total": ["", "", "", "377.00", "158.40", "0.00", "123.40", "35.00", ""],
         "note": f"Group {grps[3]}  Rendering {dr(np1, 'FNP')}"},
    ]
    tx = (f"{slash(plus(sd, 1))} 08:{rng.randint(10, 59)}  BRISBY BENEFIT SVCS  503 555 {digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = ETSheet(footer="Page {n} of {nb}", tx=tx)
    p.set_margins(13, 14, 13)
    p.add_page(orientation="L")
    head_brisby(p, rng, box="PROVIDER PAYMENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [clinic, "Attn: Billing", "220 Cleaver Row", "Trumfleet, OR 97214"], 9.0)
    p.set_y(y)
    p.bare_ids([(long(sd), "statement date"), (f"CHK {digits(rng, 7)}", "payment"), (tin(rng), "tax ID"),
                (npi(rng), "billing NPI"), (f"{PLAN}", "plan (all claims)")], x=p.l_margin + W * 0.56, y=y,
               w=W * 0.44, size=8.6)
    p.set_y(max(p.get_y(), y + 30))
    p.remit_table(["Claim", "Patient", "Member / Suffix", "Date", "Code", "Service", "Charged", "Allowed",
                   "Paid by other plan", "Fund paid", "Patient owes", "Note"],
                  [W * k / 100 for k in (10, 15, 12, 8, 5, 16, 6, 6, 6, 6, 6, 4)],
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], claims, size=7.2)
    p.f(8.4, "B")
    p.cell(0, 5, f"Paid to provider this statement: {usd(83.20 + 11.20 + 123.40)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.numbered_notes("Notes", [
        ("1", "Member copayment for an urgent care visit."),
        ("2", "Another plan paid first; the Fund paid the rest of the allowed amount."),
        ("3", "Applied to the member's deductible."),
        ("6", "Included in the payment for the visit on the same day."),
        ("8", "Not paid. The claim says the injury happened at work. The Fund does not pay for a work injury until "
              "the employer's workers' compensation carrier has decided the claim. Bill the carrier of the "
              "restaurant where the member was hurt; if it refuses, send us its letter and we will process the "
              "claim again."),
    ], size=7.4)
    p.bar("Reconsideration", 8.6)
    p.para(f"To ask us to look again at a claim on this statement, write within 90 days of the date of this "
           f"statement to Brisby Benefit Services, Provider Reconsiderations, {ADDR[0]}, {ADDR[1]}. Members have "
           "their own appeal rights in their explanation of benefits.", 8.2)
    t = truth("eob", "other", insurer=ADMIN, plan_id=PLAN, group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(lac_total), service_dates=[iso(cut)],
              denial_date=iso(sd), provider=dr(pa, "PA-C"), appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [clinic, pa]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "kw", sexes="F", used=USED)[0]
    chef = people(rng, 1, "kw", sexes="M", used=USED)[0]
    derm, ent, rev, sig = people(rng, 4, "kc", sexes="FMFM", used=USED)
    m = mid(rng)
    g = "GZ-4126"
    r1, r2 = "Saxby's Oyster Bar", "Cinder Street Diner"
    first = member.split()[0]
    # (i) eligibility
    visit = dt.date(2026, 5, 12)
    l1 = dt.date(2026, 5, 27)
    c1 = claim_no(rng)
    v_amt = 212.00
    # (ii) CT without precertification
    ct_d = dt.date(2026, 4, 16)
    l2 = dt.date(2026, 5, 21)
    c2 = claim_no(rng)
    ct_amt = 1240.00
    imaging = "Ashdene Imaging Center"
    sent = dt.date(2026, 6, 1)
    tx = f"JUN-01-2026 15:{rng.randint(10, 59)}  SAXBYS OYSTER BAR  503 555 {digits(rng, 4)}  P{{n}}"
    cover = hand_cover(rng, ["FAX", "Saxby's Oyster Bar  \u00b7  office",
                             "318 Lofthouse Quay  \u00b7  Trumfleet, OR 97209", f"Tel {phone(rng, '503')}"],
                       [("TO", "Local 1940 - benefits rep"), ("FROM", f"Chef {chef.split()[0]} {chef.split()[-1]}"),
                        ("", f"Re:{first}s 2 letters"), ("", "3 pgs + this one")],
                       ["SHE WORKED BOTH PLACES IN MARCH", "DINER SAYS THEY SENT HER HOURS.",
                        "PLEASE CHECK - THANKS"], tx=tx, tx_total=4)
    p = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=4)
    p.set_margins(19, 16, 19)
    p.add_page()
    head_fund(p, rng, box="ELIGIBILITY NOTICE")
    addr_block(p, [member, "26 Feetham Avenue", "Trumfleet, OR 97211"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("date of notice", long(l1), 0.22), ("member / suffix", f"{m} / 00", 0.24),
                  ("plan / group", f"{PLAN} / {g}", 0.24), ("claim", c1, 0.3)], size=9.2, under=True, h=11)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Fund received a claim from Satron Dermatology for your visit with {dr(derm, 'MD')} on "
           f"{long(visit)} (charge {usd(v_amt)}). The Fund did not pay it because you had no coverage in May 2026.",
           9.2)
    p.para("Coverage for May depends on the hours you worked in March. You need 80 hours in the month, added up over "
           "every restaurant that contributes to the Fund for you. Your restaurants reported:", 9.2)
    p.ruled_rows(["Restaurant", "Agreement", "March 2026 hours"],
                 [[r1, g, "46.5"], [r2, g, "29.0"], ["Total", "", "75.5"],
                  ["Hour bank on March 31", "", "0.0"]],
                 [W * k / 100 for k in (50, 25, 25)], ["L", "L", "R"], size=8.6, bold_rows=(2,))
    p.para("Your total was 4.5 hours short and your hour bank was empty, so the Fund could not cover May.", 9.2)
    p.bullets([
        f"Self-payment: you may keep May coverage by paying $548.00 (plan {SELFPAY}) by June 10, 2026. If you pay, "
        "we will process the claim again.",
        "If a restaurant left out some of your hours, ask it to send a corrected report to the Fund Office.",
        f"You may appeal to the Board of Trustees within 180 days of the date of this notice. Write to the Appeals "
        f"Committee, {FUND}, {ADDR[0]}, {ADDR[1]}.",
    ], size=8.8)
    sign(p, [first_last(sig), "Eligibility Department", "Fund Office"])
    el_pdf = out(p)
    el_t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
                 cases=[c1], claim_amount=m2(v_amt), service_dates=[iso(visit)], denial_date=iso(l1),
                 provider=dr(derm, "MD"), appeal_deadline=iso(plus(l1, 180)),
                 alternates={"insurer": FUND_ALT, "provider": ["Satron Dermatology", derm]})
    q = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_off=2, tx_total=4)
    q.set_margins(19, 16, 19)
    q.add_page()
    head_brisby(q, rng, box="CLAIM NOT PAID")
    addr_block(q, [member, "26 Feetham Avenue", "Trumfleet, OR 97211"], 9.2)
    q.f(9.4)
    q.cell(0, 5, f"Date: {abbr(l2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.memo([("Claim no.", c2), ("Member no.", grouped(m)), ("Plan / Group", f"{PLAN} / {g}"),
            ("Provider", imaging), ("Ordered by", dr(ent, "MD")), ("Date of service", slash(ct_d)),
            ("Charge", usd(ct_amt))], size=9.0, cap_w=32)
    q.para(f"Dear {first_last(member)}:", 9.4)
    q.para(f"{imaging} sent a claim for a CT scan of your sinuses (70486) on {long(ct_d)}. The Fund did not pay "
           "the claim.", 9.2)
    q.para("Why: the Fund's plan requires precertification before any CT scan, MRI or PET scan that is not done in "
           "an emergency. The ordering doctor or the imaging center asks Brisby for it by phone or fax. We had no "
           "request for this scan, and the claim does not show an emergency.", 9.2)
    q.para(f"{imaging} is a Quintley network provider. Network providers agree to get precertification, so the "
           "center may not bill you for this scan. If you receive a bill, send it to us.", 9.2)
    q.add_page()
    q.bar("Your right to appeal", 9.0)
    q.para(f"You or your doctor may appeal within 180 days of the date of this letter. Send the appeal with any "
           f"records to the Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}. If the scan was urgent, say so and send "
           "the doctor's notes.", 9.0)
    q.para("Sinus problems are common in kitchens with smoke and grease. The Fund pays for visits to an ear, nose "
           "and throat doctor and for most treatment without precertification.", 8.8)
    q.ln(1)
    sign(q, [dr(rev, "RN"), "Precertification Review", "Brisby Benefit Services, LLC"])
    ct_pdf = out(q)
    ct_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=PLAN, group=g, member_id=m,
                 member_name=member, cases=[c2], claim_amount=m2(ct_amt), service_dates=[iso(ct_d)],
                 denial_date=iso(l2), provider=imaging, appeal_deadline=iso(plus(l2, 180)),
                 alternates={"insurer": ADMIN_ALT, "provider": [dr(ent, "MD"), ent]})
    return cover, [(el_pdf, el_t), (ct_pdf, ct_t)]


# ---------------------------------------------------------------------------------------------------------------
def scan300_statement(rng):
    patient = people(rng, 1, "kw", sexes="M", used=USED)[0]
    np_ = people(rng, 1, "kc", sexes="F", used=USED)[0]
    clinic = "Westwick Burn & Wound Clinic"
    m = mid(rng)
    g = "GZ-4163"
    sd = dt.date(2026, 4, 29)
    refused = dt.date(2026, 3, 17)
    r_amt = 286.00
    acct = f"WB-{digits(rng, 6)}"
    p = ETSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.f(17, "B")
    p.cell(0, 8, clinic, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, f"77 Carperby Street, Suite 3  \u00b7  Trumfleet, OR 97210  \u00b7  Billing {phone(rng, '503')}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.ln(5)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [patient, "903 Gayle Road", "Sollers, OR 97224"], 9.6)
    p.kv_box([("Statement date", slash(sd)), ("Account no.", acct), ("Please pay by", slash(dt.date(2026, 5, 20))),
              ("Amount due", usd(r_amt))], x=p.l_margin + W * 0.55, y=y, w=W * 0.45, cap_w=32, size=9.2)
    p.set_y(y + 30)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.ruled_rows(["Date", "Description", "Charges", "Payments / adjustments", "Balance"],
                 [[slash(dt.date(2026, 3, 31)), "Balance forward from your statement of 03/31/2026", "", "",
                   n2(r_amt)],
                  [slash(dt.date(2026, 4, 7)), f"Office visit, wound check \u2013 {dr(np_, 'NP')}", "198.00", "",
                   n2(r_amt + 198.00)],
                  [slash(dt.date(2026, 4, 22)), "Insurance payment, Larderwick Fund", "", "-173.00",
                   n2(r_amt + 25.00)],
                  [slash(dt.date(2026, 4, 22)), "Contractual adjustment (network rate)", "", "0.00", n2(r_amt + 25.00)],
                  [slash(dt.date(2026, 4, 24)), "Payment, thank you (copay)", "", "-25.00", n2(r_amt)],
                  ["", "Amount due", "", "", usd(r_amt)]],
                 [W * k / 100 for k in (14, 46, 12, 16, 12)], ["L", "L", "R", "R", "R"], size=8.6, bold_rows=(5,))
    p.f(8.6)
    p.cell(0, 5, f"Insurance on file: {FUND}  \u00b7  ID {m}  \u00b7  Group {g}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.message_box("Message from our billing office", [
        f"Your health plan did not pay for the visit on March 17, 2026 (burn dressing change, {usd(r_amt)}). "
        "The Fund told us it needs a report from the workers' compensation carrier of the restaurant, because you "
        "were burned at work. If the carrier has your claim, please give us its claim number and we will bill it.",
        "If you think the plan should pay, you can call the Fund's Member Services. Otherwise the balance is yours "
        "to pay. Payment plans are available.",
    ], size=9.0)
    p.ln(2)
    p.f(8.4, "B")
    p.cell(0, 4, "- - - - - - - - - - -  detach and return with your payment  - - - - - - - - - - -", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Account no.", acct, 0.3), ("Patient", first_last(patient), 0.4), ("Amount due", usd(r_amt), 0.3)],
             [("Amount enclosed", "$ ______________", 0.3), ("Card no.", "____  ____  ____  ____", 0.4),
              ("Exp.", "____ / ____", 0.3)]], size=9.0)
    p.f(8.6)
    p.cell(0, 4.4, f"Make checks payable to {clinic}.  Remit to: PO Box 4410, Trumfleet, OR 97208",
           new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=None, plan_id=None, group=g, member_id=m, member_name=patient, cases=[],
              claim_amount=m2(r_amt), service_dates=[iso(refused)], denial_date=iso(sd), provider=clinic,
              appeal_deadline=None,
              alternates={"provider": [dr(np_, "NP"), np_], "claim_amount": [None], "service_dates": [[]]},
              unscored=["insurer"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es_carpal(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    surg, rev = people(rng, 2, "kc", sexes="MF", used=USED)
    practice = "Skeeby Hand Surgery Center"
    m = mid(rng)
    g = "GZ-4163"
    ld = dt.date(2026, 6, 8)
    req = dt.date(2026, 6, 1)
    planned = dt.date(2026, 6, 22)
    px = f"PX-{digits(rng, 6)}"
    p = ETSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_fund(p, rng, box="PRECERTIFICACIÓN NEGADA")
    addr_block(p, [member, "1412 Calle Oxnop", "Trumfleet, OR 97203"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Trumfleet, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pair_boxes([("Miembro / Sufijo", f"{m} / 00", 0.26), ("Plan / Grupo", f"{PLAN} / {g}", 0.24),
                  ("Solicitud", px, 0.22), ("Fecha prevista", es_date(planned), 0.28)], size=9.0)
    p.para(f"Estimada señora {member.split()[-1]}:", 9.4)
    p.para(f"El {es_date(req)}, el {dr(surg, 'MD')} de {practice} pidió al Fondo la precertificación de una cirugía "
           f"para liberar el túnel carpiano de su mano derecha (64721), prevista para el {es_date(planned)}. "
           "El Fondo negó la solicitud.", 9.2)
    p.bar("Por qué", 9.0)
    p.para("El Fondo paga esta cirugía cuando un estudio de conducción nerviosa confirma que el nervio está "
           "comprimido, y después de por lo menos seis semanas de otros tratamientos (una férula de noche, terapia "
           "de la mano, medicinas o una inyección), salvo que haya debilidad o pérdida de músculo. Los papeles que "
           "recibimos no muestran un estudio de conducción nerviosa ni seis semanas de tratamiento; muestran dos "
           "semanas de molestias al lavar ollas y charolas. Una médica que revisó el caso para el Fondo concluyó que "
           "la cirugía no es médicamente necesaria en este momento.", 9.0)
    p.para("El Fondo sí paga el estudio de conducción nerviosa, la férula y la terapia de la mano con un proveedor de "
           "la red Quintley.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Usted o su médico pueden apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Comité "
           f"de Apelaciones, {FUND}, {ADDR[0]}, {ADDR[1]}. Si esperar pone en peligro su salud, pida una apelación "
           "urgente; la decidiremos en 72 horas. Su médico también puede llamar para hablar con la revisora.", 9.0)
    p.ln(1)
    sign(p, [dr(rev, "MD"), "Revisora médica", "Oficina del Fondo"], close="Atentamente,")
    t = truth("denial_letter", "medical_necessity", insurer=FUND, plan_id=PLAN, group=g, member_id=m,
              member_name=member, cases=[px], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(surg, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + ["Fondo Larderwick"], "provider": [practice, surg],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_appeal(rng):
    member = people(rng, 1, "kw", sexes="M", used=USED)[0]
    surg, chair, adv, er = people(rng, 4, "kc", sexes="FMMF", used=USED)
    practice = "Sturton Hand & Microsurgery"
    m = mid(rng)
    g = "GZ-4108"
    cut = dt.date(2026, 3, 4)
    op = dt.date(2026, 3, 9)
    first_den = dt.date(2026, 4, 2)
    meet = dt.date(2026, 6, 9)
    dd = dt.date(2026, 6, 16)
    clm = claim_no(rng)
    ap = f"AP-26-{digits(rng, 4)}"
    lines = [("26356", "Flexor tendon repair, zone 2, left index finger", 5280.00),
             ("64450", "Nerve block", 420.00), ("29130", "Finger splint", 780.00)]
    total = sum(x[2] for x in lines)
    tx = (f"{slash(plus(dd, 1))}  09:{rng.randint(10, 59)}  LARDERWICK FUND OFFICE  503 555 {digits(rng, 4)}  "
          f"#{digits(rng, 4)}  P.{{n}}")
    p = ETSheet(footer="Page {n} of {nb}", tx=tx,
                run_hdr=f"Appeal {ap}  \u00b7  {first_last(member)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head_fund_spaced(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "7 Newbiggin Terrace", "Sollers, OR 97224"], 9.2)
    p.far_right([("Decision of", wd_tue(dd)),
                 ("Appeal no.", ap),
                 ("Claim no.", clm),
                 ("Member no.", grouped(m)),
                 ("Group", g),
                 ("Plan", PLAN),
                 ("Surgeon", f"{dr(surg, 'MD')}, {practice}"),
                 ("Date of surgery", slash(op)),
                 ("Amount in dispute", usd(total))], cap_w=30, size=9.0, cap=7.2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para_cols([
        f"The Appeals Committee of the Board of Trustees heard your appeal at its meeting of {the_of(meet)}. You "
        f"asked the Trustees to pay the claim of {dr(surg, 'MD')} for repairing a cut tendon in your left index "
        f"finger on {long(op)}. The Fund Office refused the claim on {long(first_den)} because the surgeon is not in "
        "the Quintley network.",
        f"What happened: you cut your finger with a bread knife at home on {long(cut)}. The emergency room visit "
        "that day was paid as an emergency. The emergency doctor closed the skin, splinted the finger and referred "
        "you to a hand surgeon. You chose a surgeon a friend recommended; the surgery was done five days later.",
        "What the rules say: except in an emergency, the Fund pays only for care from Quintley network providers. "
        "A service planned days ahead is not an emergency. When no network provider can give a needed service in "
        "time, the Fund Office can approve an outside provider, if asked before the care.",
        "What the Committee found: three network hand surgeons within 20 miles repair tendons and had openings "
        "that week. No one asked the Fund Office to approve an outside surgeon.",
        "Decision: the refusal is upheld. The Trustees understand that you acted quickly to save the use of your "
        "finger, and they note that the emergency care was paid in full.",
    ], size=8.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Charge"],
                 [[c, s, n2(a)] for c, s, a in lines] + [["", "Total", usd(total)]],
                 [W * k / 100 for k in (14, 66, 20)], ["L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.add_page()
    p.bar("Your rights", 9.0)
    p.para("This is the Trustees' final decision. You may ask for an external review by an independent review "
           "organization within four months after you receive this decision, and you have the right to bring a "
           "civil action under section 502(a) of ERISA. You may ask for free copies of all papers the Committee "
           "relied on.", 9.0)
    p.ln(2)
    p.signers([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
              [dr(adv, "MD"), "Medical Advisor to the Trustees", "orthopaedic hand surgery"], size=8.6)
    p.para(f"cc: {dr(surg, 'MD')}, {practice}; {UNION}", 8.0)
    t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(op)], denial_date=iso(dd),
              provider=dr(surg, "MD"), appeal_deadline=None,
              alternates={"insurer": FUND_ALT, "case_numbers": [[ap], [clm]], "provider": [practice, surg]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_coding(rng):
    member = people(rng, 1, "kw", sexes="M", used=USED)[0]
    doc, sig = people(rng, 2, "kc", sexes="MF", used=USED)
    clinic = "Hapton Family Medicine"
    m = mid(rng)
    g = "GZ-4126"
    visit = dt.date(2026, 4, 2)
    ld = dt.date(2026, 4, 23)
    clm = claim_no(rng)
    amt = 412.00
    last_seen = dt.date(2026, 1, 20)
    p = ETSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_fund(p, rng)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [member, "1188 Melmerby Road", "Trumfleet, OR 97220"], 9.4)
    p.subject_line("Your clinic visit was billed with the wrong code")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received a claim from your clinic for the visit after the grease burn on your forearm. We did not "
           "pay it as billed, and we want to explain why, because the clinic can fix it.", 9.4)
    p.para("The clinic billed the visit with a code that is only for a new patient, meaning someone the clinic's "
           "doctors have not seen in the last three years. Our records show the clinic has seen you before, most "
           "recently in January. A visit for someone the clinic already knows has to be billed with an "
           "established-patient code. Because the code does not match, the claim was refused as billed.", 9.4)
    p.para("What happens next: we have told the clinic. If it sends a corrected claim, we will pay the visit under "
           "your plan, less your $25.00 copayment. You do not need to do anything, and the clinic should not bill you "
           "more than the copayment while the claim is being fixed.", 9.4)
    p.para("The facts about this claim are in the box on the next page.", 9.4)
    p.add_page()
    p.facts_panel("About this claim", [
        ("Member", member),
        ("Member no.", m),
        ("Plan / Group", f"{PLAN} / {g}"),
        ("Claim no.", clm),
        ("Clinic", clinic),
        ("Treating physician", dr(doc, "DO")),
        ("Date of visit", slash(visit)),
        ("Billed", "99205  new patient office visit, high complexity"),
        ("Charge", usd(amt)),
        ("Clinic last saw you", slash(last_seen)),
        ("Result", "Not paid as billed: wrong code for the type of visit"),
    ], cap_w=42, size=9.0)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
           f"Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}.", 9.2)
    p.para("The clinic has its own deadline: a corrected claim must reach the Fund Office within 90 days after our "
           "notice to the clinic.", 8.8)
    p.ln(1)
    sign(p, [first_last(sig), "Claims Department", "Fund Office"])
    p.para(f"cc: {clinic}, billing office", 8.2)
    t = truth("denial_letter", "coding_error", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(doc, "DO"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [clinic, doc]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    remit = faxstd_remit(rng)
    cover, stack_docs = faxstd_stack(rng)
    bill = scan300_statement(rng)
    es = photo_es_carpal(rng)
    appeal = faxfine_appeal(rng)
    coding = bd_coding(rng)
    return [
        Item(f"{f}_bd_eob_orthotics_not_covered", "born_digital", [eob]),
        Item(f"{f}_faxstd_remit_knife_cut_comp_first", "fax_standard_g4", [remit]),
        Item(f"{f}_faxstd_stack_hand_cover_two_letters", "fax_standard_g4", stack_docs, separators=[cover, None]),
        Item(f"{f}_scan300_burn_clinic_statement", "scan_clean_300", [bill]),
        Item(f"{f}_photo_es_tunel_carpiano", "phone_photo", [es]),
        Item(f"{f}_faxfine_appeal_tendon_surgeon_network", "fax_fine_g4", [appeal]),
        Item(f"{f}_bd_coding_burn_visit_new_patient_code", "born_digital", [coding]),
    ]
