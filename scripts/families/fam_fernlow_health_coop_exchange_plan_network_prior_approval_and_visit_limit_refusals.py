"""An invented consumer-operated and -oriented plan (CO-OP) sold on the Health Insurance Marketplace: the Fernlow
Health Cooperative, a nonprofit insurer owned and governed by its members (they elect its board), selling
"Commons" plans in Nebraska, Iowa and South Dakota with a small network of clinicians and hospitals that have signed
on (the Commons network). Invented rules: care from clinicians outside the Commons network is paid only in an
emergency or when the Cooperative agreed beforehand that no one in the network can give it; overnight sleep studies,
planned surgery at a surgery center and a few other services need the Cooperative's approval before they are done;
speech therapy is paid for 20 visits, physical therapy for 30 visits and acupuncture for 12 visits a calendar year.
The three-month grace period for enrollees who get advance payments of the premium tax credit and the external
review after an upheld refusal follow the public Marketplace rules in plain words. Every company, plan, plan code,
clinic, hospital, surgery center, person, number, address, code and form number is invented (phones 555); CPT codes
appear as themselves. No heading names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_household_statement_child_speech_visit_past_yearly_count: a two-page household claims statement
  to the subscriber (four people with person codes and enrollee numbers with suffixes "-01" to "-04", a "This is
  not a bill" line beside the amount he may owe, a claims history box of visits used and an earlier claim) and a
  landscape claims page of fourteen narrow columns where only one line, his daughter's 21st speech therapy visit,
  is refused under code V20 explained in a legend; "Mar. 4, '26"-style statement date; "within 180 days from the
  date of this statement".
- finefax_provider_copy_sleep_study_no_approval_values_over_captions: a fine-fax provider copy whose values stand
  above their captions ("Enrollee #" and "Suffix" in separate boxes, "Plan code", "Contract", "Claim #"), naming
  the hospital and its sleep disorders center, the referring family doctor and the reading sleep physician, on an
  overnight study nobody asked the Cooperative to approve; "within 60 days of the date of this notice".
- faxstd_authorized_rep_allergist_not_signed_on_matter_no: a standard-fax letter to a member's sister acting as her
  authorized representative, a key/value box with shaded captions ("Matter no.", "Your reference" holding a date,
  "Enrollee #" with a "*01" suffix, "Claim no."), an allergist's clinic that has not signed on to the network;
  "must reach us by <date>".
- phone_es_esposa_acupuntura_visitas_13_y_14: a photographed Spanish letter to a wife about her husband's 13th and
  14th acupuncture visits of the year (two dates, "US$" amounts), told without the usual words;
  "dentro de 180 días a partir de la fecha de esta carta".
- rotated_member_services_answer_claim_paid_bill_sent_early: a letter from member services fed turned (denies
  nothing): ISO dates, the enrollee number in spaced groups, an inquiry number beside the claim number, copay owed.
- photocopy_grace_period_ended_visit_after_coverage_end: a photocopied letter with a key/value box on a clinic visit
  in the second month of a grace period whose premiums never came, so the plan ended at the end of the first
  month (told without the usual words; "Revised 11/2024" footer); "within 180 days after you receive" (nothing
  to count from).
- clean300_stack_surgery_center_not_signed_on_then_therapy_count_appeal_sideways: a clean-scan stack of a pre-service
  letter refusing a knee arthroscopy at a surgery center outside the network (the request number printed as
  "Request #" and again without dashes as "Auth ref.", "Person code" box; no amount), its blank duplex back, and a
  two-page appeal decision (docket and matter numbers; page 2 turned sideways) keeping the refusal of physical
  therapy visits 31 to 34 (only an external review left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkf import (FKSheet, apos, es_date, iso, long, lookalike, n2, people, phone, plains_address, plus,
                               slash, spaced, surname, the_nth, tollfree, usd, usd_es, with_surname, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "fernlow_health_coop_exchange_plan_network_prior_approval_and_visit_limit_refusals"
LANG = "en"
SEED = 355065
COOP = "Fernlow Health Cooperative"
COOP_ALT = ["Fernlow Health CO-OP", "Fernlow Health Co-op", "Fernlow"]
PO = "PO Box 2260, Grand Island, NE 68802-2260"
PO_APPEALS = "Appeals, PO Box 2274, Grand Island, NE 68802-2274"
SPEECH = "Owlsgate Pediatric Therapy"
HOSP = "Ellersby Memorial Hospital"
SLEEP = "Sleep Disorders Center"
FAMMED = "Stonechat Family Medicine"
ALLERGY = "Marlpit Allergy & Asthma Clinic"
ACU = "Sandhill Acupuncture & Wellness"
URGENT = "Prairie Lantern Urgent Care"
CLINIC = "Cottonwood Bend Family Clinic"
ASC = "Ravensgate Surgery Center"
ORTHO = "Glenholt Orthopaedics"
PT = "Platte River Physical Therapy"
PLANS = {"S": "Commons Silver 3200", "B": "Commons Bronze 7100", "G": "Commons Gold 1000"}


def enrollee(rng, pairs="OI"):
    return "FH" + lookalike(rng, 8, pairs)


def plan_code(rng, variant="01"):
    """An exchange plan identifier shape: issuer, state, product, plan, variant."""
    return f"{digits(rng, 5)}NE{digits(rng, 3)}{digits(rng, 4)}-{variant}"


def contract(rng):
    return f"K{digits(rng, 7)}"


def coop_head(p, rng, unit="Member Services", box=None):
    p.head(COOP, "FHC", [f"Fernlow Health CO-OP  |  owned and governed by its members  |  {unit}",
                         f"{PO}  |  {tollfree(rng)}  |  TTY 711"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_household(rng):
    dad, mom, girl, boy, slp, pcp, ucdoc = people(rng, 7, sexes="MFFMF")
    mom, girl, boy = (with_surname(x, surname(dad)) for x in (mom, girl, boy))
    base = enrollee(rng, "OS")
    ids = [f"{base}-0{i}" for i in range(1, 5)]
    pc = plan_code(rng, "04")
    k = contract(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    claims = [f"FC26{digits(rng, 7)}" for _ in range(5)]
    d_pcp = dt.date(2026, 3, rng.randint(2, 6))
    d_lab = plus(d_pcp, 2)
    d20 = dt.date(2026, 3, rng.randint(3, 6))
    d21 = plus(d20, 7)
    d_uc = dt.date(2026, 3, rng.randint(14, 21))
    st_bill = rng.choice([164.0, 172.0, 158.0])
    # person, claim, date, provider, service, billed, discount, allowed, deductible, copay/coins, plan paid,
    # not covered, you owe, note
    rows_raw = [
        ("01", claims[0], d_pcp, pcp_name(pcp), "Office visit", 212.0, 71.6, 140.4, 0.0, 30.0, 110.4, 0.0, 30.0, ""),
        ("02", claims[1], d_lab, HOSP, "Lab panel", 188.0, 121.3, 66.7, 66.7, 0.0, 0.0, 0.0, 66.7, "DED"),
        ("03", claims[2], d20, SPEECH, "Speech therapy", st_bill, 52.0, st_bill - 52.0, 0.0, 30.0,
         st_bill - 82.0, 0.0, 30.0, ""),
        ("03", claims[3], d21, SPEECH, "Speech therapy", st_bill, 0.0, 0.0, 0.0, 0.0, 0.0, st_bill, st_bill, "V20"),
        ("04", claims[4], d_uc, URGENT, "Urgent care visit", 245.0, 98.0, 147.0, 0.0, 75.0, 72.0, 0.0, 75.0, ""),
    ]
    tot = [sum(r[i] for r in rows_raw) for i in range(5, 13)]
    owe = tot[7]
    p = FKSheet(footer="Page {n} of {nb}",
                footer_left=f"Household statement of {slash(sd)}  |  FHC-HS  Revised 11/2024")
    p.set_margins(16, 15, 16)
    p.add_page()
    coop_head(p, rng, box="HOUSEHOLD CLAIMS STATEMENT")
    p.line(f"Statement date: {apos(sd)}      Claims we finished from 03/01/2026 to 03/31/2026", 9.6, "B")
    p.ln(2)
    p.addr_kv([dad, *plains_address(rng)],
              [("Subscriber", dad), ("Contract", k), ("Plan", PLANS["S"]), ("Plan code", pc)], w=96, cap_w=26)
    p.heading("Who is on this statement", 11)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Person code", "Name", "Enrollee #", "Claims this month"],
            [["01", dad, ids[0], "1"], ["02", mom, ids[1], "1"], ["03", girl, ids[2], "2"], ["04", boy, ids[3], "1"]],
            [W * 0.16, W * 0.38, W * 0.28, W * 0.18], size=9, aligns=["C", "L", "L", "C"])
    p.heading("This month in short", 11)
    p.table(["", "Amount"], [["Providers billed", usd(tot[0])], ["Fernlow paid", usd(tot[5])],
                             ["Your household may owe", f"{usd(owe)}   This is not a bill"]],
            [W * 0.55, W * 0.45], size=9.4, aligns=["L", "L"])
    p.history_box(f"Claims history for {girl} (person 03, speech therapy)",
                  ["Claim #", "Date", "Visit of year", "Billed", "Fernlow paid"],
                  [[f"FC25{digits(rng, 7)}", yy(dt.date(2025, 11, rng.randint(3, 27))), "2025: 17 of 20",
                    n2(st_bill), n2(st_bill - 82.0)],
                   [claims[2], yy(d20), "2026: 20 of 20", n2(st_bill), n2(st_bill - 82.0)]],
                  [30, 22, 30, 22, 24], note="Speech therapy visits used in 2026 before this statement: 20")
    p.para("Questions? Call member services. You can also see every claim in the member portal.", 9.2)
    p.set_margins(12, 15, 12)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    p.heading("Claims in detail", 11)
    rows = [[r[0], r[1], yy(r[2]), r[3], r[4]] + [n2(v) for v in r[5:13]] + [r[13]] for r in rows_raw]
    rows.append(["", "", "", "", "Totals"] + [n2(v) for v in tot] + [""])
    p.wrap_table(["Pers.", "Claim #", "Svc date", "Provider", "Service", "Billed", "Network discount", "Allowed",
                  "Deduct.", "Copay / coins", "Fernlow paid", "Not covered", "You may owe", "Note"],
                 rows, [12, 24, 15, 38, 22, 15, 16, 15, 17, 15, 15, 15, 15, W - 234], size=7.2,
                 aligns=["C", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R", "R", "C"], bold_last=True)
    p.legend("Notes", [
        ("DED", "Applied to the deductible of the person's plan."),
        ("V20", f"This visit came after the 20 speech therapy visits the plan pays for {girl} in 2026. "
                f"{SPEECH} may bill you for it. Therapist: {slp}, CCC-SLP.")], size=7.8)
    p.para("If you think we made a mistake, you can appeal within 180 days from the date of this statement. Write to "
           f"{PO_APPEALS}, or call member services.", 8.6)
    t = truth("eob", "not_covered", insurer=COOP, plan_id=pc, member_id=ids[2], member_name=girl, cases=[claims[3]],
              claim_amount=m2(st_bill), service_dates=[iso(d21)], denial_date=iso(sd), provider=SPEECH,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": COOP_ALT, "member_id": [base], "group_number": [k],
                          "provider": [slp, f"{slp}, CCC-SLP"]})
    return out(p), t


def pcp_name(n):
    return f"Dr. {n.split()[0][0]}. {' '.join(n.split()[2:])}"


def finefax_sleep(rng):
    pat, refd, sleepdoc, rn = people(rng, 4, sexes="F")
    base = enrollee(rng, "IB")
    pc = plan_code(rng, "01")
    k = contract(rng)
    claim = f"FC26{digits(rng, 7)}"
    dos = dt.date(2026, 3, rng.randint(9, 20))
    nd = workday(plus(dos, rng.randint(24, 30)))
    billed = rng.choice([3240.0, 2985.0, 3410.0])
    fax = (f"{nd:%m/%d/%y} 16:{rng.randint(10, 59)}  FERNLOW CO-OP CLAIMS  {phone(rng, '308')}  "
           f"PAGE {{n}}")
    p = FKSheet(footer="Page {n} of {nb}", footer_left="FHC-PC7  Revised 11/2024", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    coop_head(p, rng, unit="Claims", box="PROVIDER COPY")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(slash(nd), "Notice date", W * 0.2), (claim, "Claim #", W * 0.26), (base, "Enrollee #", W * 0.24),
                  ("02", "Suffix", W * 0.1), (k, "Contract", W * 0.2)])
    p.over_boxes([(pat, "Patient", W * 0.3), (pc, "Plan code", W * 0.3), (PLANS["B"], "Plan", W * 0.4)])
    p.over_boxes([(f"{HOSP} - {SLEEP}", "Facility / department", W * 0.58),
                  (f"Dr. {sleepdoc}", "Reading physician", W * 0.42)], size=8.6)
    p.over_boxes([(f"Dr. {refd}, {FAMMED}", "Referring physician", W * 0.58), (slash(dos), "Date of service", W * 0.2),
                  (n2(billed), "Amount billed", W * 0.22)], size=8.6)
    p.ln(1)
    p.wrap_table(["Line", "Code", "Service", "Billed", "Allowed", "Paid", "Reason"],
                 [["1", "95810", "Sleep study, attended, overnight in the laboratory", n2(billed), "0.00", "0.00",
                   "PA4"]],
                 [W * 0.07, W * 0.1, W * 0.43, W * 0.11, W * 0.1, W * 0.09, W * 0.1], size=8.6,
                 aligns=["C", "L", "L", "R", "R", "R", "C"])
    p.bar("PA4")
    p.para("The Commons plans ask that an overnight study in a sleep laboratory be approved by the Cooperative before "
           f"it is done. We found no request from Dr. {refd.split()[-1]}'s office or from the {SLEEP} before the "
           "study date, and the claim does not show an emergency stay. Because the study was not looked at first, "
           "the plan pays nothing on this line. Under your agreement with the Cooperative the member may not be "
           "billed for it.", 9.2)
    p.bar("Provider appeal")
    p.para(f"You may appeal within 60 days of the date of this notice. Send the records that show why the study had "
           f"to be done in the laboratory (and not at home) to {PO_APPEALS}, or fax them to the number at the top. "
           f"Reviewer: {rn}, RN, utilization management.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=COOP, plan_id=pc, member_id=base, member_name=pat,
              cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": COOP_ALT, "member_id": [base + "02", base + "-02"], "group_number": [k],
                          "provider": [f"{HOSP} - {SLEEP}", f"{HOSP} {SLEEP}", SLEEP, f"Dr. {sleepdoc}", sleepdoc]})
    return out(p), t


def faxstd_rep(rng):
    mem, sis, doc, sig = people(rng, 4, sexes="FF")
    base = enrollee(rng, "OI")
    mid = f"{base}*01"
    matter = f"M-26-{digits(rng, 5)}"
    claim = f"FC26{digits(rng, 7)}"
    dos = dt.date(2026, 2, rng.randint(9, 20))
    auth_d = dt.date(2026, 3, rng.randint(2, 6))
    ld = workday(plus(auth_d, rng.randint(10, 14)))
    by = plus(ld, 180)
    billed = rng.choice([1184.0, 1246.0, 1097.0])
    fax = f"{ld:%b %d %Y} 09:{rng.randint(10, 59)}AM  FERNLOW MEMBER SVCS  P{{n}}"
    p = FKSheet(footer="Page {n} of {nb}", footer_left="FHC-L22  Revised 11/2024", fax_hdr=fax)
    p.set_margins(17, 15, 17)
    p.add_page()
    coop_head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    p.addr_kv([sis, f"Authorized representative of {mem}", *plains_address(rng)],
              [("Matter no.", matter), ("Your reference", f"your form of {slash(auth_d)}"), ("Member", mem),
               ("Enrollee #", mid), ("Claim no.", claim), ("Plan", PLANS["S"])], w=94, cap_w=28)
    p.heading(f"About the allergy visit of {mem}", 11.5)
    p.para(f"Dear {sis}:", 10)
    p.para(f"Thank you for the form that names you as your sister's authorized representative. We will write to you "
           f"about her claims from now on. You asked why we did not pay {ALLERGY} for her visit with Dr. {doc} on "
           f"{long(dos)}. The clinic billed {usd(billed)} for the visit and the skin tests.", 10)
    p.para(f"**Why we did not pay.** Dr. {doc} and {ALLERGY} have not signed on to care for members of our Commons "
           "network. Your sister's plan pays for care from clinicians who have signed on. It pays others only in an "
           "emergency, or when the Cooperative has agreed ahead of time that no one who has signed on can give the "
           "care. Neither happened here: two allergists who have signed on see patients in Kearney and Hastings.", 10)
    p.para("**What you can do.** If you think we are wrong, you can appeal for her. Your appeal must reach us by "
           f"{long(by)}. Write to {PO_APPEALS} with the matter number, or call us. You may send a letter from "
           "her doctor.", 10)
    p.signoff(["Sincerely,", sig, "Member Services"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=COOP, member_id=mid, member_name=mem, cases=[matter, claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=ALLERGY,
              appeal_deadline=iso(by),
              alternates={"insurer": COOP_ALT, "member_id": [base], "case_numbers": [[matter], [claim]],
                          "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def phone_es(rng):
    esposa, esposo, acu, sig = people(rng, 4, es=True, sexes="FM")
    base = enrollee(rng, "SB")
    sub_id, mid = f"{base}-01", f"{base}-02"
    claim = f"FC26{digits(rng, 7)}"
    d1 = dt.date(2026, 4, rng.randint(6, 10))
    d2 = plus(d1, 7)
    ld = workday(plus(d2, rng.randint(18, 24)))
    per = rng.choice([95.0, 110.0, 88.0])
    tot = round(per * 2, 2)
    p = FKSheet(footer="Página {n} de {nb}", footer_left="FHC-ES4  Revisado 11/2024")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(COOP, "FHC", ["Cooperativa de salud de sus miembros  |  Servicios al Miembro",
                         f"{PO}  |  Línea en español {tollfree(rng)}  |  TTY 711"], size=12.5)
    p.line(es_date(ld), 10, "B")
    p.ln(2)
    p.addr_kv([esposa, *plains_address(rng)],
              [("Paciente", esposo), ("N.º de afiliado", mid), ("Titular", f"{esposa} ({sub_id})"),
               ("Reclamo", claim), ("Plan", PLANS["B"])], w=100, cap_w=28, size=8.4)
    p.heading("Las visitas de acupuntura de su esposo", 12)
    p.para(f"Estimada señora {esposa.split()[-1]}:", 10)
    p.para(f"{ACU} nos mandó el reclamo {claim} por dos visitas de su esposo, {esposo}, con el acupunturista {acu}: el "
           f"{es_date(d1)} y el {es_date(d2)}. Cobró {usd_es(per)} por cada una, {usd_es(tot)} en total.", 10)
    p.para(f"**No pagaremos estas dos visitas.** Su plan paga hasta doce visitas de acupuntura por persona en cada año "
           f"calendario. Antes del {es_date(d1)} su esposo ya había tenido doce visitas en 2026, y la Cooperativa las "
           "pagó. Estas fueron la decimotercera y la decimocuarta. La clínica puede cobrarle a usted estas visitas.",
           10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", "Cobrado", "Pagado por Fernlow"],
            [[slash(d1), "Acupuntura, 30 minutos (97810)", usd_es(per), usd_es(0)],
             [slash(d2), "Acupuntura, 30 minutos (97810)", usd_es(per), usd_es(0)]],
            [W * 0.18, W * 0.42, W * 0.18, W * 0.22], size=9, aligns=["L", "L", "R", "R"])
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escríbanos "
           f"a {PO_APPEALS}, con el número de reclamo, o llámenos. Como miembro de la Cooperativa, también puede "
           "proponer cambios a los beneficios en la asamblea anual.", 10)
    p.signoff(["Atentamente,", sig, "Servicios al Miembro"], 9.8)
    t = truth("denial_letter", "not_covered", insurer=COOP, member_id=mid, member_name=esposo, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld), provider=ACU,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": COOP_ALT, "member_id": [base], "provider": [acu]})
    return out(p), t


def rotated_member_services(rng):
    mem, doc, sig = people(rng, 3)
    base = enrollee(rng, "OI")
    mid = f"{base}-01"
    inq = f"MS{digits(rng, 8)}"
    claim = f"FC26{digits(rng, 7)}"
    dos = dt.date(2026, 2, rng.randint(16, 25))
    asked = dt.date(2026, 3, rng.randint(9, 13))
    paid = plus(asked, -rng.randint(2, 5))
    ld = workday(plus(asked, rng.randint(3, 6)))
    billed = rng.choice([245.0, 262.0, 238.0])
    copay = 75.0
    p = FKSheet(footer="Page {n} of {nb}", footer_left="FHC-MS1  Revised 11/2024")
    p.set_margins(19, 16, 19)
    p.add_page()
    coop_head(p, rng)
    p.line(iso(ld), 10, "B")
    p.ln(2)
    for ln in [mem, *plains_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Enrollee #", spaced(base, [3, 3]) + "-01"), ("Inquiry #", inq), ("Claim", claim)], size=9)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Thank you for calling us on {iso(asked)} about the bill you got from {URGENT} for your visit with "
           f"Dr. {doc} on {iso(dos)}. The bill asked you to pay the whole {usd(billed)}.", 10)
    p.para(f"We looked into it. We paid the claim on {iso(paid)}, a few days after the clinic mailed you its bill. "
           f"Your plan's copay for urgent care is {usd(copay)}, and that is all you owe the clinic for the visit. We "
           "called the clinic's billing office; it will send you a new bill for the copay only.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Billed", "Network discount", "Fernlow paid", "Your copay"],
            [[n2(billed), n2(billed - 147.0), n2(72.0), n2(copay)]], [W * 0.25] * 4, size=9.4, aligns=["R"] * 4)
    p.para("You do not need to do anything else. If the clinic asks you for more than the copay, call us and give the "
           "inquiry number above.", 10)
    p.para("P.S. Fernlow belongs to its members. The board election is in June; your ballot comes by mail.", 9.4)
    p.signoff(["Sincerely,", sig, "Member Services"], 9.6)
    t = truth("other", None, insurer=COOP, member_id=mid, member_name=mem, cases=[claim], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(ld), provider=URGENT,
              alternates={"insurer": COOP_ALT, "member_id": [base], "case_numbers": [[claim, inq]],
                          "claim_amount": [None], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def photocopy_grace(rng):
    mem, doc, sig = people(rng, 3)
    base = enrollee(rng, "SB")
    mid = f"{base}-01"
    pc = plan_code(rng, "02")
    k = contract(rng)
    claim = f"FC26{digits(rng, 7)}"
    dos = dt.date(2026, 3, rng.randint(10, 24))
    ld = workday(dt.date(2026, 5, rng.randint(6, 12)))
    billed = rng.choice([318.0, 296.0, 342.0])
    p = FKSheet(footer="Page {n} of {nb}", footer_left=f"FHC-L31  Revised 11/2024  |  mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    coop_head(p, rng, unit="Enrollment and Claims")
    p.line(f"Date: {apos(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([mem, *plains_address(rng)],
              [("Enrollee #", mid), ("Plan code", pc), ("Contract", k), ("Claim", claim), ("Visit", slash(dos)),
               ("Billed", usd(billed))], w=90, cap_w=25)
    p.heading("Why we did not pay for your March visit", 11.5)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{CLINIC} sent us a claim for your visit with Dr. {doc} on {long(dos)}. We held the claim for a while "
           f"and have now closed it without payment.", 10)
    p.para("You get help from the Marketplace to pay your premium. When someone with that help stops paying, the "
           "Cooperative waits three months before ending the plan, and pays claims only for care in the first of "
           "those months. Your premiums for February, March and April did not reach us. Because the three months "
           "passed without payment, your plan ended on February 28, 2026, and the Marketplace has been told. Your "
           f"visit of {long(dos)} came after that day.", 10)
    p.para(f"{CLINIC} may now bill you for the visit. If you had other coverage on that day, give the clinic that "
           "card.", 10)
    p.para("If you believe you did pay, send us proof of the payment (a bank statement or a receipt) with an appeal "
           f"within 180 days after you receive this letter. Write to {PO_APPEALS}. You can also ask the Marketplace "
           "about new coverage; you may be able to enroll again.", 10)
    p.signoff(["Sincerely,", sig, "Enrollment and Claims"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=COOP, plan_id=pc, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=CLINIC,
              alternates={"insurer": COOP_ALT, "member_id": [base], "group_number": [k],
                          "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def clean_stack(rng):
    # document 1: a planned knee arthroscopy at a surgery center that has not signed on
    pat, surg, md = people(rng, 3)
    base = enrollee(rng, "IB")
    mid = f"{base}-01"
    pc = plan_code(rng, "03")
    num = f"26{digits(rng, 7)}"
    req = f"{num[:2]}-{num[2:]}"
    auth = f"PA{num}"
    rcvd = dt.date(2026, 4, rng.randint(6, 10))
    ld = workday(plus(rcvd, rng.randint(3, 5)))
    planned = plus(ld, rng.randint(16, 22))
    a = FKSheet(footer="Page {n} of {nb}", footer_left=f"FHC-UM3  Revised 11/2024   |   Auth ref. {auth}")
    a.set_margins(18, 15, 18)
    a.add_page()
    coop_head(a, rng, unit="Care Review")
    a.line(long(ld), 10, "B")
    a.ln(2)
    W = a.w - a.l_margin - a.r_margin
    a.over_boxes([(base, "Enrollee #", W * 0.28), ("01", "Person code", W * 0.14), (pc, "Plan code", W * 0.32),
                  (req, "Request #", W * 0.26)])
    for ln in [pat, *plains_address(rng)]:
        a.line(ln, 10)
    a.ln(2)
    a.heading("We cannot approve the surgery center your surgeon asked for", 11.5)
    a.para(f"Dear {pat}:", 10)
    a.para(f"Dr. {surg} of {ORTHO} asked us on {long(rcvd)} to approve an arthroscopy of your left knee (CPT 29880) "
           f"at {ASC}, planned for {long(planned)}.", 10)
    a.para(f"**Our answer.** Dr. {surg.split()[-1]} has signed on to our Commons network, but {ASC} has not. Your plan "
           "pays a surgery center only if it has signed on, unless none that has can do the operation. Two centers "
           "in the network do this operation every week, and Dr. " + surg.split()[-1] + " operates at one of them. "
           "We did not question whether you need the operation. If it is moved to a center in the network, we can "
           "approve it in a day or two; ask the office to send us a new request.", 10)
    a.para(f"**If you disagree.** You or Dr. {surg.split()[-1]} may appeal within 180 days of the date of this letter. "
           f"Write to {PO_APPEALS} and give the request number. If waiting could seriously harm your health, ask "
           f"for a fast appeal by phone; we answer those within 72 hours. Reviewed by Dr. {md}, medical director.", 10)
    d_a = (out(a), truth("denial_letter", "out_of_network", insurer=COOP, plan_id=pc, member_id=base,
                         member_name=pat, cases=[req], service_dates=[iso(planned)], denial_date=iso(ld),
                         provider=f"Dr. {surg}", appeal_deadline=iso(plus(ld, 180)),
                         alternates={"insurer": COOP_ALT, "member_id": [mid, base + "01"],
                                     "case_numbers": [[auth], [req, auth]], "provider": [ASC, ORTHO]}))
    # document 2: appeal decision on physical therapy visits past the yearly count, two pages
    pat2, ptist, chair = people(rng, 3)
    base2 = enrollee(rng, "OS")
    mid2 = f"{base2}-02"
    docket = f"AP-{digits(rng, 6)}"
    matter = f"M-26-{digits(rng, 5)}"
    days = sorted(dt.date(2026, 3, d) for d in rng.sample(range(16, 28), 4))
    dd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    per = rng.choice([148.0, 156.0, 162.0])
    tot = round(per * 4, 2)
    b = FKSheet(footer="Page {n} of {nb}", footer_left="FHC-AD2  Revised 11/2024",
                every=f"Docket {docket}  |  Matter no. {matter}  |  page {{n}}")
    b.set_margins(18, 17, 18)
    b.add_page()
    coop_head(b, rng, unit="Appeals Committee")
    b.line(f"Decided {the_nth(dd)}", 10, "B")
    b.ln(2)
    b.addr_kv([pat2, *plains_address(rng)],
              [("Docket", docket), ("Matter no.", matter), ("Enrollee #", mid2), ("Therapy", PT),
               ("Visits", f"{yy(days[0])} to {yy(days[-1])}"), ("Billed", usd(tot))], w=90, cap_w=25)
    b.heading("Decision on your appeal", 12)
    b.para(f"Dear {pat2}:", 10)
    b.para(f"You appealed our refusal to pay {PT} for four visits with {ptist}, PT, on "
           f"{', '.join(long(d) for d in days[:-1])} and {long(days[-1])}, after your shoulder surgery. The practice "
           f"billed {usd(per)} for each visit, {usd(tot)} in all. Three members of the Appeals Committee who did not "
           f"make the first decision, one of them a physician, met on {long(dd)} and read your appeal and your "
           "therapist's notes.", 10)
    b.para("**The Committee keeps the refusal.** Your plan pays for thirty physical therapy visits in a calendar "
           "year. The claims show thirty visits paid in 2026 before these four.", 10)
    b.add_page()
    b.para("The Committee understands that the surgeon wanted more weeks of therapy. The plan's booklet sets the "
           "number of visits the same for every member, and the Committee cannot add visits for one member. The "
           "members of the Cooperative vote on benefit changes at the annual meeting; you may propose one.", 10)
    b.heading("What else you can do", 10.5)
    b.para("This ends our internal appeals. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter. The enclosed form tells you how. You may "
           "also call your state's insurance department.", 9.8)
    b.signoff(["For the Appeals Committee,", chair, "Chair"], 9.6)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=COOP, member_id=mid2, member_name=pat2,
                         cases=[docket, matter], claim_amount=m2(tot), service_dates=[iso(d) for d in days],
                         denial_date=iso(dd), provider=PT,
                         alternates={"insurer": COOP_ALT, "member_id": [base2],
                                     "case_numbers": [[docket], [matter]],
                                     "service_dates": [[f"{iso(days[0])}/{iso(days[-1])}"]],
                                     "provider": [ptist, f"{ptist}, PT"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_household_statement_child_speech_visit_past_yearly_count", "born_digital",
             [born_household(rng)]),
        Item(F + "finefax_provider_copy_sleep_study_no_approval_values_over_captions", "fax_fine_g4",
             [finefax_sleep(rng)]),
        Item(F + "faxstd_authorized_rep_allergist_not_signed_on_matter_no", "fax_standard_g4", [faxstd_rep(rng)]),
        Item(F + "phone_es_esposa_acupuntura_visitas_13_y_14", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_member_services_answer_claim_paid_bill_sent_early", "rotated",
             [rotated_member_services(rng)]),
        Item(F + "photocopy_grace_period_ended_visit_after_coverage_end", "photocopy", [photocopy_grace(rng)]),
    ]
    items.append(Item(F + "clean300_stack_surgery_center_not_signed_on_then_therapy_count_appeal_sideways",
                      "scan_clean_300", clean_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
