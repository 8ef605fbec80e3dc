"""An invented health plan for mimes, clowns, jugglers, stilt walkers and other street performers: the Motley & Mask
Performers Health Plan ("MOTLEY & MASK", "a member of the Cobblestone Arts Benefit Alliance"), self-funded by the
Motley & Mask Performers Welfare Fund and administered by Tumbleweir Benefit Administrators, LLC. Eligibility is by
festival season: performance days logged between April 1 and October 31 (street-performance permits, festival
contracts and circle logbooks) are credited, and a season with at least 36 credited days covers the member from
November 1 through the next October 31. Members belong to local circles (the group numbers MMC-03, MMC-07, MMC-12,
MMC-19); plans MMP-S500 (Street) and MMP-T250 (Troupe); member numbers "MM" + seven digits printed in groups. The plan
pays 20 chiropractic visits a year and no passive treatments by chiropractors, uses a network, treats shock wave
therapy as investigational, follows a voice care guideline for repeat stroboscopy, pays after an event's accident
policy for injuries at a paid booking, and wants claims within 120 days. Every person, provider, number, code (X14,
X41, ...) and rule is invented; CARCs (CO-29, CO-27, CO-45, PR-1 ...), CPT / HCPCS and ICD-10 codes appear as
themselves; phones 555.

Documents (8 in 7 files):
- born_digital: a two-page member EOB with three claims (dermatology for sun damage, physical therapy after a fall,
  chiropractic); the chiropractic claim is refused only by zero-paid rows carrying X14 and X41, whose meanings are on
  page 2 of a legend that runs over two pages and lists codes no row uses.
- fax_standard_g4: pre-service refusal of a repeat laryngeal videostroboscopy for a street singer and clown (not
  medically necessary); laryngologist and voice therapist side by side; captions in running lines with no colon.
- fax_standard_g4 stack: a circle steward's home-made fax cover, the plan's letter refusing a stilt walker's fracture
  stay until the event company's accident policy pays (page 2 upside down), and the festival season credit statement
  (denies nothing).
- scan_lowres_150 (Spanish): a mime's physical therapy refused because the 2025 season credited only 29 days.
- fax_fine_g4: pre-service refusal of shock wave therapy for a stilt walker's plantar fasciitis (investigational).
- scan_clean_300: a provider remittance to a community health center with three patients' claims; a fire performer's
  burn visit is refused by CO-29 rows (filed late) beside a legend with CO-27.
- photocopy: appeal decision upholding the refusal of Mohs surgery by an out-of-network surgeon in a festival town.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrb import (ERSheet, abbr, digits, dmy, es_date, es_short, fax_line, iso, long, n2, ordinal, plus,
                               short_md, slash, steward_cover, upper, usd, wday, yy)
from public_kit import m2, out, truth

FAMILY = "motley_and_mask_street_performers_health_plan_season_days_stilt_fall_voice_scope_shockwave_and_late_claim_refusals"
LANG = "en"
SEED = 355171
PLAN = "Motley & Mask Performers Health Plan"
TPA = "Tumbleweir Benefit Administrators, LLC"
FUND = "Motley & Mask Performers Welfare Fund"
PLAN_ALT = ["Motley & Mask", "Motley and Mask Performers Health Plan", "Motley and Mask", FUND, TPA,
            "Tumbleweir Benefit Administrators"]
TAG = "Health cover for mimes, clowns and street performers"
PARENT = "a member of the Cobblestone Arts Benefit Alliance"
ADMIN = ("The Motley & Mask Performers Health Plan is administered by Tumbleweir Benefit Administrators, LLC, PO Box "
         "3318, Larchgate, OR 97403, for the Board of Trustees of the Motley & Mask Performers Welfare Fund. The Plan "
         "is self-funded; it is not insurance.")
RIGHT = ["Member line 1-877-555-0163", "Voice & hearing nurse line 1-877-555-0164", "Fax (541) 555-0178",
         "motleyandmask.example"]
STREET, TROUPE = "MMP-S500", "MMP-T250"


def mm(rng: random.Random) -> tuple[str, str]:
    """Member number printed in groups ('MM 4471 820') and as the truth compares it ('MM4471820')."""
    a, b = digits(rng, 4), digits(rng, 3)
    return f"MM {a} {b}", f"MM{a}{b}"


def claim_no(rng: random.Random, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def head(p: ERSheet, tagline: str = TAG, lines: list[str] | None = None, admin: str = ADMIN, right=None):
    p.amp_head("MOTLEY & MASK", tagline, PARENT, admin, right or RIGHT,
               lines=lines or ["Performers Health Plan  \u00b7  PO Box 3318, Larchgate, OR 97403"], size=22)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Ottoline B. Quarrie"
    mp, mt = mm(rng)
    sd = dt.date(2026, 4, 24)
    stmt = f"EOB{digits(rng, 9)}"
    DERM, PTC, CHIRO = "Heronsgate Dermatology", "Kestle Lane Physical Therapy", "Calloway Street Chiropractic"
    pa, dpt, dc = "Wilhelmina Osei, PA-C", "Tobias Grell, DPT", "Renata Bosko, DC"
    a1, b1, b2, x1, x2 = (dt.date(2026, 3, 11), dt.date(2026, 3, 17), dt.date(2026, 3, 19), dt.date(2026, 3, 30),
                          dt.date(2026, 4, 2))
    c1, c2, c3 = claim_no(rng, plus(a1, 5)), claim_no(rng, plus(b2, 4)), claim_no(rng, plus(x2, 6))
    # (date, code, service, billed, allowance, copay/coins, paid, you owe, code)
    rows1 = [(a1, "99213", "Office visit, established", 165.00, 118.40, 25.00, 93.40, 25.00, "PR-3"),
             (a1, "17000", "Destroy premalignant lesion, first", 142.00, 101.20, 20.24, 80.96, 20.24, "P1"),
             (a1, "17003", "Destroy lesions 2-14, each (x4)", 96.00, 64.80, 12.96, 51.84, 12.96, "P1")]
    rows2 = [(b1, "97161", "PT evaluation, low complexity", 190.00, 128.60, 25.72, 102.88, 25.72, "P1"),
             (b2, "97110", "Therapeutic exercise (x2)", 128.00, 86.40, 17.28, 69.12, 17.28, "CO-45"),
             (b2, "97530", "Therapeutic activities", 96.00, 66.20, 13.24, 52.96, 13.24, "P1")]
    rows3 = [(x1, "98941", "Chiropractic manipulation, 3-4 regions", 85.00, 0.00, 0.00, 0.00, 85.00, "X14"),
             (x1, "97012", "Mechanical traction", 45.00, 0.00, 0.00, 0.00, 45.00, "X41"),
             (x2, "98941", "Chiropractic manipulation, 3-4 regions", 85.00, 0.00, 0.00, 0.00, 85.00, "X14"),
             (x2, "97010", "Hot or cold packs", 25.00, 0.00, 0.00, 0.00, 25.00, "X41")]

    def fmt(rows):
        o, tot = [], [0.0] * 5
        for d, code, svc, bl, al, cc, pd, yo, rc in rows:
            o.append([yy(d), code, svc, n2(bl), n2(al), n2(cc), n2(pd), n2(yo), rc])
            for k, v in enumerate((bl, al, cc, pd, yo)):
                tot[k] += v
        return o, tot

    r1, t1 = fmt(rows1)
    r2, t2 = fmt(rows2)
    r3, t3 = fmt(rows3)

    def total(t):
        return ["", "", "Claim total"] + [n2(v) for v in t] + [""]

    claims = [{"head": f"Claim {c1}   {DERM}", "sub": [f"Rendering  {pa}          Billing  {DERM}, Larchgate"],
               "rows": r1, "total": total(t1)},
              {"head": f"Claim {c2}   {PTC}", "sub": [f"Rendering  {dpt}          Billing  {PTC}"], "rows": r2,
               "total": total(t2)},
              {"head": f"Claim {c3}   {CHIRO}", "sub": [f"Rendering  {dc}          Billing  {CHIRO}, LLC"],
               "rows": r3, "total": total(t3)}]
    p = ERSheet(footer="Page {n} of {nb}", legal=ADMIN,
                run_hdr=f"MOTLEY & MASK  \u00b7  Explanation of benefits {stmt}  \u00b7  {mem}  \u00b7  page {{n}} of "
                        f"{{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p)
    W = p.W
    p.bar("EXPLANATION OF BENEFITS", right="THIS IS NOT A BILL", size=10.5)
    y0 = p.get_y()
    p.address_block([mem, "Studio 4, The Old Tram Shed", "19 Cobbler's Reach", "Larchgate OR 97405"], 9.4, y=y0 + 1,
                    h=4.5)
    x = p.l_margin + W * 0.45
    p.set_xy(x, y0 + 1)
    p.runline([("Statement date", long(sd))], mode="gap", size=9, gap=5, x=x)
    p.runline([("Member ID", mp), ("Circle", "MMC-07")], mode="none", size=8.8, sep=6, x=x)
    p.runline([("Plan", STREET), ("Statement", stmt)], mode="none", size=8.6, sep=6, x=x)
    p.runline([("Stage name on file", "Professor Plink")], mode="gap", size=8.4, gap=3, x=x, bold=False)
    p.runline([("Covered", "11/01/2025 through 10/31/2026 (2025 season: 44 days)")], mode="gap", size=8.2, gap=3,
              x=x, bold=False)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 3)
    p.small("Claims we finished since your last statement are below. A code in the last column tells why a line was paid "
            "the way it was; the codes are explained after the claims. \"You owe\" is the most a provider in the "
            "network can ask you to pay.", 7.8)
    p.claims_grid(["Date", "Code", "Service", "Billed", "Plan allowance", "Copay / coinsurance", "Plan paid",
                   "You owe", "Code"],
                  [15, 12, 55, 16, 18, 20, 17, 16, W - 169], ["L", "L", "L", "R", "R", "R", "R", "R", "C"], claims,
                  size=7.6, row_h=4.9)
    p.set_font("Sans", "B", 8.4)
    p.cell(0, 5, f"This statement:  billed {usd(t1[0] + t2[0] + t3[0])}   plan paid {usd(t1[3] + t2[3] + t3[3])}   "
                 f"you owe {usd(t1[4] + t2[4] + t3[4])}", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.2)
    p.cell(0, 4.6, "2026 deductible $500.00: met.  Out-of-pocket so far $1,186.44 of $4,000.00.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    legend = [("P1", "Paid at the network allowance; 20% coinsurance applies."),
              ("P2", "Applied to your deductible."),
              ("PR-3", "Office visit copay ($25.00)."),
              ("CO-45", "Charge above the network allowance. A network provider may not bill you for the difference."),
              ("CO-4", "The procedure code does not match the modifier used."),
              ("X4", "Not a covered service under the Plan."),
              ("X11", "No credited festival season: you were not covered on the date of service."),
              ("X14", "Chiropractic manipulation. The Plan pays for 20 visits in a calendar year; this visit is past "
                      "the 20th. You may be billed for it."),
              ("X41", "Passive treatments (hot or cold packs, mechanical traction, ultrasound, electrical "
                      "stimulation) are not covered when a chiropractor gives them."),
              ("W7", "Injury at a paid booking. The event's accident policy pays first; send us its decision."),
              ("L9", "The claim reached us more than 120 days after the date of service.")]
    p.legend_split("What the codes mean", legend, break_after=5, size=7.6, code_w=12)
    p.columns([
        ("Appeals", "If you think a line was handled wrongly, you may appeal within 180 days of the date of this "
         "statement. Write to Motley & Mask Appeals, PO Box 3318, Larchgate, OR 97403, or fax (541) 555-0178, and "
         "give the claim number. A friend, your circle steward or a lawyer may appeal for you if you say so in "
         "writing."),
        ("Season credit", "Your cover comes from the performance days credited in the last festival season. Keep "
         "your permits and festival contracts; days without a permit are credited only from a circle logbook signed "
         "by the steward."),
        ("Sun and skin", "Members pay no copay for one skin check a year with a network dermatologist. Ask your "
         "circle for the free SPF 50 kit."),
        ("Help in your language", "Espa\u00f1ol, Fran\u00e7ais, Portugu\u00eas, Italiano: 1-877-555-0163. Deaf "
         "members: text 541-555-0165 or use relay 711."),
    ], n=2, size=8.2)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=STREET, group="MMC-07", member_id=mt, member_name=mem,
              cases=[c3], claim_amount=m2(t3[0]), service_dates=[iso(x1), iso(x2)], denial_date=iso(sd),
              provider=CHIRO, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [dc, "Renata Bosko", CHIRO + ", LLC"]},
              denial_alternates=["other"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_strobe(rng):
    mem = "Florian J. Abernethy"
    mp, mt = mm(rng)
    ld = dt.date(2026, 5, 12)
    got = dt.date(2026, 5, 8)
    plan_d = dt.date(2026, 5, 19)
    last = dt.date(2026, 3, 3)
    ther = dt.date(2026, 4, 2)
    req = f"UM-26-{digits(rng, 5)}"
    CTR = "Penrose Voice & Swallowing Center"
    md, slp = "Dr. Halvard Quist, MD", "Marit Sandoval, MS, CCC-SLP"
    job = digits(rng, 4)
    fl = fax_line(ld, "16:05", "TUMBLEWEIR UM", "(541) 555-0179", "PENROSE VOICE CTR 5415550150", job)
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fl, legal=ADMIN)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Health cover for mimes, clowns and street performers  \u00b7  Utilization Management")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "Flat 2, 7 Ropewalk Yard", "Larchgate OR 97402"], 9.6, y=y0)
    x = p.l_margin + W * 0.48
    p.set_xy(x, y0)
    p.runline([("Notice date", long(ld))], mode="gap", size=8.8, gap=5, x=x)
    p.runline([("Member ID", mp), ("Circle", "MMC-12")], mode="none", size=8.8, sep=5, x=x)
    p.runline([("Request", req)], mode="dash", size=8.8, x=x)
    p.runline([("Plan", TROUPE)], mode="gap", size=8.8, gap=12, x=x)
    p.runline([("Date received", slash(got))], mode="gap", size=8.4, gap=3, x=x, bold=False)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Notice of pre-service decision: repeat videostroboscopy not approved", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Requesting physician", [md, "Laryngology", CTR]),
                 ("Treating voice therapist", [slp, "Voice therapy since " + slash(ther), CTR])])
    p.run_table(["Service requested", "Code", "Diagnosis", "Planned date", "Decision"],
                [["Laryngoscopy with stroboscopy", "31579", "J38.2 vocal fold nodules", slash(plan_d),
                  "Not approved"]], [58, 18, 50, 26, W - 152], aligns=["L", "L", "L", "L", "L"], size=8.4)
    p.para(f"Dear Mr. {mem.split()[-1]} and Dr. Quist:", 9.6)
    p.para(f"On {long(got)} {CTR} asked the Plan to approve a laryngoscopy with stroboscopy for Mr. Abernethy on "
           f"{long(plan_d)}. He works as a street singer and clown and has been hoarse since the winter market "
           "season.", 9.2)
    p.para(f"**Our decision.** A doctor who reviews for the Plan read the request and the notes. The stroboscopy on "
           f"{long(last)} showed nodules on both vocal folds. The Plan's voice care guideline (VC-4) says a repeat "
           "exam is needed when the voice gets worse, when surgery is planned, or after at least 12 weeks of voice "
           "therapy. The notes show six therapy sessions since April 2 and no change in the voice or the "
           "symptoms. A repeat exam now would not change the treatment, so it is not medically necessary. The Plan "
           "will look at a new request after 12 weeks of therapy or if the voice gets worse.", 9.2)
    p.para("**Appeal.** You, your doctor or someone you choose may appeal within 180 days of the date of this notice. "
           "Send the appeal to Motley & Mask Appeals, PO Box 3318, Larchgate, OR 97403, or fax (541) 555-0178. "
           "Dr. Quist may ask to talk with the reviewing doctor: call 1-877-555-0166. If waiting could seriously "
           "harm your health, ask for a fast appeal; we answer those within 72 hours.", 9.2)
    p.para("**Voice therapy goes on.** Voice therapy with Ms. Sandoval stays approved through 07/31/2026 (20 "
           "sessions, authorization VT-" + digits(rng, 5) + ").", 9.0)
    p.signature(["Utilization Management", TPA, f"for the {PLAN}"], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=TROUPE, group="MMC-12", member_id=mt,
              member_name=mem, cases=[req], service_dates=[iso(plan_d)], denial_date=iso(ld), provider=CTR,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [md, "Halvard Quist"], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_stilt_fall(rng):
    mem = "Juniper A. Wrenfield"
    mp, mt = mm(rng)
    steward = "Bartholomew Crane"
    HOSP = "Sallowmere General Hospital"
    md = "Dr. Anouk Fiskerton, MD"
    adm, dis = dt.date(2026, 6, 6), dt.date(2026, 6, 8)
    got = dt.date(2026, 6, 19)
    ld = dt.date(2026, 6, 30)
    fax_day = dt.date(2026, 7, 6)
    st_d = dt.date(2026, 1, 15)
    cn = claim_no(rng, got)
    pol = f"FSU-PA-{digits(rng, 5)}"
    booking = f"LKE-{digits(rng, 4)}"
    billed = 21406.80
    job = digits(rng, 4)
    fl = fax_line(fax_day, "09:18", "CIRCLE 7 STEWARD", "(541) 555-0125", "LARKHILL EVENTS RISK 5415550122", job)
    cover = steward_cover("FAX", ["Circle 7 (Riverside Pitches)  \u00b7  Motley & Mask Performers",
                                  f"{steward}, steward  \u00b7  tel (541) 555-0125  \u00b7  fax (541) 555-0126"],
                          [("To", "Larkhill Events Ltd., Risk & Insurance"), ("Fax", "(541) 555-0122"),
                           ("From", f"{steward} (steward, Circle 7)"), ("Date", slash(fax_day)),
                           ("Pages", "4 counting this one"), ("About", f"J. Wrenfield, stilt fall {short_md(adm)}")],
                          ["Hello - our member Juniper Wrenfield fell from her stilts at your summer party at Gannet "
                           f"Wharf Pavilion (your booking {booking}). Her health plan says your accident policy has to "
                           "pay the hospital first. Their letter and her season statement are attached so you can see "
                           "she is a covered member.", "Please send the claim to your insurer and tell me the claim "
                           "number. Thanks, Bart"], fax_hdr=fl, fax_tot=4)
    # --- document 1: the plan's letter (2 pages) ---------------------------------------------------------------------
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fl, fax_off=1, fax_tot=4, legal=ADMIN)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "Boat 11, Heron Moorings", "Larchgate OR 97408"], 9.6, y=y0)
    x = p.l_margin + W * 0.5
    p.set_xy(x, y0)
    p.runline([("Date", long(ld))], mode="dash", size=8.8, x=x)
    p.runline([("Claim", cn)], mode="dash", size=8.8, x=x)
    p.runline([("Member", mp), ("Circle", "MMC-07")], mode="dash", size=8.8, sep=5, x=x)
    p.runline([("Plan", STREET)], mode="dash", size=8.8, x=x)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 4)
    p.set_font("Serif", "B", 12.5)
    p.multi_cell(W, 6.5, "Your hospital claim: the event's accident policy pays first", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Surgeon", [md, "Orthopaedic Trauma Service", HOSP]),
                 ("Hospital (billing)", [HOSP, "1 Infirmary Hill, Sallowmere, OR", f"NPI 1{digits(rng, 9)}"])])
    p.run_table(["Dates", "Service", "Charges"],
                [[slash(adm), "Emergency department visit, X-rays of the right ankle", n2(3118.20)],
                 [slash(adm), "Open repair of ankle fracture (27822), anesthesia, implants", n2(12944.60)],
                 [f"{slash(adm)} - {slash(dis)}", "Inpatient stay, 2 nights", n2(5344.00)],
                 ["", "Total billed", n2(billed)]], [44, 100, W - 144], aligns=["L", "L", "R"], size=8.6,
                bold_rows={3})
    p.para(f"Dear Ms. {mem.split()[-1]}:", 9.6)
    p.para(f"{HOSP} sent us its claim on {slash(got)} for your care after you fell from your stilts on {long(adm)}. "
           "The hospital's notes and your accident form say the fall happened during a paid performance at a summer "
           f"party that Larkhill Events Ltd. booked (booking {booking}).", 9.2)
    p.add_page()
    p.heading("Why we are not paying now", 10.4)
    p.para("Section 11 of the Plan says that when a member is hurt at a paid booking and the event organizer has an "
           "accident or medical payments policy for performers, that policy pays first. Larkhill Events' contract "
           f"with your circle names a participant accident policy from Fenwick Specialty Underwriters (policy {pol}). "
           "We will look at the claim again when you or the hospital send us that insurer's decision or its "
           "explanation of payment. We will then pay what the Plan covers that the other policy did not pay.", 9.2)
    p.heading("What you can do", 10.4)
    p.bullets(["Ask Larkhill Events or your circle steward for the claim form of the accident policy, and send the "
               "hospital's bill to that insurer.",
               "If the accident policy refuses the claim or has run out, send us its letter; we will process the "
               "claim within 30 days.",
               "If you think the fall did not happen at a paid booking, tell us why. You may appeal within 180 days "
               "after you receive this letter, in writing, to Motley & Mask Appeals, PO Box 3318, Larchgate, OR "
               "97403."], 9)
    p.small("A claim the other policy has decided must still reach us within 120 days of that decision. Example: a "
            "decision dated August 3 gives you until December 1.", 7.8)
    p.signature(["Claims Department", TPA, f"for the {PLAN}"], 9.2)
    letter = out(p)
    t1 = truth("denial_letter", "other", insurer=PLAN, plan_id=STREET, group="MMC-07", member_id=mt, member_name=mem,
               cases=[cn], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
               provider=HOSP,
               alternates={"insurer": PLAN_ALT, "provider": [md, "Anouk Fiskerton"],
                           "appeal_deadline": [iso(plus(ld, 180))], "service_dates": [[iso(adm)]]})
    # --- document 2: the festival season credit statement (1 page) --------------------------------------------------
    s = ERSheet(footer=None, fax_hdr=fl, fax_off=3, fax_tot=4)
    s.set_margins(16, 14, 16)
    s.add_page()
    head(s, "Festival season credit statement")
    W = s.W
    s.sc_boxes([("Member", mem, 0.34), ("Member ID", mp, 0.22), ("Circle", "MMC-07", 0.14), ("Plan", STREET, 0.14),
                ("Issued", slash(st_d), 0.16)])
    s.set_font("Sans", "", 8.8)
    s.multi_cell(W, 4.4, "Performance days credited for the 2025 festival season (April 1 - October 31, 2025). A "
                         "season with 36 or more credited days covers you from November 1 through the next October "
                         "31.", new_x="LMARGIN", new_y="NEXT")
    s.ln(2)
    rows = [["April 2025", "Street permit SPP-25-1187 (Old Market Square)", "4", "permit"],
            ["May 2025", "Street permit SPP-25-1187; Larchgate Spring Fair", "9", "permit, contract"],
            ["June 2025", "Lantern Festival, Sallowmere (contract LF-2025-066)", "11", "contract"],
            ["July 2025", "Riverside pitches; Gannet Wharf Sundays", "10", "permit, logbook"],
            ["August 2025", "Harbour Buskers' Week (badge 4412)", "8", "contract"],
            ["September 2025", "Harvest Parade stilt troupe", "6", "contract"],
            ["October 2025", "Old Market Square", "4", "permit"],
            ["", "Total credited days", "52", ""]]
    s.run_table(["Month", "Where (permit, contract or logbook)", "Days", "Proof"], rows, [30, 104, 16, W - 150],
                aligns=["L", "L", "R", "L"], size=8.6, bold_rows={7})
    s.runline([("Result", "covered 11/01/2025 through 10/31/2026")], mode="gap", size=9.4, gap=6)
    s.runline([("Needed", "36 days"), ("Credited", "52 days"), ("Carry-over", "none")], mode="gap", size=8.8, gap=4,
              sep=10)
    s.ln(2)
    s.small("Days logged by a circle steward without a permit or contract count for no more than 10 days a season. If "
            "a day is missing, send the permit, the contract or a signed page from the circle logbook within 60 days "
            "of the date of this statement. This statement is not a bill and does not decide any claim.", 7.8)
    s.signature(["Eligibility Unit", TPA], 9)
    t2 = truth("other", None, insurer=PLAN, plan_id=STREET, group="MMC-07", member_id=mt, member_name=mem,
               denial_date=iso(st_d), alternates={"insurer": PLAN_ALT})
    return cover, [(letter, t1), (out(s), t2)]


# ------------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    mem = "Esperanza L. Villaseñor"
    mp, mt = mm(rng)
    ld = dt.date(2026, 2, 18)
    v1, v2 = dt.date(2026, 1, 14), dt.date(2026, 1, 21)
    got = dt.date(2026, 2, 2)
    cn = claim_no(rng, got)
    PT = "Almendral Physical Therapy"
    dpt = "Rubén Castellanos, DPT"
    billed = 420.00
    p = ERSheet(footer="Página {n} de {nb}", legal="Administrado por Tumbleweir Benefit Administrators, LLC, PO Box "
                "3318, Larchgate, OR 97403, para la Junta de Síndicos del Motley & Mask Performers Welfare Fund.")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.amp_head("MOTLEY & MASK", "Cobertura de salud para mimos, payasos y artistas callejeros",
               "miembro de la Cobblestone Arts Benefit Alliance",
               "Administrado por Tumbleweir Benefit Administrators, LLC. El Plan es autofinanciado; no es un seguro.",
               ["Línea para miembros 1-877-555-0163", "Fax (541) 555-0178", "motleyandmask.example"],
               lines=["Performers Health Plan  \u00b7  PO Box 3318, Larchgate, OR 97403"], size=22)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "3120 Calle Farolito, Apt 6", "Larchgate OR 97404"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.runline([("Fecha", es_date(ld))], mode="gap", size=9, gap=6, x=p.l_margin + W * 0.55)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 15) + 4)
    p.sc_boxes([("Número de miembro", mp, 0.26), ("Círculo", "MMC-19", 0.16), ("Plan", STREET, 0.18),
                ("Reclamo", cn, 0.22), ("Recibido", slash(got), 0.18)])
    p.set_font("Serif", "B", 12.5)
    p.multi_cell(W, 6.5, "No podemos pagar su terapia física: no tenía cobertura en enero de 2026", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Terapeuta", [dpt, PT]), ("Facturado por", [PT, "Larchgate, OR  \u00b7  NPI 1" + digits(rng, 9)])])
    p.run_table(["Fecha", "Código", "Servicio", "Cargo", "Pagado"],
                [[es_short(v1), "97110 / 97140", "Ejercicio terapéutico; terapia manual", n2(210.00), "0.00"],
                 [es_short(v2), "97110 / 97140", "Ejercicio terapéutico; terapia manual", n2(210.00), "0.00"],
                 ["", "", "Total", n2(billed), "0.00"]], [26, 28, 80, 22, W - 156],
                aligns=["L", "L", "L", "R", "R"], size=8.6, bold_rows={2})
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 9.6)
    p.para(f"{PT} nos envió el reclamo por dos visitas de terapia física para su hombro, el {es_date(v1)} y el "
           f"{es_date(v2)}.", 9.2)
    p.para("**Por qué no pagamos.** Su cobertura depende de los días de actuación acreditados en la temporada de "
           "festivales anterior (del 1 de abril al 31 de octubre). Para tener cobertura del 1 de noviembre de 2025 al "
           "31 de octubre de 2026 necesitaba 36 días acreditados en la temporada 2025. Su círculo y sus permisos "
           "muestran 29 días. Usted no pagó la cuota de continuación (US$ 312.00 al mes) antes del 30 de noviembre "
           "de 2025. Por eso no tenía cobertura en las fechas de las visitas.", 9.2)
    p.para("**Si faltan días.** Si actuó días que no aparecen, envíenos el permiso, el contrato del festival o una "
           "página firmada del libro del círculo. Si con ellos llega a 36 días, volveremos a procesar el reclamo.",
           9.2)
    p.para("**Apelación.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a Motley & Mask "
           "Appeals, PO Box 3318, Larchgate, OR 97403, o envíe un fax al (541) 555-0178. Su delegado de círculo "
           "puede ayudarle.", 9.2)
    p.signature(["Unidad de Elegibilidad", TPA, f"para el {PLAN}"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=STREET, group="MMC-19", member_id=mt,
              member_name=mem, cases=[cn], claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)],
              denial_date=iso(ld), provider=PT, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [dpt, "Rubén Castellanos"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_eswt(rng):
    mem = "Casimir D. Oakhurst"
    mp, mt = mm(rng)
    ld = dt.date(2026, 7, 3)
    got = dt.date(2026, 7, 1)
    plan_d = dt.date(2026, 7, 9)
    due = dt.date(2026, 9, 1)
    req = f"UM-26-{digits(rng, 5)}"
    dpm = "Dr. Corentin Ashby, DPM"
    CLIN = "Gallowgate Foot & Ankle"
    job = digits(rng, 4)
    fl = fax_line(ld, "11:47", "TUMBLEWEIR UM", "(541) 555-0179", "GALLOWGATE FOOT ANKLE 5415550140", job)
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fl, legal=ADMIN,
                run_foot=f"Request {req}  \u00b7  {mem}  \u00b7  Medical policy MP-114")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Health cover for mimes, clowns and street performers  \u00b7  Utilization Management")
    W = p.W
    p.runline([("To", f"{dpm}, {CLIN}"), ("Fax", "(541) 555-0140")], mode="gap", size=8.8, gap=4, sep=8)
    p.runline([("Member", mem), ("Member ID", mp), ("Circle", "MMC-03")], mode="gap", size=8.8, gap=3, sep=7)
    p.runline([("Plan", TROUPE), ("Request", req), ("Received", slash(got))], mode="gap", size=8.8, gap=3, sep=7)
    p.runline([("Decision date", long(ld))], mode="gap", size=8.8, gap=3)
    p.ln(3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Pre-service review: shock wave therapy is investigational under the Plan", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Requesting podiatrist", [dpm, "Foot and ankle surgery", CLIN + ", Larchgate OR"]),
                 ("Place of service", [CLIN + " - Eastside Office", "22 Gallowgate Road, Larchgate OR",
                                       f"NPI 1{digits(rng, 9)}"])])
    p.run_table(["Requested", "Code", "Diagnosis", "Planned", "Decision"],
                [["Shock wave therapy, plantar fascia", "28890", "M72.2 plantar fasciitis, right",
                  slash(plan_d), "Denied"]], [62, 16, 50, 22, W - 150], aligns=["L", "L", "L", "L", "L"], size=8.2)
    p.para(f"Dr. Ashby asked the Plan on {long(got)} to approve shock wave therapy (three sessions, the first on "
           f"{long(plan_d)}) for heel pain that Mr. Oakhurst, a stilt walker, has had since the spring parades.",
           9.2)
    p.para("**Decision: denied.** Under the Plan's medical policy MP-114, extracorporeal shock wave therapy for "
           "plantar fasciitis is investigational: the studies so far do not show that it works better than "
           "stretching, night splints, orthotics and injections. The Plan does not pay for investigational "
           "services (Plan section 9.4). The Plan does cover custom orthotics (once a year) and up to 20 physical "
           "therapy visits for this problem.", 9.2)
    p.para(f"**Appeal.** The member or the podiatrist may appeal. The appeal must reach us by {long(due)}. Send the "
           "notes and any studies you want us to read to Motley & Mask Appeals, PO Box 3318, Larchgate, OR 97403, "
           "or fax (541) 555-0178. For a peer-to-peer talk with the reviewer call 1-877-555-0166 by " +
           slash(plus(ld, 14)) + ".", 9.2)
    p.small(f"Reviewed by: Lorcan Beddoes, DPM, board-certified podiatric surgeon (license OR-DPM-{digits(rng, 4)}), "
            "for Tumbleweir Benefit Administrators, LLC. The reviewer has no financial interest in this decision.", 7.8)
    p.signature(["Utilization Management", TPA, f"for the {PLAN}"], 9.2)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=TROUPE, group="MMC-03", member_id=mt,
              member_name=mem, cases=[req], service_dates=[iso(plan_d)], denial_date=iso(ld),
              provider="Dr. Corentin Ashby", appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "provider": [CLIN], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_remit(rng):
    rd = dt.date(2026, 8, 14)
    CHC = "Millrace Community Health Center"
    np_ = "Hollis Marten, NP"
    pats = [("Ambrose K. Letheby", "MMC-12", STREET), ("Perpetua M. Danziger", "MMC-03", TROUPE),
            ("Evander T. Rooke", "MMC-19", STREET)]
    ids = [mm(rng) for _ in pats]
    d1, d2, d3 = dt.date(2026, 7, 8), dt.date(2026, 2, 10), dt.date(2026, 7, 22)
    rec2 = dt.date(2026, 7, 30)
    cns = [claim_no(rng, dt.date(2026, 7, 20)), claim_no(rng, rec2), claim_no(rng, dt.date(2026, 8, 1))]
    eft = f"EFT {digits(rng, 10)}"
    recs = [plus(d1, 9), rec2, plus(d3, 9)]
    lines = [
        [(d1, "99213", 172.00, 121.50, 25.00, 96.50, "PR-3"), (d1, "87081", 48.00, 31.20, 0.00, 31.20, "CO-45")],
        [(d2, "99214", 210.00, 0.00, 0.00, 0.00, "CO-29"), (d2, "16020", 164.00, 0.00, 0.00, 0.00, "CO-29"),
         (d2, "A6212", 38.00, 0.00, 0.00, 0.00, "CO-29")],
        [(d3, "99203", 236.00, 160.80, 25.00, 135.80, "PR-3"), (d3, "69210", 92.00, 58.40, 11.68, 46.72, "PR-2"),
         (d3, "92567", 64.00, 40.10, 8.02, 32.08, "PR-2")],
    ]
    claims, paid_all = [], 0.0
    for (name, circle, plan), (ip, _), cn, ls in zip(pats, ids, cns, lines):
        rows, tb, tp = [], 0.0, 0.0
        for d, code, b, a, pr, pd, rc in ls:
            rows.append([slash(d), code, n2(b), n2(a), n2(pr), n2(pd), rc])
            tb += b
            tp += pd
        paid_all += tp
        first, mid, last = name.split()
        claims.append({"head": f"Claim {cn}   Patient {last.upper()}, {first.upper()} {mid.rstrip('.')}   "
                               f"Member {ip}   Circle {circle}   Plan {plan}",
                       "sub": [f"Rendering  {np_ if cn == cns[1] else 'Dr. Oriel Santangelo, MD'}          Billing  "
                               f"{CHC}          Received {slash(recs[cns.index(cn)])}"],
                       "rows": rows, "total": ["", "Claim total", n2(tb), "", "", n2(tp), ""]})
    billed2 = sum(x[2] for x in lines[1])
    p = ERSheet(footer="Page {n} of {nb}", legal=ADMIN,
                run_hdr=f"MOTLEY & MASK provider remittance  \u00b7  {CHC}  \u00b7  {rd.strftime('%m/%d/%Y')}  "
                        f"\u00b7  page {{n}} of {{nb}}")
    p.set_margins(16, 13, 16)
    p.add_page()
    head(p, "Provider remittance advice", lines=["Performers Health Plan  \u00b7  Provider Services 1-877-555-0167"])
    W = p.W
    y0 = p.get_y()
    p.address_block([CHC, "Attn: Patient Accounts", "400 Millrace Lane", "Larchgate OR 97406"], 9.4, y=y0)
    x = p.l_margin + W * 0.5
    p.set_xy(x, y0)
    p.runline([("Remittance date", slash(rd))], mode="gap", size=8.8, gap=4, x=x)
    p.runline([("Payee ID", f"P-{digits(rng, 6)}"), ("TIN", f"93-{digits(rng, 7)}")], mode="none", size=8.6, sep=5,
              x=x)
    p.runline([("Payment", eft)], mode="none", size=8.6, x=x)
    p.runline([("Amount", usd(paid_all))], mode="none", size=8.6, x=x)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.claims_grid(["Service date", "Code", "Billed", "Allowed", "Patient share", "Paid", "Adj. code"],
                  [26, 20, 26, 26, 26, 26, W - 150], ["L", "L", "R", "R", "R", "R", "C"], claims, size=7.8,
                  row_h=5.0)
    p.set_font("Sans", "B", 8.6)
    p.cell(0, 5, f"Total paid this remittance: {usd(paid_all)}  ({eft})", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_cols("Adjustment codes (the full list; only codes in the Adj. code column apply to this remittance)", [
        ("CO-45", "Charge exceeds the network fee schedule. Write off the difference."),
        ("CO-27", "Expenses incurred after coverage terminated."),
        ("CO-29", "The time limit for filing has expired. Network providers must file within 120 days of the date "
                  "of service."),
        ("CO-97", "Included in the payment for another service on the same day."),
        ("PR-1", "Deductible amount."),
        ("PR-2", "Coinsurance amount."),
        ("PR-3", "Copay amount."),
        ("OA-23", "Another payer's payment already taken into account."),
    ], n=2, size=7.4, code_w=11)
    p.small("Reconsideration: a provider may ask for reconsideration of any line within 90 days of the date of this "
            "remittance (Provider Manual, chapter 6). Send proof of timely filing, such as a clearinghouse acceptance "
            "report, with the request. A network provider may not bill the member for lines with a CO code.", 7.8)
    nm, circle, plan = pats[1]
    t = truth("eob", "timely_filing", insurer=PLAN, plan_id=plan, group=circle, member_id=ids[1][1], member_name=nm,
              cases=[cns[1]], claim_amount=m2(billed2), service_dates=[iso(d2)], denial_date=iso(rd), provider=CHC,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [np_, "Hollis Marten"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_mohs(rng):
    mem = "Isidore P. Marchbank"
    mp, mt = mm(rng)
    dd = dt.date(2026, 7, 22)
    dos = dt.date(2026, 5, 20)
    first = dt.date(2026, 6, 12)
    filed = dt.date(2026, 6, 29)
    cn = claim_no(rng, dt.date(2026, 6, 2))
    apl = f"AP-26-{digits(rng, 4)}"
    SURG = "Bellwether Skin Surgery Center"
    md = "Dr. Solveig Marchetti, MD"
    billed = 3870.00
    p = ERSheet(footer="Page {n} of {nb}", legal=ADMIN)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, "Health cover for mimes, clowns and street performers  \u00b7  Appeals Committee")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "The Caravan, Wickerfield Common", "Ashby Cross OR 97733"], 9.6, y=y0)
    x = p.l_margin + W * 0.5
    p.set_xy(x, y0)
    p.runline([("Decided", long(dd))], mode="gap", size=8.8, gap=8, x=x)
    p.runline([("Appeal", apl)], mode="gap", size=8.8, gap=11, x=x)
    p.runline([("Claim", cn)], mode="gap", size=8.8, gap=11.8, x=x)
    p.runline([("Member ID", mp), ("Circle", "MMC-12")], mode="none", size=8.8, sep=4, x=x)
    p.runline([("Plan", STREET)], mode="gap", size=8.8, gap=12.6, x=x)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.set_font("Serif", "B", 12.5)
    p.cell(W, 7, "Appeal decision: denial upheld", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.set_font("Sans", "", 9)
    p.cell(W, 5, f"Provider:  {SURG} - {md}, Mohs surgeon", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.2)
    p.cell(W, 4.4, "                 14 Fairground Row, Ashby Cross, OR  \u00b7  not in the Motley & Mask network",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_table(["Date", "Code", "Service", "Billed"],
                [[slash(dos), "17311", "Mohs surgery, head, first stage", n2(1640.00)],
                 [slash(dos), "17312", "Mohs surgery, each added stage", n2(980.00)],
                 [slash(dos), "13132", "Complex repair, nose, 2.6-7.5 cm", n2(1250.00)],
                 ["", "", "Total", n2(billed)]], [28, 20, 100, W - 148], aligns=["L", "L", "L", "R"], size=8.6,
                bold_rows={3})
    p.columns([
        ("", f"Dear Mr. {mem.split()[-1]}:"),
        ("Your appeal", f"We received your appeal on {slash(filed)}. You asked us to pay for Mohs surgery to remove a "
         f"basal cell skin cancer from your nose, done by {md} at {SURG} on {long(dos)}. We denied the claim on "
         f"{slash(first)} because the surgeon is not in the network. You wrote that you were on the festival "
         "circuit in Ashby Cross and that she could see you sooner."),
        ("What the Committee found", "The Plan pays a provider outside the network only for emergency or urgent care, "
         "or when the Plan approved a network exception before the care because no network provider within 60 miles "
         "could give it within 30 days. The surgery was booked three weeks ahead; no exception was asked for. Two "
         "network Mohs surgeons in Larchgate had openings in May. Skin cancer surgery that can be booked weeks ahead "
         "is not urgent care."),
        ("Decision", "The Committee upholds the denial: the claim is not covered because the care was given outside "
         "the network. Dr. Marchetti's center may bill you; ask it about a payment plan."),
        ("Next step", "You may ask the Board of Trustees to review this decision within 60 days of the date of this "
         "letter. The Trustees' decision is final under the Plan; you may then bring a civil action. Write to the "
         "Board of Trustees, Motley & Mask Performers Welfare Fund, PO Box 3318, Larchgate, OR 97403."),
    ], n=2, size=8.8)
    p.signature(["Appeals Committee", TPA, f"for the {PLAN}"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=STREET, group="MMC-12", member_id=mt,
              member_name=mem, cases=[apl, cn], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(dd), provider=SURG, appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [md, "Solveig Marchetti"],
                          "case_numbers": [[apl], [cn]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_three_claims_chiropractic_rows_x14_x41_legend_over_two_pages",
                  "born_digital", [born_eob(rng)]),
             Item(F + "faxstd_repeat_videostroboscopy_street_singer_not_necessary", "fax_standard_g4",
                  [faxstd_strobe(rng)])]
    cover, docs = stack_stilt_fall(rng)
    items.append(Item(F + "faxstd_stack_steward_cover_stilt_fall_event_policy_upside_down_then_season_credit",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "lowres_es_mimo_sin_temporada_terapia_fisica", "scan_lowres_150", [lowres_es(rng)]),
              Item(F + "faxfine_shock_wave_plantar_fasciitis_stilt_walker_investigational", "fax_fine_g4",
                   [faxfine_eswt(rng)]),
              Item(F + "scanclean_remittance_three_patients_fire_performer_burn_visit_co29", "scan_clean_300",
                   [scanclean_remit(rng)]),
              Item(F + "photocopy_appeal_upheld_mohs_out_of_network_festival_town", "photocopy",
                   [photocopy_mohs(rng)])]
    return items
