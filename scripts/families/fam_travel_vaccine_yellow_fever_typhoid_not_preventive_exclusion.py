"""An invented commercial plan (Tamarack Shoals Health Plan) excluding vaccines given only for travel (yellow fever
CPT 90717, typhoid Vi injection 90691, oral typhoid Ty21a 90690) and the travel clinic's pre-travel counseling
visit, while it pays routine vaccines (influenza, Tdap, hepatitis A) as preventive care. CPT codes, NCPDP reject
code 70 and the CDC's ACIP appear as themselves; the plan, its exclusion numbering and reason codes, every clinic,
pharmacy, person and number are invented.

Documents (8 in 7 files):
- clean_eob_four_claims_travel_visit_no_benefits: a member EOB at 300 dpi, four claims, the travel clinic's claim
  "No benefits are available" (code X22); flu shot, annual visit and lab paid.
- faxstd_capbox_provider_summary_zero_paid_code_only: the clinic's claim summary on a standard fax, captioned
  boxes, four lines each paid $0.00 with reason code TRV1 whose key only cites the certificate's exclusion.
- phone_spanish_typhoid_no_tiene_cobertura_month_first: Spanish member letter, the typhoid injection "no tiene
  cobertura"; dates month-first (03/09/2026) and written out.
- rotated_travel_clinic_statement_logo_remit: the clinic's statement, a boxed logo word beside its name, a
  different remit-to office, "Insurance on file: Tamarack Shoals Health Plan TSH..."; denies nothing.
- lowres_pharmacy_oral_typhoid_reject_70: the pharmacy's rejected-claim printout for oral typhoid capsules
  (reject 70), a card block with "ID#"; denies nothing.
- photocopy_appeal_upheld_not_routine_preventive: a first-level appeal upheld (travel vaccines are not routine
  preventive care), without the words "not covered"; external review as a decoy.
- finefax_stack_cover_preservice_cannot_approve_then_hep_a_paid_turned: a fax cover, a pre-service answer "we
  cannot approve" yellow fever vaccine before a trip (member number only under a barcode), then a hepatitis A
  claim paid (denies nothing), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdod import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "travel_vaccine_yellow_fever_typhoid_not_preventive_exclusion"
LANG = "en"
SEED = 352603
INS = "Tamarack Shoals Health Plan"
ALT = ["Tamarack Shoals"]
GROUP = "40718-02"
PLAN = "TSHP-EPO-26"
CLINIC = "Wayfarer Travel Medicine"


def ts_id(rng):
    return f"TSH{digits(rng, 9)}"


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_eob(rng):
    patient, pcp, np_ = people(rng, 3)
    mid = ts_id(rng)
    sd = dt.date(2026, 3, rng.randint(16, 27))
    base = dt.date(2026, 2, rng.randint(2, 6))
    src = [(base, f"Dr. {pcp}", "Annual preventive visit 99396"),
           (plus(base, 2), "Riverbend Pharmacy #14", "Influenza vaccine 90686 + 90471"),
           (plus(base, 5), "Snake River Lab Services", "Lipid panel 80061"),
           (plus(base, 11), f"{np_} ({CLINIC})", "Travel visit 99402, 90717, 90691")]
    deny = 3
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 380, 560) if i == deny else amount(rng, 45, 320)
        billed.append(c)
        n = f"TS{digits(rng, 11)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"), "X22"])
        else:
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), money(round(c * 0.8, 2), "nosign"),
                         money(round(c * 0.8, 2), "nosign"), "0.00", "P1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Date issued", fdate(sd, "long"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$250.00 of $1,500.00"),
                ("Out-of-pocket met", "$250.00 of $6,000.00")])
    p.ln(3)
    p.table(["Claim", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [32, 16, 62, 64, 18, 18, 18, 16, 11], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** P1 Preventive care paid in full. X22 No benefits are available for immunizations or office "
           "visits whose purpose is travel outside the United States (Certificate of Coverage, Exclusions, item "
           "7.14). The provider may bill you.", 8.5)
    p.para("**Appeals.** You may appeal within 180 days of the date you receive this statement. Urgent appeals: "
           "72 hours. External review: within 4 months of our final decision.", 8.5)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=np_,
              alternates={"insurer": ALT, "provider": [CLINIC], "plan_id": [None]})
    return out(p), t


def faxstd_capbox(rng):
    patient, md = people(rng, 2)
    mid = ts_id(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    sv = plus(nd, -rng.randint(16, 28))
    lines = [("99402", "Preventive counseling, 30 min", amount(rng, 110, 160)),
             ("90717", "Yellow fever vaccine, live", amount(rng, 190, 260)),
             ("90691", "Typhoid Vi vaccine, IM", amount(rng, 110, 150)),
             ("90471", "Immunization admin, 1st", 32.0), ("90472", "Immunization admin, each add'l", 22.0)]
    total = round(sum(c for _, _, c in lines), 2)
    clm = f"TS{digits(rng, 11)}"
    fax = f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)}  TSHP PROVIDER  208-555-{digits(rng, 4)}  PG {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM SUMMARY", 12, "B")
    p.ln(1)
    p.capstrip([("Run date", fdate(nd, "slash")), ("Claim number", clm), ("Received", fdate(plus(sv, 3), "slash")),
                ("Paid to", CLINIC)], [36, 42, 36, 73.9])
    p.capstrip([("Patient", patient), ("ID#", mid), ("Group", GROUP), ("Rendering", f"Dr. {md}")],
               [52, 40, 28, 67.9])
    p.ln(3)
    rows = [[fdate(sv, "slash"), c, d, money(v, "nosign"), "0.00", "0.00", "TRV1"] for c, d, v in lines]
    rows.append(["", "", "Claim total", money(total, "nosign"), "0.00", "0.00", ""])
    p.table(["Date of service", "Code", "Description", "Billed", "Allowed", "Paid", "Reason"], rows,
            [28, 18, 62, 24, 20, 18, 17.9], size=8.4, bold_last=True,
            aligns=["L", "L", "L", "R", "R", "R", "C"])
    p.ln(2)
    p.line(f"Check / EFT: none issued    Plan payment this claim: $0.00", 9.5, "B")
    p.ln(2)
    p.para("**Reason code key.** TRV1 - See Certificate of Coverage, section 7, Exclusions, item 7.14.", 8.6)
    p.para("Reconsideration: write within 90 days of the run date shown above. Do not send new claims to this "
           "address.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(total), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=md,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC]}, type_alternates=["denial_letter"])
    return out(p), t


def phone_spanish(rng):
    patient, np_ = people(rng, 2)
    mid = ts_id(rng)
    nd = dt.date(2026, 3, rng.randint(23, 31))
    sv = dt.date(2026, 3, 9)
    billed = amount(rng, 150, 210)
    clm = f"TS{digits(rng, 11)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("DECISIÓN SOBRE UN RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "slash")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha del servicio", fdate(sv, "slash")), ("Cargo", money(billed))])
    p.ln(4)
    p.para(fdate(nd, "long", "es"), 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El {fdate(sv, 'long', 'es')}, {np_} de {CLINIC} le puso la vacuna inyectable contra la fiebre tifoidea "
           "(código 90691) antes de su viaje. La vacuna se puso solo porque usted iba a viajar fuera de los "
           "Estados Unidos. Según su Certificado de Cobertura (sección 7, punto 7.14), las vacunas para viajes no "
           "tienen cobertura, aunque sean recomendadas por su médico. Por eso, esta vacuna no tiene cobertura.", 9.8)
    p.para("Las vacunas de rutina, como la de la influenza o la del tétanos, sí están cubiertas sin costo como "
           "atención preventiva.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Si no está de acuerdo con nuestra decisión final, puede pedir una revisión externa dentro de 4 meses.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=np_, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def rotated_statement(rng):
    patient, np_ = people(rng, 2)
    mid = ts_id(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    v1 = dt.date(2026, 3, rng.randint(2, 10))
    v2 = plus(v1, rng.randint(7, 12))
    v3 = plus(v2, rng.randint(20, 30))
    rows_src = [(v1, "Tdap booster 90715 + admin", amount(rng, 70, 110), "Paid by insurance", "0.00"),
                (v2, "Travel visit 99402 + vaccines 90717, 90691", amount(rng, 420, 560),
                 "Denied by plan", None),
                (v3, "Hepatitis A vaccine 90632 + admin", amount(rng, 90, 140), "Paid by insurance", "0.00")]
    rows = []
    for d, s, c, st, owe in rows_src:
        rows.append([fdate(d, "slash"), s, money(c), st, money(c) if owe is None else owe])
    denied = rows_src[1]
    rows.append(["", "Balance due", "", "", money(denied[2])])
    p = DOSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_head("PASSPORT", CLINIC, f"{rng.randint(100, 9800)} N Bishop Blvd, Pocatello ID 832{rng.randint(10, 99)}  |  "
                                    f"208-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}")
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", patient), ("Account", f"WTM-{digits(rng, 6)}"),
             ("Insurance on file", f"{INS} {mid}"), ("Clinician", f"{np_}, FNP-C")], label_w=38, size=9.2)
    p.ln(2)
    p.table(["Date", "Service", "Charge", "Status", "You owe"], rows, [24, 80, 22, 30, 21.9], size=8.2,
            bold_last=True)
    p.para(f"Your insurance plan did not pay for the visit of {fdate(v2, 'slash')}: the plan does not include travel "
           "vaccines or travel counseling. Many travelers use a health savings account for these charges. Please "
           "pay the balance within 30 days or call us to set up a payment plan.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Wayfarer Health Billing Office", f"PO Box {rng.randint(2000, 9000)}", f"Twin Falls ID 833{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=None, member_id=mid, member_name=patient, claim_amount=m2(denied[2]),
              service_dates=[span(v2)], denial_date=sd.isoformat(), provider=np_, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [CLINIC],
                          "service_dates": [[span(v1), span(v2), span(v3)]]})
    return out(p), t


def lowres_pharmacy(rng):
    patient, md = people(rng, 2)
    mid = ts_id(rng)
    fill = dt.date(2026, 6, rng.randint(2, 26))
    price = amount(rng, 95, 160)
    ph = "Riverbend Pharmacy #14"
    p = DOSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, ph, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Railroad St, Idaho Falls ID 834{rng.randint(10, 99)}  |  "
                 f"208-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("THIRD-PARTY CLAIM - NOT PAID", 11.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Date", fdate(fill, "short")), ("Patient", patient), ("Rx", f"{digits(rng, 7)}-00"),
             ("Drug", "Typhoid vaccine live oral Ty21a, 4 capsules"), ("Prescriber", f"Dr. {md}"),
             ("Amount submitted", money(price))], label_w=36, size=9, x=22)
    p.sidebar([("Plan", INS), ("ID#", mid), ("RxGroup", GROUP), ("RxBIN", f"0{digits(rng, 5)}")], 128, y, 66,
              "Card on file", size=8.2)
    p.set_y(y + 52)
    p.f(9.5, "B")
    p.cell(0, 5, "Reject 70 - Product/Service Not Covered - Plan/Benefit Exclusion", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Cash price {money(price)}. Patient will call the plan. Not picked up.", 9)
    t = truth("other", None, insurer=None, member_id=mid, member_name=patient, claim_amount=m2(price),
              service_dates=[span(fill)], denial_date=fill.isoformat(), provider=ph, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[]], "provider": [md]})
    return out(p), t


def photocopy_appeal(rng):
    patient, np_, pcp, md = people(rng, 4)
    mid = ts_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 4, rng.randint(6, 24))
    billed = amount(rng, 400, 560)
    apl = f"GA-2026-{digits(rng, 6)}"
    clm = f"TS{digits(rng, 11)}"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("YOUR APPEAL DECISION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Date", fdate(nd, "abbr")), ("Appeal", apl), ("Claim", clm), ("Service date", fdate(sv, "slash")),
             ("Billed", money(billed)), ("Provider", f"{np_}, FNP-C, {CLINIC}")], label_w=28, size=9.2)
    end = p.sidebar([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Your doctor", f"Dr. {pcp}")],
                    132, y, 64, "Member", size=8.2)
    p.set_y(max(end, p.get_y()) + 4)
    p.para(f"You asked us to pay for your visit with {np_} before your trip to Peru, including the yellow fever and "
           "typhoid vaccines. You wrote that vaccines are preventive care and that preventive care must be paid in "
           "full.", 9.4)
    p.para("**Our decision: we uphold our first decision.** The plan pays in full for the vaccines on the CDC's "
           "routine schedules for adults (ACIP). Yellow fever and typhoid vaccines are recommended only for people "
           "traveling to certain countries, so they are not part of routine preventive care. Your certificate "
           "(section 7, item 7.14) leaves out vaccines and visits whose purpose is travel. We cannot pay this "
           "claim.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "ask for an external review within 4 months of our final decision. Urgent reviews take 72 hours.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=np_, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    patient, md = people(rng, 2)
    mid = ts_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 15))
    trip = plus(nd, rng.randint(30, 45))
    planned = plus(nd, rng.randint(8, 14))
    req = f"PSR-{digits(rng, 4)}-{digits(rng, 4)}"
    fax1 = f"{nd.month:02d}/{nd.day:02d}/2026 09:{rng.randint(10, 59)}  TSHP UM  208-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    y = p.get_y()
    p.pairs([("Date", fdate(nd, "long")), ("Request", req), ("Patient", patient), ("Requested by", f"Dr. {md}"),
             ("Service", "Yellow fever vaccine 90717 + 90471"), ("Planned date", fdate(planned, "slash")),
             ("Departure", fdate(trip, "slash"))], label_w=32, size=9.3)
    y_end = p.get_y()
    p.barcode(136, y + 2, 56, 12, f"*{mid}*", rng, 8)
    p.set_xy(p.l_margin, y_end + 4)
    p.line("ANSWER TO YOUR REQUEST", 11.5, "B")
    p.ln(1)
    p.para(f"Dr. {md} asked us before your trip to Ghana whether the plan would pay for a yellow fever vaccine. "
           "We cannot approve this request. Your certificate of coverage leaves out vaccines given for travel "
           "(section 7, item 7.14). This answer does not stop you from getting the vaccine; it means you would "
           "pay for it.", 9.6)
    p.para("You may appeal within 180 days of the date of this letter. If your trip is soon, ask for a fast "
           "(72-hour) appeal.", 9.6)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[req],
                          service_dates=[span(planned)], denial_date=nd.isoformat(), provider=md,
                          appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    pd = plus(nd, rng.randint(20, 30))
    sv = plus(pd, -rng.randint(8, 14))
    billed = amount(rng, 90, 140)
    clm = f"TS{digits(rng, 11)}"
    fax2 = f"{pd.month:02d}/{pd.day:02d}/2026 13:{rng.randint(10, 59)}  TSHP CLAIMS  208-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM PAYMENT NOTICE", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(pd, "slash")), ("Member", patient), ("Member ID", mid), ("Claim", clm),
             ("Service", "Hepatitis A vaccine 90632 + 90471"), ("Date of service", fdate(sv, "slash")),
             ("Given by", f"Dr. {md}"), ("Billed", money(billed)), ("Plan paid", money(billed)),
             ("You owe", "$0.00")], label_w=36, size=9.4)
    q.ln(2)
    q.para("Hepatitis A vaccine is on the routine adult schedule, so the plan paid it in full as preventive care.",
           9.6)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[clm],
                          claim_amount=m2(billed), service_dates=[span(sv)], denial_date=pd.isoformat(), provider=md,
                          alternates={"insurer": ALT, "case_numbers": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_eob_four_claims_travel_visit_no_benefits", "scan_clean_300", [clean_eob(rng)]),
        Item(F + "faxstd_capbox_provider_summary_zero_paid_code_only", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_typhoid_no_tiene_cobertura_month_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_travel_clinic_statement_logo_remit", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_pharmacy_oral_typhoid_reject_70", "scan_lowres_150", [lowres_pharmacy(rng)]),
        Item(F + "photocopy_appeal_upheld_not_routine_preventive", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_preservice_cannot_approve_then_hep_a_paid_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
