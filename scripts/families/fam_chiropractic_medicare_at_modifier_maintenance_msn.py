"""Family 'chiropractic_medicare_at_modifier_maintenance_msn': Medicare Summary Notices (Part B), a MAC remittance
advice and a chiropractor's letter about chiropractic manipulative treatment (98940-98942). Without the AT modifier
the manipulation is maintenance therapy and not covered; with an ABN on file (GA) the beneficiary may be billed,
without one (GZ) the beneficiary may not. Exams (99203) and X-rays (72100) ordered or done by a chiropractor are
never covered by Medicare. One paid claim (98941-AT); one Spanish MSN.

Modelled from memory on the public MSN layout ("Your Claims & Costs This Period", "Did Medicare Approve All
Services?", "How to Handle Denied Claims or Appeal", "If you disagree ... appeal by <date>", 120 days) and a 835-style
remittance summary. All people, numbers, offices and the contractor "Tamarack Plains Medicare Services" invented.
Decoys: the MBI vs the claim number, the chiropractor's NPI, the ABN signature date, the MSN's period dates,
1-800-MEDICARE, the amount the beneficiary may be billed.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, m2, mbi, mixed, money, npi, person, phone, usd

FAMILY = "chiropractic_medicare_at_modifier_maintenance_msn"
LANG = "en"
MAC = "Tamarack Plains Medicare Services"
OFFICES = ["Oyelaran Family Chiropractic", "Brightwood Spine & Chiropractic Clinic, PC",
           "Nakashima Chiropractic Health Center", "Valderrama Chiropractic Associates"]
CMT = {"98940": "Chiropractic manipulation, 1-2 regions", "98941": "Chiropractic manipulation, 3-4 regions",
       "98942": "Chiropractic manipulation, 5 regions", "99203": "New patient office visit (exam)",
       "72100": "X-ray of lower spine, 2-3 views"}
CMT_ES = {"98940": "Manipulación quiropráctica, 1-2 regiones", "98941": "Manipulación quiropráctica, 3-4 regiones",
          "99203": "Visita de paciente nuevo (examen)", "72110": "Radiografía de columna lumbar"}


def facts(r: random.Random, kind: str, ds: str, lang: str = "en") -> dict:
    msn = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 200))
    n = r.randint(2, 3)
    dates = sorted({days(msn, -r.randint(20, 80)) for _ in range(n)})
    code = r.choice(["98940", "98941", "98942"]) if lang == "en" else r.choice(["98940", "98941"])
    mod = {"ga": "GA", "gz": "GZ", "paid": "AT", "exam": "GA", "es": "GA", "ra": "GZ"}[kind]
    lines = []
    for dd in dates:
        lines.append((dd, code, mod, money(r, 48, 72)))
    if kind == "exam":
        lines = [(dates[0], "99203", "", money(r, 120, 160)), (dates[0], "72100", "", money(r, 95, 140))] + lines[1:]
    m = person(r, lang)
    return dict(kind=kind, ds=ds, lang=lang, msn=msn, dates=dates, lines=lines,
                total=round(sum(x[3] for x in lines), 2), member=m, addr=address(r, lang), mbi=mbi(r),
                office=r.choice(OFFICES), onpi=npi(r), claim=mixed(r, "99999999999999"),
                ophone=phone(r), abn=days(dates[0], -1), icn=mixed(r, "9999999999999"), ptan=mixed(r, "AA9999"),
                deadline=days(msn, 120))


def msn(d: Doc, f: dict) -> None:
    es, ds, m = f["lang"] == "es", f["ds"], f["member"]
    d.add_page()
    d.text_line("Resumen de Medicare (MSN)" if es else "Medicare Summary Notice", 16, "B")
    d.text_line("para la Parte B (Seguro Médico)" if es else "for Part B (Medical Insurance)", 11)
    d.text_line(("El aviso para " if es else "The Notice for ") + m[0].upper(), 10)
    d.ln(2)
    start = days(f["msn"], -90)
    d.boxes([("Número de Medicare" if es else "Medicare Number", f["mbi"], 55),
             ("Fecha del aviso" if es else "Date of this notice", fdate(f["msn"], ds), 50),
             ("Período de reclamos" if es else "Claims period", f"{fdate(start, 'slash')} - "
              f"{fdate(f['msn'], 'slash')}", 75)])
    d.ln(2)
    d.para(("Si no está de acuerdo con alguna decisión, presente una apelación antes del " if es else
            "If you disagree with any claims decisions, you can file an appeal by ") +
           fdate(f["deadline"], ds) + ". " + ("Llame al 1-800-MEDICARE (1-800-633-4227)." if es else
                                               "Call 1-800-MEDICARE (1-800-633-4227)."), 10)
    d.ln(1)
    d.text_line("Sus reclamos y costos este período" if es else "Your Claims & Costs This Period", 12, "B")
    paid = f["kind"] == "paid"
    d.text_line((f"Proveedor: {f['office']}, {f['ophone']}" if es else f"{f['office']}, {f['ophone']}"), 10, "B")
    d.text_line(("Número de reclamo: " if es else "Claim number: ") + f["claim"] +
                ("   NPI " if es else "   Provider NPI ") + f["onpi"], 9.5)
    d.ln(1)
    names = CMT_ES if es else CMT
    rows = []
    for dd, c, mod, amt in f["lines"]:
        ok = paid
        allowed = round(amt * 0.72, 2) if ok else 0.0
        code_txt = f"{c}-{mod}" if mod else c
        note = ("" if ok else ("A" if mod == "GA" else "B") if c.startswith("989") else "C")
        rows.append([fdate(dd, "slash"), names.get(c, c)[:40] + f" ({code_txt})",
                     ("Sí" if ok else "No") if es else ("Yes" if ok else "No"), usd(amt), usd(allowed),
                     usd(round(allowed * 0.8, 2)), usd(round(allowed * 0.2, 2) if ok else (amt if mod == "GA" or
                                                                                          c == "99203" or c == "72100"
                                                                                          else 0.0)), note])
    rows.append(["", "Total", "", usd(f["total"]), "", "", "", ""])
    hd = (["Fecha", "Servicio", "¿Aprobó?", "Cargo", "Aprobado", "Pagó Medicare", "Puede deber", "Nota"] if es else
          ["Date", "Service", "Approved?", "Charged", "Approved amt", "Medicare paid", "You may be billed", "Note"])
    d.table(hd, rows, [19, 66, 16, 18, 18, 18, 20, 8], size=7.6, aligns="LLLRRRRL")
    d.ln(2)
    notes = {
        "A": ("A  Medicare no paga por la manipulación quiropráctica de mantenimiento (sin el modificador AT). Usted "
              "firmó un Aviso Anticipado al Beneficiario (ABN) el " + fdate(f["abn"], ds) + ", así que puede tener "
              "que pagar.") if es else
             ("A  Medicare does not pay for maintenance chiropractic manipulation. The claim did not show active/"
              "corrective treatment (AT modifier). Because you signed an Advance Beneficiary Notice (ABN) on "
              f"{fdate(f['abn'], 'slash')}, you are responsible for this charge."),
        "B": ("B  Medicare does not pay for maintenance chiropractic manipulation (no AT modifier). No Advance "
              "Beneficiary Notice is on file (GZ), so the provider may not bill you for this service. If you have "
              "already paid, you are entitled to a refund."),
        "C": ("C  Medicare does not pay for exams or X-rays ordered or performed by a chiropractor. Medicare covers "
              "only manual manipulation of the spine to correct a subluxation."),
    }
    used = sorted({r[-1] for r in rows if r[-1]})
    for k in used:
        d.para(notes[k], 9)
    if paid:
        d.para("Medicare approved all services on this claim as active treatment of a subluxation (AT modifier). "
               "You may owe the 20% coinsurance shown above.", 9)
    d.text_line("Cómo apelar" if es else "How to Handle Denied Claims or Appeal", 11, "B")
    d.para(("Su apelación debe llegar a " + MAC + " dentro de 120 días de la fecha de este aviso, o sea antes del "
            + fdate(f["deadline"], ds) + ".") if es else
           (f"Appeals must be received by {MAC} within 120 days of the date of this notice, by "
            f"{fdate(f['deadline'], ds)}. Circle the items you disagree with and send this page with an "
            "explanation."), 9.5)


def remit(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_font("Courier", "", 8.8)
    ds = f["ds"]
    for ln in [f"{MAC.upper()}          MEDICARE PART B REMITTANCE ADVICE",
               f"PAYEE: {f['office'].upper()}    NPI {f['onpi']}   PTAN {f['ptan']}",
               f"CHECK/EFT DATE: {fdate(f['msn'], ds)}     REMIT #: {mixed(random.Random(f['claim']), '99999999')}",
               "", f"NAME {f['member'][3].upper()}, {f['member'][1].upper()} {f['member'][2]}   "
                   f"MID {f['mbi']}   ICN {f['icn']}",
               "PERF PROV  SERV DATE  POS NOS PROC MODS    BILLED   ALLOWED  DEDUCT  COINS   GRP/RC-AMT   PROV PD"]:
        d.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    for dd, c, mod, amt in f["lines"]:
        d.cell(0, 4.2, f"{f['onpi']} {dd.strftime('%m/%d/%y')}  11  1  {c} {mod:<4} {amt:>9.2f}      0.00    0.00"
                       f"   0.00   CO-50 {amt:>7.2f}      0.00", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, f"CLAIM TOTALS               {f['total']:>22.2f}      0.00    0.00   0.00         "
                   f"{f['total']:>7.2f}      0.00", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Helvetica", "", 9)
    d.multi_cell(0, 4.4, "CO-50: These are non-covered services because this is not deemed a 'medical necessity' by "
                 "the payer. MA130 / N386: chiropractic maintenance therapy (no AT modifier). GZ: no ABN on file - "
                 "the provider is liable; do not bill the beneficiary. Redetermination requests must be received "
                 f"within 120 days of the date of receipt of this notice. Provider services: {phone(random.Random(7))}.")


def office_letter(d: Doc, f: dict) -> None:
    d.add_page()
    d.text_line(f["office"], 15, "B")
    d.text_line(f"418 Hollin Ridge Road  ·  Mapleford, WI 53921  ·  {f['ophone']}  ·  NPI {f['onpi']}", 8.5)
    d.rule()
    d.ln(3)
    ds, m = f["ds"], f["member"]
    d.text_line(fdate(f["msn"], ds))
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln)
    d.ln(3)
    d.text_line(f"Re: Medicare claim {f['claim']}   Medicare Number {f['mbi']}", 10, "B")
    d.ln(2)
    d.para(f"Dear {m[1]} {m[3]},")
    d.para(f"Medicare ({MAC}) has denied part of the claim for your first visit with us on "
           f"{fdate(f['dates'][0], ds)}. Medicare does not pay for an examination or for X-rays when they are "
           "ordered or done by a chiropractor, and it did not pay for the manipulation visits after that because "
           "they were billed as maintenance care, without the AT modifier. You signed an Advance Beneficiary Notice "
           f"(ABN) on {fdate(f['abn'], ds)}, so these charges are now your responsibility:")
    d.table(["Date", "Code", "Service", "Charge"],
            [[fdate(dd, "slash"), c + (f"-{mod}" if mod else ""), CMT[c], usd(a)] for dd, c, mod, a in f["lines"]]
            + [["", "", "Balance due", usd(f["total"])]], [24, 22, 100, 28], size=9, aligns="LLLR")
    d.ln(2)
    d.para("If you think Medicare is wrong, you can ask for a redetermination. Your request must reach "
           f"{MAC} within 120 days of the date on your Medicare Summary Notice; we will send copies of your "
           "records if you ask. You may also set up a payment plan with our front desk.")
    d.para("Billing Department")


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"ra": remit, "exam": office_letter}.get(f["kind"], msn)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(member_id=f["mbi"], group_number=None, member_name=f["member"][0], case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), service_dates=[iso(x) for x in f["dates"]],
                  denial_date=iso(f["msn"]), provider=f["office"])
    if k == "paid":
        return truth("eob", None, "en", insurer="Medicare", appeal_deadline=iso(f["deadline"]),
                     type_alternates=["other"], alternates={"insurer": [MAC]}, **common)
    if k == "ra":
        common["case_numbers"] = [f["icn"]]
        return truth("eob", "medical_necessity", "en", insurer=MAC, appeal_deadline=None,
                     denial_alternates=["not_covered"],
                     alternates={"member_name": [f"{f['member'][3]}, {f['member'][1]} {f['member'][2]}"]}, **common)
    if k == "exam":
        # the office letter relays Medicare's denial; the deadline runs from the MSN's date, which it does not print
        return truth("denial_letter", "not_covered", "en", insurer=f["office"], appeal_deadline=None,
                     alternates={"insurer": [MAC, "Medicare"]}, type_alternates=["other"],
                     denial_alternates=["medical_necessity"], **common)
    return truth("eob", "not_covered", f["lang"], insurer="Medicare", appeal_deadline=iso(f["deadline"]),
                 alternates={"insurer": [MAC]}, denial_alternates=["medical_necessity"], **common)


PLAN = [  # stem suffix, condition, kind, date style, lang
    ("bd_msn_98941_ga_abn_maintenance", "born_digital", "ga", "long", "en"),
    ("bd_msn_paid_at_modifier", "born_digital", "paid", "slash", "en"),
    ("scan300_mac_remit_gz_co50", "scan_clean_300", "ra", "slash", "en"),
    ("lowres_office_letter_exam_xray_abn", "scan_lowres_150", "exam", "abbr", "en"),
    ("copy_msn_es_mantenimiento_ga", "photocopy", "es", "es", "es"),
    ("faxfine_msn_gz_no_abn", "fax_fine_g4", "gz", "dlong", "en"),
    ("phone_msn_ga_three_visits", "phone_photo", "ga", "iso", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(182600 + i), kind, ds, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
