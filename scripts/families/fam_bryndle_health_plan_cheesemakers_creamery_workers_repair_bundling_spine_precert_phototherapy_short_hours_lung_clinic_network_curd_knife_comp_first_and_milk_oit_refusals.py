"""An invented health plan for cheesemakers, affineurs (cheese-cave workers) and creamery, brine-room and cold-room
crews: the Bryndle Health Plan of the Dairy Process & Creamery Trades Health and Welfare Fund (Board of Trustees),
claims administered by Whitbrine Benefit Administrators, Inc. Its invented rules: members earn coverage with 100
reported hours in a work month, for the second month after it (January hours give March coverage); a lapsed month
can be bought back by a self-payment before it starts; plan CP1 is for creamery and plant crews, AF2 for caves and
affinage rooms; each employer plant has a group number PL-xxxx; care inside the Bryndle network only, except
emergencies and urgent care away from home; precertification for spine surgery, stays, MRI/CT and outpatient
surgery; light therapy for hand dermatitis only after four weeks of topical treatment and patch testing (policy
BH-MP-09); oral immunotherapy for food allergy experimental except an FDA-approved product (BH-MP-17); injuries at
work go to the plant's workers' compensation carrier first; NCCI bundling; member appeals within 180 days,
provider appeals within 90 days of a remittance. Plan, fund, administrator, towns, plants, clinics, people, numbers,
amounts and rules are invented; CPT/ICD-10/CARC codes are real; phones 555.

Documents (8 in 7 files):
- bd_remittance_simple_repair_bundled: a born-digital two-page remittance from the administrator to an urgent and
  occupational care clinic: six claims led by the claim number, patient, member number and "Plan/Plant CP1 /
  PL-0417"; one line (12002 billed with 12032 on the same wound) paid 0.00 under 97/B4, the codes explained only in
  a two-column key on page 2 that lists many unused codes.
- faxstd_spine_surgery_no_precert: a standard-fax two-page letter refusing a microdiscectomy done without
  precertification; fax line on each page, the surgeon's received stamp, "Claim no. - Letter ID" in one box, an
  approved MRI authorization as a decoy, rendering / facility / referring providers side by side.
- faxstd_stack_phototherapy_then_patch_test_approved: a standard-fax stack: cover sheet, a two-page refusal of 24
  narrow-band UVB sessions for brine-room hand dermatitis as not medically necessary (page 2 upside down), and the
  approval of patch testing the day before (denies nothing).
- lowres_es_horas_insuficientes: a 150 dpi Spanish letter refusing a daughter's urgent care visit in April because
  February hours were short (hours table, a lapsed self-payment offer).
- finefax_lung_clinic_out_of_network: a fine fax refusing an out-of-network lung clinic's evaluation of an affineur's
  mould-related breathing problem; referring and rendering providers side by side, a received stamp.
- photocopy_curd_knife_comp_first: a photocopied letter sending a curd-knife laceration at work to the plant's
  workers' compensation carrier first (carrier claim, OSHA log and incident numbers as decoys).
- phone_milk_oral_immunotherapy: a photographed one-page letter refusing cow's milk oral immunotherapy for a
  member's son as experimental.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqe import (EQSheet, abbr, caps, dd_mon, digits, es_date, first_last, iso, last_first, long,
                               m2, mon_caps, n2, nopad, npi, out, people, phone, phone_bare, plus, short_es, slash,
                               tin, tollfree, truth, usd, yy)

FAMILY = ("bryndle_health_plan_cheesemakers_creamery_workers_repair_bundling_spine_precert_phototherapy_short_hours_"
          "lung_clinic_network_curd_knife_comp_first_and_milk_oit_refusals")
LANG = "en"
SEED = 355164
PLAN = "Bryndle Health Plan"
FUND = "Dairy Process & Creamery Trades Health and Welfare Fund"
BOARD = f"Board of Trustees of the {FUND}"
TPA = "Whitbrine Benefit Administrators, Inc."
PLAN_ALT = ["Bryndle", FUND, BOARD]
ADDR = "PO Box 880, Curdwell, WI 53599"
TPA_ADDR = "2210 Rennet Mill Road, Tarnow Falls, WI 54499"
TAG = "for cheesemakers  \u00b7  affineurs  \u00b7  creamery, brine-room & cold-room crews"
USED: set = set()


def mno(rng) -> str:
    return f"BR{digits(rng, 7)}"


def claim(rng) -> str:
    return f"BC26{digits(rng, 7)}"


def review(rng) -> str:
    return f"UM-26-{digits(rng, 5)}"


def head(p: EQSheet, rng, box: str | None = None, es: bool = False):
    if es:
        right = [ADDR, f"Servicios al afiliado {tollfree(rng, '888')}", "TTY 711", "bryndle.example"]
        tag = "para queseros  \u00b7  afinadores  \u00b7  cuadrillas de cremería, salmuera y cámaras frías"
    else:
        right = [ADDR, f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '920')}", "bryndle.example"]
        tag = TAG
    p.stacked_brand("BH", "Bryndle", "Health Plan", tag, right, box=box)


def foot(form: str, es: bool = False) -> str:
    if es:
        return (f"Patrocinador del plan: {BOARD}. Administrado por {TPA}.  {form}")
    return f"Plan sponsor: {BOARD}. Claims administered by {TPA}.  {form}"


def addr(rng, name: str, town: tuple[str, str]) -> list[str]:
    streets = ["Whey Road", "Cheese Factory Rd", "Brown Swiss Ln", "Creamery St", "Silo Hill Dr", "Holstein Ct",
               "County Road QQ", "Rindhaven Ave"]
    return [name, f"{rng.randint(110, 9870)} {rng.choice(streets)}", f"{town[0]}, {town[1]}"]


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    """Remittance to a clinic: 12002 bundled into 12032 on one claim, everything else paid."""
    rd = dt.date(2026, 6, 12)
    clinic = "Kasehaven Urgent & Occupational Care, S.C."
    docs = people(rng, 3, "wi", sexes="FMF", used=USED)
    pts = people(rng, 6, "ch", sexes="MFMFMF", used=USED)
    payee = f"WB-P-{digits(rng, 6)}"
    eft = digits(rng, 10)
    lines_spec = [
        ("CP1", "PL-0417", "", [("99213", "", 1, 182.00, 118.40, 30.00, 88.40, "45, C2")], "L30.9"),
        ("CP1", "PL-0562", "-02", [("99392", "", 1, 236.00, 164.10, 0.00, 164.10, "45, A1"),
                                   ("90700", "", 1, 58.00, 41.20, 0.00, 41.20, "45, A1"),
                                   ("90460", "", 1, 34.00, 22.50, 0.00, 22.50, "45, A1")], "Z00.129"),
        ("AF2", "PL-0388", "", [("99214", "", 1, 264.00, 172.00, 30.00, 142.00, "45, C2"),
                                ("73130", "", 1, 148.00, 96.80, 0.00, 96.80, "45, A1")], "S63.501A"),
        ("CP1", "PL-0629", "", [("99203", "", 1, 228.00, 151.30, 30.00, 121.30, "45, C2"),
                                ("94010", "", 1, 96.00, 58.20, 0.00, 58.20, "45, A1")], "J67.8"),
        ("CP1", "PL-0417", "-01", [("99213", "25", 1, 184.00, 118.40, 30.00, 88.40, "45, C2"),
                                   ("12032", "", 1, 486.00, 312.00, 0.00, 312.00, "45, A1"),
                                   ("12002", "", 1, 238.00, 0.00, 0.00, 0.00, "97, B4"),
                                   ("90715", "", 1, 72.00, 48.60, 0.00, 48.60, "45, A1"),
                                   ("90471", "", 1, 38.00, 24.10, 0.00, 24.10, "45, A1")], "S61.412A"),
        ("AF2", "PL-0388", "", [("99212", "", 1, 128.00, 84.60, 30.00, 54.60, "45, C2")], "J30.89"),
    ]
    dos = [dt.date(2026, 5, 18), dt.date(2026, 5, 19), dt.date(2026, 5, 20), dt.date(2026, 5, 21),
           dt.date(2026, 5, 22), dt.date(2026, 5, 26)]
    claims, tot_paid, refused = [], 0.0, None
    for i, ((plan, grp, suf, lines, dx), pt, d) in enumerate(zip(lines_spec, pts, dos)):
        num = mno(rng)
        ccn = claim(rng)
        acct = f"KH{digits(rng, 6)}"
        doc = docs[i % 3]
        rows = [[slash(d), code + (f"-{mod}" if mod else ""), str(u), n2(b), n2(a), n2(c), n2(pd), cd]
                for code, mod, u, b, a, c, pd, cd in lines]
        tb = sum(x[3] for x in lines)
        tp = sum(x[6] for x in lines)
        tot_paid += tp
        claims.append({"lead": f"{ccn}   {last_first(pt)}   {num}{suf}   Plan/Plant {plan} / {grp}   Acct {acct}",
                       "sub": f"Rendering: Dr. {doc}  \u00b7  Billing: {clinic}  \u00b7  Dx {dx}",
                       "lines": rows,
                       "total": ["", "Claim total", "", n2(tb), n2(sum(x[4] for x in lines)),
                                 n2(sum(x[5] for x in lines)), n2(tp), ""]})
        if i == 4:
            refused = dict(pt=pt, num=num, suf=suf, ccn=ccn, plan=plan, grp=grp, total=tb, dos=d, doc=doc,
                           line=238.00)
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=f"{TPA} is the claims administrator for {PLAN}, the "
                                                    f"self-funded plan of the {FUND}.",
                run_hdr=f"Provider remittance  \u00b7  payee {payee}  \u00b7  {slash(rd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    p.monogram_head("WB", "Whitbrine Benefit", "Administrators, Inc.", f"claims administrator for {PLAN}",
                    [TPA_ADDR, f"Provider line {tollfree(rng, '866')}", f"Fax {phone(rng, '715')}"],
                    box="PROVIDER REMITTANCE ADVICE", ring=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block([clinic, "Attn: Patient accounts", "415 Curd Mill Street", "Tarnow Falls, WI 54498"], 9.4)
    yb = p.kv_box([("Remittance date", long(rd)), ("Payee ID / TIN", f"{payee} / {tin(rng)}"),
                   ("EFT trace", eft), ("Amount of this payment", usd(tot_paid)), ("Claims on this advice", "6")],
                  p.l_margin + W * 0.5, y0, W * 0.5, cap_w=38, size=8.4)
    p.set_y(max(p.get_y(), yb) + 5)
    p.f(8.2)
    p.multi_cell(0, 4, "Each claim opens with our claim number, the patient, the member number and the plan and "
                 "plant group. Adjustment codes are explained in the key at the end of this advice.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.remit_claims(["Service date", "Code-mod", "Units", "Billed", "Allowed", "Copay / ded.", "Paid", "Codes"],
                   [24, 22, 12, 22, 22, 22, 22, W - 146], ["L", "L", "C", "R", "R", "R", "R", "L"], claims,
                   size=7.2, row_h=4.1, foot_room=26)
    p.f(8.4, "B")
    p.cell(0, 5, f"Total paid on this advice: {n2(tot_paid)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.legend_flow("Adjustment and remark codes", [
        ("45", "Charge exceeds the plan's fee schedule; the difference is not billable to the patient."),
        ("A1", "Paid at the network fee schedule."),
        ("C2", "Office visit copayment taken from the allowed amount; collect it from the patient."),
        ("97", "The benefit for this service is included in the payment for another service on the same "
               "claim."),
        ("B4", "A simple repair (12001-12007) of the same wound is part of the intermediate or complex repair "
               "billed with it; not paid separately. The patient may not be billed."),
        ("W1", "Work-related injury: send the claim to the employer's workers' compensation carrier first."),
        ("P3", "No precertification on file for this service."),
        ("E2", "The patient had no coverage on this date (hours not met)."),
        ("N5", "Provider is not in the Bryndle network."),
        ("X4", "Experimental or investigational under plan medical policy."),
        ("T6", "Claim received more than 365 days after the date of service."),
        ("D1", "Duplicate of a claim already processed."),
        ("M2", "Not medically necessary under plan medical policy."),
    ], ncols=2, size=6.9, gap=3.0)
    p.para(f"Provider appeals: you may appeal an adjustment within 90 days of the date of this remittance. Send a "
           f"corrected claim or a written appeal with records to {TPA}, Provider Appeals, {TPA_ADDR}. "
           "Corrected claims must show frequency code 7 and our original claim number.", 7.8)
    r = refused
    t = truth("eob", "coding_error", insurer=TPA, plan_id=r["plan"], group=r["grp"], member_id=r["num"] + r["suf"],
              member_name=r["pt"], cases=[r["ccn"]], claim_amount=m2(r["total"]), service_dates=[iso(r["dos"])],
              denial_date=iso(rd), provider=f"Dr. {r['doc']}", appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ["Whitbrine", "Whitbrine Benefit Administrators", PLAN],
                          "member_id": [r["num"]], "claim_amount": [m2(r["line"])],
                          "provider": [clinic, r["doc"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_no_precert(rng):
    """Microdiscectomy done without the precertification spine surgery needs."""
    mem = people(rng, 1, "ch", sexes="M", used=USED)[0]
    surg, pcp, nurse = people(rng, 3, "wi", sexes="MFF", used=USED)
    num = mno(rng)
    grp = "PL-0562"
    plan = "AF2"
    sx = dt.date(2026, 5, 14)
    mri_ok = dt.date(2026, 3, 30)
    ld = dt.date(2026, 6, 16)
    fx = dt.date(2026, 6, 17)
    cno = claim(rng)
    lid = f"L-{ld:%y%m%d}-{digits(rng, 4)}"
    mri_auth = review(rng)
    group = "Prairie Spine Associates"
    fac = "Tarnow Falls Surgery Center"
    amt = 7940.00
    xm = (f"{mon_caps(fx)} 14:{rng.randint(10, 59)}  BRYNDLE HEALTH PLAN UM  {phone_bare(rng, '920')}"
          f"  P.{{n}}/{{t}}  JOB {digits(rng, 4)}")
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("BHP-CL-PA-3 (01/26)"), xmit=xm, xmit_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.rubber_stamp(["RECEIVED", "JUN 18 2026", "PRAIRIE SPINE BILLING"], p.l_margin + W * 0.6,
                   p.get_y() + 3, angle=-5, size=8.6)
    p.set_y(p.addr_block(addr(rng, mem.upper(), ("Oberli Corners", "WI 53588")), 9.8) + 9)
    p.cap_row([("Claim no. - Letter ID", f"{cno} - {lid}", 0.36), ("Plant / Member No.", f"{grp} / {num}", 0.3),
               ("Plan", plan, 0.1), ("Date of letter", long(ld), 0.24)], shade=True)
    p.ln(4)
    p.subject_line("Claim denied: spine surgery without precertification")
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We received a claim from {group} for your lower back surgery on {long(sx)}: a lumbar "
           "microdiscectomy at L4-L5 (CPT 63030) with the operating microscope (CPT 69990). The claim billed "
           f"{usd(amt)}. We cannot pay this claim.", 9.2)
    p.prov_cols([("Rendering (surgeon)", [f"Dr. {surg}", group, f"NPI {npi(rng)}"]),
                 ("Facility", [fac, "outpatient surgery", f"NPI {npi(rng)}"]),
                 ("Referring", [f"Dr. {pcp}", "Curdwell Family Medicine"])])
    p.heading("Why", 10)
    p.para("Your plan requires precertification before any spine surgery. The surgeon's office, or you, must ask "
           "us and receive our approval before the surgery date (Summary Plan Description, section 4.3, Care that "
           "needs approval first). We have no request for this surgery. The only approval on file for you is "
           "for an MRI, shown below; it does not approve surgery.", 9.2)
    p.other_cov("Approvals on file", [("Authorization no.", mri_auth),
                                      ("Service", "MRI lumbar spine without contrast (72148)"),
                                      ("Decision", f"approved {slash(mri_ok)}, one study")], cap_w=40, size=8.4)
    p.para(f"Because {group} is a Bryndle network provider, it agreed to ask for precertification and may not "
           "bill you for this surgery. If you receive a bill, call us.", 9.2)
    p.add_page()
    p.heading("Your right to appeal", 10.5)
    p.cols([[("How to appeal",
              "You or someone you choose may appeal within 180 days of the date of this letter. Write to the "
              f"Bryndle Appeals Unit, {ADDR}, or fax {phone(rng, '920')}. Include this letter and any records that "
              "show the surgery was an emergency or that an approval was asked for."),
             ("What happens next", "The Board of Trustees' appeals committee decides at its next quarterly "
                                   "meeting, or within 30 days for an urgent matter.")],
            [("For the surgeon's office",
              "A retrospective review may be asked for when the surgery was urgent. It must reach us within 60 "
              f"days after the date of surgery, with the operative report and the notes from {slash(sx)}."),
             ("Help", f"Member services {tollfree(rng, '888')}, 7 a.m. to 5 p.m., Monday to Friday. Language "
                      "help is free.")]], size=8.6, gap=6)
    p.ln(2)
    p.para(f"Sincerely,\n\n{nurse}, RN\nUtilization Management, {PLAN}", 9.0)
    p.para(f"cc: Dr. {surg}, {group}", 8.4)
    p.refs([("Letter ID", lid), ("Batch", f"{digits(rng, 5)}"), ("Received", slash(dt.date(2026, 6, 2)))])
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=plan, group=grp, member_id=num,
              member_name=mem, cases=[cno], claim_amount=m2(amt), service_dates=[iso(sx)], denial_date=iso(ld),
              provider=f"Dr. {surg}", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [group, fac]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    """NB-UVB phototherapy refused as not medically necessary; patch testing approved the day before."""
    mem = people(rng, 1, "ch", sexes="F", used=USED)[0]
    derm, md_dir, rn = people(rng, 3, "wi", sexes="MFM", used=USED)
    num = mno(rng)
    grp = "PL-0629"
    plan = "CP1"
    clinic = "Brine Country Dermatology, S.C."
    appr_d = dt.date(2026, 6, 9)
    ld = dt.date(2026, 6, 10)
    start = dt.date(2026, 6, 22)
    patch_d = dt.date(2026, 6, 15)
    got = dt.date(2026, 6, 4)
    rv_a, rv_b = review(rng), review(rng)
    fx = dt.date(2026, 6, 10)
    fx_line = (f"{slash(fx)} 16:{rng.randint(10, 59)}  FAX BRYNDLE UM {phone_bare(rng, '920')} -> "
               f"{phone_bare(rng, '608')}  P. {{n}}/{{t}}")
    pa = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("BHP-UM-MN-2 (01/26)"), xmit=fx_line, xmit_off=1,
                 xmit_total=4)
    pa.set_margins(18, 14, 18)
    pa.add_page()
    head(pa, rng, box="COVERAGE DECISION")
    W = pa.w - pa.l_margin - pa.r_margin
    pa.set_y(pa.addr_block([f"Dr. {derm}", clinic, "63 Limestone Bluff Rd", "Monroe Hollow, WI 53566"], 9.6) + 4)
    pa.under([(rv_a, "review no."), (long(ld), "decision date"), (f"{plan} \u00b7 {grp}", "plan \u00b7 plant"),
              (num, "member no.")], [W * 0.22, W * 0.26, W * 0.24, W * 0.28], size=9.0)
    pa.para(f"Member: {mem}   \u00b7   Request received {slash(got)}", 8.8)
    pa.subject_line("Light therapy (narrow-band UVB) for the hands: not approved")
    pa.para(f"Dear Dr. {derm.split()[-1]}:", 9.2)
    pa.para(f"You asked us to approve 24 sessions of narrow-band UVB light therapy to both hands (CPT 96900), "
            f"three a week, starting {long(start)}, for hand dermatitis (ICD-10 L24.89) in {mem}, who works in a "
            "cheese plant's brine room. A Bryndle medical director reviewed the request and the office notes you "
            "sent. The request is not approved because it is not medically necessary at this time.", 9.0)
    pa.heading("What the plan's policy asks for (BH-MP-09)", 10)
    pa.cols([[("Criterion 1 - not met",
               "At least four weeks of a medium or high potency topical steroid, with barrier cream and glove use "
               "at work. The notes show 12 days of triamcinolone 0.1% cream and no barrier or glove plan."),
              ("Criterion 2 - not met",
               "Patch testing when dermatitis has lasted over three months, to look for an allergy to something "
               "at work. Patch testing has been approved but is not yet done.")],
             [("Criterion 3 - met", "Dermatitis covering both palms, with cracking, for more than three months."),
              ("Criterion 4 - not met",
               "A treatment plan naming what will be measured to decide whether light therapy works.")]],
            size=8.4, gap=6)
    pa.para(f"The patch testing approved on {slash(appr_d)} (review {rv_b}) may show an allergy that changes the "
            "treatment. When the testing is done and four weeks of topical care have been tried, you may send a "
            "new request.", 9.0)
    pa.add_page()
    pa.heading("Appeal rights", 10.5)
    pa.para(f"The member, or you with the member's written consent, may appeal. We must receive the appeal by "
            f"{long(plus(ld, 180))}. Send it to the Bryndle Appeals Unit, {ADDR}, fax {phone(rng, '920')}. If a "
            "delay could seriously harm the member's health, ask for an expedited appeal; we answer within 72 "
            "hours.", 9.0)
    pa.para(f"Peer-to-peer: you may talk with the reviewing medical director, Dr. {md_dir}. Call "
            f"{tollfree(rng, '888')} within 14 days of this decision.", 9.0)
    pa.para(f"Sincerely,\n{rn}, RN, Utilization Management\nfor Dr. {md_dir}, Medical Director, {PLAN}", 9.0)
    pa.para(f"Copy: {mem}, member", 8.4)
    ta = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=plan, group=grp, member_id=num,
               member_name=mem, cases=[rv_a], claim_amount=None, service_dates=[iso(start)], denial_date=iso(ld),
               provider=f"Dr. {derm}", appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT, "service_dates": [[]], "provider": [clinic]})

    pb = EQSheet(footer=None, ids_foot=foot("BHP-UM-AP-1 (01/26)"), xmit=fx_line, xmit_off=3, xmit_total=4)
    pb.set_margins(18, 14, 18)
    pb.add_page()
    head(pb, rng, box="APPROVAL")
    W = pb.w - pb.l_margin - pb.r_margin
    pb.set_y(pb.addr_block([f"Dr. {derm}", clinic, "63 Limestone Bluff Rd", "Monroe Hollow, WI 53566"], 9.6) + 4)
    pb.cap_row([("Review no. / date", f"{rv_b} / {dd_mon(appr_d)}", 0.34), ("Member", mem, 0.34),
                ("Plan - Plant / Member No.", f"{plan} - {grp} / {num}", 0.32)])
    pb.ln(4)
    pb.para(f"We approved the request below. This approval is for {mem} only and is good for the service and "
            "dates shown.", 9.2)
    pb.wrap_table(["Service", "Code", "Units", "Approved date", "Decision"],
                  [["Patch testing: standard series and a dairy plant series (rennet, calcium chloride, annatto, "
                    "natamycin, cheese wax)", "95044", "80", slash(patch_d), "Approved"],
                   ["Reading visits", "99213", "2", f"{slash(plus(patch_d, 2))}, {slash(plus(patch_d, 4))}",
                    "Approved"]],
                  [W - 22 - 14 - 40 - 24, 22, 14, 40, 24], size=8.2)
    pb.para("An approval is not a promise of payment; the member must be covered on the date of service. Please "
            "use the review number on the claim.", 8.6)
    pb.para(f"{rn}, RN  \u00b7  Utilization Management  \u00b7  {PLAN}", 8.8)
    tb = truth("other", None, insurer=PLAN, plan_id=plan, group=grp, member_id=num, member_name=mem, cases=[rv_b],
               claim_amount=None, service_dates=[iso(patch_d)], denial_date=iso(appr_d), provider=f"Dr. {derm}",
               appeal_deadline=None,
               alternates={"insurer": PLAN_ALT, "case_numbers": [[]], "provider": [clinic],
                           "service_dates": [[], [iso(patch_d), iso(plus(patch_d, 2)), iso(plus(patch_d, 4))]]})
    return [(out(pa), ta), (out(pb), tb)]


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_hours(rng):
    """Spanish: a daughter's urgent care visit in April; February hours were short."""
    mem = people(rng, 1, "es", sexes="M", used=USED)[0]
    hija = people(rng, 1, "es", sexes="F", used=USED, last=mem.split()[-1])[0]
    doc, rep = people(rng, 2, "wi", sexes="FM", used=USED)
    num = mno(rng)
    grp = "PL-0417"
    plan = "CP1"
    ld = dt.date(2026, 5, 20)
    dos = dt.date(2026, 4, 18)
    cno = claim(rng)
    uc = "Curdwell Urgent Care"
    amt = 426.00
    p = EQSheet(footer="Página {n} de {nb}", ids_foot=foot("BHP-EL-SP (01/26)", es=True))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(addr(rng, mem, ("Curdwell", "WI 53599")), 9.8) + 5)
    p.cap_row([("Fecha", es_date(ld), 0.24), ("Plan/Planta - N.º de afiliado", f"{plan}/{grp} - {num}-02", 0.4),
               ("N.º de reclamación", cno, 0.36)])
    p.ln(4)
    p.subject_line("No hubo cobertura en abril: horas insuficientes en febrero")
    p.para(f"Estimado {first_last(mem)}:", 9.4)
    p.para(f"Recibimos una reclamación de {uc} (Dra. {doc}) por la visita de su hija {hija} el {short_es(dos)} "
           f"(cargos: US$ {n2(amt)}). No podemos pagarla porque ni usted ni su familia tenían cobertura en abril "
           "de 2026.", 9.2)
    p.para("Según las reglas del plan, usted gana la cobertura de un mes trabajando por lo menos 100 horas "
           "reportadas en el segundo mes anterior. Su empleador, Tarnow Falls Cheese Co-op, reportó estas horas:",
           9.2)
    p.wrap_table(["Mes trabajado", "Horas reportadas", "Mínimo", "Mes de cobertura", "¿Cubierto?"],
                 [["enero de 2026", "132,0", "100", "marzo de 2026", "Sí"],
                  ["febrero de 2026", "88,5", "100", "abril de 2026", "No"],
                  ["marzo de 2026", "141,5", "100", "mayo de 2026", "Sí"]],
                 [40, 32, 22, 44, W - 138], size=8.4)
    p.para("El 10 de marzo de 2026 le enviamos una oferta para pagar usted mismo la cobertura de abril (pago propio "
           "de US$ 612.00, con fecha límite del 31/3/2026). No recibimos el pago.", 9.0)
    p.heading("Si no está de acuerdo", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si cree que su empleador reportó "
           "mal sus horas, envíenos sus talones de pago de febrero. Escriba a Bryndle Appeals Unit, "
           f"{ADDR}.", 9.0)
    p.para(f"Atentamente,\n{rep}\nUnidad de Elegibilidad, {PLAN}", 9.0)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=plan, group=grp, member_id=f"{num}-02",
              member_name=hija, cases=[cno], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=uc, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [f"Dra. {doc}", doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_oon(rng):
    """An affineur's lung evaluation at a clinic outside the network."""
    mem = people(rng, 1, "ch", sexes="F", used=USED)[0]
    pulm, pcp, rep = people(rng, 3, "wi", sexes="MFF", used=USED)
    num = mno(rng)
    grp = "PL-0388"
    plan = "AF2"
    dos = dt.date(2026, 5, 5)
    ld = dt.date(2026, 5, 29)
    fx = dt.date(2026, 6, 1)
    cno = claim(rng)
    clinic = "Mill City Lung & Sleep Clinic, P.A."
    amt = 1284.00
    xm = (f"{slash(fx)}  {rng.randint(8, 9)}:{rng.randint(10, 59)}AM  FROM BRYNDLE MEMBER SVCS  "
          f"FAX {phone_bare(rng, '920')}  TO LOCAL 117  PAGE {{n}} OF {{t}}")
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("BHP-CL-ON-1 (01/26)"), xmit=xm, xmit_total=1)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.rubber_stamp(["RECEIVED", f"{caps(plus(fx, 0)).replace(',', '')}", "CREAMERY WORKERS LOCAL 117"],
                   p.l_margin + W * 0.02, p.get_y() + 19, angle=4, size=8.0)
    p.addr_with_ids(addr(rng, mem, ("Emmen Ridge", "WI 53565")) + ["", "", "", ""],
                    [(abbr(ld), "letter date"), (cno, "claim no."), (num, "member no."),
                     (f"{plan} / {grp}", "plan / plant"), (slash(dos), "date of service")], w=80, size=8.8)
    p.subject_line("Claim not paid: provider outside the Bryndle network")
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We received a claim from {clinic}, Saint Anselm, Minnesota, for your visit with Dr. {pulm} on "
           f"{long(dos)}: a new-patient visit (99204), breathing tests (94060, 94726, 94729) and a chest X-ray "
           f"review. The claim billed {n2(amt)}. Your doctor had sent you there to look for a lung reaction to "
           "the mould on cheese rinds in the aging caves.", 9.0)
    p.prov_cols([("Referring (network)", [f"Dr. {pcp}", "Emmen Ridge Clinic", "Bryndle network"]),
                 ("Rendering", [f"Dr. {pulm}", "Pulmonology", clinic]),
                 ("Billing", [clinic, f"TIN {tin(rng)}", "not in the Bryndle network"])])
    p.para("The Bryndle Health Plan pays only for care from Bryndle network providers, except for emergency care "
           "and for urgent care when you are more than 60 miles from home. This visit was planned, and the "
           "clinic is not in our network. A referral from your doctor does not make an out-of-network provider "
           "part of the network, and we did not approve an exception.", 9.0)
    p.other_cov("Network lung specialists near you", [
        ("Green County Pulmonary", f"Monroe Hollow  \u00b7  {phone(rng, '608')}"),
        ("Lakeshore Lung Associates", f"Tarnow Falls  \u00b7  {phone(rng, '920')}"),
        ("Driftless Chest Clinic", f"Emmen Ridge  \u00b7  {phone(rng, '608')}")], cap_w=58, size=8.2)
    p.para("You may appeal within 180 days of the date of this letter. If no network specialist could see you in "
           "a reasonable time, tell us; we may approve an exception for later visits. Mail your appeal to "
           f"Bryndle Appeals Unit, {ADDR}.", 9.0)
    p.para(f"{rep}, Member Services, {PLAN}", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=plan, group=grp, member_id=num,
              member_name=mem, cases=[cno], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=f"Dr. {pulm}", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [clinic, "Mill City Lung & Sleep Clinic"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_comp_first(rng):
    """A curd-knife laceration at work: the plant's workers' compensation carrier pays first."""
    mem = people(rng, 1, "ch", sexes="M", used=USED)[0]
    erdoc, rep = people(rng, 2, "wi", sexes="FM", used=USED)
    num = mno(rng)
    grp = "PL-0629"
    plan = "CP1"
    inj = dt.date(2026, 5, 27)
    ld = dt.date(2026, 6, 24)
    cno = claim(rng)
    hosp = "Tarnow Falls Memorial Hospital"
    amt = 2146.50
    wc = f"HMC-26-{digits(rng, 6)}"
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("BHP-CL-WC-2 (01/26)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.rubber_stamp(["RECEIVED", "JUN 29 2026", "TARNOW FALLS CHEESE CO-OP HR"], p.l_margin + W * 0.56,
                   p.get_y() + 2, angle=-4, size=8.2)
    p.set_y(p.addr_block(addr(rng, mem, ("Tarnow Falls", "WI 54498")), 9.8) + 9)
    p.over_boxes([(nopad(ld), "date", W * 0.15), (cno, "claim no.", W * 0.2), (num, "member no.", W * 0.19),
                  (f"{plan} \u00b7 {grp}", "plan \u00b7 plant", W * 0.18), (slash(inj), "date of injury", W * 0.14),
                  ("S61.412A", "diagnosis", W * 0.14)], size=8.6)
    p.ln(2)
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We received a claim from {hosp} for emergency care on {long(inj)}: an emergency visit (99283), repair "
           "of a 4.5 cm cut of the left palm (12032) and a tetanus shot (90715), billed at "
           f"{usd(amt)}. The emergency record says you cut your hand with a curd knife while cutting a vat at "
           "the Tarnow Falls Cheese Co-op plant.", 9.0)
    p.prov_cols([("Rendering", [f"Dr. {erdoc}", "Emergency Medicine", hosp]),
                 ("Billing / facility", [hosp, "Emergency Department", f"NPI {npi(rng)}"])], size=8.2)
    p.para("An injury that happens at work must be sent first to your employer's workers' compensation carrier. "
           "The plan does not pay for a work injury unless the carrier denies it in writing (Summary Plan "
           "Description, section 7.2). We have not paid this claim.", 9.0)
    p.other_cov("Other coverage we found for this injury", [
        ("Workers' compensation", "Holstead Mutual Casualty Co."),
        ("Carrier claim no.", wc),
        ("Employer report", f"OSHA 300 log case 26-014  \u00b7  incident report IR-0527-{rng.randint(2, 9)}")],
        cap_w=48, size=8.4)
    p.para("What to do: give the hospital the workers' compensation claim number above so it can bill Holstead "
           "Mutual. If Holstead Mutual denies the claim, send us its written denial and we will process the claim "
           "under your plan benefits.", 9.0)
    p.para("If you disagree with this decision, you may appeal within 180 days of the date of this letter. Write "
           f"to Bryndle Appeals Unit, {ADDR}.", 9.0)
    p.para(f"Sincerely,\n{rep}\nClaims Coordination, {PLAN}", 9.0)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=plan, group=grp, member_id=num, member_name=mem,
              cases=[cno], claim_amount=m2(amt), service_dates=[iso(inj)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {erdoc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_oit(rng):
    """Cow's milk oral immunotherapy for a member's son: experimental."""
    mem = people(rng, 1, "ch", sexes="F", used=USED)[0]
    son = people(rng, 1, "ch", sexes="M", used=USED, last=mem.split()[-1])[0]
    alg, md_dir = people(rng, 2, "wi", sexes="FM", used=USED)
    num = mno(rng)
    grp = "PL-0417"
    plan = "CP1"
    ld = dt.date(2026, 6, 26)
    start = dt.date(2026, 7, 8)
    rv = review(rng)
    clinic = "Lakeshore Allergy & Asthma Center"
    p = EQSheet(footer=None, ids_foot=foot("BHP-UM-EX-1 (01/26)"))
    p.set_margins(17, 13, 17)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(addr(rng, mem, ("Curdwell", "WI 53599")), 9.6) + 4)
    p.dark_band([("Review no.", rv, 0.2), ("Date", slash(ld), 0.16), ("Patient", son, 0.28),
                 ("Member no.", f"{num}-02", 0.2), ("Plan / plant", f"{plan} / {grp}", 0.16)], light=True,
                size=8.8)
    p.subject_line("Milk oral immunotherapy: not covered (experimental)")
    p.para(f"Dear {first_last(mem)}:", 9.2)
    p.para(f"Dr. {alg} of {clinic} asked us to approve oral immunotherapy for your son's cow's milk allergy "
           f"(ICD-10 Z91.011): daily doses of milk protein raised every two weeks in the office, the first "
           f"dose-increase visit on {long(start)} (CPT 95199, 99214).", 8.8)
    p.para("We cannot approve it. Under plan medical policy BH-MP-17, oral immunotherapy for a food allergy is "
           "experimental or investigational, except for a product the FDA has approved for that allergy. No "
           "product is approved for milk allergy; the studies so far are small and do not show lasting safety. "
           f"Dr. {md_dir}, a board-certified allergist who reviews for the plan, made this decision.", 8.8)
    p.cols([[("What is still covered", "Allergy visits, an epinephrine auto-injector two-pack twice a year, "
                                       "emergency care and dietitian visits for a milk-free diet.")],
            [("Appeal", f"Your appeal must reach us by {long(plus(ld, 180))}. Send it to Bryndle Appeals Unit, "
                        f"{ADDR}. Ask Dr. {alg.split()[-1]} for a letter and any studies she relies on.")]],
           size=8.2, gap=6)
    p.para(f"{PLAN}  \u00b7  Utilization Management  \u00b7  {tollfree(rng, '888')}", 8.4)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=plan, group=grp, member_id=f"{num}-02",
              member_name=son, cases=[rv], claim_amount=None, service_dates=[iso(start)], denial_date=iso(ld),
              provider=f"Dr. {alg}", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [clinic],
                          "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_remittance_simple_repair_bundled", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_faxstd_spine_surgery_no_precert", "fax_standard_g4", [fax_no_precert(rng)]),
        Item(f"{f}_faxstd_stack_phototherapy_then_patch_test_approved", "fax_standard_g4", fax_stack(rng),
             separators=["cover", None], turns={(0, 1): 180}),
        Item(f"{f}_lowres_es_horas_insuficientes", "scan_lowres_150", [lowres_es_hours(rng)]),
        Item(f"{f}_finefax_lung_clinic_out_of_network", "fax_fine_g4", [finefax_oon(rng)]),
        Item(f"{f}_photocopy_curd_knife_comp_first", "photocopy", [photocopy_comp_first(rng)]),
        Item(f"{f}_phone_milk_oral_immunotherapy", "phone_photo", [phone_oit(rng)]),
    ]
