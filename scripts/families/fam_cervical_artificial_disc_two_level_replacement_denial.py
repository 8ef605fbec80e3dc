"""Two-level cervical artificial disc replacement: one level approved, the second refused (invented plan).

Invented commercial plan, spine surgeons, hospital and numbers; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth
from kit_rounddb_famdba import band, fax_line, heading, labels, plus, wrapped_head_table

FAMILY = "cervical_artificial_disc_two_level_replacement_denial"
LANG = "en"
SEED = 350000
PLAN = "Tamarack Mutual Health Plan"
PADDR = "1200 Larchmont Parkway, Suite 400, Boise, ID 83702  -  Customer Care 1-877-555-0133"
SPINE = "Ridgeline Spine & Neurosurgery"
HOSP = "St. Aldric Regional Medical Center"


def base(r: Rand, lang="en"):
    notice = dt.date(2026, r.randint(1, 9), r.randint(1, 28))
    name, first, mid, last = r.person(lang)
    return dict(notice=notice, name=name, first=first, last=last, addr=r.address(lang),
                mid_id=f"TMH{r.digits(9)}", group=f"G-{r.digits(5)}", plan=f"PPO-{r.letters(2)}{r.digits(2)}",
                surgeon=f"Dr. {r.person()[0]}", dob=dt.date(r.randint(1960, 1995), r.randint(1, 12), r.randint(1, 28)))


def appeal_text(notice, size=9.2):
    return ("You or your authorized representative may file an internal appeal within 180 days of the date of "
            "this letter. Send it to Tamarack Mutual Appeals, PO Box 5557, Boise, ID 83701, or fax 1-877-555-0139. "
            "Urgent appeals are decided within 72 hours. After the internal appeal you may ask for an external "
            "review by an independent review organization within 4 months of the final decision.")


def doc_preservice_bd(r: Rand):
    f = base(r)
    ref = f"UM{r.digits(8)}"
    planned = plus(f["notice"], r.randint(14, 30))
    d = Doc(footer=PLAN + " - Utilization Management - page {p} of {n}")
    d.add_page()
    band(d, PLAN, PADDR)
    d.text_line(fmt_date(f["notice"], "long"))
    d.ln(2)
    for line in (f["name"], *f["addr"]):
        d.text_line(line, 10)
    d.ln(3)
    d.text_line("Coverage determination: partial approval", 13, "B", h=7)
    labels(d, [("Patient", f["name"]), ("Member ID", f["mid_id"]), ("Group", f["group"]), ("Plan", f["plan"]),
               ("Reference", ref), ("Surgeon", f["surgeon"]), ("Facility", HOSP),
               ("Planned surgery date", fmt_date(planned, "slash")), ("Date received", fmt_date(plus(f["notice"], -6), "slash"))],
           lw=44)
    d.table(["Code", "Description", "Level", "Decision"],
            [["22856", "Cervical total disc arthroplasty, single interspace", "C5-C6", "Approved"],
             ["22858", "Arthroplasty, second level (add-on)", "C6-C7", "Denied"]], [22, 92, 22, 30])
    heading(d, "Reason for the denied level")
    d.para("Our Medical Policy MP-7.01.108 (Cervical Artificial Intervertebral Disc) covers disc replacement at "
           "one level. Replacement at two contiguous levels with the requested device is considered "
           "investigational: the long-term safety and effectiveness of two-level arthroplasty has not been "
           "established. Anterior cervical discectomy and fusion remains available at the second level.")
    heading(d, "Your appeal rights")
    d.para(appeal_text(f["notice"]))
    t = truth("denial_letter", "experimental", insurer=PLAN, member_id=f["mid_id"], group_number=f["group"],
              plan_id=f["plan"], member_name=f["name"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 180).isoformat(), unscored=["plan_id"])
    return pdf_bytes(d), t


def doc_surgeon_fax(r: Rand):
    f = base(r)
    ref = f"UM{r.digits(8)}"
    ld = f["notice"]
    planned = plus(ld, 25)
    d = Doc()
    d.add_page()
    fax_line(d, f"{fmt_date(ld, 'iso')} 16:42  {SPINE}  FAX 208-555-0181  ->  1-877-555-0139   PAGE 001")
    band(d, SPINE, "Cervical and Lumbar Spine Surgery  -  88 Foothill Road, Boise, ID 83706  -  208-555-0180",
         dark=False)
    d.text_line(fmt_date(ld, "upper"))
    d.ln(2)
    d.para(f"Tamarack Mutual Health Plan, Medical Director\nRe: {f['name']}  -  Member ID {f['mid_id']}  -  "
           f"Reference {ref}")
    d.para(f"I am asking for reconsideration of the partial denial for my patient {f['name']} (DOB "
           f"{fmt_date(f['dob'], 'slash')}). Imaging shows soft disc herniations at C5-C6 and C6-C7 with "
           "radiculopathy at both levels and preserved motion. A fusion at C6-C7 next to an arthroplasty at "
           "C5-C6 would load the adjacent segment. The device has FDA approval for two contiguous levels.")
    d.para(f"Surgery is scheduled for {fmt_date(planned, 'long')}. Please call my office at 208-555-0180.")
    d.para(f"Respectfully,\n\n{f['surgeon']}, MD\nNPI {r.npi()}")
    t = truth("other", None, member_id=f["mid_id"], member_name=f["name"], case_numbers=[ref],
              service_dates=[planned.isoformat()], denial_date=ld.isoformat(), provider=f["surgeon"],
              unscored=["insurer", "denial_date"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_eob_lowres(r: Rand):
    f = base(r)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(20, 45))
    claims = []
    specs = [(f["surgeon"], [("22856", "Disc arthroplasty C5-C6", 1), ("22858", "Addl level C6-C7", 0)]),
             ("Sawtooth Anesthesia Partners", [("00600", "Anesthesia, cervical spine", 1)]),
             (HOSP, [("0360", "Operating room services", 1), ("0278", "Implants", 1)])]
    rows = []
    for prov, lines in specs:
        no = f"{r.digits(3)}-{r.digits(8)}"
        tot = 0.0
        den = False
        for code, desc, ok in lines:
            b = float(r.amount(900, 9000))
            tot += b
            allowed = round(b * 0.6, 2) if ok else 0.0
            den = den or not ok
            rows.append([no, code, desc, fmt_money(b, "nosign"), fmt_money(allowed, "nosign"),
                         fmt_money(round(allowed * 0.8, 2), "nosign"), "" if ok else "X42"])
        claims.append((no, prov, round(tot, 2), den))
    d = Doc(orientation="L", footer=PLAN + " | Explanation of Benefits | page {p}")
    d.add_page()
    band(d, PLAN, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    labels(d, [("Statement date", fmt_date(stmt, "abbr")), ("Member", f["name"]), ("Member ID", f["mid_id"]),
               ("Group", f["group"]), ("Date of service", fmt_date(svc, "slash"))], lw=40)
    wrapped_head_table(d, [("Claim", "number"), ("Proc.", "code"), ("Service", ""), ("Billed", "amount"),
                           ("Plan", "allowed"), ("Plan", "paid"), ("Remark", "")], rows,
                       [36, 18, 70, 30, 30, 30, 20], aligns="LLLRRRL")
    d.para("X42 - The second-level cervical disc arthroplasty is investigational under medical policy "
           "MP-7.01.108 and is not covered. You may appeal within 180 days of the date of this statement.", 9)
    no, prov, tot, _ = claims[0]
    d.para(f"Claim {no} from {prov}: total billed {fmt_money(tot)}.", 9)
    t = truth("eob", "experimental", insurer=PLAN, member_id=f["mid_id"], group_number=f["group"],
              member_name=f["name"], case_numbers=[no], claim_amount=m2(tot), service_dates=[svc.isoformat()],
              denial_date=stmt.isoformat(), provider=prov, appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_hospital_bill_copy(r: Rand):
    f = base(r)
    adm = plus(f["notice"], -r.randint(30, 60))
    dis = plus(adm, 1)
    acct = r.digits(10)
    lines = [("0120", "Room & board semi-private", float(r.amount(2400, 3600))),
             ("0360", "Operating room services", float(r.amount(9000, 15000))),
             ("0278", "Implants - cervical disc x2", float(r.amount(18000, 26000))),
             ("0370", "Anesthesia", float(r.amount(1500, 3000)))]
    tot = round(sum(x[2] for x in lines), 2)
    d = Doc(footer=HOSP + " - Patient Financial Services 208-555-0150")
    d.add_page()
    band(d, HOSP, "PATIENT STATEMENT  -  400 River Bend Drive, Boise, ID 83702")
    labels(d, [("Statement date:", fmt_date(f["notice"], "slash")), ("Patient:", f["name"]),
               ("Account number:", acct), ("Admitted:", fmt_date(adm, "slash")), ("Discharged:", fmt_date(dis, "slash")),
               ("Insurance on file:", f"{PLAN}, ID {f['mid_id']}")])
    d.table(["Rev", "Description", "Charges"], [[a, b, fmt_money(c)] for a, b, c in lines] +
            [["*", "TOTAL CHARGES", fmt_money(tot)]], [20, 110, 40], aligns="LLR")
    d.para("Your insurance denied part of this stay (second-level implant). Amount now due from you is shown on "
           "the remittance stub. Please pay within 30 days.", 9.5)
    t = truth("other", None, member_id=f["mid_id"], member_name=f["name"], claim_amount=m2(tot),
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=HOSP, unscored=["insurer", "claim_amount"])
    return pdf_bytes(d), t


def doc_es_photo(r: Rand):
    f = base(r, "es")
    ref = f"UM{r.digits(8)}"
    planned = plus(f["notice"], 20)
    d = Doc(footer=PLAN + " - Servicio al Cliente 1-877-555-0133")
    d.add_page()
    band(d, PLAN, "Carta de determinación de cobertura")
    d.text_line(fmt_date(f["notice"], "es"))
    d.ln(2)
    for line in (f["name"], *f["addr"]):
        d.text_line(line, 10)
    d.ln(4)
    d.para(f"Estimado/a {f['first']} {f['last']}: recibimos la solicitud de {f['surgeon']} para un reemplazo de "
           f"disco cervical artificial en dos niveles (C4-C5 y C5-C6) programado para el "
           f"{fmt_date(planned, 'es')}. Su número de miembro es {f['mid_id']} y el número de referencia de esta "
           f"solicitud es {ref}.")
    d.para("Hemos negado la solicitud. Sus radiografías muestran artrosis avanzada de las facetas y pérdida de "
           "movimiento en ambos niveles; en ese caso la fusión cervical anterior es el tratamiento estándar y el "
           "reemplazo de disco no es médicamente necesario según nuestra política médica.")
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
           "carta. Las apelaciones urgentes se deciden dentro de 72 horas. Llame al 1-877-555-0133.")
    d.para("Atentamente,\nDepartamento de Revisión Médica")
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=PLAN, member_id=f["mid_id"],
              member_name=f["name"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_overturn_bd(r: Rand):
    f = base(r)
    appeal = f"APP-{r.digits(6)}"
    planned = plus(f["notice"], 18)
    d = Doc(footer=PLAN + " Appeals Unit")
    d.add_page()
    band(d, PLAN, PADDR, dark=False)
    d.text_line(fmt_date(f["notice"], "wlong"))
    d.ln(3)
    d.para(f"{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}")
    d.text_line(f"Re: Appeal {appeal}  -  Member ID {f['mid_id']}", 10, "B")
    d.ln(2)
    d.para(f"We have completed the review of your appeal about the second level of your cervical disc "
           f"replacement. An independent orthopedic spine surgeon reviewed the records sent by {f['surgeon']}. "
           "The reviewer found that you meet the plan's criteria for a two-level procedure.")
    d.para(f"We have reversed our earlier decision. Both levels (C5-C6 and C6-C7) are approved for surgery on "
           f"{fmt_date(planned, 'long')} at {HOSP}. Normal cost sharing applies.")
    d.para("Questions? Call 1-877-555-0133.")
    t = truth("other", None, insurer=PLAN, member_id=f["mid_id"], member_name=f["name"], case_numbers=[appeal],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=f["surgeon"])
    return pdf_bytes(d), t


def stack_docs(r: Rand):
    f = base(r)
    appeal = f"APP-{r.digits(6)}"
    ref = f"UM{r.digits(8)}"
    planned = plus(f["notice"], 15)
    d1 = Doc(footer=PLAN + " - Appeals - page {p} of {n}", header=f"{f['name']} - Appeal {appeal} (continued)")
    d1.add_page()
    band(d1, PLAN, PADDR)
    d1.text_line(fmt_date(f["notice"], "long"))
    d1.ln(2)
    d1.text_line("Appeal decision", 13, "B", h=7)
    labels(d1, [("Member:", f["name"]), ("ID number:", f["mid_id"]), ("Group:", f["group"]),
                ("Appeal no.:", appeal), ("Original ref.:", ref), ("Surgeon:", f["surgeon"]),
                ("Proposed date:", fmt_date(planned, "slash"))], lw=34)
    d1.para("A board-certified neurosurgeon reviewed your appeal of the denial of cervical disc replacement at "
            "the second level (C6-C7). The reviewer agreed that two-level arthroplasty with the device requested "
            "remains investigational under Medical Policy MP-7.01.108. We uphold the denial. The first level "
            "(C5-C6) stays approved.")
    d1.add_page()
    heading(d1, "External review")
    d1.para("You have the right to ask for an external review by an independent review organization within 4 "
            "months of the date of this letter. Send your request to the Idaho Department of Insurance. This is "
            "the plan's final internal decision.", 9.5)
    t1 = truth("denial_letter", "experimental", insurer=PLAN, member_id=f["mid_id"], group_number=f["group"],
               member_name=f["name"], case_numbers=[appeal, ref], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=f["surgeon"])
    bd = plus(f["notice"], 40)
    svc = plus(planned, 0)
    lines = [("22856", "Arthroplasty C5-C6", float(r.amount(7000, 9500))),
             ("22858", "Arthroplasty addl level C6-C7", float(r.amount(3500, 5200))),
             ("63081", "Discectomy, decompression", float(r.amount(2000, 3500)))]
    tot = round(sum(x[2] for x in lines), 2)
    d2 = Doc(footer=SPINE + " billing office 208-555-0182")
    d2.add_page()
    band(d2, SPINE, "STATEMENT OF ACCOUNT", dark=False)
    labels(d2, [("Statement date", fmt_date(bd, "dmy")), ("Patient", f["name"]), ("Account #", r.digits(8)),
                ("Surgeon", f["surgeon"]), ("Date of service", fmt_date(svc, "slash"))], lw=36)
    d2.table(["CPT", "Description", "Charge"], [[a, b, fmt_money(c, "usd")] for a, b, c in lines] +
             [["*", "Total charges", fmt_money(tot, "usd")]], [22, 110, 40], aligns="LLR")
    d2.para(f"Insurance: {PLAN}, member {f['mid_id']}. Line 22858 denied by your plan. Balance due upon receipt.", 9.5)
    t2 = truth("other", None, member_id=f["mid_id"], member_name=f["name"], claim_amount=m2(tot),
               service_dates=[svc.isoformat()], denial_date=bd.isoformat(), provider=f["surgeon"],
               unscored=["insurer", "claim_amount"])
    return [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: Rand(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_partial_approval_second_level_investigational", "born_digital", [doc_preservice_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_surgeon_reconsideration_letter", "fax_standard_g4", [doc_surgeon_fax(r(1))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_one_line_denied", "scan_lowres_150", [doc_eob_lowres(r(2))]),
        Item(f"{FAMILY}_copy_hospital_statement", "photocopy", [doc_hospital_bill_copy(r(3))]),
        Item(f"{FAMILY}_photo_carta_es_fusion_standard", "phone_photo", [doc_es_photo(r(4))]),
        Item(f"{FAMILY}_bd_appeal_overturned_prose", "born_digital", [doc_overturn_bd(r(5))]),
        Item(f"{FAMILY}_scan300_stack_cover_upheld_and_surgeon_bill", "scan_clean_300", stack_docs(r(6)),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
