"""Family 'uterine_fibroid_focused_ultrasound_investigational_denial': MR-guided focused ultrasound ablation of
uterine fibroids (0071T under 200 cc, 0072T 200 cc or more) and laparoscopic radiofrequency ablation of fibroids
(58674) refused as investigational or because hysterectomy / myomectomy is the established treatment; uterine
fibroid embolization (37243) paid.

Documents: a two-page pre-service prose letter refusing 0071T as investigational (running header, decision on page
one, appeal rights on page two); a fine-fax stack of a cover sheet, the plan's key-value notice refusing 58674 and
the hospital's pre-service financial clearance letter (estimated charges, deposit, options); a photocopied upheld
appeal in ruled boxes (labels above values) for a performed 0071T + 0072T; a low-resolution paid UFE EOB (nothing
denied); a Spanish Medicaid managed-care notice refusing 58674 (phone photo); a three-claim EOB (MRI and office
visit paid, focused ultrasound denied) fed sideways; an approval of laparoscopic myomectomy.

Decoys: DOB, request received dates, NPIs, hospital account numbers, medical policy numbers, fibroid volumes, the
subscriber (spouse) on an EOB, paid claims, plan paid / you owe, deposit due dates, 72-hour, 4-month, 120-day
fair hearing and 10-day continuation limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "uterine_fibroid_focused_ultrasound_investigational_denial"
LANG = "en"
SEED = 286500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    doc = r.person(lang)[0]
    return dict(member=member, first=first, last=last, addr=r.address(lang), doc=doc,
                dob=dt.date(r.randint(1974, 1992), r.randint(1, 12), r.randint(1, 28)),
                day0=dt.date(2026, 1, 20) + D(days=r.randint(0, 150)), npi=r.npi(), ph=phone(r))


def kv(d: Page, rows: list[tuple[str, str]], x: float | None = None, lw: float = 38, size: float = 9.2,
       h: float = 5.0) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: two-page prose pre-service letter (0071T)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Alderglen Health Insurance Company"
    mid, grp = f"AGH{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}"
    ref = f"UM{r.digits(2)}-{r.digits(7)}"
    recv = f["day0"]
    notice = recv + D(days=r.randint(4, 9))
    planned = notice + D(days=r.randint(12, 30))
    vol = r.randint(120, 190)
    d = Page(foot="AGH-UM-ADV-07 (rev. 2025)     Page {p} of {n}",
             header=f"{f['member']}  -  Reference {ref}  -  {fmt_date(notice, 'long')}")
    d.add_page()
    d.text_line("Alderglen Health", 18, "B", h=8)
    d.text_line(f"{ins}  ·  Utilization Management  ·  PO Box 4471, Fenwick, PA 16501", 8.4, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from Dr. {f['doc']} for magnetic resonance-guided "
           f"focused ultrasound ablation of uterine fibroids (CPT 0071T, total fibroid volume about {vol} cc), to "
           f"be done on {fmt_date(planned, 'long')} at Larkspur Imaging & Focused Ultrasound Center. We have "
           f"reviewed the request under your plan (member ID {mid}, group {grp}), and we are not able to approve "
           f"it. The reference number for this decision is {ref}.", 10.5)
    d.text_line("Why we made this decision", 11, "B", h=6.5)
    d.para("Your plan does not cover services that are experimental or investigational (Certificate of Coverage, "
           "Section 7.3). Our medical policy MP-GYN-0214, Treatment of Uterine Fibroids, considers MR-guided "
           "focused ultrasound investigational: published studies have not shown that its results last as long as "
           "those of myomectomy, uterine artery embolization or hysterectomy, and many women need a second "
           "treatment. A board-certified obstetrician-gynecologist reviewed the request and the records sent "
           "with it.", 10.5)
    d.para("This decision is about coverage only. You and your doctor decide together what treatment you get. "
           "Other treatments for fibroids, such as uterine artery embolization or myomectomy, are covered when "
           "the plan's criteria are met; ask your doctor whether they are right for you.", 10.5)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'long')}.  Requesting physician NPI: {f['npi']}.", 9)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You, your doctor or someone you name may ask us to review this decision. Your appeal must be made "
           "within 180 days of the date of this letter. Send it to Alderglen Health Appeals, PO Box 4480, Fenwick, "
           f"PA 16501, fax {phone(r)}, or call Member Services at {f['ph']}.", 10.5)
    d.para("If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal; we "
           "decide expedited appeals within 72 hours. After our final decision you may ask for an external review "
           "by an independent review organization within 4 months of receiving that decision.", 10.5)
    d.para("You may ask for free copies of the medical policy, the clinical criteria and all documents related to "
           "this request. You may also ask for the diagnosis and treatment codes and what they mean; such a "
           "request is not an appeal. For help, contact the Pennsylvania Insurance Department consumer services "
           "line or the Employee Benefits Security Administration at 1-866-444-3272.", 10.5)
    d.ln(4)
    d.para("Sincerely,\n\nUtilization Management Department\nAlderglen Health Insurance Company", 10.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["prior_authorization", "not_covered"],
              alternates={"service_dates": [[]], "provider": ["Larkspur Imaging & Focused Ultrasound Center"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: plan notice + hospital letter
def doc_rfa_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Keystone Prairie Health Plan"
    d = Page(foot="KPH NABD 58674  |  {p}/{n}", margins=(16, 12, 16))
    d.add_page()
    d.text_line("KEYSTONE PRAIRIE HEALTH PLAN", 14, "B", h=7)
    d.text_line(f"Clinical Review Unit · 300 Mercer Plaza, Lubbock, TX 79401 · Fax {phone(r)}", 8.4, h=4.4)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)", 11.5, "B", h=7)
    kv(d, [("Notice date:", fmt_date(f["notice"], "slash")), ("Member:", f["member"]),
           ("Member number:", f["mid"]), ("Group number:", f["grp"]), ("Case number:", f["case"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Request received:", fmt_date(f["recv"], "slash")),
           ("Requesting surgeon:", f"{f['doc']}, MD  (NPI {f['npi']})"),
           ("Facility:", f["hosp"]),
           ("Service requested:", "58674 laparoscopic radiofrequency ablation of uterine fibroids"),
           ("Scheduled for:", fmt_date(f["planned"], "slash")),
           ("Decision:", "NOT APPROVED")], lw=42)
    d.ln(3)
    d.text_line("Reason for our decision", 10.5, "B", h=6)
    d.para("Laparoscopic radiofrequency volumetric thermal ablation of fibroids is considered investigational for "
           "members who have completed childbearing, because hysterectomy and myomectomy are the established "
           "treatments with proven long-term results (Medical Coverage Guideline KP-GYN-031). Experimental and "
           "investigational services are excluded under your Evidence of Coverage, Part 9.", 9.6)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("You or your provider may file an appeal within 180 days of the date of this notice. If your condition "
           "is urgent, ask for an expedited appeal (decided within 72 hours). You also have the right to an "
           "external review after our internal appeal. Free copies of the guideline and your case file are "
           "available on request.", 9.6)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["planned"])],
              denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=iso(f["notice"] + D(days=180)),
              denial_alternates=["prior_authorization", "not_covered"], alternates={"provider": [f["hosp"]]})
    return pdf_bytes(d), t


def doc_clearance(r: Rand, f: dict) -> tuple[bytes, dict]:
    letter = f["notice"] + D(days=r.randint(2, 5))
    acct = f"HAR{r.digits(8)}"
    est = float(r.randint(14200, 23800)) + r.choice([0.0, 0.5, 0.25])
    dep = round(est * 0.25, 2)
    d = Page(margins=(20, 16, 20))
    d.add_page()
    d.text_line(f["hosp"], 14, "B", h=7)
    d.text_line("Patient Financial Services · Pre-Service Financial Clearance", 9, h=5)
    d.text_line(f"1200 Lantern Way, Lubbock, TX 79401 · {phone(r)}", 8.5, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(letter, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Re: Financial clearance for your scheduled procedure", 10.5, "B", h=6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"You are scheduled for laparoscopic radiofrequency ablation of fibroids (58674) with Dr. {f['doc']} on "
           f"{fmt_date(f['planned'], 'long')}. Before a scheduled procedure we check your insurance. Keystone "
           f"Prairie Health Plan has told us it will not pay for this procedure (plan case {f['case']}, member "
           f"number {f['mid']}).", 10.5)
    d.table(["Hospital account", "Procedure date", "Estimated charges", "Deposit requested", "Deposit due"],
            [[acct, fmt_date(f["planned"], "slash"), fmt_money(est), fmt_money(dep),
              fmt_date(f["planned"] - D(days=5), "slash")]], [34, 30, 34, 34, 28], size=8.8, border_head="TB")
    d.para("Because the procedure is not covered, you will be responsible for the full cost. You may choose to: "
           "(1) go ahead as a self-pay patient and pay the deposit above; (2) postpone the procedure while you or "
           "your surgeon appeal the plan's decision; or (3) talk with your surgeon about other treatments that "
           "your plan covers. Please call a financial counselor to tell us your choice.", 10.5)
    d.para("This letter is an estimate, not a bill. Final charges may differ.", 9)
    d.para("Financial Clearance Team", 10.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]],
              claim_amount=m2(est), service_dates=[iso(f["planned"])], denial_date=iso(letter), provider=f["hosp"],
              unscored=["insurer", "group_number"],
              alternates={"case_numbers": [[]], "claim_amount": [None], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"KPH{r.digits(3)}-{r.digits(5)}", grp=f"{r.digits(5)}", case=f"CR{r.digits(9)}",
             hosp="Caprock Valley Medical Center")
    f["recv"] = f["day0"]
    f["notice"] = f["recv"] + D(days=r.randint(3, 8))
    f["planned"] = f["notice"] + D(days=r.randint(14, 28))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_rfa_notice(r, f), doc_clearance(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: upheld appeal, ruled boxes (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bridgewater Mutual Health"
    mid, grp = f"BMH-{r.digits(8)}", f"G{r.digits(6)}"
    claim, appeal = f"{r.digits(12)}", f"APL-{r.digits(7)}"
    dos = f["day0"]
    notice = dos + D(days=r.randint(75, 110))
    c1, c2 = float(r.randint(9800, 13600)), float(r.randint(3100, 4900))
    center = "Greer Focused Ultrasound Institute"
    d = Page(foot="BMH Appeals · final internal decision", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Bridgewater Mutual Health", 16, "B", h=8)
    d.text_line(f"Grievance and Appeals · PO Box 880, Bangor, ME 04401 · {f['ph']}", 8.6, h=4.6)
    d.ln(3)
    d.text_line("APPEAL DECISION", 12, "B", h=7)
    d.boxes([("Decision date", fmt_date(notice, "dmy"), 32), ("Member name", f["member"], 52),
             ("Member ID", mid, 38), ("Group", grp, 26), ("Decision", "UPHELD", 32)])
    d.boxes([("Appeal number", appeal, 36), ("Claim number", claim, 44), ("Date(s) of service",
             fmt_date(dos, "dmy"), 34), ("Total billed", fmt_money(c1 + c2), 32), ("Date of birth",
             fmt_date(f["dob"], "dmy"), 34)])
    d.boxes([("Rendering provider", center, 92), ("Attending physician", f"Dr. {f['doc']}", 88)])
    d.ln(4)
    d.table(["Code", "Description", "Billed"],
            [["0071T", "MRgFUS ablation, leiomyomata, volume < 200 cc", fmt_money(c1)],
             ["0072T", "MRgFUS ablation, leiomyomata, volume >= 200 cc", fmt_money(c2)]], [24, 110, 40],
            size=9, aligns="LLR")
    d.para("We reviewed your appeal of our denial of the claim above. A gynecologist who was not involved in the "
           "first decision reviewed your records, the letter from your doctor and the studies you sent. We are "
           "upholding our decision. Magnetic resonance-guided focused ultrasound of uterine fibroids is "
           "investigational under medical policy BMH-MP-118: evidence of long-term benefit compared with "
           "established treatments is insufficient. Experimental or investigational services are not covered.",
           10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months after you receive this letter; urgent external reviews are decided "
           "within 72 hours. You may also have the right to bring a civil action under section 502(a) of ERISA.",
           10)
    d.para("Grievance and Appeals Department", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(c1 + c2),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=center,
              denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid UFE EOB (scan_lowres_150)
def doc_ufe_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Timberline Health Cooperative"
    mid, grp, claim = f"TH {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(7)}", f"26{r.digits(9)}"
    dos = f["day0"]
    stmt = dos + D(days=r.randint(24, 40))
    lines = [("37243", "Vascular embolization/occlusion (UFE)", float(r.randint(8600, 11200))),
             ("99152", "Moderate sedation, first 15 min", float(r.randint(280, 420))),
             ("99153", "Moderate sedation, each add'l 15 min", float(r.randint(120, 190)))]
    group = "Fairchild Interventional Radiology, PC"
    d = Page(foot="Timberline Health Cooperative · Explanation of Benefits · page {p}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  TIMBERLINE HEALTH COOPERATIVE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS  ·  THIS IS NOT A BILL", 11, "B", h=6.5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Date issued", fmt_date(stmt, "iso")), ("Member ID", mid), ("Group", grp), ("Claim", claim),
           ("Received", fmt_date(dos + D(days=6), "iso"))], x=120, lw=26, size=9)
    d.ln(4)
    d.para(f"Patient: {f['member']}     Provider: {group}     Service by: Dr. {f['doc']}", 9)
    rows, tb, ta, tp, to = [], 0, 0, 0, 0
    for code, desc, b in lines:
        a = round(b * 0.52, 2)
        p = round(a * 0.9, 2)
        rows.append([fmt_date(dos, "iso"), code, desc, fmt_money(b), fmt_money(a), fmt_money(p), fmt_money(a - p),
                     "P1"])
        tb, ta, tp, to = tb + b, ta + a, tp + p, to + a - p
    rows.append(["*Claim total", "", "", fmt_money(tb), fmt_money(ta), fmt_money(tp), fmt_money(to), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Your share", "Note"], rows,
            [24, 14, 60, 22, 20, 20, 20, 8], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.para("P1  Paid at the in-network benefit. Your share is your 10% coinsurance after the deductible.", 8.6)
    d.para("Deductible met this year: $750.00 of $750.00.  Out-of-pocket met: $1,902.44 of $4,500.00.", 8.6)
    d.para("Questions or disagree? You may ask for a review within 180 days after you receive this statement. "
           f"Call {f['ph']}.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tb), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=group, type_alternates=["other"], alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish Medicaid MCO notice (phone photo)
def doc_es_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Sol del Valle Salud Medicaid"
    mid = f"{r.digits(9)}{r.letters(1)}"
    nro = f"NA-{r.digits(4)}-{r.digits(5)}"
    recv = f["day0"]
    notice = recv + D(days=r.randint(5, 12))
    planned = notice + D(days=r.randint(15, 30))
    d = Page(foot="SVS-NABD-ES-2026 · página {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Sol del Valle Salud Medicaid", 15, "B", h=7.5)
    d.text_line(f"Plan de atención administrada de Medicaid · Apartado 2290, Hialeah, FL 33010 · {f['ph']}", 8.4,
                h=4.5)
    d.rule(0.5, 3)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.text_line(f"Fecha de este aviso: {fmt_date(notice, 'es')}", 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    kv(d, [("Afiliada:", f["member"]), ("Número de Medicaid:", mid), ("Número de aviso:", nro),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es")),
           ("Proveedor solicitante:", f"{f['doc']}, MD")], lw=46, size=9.6)
    d.ln(3)
    d.para(f"El {fmt_date(recv, 'es')} recibimos una solicitud de su médico para la ablación laparoscópica por "
           f"radiofrecuencia de miomas uterinos (código 58674), programada para el {fmt_date(planned, 'es')}. "
           "Hemos negado esta solicitud.", 10)
    d.text_line("¿Por qué se negó?", 10.5, "B", h=6)
    d.para("El servicio no es médicamente necesario para usted. Según nuestras guías clínicas, la ablación por "
           "radiofrecuencia solo se aprueba cuando la paciente desea conservar el útero y no puede tener una "
           "miomectomía. Sus expedientes indican que usted no desea más embarazos y que su médico habló de una "
           "histerectomía; para su caso, la histerectomía es el tratamiento indicado y está cubierto.", 10)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si su salud está en "
           "peligro, pida una apelación rápida (72 horas). Después de la apelación puede pedir una audiencia "
           "imparcial estatal dentro de 120 días. Si desea que sus servicios continúen durante la apelación, "
           "debe pedirlo dentro de 10 días. Puede pedir copias gratuitas de las guías usadas.", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid,
              member_name=f["member"], case_numbers=[nro], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + D(days=60)),
              denial_alternates=["experimental", "prior_authorization"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: three-claim EOB, MRgFUS denied (rotated)
def doc_multi_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sub = r.person()[0]
    ins = "Northmark Benefit Life & Health"
    mid, grp = f"NBL{r.digits(8)}-02", f"{r.letters(3)}{r.digits(4)}"
    dos = f["day0"]
    stmt = dos + D(days=r.randint(28, 45))
    claims = []
    mri_d, ov_d = dos - D(days=r.randint(20, 40)), dos - D(days=r.randint(45, 60))
    claims.append((f"{r.digits(11)}", "Quarry Street Imaging", mri_d,
                   [("72197", "MRI pelvis w/o & with contrast", float(r.randint(2100, 2900)))], False))
    claims.append((f"{r.digits(11)}", "Ridgeview Women's Health", ov_d,
                   [("99204", "Office visit, new patient", float(r.randint(260, 380)))], False))
    claims.append((f"{r.digits(11)}", "Larkspur Imaging & Focused Ultrasound Center", dos,
                   [("0071T", "MRgFUS leiomyomata < 200 cc", float(r.randint(9900, 12800))),
                    ("0072T", "MRgFUS leiomyomata >= 200 cc", float(r.randint(3300, 4700)))], True))
    d = Page(foot="Northmark Benefit Life & Health · EOB · {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("NORTHMARK", 20, "B", h=9)
    d.text_line(f"{ins} · Claims Office · PO Box 7710, Erie, PA 16501 · {f['ph']}", 8.2, h=4.4)
    d.ln(2)
    d.text_line("Explanation of Benefits", 12.5, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 36), ("Subscriber", sub, 48), ("Patient", f["member"], 48),
             ("Member no.", mid, 36), ("Group", grp, 24)])
    d.ln(4)
    denied_total, denied_no = 0.0, ""
    for no, prov, day, lines, denied in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {no}  ·  {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        tb = 0.0
        for code, desc, b in lines:
            if denied:
                a = p = 0.0
                owe, rm = b, "EX7"
            else:
                a = round(b * 0.61, 2)
                p = round(a * 0.8, 2)
                owe, rm = a - p, ""
            rows.append([fmt_date(day, "slash"), code, desc, fmt_money(b, "nosign"), fmt_money(a, "nosign"),
                         fmt_money(p, "nosign"), fmt_money(owe, "nosign"), rm])
            tb += b
        rows.append(["*Claim total", "", "", fmt_money(tb, "nosign"), "", "", "", ""])
        d.table(["Date", "Code", "Service", "Charge", "Allowed", "Paid", "You owe", "Rmk"], rows,
                [22, 14, 62, 22, 20, 20, 20, 10], size=7.8, aligns="LLLRRRRL")
        if denied:
            denied_total, denied_no = tb, no
    d.text_line("Remarks", 9.5, "B", h=5.5)
    d.para("EX7  Not covered. Magnetic resonance-guided focused ultrasound ablation of uterine fibroids is "
           "experimental/investigational under our medical policy. You may be billed for this amount.", 8.6)
    d.para("Appeals: you have the right to appeal within 180 days of the date of this statement. Write to "
           "Northmark Appeals, PO Box 7720, Erie, PA 16501. After our final decision you may ask for an external "
           "review.", 8.6)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[denied_no], claim_amount=m2(denied_total), service_dates=[iso(dos)],
              denial_date=iso(stmt), provider="Larkspur Imaging & Focused Ultrasound Center",
              appeal_deadline=iso(stmt + D(days=180)), denial_alternates=["not_covered"],
              alternates={"member_id": [mid[:-3]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval of myomectomy (scan_clean_300)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Crescent Harbor Health Plan"
    mid, grp = f"CHH{r.digits(8)}", f"{r.digits(5)}-{r.digits(3)}"
    auth = f"A{r.digits(10)}"
    notice = f["day0"]
    planned = notice + D(days=r.randint(10, 25))
    d = Page(foot="Crescent Harbor Health Plan · Authorization notice", margins=(22, 16, 22))
    d.add_page()
    d.text_line("Crescent Harbor Health Plan", 15, "B", h=7.5)
    d.text_line(f"Care Management · 55 Pier Road, Macon, GA 31201 · {f['ph']}", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "upper"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your request has been approved", 12, "B", h=7)
    d.table(["Authorization", "Member ID", "Group", "Service", "Approved date"],
            [[auth, mid, grp, "58545 lap. myomectomy", fmt_date(planned, "upper")]], [32, 34, 26, 48, 30],
            size=8.8, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We approved the request from Dr. {f['doc']} for laparoscopic myomectomy (removal of uterine "
           f"fibroids) at Harbor View Surgery Center on {fmt_date(planned, 'long')}. The approval is valid for 60 "
           "days. If the date changes, your doctor must let us know.", 10.5)
    d.para("An approval is not a guarantee of payment. Payment depends on your eligibility on the date of service "
           "and on your plan's benefits, including your deductible and coinsurance. Earlier requests for "
           "focused ultrasound or radiofrequency ablation are not part of this approval.", 10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}. Surgeon NPI: {f['npi']}.", 9)
    d.para("Care Management Department", 10.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(planned)], denial_date=iso(notice), provider=f["doc"],
              alternates={"case_numbers": [[]], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"),
              (2, doc_appeal, "upheld_appeal", "photocopy"),
              (3, doc_ufe_eob, "paid_ufe_eob", "scan_lowres_150"),
              (4, doc_es_notice, "es_medicaid_notice", "phone_photo"),
              (5, doc_multi_eob, "three_claim_eob", "rotated"),
              (6, doc_approval, "myomectomy_approval", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
