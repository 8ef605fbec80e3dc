"""Papers mirrored (structure and plain wording style only) from HoosierRx, Indiana's state pharmaceutical assistance
program run by the Indiana Family and Social Services Administration (FSSA, Office of Medicaid Policy and Planning),
which helps pay the monthly premium of a Medicare Part D drug plan. Public rules used as themselves: HoosierRx pays
toward the monthly Part D premium (or the drug part of a Medicare Advantage premium), up to $70 a month, and only to
a Part D plan that works with HoosierRx; it gives no direct help with prescriptions; an applicant must live in
Indiana, be 65 or older, have income at or under 150% of the federal poverty level, and have applied to Social
Security for Extra Help and received a Notice of Award (partial Extra Help) or a Notice of Denial (resources over
the limit), sending a copy of it with the application, proof of income and the plan's card or welcome letter;
people with full Medicaid cannot get HoosierRx; an eligible person gets a welcome letter. Every time limit, form
number, code, income figure, Part D plan, pharmacy, clinic, person, number and address is invented; phones use 555.
Reasons are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_claim_returned_to_pharmacy_deductible_fills: a "claim returned to pharmacy" fax form with short captions
  left of, above and under their boxes ("Ntc Dt" as 09-Apr-2026, "HRx #", "Ctl No." printed in groups, "Fill Dts"
  with two-digit years, "Amt Subm"); two fills priced in the member's Part D deductible, listed in a table with a
  total; HoosierRx buys no medicines (not_covered). The prescriber and clinic share a box; NCPDP, NPI, Medicare
  number, Part D member ID, Rx numbers and BIN/PCN are decoys.
- born_digital_premium_remittance_to_part_d_plan: a landscape remittance advice to a Part D plan listing four
  members' May premiums (plan premium / Extra Help share / billed to HoosierRx / paid / member pays, totals); the
  third line pays 0.00 under M07, full Medicaid, said only in the legend (eligibility); line IDs with letters,
  "05/01/26 thru 05/31/26", "within 60 days of the remittance date".
- lowres_application_refused_under_65: a 150 dpi letter whose values stand over small odd captions ("Mailing dt.",
  "Appl. no.", "Rcvd", "DOB as given"); the applicant has Medicare through a disability and is 64 (eligibility);
  no amount refused (the premium in a sentence accepted); "postmarked within 45 days of the mailing date".
- photocopy_new_plan_not_working_with_hoosierrx: a photocopied letter with captions beside boxes; the member
  moved to a Part D plan that does not work with HoosierRx, whose April premium ("USD 58.40", "from the 1st to the
  30th of April 2026") is refused while February and March with the old plan were paid (table with totals and
  decoy request numbers); "by <date>".
- phone_es_aviso_mudanza_fuera_de_indiana: a photographed Spanish notice with a box of facts at the left: the June
  premium is refused because the member moved to Kentucky (eligibility); "US$ 52,80" in the text, "$52.80" and
  "01-jun-2026 a 30-jun-2026" in the box, "dentro de 30 días a partir de la fecha de este aviso".
- rotated_welcome_letter_with_card: a welcome letter with a premium table and a cut-out card, fed sideways (denies
  nothing).
- finefax_stack_counselor_cover_closed_application_then_reconsideration_upside_down: a SHIP counsellor's own fax
  cover, a letter closing an application because the Social Security letter never came (a checklist of what
  arrived; records not received: other), then upside down a reconsideration keeping the refusal of an applicant
  whose income with a pension is over the limit (eligibility; an administrative hearing only, so no deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfb import (FBSheet, dob, es_date, es_money, es_short, fax_cover, grouped, in_address, last_first,
                               people, phone, span_words, usd, wday, workday, yy)
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "indiana_hoosierrx_part_d_premium_help_notice"
LANG = "en"
SEED = 354911
INS = "Indiana Family and Social Services Administration"
ALT = ["Family and Social Services Administration", "FSSA", "Indiana FSSA", "HoosierRx", "HoosierRx Program",
       "Office of Medicaid Policy and Planning", "Indiana Office of Medicaid Policy and Planning"]
INS_ES = "Administración de Servicios Sociales y Familiares de Indiana"
LIMIT = 70.00
PDP1 = "Salamonie Senior Rx Choice (PDP)"
PDP2 = "Vermillion Medicare Rx Value (PDP)"
PDP3 = "Muscatatuck Select Rx (PDP)"
PHARM = "Pigeon Roost Pharmacy"
CLINIC = "Harlan Mill Family Clinic"


def hrx(rng):
    return f"H{digits(rng, 9)}"


def app_no(rng):
    return f"A26-{digits(rng, 6)}"


def req(rng):
    return f"PRQ-{digits(rng, 7)}"


def _head(p, rng, unit="HoosierRx", box=None):
    p.head(INS, "FSSA", [f"Office of Medicaid Policy and Planning  |  {unit}  |  PO Box {rng.randint(7000, 7999)}, "
                         f"Indianapolis IN 46207-{digits(rng, 4)}", f"Toll-free 1-866-555-{digits(rng, 4)}  |  "
                         f"TTY 711  |  Fax {phone(rng)}"], box=box, size=12.5)


def faxstd_pharmacy(rng):
    member, prescriber, tech = people(rng, 3)
    h, m_ = hrx(rng), mbi(rng)
    f1 = dt.date(2026, 3, rng.randint(2, 6))
    f2 = plus(f1, rng.randint(27, 30))
    rec = plus(f2, rng.randint(5, 9))
    nd = workday(plus(rec, rng.randint(2, 5)))
    ctl = f"26{rec.timetuple().tm_yday:03d}{digits(rng, 7)}"
    rx1, rx2 = digits(rng, 7), digits(rng, 7)
    c1 = round(rng.randint(395, 430) + rng.randint(1, 99) / 100, 2)
    c2 = round(c1 + rng.randint(2, 9) + rng.randint(1, 99) / 100, 2)
    tot = round(c1 + c2, 2)
    pd_id = f"SRC{digits(rng, 8)}"
    npi, ncpdp = digits(rng, 10), digits(rng, 7)
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(8, 16)}:{rng.randint(10, 59)}  HRX PHARM HELP DESK  "
           f"FAX {phone(rng)}  ->  {PHARM.upper()}  PG {{n}}")
    p = FBSheet(footer="Page {n} of {nb}", footer_left=f"HRx-PH 12 (rev. 02/2026)   job {digits(rng, 6)}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, unit="HoosierRx Pharmacy Help Desk")
    p.title_bar("CLAIM RETURNED TO PHARMACY", "Sent by fax to the pharmacy that mailed the claim. Keep with the claim.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc Dt", nd.strftime("%d-%b-%Y"), 56, "L"), ("To", PHARM, 84, "A"), ("NCPDP", ncpdp, W - 140, "B")])
    p.capcells([("HRx #", h, 40, "A"), ("Pt", last_first(member), 64, "A"), ("Medicare #", m_, 44, "B"),
                ("DOB", fdate(dob(rng), "slash"), W - 148, "B")])
    p.capcells([("Ctl No.", grouped(ctl, [2, 3, 7]), 66, "L"), ("Fill Dts", f"{yy(f1)} + {yy(f2)}", 48, "B"),
                ("Amt Subm", money(tot, "nosign"), W - 114, "B")])
    p.capcells([("Prescriber / NPI / clinic", f"Dr. {prescriber} / {npi} / {CLINIC}", 116, "A"),
                ("Part D plan mbr ID", pd_id, W - 116, "A")])
    p.capcells([("Part D plan (primary)", PDP1, 84, "L"), ("BIN/PCN", f"0{digits(rng, 5)}/HRXIN", W - 84, "L")])
    p.ln(1)
    p.table(["Fill date", "Rx No.", "Drug, strength, qty", "Days", "Submitted", "Part D plan paid",
             "Applied to Part D deductible", "HoosierRx paid"],
            [[yy(f1), rx1, "tiotropium 18 mcg inh cap #30", "30", money(c1, "nosign"), "0.00", money(c1, "nosign"),
              "0.00"],
             [yy(f2), rx2, "tiotropium 18 mcg inh cap #30", "30", money(c2, "nosign"), "0.00", money(c2, "nosign"),
              "0.00"],
             ["Total", "", "", "", money(tot, "nosign"), "0.00", money(tot, "nosign"), "0.00"]],
            [20, 20, 54, 11, 21, 22, W - 170, 22],
            size=7.8, aligns=["L", "L", "L", "C", "R", "R", "R", "R"], bold_last=True)
    p.para(f"**What came in.** Your store mailed us a paper claim for the two fills above for the patient named in the "
           f"boxes. Both were priced by {PDP1} while the patient was still paying toward the plan's yearly "
           f"deductible, so the plan paid nothing and the full price was left with the patient.", 8.8)
    p.para("**Why nothing is paid.** HoosierRx does not buy medicines and has no pharmacy benefit of its own. The "
           "only money it sends goes to a Part D plan that works with HoosierRx, as part of the member's monthly "
           "premium. A deductible, a copay or a drug's price is not something we can pay, whatever the plan did with "
           "the claim. Both fills are closed with no payment; please do not mail them to us again.", 8.8)
    p.para(f"**Think we got it wrong?** Fax the help desk within 30 days of the Ntc Dt with the claim and anything you "
           f"want us to read. The patient can call us toll-free. Keyed by {tech}.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=h, member_name=member, cases=[ctl],
              claim_amount=m2(tot), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=PHARM, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [prescriber, CLINIC]},
              type_alternates=["eob"], denial_alternates=["other"])
    return out(p), t


def bd_remittance(rng):
    names = people(rng, 5)
    members, payee_contact = names[:4], names[4]
    ra_date = workday(dt.date(2026, 5, rng.randint(11, 20)))
    a, e = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    ra = f"RA{digits(rng, 8)}"
    eft = digits(rng, 12)
    contract = f"S{digits(rng, 4)}-0{digits(rng, 2)}"
    base = round(rng.randint(84, 96) + rng.choice([0.1, 0.3, 0.6, 0.8]), 2)
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 11, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="HoosierRx Premium Payments to Part D Plans", box="PREMIUM REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Paid to", [PDP2, "Premium Billing Unit, attn. " + payee_contact, "PO Box 4410, Evansville IN 47701"],
                "Questions about this remittance", ["HoosierRx plan payments desk", f"1-866-555-{digits(rng, 4)}",
                                                    "plan-payments line, weekdays 8:00-4:30 ET"], split=0.5)
    p.capcells([("RA No.", ra, 52, "A"), ("RA date", fdate(ra_date, "long"), 52, "A"),
                ("Coverage month", "May 2026", 40, "A"), ("EFT trace", eft, 52, "A"), ("Plan contract", contract,
                                                                                        W - 196, "A")])
    rows, tot = [], [0.0] * 5
    refused = None
    for i, m in enumerate(members):
        lis = [0.0, 0.25, 0.50, 0.0][i]
        share = round(base * lis, 2)
        billed = round(base - share, 2)
        paid = 0.0 if i == 2 else min(billed, LIMIT)
        mp = round(billed - paid, 2)
        line = f"26{rng.choice('BS')}{digits(rng, 5)}-{i + 1:02d}"
        code = "M07" if i == 2 else ("P2" if billed > LIMIT else "P1")
        hid = hrx(rng)
        plan_mid = f"VMR{digits(rng, 8)}"
        if i == 2:
            refused = (m, hid, line, billed, plan_mid)
        tot = [tot[0] + base, tot[1] + share, tot[2] + billed, tot[3] + paid, tot[4] + mp]
        rows.append([line, last_first(m), hid, plan_mid, f"{yy(a)} thru {yy(e)}", money(base, "nosign"),
                     money(share, "nosign"), money(billed, "nosign"), money(paid, "nosign"), money(mp, "nosign"),
                     code])
    rows.append(["TOTALS", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p.table(["Line ID", "Member", "HoosierRx ID", "Plan member ID", "Coverage period", "Plan premium (USD)",
             "Extra Help share", "Billed to HoosierRx", "HoosierRx paid", "Member pays plan", "Rsn"], rows,
            [25, 42, 24, 26, 34, 20, 18, 20, 19, 19, W - 247], size=7.6,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Reason codes.** P1: paid as billed. P2: paid up to $70.00, the most HoosierRx pays toward one member's "
           "premium in a month; bill the member for the rest. M07: our records show this member now has full Indiana "
           "Medicaid for the month listed. A person with full Medicaid cannot be a HoosierRx member, so HoosierRx "
           "help stopped with the month before; no part of this line is paid.", 8.4)
    p.para(f"The total paid was sent by electronic transfer to the account on file for {PDP2}. A plan may ask HoosierRx "
           "to look at a line again within 60 days of the remittance date; send the Line ID and the reason to the "
           "plan payments desk. Please do not send a new bill for a line coded M07.", 8.4)
    m, hid, line, billed, plan_mid = refused
    t = truth("eob", "eligibility", insurer=INS, member_id=hid, member_name=m, cases=[line], claim_amount=m2(billed),
              service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=ra_date.isoformat(), provider=None,
              appeal_deadline=plus(ra_date, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [plan_mid], "provider": [PDP2], "plan_id": [contract],
                          "claim_amount": [m2(base)], "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_under_65(rng):
    member, worker = people(rng, 2)
    born = dt.date(1962, rng.randint(2, 11), rng.randint(1, 28))
    m_ = mbi(rng)
    rec = dt.date(2026, 4, rng.randint(6, 24))
    nd = workday(plus(rec, rng.randint(20, 30)))
    an = app_no(rng)
    prem = round(rng.randint(36, 48) + rng.choice([0.1, 0.4, 0.9]), 2)
    turn65 = dt.date(2027, born.month, 1)
    p = FBSheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="HoosierRx Eligibility")
    for ln in [member, *in_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.under([(fdate(nd, "long"), "Mailing dt."), (an, "Appl. no."), (fdate(rec, "slash"), "Rcvd"),
             (fdate(born, "slash"), "DOB as given")], size=9.6)
    p.under([(m_, "Medicare # (from your card copy)"), (PDP1, "Part D plan named on the application")],
            widths=[66, p.w - p.l_margin - p.r_margin - 66], size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for applying for HoosierRx. You asked us to help with the premium of {money(prem)} a month that "
           f"you pay {PDP1}. Your application, the copy of your Medicare card and the letter from Social Security "
           "about Extra Help all reached us.", 10)
    p.para(f"We cannot enroll you yet. The birth date on your application is {fdate(born, 'long')}, so you are 64 "
           "years old today. You have Medicare because of a disability, which Medicare allows before 65, but "
           "HoosierRx can help only people who are 65 or older. You may send a new application in "
           f"{turn65.strftime('%B %Y')}, the month you turn 65. Keep paying your plan in the meantime so that "
           "your drug coverage does not stop.", 10)
    p.tab_box("If you do not agree", "Write to HoosierRx Eligibility at the address above and tell us why. Your "
              "letter must be postmarked within 45 days of the mailing date shown above. You may also ask for an "
              "administrative hearing; the sheet with this letter tells you how.", 9.4)
    p.para(f"Sincerely,\n{worker}\nHoosierRx Eligibility", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=None, member_name=member, cases=[an],
              claim_amount=None, service_dates=[], denial_date=nd.isoformat(), provider=None,
              appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [PDP1], "claim_amount": [m2(prem)]})
    return out(p), t


def photocopy_new_plan(rng):
    member, sig = people(rng, 2)
    h, m_ = hrx(rng), mbi(rng)
    a, e = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    billed_on = dt.date(2026, 4, rng.randint(6, 14))
    nd = workday(plus(billed_on, rng.randint(10, 16)))
    dl = workday(plus(nd, rng.randint(40, 50)))
    old = round(rng.randint(38, 46) + rng.choice([0.1, 0.2, 0.7]), 2)
    new = 58.40
    r1, r2, r3 = req(rng), req(rng), req(rng)
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="HoosierRx Member Services")
    p.line(fdate(nd, "long"), 10, "B")
    p.ln(2)
    for ln in [member, *in_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Member", member), ("HoosierRx ID", grouped(h, [4, 3, 3]))],
              [("Request No.", r3), ("Plan billing", "Muscatatuck Select Rx")],
              [("Letter date", fdate(nd, "slash")), ("Medicare #", m_)]], cap_w=25, size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(billed_on, 'long')}, {PDP3} sent HoosierRx a bill for your premium for April, that is "
           f"{span_words(a, e)}, in the amount of {usd(new)}.", 10)
    p.para(f"Your drug coverage moved to {PDP3} on April 1. That plan has no agreement with HoosierRx, and HoosierRx "
           "can send money only to the Part D plans that work with it. We are not paying the April bill, and we "
           f"cannot pay {PDP3} for any later month while you stay with it. The plan will bill you for the whole "
           "premium.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Premium month", "Part D plan", "Premium", "HoosierRx paid", "Left for you", "Request No."],
            [[f"{fdate(dt.date(2026, 2, 1), 'slash')}-{fdate(dt.date(2026, 2, 28), 'slash')}",
              "Salamonie Senior Rx Choice", money(old), money(old), "$0.00", r1],
             [f"{fdate(dt.date(2026, 3, 1), 'slash')}-{fdate(dt.date(2026, 3, 31), 'slash')}",
              "Salamonie Senior Rx Choice", money(old), money(old), "$0.00", r2],
             [f"{fdate(a, 'slash')}-{fdate(e, 'slash')}", "Muscatatuck Select Rx", money(new), "$0.00", money(new),
              r3],
             ["Total", "", money(2 * old + new), money(2 * old), money(new), ""]],
            [44, 46, 20, 24, 22, W - 156], size=8.2, aligns=["L", "L", "R", "R", "R", "L"], bold_last=True)
    p.para(f"You can still get HoosierRx help. {PDP1} and several other plans work with us; a counsellor at the State "
           "Health Insurance Assistance Program can help you compare them. If you go back to a plan that works with "
           "HoosierRx, send us its welcome letter and we will start paying again from its first month.", 10)
    p.para(f"If you think this decision is wrong, tell us in writing by {fdate(dl, 'long')}. Send your letter to the "
           "address at the top of this page. You may also ask for an administrative hearing.", 10)
    p.para(f"Sincerely,\n{sig}\nHoosierRx Member Services", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=h, member_name=member, cases=[r3],
              claim_amount=m2(new), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=None, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [PDP3],
                          "service_dates": [[a.isoformat(), e.isoformat()]]},
              denial_alternates=["not_covered"])
    return out(p), t


def phone_es(rng):
    member, sig = people(rng, 2, es=True)
    h, m_ = hrx(rng), mbi(rng)
    a, e = dt.date(2026, 6, 1), dt.date(2026, 6, 30)
    nd = workday(dt.date(2026, 6, rng.randint(8, 17)))
    r = req(rng)
    prem = 52.80
    moved = dt.date(2026, 5, rng.randint(4, 22))
    p = FBSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head(INS, "FSSA", [INS_ES, f"HoosierRx  |  PO Box {rng.randint(7000, 7999)}, Indianapolis IN 46207  |  "
                               f"1-866-555-{digits(rng, 4)}  |  TTY 711"], size=12.5)
    p.title_bar("AVISO SOBRE SU PRIMA DE LA PARTE D")
    for ln in [member, "2207 Quince Hollow Ln", "Louisville KY 40219"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.two_col([("Fecha del aviso", es_date(nd, True)), ("Número de HoosierRx", h), ("Número de Medicare", m_),
               ("Solicitud n.º", r), ("Mes de la prima", f"{es_short(a)} a {es_short(e)}"),
               ("Prima facturada", money(prem)), ("Su plan", PDP1)],
              [f"Estimado(a) {member}:",
               f"Su plan de medicamentos, {PDP1}, nos envió la factura de su prima de junio de 2026 por "
               f"{es_money(prem)}. HoosierRx no va a pagar esa prima.",
               f"El plan nos avisó que usted cambió su domicilio a Louisville, Kentucky, el {es_date(moved)}. "
               "HoosierRx es un programa de Indiana y solo ayuda a personas que viven en Indiana. Desde junio, su plan "
               "le cobrará a usted la prima completa.",
               "Si esto es un error, por ejemplo si usted sigue viviendo en Indiana y solo recibe correo en otro "
               "lugar, avísenos por escrito dentro de 30 días a partir de la fecha de este aviso. Envíe una copia de "
               "una factura de luz o de un contrato de alquiler con su dirección de Indiana. Si vuelve a vivir en "
               "Indiana, puede presentar una nueva solicitud.",
               "También puede pedir una audiencia administrativa; la hoja adjunta explica cómo.",
               f"Atentamente,\n{sig}\nHoosierRx"], side_w=60, size=9.3, title="Datos de este aviso")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=h, member_name=member, cases=[r],
              claim_amount=m2(prem), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=None, appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT + [INS_ES], "member_id": [m_], "provider": [PDP1],
                          "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def rotated_welcome(rng):
    member, worker = people(rng, 2)
    h, m_ = hrx(rng), mbi(rng)
    rec = dt.date(2026, 5, rng.randint(4, 20))
    nd = workday(plus(rec, rng.randint(24, 34)))
    start = dt.date(2026, 7, 1)
    an = app_no(rng)
    prem = round(rng.randint(74, 82) + rng.choice([0.3, 0.5, 0.9]), 2)
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, unit="HoosierRx Enrollment")
    p.para(wday(nd), 10)
    for ln in [member, *in_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.dotted([("Your HoosierRx ID", h), ("Application no.", an), ("Medicare number", m_),
              ("HoosierRx starts with the premium for", start.strftime("%B %Y"))], cap_w=76, size=9.4)
    p.heading("Welcome to HoosierRx", 13)
    p.para(f"Dear {member}:", 10)
    p.para("Your application is complete and you are now a HoosierRx member. Starting with your July premium, "
           f"HoosierRx will send money every month to {PDP2} to pay your premium, up to $70 a month.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Part D plan", "Monthly premium", "HoosierRx pays", "You pay the plan"],
            [[PDP2, money(prem), money(LIMIT), money(round(prem - LIMIT, 2))]], [72, 32, 32, W - 136], size=8.8)
    p.para("Your plan will send you a bill for the part HoosierRx does not pay. HoosierRx does not pay for your "
           "medicines, copays or deductible. Tell us if you move, change plans or start to get Medicaid. "
           f"Your caseworker is {worker}.", 10)
    p.wallet_card("HoosierRx member card", [("Name", member), ("HoosierRx ID", h),
                                            ("Part D plan", PDP2), ("Since", fdate(start, "slash"))],
                  note="Show this card if your plan or a SHIP counsellor asks about HoosierRx. It is not a drug card: "
                       "at the pharmacy, use your Part D plan's card.")
    t = truth("other", None, insurer=INS, member_id=h, member_name=member, denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "case_numbers": [[an]], "provider": [PDP2],
                          "service_dates": [[start.isoformat()], [f"{start.isoformat()}/2026-07-31"]]})
    return out(p), t


def finefax_stack(rng):
    counsellor, member, sig, member2, officer, rep = people(rng, 6)
    cover = fax_cover([("To:", "HoosierRx Eligibility"), ("From:", f"{counsellor}, SHIP volunteer counsellor"),
                       ("Fax:", "(317) 555-0142"), ("Date:", "7/9/26"), ("Pages:", "3 with this one")],
                      "Two letters my client received, sent together so that they can be looked at again. Please "
                      "call me at the senior center on Tuesdays or Thursdays.", title="FAX COVER")
    an = app_no(rng)
    asked = dt.date(2026, 4, rng.randint(6, 17))
    nd = workday(plus(asked, rng.randint(46, 52)))
    p = FBSheet(footer="Page {n} of {nb}", footer_left=f"HRx-EL 40   {fdate(nd, 'short')}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, unit="HoosierRx Eligibility")
    p.margin_id(f"DOC {digits(rng, 10)}")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *in_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Application no.", an), ("Medicare number", mbi(rng)), ("Date we asked for papers",
                                                                        fdate(asked, "slash"))], size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para("We have closed your HoosierRx application without enrolling you. Here is what we have received:", 10)
    p.checks("Papers on file for this application", [(True, "HoosierRx application, signed"),
                                                     (True, "Proof of income (bank statement)"),
                                                     (True, "Part D plan card (copy)"),
                                                     (False, "Social Security's letter about Extra Help (Notice of "
                                                             "Award or Notice of Denial)")], size=8.8)
    p.para(f"On {fdate(asked, 'long')} we wrote to you asking for a copy of the letter Social Security sent you after "
           "you applied for Extra Help. We need that letter to decide whether you can be a HoosierRx member, and "
           "it never came. Without it we cannot go on with the application.", 10)
    p.para("If you mailed it and think we lost it, or if you think we closed your application by mistake, ask us to "
           "reconsider within 30 days after the date at the top of this page. You may also send a new application "
           "at any time with all of the papers listed above.", 10)
    p.para(f"Sincerely,\n{sig}\nHoosierRx Eligibility", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=None, member_name=member, cases=[an],
                         denial_date=nd.isoformat(), appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": ALT}, denial_alternates=["eligibility"]))
    an2 = app_no(rng)
    rq = f"RQ-26{rng.choice('BS')}-{digits(rng, 4)}"
    first = dt.date(2026, 3, rng.randint(9, 27))
    rd = workday(dt.date(2026, 6, rng.randint(8, 26)))
    ss = round(rng.randint(1420, 1560) + rng.choice([0.0, 0.4, 0.6]), 2)
    pen = round(rng.randint(560, 690) + rng.choice([0.25, 0.5, 0.0]), 2)
    lim = 1995.00
    q = FBSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="HoosierRx Reconsideration Unit")
    q.heading("Reconsideration decision", 12.5)
    q.grid([[("Decision date", fdate(rd, "long")), ("Reconsideration no.", rq), ("Application no.", an2)],
            [("Applicant", member2), ("First decision", fdate(first, "slash")), ("Asked by", rep)]], size=9)
    q.para(f"Dear {rep}:", 10)
    q.para(f"You asked us, for {member2}, to look again at our letter of {fdate(first, 'long')}, which said that "
           f"{member2} could not become a HoosierRx member. A different worker, {officer}, went over the whole file "
           "and the papers you sent with your request.", 10)
    W = q.w - q.l_margin - q.r_margin
    q.table(["Monthly income counted", "Gross amount"],
            [["Social Security, before the Medicare premium is taken out", money(ss)],
             ["Pension from a former employer", money(pen)],
             ["Total", money(round(ss + pen, 2))],
             ["Most a person living alone may have (150% of the poverty level)", money(lim)]],
            [W - 40, 40], size=8.8, aligns=["L", "R"])
    q.para("The pension stub you sent shows the pension is paid every month, so it has to be counted with the Social "
           "Security check. Together they come to more than a single person can have and still be in HoosierRx. "
           "Our first answer stays as it was.", 10)
    q.para("This ends our own review. If you still disagree you may ask for an administrative hearing; the sheet with "
           "this letter tells you how and by when.", 10)
    q.para(f"HoosierRx Reconsideration Unit\n{officer}", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=None, member_name=member2,
                         cases=[rq, an2], denial_date=rd.isoformat(), appeal_deadline=None,
                         alternates={"insurer": ALT, "case_numbers": [[rq], [an2]]}))
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "faxstd_claim_returned_to_pharmacy_deductible_fills", "fax_standard_g4", [faxstd_pharmacy(rng)]),
        Item(F + "born_digital_premium_remittance_to_part_d_plan", "born_digital", [bd_remittance(rng)]),
        Item(F + "lowres_application_refused_under_65", "scan_lowres_150", [lowres_under_65(rng)]),
        Item(F + "photocopy_new_plan_not_working_with_hoosierrx", "photocopy", [photocopy_new_plan(rng)]),
        Item(F + "phone_es_aviso_mudanza_fuera_de_indiana", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_welcome_letter_with_card", "rotated", [rotated_welcome(rng)]),
    ]
    stack_docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_counselor_cover_closed_application_then_reconsideration_upside_down",
                      "fax_fine_g4", stack_docs, separators=[cover, None], turns={(1, 0): 180}))
    return items
