"""Papers mirrored (structure and plain wording style only) from a state employees' and retirees' health benefit plan
that the state funds itself and has a third-party administrator run: the state's employee benefits office decides who
is enrolled (active employees, their spouses and children to age 26, retirees), the administrator processes claims,
reviews care before it is given and hears the first-level appeal (within 180 days of the denial), a second-level
review by a committee of the state's benefits office comes after it, a fast review in 72 hours; retirees with
Medicare have Medicare pay first. Here as an invented state and administrator: the State of Wistmark, its Office of
Employee Benefits (Department of Administration), the plan "WistCare" (member IDs "WKE" / "WKR" + eight digits + a
two-digit person suffix, groups 77010 actives and 77090 retirees, plan IDs WC-PPO-S / WC-HDHP / WC-MSUP) and its
claims administrator Cawdry Benefit Administrators, Inc. (claim control numbers of 13 digits, care management requests
"CM-26-" + six digits, appeals "AP1-" + seven digits). Every person, clinic, hospital, address, number, auto insurer,
recovery vendor and rule is invented (phones 555); CPT / HCPCS codes and claim adjustment reason codes appear as
themselves.

Documents (8 in 7 files):
- born_digital_provider_remittance_control_number_first_two_knee_mri_lines_precert: Cawdry's provider remittance to an
  orthopaedic practice: eight claims, each opening with Cawdry's control number, then the patient, member number and
  account, a billing / rendering line under it; one claim's two knee MRI lines refused (CO-197 / W27), explained only
  in the code list on page 2; an auto insurer's claim number and a subrogation file on another patient's claim.
- faxstd_vein_ablation_not_necessary_dark_band_ids: WistCare's pre-service notice that endovenous laser ablation is not
  medically necessary; member ID, request number and date of notice reverse-printed in a dark band; requesting
  provider printed as "center - doctor"; the administrator named in the signature; rights in two columns.
- faxstd_stack_agency_cover_medicare_first_retiree_page_two_sideways_then_part_b_on_file: the Office of Employee
  Benefits' retiree counselor's fax cover, WistCare's letter refusing a retiree's cardiology claim until Medicare (the
  primary payer, its Medicare number printed) has paid (page 2 sideways), and the Office's letter that the retiree's
  Medicare Part B is now on file (denies nothing).
- scanclean_family_eob_table_across_pages_nail_care_line_code_fc2: WistCare's family explanation of benefits: five
  claims for three people in one table broken across two pages, a running header on page 2, one routine foot care line
  refused by code FC2 explained in the legend; an auto insurer's claim and a recovery vendor's file on the son's paid
  emergency claim.
- phone_es_hijo_cumplio_26_reclamacion_negada: WistCare's Spanish notice that a son's claim is refused because his
  dependent coverage ended the month he turned 26; captions under ruled boxes; a COBRA election date as a decoy.
- photocopy_first_level_appeal_upheld_genicular_embolization_investigational: the administrator's appeals unit's
  upheld first-level decision (genicular artery embolization is investigational), values in ruled boxes with captions
  under them, a second-level review within 60 days, rights in two columns, a reviewer's license number.
- rotated_inpatient_stay_paid_as_observation_two_columns: WistCare's notice that a hospital stay is covered as
  outpatient observation, not inpatient; two-column letter; a workers' compensation claim of the state's risk office
  mentioned as another matter.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampd import (EPSheet, abbr, agency_cover, digits, dmy, dmy_dash, es_date, iso, last_first, long, n2,
                               phone, plus, short_md, slash, tollfree, upper, usd, wday, yy)
from public_kit import m2, out, truth

FAMILY = ("wistmark_state_employees_retirees_plan_tpa_knee_mri_precert_vein_ablation_medicare_first_foot_care_age_26_"
          "embolization_observation_refusals")
LANG = "en"
SEED = 355053
STATE = "State of Wistmark"
OEB = "Wistmark Office of Employee Benefits"
DOA = "Wistmark Department of Administration"
PLAN = "WistCare"
PLAN_LONG = "WistCare State Employees' and Retirees' Health Plan"
TPA = "Cawdry Benefit Administrators"
TPA_INC = "Cawdry Benefit Administrators, Inc."
PLAN_ALT = [PLAN_LONG, "WistCare Health Plan"]
TPA_ALT = [TPA_INC, "Cawdry"]
G_ACT, G_RET = "77010", "77090"
FOOT = ("WistCare is the self-funded health plan of the State of Wistmark, overseen by the Wistmark State Employees "
        "Insurance Board. Cawdry Benefit Administrators, Inc. processes claims and reviews care for the State; it does "
        "not insure or guarantee benefits.")


def wke(rng, retiree=False, suffix="01"):
    return ("WKR" if retiree else "WKE") + digits(rng, 8) + suffix


def spaced(m):
    """WKE 3361 0947 02"""
    return f"{m[:3]} {m[3:7]} {m[7:11]} {m[11:]}"


def ctrl_no(rng, d):
    return f"26{d.timetuple().tm_yday:03d}" + digits(rng, 8)


def wist_head(p, rng, unit, box=None, tpa_in_head=False, over=True):
    """WistCare's letterhead: the short brand over its description; the state office line over it."""
    lines = [unit, f"PO Box 4{digits(rng, 3)}, Ambry Cross, WK 60114"]
    if tpa_in_head:
        lines.append("Claims administered for the State by Cawdry Benefit Administrators, Inc.")
    p.brand_head(PLAN, "Health benefits for Wistmark state employees, retirees and their families", lines,
                 [f"Member Services {tollfree(rng, '877')}", "TTY 711", f"Fax {phone(rng, '802')}",
                  "wistcare.wk.example"], mark="leaf",
                 desc_over=f"{STATE}  \u00b7  Office of Employee Benefits" if over else None, box=box)


# ------------------------------------------------------------------------------------------------------------------
TOP = "{:<15}{:<28}{:<15}{}"
LINE = "   {:<8} {:<8}  {:<5} {:<3} {:>1}  {:>9} {:>9} {:>8} {:>8} {:>9}  {:<11}{}"


def born_remit(rng):
    rd = dt.date(2026, 5, 14)
    PRAC = "Halden Ridge Orthopaedic & Spine Associates"
    npi_pay = "1" + digits(rng, 9)
    tin = f"61-{digits(rng, 7)}"
    eft = "EFT" + digits(rng, 10)
    payee = "CBA-P" + digits(rng, 6)
    rends = [("ORIEL M FASSBINDER MD", "1" + digits(rng, 9)), ("NANETTE QUAGLIARELLO DO", "1" + digits(rng, 9)),
             ("BRAM K EKWUEME MD", "1" + digits(rng, 9))]
    pts = ["Cordell P. Amesbury", "Fenella J. Marchbank", "Ignatius W. Thorley", "Philippa D. Quennell",
           "Annaliese V. Brockenhurst", "Osric T. Hallam", "Delphina K. Ravenhill", "Leopold S. Ashdown"]
    R = 4
    dates = [dt.date(2026, 4, 1), dt.date(2026, 4, 2), dt.date(2026, 4, 6), dt.date(2026, 4, 8), dt.date(2026, 4, 9),
             dt.date(2026, 4, 13), dt.date(2026, 4, 15), dt.date(2026, 4, 20)]
    plans = [
        [("99213", "", 168.00, 112.40, 0.00, 22.48)],
        [("99204", "", 395.00, 241.10, 241.10, 0.00), ("73562", "RT", 142.00, 48.75, 48.75, 0.00)],
        [("20610", "LT", 310.00, 118.60, 0.00, 23.72), ("J3301", "", 36.00, 6.90, 0.00, 1.38)],
        [("99214", "", 245.00, 162.30, 0.00, 32.46), ("72100", "", 118.00, 39.20, 0.00, 7.84)],
        [("99214", "", 245.00, 162.30, 0.00, 32.46), ("73721", "LT", 1380.00, 0.00, 0.00, 0.00),
         ("73721", "RT", 1380.00, 0.00, 0.00, 0.00)],
        [("29881", "RT", 4860.00, 1544.00, 0.00, 308.80)],
        [("99024", "", 0.00, 0.00, 0.00, 0.00), ("97110", "GP", 96.00, 31.40, 0.00, 6.28)],
        [("99213", "", 168.00, 112.40, 0.00, 22.48), ("L1833", "LT", 412.00, 228.15, 0.00, 45.63)],
    ]
    blocks, tb, tp = [], 0.0, 0.0
    ref = {}
    auto_no = f"{digits(rng, 2)}-AU-{digits(rng, 6)}"
    srg = "SRG-26-" + digits(rng, 5)
    for i, (pt, d, lines) in enumerate(zip(pts, dates, plans)):
        retiree = i == 6
        mid = wke(rng, retiree=retiree, suffix=rng.choice(["01", "02", "03"]) if i != R else "02")
        c = ctrl_no(rng, plus(d, rng.randint(5, 12)))
        acct = "HR" + digits(rng, 7)
        rn, rnpi = rends[i % 3] if i != R else rends[0]
        rows, cb, cp = [], 0.0, 0.0
        for proc, mod, b, a, ded, co in lines:
            refused = i == R and proc == "73721"
            paid = 0.0 if refused else round(a - ded - co, 2)
            if refused:
                grp, rmk = "CO-197", "W27"
            elif proc == "99024":
                grp, rmk = "CO-97", "W40"
            elif ded:
                grp, rmk = "CO-45 PR-1", "W05"
            else:
                grp, rmk = "CO-45 PR-2", "W02"
            rows.append(LINE.format(yy(d), yy(d), proc, mod, "1", n2(b), n2(a), n2(ded), n2(co), n2(paid), grp, rmk))
            cb += b
            cp += paid
        tb += cb
        tp += cp
        sub = f"   BILLING PROV: HALDEN RIDGE ORTHO & SPINE ASSOC NPI {npi_pay}  RENDERING: {rn} NPI {rnpi}"
        if i == 2:
            sub += f"\n   OTHER COVERAGE: FERRULE MUTUAL AUTO CLM {auto_no}  PIP EXHAUSTED  SUBRO FILE {srg}"
        blocks.append({"top": TOP.format(c, last_first(pt), mid, "ACCT " + acct), "sub": sub, "lines": rows,
                       "total": LINE.format("CLAIM", "TOTAL", "", "", "", n2(cb), "", "", "", n2(cp), "", "")})
        if i == R:
            ref = dict(pt=pt, mid=mid, c=c, d=d, billed=cb, rn=rn)
    # split the 'sub' with a newline into two sub lines
    for b in blocks:
        if "\n" in b["sub"]:
            a, c2 = b["sub"].split("\n")
            b["sub"] = a
            b["lines"] = [c2] + b["lines"]
    p = EPSheet(footer="Page {n} of {nb}",
                run_hdr=f"CAWDRY BENEFIT ADMINISTRATORS  \u00b7  WISTCARE PROVIDER REMITTANCE  \u00b7  PAYEE {payee}  "
                        f"\u00b7  {slash(rd)}  \u00b7  PAGE {{n}} OF {{nb}}")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.brand_head("CAWDRY", "Benefit Administrators, Inc.",
                 ["Provider Payments \u00b7 PO Box 2" + digits(rng, 3) + ", Tillbury, WK 60371",
                  "Claims administrator for WistCare, the State of Wistmark employee and retiree health plan"],
                 [f"Provider Line {tollfree(rng, '866')}", f"Fax {phone(rng, '802')}", "Mon-Fri 7:30-5:00"],
                 mark="leaf", box="PROVIDER REMITTANCE ADVICE", serif_brand=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([PRAC.upper(), "ATTN: PATIENT ACCOUNTS", f"{rng.randint(200, 980)} QUARRY LEDGE RD STE 4",
                     "AMBRY CROSS WK 60117"], 9)
    p.set_xy(p.l_margin, y0)
    yb = p.label_col([("Remittance date", slash(rd)), ("Payee ID", payee), ("Payee NPI", npi_pay), ("Tax ID", tin),
                      ("EFT trace", eft), ("Payment amount", usd(tp)), ("Claims on this remit", str(len(blocks)))],
                     p.l_margin + W * 0.55, y0, W * 0.45, 30, size=8.6, h=4.6)
    p.set_xy(p.l_margin, yb + 4)
    p.small("This remittance lists WistCare claims processed for the payee above. The control number at the start of "
            "each claim is Cawdry's number for that claim; quote it on any call or letter. PR amounts are what the "
            "member owes; CO amounts may not be billed to the member. Codes are explained on the last page.", 7.6)
    p.remit([TOP.format("CTRL NO.", "PATIENT NAME", "MEMBER NO.", "PATIENT ACCOUNT"),
             LINE.format("FROM", "TO", "PROC", "MOD", "U", "BILLED", "ALLOWED", "DEDUCT", "COINS", "PAID", "ADJ",
                         "RMK")],
            blocks, size=7.2)
    p.set_font("Mono", "B", 7.6)
    p.cell(0, 4, f"REMIT TOTALS   CLAIMS {len(blocks)}   BILLED {n2(tb)}   PAID {n2(tp)}   PLB 0.00   NET {n2(tp)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.glossary("Adjustment and remark codes used on this remittance", [
        ("CO-45", "Charge exceeds the WistCare fee schedule; the difference is not billable to the member."),
        ("PR-1", "Deductible amount, owed by the member."),
        ("PR-2", "Coinsurance amount, owed by the member (20% under the Standard PPO)."),
        ("CO-97", "The benefit for this service is included in the payment for another service."),
        ("CO-197", "Precertification/authorization/notification/pre-treatment absent."),
        ("W02", "Paid at the network rate less member coinsurance."),
        ("W05", "Applied to the member's 2026 deductible."),
        ("W27", "WistCare requires precertification by Cawdry Care Management before an MRI of an arm or leg. No "
                "precertification was on file for this member and date. The line is denied; the member may not be "
                "billed. A retro review may be asked for within the appeal period below."),
        ("W40", "Post-operative visit within the global period; no separate payment."),
    ], size=7.4, code_w=14)
    p.heading("Provider appeals", 9.4)
    p.para("A provider may appeal a denied line in writing within 180 days of the date of this remittance. Send the "
           "control number, the line, the reason you disagree and the medical records to Cawdry Provider Appeals, "
           f"PO Box 2{digits(rng, 3)}, Tillbury, WK 60371. A corrected claim is not an appeal. Example: a line billed at "
           "$500.00 with an allowed amount of $300.00 and 20% coinsurance pays $240.00.", 8.2)
    p.small(FOOT, 6.8)
    alt_prov = [PRAC, "Halden Ridge Ortho & Spine Assoc", "Oriel M. Fassbinder", "Dr. Oriel M. Fassbinder"]
    t = truth("eob", "prior_authorization", insurer=TPA, member_id=ref["mid"], member_name=ref["pt"],
              cases=[ref["c"]], claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(rd),
              provider="Oriel M Fassbinder", appeal_deadline=iso(plus(rd, 180)),
              alternates={"insurer": TPA_ALT + [PLAN] + PLAN_ALT, "claim_amount": ["2760.00"], "provider": alt_prov},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_vein(rng):
    mem = "Hortensia B. Wilmarth"
    doc = "Ilse K. Grunewald"
    CENTER = "Tarrock Vein & Vascular Center"
    rev = "Lucan Berridge"
    nd = dt.date(2026, 5, 6)
    got = dt.date(2026, 4, 28)
    planned = dt.date(2026, 5, 19)
    us_date = dt.date(2026, 4, 9)
    req = "CM-26-" + digits(rng, 6)
    us_auth = "CM-26-" + digits(rng, 6)
    mid = wke(rng)
    dob = dt.date(1979, 10, 2)
    fax_no = phone(rng, "802")
    p = EPSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{slash(nd)} 10:42  FROM: WISTCARE CARE MGMT {fax_no}  TO: TARROCK VEIN  P.{{n}}/2",
                run_hdr=f"{mem}  \u00b7  Request {req}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 16, 17)
    p.add_page()
    wist_head(p, rng, "Care Management (reviews done by Cawdry Benefit Administrators)",
              box="NOTICE OF ADVERSE BENEFIT DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.band([("Member ID", spaced(mid), 0.34), ("Request no.", req, 0.33), ("Date of notice", long(nd), 0.33)],
           dark=True, title="WISTCARE")
    p.band([("Patient", mem, 0.3), ("Date of birth", slash(dob), 0.18), ("Group", G_ACT, 0.14),
            ("Plan ID", "WC-PPO-S", 0.18), ("Request received", slash(got), 0.2)], dark=False, size=8.8, h=9.4)
    y0 = p.get_y() + 1
    p.address_block([mem, f"{rng.randint(12, 980)} Lantern Hill Rd", "Cobbet WK 60152"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.46, y0)
    p.label_col([("Requesting provider", f"{CENTER} - Dr. {doc}"), ("Service", "Endovenous laser ablation, right "
                 "great saphenous vein (CPT 36478)"), ("Planned date", dmy(planned))],
                p.l_margin + W * 0.46, y0, W * 0.54, 30, size=8.6, h=4.4)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 3)
    p.para(f"Dear {mem.split()[0]} {mem.split()[-1]}:", 9.8)
    p.para(f"Your provider asked WistCare to approve the service above. **We did not approve it because it is not "
           f"medically necessary for you at this time.** This is not a decision about whether you have varicose veins "
           f"or about your coverage.", 9.6)
    p.heading("What we looked at", 10.2)
    p.para(f"{CENTER} sent the office notes from your visits and the ultrasound done on {long(us_date)} (approved "
           f"under request {us_auth}). The ultrasound shows backward flow (reflux) in the right great saphenous vein "
           "lasting 0.4 seconds. Your notes say you have aching and swelling at the end of the day, and that you "
           "began wearing compression stockings three weeks before the request.", 9.4)
    p.heading("Why we said no", 10.2)
    p.para("WistCare's medical policy for vein ablation (CP-VAS-22) covers ablation of the great saphenous vein when "
           "reflux lasts longer than 0.5 seconds and symptoms continue after at least 12 weeks of prescription "
           "compression stockings, or when there is a skin ulcer, bleeding or clotting in the vein. The reflux on "
           "your ultrasound is shorter than 0.5 seconds, and the stockings had been worn for three weeks, not twelve. "
           f"Dr. {rev}, a vascular surgeon who reviews for Cawdry Benefit Administrators, made this decision.", 9.4)
    p.para(f"Dr. {doc.split()[-1]} may ask us again after 12 weeks of stockings, or talk with our reviewer by calling "
           f"Care Management by {long(plus(nd, 7))}.", 9.4)
    p.add_page()
    p.heading("If you disagree", 10.8, rule=True)
    p.columns([
        ("First-level appeal", "You, your provider or someone you name in writing may ask Cawdry Benefit "
         "Administrators to review this decision. Your appeal must be received within 180 days of the date of this "
         "notice. Send it to Cawdry Appeals, PO Box 2417, Tillbury, WK 60371, or fax it to (802) 555-0166. Include "
         "the request number and any new records."),
        ("Fast (urgent) review", "If waiting could seriously harm your health, ask for a fast review by phone. A "
         "decision is made within 72 hours."),
        ("Second-level review", "If the first-level appeal does not change the decision, you may ask the Wistmark "
         "Office of Employee Benefits Appeals Committee for a second-level review. The first-level decision letter "
         "will explain how."),
        ("External review", "For a decision about medical necessity you may also ask for an independent external "
         "review within 4 months after you receive the final internal decision."),
        ("Your records", "You may ask for free copies of the records, the medical policy and the name and "
         "qualifications of the reviewer."),
        ("Cost example", "If you have the procedure anyway, you could owe the whole bill. For example, a charge of "
         "$3,200.00 would be yours to pay."),
    ], n=2, size=8.6)
    p.signature(["Sincerely,", "", "Care Management Department", "Cawdry Benefit Administrators, Inc.",
                 "for WistCare, on behalf of the State of Wistmark"], 9.2, script="M. Ellingboe, RN")
    p.small(f"cc: {CENTER} (fax)   \u00b7   Letter ID WC-UM-{digits(rng, 7)}   \u00b7   Form CBA-NABD-04 (01/2026)", 7.2)
    p.small(FOOT, 6.6, border=1)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id="WC-PPO-S", group=G_ACT, member_id=mid,
              member_name=mem, cases=[req], service_dates=[iso(planned)], denial_date=iso(nd), provider=CENTER,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {doc}", doc, f"{CENTER} - Dr. {doc}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_medicare(rng):
    ret = "Ephraim C. Fettiplace"
    doc = "Aurelio Santangelo"
    GROUP = "Riverbend Cardiology Associates"
    counselor = "Margit Fairclough"
    ship = "Wendell Ostrowe"
    ld = dt.date(2026, 3, 24)
    od = dt.date(2026, 4, 16)
    fax_day = dt.date(2026, 4, 20)
    visit = dt.date(2026, 2, 26)
    got = dt.date(2026, 3, 12)
    partb = dt.date(2026, 1, 1)
    mid = wke(rng, retiree=True)
    mbi_ = "".join([str(rng.randint(1, 9)), "E", "K", str(rng.randint(0, 9)), "T", "Q", str(rng.randint(0, 9)),
                    "C", "M", str(rng.randint(0, 9)), str(rng.randint(0, 9))])
    mbi_p = f"{mbi_[:4]}-{mbi_[4:7]}-{mbi_[7:]}"
    c = ctrl_no(rng, got)
    case = "RS-26-" + digits(rng, 5)
    billed = 1146.00
    addr = [f"{rng.randint(10, 99)} Copperbeech Ct", "Halloway WK 60188"]
    cover = agency_cover(OEB, "Retiree Services Unit  \u00b7  Department of Administration",
                         [f"{rng.randint(100, 500)} Capitol Row, Ambry Cross, WK 60101", f"Phone {phone(rng, '802')}"],
                         f"{ship}, SHIP counselor", phone(rng, "802"), counselor, phone(rng, "802"), slash(fax_day),
                         "4", f"{ret} - Medicare / WistCare claim",
                         [f"Wendell - here are the two letters Mr. {ret.split()[-1]} brought in. The claim letter came "
                          "before we had his Part B card on file. Our letter of 4/16 fixes that; the doctor's office "
                          "still needs to bill Medicare first.", "Call me with questions. - Margit"])
    # --- the claim letter (2 pages)
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"WistCare  \u00b7  Claim {c}  \u00b7  {ret}")
    p.set_margins(18, 15, 18)
    p.add_page()
    wist_head(p, rng, "Retiree Claims  \u00b7  Coordination of Benefits", tpa_in_head=True, over=False)
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Sans", "", 9.8)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([ret, *addr], 9.8)
    p.ln(5)
    p.boxed_pairs([("Retiree", ret), ("WistCare ID", mid), ("Group / plan", f"{G_RET} / WC-MSUP (Medicare "
                                                                               "Supplement)"),
                   ("Medicare number (primary payer)", mbi_p), ("Claim control no.", c),
                   ("Provider", f"Dr. {doc}, {GROUP}"), ("Date of service", slash(visit)),
                   ("Amount billed", usd(billed)), ("Received", abbr(got))], label_w=68, size=9)
    p.heading("WistCare did not pay this claim", 10.8)
    p.para(f"Dear Mr. {ret.split()[-1]}:", 9.8)
    p.para("You are a WistCare retiree and you are old enough for Medicare. For retirees, Medicare pays first and "
           "WistCare's Medicare Supplement pays second. We can pay our share of this bill only after Medicare has "
           "processed it and we have Medicare's notice of what it paid.", 9.6)
    p.para(f"{GROUP} sent the claim to WistCare first, and no Medicare payment information came with it. So we are "
           "denying the claim (adjustment code OA-22: this care may be covered by another payer per coordination of "
           "benefits).", 9.6)
    p.add_page()
    p.heading("What to do now", 10.4)
    p.bullets([f"Ask {GROUP} to bill Medicare first, using your Medicare number. After Medicare pays, the claim will "
               "cross over to WistCare, or the office can send us Medicare's notice.",
               "If you do not have Medicare Part B, call the Office of Employee Benefits Retiree Services Unit: "
               "retirees are expected to enroll in Part B when first eligible, and WistCare pays as if Medicare had "
               "paid whether or not you enrolled.",
               "Keep any Medicare Summary Notice you receive."], 9.2)
    p.heading("Your right to appeal", 10.4)
    p.para("If you think this decision is wrong, you may appeal in writing. Your appeal must reach Cawdry Benefit "
           f"Administrators within 180 days of the date of this letter. Write to Cawdry Appeals, PO Box 2{digits(rng, 3)}, "
           "Tillbury, WK 60371. If the first-level appeal is denied, you may ask the Office of Employee Benefits for "
           "a second-level review.", 9.2)
    p.signature(["Coordination of Benefits Unit", "Cawdry Benefit Administrators, Inc.", "Claims administrator for "
                 "WistCare"], 9.2)
    p.small(FOOT, 6.6)
    t1 = truth("denial_letter", "other", insurer=PLAN, plan_id="WC-MSUP", group=G_RET, member_id=mid,
               member_name=ret, cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(ld),
               provider=GROUP, appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT + TPA_ALT + [TPA], "provider": [f"Dr. {doc}", doc,
                                                                              f"Dr. {doc}, {GROUP}"]})
    # --- the office's letter: Part B on file (denies nothing)
    q = EPSheet(footer=None, serif=True)
    q.set_margins(22, 18, 22)
    q.add_page()
    q.mark("dome", q.l_margin, 18, 15)
    q.set_xy(q.l_margin + 19, 18)
    q.set_font("Serif", "B", 13.5)
    q.cell(0, 6, "STATE OF WISTMARK", new_x="LMARGIN", new_y="NEXT")
    q.set_x(q.l_margin + 19)
    q.set_font("Serif", "", 10.5)
    q.cell(0, 5, "Department of Administration", new_x="LMARGIN", new_y="NEXT")
    q.set_x(q.l_margin + 19)
    q.set_font("Serif", "B", 10.5)
    q.cell(0, 5, "Office of Employee Benefits", new_x="LMARGIN", new_y="NEXT")
    q.set_x(q.l_margin + 19)
    q.set_font("Sans", "", 7.4)
    q.cell(0, 4, f"Retiree Services Unit  \u00b7  {rng.randint(100, 500)} Capitol Row, Ambry Cross, WK 60101  \u00b7  "
                 f"{phone(rng, '802')}", new_x="LMARGIN", new_y="NEXT")
    q.ln(6)
    W = q.w - q.l_margin - q.r_margin
    q.set_font("Serif", "", 10.4)
    q.cell(0, 5, long(od), new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.address_block([ret, *addr], 10.2)
    q.ln(5)
    q.set_font("Serif", "B", 10.4)
    q.multi_cell(W, 5, f"Re: Medicare Part B on file  \u00b7  Case no. {case}  \u00b7  WistCare ID {spaced(mid)}",
                 new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    for para in [
        f"Dear Mr. {ret.split()[-1]}:",
        f"Thank you for bringing in your Medicare card. We have recorded that your Medicare Part A and Part B "
        f"started on {long(partb)}, under Medicare number {mbi_p}, and we have told Cawdry Benefit Administrators, "
        "which handles WistCare claims. Your WistCare coverage stays the same: group 77090, the WistCare Medicare "
        "Supplement (plan WC-MSUP).",
        "From now on, Medicare pays your doctors and hospitals first and WistCare pays second. Claims Medicare has "
        "processed will reach WistCare by themselves; you do not need to send them. A claim WistCare turned down "
        "only because Medicare had not paid first will be looked at again once Medicare's payment comes in. Your "
        "doctor's office must still send it to Medicare.",
        "Your monthly retiree premium of $212.40 is not affected. The Medicare Part B premium is billed to you by "
        "Medicare.",
        "This letter is for your records; you do not need to do anything.",
    ]:
        q.set_font("Serif", "", 10.2)
        q.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        q.ln(2.5)
    q.ln(2)
    q.set_font("Serif", "", 10.2)
    for ln in ["Sincerely,", "", counselor, "Benefits Counselor, Retiree Services Unit",
               "Wistmark Office of Employee Benefits"]:
        q.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.set_font("Sans", "", 7)
    q.multi_cell(W, 3.4, "OEB-RS-11 (rev. 2025)  \u00b7  This letter does not decide any claim.", new_x="LMARGIN",
                 new_y="NEXT")
    t2 = truth("other", None, insurer=OEB, group=G_RET, plan_id="WC-MSUP", member_id=mid, member_name=ret,
               cases=[case], denial_date=iso(od),
               alternates={"insurer": [PLAN, "State of Wistmark Office of Employee Benefits",
                                       "Office of Employee Benefits"] + PLAN_ALT, "case_numbers": [[]]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_eob(rng):
    sub = "Thaddeus G. Wynford"
    spouse = "Clemency A. Wynford"
    son = "Jasper L. Wynford"
    POD = "Stonegate Podiatry Group"
    pod_doc = "Marius Pelletreau"
    sd = dt.date(2026, 4, 22)
    base = wke(rng, suffix="01")
    mid_sub, mid_sp, mid_son = base, base[:-2] + "02", base[:-2] + "03"
    auto_no = f"LM-{digits(rng, 4)}-{digits(rng, 5)}"
    srg = "PRS-" + digits(rng, 7)
    claims = [
        (sub, mid_sub, f"{POD} - Dr. {pod_doc}", dt.date(2026, 3, 19),
         [("99213", "Office visit", 185.00, 118.20, 0.0, 23.64, "W02"),
          ("11721", "Nail debridement, 6+", 140.00, 0.00, 0.0, 0.00, "FC2")]),
        (spouse, mid_sp, "Cray Falls Family Medicine - Dr. Ottilie Marsh", dt.date(2026, 3, 24),
         [("99396", "Preventive visit", 310.00, 214.00, 0.0, 0.00, "P01"),
          ("80061", "Lipid panel", 58.00, 16.40, 0.0, 0.00, "P01"),
          ("G0444", "Depression screen", 36.00, 17.90, 0.0, 0.00, "P01")]),
        (son, mid_son, "Wistmark Lakes Regional Medical Center", dt.date(2026, 3, 7),
         [("99284", "Emergency dept visit", 1240.00, 602.50, 0.0, 120.50, "A11"),
          ("73610", "X-ray ankle", 265.00, 71.30, 0.0, 14.26, "A11"),
          ("29515", "Splint, lower leg", 310.00, 96.80, 0.0, 19.36, "A11")]),
        (spouse, mid_sp, "Brightwater Reference Laboratory", dt.date(2026, 3, 26),
         [("83036", "Hemoglobin A1c", 64.00, 13.10, 0.0, 2.62, "W02"),
          ("84443", "TSH", 88.00, 23.00, 0.0, 4.60, "W02"),
          ("82306", "Vitamin D, 25-hydroxy", 142.00, 41.20, 0.0, 8.24, "W02"),
          ("85025", "Blood count, complete", 39.00, 10.70, 0.0, 2.14, "W02")]),
        (son, mid_son, "Keelson Physical Therapy - Ravi Anand, PT", dt.date(2026, 3, 30),
         [("97161", "PT evaluation", 210.00, 104.00, 0.0, 20.80, "W02"),
          ("97110", "Therapeutic exercise", 96.00, 31.40, 0.0, 6.28, "W02")]),
    ]
    cnos = [ctrl_no(rng, plus(c[3], 9)) for c in claims]
    p = EPSheet(footer="Page {n} of {nb}",
                run_hdr=f"WistCare Explanation of Benefits  \u00b7  Statement date {slash(sd)}  \u00b7  Subscriber "
                        f"{spaced(mid_sub)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    wist_head(p, rng, "Explanation of Benefits", tpa_in_head=True, box="THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([sub, f"{rng.randint(100, 999)} Gristmill Way", "Ambry Cross WK 60119"], 9.6)
    p.beside([(upper(sd), "statement date"), (sub, "subscriber"), (spaced(mid_sub), "subscriber ID"),
              (G_ACT, "group"), ("WC-PPO-S  Standard PPO", "plan"),
              ("03/01/2026 - 04/17/2026", "claims processed between")],
             p.l_margin + W * 0.5, y0, W * 0.5, size=8.8, h=5)
    rows, bold, shade = [], set(), set()
    gb = gp = gy = 0.0
    for (pt, m, prov, d, lines), c in zip(claims, cnos):
        shade.add(len(rows))
        rows.append([f"{pt}  ({spaced(m)})", "", "", "", "", "", ""])
        rows.append([f"Claim {c}  \u00b7  {prov}", "", "", "", "", "", ""])
        tot_b = tot_p = tot_y = 0.0
        for code, desc, b, a, ded, co, rmk in lines:
            paid = round(a - ded - co, 2)
            owe = b if rmk == "FC2" else co
            rows.append([f"  {dmy_dash(d)}  {code} {desc}", n2(b), n2(a), n2(co), n2(paid), n2(owe), rmk])
            tot_b += b
            tot_p += paid
            tot_y += owe
        bold.add(len(rows))
        rows.append(["  Claim total", n2(tot_b), "", "", n2(tot_p), n2(tot_y), ""])
        gb, gp, gy = gb + tot_b, gp + tot_p, gy + tot_y
    p.set_xy(p.l_margin, y0 + 34)
    p.under_boxes([[(usd(gb), "Total billed by providers", 0.25), (usd(gp), "Paid by WistCare", 0.25),
                    (usd(gy), "Your share (may be billed to you)", 0.25), ("$140.00", "Not covered", 0.25)]],
                  size=10.4, h=8.2)
    p.bar("YOUR CLAIMS", right=f"5 claims  \u00b7  3 people")
    p.run_table(["Patient / claim / date and service", "Billed", "Allowed", "Coins.", "Plan paid", "You owe",
                 "Code"], rows, [W * 0.46, W * 0.1, W * 0.1, W * 0.08, W * 0.1, W * 0.09, W * 0.07],
                aligns=["L", "R", "R", "R", "R", "R", "C"], size=7.8, row_h=5.0, bold_rows=bold, shade_rows=shade,
                foot_room=34)
    p.heading("Notes on your claims", 9.6)
    p.small(f"Claim {cnos[2]} (Jasper): our records show an auto accident on {long(claims[2][3])}. Lanyard Mutual "
            f"Auto Insurance (claim no. {auto_no}) paid first under personal injury protection; WistCare paid the rest. "
            f"Pellam Recovery Services handles WistCare's right of recovery for this accident under file {srg}. You "
            "do not need to do anything unless Pellam writes to you.", 7.6)
    p.glossary("What the codes mean", [
        ("W02", "Paid at the network rate. You owe the coinsurance shown."),
        ("P01", "Preventive care paid in full; no deductible or coinsurance."),
        ("A11", "Paid after the primary auto insurer's payment; see the note above."),
        ("FC2", "Routine foot care, such as trimming or debriding nails and paring corns or calluses, is not a "
                "covered benefit under the WistCare plan document (section 7.3) except for members with diabetes "
                "or poor circulation in the legs. Our records show neither. This line is not covered; the provider "
                "may bill you for it."),
    ], size=7.6, code_w=12)
    p.heading("Your plan year so far", 9.6)
    p.small("Deductible: $750.00 individual / $1,500.00 family; met $750.00 / $1,036.20.   Out-of-pocket limit: "
            "$3,500.00 individual / $7,000.00 family; met $412.18 / $1,268.04.", 7.6)
    p.heading("If you disagree", 9.6)
    p.small("You may appeal any decision on this statement. Your appeal must be received by Cawdry Benefit "
            "Administrators within 180 days of the statement date. Write to Cawdry Appeals, PO Box 2417, Tillbury, WK "
            "60371, and include the claim number. Urgent reviews are decided within 72 hours. After the final "
            "internal decision, external review may be available within 4 months.", 7.6)
    p.small(FOOT, 6.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="WC-PPO-S", group=G_ACT, member_id=mid_sub,
              member_name=sub, cases=[cnos[0]], claim_amount="325.00", service_dates=[iso(claims[0][3])],
              denial_date=iso(sd), provider=POD, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT + TPA_ALT + [TPA], "claim_amount": ["140.00"],
                          "provider": [f"Dr. {pod_doc}", pod_doc, f"{POD} - Dr. {pod_doc}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mom = "Graciela M. Arizmendi"
    son = "Joaquín E. Arizmendi"
    CLIN = "Clínica Familiar Los Sauces"
    dra = "Pilar Echavarren"
    nd = dt.date(2026, 4, 9)
    visit = dt.date(2026, 3, 23)
    bday = dt.date(2026, 2, 14)
    end = dt.date(2026, 2, 28)
    cobra = dt.date(2026, 4, 29)
    base = wke(rng, suffix="01")
    mid_son = base[:-2] + "03"
    c = ctrl_no(rng, plus(visit, 8))
    billed = 236.00
    p = EPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.brand_head(PLAN, "Beneficios de salud para empleados y jubilados del Estado de Wistmark y sus familias",
                 ["Servicios al Afiliado  \u00b7  Reclamaciones", f"PO Box 4{digits(rng, 3)}, Ambry Cross, WK 60114"],
                 [f"Servicios al Afiliado {tollfree(rng, '877')}", "Atención en español, opción 2", "TTY 711"],
                 mark="leaf", desc_over="Estado de Wistmark  \u00b7  Oficina de Beneficios para Empleados",
                 box="AVISO DE DENEGACIÓN DE RECLAMACIÓN")
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Sans", "", 9.8)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([mom, f"{rng.randint(100, 999)} Calle Saltillo", "Cobbet WK 60153"], 9.8)
    p.ln(5)
    p.under_boxes([[(son, "Paciente", 0.36), (mid_son, "Número de afiliado del paciente", 0.3),
                    (c, "Número de control de la reclamación", 0.34)],
                   [(f"{CLIN} - Dra. {dra}", "Proveedor", 0.46), (slash(visit), "Fecha del servicio (mm/dd/aaaa)",
                                                                   0.27), (usd(billed), "Cargos facturados", 0.27)],
                   [(mom, "Empleada titular", 0.36), (base, "Número de la titular", 0.3),
                    (f"{G_ACT} / WC-HDHP", "Grupo / plan", 0.34)]], size=9.2)
    p.para(f"Estimada Sra. {mom.split()[-1]}:", 9.8)
    jq = son.split()[0]
    p.para(f"Le escribimos sobre la consulta de su hijo {jq} en {CLIN} el {es_date(visit)}. "
           f"**WistCare no pagará esta reclamación** porque en esa fecha {jq} ya no tenía cobertura de WistCare como "
           "dependiente.", 9.6)
    p.heading("Por qué", 10.4)
    p.para(f"Según el plan de WistCare, los hijos de un empleado estatal están cubiertos hasta el último día del mes en "
           f"que cumplen 26 años. {son.split()[0]} cumplió 26 años el {es_date(bday)}, así que su cobertura terminó el "
           f"{es_date(end)}. La Oficina de Beneficios para Empleados nos informó el cambio. La reclamación se "
           "denegó por falta de elegibilidad en la fecha del servicio.", 9.4)
    p.heading("Continuación de cobertura (COBRA)", 10.4)
    p.para(f"{son.split()[0]} puede comprar cobertura de continuación COBRA desde el {es_date(plus(end, 1))}. La "
           f"Oficina le envió el formulario de elección; para elegir COBRA tiene hasta el {es_date(cobra)}. Si la "
           "elige a tiempo, la cobertura se aplica desde el 1 de marzo y podemos volver a procesar esta reclamación. "
           "Esta fecha es para COBRA; no es la fecha límite para apelar.", 9.4)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Usted puede apelar por escrito. Su apelación debe llegar a Cawdry Benefit Administrators dentro de 180 "
           "días a partir de la fecha de esta carta. Las preguntas sobre elegibilidad también puede hacerlas a la "
           "Oficina de Beneficios para Empleados al (802) 555-0119. Si necesita una revisión urgente, la decidimos en "
           "72 horas.", 9.2)
    p.signature(["Atentamente,", "Departamento de Reclamaciones", "Cawdry Benefit Administrators, Inc., "
                 "administrador de reclamaciones de WistCare"], 9.2)
    p.small("WistCare es el plan de salud autofinanciado del Estado de Wistmark. Cawdry Benefit Administrators, Inc. "
            "procesa las reclamaciones y no asegura los beneficios.  \u00b7  Carta WC-ES-" + digits(rng, 6), 6.8)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id="WC-HDHP", group=G_ACT, member_id=mid_son,
              member_name=son, cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd),
              provider=CLIN, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dra. {dra}", dra, f"{CLIN} - Dra. {dra}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    mem = "Benedikt O. Farrimond"
    doc = "Yevgenia Thornycroft"
    GRP = "Lakehurst Interventional Radiology"
    rev = "Solveig Arneson"
    dd = dt.date(2026, 5, 27)
    orig = dt.date(2026, 3, 18)
    got = dt.date(2026, 4, 30)
    svc = dt.date(2026, 2, 17)
    mid = wke(rng)
    c = ctrl_no(rng, plus(svc, 10))
    ap = "AP1-" + digits(rng, 7)
    lic = "MD." + digits(rng, 6)
    billed = 9860.00
    p = EPSheet(footer="Page {n} of {nb}", run_foot=f"First-level appeal {ap}  \u00b7  {mem}  \u00b7  WistCare")
    p.set_margins(18, 15, 18)
    p.add_page()
    wist_head(p, rng, "Appeals Unit", box="FIRST-LEVEL APPEAL DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Sans", "", 9.8)
    p.cell(0, 5, wday(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([mem, f"{rng.randint(100, 999)} Orchard Bend", "Tillbury WK 60374"], 9.8)
    p.ln(6)
    p.under_boxes([[(ap, "Appeal number", 0.26), (c, "Claim control number", 0.28), (spaced(mid), "Member ID", 0.26),
                    (G_ACT, "Group", 0.2)],
                   [(f"Dr. {doc}, {GRP}", "Provider", 0.5), (dmy(svc), "Date of service", 0.25),
                    (usd(billed), "Amount billed", 0.25)],
                   [(long(got), "Appeal received", 0.34), (long(orig), "Original denial", 0.33),
                    ("Upheld", "Decision", 0.33)]], size=9.2)
    p.para(f"Dear Mr. {mem.split()[-1]}:", 9.8)
    p.para(f"We have finished reviewing your appeal of our decision not to pay for genicular artery embolization of "
           f"your right knee, done by Dr. {doc} on {long(svc)} (CPT 37242 and 75726). **We are upholding the "
           "original decision.** WistCare will not pay this claim.", 9.6)
    p.heading("How we decided", 10.2)
    p.para(f"Dr. {rev}, a board certified radiologist who was not part of the first decision (Wistmark license "
           f"{lic}), reviewed your appeal letter, the notes from {GRP}, and the two published studies your doctor "
           "sent. The WistCare plan document excludes services that are investigational or experimental (section "
           "8.1(f)). Cawdry's medical policy CP-RAD-41 lists genicular artery embolization for knee osteoarthritis as "
           "investigational: the studies so far are small, most have no comparison group, and they do not yet show "
           "that the benefit lasts or that it is as safe as the treatments the plan covers.", 9.4)
    p.para("We know the procedure has already been done. This decision is about whether WistCare pays for it; it is "
           "not a judgment about your care.", 9.4)
    p.heading("Your next steps", 10.4, rule=True)
    p.columns([
        ("Second-level review", "You may ask the Wistmark Office of Employee Benefits Appeals Committee to review "
         "this decision. Your written request must be received within 60 days of the date of this decision. Send it "
         "to OEB Appeals Committee, 240 Capitol Row, Ambry Cross, WK 60101."),
        ("External review", "Because this decision is about an investigational service, you may instead ask for an "
         "independent external review within 4 months after you receive this letter."),
        ("Records", "You may ask for free copies of everything used in this decision, including policy CP-RAD-41."),
        ("Help", "Wistmark Department of Insurance consumer line: 1-800-555-0143."),
    ], n=2, size=8.6)
    p.signature(["Appeals Unit", "Cawdry Benefit Administrators, Inc.", "Acting for WistCare under its contract with "
                 "the State of Wistmark"], 9.2)
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "experimental", insurer=PLAN, group=G_ACT, member_id=mid, member_name=mem,
              cases=[ap, c], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(dd), provider=GRP,
              appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": PLAN_ALT + TPA_ALT + [TPA], "provider": [f"Dr. {doc}", doc,
                                                                              f"Dr. {doc}, {GRP}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_observation(rng):
    mem = "Lavinia R. Coppersmith"
    HOSP = "Mercy Fold Regional Hospital"
    att = "Kalinda Ostrowska"
    HG = "Holloway Hospitalist Group"
    nd = dt.date(2026, 4, 29)
    a, b = dt.date(2026, 4, 3), dt.date(2026, 4, 5)
    due = plus(nd, 180)
    mid = wke(rng)
    c = ctrl_no(rng, plus(b, 6))
    wc = "WC-26-" + digits(rng, 5)
    billed = 18472.60
    p = EPSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 15, 16)
    p.add_page()
    wist_head(p, rng, "Hospital Claims Review", box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, f"{rng.randint(100, 999)} Tanyard St Apt {rng.randint(2, 12)}", "Ambry Cross WK 60112"],
                    9.8)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.label_col([("Date:", abbr(nd)), ("Member ID:", mid), ("Group:", G_ACT), ("Claim:", c),
                 ("Facility:", HOSP), ("Attending:", f"Dr. {att}, {HG}"),
                 ("Stay:", f"{short_md(a)} to {short_md(b)}"), ("Billed:", n2(billed))],
                p.l_margin + W * 0.52, y0, W * 0.48, 22, size=8.8, h=4.6)
    p.set_xy(p.l_margin, p.get_y() + 4)
    p.set_font("Sans", "B", 12)
    p.cell(0, 7, "Your hospital stay is covered as observation, not as an inpatient stay", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.columns([
        ("", f"Dear Ms. {mem.split()[-1]}:"),
        ("What happened", f"You went to {HOSP} with chest pain on {long(a)} and stayed until {long(b)}. The "
         "hospital billed the stay as an inpatient admission."),
        ("What we decided", "We reviewed the hospital records against WistCare's inpatient criteria. Your heart "
         "tests, blood tests and monitoring came back normal within the first day, and you did not need care that "
         "only an inpatient unit gives. This care is covered at the outpatient observation level. The inpatient "
         "level of care is denied."),
        ("What it means for you", "The hospital will be paid at the observation rate. Your share follows the "
         "outpatient benefit (20% coinsurance after the deductible) instead of the inpatient copay. The hospital "
         "cannot bill you the difference between the two rates because it is a WistCare network hospital."),
        ("Another matter", f"Our records also show a workers' compensation claim with the State Risk Management "
         f"Office ({wc}) for a wrist injury at work in January. It has nothing to do with this stay and does not "
         "change this decision."),
        ("If you disagree", f"You, the hospital or Dr. {att.split()[-1]} may appeal. Your appeal must be received "
         f"by {long(due)}. Write to Cawdry Appeals, PO Box 2417, Tillbury, WK 60371, or fax (802) 555-0166. A fast "
         "review is decided within 72 hours. External review may follow the final internal decision (4 months)."),
        ("Questions", "Call Member Services at the number at the top of this letter. Language help is free."),
    ], n=2, size=8.8)
    p.signature(["Hospital Claims Review Nurse", "Cawdry Benefit Administrators, Inc.", "for WistCare"], 9.2)
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=G_ACT, member_id=mid, member_name=mem, cases=[c],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {att}", att]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_provider_remittance_control_number_first_two_knee_mri_lines_precert",
                  "born_digital", [born_remit(rng)]),
             Item(F + "faxstd_vein_ablation_not_necessary_dark_band_ids", "fax_standard_g4", [faxstd_vein(rng)])]
    cover, docs = stack_medicare(rng)
    items.append(Item(F + "faxstd_stack_agency_cover_medicare_first_retiree_page_two_sideways_then_part_b_on_file",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "scanclean_family_eob_table_across_pages_nail_care_line_code_fc2", "scan_clean_300",
                   [scanclean_eob(rng)]),
              Item(F + "phone_es_hijo_cumplio_26_reclamacion_negada", "phone_photo", [phone_es(rng)]),
              Item(F + "photocopy_first_level_appeal_upheld_genicular_embolization_investigational", "photocopy",
                   [photocopy_appeal(rng)]),
              Item(F + "rotated_inpatient_stay_paid_as_observation_two_columns", "rotated",
                   [rotated_observation(rng)])]
    return items
