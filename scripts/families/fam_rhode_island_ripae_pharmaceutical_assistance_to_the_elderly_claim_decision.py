"""Papers mirrored (structure and plain wording style only) from RIPAE, Rhode Island Pharmaceutical Assistance to the
Elderly, run by the Rhode Island Office of Healthy Aging (OHA), to its members, their pharmacies and their
prescribers. Public rules used as themselves: RIPAE is for Rhode Island residents aged 65 or older, or 55 to 64 and
receiving Social Security Disability benefits, who are enrolled in a Medicare Part D plan; the state pays a share of
the price of medicines for listed conditions (Alzheimer's disease, arthritis, diabetes, heart disease, high blood
pressure, high cholesterol, depression, glaucoma, osteoporosis, Parkinson's disease and others) at 60, 30 or 15
percent by income level; it helps during the Part D deductible or for a drug Part D does not cover; a generic must be
dispensed when one exists unless the prescriber certifies the brand is medically necessary; experimental drugs are
excluded; one fill may not exceed a 100-day supply or 200 doses, whichever is less; the money for multiple sclerosis
injectables is capped each state fiscal year; judicial review of a final agency decision is asked of the Superior
Court within 30 days (R.I. Gen. Laws 42-35-15). Every time limit not named there, every form number, remark code,
Part D plan, pharmacy, clinic, claims processor, person, number and address is invented; phones use 555. Reasons
are said in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_landscape_pharmacy_remittance_120_day_fill: a landscape pharmacy remittance on a standard fax, captions
  left of, above and under their boxes ("Rmt Dt" 05/22/26-style, "Payee", "NCPDP", "Rmt #", "EFT trace", "Net
  pmt"), four members' fills with price / Part D pd / RIPAE pd / member pays columns and totals; the third fill's
  240 tablets for 120 days pays 0.00 under Q1, said only in the legend (not_covered); a recoupment of an earlier
  ICN with a trailing minus and the prescriber column as decoys.
- born_digital_quarter_statement_fill_never_sent_to_part_d: a member's benefit statement with a facts box at the
  right and a table of five fills (ISO dates, "USD" totals line); one fill pays 0.00 under K because the pharmacy
  never sent it to the Part D plan first (other: coordination); "within 60 days of the statement date".
- lowres_application_decision_captions_under_boxes_under_65: a 150 dpi letter whose boxes carry their captions
  UNDER them ("Ltr Dt", "Appl #", "Rec'd", "Born"): an application refused because the applicant is under 65 and the
  Social Security letter shows a retirement benefit, not disability (eligibility); weekday-named dates; a Social
  Security claim number and a re-apply date as decoys; "within 30 days after this letter reaches you" (null).
- photocopy_letter_study_drug_two_fills_amount_in_sentence: a photocopied letter with captions beside boxes
  refusing a medicine still being tested in research studies (experimental), two fills "on <date> and again on
  <date>", the price only in a sentence, the doctor and clinic only in sentences; a study protocol number as decoy.
- phone_es_aviso_recibo_de_enero_fuera_de_plazo: a photographed Spanish notice with a facts box and a table of
  three receipts, the January receipt refused because it reached OHA more than 90 days after the fill
  (timely_filing); "US$ 212,40"-style amount in the text; "a más tardar el <fecha>".
- finefax_memo_brand_certification_accepted: a fine-fax memo to a neurologist's office accepting a brand-name
  certification (denies nothing); captions with letters that read like digits ("BC-4471-S08"), "thru" dates.
- clean_stack_routing_slip_ms_allocation_then_hearing_decision_sideways: a counselor's routing slip (belongs to no
  document), a two-page letter refusing an MS injection because the year's MS money is used up (not_covered;
  "(412.60)"-style amounts) and, fed sideways, a hearing decision keeping the refusal of a brand-name drug the
  prescriber never certified (medical_necessity; only Superior Court review left, so no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfa import (FASheet, amt, dlong, dshort, es_date, es_money, lastfirst, paren, people, phone, plus,
                               routing_slip, thru, trail, usd, workday, yy)
from public_kit import digits, fdate, m2, mbi, money, out, truth

FAMILY = "rhode_island_ripae_pharmaceutical_assistance_to_the_elderly_claim_decision"
LANG = "en"
SEED = 354910
INS = "Rhode Island Office of Healthy Aging"
ALT = ["Office of Healthy Aging", "OHA", "RI Office of Healthy Aging", "State of Rhode Island Office of Healthy Aging",
       "RIPAE", "Rhode Island Pharmaceutical Assistance to the Elderly", "RIPAE Program"]
INS_ES = "Oficina de Envejecimiento Saludable de Rhode Island"
PROC = "Narrow River Pharmacy Claims, LLC"
PDP = "Quonset Point Senior Rx (PDP)"
PDP2 = "Sakonnet Shores Medicare Drug Plan (PDP)"
PHARMS = ["Pawtuxet Village Apothecary", "Diamond Hill Family Pharmacy", "Galilee Harbor Drug",
          "Wood River Junction Pharmacy", "Chepachet Corner Pharmacy", "Aquidneck Specialty Pharmacy"]
TOWNS = [("Warwick", "02889"), ("Cumberland", "02864"), ("Narragansett", "02882"), ("Hope Valley", "02832"),
         ("Tiverton", "02878"), ("Woonsocket", "02895"), ("Bristol", "02809"), ("Westerly", "02891")]


def rid(rng):
    """RIPAE ID: RI + a letter that reads like a digit (B, S, O) + 7 digits; printed in three groups."""
    raw = f"RI{rng.choice('BSO')}{digits(rng, 7)}"
    return raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def icn(rng):
    return f"26-{rng.randint(10, 190):03d}-{digits(rng, 7)}"


def req(rng):
    return f"RR-26{rng.choice('SBO')}{digits(rng, 5)}"


def addr(rng):
    town, z = rng.choice(TOWNS)
    street = rng.choice(["Post Rd", "Narragansett Pkwy", "Main St Apt 2B", "Bay View Ave", "Elmgrove Ave",
                         "Shore Rd", "Hope St", "Diamond Hill Rd"])
    return [f"{rng.randint(12, 2900)} {street}", f"{town} RI {z}"]


def _head(p, rng, unit="RIPAE - Rhode Island Pharmaceutical Assistance to the Elderly", box=None, extra=None):
    lines = [f"{unit}", f"PO Box {rng.randint(20100, 29900)}, Cranston RI 02920-{digits(rng, 4)}  |  "
                        f"{phone(rng)}  |  TTY 711"]
    if extra:
        lines.append(extra)
    p.head(INS, "OHA", lines, box=box, size=13)


def faxstd_remit(rng):
    nd = workday(dt.date(2026, 5, rng.randint(18, 26)))
    pharm = PHARMS[0]
    pres = people(rng, 4)
    mems = people(rng, 4)
    rows, tot, info = [], [0.0, 0.0, 0.0, 0.0], None
    levels = [(60, "L1"), (30, "L2"), (15, "L3"), (30, "L2")]
    for i in range(4):
        raw, shown = rid(rng)
        n = icn(rng)
        fill = plus(nd, -rng.randint(9, 25))
        rx = digits(rng, 7)
        price = round(rng.randint(38, 210) + rng.randint(1, 99) / 100, 2)
        pct, lv = levels[i]
        if i == 2:
            qty = "240/120"
            price = round(rng.randint(260, 340) + rng.randint(1, 99) / 100, 2)
            pd, code = 0.0, "Q1"
            info = (mems[i], raw, n, fill, price, pres[i], rx)
        else:
            qty = rng.choice(["30/30", "90/90", "60/30", "100/100"])
            pd, code = round(price * pct / 100, 2), "P"
        owe = round(price - pd, 2)
        tot = [tot[0] + price, tot[1], tot[2] + pd, tot[3] + owe]
        rows.append([n, lastfirst(mems[i]), shown, rx, yy(fill), qty, f"Dr. {pres[i].split()[-1]}", lv,
                     amt(price), "0.00", amt(pd), amt(owe), code])
    rows.append(["TOTALS", "", "", "", "", "", "", "", *[amt(x) for x in tot], ""])
    recoup_icn = icn(rng)
    recoup = round(rng.randint(11, 29) + rng.randint(1, 99) / 100, 2)
    net = round(tot[2] - recoup, 2)
    fax = (f"{yy(nd)} {rng.randint(8, 16):02d}:{rng.randint(10, 59)}  OHA RIPAE PHARMACY UNIT  FAX {phone(rng)}"
           f"  -> {pharm.upper()}  PG {{n}}")
    p = FASheet(footer="Page {n} of {nb}", footer_left="RIPAE-RA2 (rev. 01/26)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="RIPAE Pharmacy Unit", extra=f"Claims processed for OHA by {PROC}")
    p.title_bar("RIPAE PHARMACY REMITTANCE", "Cycle 26-21. Lines marked P are paid at the member's level share. "
                                             "Do not resubmit a P line.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Rmt Dt", yy(nd), 44, "L"), ("Payee", pharm, 80, "A"), ("NCPDP", digits(rng, 7), 34, "B"),
                ("NPI", digits(rng, 10), 40, "B"), ("Rmt #", f"RA-2605-{digits(rng, 5)}", W - 198, "L")])
    p.capcells([("EFT trace", digits(rng, 11), 70, "L"), ("Pmt date", yy(plus(nd, 1)), 40, "B"),
                ("Net pmt", money(net), 40, "B"), ("Processor", PROC, W - 150, "A")])
    p.table(["Ref/ICN", "Member", "RIPAE ID", "Rx #", "Filled", "Qty/DS", "Prescriber", "Lvl", "Price",
             "Pt D pd", "RIPAE pd", "Mbr pays", "Cd"], rows,
            [30, 40, 25, 17, 16, 16, 25, 9, 18, 16, 17, 17, W - 246], size=7.6,
            aligns=["L", "L", "L", "L", "L", "C", "L", "C", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.2)
    p.table(["Adjustment", "Ref/ICN", "Reason", "Amount"],
            [["Recoupment", recoup_icn, "Fill paid twice in cycle 26-19", trail(recoup)]],
            [40, 40, 120, W - 200], size=7.8, aligns=["L", "L", "L", "R"], row_h=5.2)
    p.legend([("P", "Paid. RIPAE pays its level share (L1 60%, L2 30%, L3 15%) of the price while the member is in "
                    "the Part D deductible or for a drug Part D does not cover."),
              ("Q1", "Days' supply on this fill is more than RIPAE pays for at one time: no more than 100 days, or "
                     "200 doses if that is fewer. The member pays the whole price of this fill. A fill of 100 days "
                     "or less may be sent as a new claim."),
              ("", f"Questions or a request to reconsider a line: fax the Pharmacy Unit within 30 days of the Rmt "
                   f"Dt at {phone(rng)}, quoting the Ref/ICN.")], size=7.6)
    m, raw, n, fill, price, prs, rx = info
    t = truth("eob", "not_covered", insurer=INS, member_id=raw, member_name=m, cases=[n], claim_amount=m2(price),
              service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [prs, f"Dr. {prs.split()[-1]}"]}, denial_alternates=["other"],
              type_alternates=["denial_letter"])
    return out(p), t


def bd_statement(rng):
    member, sig = people(rng, 2)
    raw, shown = rid(rng)
    m_ = mbi(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    drugs = [("atorvastatin 40 mg", 90), ("lisinopril 20 mg", 90), ("donepezil 10 mg", 30),
             ("metformin ER 500 mg", 90), ("latanoprost eye drops", 30)]
    rows, tot, info = [], [0.0, 0.0, 0.0, 0.0], None
    fills = sorted(dt.date(2026, rng.randint(1, 3), rng.randint(2, 27)) for _ in drugs)
    k_at = 3
    for i, ((drug, ds), fill) in enumerate(zip(drugs, fills)):
        n = f"C{digits(rng, 9)}"
        ph = PHARMS[1] if i != k_at else PHARMS[3]
        price = round(rng.randint(24, 140) + rng.randint(1, 99) / 100, 2)
        if i == k_at:
            rp, note, partd = 0.0, "K", "not sent"
            info = (n, fill, price, ph)
        else:
            rp, note, partd = round(price * 0.30, 2), "30", "0.00"
        you = round(price - rp, 2)
        tot = [tot[0] + price, tot[1], tot[2] + rp, tot[3] + you]
        rows.append([n, fill.isoformat(), drug, ph, str(ds), amt(price), partd, amt(rp), amt(you), note])
    rows.append(["Totals", "", "", "", "", amt(tot[0]), "0.00", amt(tot[2]), amt(tot[3]), ""])
    p = FASheet(footer="Page {n} of {nb}", footer_left="RIPAE-BS (statement)")
    p.set_margins(12, 14, 12)
    p.add_page()
    _head(p, rng, box="BENEFIT STATEMENT")
    p.addr_pair("Mail to", [member, *addr(rng)], "Call us",
                ["RIPAE member line", f"{phone(rng)} (TTY 711)", "weekdays 8:30 to 4:00"])
    p.facts_right([("Statement date", dlong(sd)), ("RIPAE ID", shown), ("Your level", "2: RIPAE pays 30%"),
                   ("Medicare number", m_), ("Part D plan", PDP), ("Part D member no.", f"QP{digits(rng, 9)}"),
                   ("Statement no.", f"BS-{digits(rng, 6)}")],
                  ["**Fills from January 1 to March 31, 2026**",
                   "Here are the prescriptions RIPAE heard about in the first three months of the year, while you "
                   "were paying toward your Part D deductible. Where RIPAE paid, you paid the pharmacy 70% of the "
                   "price.",
                   "This is not a bill. Keep it with your pharmacy receipts; a line with a letter in the last column "
                   "is explained under the table.",
                   f"Once your Part D deductible is met, your plan, {PDP}, pays the larger part of each fill and "
                   "RIPAE steps back for drugs the plan covers."],
                  side_w=62, size=9.2, title="About this statement")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim no.", "Filled", "Medicine", "Pharmacy", "Days", "Price", "Part D paid", "RIPAE paid",
             "You paid", "Nt"], rows, [22, 17, 38, 44, 8, 14, 14, 14, 13, W - 184], size=7.2,
            aligns=["L", "L", "L", "L", "C", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.4)
    p.para(f"RIPAE paid {usd(tot[2])} for you this quarter.", 8.8)
    p.legend([("30", "RIPAE paid 30% of the price."),
              ("K", f"{info[3]} sent this fill to RIPAE but not to your Part D plan. RIPAE can pay its part only "
                    "after the Part D plan has had the claim, even when the plan pays nothing because you are in "
                    "your deductible; the plan's answer is what counts the fill toward your deductible. Ask the "
                    "pharmacy to send the fill to your Part D plan and then to RIPAE again.")], size=8.2, code_w=8)
    p.para("If a line looks wrong to you, call or write to us within 60 days of the statement date. Tell us the "
           "claim number and what you think is wrong.", 8.8)
    p.sign([sig, "RIPAE Member Services"], size=9, closing="")
    n, fill, price, ph = info
    t = truth("eob", "other", insurer=INS, member_id=raw, member_name=member, cases=[n], claim_amount=m2(price),
              service_dates=[fill.isoformat()], denial_date=sd.isoformat(), provider=ph,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [m_]}, denial_alternates=["not_covered"])
    return out(p), t


def lowres_application(rng):
    member, worker, sup = people(rng, 3)
    born = dt.date(1961, rng.randint(6, 12), rng.randint(1, 28))
    rec = dt.date(2026, 3, rng.randint(2, 20))
    age = rec.year - born.year - ((rec.month, rec.day) < (born.month, born.day))
    nd = workday(plus(rec, rng.randint(12, 20)))
    appl = f"AP-26-{rng.choice('OBS')}{digits(rng, 5)}"
    ssa = f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}A"
    again = dt.date(born.year + 65, born.month, 1) - dt.timedelta(days=1)
    again = dt.date(again.year, again.month, 1)
    center = "Tiverton Senior Center"
    p = FASheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="RIPAE Enrollment")
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", fdate(nd, "slash"), 40, "B"), ("Appl #", appl, 44, "B"), ("Rec'd", yy(rec), 30, "B"),
                ("Born", yy(born), W - 114, "B")], size=9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for applying for RIPAE. {worker} at the {center} helped you fill out the application, and it "
           f"reached our office on {dshort(rec)}.", 10)
    p.para(f"We are sorry, but we cannot enroll you. You were born on {fdate(born, 'long')}, so you were {age} on the day "
           "your application came in. Before age 65, a person can join RIPAE only while Social Security is paying "
           "them a disability benefit. The Social Security letter you sent us shows that your monthly check is a "
           f"retirement benefit (claim number {ssa}), not a disability benefit.", 10)
    p.para("Nothing else stood in the way: your income is within the RIPAE limits and you are enrolled in a Part D "
           f"plan. You may apply again starting {dlong(again)}, the first day of the month before you turn 65, and "
           "we will not ask you for the papers you already sent.", 10)
    p.para("If you think we made a mistake, for example because Social Security has started paying you disability "
           f"benefits, call us at {phone(rng)} or write to us within 30 days after this letter reaches you. Send "
           "the Social Security letter that shows the disability benefit.", 10)
    p.sign([sup, "RIPAE Enrollment Unit"], size=10)
    t = truth("denial_letter", "eligibility", insurer=INS, cases=[appl], member_name=member,
              denial_date=nd.isoformat(), appeal_deadline=None,
              alternates={"insurer": ALT})
    return out(p), t


def photocopy_study(rng):
    member, doc, sig = people(rng, 3)
    raw, shown = rid(rng)
    f1 = dt.date(2026, 3, rng.randint(2, 12))
    f2 = plus(f1, 30)
    rec = plus(f2, rng.randint(10, 18))
    nd = workday(plus(rec, rng.randint(8, 14)))
    n = req(rng)
    each = round(rng.randint(540, 640) + rng.choice([0.0, 0.5, 0.25]), 2)
    tot = round(2 * each, 2)
    share = round(tot * 0.30, 2)
    clinic = "Narragansett Bay Memory Center"
    pharm = PHARMS[2]
    proto = f"NBM-{digits(rng, 4)}-B"
    p = FASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10, "B")
    p.ln(2)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Member", member), ("RIPAE ID", shown)],
              [("Request No.", n), ("Received", fdate(rec, "slash"))],
              [("Receipts", f"2 ({pharm})"), ("Rx #", digits(rng, 7))]], cap_w=24, size=9)
    p.para(f"Dear {member}:", 10)
    p.para(f"You sent us two receipts from {pharm} and asked RIPAE to pay its share of a memory medicine that Dr. "
           f"{doc} of the {clinic} prescribed for you. The pharmacy filled it on {dlong(f1)} and again on "
           f"{dlong(f2)}. You paid {money(each)} each time, {money(tot)} in all, and you asked us for our 30 percent, "
           f"{money(share)}.", 10)
    p.para("We cannot pay toward this medicine. It has not been approved by the Food and Drug Administration for "
           "sale. It is still being tried out in research studies, among them the study you took part in (protocol "
           f"{proto}), and the pharmacy gets it from the study's sponsor for people who were in the study. The law "
           "that sets up RIPAE leaves such medicines out, whatever illness they are prescribed for.", 10)
    p.para("Your other RIPAE benefits do not change. Medicines for memory loss that the FDA has approved are on the "
           "RIPAE list, and your doctor may want to talk with you about them.", 10)
    p.para("If you think we are wrong, you may ask us to look at this again. Your request must reach us within 45 "
           "days of the date at the top of this letter. Please send any letter from your doctor with it.", 10)
    p.sign([sig, "RIPAE Claims Review"], size=10)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=raw, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=pharm, appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "provider": [doc, clinic], "claim_amount": [m2(share)]})
    return out(p), t


def phone_es(rng):
    member, = people(rng, 1, es=True)
    sig, = people(rng, 1)
    raw, shown = rid(rng)
    f_late = dt.date(2026, 1, rng.randint(3, 9))
    f2 = dt.date(2026, 2, rng.randint(2, 12))
    f3 = plus(f2, rng.randint(12, 20))
    rec = plus(f_late, rng.randint(100, 110))
    nd = workday(plus(rec, rng.randint(7, 12)))
    dl = workday(plus(nd, rng.randint(40, 50)))
    n = req(rng)
    pharm = PHARMS[4]
    rows, info = [], None
    tot = [0.0, 0.0, 0.0]
    for i, (fill, drug) in enumerate([(f_late, "insulina glargina"), (f2, "amlodipino 10 mg"),
                                      (f3, "alendronato 70 mg")]):
        price = round(rng.randint(60, 240) + rng.randint(1, 99) / 100, 2)
        share = round(price * 0.60, 2)
        paid = 0.0 if i == 0 else share
        tot = [tot[0] + price, tot[1] + share, tot[2] + paid]
        rows.append([f"{fill.day}/{fill.month}/{fill.year}", drug, pharm if i == 0 else PHARMS[1], amt(price),
                     amt(share), amt(paid), "T" if i == 0 else "P"])
        if i == 0:
            info = (fill, price)
    rows.append(["Total", "", "", amt(tot[0]), amt(tot[1]), amt(tot[2]), ""])
    fill, price = info
    p = FASheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head(INS, "OHA", [INS_ES, f"RIPAE  |  PO Box {rng.randint(20100, 29900)}, Cranston RI 02920  |  {phone(rng)}"
                                f"  |  TTY 711"], size=13)
    p.title_bar("AVISO SOBRE SU SOLICITUD DE REEMBOLSO")
    for ln in [member, *addr(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha del aviso", es_date(nd, True)), ("Número de RIPAE", shown), ("Solicitud", n),
                   ("Recibida", es_date(rec)), ("Nivel", "1 (RIPAE paga el 60%)"), ("Plan de la Parte D", PDP2)],
                  [f"Estimado(a) {member}:",
                   f"Recibimos sus tres recibos de farmacia y le enviamos un cheque por la parte de RIPAE de dos de "
                   f"ellos. El recibo de {pharm} del {es_date(fill)}, por {es_money(price)}, no lo podemos pagar.",
                   "Los recibos deben llegar a nuestra oficina dentro de los 90 días siguientes a la fecha en que se "
                   f"surtió la receta. El de enero llegó el {es_date(rec)}, cuando ya habían pasado más de 90 días. "
                   "Los otros dos llegaron a tiempo.",
                   "Si usted nos envió ese recibo antes, o algo fuera de su control lo retrasó, escríbanos a más "
                   f"tardar el {es_date(dl)} y mándenos una copia del sobre o cualquier prueba de la fecha de envío.",
                   f"Atentamente,\n{sig}\nRIPAE, Reembolsos a miembros"], side_w=60, size=9.3, title="Datos del aviso")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Surtido", "Medicamento", "Farmacia", "Precio", "Parte RIPAE", "Pagado", "Nota"], rows,
            [20, 36, 48, 20, 22, 20, W - 166], size=8.2, aligns=["L", "L", "L", "R", "R", "R", "C"],
            bold_last=True, row_h=5.4)
    p.legend([("P", "Pagado: cheque enviado por correo."),
              ("T", "No pagado: el recibo llegó más de 90 días después de la fecha de surtido.")], size=8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=raw, member_name=member, cases=[n],
              claim_amount=m2(price), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT + [INS_ES]}, type_alternates=["eob"])
    return out(p), t


def finefax_brand_ok(rng):
    member, doc, rph = people(rng, 3)
    raw, shown = rid(rng)
    nd = workday(dt.date(2026, 5, rng.randint(4, 22)))
    a = dt.date(2026, 6, 1)
    e = dt.date(2026, 12, 31)
    cert = f"BC-{digits(rng, 4)}-{rng.choice('SOB')}{digits(rng, 2)}"
    clinic = "Hope Street Neurology Associates"
    pharm = PHARMS[1]
    fax = f"{yy(nd)}  {rng.randint(9, 16):02d}:{rng.randint(10, 59)}  FROM: OHA RIPAE RX REVIEW  {phone(rng)}  P{{n}}"
    p = FASheet(footer="Page {n} of {nb}", footer_left="RIPAE-BNC-2", fax_hdr=fax)
    p.set_margins(18, 13, 18)
    p.add_page()
    _head(p, rng, unit="RIPAE Pharmacy Review")
    p.memo([("TO:", f"Dr. {doc}, {clinic}  (fax {phone(rng)})"), ("FROM:", f"{rph}, RPh, RIPAE Pharmacy Review"),
            ("RE:", "Brand-name certification for a RIPAE member"), ("DATE:", yy(nd))], size=9.6)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Cert #", cert, 56, "L"), ("Mbr", lastfirst(member), 70, "A"), ("RIPAE ID", shown, W - 126, "A")])
    p.capcells([("Drug (brand)", "Sinemet CR 50-200 mg", 70, "A"), ("Pharmacy", pharm, 64, "A"),
                ("Valid", thru(a, e), W - 134, "B")])
    p.para(f"Your certification, received {yy(plus(nd, -6))}, says that the generic form of this medicine has not "
           f"controlled {member}'s symptoms and that the brand is medically necessary. That meets the RIPAE rule, "
           "so generic substitution will not be required for this drug for this member.", 9.8)
    p.para(f"From {thru(a, e)}, RIPAE will pay its level share (Level 3, 15 percent) of the brand price at "
           f"{pharm} or any other pharmacy that takes RIPAE, as long as the member is in the Part D deductible or "
           "the plan does not cover the drug. The other limits still apply: no more than a 100-day supply or 200 "
           "doses at one time.", 9.8)
    p.para("Nothing else is needed from your office now. A new certification will be needed for fills after the "
           "last date shown. A copy of this memo goes to the member and the pharmacy.", 9.8)
    p.sign([rph + ", RPh", "RIPAE Pharmacy Review"], size=9.6, closing="")
    t = truth("other", None, insurer=INS, member_id=raw, member_name=member, cases=[cert],
              denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [clinic, pharm],
                          "service_dates": [[f"{a.isoformat()}/{e.isoformat()}"], [a.isoformat(), e.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    member, neuro, sig, counselor, member2, officer, doc2 = people(rng, 7)
    raw, shown = rid(rng)
    f_ok = dt.date(2026, 1, rng.randint(5, 9))
    f_no = plus(f_ok, 28)
    used_up = plus(f_no, -rng.randint(3, 7))
    nd = workday(plus(f_no, rng.randint(16, 24)))
    n = req(rng)
    pharm = PHARMS[5]
    drug = "glatiramer 40 mg/mL, 12 syringes"
    price_ok = round(rng.randint(640, 720) + rng.randint(1, 99) / 100, 2)
    price_no = round(price_ok + rng.randint(0, 9), 2)
    sh_ok, sh_no = round(price_ok * 0.60, 2), round(price_no * 0.60, 2)
    p = FASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "abbr"), 10)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("RIPAE ID", shown), ("Claim ref.", n), ("Level", "1 (60%)"), ("Part D plan", PDP)], size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {neuro} prescribes glatiramer acetate injections for your multiple sclerosis, and "
           f"{pharm} sends them to you each month. RIPAE paid its share of the January fill. It has not paid "
           "for the February fill, and this letter tells you why.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Filled", "Medicine", "Pharmacy charge", "Part D paid", "RIPAE share (60%)", "Taken off",
             "RIPAE paid"],
            [[yy(f_ok), drug, amt(price_ok), "0.00", amt(sh_ok), "0.00", amt(sh_ok)],
             [yy(f_no), drug, amt(price_no), "0.00", amt(sh_no), paren(sh_no), "0.00"],
             ["Total", "", amt(price_ok + price_no), "0.00", amt(sh_ok + sh_no), paren(sh_no), amt(sh_ok)]],
            [18, 52, 22, 18, 24, 18, W - 152], size=8, aligns=["L", "L", "R", "R", "R", "R", "R"], bold_last=True,
            row_h=5.4)
    p.para("Each state fiscal year the law sets aside a fixed sum for injectable medicines for multiple sclerosis, "
           "shared by every RIPAE member who uses them. RIPAE pays from that sum in the order the fills come in "
           f"and stops when it is gone. This year's sum was all spent on {fdate(used_up, 'long')}, a few days "
           "before your February fill reached us.", 10)
    p.para("We know this is hard news. RIPAE cannot go over the sum set in law, and it does not carry a fill over "
           "to the next year. The sum starts again for fills from July 1. Your RIPAE share of your other "
           "medicines is not affected.", 10)
    p.para("What may help now: your Part D plan pays most of the cost once your deductible is met, and the "
           "medicine's maker runs a patient assistance program; your pharmacy can help you apply.", 10)
    p.para("If you believe we made a mistake, ask us to look at it again within 60 days of the date of this "
           "letter. You may also ask for a hearing; the enclosed page explains how.", 10)
    p.sign([sig, "RIPAE Claims Review"], size=10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=raw, member_name=member, cases=[n],
                         claim_amount=m2(price_no), service_dates=[f_no.isoformat()], denial_date=nd.isoformat(),
                         provider=pharm, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [neuro], "claim_amount": [m2(sh_no)]},
                         denial_alternates=["other"]))
    raw2, shown2 = rid(rng)
    g1 = dt.date(2026, 2, rng.randint(9, 20))
    g2 = plus(g1, 28)
    heard = dt.date(2026, 5, rng.randint(5, 14))
    hd = workday(plus(heard, rng.randint(9, 15)))
    orig = req(rng)
    docket = f"OHA-H-26-{rng.choice('OB')}{digits(rng, 3)}"
    pharm2 = PHARMS[4]
    b1 = round(rng.randint(180, 230) + rng.randint(1, 99) / 100, 2)
    b2 = round(b1 + rng.randint(0, 6), 2)
    q = FASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="Office of Healthy Aging - Administrative Hearings", box="DECISION")
    q.grid([[("Docket no.", docket), ("Decision mailed", fdate(hd, "long")), ("Hearing held", dshort(heard))],
            [("Appellant", member2), ("RIPAE ID", shown2), ("Earlier request no.", orig)],
            [("Fills in question", f"{yy(g1)} and {yy(g2)}"), ("Amount in question", money(b1 + b2)),
             ("Pharmacy", pharm2)]], size=8.8)
    q.para("**Issue.** Whether RIPAE was right to refuse its share of two fills of brand-name Lipitor when a "
           "generic, atorvastatin, was available.", 9.8)
    q.para(f"**What the record shows.** {member2} filled brand-name Lipitor at {pharm2} on {fdate(g1, 'long')} "
           f"and {fdate(g2, 'long')}, paying {money(b1)} and {money(b2)}. The prescription from Dr. {doc2} was marked "
           "\"brand requested by patient\". The form the pharmacy sent with the claims is not filled in where the "
           "prescriber is asked to say why the generic will not do. At the hearing the appellant said the brand seems "
           "to work better; no side effect or failure of the generic was described, and no letter from the doctor "
           "was offered.", 9.8)
    q.para("**Finding.** A generic must be dispensed when one exists, unless the prescriber states that the brand is "
           "medically necessary for this patient. A patient's preference, however sincere, is not such a "
           "statement. The record holds nothing from the doctor showing a need for the brand. RIPAE's refusal of "
           "both fills is upheld.", 9.8)
    q.para("**Your rights.** This is the final decision of the Office of Healthy Aging. If you disagree, you may ask "
           "the Superior Court to review it within 30 days after this decision was mailed (R.I. Gen. Laws "
           "42-35-15). A new claim may be sent with a prescriber's certification for fills after today.", 9.8)
    q.sign([officer, "Hearing Officer"], size=9.8, closing="")
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=raw2, member_name=member2,
                         cases=[docket, orig], claim_amount=m2(b1 + b2), service_dates=[g1.isoformat(), g2.isoformat()],
                         denial_date=hd.isoformat(), provider=pharm2, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [doc2], "case_numbers": [[docket], [orig]]},
                         denial_alternates=["not_covered"]))
    slip = routing_slip("SHIP COUNSELING - ROUTING SLIP",
                        [("To:", "Benefits counselor, Bristol County Senior Services"), ("From:", counselor),
                         ("Date:", "left at front desk"), ("Client:", "two clients' RIPAE letters, see below")],
                        "Please look these over with the clients at their next appointments. Both asked whether "
                        "anything more can be done.",
                        ["Copy for file", "Call client back", "Appointment made"])
    return [d_a, d_b], slip


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    stack_docs, slip = clean_stack(rng)
    return [
        Item(F + "faxstd_landscape_pharmacy_remittance_120_day_fill", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "born_digital_quarter_statement_fill_never_sent_to_part_d", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_application_decision_captions_under_boxes_under_65", "scan_lowres_150",
             [lowres_application(rng)]),
        Item(F + "photocopy_letter_study_drug_two_fills_amount_in_sentence", "photocopy", [photocopy_study(rng)]),
        Item(F + "phone_es_aviso_recibo_de_enero_fuera_de_plazo", "phone_photo", [phone_es(rng)]),
        Item(F + "finefax_memo_brand_certification_accepted", "fax_fine_g4", [finefax_brand_ok(rng)]),
        Item(F + "clean_stack_routing_slip_ms_allocation_then_hearing_decision_sideways", "scan_clean_300",
             stack_docs, separators=[slip, None], turns={(1, 0): 90}),
    ]
