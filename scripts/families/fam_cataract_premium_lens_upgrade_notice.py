"""Family 'cataract_premium_lens_upgrade_notice': cataract surgery (CPT 66984) where a premium lens upgrade or the
second eye is not covered.

Invented issuers: Thornbury Senior Health (a Medicare Advantage plan: EOBs with a ruled claim table, pre-service
notices in English and Spanish), Medicare itself (a Medicare Summary Notice of an ASC claim) and Clearbrook Eye
Surgery Center (an ABN-style notice of patient financial responsibility, faxed). Every person, practice, number and
amount is invented. Kinds: the astigmatism-correcting (toric, V2787) or presbyopia-correcting (V2788) function of the
lens and the refractive laser measurements are patient-elected upgrades billed to the patient while 66984 is paid;
the second eye is denied because the records show no visual impairment that limits daily activities; one paid claim
of the second eye. Decoys: date of birth, the co-managing optometrist, NPIs, the first eye's surgery date, the
ASC's patient account number, the estimated cost on the ABN, member services phone numbers, the paid amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cataract_premium_lens_upgrade_notice"
LANG = "en"
TH = "Thornbury Senior Health"
TH_PLAN = "Thornbury Advantage Plus (HMO)"
ASCS = [("Clearbrook Eye Surgery Center", "Dr. Rashida Okonkwo-Lindgren, MD"),
        ("Marrowgate Ophthalmology Associates", "Dr. Viktor Halvorsen-Adeyemi, MD"),
        ("Silverbirch Cataract & Laser Institute", "Dr. Priyanka Castellanos, MD")]
OPTOMS = ["Dr. Fenella Ashdown, OD", "Dr. Tariq Bellweather, OD", "Dr. Soo-ah Marchbank, OD"]
KINDS = {  # kind -> (document type, denial type, denial alternates, type alternates)
    "eob_upgrade": ("eob", "not_covered", [], []),
    "paid_eob": ("other", None, [], ["eob"]),
    "msn": ("eob", "not_covered", [], ["denial_letter"]),
    "second_pre": ("denial_letter", "medical_necessity", [], []),
    "es_upgrade": ("denial_letter", "not_covered", [], []),
    "abn": ("other", None, [], []),
    "second_eob": ("eob", "medical_necessity", [], []),
}


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (r.choice("123456789") + r.choice(a) + r.choice(a + "0123456789") + r.digits(1) + "-" + r.choice(a)
            + r.choice(a + "0123456789") + r.digits(1) + "-" + r.choice(a) + r.choice(a) + r.digits(2))


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(176500 + i)
    es = kind.startswith("es_")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    practice, surgeon = r.choice(ASCS)
    if kind == "abn":
        practice, surgeon = ASCS[0]
    pat = r.person("es" if es else "en")
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             pat=pat[0], first=pat[1], last=pat[3], addr=list(r.address("es" if es else "en")),
             dob=dt.date(r.randint(1941, 1956), r.randint(1, 12), r.randint(1, 28)), practice=practice,
             surgeon=surgeon, optom=r.choice(OPTOMS), npi=r.npi(), npi2=r.npi(), ph=r.phone(), fax=r.phone(),
             mid="T" + r.digits(9) + "01", mbi=mbi(r), plan_id="H5821-0" + r.choice(["04", "11", "17"]),
             acct="PA-" + r.digits(7), claim=r.digits(2) + "T" + r.digits(9), ref="UM-" + r.digits(4) + "-" + r.digits(5),
             icn=r.digits(13))
    pre = kind in ("second_pre", "es_upgrade", "abn")
    if pre:
        f["surg"] = notice + dt.timedelta(days=r.randint(12, 30))
        f["surg2"] = f["surg"] + dt.timedelta(days=14)
        f["first"] = notice - dt.timedelta(days=r.randint(20, 40))
    else:
        f["surg"] = notice - dt.timedelta(days=r.randint(25, 50))
        f["first"] = f["surg"] - dt.timedelta(days=r.randint(14, 35))
    f["received"] = f["surg"] + dt.timedelta(days=r.randint(3, 9)) if not pre else notice - dt.timedelta(days=6)
    eye = "LT" if kind in ("second_pre", "second_eob", "paid_eob") else r.choice(["RT", "LT"])
    f["eye"] = eye
    f["eye_word"] = "left" if eye == "LT" else "right"
    f["other_eye"] = "right" if eye == "LT" else "left"
    surgery = float(r.choice([1985, 2140, 2310, 2475])) + r.choice([0, 0.5])
    lines = [("66984-" + eye, "Cataract surgery with IOL, 1 stage", surgery, True)]
    if kind in ("eob_upgrade", "msn"):
        up = "V2788" if kind == "eob_upgrade" else "V2787"
        lines.append((up, "Presbyopia-correcting function of IOL" if up == "V2788"
                      else "Astigmatism-correcting function of IOL", float(r.choice([1650, 1800, 2200])), False))
        lines.append(("92499", "Refractive laser measurements", float(r.choice([450, 525, 600])),
                      False))
        f["upcode"] = up
    else:
        lines.append(("V2632", "Standard monofocal IOL", float(r.choice([180, 210, 245])),
                      kind == "paid_eob"))
        if kind == "second_eob":
            lines[0] = (lines[0][0], lines[0][1], lines[0][2], False)
    f["lines"] = lines
    f["billed"] = round(sum(x[2] for x in lines), 2)
    f["va"] = r.choice(["20/25", "20/30"])
    f["est"] = float(r.choice([2100, 2450, 2800]))
    return f


def rows_block(d: Doc, rows: list, w: float = 52, size: float = 9.6) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 4.9, k + ":")
        d.font(size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def th_head(d: Doc, f: dict, title: str, sub: str) -> None:
    d.text_line(TH, 17, "B", h=8)
    d.text_line(f"{TH_PLAN}  -  PO Box 44120, Harrisburg, PA 17106  -  Member Services {f['ph']} (TTY 711)", 8.2,
                h=4.5)
    d.rule(0.6, 4)
    d.text_line(title, 13, "B", h=7)
    if sub:
        d.text_line(sub, 9.5, h=5)
    d.ln(1)


def th_eob(f: dict) -> bytes:
    k, fd, mo = f["kind"], f["fd"], f["mo"]
    d = Doc("Helvetica", footer="This is not a bill.  " + f["plan_id"] + "_EOB26  Page {p} of {n}")
    d.add_page()
    th_head(d, f, "Explanation of Benefits", "for a claim processed by your Medicare Advantage plan")
    rows = [("Statement date", fd(f["notice"])), ("Member", f["pat"]), ("Date of birth", fd(f["dob"])),
            ("Member ID", f["mid"]), ("Plan", f"{TH_PLAN} {f['plan_id']}"), ("Claim number", f["claim"]),
            ("Provider", f"{f['practice']}  (NPI {f['npi']})"), ("Surgeon", f["surgeon"]),
            ("Post-operative care by", f["optom"]), ("Claim received", fd(f["received"]))]
    rows_block(d, rows, 46)
    table = []
    paid_t = allowed_t = 0.0
    for code, desc, amt, ok in f["lines"]:
        allowed = round(amt * 0.61, 2) if ok else 0.0
        paid = round(allowed * 0.8, 2) if ok else 0.0
        you = amt if (not ok and k == "eob_upgrade") else round(allowed - paid, 2)
        allowed_t += allowed
        paid_t += paid
        note = "" if ok else ("N7" if k == "eob_upgrade" else "M2")
        table.append([fd(f["surg"]), code, desc[:38], mo(amt), mo(allowed), mo(paid), mo(you), note])
    table.append(["*Claim total", "", "", mo(f["billed"]), mo(allowed_t), mo(paid_t), "", ""])
    d.table(["Date", "Code", "Service", "Billed", "Approved", "Plan paid", "You owe", "Note"], table,
            [21, 18, 58, 20, 20, 20, 17, 10], size=7.6, aligns="LLLRRRRL", head_fill=True)
    if k == "paid_eob":
        d.para(f"This claim was paid. Your cataract surgery on the {f['eye_word']} eye is covered. Your share is the "
               f"20% coinsurance shown above. Your {f['other_eye']} eye surgery on {fd(f['first'])} was processed on "
               "an earlier statement.", 9.6)
        d.para(f"Questions? Call Member Services at {f['ph']}, 8 a.m. to 8 p.m., seven days a week.", 9)
        return pdf_bytes(d)
    if k == "eob_upgrade":
        d.text_line("Notes", 10.5, "B", h=6)
        d.para(f"N7: The presbyopia-correcting function of the lens ({f['upcode']}) and the refractive laser "
               "measurements are patient-elected upgrades. Medicare and your plan cover a conventional lens with "
               "cataract surgery only. These items are not covered; you agreed in writing before surgery to pay for "
               "them. The cataract surgery itself (66984) was paid.", 9.4)
    else:
        d.text_line("Notes", 10.5, "B", h=6)
        d.para(f"M2: Surgery on the second ({f['eye_word']}) eye is covered when the records show a cataract that "
               "impairs vision and limits daily activities. The records show best-corrected visual acuity of "
               f"{f['va']} in the {f['eye_word']} eye with no glare testing and no documented functional limitation. "
               "The surgery is not medically necessary. You do not owe more than your cost share unless you signed a "
               f"notice before the service. Your {f['other_eye']} eye surgery on {fd(f['first'])} was covered.", 9.4)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("If you disagree, ask for a reconsideration within 65 days of the date of this statement. Write to "
           f"{TH} Appeals, PO Box 44180, Harrisburg, PA 17106, or fax {f['fax']}. For a fast decision call {f['ph']}.",
           9.4)
    return pdf_bytes(d)


def msn(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="Medicare Summary Notice  Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=4.5)
    d.rule(0.6, 3)
    rows = [("Notice date", fd(f["notice"])), ("Name", f["pat"].upper()), ("Medicare Number", f["mbi"]),
            ("Claims processed", f"{fd(f['surg'] + dt.timedelta(days=10))} - {fd(f['notice'] - dt.timedelta(days=3))}")]
    rows_block(d, rows, 44)
    for ln in [f["pat"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line("Your Claims & Costs This Period", 11.5, "B", h=6)
    d.para(f"Service provider: {f['practice']}, 3400 Tillman Parkway, Reading, PA 19601. Referred by: "
           f"{f['optom'].replace('Dr. ', '')}.", 9.2, gap=1)
    d.para(f"Date of service: {fd(f['surg'])}    Claim number: {f['icn']}", 9.4, gap=1.5)
    table = []
    for code, desc, amt, ok in f["lines"]:
        appr = round(amt * 0.42, 2) if ok else 0.0
        table.append([desc[:40] + f" ({code})", "Yes" if ok else "No", mo(amt), mo(appr),
                      mo(round(appr * 0.8, 2)), mo(round(appr * 0.2, 2) if ok else amt), "" if ok else "A, B"])
    table.append(["*Total for this claim", "", mo(f["billed"]), "", "", "", ""])
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Medicare-Approved", "Medicare Paid",
             "You May Be Billed", "Notes"], table, [64, 16, 20, 24, 20, 24, 12], size=7.4, aligns="LLRRRRL")
    d.text_line("Notes for Your Claims", 10.5, "B", h=6)
    d.para(f"A  Medicare does not pay for the astigmatism-correcting function of an intraocular lens ({f['upcode']}) "
           "or for refractive measurements that only serve that function. These are not covered.", 9.2)
    d.para("B  The provider gave you a written notice before the service that Medicare would not pay. You are "
           "responsible for these charges.", 9.2)
    d.text_line("How to Handle Disputes", 10.5, "B", h=6)
    appeal_by = f["notice"] + dt.timedelta(days=120)
    d.para(f"If you disagree with any claims decisions on this notice, you can file an appeal. Appeals must be filed "
           f"by {fd(appeal_by)}. Circle the services you disagree with and send this notice to the Medicare "
           "contractor shown on page 1: Brookhollow Medicare Services, Attn: Redeterminations, PO Box 7710, "
           "Camp Hill, PA 17001. Call 1-800-MEDICARE (1-800-633-4227) with questions.", 9.2)
    f["appeal_by"] = appeal_by
    return pdf_bytes(d)


def th_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Times", footer="Form CMS-10003-NDMC (approved)  " + f["plan_id"] + "_UM  Page {p} of {n}")
    d.add_page()
    th_head(d, f, "Notice of Denial of Medical Coverage", "")
    d.text_line(f"Date: {fd(f['notice'])}", 10.5, h=5.5)
    d.text_line(f"Member number: {f['mid']}", 10.5, h=5.5)
    d.text_line(f"Name: {f['pat']}", 10.5, h=5.5)
    d.text_line(f"Case number: {f['ref']}", 10.5, h=5.5)
    d.ln(3)
    d.para(f"We have denied the following request: cataract surgery with intraocular lens (CPT 66984) on your "
           f"{f['eye_word']} eye, requested by {f['surgeon']} of {f['practice']} (NPI {f['npi']}) for "
           f"{fd(f['surg'])}.", 10.5)
    d.text_line("We denied this request because:", 10.5, "B", h=6)
    d.para(f"Your {f['other_eye']} eye had cataract surgery on {fd(f['first'])}. For surgery on the second eye, our "
           "coverage rules require records showing that the cataract in that eye reduces vision and limits your "
           "daily activities (for example, driving or reading), with best-corrected visual acuity of 20/50 or worse "
           "or a glare test showing a loss. The eye examination sent to us from "
           f"{f['optom']} shows best-corrected acuity of {f['va']} in the {f['eye_word']} eye and no glare test. "
           "There is no documented visual impairment, so the surgery is not medically necessary at this time. Your "
           "doctor may send new records if your vision changes.", 10.5)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("You have the right to ask us to review our decision. If you want to appeal, you must ask within 65 days "
           f"of the date of this notice. Write to {TH}, Appeals and Grievances, PO Box 44180, Harrisburg, PA 17106 "
           f"or fax {f['fax']}. If your health requires a fast decision, call {f['ph']}; we will decide within 72 hours.",
           10.5)
    d.para(f"Dr. Augustin Mbeki-Sorensen, MD, Medical Director\ncc: {f['practice']}; {f['optom']}", 9.5)
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    fe = lambda x: fmt_date(x, "es")  # noqa: E731
    d = Doc("DejaVu", footer="Formulario CMS-10003-NDMC  " + f["plan_id"] + "_UM_SP  Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(0, 8, TH, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{TH_PLAN}  -  PO Box 44120, Harrisburg, PA 17106  -  {f['ph']} (TTY 711)", 8.2, h=4.5)
    d.rule(0.6, 4)
    d.text_line("Aviso de denegación de cobertura médica", 13, "B", h=7)
    d.ln(1)
    rows = [("Fecha", fe(f["notice"])), ("Número de miembro", f["mid"]), ("Nombre", f["pat"]),
            ("Número de caso", f["ref"]), ("Fecha de nacimiento", fe(f["dob"])),
            ("Proveedor", f"{f['practice']} ({f['surgeon']})"), ("Optometrista", f["optom"]),
            ("Fecha programada de la cirugía", fe(f["surg"]))]
    rows_block(d, rows, 62, 9.4)
    d.para(f"Aprobamos la cirugía de catarata con lente intraocular (CPT 66984) en su ojo "
           f"{'izquierdo' if f['eye'] == 'LT' else 'derecho'}. Hemos denegado la siguiente parte de la solicitud: la "
           "función correctora del astigmatismo del lente (lente tórico, V2787) y las mediciones refractivas con "
           "láser.", 10)
    d.text_line("Denegamos esta solicitud porque:", 10.5, "B", h=6)
    d.para("Medicare y su plan cubren un lente convencional con la cirugía de catarata. La mejora a un lente tórico "
           "y las mediciones que solo sirven para esa función son opciones que usted elige y no están cubiertas por "
           "su plan. Si decide recibirlas, el proveedor le cobrará la diferencia.", 10)
    d.text_line("Usted tiene derecho a apelar nuestra decisión", 10.5, "B", h=6)
    d.para("Si desea apelar, debe pedirlo dentro de 65 días a partir de la fecha de este aviso. Escriba a "
           f"{TH}, Apelaciones y Quejas, PO Box 44180, Harrisburg, PA 17106 o envíe un fax al {f['fax']}.", 10)
    return pdf_bytes(d)


def abn(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="Form CMS-R-131 (Exp. 01/31/2026)  OMB No. 0938-0566")
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'slash')} 10:42  FROM: CLEARBROOK ESC SCHEDULING  FAX {f['fax']}   "
                "TO: PATIENT   P. 1/1", 7.5, h=4)
    d.ln(2)
    d.text_line(f"A. Notifier: {f['practice']}, 3400 Tillman Parkway, Reading, PA 19601  {f['ph']}", 9.5, h=5)
    d.text_line(f"B. Patient Name: {f['pat']}          C. Identification Number: {f['acct']}", 9.5, h=5)
    d.ln(2)
    d.text_line("Advance Beneficiary Notice of Non-coverage (ABN)", 13, "B", h=7)
    d.para("NOTE: If Medicare doesn't pay for D. the items below, you may have to pay. Medicare does not pay for "
           "everything, even some care that you or your health care provider have good reason to think you need. "
           "We expect Medicare may not pay for the D. items below.", 9.4)
    d.table(["D. Item", "E. Reason Medicare May Not Pay", "F. Estimated Cost"],
            [["Presbyopia-correcting IOL function (V2788)", "Patient-elected upgrade; Medicare pays for", mo(f["est"])],
             ["  right eye, surgery " + fd(f["surg"]), "a conventional lens only", ""],
             ["Same, left eye, surgery " + fd(f["surg2"]), "Same as above", mo(f["est"])],
             ["Refractive laser measurements", "Not covered by Medicare", mo(450)]],
            [70, 70, 36], size=8.6, aligns="LLR")
    d.para(f"Cataract surgery (66984) on each eye is expected to be covered. Surgeon: {f['surgeon']}. Co-managing "
           f"optometrist for post-operative visits: {f['optom']}.", 9.2)
    d.text_line("G. OPTIONS: Check only one box. We cannot choose a box for you.", 9.6, "B", h=5.5)
    for o in ["[ ] OPTION 1. I want the D. items listed above. You may ask to be paid now, but I also want Medicare "
              "billed for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN).",
              "[ ] OPTION 2. I want the D. items listed above, but do not bill Medicare. You may ask to be paid now "
              "as I am responsible for payment. I cannot appeal if Medicare is not billed.",
              "[ ] OPTION 3. I don't want the D. items listed above. I understand with this choice I am not "
              "responsible for payment, and I cannot appeal to see if Medicare would pay."]:
        d.para(o, 8.6, gap=1)
    d.para("H. Additional Information: This notice gives our opinion, not an official Medicare decision. If you have "
           "other questions on this notice or Medicare billing, call 1-800-MEDICARE (1-800-633-4227/TTY: "
           "1-877-486-2048).", 8.6)
    d.text_line(f"I. Signature: ______________________________        J. Date: {fd(f['notice'])}", 9.6, h=6)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts, talts = KINDS[k]
    lang = "es" if f["es"] else "en"
    alts = {"provider": [f["surgeon"].replace("Dr. ", "").split(",")[0]]}
    if k == "abn":
        return truth("other", None, lang, insurer="Medicare", member_name=f["pat"], service_dates=[iso(f["surg"]), iso(f["surg2"])],
                     denial_date=iso(f["notice"]), provider=f["practice"],
                     alternates=dict(alts, insurer=[None], service_dates=[[]]))
    if k == "msn":
        return truth(doc_type, denial, lang, insurer="Medicare", member_id=f["mbi"], member_name=f["pat"],
                     case_numbers=[f["icn"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["surg"])],
                     denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(f["appeal_by"]),
                     alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"],
                                 "claim_amount": [m2(sum(x[2] for x in f["lines"] if not x[3]))]},
                     type_alternates=talts)
    pre = k in ("second_pre", "es_upgrade")
    dl = None if k == "paid_eob" else iso(f["notice"] + dt.timedelta(days=65))
    alts["plan_id"] = [None]
    if k == "eob_upgrade":
        alts["claim_amount"] = [m2(sum(x[2] for x in f["lines"] if not x[3]))]
    return truth(doc_type, denial, lang, insurer=TH, plan_id=f["plan_id"], member_id=f["mid"], member_name=f["pat"],
                 case_numbers=[f["ref"] if pre else f["claim"]], claim_amount=None if pre else m2(f["billed"]),
                 service_dates=[iso(f["surg"])], denial_date=iso(f["notice"]), provider=f["practice"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalts, type_alternates=talts)


# (stem suffix, condition, kind, date style, money style)
ROWS = [
    ("bd_ma_eob_presbyopia_lens_upgrade", "born_digital", "eob_upgrade", "long", "plain"),
    ("bd_ma_eob_second_eye_paid", "born_digital", "paid_eob", "slash", "plain"),
    ("scan300_msn_toric_upgrade", "scan_clean_300", "msn", "abbr", "plain"),
    ("lowres150_second_eye_no_impairment", "scan_lowres_150", "second_pre", "iso", "plain"),
    ("copy_es_toric_upgrade_notice", "photocopy", "es_upgrade", "es", "plain"),
    ("faxfine_asc_abn_premium_lens", "fax_fine_g4", "abn", "slash", "plain"),
    ("phone_ma_eob_second_eye_denied", "phone_photo", "second_eob", "dmy", "nosign"),
]
def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(ROWS):
        f = facts(i, kind, ds, ms)
        pdf = {"eob_upgrade": th_eob, "paid_eob": th_eob, "second_eob": th_eob, "msn": msn,
               "second_pre": th_letter, "es_upgrade": es_letter, "abn": abn}[kind](f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
