"""Family 'claim_pended_records_request': an invented plan's letters that a claim is pended while records are asked
for by a due date (nothing denied yet), and the follow-up denials when the records never came.

Issuers: Brightmoor Health Plan (a logo word "BRIGHTMOOR" over a line, the full name and a return address below) and
Foxcombe Mutual Benefit Association (parent line "Vetchley Financial Holdings" above the name, a return address block
at the right). Kinds: a pend letter to the member (English, Spanish), a pend letter to the provider's office about the
member's claim, an EOB with the claim shown as pended, a denial naming "records not received", a denial in plain words
(we wrote twice and heard nothing), an EOB whose remark says the records did not arrive by the due date. Decoys: the
records due date (not an appeal deadline), the claim received date, the first request's date, the patient account
number, NPI, the 30-day processing timetable sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsc import (address, clinician, days, digits, fdate, iso, local_phone, m2, mixed, money, npi,
                              person, phone, usd)

FAMILY = "claim_pended_records_request"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
A = "Brightmoor Health Plan"
B = "Foxcombe Mutual Benefit Association"
SERVICES = [("Arthroscopic knee surgery (29881)", "Ollerton Surgical Center", "operative report"),
            ("Upper endoscopy with biopsy (43239)", "Pellwood Endoscopy Suite", "procedure note and pathology report"),
            ("Inpatient stay, pneumonia", "Sloeberry Regional Hospital", "admission history and discharge summary"),
            ("Physical therapy evaluation (97163)", "Pellwood Rehab Partners", "plan of care and progress notes")]
LABELS = {
    1: ["Member", "Member ID", "Group number", "Claim number", "Date(s) of service", "Provider", "Amount billed"],
    2: ["Patient", "Identification no.", "Group", "Claim #", "Service date", "Treating provider", "Total charges"],
    3: ["Name", "Subscriber ID", "Employer group no.", "Reference no.", "Dates of service", "Rendering provider",
        "Charges"],
    "es": ["Afiliado", "Número de identificación", "Grupo", "Número de reclamación", "Fecha de servicio", "Proveedor",
           "Cargos facturados"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, ms: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    svc = r.choice(SERVICES[:2] + SERVICES[3:]) if kind != "deny_plain" else SERVICES[2]
    start = days(notice, -r.randint(35, 70))
    end = days(start, r.randint(2, 5)) if svc[0].startswith("Inpatient") else None
    doc = clinician(r)
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, notice=notice, member=person(r, lang),
             addr=address(r, lang), mid=mixed(r, "FX9A99999999") if ins == B else mixed(r, "BHP-99999-99"),
             grp=digits(r, 6) if ins == B else mixed(r, "GR-9999"), claim=mixed(r, "99999A999999"),
             recv=days(start, r.randint(6, 15)), start=start, end=end, svc=svc, doc=doc, npi=npi(r),
             acct=mixed(r, "PA99999999"), billed=money(r, 700, 14000) if end else money(r, 260, 6400),
             due=days(notice, r.choice([30, 45])), first=days(notice, -r.randint(40, 50)), ph=phone(r),
             fax=local_phone(r), box=digits(r, 4), app=r.choice(["stmt", "date"]))
    f["dl"] = days(notice, 180)
    f["fd"] = lambda x: fdate(x, ds)
    return f


def dates_text(f: dict) -> str:
    if f["end"]:
        return f"{f['fd'](f['start'])} - {f['fd'](f['end'])}"
    return f["fd"](f["start"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == A:
        d.text_line("BRIGHTMOOR", 22, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(A + "  ·  Claims Review Unit", 9, h=4.5)
        d.text_line(f"PO Box {f['box']}  ·  Mankato, MN 56001  ·  Fax {f['fax']}", 8.5, h=4.5)
    else:
        d.text_line("Vetchley Financial Holdings", 8, h=4)
        y = d.get_y()
        d.text_line(B, 14, "B", h=7)
        d.text_line("Medical Claims Department", 9, h=4.5)
        d.set_xy(140, y)
        d.font(8)
        d.multi_cell(0, 3.8, f"Return to:\nPO Box {f['box']}\nJoplin, MO 64801", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.3, 2)
    d.ln(4)


def id_block(d: Page, f: dict, provider_row: bool = True) -> None:
    L = f["lab"]
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["claim"]), (L[4], dates_text(f))]
    if provider_row:
        rows.append((L[5], f"Dr. {f['doc']}"))
    rows.append((L[6], usd(f["billed"], f["ms"])))
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(48, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def appeal(f: dict) -> str:
    if f["app"] == "stmt":
        return ("If you disagree with this decision, you may file an appeal within 180 days of the date of this "
                "letter.")
    return f"If you disagree with this decision, your written appeal must reach us no later than {f['fd'](f['dl'])}."


def build_letter(f: dict) -> bytes:
    kind = f["kind"]
    d = Page(f"{'BHP' if f['ins'] == A else 'FMBA'}-CLM-{kind.upper()[:4]} Rev 01/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    if kind == "pend_provider":
        d.text_line(f"Dr. {f['doc']}", 10, h=5)
        d.text_line(f"{f['svc'][1]}", 10, h=5)
        d.text_line(f"Attn: Medical Records  ·  NPI {f['npi']}", 10, h=5)
    else:
        for ln in [f["member"], *f["addr"]]:
            d.text_line(ln, 10, h=5)
    d.ln(4)
    if f["lang"] == "es":
        return build_es(d, f)
    id_block(d, f, provider_row=kind != "deny_plain")
    svc, doc = f["svc"], f["doc"]
    if kind in ("pend", "pend_provider"):
        d.text_line("Request for medical records - claim pended", 11.5, "B", h=6)
        who = "Dear Provider:" if kind == "pend_provider" else f"Dear {f['member']}:"
        d.para(who, 10)
        d.para(f"We received the claim for {svc[0].lower()} at {svc[1]} on {f['fd'](f['recv'])}. Before we can "
               f"decide it, we need to see the {svc[2]}. The claim is on hold (pended) until we receive them. "
               "Nothing has been denied.", 10)
        if kind == "pend_provider":
            d.para(f"Please send the {svc[2]} for patient {f['member']} (patient account {f['acct']}) by "
                   f"{f['fd'](f['due'])}. Fax them to {f['fax']} or mail them to the address above with a copy of "
                   "this letter. A copy of this letter has been sent to the member.", 10)
        else:
            d.para(f"We have asked Dr. {doc} to send these records. Please remind the office that they must reach "
                   f"us by {f['fd'](f['due'])}. You do not need to send anything yourself unless you have the "
                   "records.", 10)
        d.para("Once we receive the records we will finish reviewing the claim within 30 days. If the records do not "
               "arrive by the due date, we may have to deny the claim, and we will write to you if we do.", 10)
        d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday through Friday.", 10)
    else:
        d.text_line("Claim denied - requested records not received", 11.5, "B", h=6)
        d.para(f"Dear {f['member']}:", 10)
        if kind == "deny_kw":
            d.para(f"On {f['fd'](f['first'])} we asked Dr. {doc} for the {svc[2]} we need to process this claim, "
                   f"due by {f['fd'](days(f['first'], 30))}.", 10)
            d.para("Denial reason: RECORDS NOT RECEIVED. The information requested was not received within the time "
                   "allowed, so the claim has been denied. The amount billed is not payable at this time.", 10)
        else:
            d.para(f"Your stay at {svc[1]} from {f['fd'](f['start'])} to {f['fd'](f['end'])} was billed to us for "
                   f"{usd(f['billed'], f['ms'])}. Your attending physician was Dr. {doc}.", 10)
            d.para(f"We wrote to the hospital on {f['fd'](f['first'])} and again on "
                   f"{f['fd'](days(f['first'], 21))} asking for the {svc[2]}. We have not heard back. Without those "
                   "papers we cannot tell what care was given, so we are unable to pay this claim.", 10)
        d.para("If the provider sends the records later, we will look at the claim again. Sending them does not "
               "extend your time to appeal.", 10)
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        d.para(appeal(f) + f" Send it to the address above or fax it to {f['fax']}. You may ask for copies of all "
               "documents about your claim free of charge. If waiting would seriously harm your health you may ask "
               "for an expedited appeal, decided within 72 hours.", 10)
    d.ln(2)
    d.para("Sincerely,\n\nClaims Review Unit\n" + f["ins"], 10)
    return pdf_bytes(d)


def build_es(d: Page, f: dict) -> bytes:
    L = f["lab"]
    for k, v in [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["claim"]),
                 (L[4], f["fd"](f["start"])), (L[5], f"Dr. {f['doc']}"), (L[6], usd(f["billed"], f["ms"]))]:
        d.set_font("DejaVu", "B", 9)
        d.cell(55, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Solicitud de expedientes médicos - reclamación en espera", 11.5, "B", h=6)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Recibimos la reclamación de {f['svc'][1]} el {f['fd'](f['recv'])}. Para poder tomar una decisión "
           f"necesitamos el informe del procedimiento. La reclamación queda en espera hasta recibirlo. No hemos "
           "negado nada.", 10)
    d.para(f"Le pedimos al consultorio del Dr. {f['doc']} que nos envíe los expedientes a más tardar el "
           f"{f['fd'](f['due'])}. Si no los recibimos para esa fecha, es posible que tengamos que negar la "
           "reclamación y le enviaremos una carta.", 10)
    d.para(f"Si tiene preguntas, llame a Servicios al Afiliado al {f['ph']} (TTY 711).", 10)
    d.para("Atentamente,\n\nUnidad de Revisión de Reclamaciones\n" + f["ins"], 10)
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    d = Page(f"FMBA-EOB 11/25   Statement {f['claim']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B", h=6)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    L = f["lab"]
    for k, v in [("Statement date", f["fd"](f["notice"])), (L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(42, 5, k + ":")
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    ms = f["ms"]
    code = "N12" if f["kind"] == "pend_eob" else "D47"
    st = "PENDED" if f["kind"] == "pend_eob" else "DENIED"
    d.table([L[3], L[4], "Provider", "Billed", "Allowed", "Plan paid", "Status", "Remark"],
            [[f["claim"], fdate(f["start"], "slash"), f"Dr. {f['doc']}", usd(f["billed"], ms), usd(0, ms),
              usd(0, ms), st, code]],
            [25, 27, 42, 19, 15, 17, 15, 13], size=7.6, aligns="LLLRRRLL")
    d.text_line("Remarks", 9.5, "B", h=5.5)
    if code == "N12":
        d.para(f"N12 - We need the {f['svc'][2]} from your provider to process this claim. We asked for it on "
               f"{f['fd'](f['notice'])}; it is due by {f['fd'](f['due'])}. This claim is not denied. You owe "
               "nothing now.", 8.8)
    else:
        d.para(f"D47 - Denied. We asked your provider for the {f['svc'][2]} on {f['fd'](f['first'])}. The records "
               f"were not received by the due date of {f['fd'](days(f['first'], 30))}.", 8.8)
        d.text_line("Appeal rights", 9.5, "B", h=5.5)
        d.para(appeal(f) + f" Call {f['ph']} for help.", 8.8)
    d.para(f"Received {f['fd'](f['recv'])}. Patient account {f['acct']}. Provider NPI {f['npi']}.", 8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    den = None if kind.startswith("pend") else "other"
    dtype = "eob" if kind.endswith("eob") else ("other" if den is None else "denial_letter")
    dl = None
    if den:
        dl = iso(f["dl"])
    alts = {"provider": [f["svc"][1]]}
    extra = {}
    if kind == "pend_eob":
        extra["type_alternates"] = ["other"]
    return truth(dtype, den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]), provider=f["doc"],
                 appeal_deadline=dl, alternates=alts, **extra)


# (stem, condition, kind, insurer, label set, date style, money style, lang)
PLAN = [
    ("claim_pended_records_request_bd_pend_letter", "born_digital", "pend", A, 1, "long", "plain", "en"),
    ("claim_pended_records_request_bd_denied_records_not_received", "born_digital", "deny_kw", A, 2, "slash",
     "plain", "en"),
    ("claim_pended_records_request_scan_pended_eob", "scan_clean_300", "pend_eob", B, 3, "abbr", "nosign", "en"),
    ("claim_pended_records_request_lowres_denial_plain_words", "scan_lowres_150", "deny_plain", B, 1, "dmy", "usd",
     "en"),
    ("claim_pended_records_request_copy_carta_espera", "photocopy", "pend", A, "es", "es", "es", "es"),
    ("claim_pended_records_request_photo_provider_request", "phone_photo", "pend_provider", B, 2, "iso", "bare",
     "en"),
    ("claim_pended_records_request_faxf_denied_eob", "fax_fine_g4", "deny_eob", B, 3, "slash", "plain", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, lang) in enumerate(PLAN):
        r = random.Random(94000 + i)
        f = facts(r, kind, ins, lab, ds, ms, lang)
        pdf = build_eob(f) if kind.endswith("eob") else build_letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
