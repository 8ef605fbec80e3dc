"""Notices mirrored (structure and wording style only) from MassHealth CommonHealth, Massachusetts' coverage for
children and working adults with disabilities: the Massachusetts Executive Office of Health and Human Services
(EOHHS), MassHealth, CommonHealth and its monthly premium, the Board of Hearings and CPT/HCPCS/CARC codes appear as
themselves; the managed care plan (Wendemere Commons Health Plan), its rules and time limits, every clinic, hospital,
supplier, doctor, therapist, caseworker, reviewer, member, parent, guardian, number and address are invented.
Letters go to a parent, guardian, spouse or authorised representative; the member is the child or adult named as
patient / enrollee. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_eeg_other_insurance_first: a landscape EOB addressed to a parent: three claims for the child
  (clinic visit, therapy, a hospital's two-day ambulatory EEG with From / To columns), the EEG claim paid 0.00 under
  CARC 22 (the parent's job-based plan pays first; `other`); DOB, plan year, NPIs, other ICNs as decoys.
- faxstd_nabd_form_ot_sessions_no_approval: a notice of adverse benefit determination form on a standard fax, small
  captions beside boxes ("MBR #", "DOS", "AMT BILLED", "REF NO."), OT sessions past the visits allowed without
  approval (`prior_authorization`); the relation shown only by layout (addressee vs "MBR NAME").
- photocopy_claim_form_stander_rental_late: a photocopied claim determination form to an authorised representative,
  a supplier's claim received after the plan's 90-day limit (`timely_filing`).
- phone_es_visita_antes_de_cobertura: a photographed Spanish letter to a mother: her son's visit came before his
  CommonHealth coverage began (`eligibility`).
- rotated_eohhs_commonhealth_approval_premium: an EOHHS CommonHealth approval with a premium table, fed sideways
  (denies nothing).
- lowres_rehab_days_skilled_nursing_instead: a 150 dpi letter to a wife about her husband: acute rehab days refused,
  a skilled nursing facility would do (`level_of_care`); the doctor only in a sentence.
- faxstd_stack_cover_seat_elevator_form_then_nh_clinic_letter_sideways: a fax cover, a caption form refusing a
  power seat elevator as not needed (`medical_necessity`), then (sideways) a letter on a New Hampshire clinic outside
  the network (`out_of_network`).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdte import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "massachusetts_masshealth_commonhealth_notice_of_denial"
LANG = "en"
SEED = 353504
INS = "Wendemere Commons Health Plan"
ALT = ["Wendemere Commons"]
EOHHS = "Massachusetts Executive Office of Health and Human Services"
EOHHS_ALT = ["MassHealth", "EOHHS", "Executive Office of Health and Human Services"]
MA_CITIES = [("Worcester", "01603"), ("Lowell", "01852"), ("Fitchburg", "01420"), ("Pittsfield", "01201"),
             ("Brockton", "02301"), ("Holyoke", "01040")]


def mh_id(rng):
    return "1" + digits(rng, 11)


def icn(rng):
    return "26" + digits(rng, 11)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo, hi):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def ma_addr(rng):
    city, z = rng.choice(MA_CITIES)
    return [f"{rng.randint(12, 980)} {rng.choice(['Prospect St', 'Elm Ter', 'Chandler St', 'Pleasant St', 'Lincoln Ave'])}",
            f"{city} MA {z}"]


def kin(child, parent):
    """The child keeps a first name and initial of its own and takes the parent's last name."""
    return " ".join(child.split()[:2] + parent.split()[-1:])


def _head(p: DTSheet, rng, unit="Member Services"):
    p.logo_head(INS, "WCHP", [f"A MassHealth plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Worcester MA "
                              f"01613  |  {phone(rng)}  |  TTY 711"], size=13)


def bd_eob(rng):
    child, parent, ped, pt, neuro = people(rng, 5)
    child = kin(child, parent)
    mid = mh_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    d1, d2, d3 = plus(sd, -rng.randint(50, 60)), plus(sd, -rng.randint(40, 48)), plus(sd, -rng.randint(26, 36))
    n1, n2, n3 = icn(rng), icn(rng), icn(rng)

    def paid(a, b, code, desc, lo, hi):
        bl = amount(rng, lo, hi)
        al = round(bl * rng.uniform(0.5, 0.7), 2)
        return [fdate(a, "slash"), fdate(b, "slash"), code, desc, bl, al, al, 0.0, "PD"]

    e1, e2 = amount(rng, 380, 620), amount(rng, 1100, 1700)
    eeg = [[fdate(d3, "slash"), fdate(d3, "slash"), "95700", "EEG set-up, ambulatory", e1, 0.0, 0.0, 0.0, "OP"],
           [fdate(d3, "slash"), fdate(plus(d3, 2), "slash"), "95708", "Ambul. EEG, 2 days", e2, 0.0, 0.0,
            0.0, "OP"]]
    claims = [{"first": [n1, "Brookfield Ridge Pediatrics", f"Dr. {ped}"],
               "lines": [paid(d1, d1, "99214", "Office visit", 210, 290), paid(d1, d1, "96110", "Developmental screen",
                                                                                40, 70)]},
              {"first": [n2, "Nashoba Tern Pediatric Therapy", pt],
               "lines": [paid(d2, d2, "97530", "Therapeutic activities", 150, 210),
                         paid(d2, d2, "97110", "Therapeutic exercise", 110, 160)]},
              {"first": [n3, "Saltmarsh Children's Hospital", f"Dr. {neuro}"], "lines": eeg}]
    billed = round(e1 + e2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.addressee_for([parent, *ma_addr(rng)], "About the care of",
                    [("Patient", child), ("MassHealth ID", mid), ("Coverage type", "CommonHealth"),
                     ("Date of this statement", fdate(sd, "long"))])
    p.capstrip([("Date of birth", fdate(dob(rng, 2013, 2019), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Head of household", parent), ("Other insurance on file", "Yes - see note OP"),
                ("Printed", fdate(plus(sd, -1), "slash"))], [38, 58, 62, 62, 37])
    p.ln(3)
    p.claims_table(["Claim no.", "Provider", "Rendering / ordering", "From", "To", "Code", "Service", "Billed",
                    "Allowed", "Plan paid", "You owe", "Note"], claims,
                   [27, 44, 32, 18, 18, 12, 34, 17, 17, 17, 15, 8], size=7.3)
    p.para("**Notes.** PD: paid; MassHealth members do not owe for covered services. OP (CARC 22): our records show "
           f"that {child} is also covered by a job-based health plan through a parent. That plan must be billed "
           "first; MassHealth and our plan pay only what is left. Saltmarsh Children's Hospital has been told to "
           "send the EEG bill to the other plan and then to us with that plan's statement. Hospital NPI "
           f"{digits(rng, 10)}.", 8.2)
    p.para("**If you disagree.** You may ask us for an internal appeal within 60 days of the date of this statement. "
           "Fast appeals are decided within 72 hours. If we keep our decision you may ask the MassHealth Board of "
           "Hearings for a fair hearing within 120 days of our appeal decision.", 8.2)
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=child, cases=[n3], claim_amount=m2(billed),
              service_dates=[span(d3, plus(d3, 2))], denial_date=sd.isoformat(), provider=neuro,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Saltmarsh Children's Hospital"],
                          "service_dates": [[d3.isoformat(), plus(d3, 2).isoformat()], [d3.isoformat()]]})
    return out(p), t


def faxstd_nabd(rng):
    child, parent, ot, ped, coord, rev = people(rng, 6)
    child = kin(child, parent)
    mid = mh_id(rng)
    a = dt.date(2026, 3, rng.randint(2, 6))
    b = plus(a, rng.randint(21, 26))
    nd = plus(b, rng.randint(18, 30))
    rec = plus(b, rng.randint(6, 12))
    ref = f"UM26-{digits(rng, 6)}"
    clm = icn(rng)
    n_sess = rng.randint(7, 9)
    per = amount(rng, 150, 190)
    billed = round(per * n_sess, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  WCHP UTIL MGMT  {phone(rng, '508')}  P.{{n}}"
    p = DTSheet(footer="WCHP-NABD-1 (rev. 09/2025)    Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.line("MassHealth CommonHealth member", 8, align="C")
    p.ln(2)
    for ln in [parent, *ma_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.side_boxes([("NOTICE DATE", fdate(nd, "slash"), 24, 34), ("REF NO.", ref, 16, 34),
                  ("CLAIM #", clm, 16, 34)])
    p.side_boxes([("MBR NAME", child, 24, 60), ("MBR #", mid, 14, 44)])
    p.side_boxes([("DOB", fdate(dob(rng, 2012, 2018), "slash"), 24, 26),
                  ("DOS", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", 10, 50),
                  ("AMT BILLED", money(billed), 20, 26)])
    p.side_boxes([("RENDERING PROV.", ot, 24, 52), ("FACILITY", "Nashoba Tern Pediatric Therapy", 16, 62)])
    p.side_boxes([("ORDERED BY", f"Dr. {ped}", 24, 52), ("REQ. RECVD", fdate(rec, "slash"), 16, 30)])
    p.ln(2)
    p.checks("Decision", [(False, "Approved"), (False, "Approved in part"), (True, "Denied"),
                          (False, "Reduced / stopped")], cols=4)
    p.section("1", "What we decided and why")
    p.para(f"We will not pay for {n_sess} occupational therapy (OT) visits (97530, 97535) given on the dates of "
           "service shown above. The first 20 OT visits in a plan year do not need our approval. After that the "
           "therapist must ask us before the visits are given. These visits were past the first 20, and no "
           "request for them reached us until after they were given. The therapy practice is in our network and "
           "may not bill the member for them.", 9.2)
    p.section("2", "What you can do")
    p.para("You may ask for an internal appeal within 60 days of the date of this notice. If waiting could "
           "seriously harm the member's health, ask for a fast appeal; we decide fast appeals within 72 hours. To "
           "keep getting services during your appeal, ask within 10 days. After our appeal decision you may ask the "
           "MassHealth Board of Hearings for a fair hearing within 120 days.", 9.2)
    p.para(f"Reviewed by {rev}, Utilization Management. The member's service coordinator ({coord}) has a copy. "
           f"Questions: {phone(rng)} (TTY 711).", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child,
              cases=[ref, clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=ot, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Nashoba Tern Pediatric Therapy"],
                          "case_numbers": [[ref], [clm]], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def photocopy_late(rng):
    mem, rep, md, sig = people(rng, 4)
    mid = mh_id(rng)
    dos = dt.date(2026, 1, rng.randint(5, 16))
    rec = plus(dos, rng.randint(104, 118))
    nd = plus(rec, rng.randint(6, 12))
    clm = icn(rng)
    ref = f"CD-{digits(rng, 7)}"
    r1, r2 = amount(rng, 420, 640), amount(rng, 60, 120)
    billed = round(r1 + r2, 2)
    p = DTSheet(footer="WCHP-CD-3 (rev. 11/2025)    Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DETERMINATION", 12.5, "B", align="C")
    p.ln(2)
    p.addressee_for([rep, "Authorized representative", *ma_addr(rng)], "Enrollee",
                    [("Name", mem), ("MBR #", mid), ("Coverage", "MassHealth CommonHealth (working adult)")])
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "short")), ("REF NO.", ref), ("ICN", clm), ("RECD", fdate(rec, "short"))],
                [34, 44, 50, W - 128], num=False)
    p.form_band([("BILLING PROV.", "Blue Hill Mobility Supply"), ("ORDERING MD", f"Dr. {md}"),
                 ("DOS", fdate(dos, "short"))], [70, 60, W - 130], num=False)
    p.form_band([("AMT BILLED", money(billed)), ("AMT PAID", "$0.00"), ("CARC", "29"), ("DECISION", "DENIED")],
                [40, 40, 30, W - 110], num=False)
    p.ln(3)
    p.table(["DOS", "HCPCS", "ITEM", "BILLED", "STATUS"],
            [[fdate(dos, "short"), "E0642", "Standing frame, rental month 1", money(r1, "nosign"), "DENIED 29"],
             [fdate(dos, "short"), "E0954", "Seat belt / strap", money(r2, "nosign"), "DENIED 29"],
             ["", "", "TOTAL", money(billed, "nosign"), ""]],
            [24, 20, 78, 26, W - 148], size=8.4, aligns=["L", "L", "L", "R", "L"], bold_last=True)
    p.para("CARC 29: the time limit for filing has expired. Our contract gives in-network suppliers 90 days from "
           "the date of service to send a claim. This claim reached us after that (compare RECD and DOS). Because "
           "the supplier sent it late, the supplier may not bill the enrollee.", 9)
    p.para("The enrollee or representative may ask for an internal appeal within 60 days of the notice date. "
           "Board of Hearings: within 120 days of our appeal decision.", 9)
    p.para(f"{sig}, Claims Review  |  {phone(rng)}  |  TTY 711", 8.4)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=mem, cases=[clm, ref],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider="Blue Hill Mobility Supply", appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [md], "case_numbers": [[clm], [ref]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    child, mother, neuro, sig = people(rng, 4)
    child = kin(child, mother)
    mid = mh_id(rng)
    v = dt.date(2026, 3, rng.randint(2, 10))
    start = plus(v, rng.randint(9, 16))
    nd = plus(start, rng.randint(20, 30))
    clm = icn(rng)
    billed = amount(rng, 320, 560)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *ma_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Número de MassHealth de su hijo: {mid}", 9.6)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Le escribimos sobre su hijo, {child}. La visita que tuvo su hijo el {fdate(v, 'long', 'es')} con el "
           f"Dr. {neuro} en Harrow Lane Pediatric Neurology nos llegó como el reclamo {clm}, por {money(billed)}.",
           10)
    p.para(f"No podemos pagar esta visita. La cobertura de CommonHealth de su hijo con nuestro plan comenzó el "
           f"{fdate(start, 'long', 'es')}. El día de la visita todavía no estaba cubierto por nuestro plan, así "
           "que no hay beneficios para esa fecha. Si usted cree que la fecha de inicio está equivocada, llame a "
           "MassHealth.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedirnos una apelación dentro de 60 días a partir de la fecha de esta carta. Las apelaciones "
           "rápidas se deciden en 72 horas. Después de nuestra decisión puede pedir una audiencia imparcial a la "
           f"Junta de Audiencias de MassHealth dentro de 120 días. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Harrow Lane Pediatric Neurology"]})
    return out(p), t


def rotated_approval(rng):
    child, parent = people(rng, 2)
    child = kin(child, parent)
    mid = mh_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    start = plus(nd, -rng.randint(8, 10))
    prem = [amount(rng, 12, 40) for _ in range(3)]
    p = DTSheet(footer="CH-APR (01/26)    Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.line("Commonwealth of Massachusetts", 9, "B")
    p.line(EOHHS, 11, "B")
    p.line(f"MassHealth  |  PO Box {rng.randint(4000, 9000)}, Chelsea MA 02150  |  {phone(rng)}  |  TTY 711", 8)
    p.rule(3)
    p.pairs([("Notice date", fdate(nd, "long")), ("Head of household", parent), ("Notice number",
                                                                                   f"N{digits(rng, 9)}")],
            label_w=40, size=9.4)
    p.ln(2)
    for ln in [parent, *ma_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("MassHealth has approved CommonHealth", 12)
    p.para(f"We have reviewed your application. The person listed below can get MassHealth CommonHealth starting "
           f"{fdate(start, 'long')}.", 10)
    p.table(["Name", "MassHealth ID", "Coverage type", "Start date"],
            [[child, mid, "CommonHealth", fdate(start, "slash")]], [56, 40, 40, 38], size=9)
    p.para("**Your premium.** CommonHealth has a monthly premium based on your household's income. Your first bill "
           "will come separately.", 9.6)
    p.table(["Household size", "Income as % of poverty level", "Monthly premium"],
            [["3", "250 - 300%", money(prem[0])], ["3", "300 - 350%", money(prem[1])],
             ["3", "350 - 400%", money(prem[2])]], [40, 80, 40], size=8.8)
    p.para("Your household is in the first row. You will also choose a health plan; until you do, you can see any "
           "MassHealth provider. If you disagree with this decision, you may ask for a fair hearing within 60 "
           "days of the date you got this notice.", 9.4)
    t = truth("other", None, insurer=EOHHS, member_id=mid, member_name=child, denial_date=nd.isoformat(),
              alternates={"insurer": EOHHS_ALT})
    return out(p), t


def lowres_rehab(rng):
    mem, wife, md, nurse, sig = people(rng, 5)
    wife = kin(wife, mem)
    mid = mh_id(rng)
    adm = dt.date(2026, 5, rng.randint(4, 12))
    ok_end = plus(adm, rng.randint(9, 12))
    c, d = plus(ok_end, 1), plus(ok_end, rng.randint(8, 12))
    nd = plus(ok_end, -1)
    req = f"CR-26-{digits(rng, 5)}"
    fac = "Wachusett Glen Rehabilitation Hospital"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [wife, *ma_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {wife}:", 10)
    p.para(f"We are writing about your husband, {mem} (MassHealth ID {mid}), because you are his authorized "
           "representative.", 10)
    p.para(f"Dr. {md} asked us to approve more days for your husband at {fac}, from {fdate(c, 'long')} through "
           f"{fdate(d, 'long')} (request {req}). We had already approved his stay there from "
           f"{fdate(adm, 'slash')} to {fdate(ok_end, 'slash')}.", 10)
    p.para("We did not approve the added days at the rehabilitation hospital. Your husband now needs about one hour "
           "of therapy a day and is walking with help. That care can be given safely in a skilled nursing "
           "facility, and that is the setting his plan covers for the next days. We have approved skilled nursing "
           f"care, and the nurse care manager, {nurse}, will help you choose a facility.", 10)
    p.para("You may ask for an internal appeal within 60 days of the date of this letter. Because he is still in "
           "the hospital, you may ask for a fast appeal, decided within 72 hours. After our appeal decision you "
           "may ask the Board of Hearings for a fair hearing.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=mem, cases=[req],
              service_dates=[span(c, d)], denial_date=nd.isoformat(), provider=md,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [fac]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_stack(rng):
    mem, guard, phys, pt, rev = people(rng, 5)
    mid = mh_id(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    plan_d = plus(nd, rng.randint(18, 30))
    rec = plus(nd, -rng.randint(8, 13))
    ref = f"UM26-{digits(rng, 6)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  WCHP UTIL MGMT  {phone(rng, '508')}  P.{{n}}"
    p = DTSheet(footer="WCHP-NABD-1 (rev. 09/2025)    Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.ln(2)
    for ln in [guard, "Guardian", *ma_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.side_boxes([("NOTICE DATE", fdate(nd, "slash"), 24, 34), ("REF NO.", ref, 16, 34),
                  ("REQ. RECVD", fdate(rec, "slash"), 20, 28)])
    p.side_boxes([("FOR", mem, 24, 60), ("MBR #", mid, 14, 44)])
    p.side_boxes([("ITEM", "E2300 power seat elevation", 24, 60), ("PLANNED", fdate(plan_d, "slash"), 16, 28)])
    p.side_boxes([("REQ. PROV.", f"Dr. {phys}", 24, 52), ("SITE", "Millbrook Seating & Mobility Clinic", 12, 70)])
    p.side_boxes([("PT EVAL BY", pt, 24, 52), ("REVIEWER", f"Dr. {rev}", 16, 50)])
    p.ln(2)
    p.checks("Decision", [(False, "Approved"), (True, "Denied"), (False, "Reduced")], cols=3)
    p.section("1", "Why we made this decision")
    p.para("We approved the power wheelchair itself. We did not approve the power seat elevator. The notes sent "
           "with the request show that the member transfers on the level and reaches what is needed from the "
           "chair as it is. The request does not show a medical need for raising the seat, so it is not "
           "medically necessary for the member.", 9.2)
    p.section("2", "Your rights")
    p.para("You may ask for an internal appeal within 60 days of the date of this notice. Fast appeals are "
           "decided within 72 hours. You may then ask the Board of Hearings for a fair hearing within 120 days.",
           9.2)
    d1 = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=mem,
                        cases=[ref], service_dates=[plan_d.isoformat()], denial_date=nd.isoformat(), provider=phys,
                        appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": ["Millbrook Seating & Mobility Clinic"],
                                    "service_dates": [[]]}))
    kid, mom, derm, sig = people(rng, 4)
    kid = kin(kid, mom)
    kid_id = mh_id(rng)
    v = dt.date(2026, 3, rng.randint(3, 12))
    nd2 = plus(v, rng.randint(40, 55))
    clm = icn(rng)
    billed = amount(rng, 260, 480)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 14, 22)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [mom, *ma_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("MassHealth ID", kid_id), ("Claim", clm), ("Visit", fdate(v, "slash"))], label_w=32, size=9.6)
    q.ln(2)
    q.para(f"Dear {mom}:", 10)
    q.para(f"Your daughter, {kid}, saw Dr. {derm} at Monadnock Pediatric Dermatology in Keene, New Hampshire on "
           f"{fdate(v, 'long')}. The practice billed us {money(billed)}.", 10)
    q.para("Monadnock Pediatric Dermatology is not in our network, and this was not an emergency. We pay providers "
           "outside our network only for emergencies or when we approve the visit ahead of time, and no approval "
           "was asked for. We will not pay this claim. The practice is not a MassHealth provider either.", 10)
    q.para("You may ask for an internal appeal within 60 days of the date of this letter. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=kid_id, member_name=kid,
                        cases=[clm], claim_amount=m2(billed), service_dates=[v.isoformat()],
                        denial_date=nd2.isoformat(), provider=derm, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": ["Monadnock Pediatric Dermatology"]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_eeg_other_insurance_first", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_nabd_form_ot_sessions_no_approval", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "photocopy_claim_form_stander_rental_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_visita_antes_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_eohhs_commonhealth_approval_premium", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_rehab_days_skilled_nursing_instead", "scan_lowres_150", [lowres_rehab(rng)]),
        Item(F + "faxstd_stack_cover_seat_elevator_form_then_nh_clinic_letter_sideways", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
