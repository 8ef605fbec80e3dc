"""Family 'blepharoplasty_visual_field_criteria_denial': prior-authorization denials, claim letters and EOBs for
upper eyelid blepharoplasty (CPT 15822/15823) or brow ptosis repair (67900) judged cosmetic because the visual field
test did not improve enough when the lids were taped, external photographs were missing, or the margin-reflex
distance (MRD1) was not documented. The oculoplastic surgeon (or the surgery practice) is the provider; the
referring optometrist, the visual-field test date, date of birth and peer-to-peer deadline are decoys. One approval,
one Spanish EOB, one fax stack (surgeon's office cover sheet + plan letter). All values invented.

Issuers: Veridane Health Plan (commercial; letters, EOB, approval), Saltmarsh Mutual Insurance Company (letters),
Cordillera Salud (plan in Puerto Rico; Spanish EOB).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "blepharoplasty_visual_field_criteria_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VE, SA, CS = "Veridane Health Plan", "Saltmarsh Mutual Insurance Company", "Cordillera Salud"
FIRST = ["Wilhelmina", "Chidi", "Rosalind", "Anatoly", "Ngaio", "Bernadette", "Seojin", "Ottilie", "Lazarus",
         "Perpetua"]
LAST = ["Castellane", "Obiora", "Rasmussen", "Kovalenko", "Tamatea", "Featherstone", "Baek", "Lindqvist-Oyama",
        "Marchbanks", "Adjei"]
FIRST_ES = ["Eulalia", "Wilfredo", "Maritza", "Nelson", "Yamilet"]
LAST_ES = ["Rosado", "Quiñones", "Maldonado", "Cintrón", "Batista"]
SURGEONS = [("Ingrid T. Vasquez-Holm, MD", "Lakeshore Oculofacial Plastic Surgery"),
            ("Desmond R. Achterberg, MD", "Northgate Eyelid & Orbit Center"),
            ("Parisa N. Golzari, MD", "Cedar Row Oculoplastics"),
            ("Tobias E. Wren, DO", "Halstead Eye & Facial Surgery")]
OPTOMS = ["Marisol K. Danforth, OD", "Ravi S. Venkataraman, OD", "Gunnar L. Poole, OD"]
PROCS = {"15822": "Blepharoplasty, upper eyelid", "15823": "Blepharoplasty, upper eyelid; with excessive skin "
         "weighting down lid", "67900": "Repair of brow ptosis (supraciliary, mid-forehead or coronal approach)"}
PROCS_ES = {"15823": "Blefaroplastia párpado superior (piel excesiva)", "67900": "Reparación de ptosis de ceja"}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(r, ins, ds, ms, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 210))
    surg, prac = r.choice(SURGEONS)
    return dict(ins=ins, ds=ds, ms=ms, notice=notice, planned=notice + dt.timedelta(days=r.randint(14, 40)),
                done=notice - dt.timedelta(days=r.randint(20, 50)), vf=notice - dt.timedelta(days=r.randint(30, 70)),
                dob=dt.date(r.randint(1946, 1975), r.randint(1, 12), r.randint(1, 27)),
                member=(f"{r.choice(FIRST_ES)} {r.choice('ABCDEFGJLMNR')}. {r.choice(LAST_ES)}" if es else
                        f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"),
                mid={VE: "VHP" + dig(r, 9), SA: "SMW" + dig(r, 6) + "-0" + dig(r, 1), CS: "CSP" + dig(r, 8)}[ins],
                group={VE: dig(r, 6), SA: "SM" + dig(r, 5), CS: "GRP-" + dig(r, 4)}[ins], surgeon=surg, prac=prac,
                optom=r.choice(OPTOMS), npi=r.choice("12") + dig(r, 9), auth="PA" + dig(r, 9),
                claim=dig(r, 11), phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}",
                untaped=r.randint(22, 34), taped_gain=r.randint(4, 9))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def head(d, f):
    if f["ins"] == VE:
        d.set_fill_color(40, 40, 40)
        d.rect(d.l_margin, d.get_y(), 6, 14, "F")
        d.set_x(d.l_margin + 9)
        d.font(17, "B")
        d.cell(0, 8, "Veridane Health Plan", new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 9)
        d.font(8.5)
        d.cell(0, 5, f"Clinical Review Department  |  88 Ferrule Street, Calder Bay, OR 97411  |  {f['phone']}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(5)
    elif f["ins"] == SA:
        d.text_line("SALTMARSH MUTUAL", 15, "B", "C")
        d.text_line("Insurance Company", 10, "", "C")
        d.text_line(f"Medical Management  -  PO Box 3318  -  Greywell, NH 03861  -  {f['phone']}", 8, "", "C")
        d.rule(0.5)
        d.ln(2)
    else:
        d.text_line("CORDILLERA SALUD", 18, "B")
        d.text_line(f"Apartado 19440, San Juan, PR 00919   Servicio al Cliente {f['phone']}", 8.5)
        d.rule(1.0)
        d.ln(2)


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5, a)
        d.font(size, "B")
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def reason(f, kind):
    return {
        "vf": f"The automated visual field test dated {D(f, f['vf'])} shows a superior field of {f['untaped']} "
              f"degrees with the eyelids in their natural position and an improvement of only {f['taped_gain']} "
              "degrees (less than 12 degrees, or 30 percent) with the lids taped up. The criteria for a functional "
              "(medically necessary) blepharoplasty are not met, so the surgery is considered cosmetic.",
        "photos": "Our criteria require external photographs (frontal, in primary gaze) showing the upper lid skin "
                  "resting on or over the lashes. No photographs were sent with the request, and the notes alone "
                  "do not show a functional problem. Without them the surgery is considered cosmetic.",
        "mrd": "Brow ptosis repair and blepharoplasty are covered only when the margin-reflex distance (MRD1) is "
               "2.5 mm or less, or the brow is documented below the supraorbital rim. The office notes do not "
               "record the MRD1 measurement, so the criteria for a functional repair are not met.",
    }[kind]


APPEAL_EN = ("Peer-to-peer: your surgeon may discuss this decision with the reviewing physician by calling {pp} "
             "by {ppd}. This is not an appeal. ")


def pa_letter(d, f, kind, codes, approve=False, amount=None, post=False):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    for ln in (f["member"], f"{random.Random(f['auth']).randint(14, 880)} Wicklow Terrace", "Calder Bay, OR 97412"):
        d.text_line(ln, 10)
    d.ln(3)
    title = ("Notice of Approval - Prior Authorization" if approve else
             "Notice of Claim Denial" if post else "Notice of Adverse Determination - Prior Authorization")
    d.text_line(title, 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
           ("Date of birth:", D(f, f["dob"])),
           ("Claim number:" if post else "Authorization request #:", f["claim"] if post else f["auth"]),
           ("Requesting surgeon:" if not post else "Surgeon:", f"{f['surgeon']}, {f['prac']}"),
           ("Referred by:", f["optom"]),
           ("Procedure(s):", ", ".join(f"{c} {PROCS[c][:34]}" for c in codes)),
           ("Date of surgery:" if post else "Requested surgery date:", D(f, f["done"] if post else f["planned"])),
           ("Amount billed:", M(f, amount) if amount else None)], 46)
    if approve:
        d.para(f"We approved the request from {f['surgeon']} for bilateral upper eyelid blepharoplasty. The visual "
               f"field test dated {D(f, f['vf'])} shows an improvement of {f['taped_gain'] + 10} degrees with taping, "
               "and the photographs and MRD1 measurement meet our criteria. This approval is valid for 90 days from "
               "the requested date and only while you are a member. It is not a guarantee of payment.")
        d.para("No action is needed from you.")
    else:
        d.para(("We denied the claim for the surgery listed above. " if post else
                "We reviewed your surgeon's request and cannot approve it. ") + reason(f, kind))
        d.para("This decision was made by a board-certified ophthalmologist using " + f["ins"].split()[0] + " Medical Policy "
               "MP-OPH-114 (Blepharoplasty and Brow Ptosis Repair). You may ask for a free copy of the policy.", 9.5)
        d.para(APPEAL_EN.format(pp=f["phone"], ppd=D(f, f["notice"] + dt.timedelta(days=7))) +
               ("You have the right to appeal. Your written appeal must be received within 180 days of the date of "
                "this letter." if f["dl"] == "days" else
                f"You have the right to appeal. Send your written appeal so that we receive it by {D(f, f['dead'])}."),
               9.5)
        d.para("You may also ask for an independent external review after the appeal. Expedited appeals are decided "
               "within 72 hours when waiting could seriously jeopardize your health.", 8.8)
    d.ln(2)
    d.text_line("Utilization Management", 10)
    d.text_line(f["ins"], 10)


def eob(d, f, lines, es=False):
    d.add_page()
    head(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    L = (("Paciente:", "Núm. de asegurado:", "Grupo:", "Fecha de nacimiento:", "Fecha de emisión:", "Reclamación:",
          "Proveedor:", "Referido por:") if es else
         ("Patient:", "Member ID:", "Group:", "Birth date:", "Issue date:", "Claim #:", "Provider:", "Referred by:"))
    vals = (f["member"], f["mid"], f["group"], D(f, f["dob"]), D(f, f["notice"]), f["claim"],
            f"{f['prac']} ({f['surgeon']})", f["optom"])
    kv(d, list(zip(L, vals)), 42)
    rows, tot = [], 0.0
    for code, amt in lines:
        tot += amt
        rows.append([D(f, f["done"]), code, (PROCS_ES if es else PROCS)[code][:30], M(f, amt), M(f, 0), M(f, amt),
                     "CX7"])
    rows.append(["*Total", "", "", M(f, tot), M(f, 0), M(f, tot), ""])
    head_ = (["Fecha", "Código", "Servicio", "Facturado", "Pagado", "Su respons.", "Nota"] if es else
             ["Date", "Code", "Service", "Billed", "Plan paid", "Your share", "Note"])
    d.table(head_, rows, [24, 16, 58, 24, 20, 22, 12], 8.4, "LLLRRRL")
    if es:
        d.para("CX7 - Servicio cosmético no cubierto. La prueba de campo visual no mostró mejoría suficiente con los "
               "párpados levantados con cinta adhesiva (menos de 12 grados o 30 por ciento), por lo que la "
               "cirugía se considera cosmética según su contrato.", 9)
        d.para("Derecho a apelar: usted puede apelar esta decisión dentro de 180 días a partir de la fecha de esta "
               f"explicación. Llame al {f['phone']} o escriba a Apelaciones, Apartado 19441, San Juan, PR 00919.", 9)
    else:
        d.para("CX7 - " + reason(f, "vf"), 9)
        d.para(f"Appeal rights: you may appeal within 180 days of the date of this statement by writing to Veridane "
               f"Appeals, 88 Ferrule Street, Calder Bay, OR 97411, or by calling {f['phone']}.", 9)
    return tot


def cover(f):
    d = Page()
    d.add_page()
    d.text_line(f["prac"], 14, "B")
    d.text_line("FACSIMILE TRANSMITTAL", 11)
    d.ln(4)
    kv(d, [("To:", f"{f['member']} (patient)"), ("Fax:", f"1-541-{dig(random.Random(f['auth']), 3)}-0193"),
           ("From:", f"Surgery scheduling, {f['prac']}"), ("Date:", D(f, f["notice"] + dt.timedelta(days=2))),
           ("Pages:", "2 (including this page)")], 26, 11)
    d.para("Your insurance company's decision on the eyelid surgery request is attached. Our office has asked for a "
           "peer-to-peer review. Please call us before your pre-operative visit.", 10)
    return pdf_bytes(d)


def build(seed, kind, ins, ds, ms, form, codes=("15822",), es=False, dl="days", amounts=None):
    r = random.Random(seed)
    f = facts(r, ins, ds, ms, es)
    f["dl"] = dl
    f["dead"] = f["notice"] + dt.timedelta(days=180 if dl == "days" else 90)
    d = Page()
    alts = {"provider": [f["surgeon"]] if f["prac"] else []}
    if form == "eob":
        tot = eob(d, f, list(zip(codes, amounts)), es)
        dtype, denial, cases, amt, svc = "eob", "not_covered", [f["claim"]], m2(tot), f["done"]
        dalt, dead, prov = ["medical_necessity"], f["notice"] + dt.timedelta(days=180), f["prac"]
    else:
        amt = sum(amounts) if amounts else None
        pa_letter(d, f, kind, codes, approve=kind == "approve", amount=amt, post=form == "post")
        amt = m2(amt) if amt else None
        if kind == "approve":
            dtype, denial, dalt, dead = "other", None, [], None
        else:
            dtype, denial, dead = "denial_letter", "medical_necessity", f["dead"]
            dalt = ["not_covered"] + (["other"] if kind in ("photos", "mrd") else [])
        cases = [f["claim"] if form == "post" else f["auth"]]
        svc = f["done"] if form == "post" else f["planned"]
        prov = f["surgeon"]
        alts = {"provider": [f["prac"]]}
    t = truth(dtype, denial, lang="es" if es else "en", insurer=ins, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=cases, claim_amount=amt, service_dates=[iso(svc)],
              denial_date=iso(f["notice"]), provider=prov, appeal_deadline=dead and iso(dead), alternates=alts,
              denial_alternates=dalt)
    return f, pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    out = []
    f, p, t = build(168600, "vf", VE, "long", "plain", "pa", ("15822",))
    out.append(Item(f"{FAMILY}_pa_taped_field", "born_digital", [(p, t)]))
    f, p, t = build(168601, "photos", SA, "slash", "plain", "pa", ("15823",), dl="date")
    out.append(Item(f"{FAMILY}_fax_cover_photos_missing", "fax_fine_g4", [(p, t)], separators=[cover(f)]))
    f, p, t = build(168602, "vf", VE, "slash", "plain", "eob", ("15823", "67900"), amounts=[2840.00, 3175.50])
    out.append(Item(f"{FAMILY}_eob_cosmetic", "scan_clean_300", [(p, t)]))
    f, p, t = build(168603, "mrd", SA, "iso", "nosign", "pa", ("67900", "15822"))
    out.append(Item(f"{FAMILY}_pa_mrd_not_documented", "scan_lowres_150", [(p, t)]))
    f, p, t = build(168604, "approve", VE, "abbr", "plain", "pa", ("15822",))
    out.append(Item(f"{FAMILY}_approval", "born_digital", [(p, t)]))
    f, p, t = build(168605, "vf", CS, "es", "plain", "eob", ("15823",), es=True, amounts=[2415.00])
    out.append(Item(f"{FAMILY}_eob_es_cosmetico", "photocopy", [(p, t)]))
    f, p, t = build(168606, "vf", SA, "dmy", "plain", "post", ("15823",), dl="date", amounts=[3320.75])
    out.append(Item(f"{FAMILY}_claim_letter_after_surgery", "rotated", [(p, t)]))
    return out
