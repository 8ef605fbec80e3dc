"""Family 'colonoscopy_screening_turned_diagnostic_eob': invented plans' EOBs and member letters, and a
gastroenterology center's statement, on a screening colonoscopy (G0121 / 45378 with modifier 33 or PT) that became
a polypectomy (45385) and was then processed as diagnostic, with the anesthesia (00812 screening / 00811
diagnostic) or the pathology (88305) billed outside the preventive benefit.

Wrenfield Health Plan (EOBs with a shaded table, a ruled-box EOB, a corrected EOB paying in full, a Spanish
"Explicacion de Beneficios") and Ostervale Mutual Health Insurance (member letters) are invented, and so are the
gastroenterology centers (Brackenridge Digestive Health Center, Sorrelwood Gastroenterology & Endoscopy Center,
Linthicum GI Associates Endoscopy Suite), their anesthesiologists and pathologists, and every member. Kinds: EOB
applying the deductible and coinsurance after a polyp was removed; corrected EOB paying the claim in full under the
preventive benefit (original claim number printed); member letter denying the anesthesia line billed 00811 without
modifier 33; Spanish EOB with cost sharing; the center's statement to the patient (balance after the plan's
processing); member letter denying the pathology (88305) as not preventive; ruled-box EOB paying the colonoscopy and
denying the anesthesia line. Decoys: date of birth, anesthesiologist / pathologist and NPIs, claim received date,
plan-year deductible, allowed / plan paid amounts, the statement's "please pay by" date, patient account number,
the 72-hour urgent appeal, the external review 4 months.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FAMILY = "colonoscopy_screening_turned_diagnostic_eob"
LANG = "en"
WF = "Wrenfield Health Plan"
OV = "Ostervale Mutual Health Insurance"
CENTERS = ["Brackenridge Digestive Health Center", "Sorrelwood Gastroenterology & Endoscopy Center",
           "Linthicum GI Associates Endoscopy Suite"]
ANES = ["Dr. Oluwaseun Hargreave, MD", "Dr. Katarzyna Ellsworth, MD", "Dr. Ravindra Moncrieff, DO",
        "Dr. Ilse Paquette-Nwosu, MD"]
PATH = ["Dr. Tomasz Achebe-Lund, MD", "Dr. Farida Castellanos, MD", "Dr. Henrik Oyelowo, MD"]
FIRST = ["Thaddeus", "Priyanka", "Gunnar", "Amalia", "Kofi", "Rosalind", "Dmitri", "Noelani", "Bartholomew",
         "Soraya", "Emeka", "Lisette"]
LAST = ["Fairweather", "Kaczmarek", "Ogunbiyi", "Lindqvist", "Albrecht", "Nakashima", "Delgadillo", "Whitcombe",
        "Papadakis", "Thorvaldsen", "Mbeki-Lowe", "Castellano"]
FIRST_ES = ["Graciela", "Rigoberto", "Yadira", "Anselmo", "Maribel"]
LAST_ES = ["Echeverría", "Quiñones", "Barrientos", "Valdivia", "Sepúlveda"]
DESC = {"45385": "Colonoscopy, snare polypectomy", "45378": "Colonoscopy, diagnostic",
        "G0121": "Colorectal screening colonoscopy", "88305": "Surgical pathology, level IV",
        "00812": "Anesthesia, screening colonoscopy", "00811": "Anesthesia, lower GI endoscopy",
        "99152": "Moderate sedation, first 15 min"}
DESC_ES = {"45385": "Colonoscopía con polipectomía", "88305": "Patología quirúrgica, nivel IV",
           "00811": "Anestesia, endoscopia digestiva baja"}
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "eob_polyp": ("eob", "coding_error", ["not_covered", None]),
    "eob_corrected": ("other", None, []),
    "letter_anes": ("denial_letter", "coding_error", ["not_covered"]),
    "eob_es": ("eob", "coding_error", ["not_covered", None]),
    "statement": ("other", None, []),
    "letter_path": ("denial_letter", "not_covered", ["coding_error"]),
    "eob_anes_box": ("eob", "coding_error", ["not_covered"]),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(181500 + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    es = kind == "eob_es"
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    f = dict(kind=kind, ds=ds, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             name=f"{first} {mid}. {last}", first=first, last=last, addr=list(r.address("es" if es else "en")),
             dob=dt.date(r.randint(1961, 1980), r.randint(1, 12), r.randint(1, 28)), center=r.choice(CENTERS),
             anes=r.choice(ANES), path=r.choice(PATH), npi=r.npi(), anes_npi=r.npi(), path_npi=r.npi(),
             ph=r.phone(), fax=r.phone(), mid=r.choice(["WRF", "W"]) + r.digits(9),
             group=r.choice(["GRP-", "", "0"]) + r.digits(6), acct="PA-" + r.digits(7))
    if kind in ("letter_anes", "letter_path"):  # Ostervale's own ID and claim number forms
        f["mid"] = "OMH-" + f["mid"][-9:]
    f["dos"] = notice - dt.timedelta(days=r.randint(24, 55))
    f["received"] = f["dos"] + dt.timedelta(days=r.randint(5, 14))
    f["claim"] = r.choice(["26", "WH"]) + r.digits(10)
    f["orig_claim"] = "26" + r.digits(10)
    sets = {
        "eob_polyp": [("45385", "33", 2140.00), ("88305", "", 312.00)],
        "eob_corrected": [("45385", "33", 2265.00), ("88305", "", 298.50)],
        "letter_anes": [("45385", "33", 1985.00), ("00811", "", 864.00)],
        "eob_es": [("45385", "33", 2310.00), ("88305", "", 305.00)],
        "statement": [("45385", "33", 2195.00), ("00811", "", 910.00), ("88305", "", 320.00)],
        "letter_path": [("88305", "", 412.00)],
        "eob_anes_box": [("45385", "33", 2055.00), ("00811", "", 780.00)],
    }[kind]
    f["lines"] = sets
    f["billed"] = round(sum(x[2] for x in sets), 2)
    return f


def share(kind: str, code: str, amt: float) -> tuple[float, float, float, float, str]:
    """(allowed, deductible, coinsurance, plan paid, note) for a line."""
    allowed = round(amt * 0.58, 2)
    if kind == "eob_corrected":
        return allowed, 0.0, 0.0, allowed, "PV1"
    if kind == "eob_anes_box":
        if code == "00811":
            return 0.0, 0.0, 0.0, 0.0, "M33"
        return allowed, 0.0, 0.0, allowed, ""
    ded = round(min(allowed, 850.0 if code == "45385" else allowed), 2)
    rest = round(allowed - ded, 2)
    coins = round(rest * 0.2, 2)
    return allowed, ded, coins, round(rest - coins, 2), "DX4"


def appeal_text(f: dict, ins: str, es: bool = False) -> str:
    if es:
        return (f"Envíe su apelación a {ins}, Apelaciones de Miembros, PO Box 4471, Harrisburg, PA 17105, o llame al "
                f"{f['ph']} (TTY 711). Si esperar puede poner en grave peligro su salud, pida una apelación urgente: "
                "le responderemos en 72 horas. Puede pedir una revisión externa dentro de 4 meses después de nuestra "
                "decisión final.")
    return (f"Send your appeal to {ins}, Member Appeals, PO Box 4471, Harrisburg, PA 17105, fax {f['fax']}, or call "
            f"Member Services at {f['ph']} (TTY 711). If waiting could seriously harm your health, ask for an urgent "
            "appeal; we answer urgent appeals within 72 hours. You may ask for an external review within 4 months "
            "after our final decision.")


def wf_head(d: Doc, f: dict, title: str) -> None:
    d.set_font("Helvetica", "B", 17)
    d.cell(0, 8, "WRENFIELD", new_x="LMARGIN", new_y="NEXT")
    d.text_line("HEALTH PLAN  -  Claims Service Center, 88 Conestoga Way, Lancaster, PA 17602", 8, h=4.5)
    d.rule(0.6, 4)
    d.text_line(title, 13, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 8.5, "B", h=5)
    d.ln(2)


def pairs(d: Doc, rows: list, w: float = 44, size: float = 9.5, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(w, 4.9, k + ":")
        d.font(size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def line_table(d: Doc, f: dict, es: bool = False) -> tuple[float, float]:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    rows, tot = [], [0.0] * 6
    for code, mod, amt in f["lines"]:
        al, de, co, pp, note = share(k, code, amt)
        owe = round(de + co, 2) if k != "eob_anes_box" or code != "00811" else 0.0
        for j, v in enumerate([amt, al, de, co, pp, owe]):
            tot[j] += v
        desc = (DESC_ES if es else DESC)[code]
        td = fmt_date(f["dos"], "es_abbr" if es else ("abbr" if f["ds"] == "long" else f["ds"]))
        rows.append([td, code + ("-" + mod if mod else ""), desc[:34], mo(amt), mo(al), mo(de), mo(co),
                     mo(pp), mo(owe), note])
    rows.append(["*Total" if not es else "*Total", "", "", *[mo(round(v, 2)) for v in tot], ""])
    head = (["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Deducible", "Coaseg.", "Pagó plan",
             "Usted debe", "Nota"] if es else
            ["Date", "Code", "Service", "Billed", "Allowed", "Deductible", "Coins.", "Plan paid", "You owe", "Note"])
    d.table(head, rows, [19, 14, 44, 16, 16, 16, 15, 16, 15, 9], size=6.9, aligns="LLLRRRRRRL", head_fill=True)
    return round(tot[4], 2), round(tot[5], 2)


def eob_polyp(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="WHP-EOB-" + f["claim"][-6:] + "   Page {p} of {n}")
    d.add_page()
    wf_head(d, f, "Explanation of Benefits")
    top = d.get_y()
    pairs(d, [("Statement date", fd(f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Group number", f["group"]), ("Date of birth", fd(f["dob"]))], w=34)
    d.set_y(top)
    pairs(d, [("Claim number", f["claim"]), ("Provider", f["center"]), ("Provider NPI", f["npi"]),
              ("Claim received", fd(f["received"]))], w=32, x=110)
    d.set_y(top + 30)
    d.text_line("Your claim for services on " + fd(f["dos"]), 10.5, "B", h=6)
    paid, owe = line_table(d, f)
    d.text_line("Notes", 10, "B", h=5.5)
    d.para("DX4: This colonoscopy was billed as a screening (modifier 33) but includes the removal of a polyp "
           "(45385) and a polyp diagnosis (D12.5). We processed it under your medical benefit as a diagnostic "
           "service, so your deductible and 20% coinsurance apply. The pathology on the removed polyp was "
           "processed the same way.", 9)
    d.para(f"Your plan-year deductible: $1,500.00; met so far: $1,188.40. Plan paid {f['mo'](paid)} to "
           f"{f['center']}. You owe {f['mo'](owe)} to the provider.", 9)
    d.text_line("Your right to appeal", 10, "B", h=5.5)
    d.para("If you think we processed this claim wrong, you may appeal within 180 days of the date of this "
           "statement. " + appeal_text(f, WF), 8.8)
    return pdf_bytes(d)


def eob_corrected(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="WHP-EOB-C  Page {p} of {n}")
    d.add_page()
    wf_head(d, f, "Corrected Explanation of Benefits")
    first_eob = f["notice"] - dt.timedelta(days=27)
    d.boxes([("Date issued", fd(f["notice"]), 36), ("Patient", f["name"], 62), ("ID number", f["mid"], 42),
             ("Group", f["group"], 36)])
    d.ln(1.5)
    d.boxes([("Claim number", f["claim"], 42), ("Replaces claim", f["orig_claim"], 42),
             ("Rendering provider", f["center"], 92)])
    d.ln(1.5)
    d.boxes([("Anesthesia billed separately by", f["anes"], 88), ("Received", fd(f["received"]), 40)])
    d.ln(4)
    d.para(f"We reprocessed your colonoscopy on {fd(f['dos'])}. This statement replaces the Explanation of Benefits "
           f"dated {fd(first_eob)} for claim {f['orig_claim']}. A polyp removed during a screening colonoscopy is "
           "part of the screening under your preventive care benefit. The claim is now paid in full; you owe "
           "nothing for these services. If you already paid the provider, the provider will refund you.", 9.5)
    paid, owe = line_table(d, f)
    d.text_line("Notes", 10, "B", h=5.5)
    d.para("PV1: Preventive care - screening colonoscopy with polypectomy (modifier 33). Paid at 100%, no deductible "
           "or coinsurance.", 9)
    d.para(f"Plan paid {mo(paid)} to {f['center']}. Your plan-year deductible was adjusted.", 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.", 9)
    return pdf_bytes(d)


def eob_es(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("DejaVu", footer="WHP-EOB-ES   Página {p} de {n}")
    d.add_font("DejaVu", "B", DEJAVU_B)
    d.add_page()
    d.set_font("DejaVu", "", 17)
    d.cell(0, 8, "WRENFIELD", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{WF}  -  Centro de Servicio de Reclamaciones  -  {f['ph']}", 8, h=4.5)
    d.rule(0.6, 4)
    d.text_line("Explicación de Beneficios", 13, h=7)
    d.text_line("ESTO NO ES UNA FACTURA", 8.5, h=5)
    d.ln(2)
    pairs(d, [("Fecha de la explicación", fd(f["notice"])), ("Paciente", f["name"]), ("Nº de miembro", f["mid"]),
              ("Número de grupo", f["group"]), ("Número de reclamación", f["claim"]), ("Proveedor", f["center"]),
              ("Anestesiólogo", f["anes"]), ("Fecha de nacimiento", fd(f["dob"])),
              ("Reclamación recibida", fd(f["received"]))], w=52)
    d.font(10)
    d.text_line("Servicios del " + fd(f["dos"]), 10.5, h=6)
    paid, owe = line_table(d, f, es=True)
    d.text_line("Notas", 10, h=5.5)
    d.para("DX4: La colonoscopía se facturó como prueba de detección (modificador 33), pero incluye la extirpación "
           "de un pólipo (45385). La procesamos como servicio de diagnóstico bajo su beneficio médico; se aplican su "
           "deducible y su coaseguro del 20%. La patología del pólipo se procesó de la misma manera.", 9)
    d.para(f"Usted debe {f['mo'](owe)} al proveedor.", 9)
    d.text_line("Su derecho a apelar", 10, h=5.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación. "
           + appeal_text(f, WF, es=True), 8.8)
    return pdf_bytes(d)


def eob_anes_box(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="Wrenfield Health Plan  |  EOB  |  {p}/{n}")
    d.add_page()
    wf_head(d, f, "Explanation of Benefits - Claim Detail")
    d.boxes([("Processed", fd(f["notice"]), 34), ("Patient name", f["name"], 60), ("Member ID", f["mid"], 44),
             ("Employer group", f["group"], 38)])
    d.ln(1.5)
    d.boxes([("Claim #", f["claim"], 40), ("Billed by", f["center"], 96), ("Received", fd(f["received"]), 40)])
    d.ln(1.5)
    d.boxes([("Anesthesiologist", f["anes"], 80), ("Anesthesiologist NPI", f["anes_npi"], 50)])
    d.ln(4)
    paid, owe = line_table(d, f)
    d.text_line("Notes", 10, "B", h=5.5)
    d.para("M33: Anesthesia during a screening colonoscopy is covered as preventive care when it is billed with "
           "00812, or with 00811 and modifier 33 (PT for Medicare). This line was billed 00811 with no modifier, a "
           "code for a diagnostic procedure. The line is denied as billed. The provider may send a corrected claim; "
           "you do not have to pay for this line while the claim is corrected.", 9)
    d.para(f"The colonoscopy was paid as preventive care: plan paid {mo(paid)}.", 9)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para("You may appeal this decision within 180 days of the date of this statement. " + appeal_text(f, WF), 8.8)
    return pdf_bytes(d)


def ov_head(d: Doc, f: dict) -> None:
    d.set_font("Times", "B", 20)
    d.cell(0, 9, OV, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Claims Review  |  1450 Market Square, Wilmington, DE 19801  |  " + f["ph"], 8.5, h=4.5)
    d.ln(4)
    d.text_line(f["fd"](f["notice"]), 11, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)


def letter_anes(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="OMHI-COL-02  Page {p} of {n}")
    d.add_page()
    ov_head(d, f)
    d.text_line("Notice of Claim Denial: Anesthesia for Colonoscopy", 13, "B", h=7)
    pairs(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim number", f["claim"]),
              ("Provider", f["center"]), ("Anesthesiologist", f["anes"]), ("Date of service", fd(f["dos"])),
              ("Amount billed", mo(f["billed"])), ("Claim received", fd(f["received"]))], w=42, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"{f['center']} billed us for your colonoscopy on {fd(f['dos'])}, which started as a screening. The "
           "colonoscopy with polyp removal (45385-33) was paid under your preventive care benefit. The anesthesia "
           "was billed with code 00811 and no screening modifier. Code 00811 without modifier 33 describes "
           "anesthesia for a diagnostic procedure, and the claim does not show that the procedure began as a "
           "screening. We denied the anesthesia charge as billed. If the center sends a corrected claim with "
           "00812 or modifier 33, we will review it again.", 11)
    d.para(f"The anesthesia was given by {f['anes']}, who works with the center. The center may not bill you "
           "for the denied amount while a corrected claim is pending.", 11)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("How to appeal", 12, "B", h=6)
    d.para(f"We must receive your appeal by {fd(dl)}. " + appeal_text(f, OV), 10.5)
    d.para(f"Sincerely,\nClaims Review Department\n{OV}", 11)
    d.para(f"cc: {f['center']}", 9)
    return pdf_bytes(d)


def letter_path(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="OMHI-COL-05  {p} of {n}")
    d.add_page()
    ov_head(d, f)
    d.text_line("We denied your pathology claim", 13, "B", h=7)
    pairs(d, [("Patient", f["name"]), ("Date of birth", fd(f["dob"])), ("ID number", f["mid"]),
              ("Group #", f["group"]), ("Claim #", f["claim"]), ("Billed by", f["center"] + " - Pathology Lab"),
              ("Reading pathologist", f["path"]), ("Pathologist NPI", f["path_npi"]),
              ("Date of service", fd(f["dos"])), ("Charges", mo(f["billed"]))], w=44)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"On {fd(f['dos'])} you had a screening colonoscopy at {f['center']}. Polyps were removed and sent to the "
           f"center's pathology lab, which billed us for surgical pathology (88305, 3 specimens, {mo(f['billed'])}). "
           "Your plan covers a screening colonoscopy as preventive care. Your plan's preventive benefit, as written "
           "in your Certificate of Coverage, section 4.2, does not include laboratory tests done on tissue removed "
           "during the screening; these are covered under your medical benefit only when your plan's "
           "diagnostic-services rider is in force, and your group does not have it. The pathology charge is not "
           "covered.", 10)
    d.text_line("If you disagree", 11, "B", h=6)
    d.para("You or someone you name may appeal within 180 days of the date of this letter. "
           + appeal_text(f, OV), 9.8)
    d.para(f"Sincerely,\nDr. Marguerite Okafor-Strand, MD, Associate Medical Director\n{OV}", 10)
    return pdf_bytes(d)


def statement(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer=f"{f['center']}  -  Billing office {f['ph']}")
    d.add_page()
    d.text_line(f["center"], 15, "B", h=8)
    d.text_line("Patient Billing Office  |  610 Fenwick Avenue, Suite 200, Erie, PA 16501", 8.5, h=4.5)
    d.rule(0.4, 4)
    d.text_line("PATIENT STATEMENT", 13, "B", h=7)
    top = d.get_y()
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.set_y(top)
    pairs(d, [("Statement date", fd(f["notice"])), ("Account number", f["acct"]),
              ("Please pay by", fd(f["notice"] + dt.timedelta(days=30)))], w=32, x=112)
    d.ln(4)
    pairs(d, [("Patient", f["name"]), ("Insurance", WF), ("Member ID", f["mid"]), ("Group", f["group"]),
              ("Insurance claim #", f["claim"]), ("Gastroenterologist", "Dr. Wendeline Asare-Holm, MD"),
              ("Anesthesia", f["anes"])], w=40)
    rows, ins_paid = [], 0.0
    for code, mod, amt in f["lines"]:
        paid = round(amt * 0.58 * 0.8 * (0.6 if code == "45385" else 0.75), 2)
        ins_paid += paid
        rows.append([fd(f["dos"]), code + ("-" + mod if mod else ""), DESC[code][:36], mo(amt), mo(paid)])
    bal = round(f["billed"] - ins_paid - round(f["billed"] * 0.42, 2), 2)
    rows.append(["*Total charges", "", "", mo(f["billed"]), mo(round(ins_paid, 2))])
    d.table(["Date", "Code", "Description", "Charges", "Insurance paid"], rows, [24, 20, 70, 26, 30], size=8.6,
            aligns="LLLRR")
    d.para(f"Contractual adjustment: {mo(round(f['billed'] * 0.42, 2))}", 9.5)
    d.text_line(f"Amount due from you: {mo(bal)}", 11.5, "B", h=7)
    d.para(f"Your insurance, {WF}, processed your colonoscopy as a diagnostic procedure because a polyp was removed, "
           "and applied your deductible and coinsurance. If you believe your colonoscopy should have been paid as "
           "preventive care, you may appeal to your insurance company; the appeal rights are on the Explanation of "
           "Benefits it sent you. We will hold your account for 60 days if you tell us you have appealed.", 9.5)
    d.para("Pay online through our patient portal, by phone, or return the stub below with your check.", 9)
    d.rule(0.2, 2)
    d.text_line(f"Account {f['acct']}   Amount due {mo(bal)}   Amount enclosed $________", 9.5, h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    ins = OV if k in ("letter_anes", "letter_path") else WF
    dl = None if k in ("eob_corrected", "statement") else iso(f["notice"] + dt.timedelta(days=180))
    extra = {}
    if k == "eob_corrected":
        extra = dict(type_alternates=["eob"], alternates={"case_numbers": [[f["claim"], f["orig_claim"]]]})
    if k == "statement":
        extra = dict(unscored=["insurer"])
    return truth(doc_type, denial, lang="es" if k == "eob_es" else "en", insurer=ins, group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["center"],
                 appeal_deadline=dl, denial_alternates=dalts, **extra)


# (stem suffix, condition, kind, date style, money style)
ROWS = [
    ("bd_eob_polypectomy_deductible_applied", "born_digital", "eob_polyp", "slash", "plain"),
    ("bd_corrected_eob_paid_in_full", "born_digital", "eob_corrected", "long", "plain"),
    ("scan300_letter_anesthesia_00811_no_modifier", "scan_clean_300", "letter_anes", "long", "plain"),
    ("lowres_eob_es_polipectomia_coaseguro", "scan_lowres_150", "eob_es", "es", "plain"),
    ("photocopy_center_statement_balance_due", "photocopy", "statement", "abbr", "plain"),
    ("phone_letter_pathology_88305_not_preventive", "phone_photo", "letter_path", "iso", "plain"),
    ("rotated_box_eob_anesthesia_line_denied", "rotated", "eob_anes_box", "dmy", "nosign"),
]
BUILD = {"eob_polyp": eob_polyp, "eob_corrected": eob_corrected, "letter_anes": letter_anes, "eob_es": eob_es,
         "statement": statement, "letter_path": letter_path, "eob_anes_box": eob_anes_box}


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(ROWS):
        f = facts(i, kind, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), make_truth(f))]))
    return items
