"""An invented health plan for stunt performers, aerial performers and stage riggers: the Gantryline Stunt & Rigging
Crafts Health Plan (letterhead: the short brand "GANTRYLINE" beside a drawn truss mark, the line "Stunt & Rigging
Crafts Health Plan - for stunt performers, aerialists and stage riggers" under it; sponsored by the Board of Trustees
of the Gantryline Stunt and Rigging Crafts Health and Welfare Trust, named in footers; claims administered by the
invented Cablewright Benefit Services, Inc., whose own letterhead ("CABLEWRIGHT" with "Benefit Services, Inc. -
claims administrator for the Gantryline Stunt & Rigging Crafts Health Plan") carries the provider remittance and
whose staff sign the plan's letters). Invented rules: a benefit quarter is earned with 45 production days (work,
rehearsal, rigging-call and travel days on a signatory production, as reported by the employer) in the qualifying
quarter two quarters before it; an injury at work on a production is paid by the production's workers' compensation
insurer first; MRI, CT and PET scans, planned surgery and admissions to inpatient rehabilitation need precertification
by the plan's Medical Review Unit; claims must reach the plan within 90 days of the date of service; hyperbaric oxygen
is covered only for the conditions on the plan's list; members appeal within 180 days, providers within 90 days of a
remittance; a second-level appeal to the Trustees within 60 days of a first-level decision. Benefit plans STP-1
(stunt and aerial performers) and RIG-2 (riggers); group SR-7104 on every card; member numbers "GX" + seven digits
with "-00" for the member and "-01", "-02" for dependants. Every production, signatory employer, theatre, insurer,
hospital, clinic, person, number, amount and address is invented; real towns with invented streets; phones 555;
CPT/HCPCS/ICD-10 codes as themselves.

Documents (8 in 7 files):
- bd_eob_shoulder_mri_no_precert_pc7: a born-digital two-page member statement: a dark band of identifiers, a
  summary table of four claims on page 1 and their lines on page 2 (the table broken across the pages); the shoulder
  MRI at an imaging center pays nothing under PC7 (no precertification), told only in the code list; the ordering
  doctor and the reading radiologist both printed.
- faxstd_remittance_late_claim_t6: a standard-fax provider remittance on the administrator's letterhead in a
  monospace listing; each claim opens with the control number, the patient and the member number, then the
  "practice - doctor" rendering line; one claim refused under T6 (received more than 90 days after the date of
  service), another carrying a production workers' compensation carrier's claim number as a note.
- lowres_es_daughter_er_production_days_short: a 150 dpi Spanish letter: the daughter's emergency visit refused
  because her father had 38 of 45 production days in the qualifying quarter (productions, call-sheet and
  production numbers as decoys).
- faxstd_precert_rehab_hospital_after_pelvic_fracture: a standard-fax precertification notice, reverse-printed ID
  band; inpatient rehabilitation not approved, a skilled nursing stay approved instead; appeal by a printed date.
- photocopy_appeal_hyperbaric_post_concussion_upheld: a photocopied two-page appeal decision (running header, three
  columns of prose) keeping the refusal of 40 hyperbaric oxygen sessions as investigational.
- scan_acl_reconstruction_approved: a clean-scan approval of knee surgery with values in ruled boxes, captions at
  their left and under them (denies nothing).
- faxfine_stack_load_in_wrist_fracture_comp_first_then_statement: a fine-fax stack: a cover sheet, the plan's letter
  refusing a rigger's wrist surgery after a fall from a truss during a load-in (workers' compensation first; the
  carrier's claim number, the state board number and the production's accident report as decoys) and the hand
  center's statement fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampb import (EPSheet, digits, dmy_dots, es_date, es_money, first_last, iso, last_comma, last_first,
                               long, m2, mon_d_yy, n2, npi, out, people, phone, phone_dash, plus, slash, surname, tin,
                               tollfree, truth, wday_long, workday, yy)

FAMILY = ("gantryline_stunt_and_rigging_crafts_health_plan_production_days_eligibility_mri_precert_late_claim_rehab_"
          "level_hyperbaric_and_load_in_injury_refusals")
LANG = "en"
SEED = 355151
PLAN = "Gantryline Stunt & Rigging Crafts Health Plan"
TRUST = "Gantryline Stunt and Rigging Crafts Health and Welfare Trust"
TPA = "Cablewright Benefit Services, Inc."
ALT = [PLAN, "Gantryline", "Gantryline Health Plan", TRUST, "Gantryline Stunt and Rigging Crafts Health Plan"]
TPA_ALT = [TPA, "Cablewright", "Cablewright Benefit Services"] + ALT
TAG = "Stunt & Rigging Crafts Health Plan  \u2013  for stunt performers, aerialists and stage riggers"
OFFICE = "Member Services, 2900 W. Olive Avenue, Suite 640, Burbank, CA 91505"
FOOT = f"Plan sponsor: Board of Trustees, {TRUST}  \u00b7  Claims administrator: {TPA}"
STP, RIG, GROUP = "STP-1", "RIG-2", "SR-7104"
USED: set = set()
TOWNS = [("Burbank", "CA", "91504"), ("North Hollywood", "CA", "91601"), ("Santa Clarita", "CA", "91350"),
         ("Fayetteville", "GA", "30214"), ("Atlanta", "GA", "30318"), ("Henderson", "NV", "89014"),
         ("Las Vegas", "NV", "89139"), ("Valencia", "CA", "91355")]
STREETS = ["Harness Loop", "Deadfall Ct", "Catwalk Ave", "Pin Rail Rd", "Sandbag Ln", "Fly Tower Dr", "Spotline St",
           "Chain Motor Way"]


def gx(rng) -> str:
    return f"GX{digits(rng, 7)}"


def sfx(base: str, n: int) -> str:
    return f"{base}-{n:02d}"


def spaced(mid: str) -> str:
    """GX 4417203-01 (the prefix apart, as on the card)"""
    return f"{mid[:2]} {mid[2:]}"


def clm_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}-{digits(rng, 6)}"


def addr(rng, name: str) -> list[str]:
    t, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(20, 9880)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def plan_head(p: EPSheet, rng, box: str | None = None, tag_over: bool = False):
    p.brand_head("GANTRYLINE", TAG, [OFFICE, f"Members {tollfree(rng, '866')}  \u00b7  Fax {phone(rng, '818')}",
                                     "Medical Review Unit " + phone(rng, '818')],
                 tag_over=tag_over, mark="truss", size=21, spacing=2.2, box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    """A member statement: four claims, the shoulder MRI paying nothing under PC7 (no precertification)."""
    mem = people(rng, 1, "sr", sexes="F", used=USED)[0]
    uc_md, ortho, rad, pt, sig = people(rng, 5, "dr", sexes="MFMFM", used=USED)
    base = gx(rng)
    sd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    d1 = workday(dt.date(2026, 2, rng.randint(16, 19)))
    d2 = plus(d1, 6)
    d3 = plus(d2, 5)
    d4, d5 = workday(plus(d3, 9)), workday(plus(d3, 13))
    cl = [clm_no(rng, plus(d, 8)) for d in (d1, d2, d3, d4)]
    imaging = "Limelight Imaging Center"
    claims = [  # (claim, provider line, [(date, code, desc, billed, allowed, plan paid, you owe, code)])
        (cl[0], f"Olive Avenue Urgent Care - {uc_md}, MD",
         [(d1, "99204", "Urgent care visit, new", 268.00, 176.40, 141.40, 35.00, "CP1"),
          (d1, "73030", "X-ray shoulder, 2 views", 118.00, 61.25, 61.25, 0.00, "PD")]),
        (cl[1], f"Backlot Orthopaedic Group - {ortho}, MD",
         [(d2, "99204", "Office visit, new", 342.00, 214.60, 179.60, 35.00, "CP1")]),
        (cl[2], f"{imaging} - {rad}, MD (reading radiologist)",
         [(d3, "73221", "MRI shoulder without contrast", 2140.00, 0.00, 0.00, 0.00, "PC7"),
          (d3, "73221-26", "MRI reading (professional)", 286.00, 0.00, 0.00, 0.00, "PC7")]),
        (cl[3], f"Soundstage Physical Therapy - {pt}, DPT",
         [(d4, "97161", "Therapy evaluation", 210.00, 128.00, 98.00, 30.00, "CP1"),
          (d5, "97110", "Therapeutic exercise x2", 164.00, 96.40, 66.40, 30.00, "CP1")]),
    ]
    tb = sum(x[3] for c in claims for x in c[2])
    tp = sum(x[5] for c in claims for x in c[2])
    to = sum(x[6] for c in claims for x in c[2])
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=FOOT, run_hdr=f"{last_first(mem)}  \u00b7  {sfx(base, 0)}  "
                                                                   f"\u00b7  statement {slash(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    plan_head(p, rng, box="MEMBER STATEMENT OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.band([("Member ID", spaced(sfx(base, 0)), 1.2), ("Statement date", long(sd), 1.3), ("Benefit plan", STP, 0.8),
            ("Group", GROUP, 0.8), ("Benefit quarter", "Apr-Jun 2026", 1.1)], style="dark", size=9.2, cap=5.8)
    y0 = p.get_y()
    for ln in addr(rng, mem):
        p.line(ln, 9.8)
    y1 = p.get_y()
    yb = p.side_boxes_left([("Billed", f"${tb:,.2f}"), ("Plan paid", f"${tp:,.2f}"), ("Your share", f"${to:,.2f}"),
                            ("Production days", "61 (Oct-Dec 2025)")], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30,
                           size=9.0, h=6.0, gap=1.0)
    p.set_y(max(y1, yb) + 3)
    p.f(10, "B")
    p.cell(0, 5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {first_last(mem)}, this statement covers claims the Plan finished between {slash(plus(sd, -30))} "
           f"and {slash(sd)}. A code in the last column tells you how each line was handled; the codes are "
           "explained at the end of this statement. Amounts without a dollar sign are dollars too.", 9.0)
    rows = []
    for k, (c, prov, lines) in enumerate(claims):
        if k == 3:
            rows.append(("break",))
        rows.append(("claim", [c, prov, "", "", "", "", "", ""]))
        for d, code, desc, b, al, pp, yo, rc in lines:
            rows.append([f"  {slash(d)}", f"  {code}  {desc}", n2(b), n2(al), n2(pp), n2(yo), rc, ""])
        rows.append(["", "  claim total", n2(sum(x[3] for x in lines)), "", n2(sum(x[5] for x in lines)),
                     n2(sum(x[6] for x in lines)), "", ""])
        rows.append(("gap",))
    rows.append(("total", ["", "Totals, four claims", n2(tb), "", n2(tp), n2(to), "", ""]))
    widths = [24, 74, 18, 18, 18, 18, 12]
    widths.append(W - sum(widths))
    p.ctl_table(["CLAIM / DATE", "PROVIDER / SERVICE", "BILLED", "PLAN RATE", "PLAN PAID", "YOU OWE", "CODE", ""],
                widths, ["L", "L", "R", "R", "R", "R", "L", "L"], rows, size=7.8, row_h=4.6,
                cont="MEMBER STATEMENT OF BENEFITS (continued)  \u00b7  page {n}", claim_shade=225)
    p.para(f"The MRI was ordered by {ortho}, MD. Deductible for 2026: $250.00, met. Out-of-pocket limit: "
           "$3,500.00; you have paid $205.00.", 8.4)
    p.glossary("What the codes mean", [
        ("PD", "Paid at the plan rate. You owe nothing for this line."),
        ("CP1", "Paid at the plan rate less your office, urgent care or therapy copay (YOU OWE)."),
        ("PC7", "MRI, CT and PET scans, planned surgery and rehabilitation stays need precertification by the "
                "Medical Review Unit before the service. None was on file for this date. The provider may not bill "
                "you for this line if it is an in-network provider."),
        ("WC2", "Injury at work on a production: bill the production's workers' compensation insurer first."),
        ("EL4", "Not enough production days reported for this benefit quarter."),
        ("LT9", "Received more than 90 days after the date of service.")], size=7.8, cols=2)
    p.heading("Your right to appeal", 10)
    p.para("If you disagree with how a claim was handled you may appeal within 180 days of the date of this "
           f"statement. Write to the Appeals Unit, {OFFICE}, with the claim number. An urgent appeal about care you "
           "have not yet had is decided within 72 hours. After the Plan's appeals you may have the right to bring a "
           "civil action under section 502(a) of ERISA.", 8.6)
    p.f(8.6)
    p.cell(0, 4.6, f"{sig}, Claims Examiner", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"{TPA}, for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    den = claims[2]
    total = sum(x[3] for x in den[2])
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=STP, group=GROUP, member_id=sfx(base, 0),
              member_name=mem, cases=[den[0]], claim_amount=m2(total), service_dates=[iso(d3)], denial_date=iso(sd),
              provider=imaging, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALT, "provider": [rad, f"{imaging} - {rad}", ortho]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    """The administrator's provider remittance (monospace): one claim refused under T6, received too late."""
    d_a, d_b, d_c, sig = people(rng, 4, "dr", sexes="MFMF", used=USED)
    pats = people(rng, 5, "sr", sexes="MFMFM", used=USED)
    payee = "Proscenium Orthopaedics & Sports Medicine, PLLC"
    short = "PROSCENIUM ORTHO"
    rd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    ids = [gx(rng) for _ in pats]
    plans = [STP, RIG, STP, RIG, STP]
    # (patient index, rendering, received offset, lines[(dos, proc, units, billed, allowed, ded, coins, paid, rc)])
    spec = [
        (0, d_a, -12, [(plus(rd, -34), "99214", 1, 248.00, 162.30, 0.00, 32.46, 129.84, "A1"),
                       (plus(rd, -34), "20610", 1, 310.00, 138.75, 0.00, 27.75, 111.00, "A1")]),
        (1, d_b, -10, [(plus(rd, -30), "99213", 1, 176.00, 112.90, 0.00, 22.58, 90.32, "A1")]),
        (2, d_a, -8, [(dt.date(2026, 1, rng.randint(12, 16)), "29881", 1, 4860.00, 0.00, 0.00, 0.00, 0.00, "T6"),
                      (dt.date(2026, 1, rng.randint(12, 16)), "29877", 1, 1720.00, 0.00, 0.00, 0.00, 0.00, "T6")]),
        (3, d_c, -9, [(plus(rd, -27), "99203", 1, 232.00, 148.10, 148.10, 0.00, 0.00, "D2"),
                      (plus(rd, -27), "73610", 1, 126.00, 58.40, 0.00, 11.68, 46.72, "A1")]),
        (4, d_b, -6, [(plus(rd, -21), "99213", 1, 176.00, 112.90, 0.00, 22.58, 90.32, "A1"),
                      (plus(rd, -21), "97110", 2, 130.00, 74.80, 0.00, 14.96, 59.84, "A1")]),
    ]
    # the late claim: both lines the same day
    late_dos = spec[2][3][0][0]
    spec[2] = (2, d_a, -8, [(late_dos,) + x[1:] for x in spec[2][3]])
    claims = []
    for pi, rend, rcv, lines in spec:
        recv = plus(rd, rcv)
        if pi == 2:
            recv = plus(late_dos, 104)
        claims.append(dict(name=pats[pi], id=sfx(ids[pi], 0), plan=plans[pi], rend=rend, lines=lines, recv=recv,
                           ctl=f"CW{recv:%y%m%d}{digits(rng, 5)}", acct=f"{digits(rng, 6)}"))
    den = claims[2]
    wc_note = [f"COB NOTE  BATTEN MUTUAL COMP CLM BM-26-{digits(rng, 6)} DENIED 03/2026,",
               "NOT WORK-RELATED; PLAN PAYS AS PRIMARY"]
    rows = []
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 3:
            rows.append(("page",))
        rows.append(("b", f"{c['ctl']:<15} {last_first(c['name']):<24} {c['id']:<12} {c['plan']:<6} "
                          f"RCVD {yy(c['recv'])}  ACCT {c['acct']}"))
        rows.append(f"{'':<15} RENDERING: {short} - {c['rend'].upper()} MD")
        for d, proc, u, b, al, ded, co, pd, rc in c["lines"]:
            rows.append(f"{'':<15} {yy(d)} {proc:<6}{u:>2} {b:>9.2f} {al:>9.2f} {ded:>8.2f} {co:>8.2f} "
                        f"{pd:>9.2f}  {rc}")
            tb += b
            tp += pd
        if k == 1:
            rows.append(f"{'':<15} {wc_note[0]}")
            rows.append(f"{'':<15} {wc_note[1]}")
        cb = sum(x[3] for x in c["lines"])
        cp = sum(x[7] for x in c["lines"])
        rows.append(f"{'':<15} {'CLAIM TOTAL':<17}{cb:>10.2f}{'':<29}{cp:>9.2f}")
        rows.append(("gap",))
    rows.append(("rule",))
    rows.append(("b", f"{'TOTALS  5 CLAIMS':<34}{tb:>9.2f}{'':<29}{tp:>9.2f}"))
    fax_top = (f"{slash(plus(rd, 1))} 07:{rng.randint(10, 59)}  CABLEWRIGHT BEN SVCS  {phone(rng, '818')}  "
               "TO: PROSCENIUM BILLING  PG {n}")
    p = EPSheet(footer="PAGE {n} OF {nb}", fax_hdr=fax_top,
                ids_foot=f"{TPA} is the claims administrator of the {PLAN}. It does not insure the Plan's benefits.")
    p.set_margins(13, 14, 13)
    p.add_page()
    p.brand_head("CABLEWRIGHT", f"Benefit Services, Inc.  \u2013  claims administrator for the {PLAN}",
                 ["Provider Services " + tollfree(rng, "877"), "P.O. Box 4410, Burbank, CA 91503",
                  "Payer ID 60417"], mark="star", size=19, spacing=1.6, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.2, "B")
    p.cell(W * 0.56, 4.6, payee, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in ["Attn: Insurance Follow-up", f"{rng.randint(1000, 9000)} Riverside Drive, Suite 200",
               "Burbank, CA 91506"]:
        p.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    y2 = p.pipe_ids([(slash(rd), "remittance date"), (f"CWP{digits(rng, 6)}", "payee id"), (npi(rng), "group NPI"),
                     (tin(rng), "TIN"), (f"EFT {digits(rng, 9)}", "trace"), (f"${tp:,.2f}", "paid this remittance")],
                    p.l_margin + W * 0.58, y0, W * 0.42, size=8.6)
    p.set_y(max(y1, y2) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.5, "Each claim starts with our control number, the patient, the member number and the "
                 "benefit plan; RCVD is the date we received the claim. Remark codes (RC) are explained on the last "
                 "page. DED = deductible, COINS = coinsurance; both are the patient's to pay.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    head = [f"{'CONTROL NO.':<15} {'PATIENT':<24} {'MEMBER NO.':<12} {'PLAN':<6} RECEIVED / PATIENT ACCT",
            f"{'':<15} {'DOS':<8} {'PROC':<6}{'UN':>2} {'BILLED':>9} {'ALLOWED':>9} {'DED':>8} {'COINS':>8} "
            f"{'PAID':>9}  RC"]
    p.runon(head, rows, size=7.3, foot_room=26)
    p.glossary("REMARK CODES", [("A1", "Paid at the Plan's allowed amount less the patient's coinsurance (20%)."),
                    ("D2", "Applied to the patient's 2026 deductible of $250.00."),
                    ("T6", "Claim received more than 90 days after the date of service. The Plan's limit for "
                           "filing is 90 days. The patient may not be billed for these charges."),
                    ("P7", "Precertification required and not on file."),
                    ("W2", "Injury at work on a production: bill the workers' compensation insurer first."),
                    ("E4", "No coverage for the benefit quarter (production days).")], size=7.4, cols=2)
    p.f(7.8)
    p.multi_cell(W, 3.7, "Provider review: you may ask for a review of any claim on this remittance within 90 days of "
                 "the remittance date. Send proof of timely filing (a clearinghouse acceptance report or the "
                 "Plan's earlier letter) if you believe a claim was received on time. Example: a claim for a date "
                 "of service of 01/02/2026 must be received by 04/02/2026.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.f(7.8)
    p.cell(0, 4, f"Provider Services, {TPA}  \u00b7  {sig}", new_x="LMARGIN", new_y="NEXT")
    total = sum(x[3] for x in den["lines"])
    t = truth("eob", "timely_filing", insurer=TPA, plan_id=den["plan"], member_id=den["id"], member_name=den["name"],
              cases=[den["ctl"]], claim_amount=m2(total), service_dates=[iso(late_dos)], denial_date=iso(rd),
              provider=den["rend"], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [payee, "Proscenium Orthopaedics & Sports Medicine"],
                          "plan_id": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_eligibility(rng):
    """A Spanish letter: the daughter's ER visit refused, 38 of 45 production days in the qualifying quarter."""
    dad = people(rng, 1, "es", sexes="M", used=USED)[0]
    girl = people(rng, 1, "es", sexes="F", last=surname(dad), used=USED)[0]
    er_md, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    base = gx(rng)
    sv = dt.date(2026, 4, rng.randint(6, 10))
    ld = workday(plus(sv, rng.randint(30, 35)))
    clm = clm_no(rng, plus(sv, 9))
    hosp = "Verdugo Ridge Medical Center"
    lines = [("99283", "Visita a sala de emergencias", 986.00), ("87804", "Prueba rápida de influenza", 64.00),
             ("J2405", "Ondansetrón, inyección", 41.50)]
    total = sum(x[2] for x in lines)
    prods = [("\u201cCanyon Run\u201d (serie)", "Tallwater Pictures, LLC", f"PR-{digits(rng, 5)}", 14),
             ("\u201cThe Ninth Rope\u201d (gira)", "Hempline Touring Productions, LLC", f"PR-{digits(rng, 5)}", 17),
             ("Gala de premios, montaje", "Marquee Lift Rigging Co.", f"PR-{digits(rng, 5)}", 7)]
    assert sum(x[3] for x in prods) == 38
    p = EPSheet(footer="Página {n} de {nb}", ids_foot=FOOT.replace("Plan sponsor:", "Patrocinador del plan:")
                .replace("Claims administrator:", "Administrador de reclamos:"))
    p.set_margins(19, 15, 19)
    p.add_page()
    plan_head(p, rng, tag_over=True)
    W = p.w - p.l_margin - p.r_margin
    p.band([("Número de miembro", sfx(base, 2), 1.1), ("Número de reclamo", clm, 1.1),
            ("Fecha de esta carta", es_date(ld), 1.3)], style="tint", size=9.0, cap=5.8)
    for ln in addr(rng, f"Sr. {dad}"):
        p.line(ln, 10)
    p.ln(3)
    p.subject_line(f"La visita de su hija {girl} a la sala de emergencias")
    p.para(f"Estimado Sr. {surname(dad)}:", 10)
    p.para(f"{hosp} nos mandó un reclamo por {es_money(total)} por la visita de su hija a la sala de emergencias el "
           f"{es_date(sv)}; la atendió la Dra. {er_md}. **El Plan no puede pagar este reclamo**, porque usted no "
           "tiene cobertura para el trimestre de abril a junio de 2026.", 9.6)
    p.para("Para tener cobertura en un trimestre, su empleador debe reportar 45 días de producción a su nombre en el "
           "trimestre de calificación, que es dos trimestres antes. Para abril a junio de 2026, el trimestre de "
           "calificación es octubre a diciembre de 2025. Cuentan los días de trabajo, ensayo, montaje y viaje en "
           "producciones de empleadores que firmaron el convenio. Recibimos estos reportes:", 9.4)
    p.table(["Producción", "Empleador", "N.º de producción", "Días"],
            [[a, b, c, str(d)] for a, b, c, d in prods] + [["", "", "Total de días", "38"]],
            [50, 62, 36, W - 148], size=8.4, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.2)
    p.para("Le faltaron 7 días. Si trabajó otros días que no aparecen aquí, pídale a su empleador que nos mande el "
           "reporte de días, o mándenos usted sus talones de pago o la hoja de llamado (call sheet) de esos días.", 9.2)
    p.heading("Si no está de acuerdo", 10.2)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a la Unidad de Apelaciones, "
           f"{OFFICE}. También puede pagar la cobertura por su cuenta para este trimestre (cobertura de "
           "autopago); llame a Servicios para Miembros.", 9.2)
    p.f(9.2)
    p.ln(1)
    p.cell(0, 4.6, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"Unidad de Elegibilidad, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"por cuenta del {PLAN}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=sfx(base, 2), member_name=girl, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ALT, "provider": [er_md], "member_id": [sfx(base, 0)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_precert(rng):
    """A precertification notice: inpatient rehabilitation not approved, skilled nursing approved instead."""
    mem = people(rng, 1, "sr", sexes="M", used=USED)[0]
    surg, rev, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    base = gx(rng)
    fall = dt.date(2026, 3, rng.randint(2, 6))
    rec = plus(fall, rng.randint(5, 7))
    nd = plus(rec, 2)
    adm = plus(nd, 2)
    by = plus(nd, 180)
    req = f"MR-{digits(rng, 7)}"
    hosp = "Saint Genesius Medical Center"
    irf = "Footlights Rehabilitation Hospital"
    snf = "Chandler Grove Post-Acute"
    fax_top = (f"{mon_d_yy(nd)} 16:{rng.randint(10, 59)}  GANTRYLINE MED REVIEW  {phone_dash(rng, '818')}  "
               f"TO: SGMC CASE MGMT  {{n}}/2")
    p = EPSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, ids_foot=FOOT)
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.rev_bar("PRECERTIFICATION DECISION", right="Medical Review Unit  \u00b7  standard review", size=11)
    p.band([("Member ID", sfx(base, 0), 1.1), ("Request no.", req, 1.0), ("Date of notice", slash(nd), 1.0),
            ("Plan / group", f"{RIG} / {GROUP}", 1.1)], style="dark", beside=False, size=9.4, cap=5.8)
    y0 = p.get_y()
    for ln in addr(rng, mem):
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.side_boxes_left([("Requested by", f"{surg}, MD"), ("Facility asked for", irf), ("Planned admission",
                                                                                           slash(adm)),
                            ("Request received", slash(rec))], p.l_margin + W * 0.44, y0, W * 0.56, cap_w=28,
                           size=8.6, h=5.8, gap=0.9)
    p.set_y(max(y1, y2) + 4)
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"Your surgeon, {surg}, MD, of {hosp}, asked us to approve a stay at {irf}, an inpatient rehabilitation "
           f"hospital, starting {long(adm)}, after the repair of your broken pelvis. You fell from a ladder while "
           f"trimming a tree at home on {slash(fall)}.", 9.6)
    p.decision_boxes("DECISION", [(False, f"Approved as asked: inpatient rehabilitation at {irf}."),
                                  (True, "Not approved: inpatient rehabilitation. Approved instead: a skilled "
                                         f"nursing facility stay of up to 14 days from {slash(adm)} ({snf})."),
                                  (False, "More information needed.")], size=8.8)
    p.para("Why: an inpatient rehabilitation hospital is for people who need, and can take part in, at least three "
           "hours of therapy a day, five days a week, with a doctor seeing them every day. Your notes say you can "
           "stand and walk 15 feet with a walker, may not put weight on the left leg for six weeks, and can do "
           "about one hour of therapy at a time. A skilled nursing facility can give you the nursing and daily "
           "therapy you need now, at a lower level of care. When you can do more, your doctor can ask again.", 9.2)
    p.para(f"The decision was made by {rev}, MD, a physical medicine and rehabilitation doctor. The criteria we used "
           "are free on request.", 9.0)
    p.add_page()
    p.heading("Your right to appeal", 10.4)
    p.para(f"If you disagree, you or your doctor may appeal. Your appeal must reach us by {long(by)}. Send it to the "
           f"Appeals Unit, {OFFICE}, or fax it to the number at the top of page 1. If waiting could seriously harm "
           "your health, ask for an urgent appeal by phone; we decide urgent appeals within 72 hours.", 9.2)
    p.para("You may ask for copies of everything we used to decide, free of charge. After the Plan's appeals you may "
           "ask for an external review by an independent review organization within four months of the final "
           "decision.", 9.0)
    p.ln(2)
    p.two_sigs([sig, "Nurse Reviewer, Medical Review Unit", TPA, f"for the {PLAN}"],
               [rev, "Physician Reviewer", "Physical Medicine & Rehabilitation"], size=8.8)
    p.f(8.2)
    p.cell(0, 4.4, f"cc: {hosp} - {surg}, MD (requesting surgeon)", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.4, f"     {irf}, admissions;  {snf}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=RIG, group=GROUP, member_id=sfx(base, 0),
              member_name=mem, cases=[req], claim_amount=None, service_dates=[iso(adm)], denial_date=iso(nd),
              provider=surg, appeal_deadline=iso(by),
              alternates={"insurer": ALT, "provider": [irf, f"{hosp} - {surg}"], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    """A first-level appeal decision keeping the refusal of hyperbaric oxygen for post-concussion syndrome."""
    mem = people(rng, 1, "sr", sexes="F", used=USED)[0]
    hbo_md, neuro, rev, chair = people(rng, 4, "dr", sexes="MFMF", used=USED)
    base = gx(rng)
    req_d = workday(dt.date(2026, 3, rng.randint(9, 13)))
    first = plus(req_d, 4)
    start = workday(plus(req_d, rng.randint(12, 16)))
    end = plus(start, 55)
    req = f"MR-{digits(rng, 7)}"
    ap = f"AP26-{digits(rng, 5)}"
    recv = workday(plus(first, rng.randint(12, 16)))
    ad = workday(plus(recv, rng.randint(18, 24)))
    center = "Blue Hollow Wound & Hyperbaric Center"
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"Appeal {ap}  \u00b7  {last_comma(mem)}  \u00b7  "
                                                    f"{sfx(base, 0)}  \u00b7  decision of {dmy_dots(ad)}",
                ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="APPEAL DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(ad), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in addr(rng, mem):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.caption_right([("appeal number", ap), ("precertification request", req), ("member ID", sfx(base, 0)),
                          ("benefit plan / group", f"{STP} / {GROUP}")], p.l_margin + W * 0.5, y0, W * 0.5, size=9)
    p.set_y(max(y1, y2) + 4)
    p.subject_line("Decision on your appeal: hyperbaric oxygen therapy")
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"We received your appeal on {long(recv)}. You asked us to approve 40 sessions of hyperbaric oxygen "
           f"therapy at {center} with {hbo_md}, MD, from {long(start)} through {long(end)}, for headaches, "
           "dizziness and trouble concentrating that began after a concussion from a fall while rock climbing on a "
           f"day off. Our letter of {long(first)} said the Plan would not approve it.", 9.6)
    p.para("**We have decided to keep that decision.** The Plan will not pay for hyperbaric oxygen therapy for "
           "post-concussion syndrome.", 9.8)
    p.cols([[("What we reviewed", f"Your letter; the letter and notes from {hbo_md}, MD; the notes of your "
                                  f"neurologist, {neuro}, MD; your brain MRI and the vestibular therapy notes; the "
                                  "Plan's list of conditions for which hyperbaric oxygen is covered.")],
            [("What we found", "Hyperbaric oxygen is covered for conditions such as decompression sickness, carbon "
                               "monoxide poisoning and some wounds that do not heal. Post-concussion syndrome is "
                               "not on the list. Studies of hyperbaric oxygen for lasting concussion symptoms have "
                               "not shown that it works better than a sham treatment.")],
            [("Why this is the answer", "The Plan does not pay for treatment that is investigational or "
                                        "experimental for the condition being treated. The reviewer, a neurologist, "
                                        "found that hyperbaric oxygen for post-concussion syndrome is investigational. "
                                        "Your vestibular therapy and the headache clinic visits remain covered.")]],
           size=8.4)
    p.add_page()
    p.heading("What you can do next", 10.6)
    p.para("You may ask the Board of Trustees for a second-level appeal within 60 days of the date of this letter. "
           f"Write to the Board of Trustees, c/o {TPA}, {OFFICE}. Send any new studies or letters you want the "
           "Trustees to read.", 9.4)
    p.para("After the Trustees decide, you may ask for an external review by an independent review organization "
           "within four months, and you may bring a civil action under section 502(a) of ERISA. You may ask for "
           "free copies of all documents and criteria used for this decision.", 9.2)
    p.para(f"The reviewing doctor was {rev}, MD, board certified in neurology, who was not involved in the first "
           f"decision (California license A{digits(rng, 5)}).", 9.0)
    p.ln(2)
    p.signers([chair, "Appeals Coordinator", TPA, f"for the {PLAN}"], [rev, "Physician Reviewer (Neurology)"],
              size=8.8)
    p.f(8.2)
    p.cell(0, 4.4, f"cc: {center} - {hbo_md}, MD", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=STP, group=GROUP, member_id=sfx(base, 0),
              member_name=mem, cases=[ap, req], claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"],
              denial_date=iso(ad), provider=hbo_md, appeal_deadline=iso(plus(ad, 60)),
              alternates={"insurer": ALT, "provider": [center], "case_numbers": [[ap]],
                          "service_dates": [[iso(start)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_approval(rng):
    """An approval of ACL reconstruction (denies nothing): ruled value boxes with captions at the left / under."""
    mem = people(rng, 1, "sr", sexes="M", used=USED)[0]
    surg, nurse = people(rng, 2, "dr", sexes="MF", used=USED)
    base = gx(rng)
    rec = workday(dt.date(2026, 5, rng.randint(4, 8)))
    nd = workday(plus(rec, 3))
    surgery = workday(plus(nd, rng.randint(12, 18)))
    until = plus(surgery, 60)
    auth = f"MR-{digits(rng, 7)}"
    asc = "Cuebright Surgery Center"
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="APPROVAL NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, mem):
        p.line(ln, 10)
    p.ln(3)
    p.boxed_values([(auth, "approval number", W * 0.26), (sfx(base, 0), "member ID", W * 0.26),
                    (STP, "benefit plan", W * 0.16), (GROUP, "group", W * 0.16), (slash(rec), "request received",
                                                                                  W * 0.16)], size=9.2)
    p.subject_line("Your knee surgery is approved")
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"Good news. The Medical Review Unit approved the surgery your doctor asked for. You hurt your right knee "
           "playing soccer on a weekend; the MRI shows a torn anterior cruciate ligament.", 9.8)
    y0 = p.get_y()
    yb = p.side_boxes_left([("Service", "ACL reconstruction, right knee (29888)"), ("Surgeon", f"{surg}, MD"),
                            ("Where", asc), ("Date of surgery", long(surgery)),
                            ("Approved through", slash(until)), ("Also approved", "Physical therapy, 24 visits")],
                           p.l_margin, y0, W, cap_w=34, size=9.0, h=6.4, gap=1.0)
    p.set_y(yb + 3)
    p.para("This approval is for the service, place and dates above. If the date of surgery moves past the "
           "approved-through date, your doctor must ask us again. Approval does not change your copay or "
           "deductible, and the Plan pays only while you are covered on the date of service.", 9.2)
    p.para("If the knee was hurt at work on a production, tell us: workers' compensation pays first and this approval "
           "does not apply. This notice is not a guarantee of payment.", 9.0)
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"{nurse}, RN", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Nurse Reviewer, Medical Review Unit, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4.4, f"cc: {asc} - {surg}, MD", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=PLAN, plan_id=STP, group=GROUP, member_id=sfx(base, 0), member_name=mem,
              cases=[auth], claim_amount=None, service_dates=[iso(surgery)], denial_date=iso(nd), provider=surg,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [asc], "service_dates": [[], [f"{iso(surgery)}/{iso(until)}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    """A cover, the plan's letter refusing wrist surgery after a load-in fall (comp first), the center's bill."""
    mem = people(rng, 1, "sr", sexes="M", used=USED)[0]
    hand_md, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    base = gx(rng)
    fall = dt.date(2026, 2, rng.randint(23, 26))
    s1 = plus(fall, 2)
    s2 = workday(plus(s1, 4))
    ld = workday(plus(s2, rng.randint(28, 33)))
    clm = clm_no(rng, plus(s2, 6))
    center = "Lyric Row Hand & Wrist Center"
    lines = [(s1, "99204", "New patient visit", 386.00), (s1, "73110", "X-ray wrist, 3 views", 164.00),
             (s2, "25609", "Open repair, distal radius fracture", 6240.00), (s2, "01830", "Anesthesia, wrist",
                                                                            1180.00)]
    total = sum(x[3] for x in lines)
    wc = dict(ins="Batten Mutual Compensation Company", claim=f"BM-26-{digits(rng, 6)}",
              board=f"GA SBWC {digits(rng, 7)}", report=f"AR-{digits(rng, 4)}")
    prod, emp, venue = "\u201cSkylark Revue\u201d national tour", "Hempline Touring Productions, LLC", \
        "Orpheline Theatre, Atlanta"
    fax_top = f"{slash(plus(ld, 9))} 11:{rng.randint(10, 59)}  {surname(mem).upper()} - HOME FAX  P.{{n}}"
    home = addr(rng, mem)
    # 1) the plan's letter
    p = EPSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, fax_off=1, ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, ld.strftime("%d-%b-%Y"), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in home:
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.kv_box([("Member ID", spaced(sfx(base, 0))), ("Claim", clm), ("Plan / group", f"{RIG} / {GROUP}"),
                   ("Date of injury", slash(fall))], p.l_margin + W * 0.52, y0, W * 0.48, cap_w=28, size=8.8, h=5.8)
    p.set_y(max(y1, y2) + 5)
    p.subject_line("Your wrist surgery: the production's workers' compensation pays first")
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"{center} sent us a claim for ${total:,.2f} for your care with {hand_md}, MD: a visit and X-rays on "
           f"{slash(s1)} and the repair of your broken wrist on {slash(s2)}. We are not paying this claim now.", 9.6)
    p.para(f"The center's notes say you fell from a truss during the load-in for the {prod} at the {venue}, on "
           f"{slash(fall)}. You were working for {emp} that day. When a member is hurt at work on a production, the "
           "production's workers' compensation insurance pays first. The Plan pays only if that insurance denies the "
           "claim for a reason other than missing paperwork.", 9.6)
    p.other_cov("What we know about the work injury", [("Employer", emp), ("Production", prod),
                                                       ("Comp insurer", wc["ins"]), ("Comp claim no.", wc["claim"]),
                                                       ("State board no.", wc["board"]),
                                                       ("Accident report", f"{wc['report']} (stage manager)")],
                size=8.2, cap_w=28, cols=2)
    p.table(["Date", "Code", "Service", "Billed"], [[slash(d), c, s, n2(a)] for d, c, s, a in lines]
            + [["", "", "Total", n2(total)]], [24, 18, W - 78, 36], size=8.6, aligns=["L", "L", "L", "R"],
            bold_last=True, row_h=5.0)
    p.para(f"What to do: give {center} the comp claim number above. If {wc['ins']} denies the claim, send us its "
           "letter and we will process the claim. You may appeal this decision within 180 days of the date of this "
           f"letter by writing to the Appeals Unit, {OFFICE}.", 9.2)
    p.f(9.2)
    p.cell(0, 4.6, f"{sig}, Claims Examiner", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"{TPA}, claims administrator for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("denial_letter", "other", insurer=PLAN, plan_id=RIG, group=GROUP, member_id=sfx(base, 0),
                        member_name=mem, cases=[clm], claim_amount=m2(total), service_dates=[iso(s1), iso(s2)],
                        denial_date=iso(ld), provider=center, appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": ALT, "provider": [hand_md, f"{center} - {hand_md}"]}))
    # 2) the center's statement (a bill; denies nothing)
    bill_d = workday(plus(ld, rng.randint(4, 7)))
    acct = f"LR{digits(rng, 7)}"
    q = EPSheet(footer=None)   # fed sideways: the fax line would not turn with it
    q.set_margins(16, 14, 16)
    q.add_page()
    q.two_line_head("LYRIC ROW", "HAND & WRIST CENTER", [f"{center} - {hand_md}, MD, and associates",
                                                          "1450 Peachtree Walk NE, Suite 9, Atlanta, GA 30309"],
                    [f"Billing questions {phone(rng, '404')}", "Mon-Fri 8:30-4:30"], kind="ring", text="LR", size=13,
                    box="PATIENT STATEMENT")
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    for ln in home:
        q.line(ln, 9.8)
    y1 = q.get_y()
    y2 = q.kv_box([("Statement date", long(bill_d)), ("Account no.", acct), ("Patient", mem),
                   ("Amount due", f"${total:,.2f}"), ("Please pay by", slash(plus(bill_d, 25)))],
                  q.l_margin + Wq * 0.5, y0, Wq * 0.5, cap_w=30, size=8.8, h=5.8)
    q.set_y(max(y1, y2) + 5)
    q.table(["Date", "Code", "Description", "Charges", "Insurance", "Balance"],
            [[slash(d), c, s, n2(a), "0.00", n2(a)] for d, c, s, a in lines]
            + [["", "", "Totals", n2(total), "0.00", n2(total)]],
            [22, 16, Wq - 110, 24, 24, 24], size=8.2, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True,
            row_h=5.2)
    q.pairs([("Insurance billed", f"Gantryline, ID {sfx(base, 0)}"),
             ("Insurance response", f"not paid {slash(ld)}: work injury, bill workers' comp"),
             ("What we need", "your workers' comp claim number and adjuster")], label_w=42, size=8.8)
    q.ln(2)
    q.para("Your health plan says this injury happened at work. Please call us with the workers' compensation "
           "information so we can bill the right insurer. If we do not hear from you, the balance is yours to pay. "
           "We accept cards, checks and payment plans.", 8.8)
    q.tear_slip("Return this part with your payment", [[("Account", acct), ("Amount due", f"${total:,.2f}")],
                                                       [("Patient", mem), ("Amount enclosed", "")]])
    d2 = (out(q), truth("other", None, insurer=None, member_id=sfx(base, 0), member_name=mem,
                        claim_amount=m2(total), service_dates=[iso(s1), iso(s2)], denial_date=iso(bill_d),
                        provider=center, unscored=["insurer"],
                        alternates={"member_id": [None], "provider": [hand_md], "service_dates": [[]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_eob_shoulder_mri_no_precert_pc7", "born_digital", [bd_eob(rng)]),
        Item(f"{f}_faxstd_remittance_late_claim_t6", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_lowres_es_daughter_er_production_days_short", "scan_lowres_150", [lowres_es_eligibility(rng)]),
        Item(f"{f}_faxstd_precert_rehab_hospital_after_pelvic_fracture", "fax_standard_g4", [faxstd_precert(rng)]),
        Item(f"{f}_photocopy_appeal_hyperbaric_post_concussion_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(f"{f}_scan_acl_reconstruction_approved", "scan_clean_300", [scan_approval(rng)]),
        Item(f"{f}_faxfine_stack_load_in_wrist_fracture_comp_first_then_statement", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
