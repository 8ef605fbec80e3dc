"""Family 'genetic_counseling_requirement_denial': a health insurer's decisions on genetic tests whose coverage
policy requires documented pre-test genetic counseling (by a board-certified genetic counselor or a medical
geneticist): prior-authorization denials to the member and to the laboratory, a laboratory claim denied on an EOB
because no authorization was on file, a request for the counseling note before a decision (pended), an internal
appeal that upholds the denial, one approval after the counseling note arrived, one in Spanish. The laboratory is
the provider named on each paper; the ordering physician decoys.

Issuer: Lanyard Mutual Health Insurance Company (logo word "LANYARD MUTUAL" over a line; parent line "Lanyard
Financial Group" above in two documents; return address block on the lab letters).
Decoys: the ordering physician and the genetic counselor, the lab's NPI and requisition number, the policy number
(MP-GEN-…), the specimen-received date, the peer-to-peer deadline, the 72-hour urgent appeal and the 4-month
external-review limit, the counseling line's timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvc import address, clinician, days, digits, fdate, iso, m2, mixed, money, npi, pairs, person, \
    phone, usd

FAMILY = "genetic_counseling_requirement_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Lanyard Mutual Health Insurance Company"
LABS = ["Helixbay Genomics Laboratory", "Cindermoss Molecular Diagnostics"]
TESTS = {"brca": ("81162", "BRCA1/BRCA2 full sequence and deletion/duplication analysis", 3180),
         "panel": ("81432", "Hereditary breast cancer-related disorders genomic sequence panel", 4210),
         "lynch": ("81435", "Hereditary colon cancer disorders genomic sequence panel", 3560),
         "exome": ("81415", "Exome sequence analysis", 7890),
         "cardio": ("81439", "Hereditary cardiomyopathy genomic sequence panel", 4620)}
LABELS = {1: ["Date", "Member", "Member ID", "Group number", "Case number", "Laboratory", "Date of service",
              "Amount billed"],
          2: ["Letter date", "Patient", "ID", "Group #", "Authorization request #", "Performing lab",
              "Planned collection date", "Charges"],
          3: ["Date of notice", "Patient name", "Subscriber/member no.", "Plan group", "Reference no.",
              "Testing laboratory", "Specimen collection", "Billed amount"],
          "es": ["Fecha", "Paciente", "Número de identificación", "Grupo", "Número de caso", "Laboratorio",
                 "Fecha prevista de la muestra", "Cargos"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, lab, ds, ms, lang, kind, test):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 240))
    svc = days(notice, r.randint(7, 21)) if kind in ("pa", "pa_es", "lab", "rfi", "approve") else \
        days(notice, -r.randint(30, 60))
    code, desc, base = TESTS[test]
    f = dict(lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, notice=notice, svc=svc, code=code, desc=desc,
             billed=round(base + r.randint(0, 400) + r.choice([0, 0.5, 0.75]), 2), member=person(r, lang),
             addr=address(r, lang), labname=r.choice(LABS), lnpi=npi(r), doc=clinician(r),
             gc="Wystan H. Cornforth, MS, CGC", mid=mixed(r, "LMH999999999"), grp=mixed(r, "999999-99"),
             case=mixed(r, "GT26-999999"), claim=digits(r, 11), appeal="APL-" + digits(r, 7), req="REQ" + digits(r, 7),
             ph=phone(r), box=digits(r, 4), pol="MP-GEN-" + digits(r, 3), recv=days(notice, -r.randint(3, 9)),
             orig=days(notice, -r.randint(35, 55)), p2p=days(notice, 14))
    f["fd"] = lambda x: fdate(x, ds)
    f["dl"] = days(notice, 180)
    return f


def letterhead(d, f, parent=False, block=False):
    if parent:
        d.text_line("A Lanyard Financial Group company", 7.6, h=4)
    d.text_line("LANYARD MUTUAL", 20, "B", h=9)
    d.rule(0.8, 1)
    d.text_line(f"{INS}  ·  Genetic Testing Review Unit  ·  {f['ph']}", 8.3, h=4.3)
    if block:
        d.text_line(f"PO Box {f['box']}  ·  Ithaca, NY 14851", 8.3, h=4.3)
    d.ln(4)


def reason(f) -> str:
    return (f"{INS} medical policy {f['pol']} covers {f['desc'].lower()} only when the member has had pre-test "
            "genetic counseling with a board-certified genetic counselor or medical geneticist, and the counseling "
            "note documents the personal and family history that meets the testing criteria.")


def build(f) -> bytes:
    L, fd, k, ms, es = f["lab"], f["fd"], f["kind"], f["ms"], f["lang"] == "es"
    d = Page(f"LMHIC  {f['pol']}  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f, parent=k in ("pa", "appeal"), block=k in ("lab", "eob"))
    if k == "eob":
        d.text_line("Explanation of Benefits", 13, "B", h=7)
        d.boxes([(L[0], fd(f["notice"]), 38), (L[1], f["member"], 60), (L[2], f["mid"], 40), (L[3], f["grp"], 38)])
        d.ln(3)
        d.text_line(f"Claim number {f['claim']}  ·  {L[5]}: {f['labname']} (NPI {f['lnpi']})", 9.4, "B", h=6)
        d.text_line(f"Ordered by {f['doc']}, MD  ·  Lab requisition {f['req']}  ·  Received {fd(f['recv'])}", 8.8)
        d.ln(2)
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Code"],
                [[fd(f["svc"]), f["code"], f["desc"][:42], usd(f["billed"], ms), usd(0, ms), usd(0, ms), "PA1"],
                 ["*Total", "", "", usd(f["billed"], ms), usd(0, ms), usd(0, ms), ""]],
                [25, 15, 66, 22, 15, 15, 12], size=8, aligns="LLLRRRL", head_fill=True)
        d.text_line("PA1", 9.4, "B")
        d.para("Prior authorization required; none on file. This genetic test needs approval before the specimen is "
               "collected. Approval is given when pre-test genetic counseling is documented. The laboratory may not "
               "bill you for this service.", 9.2)
        d.para("You may appeal within 180 days of the date of this statement. You may ask for an external review "
               "within 4 months after a final internal decision.", 9.2)
        d.para(f"Genetic counseling line: {f['ph']}, Monday to Friday 9 a.m. to 5 p.m. THIS IS NOT A BILL.", 8.6)
        return pdf_bytes(d)
    d.text_line(f"{L[0]}: {fd(f['notice'])}", 9.8, h=5.5)
    d.ln(2)
    d.font(9.8)
    to = [f["labname"], "Attn: Prior Authorization", f"NPI {f['lnpi']}"] if k == "lab" else \
        [f["member"], f["addr"][0], f["addr"][1]]
    d.multi_cell(90, 4.8, "\n".join(to), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["case"])]
    if k == "appeal":
        rows += [("Appeal number", f["appeal"]), ("Claim number", f["claim"])]
    rows += [(L[5], f["labname"]), ("Test" if not es else "Prueba", f"{f['code']} {f['desc']}" if not es else
             f"{f['code']} panel genético de cáncer hereditario"), (L[6], fd(f["svc"]))]
    if k == "appeal":
        rows.append((L[7], usd(f["billed"], ms)))
    pairs(d, rows, 52, 9.3, bold_keys=(L[4],))
    if es:
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Su médico, {f['doc']}, pidió nuestra aprobación previa para una prueba genética que haría "
               f"{f['labname']}. Denegamos la solicitud. Nuestra política médica {f['pol']} cubre esta prueba solo "
               "si usted recibió asesoría genética antes de la prueba con un asesor genético certificado, y la nota "
               "de esa asesoría muestra que cumple los criterios. No recibimos ninguna nota de asesoría genética.",
               9.8)
        d.para("Si recibe la asesoría, su médico puede enviar una nueva solicitud.", 9.8)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(f"Puede apelar a más tardar el {fd(f['dl'])}. Si su caso es urgente, la decisión se tomará en 72 "
               f"horas. Llame al {f['ph']}.", 9.6)
        d.para("Atentamente,\nUnidad de Revisión de Pruebas Genéticas", 9.6)
        return pdf_bytes(d)
    d.para("Dear Prior Authorization Team:" if k == "lab" else f"Dear {f['member']}:", 10)
    if k == "approve":
        d.para(f"We received the pre-test genetic counseling note from {f['gc']} for the test your doctor ordered. "
               f"The request now meets policy {f['pol']}, and we have approved it. Authorization {f['case']} is "
               f"valid for a specimen collected by {f['labname']} from {fd(f['svc'])} for 90 days.", 9.8)
        d.para("Your plan's usual cost sharing applies. Questions? Call us; we are here Monday to Friday, 9 a.m. to "
               "5 p.m.", 9.6)
        d.para(f"Sincerely,\n{INS}", 9.6)
        return pdf_bytes(d)
    if k == "rfi":
        d.para(f"We received a prior authorization request from {f['labname']} for the test above, ordered by "
               f"{f['doc']}, MD. Before we can decide, we need the note from your pre-test genetic counseling "
               "session. We have asked your doctor and the laboratory to send it.", 9.8)
        d.para(f"If we receive the note within 14 days, we will decide within 15 days after it arrives. {reason(f)}",
               9.6)
        d.para("We have not denied this request. You do not need to do anything now.", 9.6)
        d.para(f"Sincerely,\n{INS}", 9.6)
        return pdf_bytes(d)
    if k == "appeal":
        d.para(f"You appealed our decision of {fd(f['orig'])} to deny the claim from {f['labname']} for genetic "
               f"testing done on {fd(f['svc'])}. A board-certified medical geneticist who was not involved in the "
               "first decision reviewed your appeal.", 9.8)
        d.text_line("Decision: denial upheld", 10.5, "B", h=6)
        d.para(reason(f) + " The records sent with your appeal show the test was ordered at a routine office visit "
               "and no pre-test genetic counseling took place. The medical necessity criteria were not met.", 9.6)
        d.text_line("Your next step", 10.5, "B", h=6)
        d.para("This is our final internal decision. You may ask for an external review by an independent review "
               "organization within 4 months of the date you receive this letter.", 9.4)
        d.para(f"Sincerely,\nAppeals Unit, {INS}", 9.6)
        return pdf_bytes(d)
    if k == "lab":
        d.para(f"We received your prior authorization request on {fd(f['recv'])} (requisition {f['req']}), ordered "
               f"by {f['doc']}, MD. The request is not approved.", 9.6)
        d.para(reason(f) + " The request did not include a counseling note; the order form's box for genetic "
               "counseling was left blank.", 9.6)
        d.para(f"The ordering physician may ask for a peer-to-peer discussion by {fd(f['p2p'])}. You may appeal "
               "within 60 days of the date of this notice.", 9.4)
    else:
        d.para(f"Your doctor, {f['doc']}, MD, asked us to approve the genetic test above, to be performed by "
               f"{f['labname']}. We have denied this request for prior authorization because it is not medically "
               "necessary under our policy at this time.", 9.8)
        d.para(reason(f) + " We did not receive documentation that you had pre-test genetic counseling. If you "
               "complete counseling, your doctor may send a new request.", 9.6)
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        d.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your "
               "health, ask for an urgent appeal; we will decide within 72 hours.", 9.4)
    d.para("Sincerely,\n\nIngeborg T. Ravensworth, MD, FACMG\nMedical Director, Genetic Testing Review", 9.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den = {"pa": "medical_necessity", "pa_es": "medical_necessity", "lab": "medical_necessity",
           "eob": "prior_authorization", "appeal": "medical_necessity"}.get(k)
    dalt = {"eob": ["medical_necessity"]}.get(k, ["prior_authorization"] if den else [])
    doc = "other" if den is None else ("eob" if k == "eob" else "denial_letter")
    cases = [f["case"]]
    if k == "eob":
        cases = [f["claim"]]
    if k == "appeal":
        cases = [f["case"], f["appeal"], f["claim"]]
    amt = m2(f["billed"]) if k in ("eob", "appeal") else None
    dl = {"pa": iso(days(f["notice"], 180)), "pa_es": iso(f["dl"]), "lab": iso(days(f["notice"], 60)),
          "eob": iso(days(f["notice"], 180))}.get(k)
    return truth(doc, den, f["lang"], insurer=INS, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=cases, claim_amount=amt, service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]),
                 provider=f["labname"], appeal_deadline=dl, denial_alternates=dalt)


# (stem, condition, labels, date style, money style, lang, kind, test)
PLAN = [
    ("genetic_counseling_requirement_denial_bd_pa_denied_member", "born_digital", 1, "long", "plain", "en", "pa",
     "brca"),
    ("genetic_counseling_requirement_denial_bd_approved_after_counseling", "born_digital", 2, "slash", "plain", "en",
     "approve", "panel"),
    ("genetic_counseling_requirement_denial_scan_eob_no_auth", "scan_clean_300", 3, "abbr", "nosign", "en", "eob",
     "lynch"),
    ("genetic_counseling_requirement_denial_lowres_asesoria_es", "scan_lowres_150", "es", "es", "es", "es", "pa_es",
     "panel"),
    ("genetic_counseling_requirement_denial_rot_lab_notice", "rotated", 2, "iso", "plain", "en", "lab", "cardio"),
    ("genetic_counseling_requirement_denial_copy_counseling_note_requested", "photocopy", 3, "dmy", "plain", "en",
     "rfi", "lynch"),
    ("genetic_counseling_requirement_denial_faxf_appeal_upheld", "fax_fine_g4", 1, "upper", "usd", "en", "appeal",
     "exome"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, lab, ds, ms, lang, kind, test) in enumerate(PLAN):
        r = random.Random(93700 + i)
        f = facts(r, lab, ds, ms, lang, kind, test)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
