"""Papers mirrored (structure and plain wording style only) from the Indian Health Service's Purchased/Referred Care
(PRC) program: care bought from outside providers ("vendors") for patients of an IHS service unit or a tribal health
program, paid only when the patient lives in the PRC delivery area, the care is within the medical priorities the unit
can fund, every other coverage (Medicare, Medicaid, a job's health plan) has paid first (PRC is the payer of last
resort), and an emergency was reported to the PRC office within 72 hours (30 days for an elder or a person with a
disability); a refused person may ask the service unit's chief executive officer to reconsider within 30 days, then
appeal to the Area Director. Claims are priced and paid by a fiscal intermediary that sends payment statements to
vendors and households. The agency's and program's names are real and public; the Area (Plains Crossing Area), the
service unit (Larkspur Draw Service Unit and its Indian Health Center), the tribal program (the Pueblo de Piedra
Roja's Department of Health), the fiscal intermediary (Quillrock Claims Processing, Inc.), every county, town,
hospital, clinic, vendor, person, number, amount and code letter, and the fiscal intermediary's and units' own time
limits are invented; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- bd_household_statement_son_er_not_reported: a born-digital two-page statement from the fiscal intermediary (its
  name big, the program small under it) headed by the head of household; the claims table runs on to page 2 with no
  heading, where the son's emergency room claim pays 0.00 under N72, told only in the code key (nobody told the PRC
  office within 72 hours); "within 30 days of the date of this statement".
- faxstd_vendor_statement_bilateral_line_two_pages: a standard-fax two-page vendor payment statement to an orthopaedic
  clinic: six patients, the table runs on to page 2 without a heading; one line of one patient's claim (the left knee
  injection billed on its own line) pays 0.00 under CE5 (bill both sides once with modifier 50).
- scan_spouse_job_plan_first_colonoscopy: a clean-scan service unit letter (feather mark beside the unit's name on
  two lines): the husband's job plan has to look at the bill first; plain words; the other plan's IDs as decoys.
- phone_es_fuera_del_area_de_entrega: a photographed Spanish letter of the tribal program (initials in a box beside
  the name on two lines): the patient had moved out of the delivery area; "dentro de 30 días a partir de la fecha".
- rotated_hip_replacement_priority_level: a pre-service referral decision fed turned: values over tiny captions in
  ruled cells, a table of the medical priority levels with one ticked, two-column prose; deferred list; a printed
  date to ask for reconsideration.
- faxstd_ambulance_run_report_never_came: a standard-fax letter to an ambulance service (initials in a ring beside the
  name on two lines), values in boxes with captions under them: the claim closed because the run report never came.
- photocopy_stack_mri_authorization_then_reconsideration_upheld: a photocopied stack: a PRC purchase order for an MRI
  (denies nothing), its duplex back, and the CEO's two-page reconsideration keeping the refusal of a brain MRI as not
  needed (page 2 fed sideways; appeal to the Area Director within 30 days of the date of the letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnf import (ENSheet, digits, dmy_long, es_date, first_last, iso, last_first, long, m2, mdyyyy, n2,
                               npi, out, people, phone, phone_dash, plain, plus, slash, surname, tin, tollfree, truth,
                               up_mon, usd, wday_long, workday, yy)

FAMILY = ("ihs_purchased_referred_care_intermediary_household_and_vendor_statements_tribal_letters_alternate_"
          "resource_delivery_area_priority_and_72_hour_refusals")
LANG = "en"
SEED = 355035
IHS = "Indian Health Service"
AREA = "Plains Crossing Area"
SU = "Larkspur Draw Service Unit"
CLINIC = "Larkspur Draw Indian Health Center"
SU_ALT = [IHS, f"{SU}, {IHS}", "Larkspur Draw Service Unit Purchased/Referred Care", CLINIC,
          "Larkspur Draw Purchased/Referred Care Office", "Indian Health Service Larkspur Draw Service Unit"]
SU_ADDR = "400 Agency Road, P.O. Box 118, Stoneford Crossing, SD 57562"
FI = "Quillrock Claims Processing, Inc."
FI_ALT = ["Quillrock Claims Processing", "Quillrock", IHS, SU, "Indian Health Service Purchased/Referred Care"]
FI_ADDR = "P.O. Box 27740, Rapid City, SD 57709"
FI_ROLE = "fiscal intermediary for the Indian Health Service Purchased/Referred Care program"
TRIBE = "Pueblo de Piedra Roja"
TRIBE_ALT = ["Departamento de Salud del Pueblo de Piedra Roja", "Pueblo de Piedra Roja Departamento de Salud",
             "Piedra Roja", "Programa PRC del Pueblo de Piedra Roja"]
COUNTIES = "Larkspur, Buffaloberry and Corn Creek counties"
USED: set = set()
TOWNS = [("Stoneford Crossing", "SD", "57562"), ("Lodgepole Flat", "SD", "57565"), ("Corn Creek", "SD", "57568"),
         ("Buffaloberry", "SD", "57570"), ("Willow Draw", "SD", "57573"), ("Eagle Butte Spur", "SD", "57574")]
STREETS = ["BIA Route 7", "Housing Loop", "Medicine Root Rd", "Prairie Dog Ln", "Agency Hill Dr", "Sundance Cir",
           "Old Mission Rd", "Cedar Draw Rd"]


def hrn(rng) -> str:
    return digits(rng, 6)


def icn(rng, d: dt.date) -> str:
    """The intermediary's claim number: year, day of year, then eight digits (printed in groups of four)."""
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 9)}"


def grp4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def po_no(rng) -> str:
    return f"LD-26-{digits(rng, 5)}"


def ref_no(rng) -> str:
    return f"R26-{digits(rng, 4)}"


def notice_no(rng) -> str:
    return f"PRC-N-{digits(rng, 4)}"


def addr(rng, name: str, town=None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 988)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def su_head(p: ENSheet, rng, kind: str = "feather", text: str = "", box: str | None = None, size: float = 14.5):
    p.two_line_head("LARKSPUR DRAW", "SERVICE UNIT", [f"{IHS}  \u00b7  {AREA}",
                                                       "Purchased/Referred Care Office"],
                    [CLINIC, SU_ADDR, f"PRC office {phone(rng)}", f"PRC fax {phone(rng)}"], kind=kind, text=text,
                    size=size, box=box)


def fi_head(p: ENSheet, rng, box: str, extra: str):
    p.contractor_head("Quillrock Claims Processing", [FI_ROLE, extra],
                      [FI, FI_ADDR, f"Customer service {tollfree(rng, '877')}", "TTY 711"], box=box)


# ---------------------------------------------------------------------------------------------------------------
def born_household(rng):
    head = people(rng, 1, "pr", sexes="F", used=USED)[0]
    spouse, son, dau = people(rng, 3, "pr", sexes="MMF", last=surname(head), used=USED)
    ortho, ent, cardio = people(rng, 3, "dr", sexes="MFM", used=USED)
    ids = {k: hrn(rng) for k in ("head", "spouse", "son", "dau")}
    sd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    er = dt.date(2026, 4, rng.randint(3, 5))
    claims = [
        dict(who=head, rel="self", id=ids["head"], vendor="Prairie Mercy Hospital", auth=po_no(rng),
             lines=[(workday(plus(er, -33)), "77067", "Screening mammogram, both sides", 412.00, 268.40, "P1")]),
        dict(who=spouse, rel="spouse", id=ids["spouse"], vendor="Corn Creek Imaging Center", auth=po_no(rng),
             lines=[(workday(plus(er, -18)), "73721", "MRI knee without contrast", 1640.00, 212.75, "A3")]),
        dict(who=dau, rel="daughter", id=ids["dau"], vendor="Buffaloberry Ear, Nose & Throat", auth=po_no(rng),
             rend=ent, lines=[(workday(plus(er, -40)), "99203", "New patient visit", 236.00, 121.18, "P1"),
                              (workday(plus(er, -40)), "92567", "Tympanometry", 58.00, 21.64, "P1")]),
        dict(who=head, rel="self", id=ids["head"], vendor="Buffaloberry Heart Clinic", auth=po_no(rng), rend=cardio,
             lines=[(workday(plus(er, -26)), "99204", "New patient visit", 342.00, 176.52, "P1"),
                    (workday(plus(er, -26)), "93306", "Echocardiogram, complete", 1120.00, 402.18, "P1")]),
        dict(who=spouse, rel="spouse", id=ids["spouse"], vendor="Buffaloberry Physical Therapy", auth=po_no(rng),
             lines=[(workday(plus(er, -12)), "97161", "PT evaluation", 214.00, 98.40, "A3"),
                    (workday(plus(er, -10)), "97110", "Therapeutic exercise x 3", 186.00, 42.75, "A3"),
                    (workday(plus(er, -8)), "97110", "Therapeutic exercise x 3", 186.00, 42.75, "A3")]),
        dict(who=dau, rel="daughter", id=ids["dau"], vendor="Prairie Mercy Hospital", auth=po_no(rng),
             lines=[(workday(plus(er, -19)), "92557", "Hearing test, complete", 164.00, 71.30, "P1")]),
        dict(who=son, rel="son", id=ids["son"], vendor="Prairie Mercy Hospital", auth="none on file",
             lines=[(er, "0450", "Emergency room, level 4 (99284)", 1286.00, 0.00, "N72"),
                    (er, "73610", "X-ray ankle, 3 views", 318.00, 0.00, "N72")]),
        dict(who=son, rel="son", id=ids["son"], vendor="Buffaloberry Orthopedics", auth=po_no(rng), rend=ortho,
             lines=[(workday(plus(er, 9)), "99203", "New patient visit", 248.00, 127.36, "P1"),
                    (workday(plus(er, 9)), "L4361", "Walking boot, pneumatic", 196.00, 141.20, "P1")]),
    ]
    for c in claims:
        c["no"] = icn(rng, plus(c["lines"][0][0], rng.randint(5, 12)))
    den = claims[6]
    rows = []
    billed_t = paid_t = 0.0
    for k, c in enumerate(claims):
        if k == 6:
            rows.append(("break",))
        rend = f"  \u00b7  {c['rend']}, M.D." if c.get("rend") else ""
        rows.append(("span", f"{c['vendor']}{rend}    Claim {grp4(c['no'])}    PRC auth. {c['auth']}"))
        for d, code, what, b, pd, note in c["lines"]:
            rows.append([c["who"], c["id"], yy(d), code, what, n2(b), n2(pd), note])
            billed_t += b
            paid_t += pd
        if len(c["lines"]) > 1:
            rows.append(("bold", ["", "", "", "", "Claim total", n2(sum(x[3] for x in c["lines"])),
                                  n2(sum(x[4] for x in c["lines"])), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "", "", "Totals for this statement", n2(billed_t), n2(paid_t), ""]))
    den_total = sum(x[3] for x in den["lines"])
    stmt_no = f"HH-{sd:%y%m%d}-{digits(rng, 4)}"
    p = ENSheet(footer="Page {n} of {nb}",
                strip=f"Household of {head}   \u00b7   Statement {stmt_no}   \u00b7   {sd.isoformat()}")
    p.set_margins(15, 14, 15)
    p.add_page()
    fi_head(p, rng, "PRC PAYMENT STATEMENT FOR YOUR HOUSEHOLD", f"claims for the {SU}, {AREA}")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in addr(rng, head):
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.caption_right([("statement date", dmy_long(sd)), ("statement number", stmt_no),
                          ("head of household HRN", ids["head"]), ("household members", "4"),
                          ("fiscal year", "FY 2026")], p.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    p.set_y(max(y1, y2) + 4)
    p.framed_note("THIS IS NOT A BILL. It shows what Purchased/Referred Care (PRC) paid outside providers for care "
                  "your household got. A provider PRC paid may not bill you for the rest of a paid line. Each line "
                  "shows the patient, the patient's health record number (HRN) and a note code; the codes are "
                  "explained at the end of this statement.", size=8.2)
    p.heading("Claims processed for your household", 10)
    widths = [W * k / 100 for k in (19, 9, 9, 8, 28, 10, 10, 7)]
    p.flow_table(["Patient", "HRN", "Date", "Code", "Service", "Billed", "PRC paid", "Note"], widths,
                 ["L", "L", "L", "L", "L", "R", "R", "L"], rows, size=7.3, row_h=4.3, foot_room=24, top_gap=1)
    p.legend_two("What the note codes mean", [
        ("P1", "Paid at the PRC rate. The provider accepts it as payment in full."),
        ("A3", "Your other coverage paid first. PRC paid what was left, up to the PRC rate."),
        ("N72", "Emergency care that the PRC office was not told about within 72 hours after it started (30 days "
                "for an elder or a person with a disability). PRC can't pay for this care."),
        ("R9", "The patient did not live in the PRC delivery area on this date."),
        ("M4", "This care is outside the medical priorities the service unit can pay for this year."),
        ("D2", "This line was paid on another claim."),
        ("X5", "Records we asked for did not come."),
        ("T1", "The provider sent the claim after the time allowed.")], size=7.3, tag_w=10)
    p.cols([[("If you think a line is wrong", "You, or someone you choose, may ask the Chief Executive Officer of "
                                             f"the {SU} to look at it again. Write within 30 days of the date of "
                                             "this statement and say which line and why. Send any papers that help, "
                                             "such as a record that you called the PRC office.")],
            [("About other coverage", "PRC pays last. For example, if a bill is $1,000.00 and Medicaid pays "
                                      "$700.00, PRC looks only at the $300.00 left. Tell the PRC office about any "
                                      f"coverage you have. Questions: call {phone(rng)}.")]], size=7.8)
    t = truth("eob", "prior_authorization", insurer=FI, member_id=den["id"], member_name=son, cases=[den["no"]],
              claim_amount=m2(den_total), service_dates=[iso(er)], denial_date=iso(sd),
              provider="Prairie Mercy Hospital", appeal_deadline=iso(plus(sd, 30)),
              alternates={"insurer": FI_ALT}, denial_alternates=["other", "timely_filing"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_vendor_statement(rng):
    names = people(rng, 7, "pr", used=USED)
    docs = people(rng, 2, "dr", sexes="MF", used=USED)
    sd = workday(dt.date(2026, 6, rng.randint(1, 5)))
    vendor = "Bison Creek Orthopaedic & Sports Clinic, P.C."
    vid = "V-" + digits(rng, 7)
    base = dt.date(2026, 4, 20)
    plan = [
        [("99213", "", 1, 186.00, 98.42, 98.42, "")],
        [("99204", "", 1, 342.00, 171.06, 171.06, ""), ("73562", "RT", 1, 164.00, 41.27, 41.27, "")],
        [("20610", "", 1, 248.00, 64.85, 64.85, ""), ("J3301", "", 4, 36.00, 7.12, 7.12, "")],
        [("99214", "", 1, 264.00, 131.40, 131.40, ""), ("29826", "", 1, 0.00, 0.00, 0.00, "")],
        [("99213", "", 1, 186.00, 98.42, 98.42, ""), ("73030", "LT", 1, 138.00, 33.90, 33.90, "")],
        [("97110", "GP", 3, 168.00, 86.31, 86.31, ""), ("97140", "GP", 2, 104.00, 55.58, 55.58, "")],
        [("99213", "25", 1, 186.00, 98.42, 98.42, ""), ("20610", "RT", 1, 248.00, 64.85, 64.85, ""),
         ("20610", "LT", 1, 248.00, 0.00, 0.00, "CE5")],
    ]
    plan[3] = [("99214", "", 1, 264.00, 131.40, 131.40, ""), ("20605", "", 1, 212.00, 52.16, 52.16, "")]
    claims = []
    for k, lines in enumerate(plan):
        d = workday(plus(base, k * 3 + rng.randint(0, 2)))
        claims.append(dict(who=names[k], id=hrn(rng), po=po_no(rng), no=icn(rng, plus(d, rng.randint(8, 14))),
                           d=d, lines=lines, rend=docs[k % 2]))
    den = claims[6]
    rows = []
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 6:
            rows.append(("break",))
        rows.append(("span", f"{last_first(c['who'])}   HRN {c['id']}   PO {c['po']}   ICN {c['no']}"))
        rows.append(("note", f"Rendering provider: {c['rend']}, M.D.   Place of service 11"))
        for code, mod, u, b, al, pd, rs in c["lines"]:
            rows.append([mdyyyy(c["d"]), code, mod, str(u), n2(b), n2(al), n2(pd), rs])
            tb += b
            tp += pd
        rows.append(("bold", ["", "", "", "Claim", n2(sum(x[3] for x in c["lines"])),
                              n2(sum(x[4] for x in c["lines"])), n2(sum(x[5] for x in c["lines"])), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "", "STATEMENT", n2(tb), "", n2(tp), ""]))
    den_total = sum(x[3] for x in den["lines"])
    p = ENSheet(footer=None, fax_hdr=f"{up_mon(plus(sd, 1))} 09:{rng.randint(10, 59)}  QUILLROCK CLAIMS   "
                                     f"{phone(rng)}   P.{{n}}/2",
                strip=f"Vendor {vid}   {vendor}   Statement date {slash(sd)}   page {{n}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    fi_head(p, rng, "VENDOR PAYMENT STATEMENT", "Purchased/Referred Care claims priced at the PRC rate")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [vendor, "Attn: Billing Office", "2210 Bison Creek Pkwy, Suite 140", "Buffaloberry, SD 57570"]:
        p.line(ln, 9.6)
    y1 = p.get_y()
    p.set_xy(p.l_margin + W * 0.52, y0)
    y2 = p.kv_box([("Statement date", slash(sd)), ("Vendor ID", vid), ("Vendor TIN", tin(rng)),
                   ("Vendor NPI", npi(rng)), ("EFT trace", "TRN*1*" + digits(rng, 10)),
                   ("Amount sent", usd(tp))], p.l_margin + W * 0.52, y0, W * 0.48, cap_w=30, size=8.8, cap=7.6,
                  h=5.6)
    p.set_y(max(y1, y2) + 4)
    p.para("Claims below were priced at the PRC rate for the Indian Health Service. Amounts in the PAID column were "
           "sent by electronic funds transfer. A reason code in the last column explains a line we did not pay; the "
           "codes are listed after the claims.", 9.0)
    widths = [W * k / 100 for k in (14, 10, 8, 8, 15, 15, 15, 15)]
    p.flow_table(["Date of service", "Proc.", "Mod", "Units", "Billed", "Allowed", "Paid", "Reason"], widths,
                 ["L", "L", "L", "R", "R", "R", "R", "L"], rows, size=8.4, row_h=5.0, foot_room=18, top_gap=1)
    p.ln(2)
    p.glossary("Reason codes", [
        ("CE5", "The same service on the right and left sides was billed on two lines. Bill it once with modifier "
                "50 and the two sides are paid together."),
        ("CE7", "The units billed are more than the purchase order allows."),
        ("N72", "The PRC office was not told about the emergency within 72 hours."),
        ("A3", "Another payer must be billed first."),
        ("T1", "The claim came after the time allowed in your PRC agreement.")], size=8.4, cols=1)
    p.para("Questions about a line, or to ask the service unit to reconsider it: write to the PRC office within 30 "
           "days of the date of this statement, with a corrected claim if one is needed. Do not bill the patient for "
           "any amount on this statement.", 8.8)
    t = truth("eob", "coding_error", insurer=FI, member_id=den["id"], member_name=den["who"],
              cases=[den["no"], den["po"]], claim_amount=m2(den_total), service_dates=[iso(den["d"])],
              denial_date=iso(sd), provider=vendor, appeal_deadline=iso(plus(sd, 30)),
              alternates={"insurer": FI_ALT, "claim_amount": ["248.00"], "provider": [den["rend"]],
                          "case_numbers": [[den["no"]]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_job_plan_first(rng):
    pt = people(rng, 1, "pr", sexes="F", used=USED)[0]
    hus = people(rng, 1, "pr", sexes="M", last=surname(pt), used=USED)[0]
    gi, ihsdoc, sig = people(rng, 3, "dr", sexes="MFF", used=USED)
    h = hrn(rng)
    rf, nn = ref_no(rng), notice_no(rng)
    ref_d = workday(dt.date(2026, 3, rng.randint(2, 6)))
    svc = workday(plus(ref_d, rng.randint(18, 24)))
    recd = workday(plus(svc, rng.randint(14, 20)))
    asked = workday(plus(recd, 2))
    ld = workday(plus(asked, rng.randint(26, 30)))
    vendor = "Cottonwood Digestive Health Center"
    charges = [("45385", "Colonoscopy with removal of polyp", 2146.00), ("88305", "Pathology, tissue exam", 318.00),
               ("00812", "Anesthesia for colonoscopy", 948.00)]
    total = sum(x[2] for x in charges)
    other_id = f"MMH {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 4)}"
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    su_head(p, rng, kind="feather")
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    for ln in addr(rng, pt):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.caption_right([("HRN", h), ("PRC referral", rf), ("notice", nn), ("date of birth", slash(
        dt.date(rng.randint(1968, 1979), rng.randint(1, 12), rng.randint(1, 28))))], p.l_margin + W * 0.55, y0,
        W * 0.45, size=9.2)
    p.set_y(max(y1, y2) + 5)
    p.subject_line(f"About the bill from {vendor}")
    p.para(f"Dear {first_last(pt)}:", 10)
    p.para(f"{ihsdoc}, M.D., at the {CLINIC} referred you for a colonoscopy on {long(ref_d)}. You had it at "
           f"{vendor} on {long(svc)} with {gi}, M.D. The center's bill reached the PRC office on {long(recd)}.",
           9.8)
    p.boxed_values([(vendor, "vendor", W * 0.5), (slash(svc), "date of service", W * 0.22),
                    (usd(total), "amount billed", W * 0.28)], size=9.2)
    p.para("When you came to the PRC office you told us that you are covered by your husband's health plan through "
           f"his job at Corn Creek Grain Cooperative (Meadowlark Mutual Health, subscriber {first_last(hus)}, ID "
           f"{other_id}, group 55012). Purchased/Referred Care pays last. A health plan you have through a job must "
           "look at a bill before PRC can pay any part of it.", 9.8)
    p.para(f"On {long(asked)} we asked you and the center for the plan's explanation of benefits for this bill. We "
           "have not received it. Until that plan makes its decision, PRC can't pay this bill. This is about who "
           "pays first; it does not mean the colonoscopy was not needed.", 9.8)
    p.table(["Code", "What the center billed", "Amount"], [[a, b, n2(c)] for a, b, c in charges]
            + [["", "Total", n2(total)]], [22, W - 56, 34], size=8.8, aligns=["L", "L", "R"], bold_last=True,
            row_h=5.4)
    p.cols([[("What you can do now", "Ask the center to send the bill to Meadowlark Mutual Health. When the plan's "
                                     "explanation of benefits comes, bring or mail a copy to the PRC office. We will "
                                     "look at what is left and let you know. You do not need a new referral.")],
            [("If you disagree", "You may ask the Chief Executive Officer of the service unit to reconsider. Write "
                                 "within 30 days of the date of this letter and tell us why. If the CEO does not "
                                 "change the decision, you may then write to the Area Director within 30 days of "
                                 "the CEO's answer.")]], size=8.8)
    p.ln(2)
    p.signers([sig, "PRC Supervisor", f"Purchased/Referred Care, {SU}"], [f"cc: {vendor}", "Patient file"],
              size=8.8)
    t = truth("denial_letter", "other", insurer=SU, member_id=h, member_name=pt, cases=[rf, nn],
              claim_amount=m2(total), service_dates=[iso(svc)], denial_date=iso(ld), provider=vendor,
              appeal_deadline=iso(plus(ld, 30)), alternates={"insurer": SU_ALT, "provider": [gi]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_area(rng):
    pt = people(rng, 1, "es", sexes="M", used=USED)[0]
    cardio = people(rng, 1, "dr", sexes="F", used=USED)[0]
    sig, doc = people(rng, 2, "es", sexes="FM", used=USED)
    h = digits(rng, 6)
    rf = f"PR-{digits(rng, 4)}-26"
    nn = f"AV-26-{digits(rng, 3)}"
    moved = dt.date(2025, 10, 1)
    svc = workday(dt.date(2026, 4, rng.randint(6, 10)))
    ld = workday(plus(svc, rng.randint(30, 36)))
    lines = [("99204", "Consulta de cardiología, paciente nuevo", 224.00),
             ("93306", "Ecocardiograma completo", 1060.00)]
    total = sum(x[2] for x in lines)
    vendor = "Centro Cardiológico Mesa Larga"
    p = ENSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    p.two_line_head("PUEBLO DE", "PIEDRA ROJA", ["Departamento de Salud",
                                                 "Programa de Atención Adquirida y Referida (PRC)"],
                    ["Programa tribal del Servicio de Salud Indígena (IHS)", "Apartado Postal 41",
                     "Piedra Roja, NM 87059", f"Tel. {phone(rng, '505')}"], kind="box", text="PR", size=14.5)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, f"Piedra Roja, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for ln in [f"Sr. {pt}", f"{rng.randint(1200, 9800)} Calle Los Fresnos, Apt. {rng.randint(2, 40)}",
               "Río Manso, NM 87121"]:
        p.line(ln, 10)
    p.ln(3)
    p.under_grid([[(h, "n.º de expediente (HRN)", W * 0.25), (rf, "n.º de referencia PRC", W * 0.25),
                   (nn, "n.º de aviso", W * 0.22), ("PR-0" + digits(rng, 3), "inscripción tribal", W * 0.28)]],
                 size=9.4, h=10.5)
    p.subject_line("Su consulta y ecocardiograma en el Centro Cardiológico Mesa Larga")
    p.para(f"Estimado señor {surname(pt)}:", 10)
    p.para(f"El Dr. {doc} de nuestra clínica lo refirió a cardiología. Usted fue atendido en {vendor} el "
           f"{es_date(svc)} por la Dra. {cardio}. La cuenta del centro es de ${total:,.2f}.", 9.8)
    p.para("El programa PRC solo puede pagar atención de afuera para personas que viven dentro del área de entrega "
           "del programa, es decir, en los condados de Sierra Colorada y Valle Hondo. Según el cambio de domicilio "
           f"que usted entregó en la clínica, usted vive en Río Manso, en el condado de Río Manso, desde el "
           f"{es_date(moved)}. Río Manso está fuera del área de entrega. Por eso no podemos pagar esta cuenta.", 9.8)
    p.table(["Código", "Servicio", "Cargo"], [[a, b, n2(c)] for a, b, c in lines] + [["", "Total", n2(total)]],
            [24, W - 60, 36], size=9, aligns=["L", "L", "R"], bold_last=True, row_h=5.6)
    p.para("Una persona que se muda fuera del área sigue con derecho al programa durante 180 días después de la "
           "mudanza. En su caso, esos 180 días terminaron el 30 de marzo de 2026, antes de su consulta. Si usted "
           "estudia tiempo completo fuera del área, o si la mudanza es solo por un trabajo de temporada, avísenos: "
           "en esos casos la regla es otra.", 9.6)
    p.para("Usted puede seguir recibiendo atención directa en la clínica del Pueblo como siempre.", 9.6)
    p.heading("Si no está de acuerdo", 10.2)
    p.para("Puede pedir que el director ejecutivo de salud del Pueblo revise esta decisión. Escriba dentro de 30 "
           "días a partir de la fecha de esta carta. Diga por qué no está de acuerdo y mande lo que lo demuestre, "
           "por ejemplo un contrato de renta o recibos a su nombre dentro del área.", 9.6)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, "Atentamente,", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(sig, 9.6, "B")
    p.line("Coordinadora del programa PRC", 9.0)
    p.line(f"Departamento de Salud, {TRIBE}", 9.0)
    t = truth("denial_letter", "eligibility", insurer=TRIBE, member_id=h, member_name=pt, cases=[rf, nn],
              claim_amount=m2(total), service_dates=[iso(svc)], denial_date=iso(ld), provider=vendor,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": TRIBE_ALT, "provider": [cardio]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_priority(rng):
    pt = people(rng, 1, "pr", sexes="M", used=USED)[0]
    ihsdoc, surgeon, cmo = people(rng, 3, "dr", sexes="FMM", used=USED)
    h = hrn(rng)
    rf = ref_no(rng)
    recd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    ld = workday(plus(recd, rng.randint(12, 16)))
    planned = workday(plus(ld, rng.randint(30, 40)))
    dl = plus(ld, 45)
    vendor = "Buffaloberry Orthopedics"
    p = ENSheet(footer="Page {n} of {nb}", ids_foot=f"HRN {h}  \u00b7  Referral {rf}  \u00b7  Larkspur Draw PRC")
    p.set_margins(18, 14, 18)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(8.2, "B")
    p.cell(W / 2, 4, "DEPARTMENT OF HEALTH & HUMAN SERVICES")
    p.f(7.8)
    p.cell(W / 2, 4, "Public Health Service", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(15, "B")
    p.cell(0, 8, f"{IHS}", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 4.6, f"{SU}  \u00b7  {CLINIC}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, SU_ADDR, new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.title_bar("Purchased/Referred Care: decision on a referral", "Referral for care outside the clinic")
    p.under_grid([[(pt, "patient", W * 0.36), (h, "health record no.", W * 0.2), (rf, "PRC referral no.", W * 0.2),
                   (slash(ld), "date of this decision", W * 0.24)],
                  [(f"{ihsdoc}, M.D.", "referring provider", W * 0.36), (vendor, "outside provider", W * 0.4),
                   (slash(recd), "referral received", W * 0.24)],
                  [("Right total hip replacement (27130)", "care asked for", W * 0.56),
                   (slash(planned), "date planned by the surgeon", W * 0.2),
                   ("$41,250.00", "estimated cost", W * 0.24)]],
                 size=9.0, h=10.5)
    p.tick_table("Medical priority of the care asked for (Indian Health Manual, PRC medical priorities)", [
        (False, "Level I", "Emergent or acutely urgent care: threat to life, limb or senses."),
        (False, "Level II", "Preventive care services such as screening and immunizations."),
        (False, "Level III", "Primary and secondary care, such as specialty consultations and care needed to keep "
                             "a condition from getting worse."),
        (True, "Level IV", "Chronic tertiary care and extended care; care for a long-lasting condition that can "
                           "wait without harm, such as joint replacement for arthritis."),
        (False, "Level V", "Excluded services, such as cosmetic surgery and experimental care.")], size=8.2)
    p.cols([[("What we decided", f"This year the {SU} has enough PRC money to buy care at Levels I, II and III "
                                 f"only. Your hip replacement, which Dr. {surgeon} of {vendor} planned, is Level "
                                 "IV care, so PRC can't buy it now. Dr. "
                                 f"{surname(ihsdoc)}'s notes say the pain is getting worse but you still walk with "
                                 "a cane and the hip is not in danger. We know this is hard news."),
             ("The deferred services list", "We have put your referral on the service unit's list of care put off "
                                            "for lack of funds. If money becomes available later in the fiscal "
                                            "year, the Managed Care Committee will look at the list again, oldest "
                                            "first, and we will write to you.")],
            [("Other ways to pay", "If you are able to get Medicaid, Medicare or a health plan through a job, it "
                                   "may pay for this surgery. Our benefit coordinator can help you apply; call the "
                                   "PRC office."),
             ("Asking us to look again", "You or someone you choose may ask the Chief Executive Officer to "
                                         f"reconsider. Your letter must reach the PRC office no later than "
                                         f"{long(dl)}. Include any new records from your doctors.")]], size=8.8)
    p.ln(2)
    p.signers([cmo, "Clinical Director, Managed Care Committee"], [f"cc: {ihsdoc}, M.D.", vendor], size=8.8)
    t = truth("denial_letter", "not_covered", insurer=SU, member_id=h, member_name=pt, cases=[rf],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=f"{ihsdoc}", appeal_deadline=iso(dl),
              alternates={"insurer": SU_ALT, "provider": [vendor, surgeon], "claim_amount": ["41250.00"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_run_report(rng):
    pt = people(rng, 1, "pr", sexes="F", used=USED)[0]
    sig = people(rng, 1, "dr", sexes="F", used=USED)[0]
    h = hrn(rng)
    trip = dt.date(2026, 3, rng.randint(24, 29))
    told = plus(trip, 1)
    en = f"EN-26-{digits(rng, 4)}"
    clm = icn(rng, plus(trip, 16))
    asked1 = workday(plus(trip, 24))
    asked2 = workday(plus(asked1, 21))
    ld = workday(plus(asked2, rng.randint(20, 24)))
    vendor = "Corn Creek Ambulance Service"
    lines = [("A0427", "ALS emergency transport, level 1", 1589.00), ("A0425", "Ground mileage, 31 miles", 597.40)]
    total = sum(x[2] for x in lines)
    acct = f"CCA-{digits(rng, 6)}"
    p = ENSheet(footer=None, fax_hdr=f"{slash(ld)}  14:{rng.randint(10, 59)}  LARKSPUR DRAW PRC  "
                                     f"{phone_dash(rng)}  #{digits(rng, 4)}  P. 1/1")
    p.set_margins(18, 14, 18)
    p.add_page()
    su_head(p, rng, kind="ring", text="LD", box="FAX", size=13.5)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("To", f"{vendor}, billing", W * 0.5, "L"), ("Fax", phone(rng), W * 0.25, "L"),
                ("Date", long(ld), W * 0.25, "L")], size=9.4)
    p.boxed_values([(pt, "patient", W * 0.34), (h, "HRN", W * 0.16), (en, "PRC emergency notice no.", W * 0.22),
                    (grp4(clm), "claim no.", W * 0.28)], size=9.6)
    p.boxed_values([(slash(trip), "date of transport", W * 0.22), (f"{total:,.2f}", "amount billed", W * 0.2),
                    (acct, "your account no.", W * 0.24), (slash(told), "PRC told of emergency", W * 0.34)],
                   size=9.6)
    p.subject_line("We need your run report before PRC can pay this trip", 10.6)
    p.para(f"Your service took {first_last(pt)} from her home to Prairie Mercy Hospital on {long(trip)}. Her family "
           f"called the PRC office the next day, in time, and we opened emergency notice {en}.", 9.8)
    p.para(f"To pay an ambulance trip PRC needs the run report (the crew's patient care record) that shows why the "
           f"trip was an emergency. We asked for it on {slash(asked1)} and again on {slash(asked2)}. It has not "
           "come, so we have closed this claim without payment. Please do not bill the patient while this is open "
           "with us.", 9.8)
    p.table(["HCPCS", "Service", "Billed"], [[a, b, n2(c)] for a, b, c in lines] + [["", "Total", n2(total)]],
            [24, W - 60, 36], size=9.2, aligns=["L", "L", "R"], bold_last=True, row_h=5.6)
    p.para("Fax the run report to the number above with this page on top. When it comes we will look at the claim "
           "again; you do not need to send a new claim. You, or the patient, may also ask the Chief Executive "
           "Officer to reconsider this decision within 30 days of the date of this letter.", 9.8)
    p.ln(1)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, PRC Claims Technician, {SU}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 26)
    p.f(7.2)
    p.multi_cell(0, 3.3, "This fax may hold protected health information. If it reached you by mistake, call the "
                         "PRC office and destroy it.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=SU, member_id=h, member_name=pt, cases=[en, clm],
              claim_amount=m2(total), service_dates=[iso(trip)], denial_date=iso(ld), provider=vendor,
              appeal_deadline=iso(plus(ld, 30)), alternates={"insurer": SU_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    # 1) the purchase order for a lumbar MRI (denies nothing)
    pt1 = people(rng, 1, "pr", sexes="M", used=USED)[0]
    ihsdoc1, officer = people(rng, 2, "dr", sexes="MF", used=USED)
    h1 = hrn(rng)
    po = po_no(rng)
    issued = workday(dt.date(2026, 5, rng.randint(18, 22)))
    planned = workday(plus(issued, rng.randint(8, 12)))
    vendor1 = "Corn Creek Imaging Center"
    p = ENSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    su_head(p, rng, kind="feather", box="PURCHASE ORDER", size=13.5)
    W = p.w - p.l_margin - p.r_margin
    p.f(12, "B")
    p.cell(0, 6, "Authorization for Purchased/Referred Care", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, "Keep this order. Send your claim to the fiscal intermediary with the purchase order number.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    yl = p.kv_box([("Purchase order no.", po), ("Patient", pt1), ("HRN", h1),
                   ("Date of birth", slash(dt.date(rng.randint(1955, 1990), rng.randint(1, 12), rng.randint(1, 28)))),
                   ("Referring provider", f"{ihsdoc1}, M.D.")], p.l_margin, y0, W * 0.5 - 2, cap_w=34, size=9)
    yr = p.kv_box([("Vendor", vendor1), ("Vendor no.", "V-" + digits(rng, 7)), ("Service", "MRI lumbar spine (72148)"),
                   ("Authorized date", slash(planned)), ("Not to exceed", "$1,180.00")],
                  p.l_margin + W * 0.5 + 2, y0, W * 0.5 - 2, cap_w=30, size=9)
    p.set_y(max(yl, yr) + 5)
    p.para(f"Issued {long(issued)}. The {SU} authorizes the vendor named above to provide the service listed, on "
           "the date shown or within 30 days after it. Payment is at the PRC rate and covers only what is written "
           "on this order. Bill any other payer the patient has first and send its explanation with your claim.",
           9.4)
    p.para("Medical priority: Level III (specialty diagnostic care). Funds obligated: fiscal year 2026.", 9.0)
    p.para(f"Send claims to {FI}, {FI_ADDR}, within the time in your PRC agreement. The patient must not be billed "
           "for any amount PRC pays.", 9.0)
    p.ln(4)
    p.signers([officer, "Authorizing Official, PRC"], [f"Copy: {pt1} (patient)", f"Copy: {ihsdoc1}, M.D."],
              size=8.8)
    d1 = (out(p), truth("other", None, insurer=SU, member_id=h1, member_name=pt1, cases=[po],
                        service_dates=[iso(planned)], denial_date=iso(issued), provider=vendor1,
                        alternates={"insurer": SU_ALT, "case_numbers": [[]], "service_dates": [[]],
                                    "provider": [ihsdoc1]}))

    # 2) the CEO's reconsideration (two pages), keeping the refusal of a brain MRI as not needed
    pt = people(rng, 1, "pr", sexes="F", used=USED)[0]
    ihsdoc, ceo = people(rng, 2, "dr", sexes="FM", used=USED)
    h = hrn(rng)
    svc = workday(dt.date(2026, 3, rng.randint(9, 13)))
    first = workday(plus(svc, rng.randint(30, 36)))
    orig = notice_no(rng)
    rc = f"RC-26-{digits(rng, 3)}"
    asked = workday(plus(first, rng.randint(12, 18)))
    ld = workday(plus(asked, rng.randint(20, 26)))
    vendor = "Prairie Mercy Hospital"
    amt = 2960.00
    q = ENSheet(footer="Page {n} of {nb}", run_hdr=f"{pt}  \u00b7  HRN {h}  \u00b7  Reconsideration {rc}  "
                                                    "\u00b7  page {n} of {nb}")
    q.set_margins(20, 15, 20)
    q.add_page()
    su_head(q, rng, kind="feather", size=14)
    Wq = q.w - q.l_margin - q.r_margin
    q.f(10)
    q.cell(0, 5, f"Office of the Chief Executive Officer  \u00b7  {wday_long(ld)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    y0 = q.get_y()
    for ln in addr(rng, pt):
        q.line(ln, 10)
    y1 = q.get_y()
    y2 = q.caption_right([("HRN", h), ("reconsideration", rc), ("first notice", orig), ("your letter", slash(asked))],
                         q.l_margin + Wq * 0.55, y0, Wq * 0.45, size=9.2)
    q.set_y(max(y1, y2) + 5)
    q.subject_line("Your request that we look again at the bill for your MRI")
    q.para(f"Dear {first_last(pt)}:", 10)
    q.para(f"You asked me to reconsider the PRC office's letter of {long(first)} about the MRI of your brain done "
           f"at {vendor} on {long(svc)}. The hospital billed ${amt:,.2f} for it. I have read your letter, your "
           f"records from the {CLINIC} and the notes of {ihsdoc}, M.D., and the Managed Care Committee looked at "
           "the case again with me.", 9.8)
    q.para("Your headaches began in the fall and have been treated at the clinic. Your exams there were normal, and "
           "the notes show none of the warning signs that make a brain scan needed, such as weakness, trouble "
           "speaking, or headaches that wake you at night. Dr. "
           f"{surname(ihsdoc)} did not refer you for the scan; it was ordered at an urgent care visit outside the "
           "clinic. The committee found that the MRI would not change the care you get for your headaches.", 9.8)
    q.para("For these reasons I am keeping the PRC office's decision. PRC will not pay the hospital's bill for the "
           "MRI. The clinic's care for your headaches goes on, and Dr. "
           f"{surname(ihsdoc)} will see you again as planned.", 9.8)
    q.para(f"About the bill: we have written to {vendor} to tell it of this decision. If the hospital sends you a "
           "bill, you may ask it about its financial assistance program; our benefit coordinator can help you with "
           "the forms.", 9.8)
    q.heading("What was reviewed", 10.2)
    q.bullets([f"Your letter dated {slash(asked)} and the urgent care note it came with",
               f"Clinic notes of {ihsdoc}, M.D., from October 2025 through March 2026",
               f"The bill from {vendor} (one line, 70553, ${amt:,.2f})",
               f"The PRC office's notice {orig} of {slash(first)}"], size=9.4)
    q.add_page()
    q.heading("If you still disagree", 10.6)
    q.para(f"You may appeal to the Area Director, {AREA}, {IHS}. Your appeal must be in writing and sent within 30 "
           "days of the date of this letter to: Area Director, Plains Crossing Area Office, 1900 Agency Loop, "
           "Suite 300, Crowfoot Springs, SD 57719. Say why you think the decision is wrong and include any records "
           "you want the Area Director to see. The Area Director's decision is the final one.", 9.8)
    q.para(f"If you have questions, call the PRC office at {phone(rng)}, Monday through Friday, 8 a.m. to 4:30 p.m.",
           9.4)
    q.ln(4)
    q.signers([ceo, "Chief Executive Officer", SU], ["cc: PRC Office", vendor], size=9)
    d2 = (out(q), truth("denial_letter", "medical_necessity", insurer=SU, member_id=h, member_name=pt,
                        cases=[rc, orig], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld),
                        provider=vendor, appeal_deadline=iso(plus(ld, 30)),
                        alternates={"insurer": SU_ALT, "case_numbers": [[rc]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_household_son_er_n72", "born_digital", [born_household(rng)]),
        Item(f"{f}_faxstd_vendor_bilateral_ce5", "fax_standard_g4", [fax_vendor_statement(rng)]),
        Item(f"{f}_scan_job_plan_first", "scan_clean_300", [scan_job_plan_first(rng)]),
        Item(f"{f}_phone_es_fuera_del_area", "phone_photo", [phone_es_area(rng)]),
        Item(f"{f}_rotated_hip_priority_iv", "rotated", [rotated_priority(rng)]),
        Item(f"{f}_faxstd_ambulance_run_report", "fax_standard_g4", [fax_run_report(rng)]),
        Item(f"{f}_photocopy_stack_po_then_reconsideration", "photocopy", photocopy_stack(rng),
             separators=["duplex", None], turns={(1, 1): 90}),
    ]
