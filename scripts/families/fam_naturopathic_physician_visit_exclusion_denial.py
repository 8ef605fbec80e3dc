"""Family 'naturopathic_physician_visit_exclusion_denial': office visits with a naturopathic physician (ND) and the
supplements sold by the clinic are excluded by an invented commercial plan; the lab tests the naturopath ordered are
paid because the (fictional) state mandates coverage of tests ordered by a licensed provider.

Documents: a born-digital claim denial letter (label column); a scanned member reimbursement determination in ruled
boxes refusing a superbill; a photocopied Spanish EOB with two claims (lab paid, ND visit refused); a fine-fax stack
of a cover sheet, the clinic's superbill and a paid lab EOB; a phone photo of an upheld appeal in prose; a sideways
supplements refusal with day-first dates; a low-resolution ISO-dated claim notice. Decoys: DOB, NPI, tax ID,
received dates, claims-processed periods, other claims, 72-hour and 4-month limits, form numbers. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "naturopathic_physician_visit_exclusion_denial"
LANG = "en"
SEED = 336900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Cobalt Ridge Health Plan"
CLINICS = ["Fernhollow Naturopathic Clinic", "Mossgate Integrative Medicine", "Bluestem Naturopathic Associates"]
NDS = [("Odette", "Kessler"), ("Anselm", "Fairchild"), ("Sunita", "Rutledge"), ("Ezra", "Holloway")]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand, lang: str = "en") -> dict:
    name, first, mi, last = r.person(lang)
    visit = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 90))
    nf, nl = r.choice(NDS)
    return dict(name=name, first=first, last=last, addr=r.address(lang), visit=visit,
                dob=dt.date(r.randint(1958, 2000), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi(),
                nd=f"{nf} {nl}", clinic=r.choice(CLINICS), mid=f"CRH{r.digits(9)}", grp=f"{r.digits(5)}-{r.letters(1)}",
                visit_amt=float(r.choice([185, 240, 295, 320])), lab_amt=float(r.randint(90, 260)) + 0.5)


def prov_alt(f: dict, clinic: bool = True) -> dict:
    return {"provider": [f"{f['nd']}, ND"] + ([f["clinic"]] if clinic else [])}


# ---------------------------------------------------------------- 0: denial letter (born digital)
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    notice = f["visit"] + dt.timedelta(days=r.randint(20, 34))
    recv = f["visit"] + dt.timedelta(days=r.randint(4, 9))
    d = Page(f"{INS} · CRHP-ADV-07 (rev. 2025) · page {{p}} of {{n}}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("COBALT RIDGE", 19, "B", h=9)
    d.text_line("Health Plan  ·  PO Box 8840, Duluth, MN 55802  ·  cobaltridge.example", 8.6, h=5)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B", h=7)
    d.labels([("Patient", f["name"]), ("Date of birth", fmt_date(f["dob"], "slash")), ("Member ID", f["mid"]),
              ("Group number", f["grp"]), ("Claim number", claim), ("Date of service", fmt_date(f["visit"], "slash")),
              ("Provider", f"{f['nd']}, ND ({f['clinic']})"), ("Provider NPI", f["npi"]),
              ("Service", "99204 New patient office visit"), ("Amount billed", fmt_money(f["visit_amt"])),
              ("Claim received", fmt_date(recv, "slash"))], lw=44)
    d.ln(3)
    d.para("We reviewed this claim and we will not pay it. Your plan does not cover services of a naturopathic "
           "physician. The Evidence of Coverage, Section 7 (Exclusions), item 22, excludes \"naturopathy, "
           "homeopathy and services of naturopathic providers, including office visits, and any supplements, "
           "vitamins or remedies they dispense.\" This is a benefit exclusion; it is not a decision about whether "
           "the visit was medically necessary.", 10)
    d.para("Laboratory tests a naturopathic physician orders are processed under your laboratory benefit and are "
           "not part of this decision.", 10)
    d.para(f"Your right to appeal: you or your representative may appeal within 180 days of the date of this letter. "
           f"If waiting could seriously harm your health you may ask for an expedited appeal; we decide those within "
           f"72 hours. You may also have the right to an external review. Call Member Services at {f['ph']} (TTY 711).",
           10)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(f["visit_amt"]),
              service_dates=[iso(f["visit"])], denial_date=iso(notice), provider=f["nd"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates=prov_alt(f))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: superbill reimbursement refusal (scan 300)
def doc_reimb(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    v2 = f["visit"] + dt.timedelta(days=r.randint(14, 28))
    req = f"MR-{r.digits(7)}"
    notice = v2 + dt.timedelta(days=r.randint(18, 30))
    total = f["visit_amt"] + 140.0 + 64.95
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line("Cobalt Ridge Health Plan", 15, "B", h=8)
    d.text_line("Member Reimbursement Determination", 10.5, h=6)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "abbr"), 38), ("Member", f["name"], 62), ("Member ID", f["mid"], 44),
             ("Group", f["grp"], 34)])
    d.boxes([("Request no.", req, 40), ("Submitted", fmt_date(notice - dt.timedelta(days=12), "abbr"), 38),
             ("Provider", f"{f['clinic']}", 100)])
    d.ln(4)
    rows = [[fmt_date(f["visit"], "abbr"), "99204", "New patient visit, ND", fmt_money(f["visit_amt"]), "$0.00", "X22"],
            [fmt_date(v2, "abbr"), "99213", "Follow-up visit, ND", "$140.00", "$0.00", "X22"],
            [fmt_date(v2, "abbr"), "S9999", "Supplements (dispensed)", "$64.95", "$0.00", "X23"],
            ["*Total", "", "", fmt_money(total), "$0.00", ""]]
    d.table(["Service date", "Code", "Description", "Charged", "We pay", "Note"], rows, [30, 18, 60, 28, 24, 18],
            size=8.6, border_head="TB")
    d.para("X22 - Services of naturopathic physicians are excluded under your plan (Evidence of Coverage, "
           "Exclusions, item 22). X23 - Vitamins, supplements and remedies are excluded even when a provider "
           f"recommends or sells them. The superbill from {f['clinic']} (treating provider {f['nd']}, ND) was "
           "complete; nothing more is needed from you.", 9)
    d.para("If you disagree, send a written appeal within 180 days of the date of this notice. Urgent appeals are "
           "decided within 72 hours.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[req], claim_amount=m2(total),
              service_dates=[iso(f["visit"]), iso(v2)], denial_date=iso(notice), provider=f["clinic"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [f["nd"], f"{f['nd']}, ND"]}, type_alternates=["eob"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish EOB, lab paid, ND visit denied (photocopy)
def doc_eob_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    lab_d = f["visit"] + dt.timedelta(days=r.randint(2, 6))
    stmt = lab_d + dt.timedelta(days=r.randint(20, 30))
    c1, c2 = f"{r.digits(11)}", f"{r.digits(11)}"
    lab = "Laboratorio Clínico Meridiano"
    d = Page(f"Cobalt Ridge Health Plan · EOB-ES-3 · página {{p}} de {{n}}", margins=(16, 12, 16))
    d.add_page()
    d.text_line("COBALT RIDGE Health Plan", 15, "B", h=8)
    d.text_line("Explicación de beneficios  -  ESTO NO ES UNA FACTURA", 10.5, "B", h=6)
    d.ln(2)
    d.labels([("Fecha de la declaración:", fmt_date(stmt, "es")), ("Afiliado:", f["name"]),
              ("Nº de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
              ("Fecha de nacimiento:", fmt_date(f["dob"], "es")),
              ("Período procesado:", f"{fmt_date(stmt - dt.timedelta(days=30), 'es')} a {fmt_date(stmt, 'es')}")],
             lw=54, size=9.2)
    d.ln(2)
    d.text_line(f"Reclamación {c1}  ·  {lab}  ·  pedido por {f['nd']}, ND", 9.2, "B", h=6)
    d.table(["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"],
            [[fmt_date(lab_d, "es_abbr"), "80053 Panel metabólico", fmt_money(f["lab_amt"]), "$48.20", "$48.20",
              "$0.00", "L1"]], [26, 50, 24, 22, 20, 22, 14], size=8.2)
    d.text_line(f"Reclamación {c2}  ·  {f['clinic']}  ·  {f['nd']}, ND", 9.2, "B", h=6)
    d.table(["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"],
            [[fmt_date(f["visit"], "es_abbr"), "99214 Consulta", fmt_money(f["visit_amt"]), "$0.00", "$0.00",
              fmt_money(f["visit_amt"]), "N7"]], [26, 50, 24, 22, 20, 22, 14], size=8.2)
    d.para("L1 - Prueba de laboratorio pagada: la ley estatal exige cubrir las pruebas ordenadas por un proveedor con "
           "licencia. N7 - DENEGADO: los servicios de médicos naturópatas no están cubiertos por su plan "
           "(exclusión 22 de la Evidencia de Cobertura).", 8.8)
    d.para("Si no está de acuerdo con una denegación, puede apelar dentro de 180 días a partir de la fecha de esta "
           "declaración. Las apelaciones urgentes se deciden en 72 horas. Para revisión externa tiene 4 meses.", 8.8)
    t = truth("eob", "not_covered", lang="es", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[c2], claim_amount=m2(f["visit_amt"]),
              service_dates=[iso(f["visit"])], denial_date=iso(stmt), provider=f["nd"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), alternates=prov_alt(f))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: superbill + paid lab EOB
def doc_superbill(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line(f["clinic"].upper(), 13, "B", h=7)
    d.text_line(f"{f['nd']}, ND  ·  NPI {f['npi']}  ·  Tax ID 84-{r.digits(7)}  ·  {f['ph']}", 8.6, h=5)
    d.text_line("SUPERBILL / STATEMENT FOR INSURANCE REIMBURSEMENT", 10.5, "B", h=7)
    d.boxes([("Patient", f["name"], 60), ("Date of birth", f["dob"].strftime("%m/%d/%Y"), 34),
             ("Insurance", INS, 56), ("Member ID", f["mid"], 36)])
    d.boxes([("Date of visit", f["visit"].strftime("%m/%d/%Y"), 36), ("Account #", f"FN-{r.digits(5)}", 34),
             ("Diagnosis", "K58.9, R53.83", 50), ("Place of service", "11 Office", 66)])
    d.ln(3)
    rows = [["99205", "New patient visit, 60 min", fmt_money(f["visit_amt"])],
            ["80050", "General health panel (sent to lab)", "ordered"],
            ["*Total charges", "", fmt_money(f["visit_amt"])], ["Paid today", "", fmt_money(f["visit_amt"])],
            ["*Balance", "", "$0.00"]]
    d.table(["Code", "Description", "Amount"], rows, [30, 110, 38], size=9, aligns="LLR")
    d.para("Paid in full at time of service. Submit this superbill to your insurance for any reimbursement. "
           "Provider signature on file.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["name"], claim_amount=m2(f["visit_amt"]),
              service_dates=[iso(f["visit"])], denial_date=iso(f["visit"]), provider=f["nd"],
              unscored=["insurer"], alternates={**prov_alt(f), "denial_date": [None], "member_id": [None]})
    return pdf_bytes(d), t


def doc_lab_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    lab_d = f["visit"] + dt.timedelta(days=3)
    stmt = lab_d + dt.timedelta(days=r.randint(16, 26))
    claim = f"{r.digits(4)}-{r.digits(6)}"
    lab = "Northwind Reference Laboratories"
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line("Cobalt Ridge Health Plan", 15, "B", h=8)
    d.text_line("Explanation of Benefits - this is not a bill", 10, h=6)
    d.labels([("Statement date", fmt_date(stmt, "long")), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Group", f["grp"]), ("Claim", claim), ("Provider", lab), ("Ordering provider", f"{f['nd']}, ND")],
             lw=40, size=9.2)
    d.ln(2)
    total = f["lab_amt"]
    d.table(["Date", "Service", "Billed", "Allowed", "Deductible", "Plan paid", "You owe"],
            [[fmt_date(lab_d, "slash"), "80050 Health panel", fmt_money(total), "$61.40", "$0.00", "$61.40", "$0.00"]],
            [24, 50, 22, 22, 22, 22, 20], size=8.4, border_head="TB")
    d.para("This laboratory claim was paid. State law requires your plan to cover laboratory tests ordered by any "
           "licensed health care provider acting within the scope of the license, including a naturopathic "
           "physician. The naturopathic office visit itself is not a covered service.", 9)
    t = truth("eob", None, insurer=INS, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(lab_d)], denial_date=iso(stmt),
              provider=lab, alternates={"provider": [f["nd"], f"{f['nd']}, ND"]}, type_alternates=["other"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    return Item(f"{FAMILY}_superbill_and_lab_eob_stack", "fax_fine_g4",
                [doc_superbill(r, f), doc_lab_eob(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 4: upheld appeal, prose (phone photo)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    claim, appeal = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}", f"APL-{r.digits(6)}"
    first = f["visit"] + dt.timedelta(days=25)
    notice = first + dt.timedelta(days=r.randint(28, 40))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Cobalt Ridge Health Plan", 16, "B", h=8)
    d.text_line("Appeals and Grievances Department", 9, h=5)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'wlong')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10.5)
    d.para(f"Re: Appeal {appeal}", 10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"You asked us to review our decision of {fmt_date(first, 'long')} on claim {claim}, for the visit with "
           f"{f['nd']}, ND, at {f['clinic']} on {fmt_date(f['visit'], 'long')}, billed at {fmt_money(f['visit_amt'])}. "
           f"Your member ID is {f['mid']}.", 10.5)
    d.para("A reviewer who took no part in the first decision looked at your letter, the clinic's notes and your "
           "plan documents. We are upholding the denial. Your plan excludes services of naturopathic providers, "
           "and your letter that the visit helped you does not change the exclusion.", 10.5)
    d.para("This was your final internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["name"],
              case_numbers=[appeal, claim], claim_amount=m2(f["visit_amt"]), service_dates=[iso(f["visit"])],
              denial_date=iso(notice), provider=f["nd"],
              alternates={**prov_alt(f), "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: supplements refusal (rotated)
def doc_supplements(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ref = f"SR{r.digits(8)}"
    notice = f["visit"] + dt.timedelta(days=r.randint(20, 30))
    amt = float(r.randint(80, 190)) + 0.85
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Cobalt Ridge Health Plan", 16, "B", h=8)
    d.ln(4)
    d.para(f"Date: {fmt_date(notice, 'upper')}\nTo: {f['name']}\nMember No.: {f['mid']}\nReference: {ref}", 10)
    d.text_line("Supplements are not covered", 12, "B", h=7)
    d.para(f"You sent us a receipt from {f['clinic']} for vitamins and herbal supplements dispensed on "
           f"{fmt_date(f['visit'], 'upper')} and recommended by {f['nd']}, ND, for {fmt_money(amt)}. We denied "
           "this request. Over-the-counter vitamins, minerals, herbal and homeopathic products are excluded under "
           "your plan even with a provider's recommendation.", 10)
    d.para(f"You may appeal within 180 days of the date of this letter. Phone {f['ph']}.", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["name"],
              case_numbers=[ref], claim_amount=m2(amt), service_dates=[iso(f["visit"])], denial_date=iso(notice),
              provider=f["clinic"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [f["nd"], f"{f['nd']}, ND"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: claim notice, ISO dates (low-res)
def doc_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    claim = f"{r.digits(12)}"
    notice = f["visit"] + dt.timedelta(days=r.randint(15, 28))
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line("cobalt ridge health plan", 15, "B", h=8)
    d.rule()
    d.labels([("Notice date:", notice.isoformat()), ("Member:", f["name"]), ("ID:", f["mid"]),
              ("Group:", f["grp"]), ("Claim:", claim), ("Visit:", f["visit"].isoformat()),
              ("Billed by:", f"{f['nd']}, ND"), ("Charge:", fmt_money(f["visit_amt"])),
              ("Result:", "Denied - excluded service (naturopathy)"),
              ("Appeal by:", (notice + dt.timedelta(days=180)).isoformat())], lw=32, size=10)
    d.ln(3)
    d.para("Naturopathic physician services are an exclusion in your plan. Lab work ordered at this visit is "
           "processed separately. Questions: Member Services, " + f["ph"] + ".", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(f["visit_amt"]),
              service_dates=[iso(f["visit"])], denial_date=iso(notice), provider=f["nd"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates=prov_alt(f, False),
              type_alternates=["eob"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "denial_letter", "born_digital"), (1, doc_reimb, "superbill_refusal", "scan_clean_300"),
              (2, doc_eob_es, "eob_es", "photocopy"), (4, doc_upheld, "appeal_upheld", "phone_photo"),
              (5, doc_supplements, "supplements", "rotated"), (6, doc_notice, "claim_notice", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(3, item_stack(Rand(SEED + 3)))
    return out
