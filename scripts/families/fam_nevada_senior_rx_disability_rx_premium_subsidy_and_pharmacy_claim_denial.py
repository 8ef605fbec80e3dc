"""Papers mirrored (structure and plain wording style only) from Nevada's Senior Rx and Disability Rx programs
(SRx/DRx), run by the Aging and Disability Services Division (ADSD) of the Nevada Department of Health and Human
Services, and from the pharmacy side of Disability Rx. Public rules used as themselves: the programs pay part of a
member's monthly premium for a Medicare Part D plan or a Medicare Advantage plan with drug coverage, and only for
plans that work with the program ("partnered" plans); the program pays the plan directly, so a member should not have
the premium taken out of the Social Security check; a member must live in Nevada, and an applicant must have lived in
Nevada for 12 months in a row before applying; a person with full Medicaid or full (100%) Extra Help cannot be helped
(partial Extra Help is fine); Disability Rx is for people 18 through 61 with a disability; a Disability Rx member who
cannot get Part D uses an ID card at a network pharmacy and pays a copayment, and the program pays for a drug only
when the member's Part D plan lists it and its prior approval and step rules were met; members get a special
enrollment period to change to a partnered plan; the programs are paid for with tobacco settlement money. The monthly
limit ($41.00), the copayments, every time limit, code (PA7, R3, NP), form number, the claims processor (Toiyabe
Crest Pharmacy Claims Services), every Part D plan, pharmacy, clinic, person, number and address are invented; phones
use 555. No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_card_claim_reply_three_fills_one_needs_approval: the claims processor's reply to a network pharmacy on a
  standard fax, short captions left of and under their boxes ("Ntc Dt", "Card No.", "Prscr", "Batch" with an O
  among digits), three fills of a Disability Rx card member in a table with billed / copay / program paid and a
  totals row; the middle fill (teriparatide) is refused under PA7 because the prescriber never got the program's
  approval (prior_authorization), legend only; fill dates with two-digit years, ICNs printed in groups of four.
- born_digital_statement_april_mail_returned_from_arizona: a Senior Rx premium subsidy statement (facts box at the
  right, months as "01/01/26 thru 01/31/26", plan premium / Extra Help share / Senior Rx paid / left for you / note,
  totals); April pays 0.00 under R3 because the post office forwarded the member's mail to Arizona (eligibility),
  said only in the legend; member number printed with grouping spaces; "by <date>".
- lowres_letter_premiums_taken_from_social_security: a 150 dpi letter with odd captions under their boxes
  ("Mailed", "DRx #", "Req #", "Mos."): the member asks to be paid back two months of premiums the plan took out of
  his Social Security check; the program pays plans only (not_covered); the $82.00 only in a sentence; "within 45
  days of the mailing date in the box above"; a request number with a B among digits.
- photocopy_letter_mail_order_drug_not_on_plan_list: a photocopied Disability Rx letter with captions beside boxes
  and a parties box (mail-order pharmacy, prescriber, program pharmacist): two 90-day fills on "Monday, March 9 and
  Thursday, April 9" of a drug not on the member's Part D plan's list (not_covered); amount only in a sentence;
  "by the 60th day after the date of this letter".
- phone_es_aviso_ayuda_adicional_completa: a photographed Spanish notice with captions hung in the left margin: the
  May and June premiums are not paid because Social Security shows full Extra Help from May (eligibility);
  "US$ 82,00 ($82.00)", "a más tardar el <fecha>".
- rotated_disability_rx_approval: a Disability Rx approval notice fed sideways (denies nothing).
- scan_stack_plan_not_partnered_duplex_then_hearing_decision_upside_down: a letter refusing three months of premium
  for a plan that does not work with the program (out_of_network; months table with a totals row, "01/01/26 thru
  03/31/26", "within 30 days after you get this letter": nothing to count from), its duplex back, then upside down
  a hearing officer's decision keeping the refusal of a Disability Rx application for less than 12 months in Nevada
  (eligibility; hearing and application numbers; the decision is final).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famff import EBSheet, dob, es_date, es_money, month_end, n2, nv_address, people, phone, thru, wday, \
    workday
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "nevada_senior_rx_disability_rx_premium_subsidy_and_pharmacy_claim_denial"
LANG = "en"
SEED = 354915
INS = "Nevada Department of Health and Human Services"
ALT = ["Aging and Disability Services Division", "Nevada Aging and Disability Services Division", "ADSD",
       "Senior Rx and Disability Rx Program", "Senior Rx", "Disability Rx", "Nevada Senior Rx",
       "Department of Health and Human Services", "Nevada DHHS"]
INS_ES = "Departamento de Salud y Servicios Humanos de Nevada"
PROC = "Toiyabe Crest Pharmacy Claims Services"
LIMIT = 41.00
PDP = "Sagebrush Senior Rx (PDP)"
MAPD = "Lahontan Care Advantage Rx (HMO)"
NONPART = "Humboldt Peak Value Rx (PDP)"
PHARM = "Ruby Dome Apothecary"
MAIL = "Galena Creek Mail Order Pharmacy"
CLINIC = "Spring Mountain Family Medicine"


def srx(rng):
    """Printed with grouping spaces; the truth drops them (eval README)."""
    s = f"SRX {digits(rng, 4)} {digits(rng, 4)}"
    return s, s.replace(" ", "")


def drx(rng):
    return f"DRX-{digits(rng, 5)}-{digits(rng, 2)}"


def _head(p, rng, box=None, unit="Senior Rx and Disability Rx Program"):
    p.head(INS, "ADSD", [f"Aging and Disability Services Division  |  {unit}",
                         f"PO Box {rng.randint(70000, 79999)}, Carson City NV 89702  |  toll-free "
                         f"1-866-555-{digits(rng, 4)} option 2  |  TTY 711"], box=box, size=12.0)


def faxstd_card(rng):
    member, prescriber, tech = people(rng, 3)
    card = drx(rng)
    nd = workday(dt.date(2026, 3, rng.randint(18, 26)))
    fills = sorted(plus(dt.date(2026, 3, 2), rng.randint(0, 12)) for _ in range(3))
    fills[1] = plus(fills[0], 1) if fills[1] == fills[0] else fills[1]
    fills[2] = plus(fills[1], 2) if fills[2] <= fills[1] else fills[2]
    drugs = [("lisinopril 20 mg tab", "30", 14.85, 10.00, "P1"),
             ("teriparatide 620 mcg/2.48 mL pen", "1", round(rng.randint(1180, 1460) + 0.37, 2), 0.0, "PA7"),
             ("pregabalin 75 mg cap", "60", round(rng.randint(38, 55) + 0.62, 2), 10.00, "P1")]
    rows, tot, refused = [], [0.0, 0.0, 0.0], None
    for i, ((drug, qty, billed, copay, code), fd) in enumerate(zip(drugs, fills)):
        icn = f"2606 {digits(rng, 4)} {digits(rng, 4)}"
        rx = digits(rng, 7)
        paid = 0.0 if code == "PA7" else round(billed - copay, 2)
        tot = [tot[0] + billed, tot[1] + copay, tot[2] + paid]
        if code == "PA7":
            refused = (icn, billed, fd, rx)
        rows.append([icn, rx, fd.strftime("%m/%d/%y"), drug, qty, n2(billed), n2(copay), n2(paid), code])
    rows.append(["Batch totals", "", "", "", "", *[n2(x) for x in tot], ""])
    batch = f"B0T-2603-O{digits(rng, 2)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(8, 11)}:{rng.randint(10, 59)}  TOIYABE CREST RX CLAIMS  "
           f"FAX {phone(rng)}  TO {PHARM.upper()}  P.{{n}}")
    p = EBSheet(footer="Page {n} of {nb}", footer_left="TCP-DRX-22 rev 10/25   provider copy", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    p.head(PROC, "TCP", ["Claims processor for the Nevada Disability Rx card program (Aging and Disability Services "
                         "Division)", f"PO Box {rng.randint(30000, 39999)}, Reno NV 89510  |  pharmacy help desk "
                         f"1-800-555-{digits(rng, 4)}"], size=12.0)
    p.title_bar("PHARMACY CLAIM REPLY - CARD MEMBER", "Disability Rx members not eligible for Medicare Part D")
    W = p.w - p.l_margin - p.r_margin
    last, first, mi = member.split()[-1], member.split()[0], member.split()[1].rstrip(".")
    p.capcells([("Ntc Dt", fdate(nd, "slash"), 50, "L"), ("To (Pharm)", f"{PHARM}, Elko NV", 86, "B"),
                ("NCPDP", digits(rng, 7), W - 136, "B")])
    p.capcells([("Card No.", card, 58, "L"), ("Cardholder", f"{last.upper()}, {first.upper()} {mi}", 78, "B"),
                ("DOB", fdate(dob(rng, 1966, 1990), "short"), W - 136, "B")])
    p.capcells([("Batch", batch, 50, "L"), ("Prscr", f"Dr. {prescriber}", 86, "B"),
                ("Pharm NPI", digits(rng, 10), W - 136, "B")])
    p.ln(1)
    p.table(["ICN", "Rx No.", "Fill Dt", "Drug / strength", "Qty", "Billed", "Mbr copay", "Program pd", "Code"],
            rows, [33, 17, 16, 52, 10, 18, 15, 17, W - 178], size=7.6,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Codes.** P1: paid; collect the copay shown from the member. PA7: this medicine is paid only after the "
           "prescriber has asked the program for it for this member and we have said yes. We have no such answer on "
           "file, so nothing was paid. Do not give the medicine on this card until the prescriber has called the "
           "program's clinical line; then send the claim again.", 8.4)
    p.para(f"Card members pay $10.00 for a generic and $25.00 for a brand at the counter; the program pays the rest "
           f"at the network rate. If you think this reply is wrong, fax your reasons and the claim within 30 days "
           f"of the Ntc Dt to {phone(rng)}. Keyed by {tech}, help desk.", 8.4)
    icn, billed, fd, rx = refused
    t = truth("eob", "prior_authorization", insurer=PROC, member_id=card, member_name=member,
              cases=[icn.replace(" ", "")], claim_amount=m2(billed), service_dates=[fd.isoformat()],
              denial_date=nd.isoformat(), provider=PHARM, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": [INS] + ALT, "provider": [prescriber]},
              type_alternates=["denial_letter"])
    return out(p), t


def bd_statement(rng):
    member, = people(rng, 1)
    shown, sid = srx(rng)
    m_ = mbi(rng)
    sd = workday(dt.date(2026, 5, rng.randint(5, 13)))
    dl = workday(plus(sd, rng.randint(38, 44)))
    prem = round(rng.randint(49, 63) + rng.choice([0.1, 0.3, 0.6, 0.8]), 2)
    contract = f"S{digits(rng, 4)}-0{digits(rng, 2)}"
    plan_mbr = f"SGB{digits(rng, 9)}"
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, box="PREMIUM SUBSIDY STATEMENT")
    p.addr_pair("Member", [member, *nv_address(rng)], "Call us",
                ["Senior Rx member line", f"1-866-555-{digits(rng, 4)} option 2", "weekdays 8 a.m. to 5 p.m."])
    p.facts_right([("Statement date", fdate(sd, "long")), ("Member no.", shown), ("Medicare number", m_),
                   ("Your drug plan", PDP), ("Plan contract", contract), ("Plan member ID", plan_mbr),
                   ("Most we pay a month", money(LIMIT))],
                  ["**Your premium help, January through April 2026**",
                   "Each month Senior Rx sends part of your drug plan's premium straight to the plan. The table shows "
                   "what the plan charged for each month and what we sent. This is not a bill; the plan bills you for "
                   "anything left over.",
                   "Do not let the plan take its premium out of your Social Security check. We can only pay the plan "
                   "directly, and a premium taken from your check cannot be paid back to you.",
                   "If your address or your plan changes, tell us right away."], side_w=62, size=9.1,
                  title="About this statement")
    rows, tot, deny = [], [0.0, 0.0, 0.0, 0.0], None
    for mo in (1, 2, 3, 4):
        a = dt.date(2026, mo, 1)
        e = month_end(a)
        ref = f"SP-26{mo:02d}-{digits(rng, 5)}"
        paid = 0.0 if mo == 4 else LIMIT
        left = round(prem - paid, 2)
        note = "R3" if mo == 4 else "OK"
        if mo == 4:
            deny = (ref, a, e)
        tot = [tot[0] + prem, tot[1], tot[2] + paid, tot[3] + left]
        rows.append([thru(a, e), ref, n2(prem), "0.00", n2(paid), n2(left), note])
    rows.append(["Totals", "", *[n2(x) for x in tot], ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Month of coverage", "Line ref.", "Plan premium", "Extra Help share", "Senior Rx paid", "Left for you",
             "Note"], rows, [42, 32, 22, 22, 22, 22, W - 162], size=8.0,
            aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** OK: sent to your plan, up to the most we pay a month. R3: in March the post office sent our "
           "letter on to a new address in Kingman, Arizona. Senior Rx can help only people who make their home in "
           "Nevada, so nothing was sent to your plan for April, and none will be sent for later months unless you "
           "show us you still live here.", 8.6)
    p.para(f"If you still live in Nevada, send us a copy of a utility bill or lease in your name by "
           f"{fdate(dl, 'long')}, and we will look at April again. You also have the right to a hearing; see the sheet "
           "that came with this statement.", 8.6)
    ref, a, e = deny
    t = truth("eob", "eligibility", insurer=INS, member_id=sid, member_name=member, cases=[ref],
              claim_amount=m2(prem), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=sd.isoformat(),
              provider=None, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [PDP], "plan_id": [contract],
                          "service_dates": [[], [a.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_ssa(rng):
    member, sig = people(rng, 2)
    d_no = drx(rng)
    mailed = workday(dt.date(2026, 4, rng.randint(13, 24)))
    rec = plus(mailed, -rng.randint(9, 15))
    a, e = dt.date(2026, 1, 1), dt.date(2026, 2, 28)
    req = f"RQ-26B-{digits(rng, 5)}"
    asked = round(2 * LIMIT, 2)
    p = EBSheet(footer=None)
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, unit="Disability Rx - Member Services")
    for ln in [member, *nv_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Mailed", fdate(mailed, "slash"), 36, "B"), ("DRx #", d_no, 44, "B"), ("Req #", req, 44, "B"),
                ("Rcvd", fdate(rec, "dash"), W - 124, "B")], cap=6.2)
    p.capcells([("Mos.", f"{fdate(a, 'slash')} - {fdate(e, 'slash')}", 62, "B"), ("Plan", MAPD, W - 62, "B")],
               cap=6.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You wrote to us because {MAPD} took your drug coverage premium for January and February out of your "
           f"Social Security check, and you asked Disability Rx to send you {money(asked)}, our share for those two "
           "months.", 10)
    p.para("We are sorry, but we cannot send that money to you. Disability Rx helps with a premium only by paying it "
           "to the plan itself, each month, before the plan bills you. Once a premium has been taken from a Social "
           "Security check, the program has no way to pay it back to the member; it never sends premium help to a "
           "member's own pocket.", 10)
    p.para(f"What to do now: call {MAPD} and ask it to stop taking the premium out of your check and to bill you "
           "instead. When the plan does that, we will start paying our part to the plan again, up to "
           f"{money(LIMIT)} a month.", 10)
    p.para("If you think we got this wrong, ask us to look at it again within 45 days of the mailing date in the box "
           "above. Write to the address at the top or call us.", 10)
    p.para(f"Sincerely,\n{sig}\nDisability Rx Member Services", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=d_no, member_name=member, cases=[req],
              claim_amount=m2(asked), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=mailed.isoformat(), provider=None, appeal_deadline=plus(mailed, 45).isoformat(),
              alternates={"insurer": ALT, "provider": [MAPD],
                          "service_dates": [[a.isoformat(), e.isoformat()],
                                            ["2026-01-01/2026-01-31", "2026-02-01/2026-02-28"]]},
              denial_alternates=["other"])
    return out(p), t


def photocopy_mail(rng):
    member, prescriber, rph, sig = people(rng, 4)
    d_no = drx(rng)
    f1, f2 = dt.date(2026, 3, 9), dt.date(2026, 4, 9)
    rec = plus(f2, rng.randint(10, 16))
    nd = workday(plus(rec, rng.randint(6, 11)))
    req = f"RQ-26-{digits(rng, 6)}"
    total = round(rng.randint(560, 690) + 0.40, 2)
    receipt = f"GC-{digits(rng, 8)}"
    rx = f"{digits(rng, 7)}"
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Disability Rx")
    p.line(wday(nd), 10, "B")
    p.ln(2)
    for ln in [member, *nv_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Member", member), ("DRx No.", d_no)],
              [("Request no.", req), ("Received", fdate(rec, "slash"))],
              [("Fill dates", f"{fdate(f1, 'slash')}; {fdate(f2, 'slash')}"), ("Rx #", rx)],
              [("Receipt no.", receipt), ("Part D plan", PDP)]], cap_w=24, size=8.8)
    p.parties([("Filled by", MAIL, f"NCPDP {digits(rng, 7)}"),
               ("Prescriber", f"Dr. {prescriber}", f"{CLINIC}, NPI {digits(rng, 10)}"),
               ("Reviewed by", f"{rph}, RPh", "program pharmacist")], cap_w=30)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked Disability Rx to pay you back for a 90-day supply of celecoxib 200 mg that {MAIL}, the mail "
           f"service of your Part D plan, sent you on {f1.strftime('%A, %B %-d')} and again on "
           f"{f2.strftime('%A, %B %-d, %Y')}. You paid a total of {money(total)} for the two orders, because "
           f"{PDP} did not pay for them.", 10)
    p.para("We looked at the plan's answer. The plan did not pay because this medicine is not on its list of drugs, "
           "and no one asked the plan to make an exception. Disability Rx can only help with a medicine your Part D "
           "plan lists, once the plan's own rules have been followed. So we cannot pay you back for these two "
           "orders.", 10)
    p.para(f"What may help: Dr. {prescriber.split()[-1]} can ask {PDP} for an exception and tell it why you need this "
           "medicine. If the plan says yes, send us the plan's letter and your receipts again. Tell us within 10 days "
           "if you change plans.", 10)
    p.para("If you disagree with us, you may ask for a second look. We must receive your request by the 60th day "
           "after the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nDisability Rx", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=d_no, member_name=member, cases=[req],
              claim_amount=m2(total), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=MAIL, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [prescriber, CLINIC]})
    return out(p), t


def phone_es(rng):
    member, sig = people(rng, 2, es=True)
    shown, sid = srx(rng)
    m_ = mbi(rng)
    a, e = dt.date(2026, 5, 1), dt.date(2026, 6, 30)
    nd = workday(dt.date(2026, 5, rng.randint(18, 27)))
    dl = workday(plus(nd, rng.randint(40, 48)))
    av = f"SRX-AV-26-{digits(rng, 5)}"
    asked = round(2 * LIMIT, 2)
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "ADSD", [INS_ES, "División de Servicios para Personas Mayores y con Discapacidades  |  "
                                 f"Programa Senior Rx  |  1-866-555-{digits(rng, 4)}, opción 2"], size=12.0)
    p.title_bar("AVISO SOBRE SU AYUDA CON LA PRIMA")
    for ln in [member, *nv_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.hang([("Fecha", es_date(nd, True)), ("Aviso núm.", av), ("Miembro núm.", shown), ("Medicare", m_),
            ("Su plan", PDP), ("Meses", f"{es_date(a)} al {es_date(e)}"),
            ("Cantidad", f"{es_money(asked)} ({money(asked)})")], cap_w=32, size=9.4)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Su plan de medicamentos, {PDP}, nos cobró {es_money(asked)} por su prima de mayo y de junio de 2026. "
           "Senior Rx no va a pagar esos dos meses.", 10)
    p.para("El Seguro Social nos informó que, desde el 1 de mayo de 2026, usted recibe la Ayuda Adicional completa "
           "(el 100 %) para sus gastos de la Parte D. Con esa ayuda su prima ya queda cubierta, y Senior Rx solo "
           "puede ayudar a personas que no reciben la Ayuda Adicional completa. La ayuda parcial no le quita el "
           "derecho al programa, pero la completa sí.", 10)
    p.para(f"Si cree que el Seguro Social se equivocó, mándenos la carta del Seguro Social que muestre su nivel de "
           f"ayuda a más tardar el {es_date(dl)}. También puede pedir una audiencia; lea la hoja adjunta.", 10)
    p.para(f"Atentamente,\n{sig}\nPrograma Senior Rx", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=sid, member_name=member, cases=[av],
              claim_amount=m2(asked), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=None, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT + [INS_ES], "member_id": [m_], "provider": [PDP],
                          "service_dates": [[], [a.isoformat(), e.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, worker = people(rng, 2)
    d_no = drx(rng)
    m_ = mbi(rng)
    approved = dt.date(2026, 2, rng.randint(9, 20))
    start = dt.date(2026, 3, 1)
    nd = workday(plus(approved, rng.randint(1, 4)))
    app = f"APP-DRX-{digits(rng, 6)}"
    prem = round(rng.randint(44, 58) + rng.choice([0.2, 0.5, 0.9]), 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng, box="YOU QUALIFY", unit="Disability Rx")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *nv_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("DRx No.", d_no), ("Application no.", app), ("Medicare number", m_)],
            [("Decision", "Approved"), ("Date approved", fdate(approved, "iso")), ("Help starts", "March 2026")]],
           size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para("Your application for Disability Rx has been approved. Starting with your March 2026 premium, the program "
           f"will send part of the monthly premium for your drug plan, {MAPD}, straight to the plan.", 10)
    p.table(["Your drug plan", "Monthly premium", "Disability Rx sends", "The plan bills you"],
            [[MAPD, money(prem), money(min(prem, LIMIT)), money(max(0.0, round(prem - LIMIT, 2)))]],
            [72, 32, 36, p.w - p.l_margin - p.r_margin - 140], size=8.8)
    p.para("Because you are a member, you may change to another drug plan that works with the program once outside "
           "Medicare's open enrollment time. Call us before you change, so that the help follows you.", 10)
    p.para(f"Please let us know within 10 days if you move out of Nevada, start getting Medicaid or get full Extra "
           f"Help. Your caseworker is {worker}.", 10)
    t = truth("other", None, insurer=INS, member_id=d_no, member_name=member, denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "case_numbers": [[app]], "provider": [MAPD],
                          "service_dates": [[start.isoformat()]]})
    return out(p), t


def scan_stack(rng):
    member, sig = people(rng, 2)
    shown, sid = srx(rng)
    nd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    case = f"NV-SRX-26-{digits(rng, 5)}"
    prem = round(rng.randint(31, 39) + rng.choice([0.4, 0.7, 0.9]), 2)
    a, e = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    p.memo([("TO:", f"{member}, {', '.join(nv_address(rng))}"), ("FROM:", "Senior Rx Program"),
            ("DATE:", fdate(nd, "long")), ("RE:", f"Member no. {shown} - case no. {case}")])
    p.para(f"Dear {member}:", 10)
    p.para(f"On January 1, 2026 you moved your drug coverage to {NONPART}. That plan sent us bills for its premium "
           f"for the months {thru(a, e)}, listed below.", 10)
    rows, tot = [], 0.0
    for mo in (1, 2, 3):
        m0 = dt.date(2026, mo, 1)
        inv = f"HPV-{digits(rng, 6)}"
        rows.append([m0.strftime("%B %Y"), inv, n2(prem), "0.00", "NP"])
        tot += prem
    rows.append(["Total", "", n2(tot), "0.00", ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Month", "Plan's invoice", "Premium billed to us", "Senior Rx paid", "Why"], rows,
            [38, 40, 40, 34, W - 152], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"NP: {NONPART} has no agreement with Senior Rx. The program sends premium help only to drug plans that "
           "have signed on to work with it, and this plan has not. That is why we did not pay these bills.", 10)
    p.para(f"You do not have to lose the help. As a member you may switch to a plan that works with us, such as "
           f"{PDP}, outside the usual Medicare enrollment season. Call us and we will tell you which plans take "
           "part this year.", 10)
    p.para("If you think we made a mistake, you may ask for a review. Send it within 30 days after you get this "
           "letter.", 10)
    p.para(f"Sincerely,\n{sig}\nSenior Rx Program", 10)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=sid, member_name=member,
                         cases=[case], claim_amount=m2(round(tot, 2)),
                         service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
                         provider=None, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [NONPART],
                                     "service_dates": [[a.isoformat(), e.isoformat()]]},
                         denial_alternates=["not_covered"]))
    applicant, officer, rep = people(rng, 3)
    m2_ = mbi(rng)
    app = f"APP-DRX-{digits(rng, 6)}"
    hear = f"H-26-{digits(rng, 4)}"
    applied = dt.date(2026, 2, rng.randint(2, 20))
    moved = dt.date(2025, rng.randint(6, 10), rng.randint(1, 28))
    hd = dt.date(2026, 5, rng.randint(12, 21))
    dd = workday(plus(hd, rng.randint(8, 15)))
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(19, 14, 19)
    q.add_page()
    _head(q, rng, unit="Office of Hearings")
    q.title_bar("DECISION OF THE HEARING OFFICER")
    q.leaders([("Hearing no.", hear), ("Application no.", app), ("Applicant", applicant),
               ("Medicare number", m2_), ("Hearing held", fdate(hd, "abbr")), ("Decision issued", fdate(dd, "abbr"))],
              size=9.4)
    q.para(f"**Question.** Was the Aging and Disability Services Division right to deny {applicant}'s application for "
           f"Disability Rx, received {fdate(applied, 'long')}?", 10)
    q.para(f"**What the record shows.** {applicant} took part by telephone with {rep}, a friend. The applicant's "
           f"Nevada driver license was issued on {fdate(moved, 'long')}; before that the applicant rented an "
           "apartment in St. George, Utah, and the lease and bank statements show Utah addresses until then. "
           "No paper in the file shows a Nevada home before that date.", 10)
    q.para("**Decision.** Disability Rx may enroll only a person who has lived in Nevada for twelve months in a row "
           "before applying. On the day the application came in, the applicant had lived here for fewer than twelve "
           f"months. The Division's denial is upheld. Hearing officer: {officer}.", 10)
    q.para("This decision ends the hearing process for this application. You may apply again once you have lived in "
           "Nevada for twelve months in a row; nothing in this decision stops a new application.", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=None, member_name=applicant,
                         cases=[hear, app], denial_date=dd.isoformat(),
                         alternates={"insurer": ALT, "member_id": [m2_], "case_numbers": [[hear], [app]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_card_claim_reply_three_fills_one_needs_approval", "fax_standard_g4", [faxstd_card(rng)]),
        Item(F + "born_digital_statement_april_mail_returned_from_arizona", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_letter_premiums_taken_from_social_security", "scan_lowres_150", [lowres_ssa(rng)]),
        Item(F + "photocopy_letter_mail_order_drug_not_on_plan_list", "photocopy", [photocopy_mail(rng)]),
        Item(F + "phone_es_aviso_ayuda_adicional_completa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_disability_rx_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "scan_stack_plan_not_partnered_duplex_then_hearing_decision_upside_down", "scan_clean_300",
             scan_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
