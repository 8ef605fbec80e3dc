"""An invented health plan for locksmiths, safe technicians and security-hardware installers: Tumbler & Ward Health
Plan (brand "TUMBLER & WARD" in heavy serif capitals with a large ampersand, the tagline directly under it, "a member
of the Bittingham Mutual Group" in small capitals, "administered by Pinwheel Benefit Administrators, LLC" in small
print under the address), with claims administered by Pinwheel Benefit Administrators, LLC (its own remittances
carry the brand word "Pinwheel" with the suffix "BA, LLC").

The trade shows in the papers: hand and finger injuries (tendon cuts, repetitive key-cutting strain), metal slivers in
the eye from drilling safes and cutting keys, night callouts (eligibility counts callout hours at one and a half
times), and van-based work (back strain, long driving). Eligibility: 400 credited hours in a work quarter give
coverage for the quarter after the next one. The plan is an EPO with no out-of-network benefits except emergencies;
work injuries belong to workers' compensation; massage therapy and PRP are excluded. Everything (people, numbers,
employers, clinics, amounts) is invented; phones are 555. CPT / HCPCS / CARC / RARC codes are themselves.

Documents (8 in 7 files):
- born digital: a two-page claims summary with three claims; the urgent care claim for a metal sliver in the eye is
  paid 0.00 on every row under CO-19 (work injury) and 97 with M15 (bundled), told only in the code legend on page 2
  (with 18, 119 and M51 look-alikes no row uses); the spouse's claim under her own "-02" ID; "Member ID ... Group ..."
  on one line with no colons, "Plan No" with a wide gap.
- standard fax: flexor tendon repair by an out-of-network hand surgeon (EPO), rendering surgeon, billing practice
  and surgery center side by side; captions under the values in grey bands; fax line on both pages.
- standard fax stack: the employer's transmittal, the plan's refusal of an emergency physician's claim (credited
  hours under 400 in the quarter, callout hours at 1.5) with "Contract - ..." captions, and the emergency physicians'
  statement to the member (a bill: denies nothing), fed sideways.
- 150 dpi scan, Spanish: wrist MRI refused before the service as not medically necessary (no X-ray, two weeks of
  splinting instead of six).
- fine fax: PRP injection for tennis elbow refused as experimental, the doctor with the institute's line under his
  name, "Claim - ..." dash captions.
- photocopy: Pinwheel's provider remittance to an eye clinic, three members' claims; one claim's rows paid 0.00
  under CO-4 (invalid modifier) and 16 with M51 (invalid code), CO/PR prefixes on some codes only.
- phone photo: massage therapy billed by a chiropractor (DC) and given by a massage therapist (LMT), refused as an
  excluded service; captions in small capitals above shaded boxes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrc import (ERSheet, abbr, dash, digits, dlong, dmon, dmy, es_abbr, es_date, fax_stamp,  # noqa
                               first_last, fresh, iso, last_first, long, m2, n2, nopad, out, people, plus, short,
                               slash, surname, transmittal, truth, upper, usd)

FAMILY = ("tumbler_and_ward_locksmiths_safe_technicians_health_plan_work_eye_injury_hand_surgeon_network_hours_wrist_"
          "mri_prp_modifier_massage_refusals")
LANG = "en"
SEED = 355172

PLAN = "Tumbler & Ward Health Plan"
PLAN_ALT = ["Tumbler & Ward", "TUMBLER & WARD", "Tumbler and Ward Health Plan"]
ADMIN = "Pinwheel Benefit Administrators, LLC"
TAG = "Health coverage for locksmiths, safe technicians and security hardware trades"
TAG_ES = "Cobertura de salud para cerrajeros, t\u00e9cnicos de cajas fuertes y oficios afines"
MEMBER_OF = "a member of the Bittingham Mutual Group"
PH = "1-866-555-0132"
FAXNO = "1-866-555-0139"
LEGAL = (f"{PLAN} is a self-funded multiemployer plan for the security hardware trades. Claims are processed for "
         f"the plan by {ADMIN}. The Bittingham Mutual Group provides stop-loss coverage only.")
GROUPS = {"G-30518": "Brasswick Lock & Safe Co.", "G-41127": "Keyhollow Security Hardware, Inc.",
          "G-27764": "Tallgate Safe & Vault Service", "G-35902": "Ferrule Street Locksmiths"}
TOWNS = ["Wardlow Bend, IN 46795", "Gantry Falls, IN 47361", "Cobbett Mills, OH 45872", "Ashlar Creek, IN 46971",
         "Sallowmere, OH 45319"]
STREETS = ["Deadbolt Ln", "Keyway Ave", "Shackle Rd", "Mortise Ct", "Pin Tumbler Way", "Hasp St", "Strike Plate Dr",
           "Cylinder Row"]


def addr_lines(unit: str = "Member Services") -> list[str]:
    return [PLAN, unit, "P.O. Box 7720", "Wardlow Bend, IN 46795-7720", f"Phone {PH}", f"Fax {FAXNO}"]


def head(p: ERSheet, unit: str = "Member Services", es: bool = False):
    p.amp_letterhead("Tumbler", "Ward", TAG_ES if es else TAG, MEMBER_OF, f"administered by {ADMIN}",
                     addr_lines(unit))


def legal(form: str) -> list[str]:
    return [LEGAL, f"{form}  \u00b7  {PH} (TTY 711)  \u00b7  tumblerandward.example"]


def home(rng) -> list[str]:
    return [f"{rng.randint(11, 8890)} {rng.choice(STREETS)}", rng.choice(TOWNS)]


def mem_id(rng) -> str:
    return "TWH" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    return f"{d:%Y%m%d}{digits(rng, 5)}"


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def rights(days: int = 180, what: str = "letter") -> list[str]:
    return [
        "## Your right to appeal",
        f"You may appeal this decision. Your written appeal must reach us within {days} days of the date of this "
        f"{what}. Send it to Appeals, {PLAN}, P.O. Box 7724, Wardlow Bend, IN 46795-7724, or fax {FAXNO}. Include "
        "the claim number, why you disagree and any records you want us to read.",
        "## What happens next",
        "A person who did not make this decision will review your appeal and write to you within 60 days. You may "
        "ask for copies of the papers we used, free of charge.",
        "## Your rights under federal law",
        "After the plan's appeal you may file a civil action under section 502(a) of ERISA. If the decision turned "
        "on medical judgement, you may also ask for an external review within 4 months after the final appeal "
        "decision.",
        "## Language help",
        f"Si necesita ayuda en espa\u00f1ol, llame al {PH}.",
    ]


# ---------------------------------------------------------------------------------------------------------------
def bd_summary(rng):
    """Three-claim summary; the urgent care claim paid 0.00 under CO-19 / 97+M15 (legend on page 2)."""
    mem, spouse, cht, pac, fp = people(rng, 5, 2, "MFFFM")
    mid = mem_id(rng)
    grp = "G-30518"
    plan_id = "TW-EPO-2500"
    sd = dt.date(2026, 5, 28)
    r1, r2, r3 = dt.date(2026, 5, 4), dt.date(2026, 5, 8), dt.date(2026, 5, 12)
    c1, c2, c3 = claim_no(rng, r1), claim_no(rng, r2), claim_no(rng, r3)
    hand = "Wardlow Bend Hand Therapy, LLC"
    uc = "Colfax Row Urgent Care, LLC"
    fam = "Gantry Falls Family Practice"
    dos2 = dt.date(2026, 5, 2)
    claim1 = [(dt.date(2026, 4, 20), "Therapeutic exercise, 2 units", "97110", 96.00, 71.40, 51.40, 20.00, "PR-3"),
              (dt.date(2026, 4, 22), "Therapeutic exercise, 2 units", "97110", 96.00, 71.40, 51.40, 20.00, "PR-3"),
              (dt.date(2026, 4, 27), "Orthotic fitting, 1 unit", "97760", 78.00, 52.65, 52.65, 0.00, "CO-45")]
    claim2 = [(dos2, "Office visit, new patient, moderate", "99204", 310.00, 0.00, 0.00, 0.00, "CO-19"),
              (dos2, "Removal of foreign body, cornea", "65222", 265.00, 0.00, 0.00, 0.00, "CO-19"),
              (dos2, "Eye shield and supplies", "99070", 24.00, 0.00, 0.00, 0.00, "97 M15")]
    claim3 = [(dt.date(2026, 5, 5), "Preventive visit, age 40-64", "99396", 295.00, 212.30, 212.30, 0.00, "CO-45"),
              (dt.date(2026, 5, 5), "Metabolic panel", "80053", 84.00, 18.10, 18.10, 0.00, "CO-45")]
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("TW-CS (rev. 2026)"),
                running=f"{PLAN}  \u00b7  Claims Summary for {first_last(mem)}  \u00b7  {slash(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p)
    p.f(15, "B")
    p.cell(p.W * 0.55, 7, "Claims Summary")
    p.f(8.4)
    p.cell(p.W * 0.45, 7, "Explanation of benefits \u2013 not a bill", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    p.address([mem, *home(rng)], 9.8)
    yl = p.get_y()
    xr = p.l_margin + p.W * 0.47
    p.set_xy(xr, y0)
    p.run_pairs([[("Member ID", mid), ("Group", grp)]], sep="none", size=9.2, bold_value=True, x=xr)
    p.run_pairs([[("Plan No", plan_id)], [("Employer", GROUPS[grp])]], sep="gap", size=9.2, cap_w=24, x=xr)
    p.set_x(xr)
    p.run_pairs([[("Statement", long(sd))]], sep="dash", size=9.2, bold_value=True, x=xr)
    p.set_y(max(yl, p.get_y()) + 1)
    W = p.W
    widths = [17, W - 17 - 13 - 19 - 19 - 19 - 17 - 20, 13, 19, 19, 19, 17, 20]
    rows = []
    for cn, rcv, pat, pid, who, lines in (
            (c1, r1, mem, mid, f"{hand} \u00b7 {cht}, OTR/L, CHT", claim1),
            (c2, r2, mem, mid, f"{uc} \u00b7 {pac}, PA-C", claim2),
            (c3, r3, spouse, mid + "-02", f"{fam} \u00b7 Dr. {fp}, DO", claim3)):
        rows.append(("group", f"Claim {cn}  \u00b7  patient {pat} ({pid})  \u00b7  received {slash(rcv)}"))
        rows.append(("span", who))
        for d, desc, code, b, a, pd, yo, cd in lines:
            rows.append([short(d), desc, code, n2(b), n2(a), n2(pd), n2(yo), cd])
        rows.append(("bold", ["", "Claim total", "", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
    p.grid2(["Date", "Service", "Code", "Billed", "Plan allowed", "Plan paid", "You owe", "Codes"], rows, widths,
            ["L", "L", "L", "R", "R", "R", "R", "L"], size=7.7, row_h=5.0)
    p.heading("Your 2026 plan year so far", 10, rule=True)
    p.leaders([("Deductible met (of $1,500.00)", "$1,500.00"), ("Out-of-pocket met (of $5,000.00)", "$1,862.40"),
               ("You owe on this summary", usd(sum(x[6] for x in claim1 + claim2 + claim3)))], size=8.8, w=W * 0.62)
    p.shaded_para("The codes in the last column are explained on page 2. A row with 0.00 paid has at least one code; "
                  "read it before you call us.", 8.4)
    p.add_page()
    p.legend_lines([
        ("PR-1", "Deductible: the amount you pay before the plan pays."),
        ("PR-2", "Coinsurance: your share after the deductible."),
        ("PR-3", "Copayment: a fixed amount you pay for the visit."),
        ("CO-45", "Charge is more than the plan's allowed amount for an in-network provider; the provider may not "
                  "bill you the difference."),
        ("18", "Exact duplicate of a claim or service we already processed."),
        ("CO-19", "This is a work-related injury or illness and thus the liability of the workers' compensation "
                  "carrier. Send the bill to your employer's workers' compensation insurer."),
        ("119", "Benefit maximum for this time period or occurrence has been reached."),
        ("97", "The benefit for this service is included in the payment for another service on the same claim."),
        ("M15", "Separately billed services or tests have been bundled as they are considered part of the same "
                "procedure."),
        ("M51", "Missing, incomplete or invalid procedure code."),
    ], title="What the codes on page 1 mean", code_w=16)
    p.twocol(rights(180, "summary"), size=8.4)
    p.para(f"Questions about workers' compensation? Your employer ({GROUPS[grp]}) must give you its carrier's name "
           "and claim form. The plan pays a work injury only if the carrier denies it in writing.", 8.6)
    t = truth("eob", "other", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid, member_name=mem, cases=[c2],
              claim_amount=m2(sum(x[3] for x in claim2)), service_dates=[iso(dos2)], denial_date=iso(sd),
              provider=pac, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [uc, "Colfax Row Urgent Care"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_oon(rng):
    """Flexor tendon repair by an out-of-network hand surgeon (EPO); fax line on both pages."""
    mem, surg, rev, alt1, alt2 = people(rng, 5, 2, "MMFFM")
    mid = mem_id(rng)
    grp = "G-41127"
    plan_id = "TW-EPO-2500"
    nd = dt.date(2026, 4, 21)
    er = dt.date(2026, 3, 12)
    dos = dt.date(2026, 3, 17)
    recv = dt.date(2026, 3, 30)
    cn = claim_no(rng, recv)
    practice = "Sallowmere Hand & Microsurgery, PLLC"
    asc = "Sallowmere Surgery Center"
    lines = [("26356", "Repair of flexor tendon, zone 2, right index finger", 4860.00),
             ("64831", "Repair of digital nerve", 2140.00)]
    tot = sum(x[2] for x in lines)
    faxline = f"{fax_stamp(nd, '16:52')}  TUMBLER&WARD CLAIMS  {FAXNO}  TO 15555550118  P.{{n}}/{{nb}}"
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("TW-OON-2 (rev. 2026)"), faxline=faxline, fax_total=2,
                running=f"{PLAN}  \u00b7  claim {cn}  \u00b7  {first_last(mem)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Claims Department")
    p.boxes_grey_caption([(long(nd), "date of this letter", 1.1), (cn, "claim number", 1.2), (mid, "member id", 1.0),
                          (grp, "group", 0.7), (plan_id, "plan", 0.9)], size=9.0, cap_size=6.0)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "We cannot pay this claim: provider outside the network", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"On {long(recv)} we received a claim for surgery on your right index finger on {long(dos)}, after you "
           f"cut it at home. The claim names:", 10)
    p.prov_cols([("Rendering surgeon", [f"{surg}, MD", "Hand and upper extremity surgery", f"NPI {npi(rng)}"]),
                 ("Billing provider", [practice, f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
                                       "77 Mortise Ct, Sallowmere, OH 45319"]),
                 ("Place of service", [asc, "Ambulatory surgery center", "Out of network"])], size=8.6)
    p.grid(["Code", "Service", "Billed"], [[c, d, n2(b)] for c, d, b in lines] +
           [("bold", ["", "Total", n2(tot)])], [18, p.W - 18 - 28, 28], ["L", "L", "R"], size=8.8, row_h=5.4)
    p.heading("Why we cannot pay", 11)
    p.para(f"Your plan ({plan_id}) is an exclusive provider plan. It pays for care from providers in the Tumbler & "
           "Ward network. It pays out-of-network care only for an emergency, or when we approve it before the care "
           "because no network provider can give it.", 10)
    p.para(f"The emergency room visit on {long(er)} was an emergency and we paid it. The surgery five days later was "
           f"planned. Dr. {surname(surg)}, {practice} and {asc} are not in the network, and no one asked us to "
           "approve out-of-network care. So the plan cannot pay this claim, and you may have to pay the surgeon.", 10)
    p.para("Network hand surgeons within 30 miles of your home are listed on page 2.", 9.6)
    p.signoff(["Sincerely,", first_last(rev), "Claims Department"], 9.4)
    p.add_page()
    p.heading("Network hand surgeons near you", 10.5, rule=True)
    p.grid(["Surgeon", "Practice", "City", "Phone"],
           [[f"{alt1}, MD", "Ashlar Creek Orthopaedics", "Ashlar Creek, IN", "(555) 555-0146"],
            [f"{alt2}, DO", "Gantry Falls Bone & Joint", "Gantry Falls, IN", "(555) 555-0153"]],
           [52, 62, 38, p.W - 152], ["L", "L", "L", "L"], size=8.4, row_h=5.4)
    p.twocol(rights(180), size=8.5)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid,
              member_name=mem, cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=surg, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [practice, asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    mgr = people(rng, 1, 2, "F")[0]
    emp = "Brasswick Lock & Safe Co."
    sent = dt.date(2026, 6, 12)
    fl = f"{fax_stamp(sent, '08:41')}  BRASSWICK LOCK+SAFE  555 555 0120  ->  T&W ELIG  P.{{n}}/3"

    # document 1: emergency physician's claim refused, credited hours under 400
    mem, erdoc = people(rng, 2, 2, "MF")
    mid = mem_id(rng)
    grp = "G-30518"
    plan_id = "TW-EPO-2500"
    nd = dt.date(2026, 5, 27)
    dos = dt.date(2026, 5, 9)
    recv = dt.date(2026, 5, 18)
    cn = claim_no(rng, recv)
    epg = "Gantry Falls Emergency Physicians, PC"
    hosp = "Gantry Falls General Hospital"
    months = [("January 2026", 104.0, 9.0), ("February 2026", 118.5, 6.0), ("March 2026", 126.0, 8.0)]
    cred = sum(h + c * 1.5 for _, h, c in months)
    lines = [("99285", "Emergency department visit, high severity", 1128.00),
             ("93010", "Electrocardiogram, interpretation and report", 64.00)]
    tot = sum(x[2] for x in lines)
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("TW-ELG-4 (rev. 2026)"), faxline=fl, fax_first=2,
                fax_total=3)
    p.set_margins(18, 13, 18)
    p.add_page()
    head(p, unit="Eligibility and Claims")
    p.run_pairs([[("Contract", f"{mid}  {plan_id}")], [("Claim", cn)], [("Group", f"{grp}  {emp}")],
                 [("Date", abbr(nd))]], sep="dash", size=9.4, bold_value=True)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Claim not paid: no coverage on the date of service", new_x="LMARGIN", new_y="NEXT")
    p.ln(0.5)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"We received a claim from {epg} for emergency care that Dr. {erdoc} gave you at {hosp} on {long(dos)} "
           "(arrived 2:40 a.m.):", 10)
    p.grid(["Code", "Service", "Billed"], [[c, d, n2(b)] for c, d, b in lines] +
           [("bold", ["", "Total", n2(tot)])], [18, p.W - 18 - 28, 28], ["L", "L", "R"], size=8.6, row_h=5.2)
    p.para("Coverage for May, June and July 2026 depends on the hours your employer reported for the January to "
           "March 2026 work quarter. You need 400 credited hours. Night and weekend callout hours count one and a "
           "half times.", 9.8)
    p.grid(["Month", "Regular hours", "Callout hours", "Credited"],
           [[m, f"{h:.1f}", f"{c:.1f}", f"{h + c * 1.5:.1f}"] for m, h, c in months] +
           [("bold", ["Quarter", "", "", f"{cred:.1f}"])], [46, 36, 36, 36], ["L", "R", "R", "R"], size=8.6,
           row_h=5.0)
    p.para(f"Your credited hours were {cred:.1f}, short of 400, so you had no coverage on {slash(dos)} and the plan "
           "cannot pay this claim. You could have kept coverage by a self-payment of $612.00 a month; the offer we "
           "mailed on April 20 is still open until June 15, 2026 and would cover you back to May 1.", 9.8)
    p.para("If your employer reported hours late or wrong, ask it to send a corrected report. You may also appeal "
           "within 180 days of the date of this letter (address on the back of your ID card).", 9.6)
    p.signoff(["Eligibility Unit", PLAN], 9.2)
    d1 = (out(p), truth("denial_letter", "eligibility", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid,
                        member_name=mem, cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)],
                        denial_date=iso(nd), provider=erdoc, appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [epg]}))

    # document 2: the emergency physicians' statement (a bill: denies nothing)
    sd = dt.date(2026, 6, 5)
    acct = "EP" + digits(rng, 7)
    p = ERSheet(footer=None, faxline=fl, fax_first=3, fax_total=3)
    p.set_margins(18, 13, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(p.W * 0.6, 7, epg)
    p.f(8)
    p.cell(p.W * 0.4, 7, "Billing office  (555) 555-0164", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Physician services in the emergency department of " + hosp, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.band([("Statement date", slash(sd), 1.0), ("Account", acct, 1.0), ("Amount due", usd(tot), 1.0),
            ("Please pay by", slash(plus(sd, 30)), 1.0)], fill=60)
    p.address([mem, *home(rng)], 10)
    p.grid(["Date", "Provider", "Code", "Description", "Charge"],
           [[dash(dos), f"{erdoc}, MD", c, d, n2(b)] for c, d, b in lines] +
           [("bold", ["", "", "", "Total charges", n2(tot)])],
           [24, 44, 16, p.W - 24 - 44 - 16 - 26, 26], ["L", "L", "L", "L", "R"], size=8.4, row_h=5.4)
    p.leaders([("Insurance billed", f"{PLAN}, ID {mid}"), ("Insurance claim number", cn),
               ("Insurance paid", "$0.00"), ("Balance now your responsibility", usd(tot))], size=9.0, w=p.W * 0.8)
    p.shaded_para(f"Your insurance told us on {slash(nd)} that you were not covered on the date of this visit. If you "
                  "have other coverage for that date, call us with it. If not, you may pay in full, set up a payment "
                  "plan of up to 12 months, or ask for our financial assistance form.", 8.8)
    d2 = (out(p), truth("other", None, insurer=PLAN, plan_id=None, group=None, member_id=mid, member_name=mem,
                        cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(sd),
                        provider=erdoc, unscored=["insurer"],
                        alternates={"provider": [epg], "case_numbers": [[]]}))
    cover = transmittal(
        [emp, "Office  \u00b7  419 Keyway Ave, Wardlow Bend, IN 46795", "Phone (555) 555-0119  \u00b7  Fax 555 555 0120"],
        [("To", "Eligibility Unit"), ("Company", PLAN), ("Fax", FAXNO), ("From", f"{first_last(mgr)}, office manager"),
         ("Date", long(sent)), ("Pages", "3 with cover")],
        [("Urgent", True), ("For review", True), ("Please reply", True)],
        [f"Re: our technician {first_last(mem)}, group {grp}. Attached are your letter to him and the emergency "
         "physicians' bill. Our March hours report left out two callout weekends; a corrected report was mailed "
         "today. Please look at his coverage for May again."],
        "This fax may contain personal health information. If it reached you by mistake, please call us and destroy "
        "it.", faxline=fl, fax_total=3)
    return cover, [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def scan_es_mri(rng):
    """Spanish: wrist MRI refused before the service as not medically necessary."""
    mem = people(rng, 1, 2, "M", es=True)[0]
    doc = people(rng, 1, 2, "M", es=True)[0]
    mid = mem_id(rng)
    grp = "G-27764"
    plan_id = "TW-EPO-2500"
    nd = dt.date(2026, 6, 23)
    recv = dt.date(2026, 6, 17)
    planned = dt.date(2026, 6, 30)
    req = "UM-26-" + digits(rng, 6)
    clinic = "Ashlar Creek Orthopaedics"
    p = ERSheet(footer="P\u00e1gina {n} de {nb}", legal=[
        f"{PLAN} es un plan autofinanciado de varios empleadores. {ADMIN} tramita los reclamos para el plan.",
        f"TW-UM-ES (rev. 2026)  \u00b7  {PH}  \u00b7  TTY 711"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Revisi\u00f3n de Servicios", es=True)
    p.f(9.6)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_pairs([[("N\u00fam. de miembro", mid), ("Grupo", grp)], [("Plan", plan_id), ("Solicitud", req)]],
                sep="none", size=9.6, bold_value=True, pair_gap=12)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Aviso de determinaci\u00f3n adversa: resonancia magn\u00e9tica de mu\u00f1eca",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado Sr. {surname(mem)}:", 10)
    p.para(f"El {es_date(recv)} el Dr. {doc}, DO, de {clinic}, nos pidi\u00f3 aprobar una resonancia magn\u00e9tica "
           f"de la mu\u00f1eca derecha (CPT 73221) para el {es_date(planned)}. Usted tiene dolor del lado del "
           "pulgar desde hace tres semanas, que empeora al cortar llaves.", 10)
    p.heading("Nuestra decisi\u00f3n: no aprobada", 11)
    p.para("La resonancia no es m\u00e9dicamente necesaria por ahora. Nuestra gu\u00eda cl\u00ednica pide primero "
           "radiograf\u00edas de la mu\u00f1eca y seis semanas de tratamiento (f\u00e9rula, antiinflamatorios o "
           "terapia de mano) sin mejor\u00eda. Las notas muestran dos semanas de f\u00e9rula y ninguna "
           "radiograf\u00eda. Si el dolor sigue despu\u00e9s de ese tratamiento, su m\u00e9dico puede pedirla otra "
           "vez.", 10)
    p.para("Esta decisi\u00f3n la tom\u00f3 un m\u00e9dico ortopedista que revis\u00f3 las notas. Su m\u00e9dico puede "
           "hablar con \u00e9l (llame al 1-866-555-0137 dentro de 14 d\u00edas).", 9.6)
    p.heading("Si no est\u00e1 de acuerdo", 11)
    p.para(f"Puede apelar por escrito dentro de 180 d\u00edas a partir de la fecha de esta carta. Env\u00ede su "
           f"apelaci\u00f3n a Appeals, {PLAN}, P.O. Box 7724, Wardlow Bend, IN 46795-7724, o por fax al {FAXNO}. Si "
           "su salud corre grave peligro, pida una apelaci\u00f3n urgente: la decidimos en 72 horas.", 9.8)
    p.signoff(["Atentamente,", "Revisi\u00f3n de Servicios", PLAN], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid,
              member_name=mem, cases=[req], service_dates=[iso(planned)], denial_date=iso(nd), provider=doc,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_prp(rng):
    """PRP injection for lateral epicondylitis refused as experimental; the institute's line under the doctor."""
    mem, doc = people(rng, 2, 2, "FM")
    mid = mem_id(rng)
    grp = "G-35902"
    plan_id = "TW-PPO-1000"
    nd = dt.date(2026, 7, 14)
    dos = dt.date(2026, 6, 11)
    recv = dt.date(2026, 6, 29)
    cn = claim_no(rng, recv)
    inst = "Halyard Sports & Spine Institute"
    lines = [("0232T", "Platelet-rich plasma injection, left elbow", 1450.00),
             ("76942", "Ultrasound guidance for needle placement", 310.00)]
    tot = sum(x[2] for x in lines)
    faxline = f"{fax_stamp(nd, '11:05')} FAX {FAXNO} TUMBLER & WARD   TO: HALYARD SPORTS 5555550181   {{n}}/{{nb}}"
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("TW-EXP-1 (rev. 2026)"), faxline=faxline, fax_total=1)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Claims Department")
    p.run_pairs([[("Claim", cn)], [("Member ID", mid)], [("Plan", plan_id)], [("Group", grp)],
                 [("Date of letter", dmy(nd))]], sep="dash", size=9.4, bold_value=True)
    p.address([mem, *home(rng)], 10)
    p.para(f"Copy by fax: {inst}", 8.4)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Claim decision: experimental treatment", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem)}:", 10)
    p.para(f"We received on {long(recv)} a claim for an injection in your left elbow on {long(dos)} for lateral "
           "epicondylitis (tennis elbow), from:", 10)
    p.set_x(p.l_margin + 10)
    p.f(10, "B")
    p.cell(0, 5, f"{doc}, DO", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.f(9.2)
    p.cell(0, 4.5, "Primary care sports medicine", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.5, f"{inst}, 15 Hasp St, Cobbett Mills, OH 45872", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.grid(["Code", "Service", "Billed"], [[c, d, n2(b)] for c, d, b in lines] +
           [("bold", ["", "Total", n2(tot)])], [18, p.W - 18 - 28, 28], ["L", "L", "R"], size=8.8, row_h=5.4)
    p.heading("Our decision: not covered", 11)
    p.para("The plan does not pay for experimental or investigational services. Under our medical policy TW-MP-114, "
           "platelet-rich plasma injections for tendon problems, including tennis elbow, are investigational: "
           "studies have not shown that they work better than other treatment. The ultrasound guidance was used "
           "only for this injection, so it is not covered either.", 10)
    p.para("Physical therapy, a forearm strap and, if needed, a steroid injection are covered treatments for tennis "
           "elbow.", 9.8)
    p.para(f"You may appeal within 180 days of the date of this letter. Write to Appeals, {PLAN}, P.O. Box 7724, "
           f"Wardlow Bend, IN 46795-7724. An appeal about an experimental treatment decision can go to an "
           "independent external reviewer after the plan's appeal (within 4 months).", 9.6)
    p.signoff(["Sincerely,", "Medical Claims Review", PLAN], 9.4)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid,
              member_name=mem, cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=doc, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [inst]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_remit(rng):
    """Pinwheel remittance to an eye clinic; one claim paid 0.00 under CO-4 and 16/M51 (coding)."""
    m1, m2_, m3, od1, od2 = people(rng, 5, 2, "FMMFM")
    i1, i2, i3 = mem_id(rng), mem_id(rng), mem_id(rng)
    rd = dt.date(2026, 6, 19)
    clinic = "Lanternwick Eye Care, PC"
    r1, r2, r3 = dt.date(2026, 5, 26), dt.date(2026, 5, 28), dt.date(2026, 6, 2)
    c1, c2, c3 = claim_no(rng, r1), claim_no(rng, r2), claim_no(rng, r3)
    dos2 = dt.date(2026, 5, 11)
    claim1 = [(dt.date(2026, 5, 14), "92014", "", 210.00, 148.60, 128.60, "PR-3"),
              (dt.date(2026, 5, 14), "92083", "", 118.00, 74.90, 74.90, "CO-45")]
    claim2 = [(dos2, "65222", "E5", 265.00, 0.00, 0.00, "CO-4"),
              (dos2, "9201", "", 185.00, 0.00, 0.00, "16 M51")]
    claim3 = [(dt.date(2026, 5, 20), "92012", "", 160.00, 112.30, 92.30, "PR-3"),
              (dt.date(2026, 5, 20), "92250", "", 95.00, 61.15, 61.15, "CO-45")]
    p = ERSheet(footer="Page {n} of {nb}", legal=[
        f"{ADMIN} administers claims for {PLAN} and pays from the plan's funds. Questions: Provider Services "
        f"{PH}."], running=f"Pinwheel remittance  \u00b7  payee {clinic}  \u00b7  {slash(rd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    p.suffix_letterhead("Pinwheel", "BA, LLC", f"Claims administrator for {PLAN}",
                        [ADMIN, "Provider Services", "P.O. Box 7730", "Wardlow Bend, IN 46795-7730", f"Phone {PH}"])
    p.f(13, "B")
    p.cell(0, 6.5, "Provider Remittance Advice", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_pairs([[("Payee", clinic), ("Payee NPI", npi(rng))], [("Remit date", slash(rd)),
                                                                 ("Check no", digits(rng, 8)),
                                                                 ("Amount", usd(128.60 + 74.90 + 92.30 + 61.15))]],
                sep="gap", size=8.8, bold_value=True, pair_gap=8)
    W = p.W
    widths = [18, 15, 10, 22, 22, 22, 22, W - 18 - 15 - 10 - 88]
    rows = []
    for cn, rcv, mem, mid, grp, who, lines in (
            (c1, r1, m1, i1, "G-41127", f"Rendering {od1}, OD", claim1),
            (c2, r2, m2_, i2, "G-30518", f"Rendering {od2}, OD", claim2),
            (c3, r3, m3, i3, "G-35902", f"Rendering {od1}, OD", claim3)):
        rows.append(("group", f"{last_first(mem)}   {mid}   Grp {grp}   Claim {cn}   Recd {short(rcv)}"))
        rows.append(("span", who))
        for d, code, mod, b, a, pd, adj in lines:
            rows.append([short(d), code, mod, n2(b), n2(a), n2(pd), n2(a - pd), adj])
        rows.append(("bold", ["", "Total", "", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[4] - x[5] for x in lines)), ""]))
    p.grid2(["DOS", "Proc", "Mod", "Billed", "Allowed", "Paid", "Pt resp", "Adj / remark"], rows, widths,
            ["L", "L", "L", "R", "R", "R", "R", "L"], size=7.8, row_h=5.0)
    p.legend_lines([
        ("CO-4", "The procedure code is inconsistent with the modifier used, or a required modifier is missing."),
        ("CO-40", "Charges do not meet qualifications for emergent/urgent care."),
        ("CO-45", "Charge exceeds fee schedule/maximum allowable or contracted fee arrangement."),
        ("16", "Claim/service lacks information or has submission/billing error(s)."),
        ("18", "Exact duplicate claim/service."),
        ("PR-3", "Co-payment amount."),
        ("PR-96", "Non-covered charge(s): refraction is not a plan benefit."),
        ("M15", "Separately billed services/tests have been bundled as they are considered components of the same "
                "procedure."),
        ("M51", "Missing/incomplete/invalid procedure code(s)."),
    ], title="Adjustment and remark codes", code_w=16)
    p.para("Corrected claims must be received within 90 days of this remittance date. A provider appeal must be "
           "received within 180 days of the date of this remittance; send it to Provider Appeals, P.O. Box 7731, "
           "Wardlow Bend, IN 46795-7731.", 8.6)
    t = truth("eob", "coding_error", insurer=ADMIN, group="G-30518", member_id=i2, member_name=m2_, cases=[c2],
              claim_amount=m2(sum(x[3] for x in claim2)), service_dates=[iso(dos2)], denial_date=iso(rd),
              provider=od2, appeal_deadline=iso(plus(rd, 180)),
              alternates={"insurer": [PLAN, "Pinwheel", "Pinwheel BA, LLC", "Pinwheel Benefit Administrators"],
                          "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_massage(rng):
    """Massage therapy billed by a chiropractor and given by a massage therapist: excluded service."""
    mem, dc, lmt = people(rng, 3, 2, "MMF")
    mid = mem_id(rng)
    grp = "G-41127"
    plan_id = "TW-PPO-1000"
    nd = dt.date(2026, 7, 28)
    recv = dt.date(2026, 7, 6)
    cn = claim_no(rng, recv)
    ds = [dt.date(2026, 6, 2), dt.date(2026, 6, 9), dt.date(2026, 6, 16)]
    office = "Tallowgate Chiropractic & Wellness, LLC"
    per = 110.00
    tot = per * len(ds)
    p = ERSheet(footer=None, legal=legal("TW-NC-3 (rev. 2026)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, unit="Claims Department")
    p.sc_boxes([("Member", mem, 1.3), ("Member ID", mid, 1.0), ("Group", grp, 0.6), ("Plan", plan_id, 0.8)])
    p.sc_boxes([("Claim number", cn, 1.2), ("Claim received", abbr(recv), 1.0), ("Date of this letter", abbr(nd),
                                                                                   1.0)])
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Massage therapy is not covered by your plan", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para("We received a claim for massage therapy for low back pain from long hours driving your service van:",
           10)
    p.prov_cols([("Billed by", [office, f"Dr. {dc}, DC", "2104 Strike Plate Dr, Gantry Falls, IN 47361"]),
                 ("Given by", [f"{lmt}, LMT", "Licensed massage therapist", f"License MT-{digits(rng, 6)}"])],
                size=8.8)
    p.grid(["Date", "Code", "Service", "Billed"],
           [[slash(d), "97124", "Massage, 30 minutes", n2(per)] for d in ds] + [("bold", ["", "", "Total",
                                                                                          n2(tot)])],
           [26, 18, p.W - 26 - 18 - 28, 28], ["L", "L", "L", "R"], size=8.8, row_h=5.4)
    p.heading("Our decision", 11)
    p.para("Your plan booklet (section 9, Exclusions) lists massage therapy as a service the plan does not cover, "
           "whoever gives it and for any condition. The chiropractic manipulations Dr. " + surname(dc) + " gave on "
           "the same days were covered and paid on another claim.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Write to Appeals, P.O. Box 7724, Wardlow "
           f"Bend, IN 46795-7724, or fax {FAXNO}.", 9.8)
    p.signoff(["Sincerely,", "Claims Department", PLAN], 9.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=plan_id, group=grp, member_id=mid,
              member_name=mem, cases=[cn], claim_amount=m2(tot), service_dates=[iso(d) for d in ds],
              denial_date=iso(nd), provider=lmt, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [dc, office]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [Item(F + "bd_summary_three_claims_rows_19_97", "born_digital", [bd_summary(rng)])]
    items.append(Item(F + "faxstd_tendon_repair_out_of_network", "fax_standard_g4", [faxstd_oon(rng)]))
    cover, docs = stack_docs(rng)
    items.append(Item(F + "faxstd_stack_hours_refusal_then_er_bill_sideways", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(1, 0): 90}))
    items.append(Item(F + "scan150_es_resonancia_muneca", "scan_lowres_150", [scan_es_mri(rng)]))
    items.append(Item(F + "faxfine_prp_elbow_experimental", "fax_fine_g4", [faxfine_prp(rng)]))
    items.append(Item(F + "photocopy_remit_modifier_code_rows", "photocopy", [photocopy_remit(rng)]))
    items.append(Item(F + "phone_massage_excluded", "phone_photo", [phone_massage(rng)]))
    return items
