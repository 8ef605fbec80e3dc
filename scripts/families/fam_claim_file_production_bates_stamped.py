"""Family 'claim_file_production_bates_stamped': what a member receives after asking the plan for the claim file
(ERISA 29 CFR 2560.503-1(h)(2)(iii), "documents, records and other information relevant to your claim"): the
plan's short cover letter enclosing the file, then copies of the file's pages, each stamped with a Bates number
(prefix + 6 digits) and "CONFIDENTIAL - PRODUCED TO MEMBER", some with a "RECEIVED <date>" mailroom stamp: the copy
of the original denial letter, a claim-screen printout and, on some files, a clinical reviewer's note.

Every paper is a document of its own: the cover letter (`other`, it decides nothing), the enclosed denial copy
(`denial_letter`), the claim-screen printout and the reviewer's note (`other`: internal records, not notices; their
date is unscored). Plans (kit_roundah_famha): Streymoy Health Plan, Koltur Mutual Health Insurance Company (parent
line "A Svinoy Financial Group company"), Glyvrar Health Alliance. All fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundah_famha import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "claim_file_production_bates_stamped"
LANG = "en"
PLANS = {
    "streymoy": dict(name="Streymoy Health Plan", logo="STREYMOY", sub="Health Plan", font="Helvetica",
                     po="Member Correspondence, PO Box 4417, Saksun, WI 54801", mid="SHP999999999",
                     claim="99999A99999", bates="SHP-CF"),
    "koltur": dict(name="Koltur Mutual Health Insurance Company", logo="Koltur Mutual",
                   sub="Health Insurance Company", parent="A Svinoy Financial Group company", font="Times",
                   po="Appeals & Records Unit, PO Box 902, Mykines, OR 97828", mid="KMH-999-99-9999",
                   claim="KM9999999999", bates="KMH"),
    "glyvrar": dict(name="Glyvrar Health Alliance", logo="GLYVRAR", sub="Health Alliance", font="Helvetica",
                    po="Legal & Records Production, 71 Hoyvik Plaza, Elduvik, KS 67530", mid="GHA99999999",
                    claim="26-99999-999", bates="GHA-CLM"),
}
SERVICES = {  # key: (service words, code, provider)
    "mri": ("MRI of the lumbar spine without contrast", "72148", "Saksun Spine & Imaging Center"),
    "knee": ("arthroscopic partial meniscectomy, left knee", "29881", "Mykines Orthopaedic Associates"),
    "anesth": ("anesthesia for a colonoscopy", "00811", "Elduvik Anesthesia Partners, PA"),
    "pgx": ("pharmacogenomic testing panel", "81418", "Argir Molecular Laboratory"),
    "ortho": ("órtesis de rodilla hecha a la medida", "L1843", "Frostvik Ortopedia y Prótesis"),
    "ptlate": ("physical therapy visits", "97110", "Hestur Physical Therapy"),
    "sleep": ("in-lab sleep study (polysomnography)", "95810", "Sumba Sleep Disorders Center"),
}
REASONS = {
    "mri_kw": ("Not medically necessary. Your records do not show six weeks of physical therapy or other "
               "conservative care before the MRI, as our imaging guideline requires.", "medical_necessity", "N01"),
    "knee_pa": ("We did not pay this claim because the surgery needed our approval before it was done, and no "
                "one asked us for it.", "prior_authorization", "P15"),
    "anesth_oon": ("The anesthesia group is not in your plan's network, and your plan has no benefits for "
                   "out-of-network care of this kind.", "out_of_network", "N30"),
    "pgx_exp": ("This test is experimental and investigational for your condition. Published studies do not show "
                "that its results improve treatment.", "experimental", "E07"),
    "ortho_nc": ("Su plan no cubre órtesis hechas a la medida para uso deportivo. Es una exclusión del plan "
                 "(sección 9.2, Servicios excluidos).", "not_covered", "X22"),
    "pt_late": ("We received this claim more than 365 days after the services were given. Claims must be sent "
                "within 365 days of the date of service.", "timely_filing", "T90"),
    "sleep_rec": ("We asked your doctor for the sleep study report and the office notes and did not receive "
                  "them. We cannot pay the claim without these records.", "other", "R11"),
}
LABELS = [
    dict(member="Patient", mid="Member ID", grp="Group number", claim="Claim number", prov="Provider",
         date="Date(s) of service", billed="Amount billed"),
    dict(member="Member", mid="ID #", grp="Group #", claim="Claim #", prov="Rendering provider",
         date="Service date", billed="Total charges"),
    dict(member="Covered person", mid="Identification no.", grp="Employer group", claim="Claim ID",
         prov="Provider of service", date="Dates", billed="Charges"),
]
ES = dict(member="Paciente", mid="N.º de afiliado", grp="Grupo", claim="N.º de reclamo", prov="Proveedor",
          date="Fecha de servicio", billed="Cantidad facturada")


def letterhead(d: Doc, p: dict):
    if p.get("parent"):
        d.text_line(p["parent"], 8, "I", h=4)
    d.text_line(p["logo"], 18, "B", h=8)
    d.text_line(p["sub"], 10.5, h=5)
    d.rule(0.6, 1.5)
    d.text_line(p["po"], 8, h=4)
    d.ln(3)


def stamp(d: Doc, f: dict, n: int, received: dt.date | None = None):
    """Bates number, confidentiality legend and (sometimes) the mailroom stamp, drawn over the copied page."""
    y0 = d.get_y()
    d.set_auto_page_break(False)
    d.set_font("Courier", "B", 9)
    d.set_xy(d.l_margin, d.h - 12)
    d.cell(110, 5, "CONFIDENTIAL - PRODUCED TO MEMBER")
    d.set_xy(d.w - d.r_margin - 50, d.h - 12)
    d.cell(50, 5, f"{PLANS[f['plan']]['bates']}{n:06d}", align="R")
    if received:
        x, y = d.w - d.r_margin - 52, 10
        d.set_line_width(0.7)
        d.rect(x, y, 50, 14)
        d.set_line_width(0.2)
        d.set_xy(x, y + 1.5)
        d.set_font("Helvetica", "B", 10)
        d.cell(50, 5, "RECEIVED", align="C")
        d.set_xy(x, y + 7)
        d.cell(50, 5, fdate(received, "upper"), align="C")
    d.set_auto_page_break(True, margin=20)
    d.set_xy(d.l_margin, y0)


def cover(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    fd = lambda x: fdate(x, f["cds"])  # noqa: E731
    d = Doc(p["font"])
    d.add_page()
    letterhead(d, p)
    d.text_line(fd(f["prod"]), 10.5, h=6)
    d.ln(1)
    for ln in (f["addressee"], f["street"], f["city"]):
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    first_b, last_b = f["bates0"] + 1, f["bates0"] + f["npages"] - 1
    rng_txt = f"{p['bates']}{first_b:06d} - {p['bates']}{last_b:06d}"
    if es:
        rows = [("Asunto:", "Su solicitud de documentos relacionados con su reclamo"),
                ("Paciente:", f["name"]), ("N.º de afiliado:", f["mid"]), ("N.º de reclamo:", f["claim"]),
                ("Solicitud recibida:", fd(f["req"])), ("Páginas (Bates):", rng_txt)]
    else:
        rows = [("Re:", "Your request for documents relevant to your claim"), ("Patient:", f["name"]),
                ("Member ID:", f["mid"]), ("Claim no.:", f["claim"]), ("Request received:", fd(f["req"])),
                ("Bates range:", rng_txt)]
    for k, v in rows:
        d.font(10, "B")
        d.cell(42, 5, k)
        d.font(10)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    svc = SERVICES[f["svc"]]
    if es:
        d.para(f"Estimado(a) {f['addressee']}:", 10.5, gap=2)
        d.para(f"Recibimos el {fd(f['req'])} su pedido de copias de los documentos relacionados con su reclamo por "
               f"servicios de {svc[2]} del {fd(f['dos'])}. Adjuntamos, sin costo, copias de los documentos, "
               "registros y otra información relevante a su reclamo, según el reglamento federal 29 CFR "
               "2560.503-1(h)(2)(iii). Cada página lleva un número Bates.", 10.5, gap=2.5)
        d.para("Este envío no cambia la decisión sobre su reclamo ni el plazo para apelar indicado en la carta "
               f"adjunta. Si tiene preguntas, llame al {f['ph']}.", 10.5, gap=3)
    else:
        d.para(f"Dear {f['addressee']}:", 10.5, gap=2)
        opening = {0: f"On {fd(f['req'])} we received your request for copies of the claim file",
                   1: f"Thank you for your letter dated {fd(f['letter'])}, which reached us on {fd(f['req'])}, "
                      "asking for the claim file",
                   2: f"As you asked in your call of {fd(f['req'])}, we are sending the claim file"}[f["open"]]
        d.para(f"{opening} for the claim from {svc[2]} for services on {fd(f['dos'])}. Enclosed, free of charge, "
               "are copies of all documents, records and other information relevant to your claim for benefits, "
               "as required by 29 CFR 2560.503-1(h)(2)(iii). Each page carries a Bates number so that you and we "
               "can refer to it.", 10.5, gap=2.5)
        d.para("Sending these copies does not change the decision on the claim or the time you have to appeal, "
               "which is stated in the enclosed letter. Diagnosis and treatment codes and their meanings are "
               f"available on request. Questions? Call {f['ph']} (TTY 711), Monday to Friday.", 10.5, gap=3)
    d.para(("Atentamente,\n\n" if es else "Sincerely,\n\n") + f"{f['clerk']}\n"
           + ("Unidad de Apelaciones y Registros" if es else "Records Production Coordinator") + f", {p['name']}",
           10.5, gap=3)
    encl = ["copy of the letter of " + fd(f["date"]), "claim inquiry printout"] + (
        ["clinical reviewer note"] if f["note"] else [])
    d.text_line(("Adjuntos: " if es else "Enclosures: ") + "; ".join(encl), 8.5, h=4)
    return pdf_bytes(d)


def denial(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    lab = ES if es else LABELS[f["labels"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Doc(p["font"])
    d.add_page()
    stamp(d, f, f["bates0"] + 1, f["rcv_denial"])
    letterhead(d, p)
    d.text_line(fd(f["date"]), 10.5, h=6)
    d.ln(1)
    for ln in (f["addressee"], f["street"], f["city"]):
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("Aviso de denegación de beneficios" if es else "Notice of Adverse Benefit Determination", 12.5, "B",
                h=7)
    rows = [(lab["member"], f["name"]), (lab["mid"], f["mid"])]
    if f["group"]:
        rows.append((lab["grp"], f["group"]))
    rows += [(lab["claim"], f["claim"]), (lab["prov"], SERVICES[f["svc"]][2])]
    span = fd(f["dos"]) if not f["dos_end"] else f"{fd(f['dos'])} - {fd(f['dos_end'])}"
    rows += [(lab["date"], span), (lab["billed"], usd(f["billed"], f["ms"]))]
    for k, v in rows:
        d.font(10, "B")
        d.cell(50, 5.2, k + ":")
        d.font(10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    svc = SERVICES[f["svc"]]
    reason, _, code = REASONS[f["reason"]]
    if es:
        d.para(f"Revisamos el reclamo por {svc[0]} (código {svc[1]}). No podemos pagarlo. Motivo ({code}): {reason}",
               10.5, gap=3)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para(f"Puede apelar dentro de {f['n']} días a partir de la fecha de esta carta. Escriba a {p['po']} o "
               f"llame al {f['ph']}. Una apelación urgente se decide en 72 horas. Después puede pedir una revisión "
               "externa independiente dentro de 4 meses.", 10.5, gap=3)
    else:
        d.para(f"We reviewed the claim for {svc[0]} (code {svc[1]}). Reason code {code}: {reason}", 10.5, gap=3)
        d.text_line("Your right to appeal", 11, "B", h=6)
        if f["dl"] == "days":
            d.para(f"You may appeal within {f['n']} days of the date of this letter. Write to {p['po']} or call "
                   f"{f['ph']}. An urgent appeal is decided within 72 hours. After our final decision you may ask "
                   "for an independent external review within four months.", 10.5, gap=3)
        else:
            d.para(f"If you disagree, send us a written appeal. We must receive it by {fd(f['deadline'])}. Write "
                   f"to {p['po']} or call {f['ph']}. You may ask for the documents relevant to your claim free of "
                   "charge.", 10.5, gap=3)
    d.para(("Atentamente,\n\n" if es else "Sincerely,\n\n") + f"{f['md']}, MD\n"
           + ("Director Médico" if es else "Medical Director"), 10.5, gap=2)
    return pdf_bytes(d)


def screen(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    d = Doc("Courier")
    d.add_page()
    stamp(d, f, f["bates0"] + 2, f["rcv_screen"])
    d.ln(18)
    d.text_line(f"{p['name'].upper()}", 10, "B", h=5)
    d.text_line(f"CLM0400  CLAIM INQUIRY - HISTORY DETAIL     PRINTED {f['printed'].strftime('%m/%d/%y')} 14:"
                f"{f['mins']:02d}", 8.5, h=5)
    d.text_line("USER: RCP" + f["user"] + "   REGION 03   SCREEN 1 OF 1", 8.5, h=5)
    d.rule(0.3, 3)
    last, first = f["name"].split()[-1], " ".join(f["name"].split()[:-1])
    rows = [("CLAIM NO", f["claim"]), ("MEMBER ID", f["mid"]), ("PATIENT", f"{last.upper()}, {first.upper()}"),
            ("GROUP", f["group"] or "-"), ("BILLING PROV", SERVICES[f["svc"]][2].upper()),
            ("PROV NPI", f["npi"]), ("RECEIVED", f["rcvd_claim"].strftime("%m/%d/%Y")),
            ("DOS FROM", f["dos"].strftime("%m/%d/%Y")), ("DOS THRU", (f["dos_end"] or f["dos"]).strftime("%m/%d/%Y")),
            ("BILLED AMT", f"{f['billed']:.2f}"), ("ALLOWED", "0.00"), ("PAID", "0.00"),
            ("STATUS", "D - DENIED"), ("REASON CD", REASONS[f["reason"]][2]),
            ("ADJ DATE", f["date"].strftime("%m/%d/%Y")), ("LETTER ID", f["letter_id"])]
    for k, v in rows:
        d.font(9.5)
        d.cell(45, 5, k + " ....")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["LN", "DOS", "PROC", "UNITS", "BILLED", "STAT"],
            [[str(i + 1), f["dos"].strftime("%m/%d/%y"), SERVICES[f["svc"]][1], "1", f"{v:.2f}", "D"]
             for i, v in enumerate(f["lines"])], [12, 30, 25, 18, 30, 18], size=9)
    d.text_line("*** END OF CLAIM DETAIL ***", 8.5, h=5)
    return pdf_bytes(d)


def note(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    d = Doc("Helvetica")
    d.add_page()
    stamp(d, f, f["bates0"] + 3, f["rcv_note"])
    d.ln(18)
    d.text_line(p["name"] + " - Clinical Review", 9, h=5)
    d.text_line("REVIEWER NOTE", 13, "B", h=7)
    d.rule(0.4, 3)
    for k, v in [("Claim", f["claim"]), ("Member", f["name"]), ("ID", f["mid"]),
                 ("Service", f"{SERVICES[f['svc']][0]} ({SERVICES[f['svc']][1]})"),
                 ("Provider", SERVICES[f["svc"]][2]), ("DOS", fdate(f["dos"], "slash")),
                 ("Queue date", fdate(f["queued"], "slash"))]:
        d.font(9.5, "B")
        d.cell(30, 5, k + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Records reviewed: claim form, office notes {fdate(f['notes_dt'], 'slash')}. {f['note_text']} "
           f"Recommend: {f['rec']}. Letter to member and provider.", 10, gap=3)
    d.para(f"{f['md']}, MD - reviewed {fdate(f['reviewed'], 'slash')}", 10, gap=2)
    return pdf_bytes(d)


NOTE_TEXT = {"mri_kw": ("No PT documented before imaging. Criteria IMG-204 not met.", "deny, not medically necessary"),
             "pgx_exp": ("Panel is investigational per policy LAB-088.", "deny, experimental/investigational"),
             "knee_pa": ("No auth on file for 29881.", "deny, no prior authorization")}


def facts(r: random.Random, plan: str, svc: str, reason: str, lang: str, ds: str, cds: str, ms: str, labels: int,
          dl: str, note_on: bool, span: bool = False, parent: bool = False) -> dict:
    date = dt.date(2025, r.randint(6, 12), r.randint(1, 27))
    dos = days(date, -r.randint(25, 70) - (380 if reason == "pt_late" else 0))
    name = person(r, lang)
    street, city = address(r, lang)
    n = r.choice([180, 180, 60])
    billed = money(r, 600, 5200)
    lines = [billed] if not span else [round(billed / 3, 2), round(billed / 3, 2)]
    if span:
        lines.append(round(billed - sum(lines), 2))
    f = dict(plan=plan, svc=svc, reason=reason, lang=lang, ds=ds, cds=cds, ms=ms, labels=labels, dl=dl,
             note=note_on, date=date, dos=dos, dos_end=days(dos, 14) if span else None, name=name, street=street,
             city=city, mid=mixed(r, PLANS[plan]["mid"]), group=r.choice([None, mixed(r, "999999-99")]),
             claim=mixed(r, PLANS[plan]["claim"]), billed=billed, lines=lines, n=n, deadline=days(date, n),
             ph=phone(r), md=clinician(r), clerk=person(r, lang), npi=npi(r), user=mixed(r, "999"),
             mins=r.randint(0, 59), letter_id=mixed(r, "LTR99999999"), bates0=r.randint(100, 900))
    f["addressee"] = person(r) if parent else name
    f["req"] = days(date, r.randint(20, 60))
    f["letter"] = days(f["req"], -r.randint(3, 7))
    f["prod"] = days(f["req"], r.randint(10, 28))
    f["printed"] = days(f["req"], r.randint(1, 5))
    f["rcvd_claim"] = days(dos, r.randint(6, 20) + (380 if reason == "pt_late" else 0))
    f["queued"] = days(date, -r.randint(4, 10))
    f["notes_dt"] = dos
    f["reviewed"] = days(date, -r.randint(1, 3))
    f["note_text"], f["rec"] = NOTE_TEXT.get(reason, ("See policy.", "deny"))
    f["rcv_denial"] = days(f["req"], 2) if r.random() < 0.4 else None
    f["rcv_screen"] = None
    f["rcv_note"] = days(date, -r.randint(8, 14)) if note_on else None
    f["open"] = r.randint(0, 2)
    f["npages"] = 3 + (1 if note_on else 0)
    return f


def common(f: dict) -> dict:
    return dict(lang=f["lang"], insurer=PLANS[f["plan"]]["name"], member_id=f["mid"], member_name=f["name"],
                case_numbers=[f["claim"]], service_dates=[iso(f["dos"], f["dos_end"])],
                provider=SERVICES[f["svc"]][2])


def cover_truth(f: dict) -> dict:
    c = common(f)
    c["service_dates"] = [iso(f["dos"])]  # the cover names the first day only
    alts = {"service_dates": [[iso(f["dos"], f["dos_end"])]]} if f["dos_end"] else {}
    return truth("other", None, denial_date=iso(f["prod"]), alternates=alts, **c)


def denial_truth(f: dict) -> dict:
    den = REASONS[f["reason"]][1]
    dalts = {"experimental": ["not_covered"], "out_of_network": ["not_covered"],
             "prior_authorization": ["other"]}.get(den, [])
    return truth("denial_letter", den, group_number=f["group"], claim_amount=m2(f["billed"]),
                 denial_date=iso(f["date"]), appeal_deadline=iso(f["deadline"]), denial_alternates=dalts, **common(f))


def record_truth(f: dict, with_amount: bool, with_group: bool) -> dict:
    return truth("other", None, group_number=f["group"] if with_group else None,
                 claim_amount=m2(f["billed"]) if with_amount else None, unscored=["denial_date"], **common(f))


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(128500)
    plan = [  # stem, cond, plan, service, reason, lang, denial ds, cover ds, money, labels, dl, note, span, parent
        ("bd_mri", "born_digital", "streymoy", "mri", "mri_kw", "en", "long", "long", "plain", 0, "days", True,
         False, False),
        ("bd_anesth_oon", "born_digital", "koltur", "anesth", "anesth_oon", "en", "slash", "abbr", "nosign", 1,
         "date", False, False, False),
        ("scan300_pgx", "scan_clean_300", "glyvrar", "pgx", "pgx_exp", "en", "dmy", "long", "usd", 2, "days", True,
         False, True),
        ("lowres_pt_late", "scan_lowres_150", "streymoy", "ptlate", "pt_late", "en", "abbr", "slash", "plain", 1,
         "date", False, True, False),
        ("photocopy_knee_pa", "photocopy", "koltur", "knee", "knee_pa", "en", "upper", "long", "plain", 0, "days",
         True, False, False),
        ("faxf_sleep_records", "fax_fine_g4", "glyvrar", "sleep", "sleep_rec", "en", "long", "dlong", "plain", 2,
         "days", False, False, False),
        ("rotated_es_ortho", "rotated", "streymoy", "ortho", "ortho_nc", "es", "es", "es", "plain", 0, "days",
         False, False, False),
    ]
    items = []
    for stem, cond, pl, svc, reason, lang, ds, cds, ms, labels, dl, note_on, span, parent in plan:
        f = facts(r, pl, svc, reason, lang, ds, cds, ms, labels, dl, note_on, span, parent)
        docs = [(cover(f), cover_truth(f)), (denial(f), denial_truth(f)), (screen(f), record_truth(f, True, True))]
        if note_on:
            docs.append((note(f), record_truth(f, False, False)))
        items.append(Item(f"{FAMILY}_{stem}", cond, docs))
    return items
