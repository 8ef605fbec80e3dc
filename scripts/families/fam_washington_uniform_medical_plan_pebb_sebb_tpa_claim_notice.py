"""Claim and review notices mirrored (structure and plain wording style only) from the papers members of Washington
State's Uniform Medical Plan get: UMP is the self-insured plan the Washington State Health Care Authority (HCA)
offers public employees and retirees through the PEBB Program and school employees through the SEBB Program. UMP,
UMP Classic, the HCA, the PEBB and SEBB Programs, Medicare paying first for retirees who have it, a dependent
child's coverage ending at 26, CPT codes and independent review as a kind of review appear as themselves; the
claims administrator (Larch Mountain Benefit Administrators), its imaging review partner, every time limit,
remark code, form number, clinic, hospital, doctor, billing service, person, number and address is invented.
Reasons are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_capform_lumbar_mri_nobody_asked_first: the administrator's provider-copy claim determination on a
  standard fax, captions beside, above and below their boxes ("Dt of Notice", "Ref/ICN", "Bene ID", "Grp",
  "Svc Dt(s)", "Amt Billed", "Rend. Prov", "Pay-to (billing svc)"): a lumbar MRI nobody asked the plan to review
  first (prior_authorization, said only as "nothing to agree to"); received date, DOB, NPI, TIN and a call
  reference as decoys; "within 60 days of the Dt of Notice".
- born_digital_fact_box_rehab_stay_paid_at_nursing_rate: a UMP letter to a subscriber about his spouse's
  inpatient rehabilitation stay, a fact box at the right, the rehab hospital and its doctor only in sentences:
  the stay is paid at the skilled nursing rate (level_of_care); a billed / paid / not paid ledger; letter ID,
  employer and subscriber as decoys; "within 180 days of the date on this notice".
- photocopy_statement_acupuncture_seventeenth_visit: a photocopied member statement of three claims (billed,
  allowed, deductible, coinsurance, plan paid, you owe), the acupuncture claim paying 0.00 under remark Q17,
  explained only in a legend (the yearly visit count used up: not_covered).
- phone_es_dos_columnas_hija_cumplio_26: a photographed two-column Spanish letter to a SEBB employee: his daughter's
  visit came after her coverage ended at 26 (eligibility); the amount only in a sentence; dependent suffix on the
  member ID; birth date and coverage end as decoys.
- rotated_preauth_approval_knee_replacement: the administrator's approval of a knee replacement, fed sideways
  (denies nothing).
- lowres_billing_service_claim_after_120_days: a 150 dpi letter: a billing service sent an urgent care claim after
  the 120-day limit (timely_filing); amount in a sentence only; "no later than 90 calendar days after you receive
  this letter" (nothing printed to count from: null).
- finefax_stack_cover_repeat_colonoscopy_then_medicare_first_upside_down: a fax cover sheet, a letter refusing a
  colonoscopy one year after a clean one (medical_necessity; "by <date>"), then, upside down, a retiree's letter
  sending a claim to Medicare first (other; "within 60 days of the date printed above").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famed import EASheet, nb, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "washington_uniform_medical_plan_pebb_sebb_tpa_claim_notice"
LANG = "en"
SEED = 354903
UMP = "Uniform Medical Plan"
HCA = "Washington State Health Care Authority"
TPA = "Larch Mountain Benefit Administrators"
ALT_UMP = ["UMP", "UMP Classic", HCA, "Health Care Authority", TPA]
ALT_TPA = [UMP, "UMP", "Larch Mountain", HCA]
BILLER = "Saltchuck Medical Billing"
IMG = "Pilchuck Bend Imaging"
REVIEW = "Kettle Falls Imaging Review"


def address(rng):
    """An invented Washington street address (the town and ZIP area real, the rest drawn)."""
    city, z = rng.choice([("Olympia", "985"), ("Tacoma", "984"), ("Yakima", "989"), ("Wenatchee", "988"),
                          ("Bellingham", "982"), ("Walla Walla", "993"), ("Port Angeles", "983"),
                          ("Ellensburg", "989")])
    st = rng.choice(["Madrona Loop NW", "Salal Ridge Rd", "Cedar Spur Ln SE", "Ferry Slip Way", "Huckleberry Ct",
                     "Orchard Bench Dr", "Alder Flats Rd"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city} WA {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"U{digits(rng, 8)}"


def grp(rng, program="PEBB"):
    return f"{'10' if program == 'PEBB' else '20'}{digits(rng, 5)}"


def icn(rng):
    return f"{digits(rng, 2)}{rng.randint(10, 99)}6{digits(rng, 8)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1958, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def ump_head(p: EASheet, rng, unit="Member Services"):
    """UMP's own letterhead: the plan's name, the HCA line and the administrator's address."""
    p.logo_head(UMP, "UMP", [f"PEBB and SEBB Programs  |  {HCA}  |  {unit}",
                             f"Claims administered by {TPA}, PO Box {rng.randint(1100, 9800)}, "
                             f"Spokane WA 99220-{digits(rng, 4)}",
                             f"{phone(rng)}  |  TRS 711"], size=14)


def tpa_head(p: EASheet, rng, unit="Provider Services"):
    p.logo_head(TPA, "LMBA", [f"Claims administrator for the {UMP} (PEBB / SEBB)  |  {unit}",
                              f"PO Box {rng.randint(1100, 9800)}, Spokane WA 99220-{digits(rng, 4)}  |  "
                              f"{phone(rng, '509')}  |  Fax {phone(rng, '509')}"], size=13)


def faxstd_mri(rng):
    member, orderer, sig = people(rng, 3)
    m, g, n = mid(rng), grp(rng), icn(rng)
    v = dt.date(2026, 3, rng.randint(2, 16))
    rec = plus(v, rng.randint(6, 14))
    nd = plus(rec, rng.randint(8, 15))
    b = amount(rng, 1400, 2300)
    last, first = member.split()[-1], member.split()[0]
    fax = f"{nd.strftime('%m/%d/%y')} {rng.randint(10, 16)}:{rng.randint(10, 59)}  LMBA PROV SVCS  " \
          f"{phone(rng, '509')}  P.{{n}}/1"
    p = EASheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    tpa_head(p, rng)
    p.title_bar("CLAIM DETERMINATION - PROVIDER COPY", "LMBA-PCD-2 (rev. 11/25)   Plan: UMP Classic")
    p.capform([
        [("L", "Dt of Notice", fdate(nd, "short"), 0.34), ("L", "Ref/ICN", n, 0.38), ("L", "Rcvd",
                                                                                     fdate(rec, "short"), 0.28)],
        [("A", "Bene Name", f"{last.upper()}, {first.upper()} {member.split()[1].rstrip('.')}", 0.36),
         ("A", "Bene ID", m, 0.22), ("A", "Grp", g, 0.18), ("A", "DOB", fdate(dob(rng), "short"), 0.24)],
        [("L", "Svc Dt(s)", fdate(v, "short"), 0.30), ("L", "Proc", "72148  MRI L-spine w/o", 0.40),
         ("L", "Amt Billed", money(b), 0.30)],
        [("B", "Rend. Prov (facility)", IMG, 0.40), ("B", "Rend. NPI", npi(rng), 0.22),
         ("B", "Ordering", f"Dr. {orderer}", 0.38)],
        [("B", "Pay-to (billing svc)", BILLER, 0.40), ("B", "Pay-to TIN", f"91-{digits(rng, 7)}", 0.22),
         ("B", "Call ref # (your inquiry)", f"CR{digits(rng, 8)}", 0.38)],
    ], cap_w=18)
    p.table(["Line", "Proc", "Billed", "Allowed", "Plan Pd", "Bene Resp", "Prov W/O", "Rmk"],
            [["1", "72148", money(b, "nosign"), "0.00", "0.00", "0.00", money(b, "nosign"), "PR4"]],
            [12, 30, 25, 25, 25, 25, 25, 15], size=8.4, aligns=["C", "L", "R", "R", "R", "R", "R", "C"])
    p.bar("PR4")
    p.para("A lumbar MRI is one of the scans the plan looks at before it is done. Neither the ordering office "
           f"nor {IMG} sent a request to {REVIEW} before the scan date, so there was nothing on file for us to "
           "agree to. The whole charge is written off under your network agreement; do not bill the member for it.",
           9)
    p.para("If the scan was reviewed and you have a review number, or the scan was done in an emergency, send it to "
           "us with the order and the notes. Provider appeals must reach us within 60 days of the Dt of Notice. "
           f"Requests for a review ahead of a scan go to {REVIEW}, {phone(rng)}.", 9)
    p.para(f"Issued for {UMP} by {TPA}. Processor: {sig}.", 7.6)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, group=g, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=IMG, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_TPA, "provider": [orderer], "plan_id": ["UMP Classic"]},
              type_alternates=["eob"])
    return out(p), t


def born_rehab(rng):
    sub, spouse, doc, sig = people(rng, 4)
    m = mid(rng)
    ms = f"{m}-02"
    g = grp(rng)
    a = dt.date(2026, 2, rng.randint(2, 14))
    days = rng.randint(11, 15)
    e = plus(a, days)
    nd = plus(e, rng.randint(24, 34))
    n = icn(rng)
    rate = rng.choice([2890, 3140, 3315])
    billed = round(rate * days + amount(rng, 600, 1400), 2)
    snf = round(rng.choice([612, 655, 690]) * days, 2)
    coins = round(snf * 0.15, 2)
    paid = round(snf - coins, 2)
    hosp = "Tanager Hill Rehabilitation Hospital"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    ump_head(p, rng, "Clinical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [sub, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("About the rehabilitation stay we reviewed", 12.5)
    facts = [("Patient", spouse), ("Subscriber", sub), ("Member ID", ms), ("Group", g),
             ("Plan", "UMP Classic (PEBB)"), ("Claim number", n), ("Letter ID", f"L-{digits(rng, 9)}"),
             ("Stay", f"{nb(fdate(a, 'slash'))} to {nb(fdate(e, 'slash'))}"),
             ("Billed by the hospital", money(billed)), ("Employer", "Dept. of Natural Resources")]
    paras = [f"Dear {sub}:",
             f"Dr. {doc} at {hosp} asked us to pay for the {days} days {spouse} spent there after hip "
             f"surgery, from {fdate(a, 'long')} to {fdate(e, 'long')}. The hospital billed {money(billed)}. "
             "A nurse reviewer and one of our doctors read the therapy and nursing notes.",
             f"The notes show {spouse.split()[0]} took part in about 45 minutes of therapy a day, often split over "
             "two sessions, and needed a nurse's check a few times a day. That is the care a skilled nursing facility gives. "
             "A rehabilitation hospital is for people who can work with therapists for about three hours a day "
             "and need a doctor to see them every day.",
             f"So we paid the stay at the rate we pay a skilled nursing facility for the same days: "
             f"{money(snf)} allowed, {money(paid)} paid after your 15% coinsurance. The difference is not "
             "paid. Because the hospital is in the UMP network, it may bill you only for the coinsurance."]
    p.fact_letter(facts, paras, title="Your claim at a glance", box_w=58, size=9.4)
    p.ledger([("Inpatient rehabilitation, " + str(days) + " days", billed, snf, paid, coins)], total=None)
    p.bar("IF YOU DISAGREE")
    p.para("Ask for an appeal within 180 days of the date on this notice. Send what you want us to look at, such "
           "as a letter from the doctor, to UMP Appeals at the address above. If a second appeal is needed it must "
           "be asked for within 60 days after our first appeal decision; after that an independent review "
           "organization can look at the case. If waiting could seriously harm your spouse's health, ask for an "
           "expedited appeal: we decide those within 72 hours.", 9.4)
    p.para(f"Sincerely,\n{sig}\nUMP Clinical Review", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=UMP, group=g, member_id=ms, member_name=spouse,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_UMP, "provider": [doc], "member_id": [m],
                          "service_dates": [[a.isoformat(), e.isoformat()]], "plan_id": ["UMP Classic"]})
    return out(p), t


def photocopy_statement(rng):
    member, doc1, acu, labdoc = people(rng, 4)
    m, g = mid(rng), grp(rng, "SEBB")
    sd = dt.date(2026, 5, rng.randint(4, 20))
    rows, info = [], {}
    specs = [("Madrona Family Medicine", f"Dr. {doc1}", "99214", 180, 260, "paid"),
             ("Quillayute Lab Services", "", "80053, 85025", 90, 160, "paid"),
             ("Fircrest Acupuncture & Wellness", acu, "97813, 97814", 140, 190, "denied")]
    tot = [0.0] * 6
    for prov, who, code, lo, hi, kind in specs:
        d = plus(sd, -rng.randint(14, 40))
        n = icn(rng)
        b = amount(rng, lo, hi)
        if kind == "paid":
            al = round(b * 0.58, 2)
            ded = 0.0
            coin = round(al * 0.15, 2)
            pd = round(al - coin, 2)
            owe = coin
            note = "PD"
        else:
            al = ded = coin = pd = owe = 0.0
            note = "Q17"
            info = dict(n=n, d=d, b=b, prov=prov, who=who)
        vals = [b, al, ded, coin, pd, owe]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([n, prov, fdate(d, "dash"), code,
                     *[money(x, "nosign") for x in vals], note])
    rows.append(["TOTAL", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page()
    ump_head(p, rng, "Member Statement")
    p.addr_pair("Statement for", [member, *address(rng)], "About this statement",
                [f"Statement date: {fdate(sd, 'dash')}", f"Member ID: {m}", f"Group: {g} (SEBB)",
                 "Plan: UMP Classic", f"Deductible met to date: {money(250.0)} of $250.00"], split=0.5)
    p.heading("Claims we processed", 11)
    p.table(["Claim no.", "Provider", "Svc date", "Codes", "Billed", "Allowed", "Deduct.", "Coins.", "Plan paid",
             "You owe", "Rmk"], rows, [24, 42, 17, 19, 14, 14, 12, 12, 14, 13, 10], size=6.6,
            aligns=["L"] * 4 + ["R"] * 6 + ["C"], bold_last=True)
    p.para(f"Seen by: {specs[0][1]} (Madrona Family Medicine); {acu}, L.Ac. (Fircrest Acupuncture & Wellness).", 8)
    p.f(8, "B")
    p.cell(0, 4.5, "Remarks", new_x="LMARGIN", new_y="NEXT")
    p.para("PD  Paid under your plan; any amount you owe is your coinsurance.", 8)
    p.para("Q17  Your plan pays for 16 acupuncture visits in a calendar year. Our records show 16 visits already "
           "paid this year, so nothing is paid for this one. The provider is in the network and may bill you "
           "for the visit only if you agreed in writing beforehand.", 8)
    p.ln(1)
    p.para("Questions or an appeal: you may appeal within 180 days of the statement date shown above. Write to UMP "
           "Appeals at the address at the top or call Member Services. This is not a bill.", 8)
    t = truth("eob", "not_covered", insurer=UMP, group=g, member_id=m, member_name=member, cases=[info["n"]],
              claim_amount=m2(info["b"]), service_dates=[info["d"].isoformat()], denial_date=sd.isoformat(),
              provider=acu, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT_UMP, "provider": [info["prov"]], "plan_id": ["UMP Classic"]},
              denial_alternates=["other"])
    return out(p), t


FEMALE = {"Dolores", "Yesenia", "Mei", "Lucille", "Ingrid", "Nadia", "Colleen", "Marisol", "Beatriz", "Wanda",
          "Paulette", "Rosalind"}


def phone_es(rng):
    while True:
        sub, hija, doc, sig = people(rng, 4)
        if hija.split()[0] in FEMALE and doc.split()[0] in FEMALE:
            break
    m = mid(rng)
    mh = f"{m}-03"
    g = grp(rng, "SEBB")
    born = dt.date(2000, 1, rng.randint(3, 25))
    end = dt.date(2026, 1, 31)
    v = dt.date(2026, 3, rng.randint(3, 20))
    nd = plus(v, rng.randint(30, 40))
    n = icn(rng)
    b = amount(rng, 260, 480)
    clinic = "Clínica Familiar Valle del Yakima"
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    ump_head(p, rng, "Servicios al Afiliado")
    p.para(fdate(nd, "long", "es"), 9.8)
    for ln in [sub, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("Nº de afiliado de la paciente", mh), ("Grupo", f"{g} (SEBB)"), ("Reclamo", n),
               ("Fecha de nacimiento", fdate(born, "dmy", "es"))], 8.6)
    p.heading("Aviso sobre un reclamo de su hija", 12)
    p.two_cols(
        [("Qué recibimos",
          f"El {fdate(v, 'long', 'es')} su hija, {hija}, fue atendida por la Dra. {doc} en {clinic}. La clínica nos "
          f"pidió un total de ${b:,.2f} por esa consulta."),
         ("Lo que decidimos",
          f"No podemos pagar la consulta. {hija} cumplió 26 años en enero de 2026. La cobertura de un hijo o una "
          f"hija en el plan de un empleado escolar llega hasta el último día del mes en que cumple 26 años; la suya "
          f"terminó el {fdate(end, 'long', 'es')}. La consulta fue después de esa fecha."),
         ("Qué puede hacer ella",
          "Puede tener derecho a continuar la cobertura por su cuenta (COBRA) si lo pide a tiempo, o a comprar un "
          "plan propio. Llame al programa SEBB para saber cómo.")],
        [("Si cree que nos equivocamos",
          "Pida una apelación dentro de 180 días a partir de la fecha de este aviso. Escriba a UMP Appeals a la "
          "dirección de arriba o llame a Servicios al Afiliado. Si esperar pone en riesgo su salud, pida una "
          "apelación rápida: la decidimos en 72 horas."),
         ("Quiénes aparecen en este aviso",
          f"La paciente: {hija}. Asegurado(a) por su empleo: {sub}. La médica: Dra. {doc}, {clinic}. Firma: {sig}, "
          "Servicios al Afiliado."),
         ("Ayuda", f"{phone(rng)} (TRS 711), de lunes a viernes de 8 a 5.")], size=9.1)
    t = truth("denial_letter", "eligibility", insurer=UMP, group=g, member_id=mh, member_name=hija, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_UMP, "provider": [clinic], "member_id": [m]})
    return out(p), t


def rotated_approval(rng):
    member, surgeon, nurse = people(rng, 3)
    m, g = mid(rng), grp(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    sx = plus(nd, rng.randint(18, 30))
    auth = f"PA{digits(rng, 9)}"
    hosp = "Cowiche Canyon Medical Center"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    tpa_head(p, rng, "Utilization Management")
    p.title_bar("APPROVAL OF PLANNED SURGERY", f"For {UMP} members  |  LMBA-UM-7")
    p.para(fdate(nd, "upper"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.rpairs([(auth, "Approval no."), (m, "Member ID"), (g, "Group (PEBB)"), (fdate(sx, "slash"),
                                                                                  "Planned surgery date"),
              (f"Dr. {surgeon}", "Surgeon"), (hosp, "Hospital")], val_w=62)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: Dr. {surgeon} asked us to approve a total knee replacement (CPT 27447) at {hosp}, and we "
           "have approved it. The approval covers the surgery on the planned date and up to two nights in the "
           "hospital. If the date moves by more than 30 days, the surgeon's office should call us.", 10)
    p.para("An approval is not a promise to pay: you must still be covered on the day of surgery, and your "
           "deductible and coinsurance apply. Questions: call " + phone(rng) + f"; your nurse case manager is "
           f"{nurse}.", 10)
    p.para(f"{TPA}\nUtilization Management, on behalf of {UMP}", 9.6)
    t = truth("other", None, insurer=TPA, group=g, member_id=m, member_name=member, cases=[auth],
              service_dates=[sx.isoformat()], denial_date=nd.isoformat(), provider=surgeon,
              alternates={"insurer": ALT_TPA, "provider": [hosp], "case_numbers": [[]]})
    return out(p), t


def lowres_late(rng):
    member, doc, sig = people(rng, 3)
    m, g = mid(rng), grp(rng)
    v = dt.date(2026, 1, rng.randint(5, 22))
    rec = plus(v, rng.randint(128, 145))
    nd = plus(rec, rng.randint(7, 12))
    n = icn(rng)
    b = amount(rng, 210, 390)
    clinic = "Tumwater Crossing Urgent Care"
    p = EASheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    ump_head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Member ID {m}   Group {g}   Claim {n}   Billing service invoice {digits(rng, 7)}", 9.4)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"You saw Dr. {doc} at {clinic} on {fdate(v, 'long')}. The clinic's billing service, {BILLER}, sent "
           f"us the claim for that visit, {money(b)}, and it reached us on {fdate(rec, 'long')}.", 10)
    p.para("Clinics in the UMP network agree to send their claims within 120 days of the visit. This one came "
           "later than that, so the plan will not pay it. Under its agreement the clinic may not ask you to pay "
           "what we did not.", 10)
    p.para("If you think we got this wrong, for example because the clinic sent the claim on time to the wrong "
           "address, you may appeal no later than 90 calendar days after you receive this letter. Call "
           f"{phone(rng)} (TRS 711) or write to UMP Appeals.", 10)
    p.para(f"Sincerely,\n{sig}\nUMP Claims", 10)
    t = truth("denial_letter", "timely_filing", insurer=UMP, group=g, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates={"insurer": ALT_UMP, "provider": [clinic],
                          "appeal_deadline": [plus(nd, 90).isoformat()]})
    return out(p), t


def finefax_stack(rng):
    member, gi, rev, sig = people(rng, 4)
    m, g = mid(rng), grp(rng, "SEBB")
    prev = dt.date(2025, rng.randint(2, 5), rng.randint(3, 26))
    v = dt.date(2026, rng.randint(3, 4), rng.randint(3, 24))
    nd = plus(v, rng.randint(26, 36))
    dl = plus(nd, 180)
    n = icn(rng)
    b = amount(rng, 1900, 3200)
    center = "Black Hills Endoscopy Center"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    ump_head(p, rng, "Clinical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member ID", m), ("Group", f"{g} (SEBB)"), ("Claim", n), ("Endoscopy center", center),
             ("Reviewed by", f"{rev}, MD")], label_w=40, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')} Dr. {gi} did a colonoscopy (CPT 45378) for you at {center}. The center billed "
           f"us {money(b)} for the doctor, the room and the sedation together.", 10)
    p.para(f"Your last colonoscopy, on {fdate(prev, 'long')}, found nothing that needed watching, and the notes "
           "for this one list no new symptom, bleeding or family history. After a clean result like that the "
           "next look is due in ten years. Doing it again after one year was more than your care called for, "
           "so the plan is not paying for it.", 10)
    p.para(f"You may appeal by {fdate(dl, 'long')}. Include anything the doctor's office has that shows why the "
           "test was repeated early. Urgent appeals are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nUMP Clinical Review", 10)
    d1 = (out(p), truth("denial_letter", "medical_necessity", insurer=UMP, group=g, member_id=m, member_name=member,
                        cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                        provider=gi, appeal_deadline=dl.isoformat(),
                        alternates={"insurer": ALT_UMP, "provider": [center]}))
    ret, doc2, sig2 = people(rng, 3)
    m2_, g2 = mid(rng), grp(rng)
    v2 = dt.date(2026, 4, rng.randint(2, 27))
    nd2 = plus(v2, rng.randint(20, 30))
    n2 = icn(rng)
    b2 = amount(rng, 320, 640)
    mbi = f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-T{rng.randint(10, 99)}-MK{rng.randint(10, 99)}"
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    ump_head(q, rng, "Coordination of Benefits")
    q.para(fdate(nd2, "dmy"), 10)
    for ln in [ret, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.capform([[("L", "Member ID", m2_, 0.5), ("L", "Group", f"{g2} PEBB Retiree", 0.5)],
               [("L", "Claim", n2, 0.5), ("L", "Medicare no.", mbi, 0.5)]], cap_w=22)
    q.para(f"Dear {ret}:", 10)
    q.para(f"Dr. {doc2} of Sehome Hill Cardiology sent us a claim for your visit and heart tests on "
           f"{fdate(v2, 'dmy')}, {money(b2, 'usd')} in all.", 10)
    q.para("You have Medicare Part A and Part B. For PEBB retirees with Medicare, Medicare pays its share of a "
           "bill first and UMP pays after it. The office sent this claim to us alone, so we have set it aside. "
           "Once Medicare has processed it, the office (or you) can send us the Medicare Summary Notice and we "
           "will look at what is left.", 10)
    q.para("If you believe Medicare should not pay first, tell us within 60 days of the date printed above; a "
           "second-level appeal, if needed, is due 60 days after our answer.", 10)
    q.para(f"{sig2}\nCoordination of Benefits Unit", 10)
    d2 = (out(q), truth("denial_letter", "other", insurer=UMP, group=g2, member_id=m2_, member_name=ret, cases=[n2],
                        claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                        provider=doc2, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT_UMP, "provider": ["Sehome Hill Cardiology"]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_capform_lumbar_mri_nobody_asked_first", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "born_digital_fact_box_rehab_stay_paid_at_nursing_rate", "born_digital", [born_rehab(rng)]),
        Item(F + "photocopy_statement_acupuncture_seventeenth_visit", "photocopy", [photocopy_statement(rng)]),
        Item(F + "phone_es_dos_columnas_hija_cumplio_26", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_preauth_approval_knee_replacement", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_billing_service_claim_after_120_days", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_repeat_colonoscopy_then_medicare_first_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
