"""An invented university hospital's own self-funded employee health plan with tiered networks (Kestrelford Health
Employee Plan, the plan of Kestrelford University Health's employees): Tier 1 is the system itself (Kestrelford
University Hospital, Kestrelford University Physicians, its imaging centre and urgent care), Tier 2 two affiliate
community hospitals, Tier 3 every other provider of a rented national PPO network (Quadrant Health PPO); outside
that network only emergencies are paid. The plan refuses or pays less for care outside Tier 1: advanced imaging and
planned joint replacement only at Tier 1 (or Tier 2 for imaging) unless a tier exception is approved, hospital days
after a declined transfer paid at Tier 3, non-emergency care abroad refused, a Tier 3 provider's claim filed after
the PPO contract's 90 days, Tier 3 specialist visits after a Kestrelford referral ran out. Papers to employees, a
surgeon's office and a dermatology practice, and a practice's billing office letter forwarding one. Everything is
invented: the system, its hospitals and tiers, the PPO network, every deductible, coinsurance, time limit, code
(T1, T2, X3I), provider, billing service, person, number and address (phones use 555); CPT codes appear as
themselves. No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- born_digital_household_statement_tier_three_mri_not_covered: a statement of three household claims (patient,
  claim no., ISO dates, provider with its tier, billed / network discount / allowed / plan paid / you owe, a claim
  total per claim and a totals row; the Kestrelford member ID beside an employee no., an MRN and a "Claims
  processed" period as decoys); the employee's lumbar MRI at a Tier 3 imaging centre pays 0.00 under X3I (legend
  only); "within 180 days after you receive this statement" (null).
- faxstd_surgeon_office_knee_replacement_tier_three_hospital_refused: a standard-fax notice to a Tier 3 surgeon's
  office with short captions left of and under boxes ("Dt", "Attn", "Mbr", "KH ID" with dashes and an O among its
  digits, "Emp #" and "Quadrant #" as decoys, "Grp", "Plan ID", "Req #", "Sched" Mon 04/20/26) and a tier strip:
  a planned knee replacement at a Tier 3 hospital refused because planned joint replacement is Tier 1 only;
  "within 180 days of the date of this notice".
- lowres_member_letter_stay_after_declined_transfer_paid_at_tier_three: a 150 dpi letter with odd captions under
  values ("Ltr dt", "KH mbr #" in groups, "Clm", "Adm / Disch", "Hosp acct" as decoy) on a stay "from March 4
  through March 9, 2026" at a Tier 3 hospital: the emergency days paid at the Tier 1 level, the days after a
  declined transfer (03/07/26 - 03/09/26) at Tier 3; amounts only in sentences ("USD 38,412.60", "USD 14,980.00");
  "You have until <date>".
- photocopy_dependent_physiotherapy_in_toronto_not_emergency: a photocopied letter about a daughter's six
  physiotherapy visits in Toronto with captions beside boxes and a parties box (physiotherapist beside the billing
  service), a table of day-named dates with CAD and USD columns, plan paid and "not covered" in parentheses and a
  totals row whose first row (the emergency visit) was paid; "CAD 1,050.00 (USD 765.48)" in a sentence; "within
  180 days of the date of this letter".
- phone_es_reclamo_urgencias_nivel_tres_fuera_de_plazo: a photographed Spanish letter with a facts box at the left:
  a Tier 3 urgent care visit "el jueves 8 de enero de 2026" billed 102 days later, past the PPO contract's 90 days
  ("486,00 dólares ($486.00)"; "dentro de 180 días a partir de la fecha de esta carta").
- rotated_tier_exception_approved_pediatric_cardiology: a tier exception approval (a child's heart rhythm care at a
  Tier 3 children's hospital paid as Tier 1, 04/01/26 - 09/30/26) with values over captions and a tier strip, fed
  sideways (denies nothing).
- clean_stack_dermatology_billing_letter_then_mohs_after_referral_ended_sideways: a dermatology practice's billing
  office letter forwarding the plan's notice and asking for payment (decides nothing; its account no. as decoy), its
  blank duplex back, then sideways the plan's letter: the February consult paid at Tier 3, the Mohs surgery and
  follow-up of "4-9 Mar 2026" refused because the Kestrelford referral ended on 02/28/26 (table with a "Rendering"
  column, "(1,018.04)"-style amounts, totals; "must reach us by <date>").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhd import (EDSheet, abbr, cad, dayname, digits, dmy, es_date, es_dolares, first_last, grouped,
                               last_first, long, n2, npi, on_weekday, paren, pattern_id, people, phone, plus, short,
                               slash, span_compact, span_dash, span_through, usd, workday)
from public_kit import m2, out, truth

FAMILY = "university_hospital_employee_plan_tiered_network_tier_three_refusals_and_reductions"
LANG = "en"
SEED = 355033
PLAN = "Kestrelford Health Employee Plan"
PLAN_ALT = ["Kestrelford University Health", "Kestrelford Health", "Kestrelford University Health Employee Plan",
            "Kestrelford"]
SYSTEM = "Kestrelford University Health"
KUH = "Kestrelford University Hospital"
KUP = "Kestrelford University Physicians"
PPO = "Quadrant Health PPO"
TIERS = [("Tier 1  Kestrelford Care", "our hospital, physicians, imaging, urgent care"),
         ("Tier 2  Affiliates", "Marrowby Community, Ellisbrook Memorial"),
         ("Tier 3  Quadrant Health PPO", "all other Quadrant network providers")]
GROUP = "07100"
FEMALE = {"Ardith", "Delphia", "Florentina", "Hesper", "Jessamine", "Lucasta", "Nolwenn", "Rosamund", "Tamsin",
          "Verity", "Yseult", "Anneliese", "Cosima", "Eulalie"}
PLAN_ID = "KEP-01"


def kh(rng):
    """(dashed, spaced, plain) forms of one member number with an O, I, S, B or Z among its digits."""
    a, b = pattern_id(rng, "#?#"), pattern_id(rng, "####")
    return f"KH-{a}-{b}", f"KH {a} {b}", f"KH{a}{b}"


def _head(p, rng, unit, size=14):
    p.lh_right(PLAN, f"Self-funded medical plan of {SYSTEM}  |  {unit}",
               ["Employee Health Plan Service Center", f"PO Box {rng.randint(6100, 6199)}",
                "Kestrelford, PA 16830", f"Tel {phone(rng, '814')}"], size=size)


def pa_address(rng):
    town, z = rng.choice([("Kestrelford", "16830"), ("Bellmoor", "16823"), ("Port Tillery", "16866"),
                          ("Lemont Furnace", "16851"), ("Hollins Gap", "16828"), ("Spring Bank", "16875")])
    street = rng.choice(["Sycamore Ridge Dr", "W Beaver Ave Apt 3C", "Old Boalsburg Rd", "Crestline Ct",
                         "N Atherton Pl", "Laurel Run Rd", "Fox Hollow Ln"])
    return [f"{rng.randint(100, 2999)} {street}", f"{town}, PA {z}"]


# 1 -----------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    emp, spouse, son = people(rng, 3)
    dashed, spaced, plain = kh(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    mri = dt.date(2026, 3, rng.randint(16, 20))
    claims = []
    lines_spec = [
        (spouse, "01", dt.date(2026, 3, rng.randint(2, 6)), f"{KUP} (Tier 1)",
         [("99214 Office visit, established", 265.00, 88.40, "T1", 0.10)]),
        (emp, "00", mri, "Pinebarren Open MRI (Tier 3)",
         [("72148 MRI lumbar spine, facility", 1780.00, 842.35, "X3I", None),
          ("72148-26 MRI reading", 360.00, 171.20, "X3I", None)]),
        (son, "02", dt.date(2026, 3, rng.randint(23, 27)), "Marrowby Community Hospital (Tier 2)",
         [("80053 Metabolic panel", 148.00, 61.10, "T2", 0.25), ("85025 Blood count", 96.00, 41.75, "T2", 0.25)]),
    ]
    rows, bold, tot = [], [], [0.0] * 5
    deny = None
    for who, sfx, d, prov, lines in lines_spec:
        cn = pattern_id(rng, "C26-####?##")
        sub = [0.0] * 5
        for i, (svc, billed, disc, code, coins) in enumerate(lines):
            allowed = round(billed - disc, 2)
            if coins is None:
                paid, owe = 0.0, allowed
            else:
                owe = round(allowed * coins, 2)
                paid = round(allowed - owe, 2)
            vals = [billed, disc, allowed, paid, owe]
            sub = [a + b for a, b in zip(sub, vals)]
            lead = [f"{who}\n(suffix {sfx})\n{cn}", d.isoformat(), prov] if i == 0 else ["", "", ""]
            rows.append(lead + [svc] + [n2(v) for v in vals] + [code])
        rows.append(["", "", "", "Claim total"] + [n2(v) for v in sub] + [""])
        bold.append(len(rows) - 1)
        tot = [a + b for a, b in zip(tot, sub)]
        if who == emp:
            deny = (cn, round(sub[0], 2))
    rows.append(["TOTALS", "", "", ""] + [n2(v) for v in tot] + [""])
    p = EDSheet(footer="Page {n} of {nb}", footer_left="This is not a bill.")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Claims")
    W = p.w - p.l_margin - p.r_margin
    p.idpanel([("Statement date", slash(sd)), ("Subscriber", emp), ("Kestrelford Member ID", dashed),
               ("Group No.", GROUP), ("Plan ID", PLAN_ID), ("Employee No. (HR)", f"E{digits(rng, 7)}"),
               ("MRN (hospital record)", f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"),
               ("Claims processed", "03/01/26 - 03/31/26")],
              widths=[26, 44, 36, 22, 20, 34, 38, W - 220], size=8.8, title="Statement of claims processed")
    p.wrap_table(["Patient / claim no.", "Service date", "Provider (tier)", "Service", "Billed",
                  "Network discount", "Allowed", "Plan paid", "You owe", "Code"], rows,
                 [40, 20, 44, 46, 18, 20, 18, 18, 18, W - 242], size=7.6,
                 aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, bold_rows=tuple(bold))
    p.para("**Codes.** T1: Tier 1 benefit, 10% coinsurance after the Tier 1 deductible (met). T2: Tier 2 benefit, 25% "
           "coinsurance. X3I: MRI, CT and PET scans are covered only at a Tier 1 or Tier 2 imaging center unless the "
           "plan approved a tier exception before the scan. This center is Tier 3 and no exception was asked for, "
           "so the plan pays nothing. Because the center is in the Quadrant network it may not bill you more than "
           "the allowed amount.", 8.2)
    p.para("If you think a claim was handled wrongly, you may appeal within 180 days after you receive this "
           "statement. Write to the Service Center and include the claim number.", 8.2)
    cn, billed = deny
    t = truth("eob", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, group=GROUP, member_id=dashed,
              member_name=emp, cases=[cn], claim_amount=m2(billed), service_dates=[mri.isoformat()],
              denial_date=sd.isoformat(), provider="Pinebarren Open MRI",
              alternates={"insurer": PLAN_ALT, "member_id": [plain], "plan_id": [None]},
              denial_alternates=["not_covered", "prior_authorization"], type_alternates=["denial_letter"])
    return out(p), t


# 2 -----------------------------------------------------------------------------------------------------------------
def faxstd_tka(rng):
    emp, surg, rn, attn = people(rng, 4)
    practice = "Cresswell Valley Orthopaedics"
    hosp = "Cresswell Valley Medical Center"
    dashed, spaced, plain = kh(rng)
    req = pattern_id(rng, "PA26-#?####")
    rcvd = dt.date(2026, 3, rng.randint(23, 26))
    ld = workday(plus(rcvd, rng.randint(5, 7)))
    planned = dt.date(2026, 4, 20)
    fax = f"{short(ld)}  {rng.randint(8, 11)}:{rng.randint(10, 59)}  KHEP UM  {phone(rng, '814')}  TO {practice.upper()}  P{{n}}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left="KHEP-UM-3 rev 11/25", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng, "Utilization Management", size=13)
    p.title_bar("NOTICE TO REQUESTING PROVIDER", sub="Sent by fax. A copy is mailed to the member.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", slash(ld), 36, "L"), ("To", practice, 86, "L"), ("Attn", attn, W - 122, "L")],
               cap=6.4, size=9.2, h=7.6)
    p.capcells([("Mbr", emp, 58, "L"), ("KH ID", dashed, 40, "B"), ("Emp #", f"E{digits(rng, 7)}", 30, "B"),
                ("Quadrant #", f"QPN-{digits(rng, 6)}", W - 128, "B")], cap=6.4, size=9.2, h=7.6)
    p.capcells([("Grp", GROUP, 22, "L"), ("Plan ID", PLAN_ID, 34, "L"), ("Req #", req, 46, "L"),
                ("Rcvd", short(rcvd), 30, "B"), ("Sched", dayname(planned), W - 132, "B")], cap=6.4, size=9.2,
               h=7.6)
    p.capcells([("Proc", "27447 total knee replacement, left", 84, "L"), ("Fac", hosp, W - 84, "B")],
               cap=6.4, size=9.0, h=7.6)
    p.tier_strip(TIERS, 2, title="Tier of the hospital named in the request")
    p.f(12, "B")
    p.cell(0, 7, "Outcome: NOT APPROVED at the hospital requested", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dr. {surg} asked us to approve a left knee replacement at {hosp}. The records show years of knee pain, "
           "bone-on-bone wear on the x-rays and a failed course of injections and therapy, and we do not question "
           "that the surgery is needed.", 9.2)
    p.para(f"Under this plan, planned joint replacement is paid only when it is done at a Tier 1 hospital. "
           f"{hosp} is Tier 3. The plan makes an exception only when no Tier 1 surgeon can do the operation or "
           f"none can schedule it within 45 days; the joint center at {KUH} has offered the member a date "
           "within three weeks. So the surgery cannot be approved at the hospital asked for.", 9.2)
    p.para(f"If the member chooses surgery at {KUH}, the joint center will send its own request. The member may "
           "still have the surgery at the hospital named, but the plan will not pay for it.", 9.2)
    p.para(f"Decided by {rn}, RN, with the plan's physician reviewer. To appeal, the member or the surgeon with the "
           "member's written consent must write to us within 180 days of the date of this notice.", 9.0)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, group=GROUP, member_id=dashed,
              member_name=emp, cases=[req], service_dates=[planned.isoformat()], denial_date=ld.isoformat(),
              provider=surg, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": PLAN_ALT, "member_id": [plain], "provider": [practice, hosp],
                          "plan_id": [None]},
              denial_alternates=["not_covered", "prior_authorization"])
    return out(p), t


# 3 -----------------------------------------------------------------------------------------------------------------
def lowres_stay(rng):
    emp, att, nurse, sig = people(rng, 4)
    hosp = "Brackenbury Regional Medical Center"
    dashed, spaced, plain = kh(rng)
    cn = pattern_id(rng, "C26-####?##")
    adm, dis = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    cut = dt.date(2026, 3, 7)
    ld = workday(dt.date(2026, 4, rng.randint(13, 17)))
    dl = plus(ld, 150)
    total, late = 38412.60, 14980.00
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Claims")
    for line in [emp, *pa_address(rng)]:
        p.line(line, 9.8)
    p.ln(3)
    p.under([(slash(ld), "Ltr dt"), (spaced, "KH mbr #"), (cn, "Clm"), (GROUP, "Grp")], [34, 44, 50, 50])
    p.under([(f"{short(adm)} / {short(dis)}", "Adm / Disch"), (hosp, "Hosp"), (f"H{digits(rng, 8)}", "Hosp acct")],
            [44, 90, 44])
    p.para(f"Dear {first_last(emp)}:", 9.8)
    p.para(f"You were taken to the emergency room of {hosp} and stayed in the hospital {span_through(adm, dis)}. "
           f"{hosp} is a Tier 3 hospital. This letter explains how we paid the hospital's claim.", 9.6)
    p.para("**Emergency days.** Emergency care is paid at the Tier 1 level wherever you get it, until you are "
           "stable enough to be moved. We paid March 4, 5 and 6 that way.", 9.6)
    p.para(f"**The days after.** On March 6 the hospital's doctor, Dr. {att}, wrote that you were stable, and our "
           f"transfer nurse, {nurse}, arranged a bed at {KUH} and an ambulance at no cost to you. You chose to stay. "
           "Care in a Tier 3 hospital that is not emergency care is paid at the Tier 3 level: 50% after the Tier 3 "
           f"deductible of USD 3,000.00. The days {span_dash(cut, dis)} were paid that way.", 9.6)
    p.para(f"The hospital billed USD {n2(total)} for the whole stay. USD {n2(late)} of it is for the days after "
           "you chose to stay. Because of the Tier 3 deductible and coinsurance, most of that part is now yours to "
           "pay; the hospital is in the Quadrant network and may not bill you more than the allowed amount.", 9.6)
    p.para(f"You have until {long(dl)} to ask us to look at this again. Write to the Service Center and say why "
           "you think the days should be paid at the Tier 1 level.", 9.6)
    p.sign(["Sincerely,", sig, "Claims Review"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=GROUP, member_id=spaced, member_name=emp,
              cases=[cn], claim_amount=m2(total), service_dates=[f"{cut.isoformat()}/{dis.isoformat()}"],
              denial_date=ld.isoformat(), provider=hosp, appeal_deadline=dl.isoformat(),
              alternates={"insurer": PLAN_ALT, "member_id": [plain], "provider": [att],
                          "claim_amount": [m2(late)],
                          "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"],
                                            [cut.isoformat(), dis.isoformat()]]},
              denial_alternates=["other", "level_of_care"])
    return out(p), t


# 4 -----------------------------------------------------------------------------------------------------------------
def photocopy_toronto(rng):
    while True:
        emp, daughter, physio, sig = people(rng, 4)
        if daughter.split()[0] in FEMALE:
            break
    clinic = "Queensway Motion Physiotherapy"
    biller = "Northmarch Claims Submission Services"
    er = "Harbourview General Hospital"
    dashed, spaced, plain = kh(rng)
    dep = f"{dashed}-03"
    cn = pattern_id(rng, "C26-####?##")
    er_cn = pattern_id(rng, "C26-####?##")
    rate = 0.7290
    fall = dt.date(2026, 2, rng.randint(14, 18))
    first = on_weekday(dt.date(2026, 3, 2), 0)
    visits = [first, plus(first, 3), plus(first, 7), plus(first, 10), plus(first, 14), plus(first, 17)]
    ld = workday(dt.date(2026, 4, rng.randint(20, 24)))
    er_cad = 620.00
    rows = []
    er_usd = round(er_cad * rate, 2)
    rows.append([dayname(fall), er_cn, "Emergency visit", n2(er_cad), n2(er_usd), n2(er_usd), "0.00", "paid"])
    tot_cad, tot_usd, tot_paid, tot_nc = er_cad, er_usd, er_usd, 0.0
    phys_cad = phys_usd = 0.0
    for d in visits:
        c = 175.00
        u = round(c * rate, 2)
        phys_cad += c
        phys_usd += u
        tot_cad += c
        tot_usd += u
        tot_nc += u
        rows.append([dayname(d), cn, "Physiotherapy visit", n2(c), n2(u), "0.00", paren(u), "refused"])
    phys_usd = round(phys_usd, 2)
    rows.append(["Totals", "", "", n2(tot_cad), n2(round(tot_usd, 2)), n2(tot_paid), paren(round(tot_nc, 2)), ""])
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims - care outside the United States", size=13)
    p.para(long(ld), 9.8)
    for line in [emp, *pa_address(rng)]:
        p.line(line, 9.8)
    p.ln(3)
    p.beside([[("Patient", daughter), ("Kestrelford Member ID", dep)],
              [("Claim no.", cn), ("Employee No.", f"E{digits(rng, 7)}")],
              [("Group No.", GROUP), ("Exchange rate used", f"1 CAD = {rate:.4f} USD")]], cap_w=34, size=8.8)
    p.parties([("Physiotherapist", physio, clinic),
               ("Claim sent by", biller, f"Invoice {digits(rng, 6)}"),
               ("Emergency care", er, "Toronto, Ontario")], cap_w=36, size=8.4)
    p.para(f"Dear {first_last(emp)}:", 9.8)
    p.para(f"{first_last(daughter)} was seen in the emergency department of {er} in Toronto after a fall on the "
           "ice. The plan paid that visit as emergency care. The physiotherapy that followed is a different "
           "matter.", 9.2)
    p.para(f"Outside the United States the plan pays only for emergency care. Visits booked weeks after the fall "
           f"to strengthen the knee are not emergency care, and {clinic} is not part of any network the plan "
           f"uses. The physiotherapy claim, {cad(phys_cad)} ({usd(phys_usd)}), is therefore not covered.", 9.2)
    p.wrap_table(["Date", "Claim", "Service", "Billed (CAD)", "Billed (USD)", "Plan paid", "Not covered", "Note"],
                 rows, [22, 24, 38, 20, 20, 18, 22, p.w - p.l_margin - p.r_margin - 164], size=7.8,
                 aligns=["L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.para("If the knee still needs treatment, a Tier 1 physical therapist in Kestrelford, or any Tier 3 therapist "
           "near where your daughter lives in the United States, can be covered.", 9.4)
    p.para("To appeal, write to us within 180 days of the date of this letter.", 9.4)
    p.sign(["Sincerely,", sig, "Claims Review"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=GROUP, member_id=dep, member_name=daughter,
              cases=[cn], claim_amount=m2(phys_usd), service_dates=[d.isoformat() for d in visits],
              denial_date=ld.isoformat(), provider=physio, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": PLAN_ALT, "member_id": [dep.replace("-", ""), dashed],
                          "provider": [clinic], "claim_amount": [m2(phys_cad)]},
              denial_alternates=["not_covered"])
    return out(p), t


# 5 -----------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    emp, pa, sig = people(rng, 3, es=True)
    uc = "Alder Crossing Urgent Care"
    dashed, spaced, plain = kh(rng)
    cn = pattern_id(rng, "C26-####?##")
    visit = dt.date(2026, 1, 8)
    rcvd = plus(visit, 102)
    ld = workday(plus(rcvd, rng.randint(9, 14)))
    amt = 486.00
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Reclamos")
    p.para(es_date(ld), 10)
    for line in [emp, *pa_address(rng)]:
        p.line(line, 10)
    p.ln(3)
    side = [("Número de miembro Kestrelford", dashed), ("Número de empleado", f"E{digits(rng, 7)}"),
            ("Grupo", GROUP), ("Número de reclamo", cn), ("Fecha de la visita", visit.isoformat()),
            ("Reclamo recibido", rcvd.isoformat()), ("Centro", f"{uc} (Nivel 3)")]
    p.two_col(side, [
        f"Estimado/a {first_last(emp)}:",
        f"Usted fue atendido/a en {uc} el {es_date(visit, True)}. Ese centro de urgencias pertenece a la red "
        f"{PPO}, que para este plan es el Nivel 3. Le atendió {pa}, asistente médico.",
        f"El centro nos envió el reclamo por {es_dolares(amt)} (${n2(amt)}) el {es_date(rcvd)}, es decir 102 días "
        "después de la visita. El contrato de la red Quadrant exige que sus proveedores envíen los reclamos dentro "
        "de 90 días. Por haberlo enviado tarde, el plan no paga este reclamo.",
        "Como la demora fue del centro, el contrato no le permite cobrarle a usted esta visita. Si recibe una "
        "factura, llámenos y envíenos una copia.",
        "Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
        "Si el centro tiene prueba de que envió el reclamo a tiempo, también puede enviárnosla.",
    ], side_w=60, size=9.4, title="Datos del reclamo")
    p.sign(["Atentamente,", sig, "Centro de Servicio del Plan"], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=GROUP, member_id=dashed, member_name=emp,
              cases=[cn], claim_amount=m2(amt), service_dates=[visit.isoformat()], denial_date=ld.isoformat(),
              provider=uc, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": PLAN_ALT, "member_id": [plain], "provider": [pa]})
    return out(p), t


# 6 -----------------------------------------------------------------------------------------------------------------
def rotated_exception(rng):
    emp, child, cardio, rn = people(rng, 4)
    hosp = "Ferncliffe Children's Hospital"
    dashed, spaced, plain = kh(rng)
    dep = f"{dashed}-02"
    ex = pattern_id(rng, "TX26-#?###")
    start, end = dt.date(2026, 4, 1), dt.date(2026, 9, 30)
    ld = workday(dt.date(2026, 3, rng.randint(18, 24)))
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Utilization Management")
    for line in [emp, *pa_address(rng)]:
        p.line(line, 9.8)
    p.ln(3)
    p.under([(slash(ld), "Date of this letter"), (ex, "Tier exception no."), (child, "Patient")], [40, 46, 92])
    p.under([(dep, "Kestrelford Member ID"), (span_dash(start, end), "Approved period"), (GROUP, "Group No.")],
            [56, 70, 52])
    p.tier_strip(TIERS, 2, title="Where the care will be given")
    p.f(12, "B")
    p.cell(0, 7, "TIER EXCEPTION APPROVED", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {first_last(emp)}:", 9.8)
    p.para(f"Dr. {cardio}, a pediatric heart rhythm specialist at {hosp}, asked us to pay for {first_last(child)}'s "
           "care there as if it were Tier 1. Kestrelford's own children's heart program does not do catheter "
           "ablation for children under 12, so we agreed.", 9.6)
    p.para(f"From {long(start)} to {long(end)}, office visits, heart monitor tests and the ablation at {hosp} with "
           "Dr. " + cardio.split()[-1] + "'s team are paid at the Tier 1 level: 10% coinsurance after the Tier 1 "
           "deductible. Care by other providers, or after the period ends, follows the usual tier rules.", 9.6)
    p.para(f"Approved by {rn}, RN, Utilization Management. Keep this letter; the hospital has a copy.", 9.4)
    t = truth("other", None, insurer=PLAN, group=GROUP, member_id=dep, member_name=child, cases=[ex],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=cardio,
              alternates={"insurer": PLAN_ALT, "member_id": [dep.replace("-", ""), dashed], "provider": [hosp],
                          "service_dates": [[start.isoformat()]]})
    return out(p), t


# 7 -----------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    emp, derm, derm2, clerk, sig = people(rng, 5)
    practice = "Dunmere Dermatology Associates"
    dashed, spaced, plain = kh(rng)
    feb_cn = pattern_id(rng, "C26-####?##")
    cn = pattern_id(rng, "C26-####?##")
    consult = dt.date(2026, 2, rng.randint(9, 13))
    mohs, follow = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    ref_end = dt.date(2026, 2, 28)
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    dl = plus(ld, 150)
    cd = workday(plus(ld, rng.randint(8, 12)))
    pay_by = plus(cd, 30)
    lines = [(feb_cn, consult, derm2, "99204 New patient visit", 340.00, 0.5),
             (cn, mohs, derm, "17311 Mohs surgery, first stage", 1642.00, None),
             (cn, mohs, derm, "13132 Repair, cheek", 1024.00, None),
             (cn, follow, derm, "99213 Follow-up visit", 245.00, None)]
    home = pa_address(rng)
    rows, tot = [], [0.0] * 4
    refused = 0.0
    for c, d, who, svc, billed, coins in lines:
        allowed = round(billed * 0.62, 2)
        if coins is None:
            vals = [billed, allowed, 0.0, allowed]
            refused += billed
            code = "RF1"
        else:
            paid = round(allowed * coins, 2)
            vals = [billed, allowed, paid, round(allowed - paid, 2)]
            code = "T3"
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([c, d.isoformat(), who, svc, n2(vals[0]), n2(vals[1]), n2(vals[2]),
                     paren(vals[3]) if coins is None else n2(vals[3]), code])
    rows.append(["Totals", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""])
    refused = round(refused, 2)
    # A: the practice's billing office letter
    c = EDSheet(footer=None)
    c.set_margins(20, 16, 20)
    c.add_page()
    c.left_head(practice, ["Billing Office", "410 Chestnut Commons, Suite 2, Port Tillery, PA 16866"],
                [f"Tel {phone(rng, '814')}", "Mon-Thu 8:30-4:30"], size=14)
    c.para(long(cd), 10)
    for line in [emp, *home]:
        c.line(line, 10)
    c.ln(3)
    acct = f"DDA-{digits(rng, 6)}"
    c.memo([("Account:", acct), ("Insurance:", f"{PLAN}, ID {dashed}"), ("Plan claim:", cn)], size=9.6, cap_w=26)
    c.para(f"Dear {first_last(emp)}:", 10)
    c.para(f"Your health plan has answered our claim for your Mohs surgery with Dr. {derm} on {long(mohs)} and "
           f"your follow-up visit on {long(follow)}. A copy of the plan's letter is enclosed. The plan did not pay "
           "these visits.", 10)
    c.para(f"The charges for those visits, ${n2(refused)}, now show as your balance. Please pay by {long(pay_by)}, "
           "or call us to set up a payment plan. If you ask your plan to look at this again, let us know and we "
           "will hold the account while the appeal is open.", 10)
    c.sign(["Thank you,", clerk, "Patient Accounts"], 10)
    d_a = (out(c), truth("other", None, insurer=None, member_id=dashed, member_name=emp, cases=[cn],
                         claim_amount=m2(refused), service_dates=[mohs.isoformat(), follow.isoformat()],
                         denial_date=cd.isoformat(), provider=derm,
                         alternates={"member_id": [plain], "case_numbers": [[]], "claim_amount": [None],
                                     "provider": [practice], "insurer": [PLAN, *PLAN_ALT]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # B: the plan's letter
    q = EDSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    _head(q, rng, "Claims")
    q.letter_with_ticket([emp, *home],
                         [(long(ld), "letter date"), (dashed, "Kestrelford Member ID"), (GROUP, "group"),
                          (cn, "claim"), (f"E{digits(rng, 7)}", "employee no.")], w=80)
    q.para(f"Dear {first_last(emp)}:", 9.8)
    q.para(f"{practice} is a Tier 3 practice. The plan pays Tier 3 specialist care only while a referral from your "
           f"Kestrelford primary care doctor is in effect. Your referral to the practice ran from "
           f"{short(dt.date(2026, 1, 5))} to {short(ref_end)}, so the February visit was paid at the Tier 3 level.",
           9.6)
    q.para(f"The surgery and follow-up of {span_compact(mohs, follow)} came after the referral ended, and no new "
           f"referral reached us. The plan pays nothing for those services (USD {n2(refused)} billed). Because the "
           "practice is in the Quadrant network, it may bill you only the allowed amount shown in parentheses.", 9.6)
    q.wrap_table(["Claim", "Date", "Rendering", "Service", "Billed", "Allowed", "Plan paid", "Your part", "Code"],
                 rows, [23, 18, 32, 36, 15, 15, 14, 17, q.w - q.l_margin - q.r_margin - 170], size=7.2,
                 aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    q.para("T3: paid at the Tier 3 level, 50% coinsurance. RF1: Tier 3 specialist care with no Kestrelford "
           "referral in effect on the date of service.", 8.4)
    q.para(f"If your doctor sends a referral dated before {short(mohs)}, we will look at the claim again. Any "
           f"appeal must reach us by {long(dl)}.", 9.4)
    q.sign(["Sincerely,", sig, "Claims Review"], 9.6)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, group=GROUP, member_id=dashed,
                         member_name=emp, cases=[cn], claim_amount=m2(refused),
                         service_dates=[mohs.isoformat(), follow.isoformat()], denial_date=ld.isoformat(),
                         provider=derm, appeal_deadline=dl.isoformat(),
                         alternates={"insurer": PLAN_ALT, "member_id": [plain], "provider": [practice],
                                     "service_dates": [[f"{mohs.isoformat()}/{follow.isoformat()}"]]},
                         denial_alternates=["out_of_network", "other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_household_statement_tier_three_mri_not_covered", "born_digital", [bd_statement(rng)]),
        Item(F + "faxstd_surgeon_office_knee_replacement_tier_three_hospital_refused", "fax_standard_g4",
             [faxstd_tka(rng)]),
        Item(F + "lowres_member_letter_stay_after_declined_transfer_paid_at_tier_three", "scan_lowres_150",
             [lowres_stay(rng)]),
        Item(F + "photocopy_dependent_physiotherapy_in_toronto_not_emergency", "photocopy", [photocopy_toronto(rng)]),
        Item(F + "phone_es_reclamo_urgencias_nivel_tres_fuera_de_plazo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_tier_exception_approved_pediatric_cardiology", "rotated", [rotated_exception(rng)]),
        Item(F + "clean_stack_dermatology_billing_letter_then_mohs_after_referral_ended_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
