"""Family 'dental_claim_downcode_alternate_benefit': dental plans' explanations of benefits where the plan paid the
benefit of a cheaper procedure (alternate benefit: a posterior composite paid as an amalgam, a porcelain crown paid
as a large filling), a bridge denied under the missing tooth clause, one claim paid in full, one Spanish EOB.

Layouts (three invented dental plans, one layout each):
- Athelney Dental Benefits: logo word "ATHELNEY" over a rule; label block in two columns; line table (date, tooth,
  surface, CDT, description, submitted, allowed, plan paid, you owe, note) with notes legend below.
- Wimbourne Dental Plan, Inc.: parent line "A Wimbourne Mutual Group company" above; a letter-style EOB with the
  alternate benefit explained in a paragraph and a narrow table.
- Carhart Dental Insurance Company: return-address block; ruled boxes for claim facts; Spanish on one.
Decoys: claim received and processed dates, the dentist's NPI and office phone, annual maximum used / remaining,
deductible met, the check number and check date, the prior-exam date in the frequency sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxb import address, clinician, days, digits, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "dental_claim_downcode_alternate_benefit"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"ath": "Athelney Dental Benefits", "wim": "Wimbourne Dental Plan, Inc.",
       "car": "Carhart Dental Insurance Company"}
OFFICES = ["Marlais Family Dentistry", "Drumbeck Dental Care"]
LABELS = {1: ["Statement date", "Patient", "Member ID", "Group no.", "Claim number", "Treating dentist"],
          2: ["Date of this notice", "Patient name", "Subscriber ID", "Group", "Claim #", "Dentist"],
          3: ["Issued", "Member", "ID number", "Employer group", "Claim ID", "Provider"],
          "es": ["Fecha del aviso", "Paciente", "Núm. de afiliado", "Grupo", "Núm. de reclamación", "Dentista"]}
# procedures: code, description, fee, allowed (if paid in full), alternate (code, allowed)
PROC = {
    "exam": ("D0120", "Periodic oral evaluation", 68.0),
    "pro": ("D1110", "Prophylaxis - adult", 112.0),
    "bw": ("D0274", "Bitewings - four radiographic images", 86.0),
    "comp2": ("D2392", "Resin-based composite, two surfaces, posterior", 248.0),
    "comp3": ("D2393", "Resin-based composite, three surfaces, posterior", 312.0),
    "crown": ("D2740", "Crown - porcelain/ceramic", 1385.0),
    "bridge_p": ("D6240", "Pontic - porcelain fused to high noble metal", 1120.0),
    "bridge_a": ("D6750", "Retainer crown - porcelain fused to high noble metal", 1210.0),
    "comp2_es": ("D2392", "Resina compuesta, dos superficies, posterior", 236.0),
}
ALT = {"comp2": ("D2150", "amalgam, two surfaces", 128.0), "comp3": ("D2160", "amalgam, three surfaces", 156.0),
       "crown": ("D2161", "amalgam, four or more surfaces", 212.0),
       "comp2_es": ("D2150", "amalgama, dos superficies", 121.0)}
NOTES = {
    "A1": "Alternate benefit: the plan pays the fee for an amalgam (silver) filling on back teeth. You owe the "
          "difference up to the dentist's fee.",
    "A2": "Alternate benefit: a filling could have restored this tooth. The plan paid the allowance for a large "
          "amalgam filling toward the crown.",
    "M1": "Missing tooth clause: the tooth this bridge replaces was missing before you were covered by this plan. "
          "Replacement of a tooth missing before the coverage start date is not covered.",
    "P0": "Paid at the network fee. No further action needed.",
    "E1": "Beneficio alterno: el plan paga lo que pagaría por una amalgama en dientes posteriores; usted paga la "
          "diferencia.",
}
KINDS = {
    # kind -> (denial, denial alternates, lines [(proc, tooth, surf, note or None)])
    "comp": ("not_covered", ["other"], [("exam", "", "", "P0"), ("bw", "", "", "P0"), ("comp2", "30", "MO", "A1"),
                                        ("comp3", "19", "MOD", "A1")]),
    "crown": ("not_covered", ["other"], [("crown", "14", "", "A2")]),
    "bridge": ("not_covered", ["eligibility", "other"], [("bridge_a", "28", "", "M1"), ("bridge_p", "29", "", "M1"),
                                                         ("bridge_a", "30", "", "M1")]),
    "paid": (None, None, [("exam", "", "", "P0"), ("pro", "", "", "P0"), ("bw", "", "", "P0")]),
    "comp_one": ("not_covered", ["other"], [("pro", "", "", "P0"), ("comp2", "3", "OL", "A1")]),
    "es": ("not_covered", ["other"], [("exam", "", "", None), ("comp2_es", "14", "MO", "E1")]),
    "crown_bridge": ("not_covered", ["other", "eligibility"], [("crown", "3", "", "A2"), ("bridge_p", "4", "", "M1"),
                                                               ("bridge_a", "5", "", "M1")]),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def lines(f: dict) -> list[dict]:
    out = []
    for proc, tooth, surf, note in KINDS[f["kind"]][2]:
        code, desc, fee = PROC[proc]
        fee = fee + f["bump"]
        if note in ("A1", "A2", "E1"):
            allowed = ALT[proc][2]
        elif note == "M1":
            allowed = 0.0
        else:
            allowed = round(fee * 0.82, 2)
        paid = round(allowed * (0.8 if note in ("A1", "E1") else 0.5 if note == "A2" else 1.0), 2)
        out.append(dict(code=code, desc=desc, tooth=tooth, surf=surf, fee=fee, allowed=allowed, paid=paid,
                        owe=round(fee - paid, 2), note=note or "", refused=note in ("A1", "A2", "M1", "E1")))
    return out


def header(d: Page, f: dict) -> None:
    if f["ins"] == "ath":
        d.text_line("ATHELNEY", 22, "B", h=9)
        d.rule(0.8, 1.2)
        d.text_line("Athelney Dental Benefits  ·  Claims Department  ·  PO Box 4418, Colville, WA 99114", 8, h=4)
        d.ln(3)
        d.text_line("EXPLANATION OF DENTAL BENEFITS", 12, "B", align="C", h=6)
        d.text_line("THIS IS NOT A BILL", 9, "B", align="C", h=5)
    elif f["ins"] == "wim":
        d.text_line("A Wimbourne Mutual Group company", 7.5, align="R", h=3.8)
        d.text_line("Wimbourne Dental Plan, Inc.", 15, "B", align="R", h=7)
        d.text_line("1180 Harnsey Street  ·  Wall, SD 57790  ·  " + f["ph"], 8, align="R", h=4)
        d.rule(0.4, 4)
    else:
        for ln, sz, st in (("Carhart Dental Insurance Company", 12, "B"), ("Dental Claims Unit", 9, ""),
                           ("PO Box 771", 9, ""), ("Mobridge, SD 57601", 9, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(3)
        d.text_line("Explicación de beneficios dentales" if f["lang"] == "es" else "Dental Claim Statement",
                    12.5, "B", h=6.5)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    header(d, f)
    ls = lines(f)
    tot = sum(x["fee"] for x in ls)
    provider = f"{f['doc']}, DDS"
    if f["ins"] == "ath":
        y = d.get_y()
        left = [(L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
        if f["dependent"]:
            left.append(("Subscriber", f["subscriber"]))
        right = [(L[4], f["claim"]), (L[5], provider), ("Office", f["office"]), ("Claim received", fd(f["recv"]))]
        for col, rows in ((0, left), (1, right)):
            d.set_xy(d.l_margin + col * 92, y)
            for k, v in rows:
                d.set_x(d.l_margin + col * 92)
                d.font(8.8, "B")
                d.cell(32, 5, k)
                d.font(8.8)
                d.cell(58, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    elif f["ins"] == "wim":
        d.text_line(fd(f["date"]), 10, h=5)
        d.ln(2)
        for ln in (f["subscriber"] if f["dependent"] else f["member"], *f["addr"]):
            d.text_line(ln, 10, h=4.8)
        d.ln(4)
        d.font(9.5)
        for k, v in ((L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["claim"]),
                     (L[5], f"{provider}, {f['office']}, NPI {f['npi']}")):
            d.font(9.5, "B")
            d.cell(38, 5, k + ":")
            d.font(9.5)
            d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.para(f"Dear {f['subscriber'].split()[0] if f['dependent'] else f['member'].split()[0]}:", 10, gap=1.5)
        if f["kind"] == "crown":
            d.para(f"We processed the claim from {f['office']} for a crown on tooth 14. Your plan includes an "
                   "alternate benefit provision: when more than one treatment could restore a tooth, the plan pays "
                   "for the least costly one that gives a professionally adequate result. X-rays show tooth 14 "
                   "could be restored with a filling, so we paid the allowance for a four-surface amalgam filling "
                   "toward the crown. The rest of the dentist's fee is your responsibility.", 10, gap=3)
        else:
            d.para(f"We processed the claim from {f['office']}. Part of it was paid at a lower benefit, as shown "
                   "below.", 10, gap=3)
    else:
        d.boxes([(L[0], fd(f["date"]), 44), (L[1], f["member"], 56), (L[2], f["mid"], 40), (L[3], f["grp"], 44)])
        d.boxes([(L[4], f["claim"], 44), (L[5], provider, 56),
                 ("Recibida" if es else "Received", fd(f["recv"]), 40), ("NPI", f["npi"], 44)])
        d.ln(4)
    head = (["Fecha", "Diente", "Sup.", "Código", "Descripción", "Cobrado", "Permitido", "Pagado", "Usted paga",
             "Nota"] if es else ["Date", "Tooth", "Surf.", "CDT", "Description", "Submitted", "Allowed",
                                 "Plan paid", "You owe", "Note"])
    rows = [[fd(f["dos"]) if f["ds"] not in ("long", "es") else fdate(f["dos"], "slash"), x["tooth"], x["surf"],
             x["code"], x["desc"][:34], mo(x["fee"]), mo(x["allowed"]), mo(x["paid"]), mo(x["owe"]), x["note"]]
            for x in ls]
    rows.append(["*" + ("Total" if not es else "Total"), "", "", "", "", mo(tot), mo(sum(x["allowed"] for x in ls)),
                 mo(sum(x["paid"] for x in ls)), mo(sum(x["owe"] for x in ls)), ""])
    d.table(head, rows, [19, 11, 9, 12, 54, 18, 17, 16, 16, 10], size=7.3, aligns="LLLLLRRRRL", head_fill=True)
    notes = sorted({x["note"] for x in ls if x["note"]})
    d.text_line("Notas" if es else "Notes", 9.5, "B", h=5)
    for n in notes:
        d.para(f"{n}  {NOTES[n]}", 8.8, gap=1)
    d.ln(2)
    d.font(8.5)
    am = 1500.0
    used = round(sum(x["paid"] for x in ls) + f["prior_used"], 2)
    d.cell(0, 4.5, ("Máximo anual" if es else "Annual maximum") + f" {mo(am)}   " +
           ("Usado" if es else "Used to date") + f" {mo(used)}   " + ("Restante" if es else "Remaining") +
           f" {mo(am - used)}", new_x="LMARGIN", new_y="NEXT")
    if sum(x["paid"] for x in ls) > 0:
        d.cell(0, 4.5, ("Pago enviado al dentista, cheque núm. " if es else "Payment sent to dentist, check no. ") +
               f"{f['check']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if f["kind"] != "paid":
        d.para(f["appeal"], 9.5, gap=2)
    d.para(("Preguntas: " if es else "Questions? Call ") + f"{f['ph']} (TTY 711).", 9, gap=2)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, lab, ds: str, dl: str, mo: str, dependent: bool) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 270))
    dos = days(date, -r.randint(14, 40))
    f = dict(ins=ins, kind=kind, lab=lab, ds=ds, lang=lang, mo=mo, date=date, dos=dos, dependent=dependent,
             member=person(r, lang), subscriber=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "ADB999999999") if ins == "ath" else digits(r, 9) + "-0" + str(r.randint(1, 3)),
             grp=digits(r, 6) if ins != "wim" else mixed(r, "WD-99999"),
             claim=mixed(r, "9999A99999") if ins != "car" else digits(r, 12),
             doc=clinician(r), office=r.choice(OFFICES), npi=npi(r), ph=phone(r), recv=days(dos, r.randint(3, 9)),
             bump=r.choice([0, 4, 9, 12]), prior_used=r.choice([0, 142.4, 380.0]), check=digits(r, 8),
             deadline=None, dl_alt=None)
    if f["subscriber"] == f["member"]:
        f["subscriber"] = person(r, lang)
    if dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este aviso. "
                       "Escriba a la dirección de arriba." if lang == "es" else
                       "If you disagree with this decision, you may appeal within 180 days of the date of this "
                       "statement. Write to the address above and include x-rays or notes from your dentist.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"To appeal, send us a written request by {fdate(f['deadline'], ds)}. Your dentist may send "
                       "x-rays with it.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You may ask for a review of this decision within 180 days after you receive this notice. "
                       "Your dentist may also request a review on your behalf.")
    return f


def eob_truth(f: dict) -> dict:
    den, dalts, _ = KINDS[f["kind"]]
    ls = lines(f)
    tot = sum(x["fee"] for x in ls)
    refused = [x for x in ls if x["refused"]]
    alts = {"provider": [f["office"]]}
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if refused and len(refused) < len(ls):
        alts["claim_amount"] = [m2(sum(x["fee"] for x in refused))]
    return truth("eob", den, f["lang"], insurer=INS[f["ins"]], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if den and f["deadline"] else None,
                 denial_alternates=dalts, alternates=alts)


ITEMS = [
    # suffix, condition, insurer, kind, labels, date style, deadline, money, dependent patient
    ("bd_composite", "born_digital", "ath", "comp", 1, "slash", "within", "plain", False),
    ("bd_crown_letter", "born_digital", "wim", "crown", 2, "long", "by", "plain", True),
    ("scan_bridge", "scan_clean_300", "car", "bridge", 3, "dmy", "within", "nosign", False),
    ("faxf_composite", "fax_fine_g4", "wim", "comp_one", 2, "abbr", "receive", "plain", False),
    ("rot_paid", "rotated", "ath", "paid", 3, "iso", "within", "plain", False),
    ("low_es", "scan_lowres_150", "car", "es", "es", "es", "within", "es", False),
    ("photo_crown_bridge", "phone_photo", "ath", "crown_bridge", 1, "upper", "within", "plain", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, ins, kind, lab, ds, dl, mo, dep) in enumerate(ITEMS):
        r = random.Random(98520 + i)
        f = facts(r, ins, kind, lab, ds, dl, mo, dep)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(eob(f), eob_truth(f))]))
    return items
