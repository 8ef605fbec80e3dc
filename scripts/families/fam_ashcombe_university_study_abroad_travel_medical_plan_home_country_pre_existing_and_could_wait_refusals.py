"""An invented university's travel medical plan for students on study-abroad programs. Ashcombe University (an
invented university in the invented town of Ashcombe, Connecticut) buys the Ashcombe Abroad Student Travel Medical
Plan from the insurer Wrenfield Casualty & Indemnity Company (policy WCI-SA-2526-017, group AU-40712, member numbers
"ASA" and eight digits, printed with the prefix apart or in its own box); claims, the 24-hour assistance line and
medical evacuations are handled by Kestrel Passage Assistance, Inc., which writes most papers on its own letterhead.
The invented rules: care is covered only while the student is outside the home country (the country of citizenship
or permanent residence), from seven days before a program starts to 14 days after it ends; a condition diagnosed,
treated or medicated in the 180 days before coverage began is left out; treatment that can safely wait until the
student is home (permanent dental work, planned therapy) is not paid; a medical evacuation or a trip home for medical
reasons is paid only when Kestrel's medical team arranges or approves it first; bills in other currencies are
converted to dollars at the rate on the date of service; appeals within 180 days of a statement, a second review
and then an external review. Every company, clinic, hospital, pharmacy, airline, escort and air ambulance company,
person, number, code (PD1, RM2, DW2, HC3, PX5) and amount is invented, phones 555; CPT codes appear as
themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_florence_dentist_crown_could_wait_one_line_of_three: a two-page EOB on the assistance company's
  letterhead ("THIS IS NOT A BILL", prefix, member no., group no., policy no. and "March 4th, 2026"-shape date in
  boxes, a money summary, the coverage period and home country), page 2 an unruled table of three claims in euros
  and dollars whose providers stand in bold claim lines with "Rendering:", a dental claim whose crown line pays 0.00
  under DW2 beside a paid emergency exam and x-ray, the totals row and the code glossary; IDs in a small running
  footer; "within 180 days of the statement date".
- photocopy_stack_dublin_clinic_invoice_duplex_then_eob_eczema_pre_existing_sideways: a photocopied stack of a
  Dublin clinic's invoice to the student asking for the whole balance ("4 March 2026" shapes, euros, an account
  number; a real bill, denies nothing), its blank duplex back, and the plan's two-page EOB refusing the same
  dermatology visit and phototherapy as a condition treated in the 180 days before coverage (a framed block of dates
  with their roles, a wrapping table, page 2 sideways with the codes and rights; "within 180 days after you receive
  this statement": nothing to count from).
- finefax_provider_notice_numbered_boxes_ohio_urgent_care_home_country: a fine-fax provider notice from the insurer
  in numbered boxes ("4-Mar-2026" and "03.04.2026" shapes), a student treated at an Ohio urgent care during spring
  break at home ("outside what this benefit allows"), "Attending:", a provider call reference as decoy; "no later
  than" a printed date.
- phone_es_carta_fisioterapia_despues_del_fin_de_la_cobertura: a photographed Spanish letter from the assistance
  company to a student in Seville, address at the left and a key/value block on the right half, three physiotherapy
  sessions after coverage ended 14 days after the program ("2 de junio de 2026" shapes, euros converted to dollars);
  "dentro de los 90 días siguientes a la fecha de esta carta".
- lowres_london_pharmacy_letter_claim_no_only_in_subject_thyroid_drug_not_compensable: a 150 dpi letter to a London
  pharmacy (weekday date, "Mailed" in the footer), the claim number only in the subject line, a paid antibiotic and a
  refused thyroid drug ("not a compensable expense"), pound amounts, a registration number and a "$100" example as
  decoys; "within 120 days of the date of this letter".
- rotated_three_page_appeal_upheld_flight_home_not_arranged_by_assistance: a three-page appeal decision fed turned,
  appeal and claim numbers in a running header, page 1 the decision, page 2 the claimed flight and nurse escort in a
  table and what the committee read, page 3 the reason (not arranged or approved by the assistance team), signed by
  a nurse reviewer and a medical director, nondiscrimination and taglines; only an external review left.
- scan_two_column_air_ambulance_approval_names_amount: a clean-scan two-column letter confirming an air ambulance
  from Arusha to Nairobi and naming the most the plan will pay ("4-Mar-2026" shapes; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjf import (JFSheet, es_date, eur_c, eur_sym, first_last, gbp, iso, last_first, long, m2,
                               mdy_dots, n2, ord_long, out, people, plus, slash, tollfree, truth, usd,
                               usd_code, wday_long, workday, ymd_slash, dmy_dash)
from public_kit import digits

FAMILY = "ashcombe_university_study_abroad_travel_medical_plan_home_country_pre_existing_and_could_wait_refusals"
LANG = "en"
SEED = 355095
UNIV = "Ashcombe University"
PLAN = "Ashcombe Abroad Student Travel Medical Plan"
INS = "Wrenfield Casualty & Indemnity Company"
INS_ALT = ["Wrenfield Casualty & Indemnity", "Wrenfield Casualty and Indemnity Company", "Wrenfield", PLAN]
KPA = "Kestrel Passage Assistance, Inc."
KPA_ALT = ["Kestrel Passage Assistance", "Kestrel Passage", "Kestrel"]
POLICY = "WCI-SA-2526-017"
GROUP = "AU-40712"
KPA_BOX = "Claims Unit, P.O. Box 1187, Portland, ME 04104"
INS_BOX = "Student Travel Claims, 600 Cutler Ridge Road, Hartford, CT 06103"


def mem(rng):
    return digits(rng, 8)


def claim_no(rng):
    return f"KP26-{digits(rng, 6)}"


def us_home(rng):
    town = rng.choice([("Dayton, OH", "45419"), ("Ashcombe, CT", "06389"), ("Bethesda, MD", "20814"),
                       ("Eugene, OR", "97405"), ("Naperville, IL", "60540"), ("Asheville, NC", "28804"),
                       ("Worcester, MA", "01609")])
    street = rng.choice(["Larkspur Ln", "Quarry Hill Rd", "Old Mill Ct", "Beacon Crest Dr", "Sumac St",
                         "Juniper Hollow Rd", "Whitcomb Ave"])
    return [f"{rng.randint(12, 4980)} {street}", f"{town[0]} {town[1]}"]


def kpa_head(p, rng, box=None, es=False):
    if es:
        lines = [f"Administrador de reclamaciones y asistencia del {PLAN}",
                 f"{KPA_BOX}  |  Asistencia 24 horas +1-207-555-{digits(rng, 4)}  |  {tollfree(rng, '877')}"]
    else:
        lines = [f"Claims administrator and 24-hour assistance for the {PLAN}",
                 f"{KPA_BOX}  |  Assistance +1-207-555-{digits(rng, 4)} (collect, worldwide)  |  "
                 f"{tollfree(rng, '877')}"]
    p.head(KPA, "KPA", lines, box=box, size=12.4)


def ins_head(p, rng, box=None):
    p.head(INS, "WCI", [f"Insurer of the {PLAN}, policy {POLICY}",
                        f"{INS_BOX}  |  {tollfree(rng, '800')}  |  TTY 711"], box=box, size=12.2)


# local clinicians abroad (invented pairings)
IT_F, IT_M = ["Ilaria", "Benedetta", "Caterina", "Ludovica"], ["Lorenzo", "Jacopo", "Niccolò", "Filippo"]
IT_L = ["Baldesi", "Pazzagli", "Landucci", "Torrigiani", "Cecchini", "Bartolozzi"]
IE_F, IE_M = ["Orla", "Niamh", "Clodagh", "Sinéad"], ["Cian", "Darragh", "Eoghan", "Colm"]
IE_L = ["Breathnach", "Mac Aodha", "Ní Bhriain", "Cuddihy", "Fahy", "Lenihan"]
UK_F, UK_M = ["Imogen", "Harriet", "Priya", "Beatrice"], ["Rupert", "Alastair", "Tobias", "Hugh"]
UK_L = ["Threlfall", "Aldersey", "Wetherall", "Pattinson", "Kibblewhite", "Ormsby"]


def local(rng, first_f, first_m, last, sex="X"):
    pool = first_f if sex == "F" else first_m if sex == "M" else first_f + first_m
    return f"{rng.choice(pool)} {rng.choice(last)}"


FX = 1.0842   # invented dollars per euro used on the plan's papers


def to_usd(eur: float) -> float:
    return round(eur * FX, 2)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    stu = people(rng, 1, kind="stu", sexes="F")[0]
    gp, dent = local(rng, IT_F, IT_M, IT_L, "M"), local(rng, IT_F, IT_M, IT_L[3:], "F")
    num = mem(rng)
    sd = workday(dt.date(2026, 3, rng.randint(3, 6)))
    cov_a, cov_b = dt.date(2026, 1, 5), dt.date(2026, 5, 29)
    d1 = dt.date(2026, 1, rng.randint(20, 27))
    d2 = plus(d1, 1)
    d3 = dt.date(2026, 2, rng.randint(9, 20))
    dental = "Studio Odontoiatrico Ponte Rosso"
    claims = [
        (claim_no(rng), "Centro Medico Lungarno", f"Dott. {gp}", "Paid to provider",
         [(d1, "Visit, acute illness (99203)", 120.0, "PD1", True)]),
        (claim_no(rng), "Farmacia della Pergola", "pharmacist on duty", "Paid to you",
         [(d2, "Prescription, ondansetron 4 mg", 14.60, "RM2", True)]),
        (claim_no(rng), dental, f"Dott.ssa {dent}", "Paid to provider",
         [(d3, "Emergency dental exam (D0140)", 90.0, "PD1", True),
          (d3, "Periapical x-ray (D0220)", 35.0, "PD1", True),
          (d3, "Porcelain crown, tooth 30 (D2740)", 780.0, "DW2", False)]),
    ]
    rows = []
    tb = tp = 0.0
    den_usd = den_eur = 0.0
    for i, (cno, prov, rend, payee, lines) in enumerate(claims):
        rows.append(("span", f"Claim {cno}   {prov}   Rendering: {rend}   {payee}"))
        cb = cp = 0.0
        for d, desc, eur, code, ok in lines:
            u = to_usd(eur)
            pd = u if ok else 0.0
            rows.append([slash(d), desc, eur_c(eur), n2(u), n2(pd), n2(u - pd), code])
            cb += u
            cp += pd
            if i == 2:
                den_usd += u
                den_eur += eur
        rows.append(("bold", ["", "Claim total", "", n2(cb), n2(cp), n2(cb - cp), ""]))
        rows.append(("gap",))
        tb += cb
        tp += cp
    rows.append(("bold", ["", "TOTALS, 3 CLAIMS", "", n2(tb), n2(tp), n2(tb - tp), ""]))
    p = JFSheet(footer="Page {n} of {nb}", footer_left=f"EOB issued {slash(sd)}  |  KPA-EOB-7",
                ids_foot=f"{last_first(stu)}  |  ASA {num}  |  Group {GROUP}  |  Policy {POLICY}")
    p.set_margins(14, 13, 14)
    p.add_page()
    kpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([("ASA", "Prefix", 16), (num, "Member no.", 32), (GROUP, "Group no.", 28),
                  (POLICY, "Policy no.", 40), (ord_long(sd), "Statement date", W - 116)], size=9.2)
    p.ln(2)
    y0 = p.get_y()
    p.left_block([stu, "c/o Ashcombe University Florence Center", "Via delle Ortensie 14",
                  "50122 Firenze FI, Italy"], W * 0.48)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("Your statement at a glance", [
        ("Billed, converted to dollars", usd(tb)), ("Covered by the plan", usd(tp)),
        ("Paid to providers", usd(tp - to_usd(14.60))), ("Paid to you", usd(to_usd(14.60))),
        ("Not covered", usd(tb - tp))], x=p.l_margin + W - 92, w=92)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.panel_columns([("Your coverage", [("kv", "Program", "Spring semester, Florence"),
                                        ("kv", "Covered from", slash(cov_a)), ("kv", "Covered through", slash(cov_b)),
                                        ("kv", "Home country", "United States")])],
                    [("Benefits used so far", [("kv", "Paid this policy year", usd(tp + rng.randint(150, 420))),
                                               ("kv", "Maximum per condition", "$250,000.00"),
                                               ("kv", "Deductible", "none")])], split=0.5, size=8.6)
    p.para("Bills in other currencies are converted to dollars at the exchange rate on the date of service. The plan "
           "pays covered care abroad in full; it does not pay care that can safely wait until you are home, care in "
           "your home country or care for a condition treated in the 180 days before your coverage began. The codes "
           "on page 2 say which rule applied to each line.", 8.8)
    p.add_page()
    p.heading("Claims on this statement", 11.5, rule=True)
    p.open_table(["Date", "Service", "Billed (local)", "Billed ($)", "Covered ($)", "Not covered", "Code"],
                 [W * 0.12, W * 0.36, W * 0.14, W * 0.1, W * 0.1, W * 0.1, W * 0.08],
                 ["L", "L", "R", "R", "R", "R", "C"], rows, size=7.8, row_h=4.6)
    p.para("You may appeal a decision on this statement within 180 days of the statement date. Write to "
           f"{KPA_BOX}, or email the claim number and your reasons to the address on your member card.", 8.6)
    p.ruled_glossary("What the codes mean", [
        ("PD1", "Covered care abroad, paid to the provider."),
        ("RM2", "Covered care abroad that you paid for yourself; we reimbursed you."),
        ("DW2", "Treatment that could safely have waited until you were back home. Emergency dental care to end "
                "pain or infection is paid; permanent restorations such as crowns are outside what your benefit "
                "allows while you are abroad."),
        ("HC3", "Care received in your home country."),
        ("PX5", "Care for a condition diagnosed, treated or medicated in the 180 days before coverage began.")],
        size=7.8)
    den = claims[2]
    t = truth("eob", "not_covered", insurer=KPA, plan_id=POLICY, group=GROUP, member_id=f"ASA{num}", member_name=stu,
              cases=[den[0]], claim_amount=m2(den_usd), service_dates=[iso(d3)], denial_date=iso(sd),
              provider=dental, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": KPA_ALT, "member_id": [num],
                          "claim_amount": [m2(den_eur), m2(to_usd(780.0)), m2(780.0)],
                          "provider": [f"Dott.ssa {dent}", dent]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_stack(rng):
    stu = people(rng, 1, kind="stu", sexes="M")[0]
    cons = local(rng, IE_F, IE_M, IE_L, "F")
    num = mem(rng)
    clinic = "Ardbeigh Private Clinic"
    d1 = dt.date(2026, 2, rng.randint(2, 6))
    sess = [plus(d1, 7), plus(d1, 10), plus(d1, 14)]
    dates = [d1] + sess
    lines = [(d1, "Consultant dermatologist, new patient", 260.0)] + \
            [(d, "Narrowband UVB phototherapy session", 95.0) for d in sess]
    eur_tot = sum(x[2] for x in lines)
    usd_lines = [to_usd(x[2]) for x in lines]
    usd_tot = round(sum(usd_lines), 2)
    claim = claim_no(rng)
    rcvd = plus(sess[-1], rng.randint(5, 8))
    ed = workday(plus(rcvd, rng.randint(9, 13)))
    inv_d = workday(plus(ed, rng.randint(9, 14)))
    acct = f"ARD/{digits(rng, 5)}"
    addr = ["Flat 3, 27 Haddington Terrace", "Dublin 4, D04 K2R8, Ireland"]
    # document A: the clinic's invoice
    h = JFSheet(footer=None, footer_left=f"{clinic}  |  Registered in Ireland no. {digits(rng, 6)}")
    h.set_margins(18, 15, 18)
    h.add_page()
    h.head(clinic, "APC", ["Dermatology, general medicine and day procedures  |  14 Shelbourne Mews, Dublin 4",
                           f"Accounts +353 1 555 {digits(rng, 4)}  |  accounts@ardbeigh.example"], box="INVOICE",
           size=12.6)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("INVOICE DATE", inv_d.strftime("%-d %B %Y")), ("ACCOUNT NO.", acct), ("PATIENT", stu),
                ("BALANCE DUE", eur_sym(eur_tot))], [W * 0.21, W * 0.19, W * 0.36, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [stu, *addr]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Consultant", f"Dr {cons}"), ("Insurer", f"{KPA} for {INS}"), ("Member no.", f"ASA {num}"),
             ("Insurer's decision", f"Declined, {ed.strftime('%-d %B %Y')}")], label_w=44, size=9.4)
    h.ln(2)
    h.table(["Date", "Description", "Amount"],
            [[d.strftime("%-d %B %Y"), s, eur_sym(x)] for d, s, x in lines] +
            [["", "Total charges", eur_sym(eur_tot)], ["", "Paid by insurer", eur_sym(0.0)],
             ["", "Balance due from you", eur_sym(eur_tot)]],
            [W * 0.24, W * 0.54, W * 0.22], size=9, aligns=["L", "L", "R"], bold_last=True)
    h.para("Your insurer has declined these charges, so the balance is now payable by you. Please pay within 30 days "
           "of the invoice date by card on the phone or by bank transfer (IBAN on request), quoting the account "
           "number. If you ask your insurer to look again, please let us know and we will hold the account.", 9.4)
    d_a = (out(h), truth("other", None, insurer=None, member_id=f"ASA{num}", member_name=stu, cases=[],
                         claim_amount=m2(eur_tot), service_dates=[iso(d) for d in dates], denial_date=iso(inv_d),
                         provider=clinic, unscored=["insurer"],
                         alternates={"member_id": [num, None], "provider": [f"Dr {cons}", cons]}))
    # document B: the plan's EOB, two pages
    e = JFSheet(footer="Page {n} of {nb}", footer_left=f"Statement {slash(ed)}  |  KPA-EOB-2",
                ids_foot=f"Claim {claim}  |  ASA {num}  |  {last_first(stu)}")
    e.set_margins(18, 15, 18)
    e.add_page()
    kpa_head(e, rng, box="THIS IS NOT A BILL")
    e.heading("Explanation of Benefits", 13)
    yb = e.date_roles("Dates on this claim", [("Care from", slash(d1)), ("Care through", slash(sess[-1])),
                                             ("Claim received", mdy_dots(rcvd)), ("Decided and mailed", long(ed))],
                      w=80)
    e.left_block([stu, *addr], 90)
    e.set_xy(e.l_margin, max(yb, e.get_y()) + 3)
    e.idstrip([("Member", f"ASA {num}"), ("Group", GROUP), ("Policy", POLICY), ("Claim", claim)], 9)
    e.para(f"{clinic} in Dublin sent us a claim for a dermatology visit with Dr {cons} and three phototherapy "
           "sessions. Here is what we decided.", 9.8)
    e.wrap_open(["Date", "Service", "Billed (EUR)", "Billed (USD)", "Plan pays", "Code"],
                [[slash(d), s, eur_c(x), n2(u), "0.00", "PX5"] for (d, s, x), u in zip(lines, usd_lines)] +
                [["", "Total", eur_c(eur_tot), n2(usd_tot), "0.00", ""]],
                [W * 0.15, W * 0.39, W * 0.14, W * 0.13, W * 0.11, W * 0.08], ["L", "L", "R", "R", "R", "C"],
                size=8.8, bold_last=True)
    e.para("**You may owe the provider:** the whole amount. The clinic may bill you directly.", 9.8)
    e.para("The reason for code PX5 and your rights are on page 2.", 9.4)
    e.add_page()
    e.heading("About code PX5", 11.5, rule=True)
    e.para("When you enrolled in the plan you told us about eczema (atopic dermatitis) treated by your doctor at home "
           f"in October 2025, with a prescription cream you were still using when your coverage began on "
           f"{long(dt.date(2026, 1, 5))}. The plan does not pay for care of a condition that was diagnosed, treated "
           "or medicated in the 180 days before coverage began, and this visit and the phototherapy were for the "
           "same condition.", 9.8)
    e.heading("If you disagree", 11)
    e.para(f"You may appeal within 180 days after you receive this statement. Write to {KPA_BOX}, with the claim "
           "number and any records that show this care was for something new. You may ask for copies of the papers "
           "we used, free of charge.", 9.8)
    e.nondiscrim(KPA, tollfree(rng, "877"))
    d_b = (out(e), truth("eob", "not_covered", insurer=KPA, plan_id=POLICY, group=GROUP, member_id=f"ASA{num}",
                         member_name=stu, cases=[claim], claim_amount=m2(usd_tot),
                         service_dates=[iso(d) for d in dates], denial_date=iso(ed), provider=clinic,
                         alternates={"insurer": KPA_ALT, "member_id": [num], "claim_amount": [m2(eur_tot)],
                                     "provider": [f"Dr {cons}", cons],
                                     "service_dates": [[f"{iso(d1)}/{iso(sess[-1])}"]]}))
    return [d_a, d_b]


def finefax_home(rng):
    stu = people(rng, 1, kind="stu", sexes="M")[0]
    att, sig = people(rng, 2, sexes="MF")
    num = mem(rng)
    uc = "Stillwater Creek Urgent Care"
    sd = dt.date(2026, 3, rng.randint(9, 13))
    rcvd = plus(sd, rng.randint(6, 9))
    nd = workday(plus(rcvd, rng.randint(8, 12)))
    claim = claim_no(rng)
    deadline = plus(nd, 90)
    call = f"PCR-{digits(rng, 5)}"
    lines = [("99204", "Office visit, new patient", 245.0), ("87880", "Rapid strep test", 46.0),
             ("J0696", "Ceftriaxone injection, 250 mg", 38.0)]
    tot = sum(x[2] for x in lines)
    p = JFSheet(footer=None, footer_left=f"Provider notice WCI-PN-3  |  Notice date {slash(nd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    ins_head(p, rng, box="CLAIM DECISION - PROVIDER COPY")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Notice date", dmy_dash(nd)), ("2. Claim number", claim), ("3. Claim received", mdy_dots(rcvd)),
                 ("4. Policy no.", POLICY)], [W * 0.22, W * 0.26, W * 0.22, W * 0.3], size=9.2, h=10)
    p.form_band([("5. Prefix", "ASA"), ("6. Member no.", num), ("7. Group no.", GROUP), ("8. Patient", stu)],
                [W * 0.12, W * 0.2, W * 0.2, W * 0.48], size=9.2, h=10)
    p.form_band([("9. Date of service", dmy_dash(sd)), ("10. Total charges", usd(tot)),
                 ("11. Billing provider", uc)], [W * 0.22, W * 0.22, W * 0.56], size=9.2, h=10)
    p.ln(3)
    for ln in [uc, "Attn: Patient Accounts", f"{rng.randint(1200, 4800)} Far Hills Ave", "Dayton, OH 45419"]:
        p.line(ln, 9.8)
    p.ln(2)
    p.line(f"Attending: {att}, MD", 9.6)
    p.ln(2)
    p.table(["Date", "Code", "Service", "Charge", "Paid"],
            [[slash(sd), c, s, usd(x), "$0.00"] for c, s, x in lines] + [["", "", "Total", usd(tot), "$0.00"]],
            [W * 0.16, W * 0.12, W * 0.46, W * 0.13, W * 0.13], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.heading("Decision", 10.8)
    p.para(f"This plan covers {first_last(stu)} while studying abroad. On the date of this visit the student was at "
           "home in the United States for spring break, and the United States is the student's home country. Care "
           "received in the home country is outside what this benefit allows, so we made no payment. The student's "
           "own health plan at home may cover the visit; please bill it.", 9.8)
    p.para(f"You called Provider Services about this claim on {slash(plus(nd, -3))}; the call reference is {call}.",
           9.2)
    p.heading("Reconsideration", 10.8)
    p.para(f"If you have information we did not have (for example, that the care was received outside the United "
           f"States), send it with the claim number no later than {long(deadline)} to {INS_BOX}.", 9.6)
    p.para(f"Issued for {INS} by {sig}, Claims Specialist.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=POLICY, group=GROUP, member_id=f"ASA{num}",
              member_name=stu, cases=[claim], claim_amount=m2(tot), service_dates=[iso(sd)], denial_date=iso(nd),
              provider=uc, appeal_deadline=iso(deadline),
              alternates={"insurer": INS_ALT, "member_id": [num], "provider": [f"{att}, MD", att]},
              denial_alternates=["eligibility"])
    return out(p), t


def phone_es_after_coverage(rng):
    stu, fis, sig = people(rng, 3, kind="es", sexes="FF")
    num = mem(rng)
    clinic = "Clínica de Fisioterapia Triana Sur"
    prog_end = dt.date(2026, 5, 15)
    cov_end = plus(prog_end, 14)
    s1 = dt.date(2026, 6, rng.randint(1, 3))
    sess = [s1, plus(s1, 2), plus(s1, 7)]
    per = 55.0
    eur_tot = per * 3
    usd_tot = round(to_usd(per) * len(sess), 2)
    claim = claim_no(rng)
    rcvd = plus(sess[-1], rng.randint(6, 10))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    p = JFSheet(footer=None, footer_left=f"KPA-ES-4  |  Enviada el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kpa_head(p, rng, es=True)
    p.line(f"Portland, Maine, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([stu, "Calle Pureza 58, 2.º B", "41010 Sevilla, España"],
                       [("N.º de miembro", f"ASA {num}"), ("Grupo", GROUP), ("Póliza", POLICY),
                        ("Reclamación", claim), ("Proveedor", clinic),
                        ("Importe", f"{eur_c(eur_tot)} = ${usd_tot:,.2f}")],
                       split=0.46, cap_w=32, size=8.8)
    p.heading("No podemos pagar sus sesiones de fisioterapia", 12.5)
    p.para(f"Estimada {stu.split()[0]}:", 10)
    p.para(f"{clinic} nos envió la cuenta de tres sesiones de fisioterapia con {fis}, fisioterapeuta, por su "
           "tobillo. Revisamos la reclamación y no podemos pagarla.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Sesión", "Fecha", "Importe (EUR)", "Importe (USD)"],
            [[str(i + 1), es_date(d), eur_c(per), f"${to_usd(per):,.2f}"] for i, d in enumerate(sess)] +
            [["", "Total", eur_c(eur_tot), f"${usd_tot:,.2f}"]],
            [W * 0.14, W * 0.38, W * 0.24, W * 0.24], size=9, aligns=["C", "L", "R", "R"], bold_last=True)
    p.para(f"**Por qué.** Su programa de estudios en Sevilla terminó el {es_date(prog_end)}. El plan la cubre hasta "
           f"14 días después del final del programa, es decir, hasta el {es_date(cov_end)}. Las tres sesiones fueron "
           "en junio, cuando usted ya no tenía cobertura.", 10)
    p.para("Si tiene otro seguro médico, puede enviarle esta cuenta junto con esta carta.", 10)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de los 90 días siguientes a la fecha de esta carta. "
           f"Escríbanos a {KPA_BOX} e indique el número de reclamación.", 10)
    p.signoff(["Atentamente,", sig, "Unidad de Reclamaciones"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=KPA, plan_id=POLICY, group=GROUP, member_id=f"ASA{num}",
              member_name=stu, cases=[claim], claim_amount=m2(usd_tot), service_dates=[iso(d) for d in sess],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": KPA_ALT, "member_id": [num], "claim_amount": [m2(eur_tot)],
                          "provider": [fis]})
    return out(p), t


def lowres_pharmacy(rng):
    stu = people(rng, 1, kind="stu", sexes="M")[0]
    sig = people(rng, 1)[0]
    rph, gp = local(rng, UK_F, UK_M, UK_L[:3], "F"), local(rng, UK_F, UK_M, UK_L[3:], "M")
    num = mem(rng)
    pharm = "Pellingham Chemists"
    fd = dt.date(2026, 2, rng.randint(16, 24))
    ld = workday(plus(fd, rng.randint(18, 24)))
    claim = claim_no(rng)
    items = [("Amoxicillin 500 mg capsules x 21", 9.35, "Paid"), ("Levothyroxine 100 microgram tablets x 56",
                                                                   23.20, "Not paid")]
    tot = round(sum(x[1] for x in items), 2)
    p = JFSheet(footer=None, footer_left=f"Mailed {slash(ld)}  |  KPA-RX-1")
    p.set_margins(20, 16, 20)
    p.add_page()
    kpa_head(p, rng)
    p.line(wday_long(ld), 10.2, "B")
    p.ln(3)
    for ln in [pharm, f"Attn: {rph}, superintendent pharmacist", "112 Chiltern Row", "London W1U 6DX",
               "United Kingdom"]:
        p.line(ln, 10)
    p.ln(4)
    p.subject(f"Claim {claim}: prescriptions for {stu}")
    p.para(f"Dear {rph}:", 10)
    p.para(f"Thank you for sending us the two items you dispensed on {long(fd)} to {first_last(stu)}, a student "
           f"insured under the {PLAN} (member no. ASA {num}), on prescriptions from Dr {gp}. We have paid one item "
           "and not the other.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Item", "Charged", "Decision"],
            [[s, gbp(x), r] for s, x, r in items] + [["Total", gbp(tot), ""]],
            [W * 0.6, W * 0.18, W * 0.22], size=9, aligns=["L", "R", "L"], bold_last=True)
    p.para("The student's thyroid condition was diagnosed and treated with levothyroxine before the coverage began, "
           "and the plan does not pay for care of a condition treated in the 180 days before that date. The "
           "levothyroxine is therefore not a compensable expense, and we ask you to collect its price from the "
           "student. The amoxicillin was for a new infection and is paid in full.", 10)
    p.para("How we pay pharmacies abroad: we pay the charge in your currency. For example, on a $100 item (or its "
           "value in pounds) we pay the whole $100 when the item is covered and nothing when it is not.", 9.2)
    p.para(f"GPhC premises registration {digits(rng, 7)}. The pharmacy, or the student, may appeal within 120 days "
           f"of the date of this letter by writing to {KPA_BOX}.", 10)
    p.signoff(["Yours sincerely,", sig, f"Pharmacy claims, {KPA}"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=KPA, member_id=f"ASA{num}", member_name=stu, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(fd)], denial_date=iso(ld), provider=pharm,
              appeal_deadline=iso(plus(ld, 120)),
              alternates={"insurer": KPA_ALT, "member_id": [num], "claim_amount": [m2(23.20)],
                          "provider": [f"Dr {gp}", gp, rph]})
    return out(p), t


def rotated_appeal(rng):
    stu, dad = people(rng, 2, kind="stu", sexes="FM")
    rn, md, chair = people(rng, 3)
    parent = f"{dad.split()[0]} {dad.split()[1]} {stu.split()[-1]}"
    num = mem(rng)
    escort = "Tern Medical Escorts, LLC"
    airline = "Andean Crest Airways"
    surgery = dt.date(2026, 3, rng.randint(2, 6))
    flight = plus(surgery, rng.randint(5, 7))
    claim = claim_no(rng)
    apl = f"AP-26-{digits(rng, 5)}"
    asked = plus(flight, rng.randint(30, 40))
    dd = workday(plus(asked, rng.randint(20, 26)))
    costs = [(flight, airline, "Business class seat, Lima to Boston", 4870.0),
             (flight, escort, "Registered nurse escort, door to door", 3250.0)]
    tot = sum(x[3] for x in costs)
    p = JFSheet(footer=None, footer_left=f"WCI-AD-2  |  Decision mailed {slash(dd)}",
                every=f"Appeal {apl}  |  Claim {claim}  |  ASA {num}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    ins_head(p, rng)
    p.line(f"Decision date: {ymd_slash(dd)}", 10, "B")
    p.ln(3)
    for ln in [stu, *us_home(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Decision on your appeal")
    p.para(f"Dear {first_last(stu)}:", 10)
    p.para(f"On {long(asked)} you and your father, {parent}, asked us to look again at our refusal to repay the cost "
           f"of your flight home from Lima on {long(flight)} with a nurse escort. The plan's appeals committee has "
           "decided.", 10)
    p.para("**Our decision: the refusal stays in place.** The reasons are on page 3. Page 2 shows what was claimed "
           "and what the committee read.", 10)
    p.para(f"Your surgery in Lima on {long(surgery)} and your hospital stay were paid under the plan and are not "
           "part of this decision.", 10)
    p.add_page()
    p.heading("What was claimed", 12, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Paid to", "What for", "Amount"],
            [[slash(d), who, s, usd(x)] for d, who, s, x in costs] + [["", "", "Total claimed", usd(tot)]],
            [W * 0.15, W * 0.3, W * 0.38, W * 0.17], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.heading("What the committee read", 11)
    p.bullets([f"Your appeal letter of {long(asked)} and your father's receipts.",
               f"The discharge summary from the hospital in Lima and the surgeon's note that you could fly with help.",
               "The assistance team's call log: no call about a trip home before the flight.",
               "The plan's rules on medical evacuation and trips home for medical reasons."], 9.8)
    p.add_page()
    p.heading("Why", 12, rule=True)
    p.para("The committee does not doubt that you needed help to travel with a fresh ankle repair. The plan pays for "
           "a trip home for medical reasons only when Kestrel Passage Assistance's medical team arranges it or "
           "approves it before it happens, so that the team can choose how you travel, who goes with you and what it "
           f"costs. Nobody asked the team before the flight on {long(flight)}; the seat and the escort were booked by "
           "your family. For that reason the plan cannot repay them.", 10)
    p.para("This is the plan's final internal decision. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter; we will send your file to it.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical Director"])
    p.para(f"For the appeals committee, {chair}, Chair.", 9)
    p.nondiscrim(INS, tollfree(rng, "800"), size=7.0)
    p.tagline_block(tollfree(rng, "800"), size=6.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=f"ASA{num}", member_name=stu,
              cases=[apl, claim], claim_amount=m2(tot), service_dates=[iso(flight)], denial_date=iso(dd),
              provider=escort,
              alternates={"insurer": INS_ALT, "member_id": [num], "provider": [airline, None],
                          "case_numbers": [[apl], [claim]]},
              denial_alternates=["not_covered"])
    return out(p), t


def scan_approval(rng):
    stu = people(rng, 1, kind="stu", sexes="M")[0]
    doc, coord = people(rng, 2, sexes="FM")
    num = mem(rng)
    air = "Savanna Air Medical Services Ltd."
    hosp = "Kilimani Heights Hospital"
    called = dt.date(2026, 3, rng.randint(2, 5))
    flight = plus(called, 1)
    ld = workday(plus(flight, rng.randint(2, 3)))
    case = f"KPA-MED-26-{digits(rng, 4)}"
    cap = 18400.0
    p = JFSheet(footer=None, footer_left=f"KPA-EV-1  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kpa_head(p, rng, box="MEDICAL EVACUATION APPROVED")
    p.line(f"Date: {dmy_dash(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([stu, *us_home(rng)], [("Case no.", case), ("Member", f"ASA {num}"), ("Group", GROUP),
                                     ("Policy", POLICY), ("Approved on", dmy_dash(called)),
                                     ("Flight date", dmy_dash(flight))], w=88, cap_w=28)
    p.heading("Your air ambulance from Arusha to Nairobi", 12)
    p.columns([("What happened", f"On {long(called)} the doctors at the mission clinic in Arusha, Tanzania, "
                                 f"called our assistance line: you had a burst appendix and needed surgery they "
                                 f"could not give. Our medical team, led by Dr. {doc}, agreed that you should be "
                                 f"moved and arranged the flight."),
               ("What we approved", f"An air ambulance with a doctor and nurse on board, flown by {air} on "
                                    f"{long(flight)}, from Arusha to Nairobi, Kenya, where {hosp} admitted you.")],
              [("What the plan will pay", f"The plan will pay {air} directly, up to **{usd_code(cap)}** for the "
                                          "flight, the crew and the ground ambulance at each end. You will not be "
                                          "billed for it. Your care at the hospital is covered as well; the "
                                          "hospital sends its bills to us."),
               ("What to do now", f"Keep this letter. When you are ready to leave the hospital, call us, quoting "
                                  f"case {case}, before you book any travel, so that our team can approve how you "
                                  f"travel.")], size=9.2)
    p.ln(2)
    p.para(f"Your case coordinator is {coord}. Assistance is open day and night.", 9.6)
    p.signoff(["With best wishes for your recovery,", coord, f"Case coordinator, {KPA}"], 9.6)
    t = truth("other", None, insurer=KPA, plan_id=POLICY, group=GROUP, member_id=f"ASA{num}", member_name=stu,
              cases=[case], claim_amount=None, service_dates=[iso(flight)], denial_date=iso(ld), provider=air,
              alternates={"insurer": KPA_ALT, "member_id": [num], "claim_amount": [m2(cap)],
                          "provider": ["Savanna Air Medical Services", hosp]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_florence_dentist_crown_could_wait_one_line_of_three", "born_digital",
                  [born_eob(rng)])]
    docs = photocopy_stack(rng)
    items.append(Item(F + "photocopy_stack_dublin_clinic_invoice_duplex_then_eob_eczema_pre_existing_sideways",
                      "photocopy", docs, separators=["duplex", None], turns={(1, 1): 90}))
    items += [
        Item(F + "finefax_provider_notice_numbered_boxes_ohio_urgent_care_home_country", "fax_fine_g4",
             [finefax_home(rng)]),
        Item(F + "phone_es_carta_fisioterapia_despues_del_fin_de_la_cobertura", "phone_photo",
             [phone_es_after_coverage(rng)]),
        Item(F + "lowres_london_pharmacy_letter_claim_no_only_in_subject_thyroid_drug_not_compensable",
             "scan_lowres_150", [lowres_pharmacy(rng)]),
        Item(F + "rotated_three_page_appeal_upheld_flight_home_not_arranged_by_assistance", "rotated",
             [rotated_appeal(rng)]),
        Item(F + "scan_two_column_air_ambulance_approval_names_amount", "scan_clean_300", [scan_approval(rng)]),
    ]
    return items
