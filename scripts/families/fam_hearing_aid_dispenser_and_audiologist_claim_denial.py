"""An invented commercial plan (Harrowgate Sound Health Insurance Company) deciding a hearing aid dispenser's device
claims (Galloway Crest Hearing Aid Center) and an audiology group's test and fitting claims (Juniperwell Audiology
Associates), with both parties' papers. CPT/HCPCS codes (92557, V5011, V5261, ...) and CARC codes appear as
themselves; the plan, its rules and time limits, the dispenser, the group, every audiologist, person, number and
address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- born_digital_eob_three_claims_devices_without_approval: a member EOB of three claims (the audiologist's test and
  fitting paid, the dispenser's pair of hearing aids refused: no prior approval; prior_authorization).
- faxstd_remittance_three_patients_fitting_missing_ear_modifier: a remittance to the audiology group on a standard
  fax; the second patient's fitting refused CO-4 (no RT/LT modifier; coding_error); EFT trace, TIN, NPI decoys.
- photocopy_claim_form_dispenser_outside_network: a photocopied claim determination form with small captions; a
  second dispenser location outside the network (out_of_network); claim number and reference number.
- phone_es_carta_a_la_madre_adaptacion_fuera_de_plazo: a photographed Spanish letter to a mother: the child's
  fitting claim reached the plan after 180 days (timely_filing).
- rotated_dispenser_invoice_after_insurance: the dispenser's invoice to the patient after the plan paid, fed
  sideways (denies nothing).
- lowres_letter_to_daughter_replacement_aids_not_needed: a 150 dpi letter to a caregiver daughter; the audiologist
  named only in a sentence asked for new aids; the current ones still fit the loss (medical_necessity).
- clean_stack_coverage_ended_duplex_then_upheld_appeal_accessories_upside_down: a letter on aids delivered after
  coverage ended (eligibility), its blank duplex back, then upside down an appeal decision keeping the refusal of
  a TV streamer and remote microphone (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famduf import DUSheet, grouped, people, words
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "hearing_aid_dispenser_and_audiologist_claim_denial"
LANG = "en"
SEED = 353805
INS = "Harrowgate Sound Health Insurance Company"
ALT = ["Harrowgate Sound Health", "Harrowgate Sound"]
PLAN = "Harrowgate Sound Choice PPO 2000"
GROUP = "HS-604417"
DISP = "Galloway Crest Hearing Aid Center"
AUD = "Juniperwell Audiology Associates"


def hid(rng):
    return f"HSH{digits(rng, 8)}"


def clm(rng):
    return f"CLM-{digits(rng, 4)}-{digits(rng, 6)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Portland OR 97208-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    member, aud, his = people(rng, 3)
    m = hid(rng)
    d1 = dt.date(2026, 2, rng.randint(2, 12))
    d2 = plus(d1, rng.randint(14, 20))
    sd = plus(d2, rng.randint(25, 32))
    n1, n2, n3 = clm(rng), clm(rng), clm(rng)
    e, f_, dev = amount(rng, 140, 210), amount(rng, 180, 260), amount(rng, 4200, 5600)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "HS-EOB-11 (rev. 12/2025)")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "long")), ("HEARING AID BENEFIT", "1 per ear / 36 mo")],
               [42, 30, 22, 66, 38, 61.4])
    p.ln(3)

    def row(n, prov, who, d, code, desc, b, paid, note):
        al = round(b * 0.7, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, prov, who, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                money(pd, "nosign"), money(round(al - pd, 2), "nosign"), note]
    p.table(["CLAIM NO.", "BILLED BY", "RENDERED BY", "DATE", "CODE", "SERVICE", "BILLED", "ALLOWED", "PAID",
             "YOU OWE", "NOTE"],
            [row(n1, AUD, aud, d1, "92557", "Hearing test", e, True, "P1"),
             row(n2, AUD, aud, d2, "V5011", "Hearing aid fitting", f_, True, "P1"),
             row(n3, DISP, his, d2, "V5261", "Hearing aids, pair", dev, False, "PA")],
            [30, 48, 32, 18, 13, 30, 18, 17, 17, 17, 19.4], size=7.4, aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    p.para(f"**Notes.** P1: paid under your plan. PA (CARC 197): your plan pays for hearing aids only when we "
           f"approve them before they are ordered. {DISP} ordered the pair fitted on {words(d2)} without asking us "
           f"first, so we did not pay the claim. {his}, the hearing instrument specialist, is named on the claim. "
           "The dispenser may ask us to review the order now; send the audiology report with it.", 8.4)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: within 4 months "
           f"of our final decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n3], claim_amount=m2(dev), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
              provider=DISP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [his], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    auds = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [("92557", "Hearing test", 140, 200, ""), ("V5011", "Fitting / orientation", 170, 250, "X"),
             ("V5014", "Repair / modification", 60, 110, "")]
    for pt, au, (code, desc, lo, hi, den) in zip(pats, auds, specs):
        d = plus(rd, -rng.randint(12, 35))
        n, mm = clm(rng), hid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, pt, mm, fdate(d, "slash"), au, code, money(b, "nosign"), "0.00", "0.00", "CO-4"])
        else:
            al = round(b * 0.7, 2)
            rows.append([n, pt, mm, fdate(d, "slash"), au, code + "-RT", money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, au, n, mm, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  HSHIC PROVIDER PAY  {phone(rng, '503')}  PG {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "HS-PRA-3 (rev. 09/2025)")
    p.capstrip([("PAYEE", AUD), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("GROUP NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", grouped(digits(rng, 12)))], [80, 38, 38, 44, 59.4])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "AUDIOLOGIST", "CODE", "BILLED", "ALLOWED", "PAID", "ADJ"], rows,
            [40, 40, 30, 20, 40, 18, 20, 18, 18, 15.4], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, au, n, mm, d, b = info[1]
    p.para(f"**ADJ legend.** 1: paid per contract. CO-4: the fitting for {pt} was billed without an ear "
           "modifier. V5011 is paid per ear; bill it with RT, LT or both lines. Without one we cannot tell which "
           "aid was fitted, so the line is refused. Send a corrected claim. Not billable to the patient.", 7.9)
    p.para("Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=mm, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=au,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [AUD]})
    return out(p), t


def photocopy_oon(rng):
    member, his, aud, rev = people(rng, 4)
    m = hid(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(28, 40))
    n = clm(rng)
    ref = f"REF {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    b = amount(rng, 3800, 5200)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "Form HS-CD-5 rev. 11/2025")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "abbr")), ("MBR #", m)],
              [("CLM NO.", n), ("REF NO.", ref[4:])],
              [("DOS", fdate(v, "slash")), ("AMT BILLED", money(b))],
              [("BILLED BY", f"{DISP} - Eastbank store")],
              [("FITTED BY", his), ("REFERRING AUD.", aud)],
              [("GRP NO.", GROUP), ("PLAN", "Choice PPO 2000")]], cap_w=25, cap=5.6)
    p.para(f"**Decision: not paid.** {DISP} billed us for two hearing aids (V5261) fitted at its Eastbank "
           f"store on {fdate(v, 'long')}. The dispenser's Westgate store is in our network; the Eastbank store is "
           f"not. {PLAN} pays for hearing aids only from network dispensers. Dr. {aud}'s hearing test was paid "
           "on a separate claim. You may owe the dispenser its full charge.", 9)
    p.para(f"Reviewed by {rev}. Appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    r = ref[4:].replace(" ", "")
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n, r], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=DISP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [his], "plan_id": [None], "case_numbers": [[n], [r]]})
    return out(p), t


def phone_es(rng):
    child, mother, aud, sig = people(rng, 4)
    m = hid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(190, 200))
    nd = plus(rec, rng.randint(6, 12))
    n = clm(rng)
    b = amount(rng, 180, 260)
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", child), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {mother}:", 10)
    p.para(f"Le escribimos sobre la adaptación de los audífonos de su hijo el {fdate(v, 'long', 'es')}. La Dra. {aud}, "
           f"audióloga de {AUD}, hizo la adaptación (V5011). El grupo nos cobró {money(b)} y recibimos el reclamo "
           f"el {fdate(rec, 'dmy', 'es')}.", 10)
    p.para("Nuestro contrato con el grupo le da 180 días desde la fecha del servicio para enviar un reclamo. Este "
           "reclamo llegó después de ese plazo, así que no lo pagamos. El grupo está en nuestra red y no puede "
           "cobrarle a usted por este servicio.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=aud,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [AUD]})
    return out(p), t


def rotated_invoice(rng):
    member, his, aud = people(rng, 3)
    m = hid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 45))
    ac = f"GC-{digits(rng, 6)}"
    dev, mold = amount(rng, 4200, 5400), amount(rng, 120, 180)
    tot = round(dev + mold, 2)
    paid = round(tot * 0.6, 2)
    adj = round(tot * 0.25, 2)
    bal = round(tot - paid - adj, 2)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(DISP, "GC", [f"{rng.randint(100, 9800)} Westgate Blvd, Salem OR 97301  |  {phone(rng, '503')}  |  "
                             f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}  |  Serial nos. on file"], box="INVOICE", size=12)
    p.addr_pair("Bill to", [member, *address(rng)], "Account", [ac, f"Fitted by {his}", f"Referred by Dr. {aud}"])
    p.grid([[("INVOICE DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS.split(' Health')[0]} {m}"),
             ("PAY BY", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "V5261", "Hearing aids, binaural, behind the ear", money(dev, "nosign"), ""],
             [fdate(v, "slash"), "V5264", "Ear molds (2)", money(mold, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (your coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share; the balance is your coinsurance as your insurer reported it. "
           "Warranty: 3 years, loss and damage once. Batteries are not included.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=DISP, unscored=["insurer"],
              alternates={"provider": [his], "member_id": [None]})
    return out(p), t


def lowres_replace(rng):
    member, dau, aud, rev, sig = people(rng, 5)
    m = hid(rng)
    nd = dt.date(2026, 6, rng.randint(3, 12))
    test = plus(nd, -rng.randint(20, 28))
    fit = dt.date(2024, 9, rng.randint(3, 25))
    ref = f"UM-{digits(rng, 9)}"
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [dau, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {dau}:", 10)
    p.para(f"You are named as the caregiver of {member} (member ID {m}, group {GROUP}). Dr. {aud} at {AUD} asked us "
           f"to approve a new pair of hearing aids for your father after the hearing test on {words(test)} "
           f"({fdate(test, 'slash')}). The aids would be ordered from {DISP}. Our reference for this request is {ref}.",
           10)
    p.para(f"We said no. His current aids were fitted on {fdate(fit, 'long')} and the test shows his hearing "
           "has changed very little since then; the report says the aids can be set to the new results at a "
           "programming visit. New aids are medically necessary when the old ones can no longer be set to the loss "
           f"or cannot be repaired; neither is the case here. An audiologist, {rev}, reviewed the request.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           f"within 72 hours. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[ref], service_dates=[], denial_date=nd.isoformat(), provider=aud,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [AUD, DISP]})
    return out(p), t


def clean_stack(rng):
    member, spouse, his, sig = people(rng, 4)
    m = hid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 20))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 3600, 5000)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [spouse, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", member), ("Member ID", m), ("Group", GROUP), ("Claim", n)], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {spouse}:", 10)
    p.para(f"{DISP} sent us a claim for {money(b)} for the hearing aids your husband picked up on "
           f"{words(v)}, {v.year} ({fdate(v, 'slash')}). {his} fitted them.", 10)
    p.para(f"Your coverage under group {GROUP} ended on {fdate(end, 'long')}, when your employer's plan ended "
           "your enrollment. The aids were delivered after that date, so we cannot pay for them, even though the "
           "hearing test was done while you were covered. If you had other coverage in April, the dispenser may "
           "send the claim there.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=DISP, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [his]}))
    member2, aud2, rev, sig2 = people(rng, 4)
    m2_ = hid(rng)
    v2 = dt.date(2026, 5, rng.randint(4, 20))
    nd2 = plus(v2, rng.randint(70, 90))
    n2 = clm(rng)
    gr = f"GR-{digits(rng, 7)}"
    b2 = amount(rng, 480, 760)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals")
    q.heading("Appeal Decision", 13)
    q.line(fdate(nd2, "long"), 10)
    q.ln(2)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.boxed_pairs([("Appeal number", gr), ("Original claim", n2), ("Member ID", m2_),
                   ("Items", "TV streamer and remote microphone (V5268, V5273)"), ("Billed", money(b2))], label_w=45)
    q.para(f"You appealed our refusal to pay for the TV streamer and the remote microphone that Dr. {aud2} of {AUD} "
           f"dispensed with your hearing aids on {fdate(v2, 'long')}. {rev}, an audiologist who had no part in the "
           "first decision, reviewed your appeal.", 10)
    q.para("**We kept our decision.** Your plan covers hearing aids and the ear molds and fitting needed to use "
           "them. Listening devices that work with the aids, such as streamers and remote microphones, are listed "
           "as not covered in your benefit booklet. This was your last internal appeal. You may ask for an "
           "external review within 4 months of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Unit", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[gr, n2], claim_amount=m2(b2), service_dates=[v2.isoformat()],
                         denial_date=nd2.isoformat(), provider=aud2,
                         alternates={"insurer": ALT, "provider": [AUD], "case_numbers": [[gr], [n2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_eob_three_claims_devices_without_approval", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_remittance_three_patients_fitting_missing_ear_modifier", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "photocopy_claim_form_dispenser_outside_network", "photocopy", [photocopy_oon(rng)]),
        Item(F + "phone_es_carta_a_la_madre_adaptacion_fuera_de_plazo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_dispenser_invoice_after_insurance", "rotated", [rotated_invoice(rng)]),
        Item(F + "lowres_letter_to_daughter_replacement_aids_not_needed", "scan_lowres_150", [lowres_replace(rng)]),
        Item(F + "clean_stack_coverage_ended_duplex_then_upheld_appeal_accessories_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
