"""An invented commercial plan (Kettlestone Health Plan) deciding claims of a pathology group (Quarrybend Pathology
Associates, who read the slides) and a hospital's outreach laboratory (Hearthmoor Regional Hospital Outreach
Laboratory, which draws, handles and sends the specimens), with both groups' own papers. CPT codes, CARC/RARC codes,
NPIs and external review appear as themselves; the plan, both groups, every clinic, doctor, person, number, address,
form and time limit is invented; every reason is in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_outreach_handling_line_bundled: a landscape member EOB of three claims (the outreach lab's four
  lines, the pathology group's three, the dermatology clinic's two); the lab's 99000 specimen handling line pays 0.00
  under CARC 97 / RARC M15 (included in the draw and tests), the rest paid; totals row, group, DOB, NPIs as decoys.
- faxstd_claim_decision_form_extra_stains_not_needed: a provider claim decision form on a standard fax (small
  captions, boxes): the pathology group's 88342 stains line refused as not needed; reading pathologist, ordering
  gastroenterologist, endoscopy centre and reviewer all named.
- phone_es_laboratorio_fuera_de_la_red: a photographed Spanish letter: the outreach lab is outside the network while
  the pathology group's reading was paid; every fact in sentences.
- rotated_pathology_group_statement: the pathology group's statement to the patient (denies nothing), fed sideways.
- lowres_no_labels_second_opinion_read_sent_late: a no-label 150 dpi letter: a consult reading claim from the
  pathology group received after the plan's 90-day limit.
- photocopy_appeal_form_upheld_molecular_test_no_approval: a photocopied appeal decision form keeping the refusal of a
  send-out BRAF test the outreach lab ran without approval (second level within 60 days).
- clean300_stack_lab_statement_then_duplicate_claim_letter_upside_down: the outreach lab's statement (denies
  nothing), its duplex back, then the plan's letter refusing the lab's claim sent twice, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "pathology_lab_and_hospital_outreach_specimen_billing_denial"
LANG = "en"
SEED = 353404
INS = "Kettlestone Health Plan"
ALT = ["Kettlestone Health"]
PLAN = "Kettlestone Choice PPO 2000"
GROUP = "KH-770412"
PATH = "Quarrybend Pathology Associates"
LAB = "Hearthmoor Regional Hospital Outreach Laboratory"
LAB_ALT = ["Hearthmoor Regional Hospital", "Hearthmoor Outreach Laboratory"]


def k_id(rng):
    return f"KTH{digits(rng, 8)}01"


def clm(rng):
    return f"E{digits(rng, 12)}"


def npi(rng):
    return "1" + digits(rng, 9)


def tin(rng):
    return f"{rng.randint(20, 98)}-{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, pth, derm = people(rng, 3)
    mid = k_id(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    sd = plus(v, rng.randint(26, 36))
    c_lab, c_path, c_derm = clm(rng), clm(rng), clm(rng)
    lab = [("36415", "Venipuncture", amount(rng, 15, 30)), ("99000", "Specimen handling/conveyance",
                                                             amount(rng, 18, 35)),
           ("80053", "Comprehensive metabolic panel", amount(rng, 60, 110)), ("85025", "CBC with differential",
                                                                               amount(rng, 35, 60))]
    pathl = [("88305-26", "Surgical pathology, level IV x2", amount(rng, 180, 260)),
             ("88312-26", "Special stain, group I", amount(rng, 70, 120)),
             ("88313-26", "Special stain, group II", amount(rng, 60, 100))]
    dl = [("11104", "Punch biopsy, single lesion", amount(rng, 210, 290)), ("99213", "Office visit",
                                                                             amount(rng, 120, 170))]
    d_derm = v
    d_path = plus(v, rng.randint(2, 4))
    rows = []
    tb = ta = tp = to = 0.0
    for cn, d, who, seen, lines in [(c_derm, d_derm, "Birchfold Dermatology", f"Dr. {derm}", dl),
                                    (c_lab, d_derm, "Hearthmoor Regional Hospital", "Outreach draw site 3", lab),
                                    (c_path, d_path, PATH, f"Dr. {pth}", pathl)]:
        first = True
        for code, desc, b in lines:
            if code == "99000":
                al = pd = mo = 0.0
                note = "97 M15"
            else:
                al = round(b * rng.uniform(0.5, 0.72), 2)
                mo = round(al * 0.2, 2)
                pd = round(al - mo, 2)
                note = "A"
            tb, ta, tp, to = tb + b, ta + al, tp + pd, to + mo
            wcell = who if first else ("Outreach Laboratory" if who.startswith("Hearthmoor") and code == "99000"
                                       else "")
            rows.append([cn if first else "", fdate(d, "short"), wcell, seen if first else "",
                         f"{code} {desc}", money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                         money(mo, "nosign"), note])
            first = False
        rows.append(["", "", "", "", f"Claim total {cn}", money(round(sum(x[2] for x in lines), 2), "nosign"),
                     "", "", "", ""])
    rows.append(["TOTAL, 3 CLAIMS", "", "", "", "", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"),
                 money(to, "nosign"), ""])
    lab_total = round(sum(x[2] for x in lab), 2)
    p = DRSheet(footer="KHP-EOB-4 (Rev. 11/2025)   Page {n} of {nb}")
    p.set_margins(11, 10, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("Explanation of Benefits  -  This is not a bill", 12, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Date of statement", fdate(sd, "abbr"))], [50, 40, 30, 64, 73.4])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Plan year", "2026"),
                ("Deductible met", f"{money(amount(rng, 300, 900))} of $2,000.00"), ("Lab NPI", npi(rng)),
                ("Lab tax ID", tin(rng))], [40, 30, 70, 50, 67.4])
    p.ln(3)
    p.table(["Claim no.", "Service date", "Provider", "Rendering / site", "Line (CPT)", "Charged", "Allowed",
             "Plan paid", "You owe", "Remark"], rows, [30, 17, 50, 30, 50, 16, 16, 16, 14, 18.4],
            size=7.4, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True, row_h=4.9)
    p.para(f"**Remark legend.** A: processed under your plan; 20% coinsurance applies. 97: the benefit for this "
           "service is included in the payment for another service on the same day. M15: separately billed services "
           f"or tests have been bundled. The outreach lab's ({LAB}) charge for handling and sending your blood sample is part "
           "of what we pay for the draw and the tests themselves, so that one line is not paid on its own. The lab "
           "is in our network and may not bill you for it.", 8)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. You may ask for an external review within 4 months of our final decision.", 8)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[c_lab], claim_amount=m2(lab_total), service_dates=[d_derm.isoformat()],
              denial_date=sd.isoformat(), provider=LAB, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": LAB_ALT},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_form(rng):
    patient, pth, gi, rev = people(rng, 4)
    mid = k_id(rng)
    v = dt.date(2026, 3, rng.randint(2, 20))
    rd = plus(v, 2)
    nd = plus(rd, rng.randint(25, 35))
    n = clm(rng)
    lines = [("88305-26", "Surgical path, level IV x3", amount(rng, 240, 330), "PAID"),
             ("88342-26", "Immunohistochemistry, first stain", amount(rng, 110, 160), "PAID"),
             ("88341-26", "Immunohistochemistry, each add'l x4", amount(rng, 300, 420), "DENIED - CO-50")]
    tot = round(sum(x[2] for x in lines), 2)
    fax = f"FROM: KETTLESTONE PROVIDER SVCS {phone(rng, '402')}  {nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  P{{n}}/1"
    p = DRSheet(footer="KHP-PCD-2 (Rev. 09/2025)", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Provider Services - Claim Review")
    p.line("PROVIDER CLAIM DECISION", 11.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "slash")), ("Claim number", n), ("Billing provider", PATH)],
            [("Patient", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Reading pathologist", f"Dr. {pth}"), ("Ordering physician", f"Dr. {gi}"),
             ("Specimen from", "Loess Hills Endoscopy Center")],
            [("Biopsy date", fdate(v, "slash")), ("Read date", fdate(rd, "slash")), ("Billing NPI / TIN",
                                                                                      f"{npi(rng)} / {tin(rng)}")]],
           size=8.4, cap=5.8, h=9.6)
    p.table(["Line", "CPT", "Description", "Charged", "Status"],
            [[str(i + 1), c, d, money(b, "nosign"), s] for i, (c, d, b, s) in enumerate(lines)]
            + [["", "", "Claim total", money(tot, "nosign"), ""]],
            [12, 24, 76, 26, 43.9], size=8.4, aligns=["C", "L", "L", "R", "L"], bold_last=True)
    p.checks("Reason for the denied line", [(True, "Not needed for this diagnosis (CO-50)"),
                                            (False, "No approval on file"), (False, "Coding"),
                                            (False, "Filed late")], size=8, cols=4)
    p.para(f"Our reviewer, Dr. {rev}, a pathologist, read the report. The gastric biopsies showed the organism on "
           "the routine stains and on the first immunostain, and the report states the diagnosis was clear at that "
           "point. The four further stains on line 3 did not change the diagnosis or the care, so they were not "
           "needed. Lines 1 and 2 were paid on this claim.", 8.8)
    p.para("You may ask for a reconsideration within 90 days of the date of this decision. Include the pathology "
           "report and the claim number. Form KHP-RCN-1 (Rev. 02/2026) is on our provider site.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(tot), service_dates=[rd.isoformat()], denial_date=nd.isoformat(),
              provider=pth, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [PATH], "service_dates": [[v.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    patient, pth, doc, sig = people(rng, 4)
    mid = k_id(rng)
    v = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(v, rng.randint(28, 40))
    billed = amount(rng, 160, 340)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} el Dr. {doc} le tomó una muestra en su consultorio y la envió a "
           f"{LAB}. El laboratorio nos cobró {money(billed)} por recibir, preparar y enviar la muestra, y tramitamos "
           f"ese cobro con el número {n}. La lectura de las laminillas la hizo la Dra. {pth}, de {PATH}, y esa parte "
           "ya la pagamos.", 10)
    p.para("No vamos a pagar el cobro del laboratorio. Aunque el hospital Hearthmoor tiene contrato con nosotros "
           "para la atención en el hospital, su laboratorio de servicios externos no firmó contrato con Kettlestone "
           "para trabajar con muestras de consultorios. Su plan no paga laboratorios fuera de la red, salvo en una "
           "emergencia.", 10)
    p.para(f"Su número de miembro es {mid}. Su grupo es {GROUP}.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "dentro de 72 horas. Puede pedir una revisión externa dentro de 4 meses después de nuestra decisión "
           "final.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": LAB_ALT})
    return out(p), t


def rotated_statement(rng):
    patient, guar, pth = people(rng, 3)
    mid = k_id(rng)
    v = dt.date(2026, 3, rng.randint(3, 25))
    sd = plus(v, rng.randint(30, 45))
    acct = f"QPA-{digits(rng, 7)}"
    lines = [("88305", "Surgical pathology, level IV", amount(rng, 150, 220)),
             ("88312", "Special stain, group I", amount(rng, 70, 110))]
    tot = round(sum(x[2] for x in lines), 2)
    paid = round(tot * 0.55, 2)
    coins = round(tot * 0.12, 2)
    adj = round(tot - paid - coins, 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PATH, "QPA", [f"Professional pathology services  |  {address(rng)[0]}, Council Bluffs IA 515"
                              f"{rng.randint(10, 99)}  |  Billing {phone(rng, '712')}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [guar, *address(rng)], "Pay to",
                [PATH, f"PO Box {rng.randint(2000, 9000)}", f"Council Bluffs IA 51502-{digits(rng, 4)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Pathologist", f"Dr. {pth}"), ("Insurance", f"{INS}  {mid}"), ("Due by", fdate(plus(sd, 25), "slash"))]],
           size=8.4)
    p.table(["Date", "CPT", "Description", "Amount"],
            [[fdate(v, "slash"), c, d, money(b, "nosign")] for c, d, b in lines]
            + [["", "", "Total charges", money(tot, "nosign")], ["", "", "Kettlestone payment", f"-{money(paid, 'nosign')}"],
               ["", "", "Contract adjustment", f"-{money(adj, 'nosign')}"],
               ["", "", "AMOUNT YOU OWE (coinsurance)", money(coins)]],
            [28, 22, 100, 29.9], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("We read the tissue your doctor removed; this is a separate bill from your doctor's and from the hospital "
           "or lab that handled the sample. Your insurer has paid its share. Please pay the coinsurance by the due "
           "date.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=PATH, unscored=["insurer"],
              alternates={"provider": [pth], "member_id": [None]})
    return out(p), t


def lowres_late(rng):
    patient, pth, onc, sig = people(rng, 4)
    mid = k_id(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    recv = plus(v, rng.randint(100, 115))
    nd = plus(recv, rng.randint(10, 18))
    billed = amount(rng, 240, 420)
    n = clm(rng)
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"At the request of your oncologist, Dr. {onc}, Dr. {pth} of {PATH} gave a second reading of your "
           f"lymph node slides on {fdate(v, 'long')}. The group's bill for that reading, {money(billed)}, reached us "
           f"on {fdate(recv, 'long')}. We filed it under claim {n}.", 10)
    p.para("Doctors and groups in our network agree to send us their bills within 90 days of the date of the "
           "service. This bill came after those 90 days, so we are not paying it. Because the group agreed to that "
           "limit, it may not bill you for this reading. If you get a bill, call us.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Write your claim number on each page. "
           f"Urgent appeals are decided within 72 hours. Your member ID is {mid}. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=pth,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [PATH]})
    return out(p), t


def photocopy_appeal(rng):
    patient, onc, pth, rev = people(rng, 4)
    mid = k_id(rng)
    v = dt.date(2026, 2, rng.randint(4, 24))
    nd = plus(v, rng.randint(60, 80))
    billed = amount(rng, 700, 1300)
    n = clm(rng)
    ap = f"APL-26-{digits(rng, 6)}"
    p = DRSheet(footer="KHP-APL-1 (Rev. 01/2026)   Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of decision", fdate(nd, "long")), ("Appeal no.", ap), ("Claim no.", n)],
            [("Patient", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Performing lab", LAB), ("Test date", fdate(v, "slash"))],
            [("Ordered by", f"Dr. {onc}"), ("Tissue read by", f"Dr. {pth}")],
            [("Test", "81210 BRAF gene analysis"), ("Charged", money(billed))]],
           size=8.4, cap=5.8, h=9.6)
    p.checks("Outcome", [(False, "Reversed"), (True, "Upheld"), (False, "Partly reversed")], size=8.2, cols=3)
    p.section("1", "Reason")
    p.para("Your plan asks that genetic tests of a tumour be approved before they are run. The outreach lab sent "
           "your tumour sample out for the BRAF test without asking us first, and nothing in the records shows the "
           "result was needed within a day or two. The lab may still ask us to review the test now; that is a "
           "separate request. An oncologist who did not make the first decision reviewed your appeal.", 9)
    p.section("2", "Next steps")
    p.para("You may ask for a second-level appeal within 60 days of the date of this decision. You may also ask "
           "for an external review within 4 months. Expedited reviews are decided within 72 hours.", 9)
    p.para(f"Dr. {rev}, Medical Director, Laboratory Benefits", 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ap, n], claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": LAB_ALT + [onc], "case_numbers": [[ap], [n]]})
    return out(p), t


def clean300_stack(rng):
    patient, guar, doc, sig = people(rng, 4)
    mid = k_id(rng)
    v = dt.date(2026, 4, rng.randint(2, 14))
    sd = plus(v, rng.randint(20, 28))
    acct = f"HM{digits(rng, 9)}"
    lines = [("36415", "Venipuncture", amount(rng, 15, 30)), ("84443", "Thyroid stimulating hormone",
                                                               amount(rng, 55, 90)),
             ("82306", "Vitamin D, 25-hydroxy", amount(rng, 60, 110))]
    tot = round(sum(x[2] for x in lines), 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(LAB, "HRH", [f"Patient Financial Services  |  Lincoln NE 685{rng.randint(10, 99)}  |  "
                             f"{phone(rng, '402')}"], box="STATEMENT", size=11)
    p.addr_pair("Guarantor", [guar, *address(rng)], "Remit to",
                [f"{LAB}", f"PO Box {rng.randint(2000, 9000)}", f"Lincoln NE 68501-{digits(rng, 4)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account no.", acct), ("Patient", patient)],
            [("Ordering physician", f"Dr. {doc}"), ("Insurance", f"{INS} {mid}"), ("Balance due", "$0.00")]],
           size=8.4)
    p.table(["Date", "CPT", "Description", "Charges"],
            [[fdate(v, "slash"), c, d, money(b, "nosign")] for c, d, b in lines]
            + [["", "", "Total charges", money(tot, "nosign")], ["", "", "Sent to insurance - pending", "0.00"], ["", "", "PATIENT BALANCE", "$0.00"]],
            [28, 22, 100, 29.9], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("This is a summary, not a bill. We sent these charges to your insurer.", 9)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
                          service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=LAB,
                          unscored=["insurer"], alternates={"provider": LAB_ALT, "member_id": [None]}))
    nd = plus(sd, rng.randint(8, 16))
    first, n = clm(rng), clm(rng)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Member ID {mid}", 10, gap=3)
    q.para(f"Dear {patient}:", 10)
    q.para(f"{LAB} sent us a bill of {money(tot)} for blood tests done on {fdate(v, 'long')} for your doctor, "
           f"Dr. {doc}. We filed this bill as claim {n}.", 10)
    q.para(f"We already processed the same tests, for the same day, from the same lab under claim {first}, and we "
           f"paid that claim. This second bill is a copy of the first one, so we are not paying it again. You do not "
           "owe anything more for these tests.", 10)
    q.para("If you think this is wrong, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[n],
                          claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                          provider=LAB, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": LAB_ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_outreach_handling_line_bundled", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_claim_decision_form_extra_stains_not_needed", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "phone_es_laboratorio_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_pathology_group_statement", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_second_opinion_read_sent_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "photocopy_appeal_form_upheld_molecular_test_no_approval", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_lab_statement_then_duplicate_claim_letter_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
