"""Family 'medical_tattoo_radiation_marker_removal_cosmetic_denial': laser removal of the small dot tattoos placed to
line up radiation therapy after breast cancer, refused as cosmetic (certificate exclusion) and later overturned on
external review. Documents: the plan's pre-service notice (boxed form); the dermatologist's letter of medical necessity
for the appeal (denies nothing); a three-claim member EOB (oncology follow-up and dermatology consult paid, the laser
claim refused); a standard-fax stack (cover + the upheld internal appeal + the laser center's statement); a phone photo
of the plan's notice that the independent review organization overturned the denial; a sideways prose-only claim
denial; a low-resolution Spanish claim denial.
Issuer (fictional): Cresthaven Health Assurance; IRO: Meridian Peer Review Associates; dermatology: Sorrelwood
Dermatology & Laser Center; oncology: Halyard Point Cancer Center.
Truth: provider = the dermatologist (the laser center accepted); amount = the refused claim's billed charge (null on
the pre-service notice and the letter of medical necessity); case numbers = request / claim / appeal / external review
numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcr_famcrc import FPDF, Page, days, digits, fd, letterhead, m2, mail_to, out, phone, signature, usd

FAMILY = "medical_tattoo_radiation_marker_removal_cosmetic_denial"
LANG = "en"
SEED = 341400
CHA = "Cresthaven Health Assurance"
IRO = "Meridian Peer Review Associates"
DERM = "Sorrelwood Dermatology & Laser Center"
ONC = "Halyard Point Cancer Center"
MEMBERS = ["Genevieve T. Ashcombe", "Lucinda P. Marrowby", "Theodora W. Quist", "Annabel K. Sotheby",
           "Marguerite E. Fallowfield", "Cressida J. Ndiaye"]
MEMBERS_ES = ["Xóchitl A. Bermúdez", "Maricela D. Quiñones"]
DOCS = ["Anneliese K. Brightwater", "Tobias R. Quennell", "Serafina L. Dunmore"]
ADDR = [["44 Heron Bluff Road", "Salem, OR 97301"], ["903 Tamarack Ave, Unit 5", "Eugene, OR 97401"],
        ["17 Copperleaf Lane", "Bend, OR 97701"]]
ADDR_ES = [["3120 Calle Mirasol", "Medford, OR 97501"]]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    dos = days(date, -r.randint(15, 45))
    return dict(date=date, dos=dos, rt=days(dos, -r.randint(400, 900)),
                amt=round(r.randint(380, 1450) + r.choice([0, .5, .25, r.randint(1, 99) / 100]), 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS),
                addr=r.choice(ADDR_ES if lang == "es" else ADDR), mid=f"CHA-{digits(r, 8)}", grp=f"{digits(r, 6)}-0{r.randint(1, 9)}",
                plan=f"OR-HMO-{r.choice(['GOLD', 'SILVER'])}-{r.randint(10, 99)}", clm=f"C{digits(r, 10)}",
                req=f"UM-{digits(r, 7)}", appeal=f"GA{digits(r, 7)}", ext=f"ER-{r.randint(2026, 2026)}-{digits(r, 5)}",
                npi=r.choice("12") + digits(r, 9), acct=digits(r, 6),
                dob=dt.date(r.randint(1958, 1985), r.randint(1, 12), r.randint(1, 28)), doc=r.choice(DOCS),
                ph=phone(r), fax=phone(r), recv=days(date, -r.randint(4, 10)), n=r.choice([4, 5, 6]))


def T(f, ins, dtype, den, lang="en", cases=(), dead=None, amt=True, alts=None, uns=None, grp=True, plan=False,
      dates=None, prov=None, dalts=None):
    a = {"provider": [DERM]}
    a.update(alts or {})
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=list(cases), claim_amount=m2(f["amt"]) if amt else None,
                 service_dates=[x.isoformat() for x in (dates if dates is not None else [f["dos"]])],
                 denial_date=f["date"].isoformat(), provider=prov or f["doc"],
                 appeal_deadline=dead.isoformat() if dead else None, alternates=a, unscored=uns or [],
                 denial_alternates=dalts or [])


EXCL = ("Section 7.4(c) of your Certificate of Coverage excludes cosmetic services: services whose main purpose is "
        "to change or improve appearance and that do not restore a bodily function.")


def preservice(f, ds) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left="CHA-UM-PS-3 (01/2026)")
    d.add_page()
    letterhead(d, CHA, "Utilization Management  |  PO Box 9100, Portland, OR 97208  |  " + f["ph"], "box", "CRESTHAVEN")
    d.line("COVERAGE DECISION - REQUEST NOT APPROVED", 12.5, "B", h=7)
    d.ln(2)
    x0, y0 = d.l_margin, d.get_y()
    cells = [[("Notice date", fd(f["date"], ds), 45), ("Request number", f["req"], 45), ("Received", fd(f["recv"], ds), 45),
              ("Member ID", f["mid"], 45)],
             [("Member", f["member"], 60), ("Date of birth", fd(f["dob"], ds), 40), ("Group", f["grp"], 40),
              ("Plan", f["plan"], 40)],
             [("Requesting provider", f"{f['doc']}, MD", 70), ("NPI", f["npi"], 40),
              ("Planned date of service", fd(f["dos"], ds), 70)],
             [("Service requested", "17999 Laser removal of radiation marker tattoos, chest wall (unlisted)", 180)]]
    y = y0
    for row in cells:
        x = x0
        for lab, val, w in row:
            d.rect(x, y, w, 11)
            d.set_xy(x + 1.2, y + 0.8)
            d.f(6.5).cell(w - 2.4, 3, lab.upper())
            d.set_xy(x + 1.2, y + 4.6)
            d.f(9.5).cell(w - 2.4, 5, val)
            x += w
        y += 11
    d.set_xy(x0, y + 4)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.heading("Our decision", 10.5)
    d.para(f"We reviewed the request from {DERM} to remove {f['n']} small tattoo marks that were placed for "
           f"radiation therapy in {f['rt'].strftime('%B %Y')}. The request is not approved. {EXCL} The marks do not "
           "affect how your body works, so removing them is considered cosmetic and is not a covered benefit.", 9.6)
    d.heading("If you disagree", 10.5)
    d.para(f"You may appeal within 180 days of the date of this notice. Send your appeal to Appeals and Grievances, "
           f"PO Box 9104, Portland, OR 97208, or fax {f['fax']}. If a delay could seriously harm your health, ask "
           "for an expedited appeal, decided within 72 hours. You may also have the right to an external review "
           "by an independent review organization within 4 months after our final decision.", 9.4)
    signature(d, ["Medical Director, Utilization Management", CHA])
    return out(d)


def lmn(f, ds) -> bytes:
    d = Page(serif=True, footer=None, footer_left=f"{DERM}  |  Fax {f['fax']}")
    d.add_page()
    letterhead(d, DERM, "1650 Alder Court, Suite 200, Salem, OR 97302  |  " + f["ph"], "center",
               "Medical and Surgical Dermatology - Laser Services")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [CHA, "Appeals and Grievances", "PO Box 9104", "Portland, OR 97208"], 9.8)
    d.f(10, "B").cell(0, 5.2, "RE: Letter of medical necessity - appeal of request " + f["req"], new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Patient", f["member"]), ("Date of birth", fd(f["dob"], ds)), ("Member ID", f["mid"]),
             ("Group", f["grp"])], label_w=34, size=9.8, h=5)
    d.ln(3)
    d.para("To the reviewing physician:", 10.5)
    d.para(f"I am writing on behalf of my patient, who finished radiation therapy for breast cancer at {ONC} in "
           f"{f['rt'].strftime('%B %Y')}. During planning, {f['n']} permanent ink dots were tattooed on her chest "
           "wall to line up the treatment fields. Treatment is complete and the marks serve no further purpose.", 10.2)
    d.para("These marks are a visible, daily reminder of her cancer. Her oncology social worker documented distress "
           "when she dresses and avoidance of swimming and exercise in shared changing rooms, and she is being "
           "treated for an adjustment disorder. Removing the marks is part of her recovery from cancer treatment, "
           "in the same way that reconstruction after mastectomy is; it is not an elective change to normal "
           "skin.", 10.2)
    d.para(f"I ask that you approve Q-switched laser removal, CPT 17999, starting on {fd(f['dos'], ds)}, in up to "
           "three sessions. Clinic notes and the social work assessment are enclosed.", 10.2)
    signature(d, [f"{f['doc']}, MD", "Board-certified dermatologist", DERM, f"NPI {f['npi']}"])
    return out(d)


def eob(f, ds, ms) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left=f"{CHA}  EOB-M")
    d.add_page()
    letterhead(d, CHA, "PO Box 9100, Portland, OR 97208  |  Member Services " + f["ph"], "rule",
               "YOUR EXPLANATION OF BENEFITS")
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_fill_color(236, 236, 236)
    d.rect(116, y0 - 1, 80, 34, style="F")
    d.set_xy(118, y0)
    d.pairs([("Date issued", fd(f["date"], ds)), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan", f["plan"]),
             ("Claims received", f"{fd(days(f['date'], -40), ds)} - {fd(days(f['date'], -5), ds)}")], label_w=30,
            size=8.4, x=118, h=5.2)
    d.set_y(max(d.get_y(), y0 + 36))
    d.line("THIS IS NOT A BILL. Keep this statement for your records.", 8.5, "B", h=6)
    on = round(f["amt"] * .3 + 80, 2)
    dc = round(f["amt"] * .25 + 95, 2)
    rows = [[f["c1"], ONC, fd(f["d1"], ds), "99214", usd(on, ms), usd(round(on * .62, 2), ms), usd(40, ms), ""],
            [f["c2"], DERM, fd(f["d2"], ds), "99204", usd(dc, ms), usd(round(dc * .6, 2), ms), usd(50, ms), ""],
            [f["clm"], DERM, fd(f["dos"], ds), "17999", usd(f["amt"], ms), usd(0, ms), usd(f["amt"], ms), "CX2"]]
    d.table(["Claim", "Provider", "Date of service", "Code", "Amount billed", "Plan paid", "Your share", "Note"],
            rows, [22, 57, 22, 11, 19, 17, 18, 10], size=7.0, head_h=6, row_h=5.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    d.para(f"Claims for {f['member']}. Rendering provider for the {DERM} claims: {f['doc']}, MD.", 8.4)
    d.heading("Notes", 9.5)
    d.para("CX2  Cosmetic service. Removal of tattoos is excluded by your Certificate of Coverage, Section 7.4(c). "
           "You are responsible for the amount billed.", 8.4)
    d.para("Appeal rights: you have 180 days from the date of this EOB to file an appeal. Expedited appeals are "
           "decided within 72 hours. Deductible met to date: $1,500.00 of $1,500.00.", 8.4)
    return out(d)


def upheld(f, ds, ms) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left="CHA-AG-FINAL")
    d.add_page()
    letterhead(d, CHA, "Appeals and Grievances  |  PO Box 9104, Portland, OR 97208", "right")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("FINAL INTERNAL APPEAL DECISION", 12, "B", h=7)
    d.pairs([("Appeal number", f["appeal"]), ("Claim number", f["clm"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Appeal received", fd(f["recv"], ds))], label_w=42, size=9.6)
    d.ln(2)
    d.para(f"You appealed our denial of the laser tattoo removal that {f['doc']}, MD of {DERM} performed on "
           f"{fd(f['dos'], ds)}, billed at {usd(f['amt'], ms)}. A board-certified dermatologist who was not involved "
           "in the first decision reviewed the letter of medical necessity and the records.", 9.8)
    d.para(f"Decision: upheld. {EXCL} The reviewer agreed the tattoo marks cause distress but found that removing "
           "them does not restore a bodily function. The claim remains denied.", 9.8)
    d.para("This is the final decision of our internal appeal process. You may ask for an external review by an "
           "independent review organization within 4 months of receiving this letter; contact the Oregon Division "
           "of Financial Regulation or call us. You may also have the right to bring a civil action.", 9.4)
    signature(d, ["Appeals and Grievances", CHA])
    return out(d)


def derm_statement(f, ds, ms) -> bytes:
    d = Page(footer=None, footer_left=f"{DERM}  |  statement")
    d.add_page()
    letterhead(d, DERM, "1650 Alder Court, Suite 200, Salem, OR 97302  |  Billing " + f["fax"], "rule")
    d.line("STATEMENT OF ACCOUNT", 12.5, "B", h=7)
    d.pairs([("Statement date", fd(f["sd"], ds)), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Physician", f"{f['doc']}, MD"), ("Insurance", f"{CHA} / ID {f['mid']}")], label_w=36, size=9.4)
    d.ln(2)
    d.table(["Date", "Description", "Charges", "Credits", "Balance"],
            [[fd(f["dos"], ds), "17999 Laser tattoo removal, session 1", usd(f["amt"], ms), "", usd(f["amt"], ms)],
             [fd(days(f["dos"], 20), ds), "Insurance denied - cosmetic exclusion", "", "0.00", usd(f["amt"], ms)],
             ["", "Amount due", "", "", usd(f["amt"], ms)]], [28, 76, 26, 22, 26], size=8.6,
            aligns=["L", "L", "R", "R", "R"])
    d.para("Your appeal is on file with us; we will hold this balance for 60 days while it is reviewed.", 9)
    return out(d)


def overturned(f, ds, ms) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, CHA, "Appeals and Grievances  |  PO Box 9104, Portland, OR 97208  |  " + f["ph"], "center")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("Notice of External Review Decision", 12.5, "B", h=7)
    d.pairs([("External review no.", f["ext"]), ("Appeal no.", f["appeal"]), ("Claim no.", f["clm"]),
             ("Member ID", f["mid"]), ("Service date", fd(f["dos"], ds)), ("Billed", usd(f["amt"], ms)),
             ("Provider", f"{f['doc']}, MD")], label_w=44, size=9.6)
    d.ln(2)
    d.para(f"The independent review organization, {IRO}, has decided your external review. The reviewer OVERTURNED "
           "our decision. The reviewer found that removing tattoo marks placed for radiation therapy is part of "
           "recovery from cancer treatment and is not cosmetic under your plan.", 10)
    d.para("We will reprocess the claim and pay it under your plan's benefits within 5 business days. You will get "
           "a new Explanation of Benefits. The external review decision is binding on us.", 10)
    signature(d, ["Appeals and Grievances", CHA])
    return out(d)


def prose(f, ds, ms) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, CHA, "PO Box 9100, Portland, OR 97208", "box", "CRESTHAVEN")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.para(f"Dear {f['member'].split()[0]}:", 10.5)
    d.para(f"On {fd(f['dos'], ds)} you had laser treatment at {DERM} to remove tattoo marks left from radiation "
           f"therapy. {f['doc']}, MD sent us claim number {f['clm']} for {usd(f['amt'], ms)}. We are sorry to tell "
           "you that we cannot pay this claim.", 10.5)
    d.para("Your plan does not cover cosmetic services, which are services done mainly to change how you look. "
           "Tattoo removal falls under that exclusion even when the tattoos were placed for medical reasons.", 10.5)
    d.para(f"Please use member ID {f['mid']} and group number {f['grp']} when you contact us. If you think our "
           "decision is wrong, you can appeal within 180 days of the date of this letter. A doctor's letter "
           f"explaining why the treatment is needed can help. Call us at {f['ph']}.", 10.5)
    signature(d, ["Claims Department", CHA])
    return out(d)


def aviso(f, ms) -> bytes:
    ds = "es"
    d = Page(footer="Página {n} de {nb}", footer_left="CHA-CD-SP")
    d.add_page()
    letterhead(d, CHA, "PO Box 9100, Portland, OR 97208  |  Servicios al Miembro " + f["ph"], "rule")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, "B", h=8)
    d.pairs([("Paciente", f["member"]), ("N.º de miembro", f["mid"]), ("Grupo", f["grp"]),
             ("Reclamación", f["clm"]), ("Fecha del servicio", fd(f["dos"], ds)), ("Proveedor", f"{f['doc']}, MD"),
             ("Monto facturado", usd(f["amt"], ms)), ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))],
            label_w=46, size=9.5)
    d.ln(2)
    d.para("Denegamos el pago de la eliminación con láser de los tatuajes de marcación de radioterapia. Su "
           "Certificado de Cobertura (sección 7.4(c)) excluye los servicios cosméticos.", 9.8)
    d.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Las apelaciones urgentes se "
           "deciden en 72 horas. Después de nuestra decisión final puede pedir una revisión externa dentro de 4 "
           "meses.", 9.6)
    signature(d, ["Departamento de Reclamaciones", CHA], "Atentamente,")
    return out(d)


def documents(rng) -> list[Item]:
    P, items = FAMILY + "_", []
    r = random.Random(SEED + 1)
    f = facts(r)
    f["dos"] = days(f["date"], r.randint(12, 30))
    items.append(Item(P + "bd_preservice_boxed_form", "born_digital",
                      [(preservice(f, "slash"), T(f, CHA, "denial_letter", "not_covered", cases=[f["req"]], amt=False,
                                                   plan=True, dead=days(f["date"], 180)))]))
    r = random.Random(SEED + 2)
    f = facts(r)
    f["dos"] = days(f["date"], r.randint(21, 40))
    items.append(Item(P + "scan_letter_of_medical_necessity", "scan_clean_300",
                      [(lmn(f, "long"), T(f, None, "other", None, cases=[f["req"]], amt=False, uns=["insurer"],
                                           alts={"case_numbers": [[]]}))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f.update(c1=f"C{digits(r, 10)}", c2=f"C{digits(r, 10)}", d1=days(f["dos"], -r.randint(20, 50)),
             d2=days(f["dos"], -r.randint(51, 80)))
    items.append(Item(P + "copy_member_eob_three_claims", "photocopy",
                      [(eob(f, "iso", "plain"), T(f, CHA, "eob", "not_covered", cases=[f["clm"]], plan=True,
                                                  dead=days(f["date"], 180)))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f["dos"] = days(f["date"], -r.randint(60, 95))
    f["sd"] = days(f["date"], -r.randint(2, 6))
    t1 = T(f, CHA, "denial_letter", "not_covered", cases=[f["appeal"], f["clm"]], alts={"case_numbers": [[f["appeal"]]]})
    t2 = T(f, None, "other", None, grp=False, uns=["insurer"])
    t2["fields"]["denial_date"] = f["sd"].isoformat()
    items.append(Item(P + "faxstd_stack_upheld_appeal_and_statement", "fax_standard_g4",
                      [(upheld(f, "dmy", "plain"), t1), (derm_statement(f, "slash", "plain"), t2)],
                      separators=["cover", None]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f["dos"] = days(f["date"], -r.randint(130, 200))
    items.append(Item(P + "photo_external_review_overturned", "phone_photo",
                      [(overturned(f, "long", "plain"),
                        T(f, CHA, "other", None, cases=[f["ext"], f["appeal"], f["clm"]], grp=False,
                          alts={"case_numbers": [[f["ext"]], [f["ext"], f["appeal"]]]}))]))
    f = facts(random.Random(SEED + 6))
    items.append(Item(P + "rot_prose_claim_denial", "rotated",
                      [(prose(f, "abbr", "usd"), T(f, CHA, "denial_letter", "not_covered", cases=[f["clm"]],
                                                   dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 7), "es")
    items.append(Item(P + "lowres_aviso_denegacion_es", "scan_lowres_150",
                      [(aviso(f, "es"), T(f, CHA, "denial_letter", "not_covered", "es", cases=[f["clm"]],
                                          dead=days(f["date"], 180)))]))
    return items
