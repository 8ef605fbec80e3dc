"""Family 'out_of_network_assistant_at_surgery_nsa_eob': plan EOBs and letters on an out-of-network assistant
surgeon or anesthesiologist who worked at an in-network hospital, processed under the No Surprises Act (allowed
at the qualifying payment amount, cost sharing at the in-network rate, balance billing prohibited) or denied for a
missing assistant modifier (80 / AS). All insurers, people and numbers are invented.

Decoys: the in-network hospital, the primary surgeon, NPIs, the 30-business-day open negotiation / IDR window,
the QPA and paid amounts, the member's date of birth, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "out_of_network_assistant_at_surgery_nsa_eob"
LANG = "en"
INS = [("Brackenfield Health Assurance", "PO Box 40817, Tallow Creek, MN 55913", "1-800-555-0142"),
       ("Quillmere Benefit Plans, Inc.", "PO Box 2290, Saltmarsh, NC 27989", "1-866-555-0178")]
MEMBERS = ["Oluwaseun T. Harcastle", "Ilse M. Barrowdale", "Rafael J. Quenby", "Anahita R. Volkonsky",
           "Tomasz K. Ebbesen", "Guadalupe N. Irizarry", "Kofi A. Lindqvist"]
GROUPS = ["Pinewick Anesthesia Partners, PC", "Halloran Surgical Assistants LLC", "Corvane Anesthesiology Group",
          "Eastbrook Assistant Surgeons, PA"]
HOSP = ["Saint Ottilie Regional Hospital", "Mercybrook Medical Center", "Larchmont Valley Hospital"]
SURG = ["Dr. Yevgenia Padmore", "Dr. Cormac Ashdown", "Dr. Priyanka Helmsworth"]


def facts(r: random.Random, i: int) -> dict:
    sdate = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    notice = plus(sdate, r.randint(24, 50))
    anes = i in (4, 5)
    billed = round(r.randint(1800, 6400) + r.randint(0, 99) / 100, 2)
    qpa = round(billed * r.uniform(0.22, 0.38), 2)
    coins = round(qpa * 0.2, 2)
    return dict(ins=INS[i % 2], member=MEMBERS[i], mid=f"{r.choice('BQX')}{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
                grp=f"{r.randint(100000, 999999)}-{r.choice(['A', 'B', 'C'])}{r.randint(10, 99)}",
                plan=f"PL{r.randint(1000, 9999)}", claim=f"{sdate.year % 100}{r.randint(1000000000, 9999999999)}",
                sdate=sdate, notice=notice, dob=dt.date(r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)),
                prov=GROUPS[2 if anes else (1 if i % 2 else 3)] if i != 5 else GROUPS[0],
                hosp=r.choice(HOSP), surg=r.choice(SURG), billed=billed, qpa=qpa, coins=coins,
                paid=round(qpa - coins, 2), npi=str(r.randint(1000000000, 1999999999)), anes=anes,
                code=("00790" if anes else r.choice(["27447", "29881", "47562"])))


def header(p: Page, f: dict, title: str):
    name, addr, ph = f["ins"]
    p.add_page()
    p.line(name, 15, "B")
    p.line(addr, 8.5)
    p.line(f"Member Services {ph}  (TTY 711)", 8.5)
    p.ln(3)
    p.heading(title, 13, rule=True)


def eob(f: dict, kind: str, ds: str, lang: str = "en") -> bytes:
    """kind: qpa | paidfull | mod80."""
    es = lang == "es"
    p = Page()
    header(p, f, "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es else
           "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    d = lambda x: fdate(x, ds, lang)  # noqa: E731
    rows = ([("Fecha de emisión", d(f["notice"])), ("Miembro", f["member"]), ("Nº de identificación", f["mid"]),
             ("Grupo", f["grp"]), ("Plan", f["plan"]), ("Fecha de nacimiento", d(f["dob"])),
             ("Número de reclamo", f["claim"]), ("Proveedor", f["prov"] + f"  (NPI {f['npi']})"),
             ("Centro", f["hosp"] + " (dentro de la red)")] if es else
            [("Statement date", d(f["notice"])), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group number", f["grp"]), ("Plan ID", f["plan"]), ("Date of birth", d(f["dob"])),
             ("Claim number", f["claim"]), ("Rendering provider", f["prov"] + f"  (NPI {f['npi']})"),
             ("Facility", f["hosp"] + " (in-network)"), ("Primary surgeon", f["surg"])])
    p.pairs(rows, label_w=48, size=9.5)
    p.ln(2)
    mod = "AA" if f["anes"] else ("AS" if "Assistants" in f["prov"] else "80")
    desc = "Anesthesia, lower abdomen" if f["anes"] else "Assistant at surgery"
    if kind == "paidfull":
        allowed, paid, resp = f["billed"], f["billed"], 0.0
    elif kind == "mod80":
        allowed, paid, resp = 0.0, 0.0, 0.0
        mod = "--"
    else:
        allowed, paid, resp = f["qpa"], f["paid"], f["coins"]
    head = (["Fecha de servicio", "Código", "Mod", "Cargo facturado", "Pago calificado (QPA)", "Pagado por el plan",
             "Usted debe", "Nota"] if es else
            ["Date of service", "Code", "Mod", "Billed", "Qualifying payment amount", "Plan paid", "You owe", "Note"])
    note = {"qpa": "N1", "paidfull": "P2", "mod80": "M8"}[kind]
    p.table(head, [[d(f["sdate"]), f["code"], mod, money(f["billed"]), money(allowed), money(paid), money(resp), note],
                   ["", "", "", money(f["billed"]), money(allowed), money(paid), money(resp), "TOTAL"]],
            [26, 16, 11, 24, 28, 24, 20, 25], bold_last=True)
    p.heading("Notas" if es else "Notes", 10.5)
    if kind == "qpa":
        p.para(("N1: Este proveedor no pertenece a la red, pero prestó servicios en un centro de la red. Según la Ley "
                "Sin Sorpresas (No Surprises Act), pagamos según el pago calificado (QPA) y su costo compartido es el "
                "de la red. El proveedor no puede facturarle la diferencia (balance billing).") if es else
               ("N1: Services by an out-of-network provider at an in-network facility were processed under the No "
                "Surprises Act. The allowed amount is the qualifying payment amount (QPA); your coinsurance is "
                "figured at the in-network rate and counts toward your in-network deductible and out-of-pocket "
                "maximum. The provider may not bill you for the difference between the billed amount and the QPA."),
               9)
        p.para(("El proveedor tiene 30 días hábiles desde este pago para iniciar una negociación abierta, y luego 4 "
                "días hábiles para el proceso de resolución independiente de disputas (IDR).") if es else
               (f"The provider may start a 30-business-day open negotiation period with us after {d(f['notice'])}, "
                "and then may request federal independent dispute resolution (IDR) within 4 business days. This "
                "does not change what you owe."), 9)
    elif kind == "paidfull":
        p.para("P2: Paid in full. The provider is out of network, but this emergency-related service at an "
               "in-network facility was paid at the billed charge under the agreement reached in open negotiation. "
               "You owe nothing for this claim.", 9)
    else:
        p.para("M8: Denied. Assistant-at-surgery services must be billed with modifier 80, 81, 82 or AS. The "
               "claim was received without an assistant modifier and cannot be paid as submitted. The provider "
               "may send a corrected claim. Under the No Surprises Act the provider may not bill you more than "
               "your in-network cost sharing.", 9)
    p.heading("Sus derechos de apelación" if es else "Your appeal rights", 10.5)
    if kind == "paidfull":
        p.para("If you disagree with how this claim was processed, call Member Services.", 9)
    elif es:
        p.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este aviso. Llame al "
               f"{f['ins'][2]}.", 9)
    else:
        p.para("If you disagree with this decision you may file an appeal within 180 days of the date of this "
               "statement. Write to the address above or call Member Services.", 9)
    return out(p)


def letter(f: dict, ds: str, reason: str) -> bytes:
    p = Page(serif=True)
    header(p, f, "Notice of Adverse Benefit Determination")
    d = lambda x: fdate(x, ds)  # noqa: E731
    p.line(d(f["notice"]), 10)
    p.ln(2)
    p.line(f["member"], 10)
    p.line("1418 Wexford Hollow Rd, Tallow Creek MN 55910", 10)
    p.ln(3)
    p.boxed_pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Group No.", f["grp"]),
                   ("Claim / reference number", f["claim"]), ("Provider", f["prov"]),
                   ("Hospital (in network)", f["hosp"]), ("Date of surgery", d(f["sdate"])),
                   ("Amount billed", money(f["billed"]))])
    p.para(f"Dear {f['member'].split()[0]},", 10)
    if reason == "mod80":
        p.para(f"We reviewed the claim from {f['prov']} for assisting {f['surg']} during your surgery at "
               f"{f['hosp']} (procedure {f['code']}). We denied this claim because it was billed without modifier "
               "80 or AS, which identifies an assistant at surgery. Without the modifier we cannot tell the "
               "assistant's service from the primary surgeon's, which was already paid.", 10)
    else:
        p.para(f"We reviewed the claim from {f['prov']} for an assistant at surgery during procedure {f['code']} "
               f"at {f['hosp']}. Your plan does not cover an assistant surgeon for this procedure: our payment "
               "policy lists it as \"assistant not allowed\". This service is not a covered benefit.", 10)
    p.para("Because the provider is out of network and worked at an in-network hospital, the No Surprises Act "
           "protects you: the provider may not balance bill you. You owe $0.00 for this claim.", 10)
    dl = plus(f["notice"], 180)
    p.heading("How to appeal", 11)
    p.para(f"You or your representative may ask for an internal appeal. We must receive your appeal by {d(dl)}. "
           "You may also ask for an external review after the internal appeal. Open negotiation and independent "
           "dispute resolution between the provider and the plan are not an appeal.", 10)
    p.para("Sincerely,\nClaims Review Unit", 10)
    return out(p)


def tr(f: dict, doc: str, den, deadline: bool = True, lang: str = "en", **extra) -> dict:
    return truth(doc, den, insurer=f["ins"][0], plan_id=f.get("plan_printed"), group=f["grp"], member_id=f["mid"],
                 member_name=f["member"], cases=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[f["sdate"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["prov"],
                 appeal_deadline=plus(f["notice"], 180).isoformat() if deadline else None, lang=lang, **extra)


def documents(rng) -> list[Item]:
    F = [facts(random.Random(183500 + i), i) for i in range(7)]
    items = []
    for i in (0, 1, 3, 4, 5):
        F[i]["plan_printed"] = F[i]["plan"]
    items.append(Item(f"{FAMILY}_bd_assistant_paid_at_qpa", "born_digital",
                      [(eob(F[0], "qpa", "slash"), tr(F[0], "eob", "out_of_network",
                                                        denial_alternates=["other"]))]))
    items.append(Item(f"{FAMILY}_bd_assistant_missing_modifier_80", "born_digital",
                      [(eob(F[1], "mod80", "long"), tr(F[1], "eob", "coding_error"))]))
    items.append(Item(f"{FAMILY}_scan300_letter_assistant_missing_modifier", "scan_clean_300",
                      [(letter(F[2], "long", "mod80"), tr(F[2], "denial_letter", "coding_error"))]))
    items.append(Item(f"{FAMILY}_lowres_paid_in_full", "scan_lowres_150",
                      [(eob(F[3], "paidfull", "iso"), tr(F[3], "other", None, deadline=False,
                                                          type_alternates=["eob"]))]))
    items.append(Item(f"{FAMILY}_copy_spanish_eob_qpa", "photocopy",
                      [(eob(F[4], "qpa", "es", "es"), tr(F[4], "eob", "out_of_network", lang="es",
                                                          denial_alternates=["other"]))]))
    items.append(Item(f"{FAMILY}_phone_anesthesia_paid_at_qpa", "phone_photo",
                      [(eob(F[5], "qpa", "dmy"), tr(F[5], "eob", "out_of_network", denial_alternates=["other"]))]))
    items.append(Item(f"{FAMILY}_rotated_letter_assistant_not_allowed", "rotated",
                      [(letter(F[6], "abbr", "notallowed"), tr(F[6], "denial_letter", "not_covered"))]))
    return items
