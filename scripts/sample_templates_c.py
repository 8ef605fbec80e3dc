"""A third family of layouts, written to measure generalisation before any tuning to it."""

from __future__ import annotations

import datetime as dt

from make_samples import Doc, Rand, fmt_date, fmt_money, letterhead, svc_text
from sample_content import FIRST, REASONS_EN, REASONS_ES

VENDORS = ["Apex Utilization Partners", "ClearPath Review Services"]
TAGLINES = ["Español: Si necesita ayuda en su idioma, llame al 1-800-555-0199.",
            "Tiếng Việt: Nếu quý vị cần trợ giúp, xin gọi 1-800-555-0199.",
            "Русский: Если вам нужна помощь, звоните 1-800-555-0199.",
            "Kreyòl Ayisyen: Si w bezwen èd nan lang ou, rele 1-800-555-0199."]


def two_per_line(d: Doc, pairs: list[tuple[str, str]]):
    d.font(10)
    for i in range(0, len(pairs), 2):
        left = pairs[i]
        d.cell(95, 5.6, f"{left[0]}: {left[1]}")
        if i + 1 < len(pairs):
            d.cell(0, 5.6, f"{pairs[i + 1][0]}: {pairs[i + 1][1]}")
        d.ln(5.8)
    d.ln(3)


def taglines(d: Doc):
    d.add_page()
    d.line_text("Language Assistance / Asistencia con idiomas", size=11, style="B")
    try:
        d.set_font("DejaVu", size=9)
        for t in TAGLINES:
            d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    except Exception:  # noqa: BLE001 - the font is optional for the generator
        pass


def tmpl_vendor_pa(f: dict, r: Rand) -> Doc:
    """A utilization-review vendor's letterhead (the issuer), the health plan named only as a field."""
    d = Doc("Helvetica", footer=True)
    d.add_page()
    d.line_text(f["insurer"], size=16, style="B", h=9)
    d.line_text("Utilization Review Determination", size=11)
    d.ln(4)
    d.line_text(f"Notice Date: {fmt_date(f['notice'], 'abbr')}")
    d.ln(2)
    two_per_line(d, [("Patient Name", f["member_name"]), ("Member #", f["member_id"]),
                     ("Health Plan", f["plan_name"]), ("Case Number", f["ref"]),
                     ("Ordering Physician", f["provider"]), ("Date of Request", fmt_date(f["received"], "slash")),
                     ("Procedure Requested", f["service"]), ("Anticipated Date of Service", svc_text(f, "slash"))])
    d.line_text("Determination: NOT APPROVED", size=12, style="B")
    d.para(REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.para(f"You or your physician may appeal. Your appeal must be filed within {f['days']} days from the date you "
           f"receive this notice. An expedited appeal may be requested when a delay could seriously jeopardize your "
           f"health; expedited appeals are decided within 72 hours.")
    taglines(d)
    return d


def tmpl_eob_es(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("EXPLICACIÓN DE BENEFICIOS", size=14, style="B", h=8)
    d.line_text("ESTO NO ES UNA FACTURA", size=10, style="B")
    d.ln(2)
    d.kv([("Fecha del estado de cuenta", fmt_date(f["notice"], "slash")), ("Afiliado", f["member_name"]),
          ("Número de miembro", f["member_id"]), ("Número de reclamo", f["claim"]), ("Proveedor", f["provider"])],
         "tab")
    a, b = f["svc"][0]
    rows = [[fmt_date(a, "slash"), fmt_date(b or a, "slash"), f"{float(f['amount']):,.2f}", "0.00", "0.00",
             f"{float(f['amount']):,.2f}", "PR-204" if f["denial"] == "not_covered" else "CO-50"],
            ["Totales del reclamo", "", f"{float(f['amount']):,.2f}", "0.00", "0.00", "", ""]]
    d.table(["Servicio desde", "Servicio hasta", "Cargos", "Permitido", "Pagado", "Usted debe", "Código"], rows,
            [28, 28, 28, 24, 22, 26, 20])
    d.para(REASONS_ES[f["denial"]].format(svc=f["service"]), size=9.5)
    d.para(f"Puede apelar dentro de {f['days']} días a partir de la fecha de este estado de cuenta.", size=9.5)
    return d


def tmpl_dependent(f: dict, r: Rand) -> Doc:
    """The subscriber is a parent; the patient (the member_name) is the child."""
    d = Doc("Times", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(fmt_date(f["notice"], "abbr"))
    d.ln(4)
    d.line_text(f"To the parent or guardian of {f['first']} {f['last']}")
    d.ln(3)
    two_per_line(d, [("Subscriber", f["subscriber"]), ("Subscriber ID", f["member_id"]),
                     ("Patient", f["member_name"]), ("Claim No.", f["claim"]),
                     ("Provider", f["provider"]), ("Service Date", svc_text(f, "abbr")),
                     ("Charges", fmt_money(f["amount"], "plain")), ("Group", f["group"] or "n/a")])
    d.para("We have reviewed this claim and we are unable to pay it. " + REASONS_EN[f["denial"]].format(
        svc=f["service"]))
    d.para(f"If you disagree, please write to us within {f['days']} days of the date on this letter.")
    return d


def build_c(r: Rand, kind: str, denial: str, condition: str) -> tuple[bytes, dict]:
    from make_samples import make_facts, truth_of

    lang = "es" if kind == "eob_es" else "en"
    f = make_facts(r, denial, lang, kind == "vendor_pa")
    if kind == "vendor_pa":
        f.update(insurer=r.choice(VENDORS), plan_name="Cascade Mutual Health", claim=None, amount=None,
                 group=None, plan_id=None, ref=f"UR{r.randint(1000000, 9999999)}", days=180,
                 received=f["notice"] - dt.timedelta(days=3), svc=[(f["svc"][0][0], None)],
                 # 'within 180 days from the date you receive this notice' counts from a day no page shows: no
                 # dated deadline (shared/eval: a deadline is counted only from the notice's own date)
                 deadline_override=None)
        doc, doc_type = tmpl_vendor_pa(f, r), "denial_letter"
    elif kind == "eob_es":
        f.update(ref=None, plan_id=None, group=None, claim=f["claim"] or r.ident("digits"),
                 amount=f["amount"] or r.money(), days=60)
        doc, doc_type = tmpl_eob_es(f, r), "eob"
    else:
        child = r.choice(FIRST)
        f.update(subscriber=f["member_name"], member_name=f"{child} {r.choice('ABCDEFG')}. {f['last']}",
                 first=child, ref=None, plan_id=None, claim=f["claim"] or r.ident("alpha"),
                 amount=f["amount"] or r.money(), days=180)
        doc, doc_type = tmpl_dependent(f, r), "denial_letter"
    return bytes(doc.output()), truth_of(f, doc_type, condition, f"c_{kind}")


PLAN_C = [
    ("c_bd_vendor_mednec", "born_digital", "vendor_pa", "medical_necessity"),
    ("c_bd_eob_es_notcov", "born_digital", "eob_es", "not_covered"),
    ("c_bd_dependent_oon", "born_digital", "dependent", "out_of_network"),
    ("c_scan_vendor_pa", "scan_clean_300", "vendor_pa", "prior_authorization"),
    ("c_fax_eob_es_mednec", "fax_fine_g4", "eob_es", "medical_necessity"),
    ("c_photo_dependent_exper", "phone_photo", "dependent", "experimental"),
    ("c_copy_vendor_exper", "photocopy", "vendor_pa", "experimental"),
    ("c_lowres_dependent_timely", "scan_lowres_150", "dependent", "timely_filing"),
]


def generate_c(out_dir):
    from make_samples import emit_plan

    emit_plan(out_dir, PLAN_C, 12000, build_c)
