"""Notices mirrored (structure and plain wording style only) from the papers a Hoosier Care Connect health plan sends
about a member's care, every one addressed to an authorised representative (a daughter, a spouse, a son, a brother
who is legal guardian). Hoosier Care Connect (Indiana's Medicaid managed care programme for members who are aged,
blind or disabled and do not have Medicare), the Indiana Family and Social Services Administration (FSSA) and its
Office of Hearings and Appeals, the 12-digit Member ID (RID) shape, CPT/CDT/HCPCS and CARC 242 appear as
themselves; the plan (Sycamore Ford Health Plan of Indiana), its 60-day appeal, 72-hour expedited appeal, 10-day
continuation and 120-day fair hearing limits as written here, and every provider, agency, clinician, reviewer,
advocate, member, representative, number and address are invented.

Documents (8 in 7 files):
- faxstd_noabd_form_home_therapy_clinic_setting_to_daughter: a notice of adverse benefit determination form on a
  standard fax to a daughter: more physical therapy at home refused because the clinic can give it (level_of_care);
  the earlier approved span, the request received date, the date mailed and the DOB as decoys.
- born_digital_claims_statement_five_rows_kentucky_urgent_care_242: a landscape claims statement to a spouse with
  five claims, one claim number a row, two rows running over two lines, a totals row; the Kentucky urgent care
  claim is refused CARC 242 (out_of_network).
- photocopy_eob_claim_blocks_dental_crown_asked_first: a photocopied EOB whose claim numbers head blocks of lines;
  the dental crown block pays 0.00 with a reason that never names its type ("we pay for a crown only after the
  office asks us first"): prior_authorization, inferred.
- phone_es_visitas_de_enfermeria_despues_de_fin_de_cobertura: a photographed Spanish letter to a son on home
  nursing visits after Hoosier Care Connect coverage ended (eligibility); the agency only in a sentence.
- rotated_speech_therapy_approval_ten_of_twelve: an approval of 10 of 12 speech therapy visits, said kindly, fed
  sideways (read as a partial denial; `other` accepted).
- lowres_late_claim_letter_to_guardian_brother: a 150 dpi letter to a brother who is legal guardian on a doctor's
  claim "on or about" a date received after 180 days (timely_filing); the doctor only in a sentence.
- clean_stack_cover_pending_letter_then_advocate_letter_upside_down: a cover sheet, a claim acknowledgement (still
  pending, denies nothing) and, upside down, a legal aid advocate's letter quoting an earlier denial (denies
  nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "indiana_hoosier_care_connect_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354104
INS = "Sycamore Ford Health Plan of Indiana"
ALT = ["Sycamore Ford Health Plan", "Sycamore Ford"]
PROG = "Hoosier Care Connect"
IN_CITIES = [("Indianapolis", "46204"), ("Muncie", "47305"), ("Terre Haute", "47807"), ("Kokomo", "46901"),
             ("Evansville", "47708"), ("Lafayette", "47901")]


def rid(rng):
    return digits(rng, 12)


def claim_no(rng):
    return "26" + digits(rng, 11)


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1948, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def in_addr(rng):
    c, z = rng.choice(IN_CITIES)
    return [f"{rng.randint(100, 9800)} {rng.choice(['E Washington St', 'Kessler Blvd', 'N Meridian St', 'Shadeland Ave', 'W Jackson St'])}",
            f"{c} IN {z}"]


def head(p, rng, unit="Member Services"):
    p.logo_head(INS, "SF", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Indianapolis IN 46206-{digits(rng, 4)}  |  "
                            f"{phone(rng)}  |  TTY 711", f"A {PROG} health plan"], size=13)


def rights(p, size=8.6, days=60, es=False):
    if es:
        p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
        p.para(f"Usted o su representante puede pedir una apelación dentro de {days} días a partir de la fecha de esta "
               "carta. Si su salud está en peligro, pida una apelación rápida; la decidimos en 72 horas. Después de "
               "nuestra decisión, puede pedir una audiencia imparcial estatal a la Oficina de Audiencias y "
               "Apelaciones de FSSA dentro de 120 días.", size)
        return
    p.bar("YOUR RIGHT TO APPEAL", 9.2)
    p.para(f"You or your representative may ask us for an appeal within {days} days of the date of this notice. "
           "If waiting could seriously harm the member's health, ask for an expedited appeal; we decide those within "
           "72 hours. To keep getting a service we had approved while the appeal is decided, ask within 10 days. "
           "After our appeal decision you may ask the FSSA Office of Hearings and Appeals for a State Fair Hearing "
           "within 120 days of that decision.", size)


def faxstd_noabd(rng):
    member, dau, pt_, doc, md = people(rng, 5)
    m = rid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    rec = plus(nd, -rng.randint(5, 9))
    a0, a1 = plus(nd, -70), plus(nd, -8)
    f0 = plus(nd, rng.randint(3, 6))
    f1 = plus(f0, 41)
    req = f"UM-26-{digits(rng, 7)}"
    clinic = "Pleasant Run Physical Therapy"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SFHP UTIL MGMT  {phone(rng, '317')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", f"{PROG}  |  Form SF-NABD-3 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF THIS NOTICE", fdate(nd, "slash")), ("2. DATE MAILED", fdate(plus(nd, 1), "slash")),
                 ("3. REQUEST NO.", req)], [W / 3] * 3)
    p.form_band([("4. SENT TO (AUTHORIZED REPRESENTATIVE)", f"{dau} (daughter)"), ("5. MEMBER NAME", member)],
                [W / 2] * 2)
    p.form_band([("6. MEMBER ID (RID)", m), ("7. DATE OF BIRTH", fdate(dob(rng), "slash")),
                 ("8. REQUEST RECEIVED", fdate(rec, "slash"))], [W / 3] * 3)
    p.form_band([("9. REQUESTING PROVIDER", clinic), ("10. THERAPIST", pt_), ("11. ORDERED BY", f"Dr. {doc}")],
                [W * 0.42, W * 0.29, W * 0.29])
    p.form_band([("12. SERVICE ASKED FOR", "Home PT visits (S9131) x 12"), ("13. PLANNED FROM", fdate(f0, "slash")),
                 ("14. PLANNED TO", fdate(f1, "slash"))], [W * 0.5, W * 0.25, W * 0.25])
    p.form_band([("15. APPROVED BEFORE (CLINIC PT)", f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}"),
                 ("16. DECISION", "DENIED")], [W * 0.6, W * 0.4])
    p.ln(3)
    p.f(9.4, "B")
    p.cell(0, 5, f"Dear {dau}:", new_x="LMARGIN", new_y="NEXT")
    p.para(f"{clinic} asked us to approve 12 physical therapy visits in your mother's home. We are not approving "
           "therapy at home. The clinic's own notes say she rides with you to her visits there each week and walks "
           "in with her cane. Therapy at home is for members who cannot leave home without great effort. She can "
           "keep getting the same therapy at the clinic, and we will approve clinic visits if the clinic asks.", 9)
    p.para(f"Dr. {md}, a medical director, reviewed this request. You may ask for the papers we used, free of "
           "charge.", 9)
    rights(p, 8.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=None, member_id=m, member_name=member,
              cases=[req], service_dates=[f"{f0.isoformat()}/{f1.isoformat()}"], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [pt_], "service_dates": [[f0.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def born_statement(rng):
    member, wife, pcp, np_, lab_dr, uc_doc = people(rng, 6)
    m = rid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    dts = sorted(plus(sd, -rng.randint(14, 60)) for _ in range(5))
    nos = [claim_no(rng) for _ in range(5)]
    uc = "Riverport Urgent Care - Jeffersonville Road"
    rows_spec = [
        ("Whitewater Family Medicine", f"Dr. {pcp}", "99214", "Office visit, established", 165, 240, True),
        ("Whitewater Family Medicine", f"{np_}, NP", "G0439", "Annual wellness visit", 180, 260, True),
        ("Monon Trail Clinical Lab", f"Dr. {lab_dr}", "80053", "Metabolic panel", 40, 75, True),
        ("Riverport Urgent Care, Louisville KY", f"Dr. {uc_doc}", "99204", "Urgent care visit, new patient", 210, 320,
         False),
        ("Eagle Creek Pharmacy Services", "-", "J1100", "Injection, dexamethasone", 25, 60, True)]
    order = [0, 2, 3, 1, 4]
    rows, info = [], None
    tb = tp = 0.0
    for k, (i, d, n) in enumerate(zip(order, dts, nos)):
        bill, rend, code, desc, lo, hi, paid = rows_spec[i]
        b = amount(rng, lo, hi)
        pd = round(b * 0.55, 2) if paid else 0.0
        tb += b
        tp += pd
        note = "A1" if paid else "242"
        two = {"Riverport Urgent Care, Louisville KY": ("Louisville KY (out of state)", "sore throat, 3 days"),
               "Monon Trail Clinical Lab": ("reference lab, Carmel IN", "(comprehensive)")}.get(bill)
        name = bill.split(", ")[0]
        rows.append([n, name, rend, fdate(d, "slash"), fdate(d, "slash"), code, desc, money(b, "nosign"),
                     money(pd, "nosign"), note])
        if two:
            rows.append(["", two[0], "", "", "", "", two[1], "", "", ""])
        if not paid:
            info = (n, d, b, uc_doc)
    rows.append(["TOTALS", "", "", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), ""])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    head(p, rng, "Member Services")
    p.title_bar("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL", f"{PROG}  |  SF-MCS-2")
    p.addr_pair("Mailed to (authorized representative)", [wife, *in_addr(rng)],
                "About", [f"Member: {member}", f"Member ID (RID): {m}", f"Date of birth: {fdate(dob(rng), 'slash')}"])
    p.capstrip([("STATEMENT DATE", fdate(sd, "long")), ("CLAIMS PROCESSED", f"{fdate(plus(sd, -45), 'slash')} to "
                f"{fdate(plus(sd, -3), 'slash')}"), ("PROGRAM", PROG), ("BENEFIT YEAR", "01/01/2026 - 12/31/2026")])
    p.ln(3)
    p.table(["Claim number", "Billing provider", "Rendering", "From", "To", "Code", "Service", "Billed", "Plan paid",
             "Note"], rows, [30, 52, 38, 20, 20, 14, 46, 18, 18, 11.9], size=7.6,
            aligns=["L"] * 7 + ["R", "R", "C"], bold_last=True)
    n, d, b, doc = info
    p.para("**Notes.** A1: paid under your plan; the member owes nothing. 242 (services not provided by network or "
           f"primary care providers): {uc} is in Kentucky and is not enrolled with Indiana Medicaid or in our "
           f"network. {PROG} pays out-of-state providers only for emergencies or with our approval ahead of time, "
           "and the visit notes describe a sore throat of three days, not an emergency. The Kentucky clinic may "
           "not bill the member if it told you nothing before the visit; call us if it does.", 8.4)
    p.para("If you disagree with a claim decision on this statement, you may appeal within 60 days of the date of "
           "this statement. Expedited appeals: 72 hours. State Fair Hearing (FSSA Office of Hearings and Appeals): "
           f"within 120 days of our appeal decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider="Riverport Urgent Care",
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_blocks(rng):
    member, husband, pcp, dds, lab_dr = people(rng, 5)
    m = rid(rng)
    sd = dt.date(2026, 3, rng.randint(9, 26))
    v1, v2, v3 = plus(sd, -rng.randint(40, 50)), plus(sd, -rng.randint(30, 38)), plus(sd, -rng.randint(18, 26))
    nos = [claim_no(rng) for _ in range(3)]
    dent = "Broad Ripple Dental Group"
    blocks = [
        (nos[0], "Castleton Primary Care", f"Dr. {pcp}", v1,
         [("99213", "Office visit", amount(rng, 120, 180), True), ("36415", "Blood draw", amount(rng, 12, 25), True)]),
        (nos[1], dent, f"Dr. {dds}", v2,
         [("D2740", "Crown, porcelain, tooth 30", amount(rng, 980, 1300), False),
          ("D2950", "Core buildup, tooth 30", amount(rng, 210, 300), False)]),
        (nos[2], "Monon Trail Clinical Lab", f"Dr. {lab_dr}", v3,
         [("85025", "Blood count (CBC)", amount(rng, 25, 45), True), ("83036", "Hemoglobin A1c", amount(rng, 30, 55), True)])]
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", f"{PROG}  |  SF-EOB-5 (rev. 01/2026)")
    p.addr_pair("Mailed to (authorized representative)", [husband, *in_addr(rng)],
                "Member", [member, f"Member ID (RID) {m}", f"Issued {fdate(sd, 'abbr')}"])
    W = p.w - p.l_margin - p.r_margin
    widths = [22, 68, 28, 26, 20, W - 164]
    info = None
    for n, prov, rend, v, lines in blocks:
        p.set_fill_color(225, 225, 225)
        p.f(8.6, "B")
        p.cell(0, 6, f" CLAIM {n}   |   {prov}   |   {rend}   |   Received {fdate(plus(v, rng.randint(4, 9)), 'slash')}",
               border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(255, 255, 255)
        rows = []
        tot = 0.0
        for code, desc, b, paid in lines:
            tot += b
            rows.append([code, desc, fdate(v, "slash"), money(b, "nosign"), money(round(b * 0.6, 2) if paid else 0, "nosign"),
                         "A1" if paid else "P1"])
        rows.append(["", "Claim total", "", money(tot, "nosign"), "", ""])
        p.table(["Code", "Service", "Date", "Billed", "Paid", "Code"], rows, widths, size=8.2, head_h=6, row_h=5.2,
                aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
        if not lines[0][3]:
            info = (n, v, round(tot, 2))
    n, v, tot = info
    p.para("**What the codes mean.** A1: paid; nothing is owed. P1: we pay for a crown and the buildup under it only "
           "after the dental office asks us first and we say yes. We have no such request from this office for "
           "tooth 30. The office may ask us now, with the X-rays; it may not bill the member for these lines.", 8.8)
    p.para("You may appeal a claim decision within 60 days of the date of this notice. Expedited appeals are decided "
           "within 72 hours. State Fair Hearing: within 120 days of our appeal decision. "
           f"Dental questions: {phone(rng)} (TTY 711).", 8.6)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=dent,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [dds]},
              denial_alternates=["not_covered"])
    return out(p), t


def phone_es(rng):
    member, son, nurse, sig = people(rng, 4)
    m = rid(rng)
    end = dt.date(2026, 5, 31)
    a, b_ = dt.date(2026, 6, 2), dt.date(2026, 6, 9)
    rec = plus(b_, rng.randint(10, 20))
    nd = plus(rec, rng.randint(8, 14))
    n = claim_no(rng)
    b = amount(rng, 640, 980)
    agency = "Sugar Creek Home Nursing"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [son, *in_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Miembro", member), ("Número de miembro (RID)", m), ("Reclamo", n)], label_w=50, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {son}:", 10)
    p.para(f"Le escribimos como representante autorizado de su madre. La agencia {agency} nos envió un reclamo por "
           f"{money(b)} por las visitas de enfermería en casa que la enfermera {nurse} le hizo a su madre desde el "
           f"{fdate(a, 'long', 'es')} hasta el {fdate(b_, 'long', 'es')}. Recibimos el reclamo el "
           f"{fdate(rec, 'dmy', 'es')}.", 10)
    p.para(f"La cobertura de su madre con {PROG} terminó el {fdate(end, 'long', 'es')}, porque la renovación de su "
           "Medicaid no se completó a tiempo. Solo podemos pagar los servicios que se dan mientras la cobertura está "
           "activa. Por eso no pagamos este reclamo. Si la Administración de Servicios Sociales y Familiares de "
           "Indiana (FSSA) restablece la cobertura para esas fechas, llámenos y volveremos a revisarlo.", 10)
    rights(p, 9.4, es=True)
    p.para(f"Llame al {phone(rng)} (TTY 711).\n\nAtentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{b_.isoformat()}"], denial_date=nd.isoformat(),
              provider=agency, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [nurse], "service_dates": [[a.isoformat(), b_.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, rep, slp, doc, sig = people(rng, 5)
    m = rid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    rec = plus(nd, -rng.randint(4, 8))
    f0 = plus(nd, 5)
    f1 = plus(f0, 55)
    auth = f"PA{digits(rng, 9)}"
    clinic = "Tippecanoe Speech and Swallowing Center"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [rep, *in_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Re: member", member), ("Member ID (RID)", m), ("Authorization number", auth),
                   ("Request received", fdate(rec, "slash"))], label_w=50)
    p.para(f"Dear {rep}:", 10)
    p.para(f"Good news: we approved speech therapy for {member}. {clinic} asked for 12 visits from "
           f"{fdate(f0, 'long')} through {fdate(f1, 'long')}, after the stroke that Dr. {doc} is treating. "
           f"We approved 10 visits for those dates, with {slp} as the therapist.", 10)
    p.para("We know every visit matters. The therapy plan sets the goals to be met by the eighth week, and ten "
           "visits cover those weeks at the schedule the clinic described; the last two visits it asked for fall "
           "after the goals are to be met. If more visits are needed then, the clinic can ask us again and send "
           "the progress notes. We will not need a new referral.", 10)
    p.para("If you disagree with the number of visits we approved, you may ask for an appeal within 60 days of the "
           "date of this notice, or an expedited appeal decided within 72 hours. After our appeal decision you may "
           "ask the FSSA Office of Hearings and Appeals for a State Fair Hearing within 120 days.", 9.6)
    p.para(f"Sincerely,\n{sig}\nCare Management, {INS}\n{phone(rng)} (TTY 711)", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{f0.isoformat()}/{f1.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [slp], "service_dates": [[f0.isoformat()], []]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


def lowres_late(rng):
    member, bro, doc, exa, md = people(rng, 5)
    m = rid(rng)
    v = dt.date(2026, 3, 3)
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(6, 12))
    n = claim_no(rng)
    b = amount(rng, 180, 320)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [bro, *in_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: your sister {member}, Member ID (RID) {m}, claim {n}", 10)
    p.para(f"Dear {bro}:", 10)
    p.para(f"You are your sister's legal guardian, so we are writing to you. Dr. {doc}'s office sent us a claim for "
           f"{money(b)} for the visit your sister had there on or about {fdate(v, 'long')}, when the doctor "
           "checked her seizure medicine. We received the claim on "
           f"{fdate(rec, 'slash')}.", 10)
    p.para("Providers must send us a claim within 180 days of the visit. This one came later than that, so we did "
           f"not pay it. {exa}, a claims examiner, checked whether the office had sent it earlier, and Dr. {md}, our "
           "medical director, confirmed the visit itself was needed; the only problem is the late date. Because "
           "the office is in our network, it may not bill your sister for this visit.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. Expedited appeals are "
           "decided within 72 hours. After our appeal decision you may ask for a State Fair Hearing within 120 days. "
           f"Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def clean_stack(rng):
    member, rep, doc, sig = people(rng, 4)
    m = rid(rng)
    v = dt.date(2026, 4, rng.randint(6, 20))
    rec = plus(v, rng.randint(8, 14))
    ld = plus(rec, rng.randint(9, 15))
    n = claim_no(rng)
    b = amount(rng, 1150, 1900)
    img = "Geist Lake Imaging Center"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(ld, "long"), 10)
    for ln in [rep, *in_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}  |  Member ID (RID) {m}  |  Claim {n}", 10)
    p.para(f"Dear {rep}:", 10)
    p.para(f"We are letting you know that we received, on {fdate(rec, 'long')}, the claim {img} sent us for the "
           f"MRI of your wife's knee on {fdate(v, 'long')}, which Dr. {doc} ordered. The claim is for {money(b)}.", 10)
    p.para("We have not made a decision yet. We asked the imaging center for a copy of the doctor's order, and we "
           f"expect to decide within 30 days, by {fdate(plus(ld, 30), 'long')}. You do not need to do anything now, "
           "and this is not a bill. We will write to you again when the claim is decided, and if we do not pay "
           "it, that letter will explain how to appeal.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{phone(rng)} (TTY 711)", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
                         service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=img,
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]]}))
    member2, adv, sup, sig2 = people(rng, 4)
    m2_ = rid(rng)
    old = dt.date(2026, 5, rng.randint(4, 15))
    ad = plus(old, rng.randint(12, 20))
    ref = f"UM-26-{digits(rng, 7)}"
    supplier = "Crossroads Mobility Supply"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    q.logo_head("Tecumseh Legal Aid Clinic", "TLA", [f"Disability and Benefits Project  |  {rng.randint(100, 900)} "
                f"N Pennsylvania St, Indianapolis IN 46204  |  {phone(rng, '317')}"], size=12)
    q.para(fdate(ad, "long"), 10)
    q.para(f"Appeals Unit\n{INS}\nPO Box {rng.randint(1200, 9800)}, Indianapolis IN 46206", 10)
    q.ln(2)
    q.para(f"Re: {member2}, Member ID (RID) {m2_}; your notice {ref} dated {fdate(old, 'slash')}", 10, )
    q.para("To the Appeals Unit:", 10)
    q.para(f"I represent {member2} with her written consent, which is enclosed. Your notice of "
           f"{fdate(old, 'long')} said: \"We are not approving the new motor and batteries for the power wheelchair "
           f"that {supplier} asked for. The records do not show that the chair cannot be repaired another way.\" "
           "The notice gave 60 days to appeal.", 10)
    q.para(f"We ask that you look at this again before we file an appeal. {sup}, the supplier's technician, wrote on "
           "the enclosed report that the motor is burned out and that no repair part is made for it. Without the "
           "chair she cannot get to her dialysis visits three times a week. Please call me to talk about this.", 10)
    q.para(f"Sincerely,\n{adv}\nStaff attorney", 10)
    d_b = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=member2, cases=[ref],
                         denial_date=ad.isoformat(), provider=supplier, unscored=["insurer"],
                         alternates={"case_numbers": [[]], "provider": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_noabd_form_home_therapy_clinic_setting_to_daughter", "fax_standard_g4", [faxstd_noabd(rng)]),
        Item(F + "born_digital_claims_statement_five_rows_kentucky_urgent_care_242", "born_digital",
             [born_statement(rng)]),
        Item(F + "photocopy_eob_claim_blocks_dental_crown_asked_first", "photocopy", [photocopy_blocks(rng)]),
        Item(F + "phone_es_visitas_de_enfermeria_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_speech_therapy_approval_ten_of_twelve", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_late_claim_letter_to_guardian_brother", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_cover_pending_letter_then_advocate_letter_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
