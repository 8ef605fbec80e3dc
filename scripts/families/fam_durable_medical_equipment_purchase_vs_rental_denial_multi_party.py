"""An invented commercial plan (Wrenfield Harbor Health Plan) deciding claims for durable medical equipment that a
supplier (Ostrander Creek Medical Supply) bought from a manufacturer (Calloway Pike Mobility Works) and billed as a
purchase, often through a billing service (Bellwether Lane Billing Services), ordered by a doctor and reviewed by the
plan's nurse reviewers and medical director. HCPCS codes and the NU / RR modifiers appear as themselves; the plan,
its rules and time limits, the companies, every person, number and address are invented. Reasons are put in the
writer's own words, different in each paper.

Documents (8 in 7 files):
- faxstd_claim_form_hospital_bed_purchase_rental_only: a claim determination caption form on a standard fax: a
  semi-electric hospital bed billed as a purchase (E0260 NU) that the plan covers only as a monthly rental
  (not_covered; coding_error also accepted). Supplier, manufacturer, ordering doctor, billing service and reviewer
  named; claim no., authorization no., invoice and serial no. printed.
- born_digital_remittance_supplier_three_members_duplicate_purchase: a landscape remittance to the supplier, three
  members, billed / allowed / paid / member owes columns and a totals row; the middle member's walker purchase pays
  0.00 because the billing service already sent the same purchase (other, duplicate).
- lowres_letter_power_wheelchair_purchase_not_needed: a 150 dpi letter: a power wheelchair purchase refused because
  the member walks in the home with a walker (medical_necessity); PT evaluator, medical director and manufacturer.
- photocopy_letter_bone_stimulator_bought_without_approval: a photocopied letter: a bone growth stimulator bought
  and delivered before anyone asked the plan (prior_authorization); the refused amount only in a sentence.
- phone_two_column_member_eob_cpap_from_non_network_supplier: a photographed member EOB with a sidebar of numbers
  and a table of four lines; the CPAP purchase from a supplier outside the network pays 0.00 (out_of_network).
- finefax_stack_cover_es_alquiler_despues_de_baja_then_approval_upside_down: a fax cover sheet, a Spanish letter on
  rental months of a patient lift after coverage ended (eligibility), then upside down an approval of an oxygen
  concentrator rental (denies nothing).
- rotated_appeal_decision_late_purchase_claim_upheld: an appeal decision fed sideways keeping the refusal of a
  lift chair purchase claim sent after the 180-day filing limit (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzf import DZSheet, dob, es_money, people, phone
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "durable_medical_equipment_purchase_vs_rental_denial_multi_party"
LANG = "en"
SEED = 354805
INS = "Wrenfield Harbor Health Plan"
ALT = ["Wrenfield Harbor", "Wrenfield Harbor Health"]
PLAN = "Wrenfield Harbor Open Access 2000"
GROUP = "WH-40718"
SUP = "Ostrander Creek Medical Supply"
MFR = "Calloway Pike Mobility Works"
BILL = "Bellwether Lane Billing Services"
OON = "Marrowdale Home Equipment"


def wid(rng):
    return f"WHP{digits(rng, 8)}"


def clm(rng):
    return f"26{digits(rng, 2)}-{digits(rng, 7)}"


def _head(p, rng, unit="Member Services"):
    p.logo_head(INS, "WH", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Hartford CT 06102-{digits(rng, 4)}  |  "
                            f"{phone(rng, '860')}  |  TTY 711"], size=13)


def faxstd_bed(rng):
    member, doc, rev, wife = people(rng, 4)
    m = wid(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    nd = plus(v, rng.randint(24, 34))
    n, auth, inv = clm(rng), f"A{digits(rng, 9)}", f"OC-{digits(rng, 6)}"
    b = amount(rng, 1850, 2600)
    rent = round(b / 10, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  WRENFIELD HARBOR UM  {phone(rng, '860')}  PG {{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims and Utilization Management")
    p.title_bar("CLAIM DETERMINATION - DURABLE MEDICAL EQUIPMENT", "WH-DME-3 (rev. 12/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Notice date", fdate(nd, "slash")), ("Member", member), ("Member ID", m), ("Group", GROUP)],
                [30, 62, 50, W - 142])
    p.form_band([("Claim no.", n), ("Auth. No. (rental)", auth), ("Supplier invoice", inv), ("DOB", fdate(dob(rng), "slash"))],
                [46, 48, 44, W - 138])
    p.form_band([("Delivered", fdate(v, "slash")), ("HCPCS", "E0260 NU"), ("Serial no.", f"CP{digits(rng, 8)}"),
                 ("Amt billed", money(b))], [34, 34, 50, W - 118])
    p.ln(3)
    p.parties([("Supplier (billed)", SUP, f"NPI {digits(rng, 10)}"), ("Manufacturer", MFR, "Model HB-300 semi-electric"),
               ("Ordering physician", f"Dr. {doc}", f"NPI {digits(rng, 10)}"),
               ("Billing service", BILL, f"Submitter ID {digits(rng, 6)}"),
               ("Plan reviewer", f"{rev}, RN", "Utilization Management")])
    p.para(f"**Decision.** Under {PLAN}, a hospital bed is covered only as a monthly rental (E0260 RR), up to 10 "
           f"months, at about {money(rent)} a month under the rental approval above. {SUP} billed the bed as a "
           "purchase, which your plan does not cover. We paid nothing on this claim. If the supplier bills the "
           "rental months, we will pay them under the approval.", 8.8)
    p.para(f"Copy to {wife} (spouse). Appeal within 180 days of the date on this notice. Urgent appeals are decided in "
           "72 hours. External review: within 4 months of our final decision.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None], "case_numbers": [[n, auth]]},
              denial_alternates=["coding_error"])
    return out(p), t


def bd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 20))
    dl = plus(rd, 120)
    rows, info, tot = [], [], [0.0, 0.0, 0.0, 0.0]
    specs = [("E0601 RR", "CPAP, month 3 of 13", 95, 140, "1"), ("E0143 NU", "Walker, wheeled, purchase", 140, 210, "D9"),
             ("E0431 RR", "Portable oxygen, month 2", 60, 95, "1")]
    for pt, doc, (code, desc, lo, hi, rsn) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(15, 40))
        n, m = clm(rng), wid(rng)
        b = amount(rng, lo, hi)
        if rsn == "1":
            al = round(b * 0.7, 2)
            pd = round(al * 0.8, 2)
            ow = round(al - pd, 2)
        else:
            al = pd = ow = 0.0
        tot = [tot[0] + b, tot[1] + al, tot[2] + pd, tot[3] + ow]
        rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {doc}", code, desc, money(b, "nosign"), money(al, "nosign"),
                     money(pd, "nosign"), money(ow, "nosign"), rsn])
        info.append((pt, doc, n, m, d, b))
    rows.append(["TOTALS", "", "", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(9, 12, 9)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE - DME", "WH-PRA-DME")
    p.capstrip([("Payee", SUP), ("Payee NPI", digits(rng, 10)), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("Remit date", fdate(rd, "long")), ("EFT trace", digits(rng, 12)), ("Submitted by", BILL)],
               [58, 30, 28, 40, 34, 70.9])
    p.ln(3)
    p.table(["Claim no.", "Member", "Member ID", "DOS", "Ordering MD", "HCPCS", "Item", "Billed", "Allowed",
             "Paid", "Mbr owes", "Rsn"], rows, [26, 34, 24, 18, 34, 16, 41, 15, 15, 15, 15, 7.9], size=7.1,
            aligns=["L"] * 7 + ["R"] * 4 + ["C"], bold_last=True)
    pt, doc, n, m, d, b = info[1]
    orig = clm(rng)
    p.para(f"**Rsn codes.** 1: paid per your agreement. D9: we already received this purchase, same member, item and "
           f"delivery date, under claim {orig}, sent by {BILL} for you; that claim is in process. This copy was not "
           "paid. Do not bill the member.", 7.8)
    p.para(f"Corrections and reconsiderations must reach us by {fdate(dl, 'long')}. Provider Services "
           f"{phone(rng, '860')}.", 7.8)
    t = truth("eob", "other", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=SUP,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def lowres_pwc(rng):
    member, doc, pt_eval, md, sig = people(rng, 5)
    m = wid(rng)
    req = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(req, rng.randint(8, 14))
    ref = f"UM-{digits(rng, 7)}"
    quote = f"Q{digits(rng, 6)}"
    b = amount(rng, 6400, 9800)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Reference", ref), ("Supplier quote", quote)], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(req, 'long')} {SUP} asked us to approve the purchase of a power wheelchair made by {MFR} "
           f"(model Trailhand 4, HCPCS K0823), quoted at {money(b)}. Dr. {doc} ordered it after an evaluation by "
           f"{pt_eval}, PT.", 10)
    p.para(f"Dr. {md}, our medical director, read the evaluation and Dr. {doc}'s notes. They say you walk inside "
           "your home with a walker and rest after about 150 feet, and that you can move a manual wheelchair "
           "yourself for longer trips. A power wheelchair is for people who cannot get around their home safely "
           "in any other way, and that is not what the notes describe. So we cannot approve it.", 10)
    p.para("If you disagree, send us your appeal no later than 90 calendar days after the date of this letter. "
           "If waiting would put your health at serious risk, ask for an urgent appeal, decided within 72 hours. "
           "You may ask for an outside review within 4 months after our appeal decision.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[ref], claim_amount=None, service_dates=[], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "claim_amount": [m2(b)]})
    return out(p), t


def photocopy_stim(rng):
    member, surg, rev, sig = people(rng, 4)
    m = wid(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    conf = f"C{digits(rng, 8)}"
    acct = f"OCMS-{digits(rng, 5)}"
    b = amount(rng, 3100, 4600)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.line(f"Notice date: {fdate(nd, 'abbr')}", 10, "B")
    p.ln(2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("MEMBER ID", m), ("GROUP", GROUP)], [("CLAIM #", n), ("CALL CONF.", conf)],
              [("SUPPLIER ACCT", acct), ("DELIVERED", fdate(v, "slash"))]], cap_w=28, cap=5.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"After your ankle surgery, Dr. {surg} prescribed a bone growth stimulator. {SUP} bought the device from "
           f"{MFR} and delivered it to you, then billed us {money(b)} for the purchase.", 10)
    p.para("A bone growth stimulator is an item your plan pays for only when we agree to it before it is supplied. "
           f"Our records, checked by {rev}, RN, show no request from the supplier or the doctor before the delivery "
           "date. That is why this claim was turned down. Because the supplier is in our network, it may not bill "
           "you for it. The call confirmation above is the number of your call to us, not a claim number.", 10)
    p.para("You, the doctor or the supplier may appeal within 65 days of the notice date. Urgent appeals: 72 hours.",
           10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 65).isoformat(), alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def phone_eob(rng):
    member, sleep_doc, pcp = people(rng, 3)
    m = wid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 12))
    d2 = plus(d1, rng.randint(8, 15))
    sd = plus(d2, rng.randint(25, 32))
    ns = [clm(rng) for _ in range(4)]
    b = [amount(rng, 160, 240), amount(rng, 90, 150), amount(rng, 980, 1350), amount(rng, 120, 190)]
    provs = [f"Dr. {pcp}", "Saltpan Sleep Lab", OON, SUP]
    items = ["Office visit", "Home sleep test", "CPAP buy (E0601 NU)", "CPAP mask and tubing"]
    dates = [d1, d1, d2, d2]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for i in range(4):
        den = i == 2
        al = 0.0 if den else round(b[i] * 0.65, 2)
        pd = round(al * 0.8, 2)
        ow = b[i] if den else round(al - pd, 2)
        tot = [tot[0] + b[i], tot[1] + al, tot[2] + pd, tot[3] + ow]
        rows.append([ns[i], provs[i], fdate(dates[i], "short"), items[i], money(b[i], "nosign"), money(al, "nosign"),
                     money(pd, "nosign"), money(ow, "nosign"), "X4" if den else "A"])
    rows.append(["Totals", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    p.two_col([("Statement date", fdate(sd, "long")), ("Member", member), ("Member ID", m), ("Group", GROUP),
               ("Plan", PLAN), ("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", money(500.0))],
              [f"This statement lists claims we processed for {member}. Dr. {sleep_doc} of Saltpan Sleep Lab read "
               "the sleep test and ordered the CPAP.",
               f"**X4.** The CPAP was bought from {OON}, which is not in the {INS} network. Your plan pays for "
               f"equipment only from network suppliers such as {SUP}. We paid nothing for it; the supplier may bill "
               "you the full charge.",
               "Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months "
               "after the final appeal."], side_w=58, size=8.8, title="Your account")
    p.table(["Claim no.", "Provider / supplier", "Date", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Code"], rows, [26, 46, 16, 34, 15, 15, 15, 15, 9.9], size=7.2,
            aligns=["L"] * 4 + ["R"] * 4 + ["C"], bold_last=True)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[ns[2]], claim_amount=m2(b[2]), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
              provider=OON, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [sleep_doc], "plan_id": [None]})
    return out(p), t


def finefax_stack(rng):
    member, daughter, doc, sig = people(rng, 4)
    m = wid(rng)
    end = dt.date(2026, 3, 31)
    r1, r2 = dt.date(2026, 4, 1), dt.date(2026, 5, 1)
    nd = dt.date(2026, 6, rng.randint(2, 15))
    n = clm(rng)
    inv = f"OC-{digits(rng, 6)}"
    a1 = amount(rng, 520, 690)
    a2 = a1
    tot = round(a1 + a2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  WRENFIELD HARBOR  {phone(rng, '860')}  P.{{n}}"
    p = DZSheet(footer="Página {n} de {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", member), ("Número de miembro", m), ("Reclamo", n), ("Factura del proveedor", inv),
             ("Importe facturado", money(tot, "nosign"))], label_w=46, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {daughter}:", 10)
    p.para(f"{SUP} nos cobró dos meses de alquiler de una grúa para pacientes (E0630 RR, fabricada por {MFR}) que "
           f"usa su familiar {member}: del {fdate(r1, 'long', 'es')} y del {fdate(r2, 'long', 'es')}, "
           f"{es_money(a1)} cada mes, en total {es_money(tot)}. La Dra. {doc} la recetó.", 10)
    p.para(f"La cobertura de {member} con nosotros terminó el {fdate(end, 'long', 'es')}, cuando su empleador dejó el "
           "plan de grupo. Solo pagamos el alquiler de los meses en que la persona tiene cobertura. Por eso no "
           "pagamos estos dos meses.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 60 días de la fecha de esta carta. Las apelaciones "
           f"urgentes se deciden en 72 horas. Llame al {phone(rng, '860')} (TTY 711).", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
                         claim_amount=m2(tot), service_dates=[r1.isoformat(), r2.isoformat()],
                         denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 60).isoformat(),
                         lang="es", alternates={"insurer": ALT, "provider": [doc]}))
    member2, doc2, rt, sig2 = people(rng, 4)
    m2_ = wid(rng)
    ad = dt.date(2026, 6, rng.randint(2, 12))
    start, stop = plus(ad, 3), plus(ad, 3 + 364)
    auth = f"A{digits(rng, 9)}"
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Utilization Management")
    q.title_bar("APPROVAL OF EQUIPMENT RENTAL")
    q.grid([[("Date", fdate(ad, "long")), ("Member", member2), ("Member ID", m2_)],
            [("Auth. No.", auth), ("Item", "Oxygen concentrator (E1390 RR)"), ("Supplier", SUP)],
            [("Approved from", fdate(start, "slash")), ("Through", fdate(stop, "slash")), ("Ordered by", f"Dr. {doc2}")]],
           size=8.6)
    q.para(f"Good news: we approved the monthly rental of an oxygen concentrator for {member2}. {SUP} will set it up; "
           f"{rt}, RRT, will check the settings at the first visit. Your usual DME coinsurance applies. You do not "
           "need to do anything.", 10)
    q.para(f"Sincerely,\n{sig2}\nUtilization Management", 10)
    d_b = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=member2, cases=[auth],
                         service_dates=[], denial_date=ad.isoformat(), provider=SUP,
                         alternates={"insurer": ALT, "provider": [doc2], "case_numbers": [[]],
                                     "service_dates": [[f"{start.isoformat()}/{stop.isoformat()}"],
                                                       [start.isoformat(), stop.isoformat()]]}))
    return [d_a, d_b]


def rotated_appeal(rng):
    member, doc, md, sig = people(rng, 4)
    m = wid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(190, 200))
    nd = plus(rec, rng.randint(35, 45))
    n = clm(rng)
    appeal = f"AP-{digits(rng, 6)}"
    b = amount(rng, 1150, 1600)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals")
    p.title_bar("APPEAL DECISION")
    p.pairs([("Date", fdate(nd, "long")), ("Member", member), ("Member ID", m), ("Appeal ID", appeal),
             ("Claim", n), ("Supplier", SUP)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You appealed our refusal to pay {SUP}'s claim for the purchase of a lift chair (E0627) delivered on "
           f"{fdate(v, 'long')}, billed at {money(b)}, that Dr. {doc} ordered. The claim reached us on "
           f"{fdate(rec, 'long')}.", 10)
    p.para("Network suppliers agree to send claims within 180 days of the delivery date. This claim was sent after "
           f"that. Dr. {md}, who had no part in the first decision, reviewed your appeal and the supplier's papers, "
           "which show no reason the claim could not have been sent in time. The refusal stands. The supplier may "
           "not bill you for it.", 10)
    p.para("This is our final decision. You may ask for an external review within 4 months of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[appeal, n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=None, alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[appeal], [n]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_form_hospital_bed_purchase_rental_only", "fax_standard_g4", [faxstd_bed(rng)]),
        Item(F + "born_digital_remittance_supplier_three_members_duplicate_purchase", "born_digital", [bd_remit(rng)]),
        Item(F + "lowres_letter_power_wheelchair_purchase_not_needed", "scan_lowres_150", [lowres_pwc(rng)]),
        Item(F + "photocopy_letter_bone_stimulator_bought_without_approval", "photocopy", [photocopy_stim(rng)]),
        Item(F + "phone_two_column_member_eob_cpap_from_non_network_supplier", "phone_photo", [phone_eob(rng)]),
        Item(F + "finefax_stack_cover_es_alquiler_despues_de_baja_then_approval_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
        Item(F + "rotated_appeal_decision_late_purchase_claim_upheld", "rotated", [rotated_appeal(rng)]),
    ]
