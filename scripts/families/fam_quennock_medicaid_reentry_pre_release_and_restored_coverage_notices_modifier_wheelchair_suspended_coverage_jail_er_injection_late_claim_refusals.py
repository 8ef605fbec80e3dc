"""Papers mirrored (structure and plain wording style only) from a state Medicaid reentry program for people leaving
jail or prison, of the kind states run under a section 1115 reentry demonstration: Medicaid is suspended, not ended,
while a person is held; in the last 90 days before the expected release date a package of pre-release services is
paid (care management, medication for opioid use disorder, a 30-day supply of medicines and needed equipment at
release); at release the suspension ends and the person joins a Medicaid health plan. Outside the demonstration the
inmate exclusion still holds (Medicaid pays only an inpatient hospital stay of 24 hours or more). Here in an invented
state: the State of Quennock, the Quennock Health Care Authority (its Medicaid agency; client IDs of nine digits and a
letter), the Authority's fiscal agent Tolquhon Fiscal Services, Inc. and review contractor Elmbury Clinical Review, LLC,
the Gorebridge Correctional Facility and Brandlemere County Detention Center, the Medicaid health plan Carnwath
Community Health Plan; every person, provider, number, code of the Authority (EOB codes 0001-3104), modifier rule and
time limit invented (phones 555); CPT / HCPCS codes as themselves.

Documents (8 in 7 files):
- born_digital: the Authority's remittance advice to a reentry care-management agency: six clients' claims in a table
  broken across two pages (running header on page 2), one claim's second case-management line refused by EOB code
  1871 only (billed without modifier U7), explained in a two-column code legend that lists codes used on no line.
- fax_standard_g4: a pre-release notice of action refusing a wheelchair at release (not medically necessary), a fax
  line on every page, a received stamp, "Client ID / DOC No." in one box, the doctor over the facility.
- fax_standard_g4 stack: a care-management agency's fax cover, the health plan's notice refusing a clinic claim
  because Medicaid still showed suspended on the visit day (page 2 sideways), the Authority's notice that Medicaid is
  restored back to the release date (denies nothing).
- scan_clean_300: the Authority's letter to a hospital refusing an emergency visit of a person held in the county jail
  (outpatient; only inpatient stays are paid), "Provider Contract - Claim (TCN)" in one box, another paid claim of the
  same person as a decoy.
- photocopy (Spanish): the health plan's notice refusing an extended-release buprenorphine injection given without the
  plan's prior authorization after release (the pre-release approval had ended).
- phone_photo: the Authority's approval of pre-release services (denies nothing), a mailroom stamp.
- rotated: the Authority's reconsideration decision upholding the refusal of a jail pharmacy's late claim for release
  medicines (timely filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqb import (EQSheet, abbr, digits, dmy, dmy_dash, es_date, fax_cover, fax_line, flat, iso, long,
                               n2, phone, plus, short_md, slash, upper, usd, wday, ymd_slash, yy)
from public_kit import m2, out, truth

FAMILY = ("quennock_medicaid_reentry_pre_release_and_restored_coverage_notices_modifier_wheelchair_suspended_coverage_"
          "jail_er_injection_late_claim_refusals")
LANG = "en"
SEED = 355061
QHCA = "Quennock Health Care Authority"
QMED = "Quennock Medicaid"
FISCAL = "Tolquhon Fiscal Services, Inc."
UR = "Elmbury Clinical Review, LLC"
GCF = "Gorebridge Correctional Facility"
BCDC = "Brandlemere County Detention Center"
MCO = "Carnwath Community Health Plan"
MCO_LEGAL = ("Carnwath Community Health Plan is offered by Carnwath Health Holdings of Quennock, Inc., under a "
             "contract "
             "with the Quennock Health Care Authority. Carnwath Health Holdings of Quennock, Inc. is responsible for "
             "the plan's decisions.")
LANT = "Lanterne Reentry Care Management, Inc."
LEGAL_FA = ("The Quennock Health Care Authority is the single state agency for Medicaid. Claims are received, priced "
            "and paid for the Authority by its fiscal agent, Tolquhon Fiscal Services, Inc., PO Box 6120, Arlesby, "
            "QN 58301.")
LEGAL_UR = ("Pre-release service reviews are done for the Authority by Elmbury Clinical Review, LLC, under contract "
            "QHCA-UR-2025-11. Decisions are made in the Authority's name.")
QHCA_RIGHT = ["Client Services 1-866-555-0142", "TTY 711", "Fax (207) 555-0157", "qhca.quennock.example"]
LETTERS = "ACDEFGHJKLMNPRTVWXY"


def cid(rng: random.Random) -> str:
    """A client ID: nine digits and a letter (712408859R)."""
    return digits(rng, 9) + rng.choice(LETTERS)


def gcid(c: str) -> str:
    """712 408 859 R"""
    return f"{c[:3]} {c[3:6]} {c[6:9]} {c[9:]}"


def icn(rng: random.Random, d: dt.date) -> str:
    """Internal control number: 26 + day of year received + eight digits."""
    return f"26{d.timetuple().tm_yday:03d}" + digits(rng, 8)


def qhca_spaced(p: EQSheet, tagline: str, lines: list[str] | None = None, initials: str | None = "QHCA",
                ring: bool = True):
    p.spaced_head("Quennock", QHCA, tagline, QHCA_RIGHT, initials=initials, lines=lines, ring=ring)


def qhca_split(p: EQSheet, tagline: str, under: list[str] | None = None):
    p.split_head("QUENNOCK HEALTH", "CARE AUTHORITY", tagline, QHCA_RIGHT, under=under, size=16)


def carnwath_head(p: EQSheet, tagline: str, right: list[str]):
    p.split_head("CARNWATH", "COMMUNITY HEALTH", tagline, right, initials="CC", size=17, serif=False,
                 under=["PO Box 3318, Arlesby, QN 58302"])


# ------------------------------------------------------------------------------------------------------------------
def born_remit(rng):
    ra = dt.date(2026, 5, 15)
    eft_day = dt.date(2026, 5, 18)
    ra_no = "RA" + digits(rng, 7)
    batch = f"B26{ra.timetuple().tm_yday:03d}-0{rng.randint(1, 9)}"
    payee_id = digits(rng, 6)
    npi_pay = "1" + digits(rng, 9)
    eft = "EFT " + digits(rng, 10)
    rate = 28.40
    cms = [("MACFADZEAN, YSOLDE P, LCSW", "1" + digits(rng, 9)), ("COBBLEDICK, CORWIN A, CADC", "1" + digits(rng, 9)),
           ("HORNABROOK, HESPER J, RN", "1" + digits(rng, 9))]
    # (name, facility, expected release, rendering index, lines [(dos, proc, mod, units)])
    R = 5
    claims = [
        ("Ambrose T. Fairservice", "GOREBRIDGE CF", dt.date(2026, 6, 19), 1,
         [(dt.date(2026, 4, 2), "T1016", "U7", 4), (dt.date(2026, 4, 16), "T1016", "U7", 6)]),
        ("Ignatia V. Tickner", "GOREBRIDGE CF", dt.date(2026, 7, 10), 2,
         [(dt.date(2026, 4, 13), "T1016", "U7", 3), (dt.date(2026, 4, 27), "T1016", "U7", 3)]),
        ("Severin D. Wrexbury", "BRANDLEMERE CDC", dt.date(2026, 5, 29), 2,
         [(dt.date(2026, 4, 7), "H0006", "U7", 3)]),
        ("Priscilla M. Hambleside", "BRANDLEMERE CDC", dt.date(2026, 7, 2), 0,
         [(dt.date(2026, 4, 8), "T1016", "U7", 2), (dt.date(2026, 4, 15), "T1016", "U7", 4),
          (dt.date(2026, 4, 22), "T1016", "U7", 4)]),
        ("Rosaline E. Stirrat", "GOREBRIDGE CF", dt.date(2026, 6, 12), 1,
         [(dt.date(2026, 4, 9), "G9012", "U7", 1), (dt.date(2026, 4, 23), "T1016", "U7", 5)]),
        ("Yolanthe R. Drummaway", "GOREBRIDGE CF", dt.date(2026, 6, 30), 0,
         [(dt.date(2026, 4, 6), "T1016", "U7", 4), (dt.date(2026, 4, 20), "T1016", "", 6)]),
        ("Jubal W. Gillanders", "BRANDLEMERE CDC", dt.date(2026, 5, 21), 2,
         [(dt.date(2026, 4, 10), "T1016", "U7", 8)]),
        ("Lucan H. Youlden", "BRANDLEMERE CDC", dt.date(2026, 6, 5), 1,
         [(dt.date(2026, 4, 14), "H0006", "U7", 2), (dt.date(2026, 4, 28), "T1016", "U7", 4)]),
    ]
    desc = {"T1016": "Case management, each 15 min", "H0006": "Alcohol/drug case management",
            "G9012": "Other specified case management"}
    price = {"T1016": rate, "H0006": 31.15, "G9012": 96.00}
    head = ["SERVICE DATE", "PROC", "MOD", "POS", "DESCRIPTION", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB"]
    widths = [21, 15, 11, 10, 50, 12, 20, 20, 19, 13.9]
    aligns = ["L", "L", "C", "C", "L", "R", "R", "R", "R", "C"]
    rows, bold = [], set()
    tb = tp = 0.0
    ref = {}
    for i, (nm, fac, erd, ri, lines) in enumerate(claims):
        c_id = cid(rng)
        c_icn = icn(rng, plus(lines[-1][0], rng.randint(6, 12)))
        p_ = nm.split()
        lf = f"{p_[2].upper()}, {p_[0].upper()} {p_[1].rstrip('.')}"
        rows.append([f"ICN {c_icn}   {lf}   CLIENT ID {c_id}   {fac}   EXP. RELEASE {yy(erd)}"] + [""] * 9)
        rn, rnpi = cms[ri]
        rows.append([f"   Billing: LANTERNE REENTRY CM  |  Rendering: {rn}  NPI {rnpi}  |  Referring: "
                     f"{fac} HSU"] + [""] * 9)
        cb = cp = 0.0
        for dos, proc, mod, u in lines:
            b = round(price[proc] * u, 2)
            refused = i == R and mod == ""
            a = 0.0 if refused else b
            rows.append([slash(dos), proc, mod, "09", desc[proc], str(u), n2(b), n2(a), n2(a),
                         "1871" if refused else "0017"])
            cb += b
            cp += a
            if refused:
                ref.update(dos=dos, line=b)
        bold.add(len(rows))
        rows.append(["", "", "", "", "CLAIM TOTAL", "", n2(cb), n2(cp), n2(cp), ""])
        tb += cb
        tp += cp
        if i == R:
            ref.update(name=nm, cid=c_id, icn=c_icn, billed=cb)
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_FA,
                run_hdr=f"QUENNOCK HEALTH CARE AUTHORITY  \u00b7  REMITTANCE ADVICE {ra_no}  \u00b7  PAYEE {payee_id}  "
                        f"\u00b7  {slash(ra)}  \u00b7  PAGE {{n}} OF {{nb}}")
    p.set_margins(12, 12, 12)
    p.add_page()
    qhca_spaced(p, "Medicaid for the people of Quennock  \u00b7  Reentry Services Demonstration",
                ["Provider Payments, PO Box 6120, Arlesby, QN 58301"])
    W = p.w - p.l_margin - p.r_margin
    p.bar("REMITTANCE ADVICE  \u2014  PRE-RELEASE SERVICES (FEE FOR SERVICE)", right=f"RA date {slash(ra)}")
    y0 = p.get_y()
    p.address_block([LANT.upper(), "ATTN: BILLING OFFICE", "77 TIDEWAITER WHARF, SUITE 3", "ARLESBY QN 58304"], 9)
    p.set_xy(p.l_margin, y0)
    yb = p.label_col([("Payee ID / NPI", f"{payee_id} / {npi_pay}"), ("RA No. - Batch", f"{ra_no} - {batch}"),
                      ("Payment", f"{eft}  issued {slash(eft_day)}"), ("Amount paid", usd(tp)),
                      ("Claims in this RA", str(len(claims)))],
                     p.l_margin + W * 0.5, y0, W * 0.5, 30, size=8.4, h=4.5)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.small("This remittance lists claims for pre-release services given to Medicaid clients inside a correctional "
            "facility in the 90 days before their expected release date (place of service 09). Each claim opens with "
            "the Authority's internal control number (ICN); quote it on every call. The EOB codes in the last column "
            "are explained at the end of this advice. Amounts allowed are the Demonstration fee schedule; a client "
            "may never be billed for a pre-release service.", 7.6)
    p.run_table(head, rows, widths, aligns=aligns, size=7.5, row_h=4.7, bold_rows=bold, foot_room=34)
    p.set_font("Sans", "B", 8.4)
    p.cell(0, 5, f"RA TOTALS     Claims {len(claims)}     Billed {usd(tb)}     Paid {usd(tp)}     Withheld $0.00",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.legend_cols("EOB codes (all codes of the Reentry Services fee schedule are listed; see the EOB column for "
                  "the ones on your lines)", [
                      ("0001", "Paid as billed."),
                      ("0017", "Paid at the Demonstration fee schedule rate for this procedure and modifier. The "
                               "difference between billed and allowed may not be billed to the client."),
                      ("0046", "Units reduced to the daily limit for this procedure (8 units of T1016 per client per "
                               "day)."),
                      ("0522", "Claim received more than 180 days after the date of service."),
                      ("1868", "Date of service is more than 90 days before the client's expected release date on "
                               "file with the Department of Corrections or the county jail. Pre-release services are "
                               "paid only inside the 90 days."),
                      ("1871", "Pre-release service billed without modifier U7. Every line for a service given inside "
                               "a correctional facility under the Demonstration must carry U7 with place of service "
                               "09. "
                               "Correct the line and send it on a new claim."),
                      ("1872", "Client not enrolled in the Reentry Services Demonstration on the date of service."),
                      ("1875", "Date of service is after the client's release. Bill the client's Medicaid health "
                               "plan."),
                      ("2205", "Exact duplicate of a line already paid on another claim."),
                      ("3104", "Rendering care manager not enrolled with the Authority as a pre-release provider."),
                  ], n=2, size=7.3, code_w=9)
    p.heading("Reconsideration", 9.2)
    p.para("A provider who disagrees with a denied or reduced line may ask the Authority for reconsideration in "
           "writing within 90 days of the RA date above. Send the ICN, the line, why you disagree and any records to "
           "Provider Reconsiderations, PO Box 6125, Arlesby, QN 58301, or fax (207) 555-0163. A corrected claim is not "
           "a reconsideration and may be sent up to 365 days after the date of service. Example: four units of T1016 "
           "at $28.40 are billed as $113.60.", 8)
    t = truth("eob", "coding_error", insurer=QHCA, member_id=ref["cid"], member_name=ref["name"], cases=[ref["icn"]],
              claim_amount=m2(ref["billed"]), service_dates=[iso(ref["dos"])], denial_date=iso(ra),
              provider="MACFADZEAN, YSOLDE P", appeal_deadline=iso(plus(ra, 90)),
              alternates={"insurer": [QMED], "claim_amount": [m2(ref["line"])],
                          "provider": ["Ysolde P. Macfadzean", "MACFADZEAN, YSOLDE P, LCSW", LANT,
                                       "Lanterne Reentry Care Management", "LANTERNE REENTRY CM"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_wheelchair(rng):
    mem = "Barnaby F. Shillabeer"
    doc = "Ilse M. Oxenbould"
    rev = "Leopold Tuckfield"
    nd = dt.date(2026, 5, 11)
    sent = dt.date(2026, 5, 12)
    stamped = dt.date(2026, 5, 14)
    got = dt.date(2026, 4, 28)
    erd = dt.date(2026, 6, 26)
    pt_eval = dt.date(2026, 4, 21)
    c = cid(rng)
    docno = "QDC " + digits(rng, 6)
    req = f"PRA-26-{digits(rng, 3)}-{digits(rng, 5)}"
    letter_id = f"L{nd.strftime('%y%m%d')}-{digits(rng, 5)}"
    job = digits(rng, 4)
    fax_no = "(207) 555-0158"
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_UR,
                fax_hdr=fax_line(sent, "09:14", "QHCA PRE-RELEASE UM", fax_no, "GOREBRIDGE CF HSU 2075550171",
                                 job))
    p.set_margins(17, 15, 17)
    p.add_page()
    qhca_spaced(p, "Reentry Services  \u00b7  Pre-Release Utilization Review",
                ["PO Box 6131, Arlesby, QN 58301"])
    W = p.w - p.l_margin - p.r_margin
    p.stamp(["RECEIVED", upper(stamped), "GOREBRIDGE CF \u00b7 HSU"], p.l_margin + W - 56, p.get_y() + 2, w=54,
            angle=6)
    y0 = p.get_y()
    p.address_block([mem, f"DOC # {docno}", f"c/o {GCF}", "Health Services Unit", "4100 Quarry Spur Road",
                     "Gorebridge QN 58214"], 9.6, y=y0 + 2)
    p.set_xy(p.l_margin, p.get_y() + 6)
    p.set_font("Sans", "B", 13)
    p.cell(0, 7, "NOTICE OF ACTION: Pre-Release Service Request", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Date of this notice", long(nd), 0.3), ("Client name", mem, 0.34),
                  ("Client ID / DOC No.", f"{gcid(c)} / {docno}", 0.36)],
                 [("Request no.", req, 0.3), ("Letter ID", letter_id, 0.22),
                  ("Expected release date", slash(erd), 0.22),
                  ("Request received", dmy(got), 0.26)]])
    p.set_font("Sans", "", 7.4)
    p.cell(30, 4.2, "Requesting provider:")
    p.set_font("Sans", "B", 9.2)
    p.cell(0, 4.2, f"{doc}, MD", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 30)
    p.set_font("Sans", "", 8.6)
    p.cell(0, 4.2, f"{GCF} Health Services Unit", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 7.4)
    p.cell(30, 4.2, "Supplier named:")
    p.set_font("Sans", "", 8.6)
    p.cell(0, 4.2, f"Speedwell Mobility Supply, supplier no. 30-{digits(rng, 4)}-{rng.randint(1, 9)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {mem.split()[0]} {mem.split()[-1]}:", 9.8)
    p.heading("What was asked for", 10.4)
    p.para(f"Your doctor at the Health Services Unit asked Quennock Medicaid to pay for a standard manual wheelchair "
           f"(HCPCS K0001) with a general-use seat cushion (E2601). It was to be handed to you at the gate on your "
           f"release date, {long(erd)}, as a pre-release service of the Reentry Services Demonstration.", 9.4)
    p.heading("What we decided", 10.4)
    p.para("**We denied this request. The wheelchair is not medically necessary for you.**", 9.6)
    p.heading("Why", 10.4)
    p.para(f"We read the request, the clinic notes and the physical therapy evaluation done on {slash(pt_eval)}. The "
           "notes say that you walk across the housing unit and to the dining hall (about 300 feet) with a "
           "single-point "
           "cane, without falls, and that you climb one flight of stairs with a rail. A wheelchair is covered when a "
           "person cannot move about safely at home even with a cane or walker. Your records show you can. "
           f"The reviewer, {rev}, PT (license QN-PT-{digits(rng, 4)}), and an Authority physician agreed.", 9.2)
    p.para("Your cane will go with you at release. If your walking gets worse before then, the Health Services Unit "
           "may send a new request with a new evaluation.", 9.2)
    p.para("We used the Quennock Medicaid Durable Medical Equipment Policy, section 7.14 (wheelchairs), and the "
           "Reentry Services Demonstration list of pre-release services.", 8.8)
    p.add_page()
    p.heading("Your rights", 11, rule=True)
    p.columns([
        ("Ask for a fair hearing", "If you do not agree with this decision, you may ask for a state fair hearing. We "
         "must get your request within 90 days of the date of this notice. Ask by phone, by mail to the Office of "
         "Administrative Hearings, PO Box 6140, Arlesby, QN 58301, or through the facility's reentry coordinator."),
        ("A fast hearing", "If waiting could seriously harm your health, say so and ask for an expedited hearing. A "
         "decision is made within 3 working days after we get the request."),
        ("Help with your hearing", "You may speak for yourself or have a lawyer, a relative or your care manager speak "
         "for you. Quennock Legal Aid may help at no cost: 1-877-555-0119."),
        ("Your file", "You may see the papers used to make this decision and get copies free of charge before the "
         "hearing."),
        ("Costs", "You do not pay for pre-release services. If a supplier sells you a wheelchair anyway, you could "
         "owe the whole price, for example $1,125.00."),
        ("Other languages", "Spanish: Si necesita ayuda en su idioma, llame al 1-866-555-0142. Vietnamese, Somali and "
         "Russian help is free at the same number."),
    ], n=2, size=8.6)
    p.signature(["Sincerely,", "Pre-Release Utilization Review", QHCA], 9.2, script="A. Wedlake, RN")
    p.small(f"cc: {doc}, MD, {GCF} Health Services Unit  \u00b7  Letter ID {letter_id}  \u00b7  Form QHCA-NOA-PR3 "
            "(01/2026)", 7.2)
    t = truth("denial_letter", "medical_necessity", insurer=QHCA, member_id=c, member_name=mem, cases=[req],
              service_dates=[iso(erd)], denial_date=iso(nd), provider=doc,
              alternates={"insurer": [QMED], "service_dates": [[]], "appeal_deadline": [iso(plus(nd, 90))],
                          "provider": [f"Dr. {doc}", f"{GCF} Health Services Unit", GCF,
                                       "Speedwell Mobility Supply"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_suspended(rng):
    mem = "Marisela O. Blatchford"
    doc = "Evander K. Keast"
    CLIN = "Moorgrass Community Health Center"
    cm = "Philippa Duckhouse"
    booked = dt.date(2026, 1, 12)
    rel = dt.date(2026, 4, 3)
    visit = dt.date(2026, 4, 8)
    got = dt.date(2026, 4, 22)
    nd = dt.date(2026, 5, 6)
    rd = dt.date(2026, 5, 8)
    lan_stamp = dt.date(2026, 5, 11)
    fax_day = dt.date(2026, 5, 19)
    c = cid(rng)
    plan_mid = digits(rng, 8)
    claim = f"26-{got.strftime('%m%d')}-{digits(rng, 5)}"
    notice = f"NABD-26-05-{digits(rng, 4)}"
    dcn = digits(rng, 13)
    case_no = f"{digits(rng, 4)}-{digits(rng, 3)}-{rng.randint(1, 9)}"
    job = digits(rng, 4)
    fl = fax_line(fax_day, "15:02", "LANTERNE CTT", "(207) 555-0176", "QLA BENEFITS 2075550190", job)
    cover = fax_cover("Lanterne Reentry Care Management, Inc.",
                      ["Community Transition Team  \u00b7  77 Tidewaiter Wharf, Suite 3, Arlesby, QN 58304",
                       "Phone (207) 555-0175  \u00b7  Fax (207) 555-0176"],
                      "FAX", [("To:", "Quennock Legal Aid, Benefits Unit (Attn: Wendeline Ravenhall)"),
                              ("Fax:", "(207) 555-0190"), ("From:", f"{cm}, care manager"),
                              ("Date:", short_md(fax_day)), ("Pages:", "4 including this one"),
                              ("Re:", "M. Blatchford - clinic claim after release")],
                      [f"Wendeline - two letters for our client Ms. Blatchford (released {short_md(rel)}). Carnwath "
                       "turned down her first clinic visit because Medicaid still showed suspended. Two days later "
                       "QHCA restored her coverage back to her release day.",
                       "Can you help get the Moorgrass claim paid? She signed our release of information on 4/30. "
                       "- P.D."], fax_hdr=fl, initials="LR", checks=["Urgent", "For review", "Please call"], ticked=1,
                      fax_tot=4)
    # --- the plan's notice (2 pages)
    p = EQSheet(footer="Page {n} of {nb}", legal=MCO_LEGAL, fax_hdr=fl, fax_off=1, fax_tot=4,
                run_hdr=f"{mem}  \u00b7  Claim {claim}  \u00b7  Notice {notice}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 15, 17)
    p.add_page()
    carnwath_head(p, "A Quennock Medicaid health plan", ["Member Services 1-855-555-0131", "TTY 711",
                                                          "carnwathhealth.example"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "1408 Reedmace Lane, Apt 2B", "Arlesby QN 58305"], 9.6, y=y0 + 2)
    yb = p.label_col([("Notice date", long(nd)), ("Notice no.", notice), ("Plan/Member No.", f"CCHP-RE2 / {plan_mid}"),
                      ("Medicaid client ID", gcid(c)), ("Claim number", claim), ("DCN", dcn)],
                     p.l_margin + W * 0.52, y0, W * 0.48, 30, size=8.6, h=4.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.set_font("Sans", "B", 12.5)
    p.multi_cell(W, 6, "NOTICE OF ADVERSE BENEFIT DETERMINATION\nWe will not pay for your clinic visit on "
                 f"{long(visit)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.prov_trio([("Rendering provider", f"{doc}, MD", CLIN), ("Billing provider", CLIN, f"NPI 1{digits(rng, 9)}"),
                 ("Referred by", LANT, f"{cm}, care manager")])
    p.run_table(["Date of service", "Code", "Service", "Billed", "Decision"],
                [[slash(visit), "99204", "New patient office visit", n2(265.00), "Denied"],
                 [slash(visit), "80053", "Metabolic blood panel", n2(48.00), "Denied"],
                 [slash(visit), "85025", "Blood count (CBC)", n2(22.00), "Denied"],
                 [slash(visit), "86803", "Hepatitis C antibody test", n2(38.00), "Denied"],
                 ["", "", "Total billed", n2(373.00), ""]], [30, 20, 70, 28, W - 148],
                aligns=["L", "L", "L", "R", "C"], size=8.4, bold_rows={4})
    p.heading("Why we made this decision", 10.6)
    p.para(f"On {long(visit)}, the Quennock Health Care Authority's records showed your Quennock Medicaid as "
           "suspended. Medicaid is suspended, not ended, while a person is held in a jail or prison. While it is "
           "suspended, the only care Medicaid pays for is an inpatient hospital stay of 24 hours or more. Because "
           "your coverage showed as suspended on the day of your visit, you were not eligible for Carnwath benefits "
           f"that day. We got the claim on {slash(got)}.", 9.2)
    p.para(f"If the Authority updates its records to show that you were released before {abbr(visit)}, "
           f"{CLIN} may send the claim again and we will process it. You do not need to appeal for that.", 9.2)
    p.stamp(["LANTERNE CTT", abbr(lan_stamp).upper(), "RECEIVED"], p.l_margin + W - 52, p.get_y() + 4, w=44,
            angle=-7, size=8)
    p.add_page()
    p.heading("Your right to appeal", 11, rule=True)
    p.columns([
        ("Ask for an appeal", "If you disagree, you or someone you choose may ask Carnwath for an appeal. You must ask "
         "within 60 days of the date of this notice. Call Member Services or write to Carnwath Appeals, PO Box 3320, "
         "Arlesby, QN 58302."),
        ("Fast appeal", "If waiting 30 days could seriously harm your health, ask for a fast appeal. We decide it "
         "within 72 hours."),
        ("State fair hearing", "If we do not change our decision, you may ask the Authority for a state fair hearing "
         "within 120 days of the date of our appeal decision."),
        ("Keeping services", "This notice is about a past visit, so there is no service to continue. For services "
         "you are getting now, ask within 10 days to keep them during an appeal."),
        ("Free help", "Quennock Legal Aid 1-877-555-0119. The state ombudsman 1-800-555-0127."),
        ("Language help", "Espa\u00f1ol: llame al 1-855-555-0131 para ayuda gratis en su idioma."),
    ], n=2, size=8.6)
    p.signature(["Sincerely,", "Claims Review Unit", MCO], 9.2)
    t3 = truth("denial_letter", "eligibility", insurer=MCO, plan_id="CCHP-RE2", member_id=plan_mid, member_name=mem,
               cases=[notice, claim], claim_amount="373.00", service_dates=[iso(visit)], denial_date=iso(nd),
               provider=CLIN, appeal_deadline=iso(plus(nd, 60)),
               alternates={"insurer": ["Carnwath Community Health", "Carnwath Health Holdings of Quennock, Inc."],
                           "member_id": [c], "case_numbers": [[claim]],
                           "provider": [f"{doc}, MD", doc, f"Dr. {doc}"]})
    doc_a = out(p)
    # --- the Authority's restoration notice (1 page)
    q = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_FA, fax_hdr=fl, fax_off=3, fax_tot=4)
    q.set_margins(18, 15, 18)
    q.add_page()
    qhca_split(q, "Medicaid for the people of Quennock", ["Eligibility Services, PO Box 6102, Arlesby, QN 58301"])
    W = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    q.address_block([mem, "1408 Reedmace Lane, Apt 2B", "Arlesby QN 58305"], 9.6, y=y0)
    q.set_xy(q.l_margin + W * 0.55, y0)
    q.label_col([("Date:", slash(rd)), ("Case no.:", case_no), ("Client ID:", c)], q.l_margin + W * 0.55, y0,
                W * 0.45, 20, size=8.8, h=4.6)
    q.set_xy(q.l_margin, y0 + 20)
    q.set_font("Sans", "B", 13)
    q.cell(0, 7, "Your Quennock Medicaid is active again", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.para(f"Dear {mem.split()[0]} {mem.split()[-1]}:", 9.8)
    q.para(f"The Brandlemere County Sheriff's Office told us that you were released from the {BCDC} on "
           f"{long(rel)}. We have ended the suspension of your Medicaid. **Your full Quennock Medicaid coverage is "
           f"active again from {long(rel)}.** You do not need to apply again.", 9.4)
    q.run_table(["Coverage status", "From", "Through"],
                [["Full Medicaid (Adult)", "", slash(plus(booked, -1))],
                 ["Suspended \u2014 held in a county jail", slash(booked), slash(plus(rel, -1))],
                 ["Full Medicaid (Adult)", slash(rel), "ongoing"]], [90, 40, 40], size=8.6)
    q.para(f"Your health plan is {MCO} from {long(rel)}. Your plan member number is {plan_mid}. Carnwath will mail "
           "you a new card.", 9.2)
    q.para(f"If a doctor, clinic or pharmacy was told your Medicaid was suspended for care on or after {abbr(rel)}, "
           "they may send the claim again now. Show them this notice.", 9.2)
    q.small("If you think this notice is wrong, call Client Services. You may also ask for a state fair hearing within "
            "90 days of the date of this notice. This notice is about your eligibility only; it does not deny any "
            "service.", 7.8)
    q.signature(["Eligibility Services", QHCA], 9)
    t4 = truth("other", None, insurer=QHCA, member_id=c, member_name=mem, cases=[case_no], denial_date=iso(rd),
               alternates={"insurer": [QMED], "case_numbers": [[]], "member_id": [plan_mid]})
    return cover, [(doc_a, t3), (out(q), t4)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_jail_er(rng):
    pt = "Orrin B. Lowndes"
    doc = "Wilhelmina S. Sturtevant"
    HOSP = "Furrowfield Regional Medical Center"
    ld = dt.date(2026, 5, 26)
    stamped = dt.date(2026, 6, 1)
    dos = dt.date(2026, 3, 21)
    got = dt.date(2026, 4, 1)
    ip_a, ip_b = dt.date(2026, 2, 9), dt.date(2026, 2, 12)
    ip_paid = dt.date(2026, 3, 20)
    c = cid(rng)
    contract = digits(rng, 7)
    tcn = icn(rng, got)
    ip_tcn = icn(rng, dt.date(2026, 2, 24))
    dcn = f"DCN {ld.strftime('%y')}{ld.timetuple().tm_yday:03d}-{digits(rng, 6)}"
    booking = f"BK-26-{digits(rng, 6)}"
    billed = 6842.35
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_FA)
    p.set_margins(18, 15, 18)
    p.add_page()
    qhca_spaced(p, "Provider Services  \u00b7  Hospital Claims Review", ["PO Box 6125, Arlesby, QN 58301"],
                initials=None)
    W = p.w - p.l_margin - p.r_margin
    p.stamp(["RECEIVED", upper(stamped), "PATIENT FINANCIAL SERVICES"], p.l_margin + W - 60, p.get_y() + 1, w=60,
            angle=-5, size=8.4)
    y0 = p.get_y() + 3
    p.address_block([HOSP, "Patient Financial Services", "Attn: Government Payer Follow-up",
                     "2200 Wherry Hill Road", "Brandlemere QN 58240"], 9.4, y=y0)
    p.set_xy(p.l_margin, p.get_y() + 5)
    p.cap_boxes([[("Provider Contract - Claim (TCN)", f"{contract} - {tcn}", 0.5), ("Date of letter", dmy(ld), 0.22),
                  ("Document control", dcn, 0.28)],
                 [("Patient / Client ID", f"{pt} / {gcid(c)}", 0.5), ("Date of service", slash(dos), 0.22),
                  ("Total charges", usd(billed), 0.28)]])
    p.set_font("Sans", "", 7.4)
    p.cell(26, 4.2, "Attending:")
    p.set_font("Sans", "B", 9)
    p.cell(0, 4.2, f"Dr. {doc}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 26)
    p.set_font("Sans", "", 8.4)
    p.cell(0, 4.2, f"{HOSP} \u2014 Emergency Department", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Sans", "B", 12)
    p.cell(0, 6.5, "Claim denied: outpatient care for a person held in a county jail", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.columns([
        ("", "To the billing office:"),
        ("The claim", f"Your claim for the emergency department visit of {pt} on {long(dos)} came to us on "
         f"{slash(got)}. The records show he was brought from the {BCDC} (booking {booking}) at 14:10 and taken back "
         "there at 21:35 the same day. He was not admitted."),
        ("Our decision", "We denied the claim. Federal Medicaid law does not let Medicaid pay for care given to a "
         "person who is an inmate of a public institution, except inpatient hospital care of 24 hours or more. This "
         "was an outpatient visit. It is also not a pre-release service of the Reentry Services Demonstration, which "
         "pays only the listed services in the 90 days before release. This service is not covered."),
        ("Who pays", "The county is responsible for the medical care of people it holds. Send the bill to the "
         "Brandlemere County Sheriff's Office, Inmate Medical Services, 90 Gaol Street, Brandlemere QN 58240. Do not "
         "bill the patient."),
        ("Another claim", f"Your inpatient claim for the same patient, TCN {ip_tcn}, for the stay from "
         f"{slash(ip_a)} to {slash(ip_b)}, met the inpatient exception and was paid on {abbr(ip_paid)} "
         "($9,406.10). This letter does not change it."),
        ("Reconsideration", "If you disagree, ask for reconsideration within 60 days of the date of this letter. "
         "Send the TCN, the reason and the records (admission orders, if any) to Provider Reconsiderations, "
         "PO Box 6125, Arlesby, QN 58301, or fax (207) 555-0163."),
    ], n=2, size=8.8)
    p.signature(["Hospital Claims Review", QHCA, "for the Reentry Services and Medicaid programs"], 9,
                script="G. Budgeon")
    t = truth("denial_letter", "not_covered", insurer=QHCA, member_id=c, member_name=pt, cases=[tcn],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": [QMED], "provider": [f"Dr. {doc}", doc]},
              denial_alternates=["eligibility"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_es_injection(rng):
    mem = "Graciela N. Baraibar"
    doc = "Inmaculada R. Ormaechea"
    CLIN = "Clínica de Recuperación Piedralta"
    cmgr = "Corwin A. Cobbledick"
    rel = dt.date(2026, 4, 24)
    dos = dt.date(2026, 5, 14)
    got = dt.date(2026, 5, 20)
    nd = dt.date(2026, 6, 2)
    stamped = dt.date(2026, 6, 8)
    c = cid(rng)
    plan_mid = digits(rng, 8)
    claim = f"26-{got.strftime('%m%d')}-{digits(rng, 5)}"
    notice = f"NABD-26-06-{digits(rng, 4)}"
    pra = f"PRA-26-{digits(rng, 3)}-{digits(rng, 5)}"
    p = EQSheet(footer="Página {n} de {nb}", legal=MCO_LEGAL.replace(
        "Carnwath Community Health Plan is offered by", "Carnwath Community Health Plan lo ofrece").replace(
        "under a contract with the Quennock Health Care Authority.", "bajo contrato con la Quennock Health Care "
        "Authority.").replace("Carnwath Health Holdings of Quennock, Inc. is responsible for the plan's decisions.",
                              "Carnwath Health Holdings of Quennock, Inc. responde por las decisiones del plan."))
    p.set_margins(17, 15, 17)
    p.add_page()
    carnwath_head(p, "Un plan de salud de Medicaid de Quennock", ["Servicios al Miembro 1-855-555-0131", "TTY 711",
                                                                  "carnwathhealth.example/es"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "27 Calle Verbena", "Arlesby QN 58306"], 9.6, y=y0 + 2)
    yb = p.label_col([("Fecha del aviso", es_date(nd)), ("Número de aviso", notice),
                      ("Plan/Número de miembro", f"CCHP-RE2 / {plan_mid}"), ("Número de Medicaid", c),
                      ("Número de reclamo", claim)], p.l_margin + W * 0.5, y0, W * 0.5, 38, size=8.4, h=4.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 14)
    p.set_font("Sans", "B", 12.5)
    p.multi_cell(W, 6, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.prov_trio([("Proveedor que dio el servicio", f"Dra. {doc}", CLIN),
                 ("Proveedor que facturó", CLIN, f"NPI 1{digits(rng, 9)}"),
                 ("Proveedor que refirió", LANT, f"{cmgr}, gestor de casos")])
    p.run_table(["Fecha", "Código", "Servicio", "Cobrado", "Decisión"],
                [[dmy_es(dos), "Q9992", "Buprenorfina de liberación prolongada, inyección", "2,074.00", "Negado"],
                 [dmy_es(dos), "96372", "Aplicación de la inyección", "94.50", "Negado"],
                 ["", "", "Total cobrado", "2,168.50", ""]], [26, 20, 80, 24, W - 150],
                aligns=["L", "L", "L", "R", "C"], size=8.4, bold_rows={2})
    p.heading("Por qué tomamos esta decisión", 10.6)
    p.para(f"Carnwath necesita dar una autorización previa antes de que usted reciba la inyección mensual de "
           f"buprenorfina de liberación prolongada. La clínica no nos pidió esa autorización antes de ponerle la "
           f"inyección el {es_date(dos)}. Por eso negamos el reclamo.", 9.2)
    p.para(f"La autorización de servicios previos a la salida que aprobó la Autoridad (número {pra}) cubría solo el "
           f"tiempo antes de su salida del {GCF}. Terminó el día de su salida, el {es_date(rel)}. Después de esa "
           "fecha, Carnwath es quien aprueba sus servicios.", 9.2)
    p.para("Esto no quiere decir que usted no necesite el medicamento. Su clínica puede pedir la autorización ahora "
           "para "
           "las próximas inyecciones. Usted no debe pagar esta cuenta: la clínica es proveedor de la red y no puede "
           "cobrarle a usted.", 9.2)
    p.stamp(["RECIBIDO", dmy_dash(stamped).upper(), "ASISTENCIA LEGAL"], p.l_margin + W - 56, p.get_y() + 6, w=48,
            angle=7, size=8)
    p.add_page()
    p.heading("Sus derechos", 10.6, rule=True)
    p.columns([
        ("Pedir una apelación", "Si no está de acuerdo, usted o alguien que usted elija puede pedir una apelación "
         "dentro de 60 días a partir de la fecha de este aviso. Llame a Servicios al Miembro o escriba a Carnwath "
         "Appeals, PO Box 3320, Arlesby, QN 58302."),
        ("Apelación rápida", "Si esperar pone en grave riesgo su salud, pida una apelación rápida. La decidimos en 72 "
         "horas."),
        ("Audiencia imparcial del estado", "Después de nuestra decisión de apelación, puede pedir una audiencia "
         "imparcial del estado dentro de 120 días."),
        ("Ayuda gratis", "Quennock Legal Aid 1-877-555-0119. Ejemplo de costo: una inyección mensual puede costar "
         "$1,950.00 o más."),
    ], n=2, size=8.5)
    p.signature(["Atentamente,", "Unidad de Revisión de Reclamos", MCO], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, plan_id="CCHP-RE2", member_id=plan_mid,
              member_name=mem, cases=[notice, claim], claim_amount="2168.50", service_dates=[iso(dos)],
              denial_date=iso(nd), provider=f"{doc}", appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": ["Carnwath Community Health", "Carnwath Health Holdings of Quennock, Inc."],
                          "member_id": [c], "case_numbers": [[claim]],
                          "provider": [CLIN, "Clinica de Recuperacion Piedralta", f"Dra. {doc}"]})
    return out(p), t


def dmy_es(d: dt.date) -> str:
    """14-may-2026"""
    m = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][d.month - 1]
    return f"{d.day:02d}-{m}-{d.year}"


# ------------------------------------------------------------------------------------------------------------------
def phone_approval(rng):
    mem = "Tobiah C. Fitchew"
    cmgr = "Corwin A. Cobbledick"
    nd = dt.date(2026, 4, 17)
    mail = dt.date(2026, 4, 22)
    start, erd = dt.date(2026, 4, 1), dt.date(2026, 6, 29)
    c = cid(rng)
    docno = "QDC " + digits(rng, 6)
    auth = f"PRA-26-{digits(rng, 3)}-{digits(rng, 5)}"
    letter_id = f"L{nd.strftime('%y%m%d')}-{digits(rng, 5)}"
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_UR)
    p.set_margins(18, 15, 18)
    p.add_page()
    qhca_spaced(p, "Reentry Services  \u00b7  Pre-Release Utilization Review", ["PO Box 6131, Arlesby, QN 58301"],
                initials="QH", ring=False)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, f"DOC # {docno}", f"c/o {GCF}", "Unit C-West", "4100 Quarry Spur Road",
                     "Gorebridge QN 58214"], 9.6, y=y0 + 1)
    p.stamp(["GOREBRIDGE CF", upper(mail), "MAILROOM \u00b7 INSPECTED"], p.l_margin + W * 0.55, y0 + 4, w=62,
            angle=-4, size=8.2)
    p.set_xy(p.l_margin, p.get_y() + 8)
    p.set_font("Sans", "B", 13)
    p.cell(0, 7, "Your pre-release services are approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Date", wday(nd), 0.34), ("Client ID / DOC No.", f"{c} / {docno}", 0.38),
                  ("Letter ID", letter_id, 0.28)],
                 [("Authorization no.", auth, 0.34), ("Pre-release period", f"{slash(start)} - {slash(erd)}", 0.38),
                  ("Expected release", dmy(erd), 0.28)]])
    p.para(f"Dear {mem.split()[0]} {mem.split()[-1]}:", 9.8)
    p.para(f"The Health Services Unit at {GCF} asked Quennock Medicaid to approve services for you in the 90 days "
           "before your expected release. **We approved the services below.** You do not pay for them.", 9.4)
    p.run_table(["Service", "Given by", "Amount approved"],
                [["Care management (T1016 U7)", f"{LANT}", "up to 8 units a week"],
                 ["Medication for opioid use disorder", "Health Services Unit (buprenorphine-naloxone)", "daily dose"],
                 ["Lab tests before release", "Health Services Unit", "as ordered"],
                 ["Medicines on release", "Facility pharmacy", "30-day supply, once"]], [62, 80, W - 142], size=8.4)
    p.para(f"Your care manager is {cmgr}, CADC, of Lanterne Reentry Care Management. He will meet you before "
           "release to set up a doctor, a "
           "pharmacy and a place to get your medicine after you leave.", 9.2)
    p.heading("At release", 10.4)
    p.para("On the day you are released, the suspension of your Medicaid ends and you will be placed in a Medicaid "
           "health plan. If your release date changes, this approval moves with it, but it never covers more than 90 "
           "days before the new date.", 9.2)
    p.small("If you disagree with any part of this notice, you may ask for a state fair hearing within 90 days of the "
            "date of this notice. Call Client Services at 1-866-555-0142 or ask your reentry coordinator.", 7.8)
    p.signature(["Pre-Release Utilization Review", QHCA], 9)
    t = truth("other", None, insurer=QHCA, member_id=c, member_name=mem, cases=[auth], denial_date=iso(nd),
              provider=LANT,
              alternates={"insurer": [QMED], "case_numbers": [[]], "service_dates": [[f"{iso(start)}/{iso(erd)}"]],
                          "provider": ["Lanterne Reentry Care Management", f"{GCF} Health Services Unit", cmgr, None]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_late_pharmacy(rng):
    pt = "Delphine A. Lyburn"
    presc = "Casimir J. Mackeson"
    PH = "Inchkeith Correctional Pharmacy Services"
    rph = "Rhoda Rudlin"
    dd = dt.date(2026, 6, 12)
    dos = dt.date(2026, 1, 14)
    got = dt.date(2026, 5, 29)
    first_denial = dt.date(2026, 6, 5)
    asked = dt.date(2026, 6, 8)
    limit = plus(dos, 120)
    c = cid(rng)
    orig = icn(rng, got)
    rcn = f"RCN-26-{dd.strftime('%m%d')}-{digits(rng, 4)}"
    ncpdp = digits(rng, 7)
    lines = [("buprenorphine-naloxone 8-2 mg film", "60", 188.40), ("sertraline 50 mg tablet", "30", 41.26),
             ("naloxone 4 mg nasal spray", "2", 183.20)]
    billed = round(sum(x[2] for x in lines), 2)
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL_FA)
    p.set_margins(18, 15, 18)
    p.add_page()
    qhca_spaced(p, "Office of Provider Reconsiderations", ["PO Box 6125, Arlesby, QN 58301"], initials="QHCA")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([PH, f"Attn: {rph}, RPh, Pharmacist in Charge", "18 Tollbar Yard", "Brandlemere QN 58241"], 9.4,
                    y=y0)
    yb = p.label_col([("Decision date", iso(dd)), ("Reconsideration no.", rcn), ("Original ICN", orig),
                      ("Client", pt), ("Client ID", gcid(c)), ("NCPDP no.", ncpdp)],
                     p.l_margin + W * 0.52, y0, W * 0.48, 32, size=8.4, h=4.5)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.bar("RECONSIDERATION DECISION  \u2014  DENIAL UPHELD", right=long(dd))
    p.prov_trio([("Billing / dispensing pharmacy", PH, f"NCPDP {ncpdp}"),
                 ("Prescriber", f"{presc}, DO", f"{BCDC} Medical Unit"),
                 ("Care manager at release", "Hesper J. Hornabrook, RN", LANT)])
    p.run_table(["Fill date", "Rx no.", "Drug", "Qty", "Billed"],
                [[slash(dos), f"RX{digits(rng, 7)}", a, q, n2(b)] for a, q, b in lines]
                + [["", "", "Claim total", "", n2(billed)]], [26, 28, 84, 16, W - 154],
                aligns=["L", "L", "L", "R", "R"], size=8.4, bold_rows={3})
    p.para(f"On {long(asked)} you asked us to reconsider the denial of the claim above for the medicines "
           f"{pt} took with her on the day she was released from the {BCDC}, {long(dos)}. The claim was denied on "
           f"{slash(first_denial)} with EOB code 0522.", 9.2)
    p.heading("Our decision", 10.4)
    p.para(f"**We upheld the denial.** Pre-release claims, including the 30-day supply of medicines at release, must "
           f"reach the Authority within 120 days of the date of service. For a fill on {slash(dos)} the last day was "
           f"{slash(limit)}. We received the claim on {slash(got)}, after the limit.", 9.2)
    p.para("Your request says the claim was first sent to the county by mistake. A claim sent to another payer does "
           "not "
           "extend the Authority's filing limit, and no proof was sent that the Authority received the claim on time "
           "(an acknowledgement report, a rejection notice or a claim number of ours). The client may not be billed.",
           9.2)
    p.heading("If you still disagree", 10.4)
    p.para("This decision ends the first level of review. You may ask for a second-level review by the Authority's "
           "Provider Appeals Panel within 30 days of the date of this decision. Send this letter, your reasons and "
           "your proof of timely filing to the address above.", 9.2)
    p.signature(["Office of Provider Reconsiderations", QHCA], 9, script="N. Quelch")
    t = truth("denial_letter", "timely_filing", insurer=QHCA, member_id=c, member_name=pt, cases=[rcn, orig],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(dd), provider=PH,
              appeal_deadline=iso(plus(dd, 30)),
              alternates={"insurer": [QMED], "case_numbers": [[rcn], [orig]],
                          "provider": [f"{presc}, DO", presc, f"Dr. {presc}"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_remittance_two_pages_case_management_line_code_1871_no_u7", "born_digital",
                  [born_remit(rng)]),
             Item(F + "faxstd_wheelchair_at_release_not_necessary_received_stamp", "fax_standard_g4",
                  [faxstd_wheelchair(rng)])]
    cover, docs = stack_suspended(rng)
    items.append(Item(F + "faxstd_stack_care_manager_cover_plan_denial_sideways_then_restored", "fax_standard_g4",
                      docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "scanclean_hospital_letter_jail_er_visit_not_covered", "scan_clean_300",
                   [scanclean_jail_er(rng)]),
              Item(F + "photocopy_es_inyeccion_sin_autorizacion_del_plan", "photocopy", [photocopy_es_injection(rng)]),
              Item(F + "phone_pre_release_services_approved_mailroom_stamp", "phone_photo", [phone_approval(rng)]),
              Item(F + "rotated_pharmacy_reconsideration_upheld_late_claim", "rotated",
                   [rotated_late_pharmacy(rng)])]
    return items
