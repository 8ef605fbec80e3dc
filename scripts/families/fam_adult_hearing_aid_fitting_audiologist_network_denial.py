"""Family 'adult_hearing_aid_fitting_audiologist_network_denial': adult hearing aids and their fitting (V5261
binaural digital behind-the-ear aids, 92591 binaural hearing aid examination and selection) refused because the
audiologist who fitted them is outside the hearing benefit vendor's network.

Documents: the hearing vendor's denial letter with a left contact sidebar (fine fax); a clean-scan stack of the
health plan's two-claim EOB (audiometry paid, fitting and aids denied), the blank back of its sheet and the
audiologist's invoice; a Spanish Medicaid managed care notice of adverse benefit determination for a pre-service
request (photocopy); the vendor's paid claim summary at a network audiologist (born digital, nothing denied);
the vendor's network-exception letter that holds the request for papers (sideways, decides nothing); the plan's
appeal decision upholding the denial (phone photo, facts in sentences); a TPA notice in the DOL model adverse
benefit determination shape whose 180 days count from receipt (low-resolution scan).

Decoys: DOB, NPIs, audiologist license numbers, invoice and account numbers, the paid audiometry claim, the
allowance and amounts paid, trial-period and warranty dates, fair hearing, continuation, external review and
expedited limits. All values invented (vendors, plans, audiologists, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "adult_hearing_aid_fitting_audiologist_network_denial"
LANG = "en"
SEED = 320600
FD = "/usr/share/fonts/truetype/dejavu/"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16), serif=False, cond=False):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        if serif:
            self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"
        if cond:
            self.add_font("Cond", "", FD + "DejaVuSansCondensed.ttf")
            self.add_font("Cond", "B", FD + "DejaVuSansCondensed-Bold.ttf")
            self.base_font = "Cond"


def ph(r: Rand) -> str:
    return f"1-{r.choice(['800', '844', '866', '877'])}-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 130))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1944, 1985), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


def aid_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("V5261", "Hearing aid, digital, binaural, behind the ear", float(r.randint(3600, 5900))),
            ("92591", "Hearing aid exam and selection, binaural", float(r.randint(260, 420)) + 0.5)]


def kv(d: Page, rows, lw=42, size=9.2, h=5.0, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------------ 0: vendor denial letter with sidebar (fine fax)
def doc_vendor_denial(r: Rand):
    f = base(r)
    ins = "SoundBridge Hearing Benefits"
    plan = "Larkspur Health Plan"
    mid = f"LHP{r.digits(9)}"
    ref = f"SB-{r.digits(2)}-{r.digits(7)}"
    aud, prac = r.person()[0], "Quarry Street Audiology"
    lic = f"AU{r.digits(5)}"
    lines = aid_lines(r)
    total = sum(x[2] for x in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 34))
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 12))
    d = Page("SoundBridge Hearing Benefits  ·  administers hearing aid benefits for " + plan, margins=(12, 14, 14))
    d.add_page()
    # sidebar
    d.set_fill_color(232, 232, 232)
    d.rect(12, 14, 50, 230, style="F")
    d.set_xy(14, 18)
    d.font(12, "B")
    d.multi_cell(46, 6, "SoundBridge\nHearing\nBenefits", new_x="LEFT", new_y="NEXT")
    d.ln(4)
    side = ["Member Care", ph(r), "TTY 711", "", "Provider line", ph(r), "", "Fax", f"1-555-{r.digits(3)}-{r.digits(4)}",
            "", "Find a network", "audiologist:", "soundbridge.example/find", "", "Mail appeals to:", "SoundBridge",
            "Appeals Unit", "PO Box 5150", "Lubbock, TX 79401"]
    for s in side:
        d.set_x(14)
        d.font(8.2, "B" if s in ("Member Care", "Provider line", "Fax", "Mail appeals to:") else "")
        d.cell(46, 4.3, s, new_x="LEFT", new_y="NEXT")
    # body
    d.set_left_margin(68)
    d.set_xy(68, 16)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    kv(d, [("Claim reference", ref), ("Health plan", plan), ("Plan member ID", mid),
           ("Audiologist", f"{aud}, AuD, {prac}"), ("State license", lic), ("Fitting date", fmt_date(f["dos"], "abbr")),
           ("Date received", fmt_date(recv, "abbr")), ("Amount billed", fmt_money(total))], lw=36, size=9)
    d.ln(4)
    d.text_line("Your hearing aid claim was not approved", 11.5, "B", h=7)
    d.para(f"Dear {f['first']},", 10)
    d.para(f"{plan} uses SoundBridge to provide hearing aids to its members. Your plan pays for hearing aids, and the "
           "fitting and selection visit, only when a SoundBridge network audiologist dispenses them. "
           f"{prac} is not in the SoundBridge network, so we cannot pay for the binaural hearing aids (V5261) or the "
           "hearing aid examination and selection (92591) billed on this claim. Your plan has no out-of-network "
           "hearing aid benefit (Certificate of Coverage, section 8.14).", 9.6)
    d.para("If you think we made a mistake, you may appeal within 180 days of the date of this letter. Tell us why "
           "you disagree and include a copy of this letter. You can also ask for a network exception if no network "
           "audiologist practices within 45 miles of your home.", 9.6)
    d.para("SoundBridge Claims Review", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=aud, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [prac], "insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: plan EOB (+ blank back) + invoice
def doc_plan_eob(r: Rand, f: dict):
    ins = "Larkspur Health Plan"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 35))
    f["stmt"] = stmt
    c1 = f"{r.digits(2)}{r.digits(9)}"
    audio = float(r.randint(140, 230))
    ent = "Fenwick ENT Associates"
    earlier = f["dos"] - dt.timedelta(days=r.randint(18, 30))
    total = sum(x[2] for x in f["lines"])
    d = Page("Larkspur Health Plan · Claims Statement · Page {p} of {n}", margins=(13, 12, 13), cond=True)
    d.add_page()
    d.font(17, "B")
    d.cell(100, 9, "Larkspur Health Plan")
    d.font(9)
    d.cell(0, 9, "CLAIMS STATEMENT — NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Member services {ph(r)}  ·  PO Box 2718, Fargo, ND 58102", 8.4, h=4.5)
    d.rule(0.5, 3)
    d.boxes([("Mailed on", fmt_date(f["stmt"], "mdy_nopad"), 30), ("For", f["member"], 54),
             ("Subscriber number", f["mid"], 44), ("Coverage group", f["grp"], 30), ("Plan", f["plan"], 32)], h=11)
    d.ln(5)
    d.text_line(f"Claim {c1}  —  {ent}  —  PAID", 9.6, "B", h=5.5)
    d.table(["Service date", "Code", "What was done", "Charged", "Plan allowed", "Plan paid", "Your part", "Note"],
            [[fmt_date(earlier, "mdy_nopad"), "92557", "Comprehensive hearing test", fmt_money(audio),
              fmt_money(audio * 0.7), fmt_money(audio * 0.7 - 30), "$30.00", "—"]],
            [22, 14, 56, 22, 22, 22, 18, 10], size=7.8, aligns="LLLRRRRL")
    d.text_line(f"Claim {f['claim']}  —  {f['prac']}  —  DENIED", 9.6, "B", h=5.5)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), c, desc[:30], fmt_money(b), "$0.00", "$0.00", fmt_money(b), "N9"]
            for c, desc, b in f["lines"]]
    rows.append(["*Claim total", "", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(["Service date", "Code", "What was done", "Charged", "Plan allowed", "Plan paid", "Your part", "Note"], rows,
            [22, 14, 56, 22, 22, 22, 18, 10], size=7.8, aligns="LLLRRRRL")
    d.text_line("Notes", 10, "B", h=6)
    d.para("N9 — Hearing aids and the hearing aid fitting are covered only through the plan's hearing vendor, "
           "SoundBridge Hearing Benefits, at one of its network audiologists. The audiologist on this claim is not in "
           "that network. Out-of-network hearing aid services are not covered.", 8.6)
    d.text_line("If you disagree", 10, "B", h=6)
    d.para("You may file an appeal within 180 days of the date this statement was mailed. Call Member Services or "
           "write to Larkspur Appeals, PO Box 2720, Fargo, ND 58102. For urgent requests we decide within 72 hours. "
           f"Rendering NPI on the denied claim: {f['npi']}.", 8.6)
    t = truth("eob", "out_of_network", insurer=ins, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["prac"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"plan_id": [None], "provider": [f["aud"]]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict):
    inv_date = f["stmt"] + dt.timedelta(days=r.randint(6, 14))
    inv = f"INV-{r.digits(5)}"
    total = sum(x[2] for x in f["lines"])
    trial_end = f["dos"] + dt.timedelta(days=45)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line(f["prac"], 16, "B", h=8)
    d.text_line(f"{f['aud']}, AuD, CCC-A  ·  64 Quarry Street, Erie, PA 16501  ·  (814) 555-{r.digits(4)}", 8.6, h=5)
    d.ln(6)
    d.font(22, "B")
    d.cell(0, 11, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Invoice no.", inv), ("Invoice date", fmt_date(inv_date, "long")), ("Due", "On receipt")], lw=28, size=9,
       x=130)
    d.ln(2)
    d.text_line("Bill to", 8, "B", h=4.5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=4.9)
    d.ln(6)
    rows = [[fmt_date(f["dos"], "long"), c, desc, "1" if c == "92591" else "2", fmt_money(b)] for c, desc, b in f["lines"]]
    d.table(["Date fitted", "Code", "Item", "Qty", "Amount"], rows, [32, 16, 94, 10, 26], size=8.6, aligns="LLLRR",
            border_head="TB")
    kv(d, [("Subtotal", fmt_money(total)), ("Insurance paid", "$0.00"), ("Amount due", fmt_money(total))], lw=40,
       size=9.6, x=124)
    d.ln(6)
    d.para(f"Devices: Aurelia 7 RIC-BTE, left and right, serials AR7-{r.digits(6)} / AR7-{r.digits(6)}. Trial period "
           f"ends {fmt_date(trial_end, 'long')}; warranty 3 years. Your insurer, Larkspur Health Plan, denied claim "
           f"{f['claim']} because our office is not in its hearing vendor's network. We are happy to give you records "
           "for an appeal. Payment plans are available.", 9)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(inv_date), provider=f["prac"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["aud"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"LHP{r.digits(9)}", grp=f"{r.digits(4)}-{r.letters(1)}", plan=f"LHP-PPO{r.digits(2)}",
             claim=f"{r.digits(2)}{r.digits(9)}", aud=r.person()[0], prac="Tidewater Hearing & Balance",
             lines=aid_lines(r))
    return Item(f"{FAMILY}_eob_invoice_stack", "scan_clean_300", [doc_plan_eob(r, f), doc_invoice(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------------ 2: Spanish Medicaid MCO notice (photocopy)
def doc_es_medicaid(r: Rand):
    f = base(r, "es")
    ins = "Salud Cumbre Plan Medicaid"
    mid = f"{r.digits(9)}"
    caso = f"NA-{r.digits(4)}-{r.digits(5)}"
    aud, prac = r.person("es")[0], "Audiología Integral del Sur"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 16))
    d = Page("Salud Cumbre Plan Medicaid · Aviso de Determinación Adversa de Beneficios · Página {p} de {n}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Salud Cumbre", 16, "B", h=8)
    d.text_line(f"{ins} · Programa Medicaid del Estado · Apartado 880, Las Cruces, NM 88001", 8.4, h=4.5)
    d.rule(0.6, 4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", h=7)
    d.ln(2)
    kv(d, [("Fecha de este aviso:", fmt_date(notice, "es")), ("Afiliado(a):", f["member"]),
           ("Número de Medicaid:", mid), ("Número de caso:", caso),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], lw=46, size=9.4)
    d.ln(3)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Su audióloga, {aud}, de {prac}, nos pidió aprobar audífonos digitales para ambos oídos (V5261) y la "
           f"evaluación y selección de audífonos (92591), con cita programada para el {fmt_date(f['dos'], 'es')}. "
           "Hemos negado esta solicitud.", 10)
    d.text_line("¿Por qué negamos la solicitud?", 10.5, "B", h=6.5)
    d.para("Salud Cumbre cubre audífonos para adultos solamente a través de su proveedor de audición contratado, "
           f"ClaroSonido Red Auditiva. {prac} no forma parte de esa red. Hay audiólogos de la red a menos de 20 "
           "millas de su domicilio. Esta decisión se basa en el Manual del Afiliado, sección 6.9, y en 42 CFR "
           "438.206. Puede pedir una copia gratuita de los documentos que usamos.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6.5)
    d.para("Si no está de acuerdo, puede pedir una apelación a Salud Cumbre dentro de 60 días a partir de la fecha "
           "de este aviso. Puede pedir una apelación rápida si esperar podría dañar su salud; la decidiremos en 72 "
           "horas. Si quiere seguir recibiendo un servicio mientras apela, debe pedirlo dentro de 10 días. Después "
           "de la apelación, tiene 120 días para pedir una audiencia imparcial estatal.", 10)
    d.para(f"Llame gratis al {ph(r)} (TTY 711). Puede traer a un abogado, un familiar o un amigo para que le ayude.",
           9.4)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[caso], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=aud,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"provider": [prac], "insurer": ["Salud Cumbre"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: vendor paid claim summary (born digital)
def doc_paid(r: Rand):
    f = base(r)
    ins = "SoundBridge Hearing Benefits"
    mid = f"LHP{r.digits(9)}"
    claim = f"SBC{r.digits(10)}"
    prov = "Harbor View Hearing Center"
    issued = f["dos"] + dt.timedelta(days=r.randint(14, 24))
    lines = aid_lines(r)
    allow = 4000.0
    total = sum(x[2] for x in lines)
    d = Page("SoundBridge Hearing Benefits  —  Claim Summary", margins=(16, 14, 16))
    d.add_page()
    d.text_line("SoundBridge", 20, "B", h=10)
    d.text_line("Hearing Benefits  ·  Claim Summary for Members", 9.6, h=5)
    d.ln(4)
    d.boxes([("Issued", fmt_date(issued, "iso"), 34),
             ("Member", f["member"], 58), ("Plan member ID", mid, 44), ("Claim", claim, 42)], h=12)
    d.boxes([("Network audiologist", prov, 78), ("Date fitted", fmt_date(f["dos"], "iso"), 34),
             ("Status", "Paid — nothing denied", 66)], h=12)
    d.ln(5)
    paid = [min(allow, lines[0][2]) - 500, lines[1][2]]
    rows = [[c, desc, fmt_money(b), fmt_money(p), fmt_money(b - p)] for (c, desc, b), p in zip(lines, paid)]
    rows.append(["*Total", "", fmt_money(total), fmt_money(sum(paid)), fmt_money(total - sum(paid))])
    d.table(["Code", "Service", "Billed", "We paid", "Your copay"], rows, [18, 88, 26, 28, 24], size=8.6,
            aligns="LLRRR", head_fill=True)
    d.para(f"Your plan's hearing aid allowance is {fmt_money(allow)} every 36 months. This claim used "
           f"{fmt_money(paid[0])} of it; your next allowance is available on "
           f"{fmt_date(f['dos'] + dt.timedelta(days=1095), 'iso')}. Your copay for the aids is the $500.00 "
           "network device copay. Denied: $0.00.", 9.4)
    d.para("Questions about this summary? Call Member Care. If you disagree with how we processed this claim, you may "
           "ask for a review within 180 days after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=prov,
              type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: network exception on hold (rotated)
def doc_exception_hold(r: Rand):
    f = base(r)
    ins = "SoundBridge Hearing Benefits"
    mid = f"LHP{r.digits(9)}"
    exc = f"NX{r.digits(7)}"
    aud, prac = r.person()[0], "Birchwood Lane Hearing Clinic"
    letter = f["dos"] - dt.timedelta(days=r.randint(9, 15))
    due = letter + dt.timedelta(days=30)
    d = Page(None, margins=(22, 20, 22), serif=True)
    d.add_page()
    d.text_line("SoundBridge Hearing Benefits", 14, "B", h=7)
    d.text_line("Network Exceptions Desk", 9.5, h=5)
    d.ln(8)
    d.para(f"{fmt_date(letter, 'mdy_nopad')}\n\n{f['member']}\n" + "\n".join(f["addr"]), 10.5, gap=6)
    d.para(f"Re: network exception request {exc}", 10.5, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"Thank you for asking us to let {aud}, AuD, of {prac} fit your hearing aids as if the clinic were in our "
           f"network. The fitting is scheduled for {fmt_date(f['dos'], 'long')}. Your plan member ID is {mid}.", 10.5)
    d.para("Your request is on hold while we wait for two papers: the audiologist's state license and a quote "
           "listing the hearing aid model and price. We are still reviewing; nothing has been denied. Please send "
           f"them by {fmt_date(due, 'long')} so we can decide. If we approve the exception, the clinic will be paid "
           "as a network provider for this fitting only.", 10.5)
    d.para("If you would rather see a network audiologist now, call Member Care and we will help you book a visit.",
           10.5)
    d.para("Sincerely,\nNetwork Exceptions Desk", 10.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[exc],
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=aud,
              alternates={"provider": [prac], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: plan appeal decision upheld (phone photo)
def doc_appeal_upheld(r: Rand):
    f = base(r)
    ins = "Larkspur Health Plan"
    mid, grp = f"LHP{r.digits(9)}", f"{r.digits(4)}-{r.letters(1)}"
    claim = f"{r.digits(11)}"
    appeal = f"GA-{r.digits(3)}-{r.digits(4)}"
    aud = r.person()[0]
    prac = "Old Mill Road Audiology"
    lines = aid_lines(r)
    total = sum(x[2] for x in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Larkspur Health Plan", 15, "B", h=7)
    d.text_line("Grievance and Appeals", 9.5, h=5)
    d.ln(7)
    d.text_line(fmt_date(notice, "long"), 10.2, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.2, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10.2)
    d.para(f"We have decided your appeal {appeal}. You appealed our denial of claim {claim} from {prac} for the "
           f"hearing aids and fitting you received on {fmt_date(f['dos'], 'long')}, billed at {fmt_money(total)}. "
           f"Your audiologist was {aud}. You are a member under ID {mid}, group {grp}.", 10.2)
    d.para("Our decision: the denial is upheld. Hearing aids and their fitting are covered only when a network "
           "audiologist of our hearing vendor, SoundBridge Hearing Benefits, dispenses them. You told us the clinic "
           "was recommended by your ear doctor, and we understand that. But three network audiologists practice "
           "within 12 miles of your home, so a network exception does not apply.", 10.2)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Information about external review is enclosed. "
           "You also have the right to file a complaint with your state Department of Insurance.", 10.2)
    d.para("Sincerely,\nAppeals Coordinator, Larkspur Health Plan", 10.2)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prac,
              alternates={"provider": [aud], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: DOL model ABD from a TPA (low-res)
def doc_dol(r: Rand):
    f = base(r)
    ins = "Keystone Ridge Benefit Services"
    plan = "Fenwick Tool & Die Employee Health Plan"
    mid, grp = f"KR{r.digits(8)}", f"FTD{r.digits(4)}"
    claim = f"{r.digits(4)}-{r.digits(6)}"
    aud = r.person()[0]
    prac = "Lantern Way Hearing Studio"
    lines = aid_lines(r)
    total = sum(x[2] for x in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    d = Page("Keystone Ridge Benefit Services · Notice of Adverse Benefit Determination · {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Keystone Ridge Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=5)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    d.text_line("Save this notice. You may need it to appeal.", 9, h=5)
    d.ln(2)
    kv(d, [("Notice date", fmt_date(notice, "slash")), ("Participant / patient", f["member"]), ("ID", mid),
           ("Group", grp)], lw=44, size=9.2)
    d.ln(2)
    d.text_line("Claim information", 10.5, "B", h=6.5)
    d.table(["Claim", "Date of service", "Health care provider", "Amount of claim"],
            [[claim, fmt_date(f["dos"], "slash"), f"{prac} ({aud}, AuD)", fmt_money(total)]], [30, 30, 88, 30],
            size=8.6, border_head="TB")
    d.text_line("Reason for denial", 10.5, "B", h=6.5)
    d.para("Denial code OON-H2: provider not in the plan's hearing network. The plan covers hearing aids (V5261) and "
           "hearing aid examination and selection (92591) only from providers in the plan's hearing network. "
           "Plan provision: Summary Plan Description, Article VII, section 7.22.", 9.2)
    d.text_line("How to appeal", 10.5, "B", h=6.5)
    d.para("You have 180 days from receipt of this notice to file an internal appeal. Send it to Keystone Ridge "
           "Appeals, 410 Harbor View Road, Duluth, MN 55802. If your situation is urgent, you may ask for an "
           "expedited appeal. You may ask for copies of all documents relevant to your claim free of charge, and "
           "for the diagnosis and treatment codes and their meanings. You have the right to bring a civil action "
           "under ERISA section 502(a) after an appeal.", 9.2)
    d.text_line("Other resources", 10.5, "B", h=6.5)
    d.para(f"Employee Benefits Security Administration 1-866-444-3272. Provider NPI {f['npi']}. Participant date of "
           f"birth {fmt_date(f['dob'], 'slash')}.", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prac, alternates={"provider": [aud], "insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_vendor_denial, "vendor_denial", "fax_fine_g4"), (2, doc_es_medicaid, "es_medicaid", "photocopy"),
              (3, doc_paid, "vendor_paid", "born_digital"), (4, doc_exception_hold, "exception_hold", "rotated"),
              (5, doc_appeal_upheld, "appeal_upheld", "phone_photo"), (6, doc_dol, "dol_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
