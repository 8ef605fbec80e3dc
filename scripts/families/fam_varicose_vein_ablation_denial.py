"""Family 'varicose_vein_ablation_denial': an invented health plan's letters and EOBs on endovenous ablation of
varicose veins (radiofrequency CPT 36475/36476, laser 36478/36479) and sclerotherapy (CPT 36471).

Hartwell Ridge Health Plan is fictional, as are every vein center, surgeon and member. Kinds: pre-service denial
(three months of compression stockings not documented), EOB denying ablation because reflux on the duplex
ultrasound was below the threshold, letter denying sclerotherapy of spider veins as cosmetic, EOB with a cosmetic
sclerotherapy line denied beside nothing paid, a paid claim, a Spanish pre-service letter (compression not
documented), and a reflux letter. The duplex ultrasound date is printed on every paper as a decoy; appeal within
180 days of the date of the letter/statement.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "varicose_vein_ablation_denial"
LANG = "en"
INSURER = "Hartwell Ridge Health Plan"
CENTERS = [("Bluestem Vein & Vascular Clinic", "Dr. Okonkwo Lindqvist, MD"),
           ("Marrowbank Vein Institute", "Dr. Saoirse Delacroix-Han, MD"),
           ("Tidewater Vascular Specialists", "Dr. Ravindra Castellanos, DO")]
KINDS = {
    "compression": ("denial_letter", "medical_necessity", []),
    "reflux_eob": ("eob", "medical_necessity", []),
    "cosmetic": ("denial_letter", "not_covered", ["medical_necessity"]),
    "cosmetic_eob": ("eob", "not_covered", ["medical_necessity"]),
    "paid": ("eob", None, []),
    "compression_es": ("denial_letter", "medical_necessity", []),
    "reflux": ("denial_letter", "medical_necessity", []),
}
ES = {"title": "Aviso de denegación de servicios", "notice": "Fecha del aviso", "mem": "Afiliado",
      "mid": "Número de afiliado", "ref": "Número de referencia", "prov": "Centro que solicita",
      "doc": "Cirujano", "svc": "Servicio", "date": "Fecha prevista del procedimiento", "us": "Fecha de la ecografía"}
EN = {"title": "Notice of Adverse Benefit Determination", "notice": "Date", "mem": "Member", "mid": "Member ID",
      "ref": "Reference number", "prov": "Requesting provider", "doc": "Surgeon", "svc": "Service",
      "date": "Requested procedure date", "us": "Duplex ultrasound date"}


def head(d: Doc, f: dict) -> None:
    d.text_line("Hartwell Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, h=4)
    d.text_line(f"Utilization Management - 2200 Kestrel Way, Boise, ID 83702 - {f['ph']}", 8, h=4)
    d.rule(0.5, 4)


def letter(f: dict) -> bytes:
    fd, L, es = f["fd"], (ES if f["es"] else EN), f["es"]
    d = Doc(f["font"], footer=f"HRHP-VN {f['form']}   {{p}}/{{n}}")
    if es:
        d.set_font("DejaVu", "", 10)
        d.base_font = "DejaVu"
        d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    head(d, f)
    d.text_line(f"{L['notice']}: {fd(f['notice'])}", 10, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line(L["title"], 12.5, "B", h=7)
    rows = [(L["mem"], f["name"]), (L["mid"], f["mid"]), (L["ref"], f["ref"]), (L["prov"], f["center"]),
            (L["doc"], f["doctor"]), ("NPI", f["npi"]), (L["svc"], f["service"]), (L["us"], fd(f["us"])),
            (L["date"], fd(f["proc"]))]
    if f.get("billed"):
        rows.insert(3, ("Claim number", f["claim"]))
        rows += [("Amount billed", f["mo"](f["billed"]))]
    for k, v in rows:
        d.font(9.6, "B")
        d.cell(68 if es else 58, 5, k + ":")
        d.font(9.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(("Estimado(a) " if es else "Dear ") + f["name"].split()[0] + " " + f["name"].split()[-1] + ":", 10.3)
    for p in f["body"]:
        d.para(p, 10, gap=2.2)
    if es:
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para("Usted o su médico pueden apelar esta decisión dentro de los 180 días a partir de la fecha de esta "
               f"carta. Envíe su apelación a {INSURER}, Appeals, PO Box 4410, Boise, ID 83707, o por fax al "
               f"{f['fax']}. Si la espera pone en grave peligro su salud, pida una apelación urgente (72 horas). "
               f"Servicio al afiliado: {f['ph']} (TTY 711).", 9.8)
        d.para(f"Atentamente,\n{f['md']}\nDirector(a) Médico(a)", 9.8)
    else:
        d.text_line("How to appeal", 10.5, "B", h=6)
        d.para("You, your doctor or your representative may appeal within 180 days of the date of this letter. Send "
               f"your appeal to {INSURER}, Appeals, PO Box 4410, Boise, ID 83707, or fax {f['fax']}. Urgent appeals "
               "are decided within 72 hours. After our final decision you may ask for an external review within "
               f"4 months. Questions: {f['ph']} (TTY 711).", 9.8)
        d.para(f"Sincerely,\n{f['md']}\nMedical Director", 9.8)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc(f["font"], footer="Explanation of Benefits - this is not a bill - page {p} of {n}")
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.boxes([("Statement date", fd(f["notice"]), 40), ("Member", f["name"], 60), ("Member ID", f["mid"], 40),
             ("Group no.", f["group"], 38)])
    d.ln(2)
    d.boxes([("Claim no.", f["claim"], 44), ("Provider", f["center"], 90), ("Received", fd(f["received"]), 44)])
    d.ln(4)
    rows = [[fd(f["proc"]), c, desc, mo(b), mo(a), mo(p), mo(y), rc] for c, desc, b, a, p, y, rc in f["lines"]]
    rows.append(["*Totals", "", "", mo(f["billed"]), mo(sum(x[3] for x in f["lines"])), mo(sum(x[4] for x in f["lines"])),
                 mo(sum(x[5] for x in f["lines"])), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [24, 14, 40, 22, 22, 22, 20, 14], aligns="LLLRRRRL", size=8)
    for p in f["body"]:
        d.para(p, 9.4, gap=2)
    d.para(f"Duplex ultrasound on file: {fd(f['us'])} (ordered by {f['doctor']}).", 9.2)
    d.para("If you disagree, you may appeal within 180 days of the date of this statement. Write to Appeals, PO Box "
           f"4410, Boise, ID 83707. Member services {f['ph']}.", 9.2)
    return pdf_bytes(d)


def facts(i: int, kind: str, ds: str, ms: str, font: str) -> dict:
    r = Rand(169700 + i)
    es = kind.endswith("_es")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    center, doctor = r.choice(CENTERS)
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), font=font, notice=notice,
             name=r.person("es" if es else "en")[0], addr=list(r.address("es" if es else "en")),
             mid=r.choice(["HR", "HRP"]) + r.digits(8) + "-0" + str(r.randint(1, 3)), group=r.digits(6),
             center=center, doctor=doctor, npi=r.npi(), ph=r.phone(), fax=r.phone(), form=r.digits(4),
             md=r.choice(["Dr. Tobiah Wexford-Nakamura, MD", "Dr. Ilse Marangoni, MD"]),
             ref="VN" + r.digits(9), claim=r.digits(4) + r.letters(2) + r.digits(6))
    f["us"] = notice - dt.timedelta(days=r.randint(20, 45))
    pre = kind in ("compression", "compression_es", "cosmetic", "reflux")
    if pre:
        f["proc"] = notice + dt.timedelta(days=r.randint(10, 30))
    else:
        f["proc"] = notice - dt.timedelta(days=r.randint(30, 50))
        f["us"] = f["proc"] - dt.timedelta(days=r.randint(14, 40))
        f["received"] = f["proc"] + dt.timedelta(days=r.randint(4, 12))
    leg = r.choice(["right", "left"])
    f["service"] = {"cosmetic": f"Sclerotherapy, {leg} leg, CPT 36471",
                    "compression_es": f"Ablación endovenosa por radiofrecuencia, pierna {'derecha' if leg == 'right' else 'izquierda'}, CPT 36475"
                    }.get(kind, f"Endovenous radiofrequency ablation, {leg} great saphenous vein, CPT 36475")
    fd = f["fd"]
    if kind == "compression":
        f["body"] = [f"{center} asked us to approve endovenous ablation. Our varicose vein policy requires a trial of "
                     "prescription-grade compression stockings (20-30 mmHg) for at least three consecutive months, "
                     "with symptoms that continue. The office notes mention stockings only at one visit and do not "
                     "document three months of use. The ablation is not medically necessary under the policy now, "
                     "and the request is denied.",
                     f"The duplex ultrasound of {fd(f['us'])} did show reflux; once the stocking trial is documented, "
                     "the center may send a new request."]
    elif kind == "compression_es":
        f["body"] = [f"{center} nos pidió aprobar una ablación endovenosa. Nuestra política exige un tratamiento con "
                     "medias de compresión de 20-30 mmHg durante al menos tres meses consecutivos. Los expedientes no "
                     "documentan los tres meses de uso. Por lo tanto, el procedimiento no es médicamente necesario "
                     "según la política, y la solicitud se deniega."]
    elif kind == "reflux":
        f["body"] = [f"We reviewed the request from {doctor} for ablation of the great saphenous vein. Our policy "
                     "requires reflux of at least 500 milliseconds in the vein to be treated, on a duplex ultrasound, "
                     f"and a vein diameter of at least 4.5 mm. The ultrasound of {fd(f['us'])} reports reflux of "
                     f"{r.choice([320, 380, 410])} ms. Because the reflux does not meet the threshold, the ablation "
                     "is not medically necessary, and we deny the request."]
    elif kind == "cosmetic":
        f["body"] = [f"{center} asked us to approve sclerotherapy injections. The records describe spider veins "
                     "(telangiectasia) smaller than 3 mm without pain, bleeding or ulcers. Treatment of spider veins "
                     "is cosmetic, and cosmetic services are excluded from your plan's benefits. The request is "
                     "denied."]
    else:
        rate = r.choice([2850.0, 3120.0, 3475.0])
        if kind == "cosmetic_eob":
            lines = [("36471", "Sclerotherapy, multiple", rate / 4, 0.0, 0.0, rate / 4, "CX")]
            f["body"] = ["CX: Sclerotherapy of spider veins is cosmetic and not covered by your plan. You may owe the "
                         "provider the full amount."]
        elif kind == "paid":
            allowed = round(rate * 0.62, 2)
            lines = [("36475", "RF ablation, first vein", rate, allowed, round(allowed - 250, 2), 250.0, "P1"),
                     ("93971", "Duplex scan, limited", 420.0, 188.0, 188.0, 0.0, "P1")]
            f["body"] = ["P1: Paid according to your plan benefits. You owe the specialist copay shown."]
        else:
            lines = [("36475", "RF ablation, first vein", rate, 0.0, 0.0, rate, "R7"),
                     ("76937", "US guidance, vascular access", 310.0, 0.0, 0.0, 310.0, "R7")]
            f["body"] = ["R7: Reflux on the duplex ultrasound was under 500 ms. The ablation does not meet the plan's "
                         "medical policy and is not medically necessary. Related services are also denied."]
        f["lines"] = lines
        f["billed"] = round(sum(x[2] for x in lines), 2)
    return f


def make_truth(f: dict) -> dict:
    doc_type, denial, dalts = KINDS[f["kind"]]
    lang = "es" if f["es"] else "en"
    alts = {"provider": [f["doctor"]]}
    if f["kind"] in ("reflux_eob", "cosmetic_eob", "paid"):
        return truth(doc_type, denial, lang, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                     service_dates=[iso(f["proc"])], denial_date=iso(f["notice"]), provider=f["center"],
                     appeal_deadline=None if f["kind"] == "paid" else iso(f["notice"] + dt.timedelta(days=180)),
                     alternates=dict(alts, **({"appeal_deadline": [iso(f["notice"] + dt.timedelta(days=180))]}
                                               if f["kind"] == "paid" else {})), denial_alternates=dalts)
    return truth(doc_type, denial, lang, insurer=INSURER, member_id=f["mid"], member_name=f["name"],
                 case_numbers=[f["ref"]], service_dates=[iso(f["proc"])], denial_date=iso(f["notice"]),
                 provider=f["center"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates=alts,
                 denial_alternates=dalts)


PLAN_ROWS = [
    ("varicose_vein_ablation_denial_bd_compression", "born_digital", "compression", "long", "plain", "Times"),
    ("varicose_vein_ablation_denial_bd_paid_eob", "born_digital", "paid", "slash", "plain", "Helvetica"),
    ("varicose_vein_ablation_denial_scan_reflux_eob", "scan_clean_300", "reflux_eob", "dmy", "plain", "Helvetica"),
    ("varicose_vein_ablation_denial_faxs_cosmetic", "fax_standard_g4", "cosmetic", "abbr", "plain", "Helvetica"),
    ("varicose_vein_ablation_denial_rot_compression_es", "rotated", "compression_es", "es", "plain", "DejaVu"),
    ("varicose_vein_ablation_denial_phone_cosmetic_eob", "phone_photo", "cosmetic_eob", "iso", "space", "Helvetica"),
    ("varicose_vein_ablation_denial_copy_reflux", "photocopy", "reflux", "mdy_nopad", "plain", "Times"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, font) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms, "Helvetica" if font == "DejaVu" else font)
        pdf = eob(f) if kind in ("reflux_eob", "cosmetic_eob", "paid") else letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
