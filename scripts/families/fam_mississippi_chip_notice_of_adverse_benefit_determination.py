"""Notices mirrored (structure and plain wording style only) from the papers a Mississippi Children's Health Insurance
Program (CHIP) health plan sends a child's parent: the notice of adverse benefit determination form, a claims
statement, a claims summary, a Spanish letter, an approval, a prose letter on a hospital stay and a stack of a
provider's letter quoting an earlier refusal with the plan's refusal itself. The Mississippi Division of Medicaid,
Mississippi CHIP, the 60-day plan appeal, the 72-hour fast appeal, the State review after the plan's appeal, CPT
codes and CARC/RARC codes appear as themselves; the plan (Pinebrake Health Plan of Mississippi), every clinic,
hospital, laboratory, doctor, reviewer, parent, child, number, form and address is invented. Reasons are in the
writer's own words.

Documents (8 in 7 files):
- faxstd_nabd_form_brain_mri_not_needed: a standard-fax notice form with captions above boxes to a father, refusing
  a child's brain MRI as not needed (medical director, DOB, received date and plan year as decoys).
- digital_claims_statement_five_rows_exome_test_investigational: a born-digital landscape statement to a mother of
  five claims (one per row, some rows over two lines, totals row) whose outside laboratory's exome test is refused
  as investigational (CARC 55 with a legend).
- photocopy_claims_summary_three_blocks_therapy_after_renewal: a photocopied summary whose claim numbers each head a
  block of lines; the third block, speech therapy after CHIP coverage ended at renewal, is refused (the span runs
  across a line break in the sentence).
- phone_es_visitas_clinica_fuera_de_la_red: a photographed Spanish letter: two visits to a clinic outside the
  network, the clinic named only in a sentence.
- rotated_approval_physical_therapy_visits: an approval of physical therapy visits fed sideways (denies nothing).
- lowres_letter_hospital_stay_last_days_level_of_care: a 150 dpi letter on a stay "from the second to the ninth of
  June 2026" whose last days are refused because home care would do (the hospital only in sentences).
- clean_stack_sleep_centre_letter_quoting_denial_then_plan_letter_upside_down: a sleep centre's letter quoting the
  plan's refusal (denies nothing), its blank duplex back, then upside down the plan's letter refusing the sleep
  study, whose type a reader must infer (no approval asked before it was done).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwd import DWSheet as DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "mississippi_chip_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354103
INS = "Pinebrake Health Plan of Mississippi"
ALT = ["Pinebrake Health Plan"]
DOM = "Mississippi Division of Medicaid"


def mid(rng):
    return f"PBK{digits(rng, 8)}"


def msid(rng):
    return digits(rng, 9)


def dob(rng, lo=2009, hi=2023):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Mississippi CHIP health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Ridgeland MS "
                 f"39158  |  {phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DTSheet, rng, size=8.6, what="notice"):
    p.bar("YOUR RIGHT TO APPEAL", 9.2)
    p.para(f"If you do not agree, you or someone you choose may ask us for an appeal within 60 days of the date of "
           f"this {what}. Call {phone(rng)} (TTY 711) or write to us. If waiting could seriously harm your child's "
           "health, ask for a fast appeal; we decide fast appeals within 72 hours. If you still disagree after our "
           f"appeal decision, you may ask the {DOM} for a State review within 120 days of our appeal decision.",
           size)


def faxstd_nabd(rng):
    child, father, neuro, md = people(rng, 4)
    m, ms = mid(rng), msid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(5, 9))
    planned = plus(nd, rng.randint(12, 20))
    req = f"UM-{digits(rng, 4)}-{digits(rng, 6)}"
    group = "Delta Pines Pediatric Neurology"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  PINEBRAKE UM DEPT  {phone(rng, '601')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Form PB-NABD-1 (rev. 10/2025)  -  Mississippi CHIP")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF THIS NOTICE", fdate(nd, "slash")), ("SENT TO", father), ("RELATIONSHIP", "Father")],
                [40, 90, W - 130])
    p.form_band([("MEMBER NAME", child), ("MEMBER ID", m), ("MS CHIP / MEDICAID ID", ms),
                 ("DATE OF BIRTH", fdate(dob(rng), "slash"))], [55, 40, 45, W - 140])
    p.form_band([("REQUEST NO.", req), ("REQUEST RECEIVED", fdate(rec, "slash")), ("PLAN YEAR", "01/01/2026 - 12/31/2026")],
                [55, 45, W - 100])
    p.form_band([("SERVICE ASKED FOR", "MRI brain without and with contrast (CPT 70553)"),
                 ("PLANNED DATE", fdate(planned, "slash"))], [130, W - 130])
    p.form_band([("REQUESTING PROVIDER", f"Dr. {neuro}, {group}")], [W])
    p.ln(3)
    p.bar("WHAT WE DECIDED", 9.2)
    p.para(f"We have **denied** the request. Dr. {neuro} asked us to approve an MRI of your child's brain because of "
           "headaches. Our medical director, Dr. " + md + ", reviewed the office notes. The headaches happen about "
           "twice a month, the neurological exam was normal, and no warning signs (such as morning vomiting, "
           "weakness or changes in vision) are written down. For headaches like these, the guidelines we use say an "
           "MRI is not needed; a headache diary and a follow-up visit come first. The MRI is therefore not medically "
           "necessary at this time. If new symptoms appear, the doctor may ask again.", 9)
    p.para("You may ask for a free copy of the guideline and of the records we used.", 9)
    _rights(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[req],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [group], "member_id": [ms], "service_dates": [[]]})
    return out(p), t


def digital_statement(rng):
    child, mother, doc, ped = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    base = plus(sd, -60)
    specs = [  # provider lines, service, billed lo/hi, denied
        (["Riverbirch Children's Clinic"], ["Well child visit, age 10"], 140, 210, False),
        (["Riverbirch Children's Clinic"], ["Flu vaccine and", "administration"], 45, 70, False),
        (["Delta Pines Pediatric", "Genetics"], ["Genetics consult, new", "patient"], 260, 380, False),
        (["Southfork Genomics", "Laboratory"], ["Whole exome sequencing,", "child and both parents (81416)"],
         4200, 6800, True),
        (["Cottonwood Pharmacy Lab"], ["Blood count"], 28, 55, False),
    ]
    rows, tot, info = [], [0.0, 0.0, 0.0], None
    for i, (prov, svc, lo, hi, den) in enumerate(specs):
        d = plus(base, 6 * i + rng.randint(0, 4))
        b = amount(rng, lo, hi)
        n = f"{digits(rng, 4)}-{digits(rng, 7)}"
        paid = 0.0 if den else round(b * rng.uniform(0.45, 0.7), 2)
        code = "55 / N386" if den else "1"
        rows.append([n, prov[0], svc[0], fdate(d, "slash"), fdate(d, "slash"), money(b, "nosign"),
                     money(paid, "nosign"), "0.00", code])
        for k in range(1, max(len(prov), len(svc))):
            rows.append(["", prov[k] if k < len(prov) else "", svc[k] if k < len(svc) else "", "", "", "", "", "",
                         ""])
        tot = [tot[0] + b, tot[1] + paid, 0.0]
        if den:
            info = (n, d, b)
    rows.append(["TOTALS", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), "0.00", ""])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("CHIP MEMBER CLAIMS STATEMENT  -  THIS IS NOT A BILL", "PB-MCS-3")
    p.capstrip([("PARENT / GUARDIAN", mother), ("CHILD (MEMBER)", child), ("MEMBER ID", m),
                ("STATEMENT DATE", fdate(sd, "long")), ("DATE OF BIRTH", fdate(dob(rng), "slash"))],
               [58, 58, 40, 55, 44.4])
    p.ln(3)
    p.table(["Claim no.", "Provider (billing)", "Service", "From", "To", "Billed", "Plan paid", "You owe", "Code"],
            rows, [32, 42, 56, 21, 21, 22, 22, 17, 22.4], size=7.8, aligns=["L"] * 5 + ["R"] * 3 + ["C"],
            bold_last=True, row_h=5.0)
    n, d, b = info
    p.para("**Codes.** 1: paid under your child's CHIP benefits; CHIP members never owe copays for covered care. "
           f"55 / N386: the test Southfork Genomics Laboratory billed us for was not paid. Dr. {doc} ordered a test of all the genes of "
           "your child and both parents. Our coverage policy treats this test as still being studied for children "
           "with your child's symptoms: it has not been shown to change the care a child gets, so it is "
           "considered investigational. The laboratory may not bill you for it.", 8.4)
    p.para(f"Your child's primary care provider on file: Dr. {ped}. Questions: {phone(rng)} (TTY 711).", 8.2)
    p.para("If you disagree with a claim decision, you may appeal within 60 days of the statement date. Fast "
           f"appeals are decided within 72 hours. After our appeal you may ask the {DOM} for a State review.", 8.2)
    t = truth("eob", "experimental", insurer=INS, member_id=m, member_name=child, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider="Southfork Genomics Laboratory",
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_summary(rng):
    child, mother, slp, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 4, 30)
    nd = dt.date(2026, 6, rng.randint(3, 18))
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("SUMMARY OF CLAIMS PROCESSED", "PB-SCP-2 (rev. 01/2026)")
    for ln in [mother, *address(rng)]:
        p.line(ln, 9.4)
    p.ln(2)
    p.beside([[("DATE", fdate(nd, "abbr")), ("MEMBER", child)],
              [("MEMBER ID", m), ("COVERAGE END", fdate(end, "slash"))]], cap_w=24, cap=5.8)
    blocks = [("Riverbirch Children's Clinic", [("99213", "Office visit, ear pain", 95, 140)], False,
               dt.date(2026, 4, rng.randint(6, 12))),
              ("Cottonwood Pharmacy Lab", [("87880", "Strep test", 25, 40), ("85025", "Blood count", 20, 38)], False,
               dt.date(2026, 4, rng.randint(13, 20))),
              ("Bayou Lantern Speech Therapy", [("92507", "Speech therapy, individual", 120, 160),
                                                ("92507", "Speech therapy, individual", 120, 160)], True, None)]
    rows, info = [], None
    W = p.w - p.l_margin - p.r_margin
    for prov, lines, den, d0 in blocks:
        n = f"C{digits(rng, 11)}"
        rows.append(f"CLAIM {n}  -  {prov}")
        tot = 0.0
        dates = []
        for j, (code, desc, lo, hi) in enumerate(lines):
            d = d0 if d0 else dt.date(2026, 5, 5 + 7 * j)
            if not d0 and j == 0:
                d = dt.date(2026, 5, rng.randint(4, 6))
            if not d0 and j == 1:
                d = plus(dates[0], 7)
            b = amount(rng, lo, hi)
            tot += b
            dates.append(d)
            rows.append([f"   {fdate(d, 'slash')}", f"{code}  {desc}", money(b, "nosign"),
                         "0.00" if den else money(round(b * 0.6, 2), "nosign"), "B" if den else "A"])
        rows.append(["", "Claim total", money(tot, "nosign"), "", ""])
        if den:
            info = (n, dates, round(tot, 2), prov)
    p.ln(2)
    p.block_table(["Date", "Service", "Billed", "Paid", "Note"], rows, [40, 80, 24, 24, W - 168], size=8.2,
            aligns=["L", "L", "R", "R", "C"], row_h=5.2)
    n, dates, tot, prov = info
    p.para("**Note A:** paid. **Note B:** not paid; see below.", 8.8)
    p.para(f"**About note B.** {prov} sent us a claim for your child's speech therapy with {slp} from "
           f"{dates[0].strftime('%B %-d')} through\n{fdate(dates[1], 'long')}. Your child's Mississippi CHIP coverage "
           f"with us ended on {fdate(end, 'long')}, when the yearly renewal was not completed. We can pay only for "
           "care given while your child is covered. If the renewal has since been approved back to that date, call "
           "us and we will look at the claim again.", 9)
    p.para(f"You may appeal within 60 days of the date of this notice. {sig}, Claims.", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[x.isoformat() for x in dates], denial_date=nd.isoformat(),
              provider=prov, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [slp],
                          "service_dates": [[f"{dates[0].isoformat()}/{dates[1].isoformat()}"]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    child, mother, sig = people(rng, 3)
    m = mid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(30, 40))
    n = f"{digits(rng, 4)}-{digits(rng, 7)}"
    b = round(amount(rng, 110, 160) * 2, 2)
    clinic = "Clínica Infantil Orilla del Río"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11, "B")
    p.ln(2)
    p.pairs([("Fecha de este aviso", fdate(nd, "long", "es")), ("Miembro", child), ("Número de miembro", m),
             ("Reclamo", n)], label_w=46, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Recibimos el reclamo que nos envió {clinic}, en Memphis, Tennessee, por las visitas de su hijo(a) del "
           f"{fdate(d1, 'long', 'es')} y del {fdate(d2, 'long', 'es')}. El total cobrado fue de {money(b)}.", 10)
    p.para("Esa clínica no tiene contrato con nuestro plan. Fuera de Mississippi, el plan CHIP paga solo la atención "
           "de emergencia o la que aprobamos antes. Estas visitas fueron para control del asma, no fueron una "
           "emergencia y nadie nos pidió aprobación. Por eso no las pagamos. Su pediatra de la red puede atender el "
           "asma de su hijo(a).", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas "
           f"se deciden en 72 horas. Después de nuestra apelación, puede pedir una revisión estatal a la {DOM}. "
           f"Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_approval(rng):
    child, father, doc, pt = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    a, b = plus(nd, 3), plus(nd, 90)
    ref = f"PA-{digits(rng, 8)}"
    clinic = "Longleaf Pediatric Therapy"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", child), ("Member ID", m), ("Approval no.", ref)], label_w=30, size=9.6)
    p.ln(2)
    p.line("Your request has been approved", 12, "B")
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"Good news. {clinic} asked us to approve 16 physical therapy visits for your child after the knee "
           f"surgery, as ordered by Dr. {doc}. We approved all 16 visits from {a.strftime('%B %-d')} through "
           f"{fdate(b, 'long')}, with {pt} as the therapist. You do not need to do anything.", 10)
    p.para("If more visits are needed after that date, the clinic can ask us again. Mississippi CHIP members do not "
           f"pay copays for covered care. Questions: {phone(rng)} (TTY 711).", 10)
    p.para("Sincerely,\nUtilization Management", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "provider": [doc, pt], "case_numbers": [[]],
                          "service_dates": [[a.isoformat(), b.isoformat()], []]})
    return out(p), t


def lowres_stay(rng):
    child, mother, doc, rev, sig = people(rng, 5)
    m = mid(rng)
    s, e = dt.date(2026, 6, 2), dt.date(2026, 6, 9)
    r1 = dt.date(2026, 6, 6)
    nd = dt.date(2026, 7, rng.randint(1, 17))
    n = f"{digits(rng, 4)}-{digits(rng, 7)}"
    per = amount(rng, 2100, 2900)
    b = round(per * 4, 2)
    hosp = "Hollis Creek Children's Hospital"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {child}, member ID {m}, claim {n}", 10)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your son was a patient at {hosp} for his stay from the second to the ninth of June 2026, after "
           f"treatment for a bone infection in his leg. Dr. {doc} cared for him there. The hospital sent us a claim "
           "for the stay.", 10)
    p.para(f"We paid for the days through June 5. For the days from June 6 through June 9, 2026, the hospital billed "
           f"{money(b)}. By June 6 your son had no fever, was walking, and needed only an antibiotic through an IV "
           "line once a day. That care can be given safely at home by a home infusion nurse, which your son's CHIP "
           "benefits cover. He did not need to be in the hospital to get it, so we did not pay for those days. "
           f"Dr. {rev}, a pediatrician who reviews hospital stays for us, made this decision.", 10)
    p.para("The hospital may not bill you for the days we did not pay. If you disagree, you may ask for an appeal "
           f"within 60 days of the date of this letter. Fast appeals are decided within 72 hours. After our appeal, "
           f"you may ask the {DOM} for a State review. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{r1.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[r1.isoformat(), e.isoformat()],
                                                                                [f"{s.isoformat()}/{e.isoformat()}"]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean_stack(rng):
    child, father, sd_doc, biller, sig = people(rng, 5)
    m = mid(rng)
    study = dt.date(2026, 8, rng.randint(3, 14))
    den = plus(study, rng.randint(25, 32))
    ld = plus(den, rng.randint(10, 16))
    n = f"{digits(rng, 4)}-{digits(rng, 7)}"
    b = amount(rng, 1650, 2400)
    ctr = "Blue Heron Pediatric Sleep Center"
    acct = f"BH-{digits(rng, 6)}"
    # doc 0: the centre's letter quoting the plan's refusal (denies nothing itself)
    p = DTSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.logo_head(ctr, "BH", [f"{rng.randint(100, 9800)} Lakeland Dr, Flowood MS 39232  |  Billing office "
                            f"{phone(rng, '601')}"], size=13)
    p.ln(2)
    p.para(fdate(ld, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Account", acct), ("Insurance", f"{INS}, ID {m}")], label_w=26, size=9.6)
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"Your child had an overnight sleep study with us on {fdate(study, 'long')}, ordered by Dr. {sd_doc}. In "
           f"a letter dated {fdate(den, 'long')}, {INS} told us: \"We did not pay this claim because no one asked us "
           "to approve the sleep study before it was done.\"", 10)
    p.para("We are sorry: our office should have sent that request. We have now sent the plan the doctor's notes and "
           "asked it to look at the claim again. While the plan reviews it, you will not receive a bill from us, and "
           "you do not need to do anything.", 10)
    p.para(f"Sincerely,\n{biller}\nPatient Accounts", 10)
    t0 = truth("other", None, insurer=INS, member_id=m, member_name=child, service_dates=[study.isoformat()],
               denial_date=ld.isoformat(), provider=ctr, unscored=["insurer"],
               alternates={"provider": [sd_doc], "member_id": [None], "service_dates": [[]]})
    # doc 1: the plan's letter (type to infer)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(den, "long"), 10)
    for ln in [father, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member", child), ("Member ID", m), ("Claim number", n), ("Amount billed", money(b))],
            label_w=34, size=9.6)
    q.ln(2)
    q.para(f"Dear {father}:", 10)
    q.para(f"{ctr} sent us a claim for the overnight sleep study (CPT 95810) your child had there on "
           f"{fdate(study, 'long')}.", 10)
    q.para("We pay for an overnight sleep study only when the child's doctor or the sleep center has asked us, and "
           "we have said yes, before the study is done. Our records show no such request for this study. For that "
           "reason, this claim was not paid. Because the sleep center is in our network, it may not bill you.", 10)
    _rights(q, rng, 9.2, "letter")
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    t1 = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n],
               claim_amount=m2(b), service_dates=[study.isoformat()], denial_date=den.isoformat(), provider=ctr,
               appeal_deadline=plus(den, 60).isoformat(), alternates={"insurer": ALT, "provider": [sd_doc]})
    return [(out(p), t0), (out(q), t1)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_nabd_form_brain_mri_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "digital_claims_statement_five_rows_exome_test_investigational", "born_digital",
             [digital_statement(rng)]),
        Item(F + "photocopy_claims_summary_three_blocks_therapy_after_renewal", "photocopy", [photocopy_summary(rng)]),
        Item(F + "phone_es_visitas_clinica_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_physical_therapy_visits", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_hospital_stay_last_days_level_of_care", "scan_lowres_150", [lowres_stay(rng)]),
        Item(F + "clean_stack_sleep_centre_letter_quoting_denial_then_plan_letter_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
