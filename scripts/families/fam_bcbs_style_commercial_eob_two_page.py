"""Family 'bcbs_style_commercial_eob_two_page': a large commercial insurer's two-page Explanation of Benefits in the
layout of the Blue-plan member EOBs explained in their published "how to read your EOB" samples: page 1 a summary
("THIS IS NOT A BILL", member block, a box row with statement date / member / ID / group, a summary table Amount
billed / Your plan discount / Your plan paid / Your total cost, plan-year deductible and out-of-pocket bars), page 2
the claim detail (the header repeated: issuer, member, ID, claim number, "Page 2 of 2"), a service-line table with
remark codes and the remark legend, then appeal rights. One line denied among paid ones (not covered, medical
necessity in keyword and in plain words, no prior authorization, out-of-network assistant surgeon), one claim paid
in full, one Spanish.

Issuers: Dunvegan Blue Health Plan (logo word "DUNVEGAN BLUE" over a rule, "Health Plan · Member Services" line,
parent line "An independent licensee of the Lochinver Mutual Association" above) and Kinloch Health Insurance
Company (return address block, plain name). Providers: Golspie Orthopaedic Surgeons, P.A., Invergordon Regional
Medical Center, Tarbert Family Medicine, Aberfeldy Dermatology Associates. Decoys: date received, patient account,
provider NPI, a previous statement's date, plan-year accumulators, the next premium sentence, external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxa import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "bcbs_style_commercial_eob_two_page"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DB, KH = "Dunvegan Blue Health Plan", "Kinloch Health Insurance Company"
PROVIDERS = {"ortho": "Golspie Orthopaedic Surgeons, P.A.", "hosp": "Invergordon Regional Medical Center",
             "fam": "Tarbert Family Medicine", "derm": "Aberfeldy Dermatology Associates"}
LABELS = [("Statement date", "Member", "Member ID", "Group number", "Claim number", "Provider"),
          ("Date of statement", "Patient", "Identification no.", "Group no.", "Claim #", "Provider of service"),
          ("Issued", "Patient name", "ID number", "Group", "Claim ID", "Rendering provider")]
LABELS_ES = ("Fecha del estado", "Paciente", "Número de identificación", "Grupo", "Número de reclamación",
             "Proveedor")
# lines per provider kind: (code, description en, description es, lo, hi)
LINES = {
    "ortho": [("29881", "Knee arthroscopy, meniscectomy", "Artroscopia de rodilla", 3200, 5200),
              ("29881-AS", "Assistant at surgery", "Asistente de cirugía", 600, 1100),
              ("20610", "Joint injection, major joint", "Inyección en articulación", 180, 320)],
    "hosp": [("0360", "Operating room services", "Servicios de quirófano", 2400, 4800),
             ("0370", "Anesthesia", "Anestesia", 700, 1300),
             ("0250", "Pharmacy", "Farmacia", 90, 300),
             ("0710", "Recovery room", "Sala de recuperación", 400, 900)],
    "fam": [("99214", "Office visit, established patient", "Consulta en consultorio", 160, 260),
            ("93000", "Electrocardiogram", "Electrocardiograma", 70, 140),
            ("82607", "Vitamin B-12 level", "Nivel de vitamina B-12", 40, 90),
            ("97810", "Acupuncture, initial 15 min", "Acupuntura, 15 min iniciales", 90, 150)],
    "derm": [("99203", "Office visit, new patient", "Consulta, paciente nuevo", 180, 290),
             ("11102", "Tangential biopsy of skin", "Biopsia de piel", 150, 260),
             ("17110", "Destruction of benign lesions", "Destrucción de lesiones benignas", 160, 280),
             ("15788", "Chemical peel, facial", "Exfoliación química facial", 400, 700)],
}
# kind -> (provider kind, index of denied line or None, remark code, denial type)
KINDS = {"keyword_nc": ("fam", 3, "N34", "not_covered"), "paid": ("hosp", None, "", None),
         "plain_mn": ("derm", 2, "M52", "medical_necessity"), "pa": ("hosp", 0, "P18", "prior_authorization"),
         "es": ("derm", 3, "X21", "not_covered"), "oon": ("ortho", 1, "O44", "out_of_network"),
         "kw_mn": ("fam", 2, "M52", "medical_necessity")}


class Page(Doc):
    def __init__(self, foot: str, header: str):
        super().__init__("DejaVu", footer=foot, header=header, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    pk, deny, code, den = KINDS[kind]
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 190))
    svc = days(stmt, -r.randint(20, 45))
    lines = []
    for i, (cpt, en, es, lo, hi) in enumerate(LINES[pk]):
        billed = money(r, lo, hi)
        d = svc if pk != "fam" or i < 2 else svc  # one visit date
        denied = i == deny
        allowed = 0.0 if denied else round(billed * r.choice([0.58, 0.62, 0.7]), 2)
        share = 0.0 if denied else round(allowed * 0.2, 2)
        lines.append(dict(d=d, cpt=cpt, en=en, es=es, billed=billed, allowed=allowed,
                          disc=0.0 if denied else round(billed - allowed, 2),
                          nc=billed if denied else 0.0, paid=round(allowed - share, 2),
                          you=billed if denied and kind not in ("oon",) else share, remark=code if denied else ""))
    if kind == "oon":  # the assistant surgeon's line is from another (out-of-network) surgeon on the same day
        lines[1]["you"] = lines[1]["billed"]
    tot = {k: round(sum(x[k] for x in lines), 2) for k in ("billed", "allowed", "disc", "nc", "paid", "you")}
    prov = PROVIDERS[pk]
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                stmt=stmt, svc=svc, lines=lines, tot=tot, den=den, code=code, prov=prov,
                member=person(r, lang), subscriber=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "DVB999999999") if ins == DB else mixed(r, "KH9999-99999"),
                grp=digits_grp(r, ins), claim=mixed(r, "2026A99999999") if ins == DB else mixed(r, "99-9999999-A9"),
                npi=npi(r), acct=mixed(r, "PA99999"), ph=phone(r), recv=days(stmt, -r.randint(6, 15)),
                prev=days(stmt, -r.randint(40, 70)), by=days(stmt, 180), asst=clinician(r), doc=clinician(r))


def digits_grp(r: random.Random, ins: str) -> str:
    return mixed(r, "999999-A99") if ins == DB else mixed(r, "G99999")


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == DB:
        d.text_line("An independent licensee of the Lochinver Mutual Association", 7.6, h=4)
        d.text_line("DUNVEGAN BLUE", 22, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Plan · Member Services · PO Box 4410, Elko, NV 89801", 8.3, h=4.4)
    else:
        d.text_line(KH, 14, "B", h=7)
        for ln in ["Claims Department", "PO Box 60312", "Oneonta, NY 13820"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def page1(d: Page, f: dict) -> None:
    L, es, ms, t = f["L"], f["lang"] == "es", f["ms"], f["tot"]
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "Explanation of Benefits", 14, "B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 11, "B", h=6)
    d.ln(1)
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.ln(3)
    d.boxes([(L[0], fd(f, f["stmt"]), 42), (L[1], f["member"], 54), (L[2], f["mid"], 46), (L[3], f["grp"], 42)])
    d.ln(2)
    d.text_line((f"Suscriptor: {f['subscriber']}" if es else f"Subscriber: {f['subscriber']}"), 8.6, h=4.6)
    d.ln(3)
    d.text_line("Resumen de sus reclamaciones" if es else "Your claims summary", 11, "B", h=6)
    head = (["Proveedor", "Facturado", "Descuento del plan", "Pagó su plan", "Su costo total"] if es else
            ["Provider", "Amount billed", "Your plan discount", "Your plan paid", "Your total cost"])
    d.table(head, [[f["prov"][:34], usd(t["billed"], ms), usd(t["disc"], ms), usd(t["paid"], ms), usd(t["you"], ms)]],
            [64, 28, 32, 28, 28], size=8.6, aligns="LRRRR", head_fill=True)
    d.ln(2)
    d.text_line("Acumuladores del año del plan" if es else "Your plan-year accumulators", 10, "B", h=5.5)
    d.para(("Deducible dentro de la red: $750.00 de $1,500.00. Máximo de gastos de bolsillo: $2,140.00 de $6,000.00."
            if es else "In-network deductible: $750.00 of $1,500.00 met. Out-of-pocket maximum: $2,140.00 of "
            "$6,000.00 met. Your previous statement was dated " + fdate(f["prev"], "slash") + "."), 8.6)
    d.para(("Los detalles de la reclamación están en la página 2. Si tiene preguntas llame a Servicios al Miembro al "
            f"{f['ph']} (TTY 711)." if es else "Claim details are on page 2. Questions? Call Member Services at "
            f"{f['ph']} (TTY 711), Monday to Friday, 8 a.m. to 8 p.m."), 8.6)


def page2(d: Page, f: dict) -> None:
    L, es, ms, k = f["L"], f["lang"] == "es", f["ms"], f["kind"]
    d.text_line("Detalle de la reclamación" if es else "Claim detail", 12, "B", h=6.5)
    d.font(8.8)
    d.cell(0, 4.8, f"{L[4]}: {f['claim']}    {L[5]}: {f['prov']}", new_x="LMARGIN", new_y="NEXT")
    d.font(8)
    d.cell(0, 4.4, (f"Recibida {fdate(f['recv'], 'short')}   NPI {f['npi']}   Cuenta del paciente {f['acct']}" if es
                    else f"Received {fdate(f['recv'], 'short')}   Provider NPI {f['npi']}   Patient account "
                    f"{f['acct']}   Network status: " + ("In network" if k != "oon" else "In network (see O44)")),
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    head = (["Fecha", "Código", "Descripción", "Facturado", "Permitido", "No cubierto", "Pagó el plan", "Usted debe",
             "Nota"] if es else
            ["Date", "Code", "Service", "Billed", "Allowed", "Not covered", "Plan paid", "You owe", "Remark"])
    rows = [[fdate(x["d"], "short"), x["cpt"], (x["es"] if es else x["en"])[:27], usd(x["billed"], ms),
             usd(x["allowed"], ms), usd(x["nc"], ms), usd(x["paid"], ms), usd(x["you"], ms), x["remark"]]
            for x in f["lines"]]
    t = f["tot"]
    rows.append(["*Total", "", "", usd(t["billed"], ms), usd(t["allowed"], ms), usd(t["nc"], ms), usd(t["paid"], ms),
                 usd(t["you"], ms), ""])
    d.table(head, rows, [15, 15, 41, 20, 20, 20, 20, 20, 13], size=7.2, aligns="LLLRRRRRL", head_fill=True)
    d.text_line("Notas" if es else "Remark codes", 9.6, "B", h=5.5)
    text = {
        "paid": "All services on this claim were processed under your in-network benefits. No remark codes apply.",
        "keyword_nc": "N34  Not covered: acupuncture is excluded under your plan's benefits (see your Certificate of "
                      "Coverage, Exclusions). You are responsible for this amount.",
        "plain_mn": "M52  We reviewed the records your provider sent. Removing these skin spots was done for how they "
                    "look, and they were not causing you any health problem, so the plan does not pay for it. "
                    "You may owe this amount.",
        "kw_mn": "M52  Not medically necessary. The vitamin B-12 test does not meet the plan's medical necessity "
                 "criteria for your diagnosis (Medical Policy LAB-118).",
        "pa": "P18  Prior authorization was required for this surgery and no approval is on file. The "
              "operating room charges are denied; you should not be billed for them by an in-network hospital.",
        "oon": f"O44  The assistant surgeon, {f['asst']}, is not in your plan's network. Your plan has no "
               "out-of-network benefits, so this service is not paid.",
        "es": "X21  No cubierto: la exfoliación química facial es un procedimiento cosmético excluido de su plan "
              "(Exclusiones). Usted es responsable de esta cantidad.",
    }[k]
    d.para(text, 8.6)
    if k == "paid":
        d.para("Nothing was denied on this claim. Keep this statement for your records.", 8.6)
        return
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 9.6, "B", h=5.5)
    if es:
        a = "Puede presentar una apelación dentro de 180 días a partir de la fecha de este estado."
    else:
        a = {"notice": "You may file an appeal within 180 days of the date of this statement.",
             "date": f"Your written appeal must be received by {fd(f, f['by'])}.",
             "recv": "You have 180 days from the date you receive this notice to file an appeal."}[f["app"]]
    d.para(a + (" Puede pedir una revisión externa dentro de 4 meses de la decisión final de la apelación."
                if es else " You may request an external review within 4 months after a final appeal decision.")
           + (f" Llame al {f['ph']}." if es else f" Call {f['ph']} for help."), 8.6)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    short = "Dunvegan Blue" if f["ins"] == DB else "Kinloch Health"
    hdr = f"{short} · {f['member']} · ID {f['mid']} · " + ("Reclamación" if es else "Claim") + f" {f['claim']}"
    d = Page(("Esto no es una factura · Página {p} de {n}" if es else "THIS IS NOT A BILL · Page {p} of {n}"), hdr)
    d.add_page()
    page1(d, f)
    d.add_page()
    page2(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    ok = f["den"] is None
    dl = None if ok else {"notice": iso(days(f["stmt"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {}
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["stmt"], 180)), iso(days(f["stmt"], 185))]
    if not ok:
        den = [x for x in f["lines"] if x["remark"]]
        alts["claim_amount"] = [m2(den[0]["billed"])]
    if f["kind"] == "oon":
        alts["provider"] = [f["asst"]]
    return truth("eob", f["den"], f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["tot"]["billed"]),
                 service_dates=[iso(f["svc"])], denial_date=iso(f["stmt"]), provider=f["prov"], appeal_deadline=dl,
                 alternates=alts, denial_alternates=["not_covered"] if f["kind"] == "plain_mn" else [])


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording)
PLAN = [
    ("bcbs_style_commercial_eob_two_page_bd_acupuncture_excluded", "born_digital", "keyword_nc", DB, 0, "long",
     "plain", "notice"),
    ("bcbs_style_commercial_eob_two_page_bd_hospital_paid", "born_digital", "paid", KH, 1, "slash", "plain",
     "notice"),
    ("bcbs_style_commercial_eob_two_page_scan_lesions_plain", "scan_clean_300", "plain_mn", DB, 2, "abbr", "nosign",
     "recv"),
    ("bcbs_style_commercial_eob_two_page_lowres_no_auth", "scan_lowres_150", "pa", KH, 0, "dmy", "plain", "date"),
    ("bcbs_style_commercial_eob_two_page_copy_spanish", "photocopy", "es", DB, 0, "es", "plain", "notice"),
    ("bcbs_style_commercial_eob_two_page_phone_assistant_oon", "phone_photo", "oon", KH, 2, "iso", "usd", "notice"),
    ("bcbs_style_commercial_eob_two_page_faxf_b12_test", "fax_fine_g4", "kw_mn", DB, 1, "upper", "bare", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app) in enumerate(PLAN):
        f = facts(random.Random(97500 + i), kind, ins, lab, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
