"""An invented commercial plan (Hobbsmere Health Insurance Company) paying an audiologist's hearing evaluation of a
child (Wrenfield Crossing Audiology) and refusing the speech therapy visits that followed (Sprucemoor Pediatric
Speech and Language Center), letters addressed to a parent. CPT codes and CARC codes appear as themselves; the
plan, its rules and time limits, both practices, every audiologist, therapist, doctor, parent, child, number and
address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_to_mother_four_claims_therapy_without_approval: a born-digital member EOB to the mother, four claims with
  From / To columns and a totals row: the audiologist's evaluation and tympanometry and the speech evaluation paid,
  the therapy claim (four visits, From / To) refused under CARC 197 (prior_authorization).
- faxstd_claim_form_therapist_not_in_network_claim_number_once: a claim determination form on a standard fax, the
  claim number printed once in the header, three visit rows (one date column) all refused because the rendering
  therapist is not in the network (out_of_network); a printed appeal-by date; billing and rendering boxes.
- faxstd_pa_form_twenty_four_visits_not_needed: a prior authorization form on a standard fax ("Date sent" box,
  two-line captions) refusing 24 visits as not needed after the hearing test and the speech test (medical_necessity).
- photocopy_claim_detail_to_father_sent_after_180_days: a photocopied claim detail form to the father, claim number
  in its header once, three visits refused as sent after 180 days (timely_filing); received date as decoy.
- phone_es_carta_a_la_madre_reclamo_duplicado: a photographed Spanish letter to the mother: a visit billed twice,
  the second claim refused (other).
- lowres_letter_visits_after_coverage_ended: a 150 dpi letter to a parent: two visits after the father's coverage
  ended with his job (eligibility), the therapist only in a sentence.
- scanclean_stack_audiology_statement_duplex_then_appeal_decision_upside_down: the audiology practice's statement
  to the parent after insurance (denies nothing), the blank duplex back, then, upside down, an appeal decision
  keeping the refusal of therapy at home when the clinic would do (level_of_care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvd import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "pediatric_speech_therapy_and_evaluating_audiologist_denial"
LANG = "en"
SEED = 354003
INS = "Hobbsmere Health Insurance Company"
ALT = ["Hobbsmere Health", "Hobbsmere"]
PLAN = "Hobbsmere Choice PPO 2500"
GROUP = "HB-207719"
SLC = "Sprucemoor Pediatric Speech and Language Center"
AUD = "Wrenfield Crossing Audiology"
SHORT = "Sprucemoor Ped. Speech & Lang. Ctr"


def mid(rng):
    return f"HBX{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def kid_dob(rng):
    return dt.date(rng.randint(2019, 2022), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Lansing MI 48909  |  {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    child, mom, aud, slp, ped = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    e = plus(sd, -rng.randint(70, 80))
    t1 = plus(e, 21)
    t2 = plus(t1, 21)
    specs = [(AUD, aud, e, e, "92557 hearing evaluation", 160, 230, None),
             (AUD, aud, e, e, "92567 tympanometry", 40, 70, None),
             (SHORT, slp, plus(e, 14), plus(e, 14), "92523 speech evaluation", 210, 290, None),
             (SHORT, slp, t1, t2, "92507 therapy x4", 520, 640, "197")]
    rows, tot, info = [], [0.0, 0.0, 0.0, 0.0], None
    for prov, who, a, b, desc, lo, hi, code in specs:
        n = clm(rng)
        bill = amount(rng, lo, hi)
        al = 0.0 if code else round(bill * 0.7, 2)
        pd = round(al * 0.8, 2)
        owe = round(al - pd, 2)
        if code:
            info = (n, a, b, bill)
        tot = [tot[0] + bill, tot[1] + al, tot[2] + pd, tot[3] + owe]
        rows.append([n, prov, who, fdate(a, "slash"), fdate(b, "slash"), desc, money(bill, "nosign"),
                     money(al, "nosign"), money(pd, "nosign"), money(owe, "nosign"), code or "PD"])
    rows.append(["", "", "", "", "", "TOTALS", *[money(round(v, 2), "nosign") for v in tot], ""])
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(9, 11, 9)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "HHIC-EOB (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Statement\ndate", fdate(sd, "abbr")), ("Subscriber", mom),
              ("Patient name | Member ID", (child, m)), ("Patient\ndate of birth", fdate(kid_dob(rng), "slash"))],
             [30, 56, 120, W - 206])
    p.cboxes([("Group no. | Plan", (GROUP, PLAN)), ("Plan year", "01/01/2026 - 12/31/2026")], [130, W - 130])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Rendering", "From", "To", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Code"], rows, [26, 58, 32, 18, 18, 32, 17, 16, 16, 15, W - 248],
            size=7.3, aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    n, a, b, bill = info
    p.para(f"**Codes.** PD: paid under your plan. 197: approval needed first. Your plan pays the first speech "
           f"evaluation without approval, and it did. Therapy visits after the evaluation need our approval before "
           f"they start. {SLC} did not ask for it, so we did not pay the visits "
           f"{slp} gave. The center is in our network and may not bill you for them. Dr. {ped}, your child's "
           "pediatrician, referred the child for the hearing test.", 8)
    p.para("Appeal: within 180 days of the statement date. Urgent appeals are decided within 72 hours. External "
           f"review: within 4 months of our final decision. Member Services {phone(rng)}.", 8)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=child,
              cases=[n], claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sd.isoformat(), provider=slp, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [SLC], "plan_id": [None],
                          "service_dates": [[a.isoformat(), b.isoformat()], [a.isoformat()]]})
    return out(p), t


def faxstd_oon(rng):
    child, dad, slp, rev = people(rng, 4)
    m = mid(rng)
    v1 = dt.date(2026, 3, rng.randint(2, 6))
    ds = [v1, plus(v1, 7), plus(v1, 14)]
    nd = plus(ds[-1], rng.randint(25, 35))
    byd = plus(nd, 180)
    n = clm(rng)
    bills = [amount(rng, 130, 170) for _ in ds]
    tot = round(sum(bills), 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  HOBBSMERE CLAIMS  {phone(rng, '517')}  P{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar(f"CLAIM DETERMINATION  -  CLAIM {n}", "HHIC-CD-5 (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date of this notice | Date mailed", (fdate(nd, "slash"), fdate(plus(nd, 2), "slash"))),
              ("Sent to\n(parent / guardian)", dad), ("Group no.", GROUP)], [80, 60, W - 140])
    p.cboxes([("Patient name | Member ID", (child, m)), ("Patient\ndate of birth", fdate(kid_dob(rng), "slash")),
              ("Total\nbilled", money(tot))], [110, 34, W - 144])
    p.cboxes([("Billing provider", SLC), ("Rendering provider\n(therapist)", slp)], [W * 0.58, W * 0.42])
    p.ln(2)
    p.table(["Date of service", "CPT", "Description", "Billed", "Paid", "Reason"],
            [[fdate(d, "slash"), "92507", "Speech therapy, individual", money(b, "nosign"), "0.00", "N-11"]
             for d, b in zip(ds, bills)] + [["", "", "Claim total", money(tot, "nosign"), "0.00", ""]],
            [30, 18, 70, 26, 20, W - 164], size=8.4, aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"**N-11: therapist not in network.** {SLC} is in our network, but each therapist who treats our members "
           f"must also be credentialed with us. {slp}, who gave these three visits, is not. Your plan pays only for "
           "care from providers in its network. The center may ask us to credential the therapist, and you may ask "
           f"us to treat these visits as in network. Reviewed by {rev}, claims examiner.", 8.6)
    p.bar("APPEAL", 8.6)
    p.para(f"Send your appeal so that we receive it by {fdate(byd, 'slash')}. Urgent appeals: 72 hours. External "
           f"review: within 4 months of our final decision. Call {phone(rng)} (TTY 711).", 8.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=slp, appeal_deadline=byd.isoformat(), alternates={"insurer": ALT, "provider": [SLC]},
              type_alternates=["eob"])
    return out(p), t


def faxstd_pa(rng):
    child, mom, slp, aud, md = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 6, rng.randint(1, 15))
    nd = plus(rec, rng.randint(5, 9))
    start = plus(nd, rng.randint(7, 14))
    ref = f"PA-{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  HHIC UTILIZATION MGMT  {phone(rng, '517')}  PAGE {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("PRIOR AUTHORIZATION DETERMINATION", "HHIC-PA-2 (rev. 09/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date sent", fdate(nd, "dmy")), ("To (parent)", mom), ("Request\nreceived", fdate(rec, "slash")),
              ("Reference no.", ref)], [32, 64, 30, W - 126])
    p.cboxes([("Patient name | Member ID", (child, m)), ("Group no.", GROUP), ("Plan", PLAN)], [104, 30, W - 134])
    p.cboxes([("Requesting provider\n(speech-language pathologist)", slp), ("Facility", SLC)], [70, W - 70])
    p.cboxes([("Service requested", "92507 speech therapy, 24 visits (2 a week)"),
              ("Planned\nstart date", fdate(start, "slash"))], [W - 40, 40])
    p.ln(1)
    p.checkline([(False, "Approved"), (True, "Not approved"), (False, "More information needed")])
    p.para(f"**Reason.** {slp} asked for 24 therapy visits. We read the request with the hearing evaluation by "
           f"{aud}, AuD, of {AUD} (normal hearing in both ears) and the center's speech evaluation. The child's scores "
           "on the standard language test are within the normal range for the child's age, and the one sound the "
           "report lists is one most children learn later on their own. Therapy is not medically necessary now. A "
           f"new request with a new evaluation may be sent in six months. Reviewed by Dr. {md}, medical director.", 8.5)
    p.bar("IF YOU DISAGREE", 8.6)
    p.para("You may appeal within 180 days of the date of this notice. If waiting would seriously harm your child's "
           "health, ask for an urgent appeal (decided within 72 hours). The therapist may also ask for a "
           f"peer-to-peer talk with our reviewer within 14 days. Questions: {phone(rng)} (TTY 711).", 8.3)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=child, cases=[ref], service_dates=[start.isoformat()], denial_date=nd.isoformat(),
              provider=slp, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [SLC], "plan_id": [None], "service_dates": [[]]})
    return out(p), t


def photocopy_late(rng):
    child, dad, slp, sig = people(rng, 4)
    m = mid(rng)
    v1 = dt.date(2026, 1, rng.randint(5, 9))
    ds = [v1, plus(v1, 7), plus(v1, 14)]
    rec = plus(ds[0], rng.randint(190, 200))
    nd = plus(rec, rng.randint(8, 14))
    n = clm(rng)
    bills = [amount(rng, 120, 165) for _ in ds]
    tot = round(sum(bills), 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar(f"CLAIM DETAIL  -  Claim no. {n}", "HHIC-CLD-1")
    for ln in [dad, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date of this notice", fdate(nd, "upper")), ("Claim\nreceived", fdate(rec, "slash")),
              ("Patient name | Member ID", (child, m))], [40, 30, W - 70])
    p.cboxes([("Billing provider", SLC), ("Rendering therapist", slp), ("Group no.", GROUP)], [84, 54, W - 138])
    p.ln(2)
    p.table(["From", "To", "CPT", "Description", "Billed", "Plan paid", "Code"],
            [[fdate(d, "slash"), fdate(d, "slash"), "92507", "Speech therapy", money(b, "nosign"), "0.00", "CO-29"]
             for d, b in zip(ds, bills)] + [["", "", "", "Total", money(tot, "nosign"), "0.00", ""]],
            [26, 26, 18, 50, 24, 24, W - 168], size=8.6, aligns=["L", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"**CO-29: sent too late.** Your son's therapy visits in January were billed by {SLC}, but the claim "
           "reached us on the date in the Claim received box, more than 180 days after the first visit. Our "
           "contract with the center gives it 180 days from the date of service. The center is in our network and "
           "may not bill you for these visits.", 8.8)
    p.para(f"You or the center may appeal within 180 days of the date of this notice. Questions: {phone(rng)} "
           f"(TTY 711).  {sig}, Claims", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=slp, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [SLC]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    child, mom, slp, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(28, 36))
    n1, n2 = clm(rng), clm(rng)
    b = amount(rng, 130, 170)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Fecha de este aviso", fdate(nd, "slash")), ("Número de miembro", m), ("Reclamo", n2)],
             [48, 50, W - 98])
    p.ln(3)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"{SLC} nos envió dos reclamos por la misma sesión de terapia del habla que {slp} le dio a su hijo "
           f"{child} el {fdate(v, 'long', 'es')}: el reclamo {n1}, que ya pagamos, y el reclamo {n2}, por "
           f"{money(b)}. El segundo reclamo repite el primero, así que no lo pagamos.", 10)
    p.para("Usted no debe nada por el segundo reclamo. Si la sesión fue en realidad dos visitas distintas, el centro "
           "puede enviarnos las notas de cada una.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=child, cases=[n2], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=slp,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [SLC]})
    return out(p), t


def lowres_elig(rng):
    child, dad, slp, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    v1 = dt.date(2026, 4, rng.randint(6, 10))
    v2 = plus(v1, 7)
    nd = plus(v2, rng.randint(30, 40))
    n = clm(rng)
    b = amount(rng, 260, 330)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [dad, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {child}, member ID {m}, claim {n}", 9.8)
    p.para(f"Dear {dad}:", 10)
    p.para(f"{slp} of {SLC} saw your daughter for speech therapy on {fdate(v1, 'long')} and {fdate(v2, 'long')}. "
           f"The center billed us {money(b)} for the two visits.", 10)
    p.para(f"Your coverage through your former employer's group plan ({GROUP}) ended on {fdate(end, 'long')}, when "
           "your job ended, and your daughter's coverage ended with it. We can pay only for care given while "
           "coverage is in force, so we did not pay this claim. If you chose to continue coverage under COBRA, "
           "please call us so we can look at the claim again.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=slp, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [SLC]})
    return out(p), t


def scanclean_stack(rng):
    child, mom, aud = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(2, 20))
    sd = plus(v, rng.randint(35, 45))
    ac = f"WCA-{digits(rng, 6)}"
    b1, b2 = amount(rng, 170, 230), amount(rng, 45, 70)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.56, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(AUD, "WCA", [f"{rng.randint(100, 9800)} Kestner Avenue, Okemos MI 48864  |  Billing {phone(rng, '517')}"
                             f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Responsible party", [mom, *address(rng)], "Patient", [child, f"Account {ac}", f"Audiologist: {aud}, AuD"])
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Statement date", fdate(sv := sd, "abbr")), ("Insurance | Member ID", (INS, m)),
              ("Please pay by", fdate(plus(sv, 30), "abbr"))], [40, W - 80, 40])
    p.ln(2)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "92557", "Comprehensive hearing evaluation", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "92567", "Tympanometry", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Insurance payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, W - 147], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share of your child's hearing evaluation. The balance is your coinsurance as "
           "your insurer reported it. Speech therapy is billed by the therapy center, not by us.", 9)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=child, claim_amount=m2(tot),
                         service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=AUD,
                         unscored=["insurer"], alternates={"provider": [aud], "member_id": [None]}))
    child2, dad2, slp2, rev, sig = people(rng, 5)
    m2_ = mid(rng)
    a = dt.date(2026, 5, rng.randint(4, 8))
    b = plus(a, 28)
    ad = plus(b, rng.randint(45, 60))
    n = clm(rng)
    ap = f"APL-{digits(rng, 7)}"
    bill = amount(rng, 900, 1300)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.title_bar("APPEAL DECISION")
    q.para(fdate(ad, "long"), 10)
    for ln in [dad2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    W = q.w - q.l_margin - q.r_margin
    q.cboxes([("Patient name | Member ID", (child2, m2_)), ("Appeal no.", ap), ("Claim no.", n)], [W - 84, 42, 42])
    q.ln(2)
    q.para(f"Dear {dad2}:", 10)
    q.para(f"You appealed our decision not to pay {SLC} {money(bill)} for speech therapy that {slp2} gave your son "
           f"at home from {fdate(a, 'long')} through {fdate(b, 'long')}. {rev}, a speech-language pathologist who "
           "did not make the first decision, reviewed your appeal.", 10)
    q.para("We are keeping our decision. Your plan pays for therapy at home only when a child cannot leave home for "
           "care. Your son goes to school and to the center's clinic, which is ten minutes from your home. The "
           "same therapy could have been given at the clinic, and visits there are covered.", 10)
    q.para("This ends our internal appeals. You may ask for an external review within 4 months of the date of this "
           f"letter. Questions: {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig}\nAppeals", 10)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=m2_, member_name=child2,
                         cases=[ap, n], claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                         denial_date=ad.isoformat(), provider=SLC,
                         alternates={"insurer": ALT, "provider": [slp2], "case_numbers": [[n], [ap]],
                                     "service_dates": [[a.isoformat(), b.isoformat()], [a.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_to_mother_four_claims_therapy_without_approval", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_claim_form_therapist_not_in_network_claim_number_once", "fax_standard_g4", [faxstd_oon(rng)]),
        Item(F + "faxstd_pa_form_twenty_four_visits_not_needed", "fax_standard_g4", [faxstd_pa(rng)]),
        Item(F + "photocopy_claim_detail_to_father_sent_after_180_days", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_carta_a_la_madre_reclamo_duplicado", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_visits_after_coverage_ended", "scan_lowres_150", [lowres_elig(rng)]),
        Item(F + "scanclean_stack_audiology_statement_duplex_then_appeal_decision_upside_down", "scan_clean_300",
             scanclean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
