"""An invented commercial plan (Linnet Bay Health Insurance Company) deciding a hospice's (Bramblecroft Hospice and
Palliative Care) claims and requests and the attending physician's (Fenwater Palliative Physicians) home visits,
with its letters addressed to the member's spouse or authorised representative, never to the member. CPT / HCPCS /
revenue codes, CARC codes and Medicare as themselves; the plan, its rules and time limits, the hospice, the
physician group, every person, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_member_eob_to_spouse_attending_visit_bundled: a landscape member EOB on a standard fax sent to the spouse
  (captions "MBR #", "PT", "Sent to"), three claims with service dates split over "From" / "Thru" columns; the
  attending physician's home visit refused under CARC 97 (paid in the hospice's daily rate; coding_error).
- faxstd_caption_form_inpatient_hospice_days_routine_home_care: a concurrent review form with captions beside boxes,
  to the member's daughter (authorised representative): general inpatient hospice days "from .. through .." refused,
  routine home care approved (level_of_care); "Appeal by" printed as a date.
- photocopy_caption_form_continuous_care_claim_late: a photocopied claim notice form ("DOS", "AMT BILLED",
  "REF NO.") to the wife on continuous home care billed after the 90-day limit (timely_filing).
- phone_es_carta_esposo_cobertura_terminada: a photographed Spanish letter to the husband: hospice days after the
  coverage ended with the job (eligibility).
- rotated_hospice_election_approval_to_representative: an approval of hospice care, fed sideways (denies nothing).
- lowres_letter_custodial_night_nursing_exclusion_doctor_in_sentence: a 150 dpi letter; "Dr. ... asked us to approve"
  night-time private-duty aides, custodial care excluded (not_covered).
- finefax_stack_cover_medicare_first_then_respite_no_approval: a cover sheet, a letter sending the hospice's claim to
  Medicare first (other), and a respite stay at a nursing home with no approval asked (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtc import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "spouse_addressed_hospice_and_attending_physician_denial"
LANG = "en"
SEED = 353602
INS = "Linnet Bay Health Insurance Company"
ALT = ["Linnet Bay Health", "Linnet Bay"]
PLAN = "Linnet Bay Choice PPO 1500"
GROUP = "48021-7730"
HOS = "Bramblecroft Hospice and Palliative Care"
GRP = "Fenwater Palliative Physicians"


def lb_id(rng):
    return f"LBH{digits(rng, 9)}"


def claim_no(rng):
    return f"{rng.randint(2, 9)}{digits(rng, 3)}H{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def dob(rng):
    return dt.date(rng.randint(1938, 1962), rng.randint(1, 12), rng.randint(1, 28))


def couple(rng, n=0):
    """The member, the spouse (sharing the last name) and n decoy people."""
    ps = people(rng, n + 2)
    member, sp = ps[0], ps[1]
    sp = " ".join(sp.split()[:2] + [member.split()[-1]])
    return member, sp, ps[2:]


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Portland OR 972{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _rights(p: DTSheet, size=8.4, whose="this letter", by: dt.date | None = None):
    p.bar("IF YOU DISAGREE", 9)
    when = f"by {fdate(by, 'long')}" if by else f"within 180 days of the date of {whose}"
    p.para(f"You or the member's representative may appeal {when}. Send the appeal to Appeals, PO Box 4471, "
           "Portland OR 97208. If waiting could seriously harm the member, ask for an urgent appeal; we decide "
           "those within 72 hours. After our final decision you may ask for an external review within 4 months.",
           size)


def faxstd_eob(rng):
    member, sp, (att, hos_md, sw, pharm) = couple(rng, 4)
    mid = lb_id(rng)
    sd = dt.date(2026, rng.randint(3, 6), rng.randint(3, 24))
    h1 = plus(sd, -rng.randint(50, 60))
    h2 = plus(h1, 13)
    visit = plus(h1, rng.randint(3, 10))
    n_h, n_v, n_r = claim_no(rng), claim_no(rng), claim_no(rng)
    b_h, b_v, b_r = amount(rng, 2900, 3600), amount(rng, 240, 380), amount(rng, 40, 90)
    fax = (f"{plus(sd, 3).strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  FROM: {sp.upper()}  "
           f"{phone(rng, '503')}  P{{n}}")
    p = DTSheet(footer="Page {n} of {nb}", footer_left="LBH-EOB-7 (rev. 01/2026)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Sent to", f"{sp} (spouse)"), ("PT", member), ("MBR #", mid), ("GRP", GROUP),
                ("STMT DATE", fdate(sd, "slash"))], [60, 55, 42, 30, 48])
    p.capstrip([("PLAN", PLAN), ("PT DOB", fdate(dob(rng), "slash")), ("Hospice election", fdate(h1, "slash")),
                ("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,500.00 of $1,500.00")],
               [60, 35, 40, 55, 45])
    p.ln(3)
    rows = [[n_h, HOS, f"Dr. {hos_md}", fdate(h1, "slash"), fdate(h2, "slash"), "0651 RHC x14 days",
             money(b_h, "nosign"), money(round(b_h * 0.9, 2), "nosign"), "0.00", "1"],
            [n_v, GRP, f"Dr. {att}", fdate(visit, "slash"), fdate(visit, "slash"), "99349 Home visit",
             money(b_v, "nosign"), "0.00", "0.00", "97"],
            [n_r, "Rosehip Pharmacy", pharm, fdate(plus(h1, 1), "slash"), fdate(plus(h1, 1), "slash"),
             "Comfort kit (Rx)", money(b_r, "nosign"), money(b_r, "nosign"), "0.00", "1"]]
    p.table(["Claim no.", "Billed by", "Rendering", "From", "Thru", "Service", "Billed", "Plan paid", "You owe",
             "Note"], rows, [31, 62, 34, 18, 18, 32, 17, 17, 14, 10], size=7.0,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Notes.** 1: paid. 97 (CARC 97): the benefit for this service is included in the payment for another "
           f"service. Dr. {att} visited as the hospice attending physician, and the hospice's daily rate already "
           f"pays for the attending's visits under our agreement with {HOS}. The group must bill the hospice, not "
           "us. The member owes nothing for this line.", 8.2)
    p.para(f"Hospice social worker on the care team: {sw}, LCSW. Dispensing pharmacist: {pharm}, RPh. "
           f"Group NPI {npi(rng)}; hospice tax ID "
           f"{digits(rng, 2)}-{digits(rng, 7)}.", 8)
    _rights(p, 8.2, "this statement")
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=member,
              cases=[n_v], claim_amount=m2(b_v), service_dates=[visit.isoformat()], denial_date=sd.isoformat(),
              provider=att, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [GRP], "plan_id": [None]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_gip(rng):
    member, _, (daughter, att, rev, nurse) = couple(rng, 4)
    daughter = " ".join(daughter.split()[:2] + [member.split()[-1]])
    mid = lb_id(rng)
    a = dt.date(2026, rng.randint(4, 7), rng.randint(3, 20))
    b = plus(a, rng.randint(4, 6))
    rec = plus(a, -1)
    nd = plus(a, 1)
    by = plus(nd, 180)
    req = f"CR-{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 11:{rng.randint(10, 59)}  LINNET BAY UM  {phone(rng)}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="LBH-UM-12 (rev. 03/2026)", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("CONCURRENT REVIEW DECISION", 12.5, "B", align="C")
    p.ln(2)
    p.about(f"{daughter}, authorized representative", f"{member} (member)")
    p.side_boxes([[("DATE", fdate(nd, "slash")), ("REF NO.", req)],
                  [("MBR #", mid), ("GRP", GROUP)],
                  [("HOSPICE", HOS), ("ATTENDING", f"Dr. {att}")],
                  [("REQ. LEVEL", "General inpatient (0656)"), ("Rec'd", fdate(rec, "slash"))],
                  [("DATES REQ.", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("DECISION", "Not approved")],
                  [("APPROVED", "Routine home care (0651)"), ("APPEAL BY", fdate(by, "slash"))]], cap_w=22)
    p.para(f"{HOS} and Dr. {att} asked us to approve general inpatient hospice care at the hospice's inpatient "
           f"unit from {fdate(a, 'long')} through {fdate(b, 'long')}.", 9.2)
    p.para("General inpatient care is for pain or other symptoms that cannot be managed at home. The hospice notes "
           "say the pain was controlled with the medicines already in use and that family caregivers were able to "
           "give them at home. The care needed could be given at the routine home care level, which we approved "
           "for the same dates. We did not approve the inpatient level.", 9.2)
    p.para(f"Reviewed by {rev}, MD, board certified in hospice and palliative medicine. Hospice nurse case "
           f"manager: {nurse}, RN.", 8.8)
    _rights(p, 8.2, by=by)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=member,
              cases=[req], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOS, appeal_deadline=by.isoformat(), alternates={"insurer": ALT, "provider": [att]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_late(rng):
    member, wife, (att, nurse) = couple(rng, 2)
    mid = lb_id(rng)
    a = dt.date(2026, 1, rng.randint(5, 20))
    b = plus(a, 2)
    rec = plus(b, rng.randint(100, 115))
    nd = plus(rec, rng.randint(6, 12))
    n = claim_no(rng)
    billed = amount(rng, 3200, 4800)
    p = DTSheet(footer="Page {n} of {nb}", footer_left="LBH-CN-3 (rev. 10/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM NOTICE", 12.5, "B", align="C")
    p.ln(1)
    for ln in [wife, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.side_boxes([[("NOTICE DATE", fdate(nd, "slash")), ("REF NO.", n)],
                  [("PATIENT", member), ("MBR #", mid)],
                  [("BILLED BY", HOS), ("ATTENDING", f"Dr. {att}")],
                  [("DOS", f"{fdate(a, 'slash')} thru {fdate(b, 'slash')}"), ("REV. CODE", "0652 Continuous care")],
                  [("AMT BILLED", money(billed)), ("RECEIVED", fdate(rec, "slash"))]], cap_w=21)
    p.para(f"Dear {wife}:", 9.6)
    p.para(f"We are writing to you as your husband's spouse on file. {HOS} billed us for continuous home care "
           f"(nursing in the home around the clock during a crisis) from {fdate(a, 'long')} through "
           f"{fdate(b, 'long')}.", 9.4)
    p.para("Our agreement with the hospice gives it 90 days after the care to send us the claim. This claim came "
           "in on the RECEIVED date above, well after that. We denied it for that reason only; the care itself was "
           "not questioned. The hospice has agreed not to bill patients or families for claims sent late.", 9.4)
    p.para(f"The hospice nurse who gave the care was {nurse}, RN.", 9)
    _rights(p, 8.2)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOS, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, husband, (att,) = couple(rng, 1)
    mid = lb_id(rng)
    end = dt.date(2026, 5, 31)
    a = dt.date(2026, 6, rng.randint(2, 8))
    b = plus(a, rng.randint(8, 12))
    nd = plus(b, rng.randint(25, 35))
    n = claim_no(rng)
    billed = amount(rng, 2100, 3300)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [husband, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Paciente", member), ("Número de miembro", mid), ("Grupo", GROUP), ("Reclamo", n)], label_w=42,
            size=9.6)
    p.ln(2)
    p.para(f"Estimado {husband}:", 10)
    p.para(f"Le escribimos como esposo de la paciente. {HOS} nos envió un cobro de {money(billed)} por los "
           f"cuidados de hospicio en casa de su esposa desde el {fdate(a, 'long', 'es')} hasta el "
           f"{fdate(b, 'long', 'es')}. Médico de cabecera del hospicio: Dr(a). {att}.", 10)
    p.para(f"La cobertura de su esposa con nosotros terminó el {fdate(end, 'long', 'es')}, cuando terminó su "
           "empleo, y no se eligió continuar la cobertura. En las fechas de los cuidados ella ya no estaba "
           "cubierta, por eso no pagamos el reclamo.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Las "
           "apelaciones urgentes se deciden en 72 horas. Después de nuestra decisión final puede pedir una "
           f"revisión externa dentro de 4 meses. Llame al {phone(rng)} (TTY 711).", 9.8)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=mid, member_name=member,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOS, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att]})
    return out(p), t


def rotated_approval(rng):
    member, _, (rep, att, sw) = couple(rng, 3)
    mid = lb_id(rng)
    nd = dt.date(2026, rng.randint(7, 9), rng.randint(2, 22))
    start = plus(nd, -2)
    auth = f"HA{digits(rng, 8)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("HOSPICE CARE APPROVED", 12, "B")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [rep, "Authorized representative (health care power of attorney)", *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Member", member), ("Member ID", mid), ("Approval no.", auth)],
            [("Hospice", HOS), ("Attending physician", f"Dr. {att}"), ("Start of care", fdate(start, "slash"))]],
           size=9)
    p.para(f"Dear {rep}:", 10)
    p.para(f"We approved hospice care for {member.split()[0]} beginning {fdate(start, 'long')}, with {HOS} and "
           f"Dr. {att} as the attending physician. Routine home care, the hospice team's visits, medicines for "
           "comfort and medical equipment related to the illness are covered in full.", 10)
    p.para(f"The hospice will review the plan of care every 60 days. The hospice social worker, {sw}, will "
           f"call you this week. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[auth],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=HOS,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_custodial(rng):
    member, wife, (doc, rev) = couple(rng, 2)
    mid = lb_id(rng)
    nd = dt.date(2026, rng.randint(8, 10), rng.randint(2, 24))
    start = plus(nd, rng.randint(7, 14))
    req = f"CR-{digits(rng, 8)}"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"About: {member}    Member ID: {mid}    Request: {req}", 10)
    p.para(f"Dear {wife}:", 10)
    p.para(f"Dr. {doc} asked us to approve a home health aide every night, starting on or about "
           f"{fdate(start, 'long')}, so that someone can stay with your husband while you sleep. He is receiving "
           f"hospice care from {HOS}.", 10)
    p.para("We understand how hard the nights are. But your plan does not cover custodial care: help with "
           "bathing, dressing, eating or being watched over, when no skilled nursing is needed. Your plan's list of "
           "exclusions names it, and the hospice benefit does not change that. The hospice's nurses remain "
           "available by phone at night and will still visit when his symptoms need them.", 10)
    p.para(f"This was reviewed by {rev}, MD. You may appeal within 180 days of the date of this letter. An urgent "
           "appeal is decided within 72 hours. External review can be asked for within 4 months of our final "
           f"decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[req],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[]], "provider": [HOS]})
    return out(p), t


def finefax_stack(rng):
    member, wife, (att, nf_doc) = couple(rng, 2)
    mid = lb_id(rng)
    mbi_like = "Medicare number on file"
    a = dt.date(2026, rng.randint(2, 5), rng.randint(2, 15))
    b = plus(a, 29)
    nd = plus(b, rng.randint(20, 30))
    n = claim_no(rng)
    billed = amount(rng, 6200, 7900)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Coordination of Benefits")
    p.para(fdate(nd, "long"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member", member), ("Member ID", mid), ("Group", GROUP), ("Claim", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {wife}:", 10)
    p.para(f"{HOS} sent us a claim for {money(billed)} for your husband's hospice care, dates of service: "
           f"{fdate(a, 'slash')} - {fdate(b, 'slash')}. Dr. {att} was the attending physician.", 10)
    p.para(f"Our records show your husband has Medicare Part A ({mbi_like}). Because his coverage with us comes "
           "through your retiree plan, Medicare pays first for hospice care. The hospice must bill Medicare and send "
           "us Medicare's notice; we will then look at any amount left. We did not pay the claim as sent.", 10)
    p.para("You may appeal within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\nCoordination of Benefits\n{INS}", 10)
    t1 = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=member, cases=[n],
               claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=nd.isoformat(), provider=HOS, appeal_deadline=plus(nd, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [att]})
    r1 = plus(b, rng.randint(5, 12))
    r2 = plus(r1, 4)
    nd2 = plus(r2, rng.randint(30, 40))
    n2 = claim_no(rng)
    billed2 = amount(rng, 1500, 2300)
    NF = "Alderbank Care Center"
    q = DTSheet(footer="Page {n} of {nb}", footer_left="LBH-CN-3 (rev. 10/2025)")
    q.set_margins(16, 14, 16)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM NOTICE", 12.5, "B", align="C")
    q.ln(1)
    for ln in [wife, *address(rng)]:
        q.line(ln, 9.6)
    q.ln(2)
    q.side_boxes([[("NOTICE DATE", fdate(nd2, "slash")), ("CLAIM #", n2)],
                  [("PT", member), ("MBR #", mid)],
                  [("BILLED BY", HOS), ("STAY AT", NF)],
                  [("From", fdate(r1, "slash")), ("Through", fdate(r2, "slash"))],
                  [("AMT BILLED", money(billed2)), ("Rev. code", "0655 Inpatient respite")]], cap_w=21)
    q.para(f"The hospice placed your husband at {NF} for respite care (a short stay so family caregivers can "
           f"rest). Your plan covers respite care when we approve it before the stay. No one asked us to approve "
           "this stay, so the claim was denied. The hospice may still ask us to review it with the reason the "
           f"approval was not requested. The nursing home's physician, Dr. {nf_doc}, does not bill us for it.", 9.4)
    _rights(q, 8.2)
    t2 = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=member, cases=[n2],
               claim_amount=m2(billed2), service_dates=[f"{r1.isoformat()}/{r2.isoformat()}"],
               denial_date=nd2.isoformat(), provider=HOS, appeal_deadline=plus(nd2, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [NF]}, type_alternates=["eob"])
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_member_eob_to_spouse_attending_visit_bundled", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "faxstd_caption_form_inpatient_hospice_days_routine_home_care", "fax_standard_g4",
             [faxstd_gip(rng)]),
        Item(F + "photocopy_caption_form_continuous_care_claim_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_carta_esposo_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospice_election_approval_to_representative", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_custodial_night_nursing_exclusion_doctor_in_sentence", "scan_lowres_150",
             [lowres_custodial(rng)]),
        Item(F + "finefax_stack_cover_medicare_first_then_respite_no_approval", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None]),
    ]
