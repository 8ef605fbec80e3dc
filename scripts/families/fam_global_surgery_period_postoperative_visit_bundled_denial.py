"""An invented commercial plan (Larkspur Ferry Health Plan) denying office visits billed inside a major surgery's
90-day global period (total knee arthroplasty 27447, rotator cuff repair 29827, open treatment of an ankle
fracture 27822) as included in the payment for the surgery: routine follow-up visits billed as 99213/99214 without
modifier 24, a visit the day before surgery without modifier 57, and an upheld provider appeal where the
"unrelated" visit was for the surgical wound. CPT codes and modifiers appear as themselves; the plan, its reason
codes, every surgeon, practice, person and number are invented.

Documents (8 in 7 files):
- scan_eob_four_rows_zero_paid_gs1_code: a member EOB at 300 dpi, four claims; the post-op visit row paid $0.00
  with only reason code GS1 explained in a legend ("payment for the surgery includes follow-up visits", never
  "bundled"); the surgery's date as a decoy; member number on a card block ("ID#").
- faxstd_provider_notice_unable_to_pay_captioned_boxes: a claim notice to the surgeon's office on a standard fax,
  captioned boxes; "we are unable to pay" a 99214 on day 41 after surgery; DOB, received date and the surgery's
  claim number as decoys.
- phone_spanish_month_first_no_se_paga_aparte: Spanish member letter photographed; dates month first
  ("03/09/2026") with the date written out; "no se paga aparte".
- rotated_surgeon_statement_subscriber_no_remit_elsewhere: the orthopedic practice's statement sideways; a card
  block with "Subscriber No."; the surgery paid, two no-charge 99024 visits, one visit "denied - global period";
  remit to a billing company elsewhere; denies nothing.
- lowres_no_labels_day_before_surgery_barcode_id: a letter with no labels at 150 dpi; a visit the day before
  surgery without modifier 57; member number only under a barcode; reference only in the footer.
- photocopy_provider_appeal_upheld_wound_check_modifier_24: an upheld first-level provider appeal; the visit with
  modifier 24 was a wound check (related); second-level appeal within 60 days.
- finefax_stack_cover_mod24_paid_then_day_of_surgery_visit_turned: a fax cover, a claim notice paying an
  unrelated visit with modifier 24 (denies nothing), then a notice denying a same-day visit, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdob import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "global_surgery_period_postoperative_visit_bundled_denial"
LANG = "en"
SEED = 352601
INS = "Larkspur Ferry Health Plan"
ALT = ["Larkspur Ferry Health Plan", "Larkspur Ferry"]
GROUP = "LF-30418"
PRACTICE = "Tidewater Bone & Joint Surgeons"


def lf_id(rng):
    return f"ZLF{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}{digits(rng, 4)}{digits(rng, 4)}"


def _head(p: DOSheet, rng, unit="Member Services", box=None):
    p.logohead("LFHP", INS, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Tacoma WA 984{rng.randint(10, 99)}  |  "
                            f"1-866-555-{digits(rng, 4)}  |  TTY 711", box=box)


def scan_eob(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    surg = dt.date(2026, 2, rng.randint(2, 12))
    sd = dt.date(2026, 4, rng.randint(13, 28))
    rows_src = [(surg, f"Dr. {surgeon}", "27447 Total knee arthroplasty"),
                (plus(surg, 2), "Harbor Gate Anesthesia", "01402 Anesthesia, knee"),
                (plus(surg, rng.randint(20, 30)), f"Dr. {surgeon}", "99214 Office visit"),
                (plus(surg, rng.randint(34, 50)), "Bayshore Outpatient PT", "97110 Therapeutic exercise")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(rows_src):
        c = amount(rng, 150, 260) if i == deny else amount(rng, 180, 4800)
        billed.append(c)
        n = clm(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "GS1"])
        else:
            al = round(c * 0.62, 2)
            co = round(al * 0.2, 2)
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - co, "nosign"), money(co, "nosign"), "P"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, box="EXPLANATION OF BENEFITS - NOT A BILL")
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", patient), ("Group", GROUP),
             ("Plan", "Larkspur Ferry Choice PPO"), ("Plan year", "01/01/2026 - 12/31/2026")], label_w=34, size=8.8,
            h=4.8)
    p.card([("ID#", mid), ("RxGrp", "LFRX26"), ("Copay OV", "$30")], 190, y, 75, "Member card")
    p.set_y(y + 27)
    p.table(["Claim #", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"], rows,
            [32, 20, 50, 62, 20, 20, 20, 20, 12], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** P Processed under your in-network benefit. GS1 This office visit took place within 90 days "
           "after a major surgery by the same surgeon. The payment for the surgery already includes the usual "
           "follow-up visits, so nothing more is paid for this visit. A network provider may not bill you for it.",
           8.4)
    p.para("**Questions or appeals.** You may appeal within 180 days after you receive this statement. Urgent "
           "appeals are decided within 72 hours. You may also have the right to an external review.", 8.4)
    t = truth("eob", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(rows_src[deny][0])],
              denial_date=sd.isoformat(), provider=surgeon,
              alternates={"insurer": ALT}, denial_alternates=["other", "not_covered"])
    return out(p), t


def faxstd_notice(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    surg = dt.date(2026, 3, rng.randint(2, 10))
    sv = plus(surg, 41)
    billed = amount(rng, 170, 280)
    c, sc = clm(rng), clm(rng)
    ref = f"GSP-{digits(rng, 6)}"
    fax = f"{nd.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)}  LFHP PROVIDER CLAIMS  253-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM PAYMENT NOTICE", 12, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim no.", c), ("Notice ref.", ref),
                ("Received", fdate(plus(sv, 6), "slash"))])
    p.capstrip([("Billing provider", PRACTICE), ("Rendering", f"Dr. {surgeon}"), ("NPI", digits(rng, 10))],
               [80, 60, 47.9])
    p.capstrip([("Patient", patient), ("Member ID", mid), ("DOB", fdate(dt.date(rng.randint(1950, 1975),
                                                                              rng.randint(1, 12), rng.randint(1, 28)),
                                                                      "slash"))], [80, 60, 47.9])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("CPT / modifier", "99214 / none"),
                ("Charge", money(billed))], [80, 60, 47.9])
    p.ln(4)
    p.para(f"We are unable to pay this visit. Our records show that Dr. {surgeon} performed arthroscopic rotator "
           f"cuff repair (29827) for this patient on {fdate(surg, 'slash')} (claim {sc}, paid). The visit on "
           f"{fdate(sv, 'slash')} is day 41 of the 90 days after that surgery. Care after surgery by the same surgeon "
           "is part of the surgical payment unless the visit is for a problem not related to the surgery (bill with "
           "modifier 24 and a diagnosis that shows it).", 9.4)
    p.para("Do not bill the member. You may send a corrected claim, or ask for a reconsideration within 90 days of "
           "the date of this notice.", 9.4)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[c, ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[c], [ref]]},
              denial_alternates=["other"])
    return out(p), t


def phone_spanish(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    surg = dt.date(2026, 2, rng.randint(2, 6))
    sv = dt.date(2026, 3, rng.randint(2, 12))
    nd = dt.date(2026, 4, rng.randint(1, 10))
    billed = amount(rng, 150, 240)
    c = clm(rng)
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("EXPLICACIÓN DE UN RECLAMO NO PAGADO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha (mm/dd/aaaa)", fdate(nd, "slash")), ("Número de identificación", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", c), ("Fecha de la consulta", fdate(sv, "slash")), ("Cargo", money(billed))])
    p.ln(4)
    p.para(f"Tacoma, {fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El Dr. {surgeon}, de {PRACTICE}, le operó el tobillo el {fdate(surg, 'long', 'es')} (cirugía de "
           f"fractura, código 27822). Luego nos envió un reclamo por la consulta del {fdate(sv, 'long', 'es')}. "
           "Esa consulta fue dentro de los 90 días después de la cirugía y fue parte del cuidado normal después de "
           "la operación. Ese cuidado ya está incluido en el pago de la cirugía, así que esta consulta no se paga "
           "aparte. El consultorio no le puede cobrar a usted por ella.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su "
           "salud corre peligro, pida una apelación urgente (72 horas).", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[c], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=surgeon, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [PRACTICE]}, denial_alternates=["other", "not_covered"])
    return out(p), t


def rotated_statement(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    surg = dt.date(2026, 2, rng.randint(9, 20))
    visits = [surg, plus(surg, 14), plus(surg, 30 + rng.randint(0, 6)), plus(surg, 58)]
    codes = ["27447 Total knee arthroplasty", "99024 Post-op visit", "99213 Office visit", "99024 Post-op visit"]
    deny = 2
    rows, charges = [], []
    for i, (d, cd) in enumerate(zip(visits, codes)):
        if cd.startswith("99024"):
            rows.append([fdate(d, "slash"), cd, "0.00", "0.00", "No charge - global", "0.00"])
            charges.append(0.0)
            continue
        c = amount(rng, 160, 230) if i == deny else amount(rng, 3800, 5400)
        charges.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), cd, money(c), "0.00", "Denied - global period", "0.00"])
        else:
            rows.append([fdate(d, "slash"), cd, money(c), money(round(c * 0.55, 2)), "Paid", "250.00"])
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logohead("TB&J", PRACTICE, f"{rng.randint(100, 9800)} Ruston Way, Tacoma WA 984{rng.randint(10, 99)}  |  "
                                 f"253-555-{digits(rng, 4)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
               box="PATIENT STATEMENT")
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", patient), ("Account", f"TBJ-{digits(rng, 6)}"),
             ("Surgeon", f"Dr. {surgeon}")], label_w=32, size=9)
    p.card([("Carrier", INS), ("Subscriber No.", mid), ("Group", GROUP)], 118, y, 78, "Insurance")
    p.set_y(y + 26)
    p.table(["Date", "Service", "Charge", "Ins. paid", "Status", "You owe"], rows, [24, 52, 22, 22, 38, 20],
            size=8.4, aligns=["L", "L", "R", "R", "L", "R"])
    p.para(f"The visit of {fdate(visits[deny], 'slash')} was within the 90-day follow-up period of your knee "
           "surgery. Your insurer counts it as part of the surgery and we have written it off. You owe only your "
           "surgery coinsurance.", 9)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Cascadia Medical Billing Group", f"PO Box {rng.randint(2000, 9000)}",
               f"Olympia WA 985{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              claim_amount=m2(charges[deny]), service_dates=[span(visits[deny])], denial_date=sd.isoformat(),
              provider=surgeon, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]],
                          "provider": [PRACTICE], "group_number": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    surg = dt.date(2026, 6, rng.randint(8, 19))
    sv = plus(surg, -1)
    nd = plus(surg, rng.randint(30, 45))
    billed = amount(rng, 210, 340)
    ref = f"GSP-{digits(rng, 6)}"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Ref {ref}  |  LF-GS-7")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Sycamore Ave", f"Bremerton WA 983{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {surgeon} of {PRACTICE} saw you on {fdate(sv, 'long')}, the day before your hip replacement on "
           f"{fdate(surg, 'long')}, and billed {money(billed)} for that visit.", 10)
    p.para("A visit in the day before a major surgery, when the decision to operate was already made, is part of "
           "the surgeon's fee for the operation. The claim did not show that this visit was where the decision to "
           "operate was made. We are unable to pay it as a separate visit. The surgeon's office may not ask you to "
           "pay it.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Please include the "
           "reference number printed at the bottom of this page.", 10)
    p.para(f"Sincerely,\nClaims Department\n{INS}", 10)
    p.barcode(mid, 24, p.get_y() + 4, rng.randint(1, 10 ** 6))
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [PRACTICE]},
              denial_alternates=["other"])
    return out(p), t


def photocopy_appeal(rng):
    patient, surgeon, md = people(rng, 3)
    mid = lf_id(rng)
    surg = dt.date(2026, 3, rng.randint(2, 12))
    sv = plus(surg, rng.randint(18, 28))
    nd = dt.date(2026, 7, rng.randint(6, 20))
    billed = amount(rng, 160, 260)
    apl = f"PAPL-2026-{digits(rng, 5)}"
    c = clm(rng)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Appeals")
    p.line("PROVIDER APPEAL DECISION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Decision date", fdate(nd, "dash")), ("Appeal no.", apl), ("Claim no.", c),
             ("Date of service", fdate(sv, "slash")), ("Billed", money(billed)), ("Surgeon", f"Dr. {surgeon}")],
            label_w=34, size=9.2)
    end = p.sidebar([("Patient", patient), ("Member ID", mid), ("Group", GROUP),
                     ("Appeal received", fdate(plus(nd, -24), "slash"))], 128, y, 68, "Member", size=8.2)
    p.set_y(end + 4)
    p.para(f"{PRACTICE} appealed our decision on the 99213-24 visit above, saying the visit was for a problem "
           f"unrelated to the ankle fracture repair Dr. {surgeon} did on {fdate(surg, 'slash')}.", 9.4)
    p.para("**Decision: the original decision stands.** The office note for the visit describes redness at the "
           "incision, a wound check and a change of dressing. That is care of the surgery itself, which the surgical "
           "payment covers during the 90 days after it. Modifier 24 is for care of a different problem.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. The "
           "member's 180-day appeal rights are separate.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, c], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=surgeon, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[apl], [c]]},
              denial_alternates=["other", "medical_necessity"])
    return out(p), t


def finefax_stack(rng):
    patient, surgeon = people(rng, 2)
    mid = lf_id(rng)
    surg = dt.date(2026, 8, rng.randint(3, 10))
    v1 = plus(surg, 33)
    nd1 = plus(v1, rng.randint(14, 20))
    b1 = amount(rng, 150, 230)
    c1 = clm(rng)
    fax1 = f"{nd1.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  LFHP CLAIMS  253-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM PAYMENT NOTICE", 11.5, "B")
    p.pairs([("Notice date", fdate(nd1, "long")), ("Patient", patient), ("Member ID", mid), ("Claim no.", c1),
             ("Date of service", fdate(v1, "slash")), ("Service", "99213-24, diagnosis J20.9"),
             ("Surgeon", f"Dr. {surgeon}"), ("Charge", money(b1)), ("Plan paid", money(round(b1 * 0.6, 2)))],
            label_w=40, size=9.4)
    p.ln(2)
    p.para("Paid. The visit was within the 90-day period after the shoulder surgery of "
           f"{fdate(surg, 'slash')}, but modifier 24 and the diagnosis show it was for an unrelated illness.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[c1],
                          claim_amount=m2(b1), service_dates=[span(v1)], denial_date=nd1.isoformat(),
                          provider=surgeon, alternates={"insurer": ALT, "provider": [PRACTICE],
                                                        "case_numbers": [[]]}))
    nd2 = plus(nd1, rng.randint(2, 6))
    b2 = amount(rng, 180, 300)
    c2 = clm(rng)
    fax2 = f"{nd2.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  LFHP CLAIMS  253-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Claims")
    q.line("CLAIM PAYMENT NOTICE", 11.5, "B")
    q.pairs([("Notice date", fdate(nd2, "long")), ("Patient", patient), ("Member ID", mid), ("Claim no.", c2),
             ("Date of service", fdate(surg, "slash")), ("Service", "99214, same day as 29827"),
             ("Surgeon", f"Dr. {surgeon}"), ("Charge", money(b2)), ("Plan paid", "$0.00")], label_w=40, size=9.4)
    q.ln(2)
    q.para("No benefits are available for this visit. An office visit on the day of a major surgery by the same "
           "surgeon is part of the surgical payment unless it is the visit where the decision to operate was made "
           "(modifier 57). The claim carried no modifier. Do not bill the patient.", 9.6)
    q.para("Reconsideration: within 90 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient,
                          cases=[c2], claim_amount=m2(b2), service_dates=[span(surg)], denial_date=nd2.isoformat(),
                          provider=surgeon, appeal_deadline=plus(nd2, 90).isoformat(),
                          alternates={"insurer": ALT, "provider": [PRACTICE]}, denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan_eob_four_rows_zero_paid_gs1_code", "scan_clean_300", [scan_eob(rng)]),
        Item(F + "faxstd_provider_notice_unable_to_pay_captioned_boxes", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_spanish_month_first_no_se_paga_aparte", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_surgeon_statement_subscriber_no_remit_elsewhere", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_day_before_surgery_barcode_id", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_provider_appeal_upheld_wound_check_modifier_24", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_mod24_paid_then_day_of_surgery_visit_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
