"""Family 'annual_wellness_visit_routine_physical_msn': Medicare Summary Notices (Part B, one in Spanish), Medicare
Advantage EOBs, an MA plan letter and a clinic letter about the yearly "physical". Medicare does not cover a routine
physical exam (99397, preventive visit, established patient, 65 and over); it covers the Annual Wellness Visit
(G0438 initial, once in a lifetime; G0439 subsequent, once every 12 months) with no cost sharing. A problem visit
billed the same day with modifier 25 (99213-25 / 99214-25) keeps its coinsurance or copay.

Cases: MSN with 99397 denied beside a paid lab line; Spanish MSN ("Resumen de Medicare") with 99397 denied; the
clinic's letter saying it billed the routine code by mistake and rebilled the visit as G0439 (not a denial); MA EOB
with G0439 denied because the last wellness visit was less than 12 months before (another provider's paid lab claim
as a decoy); the MA plan's Notice of Denial of Payment for the same rule, faxed to the clinic; MA EOB paying G0439 at
$0 with a 99214-25 copay (nothing denied); a phone photo of an MSN where G0438 was denied because the initial visit
was already paid, beside a paid 99213-25 with 20% coinsurance.

Modelled from memory on the public MSN layout and the CMS model MA EOB / CMS-10003 wording. All people, plans,
clinics, numbers and phone numbers invented. Decoys: the physician (printed as "Service Provided By" and on letters;
accepted where printed as the rendering provider), the last wellness visit date, request-received and claim-received
dates, claims-processed period, the other provider's lab claim, contract-PBP and material numbers, NPIs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from fam_chronic_care_management_ccm_cost_sharing_msn import (Page, address, charge, days, fdate, iso, line, m2,
                                                              ma_eob, mbi, msn, npi, pattern, person, phone,
                                                              tollfree, usd)

FAMILY = "annual_wellness_visit_routine_physical_msn"
LANG = "en"
PLANS = {
    "ZE": dict(org="Zennor Senior Health Plan", product="Zennor Medicare Advantage Plus (HMO)", pbp="H6614-002",
               word="ZENNOR", addr="PO Box 40217, Wendover Bluff, IA 52651"),
    "LA": dict(org="Lamorna Health Plan", product="Lamorna Senior Choice (PPO)", pbp="H2205-007",
               word="LAMORNA", addr="PO Box 7731, Covell Springs, MO 65629"),
}
CLINICS = [("Porthcurno Family Practice", "215 Quillback Lane, Halverton, MN 55917"),
           ("Trevose Internal Medicine Clinic", "9 Morrow Hollow Drive, Esterbrook, OH 44871"),
           ("Gwithian Primary Care Center", "3300 Tamarisk Court, Covell Springs, MO 65629"),
           ("Clínica Familiar Pedernales", "410 Calle Mirasol, San Albino, TX 78593")]
PHYS = ["Dr. Oluwaseun T. Bakare", "Dr. Henrike S. Vandermeer", "Dr. Tomasz J. Wierzbicki",
        "Dr. Priyanka R. Subramaniam", "Dr. Aurelio M. Castañeda"]
LAB = ("Redruth Clinical Laboratories", "PO Box 5520, Halverton, MN 55917")


def facts(r: random.Random, kind: str, ds: str) -> dict:
    lang = "es" if kind == "es_msn" else "en"
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    visit = days(notice, -r.randint(18, 40))
    clinic = CLINICS[3] if lang == "es" else r.choice(CLINICS[:3])
    f = dict(kind=kind, ds=ds, lang=lang, notice=notice, visit=visit, member=person(r, lang),
             addr=address(r, lang), mbi=mbi(r), clinic=clinic, doc=r.choice(PHYS), npi=npi(r), npi2=npi(r),
             claim=pattern(r, "99999999999999"), claim2=pattern(r, "99999999999999"), ph=tollfree(r),
             cph=phone(r), fax=phone(r), period=(days(notice, -r.randint(28, 31)), days(notice, -1)),
             last=days(visit, -r.randint(250, 340)), received=days(notice, -r.randint(6, 15)),
             acct=pattern(r, "99999-99"))
    v = (visit, visit)
    if kind in ("msn_99397", "es_msn", "letter"):
        es = lang == "es"
        f["lines"] = [line(v, "99397", "Visita preventiva, 65 años o más" if es else "Preventive visit, est, 65 & over",
                           charge(r, 215, 295), 0, False, "A"),
                      (line(v, "36415", "Extracción de sangre", charge(r, 12, 24), 3.00, paid=3.00, you=0.0)
                       if es else line(v, "80053", "Comprehensive metabolic panel", charge(r, 38, 62), 10.56,
                                       paid=10.56, you=0.0))]
    elif kind in ("eob_g0439_12mo", "fax_g0439_12mo"):
        f["lines"] = [line(v, "G0439", "Annual wellness visit, subsequent", charge(r, 165, 230), 0, False, "A")]
        f["lab"] = [line(v, "80061", "Lipid panel", charge(r, 40, 70), 13.39, paid=13.39, you=0.0)]
    elif kind == "eob_paid_25":
        cop = r.choice([15.0, 20.0, 25.0])
        f["copay"] = cop
        f["lines"] = [line(v, "G0439", "Annual wellness visit, subsequent", charge(r, 165, 230), 137.06,
                           paid=137.06, you=0.0),
                      line(v, "99214-25", "Office visit, est, moderate (mod 25)", charge(r, 160, 215), 128.26,
                           paid=round(128.26 - cop, 2), you=cop, note="B")]
    elif kind == "msn_g0438":
        f["lines"] = [line(v, "G0438", "Annual wellness visit, initial", charge(r, 220, 285), 0, False, "A"),
                      line(v, "99213-25", "Office visit, est patient", charge(r, 110, 150), 91.23, note="B")]
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    f["mid"] = pattern(r, "ZE99999999" if kind != "eob_paid_25" else "LA-999-99999")
    return f


def notes(f: dict) -> list[tuple[str, str]]:
    k = f["kind"]
    if k == "msn_99397":
        return [("A", "Medicare does not pay for a routine physical exam. Medicare covers a yearly \"Wellness\" visit "
                      "to develop or update a prevention plan, which is a different service. You may have to pay "
                      "for this service. (CO-49: routine or preventive exam)")]
    if k == "es_msn":
        return [("A", "Medicare no paga los exámenes físicos de rutina. Medicare cubre una visita anual de "
                      "\"Bienestar\" para crear o actualizar un plan de prevención, que es un servicio diferente. "
                      "Es posible que tenga que pagar este servicio. (CO-49)")]
    if k == "msn_g0438":
        return [("A", f"Medicare pays for the first (initial) Annual Wellness Visit only once in your lifetime. Our "
                      f"records show it was already paid for a visit on {fdate(f['last'], f['ds'])}. This service "
                      "is not covered. Your provider may bill a yearly wellness visit when 12 months have passed."),
                ("B", "The office visit on the same day was for a separate health problem. Your 20% coinsurance "
                      "applies to it.")]
    if k == "eob_g0439_12mo":
        return [("A", f"Denied. The plan covers one annual wellness visit every 12 months. Our records show a "
                      f"wellness visit on {fdate(f['last'], f['ds'])}, less than 12 months before this visit. "
                      "You are not responsible for this charge from a network provider. (CARC 119)")]
    if k == "eob_paid_25":
        return [("B", "The annual wellness visit has no copay. The office visit billed the same day with "
                      f"modifier 25 was for a separate problem; your primary care copay of {usd(f['copay'])} "
                      "applies.")]
    return []


def build(f: dict) -> bytes:
    k, ds = f["kind"], f["ds"]
    d = Page(footer="Página {p} de {n}" if f["lang"] == "es" else "Page {p} of {n}")
    cl, caddr = f["clinic"]
    if k in ("msn_99397", "es_msn", "msn_g0438"):
        claims = [dict(prov=cl, paddr=caddr, claim=f["claim"], lines=f["lines"], by=f["doc"])]
        msn(d, dict(lang=f["lang"], member=f["member"], addr=f["addr"], mbi_print=f["mbi"], notice=f["notice"],
                    period=f["period"], claims=claims, notes=notes(f), deadline=days(f["notice"], 120), ds=ds,
                    ls="short"))
    elif k in ("eob_g0439_12mo", "eob_paid_25"):
        p = PLANS["ZE" if k == "eob_g0439_12mo" else "LA"]
        mine = dict(claim=f["claim"], prov=cl, by=f["doc"], received=f["received"], npi=f["npi"], lines=f["lines"])
        claims = [mine]
        if k == "eob_g0439_12mo":
            claims.append(dict(claim=f["claim2"], prov=LAB[0], by=None, received=days(f["received"], -3),
                               npi=f["npi2"], lines=f["lab"]))
        ma_eob(d, dict(plan=p, member=f["member"], addr=f["addr"], mid=f["mid"], notice=f["notice"],
                       month=f["notice"].strftime("%B %Y"), period=f["period"], claims=claims, notes=notes(f),
                       ds=ds, ph=f["ph"], ls="short"))
    elif k == "letter":
        clinic_letter(d, f)
    elif k == "fax_g0439_12mo":
        plan_letter(d, f)
    return pdf_bytes(d)


def clinic_letter(d: Page, f: dict) -> None:
    cl, caddr = f["clinic"]
    ds = f["ds"]
    d.add_page()
    d.text_line(cl.upper(), 16, "B")
    d.text_line(f"{caddr}  ·  Phone {f['cph']}", 8.5)
    d.rule(0.4, 5)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("About your yearly visit and the Medicare notice you received", 12, "B")
    d.ln(1)
    d.label_rows([("Patient", f["member"][0]), ("Date of visit", fdate(f["visit"], ds)),
                  ("Seen by", f["doc"]), ("Medicare claim no.", f["claim"]), ("Amount billed", usd(f["total"])),
                  ("Our account no.", f["acct"])], 45, 9.8)
    d.ln(3)
    d.para(f"Dear {f['member'][1]} {f['member'][3]}: Your Medicare Summary Notice shows that Medicare did not pay "
           "for the yearly visit you had with us. That is our error. The visit was sent to Medicare with the code for "
           "a routine physical exam (99397), which Medicare never covers. What you received was your Annual Wellness "
           "Visit, which Medicare covers once every 12 months with nothing for you to pay.", 10)
    d.para("We have corrected the claim to the wellness visit code (G0439) and sent it to Medicare again. You do "
           "not need to file an appeal and you do not owe anything for this visit. Please disregard any statement "
           "from us that shows a balance for this date; a corrected statement will follow when Medicare pays.", 10)
    d.para(f"If you have questions, call our billing office at {f['cph']}, Monday to Friday, 8:30 to 4:30.", 10)
    d.ln(3)
    d.text_line("Billing Office", 10)
    d.text_line(cl, 10)


def plan_letter(d: Page, f: dict) -> None:
    p, ds = PLANS["ZE"], f["ds"]
    cl, caddr = f["clinic"]
    d.add_page()
    d.text_line(f"{fdate(f['notice'], 'short')}  14:{f['notice'].day + 7:02d}   {p['org'].upper()}   FAX "
                f"{f['fax']}   TO: {cl.upper()}   PAGE 1", 7.5)
    d.ln(3)
    d.text_line(p["org"], 16, "B")
    d.text_line(f"{p['product']}  ·  {p['addr']}  ·  {f['ph']} (TTY 711)", 8.5)
    d.rule(0.4, 5)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(2)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Notice of Denial of Payment", 13, "B")
    d.ln(1)
    d.label_rows([("Member:", f["member"][0]), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
                  ("Provider:", cl), ("Doctor:", f["doc"]),
                  ("Service:", "Annual wellness visit, subsequent (G0439)"),
                  ("Date of service:", fdate(f["visit"], ds)), ("Amount billed:", usd(f["total"])),
                  ("Claim received:", fdate(f["received"], ds))], 40, 9.6)
    d.ln(2)
    d.para("We have denied payment for the service listed above. We denied this payment because:", 10)
    d.para(f"The plan covers one annual wellness visit every 12 months. You had a wellness visit on "
           f"{fdate(f['last'], ds)}, and the visit on {fdate(f['visit'], ds)} was less than 12 months later. "
           f"Because {cl} is in our network, you do not have to pay for this visit. Your next wellness visit "
           f"can be covered on or after {fdate(days(f['last'], 366), ds)}.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("If you disagree, you can ask us to reconsider. Your request must be made within 65 days of the date of "
           f"this notice. Write to {p['org']}, Appeals Unit, {p['addr']}, or call {f['ph']}. If you need a fast "
           "decision about a service you have not received, ask for a fast (72-hour) appeal.", 10)
    d.text_line(f"cc: {cl}, {caddr}", 8.5)
    d.text_line("H6614_NDP_AWV26 (CMS-10003-NDMCP)", 7)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    cl = f["clinic"][0]
    common = dict(member_name=f["member"][0], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[iso(f["visit"])], denial_date=iso(f["notice"]), provider=cl)
    alts: dict = {"provider": [f["doc"]]}
    if k in ("msn_99397", "es_msn", "msn_g0438"):
        alts.update(insurer=["Centers for Medicare & Medicaid Services"],
                    claim_amount=[m2(f["lines"][0]["ch"])])
        dal = {"msn_99397": None, "es_msn": None, "msn_g0438": ["other", "coding_error"]}[k]
        return truth("eob", "not_covered", f["lang"], insurer="Medicare", member_id=f["mbi"],
                     appeal_deadline=iso(days(f["notice"], 120)), alternates=alts, denial_alternates=dal,
                     **common)
    if k == "letter":
        alts["insurer"] = ["Medicare"]
        return truth("other", None, insurer=cl, alternates=alts, **common)
    if k == "eob_g0439_12mo":
        p = PLANS["ZE"]
        alts.update(plan_id=[None], insurer=[p["product"]])
        return truth("eob", "not_covered", insurer=p["org"], plan_id=p["pbp"], member_id=f["mid"],
                     appeal_deadline=iso(days(f["notice"], 65)), alternates=alts, denial_alternates=["other"],
                     **common)
    if k == "fax_g0439_12mo":
        p = PLANS["ZE"]
        alts["insurer"] = [p["product"]]
        return truth("denial_letter", "not_covered", insurer=p["org"], member_id=f["mid"],
                     appeal_deadline=iso(days(f["notice"], 65)), alternates=alts, denial_alternates=["other"],
                     **common)
    if k == "eob_paid_25":
        p = PLANS["LA"]
        alts.update(plan_id=[None], insurer=[p["product"]], appeal_deadline=[iso(days(f["notice"], 65))])
        return truth("eob", None, insurer=p["org"], plan_id=p["pbp"], member_id=f["mid"], appeal_deadline=None,
                     alternates=alts, type_alternates=["other"], **common)
    raise ValueError(k)


# (stem suffix, condition, kind, date style)
PLAN = [
    ("bd_msn_99397_routine_physical_not_covered", "born_digital", "msn_99397", "long"),
    ("bd_ma_eob_g0439_within_12_months", "born_digital", "eob_g0439_12mo", "abbr"),
    ("scan300_clinic_letter_rebilled_as_g0439", "scan_clean_300", "letter", "dmy"),
    ("lowres_ma_eob_awv_paid_99214_25_copay", "scan_lowres_150", "eob_paid_25", "slash"),
    ("copy_msn_es_examen_fisico_rutina", "photocopy", "es_msn", "es"),
    ("faxfine_plan_notice_g0439_within_12_months", "fax_fine_g4", "fax_g0439_12mo", "iso"),
    ("phone_msn_g0438_once_per_lifetime", "phone_photo", "msn_g0438", "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(PLAN):
        f = facts(random.Random(211600 + i), kind, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
