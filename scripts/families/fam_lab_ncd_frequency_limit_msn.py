"""Family 'lab_ncd_frequency_limit_msn': Medicare Summary Notices (Part B), letters of an invented Medicare
Administrative Contractor and an independent laboratory's letters on lab tests billed more often than the national
coverage determination (NCD) allows (invented people, labs, doctors and numbers).

Reasons: hemoglobin A1c (83036) more often than every three months; lipid panel (80061) repeated within a year
without a qualifying diagnosis; screening PSA (G0103) more than once a year. With a signed ABN (modifier GA) the
beneficiary may be billed; without one (GZ) the lab may not bill. One MSN pays every test; one Spanish MSN ("Resumen
de Medicare"). Decoys: the ordering physician, the lab's CLIA and NPI numbers, the previous test's date, "Maximum You
May Be Billed", deductible figures, the MAC's phone numbers, the 1-800-MEDICARE number.

Issuers: Medicare (MSN, insurer "Medicare", CMS accepted), Sentinel Ridge Medicare Services, LLC (invented Part B
MAC, letters), and the labs' own letters (provider papers).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lab_ncd_frequency_limit_msn"
LANG = "en"
MAC = "Sentinel Ridge Medicare Services, LLC"
MAC_ADDR = ("PO Box 30917", "Corliss Junction, KS 66092")
LABS = [("Brightwater Clinical Laboratories", "4410 Industry Loop, Suite B", "Pellston, MI 49769"),
        ("Quarrystone Diagnostic Lab, Inc.", "88 Foundry Row", "Tilden Harbor, ME 04690"),
        ("Amberlea Pathology & Lab Services", "1206 Mercer Flats Road", "Oxbow Springs, NE 68055")]
DOCTORS = ["Dr. Rosalind T. Achebe", "Dr. Henrik O. Valtonen", "Dr. Priyanka S. Ramaswamy", "Dr. Tobias L. Kerrigan",
           "Dra. Maricela V. Ocampo"]
FIRST = ["Ottoline", "Cornelius", "Hiroko", "Abimbola", "Stanislaw", "Philippa", "Ruairi", "Zainab", "Elwood",
         "Magdalena", "Thaddeus", "Svetlana"]
LAST = ["Ashcombe", "Bergqvist", "Chukwuma", "Delacroix", "Eriksen", "Fairweather", "Gallagher", "Haugen",
        "Ilunga", "Jaramillo", "Kowalski", "Lemaire"]
FIRST_ES = ["Eustaquio", "Rosaura", "Genoveva", "Baltasar", "Nicolasa"]
LAST_ES = ["Echeverría", "Valdivia", "Quiñones", "Sepúlveda", "Arellano"]
TESTS = {
    "a1c": ("83036", "Hemoglobin A1c test", "Prueba de hemoglobina A1c", 58.00, 9.71),
    "lipid": ("80061", "Lipid panel (cholesterol)", "Panel de lípidos (colesterol)", 96.00, 13.39),
    "psa": ("G0103", "Prostate cancer screening; PSA test", "Detección de cáncer de próstata; prueba PSA", 64.00, 18.39),
    "cbc": ("85025", "Complete blood count (CBC)", "Hemograma completo", 42.00, 7.77),
    "bmp": ("80048", "Basic metabolic panel", "Panel metabólico básico", 55.00, 8.46),
}
NOTE = {
    "a1c": "Medicare doesn't pay for this test more often than every 3 months. Your previous hemoglobin A1c was "
           "on {prev}.",
    "lipid": "Medicare doesn't pay for a repeat lipid panel within a year unless your diagnosis qualifies. The "
             "diagnosis on this claim does not. Your previous lipid panel was on {prev}.",
    "psa": "Medicare pays for one screening PSA test every 12 months. Your previous screening was on {prev}.",
}
NOTE_ES = {
    "lipid": "Medicare no paga un panel de lípidos repetido dentro de un año a menos que su diagnóstico lo "
             "justifique. El diagnóstico de esta reclamación no lo justifica. Su panel anterior fue el {prev}.",
    "a1c": "Medicare no paga esta prueba más de una vez cada 3 meses. Su prueba anterior fue el {prev}.",
}


def facts(r: random.Random, kind: str, abn: str, ds: str, lang: str = "en") -> dict:
    fn = r.choice(FIRST_ES if lang == "es" else FIRST)
    ln = r.choice(LAST_ES if lang == "es" else LAST)
    if kind == "psa":
        fn = r.choice(["Cornelius", "Stanislaw", "Ruairi", "Elwood", "Thaddeus"])
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    coll = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 100))
    dec = coll + dt.timedelta(days=r.randint(25, 45))
    prev = coll - dt.timedelta(days={"a1c": r.randint(40, 70), "lipid": r.randint(120, 250),
                                     "psa": r.randint(200, 330)}.get(kind, 300))
    lab = r.choice(LABS)
    tests = [kind, r.choice(["cbc", "bmp"])] if kind != "paid" else ["a1c", "lipid", "bmp"]
    rows = []
    for t in tests:
        code, en, es, charge, appr = TESTS[t]
        denied = t == kind
        rows.append(dict(t=t, code=code + (f"-{abn}" if denied and abn else ""), en=en, es=es, charge=charge,
                         appr=0.0 if denied else appr, paid=0.0 if denied else appr,
                         maxb=(charge if denied and abn == "GA" else 0.0), denied=denied))
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    mbi = f"{r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}{r.randint(0, 9)}-{r.choice(letters)}" \
          f"{r.choice(letters)}{r.randint(0, 9)}-{r.choice(letters)}{r.choice(letters)}{r.randint(10, 99)}"
    return dict(kind=kind, abn=abn, ds=ds, lang=lang, name=f"{fn} {mid}. {ln}", first=fn, last=ln, mbi=mbi,
                coll=coll, dec=dec, prev=prev, lab=lab, doc=r.choice(DOCTORS[:4] if lang == "en" else DOCTORS),
                rows=rows, total=round(sum(x["charge"] for x in rows), 2),
                den_charge=round(sum(x["charge"] for x in rows if x["denied"]), 2),
                icn=f"{r.randint(10, 99)}{r.randint(10000, 99999)}{r.randint(100000, 999999)}",
                clia=f"{r.randint(10, 99)}D{r.randint(1000000, 9999999)}", npi=f"1{r.randint(100000000, 999999999)}",
                addr=(f"{r.randint(10, 9800)} {r.choice(['Larkspur Trail', 'Gristmill Lane', 'Calle Olmo'])}",
                      "Pellston, MI 49770"),
                mphone=f"1-855-555-{r.randint(4000, 4999)}", lphone=f"(555) 0{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                acct=f"L{r.randint(100000, 999999)}")


def fd(f, d):
    return fmt_date(d, f["ds"])


def msn(d: Doc, f: dict) -> None:
    es = f["lang"] == "es"
    d.add_page()
    d.set_font("Helvetica", "B", 15)
    d.cell(120, 7, "Resumen de Medicare" if es else "Medicare Summary Notice")
    d.set_font("Helvetica", "", 9)
    d.cell(0, 7, ("Parte B (Seguro Médico)" if es else "for Part B (Medical Insurance)"), align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 4.5, ("La notificación oficial de sus reclamaciones de Medicare" if es else
                    "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services"),
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 4)
    y = d.get_y()
    for ln in (f["name"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    for k, v in ([("Número de Medicare", f["mbi"]), ("Fecha de esta notificación", fd(f, f["dec"])),
                  ("Reclamaciones y servicios", f"Reclamaciones procesadas del {fd(f, f['dec'] - dt.timedelta(days=90))}"),
                  ("", f"al {fd(f, f['dec'])}")] if es else
                 [("Medicare Number", f["mbi"]), ("Date of This Notice", fd(f, f["dec"])),
                  ("Claims processed between", f"{fd(f, f['dec'] - dt.timedelta(days=90))} and {fd(f, f['dec'])}")]):
        d.set_x(112)
        d.font(8.5, "B")
        d.cell(45, 4.8, k)
        d.font(8.5)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    denied = any(x["denied"] for x in f["rows"])
    if denied:
        deadline = f["dec"] + dt.timedelta(days=120)
        d.set_fill_color(230, 230, 230)
        d.font(10, "B")
        d.cell(0, 7, (f"¿Se aprobaron todos sus servicios?  NO. Medicare negó algunos servicios. "
                      f"Vea la página 1.") if es else
               "Did Medicare approve all services?  NO. Medicare denied some services.", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 7, (f"Si no está de acuerdo, debe apelar a más tardar el {fd(f, deadline)}." if es else
                      f"If you disagree, appeals must be filed by {fd(f, deadline)}."), fill=True,
               new_x="LMARGIN", new_y="NEXT")
    else:
        d.font(10, "B")
        d.cell(0, 7, "Did Medicare approve all services?  YES.", new_x="LMARGIN", new_y="NEXT")
        deadline = f["dec"] + dt.timedelta(days=120)
        d.font(9)
        d.cell(0, 5, f"Appeals must be filed by {fd(f, deadline)}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    lab = f["lab"]
    d.text_line(("Reclamaciones de la Parte B" if es else "Your Claims for Part B (Medical Insurance)"), 11, "B")
    d.ln(1)
    d.para((f"{lab[0]}, {lab[1]}, {lab[2]}\nOrdenado por: {f['doc']}\nNúmero de reclamación: {f['icn']}\n"
            f"Fecha de servicio: {fd(f, f['coll'])}") if es else
           (f"{lab[0]}, {lab[1]}, {lab[2]}\nReferred by: {f['doc']}\nClaim number: {f['icn']}\n"
            f"Service date: {fd(f, f['coll'])}"), size=9)
    head = (["Servicio y código", "¿Aprobado?", "Cobrado", "Aprobado", "Pagado", "Máx. a pagar", "Notas"] if es
            else ["Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid", "Max Billed",
                  "Notes"])
    rows = []
    for i, x in enumerate(f["rows"]):
        rows.append([f"{x['es'] if es else x['en']} ({x['code']})", ("No" if x["denied"] else "Sí") if es else
                     ("No" if x["denied"] else "Yes"), fmt_money(x["charge"]), fmt_money(x["appr"]),
                     fmt_money(x["paid"]), fmt_money(x["maxb"]), "A" if x["denied"] else ""])
    rows.append(["*Total", "", fmt_money(f["total"]), fmt_money(sum(x["appr"] for x in f["rows"])),
                 fmt_money(sum(x["paid"] for x in f["rows"])), fmt_money(sum(x["maxb"] for x in f["rows"])), ""])
    d.table(head, rows, [62, 18, 20, 20, 18, 24, 12], size=7.6, aligns="LLRRRRL")
    d.text_line("Notas" if es else "Notes for Claims Above", 10, "B")
    d.ln(1)
    if denied:
        note = (NOTE_ES if es else NOTE)[f["kind"]].format(prev=fd(f, f["prev"]))
        d.para(f"A  {note}", size=8.8, gap=1)
        if f["abn"] == "GA":
            d.para(("   Usted firmó un Aviso Previo al Beneficiario (ABN); el proveedor puede facturarle."
                    if es else "   You signed an Advance Beneficiary Notice (ABN) saying you would pay, so the "
                               "provider may bill you for this test."), size=8.8, gap=1)
        else:
            d.para(("   El proveedor no puede facturarle por este servicio (no hubo ABN)." if es else
                    "   The provider did not give you an Advance Beneficiary Notice, so you are not responsible for "
                    "this charge. If you paid, ask the provider for a refund."), size=8.8, gap=1)
    else:
        d.para("Your Part B deductible of $283.00 has been met for 2026.", size=8.8)
    d.ln(2)
    d.text_line("Cómo apelar" if es else "How to handle denied claims or file an appeal", 10, "B")
    d.ln(1)
    d.para(("Circule los servicios con los que no está de acuerdo, explique por qué y envíe esta página a: "
            f"{MAC}, Redeterminaciones, {MAC_ADDR[0]}, {MAC_ADDR[1]}. Para preguntas llame al 1-800-MEDICARE.")
           if es else ("Circle the services you disagree with, explain why, sign, and send this page to "
                       f"{MAC}, Redeterminations, {MAC_ADDR[0]}, {MAC_ADDR[1]}. Questions: 1-800-MEDICARE "
                       "(1-800-633-4227), TTY 1-877-486-2048."), size=8.8)


def mac_letter(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_font("Helvetica", "B", 13)
    d.cell(0, 6, MAC, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.5, f"Medicare Part B Jurisdiction Contractor  |  {MAC_ADDR[0]}, {MAC_ADDR[1]}  |  {f['mphone']}",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 6)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    x = next(r for r in f["rows"] if r["denied"])
    for k, v in [("Beneficiary", f["name"]), ("Medicare Number", f["mbi"]), ("Internal Control Number", f["icn"]),
                 ("Laboratory", f"{f['lab'][0]} (CLIA {f['clia']})"), ("Ordering physician", f["doc"]),
                 ("Date of collection", fd(f, f["coll"]))]:
        d.font(9.8, "B")
        d.cell(48, 5.2, k + ":")
        d.font(9.8)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Notice of Claim Denial - Laboratory Frequency Limit", 12, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Medicare received a claim from {f['lab'][0]} for a {x['en'].lower()} ({x['code']}) collected on "
           f"{fd(f, f['coll'])}. The laboratory charged {fmt_money(x['charge'])}. "
           + NOTE[f["kind"]].format(prev=fd(f, f["prev"]))
           + " This limit comes from the national coverage determination (NCD) for this test, so Medicare denied "
             "the test as not reasonable and necessary.")
    if f["abn"] == "GA":
        d.para("The laboratory told us you signed an Advance Beneficiary Notice of Noncoverage (ABN) before the "
               "test. You may be responsible for the charge.")
    else:
        d.para("The laboratory did not obtain an Advance Beneficiary Notice of Noncoverage (ABN). You are not "
               "responsible for this charge, and the laboratory may not bill you for it.")
    d.table(["Service", "Code", "Charged", "Approved", "Paid"],
            [[r["en"], r["code"], fmt_money(r["charge"]), fmt_money(r["appr"]), fmt_money(r["paid"])]
             for r in f["rows"]] + [["*Claim total", "", fmt_money(f["total"]), "", ""]],
            [70, 22, 26, 26, 26], size=9, aligns="LLRRR")
    d.text_line("Your right to a redetermination", 11, "B")
    d.ln(1)
    d.para(f"If you disagree, you may ask for a redetermination. You have 120 days from the date you receive this "
           f"letter; we must receive your request by {fd(f, f['dec'] + dt.timedelta(days=125))}. Send it to "
           f"Redeterminations, {MAC}, {MAC_ADDR[0]}, {MAC_ADDR[1]}, or call {f['mphone']}.")
    d.para(f"Sincerely,\nBeneficiary Correspondence Unit\n{MAC}")


def lab_letter(d: Doc, f: dict) -> None:
    lab = f["lab"]
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(0, 7, lab[0], new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, f"{lab[1]}  -  {lab[2]}  -  Patient Billing {f['lphone']}  -  NPI {f['npi']}  -  CLIA {f['clia']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    d.set_font("Times", "", 11)
    for ln in (fd(f, f["dec"] + dt.timedelta(days=9)), "", f["name"], *f["addr"]):
        d.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    x = next(r for r in f["rows"] if r["denied"])
    d.set_font("Times", "B", 11)
    d.cell(0, 6, f"Re: Account {f['acct']} - Medicare denial of {x['en'].lower()}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Times", "", 11)
    paras = [f"Dear {f['first']} {f['last']}:",
             f"Your physician, {f['doc']}, ordered tests that we performed on a specimen collected "
             f"{fd(f, f['coll'])}. Medicare (claim {f['icn']}) denied the {x['en'].lower()} because it was done "
             f"sooner than Medicare's frequency limit allows (previous test {fd(f, f['prev'])}).",
             f"Before the specimen was drawn you signed an Advance Beneficiary Notice (ABN) agreeing to pay if "
             f"Medicare did not. The charge of {fmt_money(x['charge'])} is therefore now your responsibility. The "
             f"other tests on this order were paid by Medicare.",
             f"Amount due: {fmt_money(x['charge'])}. Please pay by the due date on your statement or call "
             f"{f['lphone']} to set up a payment plan. If you wish to appeal Medicare's decision, follow the "
             f"instructions on your Medicare Summary Notice.",
             "Sincerely,", "Patient Financial Services", lab[0]]
    for p in paras:
        d.multi_cell(0, 5.2, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)


def build(f):
    d = Doc("Helvetica", footer=None)
    {"msn": msn, "mac": mac_letter, "lab": lab_letter}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f):
    lab = f["lab"][0]
    alts = {}
    if lab.endswith(", Inc."):
        alts["provider"] = [lab[:-6]]
    coll = [iso(f["coll"])]
    if f["layout"] == "lab":
        x = next(r for r in f["rows"] if r["denied"])
        alts.update({"denial_date": [None], "claim_amount": [m2(f["total"])],
                     "case_numbers": [[]]})
        return truth("other", None, "en", member_name=f["name"], case_numbers=[f["icn"]],
                     claim_amount=m2(x["charge"]), service_dates=coll, denial_date=iso(f["dec"] + dt.timedelta(days=9)),
                     provider=lab, alternates=alts, unscored=["insurer"])
    common = dict(member_id=f["mbi"], member_name=f["name"], case_numbers=[f["icn"]], claim_amount=m2(f["total"]),
                  service_dates=coll, denial_date=iso(f["dec"]), provider=lab)
    dl = iso(f["dec"] + dt.timedelta(days=120))
    if f["layout"] == "msn":
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
        if f["kind"] == "paid":
            alts["appeal_deadline"] = [None]
            return truth("eob", None, f["lang"], insurer="Medicare", appeal_deadline=dl, alternates=alts, **common)
        alts["claim_amount"] = [m2(f["den_charge"])]
        den = "not_covered" if f["kind"] == "psa" else "medical_necessity"
        da = ["medical_necessity"] if f["kind"] == "psa" else ["not_covered"]
        return truth("eob", den, f["lang"], insurer="Medicare", appeal_deadline=dl, alternates=alts,
                     denial_alternates=da, **common)
    # MAC letter: 120 days from receipt, receipt presumed 5 days after the letter date
    alts["claim_amount"] = [m2(f["den_charge"])]
    den = "not_covered" if f["kind"] == "psa" else "medical_necessity"
    da = ["medical_necessity"] if f["kind"] == "psa" else ["not_covered"]
    return truth("denial_letter", den, "en", insurer=MAC, appeal_deadline=iso(f["dec"] + dt.timedelta(days=125)),
                 alternates=alts, denial_alternates=da, type_alternates=["eob"], **common)


# (stem suffix, condition, kind, abn, layout, date style, lang)
PLAN = [
    ("bd_msn_a1c_within_3_months_gz", "born_digital", "a1c", "GZ", "msn", "slash", "en"),
    ("bd_msn_all_tests_paid", "born_digital", "paid", "", "msn", "slash", "en"),
    ("scan300_mac_letter_psa_screening_ga", "scan_clean_300", "psa", "GA", "mac", "long", "en"),
    ("lowres_msn_es_panel_lipidos", "scan_lowres_150", "lipid", "GZ", "msn", "es", "es"),
    ("copy_lab_letter_a1c_abn_signed", "photocopy", "a1c", "GA", "lab", "long", "en"),
    ("faxf_mac_letter_lipid_no_qualifying_dx", "fax_fine_g4", "lipid", "GZ", "mac", "abbr", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, abn, layout, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(193600 + i), kind, abn, ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # rotated stack: the MSN denying a screening PSA (ABN signed) and the lab's letter billing for it
    f = facts(random.Random(193620), "psa", "GA", "dmy")
    f["layout"] = "msn"
    a = (build(f), make_truth(f))
    f["layout"] = "lab"
    b = (build(f), make_truth(f))
    items.append(Item(f"{FAMILY}_rotated_stack_msn_psa_and_lab_letter", "rotated", [a, b], separators=[None, None]))
    return items
