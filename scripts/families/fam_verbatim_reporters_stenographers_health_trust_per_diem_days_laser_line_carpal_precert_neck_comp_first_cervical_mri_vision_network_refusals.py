"""An invented health plan for court reporters and stenographers: the Verbatim Reporters & Stenographers Health Trust
(a multiemployer trust; "the Trust" or "the Plan" in the body, "VRS Trust" in short), whose claims administrator is
Fenlow & Garritt Benefit Administrators, Inc. Invented rules: per-diem reporters earn a quarter's coverage with 36
per-diem days reported by agencies and courts in the quarter before (plan VRS-PD); official court reporters are
covered through their court group (plan VRS-OC); outpatient surgery and advanced imaging need precertification; low-
level laser therapy is investigational under medical policy MP-17; a neck or hand strain from the job goes first to
the employer's workers' compensation carrier; vision care is paid only in the Brightpane Vision Network; hand
therapy, orthoses and nerve studies in the Courtline Preferred Providers network. Member numbers begin with letters
that look like digits ("ZSB" + seven digits, printed in groups "ZSB 471 0953"); claims "FG" + date + "-" + four
digits; precertifications "PC-" + six digits. Every person, provider, agency, court, carrier, number and address is
invented; CPT / HCPCS codes appear as themselves; phones 555.

Documents (8 in 7 files):
- born_digital: the Trust's two-page member EOB ("Statement of Thursday, April 16, 2026"), three claims whose header
  rows carry inline captions ("Patient:", "Plan:", "Auth:"); in the hand therapy claim one line of five (low-level
  laser) pays nothing under letter code X with the bare remark marks "2, 3", explained in a numbered remark
  list that runs over to page 2, under the letter-code legend.
- fax_standard_g4: the administrator's notice that coverage ended because too few per-diem days were reported
  ("Date of notice: Mon 05/04/2026"), chiropractic visits refused; a self-payment election date as a decoy.
- fax_standard_g4 stack: a deposition agency's home-typed fax cover ("FAX COVER SHEEET", "Frm", "Attn", "# of pgs",
  "Re:" run into the subject; names the reporter, not the Trust), then the Trust's two-page refusal of a carpal tunnel
  release done without precertification (ends with a signature), then the Trust's EOB for her nerve study the day
  after (paid; page upside down).
- scan_lowres_150 (Spanish): the administrator refuses physical therapy for neck and shoulder strain from court work:
  workers' compensation pays first.
- fax_fine_g4: a physical therapy clinic's bill; the refused ergonomic visit is named only in its message.
- rotated: a cervical MRI precertification refused as not medically necessary ("Decision of Friday, the 8th of May,
  2026"), a printed appeal date.
- scan_clean_300: an eye exam at an eye studio outside the vision network.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsb import (ESSheet, abbr, day_long, day_short, digits, dmy, es_date, es_short, fax_line, flat,
                               iso, long, n2, ordinal, plus, short_md, slash, typed_cover, upper, usd, wday)
from public_kit import m2, out, truth

FAMILY = "verbatim_reporters_stenographers_health_trust_per_diem_days_laser_line_carpal_precert_neck_comp_first_cervical_mri_vision_network_refusals"
LANG = "en"
SEED = 355181
TRUST = "Verbatim Reporters & Stenographers Health Trust"
TPA = "Fenlow & Garritt Benefit Administrators, Inc."
TRUST_ALT = ["Verbatim Reporters and Stenographers Health Trust", "Verbatim Trust", "VRS Trust", "Verbatim",
             "Verbatim Reporters & Stenographers Health Plan"]
TPA_ALT = ["Fenlow & Garritt Benefit Administrators", "Fenlow and Garritt Benefit Administrators", "Fenlow & Garritt",
           TRUST] + TRUST_ALT
PD, OC = "VRS-PD", "VRS-OC"
RIGHT = ["Member services (877) 555-0119", "Precertification (877) 555-0121", "Claims fax (412) 555-0187",
         "PO Box 5520, Gavelford, PA 15233"]
TPA_RIGHT = ["Claims and eligibility (877) 555-0119", "Fax (412) 555-0187", "PO Box 5520, Gavelford, PA 15233",
             "fenlowgarritt.example"]
LEGAL = ("The Verbatim Reporters & Stenographers Health Trust is a self-funded multiemployer plan governed by a Board "
         "of Trustees. Fenlow & Garritt Benefit Administrators, Inc. processes claims for the Trust and is not an "
         "insurer. Plan year: January 1 to December 31. Form VRS-14.")
LEGAL_TPA = ("Fenlow & Garritt Benefit Administrators, Inc. acts as claims administrator for the Verbatim Reporters & "
             "Stenographers Health Trust. The Trust, not Fenlow & Garritt, pays the benefits.")


def member_id(rng: random.Random) -> tuple[str, str]:
    """('ZSB 471 0953', 'ZSB4710953'): letters that look like digits, printed in groups."""
    d = digits(rng, 7)
    return f"ZSB {d[:3]} {d[3:]}", f"ZSB{d}"


def claim_no(rng: random.Random, d: dt.date) -> str:
    return f"FG{d.strftime('%y%m%d')}-{digits(rng, 4)}"


def precert(rng: random.Random) -> str:
    return f"PC-{digits(rng, 6)}"


def group(rng: random.Random, court: bool = False) -> str:
    return f"{'CT' if court else 'AG'}-{digits(rng, 4)}"


def verbatim(p: ESSheet, lines: list[str] | None = None):
    p.keys_mark("Verbatim", "Reporters & Stenographers", "Verbatim Reporters & Stenographers Health Trust  \u00b7  "
                "claims administered by Fenlow & Garritt Benefit Administrators, Inc.", RIGHT, lines=lines)


def fenlow(p: ESSheet, sub: str = "Claims administrator for the Verbatim Reporters & Stenographers Health Trust"):
    p.amp_monogram("F", "G", "Fenlow & Garritt", "Benefit Administrators, Inc.", sub, TPA_RIGHT)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Delphine K. Rosswell"
    mp, mt = member_id(rng)
    grp = group(rng)
    sd = dt.date(2026, 4, 16)
    HT = "Sixpenny Lane Hand Therapy, LLC"
    ot = "Wilhelmina Knollys, OTR/L, CHT"
    FP = "Quillfen Family Practice"
    dr = "Dr. Anselm Vrettos, MD"
    d1, d2, d3, d4 = dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16), dt.date(2026, 3, 19)
    ca, cb, cc = claim_no(rng, plus(d1, 4)), claim_no(rng, plus(d3, 3)), claim_no(rng, plus(d4, 6))
    # (date, code, service, billed, allowed, paid, you owe, letter code, remarks)
    la = [(d1, "97165", "OT evaluation, low complexity", 210.00, 148.00, 118.40, 29.60, "K", "1"),
          (d1, "97760", "Orthotic management, first visit", 95.00, 64.00, 51.20, 12.80, "K", "1"),
          (d1, "L3808", "Wrist-hand-finger orthosis, custom", 185.00, 141.00, 112.80, 28.20, "K", "1")]
    lb = [(d2, "97110", "Therapeutic exercise, 2 units", 120.00, 86.00, 68.80, 17.20, "K", "1"),
          (d2, "97140", "Manual therapy, 1 unit", 95.00, 58.00, 46.40, 11.60, "K", "1"),
          (d3, "97110", "Therapeutic exercise, 2 units", 120.00, 86.00, 68.80, 17.20, "K", "1"),
          (d3, "97140", "Manual therapy, 1 unit", 95.00, 58.00, 46.40, 11.60, "K", "1"),
          (d3, "S8948", "Low-level laser, 15 min", 85.00, 0.00, 0.00, 0.00, "X", "2, 3")]
    lc = [(d4, "99214", "Office visit, established patient", 235.00, 152.00, 127.00, 25.00, "C", "1, 5")]

    def fmt(lines):
        r, t = [], [0.0] * 4
        for d, code, svc, b, a, pd, yo, lc_, rm in lines:
            r.append([slash(d), code, svc, n2(b), n2(a), n2(pd), n2(yo), lc_, rm])
            t = [t[0] + b, t[1] + a, t[2] + pd, t[3] + yo]
        return r, t

    (ra, ta), (rb, tb), (rc, tc) = fmt(la), fmt(lb), fmt(lc)

    def tot(t):
        return ["", "", "Claim total", n2(t[0]), n2(t[1]), n2(t[2]), n2(t[3]), "", ""]

    claims = [
        {"head": f"Claim {ca}   Patient: {mem}   Plan: {PD}   Auth: not required",
         "sub": [f"Provider  {HT}      Rendering  {ot}      Network: Courtline"], "rows": ra, "total": tot(ta)},
        {"head": f"Claim {cb}   Patient: {mem}   Plan: {PD}   Auth: not required",
         "sub": [f"Provider  {HT}      Rendering  {ot}      Network: Courtline"], "rows": rb, "total": tot(tb)},
        {"head": f"Claim {cc}   Patient: {mem}   Plan: {PD}   Referral # none",
         "sub": [f"Provider  {FP}      Rendering  {dr}      Network: Courtline"], "rows": rc, "total": tot(tc)},
    ]
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_hdr=f"VERBATIM TRUST  \u00b7  Explanation of benefits for {mem}  \u00b7  Member {mp}  \u00b7  "
                        f"{slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    verbatim(p)
    W = p.W
    p.bar("EXPLANATION OF BENEFITS", right="THIS IS NOT A BILL", size=10.5)
    y0 = p.get_y()
    p.address_block([mem, "48 Inkwell Row, Apt 3C", "Gavelford PA 15236"], 9.6, y=y0 + 1)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Sans", "B", 9)
    p.cell(W * 0.5, 5, f"Statement of {day_long(sd)}", new_x="LMARGIN", new_y="NEXT")
    p.beside([(mp, "member number"), (PD, "plan (per-diem reporters)"), (grp, "agency group"),
              ("39 days, Q4 2025", "per-diem days that earned this quarter")], p.l_margin + W * 0.5, y0 + 6,
             W * 0.5, size=8.8)
    p.set_xy(p.l_margin, y0 + 30)
    p.small("Claims we processed for you since your last statement. Each claim opens with its claim number and the "
            "patient, plan and approval shown inside the row. The letter in the Code column and the numbers in the "
            "Remarks column are explained on the last page.", 8)
    p.claims_grid(["Date", "Code", "Service", "Billed", "Plan allows", "Plan paid", "You owe", "Code", "Remarks"],
                  [19, 14, 52, 18, 20, 19, 18, 12, W - 172], ["L", "L", "L", "R", "R", "R", "R", "C", "C"], claims,
                  size=7.6, row_h=5.0, foot_room=34)
    p.sc_boxes([("Deductible 2026", "$500.00 (met)", 0.25), ("Out-of-pocket met", "$1,168.40 of $4,000.00", 0.3),
                ("Paid to providers", usd(ta[2] + tb[2] + tc[2]), 0.22), ("You owe in all", usd(ta[3] + tb[3] + tc[3]),
                                                                          0.23)])
    p.legend_cols("Codes (letter in the Code column)", [
        ("A", "Paid in full at the network rate."),
        ("C", "You pay a copay; the Plan pays the rest of the allowed amount."),
        ("D", "Applied to your deductible."),
        ("K", "Your coinsurance: 20% of the allowed amount in the Courtline network."),
        ("R", "Reduced: the charge is more than the allowed amount; a network provider may not bill you the "
              "difference."),
        ("X", "Not payable. See the remark number on the same line."),
    ], n=2, size=7.5)
    p.note_list("Remarks (numbers in the Remarks column)", [
        ("1", "Network provider. You owe only the amount in the You owe column."),
        ("2", "Low-level laser therapy (HCPCS S8948) for hand, wrist or forearm pain is investigational under the "
              "Trust's medical policy MP-17: studies have not shown that it works better than exercise and splinting. "
              "The Plan does not pay for investigational services."),
        ("3", "A network provider may bill you for this line only if you agreed in writing, before the visit, to pay "
              "for a service the Plan does not cover."),
        ("4", "A line already paid on an earlier claim was sent again."),
        ("5", "Copay of $25.00 for an office visit in the network."),
        ("6", "We asked the provider for records; the line will be looked at again when they arrive."),
    ], size=7.7)
    p.columns([
        ("Your right to appeal", "If you disagree with how a claim was paid, you may appeal within 180 days of the "
         "date of this statement. Write to Appeals, Verbatim Reporters & Stenographers Health Trust, PO Box 5520, "
         "Gavelford, PA 15233, or fax (412) 555-0187. Include the claim number and why you disagree. You may ask for "
         "copies of the policy and records used, free of charge."),
        ("Per-diem eligibility", "Your coverage for April to June depends on the per-diem days your agencies and "
         "courts report for January to March (36 days or more). We will write to you if your coverage changes."),
    ], n=2, size=8)
    t = truth("eob", "experimental", insurer=TRUST, plan_id=PD, group=grp, member_id=mt, member_name=mem, cases=[cb],
              claim_amount=m2(tb[0]), service_dates=[iso(d3)], denial_date=iso(sd), provider=HT,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [ot, "Wilhelmina Knollys"], "claim_amount": ["85.00"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_per_diem(rng):
    mem = "Augustin P. Hurlock"
    mp, mt = member_id(rng)
    grp = group(rng)
    nd = dt.date(2026, 5, 4)
    visits = [dt.date(2026, 4, 6), dt.date(2026, 4, 9), dt.date(2026, 4, 14)]
    cn = claim_no(rng, dt.date(2026, 4, 20))
    CHIRO = "Beltane Street Chiropractic"
    dc = "Dr. Ruben Zilberman, DC"
    per = (68.00, 62.00)
    billed = sum(per) * len(visits)
    elect = dt.date(2026, 6, 3)
    job = digits(rng, 4)
    fl = fax_line(nd, "14:22", "FENLOW GARRITT CLAIMS", "(412) 555-0187", "A HURLOCK 4125550152", job)
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fl, legal=LEGAL_TPA)
    p.set_margins(18, 14, 18)
    p.add_page()
    fenlow(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "2910 Stenmark Avenue", "Tollridge PA 15120"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Sans", "", 8.8)
    for ln in (f"Date of notice: {day_short(nd)}", f"Member ID: {mp}", f"Plan: {PD}   Group: {grp}",
               f"Claim: {cn}"):
        p.set_x(p.l_margin + W * 0.5)
        p.cell(W * 0.5, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Your coverage under the Trust ended on March 31, 2026: not enough per-diem days were reported",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {mem.split()[-1]}:", 9.6)
    p.para(f"We processed a claim from {CHIRO} ({dc}) for three visits in April 2026. The Trust cannot pay it, "
           "because you were not covered on those dates.", 9.2)
    p.run_table(["Date", "Claim row", "Billed", "Paid", "Covered on date?"],
                [[slash(d), f"98940, 97140  Claim {cn}  Plan: {PD}  Auth: none", n2(sum(per)), "0.00", "No"]
                 for d in visits] + [["", "Total", n2(billed), "0.00", ""]],
                [22, 104, 20, 16, W - 162], aligns=["L", "L", "R", "R", "C"], size=7.8, bold_rows={len(visits)})
    p.para("**Why.** A per-diem reporter is covered for a calendar quarter when agencies and courts report at least 36 "
           "per-diem days for the quarter before it. For January to March 2026 they reported 29 days for you, so your "
           "coverage for April to June 2026 did not start, and your coverage ended on March 31, 2026.", 9.2)
    p.run_table(["Reported by", "Group", "Days, Jan - Mar 2026"],
                [["Lammermuir Deposition Services", grp, "14"], ["Gavelford County Court, per-diem pool",
                                                                 group(rng, True), "9"],
                 ["Ribbonsway Legal Video & Transcripts", group(rng), "6"], ["Total", "", "29 of 36"]],
                [90, 40, W - 130], aligns=["L", "L", "R"], size=8.2, bold_rows={3})
    p.para(f"**Keeping coverage by self-payment.** You may keep your coverage for April to June by paying $612.00 a "
           f"month. To do so, send the election form by {slash(elect)}. If you elect, the visits above will be "
           "processed again.", 9.0)
    p.para("**If days are missing.** If you worked per-diem days that are not on the list, send copies of your "
           "invoices or the agency's pay stubs. We will count them and look at the claim again.", 9.0)
    p.heading("Your right to appeal", 10.2)
    p.para("You may appeal this decision within 180 days of the date of this notice. Write to the Appeals Committee, "
           "c/o Fenlow & Garritt Benefit Administrators, Inc., PO Box 5520, Gavelford, PA 15233, or fax (412) "
           "555-0187. The Trust's Board of Trustees decides appeals at its next quarterly meeting.", 9.0)
    p.signature(["Eligibility Unit", TPA, "for the Verbatim Reporters & Stenographers Health Trust"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=TPA, plan_id=PD, group=grp, member_id=mt, member_name=mem,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(v) for v in visits], denial_date=iso(nd),
              provider=CHIRO, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": TPA_ALT, "provider": [dc, "Ruben Zilberman"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_carpal(rng):
    mem = "Marguerite A. Efemena"
    mp, mt = member_id(rng)
    grp = group(rng)
    ld = dt.date(2026, 5, 14)
    eob_d = dt.date(2026, 5, 15)
    fax_d = dt.date(2026, 5, 19)
    surg = dt.date(2026, 4, 22)
    ncs = dt.date(2026, 4, 2)
    cn = claim_no(rng, dt.date(2026, 4, 28))
    cn2 = claim_no(rng, dt.date(2026, 4, 8))
    pc_old = precert(rng)
    SURG = "Dellacombe Hand & Upper Extremity Surgeons"
    md = "Dr. Evander Wakeham, MD"
    NEURO = "Nyamekye Neurodiagnostics"
    nmd = "Dr. Sabine Hlongwane, MD"
    billed = 2940.00
    AG = "Lammermuir Deposition Services"
    hfl = f"05/19/2026 12:14  LAMMERMUIR DEPO  4125550186    P.{{n}}/{{nb}}"
    cover = typed_cover(AG, ["Court reporting  \u00b7  video depositions  \u00b7  transcripts",
                             "600 Forum Street, 4th Floor, Gavelford PA 15219  \u00b7  Tel 412-555-0185"],
                        "FAX COVER SHEEET",
                        [("Date:", "5/19/26"), ("To:", "Dellacombe Hand Surgeons - billing"),
                         ("Attn", "Ms. Pell"), ("Fax#", "412 555 0170"),
                         ("Frm", "Trish W. (front desk) for Marguerite Efemena"),
                         ("# of pgs:", "four incl. this one"),
                         ("Re:Marguerite Efemena surgery denial + the EOB", "")],
                        ["Marguerite is in trial all week so she asked us to fax these over to you. Letter says no "
                         "precert?? She thought your office did that. Pls call her cell after 5pm 412-555-0193.",
                         "thanks, Trish"], fax_hdr=hfl, fax_tot=4)
    # --- document 1: the Trust's refusal (2 pages) ------------------------------------------------------------------
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=hfl, fax_off=1, fax_tot=4)
    p.set_margins(18, 14, 18)
    p.add_page()
    verbatim(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "17 Platen Court", "Gavelford PA 15217"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.label_col([("Date", long(ld)), ("Member", mp), ("Plan / group", f"{PD} / {grp}"), ("Claim", cn)],
                p.l_margin + W * 0.52, y0, W * 0.48, 24, size=8.8, h=4.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 4)
    p.set_font("Serif", "B", 12.5)
    p.multi_cell(W, 6.2, "Your carpal tunnel surgery was not precertified, so the Plan cannot pay it",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_pair([("Surgeon", [md, SURG, "Gavelford, PA"]), ("Service", ["Carpal tunnel release, right (64721)",
                                                                      f"Date of service {slash(surg)}",
                                                                      f"Billed {usd(billed)}"])])
    p.para(f"Dear Ms. {mem.split()[-1]}:", 9.6)
    p.para(f"The Trust received a claim from {SURG} for your right carpal tunnel release on {long(surg)}. The claim "
           f"was for {usd(billed)}.", 9.2)
    p.para("**What we decided.** The Plan will not pay this claim.", 9.2)
    p.para("**Why.** The Plan requires precertification before any outpatient surgery (Summary Plan Description, "
           "section 5.3). Neither you nor the surgeon's office called for precertification before the surgery. The "
           f"only precertification on file for you is {pc_old}, approved on {slash(dt.date(2026, 3, 30))} for 12 "
           "visits of hand therapy; it does not cover surgery.", 9.2)
    p.para("Because Dr. Wakeham is in the Courtline network, his office was responsible for asking for "
           "precertification. A network provider may not bill you for a service the Plan refused for this reason.",
           9.2)
    p.add_page()
    p.heading("What you can do", 10.4)
    p.para("You or the surgeon may appeal within 180 days of the date of this letter. If the surgeon's office did call "
           "us, send the date, the name of the person it spoke to and any reference number. If the surgery could not "
           "wait, send the surgeon's notes that show why. Write to Appeals, Verbatim Reporters & Stenographers Health "
           "Trust, PO Box 5520, Gavelford, PA 15233, or fax (412) 555-0187.", 9.2)
    p.para("If your appeal is denied you may ask for an external review by an independent review organization within "
           "four months after the appeal decision.", 9.2)
    p.para("Free help in other languages: (877) 555-0119. TTY 711.", 9)
    p.ln(2)
    p.para("Sincerely,", 9.4)
    p.signature(["Harriet Oyelade-Finch, RN", "Utilization Review, Verbatim Reporters & Stenographers Health Trust"],
                9.4, script="Harriet Oyelade-Finch")
    letter = out(p)
    t1 = truth("denial_letter", "prior_authorization", insurer=TRUST, plan_id=PD, group=grp, member_id=mt,
               member_name=mem, cases=[cn], claim_amount=m2(billed), service_dates=[iso(surg)], denial_date=iso(ld),
               provider=md, appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": TRUST_ALT, "provider": [SURG, "Evander Wakeham"]})
    # --- document 2: the Trust's EOB for the nerve study (1 page, paid) ---------------------------------------------
    lines = [("99204", "Office visit, new patient", 260.00, 171.00, 146.00, 25.00, "C"),
             ("95910", "Nerve conduction studies, 7-8", 640.00, 402.00, 321.60, 80.40, "K"),
             ("95886", "Needle EMG, each limb", 310.00, 188.00, 150.40, 37.60, "K")]
    tb = sum(v[2] for v in lines)
    e = ESSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=hfl, fax_off=3, fax_tot=4)
    e.set_margins(16, 14, 16)
    e.add_page()
    verbatim(e)
    W = e.W
    e.bar("EXPLANATION OF BENEFITS", right="This is not a bill", size=10.5)
    e.cap_boxes([[("Statement date", f"{slash(eob_d)}", 0.2), ("Member", mem, 0.3), ("Member number", mp, 0.2),
                  ("Plan", PD, 0.14), ("Group", grp, 0.16)]], size=8.8)
    e.set_font("Sans", "I", 8.4)
    e.cell(W, 4.6, f"Issued on {ordinal(eob_d)}, for claims processed in the week before.", new_x="LMARGIN",
           new_y="NEXT")
    e.ln(2)
    e.claims_grid(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
                  [20, 15, 56, 20, 20, 20, 20, W - 171], ["L", "L", "L", "R", "R", "R", "R", "C"],
                  [{"head": f"Claim {cn2}   Patient: {mem}   Plan: {PD}   Auth: not required",
                    "sub": [f"Provider  {NEURO}      Rendering  {nmd}      Network: Courtline"],
                    "rows": [[slash(ncs), c, s, n2(b), n2(a), n2(pd), n2(yo), lc] for c, s, b, a, pd, yo, lc in lines],
                    "total": ["", "", "Claim total", n2(tb), n2(sum(v[3] for v in lines)),
                              n2(sum(v[4] for v in lines)), n2(sum(v[5] for v in lines)), ""]}], size=7.8, row_h=5.0)
    e.legend_cols("Codes", [("C", "Copay for an office visit in the network."),
                            ("K", "Your coinsurance: 20% of the allowed amount."),
                            ("X", "Not payable; see the letter we sent about this claim.")], n=3, size=7.5)
    e.para("Your network provider has been paid. You owe only the amounts in the You owe column. If you disagree with "
           "how this claim was paid, you may appeal within 180 days of the date of this statement (address on the "
           "back of your card).", 8.6)
    t2 = truth("eob", None, insurer=TRUST, plan_id=PD, group=grp, member_id=mt, member_name=mem, cases=[cn2],
               claim_amount=m2(tb), service_dates=[iso(ncs)], denial_date=iso(eob_d), provider=NEURO,
               alternates={"insurer": TRUST_ALT, "provider": [nmd, "Sabine Hlongwane"],
                           "appeal_deadline": [iso(plus(eob_d, 180))]})
    return cover, [(letter, t1), (out(e), t2)]


# ------------------------------------------------------------------------------------------------------------------
def lowres_es_comp(rng):
    mem = "Itzel M. Mancera"
    mp, mt = member_id(rng)
    grp = group(rng, True)
    nd = dt.date(2026, 5, 12)
    visits = [dt.date(2026, 4, 13), dt.date(2026, 4, 16), dt.date(2026, 4, 20)]
    cn = claim_no(rng, dt.date(2026, 4, 24))
    PT = "Pebblecross Physical Therapy"
    pt = "Lcda. Mireya Rubalcava, PT"
    per = (118.00, 92.00)
    billed = sum(per) * len(visits)
    wc = f"WC-26-{digits(rng, 5)}"
    p = ESSheet(footer="Página {n} de {nb}",
                legal="Fenlow & Garritt Benefit Administrators, Inc. es el administrador de reclamos del Verbatim "
                      "Reporters & Stenographers Health Trust. El Fideicomiso, no Fenlow & Garritt, paga los "
                      "beneficios.")
    p.set_margins(18, 14, 18)
    p.add_page()
    fenlow(p, "Administrador de reclamos del Verbatim Reporters & Stenographers Health Trust")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "3305 Ledgerwood Street", "Gavelford PA 15210"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Sans", "", 8.8)
    for ln in (f"Fecha del aviso: {wday(nd, es=True)}", f"Número de miembro: {mp}", f"Plan: {OC}   Grupo: {grp}",
               f"Reclamo: {cn}"):
        p.set_x(p.l_margin + W * 0.5)
        p.cell(W * 0.5, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Aviso de denegación: la compensación laboral debe pagar primero su terapia", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 9.6)
    p.para(f"Recibimos un reclamo de {PT} ({pt}) por tres sesiones de terapia física para el dolor de cuello y hombro "
           "derecho. El Plan no puede pagarlo ahora.", 9.2)
    p.run_table(["Fecha", "Servicios", "Facturado", "Pagado"],
                [[es_short(d), "97110 ejercicio terapéutico + 97140 terapia manual", n2(sum(per)), "0.00"]
                 for d in visits] + [["", "Total", n2(billed), "0.00"]], [30, 100, 24, W - 154],
                aligns=["L", "L", "R", "R"], size=8.4, bold_rows={len(visits)})
    p.para("**Por qué.** Las notas de la terapeuta y el cuestionario de accidente que usted llenó dicen que el dolor "
           "empezó por su trabajo como taquígrafa oficial en el Tribunal del Condado de Gavelford (sesiones de ocho "
           "horas con la máquina de estenotipia). Usted también presentó un reclamo de compensación laboral ante la "
           f"aseguradora del tribunal, Quayline Mutual Casualty (reclamo {wc}). El Plan no paga lesiones o "
           "enfermedades del trabajo que cubre la compensación laboral (Descripción Resumida del Plan, sección 9.4).",
           9.2)
    p.para("**Qué puede hacer.** Pida a la terapeuta que envíe la factura a Quayline Mutual Casualty. Si la "
           "compensación laboral niega el reclamo por escrito, envíenos esa carta y el Plan revisará las sesiones "
           "otra vez.", 9.2)
    p.heading("Su derecho a apelar", 10.2)
    p.para("Puede apelar esta decisión dentro de los 180 días siguientes a la fecha de este aviso. Escriba al Comité de "
           "Apelaciones, c/o Fenlow & Garritt Benefit Administrators, Inc., PO Box 5520, Gavelford, PA 15233, o envíe "
           "un fax al (412) 555-0187. Ayuda gratis en español: (877) 555-0119.", 9.2)
    p.signature(["Unidad de Reclamos", TPA], 9.2)
    t = truth("denial_letter", "other", insurer=TPA, plan_id=OC, group=grp, member_id=mt, member_name=mem, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(v) for v in visits], denial_date=iso(nd), provider=PT,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": TPA_ALT, "provider": [pt, "Mireya Rubalcava"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_pt_bill(rng):
    mem = "Cyprian T. Jallow"
    mp, mt = member_id(rng)
    grp = group(rng)
    sd = dt.date(2026, 6, 1)
    visit = dt.date(2026, 5, 12)
    amt = 240.00
    PT = "Copperlane Physical Therapy"
    acct = digits(rng, 6)
    fl = f"06/01/2026 16:03  COPPERLANE PT BILLING  (412) 555-0160  TO 4125550177   P.{{n}}/{{nb}}"
    p = ESSheet(footer=None, fax_hdr=fl)
    p.set_margins(16, 14, 16)
    p.add_page()
    W = p.W
    p.set_font("Serif", "B", 18)
    p.cell(W * 0.6, 8, PT)
    p.set_font("Sans", "", 7.6)
    p.set_xy(p.l_margin + W * 0.6, p.get_y())
    p.multi_cell(W * 0.4, 3.6, "1200 Copperlane Road, Suite 210\nTollridge, PA 15122\nBilling (412) 555-0160",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "I", 8.4)
    p.cell(W, 4.4, "Hands, necks and backs that work for a living", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.bar("PATIENT STATEMENT", right=f"Statement date {abbr(sd)}", size=11)
    y0 = p.get_y()
    p.address_block([mem, "84 Palisade Walk", "Tollridge PA 15122"], 9.4, y=y0)
    p.beside([(acct, "account no."), (mem, "patient"), (mp, "insurance ID"), (grp, "group")],
             p.l_margin + W * 0.52, y0, W * 0.48, size=8.8)
    p.set_xy(p.l_margin, y0 + 26)
    p.cap_boxes([[("Previous balance", "0.00", 0.2), ("Insurance paid", "312.60", 0.2),
                  ("Adjustments", "-118.40", 0.2), ("Moved to you", n2(amt), 0.2), ("Please pay", usd(amt), 0.2)]],
                size=10)
    p.set_font("Sans", "B", 9.6)
    p.cell(W, 6, "About your balance", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Your health plan, the Verbatim Trust, paid for your neck therapy visits in May. It did not pay for the "
           f"ergonomic workstation assessment on {long(visit)} ({usd(amt)}), when our therapist measured your "
           "stenotype stand, chair and screen height. The Trust says a workstation assessment is not a medical "
           "treatment and is not covered, so that charge has been moved to you.", 9.2)
    p.para("Some court reporting agencies pay for workstation assessments for their reporters. Ask your agency, and "
           "if it pays, give them this statement. You can also pay in two parts: $120.00 now and $120.00 next month.",
           9.2)
    p.para(f"Please pay by {slash(plus(sd, 25))}. Call (412) 555-0160 with questions.", 8.8)
    p.set_dash_pattern(dash=1.2, gap=1.2)
    p.seg(p.l_margin, p.get_y() + 2, p.l_margin + W, p.get_y() + 2)
    p.set_dash_pattern()
    p.ln(6)
    p.runline([("Account", acct), ("Please pay", usd(amt)), ("Amount enclosed", "$ ________")], mode="gap", size=9,
              gap=3, sep=8)
    t = truth("other", None, insurer=None, group=grp, member_id=mt, member_name=mem, claim_amount=m2(amt),
              service_dates=[iso(visit)], denial_date=iso(sd), provider=PT, unscored=["insurer"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_mri(rng):
    mem = "Philippa R. Sallows"
    mp, mt = member_id(rng)
    grp = group(rng)
    dd = dt.date(2026, 5, 8)
    got = dt.date(2026, 5, 5)
    planned = dt.date(2026, 5, 13)
    due = dt.date(2026, 11, 4)
    pc = precert(rng)
    ORD = "Gullmere Spine Center"
    md = "Dr. Leopold Fofanah, MD"
    IMG = "Foxbrook Imaging"
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_foot=f"Precertification {pc}  \u00b7  {mem}  \u00b7  {mp}  \u00b7  decision {slash(dd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    verbatim(p)
    W = p.W
    p.set_font("Serif", "I", 9.6)
    p.cell(W, 5, f"Decision of Friday, {ordinal(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Precertification request", pc, 0.26), ("Member", mem, 0.3), ("Member number", mp, 0.22),
                  ("Plan / group", f"{PD} / {grp}", 0.22)],
                 [("Service asked for", "MRI cervical spine without contrast (72141)", 0.48),
                  ("Planned date", slash(planned), 0.18), ("Request received", slash(got), 0.17),
                  ("Decision", "Not approved", 0.17)]], size=8.6)
    p.prov_pair([("Requesting physician", [md, ORD, f"NPI 1{digits(rng, 9)}"]),
                 ("Imaging center", [IMG, "Tollridge, PA", f"NPI 1{digits(rng, 9)}"])])
    p.para(f"Dear Ms. {mem.split()[-1]} and Dr. {md.split()[2].rstrip(',')}:", 9.6)
    p.para(f"{md} asked the Plan to approve an MRI of the neck at {IMG} on {long(planned)}. The request says Ms. "
           "Sallows has had neck pain and stiffness for three weeks after long days of deposition work, with no arm "
           "weakness, numbness or loss of reflexes.", 9.2)
    p.para("**What we decided.** The MRI is not approved as medically necessary now. Under the Trust's imaging "
           "guideline, an MRI of the neck for pain without warning signs (such as weakness, a serious injury, fever "
           "or cancer) is necessary only after six weeks of treatment such as physical therapy, exercise and "
           "medicine has not helped. The records show three weeks of pain and no treatment yet.", 9.2)
    p.para("If the pain goes on after six weeks of treatment, or new symptoms appear, Dr. Fofanah may send a new "
           "request. A physician reviewer, board certified in physical medicine, made this decision.", 9.2)
    p.heading("Appeals", 10.2)
    p.para(f"Your appeal must reach us by {long(due)}. Send it to Appeals, Verbatim Reporters & Stenographers Health "
           "Trust, PO Box 5520, Gavelford, PA 15233, or fax (412) 555-0187. If waiting could seriously harm your "
           "health, ask for an urgent appeal; we answer within 72 hours. Dr. Fofanah may ask for a talk with our "
           "reviewer within 5 business days of this decision.", 9.2)
    p.signature(["Utilization Review", TRUST], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=TRUST, plan_id=PD, group=grp, member_id=mt,
              member_name=mem, cases=[pc], service_dates=[iso(planned)], denial_date=iso(dd), provider=md,
              appeal_deadline=iso(due),
              alternates={"insurer": TRUST_ALT, "provider": [ORD, "Leopold Fofanah", IMG]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_vision(rng):
    mem = "Benedikt O. Raske"
    mp, mt = member_id(rng)
    grp = group(rng, True)
    ld = dt.date(2026, 6, 2)
    dos = dt.date(2026, 5, 7)
    cn = claim_no(rng, dt.date(2026, 5, 15))
    EYE = "Gavelford Eye Studio"
    od = "Dr. Yusra Melendez, OD"
    lines = [("92004", "Comprehensive eye exam, new patient", 225.00), ("92015", "Refraction", 65.00),
             ("92083", "Visual field test", 110.00)]
    billed = sum(v for *_, v in lines)
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(18, 14, 18)
    p.add_page()
    verbatim(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "701 Shorthand Lane", "Gavelford PA 15227"], 9.6, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    yb = p.under_boxes_at([[(long(ld), "Date of this letter", 1.0)], [(cn, "Claim", 1.0)]], p.l_margin + W * 0.55,
                          W * 0.45, size=9)
    p.set_xy(p.l_margin, max(yb, y0 + 20) + 2)
    p.under_boxes([[(mp, "Member number", 0.3), (OC, "Plan", 0.2), (grp, "Court group", 0.2),
                    (EYE, "Provider", 0.3)]], size=9)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Your eye exam was outside the Brightpane Vision Network", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {mem.split()[-1]}:", 9.6)
    p.para(f"We received a claim from {EYE} ({od}) for your eye exam on {long(dos)}: the exam, a refraction and a "
           "visual field test for eye strain and headaches after long transcription days.", 9.2)
    p.run_table(["Code", "Service", "Billed", "Paid"],
                [[c, s, n2(v), "0.00"] for c, s, v in lines] + [["", "Total", n2(billed), "0.00"]],
                [22, 100, 26, W - 148], aligns=["L", "L", "R", "R"], size=8.6, bold_rows={len(lines)})
    p.columns([
        ("Why the Plan did not pay", "The Trust pays for eye exams and glasses only at providers in the Brightpane "
         "Vision Network, except for an eye injury or sudden loss of sight treated as an emergency. Gavelford Eye "
         "Studio is not in the network, and the visit was not an emergency, so the Plan cannot pay it."),
        ("What it would have cost in the network", "At a Brightpane provider you would have paid a $15.00 copay for "
         "the exam, and the Plan gives $150.00 a year toward glasses, including computer glasses for screen work. "
         "Find a provider at brightpane-vision.example or call (877) 555-0119."),
        ("Your right to appeal", "You may appeal within 180 days of the date of this letter. Tell us if there was an "
         "emergency or if no network provider could see you within 30 days. Write to Appeals, Verbatim Reporters & "
         "Stenographers Health Trust, PO Box 5520, Gavelford, PA 15233."),
    ], n=2, size=8.8)
    p.signature(["Claims Review", TRUST], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=TRUST, plan_id=OC, group=grp, member_id=mt, member_name=mem,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=EYE,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [od, "Yusra Melendez"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_laser_line_remarks_2_3_letter_codes", "born_digital", [born_eob(rng)]),
             Item(F + "faxstd_per_diem_days_short_coverage_ended", "fax_standard_g4", [faxstd_per_diem(rng)])]
    cover, docs = stack_carpal(rng)
    items.append(Item(F + "faxstd_stack_typed_cover_carpal_no_precert_then_paid_eob_upside_down", "fax_standard_g4",
                      docs, separators=[cover, None], turns={(1, 0): 180}))
    items += [Item(F + "lowres_es_cuello_compensacion_laboral_primero", "scan_lowres_150", [lowres_es_comp(rng)]),
              Item(F + "faxfine_pt_bill_workstation_visit_in_message", "fax_fine_g4", [faxfine_pt_bill(rng)]),
              Item(F + "rotated_cervical_mri_not_necessary_decision_of_the_8th", "rotated", [rotated_mri(rng)]),
              Item(F + "scanclean_eye_exam_outside_vision_network", "scan_clean_300", [scanclean_vision(rng)])]
    return items
