"""Family 'medi_cal_dental_notice_of_action_treatment_authorization_denial': Medi-Cal Dental (California Department
of Health Care Services) Notices of Action denying or modifying Treatment Authorization Requests (crowns, partial
dentures, root canals), mirrored for structure and wording only: a State Hearing asked within 90 days of the
notice. Every beneficiary, dentist, office, TAR/document control number and amount is invented; phones use 555.

Documents: a born-digital Notice of Action denying a crown (label column with dot leaders); a fine fax letter to a
dentist told only in sentences, with a typed fax header line (root canal denied, radiographs do not show the
apex); a clean scan of a Spanish Notice of Action (values under small captions) denying an upper partial
denture; a 150 dpi landscape provider Explanation of Benefits with four claim lines, one denied for no approved
TAR (two-line column headings, totals row, adjustment-code legend); a photocopied two-page Notice of Action
modifying a four-crown request (running header, hearing rights on page 2, all-capitals month dates); a phone
photo of a TAR approval after re-evaluation (denies nothing); a standard fax stack: a typed cover sheet, a
Notice of Action denying a root canal on a third molar as not a benefit, a blank separator, and the dentist's
re-evaluation letter fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, pdf_bytes, truth
from kit_roundde_famdef import (addr_block, captions, fax_line, fd, heading, leader, pat, plus, table2, usd)

FAMILY = "medi_cal_dental_notice_of_action_treatment_authorization_denial"
LANG = "en"
SEED = 350505
INS = "Medi-Cal Dental"
INS_ALT = ["Medi-Cal Dental Program", "California Department of Health Care Services"]
PO = "P.O. Box 15539, Sacramento, CA 95852-0539"
PHONE = "(800) 555-0148"
TTY = "(800) 555-0177"
DENTISTS = [("Priya Castellanos, DDS", "Priya Castellanos", "Harborgate Family Dentistry"),
            ("Anselm Tovar, DMD", "Anselm Tovar", "Sierra Oaks Dental Group"),
            ("Renata Okafor, DDS", "Renata Okafor", "Mission Creek Community Dental"),
            ("Gideon Haraldsen, DDS", "Gideon Haraldsen", "Vineland Smiles Dental Office"),
            ("Marisol Esquivel, DDS", "Marisol Esquivel", "Arroyo Seco Dental Care"),
            ("Theo Balakrishnan, DMD", "Theo Balakrishnan", "Redwood Terrace Endodontics"),
            ("Ingrid Sorensen, DDS", "Ingrid Sorensen", "Golden Poppy Dental Clinic")]
TOWNS = [("Stockton", "CA 95204"), ("Fresno", "CA 93721"), ("Modesto", "CA 95354"), ("Visalia", "CA 93291"),
         ("Salinas", "CA 93901"), ("Chico", "CA 95926"), ("Oxnard", "CA 93030")]
FORM = "NOA-D 04/25"


def person(r: Rand, es: bool = False):
    return r.person("es" if es else "en")[0]


def base(r: Rand, k: int, es: bool = False):
    d = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 100))
    town, z = TOWNS[k]
    return dict(date=d, name=person(r, es), bic=pat(r, "9999999") + pat(r, "9A") + pat(r, "99999"),
                dcn=pat(r, "626") + pat(r, "99999999"), dob=dt.date(r.randint(1950, 2004), r.randint(1, 12),
                r.randint(1, 28)), recv=plus(d, -r.randint(6, 15)), dent=DENTISTS[k],
                npi=r.choice("12") + pat(r, "999999999"), addr=[f"{r.randint(100, 9800)} {r.choice(['Olive', 'Almond', 'Manzanita', 'Cypress', 'Tule'])} {r.choice(['St', 'Ave', 'Way', 'Dr'])}", f"{town}, {z}"],
                town=town)


def letterhead(d: Doc, sub: str = "California Department of Health Care Services", size: float = 15):
    d.set_font(d.base_font, "B", size)
    d.cell(0, 7, "Medi-Cal Dental", new_x="LMARGIN", new_y="NEXT")
    d.set_font(d.base_font, "", 8.5)
    d.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"{PO}   |   {PHONE}   |   TTY {TTY}", new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.ln(5)


def hearing_rights(d: Doc, size: float = 9):
    heading(d, "YOUR RIGHTS: HOW TO ASK FOR A STATE HEARING", 10)
    d.para("If you do not agree with this action, you may ask for a State Hearing. You have 90 days from the "
           "date of this notice to ask for a State Hearing. The 90 days started the day after this notice was "
           "mailed. You may ask by writing to the California Department of Social Services, State Hearings "
           f"Division, or by calling the toll-free number. If you are receiving services now and you ask for a "
           "hearing within 10 days of the date this notice was mailed, your services may continue while you "
           "wait for the hearing decision.", size)
    d.para("You may represent yourself at the hearing or have a friend, a relative, or a lawyer speak for you. "
           f"For free legal help, call your local legal aid office. Questions about this notice: call Medi-Cal "
           f"Dental at {PHONE} (TTY {TTY}), Monday through Friday, 8 a.m. to 5 p.m.", size)


def t_common(b, **kw):
    return dict(insurer=INS, member_id=b["bic"], member_name=b["name"], provider=b["dent"][1], **kw)


def doc_crown(r: Rand):
    b = base(r, 0)
    d = Doc("Helvetica", footer=f"{FORM}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d)
    addr_block(d, [fd(b["date"], "long"), "", b["name"].upper(), *[a.upper() for a in b["addr"]]])
    heading(d, "NOTICE OF ACTION - DENIAL OF DENTAL SERVICES", 12.5)
    d.ln(1)
    for lab, val in [("Beneficiary Name", b["name"]), ("Date of Birth", fd(b["dob"], "slash")),
                     ("Medi-Cal ID (BIC) No.", b["bic"]), ("Document Control Number (DCN)", b["dcn"]),
                     ("Dentist", b["dent"][0]), ("Dentist NPI", b["npi"]),
                     ("TAR Received", fd(b["recv"], "slash")),
                     ("Service Requested", "D2740 Crown - porcelain/ceramic, tooth #30")]:
        leader(d, lab, val, w=92, size=9.5)
    d.ln(3)
    d.para(f"Medi-Cal Dental has reviewed the Treatment Authorization Request your dentist sent for you. The "
           "request is DENIED. The reason: the tooth has enough healthy structure left to be restored with a "
           "filling. A crown is covered only when a tooth cannot be restored with a filling because it is badly "
           "broken down by decay or fracture. This decision is based on the Medi-Cal Dental Manual of Criteria, "
           "Section 5, Restorative Procedures, and California Code of Regulations, Title 22, Section 51307.", 9.8)
    d.para("You can still get a filling on this tooth. Ask your dentist about other covered treatment.", 9.8)
    hearing_rights(d)
    d.para("Medi-Cal Dental Reviewer ID 4471     Mailed " + fd(b["date"], "slash"), 8)
    t = truth("denial_letter", "medical_necessity", **t_common(b, case_numbers=[b["dcn"]],
              denial_date=b["date"].isoformat(), appeal_deadline=None,
              alternates={"appeal_deadline": [plus(b["date"], 90).isoformat()]}))
    return pdf_bytes(d), t


def doc_fax_letter(r: Rand):
    b = base(r, 1)
    d = Doc("Times", margins=(24, 16, 24))
    d.add_page()
    fax_line(d, r, b["date"], "MEDI-CAL DENTAL TAR UNIT", 1, 1)
    d.set_font("Times", "B", 14)
    d.cell(0, 7, "Medi-Cal Dental", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, f"{PO}  -  Provider Services {PHONE}", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.para(fd(b["date"], "long"), 11)
    addr_block(d, [b["dent"][0], b["dent"][2], *b["addr"]], 11)
    d.para(f"Dear Dr. {b['dent'][1].split()[-1]}:", 11)
    d.para(f"We are writing about the Treatment Authorization Request that your office sent for your patient "
           f"{b['name']}, born {fd(b['dob'], 'long')}, whose Medi-Cal identification number is {b['bic']}. We "
           f"received the request on {fd(b['recv'], 'long')} and gave it document control number {b['dcn']}.", 11)
    d.para("You asked for root canal therapy on a molar (procedure D3330, tooth #19). We are not able to approve "
           "it. The periapical radiograph you sent does not show the complete root apex of the tooth, and the "
           "bitewing image is more than eight months old, so our dental consultant could not see that the "
           "tooth can be saved. Root canal therapy is approved only when the radiographs show that the tooth "
           "is restorable and that the roots are free of untreatable disease.", 11)
    d.para("If you disagree, you may ask us to re-evaluate this decision. Send a Notice of Re-evaluation with "
           "a current periapical radiograph showing the whole root within 60 days of the date of this letter. "
           f"Your patient has also been told in a separate notice that she may ask for a State Hearing, and "
           f"your billing office may call us at {PHONE} with questions about the request.", 11)
    d.para("Sincerely,", 11)
    d.para("Dental Consultant, Treatment Authorization Unit\nMedi-Cal Dental", 11)
    t = truth("denial_letter", "medical_necessity", **t_common(b, case_numbers=[b["dcn"]],
              denial_date=b["date"].isoformat(), appeal_deadline=plus(b["date"], 60).isoformat(),
              denial_alternates=["other"]))
    return pdf_bytes(d), t


def doc_es(r: Rand):
    b = base(r, 2, es=True)
    d = Doc("Helvetica", margins=(20, 14, 20), footer="Formulario NOA-D (S) 04/25")
    d.add_page()
    d.set_font("Helvetica", "B", 13)
    d.cell(0, 6, "Medi-Cal Dental", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, "Departamento de Servicios de Atención Médica de California", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"{PO}   Teléfono {PHONE}   TTY {TTY}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    addr_block(d, [b["name"], *b["addr"]], 10)
    heading(d, "AVISO DE ACCIÓN - SERVICIOS DENTALES NEGADOS", 12)
    captions(d, [("Fecha de este aviso", fd(b["date"], "es"), 62), ("Número de control (DCN)", b["dcn"], 58),
                 ("Número de identificación de Medi-Cal", b["bic"], 55)])
    captions(d, [("Beneficiario", b["name"], 62), ("Fecha de nacimiento", fd(b["dob"], "slash"), 58),
                 ("Fecha en que recibimos la solicitud", fd(b["recv"], "es"), 55)])
    captions(d, [("Dentista", b["dent"][0], 62), ("NPI del dentista", b["npi"], 58),
                 ("Servicio pedido", "D5211 dentadura parcial superior", 55)])
    d.ln(2)
    d.para("Medi-Cal Dental revisó la Solicitud de Autorización de Tratamiento que envió su dentista. La solicitud "
           "fue NEGADA. La razón: usted tiene ocho dientes posteriores en oclusión (dientes que se tocan al "
           "morder). Una dentadura parcial está cubierta solo cuando faltan dientes posteriores y usted no puede "
           "masticar de forma equilibrada. Esta decisión se basa en el Manual de Criterios de Medi-Cal Dental, "
           "Sección 5, Prostodoncia Removible, y en el Título 22 del Código de Regulaciones de California.", 9.8)
    heading(d, "SUS DERECHOS: CÓMO PEDIR UNA AUDIENCIA ESTATAL", 10)
    d.para("Si no está de acuerdo con esta acción, puede pedir una Audiencia Estatal. Tiene 90 días a partir de la "
           "fecha de este aviso para pedirla. Puede escribir al Departamento de Servicios Sociales de California, "
           "División de Audiencias Estatales, o llamar al número gratuito. Si pide una audiencia dentro de 10 "
           "días, sus servicios actuales pueden continuar mientras espera la decisión.", 9.5)
    d.para(f"Puede representarse usted mismo o pedir que un amigo, un familiar o un abogado hable por usted. "
           f"Preguntas: llame a Medi-Cal Dental al {PHONE} (TTY {TTY}), de lunes a viernes, de 8 a.m. a 5 p.m.", 9.5)
    t = truth("denial_letter", "medical_necessity", lang="es", **t_common(b, case_numbers=[b["dcn"]],
              denial_date=b["date"].isoformat(), appeal_deadline=None,
              alternates={"appeal_deadline": [plus(b["date"], 90).isoformat()]}))
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    b = base(r, 3)
    d = Doc("Helvetica", orientation="L", margins=(12, 12, 12),
            footer="Medi-Cal Dental  EOB  Form 1802-P   Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 13)
    d.cell(140, 6, "Medi-Cal Dental  -  EXPLANATION OF BENEFITS")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 6, f"Issue Date: {fd(b['date'], 'slash')}     Warrant No. {pat(r, '99999999')}", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"{PO}  |  Provider Services {PHONE}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Helvetica", "", 9)
    d.cell(130, 4.6, f"Billing Provider: {b['dent'][2]}")
    d.cell(0, 4.6, f"Billing Provider No. {pat(r, '999999')}    Tax ID {pat(r, '99-9999999')}",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(130, 4.6, f"Rendering Dentist: {b['dent'][0]}   NPI {b['npi']}")
    d.cell(0, 4.6, f"Processing period {fd(plus(b['date'], -14), 'slash')} - {fd(plus(b['date'], -1), 'slash')}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    lines = []
    deny = 2
    dos0 = plus(b["date"], -r.randint(20, 40))
    recs = []
    for i in range(4):
        nm = b["name"] if i == deny else person(r)
        first, mid, last = nm.split()[0], nm.split()[1].rstrip("."), nm.split()[-1]
        dcn = b["dcn"] if i == deny else pat(r, "626") + pat(r, "99999999")
        bic = b["bic"] if i == deny else pat(r, "9999999") + pat(r, "9A") + pat(r, "99999")
        dos = plus(dos0, r.randint(0, 9))
        proc, tooth = [("D2391", "#4"), ("D1110", "--"), ("D2750", "#8"), ("D0220", "--")][i]
        billed = [r.randint(120, 260) + 0.0, r.randint(90, 160) + 0.0, float(r.randint(1150, 1700)),
                  float(r.randint(40, 70))][i]
        paid = 0.0 if i == deny else round(billed * r.uniform(0.35, 0.6), 2)
        code = "0028" if i == deny else "--"
        recs.append((dcn, f"{last.upper()}, {first.upper()} {mid}", bic, dos, tooth, proc, billed, paid, code))
    for dcn, nm, bic, dos, tooth, proc, billed, paid, code in recs:
        lines.append([dcn, nm, bic, fd(dos, "slash"), tooth, proc, usd(billed, "nosign"), usd(paid, "nosign"),
                      code])
    tb = sum(x[6] for x in recs)
    tp = sum(x[7] for x in recs)
    table2(d, ["Document", "Beneficiary", "Medi-Cal", "Date of", "Tooth/", "Proc.", "Amount", "Amount", "Adj."],
           ["Control No.", "Name", "ID (BIC)", "Service", "Surface", "Code", "Billed", "Paid", "Code"],
           lines + [["*TOTALS THIS EOB", "", "", "", "", "", usd(tb, "nosign"), usd(tp, "nosign"), ""]],
           [34, 50, 36, 24, 18, 18, 26, 26, 18], "LLLLLLRRC", size=8.5, row_h=5.6)
    d.set_font("Helvetica", "B", 8.5)
    d.cell(0, 5, "ADJUSTMENT CODE LEGEND", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    for c, txt in [("0028", "Procedure requires prior authorization. No approved Treatment Authorization Request is "
                            "on file for this beneficiary, tooth and procedure. Payment denied."),
                   ("0310", "Frequency limitation: prophylaxis allowed once in a six-month period."),
                   ("--", "Allowed as billed, less the Schedule of Maximum Allowances reduction.")]:
        d.cell(14, 4.5, c)
        d.multi_cell(0, 4.5, txt, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("To dispute a denied line, submit a Claim Inquiry Form (CIF) within 90 days of the date of this EOB, "
           "with the DCN and a copy of this page. Year-to-date payments to this billing provider: "
           f"{usd(r.randint(18000, 42000) + 0.5)}.", 8.5)
    t = truth("eob", "prior_authorization", **t_common(b, case_numbers=[b["dcn"]], claim_amount=f"{recs[deny][6]:.2f}",
              service_dates=[recs[deny][3].isoformat()], denial_date=b["date"].isoformat(),
              appeal_deadline=plus(b["date"], 90).isoformat(), alternates={"appeal_deadline": [None]}))
    t["fields"]["provider"] = b["dent"][2]
    t["alternates"]["provider"] = [b["dent"][1]]
    return pdf_bytes(d), t


def doc_modified(r: Rand):
    b = base(r, 4)
    hdr = f"Notice of Action - Modification     {b['name']}     DCN {b['dcn']}     Page 2 of 2"
    d = Doc("Helvetica", header=hdr, margins=(20, 15, 20), footer=f"{FORM}-M")
    d.add_page()
    letterhead(d, size=13)
    d.set_font("Helvetica", "", 9.5)
    d.cell(0, 5, f"DATE OF NOTICE: {fd(b['date'], 'caps')}", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(d, [b["name"].upper(), *[a.upper() for a in b["addr"]]])
    heading(d, "NOTICE OF ACTION - TREATMENT AUTHORIZATION REQUEST MODIFIED", 12)
    for lab, val in [("Beneficiary:", b["name"]), ("Medi-Cal ID:", b["bic"]), ("DCN:", b["dcn"]),
                     ("Birth date:", fd(b["dob"], "caps")), ("Requesting dentist:", b["dent"][0]),
                     ("Office:", b["dent"][2]), ("Request received:", fd(b["recv"], "caps"))]:
        d.set_font("Helvetica", "", 9.5)
        d.cell(45, 5.4, lab)
        d.set_font("Helvetica", "B", 9.5)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Your dentist asked Medi-Cal Dental to approve four crowns. We approved part of the request and "
           "denied part of it, as shown below.", 9.8)
    table2(d, ["Tooth", "Procedure", "", "Decision"], ["", "Code", "Description", ""],
           [["#3", "D2740", "Crown - porcelain/ceramic", "DENIED"], ["#14", "D2740", "Crown - porcelain/ceramic", "DENIED"],
            ["#19", "D2750", "Crown - porcelain fused to high noble", "APPROVED"],
            ["#30", "D2750", "Crown - porcelain fused to high noble", "APPROVED"]],
           [22, 26, 80, 30], "LLLL", size=9, row_h=5.8)
    d.para("Reason for denial of teeth #3 and #14: the radiographs show that each tooth still has enough healthy "
           "structure to hold a filling. A crown is covered only when a tooth cannot be restored with a filling. "
           "(Manual of Criteria, Section 5; Title 22, California Code of Regulations, Section 51307.)", 9.8)
    d.para("The approved crowns must be completed within 180 days. Your dentist has a copy of this notice.", 9.8)
    d.add_page()
    hearing_rights(d, 9.5)
    heading(d, "OTHER HELP", 10)
    d.para("The Office of the Ombudsman can help you with Medi-Cal questions. If you need this notice in another "
           "language or in large print, call us. Notice printed " + fd(plus(b["date"], -1), "caps") + ".", 9.5)
    t = truth("denial_letter", "medical_necessity", **t_common(b, case_numbers=[b["dcn"]],
              denial_date=b["date"].isoformat(), appeal_deadline=None,
              alternates={"appeal_deadline": [plus(b["date"], 90).isoformat()]}))
    return pdf_bytes(d), t


def doc_approval(r: Rand):
    b = base(r, 5)
    d = Doc("Helvetica", margins=(22, 18, 22))
    d.add_page()
    letterhead(d, size=14)
    d.para(fd(b["date"], "abbr"), 10)
    addr_block(d, [b["name"], *b["addr"]])
    heading(d, "Your dental treatment has been approved", 12)
    d.para(f"Good news. After your dentist sent us new X-rays, Medi-Cal Dental re-evaluated the Treatment "
           f"Authorization Request for {b['name']} (Medi-Cal ID {b['bic']}, date of birth "
           f"{fd(b['dob'], 'slash')}). The request, document control number {b['dcn']}, is now APPROVED.", 10)
    for lab, val in [("Approved service", "D3330 Root canal - molar, tooth #3"), ("Dentist", b["dent"][0]),
                     ("Office", b["dent"][2]), ("Re-evaluation received", fd(b["recv"], "slash")),
                     ("Valid for", "180 days from the date of this letter")]:
        leader(d, lab, val, w=70, size=9.5, ch="-")
    d.ln(3)
    d.para("You do not need to do anything. Your dentist will call you to schedule. If you have questions, call "
           f"{PHONE} (TTY {TTY}).", 10)
    t = truth("other", None, **t_common(b, case_numbers=[b["dcn"]], denial_date=b["date"].isoformat()),
              unscored=["appeal_deadline"])
    t["fields"]["provider"] = b["dent"][1]
    return pdf_bytes(d), t


def doc_stack(r: Rand):
    b = base(r, 6)
    d = Doc("Helvetica", footer=f"{FORM}")
    d.add_page()
    letterhead(d, size=14)
    addr_block(d, [fd(b["date"], "slash"), "", b["name"], *b["addr"]])
    heading(d, "NOTICE OF ACTION", 13)
    d.para("Medi-Cal Dental has denied the dental service listed below.", 10)
    for lab, val in [("Name", b["name"]), ("Medi-Cal ID", b["bic"]), ("DCN", b["dcn"]),
                     ("Provider", f"{b['dent'][0]}, {b['dent'][2]}"), ("Provider NPI", b["npi"]),
                     ("Service", "D3330 Endodontic therapy, molar - tooth #32")]:
        leader(d, lab, val, w=50, size=10)
    d.ln(2)
    d.para("Why: root canal therapy on a third molar is not a Medi-Cal Dental benefit unless the tooth is an "
           "abutment for a removable partial denture or bridge. Tooth #32 is not an abutment. "
           "(Manual of Criteria, Section 7, Endodontics.)", 10)
    hearing_rights(d, 9)
    notice = (pdf_bytes(d), truth("denial_letter", "not_covered", **t_common(b, case_numbers=[b["dcn"]],
              denial_date=b["date"].isoformat(), appeal_deadline=None,
              alternates={"appeal_deadline": [plus(b["date"], 90).isoformat()]})))
    e = Doc("Times", margins=(25, 18, 25))
    e.add_page()
    e.set_font("Times", "B", 13)
    e.cell(0, 6, b["dent"][2], align="C", new_x="LMARGIN", new_y="NEXT")
    e.set_font("Times", "", 9)
    e.cell(0, 4.5, f"{b['addr'][1]}   Tel. (209) 555-{pat(r, '9999')}   Tax ID {pat(r, '99-9999999')}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    ld = plus(b["date"], r.randint(6, 12))
    e.ln(8)
    e.para(fd(ld, "long"), 11)
    e.para("Medi-Cal Dental\nAttn: Re-evaluation Unit\n" + PO, 11)
    e.para(f"RE: {b['name']}   Medi-Cal ID {b['bic']}   DCN {b['dcn']}", 11)
    e.para(f"I am asking for a re-evaluation of the denial of root canal therapy on tooth #32 for my patient. "
           f"Tooth #32 will serve as the distal abutment of a lower removable partial denture that I plan to "
           f"request next, because teeth #29 through #31 are missing. A panoramic radiograph taken "
           f"{fd(plus(b['date'], 3), 'slash')} and the proposed denture design are enclosed.", 11)
    e.para("Thank you for your review.\n\nSincerely,\n\n" + b["dent"][0] + f"\nNPI {b['npi']}", 11)
    letter = (pdf_bytes(e), truth("other", None, insurer=None, member_id=b["bic"], member_name=b["name"],
              provider=b["dent"][1], case_numbers=[b["dcn"]], denial_date=ld.isoformat(),
              unscored=["insurer", "appeal_deadline"], alternates={"denial_date": [None]}))
    return [notice, letter]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(rng.randint(0, 10 ** 9))
    p = "medi_cal_dental_notice_of_action_treatment_authorization_denial_"
    return [Item(p + "bd_crown", "born_digital", [doc_crown(r)]),
            Item(p + "fax_rct_letter", "fax_fine_g4", [doc_fax_letter(r)]),
            Item(p + "scan_es_partial", "scan_clean_300", [doc_es(r)]),
            Item(p + "lowres_eob", "scan_lowres_150", [doc_eob(r)]),
            Item(p + "copy_modified", "photocopy", [doc_modified(r)]),
            Item(p + "photo_approval", "phone_photo", [doc_approval(r)]),
            Item(p + "fax_stack", "fax_standard_g4", doc_stack(r), separators=["cover", "blank"],
                 turns={(1, 0): 180})]
