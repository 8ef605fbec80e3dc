"""Barrett's esophagus: radiofrequency ablation refused (no dysplasia) and surveillance endoscopy refused as too soon.

Invented commercial plan and people. Gastroenterology letters, ambulatory surgery center bills, an EOB with
several claims, a Spanish member letter.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, m2, pdf_bytes, truth
from kit_rounddb_famdbb import (address_block, band, fd, heading, labels, new, paras, plus, sidebar, two_col, usd,
                                wrapped_table)

FAMILY = "barretts_esophagus_radiofrequency_ablation_surveillance_denial"
LANG = "en"
SEED = 350001
PLAN = "Tamarack Ridge Health Assurance"
SUB = "Clinical Review Department  |  400 Spruce Hollow Pkwy, Missoula, MT 59801  |  1-866-555-0190"
PHONE = "1-866-555-0190"
GI = "Clearwater Digestive Health Associates"
ASC = "Bitterroot Endoscopy Center"
DRS = ["Dr. Anika Sorensen", "Dr. Felipe Arguello", "Dr. Howard Kincaid"]


def _who(r: Rand, lang="en"):
    name, first, mid, last = r.person(lang)
    return name, first, mid, last, f"TRH{r.digits(9)}", f"G-{r.digits(5)}"


def doc_bd(r: Rand):
    """Pre-service RFA denial, boxed label grid."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 20))
    sd = plus(d0, 14)
    ref = f"UM{r.digits(8)}"
    dr = r.choice(DRS)
    d = new(footer=f"{PLAN}  |  Form TRH-UM-114 (01/2026)  |  Page {{p}} of {{n}}")
    band(d, PLAN, SUB)
    address_block(d, [name, *r.address()])
    heading(d, "Notice of Pre-Service Denial")
    d.boxes([("Date of notice", fd(d0, "slash"), 42), ("Member ID", mem, 50), ("Group", grp, 30),
             ("Reference", ref, 52)])
    d.boxes([("Patient", name, 62), ("Requesting physician", dr, 62), ("Planned date", fd(sd, "slash"), 50)])
    d.ln(4)
    paras(d, [
        "Service requested: endoscopic radiofrequency ablation of Barrett's esophagus (CPT 43270).",
        "Decision: Denied - not medically necessary. Medical policy MP-GI-027 covers ablation of Barrett's esophagus "
        "when biopsy shows low-grade or high-grade dysplasia, confirmed by a second pathologist. The biopsy report "
        "sent with the request shows intestinal metaplasia without dysplasia. Continued endoscopic surveillance is "
        "the standard for non-dysplastic Barrett's esophagus.",
        "You may appeal within 180 days of the date of this notice. If your condition is urgent you may ask for an "
        "expedited review, decided within 72 hours. You may also have the right to an external review after the "
        f"appeal. Call {PHONE} or fax 1-866-555-0191."])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=grp, member_id=mem, member_name=name,
              case_numbers=[ref], service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=dr,
              appeal_deadline=plus(d0, 180).isoformat())
    return pdf_bytes(d), t


def doc_gi_letter_fax(r: Rand):
    """Gastroenterologist's letter to the plan (other), fax header line."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 5) + dt.timedelta(days=r.randint(0, 12))
    sd = plus(d0, 21)
    ref = f"UM{r.digits(8)}"
    dr = r.choice(DRS)
    faxl = f"{fd(d0, 'slash')} 09:{r.randint(10, 59)}  {GI.upper()}  FAX 406-555-0118  ->  TRH CLINICAL REVIEW  PG {{p}}/2"
    d = new(fax=faxl, header=f"{name} - letter of medical necessity - continued", footer=GI)
    band(d, GI, "2210 Reserve St, Suite 300, Missoula, MT 59808  |  Tel 406-555-0117  |  Fax 406-555-0118", dark=False)
    d.text_line(fd(d0, "long"), 10)
    d.ln(2)
    address_block(d, ["Attn: Medical Director", PLAN, "400 Spruce Hollow Pkwy", "Missoula, MT 59801"])
    d.text_line(f"Re: {name}   Member ID {mem}   Reference {ref}", 10, "B")
    d.ln(2)
    paras(d, [
        "Dear Medical Director,",
        f"I am writing to ask you to reconsider the denial of radiofrequency ablation for my patient, {first} {last}, "
        f"scheduled for {fd(sd, 'long')} at {ASC}. The patient has long-segment Barrett's esophagus (C6M8) with a "
        "family history of esophageal adenocarcinoma, and a recent biopsy was read as indefinite for dysplasia.",
        "A second expert pathology review has been requested. Under the guidelines of the major gastroenterology "
        "societies, ablation may be considered where dysplasia is confirmed; we expect the second read within two "
        "weeks and will forward it.",
        "The patient has been on twice-daily proton pump inhibitor therapy for over a year. Surveillance endoscopies "
        "were done in 2023 and 2025."] * 1)
    d.add_page()
    paras(d, ["Please call my office at 406-555-0117 with any questions. My NPI is " + r.npi() + ".",
              "Sincerely,", dr + ", MD", "Gastroenterology, " + GI])
    t = truth("other", None, insurer=PLAN, group_number=None, member_id=mem, member_name=name, case_numbers=[ref],
              service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=dr,
              unscored=["insurer"])
    return pdf_bytes(d), t


def doc_asc_bill_photo(r: Rand):
    """ASC patient statement for an upper endoscopy (other)."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 3) + dt.timedelta(days=r.randint(0, 12))
    sd = plus(d0, -35)
    acct = f"{r.digits(8)}"
    lines = [("43239", "EGD with biopsy", float(r.amount(1800, 2600))),
             ("88305", "Surgical pathology, level IV", float(r.amount(180, 320))),
             ("00731", "Anesthesia, upper GI endoscopy", float(r.amount(500, 900)))]
    total = round(sum(x[2] for x in lines), 2)
    d = new(footer=f"{ASC}  |  Billing questions 406-555-0133")
    band(d, ASC, "815 Brooks St, Missoula, MT 59801  |  Tax ID 81-5550123")
    heading(d, "PATIENT INVOICE / STATEMENT")
    sidebar(d, "Amount due", [usd(total - 0), "Pay by " + fd(plus(d0, 30), "slash")], w=50)
    labels(d, [("Statement date", fd(d0, "dmy")), ("Patient", name), ("Account", acct),
               ("Primary insurance", PLAN), ("Member ID", mem)], lw=38)
    d.table(["Service date", "CPT", "Description", "Charges"],
            [[fd(sd, "dmy"), c, t, usd(v, "nosign")] for c, t, v in lines] + [["*", "", "Total charges", usd(total, "nosign")]],
            [32, 22, 92, 30], aligns="LLLR")
    paras(d, ["Insurance has been billed. Your plan denied the claim as a surveillance endoscopy performed sooner "
              "than its interval. Please contact your plan or pay the balance."], 9)
    t = truth("other", None, insurer=None, member_id=mem, member_name=name, claim_amount=m2(total),
              service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=ASC, unscored=["insurer"])
    return pdf_bytes(d), t


def doc_es(r: Rand):
    """Spanish member letter: surveillance endoscopy too soon."""
    name, first, mid, last, mem, grp = _who(r, "es")
    d0 = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 12))
    sd = plus(d0, 10)
    ref = f"UM{r.digits(8)}"
    dr = r.choice(DRS)
    dl = plus(d0, 180)
    d = new(footer=f"{PLAN} — Departamento de Revisión Clínica")
    band(d, PLAN, "Departamento de Revisión Clínica  |  1-866-555-0190")
    d.text_line(fd(d0, "es"), 10)
    d.ln(2)
    address_block(d, [name, *r.address("es")])
    paras(d, [
        f"Estimado/a {first} {last}:",
        f"Su médico, {dr}, pidió una endoscopia de vigilancia (esofagogastroduodenoscopia) para el {fd(sd, 'es')}. "
        f"Su número de miembro es {mem} y el número de referencia es {ref}.",
        "Hemos negado esta solicitud. Su última endoscopia fue hace 11 meses y la biopsia no mostró displasia. "
        "Para el esófago de Barrett sin displasia, nuestra póliza cubre la vigilancia cada 3 a 5 años. La "
        "solicitud es demasiado pronto.",
        f"Si no está de acuerdo, puede apelar a más tardar el {fd(dl, 'es')}. Una revisión urgente se decide en 72 "
        f"horas. Llame al {PHONE} (TTY 711)."])
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=PLAN, member_id=mem, member_name=name,
              case_numbers=[ref], service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=dr,
              appeal_deadline=dl.isoformat(), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    """EOB with three claims; the RFA claim denied (no prior authorization on file)."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 6) + dt.timedelta(days=r.randint(0, 12))
    claims = [(f"C{r.digits(10)}", plus(d0, -r.randint(20, 60)), float(r.amount(2500, 9000)), ASC, "RFA 43270"),
              (f"C{r.digits(10)}", plus(d0, -r.randint(20, 60)), float(r.amount(150, 400)), GI, "Office visit 99214"),
              (f"C{r.digits(10)}", plus(d0, -r.randint(20, 60)), float(r.amount(120, 300)), "Summit Pathology Lab",
               "Pathology 88305")]
    deny = 0
    rows = []
    for i, (cn, sd, amt, pv, svc) in enumerate(claims):
        allowed = 0 if i == deny else round(amt * 0.55, 2)
        paid = 0 if i == deny else round(allowed * 0.8, 2)
        rows.append([cn, fd(sd, "slash"), pv, usd(amt), usd(allowed), usd(paid), "D7" if i == deny else "--"])
    d = new(header=f"{PLAN} EOB  {name}", footer=f"{PLAN}  |  Explanation of Benefits  |  page {{p}}")
    band(d, PLAN, SUB)
    heading(d, "EXPLANATION OF BENEFITS")
    labels(d, [("Date issued:", fd(d0, "long")), ("Member:", name), ("ID:", mem), ("Group:", grp),
               ("Period:", f"{fd(plus(d0, -60), 'slash')} to {fd(d0, 'slash')}")], lw=28)
    wrapped_table(d, ["Claim number", "Service date", "Provider", "Billed charges", "Allowed amount",
                      "Plan paid", "Note"], rows, [30, 22, 56, 22, 20, 18, 10])
    paras(d, ["D7: Denied. Radiofrequency ablation requires prior authorization and none was on file for the date "
              "of service. Your provider may ask for a retro review.",
              "To appeal, write to us within 180 days of the date this statement was issued."], 9)
    cn, sd, amt, pv, _ = claims[deny]
    t = truth("eob", "prior_authorization", insurer=PLAN, group_number=grp, member_id=mem, member_name=name,
              case_numbers=[cn], claim_amount=m2(amt), service_dates=[sd.isoformat()], denial_date=d0.isoformat(),
              provider=pv, appeal_deadline=plus(d0, 180).isoformat())
    return pdf_bytes(d), t


def doc_overturned(r: Rand):
    """Appeal overturned: RFA approved after dysplasia confirmed (other)."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 18) + dt.timedelta(days=r.randint(0, 8))
    sd = plus(d0, 12)
    apl = f"AP-{r.digits(6)}"
    dr = r.choice(DRS)
    d = new(footer=PLAN)
    band(d, PLAN, SUB)
    d.text_line(fd(d0, "dmy2"), 10)
    d.ln(2)
    address_block(d, [name, *r.address()])
    heading(d, "Appeal Decision: Overturned")
    two_col(d, [f"Member: {name}", f"Member ID: {mem}", f"Appeal: {apl}", f"Physician: {dr}"],
            [f"Planned date: {fd(sd, 'dmy2')}", "Service: RFA of Barrett's esophagus", f"Group: {grp}"])
    paras(d, ["We reviewed your appeal. A second pathologist confirmed low-grade dysplasia, so the ablation now "
              "meets our medical policy. We have reversed our earlier decision and approved the service. No "
              "further action is needed."])
    t = truth("other", None, insurer=PLAN, group_number=grp, member_id=mem, member_name=name, case_numbers=[apl],
              service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=dr)
    return pdf_bytes(d), t


def doc_stack_upheld(r: Rand):
    """Two-page appeal upheld for the surveillance endoscopy (denial_letter)."""
    name, first, mid, last, mem, grp = _who(r)
    d0 = dt.date(2026, 3, 11) + dt.timedelta(days=r.randint(0, 8))
    sd = plus(d0, -20)
    apl, claim = f"AP-{r.digits(6)}", f"C{r.digits(10)}"
    amt = float(r.amount(1900, 3200))
    d = new(header=f"Appeal {apl} - page {{p}}".replace("{p}", "2"), footer=f"{PLAN}  |  Appeals Unit")
    band(d, PLAN, SUB)
    d.text_line(fd(d0, "abbr"), 10)
    d.ln(2)
    address_block(d, [name, *r.address()])
    heading(d, "Final Internal Appeal Decision")
    labels(d, [("Member ID", mem), ("Group", grp), ("Appeal number", apl), ("Claim number", claim),
               ("Facility", ASC), ("Date of service", fd(sd, "slash")), ("Billed", usd(amt))], lw=40)
    paras(d, ["You appealed the denial of the surveillance upper endoscopy. Our gastroenterologist reviewer upheld "
              "the denial: surveillance for non-dysplastic Barrett's esophagus is covered every 3 to 5 years, and "
              "your previous endoscopy was 13 months earlier with no new symptoms recorded."])
    d.add_page()
    paras(d, ["You have finished our internal appeal process. You may ask for an external review by an "
              "independent review organization within 4 months of this letter. Call " + PHONE + "."])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=grp, member_id=mem, member_name=name,
              case_numbers=[apl, claim], claim_amount=m2(amt), service_dates=[sd.isoformat()],
              denial_date=d0.isoformat(), provider=ASC, denial_alternates=["not_covered"])
    return pdf_bytes(d), t, name, mem


def documents(rng: random.Random) -> list[Item]:
    base = rng.randint(0, 10 ** 6)

    def r(i):
        return Rand(base * 37 + i)

    up = doc_stack_upheld(r(6))
    return [
        Item(f"{FAMILY}_bd_rfa_boxed_no_dysplasia", "born_digital", [doc_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_gi_letter_to_plan", "fax_standard_g4", [doc_gi_letter_fax(r(1))]),
        Item(f"{FAMILY}_photo_asc_statement", "phone_photo", [doc_asc_bill_photo(r(2))]),
        Item(f"{FAMILY}_lowres_carta_es_surveillance_too_soon", "scan_lowres_150", [doc_es(r(3))]),
        Item(f"{FAMILY}_scan300_eob_three_claims_rfa_denied", "scan_clean_300", [doc_eob(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_overturned", "rotated", [doc_overturned(r(5))]),
        Item(f"{FAMILY}_copy_stack_upheld_and_asc_bill", "photocopy", [up[:2], doc_asc_bill_photo(r(7))],
             separators=["blank", None], turns={(0, 1): 180}),
    ]
