"""Notices mirrored (structure and plain wording style only) from the papers of the Missouri Rx Plan (MoRx), Missouri's
state pharmacy assistance program run by the MO HealthNet Division of the Missouri Department of Social Services: MoRx
pays half of what a member's Medicare Part D plan leaves the member to pay on drugs that plan covers, pays only after
the Part D plan, uses the Part D plan's list of drugs, does not pay Part D premiums, and is for people who have
Medicare and MO HealthNet. These facts and drug names appear as themselves; every time limit, code, form number,
Part D plan, pharmacy, payment centre, billing agent, prescriber, person, number, PO box and address is invented.
Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_pharmacy_claim_form_no_part_d_payment_first: a pharmacy claim notice on a standard fax, short captions
  left of, above and under their boxes ("Dt of Notice", "Bene ID", "Ref/ICN", "Fill Dt", "Amt Billed", "Pt D Pd"),
  the pharmacy's payment centre beside the pharmacy, NPI / NCPDP / Rx # / BIN / call reference as decoys; the claim
  came with nothing paid by the Part D plan, said only in the message box (other).
- finefax_two_column_drug_not_on_part_d_list: a two-column letter on a fine fax: the prescriber and pharmacy only
  in sentences, the charge only in a sentence; the Part D plan does not cover linaclotide, so MoRx shares nothing
  (not_covered); deadline "by <date>"; a "printed" date in the footer as a decoy.
- photocopy_statement_four_fills_out_of_state_pharmacy: a photocopied statement with a facts box beside the
  letter text and a table of four fills (drug cost / Part D paid / left for you / MoRx paid / you pay); the third
  fill, at an Arkansas pharmacy that has not signed up with MoRx, pays 0.00 under N3 explained only in the legend
  (out_of_network).
- phone_es_dos_columnas_mo_healthnet_termino: a photographed two-column Spanish letter: insulin filled after
  MO HealthNet and with it MoRx ended (eligibility); amounts in the "309,25 US$" style in the text and a US-form table.
- rotated_reimbursement_approved_half_of_copay: a letter fed sideways paying a member back half of a copay
  (denies nothing); values in boxes with captions under them, a check stub as decoy.
- born_digital_late_claim_from_billing_agent: a letter with captions left of boxes: the pharmacy's billing agent
  sent the claim 120+ days after the fill (timely_filing); amount only in a sentence; "no later than 90
  calendar days after you receive this letter" (nothing on the page to count from).
- lowres_stack_cover_no_part_d_approval_then_quantity_keyed_wrong_upside_down: a 150 dpi stack: a fax cover sheet,
  a letter on teriparatide the Part D plan would pay only with approval asked first (prior_authorization), then
  upside down a pharmacy notice on 300 tablets billed for a 30-day supply of a once-a-day drug (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST_ES, LAST_ES
from kit_roundea_famec import EASheet, people
from public_kit import amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "missouri_rx_plan_morx_pharmacy_assistance_claim_denial"
LANG = "en"
SEED = 354902
INS = "Missouri Rx Plan"
ALT = ["MoRx", "Missouri Rx Plan (MoRx)", "Missouri Rx", "MO HealthNet Division", "MO HealthNet",
       "Missouri Department of Social Services"]
PSAO = "Timberline Pharmacy Services Alliance"
AGENT = "Lindell Claims Switching"
PDP1 = ("Sandstone Prairie Rx (PDP)", "S4417-022")
PDP2 = ("Heartland Crest Medicare Rx Saver (PDP)", "S6290-007")


def dcn(rng):
    return digits(rng, 8)


def icn(rng):
    return "26" + digits(rng, 11)


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1938, 1961), rng.randint(1, 12), rng.randint(1, 28))


def town(rng):
    city, z = rng.choice([("Rolla", "654"), ("Sedalia", "653"), ("Poplar Bluff", "639"), ("Hannibal", "634"),
                          ("Joplin", "648"), ("Kirksville", "635"), ("Lebanon", "655"), ("Cape Girardeau", "637")])
    st = rng.choice(["Hickory Hollow Rd", "Osage St", "Persimmon Ln", "County Road 412", "Pin Oak Dr",
                     "Spring Branch Ct", "Old Route 66"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, MO {z}{rng.randint(10, 99)}"]


def fd(d: dt.date, style: str) -> str:
    """fdate plus a few more shapes real mail uses."""
    extra = {"wk": d.strftime("%A, %B %-d, %Y"), "dbY": d.strftime("%d-%b-%Y"), "dBY": d.strftime("%-d %B %Y")}
    return extra.get(style) or fdate(d, style)


def lastfirst(name: str) -> str:
    first, mi, last = name.split()
    return f"{last.upper()}, {first.upper()} {mi.rstrip('.')}"


def es_money(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " US$"


def _head(p: EASheet, rng, unit="Member Services"):
    p.logo_head(INS, "MoRx", [f"{unit}  |  MO HealthNet Division, Missouri Department of Social Services",
                              f"PO Box {rng.randint(3100, 8900)}, Jefferson City, MO 65102-{digits(rng, 4)}  |  "
                              f"Member line {phone(rng)}  |  TTY 711"], size=13)


def faxstd_form(rng):
    member, presc, tech = people(rng, 3)
    pharm = "Gravois Corner Pharmacy"
    fill = dt.date(2026, 3, rng.randint(2, 26))
    nd = plus(fill, rng.randint(9, 18))
    m, n, rx = dcn(rng), icn(rng), digits(rng, 7)
    billed = amount(rng, 540, 660)
    fax = f"{fd(nd, 'slash')} 06:{rng.randint(10, 59)}  MORX PHARMACY CLAIMS  {phone(rng, '573')}  P.{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Pharmacy Claims Unit")
    p.title_bar("PHARMACY CLAIM NOTICE - MoRx SECONDARY", "MRX-PN4 (rev. 11/2025)")
    p.addr_pair("To (dispensing pharmacy)", [pharm, *town(rng), f"Fax {phone(rng, '314')}"],
                "Payment centre (payee)",
                [PSAO, f"Payee ID TPSA-{digits(rng, 5)}", f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                size=9.4)
    p.capform([
        [("Dt of Notice", fd(nd, "slash"), "L"), ("Pharm NPI", npi(rng), "A"), ("NCPDP #", digits(rng, 7), "B")],
        [("Bene ID", m, "L"), ("Bene Name", lastfirst(member), "L", 1.5), ("DOB", fd(dob(rng), "slash"), "B", 0.7)],
        [("Ref/ICN", n, "A"), ("Rx #", rx, "A"), ("Fill Dt", fd(fill, "short"), "B", 0.7),
         ("Days Sup", "30", "B", 0.5)],
        [("Drug / NDC", "apixaban 5 mg tab  00003-0894-21", "A", 2.1), ("Qty", "60", "A", 0.45),
         ("Prescriber", f"Dr. {presc}", "A", 1.3)],
        [("Amt Billed", money(billed), "L"), ("Pt D Pd", "$0.00", "L"), ("MoRx Pd", "$0.00", "L"),
         ("Bene Pays", "see msg", "L")],
    ], cap=6.2, size=9.6, h=7.2, cap_w=19)
    p.msgbox("Message",
             "No payment from the member's Medicare drug plan came in on this claim. MoRx only pays after the "
             f"Part D plan has paid its part, never in its place. The member's Part D plan is {PDP1[0]} (contract "
             f"{PDP1[1]}, BIN 0{digits(rng, 5)}, PCN MD{digits(rng, 4)}). Bill that plan first, then send MoRx what is "
             "left for the member. Do not collect MoRx's half from the member.", 9.4)
    p.para("Resubmit the claim, or ask for a review of this notice, within 90 days of the Dt of Notice. Pharmacy "
           f"help desk {phone(rng, '573')} (Mon-Fri). Your last call ref: CR-{digits(rng, 6)} - keep it with "
           f"this notice. Prepared by {tech}, Pharmacy Claims Unit.", 9.2)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=plus(nd, 90).isoformat(), type_alternates=["eob"],
              alternates={"insurer": ALT, "provider": [presc], "plan_id": [PDP1[1]]})
    return out(p), t


def finefax_two_col(rng):
    member, presc, sig = people(rng, 3)
    pharm, clinic = "Jacks Fork Apothecary", "Meramec Hills Internal Medicine"
    fill = dt.date(2026, 4, rng.randint(1, 24))
    nd = plus(fill, rng.randint(12, 20))
    dl = plus(nd, 45)
    m, n, rx = dcn(rng), icn(rng), digits(rng, 7)
    charged = amount(rng, 540, 620)
    printed = plus(nd, -2)
    fax = f"FROM: MoRx MEMBER SVCS  {phone(rng, '573')}   {fd(nd, 'short')} 14:{rng.randint(10, 59)}   PG {{n}}"
    p = EASheet(footer="Page {n} of {nb}", footer_left=f"MRX-L12   printed {fd(printed, 'slash')}", fax_hdr=fax)
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "long"), 10)
    for ln in [member, *town(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("MoRx ID", m), ("Medicare No.", mbi(rng)), ("Claim", n), ("Rx #", rx)], 8.8)
    p.heading("About your linaclotide prescription", 12)
    p.two_cols(
        [("What happened",
          f"Dr. {presc} at {clinic} prescribed linaclotide 145 mcg capsules for you. {pharm} filled the "
          f"prescription on {fd(fill, 'long')} and asked MoRx to help with the {money(charged)} it charged."),
         ("What we decided",
          "We will not pay any part of this prescription. Your Medicare drug plan, "
          f"{PDP2[0]}, does not have linaclotide on its list of drugs and paid nothing for it. MoRx shares "
          "only the cost of drugs your Medicare drug plan pays for. When that plan pays nothing, there is no "
          "share left for us to pay.")],
        [("What you can do",
          "Ask your drug plan for an exception: your doctor can tell the plan why you need this drug. The plan "
          "must answer a fast request within 24 hours and other requests within 72 hours. If the plan starts "
          "paying, send us the new claim. If you think we made a mistake, write to us by "
          f"{fd(dl, 'long')}."),
         ("Numbers you may be asked for",
          f"Part D plan {PDP2[1]}, plan member no. HCR{digits(rng, 9)}. Pharmacy NCPDP {digits(rng, 7)}. "
          f"Call confirmation {digits(rng, 4)}-{digits(rng, 4)} (your call of {fd(plus(nd, -6), 'abbr')}).")],
        size=9.4)
    p.para(f"Sincerely,\n{sig}\nMoRx Member Services", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(charged), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
              provider=pharm, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [presc, clinic], "plan_id": [PDP2[1]]})
    return out(p), t


def photocopy_statement(rng):
    member = people(rng, 1)[0]
    m = dcn(rng)
    sd = dt.date(2026, 5, rng.randint(5, 15))
    specs = [("metformin 500 mg tab", "Bootheel Family Drug", 18, 30, False),
             ("atorvastatin 40 mg tab", "Bootheel Family Drug", 22, 40, False),
             ("apixaban 5 mg tab", "Poteau Valley Pharmacy", 520, 600, True),
             ("losartan 50 mg tab", "Bootheel Family Drug", 20, 35, False)]
    rows, tot, info = [], [0.0] * 5, None
    days = sorted(rng.sample(range(1, 29), 4))
    for (drug, ph, lo, hi, den), day in zip(specs, days):
        f = dt.date(2026, 4, day)
        cost = amount(rng, lo, hi)
        left = round(min(cost, rng.choice([4.70, 11.20, 12.15, 47.00, 56.30])), 2)
        pd = round(cost - left, 2)
        morx = 0.0 if den else round(left / 2, 2)
        you = round(left - morx, 2)
        ref = icn(rng)
        vals = [cost, pd, left, morx, you]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([ref, fd(f, "short"), digits(rng, 7), drug, ph, *[money(v, "nosign") for v in vals],
                     "N3" if den else "P"])
        if den:
            info = (ref, f, cost, ph)
    rows.append(["TOTALS", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page()
    _head(p, rng, "Member Claims")
    p.title_bar("STATEMENT OF PRESCRIPTION CLAIMS", "MRX-S2  -  this is not a bill")
    p.beside_box(
        [("Member", member), ("MoRx ID (DCN)", m), ("Medicare No.", mbi(rng)),
         ("Medicare drug plan", f"{PDP1[0]} {PDP1[1]}"), ("Statement date", fd(sd, "abbr")),
         ("Claims received", f"{fd(dt.date(2026, 4, 1), 'slash')} - {fd(dt.date(2026, 4, 30), 'slash')}")],
        [f"{member}\n" + "\n".join(town(rng)),
         "This statement lists the prescriptions pharmacies sent to MoRx in the period shown in the box. For "
         "each one, your Medicare drug plan paid first. MoRx then paid half of what the plan left for you to pay.",
         "Keep it with your pharmacy receipts. If a fill is not yours, call us."],
        side_title="Your account", side_w=66, size=9.2)
    p.table(["Claim ref", "Fill dt", "Rx #", "Drug", "Pharmacy", "Drug cost", "Part D pd", "Left for you",
             "MoRx pd", "You pay", "Cd"], rows, [24.5, 13, 13, 33, 36, 15, 14, 14, 13, 13, 6],
            size=6.9, aligns=["L"] * 5 + ["R"] * 5 + ["C"], bold_last=True, row_h=5.4)
    p.para("**Codes.** P: MoRx paid half of what your drug plan left for you. N3: this prescription was filled "
           "at Poteau Valley Pharmacy in Fort Smith, Arkansas. That pharmacy has not signed up to take MoRx, so "
           "MoRx could not pay its half; your drug plan's payment stands. Fills at Missouri pharmacies that take "
           "MoRx are shared as usual.", 8.4)
    p.para("If you disagree with a line on this statement, write to us within 60 days of the date of this "
           f"statement. Questions: {phone(rng)} (TTY 711). MoRx does not pay your Part D premium.", 8.4)
    ref, f, cost, ph = info
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[ref],
              claim_amount=m2(cost), service_dates=[f.isoformat()], denial_date=sd.isoformat(), provider=ph,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "plan_id": [PDP1[1]]})
    return out(p), t


def phone_es(rng):
    member = f"{rng.choice(FIRST_ES)} {rng.choice('ABCDEFGHJLMNPRS')}. {rng.choice(LAST_ES)}"
    presc, sig = people(rng, 2)
    pharm, clinic = "Bootheel Family Drug", "Clínica Familiar Ozark Upland"
    end = dt.date(2026, 2, 28)
    fill = dt.date(2026, 3, rng.randint(4, 20))
    nd = plus(fill, rng.randint(15, 25))
    m, n = dcn(rng), icn(rng)
    cost = amount(rng, 290, 340)
    left = 47.00
    pd = round(cost - left, 2)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(f"Jefferson City, {fdate(nd, 'long', 'es')}", 9.8)
    for ln in [member, *town(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("Número de MoRx (DCN)", m), ("Número de Medicare", mbi(rng)), ("Reclamo", n),
               ("Receta núm.", digits(rng, 7))], 8.6)
    p.heading(f"Sobre su receta surtida el {fdate(fill, 'long', 'es')}", 11.5)
    p.two_cols(
        [("Lo que pasó",
          f"La farmacia {pharm} le surtió insulina glargina (plumas de 3 ml). La receta es del Dr. {presc}, de "
          f"la {clinic}. El medicamento costó {es_money(cost)}. Su plan de medicamentos de Medicare pagó su parte "
          f"y le dejó a usted {es_money(left)}. La farmacia nos pidió la mitad de esa cantidad."),
         ("Lo que decidimos",
          "Esta vez no pagamos la mitad de su copago. MoRx ayuda solo a personas que tienen Medicare y también "
          f"MO HealthNet. Su MO HealthNet terminó el {fdate(end, 'long', 'es')} y su ayuda de MoRx terminó el "
          "mismo día. La receta se surtió después de esa fecha.")],
        [("Si no está de acuerdo",
          "Puede pedir una revisión dentro de 90 días a partir de la fecha de esta carta. Escríbanos o llame al "
          "número de abajo. Si vuelve a tener MO HealthNet, su ayuda de MoRx empieza otra vez."),
         ("Otros números",
          f"Su fecha de nacimiento: {fd(dob(rng), 'slash')}. Fin de cobertura: {end.strftime('%d/%m/%Y')} "
          f"(día/mes/año). Confirmación de su llamada: {digits(rng, 8)}."),
         ("Llámenos", f"{phone(rng)} (TTY 711), de lunes a viernes, de 8 a 5.")],
        size=9.0)
    p.table(["Costo del medicamento", "Pagó su plan de Medicare", "Le quedó a usted", "Pagó MoRx"],
            [[money(cost), money(pd), money(left), "$0.00"]], [45, 45, 45, 47], size=8.6,
            aligns=["R"] * 4)
    p.para(f"Atentamente,\n{sig}\nMoRx", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(cost), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=plus(nd, 90).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [presc, clinic]})
    return out(p), t


def rotated_reimb(rng):
    member, presc, sig = people(rng, 3)
    pharm = "Bootheel Family Drug"
    fill = dt.date(2026, 5, rng.randint(4, 20))
    rec = plus(fill, rng.randint(8, 14))
    nd = plus(rec, rng.randint(10, 16))
    m = dcn(rng)
    req = f"RB-26-{digits(rng, 5)}"
    paid = 48.20
    half = 24.10
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Member Reimbursement")
    for ln in [member, *town(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_under([("Request no.", req), ("MoRx ID", m), ("Date of this letter", fd(nd, "abbr"))], size=9.6)
    p.boxed_under([("Fill date", fd(fill, "slash")), ("You paid (asked back)", money(paid)),
                   ("We pay you", money(half))], size=9.6)
    p.heading("We are paying you back", 12)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fd(rec, 'long')} we got your request and the receipt from {pharm} for tiotropium inhaler "
           f"capsules prescribed by Dr. {presc}. The pharmacy did not send the fill to MoRx that day, so you paid "
           "all of what your Medicare drug plan left for you.", 10)
    p.para("MoRx pays half of that amount. A check for the amount in the box above is printed below. You do not "
           "need to do anything else. Next time, show your MoRx card at the pharmacy counter so the pharmacy "
           "can bill us.", 10)
    p.para(f"Sincerely,\n{sig}\nMoRx Member Reimbursement", 10)
    p.reply_slip("Check stub", [("Check no.", digits(rng, 8)), ("Check date", fd(plus(nd, 1), "slash")),
                                ("Pay to", member), ("Amount", money(half)), ("Memo", f"Request {req}")])
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[req], claim_amount=m2(paid),
              service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              alternates={"insurer": ALT, "provider": [presc]})
    return out(p), t


def born_late(rng):
    member, presc, sig = people(rng, 3)
    pharm = "Gravois Corner Pharmacy"
    fill = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(fill, rng.randint(121, 140))
    nd = plus(rec, rng.randint(6, 12))
    m, n = dcn(rng), icn(rng)
    left = amount(rng, 60, 95)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Pharmacy Claims Unit")
    for ln in [member, *town(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Dt of Ltr", fd(nd, "dbY")), ("Bene ID", m)],
              [("Claim", n), ("Rcvd", fd(rec, "dbY"))],
              [("Batch", f"LCS-{digits(rng, 4)}-{digits(rng, 3)}"), ("Rx #", digits(rng, 7))]],
             cap_w=16, cap=6.2, size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"{pharm} filled your rivaroxaban 20 mg prescription from Dr. {presc} on {fd(fill, 'wk')}. "
           f"The pharmacy's billing agent, {AGENT}, sent us the claim for MoRx's share on "
           f"{fd(rec, 'long')}. The claim was for {money(left)}, the amount your Medicare drug plan left for you "
           "after it paid.", 10)
    p.para("Pharmacies have 120 days after a fill to send it to MoRx. This claim reached us after those 120 days "
           "had passed, so MoRx did not pay it. The pharmacy agreed to take MoRx; it may not ask you for MoRx's "
           "half because its claim was late.", 10)
    p.para("If you disagree, write to us no later than 90 calendar days after you receive this letter. Tell us "
           f"why and send any papers that help. Call {phone(rng)} (TTY 711) with questions.", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Claims Unit", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(left), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [presc], "appeal_deadline": [plus(nd, 90).isoformat()]})
    return out(p), t


def lowres_stack(rng):
    member, presc, sig = people(rng, 3)
    pharm, clinic = "Jacks Fork Apothecary", "Ozark Upland Family Practice"
    fill = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(fill, rng.randint(18, 26))
    m, n = dcn(rng), icn(rng)
    cost = amount(rng, 3400, 3900)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "long"), 10.4)
    for ln in [member, *town(rng)]:
        p.line(ln, 10.4)
    p.ln(2)
    p.pairs([("MoRx ID", m), ("Claim no.", n), ("Part D plan", f"{PDP1[0]}, {PDP1[1]}"),
             ("Plan reject code", "75")], label_w=34, size=10)
    p.heading(f"Your prescription of {fd(fill, 'long')}", 12)
    p.para(f"Dear {member}:", 10.4)
    p.para(f"Dr. {presc} at {clinic} wrote you a prescription for teriparatide pens, and {pharm} tried to fill "
           f"it on {fd(fill, 'long')}. Your Medicare drug plan pays for this drug only when the doctor asks the "
           "plan first and the plan says yes. Nobody asked the plan before the fill, so the plan paid nothing. "
           "MoRx pays half of what the plan leaves for you on drugs the plan pays for, and here the plan paid "
           "nothing.", 10.4)
    p.table(["Drug cost", "Part D plan paid", "Left for you", "MoRx paid"],
            [[money(cost), "$0.00", money(cost), "$0.00"]], [42, 42, 42, 44], size=9.6, aligns=["R"] * 4)
    p.para(f"Your doctor can still ask {PDP1[0]} to approve the drug. If the plan approves it, the pharmacy can "
           "send the claim again and we will pay our half. If you think we are wrong, ask for a review within "
           f"60 days of the date on this letter. Call {phone(rng)} (TTY 711).", 10.4)
    p.para(f"Sincerely,\n{sig}\nMoRx Member Services", 10.4)
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(cost), service_dates=[fill.isoformat()],
                         denial_date=nd.isoformat(), provider=pharm, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [presc, clinic], "plan_id": [PDP1[1]]}))
    member2, presc2, tech = people(rng, 3)
    pharm2 = "Bootheel Family Drug"
    fill2 = dt.date(2026, 4, rng.randint(2, 22))
    nd2 = plus(fill2, rng.randint(8, 14))
    dl2 = plus(nd2, 60)
    m2_, n2 = dcn(rng), icn(rng)
    billed = amount(rng, 150, 190)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Pharmacy Claims Unit")
    q.title_bar("PHARMACY CLAIM NOTICE", "MRX-PN4 (rev. 11/2025)")
    q.capform([
        [("Dt of Notice", fd(nd2, "iso"), "A"), ("Pharmacy", pharm2, "A", 1.6), ("Pharm NPI", npi(rng), "A")],
        [("Bene ID", m2_, "A"), ("Bene Name", member2, "A", 1.6), ("Prescriber", f"Dr. {presc2}", "A", 1.2)],
        [("Ref/ICN", n2, "A"), ("Fill Dt", fd(fill2, "iso"), "A"), ("Rx #", digits(rng, 7), "A")],
        [("Drug", "metoprolol succinate ER 50 mg, 1 daily", "A", 2), ("Qty / Days", "300 / 30", "A"),
         ("Amt Billed", money(billed), "A")],
    ], cap=6.4, size=10, h=7.6)
    q.msgbox("Message",
             "The claim says 300 tablets for a 30-day supply of a tablet taken once a day. The prescription on "
             "file is for 30 tablets. The quantity looks keyed wrong, so MoRx paid nothing. Send a corrected claim "
             "with the quantity handed to the member.", 10)
    q.para(f"Send the corrected claim or ask for a review by {fd(dl2, 'long')}. Help desk {phone(rng, '573')}. "
           f"Reviewed by {tech}.", 10)
    d_b = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[n2], claim_amount=m2(billed), service_dates=[fill2.isoformat()],
                         denial_date=nd2.isoformat(), provider=pharm2, appeal_deadline=dl2.isoformat(),
                         type_alternates=["eob"], alternates={"insurer": ALT, "provider": [presc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_claim_form_no_part_d_payment_first", "fax_standard_g4", [faxstd_form(r)]),
        Item(F + "finefax_two_column_drug_not_on_part_d_list", "fax_fine_g4", [finefax_two_col(r)]),
        Item(F + "photocopy_statement_four_fills_out_of_state_pharmacy", "photocopy", [photocopy_statement(r)]),
        Item(F + "phone_es_dos_columnas_mo_healthnet_termino", "phone_photo", [phone_es(r)]),
        Item(F + "rotated_reimbursement_approved_half_of_copay", "rotated", [rotated_reimb(r)]),
        Item(F + "born_digital_late_claim_from_billing_agent", "born_digital", [born_late(r)]),
        Item(F + "lowres_stack_cover_no_part_d_approval_then_quantity_keyed_wrong_upside_down", "scan_lowres_150",
             lowres_stack(r), separators=["cover", None], turns={(1, 0): 180}),
    ]
