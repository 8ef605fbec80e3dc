"""Family 'wig_cranial_prosthesis_denial': EOBs, letters and reimbursement-claim responses on a cranial hair
prosthesis (HCPCS A9282, "wig, any type") bought for hair loss from chemotherapy or from alopecia areata / totalis,
denied because wigs are excluded (or covered only after chemotherapy), the plan year's dollar maximum was reached,
or the receipt the member sent had no prescription. The wig supplier is the provider; the oncologist or
dermatologist who wrote the prescription, the chemotherapy start date, the date of birth, the date the claim was
received, earlier wig claims and the yearly maximum are decoys. One EOB paying up to the yearly maximum, one Spanish
letter, one dependent child as the patient (the employee is the subscriber). All values invented.

Issuers: Cobblestone Ridge Health Plan (EOBs, claim letter), Marrowfield Benefit Administrators (third-party
administrator of employer plans; member reimbursement responses and a letter), Seguros Brisamar (plan in Puerto
Rico; Spanish letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "wig_cranial_prosthesis_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CR, MF, SB = "Cobblestone Ridge Health Plan", "Marrowfield Benefit Administrators", "Seguros Brisamar"
FIRST = ["Gwendolyn", "Ifeoma", "Margarethe", "Priyanka", "Constance", "Aiyana", "Veronika", "Tallulah", "Saoirse",
         "Hyunjoo", "Clementine", "Zainab"]
LAST = ["Ashcombe", "Eze", "Vanterpool", "Raghunathan", "Moreau-Blake", "Kealoha", "Novotná", "Birchall",
        "Okonjo-Whitby", "Seong", "Pennywhistle", "Haddad"]
FIRST_ES = ["Yadira", "Marangely", "Celimar", "Nilsa", "Keishla"]
LAST_ES = ["Colón", "Rivera-Ortiz", "Santana", "Vélez", "Nieves"]
SUPPLIERS = ["Silverthread Hair Restoration Studio", "Lumen Cranial Prosthetics", "Halcyon Wig & Wellness Boutique",
             "Second Crown Medical Hair Replacement"]
ONCOS = ["Anneliese K. Brandvold, MD", "Oluwaseun T. Adebayo, MD", "Hiroshi M. Kanemoto, MD", "Renata L. Osorio, MD"]
DERMS = ["Beatrix E. Lanyon, MD", "Farid S. Nazari, DO"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def D(f, d):
    if f["ds"] == "dmon":
        return d.strftime("%-d %b %Y")
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def facts(r, ins, ds, ms, es=False):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 215))
    bought = notice - dt.timedelta(days=r.randint(20, 55))
    return dict(ins=ins, ds=ds, ms=ms, notice=notice, bought=bought,
                received=notice - dt.timedelta(days=r.randint(6, 15)),
                rx=bought - dt.timedelta(days=r.randint(5, 25)), chemo=bought - dt.timedelta(days=r.randint(30, 70)),
                dob=dt.date(r.randint(1958, 1996), r.randint(1, 12), r.randint(1, 27)),
                member=(f"{r.choice(FIRST_ES)} {r.choice('ABCDEGJLMNR')}. {r.choice(LAST_ES)}" if es else
                        f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"),
                mid={CR: "CRH" + dig(r, 8) + "01", MF: "MBA" + dig(r, 7), SB: "SBR-" + dig(r, 9)}[ins],
                group={CR: "CR-" + dig(r, 5), MF: dig(r, 5) + "-" + dig(r, 3), SB: "G" + dig(r, 6)}[ins],
                supplier=r.choice(SUPPLIERS), onco=r.choice(ONCOS), derm=r.choice(DERMS),
                npi=r.choice("12") + dig(r, 9), claim={CR: dig(r, 13), MF: "RC-" + dig(r, 8), SB: dig(r, 11)}[ins],
                ref="MF" + dig(r, 7), phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def head(d, f):
    if f["ins"] == CR:
        d.set_fill_color(60, 60, 60)
        for i in range(3):
            d.rect(d.l_margin + i * 4.5, d.get_y() + (2 - i) * 3, 3.5, 6 + i * 3, "F")
        d.set_x(d.l_margin + 17)
        d.font(16, "B")
        d.cell(0, 7, "Cobblestone Ridge Health Plan", new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 17)
        d.font(8.5)
        d.cell(0, 5, f"Claims Department  |  2250 Quarrystone Parkway, Hollis Bend, WI 53126  |  {f['phone']}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(6)
    elif f["ins"] == MF:
        d.text_line("Marrowfield Benefit Administrators", 15, "B")
        d.text_line("Third-party administrator for self-funded employer health plans", 8.5)
        d.text_line(f"PO Box 6604, Crestline, OH 44827  *  Member Services {f['phone']}", 8.5)
        d.rule(0.8)
        d.ln(2)
    else:
        d.text_line("SEGUROS BRISAMAR", 17, "B", "C")
        d.text_line(f"Apartado 70328, Bayamón, PR 00960  -  Servicio al Cliente {f['phone']}", 8.5, "", "C")
        d.rule(1.0)
        d.ln(2)


def kv(d, rows, w1=50, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def address(d, f, name=None):
    rr = random.Random(f["claim"])
    for ln in (name or f["member"], f"{rr.randint(20, 990)} {rr.choice(['Hawthorn Rise', 'Millpond Lane', 'Osage Trail'])}" if f["ins"] != SB
               else f"Calle {rr.choice(['Almendro', 'Las Palmas', 'Betances'])} {rr.randint(3, 190)}",
               rr.choice(["Toa Baja, PR 00949", "Cataño, PR 00962"]) if f["ins"] == SB else
               rr.choice(["Hollis Bend, WI 53127", "Crestline, OH 44828", "Penrose Falls, MI 49018"])):
        d.text_line(ln, 10)
    d.ln(4)


def eob(d, f, billed, paid, note, text):
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("Keep for your records - this is not a bill", 8.5)
    d.ln(2)
    kv(d, [("Date issued:", D(f, f["notice"])), ("Member:", f["member"]), ("Member number:", f["mid"]),
           ("Group:", f["group"]), ("Claim number:", f["claim"]), ("Supplier:", f"{f['supplier']} (NPI {f['npi']})"),
           ("Prescribed by:", f["onco"]), ("Claim received:", D(f, f["received"]))], 40)
    denied = billed - paid
    rows = [[D(f, f["bought"]), "A9282", "Wig (cranial hair prosthesis)", M(f, billed), M(f, paid), M(f, paid),
             M(f, denied), note],
            ["*Totals", "", "", M(f, billed), M(f, paid), M(f, paid), M(f, denied), ""]]
    d.table(["Date of service", "Code", "Item", "Amount billed", "Allowed", "Plan paid", "Not covered", "Code"],
            rows, [24, 14, 46, 22, 18, 18, 20, 12], 8.2, "LLLRRRRL")
    d.para(text, 8.8)
    d.para(f"Appeals: if you disagree, you may appeal within 180 days of the date of this statement. Write to "
           f"Cobblestone Ridge Appeals, 2250 Quarrystone Parkway, Hollis Bend, WI 53126, or call {f['phone']}.", 8.8)
    return billed


def reimb_response(d, f, kind, amount, patient_rel=None):
    """Marrowfield's response to a member reimbursement claim form."""
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address(d, f, f.get("subscriber"))
    d.text_line("Response to Your Request for Reimbursement", 12.5, "B")
    d.ln(1)
    rows = [("Employer plan:", "Kestrel Foundry Employee Health Plan"), ("Employee (subscriber):", f.get("subscriber")),
            ("Patient:", f["member"] + (f" ({patient_rel})" if patient_rel else "")), ("Member ID:", f["mid"]),
            ("Group number:", f["group"]), ("Reimbursement claim ID:", f["claim"]), ("Reference:", f["ref"]),
            ("Form received:", D(f, f["received"])), ("Paid to / seller on receipt:", f["supplier"]),
            ("Item:", "A9282 cranial hair prosthesis (wig)"), ("Purchase date:", D(f, f["bought"])),
            ("Amount on receipt:", M(f, amount)), ("Amount reimbursed:", M(f, 0))]
    kv(d, rows, 56)
    if kind == "norx":
        d.para("We cannot reimburse this purchase. Your plan covers one cranial prosthesis a year for hair loss "
               "caused by chemotherapy or radiation, when a physician prescribes it. The receipt you sent does not "
               "include a prescription or a letter from your doctor giving the diagnosis. Without it the claim is "
               f"incomplete. The statement from {f['onco']} that you mentioned on the form was not attached.")
        d.para("You may send the prescription with a copy of this letter; we will reconsider the claim. Or you may "
               f"file an appeal: your appeal must reach us by {D(f, f['dead'])}.", 9.5)
    else:
        d.para("We cannot reimburse this purchase. The plan document (Section 9, Exclusions, item 31) excludes wigs "
               "and hairpieces except a cranial prosthesis after chemotherapy or radiation therapy for cancer. The "
               f"prescription from {f['derm']} gives the diagnosis as alopecia areata, which is not a covered reason "
               "for a wig under your plan.")
        d.para("You may file an appeal within 180 days of the date of this letter. Include any information you "
               f"want the plan to consider. Call {f['phone']} with questions.", 9.5)
    d.para("Because your plan is self-funded, external review may be available after a final internal decision. "
           "This letter is from the plan's claims administrator; your employer is the plan sponsor.", 8.6)
    d.ln(2)
    d.text_line("Reimbursement Claims Unit", 10)
    d.text_line(MF, 10)


def max_letter(d, f, amount, prev_amt, prev_date, limit):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim ID", f["claim"]),
           ("Provider", f["supplier"]), ("Ordering physician", f"{f['onco']} (oncology)"),
           ("Item", "A9282 Wig, cranial prosthesis"), ("Date of purchase", D(f, f["bought"])),
           ("Charge", M(f, amount))], 46)
    d.para(f"Your plan pays up to {M(f, limit)} each plan year for a cranial hair prosthesis after chemotherapy. "
           f"We already paid {M(f, prev_amt)} for a wig you bought on {D(f, prev_date)}, so the plan-year maximum has "
           "been reached. We denied this claim; no benefits are left for wigs until the new plan year begins on "
           "January 1.")
    d.para("You have the right to appeal. Send a written appeal within 180 days of the date of this letter to "
           f"Marrowfield Appeals, PO Box 6605, Crestline, OH 44827, or call {f['phone']}.", 9.5)
    d.para("External review: after the plan's final decision you may ask for an independent external review. An "
           "urgent appeal is decided within 72 hours.", 8.8)
    d.ln(2)
    d.text_line("Claims Review", 10)
    d.text_line(MF, 10)


def claim_letter(d, f, amount):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address(d, f)
    d.text_line(f"Re: claim {f['claim']} - wig (cranial prosthesis)", 11.5, "B")
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},")
    d.para(f"We received a claim from {f['supplier']} for a wig (HCPCS A9282) you bought on {D(f, f['bought'])}, "
           f"billed at {M(f, amount)}. Your member ID is {f['mid']} (group {f['group']}).")
    d.para("We denied the claim. Your plan covers a cranial prosthesis only with a written prescription from the "
           "treating physician that states the medical reason for the hair loss. The supplier's receipt and claim "
           f"came with no prescription. (Your chemotherapy with {f['onco']} began on {D(f, f['chemo'])}; a "
           "prescription from that office will meet the requirement.)")
    d.para(f"If you disagree, you may appeal. We must receive your appeal on or before {D(f, f['dead'])}. You may "
           "also have the supplier resubmit the claim with the prescription.", 9.8)
    d.para(f"Questions? Call Member Services at {f['phone']}, TTY 711.", 9.5)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Claims Department, " + CR, 10)


def carta_es(d, f, amount):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address(d, f)
    d.text_line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, "B")
    d.ln(1)
    kv(d, [("Asegurada:", f["member"]), ("Número de asegurado:", f["mid"]), ("Grupo:", f["group"]),
           ("Fecha de nacimiento:", D(f, f["dob"])), ("Número de reclamación:", f["claim"]),
           ("Suplidor:", f["supplier"]), ("Médico que la recetó:", f["derm"] + " (dermatología)"),
           ("Artículo:", "A9282 Peluca / prótesis capilar craneal"), ("Fecha de compra:", D(f, f["bought"])),
           ("Cantidad facturada:", M(f, amount))], 52)
    d.para("Denegamos su reclamación. Su póliza excluye las pelucas y postizos, excepto una prótesis capilar "
           "después de quimioterapia o radioterapia contra el cáncer. La receta indica alopecia areata como "
           "diagnóstico, y esa condición no está cubierta para pelucas (Exclusiones, sección 7.4).")
    d.para("Derecho a apelar: usted puede presentar una apelación por escrito dentro de 60 días a partir de la fecha "
           f"de este aviso. Escriba a Apelaciones, Seguros Brisamar, Apartado 70329, Bayamón, PR 00960, o llame al "
           f"{f['phone']}.", 9.5)
    d.para("También puede solicitar una revisión externa independiente después de la decisión final de la apelación.",
           8.8)
    d.ln(2)
    d.text_line("Departamento de Reclamaciones", 10)
    d.text_line(SB, 10)


def build(seed, form, ins, ds, ms, amount, es=False, dl="days", **kw):
    r = random.Random(seed)
    f = facts(r, ins, ds, ms, es)
    f["dead"] = f["notice"] + dt.timedelta(days={"days": 180, "date": 180, "60": 60}[dl])
    d = Page()
    cases, alts, dalt, denial, dtype = [f["claim"]], {}, ["other"], "not_covered", "denial_letter"
    if form == "eob_excluded":
        eob(d, f, amount, 0.0, "W17", "W17 - Wigs and hairpieces are excluded under your plan, whatever the cause of "
                                      "the hair loss (Certificate of Coverage, Exclusions, item 22). The member is "
                                      "responsible for the full amount.")
        dtype, dalt, dead = "eob", [], f["notice"] + dt.timedelta(days=180)
    elif form == "eob_max":
        lim = kw["limit"]
        eob(d, f, amount, lim, "M40",
            f"M40 - Your plan pays up to {M(f, lim)} per plan year for a cranial hair prosthesis after chemotherapy. "
            f"We paid {M(f, lim)}, the plan-year maximum; the rest of the charge is not covered.")
        dtype, dead = "eob", f["notice"] + dt.timedelta(days=180)
    elif form == "reimb":
        if kw.get("child"):
            f["subscriber"] = f"{r.choice(FIRST)} {r.choice('BCDHJKLMRT')}. {f['member'].split()[-1]}"
        reimb_response(d, f, kw["kind"], amount, "daughter" if kw.get("child") else None)
        cases = [f["claim"], f["ref"]]
        if kw["kind"] == "norx":
            denial, dalt = "other", ["not_covered", "medical_necessity"]
        dead = f["dead"]
    elif form == "max_letter":
        max_letter(d, f, amount, kw["prev"], f["bought"] - dt.timedelta(days=r.randint(60, 120)), kw["limit"])
        dead = f["dead"]
    elif form == "claim_letter":
        claim_letter(d, f, amount)
        denial, dalt, dead = "other", ["not_covered", "medical_necessity"], f["dead"]
    else:
        carta_es(d, f, amount)
        dalt, dead = [], f["dead"]
    t = truth(dtype, denial, lang="es" if es else "en", insurer=ins, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=cases, claim_amount=m2(amount), service_dates=[iso(f["bought"])],
              denial_date=iso(f["notice"]), provider=f["supplier"], appeal_deadline=iso(dead), alternates=alts,
              denial_alternates=dalt)
    return f, pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    out = []
    f, p, t = build(174510, "eob_excluded", CR, "long", "plain", 1285.00)
    out.append(Item(f"{FAMILY}_eob_wigs_excluded", "born_digital", [(p, t)]))
    f, p, t = build(174511, "reimb", MF, "slash", "plain", 940.00, dl="date", kind="norx")
    out.append(Item(f"{FAMILY}_reimbursement_no_prescription", "scan_clean_300", [(p, t)]))
    f, p, t = build(174512, "eob_max", CR, "abbr", "plain", 1460.50, limit=500.00)
    out.append(Item(f"{FAMILY}_eob_partial_yearly_max", "phone_photo", [(p, t)]))
    f, p, t = build(174513, "max_letter", MF, "dmon", "plain", 725.00, prev=750.00, limit=750.00)
    out.append(Item(f"{FAMILY}_letter_max_reached", "fax_fine_g4", [(p, t)]))
    f, p, t = build(174514, "carta", SB, "es", "plain", 1100.00, es=True, dl="60")
    out.append(Item(f"{FAMILY}_carta_alopecia_excluida", "scan_lowres_150", [(p, t)]))
    f, p, t = build(174515, "reimb", MF, "iso", "plain", 615.75, kind="alopecia", child=True)
    out.append(Item(f"{FAMILY}_reimbursement_child_alopecia", "born_digital", [(p, t)]))
    f, p, t = build(174516, "claim_letter", CR, "dmy", "plain", 1049.99, dl="date")
    out.append(Item(f"{FAMILY}_claim_letter_no_prescription", "rotated", [(p, t)]))
    return out
