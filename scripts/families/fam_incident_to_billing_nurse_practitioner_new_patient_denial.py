"""An invented commercial plan (Wexbury Crest Health Plan) denying office visits billed "incident to" a physician
(under the supervising physician's NPI) when a nurse practitioner saw a new patient or a new problem: the plan
pays such visits only when the physician performed the visit, or when the nurse practitioner bills under her own
NPI; new-patient visits (CPT 99202-99205) can never be billed incident to. CPT codes appear as themselves; the
plan, its rules and reason codes, every practice, clinician, person and number are invented.

Documents (8 in 7 files):
- scan300_eob_four_rows_zero_paid_code_only: a member EOB, four claims, "Plan paid 0.00" and code IT4 on the
  new-patient row (the code explained in a legend), the ID in a card block as "ID#" and "Subscriber No.".
- faxstd_capbox_claim_notice_billed_vs_performed: a provider claim notice on a standard fax, small captioned
  boxes: "Billed under" the physician, "Performed by (per records)" the nurse practitioner; "this service is
  payable only when ...".
- phone_spanish_month_first_no_se_puede_pagar: Spanish member letter, dates month-first with a "(mm/dd/aaaa)"
  caption and written out; "no se puede pagar".
- rotated_clinic_statement_logo_box_remit_to: the practice's own statement, a logo box beside the practice
  name, remit to a billing office elsewhere, "Insurance on file: Wexbury Crest <ID>"; denies nothing.
- lowres_no_labels_id_in_barcode_caption: a letter with no labels, "we are unable to pay", the member ID printed
  only in a barcode caption; the referring doctor and a follow-up date as decoys.
- photocopy_appeal_upheld_physician_in_suite: an upheld provider appeal, "we cannot change our decision", appeal
  and claim numbers, the medical director signing.
- finefax_stack_cover_corrected_claim_ack_then_new_problem_turned: a fax cover, a corrected-claim
  acknowledgment (denies nothing), then a follow-up visit for a new problem "no benefits are available for this
  claim as billed", fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoa import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "incident_to_billing_nurse_practitioner_new_patient_denial"
LANG = "en"
SEED = 352600
INS = "Wexbury Crest Health Plan"
ALT = ["Wexbury Crest"]
GROUP = "0073412-01"
PRACTICE = "Tidewater Commons Internal Medicine"
PR_ABBR = "TCIM"


def wx_id(rng):
    return f"WXC{digits(rng, 9)}"


def np_name(n):
    return n, f"{n}, APRN, FNP-BC"


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Richmond VA 232{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def scan300_eob(rng):
    patient, md, other = people(rng, 3)
    mid = wx_id(rng)
    sd = dt.date(2026, 4, rng.randint(13, 24))
    base = dt.date(2026, 3, rng.randint(2, 6))
    src = [(base, f"Dr. {md}", "99204 New patient office visit"),
           (plus(base, 1), "Harbor Light Laboratory", "80053 Comprehensive metabolic panel"),
           (plus(base, 8), "Chesapeake Point Imaging", "71046 Chest x-ray, 2 views"),
           (plus(base, 15), f"Dr. {other}", "99213 Office visit, established")]
    deny = 0
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 260, 390) if i == deny else amount(rng, 60, 240)
        billed.append(c)
        n = f"W{digits(rng, 11)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "IT4"])
        else:
            allowed = round(c * 0.7, 2)
            cop = 25.0 if "99213" in svc else 0.0
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), money(allowed, "nosign"),
                         money(allowed - cop, "nosign"), money(cop, "nosign"), "P1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", patient), ("Plan year", "01/01/2026 - 12/31/2026"),
             ("Claims received", f"{fdate(plus(base, 4), 'slash')} - {fdate(plus(base, 22), 'slash')}")],
            label_w=36, size=9)
    sub = mid[3:] + "-01"
    end = p.sidebar([("ID#", mid), ("Subscriber No.", sub), ("Group", GROUP),
                     ("Rx BIN / PCN", f"0{digits(rng, 5)} / WXCRX")], 196, y, 72, "Member card", size=8.2)
    p.set_y(max(end, p.get_y()) + 4)
    p.table(["Claim", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [30, 16, 52, 72, 20, 20, 20, 18, 12], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** P1 Paid at the in-network benefit. IT4 Billed under a physician's number for a visit the "
           "physician did not perform. You owe nothing for this line; an in-network provider may not bill you for "
           "it. The office may send a corrected claim.", 8.5)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals: 72 hours. "
           "External review: within 4 months of a final decision.", 8.5)
    t = truth("eob", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(base)],
              denial_date=sd.isoformat(), provider=md, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [sub]}, denial_alternates=["other"])
    return out(p), t


def faxstd_capbox(rng):
    patient, md, npn = people(rng, 3)
    mid = wx_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    sv = plus(nd, -rng.randint(14, 30))
    billed = amount(rng, 240, 380)
    clm = f"W{digits(rng, 11)}"
    adj = f"ADJ-26-{digits(rng, 6)}"
    nname, nprinted = np_name(npn)
    fax = f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)}  WXC PROVIDER SVCS  804-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM ADJUSTMENT NOTICE", 11.5, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim number", clm), ("Adjustment ref.", adj),
                ("Received", fdate(plus(sv, 6), "slash"))])
    p.capstrip([("Billing provider", PRACTICE), ("Billing NPI", digits(rng, 10)),
                ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")], [84, 48, 55.9])
    p.capstrip([("Billed under (rendering on claim)", f"Dr. {md}, MD"), ("Rendering NPI", digits(rng, 10)),
                ("Place of service", "11 Office")], [84, 48, 55.9])
    p.capstrip([("Performed by (per records)", nprinted), ("Performer NPI", digits(rng, 10)),
                ("Patient status", "New")], [84, 48, 55.9])
    p.capstrip([("Patient", patient), ("Member ID", mid), ("DOB", fdate(dt.date(rng.randint(1950, 1995),
                                                                           rng.randint(1, 12), rng.randint(1, 28)), "slash"))],
               [84, 48, 55.9])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("CPT", "99204"), ("Billed", money(billed))], [84, 48, 55.9])
    p.ln(4)
    p.line("PLAN PAYMENT: $0.00", 11, "B")
    p.ln(1)
    p.para("This service is payable only when the physician whose number is on the claim performed it, or when the "
           "nurse practitioner who performed it bills under his or her own NPI. The visit notes show that the nurse "
           "practitioner saw a new patient; a new-patient visit cannot be billed under the supervising physician's "
           "number. Send a corrected claim with the nurse practitioner as rendering provider. Do not bill the "
           "member.", 9.4)
    p.para("To dispute this decision, send a reconsideration request within 90 days of the date of this notice.", 9.4)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[clm, adj],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=nname,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [md, PRACTICE], "case_numbers": [[clm], [adj]]},
              denial_alternates=["other"])
    return out(p), t


def phone_spanish(rng):
    patient, md, npn = people(rng, 3)
    mid = wx_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 11))
    sv = dt.date(2026, 4, rng.randint(6, 10))
    billed = amount(rng, 230, 360)
    clm = f"W{digits(rng, 11)}"
    nname, nprinted = np_name(npn)
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha (mm/dd/aaaa)", fdate(nd, "slash")), ("Número de identificación", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha de la visita (mm/dd/aaaa)", fdate(sv, "slash")),
                ("Cargo facturado", money(billed))])
    p.ln(4)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El {fdate(sv, 'long', 'es')} usted tuvo su primera visita en {PRACTICE}. La enfermera practicante "
           f"{nprinted} lo(la) atendió. La oficina envió el reclamo con el nombre y el número del Dr. {md}, que no "
           "lo(la) vio ese día.", 9.8)
    p.para("Por eso, este reclamo no se puede pagar tal como se envió. Una primera visita se paga solo con el nombre "
           "de quien la hizo. La oficina puede enviar un reclamo corregido. Usted no debe nada por esta visita "
           "mientras tanto.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación urgente (72 horas).", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=nname, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [md, PRACTICE]}, denial_alternates=["other"])
    return out(p), t


def rotated_statement(rng):
    patient, md, npn = people(rng, 3)
    mid = wx_id(rng)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    visits = sorted({dt.date(2026, 4, d) for d in rng.sample(range(1, 29), 3)})
    deny = 0
    nname, nprinted = np_name(npn)
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PR_ABBR, PRACTICE, [f"{rng.randint(100, 9800)} Boush St, Norfolk VA 235{rng.randint(10, 99)}",
                                    f"Phone 757-555-{digits(rng, 4)}  |  Group NPI {digits(rng, 10)}"])
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", patient), ("Account no.", f"TC-{digits(rng, 7)}"),
             ("Insurance on file", f"Wexbury Crest {mid}")], label_w=38, size=9.2)
    p.ln(2)
    rows, charges = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 240, 360) if i == deny else amount(rng, 110, 190)
        charges.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), "99204", nprinted, money(c), "0.00", "Ins. denied - rebilling", "0.00"])
        else:
            rows.append([fdate(d, "slash"), "99213", f"Dr. {md}", money(c), money(round(c * 0.7, 2)), "Paid", "25.00"])
    rows.append(["", "", "Totals", money(sum(charges)), "", "", "50.00"])
    p.table(["Date", "CPT", "Seen by", "Charge", "Ins. paid", "Status", "You owe"], rows,
            [21, 12, 64, 20, 17, 32, 14], size=7.8, bold_last=True)
    p.para(f"Your insurance did not pay the first visit on {fdate(visits[0], 'slash')} because our office sent it under "
           f"Dr. {md}'s number. We are sending a corrected claim under {nname}'s own number. You do not owe anything "
           "for that visit now.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Coastal Physician Billing Services", f"PO Box {rng.randint(2000, 9000)}", f"Roanoke VA 240{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(charges[deny]),
              service_dates=[span(visits[deny])], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [nname], "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def lowres_prose(rng):
    patient, npn, ref_md = people(rng, 3)
    mid = wx_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 5, rng.randint(4, 22))
    billed = amount(rng, 240, 380)
    clm = f"W{digits(rng, 11)}"
    nname, nprinted = np_name(npn)
    p = DOSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Colley Ave", f"Norfolk VA 235{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {ref_md} sent you to {PRACTICE} as a new patient. On {fdate(sv, 'long')}, {nprinted} saw you "
           f"there. The office billed {money(billed)} for the visit under the name of a physician who was not part of "
           f"it. We are unable to pay the claim ({clm}) as it was sent.", 10)
    p.para("A first visit with a nurse practitioner is paid when it is billed under the nurse practitioner's own "
           "name and number. We have told the office, and it may send a corrected claim. The office may not bill "
           f"you for this visit. Your follow-up visit on {fdate(plus(nd, 21), 'long')} is not affected.", 10)
    p.para("You may appeal this decision within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n\nClaims Department\n{INS}", 10)
    p.barcode(p.l_margin, p.get_y() + 8, f"{mid}  0{digits(rng, 3)}  CL7", rng)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=nname,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE]}, denial_alternates=["other"])
    return out(p), t


def photocopy_appeal(rng):
    patient, md, npn, dirn = people(rng, 4)
    mid = wx_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    sv = dt.date(2026, 4, rng.randint(6, 28))
    billed = amount(rng, 240, 380)
    apl = f"PA-APL-26-{digits(rng, 5)}"
    clm = f"W{digits(rng, 11)}"
    nname, nprinted = np_name(npn)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Appeals")
    p.line("PROVIDER APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal number", apl), ("Claim number", clm)],
            [("Patient", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Billed under", f"Dr. {md}"), ("Seen by", nprinted)],
            [("Date of service", fdate(sv, "slash")), ("CPT", "99205"), ("Billed amount", money(billed)),
             ("Appeal received", fdate(plus(nd, -24), "slash"))]])
    p.para(f"{PRACTICE} asked us to pay this new-patient visit under Dr. {md}'s number because Dr. {md} was in the "
           "office suite during the visit and reviewed the plan of care the same day.", 9.4)
    p.para("**We cannot change our decision.** Under our incident-to billing policy, services by a nurse "
           "practitioner may be billed under a physician's number only for follow-up visits in a plan of care the "
           "physician started. The physician being in the suite does not change this for a first visit. The "
           f"visit was performed by {nname}, and it is payable when it is billed under his or her own NPI.", 9.4)
    p.para("You may ask for a second-level review within 60 days of the date of this letter. Corrected claims must "
           "reach us within 180 days of the date of service.", 9.4)
    p.para(f"Sincerely,\n\nDr. {dirn}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=nname, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [md, PRACTICE], "case_numbers": [[apl], [clm]]},
              denial_alternates=["other"])
    return out(p), t


def finefax_stack(rng):
    patient, md, npn = people(rng, 3)
    mid = wx_id(rng)
    ad = dt.date(2026, 8, rng.randint(3, 12))
    sv1 = plus(ad, -rng.randint(30, 45))
    c1 = amount(rng, 240, 360)
    clm1 = f"W{digits(rng, 11)}"
    nname, nprinted = np_name(npn)
    fax1 = f"{ad.month:02d}/{ad.day:02d}/2026 09:{rng.randint(10, 59)}  WXC CLAIMS  804-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("CORRECTED CLAIM RECEIVED", 11.5, "B")
    p.pairs([("To", PRACTICE), ("Patient", patient), ("Member ID", mid), ("Claim number", clm1),
             ("Frequency", "7 (replacement)"), ("Rendering", nprinted), ("Date of service", fdate(sv1, "slash")),
             ("Charges", money(c1))], label_w=40, size=9.4)
    p.ln(2)
    p.para("We received your corrected claim with the nurse practitioner as rendering provider. It will be "
           "processed within 30 days. You do not need to send it again.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[clm1],
                          claim_amount=m2(c1), service_dates=[span(sv1)], denial_date=ad.isoformat(), provider=nname,
                          alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[]],
                                      "claim_amount": [None], "service_dates": [[]]}))
    nd = dt.date(2026, 9, rng.randint(8, 18))
    sv = plus(nd, -rng.randint(14, 24))
    billed = amount(rng, 130, 210)
    clm = f"W{digits(rng, 11)}"
    fax2 = f"{nd.month:02d}/{nd.day:02d}/2026 16:{rng.randint(10, 59)}  WXC CLAIMS  804-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Services")
    q.line("CLAIM DETERMINATION", 11.5, "B")
    q.ln(1)
    q.pairs([("Determination date", fdate(nd, "slash")), ("Patient", patient), ("Member ID", mid), ("Claim", clm),
             ("Date of service", fdate(sv, "slash")), ("Billed as", f"99214 by Dr. {md}"),
             ("Seen by (notes)", nprinted), ("Charge", money(billed)), ("Plan payment", "$0.00")], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"No benefits are available for this claim as billed. The notes show a new problem (new shortness of "
           f"breath) that Dr. {md} had not seen; the nurse practitioner started its work-up alone. Care for a new "
           "problem is paid only under the name and number of the clinician who gave it.", 9.6)
    q.para("You may ask us to reconsider within 90 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=nname, appeal_deadline=plus(nd, 90).isoformat(),
                          alternates={"insurer": ALT, "provider": [md, PRACTICE]}, denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan300_eob_four_rows_zero_paid_code_only", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxstd_capbox_claim_notice_billed_vs_performed", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_month_first_no_se_puede_pagar", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_clinic_statement_logo_box_remit_to", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_id_in_barcode_caption", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_physician_in_suite", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_corrected_claim_ack_then_new_problem_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
