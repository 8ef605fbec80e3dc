"""An invented health fund for water well drillers, pump installers and their helpers (rig crews on cable-tool and
rotary rigs, pump hoist and well-service truck crews, test pumpers): the Tullbore Water Well Drillers and Pump
Installers Health Fund, a multiemployer fund run by a Board of Trustees; its Fund Office is run by a contract
administrator, Dunscombe Fund Services, Inc., which sends provider remittances on its own letterhead on the Trustees'
behalf. The union (Well Drillers, Pump Installers and Helpers Local 611), the drilling contractors, clinics, hospital,
surgery center, the contractor's compensation carrier, the State of Exmarra (XR), every person, number, amount, rule
and address are invented; phones 555; CPT and ICD-10 codes as themselves.

Letterheads: (1) a drawn drilling rig beside "T U L L B O R E" in spaced capitals over "Water Well Drillers & Pump
Installers Health Fund"; (2) the rig beside the serif logo word "TULLBORE" with the legal name small under it; (3) the
rig beside "TULL" over "BORE" in heavy capitals with "Water Well Drillers &" / "Pump Installers Health Fund" beside
the break; (4) a monogram "TWD" (in a square, or a dark disc) with the full name only in the footer or only in the
return address; (5) the administrator's own letterhead, "DUNSCOMBE" tracked wide over "Fund Services, Inc.", with
"Contract administrator, on behalf of the Board of Trustees of ..." small under it.

Invented rules: a rig day is a day of at least six hours on a drilling rig, a pump hoist, a well-service truck or a
test pump, reported each month by the contractor; a month of coverage needs 14 rig days in the work month two months
before it (10 for December, January and February work, when frost stops most drilling); rig days over the need go to
a rig day bank of up to 60 days that fills a short month; self-payment for one missed month. Plans TB-RC (rig crews)
and TB-PS (pump service crews), shown only as codes in small tables; contractor groups "CN" + 4 digits; member
numbers "TB" + 2 digits + I + 2 digits + Z + 3 digits with a suffix "-01" member, "-02" spouse, "-03" and up
children ("TB61I08Z417-03"), printed run together, in spaced groups or only in a sentence; claims "26G" + 6 digits;
precertifications "PC-" + 5 digits; Trustees' appeals "TA-26-" + 3 digits. Cosmetic services excluded; care in the
Fund's network (the Aquifer Care Network) only, except emergencies; injuries at work go to the contractor's workers'
compensation carrier first; genicular artery embolization is investigational; inpatient admissions need
precertification and are not paid without it unless they began as an emergency; a claim whose first diagnosis is a
manifestation code (one that may only follow the underlying disease) is refused for a corrected claim; member appeals
within 180 days, provider corrections and reconsiderations by the end of the month after the month of the remittance,
the Trustees' decision final (external review and ERISA 502(a) only).

Documents (8 in 7 files):
- bd_eob_tattoo_removal_zero_paid: a born-digital family statement (rig and spaced capitals) for a
  driller, his wife, daughter and son: four claims each under a bold claim line with its own claim number, "Billed by"
  and "Treated by" apart on a grey line, a status column; the daughter's two laser tattoo removal sessions paid 0.00,
  status DENIED, a bold claim total, the reason on a line under them (cosmetic); the plan only in the coverage table; the statement
  date beside "claims received through"; 180 days of the date of this statement.
- faxstd_remittance_dx2_middle: a standard-fax remittance on the administrator's letterhead to an
  orthopaedic practice (payee line with address, NPI, TIN), four claims with the rendering clinician in its own
  column, the second claim (a knee visit and injection whose first diagnosis is a manifestation code) paid 0.00
  under DX2 between claims with amounts in every column; "by the end of the month after the month of this
  remittance" (with an example for a March remittance, not this one's month); the administrator's fax header date.
- faxstd_short_rig_days_id_in_sentence: a standard-fax letter (logo word) refusing an urgent care visit of May
  6 because March's rig days and the bank fell short for May coverage; the member ID only in a sentence; letter date
  beside the date received; the self-payment "by the end of the month after the month of this letter" as a decoy; 180
  days; the union hall's fax header date.
- phone_es_fuera_de_red: a photographed Spanish letter (monogram in a square, the full name only in
  the footer) refusing a wife's knee arthroscopy at an out-of-network surgery center; the center and its surgeon
  named apart; "dentro de 180 días a partir de la fecha en que reciba esta carta" (no fixed date).
- copy_stack_comp_first_tx_report_bill: a photocopied stack: the Fund's two-page letter (split
  brand; page 2 turned upside down) sending a helper's emergency visit for a drill-rod hand injury to the contractor's
  workers' compensation carrier, the fax transmission report printed when his wife faxed that letter on (a reduced
  image of its first page), then the hand clinic's statement for two follow-up visits (denies nothing; insurer
  unscored).
- bd_genicular_embolization: a born-digital pre-service letter (a dark monogram, the full name only
  in the return address) refusing genicular artery embolization as investigational; the interventional radiologist
  only in prose; request received beside notice date; 180 days of the date of this notice.
- rotated_trustees_fusion_stay_boxes: a sideways Trustees' decision (split brand) keeping the refusal of a
  lumbar fusion stay without precertification; admission and discharge in separate boxes; the hospital and its
  attending neurosurgeon named apart; appeal and claim numbers; meeting and appeal-received dates as decoys; final.

Truth notes (where a careful reader could read two ways): insurer short forms ("Tullbore Health Fund", "Tullbore Fund",
"Tullbore", the "&" spelling) are accepted; the remittance's insurer is the administrator whose letterhead it is
("Dunscombe" accepted); member numbers are the patient's as printed with the suffix, the base number accepted; the
practice or facility is accepted beside a rendering clinician and the attending surgeon beside a hospital or surgery
center; the Trustees' decision carries the appeal and the claim number (either alone accepted); the planned date of
the pre-service letter, or none, is accepted; the remittance is `eob` with `denial_letter` accepted; "dentro de 180
días a partir de la fecha en que reciba esta carta" gives no fixed date (null; the notice date + 180 accepted); the
clinic's statement has no insurer (unscored).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvb import (EVSheet, addr_block, digits, dr, es_date, first_last, iso, last_first, long, m2,
                               month_end, n2, npi, out, people, phone, plus, sign, slash, tin, tollfree, truth,
                               tx_report, usd, yy)

FAMILY = ("tullbore_well_drillers_pump_installers_health_fund_rig_days_tattoo_removal_manifestation_code_out_of_"
          "network_surgery_center_drill_rod_comp_first_genicular_embolization_fusion_upheld_refusals")
LANG = "en"
SEED = 355203
USED: set = set()

INS = "Tullbore Water Well Drillers and Pump Installers Health Fund"
INS_ALT = [INS, "Tullbore Water Well Drillers & Pump Installers Health Fund", "Tullbore Health Fund", "Tullbore Fund",
           "Tullbore", "Tullbore Drillers Health Fund"]
ADMIN = "Dunscombe Fund Services, Inc."
ADMIN_ALT = [ADMIN, "Dunscombe Fund Services", "Dunscombe"]
OFFICE = ["Fund Office, 880 Casing Yard Road", "Casterby, XR 59310"]
RC, PS = "TB-RC", "TB-PS"
AREA = "583"


def foot(extra: str = "") -> str:
    return (f"{INS}  \u00b7  {OFFICE[0]}, {OFFICE[1]}  \u00b7  Fund Office run by {ADMIN}" +
            (f"  \u00b7  {extra}" if extra else ""))


def member_base(rng) -> str:
    return f"TB{digits(rng, 2)}I{digits(rng, 2)}Z{digits(rng, 3)}"


def groups(mid: str) -> list[str]:
    """TB61I08Z417-03 -> ['TB61', 'I08Z', '417-03'] (the card's groups)"""
    return [mid[:4], mid[4:8], mid[8:]]


def contractor(rng) -> str:
    return f"CN{digits(rng, 4)}"


def claim_no(rng) -> str:
    return f"26G{digits(rng, 6)}"


def precert_no(rng) -> str:
    return f"PC-{digits(rng, 5)}"


def contacts(rng) -> list[str]:
    return [OFFICE[0], OFFICE[1], f"Member line {tollfree(rng, '844')}", f"Fax {phone(rng, AREA)}"]


def rig_spaced_head(p: EVSheet, rng, box: str | None = None):
    x0 = p.l_margin
    y0 = p.get_y()
    p.rig(x0, y0 - 1, 17)
    p.set_left_margin(x0 + 13)
    p.wordmark("TULLBORE", style="spaced", tagline="Water Well Drillers & Pump Installers Health Fund",
               small=[f"Fund Office run by {ADMIN}"], right=contacts(rng), box=box, size=17)
    p.set_left_margin(x0)
    p.set_x(x0)


def logo_head(p: EVSheet, rng, box: str | None = None):
    p.mark_logo("rig", "TULLBORE", INS, contacts(rng),
                tagline="Health benefits for the people who drill the wells and set the pumps",
                small=f"Fund Office run by {ADMIN}", box=box, size=24, legal_size=7.2)


def split_head(p: EVSheet, rng, box: str | None = None):
    p.split_brand("Tull", "bore", ["Water Well Drillers &", "Pump Installers Health Fund"], contacts(rng),
                  mark="rig", box=box, size=21, under=[f"Fund Office run by {ADMIN}"])


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    m = people(rng, 1, "wd", sexes="M", used=USED)[0]
    last = m.split()[-1]
    wife = people(rng, 1, "wd", sexes="F", last=last, used=USED)[0]
    dau = people(rng, 1, "wd", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "wd", sexes="M", last=last, used=USED)[0]
    fp, rad, derm, np_ = people(rng, 4, "wc", sexes="MFFM", used=USED)
    base = member_base(rng)
    grp = contractor(rng)
    sd = dt.date(2026, 5, 7)
    laser = "Sandvale Dermatology & Laser"
    d_m = dt.date(2026, 4, 2)
    d_w = dt.date(2026, 4, 9)
    d_t = [dt.date(2026, 4, 7), dt.date(2026, 4, 21)]
    d_s = dt.date(2026, 4, 25)
    nos = [claim_no(rng) for _ in range(4)]
    claims = [
        (m, "01", "Member", "Marl Creek Family Practice", f"Dr. {dr(fp, 'MD')}",
         [(d_m, "99214", "Office visit, established patient", 226.00, 158.00, 126.40, 31.60, "PAID")], None),
        (wife, "02", "Spouse", "Casterby Imaging Center", f"Dr. {dr(rad, 'MD')} (radiologist)",
         [(d_w, "77067", "Screening mammogram, both sides", 318.00, 204.00, 204.00, 0.00, "PAID")], None),
        (dau, "03", "Daughter", laser, f"Dr. {dr(derm, 'MD')}",
         [(d_t[0], "17999", "Laser tattoo removal, session 1", 340.00, 0.00, 0.00, 340.00, "DENIED"),
          (d_t[1], "17999", "Laser tattoo removal, session 2", 340.00, 0.00, 0.00, 340.00, "DENIED")],
         "Not paid: cosmetic services are excluded (Rules of the Fund, Article 6.2(c)). You may owe the provider."),
        (son, "04", "Son", "Silt Hollow Urgent Care", dr(np_, "FNP"),
         [(d_s, "99203", "Urgent care visit, new patient", 248.00, 182.00, 147.00, 35.00, "PAID")], None),
    ]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(15, 14, 15)
    p.add_page()
    rig_spaced_head(p, rng, box="FAMILY CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [m.upper(), "47 Pitless Adapter Road", "Marl Creek, XR 59322"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Statement date", long(sd)), ("Claims received through", "April 30, 2026"), ("Member", m)],
                x=p.l_margin + W * 0.5, cap_w=28, size=8.8)
    p.id_strip_spaced("MEMBER NO.", groups(f"{base}-01"), x=p.l_margin + W * 0.5, w=W * 0.5, size=10.5)
    p.set_y(max(p.get_y(), yl) + 1)
    p.ruled_rows(["Plan", "Contractor", "Rig days banked", "Covered in May 2026"],
                 [[RC, f"{grp}  Marl Creek Water Well Co.", "38", "yes (March: 17 rig days)"]],
                 [W * k / 100 for k in (14, 40, 18, 28)], ["L", "L", "R", "L"], size=8.2)
    rows = []
    for k, (who, suf, rel, billed_by, treated, lines, why) in enumerate(claims):
        rows.append(("span", f"Claim {nos[k]}     {who} ({rel})     No. {base}-{suf}"))
        rows.append(("note", f"Billed by: {billed_by}          Treated by: {treated}"))
        for d, code, s, b, allow, pd, owe, st in lines:
            rows.append([yy(d), code, s, n2(b), n2(allow), n2(pd), n2(owe), st])
        if len(lines) > 1:
            rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                  n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        if why:
            rows.append(("note", why))
        rows.append(("gap",))
    tb = sum(x[3] for c in claims for x in c[5])
    tp = sum(x[5] for c in claims for x in c[5])
    to = sum(x[6] for c in claims for x in c[5])
    rows.append(("bold", ["", "", "Totals for this statement", n2(tb), "", n2(tp), n2(to), ""]))
    p.claim_rows(["Date", "Code", "Service", "Billed", "Allowed", "Fund paid", "You owe", "Status"],
                 [W * k / 100 for k in (10, 8, 38, 10, 9, 9, 9, 7)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                 rows, size=7.8, row_h=4.4)
    p.bar("Questions or an appeal", 8.8)
    p.para("Call the Fund Office if a claim looks wrong. To appeal, write to the Board of Trustees at the Fund Office "
           "within 180 days of the date of this statement; give the claim number and say why you disagree. You may "
           "see the Fund's rules and the records of your claim free of charge.", 8.2)
    p.para("This is not a bill. A network provider may bill you only the amount under \"You owe\".", 8.0)
    lines = claims[den][5]
    t = truth("eob", "not_covered", insurer=INS, plan_id=RC, group=grp, member_id=f"{base}-03", member_name=dau,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(d) for d in d_t],
              denial_date=iso(sd), provider=dr(derm, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [laser, derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pats = people(rng, 4, "wd", sexes="MFMM", used=USED)
    ortho, pa, sig = people(rng, 3, "wc", sexes="MFF", used=USED)
    practice = "Claybank Orthopedic Associates"
    rd = dt.date(2026, 5, 14)
    sent = plus(rd, 1)
    bases = [member_base(rng) for _ in pats]
    sufs = ["01", "02", "01", "01"]
    plans = [RC, PS, RC, PS]
    grps = [contractor(rng) for _ in pats]
    dos = [dt.date(2026, 4, 13), dt.date(2026, 4, 15), dt.date(2026, 4, 20), dt.date(2026, 4, 22)]
    cl = [claim_no(rng) for _ in pats]
    rend = [dr(ortho, "MD"), dr(pa, "PA-C"), dr(ortho, "MD"), dr(pa, "PA-C")]
    lines = [
        [("99204", 318.00, 221.00, 176.80, "CO"), ("73562", 142.00, 88.00, 70.40, "CO")],
        [("99213", 168.00, 0.00, 0.00, "DX2"), ("20610", 224.00, 0.00, 0.00, "DX2")],
        [("99214", 236.00, 164.00, 131.20, "CO"), ("29125", 128.00, 92.00, 73.60, "CO")],
        [("99213", 168.00, 118.00, 83.00, "CP"), ("20550", 186.00, 131.00, 104.80, "CO")],
    ]
    dx = ["S83.241A", "M14.661", "S62.101A", "M77.11"]
    den = 1
    tx = f"{yy(sent)} 07:{rng.randint(10, 59)}  DUNSCOMBE FUND SVCS  {AREA} 555 {digits(rng, 4)}  P.{{n2}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"{ADMIN}  \u00b7  contract administrator for the {INS}",
                tx=tx, tx_total=None)
    p.set_margins(13, 14, 13)
    p.add_page()
    p.wordmark("DUNSCOMBE", style="tracked", tagline="Fund Services, Inc.",
               small=["Contract administrator, on behalf of the Board of Trustees of the",
                      f"{INS}"],
               right=["1420 Headframe Street, Floor 2", "Casterby, XR 59307", f"Provider line {tollfree(rng, '866')}",
                      f"Fax {phone(rng, AREA)}"], box="REMITTANCE ADVICE", size=17)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(8.2, "B")
    p.set_x(p.l_margin)
    p.cell(0, 4.2, "PAY TO", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [practice, "2600 Gravel Pack Drive, Casterby, XR 59314",
                   f"NPI {npi(rng)}   \u00b7   TIN {tin(rng)}"], 8.8)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Remittance date", slash(rd)), ("Check / EFT no.", f"E{digits(rng, 9)}"),
                    ("Provider no.", f"DF-{digits(rng, 5)}"),
                    ("Amount paid", usd(sum(x[3] for ln in lines for x in ln)))],
                   x=p.l_margin + W * 0.56, cap_w=24, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    claims = []
    for i in range(len(pats)):
        ls = lines[i]
        claims.append({"lead": [cl[i], last_first(pats[i]), f"{bases[i]}-{sufs[i]}"],
                       "lines": [[yy(dos[i]), c, rend[i] if j == 0 else "", n2(b), n2(a), n2(pd), rk]
                                 for j, (c, b, a, pd, rk) in enumerate(ls)],
                       "total": ["", "", "", n2(sum(x[1] for x in ls)), n2(sum(x[2] for x in ls)),
                                 n2(sum(x[3] for x in ls)), ""],
                       "note": f"Plan {plans[i]}   Contractor {grps[i]}   First diagnosis {dx[i]}"})
    p.remit_table(["Claim no.", "Patient", "Member no.", "Service", "Code", "Rendering", "Billed", "Allowed",
                   "Paid", "Rmk"], [W * k / 100 for k in (11, 15, 13, 8, 6.5, 15.5, 8.5, 8.5, 8, 6)],
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "L"], claims, size=7.2, row_h=4.3)
    p.legend_cols("Remark codes", [
        ("CO", "Paid at the network fee; the difference is the provider's write-off."),
        ("CP", "Paid less the patient's $35.00 office copayment."),
        ("DX2", "Not paid. The first diagnosis on the claim is a manifestation code, which may only be listed after "
                "the code of the underlying disease. Send a corrected claim with the underlying condition first."),
        ("NP", "Precertification not on file."),
        ("WC", "Work injury: bill the employer's workers' compensation carrier."),
    ], ncol=2, size=7.0, code_w=8)
    p.bar("Corrected claims and reconsideration", 8.6)
    p.para("Corrected claims and requests for reconsideration must reach the Fund Office by the end of the month after "
           "the month of this remittance (for a remittance dated in March, that is within March and April). Mark a "
           "corrected claim with frequency code 7 and the original claim number. The patient may not be billed for "
           "a claim refused under DX2.", 8.0)
    sign(p, [first_last(sig), "Provider Payments", ADMIN], size=8.4, close="")
    ls = lines[den]
    t = truth("eob", "coding_error", insurer=ADMIN, plan_id=plans[den], group=grps[den],
              member_id=f"{bases[den]}-{sufs[den]}", member_name=pats[den], cases=[cl[den]],
              claim_amount=m2(sum(x[1] for x in ls)), service_dates=[iso(dos[den])], denial_date=iso(rd),
              provider=rend[den], appeal_deadline=iso(month_end(rd, 1)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice, pa], "member_id": [bases[den]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_short(rng):
    h = people(rng, 1, "wd", sexes="M", used=USED)[0]
    np_, clerk, rep = people(rng, 3, "wc", sexes="FMM", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = contractor(rng)
    uc = "Marl Creek Walk-In Clinic"
    visit = dt.date(2026, 5, 6)
    rcvd = dt.date(2026, 5, 20)
    ld = dt.date(2026, 5, 29)
    sent = dt.date(2026, 6, 2)
    clm = claim_no(rng)
    billed = 214.00
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)}  LOCAL 611 UNION HALL  {AREA} 555 {digits(rng, 4)}  #{{n}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Mailed {slash(ld)}"), tx=tx, tx_total=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    logo_head(p, rng, box="ELIGIBILITY DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [h, "19 Bentonite Lane", "Silt Hollow, XR 59336"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Date of letter", long(ld)), ("Claim received", long(rcvd)), ("Claim no.", clm),
                    ("Contractor", "Silt Hollow Drilling")], x=p.l_margin + W * 0.5, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(h)}:", 9.4)
    p.para(f"The Fund received a claim from {uc} for your visit there on May 6, 2026, when you saw {dr(np_, 'NP')}. "
           f"The charge was {usd(billed)}. Your member number, {mid}, shows no coverage for May 2026, so the Fund "
           "cannot pay this claim.", 9.2)
    p.bar("How May coverage is earned", 9.0)
    p.para("Coverage for a month is earned by the rig days your contractors report for the work month two months "
           "before it. For May 2026 that is March 2026, and you need 14 rig days in it. Rig days in your rig day bank "
           "can make up a short month.", 9.0)
    p.ruled_rows(["Work month", "Plan", "Contractor", "Rig days reported", "Needed"],
                 [["March 2026", RC, f"{grp}  Silt Hollow Drilling", "9", "14"],
                  ["Rig day bank on April 1, 2026", "", "", "3", ""],
                  ["Total available", "", "", "12", "14"]],
                 [W * k / 100 for k in (28, 11, 33, 16, 12)], ["L", "L", "L", "R", "R"], size=8.6, bold_rows=(2,))
    p.para("Your 9 rig days in March and the 3 days in your bank make 12, two short of 14. The March thaw closed the "
           "county roads to rigs for most of the month, and your contractor reported no other days. Your coverage "
           "ended on April 30, 2026.", 9.0)
    p.bar("Self-payment", 9.0)
    p.para("You may buy coverage for one short month. The self-payment for May is $598.00 and must reach the Fund "
           "Office by the end of the month after the month of this letter; if it does, this claim will be paid.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("If you think your rig days were reported wrong, ask your contractor to send a corrected report, or send "
           "us your own day sheets. You may appeal this decision to the Board of Trustees within 180 days of the date "
           "of this letter. Write to the Fund Office; you may ask for free copies of the Fund's rules and of your rig "
           "day records.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Eligibility Department", "Fund Office"])
    p.para(f"cc: {first_last(rep)}, Business Representative, Local 611", 7.8)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=RC, group=grp, member_id=mid, member_name=h,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(np_, "NP"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [uc, np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    hus = people(rng, 1, "sp", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sp", sexes="F", last=hus.split()[-1], used=USED)[0]
    surg, clerk, n1 = people(rng, 3, "wc", sexes="MFF", used=USED)
    base = member_base(rng)
    mid = f"{base}-02"
    grp = contractor(rng)
    asc = "Riverterrace Surgery Center"
    svc = dt.date(2026, 3, 30)
    rcvd = dt.date(2026, 4, 8)
    ld = dt.date(2026, 4, 22)
    clm = claim_no(rng)
    lines = [("29881", "Artroscopia de rodilla con meniscectomía", 5420.00),
             ("J3301", "Medicamento inyectado", 96.00), ("01400", "Anestesia, rodilla", 1324.00)]
    billed = sum(x[2] for x in lines)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    y0 = p.get_y()
    p.monogram(p.l_margin, y0, 17, "TWD", "square")
    p.f(11, "B")
    p.set_xy(p.l_margin + 21, y0 + 3)
    p.cell(80, 5, "Fondo de Salud")
    p.f(7.6)
    p.set_text_color(90, 90, 90)
    p.set_xy(p.l_margin + 21, y0 + 8.5)
    p.cell(80, 4, "Perforadores de pozos e instaladores de bombas")
    p.set_text_color(0, 0, 0)
    p._right_lines(contacts(rng), y0, p.l_margin + (p.w - p.l_margin - p.r_margin) * 0.6)
    p.f(9.2, "B")
    W = p.w - p.l_margin - p.r_margin
    p.set_xy(p.w - p.r_margin - 60, y0 + 19.5)
    p.cell(60, 6.6, "DECISIÓN SOBRE UN RECLAMO", border=1, align="C")
    p.set_y(y0 + 29)
    p.set_line_width(0.45)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(4)
    y = p.get_y()
    addr_block(p, [hus, "210 Camino del Pozo", "Casterby, XR 59318"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Fecha de este aviso", es_date(ld)), ("Reclamo recibido", es_date(rcvd)), ("Reclamo", clm),
                    ("Paciente", wife)], x=p.l_margin + W * 0.5, cap_w=26, size=8.8)
    p.id_strip_spaced("NÚM. DE MIEMBRO", groups(mid), x=p.l_margin + W * 0.5, w=W * 0.5, size=10.5)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimado señor {hus.split()[-1]}:", 9.4)
    p.para(f"El Fondo recibió el reclamo de {asc} por la cirugía de rodilla que el Dr. {dr(surg, 'MD')} le hizo a "
           f"su esposa, {first_last(wife)}, el {es_date(svc)}. El Fondo no pagará este reclamo.", 9.2)
    p.ruled_rows(["Código", "Servicio", "Cargo"], [[c, s, n2(a)] for c, s, a in lines] +
                 [["", "Total del reclamo", usd(billed)]], [W * k / 100 for k in (14, 64, 22)], ["L", "L", "R"],
                 size=8.8, bold_rows=(3,))
    p.ruled_rows(["Plan", "Contratista", "Relación con el miembro"], [[PS, f"{grp}  Kettlehole Pump Service",
                                                                      "Esposa"]],
                 [W * k / 100 for k in (20, 50, 30)], ["L", "L", "L"], size=8.6)
    p.bar("Por qué", 9.0)
    p.para(f"{asc} no forma parte de la red de proveedores del Fondo (Aquifer Care Network). El Fondo paga la "
           "atención fuera de la red solo en una emergencia. Esta cirugía fue programada, no fue una emergencia, y "
           "nadie pidió al Fondo una excepción antes de la cirugía. El centro quirúrgico puede cobrarle el total.",
           9.0)
    p.para(f"Centros quirúrgicos de la red cerca de usted: Casterby Outpatient Surgery y Marl Creek Surgical "
           f"Suites. La Dra. {dr(n1, 'MD')} opera en ambos.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Usted puede apelar por escrito ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha en "
           "que reciba esta carta. Envíe su apelación a la Oficina del Fondo con los documentos que la apoyen. Puede "
           "pedir sin costo copias de las reglas del Fondo y de los documentos de su reclamo.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Departamento de Reclamos", "Oficina del Fondo"], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PS, group=grp, member_id=mid, member_name=wife,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=asc,
              appeal_deadline=None, lang="es",
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [surg],
                          "appeal_deadline": [iso(plus(ld, 180))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def copy_stack(rng):
    helper = people(rng, 1, "wd", sexes="M", used=USED)[0]
    erdoc, handdoc, clerk, billing = people(rng, 4, "wc", sexes="MFMF", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = contractor(rng)
    hosp = "Casterby Regional Medical Center"
    injury = dt.date(2026, 5, 20)
    rcvd = dt.date(2026, 6, 1)
    ld = dt.date(2026, 6, 12)
    faxed = dt.datetime(2026, 6, 16, 10, 52)
    clm = claim_no(rng)
    lines = [("99284", "Emergency department visit, level 4", 1486.00), ("73130", "X-ray hand, 3 views", 312.00),
             ("12002", "Repair of wounds, 2.6 to 7.5 cm", 842.00), ("26750", "Closed treatment, finger fracture",
                                                                    1272.00)]
    billed = sum(x[2] for x in lines)
    comp = "Granitefall Casualty Company"
    # (i) the Fund's letter
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [helper, "6 Drawdown Court", "Marl Creek, XR 59325"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date", long(ld)), ("Claim received", long(rcvd)), ("Claim no.", clm),
                 ("Plan / contractor", f"{RC} / {grp}")], x=p.l_margin + W * 0.5, cap_w=28, size=8.8)
    p.id_strip_spaced("MEMBER NO.", groups(mid), x=p.l_margin + W * 0.5, w=W * 0.5, size=10.5)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(helper)}:", 9.4)
    p.para(f"The Fund received the claim of {hosp} for your emergency room visit on {long(injury)}, when Dr. "
           f"{dr(erdoc, 'MD')} treated the crushed and cut left middle finger you got when a drill rod slipped in the "
           "rod loader on a job for Kettlehole Pump Service.", 9.2)
    p.ruled_rows(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] +
                 [["", "Total billed", usd(billed)]], [W * k / 100 for k in (14, 64, 22)], ["L", "L", "R"],
                 size=8.8, bold_rows=(4,))
    p.bar("Why the Fund is not paying this claim", 9.0)
    p.para("The hospital's records and the accident report say you were hurt at work. The Fund does not pay for an "
           "injury at work while the employer's workers' compensation insurance covers it (Rules of the Fund, "
           f"Article 7.4). Kettlehole Pump Service carries that insurance with {comp}; the hospital should send "
           "its bill there.", 9.0)
    p.add_page()
    p.bar("If workers' compensation says no", 9.0)
    p.para(f"If {comp} denies your claim in writing, send us a copy of its letter. The Fund will then process the "
           "hospital's claim under your medical benefits and may ask to be paid back if the compensation claim is "
           "later approved. Please also sign and return the Fund's reimbursement agreement (enclosed).", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Write "
           "to the Fund Office, say why you disagree and send any papers that help your appeal. You may ask for free "
           "copies of the Fund's rules and of the records used for this decision.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Claims Department", "Fund Office"])
    p.para(f"cc: {hosp}, Patient Financial Services   \u00b7   Enclosure: reimbursement agreement", 7.8)
    letter = out(p)
    letter_t = truth("denial_letter", "other", insurer=INS, plan_id=RC, group=grp, member_id=mid, member_name=helper,
                     cases=[clm], claim_amount=m2(billed), service_dates=[iso(injury)], denial_date=iso(ld),
                     provider=dr(erdoc, "MD"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": INS_ALT, "member_id": [base], "provider": [hosp, erdoc]})
    report = tx_report(rng, "MARL CREEK LIBRARY COPY CTR", f"{AREA}-555-{digits(rng, 4)}", faxed,
                       f"{AREA}555{digits(rng, 4)}", 2, letter)
    # (iii) the hand clinic's statement
    clinic = "Casterby Hand & Occupational Clinic"
    v1, v2 = dt.date(2026, 5, 27), dt.date(2026, 6, 3)
    sd = dt.date(2026, 6, 24)
    acct = f"HOC-{digits(rng, 6)}"
    items = [(v1, "99213", "Office visit, hand follow-up", 196.00), (v1, "29130", "Finger splint", 84.00),
             (v2, "99213", "Office visit, hand follow-up", 196.00), (v2, "97760", "Orthotic fitting", 118.00)]
    tot = sum(x[3] for x in items)
    q = EVSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 16, 18)
    q.add_page()
    q.admin_plate(clinic, "a practice of Casterby Regional Medical Center physicians", [
        "3100 Artesian Avenue, Suite 140, Casterby, XR 59312", f"Billing office {phone(rng, AREA)}"],
        box="PATIENT STATEMENT", size=14)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [helper, "6 Drawdown Court", "Marl Creek, XR 59325"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.edge_leaders([("Statement date", long(sd)), ("Account no.", acct), ("Patient", helper),
                    ("Amount due", usd(tot))], x=q.l_margin + W * 0.5, cap_w=26, size=8.8)
    q.set_y(max(q.get_y(), yl) + 2)
    q.ruled_rows(["Date", "Code", "Service", "Provider", "Charge"],
                 [[slash(d), c, s, dr(handdoc, "MD"), n2(a)] for d, c, s, a in items] +
                 [["", "", "Total charges", "", usd(tot)]],
                 [W * k / 100 for k in (14, 10, 34, 26, 16)], ["L", "L", "L", "L", "R"], size=8.6, bold_rows=(4,))
    q.boxes([[("Insurance on file", INS, 0.64), ("Member no.", mid, 0.36)],
             [("Insurance status", "Health fund says work injury", 0.64),
              ("Charges sent to", comp, 0.36)]], size=8.4)
    q.para("Your health fund told us this injury happened at work. We have sent these charges to the workers' "
           "compensation insurer of your employer. You do not need to pay now; if the compensation claim is denied we "
           "will bill your health fund, and any amount left will be yours. Please call our billing office if the "
           "injury was not at work.", 9.0)
    q.para(f"Questions: {first_last(billing)}, patient accounts.", 8.6)
    bill = out(q)
    bill_t = truth("other", None, insurer=None, member_id=mid, member_name=helper, claim_amount=m2(tot),
                   service_dates=[iso(v1), iso(v2)], denial_date=iso(sd), provider=clinic,
                   alternates={"member_id": [base], "provider": [handdoc]}, unscored=["insurer"])
    return report, [(letter, letter_t), (bill, bill_t)]


# ---------------------------------------------------------------------------------------------------------------
def bd_gae(rng):
    pt = people(rng, 1, "wd", sexes="F", used=USED)[0]
    ir, md_rev = people(rng, 2, "wc", sexes="MF", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = contractor(rng)
    rcvd = dt.date(2026, 6, 10)
    nd = dt.date(2026, 6, 19)
    planned = dt.date(2026, 7, 8)
    pc = precert_no(rng)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    y0 = p.get_y()
    p.monogram(p.l_margin, y0, 17, "TWD", "disc")
    p._right_lines([f"Member line {tollfree(rng, '844')}", f"Fax {phone(rng, AREA)}",
                    "Precertification: call the Fund Office"], y0, p.l_margin + (p.w - p.l_margin - p.r_margin) * 0.6)
    p.f(9.2, "B")
    p.set_xy(p.w - p.r_margin - 64, y0 + 13)
    p.cell(64, 6.6, "PRECERTIFICATION DECISION", border=1, align="C")
    p.set_y(y0 + 22)
    p.set_text_color(90, 90, 90)
    p.f(6.8)
    p.set_x(p.l_margin)
    p.cell(0, 3.2, f"{INS}  \u00b7  {OFFICE[0]}  \u00b7  {OFFICE[1]}", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.line_seg(p.l_margin, p.get_y() + 0.6, p.l_margin + 128, p.get_y() + 0.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "88 Screen Slot Way", "Casterby, XR 59317"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Notice date", long(nd)), ("Request received", long(rcvd)), ("Precertification no.", pc),
                   ("Member no.", mid)], ncol=2, x=p.l_margin + W * 0.48, w=W * 0.52, indent=5, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.ruled_rows(["Plan", "Contractor", "Service asked for", "Planned for"],
                 [[PS, f"{grp}  Kettlehole Pump Service", "Genicular artery embolization (37242)",
                   slash(planned)]], [W * k / 100 for k in (10, 32, 42, 16)], ["L", "L", "L", "L"], size=8.4)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"Dr. {dr(ir, 'MD')}, an interventional radiologist at Casterby Vascular & Interventional Radiology, asked "
           f"the Fund to approve a genicular artery embolization of your right knee, to be done on July 8, 2026. The "
           "Fund cannot approve it.", 9.2)
    p.bar("Why", 9.0)
    p.para("In this procedure small particles are put into the arteries around the knee to reduce the blood flow that "
           "is thought to add to arthritis pain. The Fund's medical policy lists it as investigational for knee "
           "osteoarthritis: the studies so far are small, most have no comparison group, and they do not yet show "
           "how long any benefit lasts or how often it causes harm. The Rules of the Fund exclude experimental and "
           f"investigational services (Article 6.2(f)). Dr. {dr(md_rev, 'MD')}, a radiologist who reviews for the "
           "Fund, read the request and agreed.", 9.0)
    p.para("Treatments the Fund does cover for knee arthritis include physical therapy, steroid injections, bracing and, "
           "when needed, knee replacement.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You or your doctor may appeal to the Board of Trustees within 180 days of the date of this notice. If your "
           "doctor says a delay would seriously harm your health, ask for an urgent appeal, decided within 72 hours. "
           "You may ask for a free copy of the medical policy and of the records the Fund used.", 9.0)
    p.ln(1)
    sign(p, [f"{first_last(md_rev)}, MD", "Medical Reviewer, Fund Office"])
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PS, group=grp, member_id=mid, member_name=pt,
              cases=[pc], service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(ir, "MD"),
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "service_dates": [[]],
                          "provider": [ir, "Casterby Vascular & Interventional Radiology"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_trustees(rng):
    dm = people(rng, 1, "wd", sexes="M", used=USED)[0]
    neuro, chair, sec = people(rng, 3, "wc", sexes="MFM", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = contractor(rng)
    hosp = "Casterby Regional Medical Center"
    adm, dis = dt.date(2026, 2, 23), dt.date(2026, 2, 26)
    first_d = dt.date(2026, 3, 20)
    filed = dt.date(2026, 4, 30)
    meet = dt.date(2026, 5, 21)
    ld = dt.date(2026, 5, 27)
    clm = claim_no(rng)
    appeal = f"TA-26-{digits(rng, 3)}"
    billed = 68420.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="DECISION OF THE TRUSTEES")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [dm, "302 Cable Tool Road", "Silt Hollow, XR 59338"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Date of decision", long(ld)), ("Appeal no.", appeal), ("Claim no.", clm),
                   ("Member no.", mid), ("Appeal received", long(filed)), ("Trustees met", long(meet))], ncol=2,
                  x=p.l_margin + W * 0.46, w=W * 0.54, indent=5, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(dm)}:", 9.4)
    p.para(f"The Board of Trustees has decided your appeal of the Fund's decision of {long(first_d)} not to pay "
           f"{hosp} for your stay there for a lumbar spinal fusion by Dr. {dr(neuro, 'MD')}, neurosurgeon.", 9.2)
    p.stay_boxes((slash(adm), "07:10 (planned surgery)"), (slash(dis), "11:40"),
                 [("HOSPITAL CHARGES", usd(billed))], size=9.4, labels=("ADMITTED", "DISCHARGED"))
    p.ruled_rows(["Plan", "Contractor", "Precertification on file"],
                 [[RC, f"{grp}  Marl Creek Water Well Co.", "none"]], [W * k / 100 for k in (18, 52, 30)],
                 ["L", "L", "L"], size=8.6)
    p.bar("The Trustees' decision: the denial stands", 9.0)
    p.para("The Rules of the Fund (Article 5.3) say that a hospital admission must be precertified by the Fund Office "
           "before it begins, unless it begins as an emergency, and that the Fund does not pay the hospital for an "
           "admission that was not precertified. Your surgery was planned weeks ahead; no one called the Fund Office "
           "before the admission, and the hospital asked for a review only after you went home.", 9.0)
    p.para("Your letter said the surgeon's office told you it had taken care of the approval. The Trustees are sorry "
           "for the trouble this has caused, but the rule applies to every member and no request was made. The "
           "surgeon's own claim was paid; the hospital's network contract does not let it bill you for charges "
           "refused because it did not obtain precertification.", 9.0)
    p.bar("This decision is final under the Fund's rules", 9.0)
    p.para("The Trustees' decision ends the Fund's appeal process. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter, and you have the "
           "right to bring a civil action under section 502(a) of ERISA. You may ask for free copies of all documents "
           "the Trustees used.", 8.8)
    p.ln(1)
    sign(p, [first_last(chair), "Chair, Board of Trustees"], close="For the Board of Trustees,")
    p.para(f"Prepared by {first_last(sec)}, Appeals, Fund Office   \u00b7   cc: {hosp}", 7.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=RC, group=grp, member_id=mid,
              member_name=dm, cases=[appeal, clm], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=hosp, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[appeal], [clm]],
                          "provider": [neuro]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    rem = faxstd_remittance(rng)
    short = faxstd_short(rng)
    es = phone_es(rng)
    report, stack_docs = copy_stack(rng)
    return [
        Item(f"{f}_bd_eob_tattoo_removal_zero_paid", "born_digital", [eob]),
        Item(f"{f}_faxstd_remittance_dx2_middle", "fax_standard_g4", [rem]),
        Item(f"{f}_faxstd_short_rig_days_id_in_sentence", "fax_standard_g4", [short]),
        Item(f"{f}_phone_es_fuera_de_red", "phone_photo", [es]),
        Item(f"{f}_copy_stack_comp_first_tx_report_bill", "photocopy", stack_docs, separators=[None, report],
             turns={(0, 1): 180}),
        Item(f"{f}_bd_genicular_embolization", "born_digital", [bd_gae(rng)]),
        Item(f"{f}_rotated_trustees_fusion_stay_boxes", "rotated", [rotated_trustees(rng)]),
    ]
