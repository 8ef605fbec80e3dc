"""An invented multi-employer health fund for funeral home staff: funeral directors, embalmers, removal technicians,
crematory operators and front-office staff of the funeral homes that pay into it under a union agreement. Eligibility
runs on an hours bank: a member is covered in a benefit quarter when the work quarter two months before it credits at
least 300 hours, and the nights and weekends a member spends on call for removals count at one credited hour for
every four hours on call. The Fund's papers deal with what the work brings: formaldehyde (skin and airway
reactions; the Fund pays after workers' compensation for anything the work caused), lifting (backs and shoulders;
imaging and surgery need precertification; physical therapy only from network therapists) and infection exposure
(vaccines and tests). The Fund, its office, its trustees, the union, the funeral homes, every person, provider,
number, amount and address are invented: the Vespera Funeral Service Workers Health & Welfare Fund (letterheads: a
drawn lantern with the logo word "VESPERA" and the small legal name directly under it; "VESPERA" over "HEALTH FUND"
in heavy capitals; "V E S P E R A" set letter by letter; the body says "the Fund"), its office run by Cawdell Benefit
Administration, LLC (named in small print only). Member numbers "ZB" + seven digits (letters that read as digits:
Z/2, B/8), printed with spaces or dashes between groups on some papers, dependants "-02"; employer groups "FH-" + four
digits; plans VES-A (active) and VES-S (self-pay); claims "VF26" + day of year + four digits; precertifications
"PC-" + six digits; appeals "AP26-" + four digits. Phones 555. CPT, HCPCS and claim adjustment reason codes as
themselves.

Documents (8 in 7 files):
- bd_eob_patch_test_comp_first: a born-digital three-page explanation of benefits for an embalmer and her husband;
  four claims, each with an inline-caption line ("Plan: VES-A  Auth ...  Patient ..."); only the dermatologist's
  patch-test claim pays 0.00, told by "CO-19" and footnote mark "4" (codes keyed on page 3, the numbered notes under
  the table); the husband's lab claim pays 0.00 to the deductible (PR-1) as a decoy; the table runs over the page.
- faxstd_stack_hand_cover_two_letters: a standard-fax stack: a fax pad page lettered by hand at the funeral home
  ("Attn", "Re:" run into the subject, "five pages with this one"), then two Fund letters to the same removal
  technician about two claims, each with its own claim number and date and each ending with a signature: a lumbar
  MRI done without precertification (prior_authorization) and physical therapy from a therapist outside the network
  (out_of_network), the second letter's first page fed upside down.
- faxstd_late_spirometry_to_pulmonary: a standard-fax notice to a pulmonary practice: of two claims for a funeral
  director's formaldehyde asthma work-up, the breathing tests were filed after the 90-day limit (timely_filing); the
  follow-up visit paid; claim rows with inline captions, received date as a decoy.
- scan300_appeal_provocation_testing_upheld: the Trustees' appeal decision ("Decision of Tuesday, ..."; the meeting
  "of the 2nd of June 2026"), two columns of prose, keeping the refusal of provocation-neutralization testing and
  drops for chemical sensitivity as experimental; external review in four months as a decoy.
- faxfine_precert_shoulder_approved: a fine-fax precertification approval of a rotator cuff repair for a crematory
  operator (denies nothing); the member number printed with dashes.
- photo_lumbar_fusion_not_necessary: a photographed pre-service letter refusing a lumbar fusion as not medically
  necessary (72-hour urgent appeal as a decoy).
- lowres_es_horas_de_guardia: a 150 dpi Spanish letter: an apprentice embalmer's hepatitis B vaccine and test were
  not paid because her credited hours (on-call counted at one in four) fell short for the quarter (eligibility); an
  hours table and a self-pay offer as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsf import (ESSheet, abbr, addr_block, dd_mon, digits, dot_dmy, dr, es_date, first_last,
                               hand_cover, iso, last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash,
                               spaced_id, the_of, tollfree, truth, usd, wd_tue, workday, yy)

FAMILY = ("vespera_funeral_workers_health_fund_embalmers_patch_test_comp_first_back_mri_no_precert_out_of_network_"
          "therapy_late_spirometry_provocation_testing_fusion_on_call_hours_refusals")
LANG = "en"
SEED = 355185
USED: set = set()

FUND = "Vespera Funeral Service Workers Health & Welfare Fund"
FUND_ALT = [FUND, "Vespera Funeral Service Workers Health and Welfare Fund", "Vespera Health Fund", "Vespera",
            "Vespera Fund"]
LOGO = "VESPERA"
TAG = "Health coverage for funeral directors, embalmers and funeral home staff"
OPER = "Fund Office operated by Cawdell Benefit Administration, LLC for the Board of Trustees"
ADDR = ["2250 Ullacott Parkway, Suite 310", "Stourmere, TN 37398"]
FOOT = f"{FUND}  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  a Taft-Hartley trust fund"
PLAN, SELFPAY = "VES-A", "VES-S"
UNION = "Funeral Service and Cemetery Workers, Local 512"


def mid(rng) -> str:
    return f"ZB{digits(rng, 7)}"


def grp(rng) -> str:
    return f"FH-{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"VF26{d.timetuple().tm_yday:03d}{digits(rng, 4)}"


def grouped(m: str) -> str:
    """ZB4182093 -> 'ZB 418 2093'"""
    return spaced_id(m, (2, 3, 4))


def right_lines(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Member services {tollfree(rng, '877')}", f"Fax {phone(rng, '615')}",
            "vesperafund.example"]


def head_logo(p: ESSheet, rng, box: str | None = None):
    p.logo_legal(LOGO, FUND, right_lines(rng), tagline=TAG, small=OPER, box=box, size=25)


def head_split(p: ESSheet, rng, box: str | None = None):
    p.wordmark(LOGO, style="split", split=("VESPERA", "HEALTH FUND"), initials="V", shape="square",
               small=[FUND, OPER], right=right_lines(rng), box=box, size=20)


def head_spaced(p: ESSheet, rng, box: str | None = None):
    p.wordmark(LOGO, style="spaced", small=[FUND, OPER], right=right_lines(rng), box=box, size=21)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "fw", sexes="F", used=USED)[0]
    husband = people(rng, 1, "fw", sexes="M", last=member.split()[-1], used=USED)[0]
    fam, derm, uc, labdoc = people(rng, 4, "fc", sexes="MFMF", used=USED)
    m = mid(rng)
    dep = f"{m}-02"
    g = grp(rng)
    sd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    p0, p1 = dt.date(2026, 4, 1), plus(sd, -4)
    pt_date = workday(dt.date(2026, 4, rng.randint(13, 15)))
    derm_practice = "Fallowfen Dermatology & Patch Test Clinic"
    claims = [
        (member, "Member", f"Grisdale Family Practice \u2013 {dr(fam, 'MD')}", "\u2014",
         [(dt.date(2026, 4, 2), "99213", "Office visit, established", 172.00, 118.60, 93.60, 25.00, "PR-3", "1"),
          (dt.date(2026, 4, 2), "90715", "Tdap vaccine", 68.00, 41.20, 41.20, 0.00, "CO-45", "2")]),
        (member, "Member", f"{derm_practice} \u2013 {dr(derm, 'MD')}", "none",
         [(pt_date, "99204", "New patient visit", 318.00, 0.00, 0.00, 0.00, "CO-19", "4"),
          (pt_date, "95044", "Patch tests, 36 allergens", 1044.00, 0.00, 0.00, 0.00, "CO-19", "4"),
          (plus(pt_date, 2), "99212", "Patch test reading visit", 96.00, 0.00, 0.00, 0.00, "CO-19", "4")]),
        (husband, "Spouse", f"Stourmere Clinical Laboratory \u2013 {dr(labdoc, 'MD')}", "\u2014",
         [(dt.date(2026, 4, 20), "80061", "Lipid panel", 88.00, 24.10, 0.00, 24.10, "PR-1", "3"),
          (dt.date(2026, 4, 20), "84443", "Thyroid test (TSH)", 74.00, 19.85, 0.00, 19.85, "PR-1", "3")]),
        (member, "Member", f"Linden Plaza Urgent Care \u2013 {dr(uc, 'DO')}", "\u2014",
         [(dt.date(2026, 4, 27), "99203", "Urgent care visit, new", 214.00, 131.40, 96.40, 35.00, "PR-3", "1")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(5, 10))) for c in claims]
    den = 1
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Member no. {m}  \u00b7  EOB {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_split(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), "41 Bier Street", "Marlow Gap, TN 37386"], 9.2)
    p.set_y(y)
    p.run_line([[("EOB date", long(sd), "gap")],
                [("Member no.", m, "none"), ("Group", g, "none")],
                [("Employer", "Emberlea Memorial Chapel", "gap")],
                [("Plan", f"{PLAN}  Active members", "gap")],
                [("Processed", f"{slash(p0)} - {slash(p1)}", "dash")]], size=8.6, x=p.w / 2 + 2, gap_w=20)
    p.set_y(max(p.get_y(), y + 24))
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    tb = sum(x[3] for c in claims for x in c[4])
    tpaid = sum(x[5] for c in claims for x in c[4])
    p.sc_shaded([("Charges this EOB", usd(tb), 0.25), ("The Fund paid", usd(tpaid), 0.25),
                 ("Deductible met 2026", "$43.95 of $500.00", 0.25), ("Hours bank (May)", "412 credited", 0.25)],
                size=8.4)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (pt, rel, prov, auth, lines) in enumerate(claims):
        for d, code, s, b, a, pd, owe, rc, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), rc, note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), "", ""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {prov}"))
        pid = dep if rel == "Spouse" else m
        rows.append(("sub", f"Plan: {PLAN}   Patient: {first_last(pt)} ({rel}, {pid})   Auth {auth}"))
        if i == 1:
            rows.append(("break",))
    rows.append(("total", ["", "", "EOB totals", n2(tb), n2(sum(x[4] for c in claims for x in c[4])), n2(tpaid),
                           n2(sum(x[6] for c in claims for x in c[4])), "", ""]))
    p.mark_rows(["Date", "Code", "Service", "Charge", "Allowed", "Fund paid", "You owe", "Code", "Note"],
                [W * k / 100 for k in (11, 8, 30, 10, 10, 10, 9, 7, 5)],
                ["L", "L", "L", "R", "R", "R", "R", "L", "C"], rows, size=7.7,
                cont="claims continue on the next page")
    p.numbered_notes("Notes", [
        ("1", "Your copayment for the visit."),
        ("2", "Vaccines are paid in full when given by a network provider."),
        ("3", "Applied to the deductible. Pay the provider up to the allowed amount."),
        ("4", "See the code beside this line. Send the claim to the workers' compensation carrier of the funeral "
              "home where you work; if the carrier refuses it, send us its letter and we will look at the claim "
              "again."),
        ("5", "Paid as part of another service on the same day."),
    ], size=7.6)
    p.add_page()
    p.legend_rows("What the codes mean", [
        ("CO", "18", "Exact duplicate claim or service."),
        ("CO", "19", "This is a work-related injury or illness and thus the liability of the workers' compensation "
                     "carrier. The claim says the rash began after formaldehyde exposure in the preparation room."),
        ("CO", "45", "The charge is more than the Fund allows. A network provider may not bill you the difference."),
        ("CO", "96", "Charge not covered by the Fund."),
        ("CO", "197", "Precertification was not obtained."),
        ("PR", "1", "Deductible amount."),
        ("PR", "2", "Coinsurance amount."),
        ("PR", "3", "Copayment amount."),
        ("OA", "23", "Another payer has already paid part of this charge."),
    ], size=7.6)
    p.bar("Your right to appeal", 8.8)
    p.para(f"If you disagree with how a claim was paid, you may appeal to the Board of Trustees within 180 days of "
           f"the date of this statement. Write to the Appeals Committee, {FUND}, {ADDR[0]}, {ADDR[1]}. Include the "
           "claim number and any records you want the Trustees to read. You may ask for free copies of the plan "
           "rules used.", 8.2)
    p.para("Example only: if a network provider charges $200.00, the Fund allows $120.00 and your copayment is "
           "$25.00, the Fund pays $95.00 and you pay $25.00.", 7.6)
    p.para(f"Your union, {UNION}, can help you with a claim but cannot decide it.", 7.6)
    t = truth("eob", "other", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(318.00 + 1044.00 + 96.00),
              service_dates=[iso(pt_date), iso(plus(pt_date, 2))], denial_date=iso(sd), provider=dr(derm, "MD"),
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [derm_practice, derm],
                          "service_dates": [[iso(pt_date)], [f"{iso(pt_date)}/{iso(plus(pt_date, 2))}"]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "fw", sexes="M", used=USED)[0]
    office = people(rng, 1, "fw", sexes="F", used=USED)[0]
    ortho, rad, ptx, um, rev = people(rng, 5, "fc", sexes="MFFMF", used=USED)
    m = mid(rng)
    g = grp(rng)
    home = "Pennyworth & Sloane Funeral Home"
    mri_d = workday(dt.date(2026, 4, rng.randint(6, 9)))
    l1 = workday(plus(mri_d, rng.randint(26, 30)))
    c1 = claim_no(rng, plus(mri_d, 5))
    pt_days = [workday(plus(mri_d, k)) for k in (14, 17, 21, 24)]
    l2 = workday(plus(l1, rng.randint(1, 3)))
    c2 = claim_no(rng, plus(pt_days[-1], 4))
    sent = plus(l2, rng.randint(4, 6))
    tx = (f"{sent.strftime('%m/%d/%Y')} {rng.randint(9, 11)}:{rng.randint(10, 59)}  P&S FUNERAL HOME  "
          f"615555{digits(rng, 4)}  PAGE {{n}} OF {{t}}")
    cover = hand_cover(rng, ["FAX", home, "19 Pall Street  \u00b7  Marlow Gap, TN 37386", f"Tel {phone(rng, '615')}"],
                       [("TO", "Vespera Fund - benefits"), ("FROM", f"{office.split()[0]} at front office"),
                        ("", "Attn appeals desk"), ("", f"Re:{member.split()[0]} {member.split()[-1]}s 2 letters"),
                        ("", "five pages with this one")],
                       [f"PLEASE CALL {member.split()[0].upper()} {phone(rng, '615')}", "HE SAYS NOBODY TOLD HIM",
                        "ABOUT A PRECERT. THANKS"], tx=tx, tx_total=5)
    # (i) the MRI letter
    mri_amt = 1920.00
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=5)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "7 Bexwell Court", "Marlow Gap, TN 37386"], 9.2)
    p.f(9.4)
    p.cell(0, 5, long(l1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.memo([("RE", f"Claim {c1}"), ("Member no.", grouped(m)), ("Group", f"{g} ({home})"), ("Plan", PLAN),
            ("Service", f"MRI lumbar spine (72148) on {slash(mri_d)} at Winstanholt Imaging Center"),
            ("Charge", f"${n2(mri_amt)}")], size=9.0, cap_w=28)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Fund received a claim from Winstanholt Imaging Center for an MRI of your lower back, ordered by "
           f"{dr(ortho, 'MD')}. The Fund did not pay this claim.", 9.2)
    p.para("Why: under the Fund's plan rules, an MRI, a CT scan and any surgery must be precertified by the Fund "
           "Office before they are done. Precertification is asked for by the doctor or the imaging center, by "
           "phone or fax. We have no request for this MRI, and the claim came to us after the scan was done.", 9.2)
    p.para("Because the imaging center is in the Fund's network, it agreed to ask for precertification and may not "
           "bill you for this MRI. If you get a bill, send it to us.", 9.2)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para(f"You or your doctor may appeal to the Board of Trustees within 180 days of the date of this letter. "
           f"Send any record that shows the MRI was urgent or that precertification was asked for. Mail: Appeals "
           f"Committee, {FUND}, {ADDR[0]}, {ADDR[1]}.", 9.0)
    p.para(f"The radiologist's reading ({dr(rad, 'MD')}) was billed on its own claim and will be decided with this "
           "one.", 8.8)
    p.ln(2)
    sign(p, [first_last(um), "Precertification Unit", "Fund Office"], close="Sincerely,")
    mri_pdf = out(p)
    mri_t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=PLAN, group=g, member_id=m,
                  member_name=member, cases=[c1], claim_amount=m2(mri_amt), service_dates=[iso(mri_d)],
                  denial_date=iso(l1), provider="Winstanholt Imaging Center", appeal_deadline=iso(plus(l1, 180)),
                  alternates={"insurer": FUND_ALT, "provider": [dr(ortho, "MD"), ortho]})
    # (ii) the therapy letter (second claim, same member, right after the first letter's signature)
    clinic = "Jedburgh Sports & Spine Therapy"
    visits = [(d, "97110", "Therapeutic exercise, 2 units", 168.00) for d in pt_days]
    visits = [(pt_days[0], "97161", "PT evaluation", 236.00)] + visits[1:]
    total = sum(x[3] for x in visits)
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=3, tx_total=5, tx_flip=(1,))
    q.set_margins(18, 16, 18)
    q.add_page()
    head_logo(q, rng, box="CLAIM DECISION")
    addr_block(q, [member, "7 Bexwell Court", "Marlow Gap, TN 37386"], 9.2)
    q.f(9.4)
    q.cell(0, 5, long(l2), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.memo([("RE", f"Claim {c2}"), ("Member no.", grouped(m)), ("Group", g), ("Plan", PLAN),
            ("Provider", f"{clinic} \u2013 {dr(ptx, 'DPT')}")], size=9.0, cap_w=28)
    q.para(f"Dear {first_last(member)}:", 9.4)
    q.para("This letter is about a different claim from the one in our other letter. The Fund did not pay for these "
           "physical therapy visits:", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date", "Code", "Service", "Charge", "Paid"],
                 [[dot_dmy(d), c, s, n2(a), "0.00"] for d, c, s, a in visits] + [["", "", "Total", usd(total),
                                                                                   "0.00"]],
                 [W * k / 100 for k in (15, 10, 45, 16, 14)], ["L", "L", "L", "R", "R"], size=8.4,
                 bold_rows=(len(visits),))
    q.para("(Dates are day.month.year.)", 7.4)
    q.para(f"Why: {clinic} is not in the Fund's network. The Fund pays for physical therapy only when a network "
           "therapist gives it. Network therapists near you include Marlow Gap Rehabilitation and the therapy "
           "department of Stourmere General Hospital.", 9.2)
    q.add_page()
    q.bar("If you disagree", 9.0)
    q.para(f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Mail: Appeals "
           f"Committee, {FUND}, {ADDR[0]}, {ADDR[1]}. If no network therapist could see you within 30 days, tell us; "
           "the Trustees may then pay the visits at the network rate.", 9.0)
    q.ln(2)
    sign(q, [first_last(rev), "Claims Unit", "Fund Office"], close="Sincerely,")
    pt_pdf = out(q)
    pt_t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=PLAN, group=g, member_id=m,
                 member_name=member, cases=[c2], claim_amount=m2(total), service_dates=[iso(d) for d in pt_days],
                 denial_date=iso(l2), provider=dr(ptx, "DPT"), appeal_deadline=iso(plus(l2, 180)),
                 alternates={"insurer": FUND_ALT, "provider": [clinic, ptx]})
    return cover, [(mri_pdf, mri_t), (pt_pdf, pt_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_late(rng):
    member = people(rng, 1, "fw", sexes="M", used=USED)[0]
    pulm, sig = people(rng, 2, "fc", sexes="FM", used=USED)
    practice = "Orlestone Pulmonary Associates"
    m = mid(rng)
    g = grp(rng)
    s1 = workday(dt.date(2026, 1, rng.randint(7, 9)))
    s2 = workday(dt.date(2026, 4, rng.randint(13, 16)))
    rec1 = workday(dt.date(2026, 4, rng.randint(20, 24)))
    rec2 = plus(s2, 6)
    nd = workday(plus(rec1, rng.randint(14, 18)))
    c1 = claim_no(rng, rec1)
    c2 = claim_no(rng, rec2)
    late = [(s1, "94060", "Spirometry before and after bronchodilator", 286.00),
            (s1, "95070", "Bronchial challenge (methacholine)", 412.00),
            (s1, "94729", "Diffusing capacity", 198.00)]
    late_total = sum(x[3] for x in late)
    tx = (f"{nd.strftime('%b %d %Y').upper()}  {rng.randint(13, 16)}:{rng.randint(10, 59)}  VESPERA FUND OFFICE  "
          f"FAX 615555{digits(rng, 4)}  P{{n}}/{{t}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2,
                run_hdr=f"{practice}  \u00b7  notice of {slash(nd)}  \u00b7  page {{n}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_spaced(p, rng, box="PROVIDER CLAIM NOTICE")
    addr_block(p, ["Billing office", practice, "900 Infirmary Road, Suite 4", "Stourmere, TN 37399"], 9.0)
    p.run_line([[("Notice date", slash(nd), "gap"), ("Provider NPI", npi(rng), "gap")],
                [("Patient", last_first(member), "dash"), ("Member", grouped(m), "dash")]], size=8.8, gap_w=18)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for d, c, s, a in late:
        rows.append([slash(d), c, s, n2(a), "0.00", "CO-29"])
    rows.append(("total", ["", "", "Claim total", n2(late_total), "0.00", ""]))
    rows.append(("sub", f"Claim {c1}   Plan: {PLAN}   Group {g}   Rendering {dr(pulm, 'MD')}   Received {slash(rec1)}"))
    rows.append([slash(s2), "99214", "Office visit, established", "224.00", "148.20", "CO-45 PR-3"])
    rows.append(("sub", f"Claim {c2}   Plan: {PLAN}   Group {g}   Rendering {dr(pulm, 'MD')}   Received {slash(rec2)}"))
    p.mark_rows(["Service date", "Code", "Service", "Charge", "Paid", "Codes"],
                [W * k / 100 for k in (13, 9, 45, 11, 10, 12)], ["L", "L", "L", "R", "R", "L"], rows, size=8.0)
    p.legend_cols("Codes", [("CO-29", "The time limit for filing has expired."),
                            ("CO-45", "Charge exceeds the Fund's allowance for a network provider."),
                            ("CO-16", "The claim lacks information needed to decide it."),
                            ("PR-3", "Copayment; collect from the patient."),
                            ("CO-27", "Expenses incurred after coverage ended."),
                            ("N211", "You may not appeal this decision to the patient.")], ncol=2, size=7.6,
                  code_w=12)
    p.bar("Why the breathing tests were not paid", 9.0)
    p.para(f"The Fund's plan rules give a network provider 90 days from the date of service to file a claim. The "
           f"breathing tests done on {long(s1)} reached the Fund on {long(rec1)}, more than 90 days later. "
           "We found no earlier claim for these tests from your office or a clearinghouse. As a network provider "
           "you may not bill the patient for a claim refused for late filing.", 8.8)
    p.para("The office visit claim was paid; the check or transfer is on your next payment register.", 8.8)
    p.add_page()
    p.bar("Reconsideration", 9.0)
    p.para("You may ask the Fund to reconsider within 60 days of the date of this notice. Send proof that the claim "
           "was filed on time, such as a clearinghouse acceptance report dated within the 90 days, to Provider "
           f"Reconsideration, {FUND}, {ADDR[0]}, {ADDR[1]}.", 8.8)
    p.para("If the tests were done because of the patient's work (for example, exposure to embalming chemicals), "
           "the claim may also be sent to the employer's workers' compensation carrier.", 8.6)
    p.ln(2)
    sign(p, [first_last(sig), "Provider Claims", "Fund Office"])
    t = truth("eob", "timely_filing", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[c1], claim_amount=m2(late_total), service_dates=[iso(s1)], denial_date=iso(nd),
              provider=dr(pulm, "MD"), appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [practice, pulm]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_appeal(rng):
    member = people(rng, 1, "fw", sexes="F", used=USED)[0]
    envdoc, chair, advisor = people(rng, 3, "fc", sexes="MFM", used=USED)
    clinic = "Thistlebeck Environmental Medicine Clinic"
    m = mid(rng)
    g = grp(rng)
    t1 = workday(dt.date(2026, 2, rng.randint(9, 12)))
    t2 = plus(t1, 2)
    clm = claim_no(rng, plus(t2, 8))
    first = workday(plus(t2, rng.randint(24, 30)))
    ap = f"AP26-{digits(rng, 4)}"
    meet = dt.date(2026, 6, 2)
    dd = dt.date(2026, 6, 9)
    lines = [(t1, "95015", "Intradermal tests, sequential and incremental, 24", 1248.00),
             (t2, "95015", "Intradermal tests, sequential and incremental, 12", 624.00),
             (t2, "95165", "Antigen preparation for drops, 10 doses", 314.00)]
    total = sum(x[3] for x in lines)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"Appeal {ap}  \u00b7  {first_last(member)}  \u00b7  decided {slash(dd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "203 Undertaker's Row", "Stourmere, TN 37397"], 9.2)
    p.f(10.6, "B")
    p.cell(0, 5.6, f"Decision of {wd_tue(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(ap, "appeal number", W * 0.22), (clm, "claim number", W * 0.26), (m, "member no.", W * 0.2),
                    (g, "group", W * 0.14), (PLAN, "plan", W * 0.18)], size=9.0)
    p.ruled_rows(["Date", "Code", "Service", "Charge"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total charges", usd(total)]],
                 [W * k / 100 for k in (15, 11, 56, 18)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(lines),))
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para_cols([
        f"The Appeals Committee of the Board of Trustees heard your appeal at its meeting {the_of(meet)}. You asked "
        f"the Trustees to pay for the testing and treatment drops that {dr(envdoc, 'MD')} of {clinic} gave you for "
        "chemical sensitivity, which you link to years of formaldehyde exposure as an embalmer. The Fund Office "
        f"refused the claim on {long(first)}.",
        "What the Committee read: your letter and your co-worker's statement, the clinic's notes and test results, "
        "your allergist's letter, the Fund's rule on experimental and investigational services, and the report of "
        "an independent allergist who reviewed the file for the Trustees.",
        "What the rule says: the Fund does not pay for a test or treatment that is experimental or investigational, "
        "that is, one whose benefit has not been shown in well-designed studies published in peer-reviewed "
        "journals, or that the specialty's national societies do not accept as standard care.",
        "What the Committee found: provocation-neutralization testing and the drops made from its results have not "
        "been shown to diagnose or treat chemical sensitivity. The national allergy societies call the method "
        "unproven. The Committee does not doubt that you feel unwell; the Fund continues to pay for the usual "
        "allergy and lung tests your doctors order.",
        "Decision: the refusal is upheld. The testing and the drops are experimental under the plan rules.",
        "This is the Trustees' final decision on your claim.",
    ], size=8.7)
    p.add_page()
    p.bar("Your rights", 9.0)
    p.para("You may ask for an external review by an independent review organization within four months after you "
           "receive this decision. You also have the right to bring a civil action under section 502(a) of the "
           "Employee Retirement Income Security Act. You may ask for free copies of all documents the Committee "
           "relied on, including the independent allergist's report.", 9.0)
    p.ln(2)
    p.signers([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
              [dr(advisor, "MD"), "Medical Advisor to the Trustees", "allergy and immunology"], size=8.6)
    p.para(f"cc: {dr(envdoc, 'MD')}, {clinic}", 8.0)
    t = truth("denial_letter", "experimental", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(t1), iso(t2)], denial_date=iso(dd),
              provider=dr(envdoc, "MD"), appeal_deadline=None,
              alternates={"insurer": FUND_ALT, "case_numbers": [[ap], [clm]], "provider": [clinic, envdoc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_approval(rng):
    member = people(rng, 1, "fw", sexes="M", used=USED)[0]
    surg, nurse = people(rng, 2, "fc", sexes="MF", used=USED)
    m = mid(rng)
    dashed = f"{m[:2]}-{m[2:5]}-{m[5:]}"
    g = grp(rng)
    ad = workday(dt.date(2026, 5, rng.randint(4, 7)))
    planned = workday(plus(ad, rng.randint(16, 22)))
    pc = f"PC-{digits(rng, 6)}"
    req = plus(ad, -rng.randint(3, 5))
    tx = (f"{slash(ad)} {rng.randint(8, 11)}:{rng.randint(10, 59)}  VESPERA FUND OFFICE PRECERT  615555{digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="PRECERTIFICATION APPROVED")
    p.addr_pair("Member", [member, "66 Smeltmill Road", "Stourmere, TN 37397"],
                "Copy faxed to", [dr(surg, "MD"), "Cornwell Orthopaedic Group", f"Fax {phone(rng, '615')}"])
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Date", dd_mon(ad), 0.22), ("Precertification no.", pc, 0.26), ("Member no.", dashed, 0.28),
              ("Group", g, 0.24)],
             [("Plan", PLAN, 0.22), ("Request received", abbr(req), 0.26), ("Planned surgery date", slash(planned), 0.28),
              ("Valid through", slash(plus(planned, 60)), 0.24)]], size=8.8)
    p.ruled_rows(["Code", "Approved service", "Setting", "Units"],
                 [["29827", "Arthroscopic rotator cuff repair, right shoulder", "Outpatient surgery center", "1"],
                  ["64415", "Nerve block for pain after surgery", "Outpatient surgery center", "1"],
                  ["97161", "Physical therapy evaluation after surgery", "Network therapist", "1"]],
                 [W * k / 100 for k in (12, 52, 26, 10)], ["L", "L", "L", "R"], size=8.4)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Fund approved the shoulder surgery that {dr(surg, 'MD')} asked for, to be done at Cornwell "
           "Surgery Center. The approval covers the surgeon, the surgery center and the anesthesia for this surgery "
           "only, and up to 20 physical therapy visits with a network therapist after it.", 9.2)
    p.para("An approval is not a promise to pay if you are not eligible on the day of surgery. Your eligibility "
           "depends on the hours your employer reports, including on-call hours. Your share: the $250.00 "
           "outpatient surgery copayment.", 9.0)
    p.para("You do not need to do anything. Nothing in this letter refuses a service.", 9.2)
    p.ln(1)
    sign(p, [dr(nurse, "RN"), "Precertification Nurse", "Fund Office"])
    t = truth("other", None, insurer=FUND, plan_id=PLAN, group=g, member_id=dashed, member_name=member, cases=[pc],
              service_dates=[iso(planned)], denial_date=iso(ad), provider=dr(surg, "MD"),
              alternates={"insurer": FUND_ALT, "service_dates": [[]], "member_id": [m],
                          "provider": [surg, "Cornwell Orthopaedic Group", "Cornwell Surgery Center"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_fusion(rng):
    member = people(rng, 1, "fw", sexes="M", used=USED)[0]
    surg, rev = people(rng, 2, "fc", sexes="FM", used=USED)
    inst = "Pitchcombe Spine Institute"
    m = mid(rng)
    g = grp(rng)
    ld = workday(dt.date(2026, 5, rng.randint(25, 28)))
    rq = plus(ld, -rng.randint(6, 9))
    planned = workday(plus(ld, rng.randint(20, 26)))
    pc = f"PC-{digits(rng, 6)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_spaced(p, rng, box="PRECERTIFICATION DENIED")
    y = p.get_y()
    addr_block(p, [member, "512 Cortege Lane", "Marlow Gap, TN 37385"], 9.4)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.bare_ids([(long(ld), "letter date"), (pc, "request no."), (grouped(m), "member no."), (g, "group"),
                (PLAN, "plan")], x=p.l_margin + W * 0.55, y=y, w=W * 0.45, size=8.8)
    p.set_y(y + 28)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(rq)}, {dr(surg, 'MD')} of {inst} asked the Fund to precertify a lumbar spinal fusion at L4-L5 "
           f"(22633) with a two-night hospital stay, planned for {long(planned)}. We have denied the request.", 9.4)
    p.bar("Why", 9.0)
    p.para("The Fund covers spinal fusion for low back pain when the X-rays show the spine slipping or moving "
           "abnormally, or when nerve damage is getting worse, and after at least six months of treatment without "
           "surgery (physical therapy, medicines, injections). Your records show back pain since a lifting strain "
           "in January, six weeks of physical therapy and no slipping on the bending X-rays. A spine surgeon who "
           "reviewed the records for the Fund found that fusion is not medically necessary for you at this time.",
           9.2)
    p.para("Other care the Fund covers: more physical therapy with a network therapist, a pain clinic visit and "
           "spinal injections (these need precertification).", 9.2)
    p.bar("Appeal", 9.0)
    p.para(f"You or your surgeon may appeal within 180 days of the date of this letter to the Appeals Committee, "
           f"{FUND}, {ADDR[0]}, {ADDR[1]}. If waiting could seriously harm your health, ask for an urgent appeal; "
           "it will be decided within 72 hours. Your surgeon may also call to talk with our reviewer.", 9.2)
    p.ln(1)
    sign(p, [dr(rev, "MD"), "Physician Reviewer (orthopaedic spine)", "for the Fund Office"])
    t = truth("denial_letter", "medical_necessity", insurer=FUND, plan_id=PLAN, group=g, member_id=m,
              member_name=member, cases=[pc], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(surg, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [inst, surg], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_hours(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    nurse, sig = people(rng, 2, "fc", sexes="FM", used=USED)
    uc = "Linden Plaza Urgent Care"
    m = mid(rng)
    g = grp(rng)
    visit = workday(dt.date(2026, 5, rng.randint(11, 14)))
    ld = workday(plus(visit, rng.randint(20, 25)))
    clm = claim_no(rng, plus(visit, 5))
    items = [("99213", "Consulta, paciente establecido", 168.00), ("90746", "Vacuna contra hepatitis B, dosis 2", 112.00),
             ("86706", "Anticuerpo de superficie de hepatitis B", 46.00)]
    total = sum(x[2] for x in items)
    hours = [("enero", 64, 96, 24), ("febrero", 70, 112, 28), ("marzo", 76, 128, 32)]
    cred = sum(h[1] + h[3] for h in hours)
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="AVISO SOBRE SU RECLAMACIÓN")
    addr_block(p, [member, "88 Calle Jazmín Azul", "Stourmere, TN 37397"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Stourmere, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_line([[("Número de miembro", grouped(m), "dash"), ("Grupo", g, "dash")],
                [("Plan", PLAN, "gap"), ("Reclamación", clm, "gap")],
                [("Proveedor", f"{uc} \u2013 {dr(nurse, 'FNP')}", "dash")],
                [("Fecha de servicio", dmy_slash_es(visit), "dash")]], size=8.8, gap_w=14)
    p.para(f"Estimada señora {member.split()[-1]}:", 9.4)
    p.para(f"El Fondo recibió la reclamación de {uc} por su consulta del {es_date(visit)}, la segunda dosis de la vacuna contra la "
           "hepatitis B y el análisis de sangre. El Fondo no la pagó, porque usted no tenía cobertura en esa "
           "fecha.", 9.2)
    p.para("Su cobertura de abril a junio depende de las horas acreditadas en el trimestre de trabajo de enero a "
           "marzo. Se necesitan 300 horas. Las horas de guardia (cuando usted está disponible de noche o en fin de "
           "semana para recoger a un difunto) cuentan una hora por cada cuatro horas de guardia.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Mes", "Horas trabajadas", "Horas de guardia", "Guardia acreditada", "Total acreditado"],
                 [[mm, str(w), str(gd), str(c), str(w + c)] for mm, w, gd, c in hours] +
                 [["Trimestre", "", "", "", str(cred)]],
                 [W * k / 100 for k in (24, 19, 19, 19, 19)], ["L", "R", "R", "R", "R"], size=8.4,
                 bold_rows=(len(hours),))
    p.ruled_rows(["Código", "Servicio", "Cobrado", "Pagado"],
                 [[c, s, f"${n2(a)}", "0.00"] for c, s, a in items] + [["", "Total de la reclamación", usd(total),
                                                                        "0.00"]],
                 [W * k / 100 for k in (14, 54, 17, 15)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Lo que puede hacer", 9.0)
    p.bullets([
        f"Pago propio: puede mantener la cobertura pagando la cuota de autopago (plan {SELFPAY}) de $612.00 al mes. "
        "El pago para mayo debe llegar antes del 15 de junio de 2026; si lo paga, enviaremos la reclamación a "
        "procesar otra vez.",
        "Si su empleador no reportó todas sus horas de guardia, pídale que envíe un reporte corregido al Fondo.",
        f"Apelación: puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de esta "
        f"carta. Escriba al Comité de Apelaciones, {FUND}, {ADDR[0]}, {ADDR[1]}.",
    ], size=9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Unidad de Elegibilidad", "Oficina del Fondo"], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(nurse, "FNP"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + ["Fondo Vespera"], "provider": [uc, nurse]})
    return out(p), t


def dmy_slash_es(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_patch_test_comp_first", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_hand_cover_two_letters", "fax_standard_g4", stack_docs, separators=[cover, None],
             turns={(1, 0): 180}),
        Item(f"{f}_faxstd_late_spirometry_to_pulmonary", "fax_standard_g4", [faxstd_late(rng)]),
        Item(f"{f}_scan300_appeal_provocation_testing_upheld", "scan_clean_300", [scan300_appeal(rng)]),
        Item(f"{f}_faxfine_precert_shoulder_approved", "fax_fine_g4", [faxfine_approval(rng)]),
        Item(f"{f}_photo_lumbar_fusion_not_necessary", "phone_photo", [photo_fusion(rng)]),
        Item(f"{f}_lowres_es_horas_de_guardia", "scan_lowres_150", [lowres_es_hours(rng)]),
    ]
