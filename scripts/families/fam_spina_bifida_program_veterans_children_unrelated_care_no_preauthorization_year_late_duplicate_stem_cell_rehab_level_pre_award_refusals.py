"""Papers mirrored (structure and plain wording style only) from a federal health program for the birth children of
Vietnam-era veterans and of veterans who served near the Korean demilitarized zone, born with spina bifida (any form
but spina bifida occulta): the veterans' agency decides who is eligible and when the award takes effect, and a central
health administration center authorises care, pays community providers' claims and sends explanations of benefits,
payment vouchers and decisions. Claims must reach the center within one year of the date of service; some care needs
preauthorization; reconsideration is asked of the center within one year of its decision.

Everything is invented: the Federal Veterans Health Service, its Health Administration Center at Ketterly Mesa,
Colorado (a seal with "HAC", the parent line in small capitals over the centre's name, the tagline directly under
it and the program line "Spina Bifida Health Care Program" under that), every clinic, hospital, supplier, person,
number, address and amount. This family's program pays only for spina bifida and the conditions that come from it
(bladder, bowel, skin breakdown, orthopaedic, shunt and mobility care); that rule, the $2,000 equipment threshold and
the appeal windows are this family's own. Phones are 555. CPT / HCPCS / CARC codes are themselves; the program's
remark codes (SB..) are invented.

The beneficiaries are adults (the children of those veterans are grown), so letters go to them or to a fiduciary.

Documents (8 in 7 files):
- born digital: a three-page explanation of benefits with three claims; the dermatology claim's rows are all paid
  0.00 under CO-96 / 96 with SB21 (not spina bifida care) and PR-204 with SB27 (cosmetic), told only in a code legend
  that starts on page 2 and ends on page 3 and lists codes no row uses (97, 18, 29, SB12 look-alike SB17 ...); the
  podiatry claim runs over the page break; small-capital captions above shaded boxes.
- standard fax: power wheelchair seating claim refused, no preauthorization (over the $2,000 threshold); captions run
  with a dash ("Claim - 26-..."), supplier (billing), the rehab technology supplier (ATP) and the prescriber side by
  side; fax line on both pages.
- standard fax stack: the center's transmittal to a spina bifida clinic's care coordinator, an approval of a bladder
  augmentation (denies nothing) and a refusal of a CRNA's anaesthesia claim received more than one year after the
  date of service, fed upside down; captions at a tab stop after a wide gap.
- 300 dpi scan, Spanish: physical therapy claim refused as a duplicate of a claim already paid.
- photocopy: reconsideration decision keeping the refusal of stem-cell bladder injections (experimental), captions
  beside the values in ruled boxes, a RECEIVED stamp.
- phone photo: inpatient rehabilitation admission after a flap repair approved only at skilled nursing level, the
  requesting physiatrist with the hospital's line under her name; "Request no PA-.. Beneficiary ID SB.." on one line.
- rotated: a provider payment voucher with three beneficiaries' claims; one claim's rows are paid 0.00 under CO-26 /
  26 with SB40 (services before the award's effective date), the legend (with 27 and SB04 look-alikes) on page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrc import (ERSheet, abbr, dash, digits, dlong, dmy, es_abbr, es_date, es_dmy,  # noqa: F401
                               fax_stamp, first_last, fresh, grouped, iso, last_first, long, m2, n2, nopad, out,
                               people, plus, short, slash, surname, transmittal, truth, upper, usd)

FAMILY = ("spina_bifida_program_veterans_children_unrelated_care_no_preauthorization_year_late_duplicate_stem_cell_"
          "rehab_level_pre_award_refusals")
LANG = "en"
SEED = 355072

PARENT = "Federal Veterans Health Service"
CENTER = "Health Administration Center"
PROGRAM = "Spina Bifida Health Care Program"
INS_ALT = [PARENT, PROGRAM, f"{PARENT} {CENTER}", f"{PARENT}, {CENTER}", "Spina Bifida Health Care Program (SBHCP)",
           "SBHCP", f"{CENTER}, {PROGRAM}"]
TAG = "Health care for the birth children of Vietnam-era and Korea DMZ veterans"
TAG_ES = "Atenci\u00f3n m\u00e9dica para hijos de veteranos de Vietnam y de Corea"
PH = "1-888-555-0147"
FAXNO = "1-888-555-0149"
POBOX = "P.O. Box 61340"
TOWN = "Ketterly Mesa, CO 80652-1340"
LEGAL = ("The Spina Bifida Health Care Program is run for the Federal Veterans Health Service by its Health "
         "Administration Center. Eligibility and the date an award takes effect are decided by the Service's benefits "
         "office, not by the Center.")
CITIES = ["Brackenford, CO 80761", "Pell Hollow, NM 87419", "Corrow Valley, UT 84633", "Lantry Creek, CO 81152",
          "Hollin Ridge, WY 82540", "Dunmere Flats, KS 67922", "Sorrel Point, NE 69168"]
STREETS = ["Cottonwood Bend", "Mesa Top Rd", "Arroyo Seco Ln", "Quarry Hill Dr", "Old Stage Rd", "Larkin Ave",
           "Piñon Ct", "Windmill Row", "Canal Bank Rd"]


def right_lines(unit: str) -> list[str]:
    return [CENTER, unit, POBOX, TOWN, f"Phone {PH}", f"Fax {FAXNO}"]


def head(p: ERSheet, unit: str = "Claims and Authorizations", es: bool = False):
    p.seal_letterhead(PARENT, CENTER, TAG_ES if es else TAG, PROGRAM, right_lines(unit))


def legal(form: str) -> list[str]:
    return [LEGAL, f"{form}  \u00b7  {PH} (TTY 711)  \u00b7  Written requests: {CENTER}, {POBOX}, {TOWN}"]


def home(rng) -> list[str]:
    return [f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", rng.choice(CITIES)]


def ben_id(rng) -> str:
    return "SB" + digits(rng, 8)


def vet_file(rng) -> str:
    return f"{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 4)}"


def dcn(rng, d: dt.date) -> str:
    """26-077-40218-01: year, day of year received, serial, suffix"""
    return f"{d:%y}-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}-0{rng.randint(1, 3)}"


def pa_no(rng) -> str:
    return "PA-26-0" + digits(rng, 5)


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def year_later(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1)


def recon_paras(what: str = "notice") -> list[str]:
    return [
        "## Reconsideration",
        f"If you (or the provider) disagree, ask the Center in writing to reconsider. The request must reach us "
        f"within one year of the date of this {what}. Tell us which claim and why, and send records that support it. "
        f"Mail: Reconsiderations, {CENTER}, {POBOX}, {TOWN}. Fax: {FAXNO}.",
        "## Final review",
        "If the Center keeps its decision, you may ask for a final review by the Center's Chief Medical Officer. "
        "The reconsideration decision tells you how.",
        "## Providers may not bill you",
        "A provider who accepts this program agrees to take its payment as payment in full. The provider may not "
        "bill you for a difference between its charge and the program's allowable amount.",
        "## Help",
        f"Call {PH}, Monday to Friday, 8:00 a.m. to 5:00 p.m. Mountain time. Ask for an interpreter at no cost.",
    ]


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    """Three-claim EOB; the dermatology claim paid 0.00 on every row (96 / SB21, PR-204 / SB27); legend pp. 2-3."""
    ben, fid, uro, pac, dpm = people(rng, 5, 1, "FMMFM")
    bid = ben_id(rng)
    sd = dt.date(2026, 5, 14)
    c1r, c2r, c3r = dt.date(2026, 3, 18), dt.date(2026, 3, 31), dt.date(2026, 4, 13)
    c1, c2, c3 = dcn(rng, c1r), dcn(rng, c2r), dcn(rng, c3r)
    uro_org = "Tessmer Urology Associates"
    derm_org = "Lantry Creek Dermatology, PLLC"
    foot_org = "Hollin Ridge Foot & Ankle Clinic"
    d1, d2a, d2b, d3 = dt.date(2026, 3, 3), dt.date(2026, 3, 9), dt.date(2026, 3, 23), dt.date(2026, 4, 6)
    claim1 = [(d1, "Office visit, established, moderate", "99214", 265.00, 182.40, 182.40, "CO-45", "SB12"),
              (d1, "Bladder scan, ultrasound, post-void", "51798", 118.00, 41.20, 41.20, "CO-45", ""),
              (d1, "Intermittent catheters, 120", "A4351", 540.00, 312.00, 312.00, "CO-45", "SB12")]
    claim2 = [(d2a, "Office visit, established, low", "99213", 210.00, 0.00, 0.00, "CO-96", "SB21"),
              (d2a, "Destruction of benign lesions (warts)", "17110", 185.00, 0.00, 0.00, "96", "SB21"),
              (d2b, "Dermabrasion, total face", "15780", 1150.00, 0.00, 0.00, "PR-204", "SB27")]
    claim3 = [(d3, "Debridement, subcutaneous tissue, heel", "11042", 420.00, 301.55, 301.55, "CO-45", ""),
              (d3, "Office visit, established, low", "99213", 190.00, 96.80, 96.80, "CO-45", "SB12"),
              (d3, "Offloading heel boot", "L4396", 236.00, 148.10, 148.10, "CO-45", "")]
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("Form HAC-EOB-3 (01/2026)"),
                running=f"{PROGRAM}  \u00b7  Explanation of Benefits  \u00b7  {last_first(ben)}  \u00b7  "
                        f"{abbr(sd)}  \u00b7  page {{n}}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p)
    p.f(15, "B")
    p.cell(p.W * 0.6, 7, "Explanation of Benefits")
    p.f(8.6)
    p.cell(p.W * 0.4, 7, "This is not a bill.", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.sc_boxes([("Beneficiary", ben, 1.35), ("Beneficiary ID", grouped(bid, [2, 4, 4]), 1.0),
                ("Statement date", long(sd), 1.0)])
    y0 = p.get_y()
    p.address([ben, f"c/o {fid}, fiduciary", *home(rng)], 9.6)
    yl = p.get_y()
    p.set_xy(p.l_margin + p.W * 0.52, y0)
    p.f(8.4)
    p.multi_cell(p.W * 0.48, 3.9, "This statement lists claims the Center finished between 03/20/2026 and 05/08/2026. "
                 "The program pays community providers directly. Look at the codes beside each row: a row paid 0.00 "
                 "has a code that tells you why.", new_x="LMARGIN", new_y="NEXT", align="L")
    p.set_x(p.l_margin + p.W * 0.52)
    p.run_pairs([[("Veteran's file no", vet_file(rng))]], sep="gap", size=8.2, cap_w=30, x=p.l_margin + p.W * 0.52)
    p.set_y(max(yl, p.get_y()) + 1)
    W = p.W
    widths = [17, W - 17 - 13 - 19 - 19 - 19 - 16 - 15, 13, 19, 19, 19, 16, 15]
    rows = []
    blocks = [(c1, c1r, uro_org, f"{uro}, MD", claim1),
              (c2, c2r, derm_org, f"{pac}, PA-C", claim2),
              (c3, c3r, foot_org, f"{dpm}, DPM", claim3)]
    for k, (cn, rcv, org, person, lines) in enumerate(blocks):
        rows.append(("group", f"Claim {cn}   received {short(rcv)}"))
        rows.append(("span", f"{org}  \u2013  {person}"))
        for j, (d, desc, code, b, a, pd, adj, rm) in enumerate(lines):
            if k == 2 and j == 1:
                rows.append(("break",))
            rows.append([short(d), desc, code, n2(b), n2(a), n2(pd), adj, rm])
        rows.append(("bold", ["", "Claim total", "", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), "", ""]))
    p.grid2(["Date", "Service", "Code", "Billed", "Allowed", "Program paid", "Adj.", "Remark"], rows, widths,
            ["L", "L", "L", "R", "R", "R", "L", "L"], size=7.7, row_h=5.0,
            cont=f"Claims continued \u2013 {first_last(ben)}")
    tot_b = sum(x[3] for x in claim1 + claim2 + claim3)
    tot_p = sum(x[5] for x in claim1 + claim2 + claim3)
    p.leaders([("Billed by providers on this statement", usd(tot_b)), ("Paid by the program on this statement",
                                                                        usd(tot_p)),
               ("Program payments for you so far in 2026", usd(tot_p + 2417.65)), ("You owe providers", "$0.00")],
              size=8.8, w=W * 0.66)
    p.shaded_para("Example only (not one of your claims): a provider bills $300.00 and the program's allowable amount "
                  "is $210.00. The program pays $210.00 and code 45 shows the $90.00 difference, which the provider "
                  "may not bill you.", 8.2)
    items = [("CO-45", "Charge is more than the program's allowable amount. The provider may not bill you the "
                       "difference (group code CO: contractual obligation)."),
             ("96", "Non-covered charge. With group code CO the provider may not bill you; see the remark code on "
                    "the same row for the reason."),
             ("97", "Payment for this service is included in another service paid on the same claim."),
             ("PR-204", "This service is not a benefit of the program. Group code PR: the provider may bill you if "
                        "you agreed in writing before the service."),
             ("18", "Exact duplicate of a claim already received."),
             ("29", "The time limit for filing has expired (one year from the date of service)."),
             ("SB12", "Paid at the program's allowable amount."),
             ("SB17", "Preauthorization was needed and none is on file."),
             ("SB21", "The program pays for spina bifida and the conditions that come from it (bladder, bowel, "
                      "skin breakdown, bone and joint, shunt and mobility care). This service was for a condition "
                      "the records do not tie to spina bifida."),
             ("SB27", "Cosmetic procedure. Not covered for any condition."),
             ("SB72", "Claim received more than one year after the date of service.")]
    p.legend_lines(items[:5], title="What the codes mean", code_w=15)
    p.set_font("Sans", "I", 7.6)
    p.cell(p.W, 4, "(codes continue on page 3)", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.legend_lines(items[5:], title="What the codes mean (continued)", code_w=15)
    p.twocol(recon_paras("statement") +
             [f"For this statement, a request for reconsideration must reach us by {long(year_later(sd))}."],
             size=8.4)
    t = truth("eob", "not_covered", insurer=CENTER, member_id=bid, member_name=ben, cases=[c2],
              claim_amount=m2(sum(x[3] for x in claim2)), service_dates=[iso(d2a), iso(d2b)], denial_date=iso(sd),
              provider=pac, appeal_deadline=iso(year_later(sd)),
              alternates={"insurer": INS_ALT, "provider": [derm_org, f"{derm_org} \u2013 {pac}, PA-C"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_no_preauth(rng):
    """Power wheelchair seating claim refused: no preauthorization for equipment over $2,000 (fax, dash captions)."""
    ben, atp, phys, rev = people(rng, 4, 1, "MFMF")
    bid = ben_id(rng)
    nd = dt.date(2026, 5, 19)
    recv = dt.date(2026, 4, 27)
    dlv = dt.date(2026, 4, 9)
    cn = dcn(rng, recv)
    sup = "Sorrel Point Mobility & Seating, Inc."
    clinic = "Corrow Valley Physical Medicine"
    lines = [("K0861", "Power wheelchair, group 3, multiple power options, standard seat", 1, 7480.00),
             ("E1002", "Power seating system, tilt only", 1, 3390.00),
             ("E2311", "Electronics connecting the controller to two or more power seating systems", 1, 1215.00),
             ("E2622", "Skin protection seat cushion, width under 22 in.", 1, 468.50)]
    tot = sum(x[3] for x in lines)
    faxline = (f"{fax_stamp(nd, '14:07')}  FROM: HAC PROVIDER SVCS {FAXNO}  TO: SORREL PT MOBILITY 15555550162  "
               "P.{n}/{nb}")
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("Letter HAC-CD-11 (01/2026)"), faxline=faxline, fax_total=2,
                running=f"Claim - {cn}  \u00b7  {first_last(ben)}  \u00b7  notice of {long(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.run_pairs([[("Beneficiary", ben)], [("Beneficiary ID", bid), ("Claim", cn)], [("Received", slash(recv)),
                                                                                     ("Delivered", slash(dlv))]],
                sep="dash", size=9.6, bold_value=True)
    p.address([ben, *home(rng)], 10)
    p.f(8.6)
    p.cell(0, 4.5, f"Copy to: {sup} (supplier)", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Claim decision: equipment delivered without preauthorization", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(ben)}:", 10)
    p.para(f"We received a claim for a power wheelchair and seating delivered to you on {long(dlv)}. The people "
           "named on the claim are:", 10)
    p.prov_cols([("Supplier (billing)", [sup, f"NPI {npi(rng)}", "1180 Windmill Row, Sorrel Point, NE 69168"]),
                 ("Rehab technology supplier", [f"{atp}, ATP", "Seating and mobility specialist",
                                                f"RESNA cert. {digits(rng, 6)}"]),
                 ("Prescribing physician", [f"{phys}, MD", clinic, f"NPI {npi(rng)}"])], size=8.6)
    p.grid(["Code", "Item", "Units", "Billed"], [[c, d, str(u), n2(b)] for c, d, u, b in lines] +
           [("bold", ["", "Total billed", "", n2(tot)])], [18, p.W - 18 - 14 - 26, 14, 26], ["L", "L", "R", "R"],
           size=8.4, row_h=5.2)
    p.heading("Our decision: we cannot pay this claim", 11)
    p.para("The program must approve durable medical equipment before it is delivered when the items on one order "
           "cost more than $2,000 together (preauthorization). Our records show no preauthorization request for "
           "this wheelchair or its seating, before or after delivery. Because the equipment was delivered without "
           "it, the program cannot pay the claim.", 10)
    p.para("This decision is not a finding that you do not need the wheelchair. The supplier may send a "
           "preauthorization request now, with the physician's order, the seating evaluation and the face-to-face "
           "examination notes; if we approve it, the supplier may file the claim again.", 9.8)
    p.para("The supplier agreed to the program's rules when it accepted you as a patient. It may not bill you for "
           "this equipment while the claim is refused for a missing preauthorization.", 9.8)
    p.signoff(["Sincerely,", first_last(rev), "Claims Examiner, Durable Equipment Unit"], 9.4)
    p.add_page()
    p.heading("Your rights", 11, rule=True)
    p.twocol(recon_paras("notice"), size=8.6)
    p.heading("Equipment that needs preauthorization", 10, rule=True)
    p.list_cols(["Equipment over $2,000 on one order", "Any power wheelchair or scooter", "Home modifications",
                 "Home health aide hours", "Transplants", "Dental care", "Travel for care", "Mental health "
                 "inpatient care", "Rehabilitation facility stays"], ncol=3, size=8.2)
    t = truth("denial_letter", "prior_authorization", insurer=CENTER, member_id=bid, member_name=ben, cases=[cn],
              claim_amount=m2(tot), service_dates=[iso(dlv)], denial_date=iso(nd), provider=sup,
              appeal_deadline=iso(year_later(nd)),
              alternates={"insurer": INS_ALT, "provider": [atp, phys, "Sorrel Point Mobility & Seating"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    coord, sender = people(rng, 2, 1, "FM")
    clinic = "Corrow Valley Adult Spina Bifida Clinic"
    sent = dt.date(2026, 6, 3)
    fl = f"{fax_stamp(sent, '10:26')}  HAC PROVIDER SVCS  {FAXNO}  >>  15555550171   PG {{n}} OF 3"

    # document 1: preauthorization approved (bladder augmentation), denies nothing
    ben, surg = people(rng, 2, 1, "FM")
    bid = ben_id(rng)
    nd = dt.date(2026, 5, 28)
    req_d = dt.date(2026, 5, 11)
    surg_d = dt.date(2026, 7, 14)
    pa = pa_no(rng)
    hosp = "Corrow Valley University Hospital"
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("Letter HAC-PA-2 (01/2026)"), faxline=fl, fax_first=2,
                fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Preauthorization Unit")
    p.sc_boxes([("Authorization no.", pa, 1.0), ("Beneficiary ID", bid, 1.0), ("Date", dash(nd), 0.8)])
    p.address([ben, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Your preauthorization request is approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(ben)}:", 10)
    p.para(f"On {long(req_d)} we received a request from Dr. {surg} of {hosp} for bladder augmentation surgery "
           "(augmentation cystoplasty, CPT 51960) with a continent catheterizable channel (CPT 50845). We approved "
           "it. Neurogenic bladder is a condition that comes from spina bifida.", 10)
    p.margin_rows([("Approved", "Augmentation cystoplasty and catheterizable channel, inpatient stay up to 6 days"),
                   ("Surgeon", f"Dr. {surg}, Pediatric and Adult Urology, {hosp}"),
                   ("Planned date", long(surg_d)),
                   ("Valid", f"{slash(plus(surg_d, -30))} through {slash(plus(surg_d, 60))}"),
                   ("Authorization", pa)], cap_w=36, size=9.6)
    p.para("The hospital and the surgeon send their claims to the Center with the authorization number. If the date "
           "moves outside the valid dates, the surgeon's office must ask us to change them. You do not pay any part "
           "of approved care.", 9.6)
    p.signoff(["Preauthorization Unit", CENTER], 9.4)
    p.para(f"cc: {clinic}, care coordination", 8.4)
    d1 = (out(p), truth("other", None, insurer=CENTER, member_id=bid, member_name=ben, cases=[pa],
                        service_dates=[iso(surg_d)], denial_date=iso(nd), provider=surg,
                        alternates={"insurer": INS_ALT, "provider": [hosp],
                                    "service_dates": [[f"{iso(plus(surg_d, -30))}/{iso(plus(surg_d, 60))}"]]}))

    # document 2: anaesthesia claim received more than one year after the date of service
    ben2, crna, anes = people(rng, 3, 1, "MFM")
    bid2 = ben_id(rng)
    nd2 = dt.date(2026, 5, 29)
    dos = dt.date(2025, 2, 11)
    recv = dt.date(2026, 3, 4)
    cn = dcn(rng, recv)
    grp = "Quillfeather Anesthesia Associates, LLC"
    units = [("00220", "Anesthesia, cerebrospinal fluid shunting procedure", "QX", 1840.00)]
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("Letter HAC-TF-1 (01/2026)"), faxline=fl, fax_first=3,
                fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, f"Date of this letter   {dmy(nd2)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_pairs([[("Beneficiary", ben2)], [("ID no", bid2)], [("Claim", cn)], [("Received", slash(recv))],
                 [("Service date", slash(dos))]], sep="gap", size=9.6, cap_w=34, bold_value=True)
    p.address([grp, "Attn: Billing", "402 Quarry Hill Dr, Suite 3", "Corrow Valley, UT 84633"], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Claim not paid: received more than one year after the service", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"We received your claim for anesthesia given by {crna}, CRNA, medically directed by Dr. {anes}, during a "
           f"ventriculoperitoneal shunt revision for {first_last(ben2)} at {hosp} on {long(dos)}.", 10)
    p.grid(["Code", "Service", "Modifier", "Billed"], [[c, d, m, n2(b)] for c, d, m, b in units],
           [18, p.W - 18 - 22 - 26, 22, 26], ["L", "L", "L", "R"], size=8.8, row_h=5.4)
    p.para("The program pays a claim only when it reaches the Center within one year after the date of service "
           f"(for an inpatient stay, within one year after discharge). For this service the last day was "
           f"{long(year_later(dos))}. The claim reached us on {long(recv)}, so the program cannot pay it. Your "
           "agreement with the program does not let you bill the beneficiary for it.", 10)
    p.para("If the claim was late because another payer first paid and then took back its payment, or because the "
           "beneficiary's eligibility was decided late, send proof with a request for reconsideration within one "
           "year of the date of this letter.", 9.6)
    p.signoff(["Claims Unit", CENTER], 9.4)
    d2 = (out(p), truth("denial_letter", "timely_filing", insurer=CENTER, member_id=bid2, member_name=ben2,
                        cases=[cn], claim_amount=m2(sum(x[3] for x in units)), service_dates=[iso(dos)],
                        denial_date=iso(nd2), provider=crna, appeal_deadline=iso(year_later(nd2)),
                        alternates={"insurer": INS_ALT, "provider": [grp, anes]}))
    cover = transmittal(
        [CENTER, "Provider Services  \u00b7  " + POBOX + ", " + TOWN, f"Phone {PH}  \u00b7  Fax {FAXNO}"],
        [("To", f"{first_last(coord)}, RN, care coordinator"), ("Organization", clinic),
         ("Fax", "(555) 555-0171"), ("From", f"{first_last(sender)}, Provider Services"),
         ("Date", slash(sent)), ("Pages", "3, this sheet included")],
        [("Urgent", False), ("For your records", True), ("Please reply", False)],
        ["Two letters you asked for, for the clinic's files: the approval of the bladder surgery for one of your "
         "patients, and our letter to the anesthesia group about a claim for another patient that came in too late. "
         "The group has been told it may not bill the patient."],
        "This facsimile may contain health information protected by federal law. If you are not the person it is "
        "addressed to, call us at the number above and destroy it.", faxline=fl, fax_total=3)
    return cover, [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def scan_es_duplicate(rng):
    """Spanish: physical therapy claim refused as a duplicate of a claim already paid."""
    ben = people(rng, 1, 1, "M", es=True)[0]
    pt = people(rng, 1, 1, "F", es=True)[0]
    bid = ben_id(rng)
    nd = dt.date(2026, 6, 16)
    r_orig, r_dup = dt.date(2026, 4, 22), dt.date(2026, 5, 27)
    c_orig, c_dup = dcn(rng, r_orig), dcn(rng, r_dup)
    paid_d = dt.date(2026, 5, 6)
    clinic = "Terapias Mesa Alta, PC"
    dates = [dt.date(2026, 4, 7), dt.date(2026, 4, 9), dt.date(2026, 4, 14)]
    lines = []
    for d in dates:
        lines.append((d, "97110", "Ejercicio terap\u00e9utico, 3 unidades", 234.00))
        lines.append((d, "97116", "Entrenamiento de la marcha, 1 unidad", 86.00))
    tot = sum(x[3] for x in lines)
    p = ERSheet(footer="P\u00e1gina {n} de {nb}", legal=[
        "El Spina Bifida Health Care Program lo administra para el Federal Veterans Health Service su Health "
        "Administration Center.", f"Aviso HAC-CD-ES (01/2026)  \u00b7  {PH}  \u00b7  Se habla espa\u00f1ol"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Reclamos", es=True)
    p.sc_boxes([("Beneficiario", ben, 1.3), ("N\u00fam. de beneficiario", bid, 1.0),
                ("Fecha del aviso", es_date(nd), 1.1)])
    p.address([ben, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Aviso sobre su reclamo: reclamo duplicado", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado Sr. {surname(ben)}:", 10)
    p.para(f"El {es_date(r_dup)} recibimos el reclamo n\u00famero {c_dup} de {clinic} por sesiones de terapia "
           f"f\u00edsica que le dio la terapeuta {pt}, DPT:", 10)
    p.grid(["Fecha", "C\u00f3digo", "Servicio", "Cargo"],
           [[es_abbr(d), c, s, n2(b)] for d, c, s, b in lines] + [("bold", ["", "", "Total", n2(tot)])],
           [24, 18, p.W - 24 - 18 - 28, 28], ["L", "L", "L", "R"], size=8.8, row_h=5.2)
    p.heading("Nuestra decisi\u00f3n", 11)
    p.para(f"No podemos pagar este reclamo. Las mismas sesiones, con las mismas fechas y c\u00f3digos, ya llegaron en "
           f"el reclamo {c_orig}, que recibimos el {es_date(r_orig)} y pagamos a {clinic} el {es_date(paid_d)}. "
           "Un reclamo duplicado no se paga dos veces. Usted no debe nada por estas sesiones.", 10)
    p.para("Si la cl\u00ednica le dio otras sesiones en fechas distintas, debe enviar un reclamo nuevo con esas "
           "fechas.", 9.8)
    p.heading("Si no est\u00e1 de acuerdo", 11)
    p.para("Usted o la cl\u00ednica pueden pedir por escrito que el Centro reconsidere esta decisi\u00f3n dentro de "
           f"un a\u00f1o a partir de la fecha de este aviso. Escriba a Reconsiderations, {CENTER}, {POBOX}, {TOWN}, "
           f"o env\u00ede un fax al {FAXNO}. Para ayuda en espa\u00f1ol, llame al {PH}.", 9.8)
    p.signoff(["Atentamente,", "Unidad de Reclamos", CENTER], 9.4)
    t = truth("denial_letter", "other", insurer=CENTER, member_id=bid, member_name=ben, cases=[c_dup],
              claim_amount=m2(tot), service_dates=[iso(d) for d in dates], denial_date=iso(nd), provider=pt,
              appeal_deadline=iso(year_later(nd)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [clinic, "Terapias Mesa Alta"],
                          "case_numbers": [[c_dup, c_orig]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_recon(rng):
    """Reconsideration keeps the refusal of stem-cell bladder injections (experimental)."""
    ben, doc, rev = people(rng, 3, 1, "FMF")
    bid = ben_id(rng)
    nd = dt.date(2026, 7, 22)
    first_nd = dt.date(2026, 4, 30)
    areq = dt.date(2026, 6, 24)
    dos = dt.date(2026, 3, 12)
    recv = dt.date(2026, 3, 30)
    cn = dcn(rng, recv)
    rc = "RC-26-" + digits(rng, 5)
    inst = "Vantorre Regenerative Medicine Institute"
    lines = [("53899", "Unlisted procedure, urinary system (own fat-derived cells into the bladder wall)",
              7900.00),
             ("52000", "Cystourethroscopy", 850.00)]
    tot = sum(x[2] for x in lines)
    p = ERSheet(footer="Page {n} of {nb}", legal=legal("Letter HAC-RC-4 (01/2026)"),
                running=f"Reconsideration {rc}  \u00b7  {first_last(ben)}  \u00b7  {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Reconsiderations")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Reconsideration decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([(rc, "reconsideration", 1.0), (cn, "claim", 1.3), (bid, "beneficiary id", 1.1)], where="beside",
                size=9.6)
    p.cap_boxes([(abbr(nd), "this decision", 1.0), (abbr(first_nd), "first decision", 1.0),
                 (abbr(areq), "request received", 1.0)], where="beside", size=9.2)
    p.stamp_at(["RECEIVED", upper(plus(nd, 5)), "PELL HOLLOW LEGAL AID"], p.w - p.r_margin - 56, p.get_y() + 1,
               angle=-6, w=50)
    p.address([ben, *home(rng)], 10)
    p.para(f"Dear Ms. {surname(ben)}:", 10)
    p.para(f"You asked us to reconsider our decision of {long(first_nd)} on the claim from {inst} for care you "
           f"received on {long(dos)} from:", 10)
    p.set_x(p.l_margin + 10)
    p.f(10, "B")
    p.cell(0, 5, f"Dr. {doc}, DO", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.f(9.4)
    p.cell(0, 4.6, f"{inst}, Lantry Creek, CO", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.grid(["Code", "Service", "Billed"], [[c, d, n2(b)] for c, d, b in lines] +
           [("bold", ["", "Total billed", n2(tot)])], [18, p.W - 18 - 28, 28], ["L", "L", "R"], size=8.6,
           row_h=5.4)
    p.heading("What we looked at", 11)
    p.para(f"{first_last(rev)}, a urologist who did not take part in the first decision, read your letter, Dr. "
           f"{surname(doc)}'s notes and the published studies the institute sent. Injecting cells taken from your "
           "own fat into the bladder wall to treat neurogenic bladder is still being studied. No product for it has "
           "been approved by the Food and Drug Administration, and the studies so far are small and without "
           "comparison groups.", 10)
    p.heading("Our decision: the first decision stands", 11)
    p.para("The program does not pay for experimental or investigational care, even for a condition that comes from "
           "spina bifida. Neurogenic bladder is covered; this treatment for it is not. Other bladder care (for "
           "example botulinum toxin injections or augmentation surgery) can be covered, some of it with "
           "preauthorization.", 10)
    p.heading("Final review", 11)
    p.para("If you still disagree, you may ask the Center's Chief Medical Officer for a final review. Your request "
           "must reach us within 90 days of the date of this decision. Send it to the address above, marked "
           f"\u201cFinal review\u201d, with reconsideration number {rc}.", 9.8)
    p.signoff(["Sincerely,", first_last(rev), f"Physician Reviewer, {CENTER}"], 9.4)
    t = truth("denial_letter", "experimental", insurer=CENTER, member_id=bid, member_name=ben, cases=[rc, cn],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd), provider=doc,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": INS_ALT, "provider": [inst]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_level(rng):
    """Inpatient rehabilitation admission requested; approved only at skilled nursing facility level."""
    ben, phys, cm, md = people(rng, 4, 1, "MFFM")
    bid = ben_id(rng)
    nd = dt.date(2026, 8, 11)
    recv = dt.date(2026, 8, 10)
    adm = dt.date(2026, 8, 13)
    pa = pa_no(rng)
    hosp = "Brackenford Regional Medical Center"
    irf = "Ketterly Mesa Rehabilitation Hospital"
    snf = "Larkin Avenue Post-Acute and Skilled Nursing"
    p = ERSheet(footer=None, legal=legal("Letter HAC-LC-7 (01/2026)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, unit="Utilization Review")
    p.f(9.6)
    p.cell(0, 5, wday_short(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_pairs([[("Request no", pa), ("Beneficiary ID", bid)], [("Beneficiary", ben)],
                 [("Request received", slash(recv)), ("Planned admission", slash(adm))]], sep="none", size=9.6,
                bold_value=True, pair_gap=12)
    p.address([f"{first_last(cm)}, RN, Case Management", hosp, "2200 Larkin Ave", "Brackenford, CO 80761"], 9.8)
    p.para(f"Copy: {ben}, at home", 8.6)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Decision on request for inpatient rehabilitation", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para("The request was sent by:", 10)
    p.set_x(p.l_margin + 10)
    p.f(10, "B")
    p.cell(0, 5, f"{phys}, MD", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.f(9.2)
    p.cell(0, 4.5, "Physical Medicine and Rehabilitation", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.5, hosp, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dr. {surname(phys)} asked us to approve admission to {irf} on {long(adm)}, after the sacral pressure "
           "ulcer was closed with a muscle flap on August 4. The request is for about 14 days of intensive "
           "rehabilitation (at least 3 hours of therapy a day, 5 days a week).", 10)
    p.heading("Our decision: approved at a skilled nursing level, not at an inpatient rehabilitation level", 10.8)
    p.para(f"Dr. {md}, our physician reviewer, read the hospital records. After the flap repair Mr. {surname(ben)} "
           "must stay off the flap and may sit for no more than 15 minutes at a time for several weeks. He could not "
           "take part in 3 hours of therapy a day during that time. What he needs now is skilled nursing for wound "
           "and flap care, turning, bladder and bowel care, with therapy as his sitting time allows. That care can be "
           f"given in a skilled nursing facility such as {snf}, and we approve up to 21 days there under the same "
           "request number. When sitting restrictions end, the hospital or the facility may ask again for "
           "inpatient rehabilitation.", 10)
    p.para("An expedited reconsideration can be decided within 72 hours if waiting could seriously harm his health; "
           "call us and say it is urgent.", 9.4)
    p.para("You, the beneficiary or the doctor may ask us to reconsider this decision. The request must reach us "
           f"within 30 days of the date of this letter (fax {FAXNO}).", 9.6)
    p.signoff(["Utilization Review", CENTER], 9.4)
    t = truth("denial_letter", "level_of_care", insurer=CENTER, member_id=bid, member_name=ben, cases=[pa],
              service_dates=[iso(adm)], denial_date=iso(nd), provider=phys, appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": INS_ALT, "provider": [hosp, irf]})
    return out(p), t


def wday_short(d: dt.date) -> str:
    return f"{d:%A}, {long(d)}"


# ---------------------------------------------------------------------------------------------------------------
def rotated_voucher(rng):
    """Provider payment voucher: three beneficiaries' claims; one paid 0.00 under CO-26 / 26 (before the award)."""
    b1, b2, b3, np_, pa_, md = people(rng, 6, 1, "FMFFMF")
    id1, id2, id3 = ben_id(rng), ben_id(rng), ben_id(rng)
    vd = dt.date(2026, 4, 24)
    award = dt.date(2026, 3, 1)
    r1, r2, r3 = dt.date(2026, 3, 30), dt.date(2026, 4, 2), dt.date(2026, 4, 8)
    c1, c2, c3 = dcn(rng, r1), dcn(rng, r2), dcn(rng, r3)
    payee = "Pell Hollow Community Health Center"
    eft = "EFT " + digits(rng, 10)
    claim1 = [(dt.date(2026, 3, 16), "99214", 1, 248.00, 176.30, 176.30, "CO-45", "", "Office visit, est."),
              (dt.date(2026, 3, 16), "81001", 1, 42.00, 9.85, 9.85, "CO-45", "", "Urinalysis, micro")]
    ds = [dt.date(2026, 2, 17), dt.date(2026, 2, 24)]
    claim2 = [(ds[0], "99204", 1, 395.00, 0.00, 0.00, "CO-26", "SB40", "Office visit, new"),
              (ds[0], "81003", 1, 38.00, 0.00, 0.00, "26", "", "Urinalysis, automated"),
              (ds[1], "51701", 1, 146.00, 0.00, 0.00, "CO-26", "SB40", "Catheter insertion"),
              (ds[1], "A4351", 60, 270.00, 0.00, 0.00, "26", "", "Catheters")]
    claim3 = [(dt.date(2026, 3, 25), "99213", 1, 182.00, 104.60, 104.60, "CO-45", "", "Office visit, est."),
              (dt.date(2026, 3, 25), "97597", 1, 226.00, 131.45, 131.45, "CO-45", "", "Wound debridement")]
    p = ERSheet(footer="Voucher {v}  \u00b7  page {{n}} of {{nb}}".format(v=f"PV-{vd:%y%m%d}-0417"),
                legal=legal("Form HAC-PV (01/2026)"), running=f"Payee {payee}  \u00b7  voucher of {slash(vd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, unit="Provider Payments")
    p.f(14, "B")
    p.cell(p.W * 0.6, 7, "Provider Payment Voucher")
    p.f(8.4)
    p.cell(p.W * 0.4, 7, "Explanation of payment \u2013 keep for your records", align="R", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.sc_boxes([("Payee", payee, 2.0), ("Payee NPI", npi(rng), 0.8), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}",
                                                                       0.8),
                ("Voucher date", slash(vd), 0.8), ("Payment", eft, 1.0)], size=8.4)
    W = p.W
    widths = [18, 16, 12, W - 18 - 16 - 12 - 22 - 22 - 22 - 18 - 16, 22, 22, 22, 18, 16]
    rows = []
    for (cn, rcv, ben, bid, who, lines, extra) in (
            (c1, r1, b1, id1, f"Rendering: {np_}, NP", claim1, ""),
            (c2, r2, b2, id2, f"Rendering: {pa_}, PA-C", claim2, f"award effective {slash(award)}"),
            (c3, r3, b3, id3, f"Rendering: {md}, MD", claim3, "")):
        rows.append(("group", f"{last_first(ben)}   ID {bid}   Claim {cn}   rec'd {short(rcv)}"
                              + (f"   {extra}" if extra else "")))
        rows.append(("span", who))
        for d, code, u, b, a, pd, adj, rm, desc in lines:
            rows.append([short(d), code, str(u), desc, n2(b), n2(a), n2(pd), adj, rm])
        rows.append(("bold", ["", "", "", "Claim total", n2(sum(x[3] for x in lines)),
                              n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)), "", ""]))
    p.grid2(["Service", "Code", "Units", "Description", "Billed", "Allowed", "Paid", "Adj.", "Remark"], rows, widths,
            ["L", "L", "R", "L", "R", "R", "R", "L", "L"], size=7.6, row_h=4.9)
    tot_p = sum(x[5] for x in claim1 + claim2 + claim3)
    p.leaders([("Total paid on this voucher", usd(tot_p)), ("Claims on this voucher", "3")], size=8.8, w=W * 0.55)
    p.add_page()
    p.legend_lines([
        ("CO-45", "Charge exceeds the program's allowable amount; write off the difference."),
        ("CO-26", "Expenses incurred before coverage. Group code CO: do not bill the beneficiary."),
        ("27", "Expenses incurred after coverage ended."),
        ("26", "Same as CO-26 (the group code is printed once per claim on older lines)."),
        ("SB40", "Service date is before the date the beneficiary's award takes effect (shown on the claim line). "
                 "The program cannot pay for care before that date, even when the condition is covered."),
        ("SB04", "No beneficiary with this ID on the date of service; check the ID card."),
        ("SB12", "Paid at the program's allowable amount."),
        ("MA130", "Your claim contains incomplete and/or invalid information; no appeal rights. Submit a new "
                  "claim."),
    ], title="Adjustment and remark codes", code_w=16)
    p.twocol(["## Questions and reconsideration",
              f"Call Provider Services at {PH}. You may ask the Center to reconsider a claim decision on this "
              "voucher. The request must reach us within one year of the date of this voucher; include the claim "
              "number and records.",
              "## Eligibility dates",
              "The Service's benefits office decides each beneficiary's award and the date it takes effect. Ask the "
              "beneficiary for the award letter if you believe the date shown is wrong; the Center cannot change "
              "it."], size=8.4)
    t = truth("eob", "eligibility", insurer=CENTER, member_id=id2, member_name=b2, cases=[c2],
              claim_amount=m2(sum(x[3] for x in claim2)), service_dates=[iso(d) for d in ds], denial_date=iso(vd),
              provider=pa_, appeal_deadline=iso(year_later(vd)),
              alternates={"insurer": INS_ALT, "provider": [payee]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "bd_eob_three_claims_rows_96_204", "born_digital", [bd_eob(rng)])]
    items.append(Item(F + "faxstd_wheelchair_no_preauth", "fax_standard_g4", [faxstd_no_preauth(rng)]))
    cover, docs = stack_docs(rng)
    items.append(Item(F + "faxstd_stack_approval_late_crna_upside_down", "fax_standard_g4",
                      docs, separators=[cover, None], turns={(1, 0): 180}))
    items.append(Item(F + "scan_es_reclamo_duplicado", "scan_clean_300", [scan_es_duplicate(rng)]))
    items.append(Item(F + "photocopy_recon_stem_cell_upheld", "photocopy", [photocopy_recon(rng)]))
    items.append(Item(F + "phone_rehab_snf_level", "phone_photo", [phone_level(rng)]))
    items.append(Item(F + "rotated_voucher_before_award", "rotated", [rotated_voucher(rng)]))
    return items
