"""Family 'routine_foot_care_podiatry_exclusion_denial': Medicare Summary Notice claim lines, Medicare Administrative
Contractor remittance advices, a MAC records-review letter and plan EOBs denying podiatry services as routine foot
care: nail debridement (CPT 11720 / 11721), paring of corns or calluses (11055), trimming of dystrophic nails (G0127)
billed without class findings (no Q7 / Q8 / Q9 modifier) or without a documented qualifying systemic condition, or
more often than once every 61 days. Patient, Medicare Number or plan member ID, podiatrist, dates of service, billed /
approved amounts, CARC / RARC (CO-50, CO-96, CO-119, N115, N425), redetermination within 120 days (MSN: the printed
"Appeals must be filed by" date; remittances and the MAC letter: 120 days from receipt), plan appeals in 65 / 180
days of the statement; one paid remittance with the Q8 modifier; one Spanish MSN ("Resumen de Medicare"). All values
invented.

Issuers: Medicare (MSN, English and Spanish); Bellweather Medicare Administrators, LLC (invented MAC, "Jurisdiction Q
Part B", remittances and a letter); Marisco Health Insurance Company (commercial EOB, parent line "Member of the
Quaystone Group"); Keldwick Medicare Advantage Plan (HMO; "KELDWICK" logo word).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_irf_ltach_post_acute_admission_denial import address, days, fdate, iso, m2, mbi, mixed, money, npi, \
    person, phone, tollfree, usd, kv
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "routine_foot_care_podiatry_exclusion_denial"
LANG = "en"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MED, BW, MA, KE = ("Medicare", "Bellweather Medicare Administrators, LLC", "Marisco Health Insurance Company",
                   "Keldwick Medicare Advantage Plan")
PRACTICES = [("Tarnbrook Foot & Ankle Associates", "Nkechi V. Amadi-Lund, DPM"),
             ("Harrowgate Podiatry Group, P.C.", "Stellan M. Oyarzun, DPM"),
             ("Copperfield Foot Care Clinic", "Yusra L. Haddadin, DPM")]
CODES = {"11721": ("Debridement of nails, 6 or more", 78, 110), "11720": ("Debridement of nails, 1 to 5", 52, 80),
         "11055": ("Paring of corn or callus, single lesion", 58, 90),
         "G0127": ("Trimming of dystrophic nails, any number", 30, 48),
         "99213": ("Office visit, established patient", 110, 160)}
ES_DESC = {"11721": "Desbridar uñas, 6+", "11055": "Recorte de callo",
           "G0127": "Recortar uñas distróficas"}
MSN_DESC = {"11721": "Nail debridement, 6+", "11720": "Nail debridement", "11055": "Callus paring",
            "G0127": "Trim dystrophic nails", "99213": "Office visit"}


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer)
        self.add_font("DejaVu", "B", DEJAVU_B)


def facts(r: random.Random, kind: str, ins: str, ds: str, codes: list[str], lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    dos = days(notice, -r.randint(18, 40))
    prac, dpm = r.choice(PRACTICES)
    lines = [dict(code=c, desc=CODES[c][0], ch=money(r, CODES[c][1], CODES[c][2])) for c in codes]
    f = dict(kind=kind, ins=ins, ds=ds, lang=lang, notice=notice, dos=dos, prac=prac, dpm=dpm, lines=lines,
             total=round(sum(x["ch"] for x in lines), 2), member=person(r, lang), addr=address(r), mbi=mbi(r),
             npi=npi(r), rnpi=npi(r), ptan=mixed(r, "A99999"), ph=tollfree(r), pph=phone(r),
             dob=dt.date(r.randint(1934, 1958), r.randint(1, 12), r.randint(1, 28)),
             prev=days(dos, -r.randint(24, 45)))
    f["mid"] = {MED: f["mbi"], BW: f["mbi"], MA: mixed(r, "MHI999999999"), KE: mixed(r, "K99999999-00")}[ins]
    f["grp"] = mixed(r, "G99999") if ins == MA else None
    f["claim"] = {MED: mixed(r, "99999999999999"), BW: mixed(r, "9926999999999"), MA: mixed(r, "M26-99999999"),
                  KE: mixed(r, "KC9999999999")}[ins]
    f["other"] = dict(name=person(r), mbi=mbi(r), icn=mixed(r, "9926999999999"), acnt=mixed(r, "P9999"),
                      code="11721", ch=money(r, 78, 110), dos=days(dos, -r.randint(1, 6)))
    f["acnt"] = mixed(r, "P9999")
    f["eft"] = mixed(r, "999999999")
    return f


def denied_codes(f: dict) -> list[str]:
    return [x["code"] for x in f["lines"] if x["code"] != "99213"]


# -- Medicare Summary Notice (English / Spanish) ----------------------------------------------------------------

def msn(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.add_page()
    m, ds = f["member"], f["ds"]
    deadline = days(f["notice"], 120)
    d.text_line("Resumen de Medicare para la Parte B (Seguro Médico)" if es else
                "Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid" if es else "The Official Summary of Your Medicare Claims from the Centers for Medicare "
                "& Medicaid Services", 8.5)
    d.rule(0.8, 3)
    kv(d, [("Aviso para" if es else "Notice for", m[0]), ("Número de Medicare" if es else "Medicare Number", f["mbi"]),
           ("Fecha de este aviso" if es else "Date of This Notice", fdate(f["notice"], ds)),
           ("Reclamaciones y servicios" if es else "Claims Processed Between",
            f"{fdate(days(f['notice'], -90), ds)} - {fdate(f['notice'], ds)}")], 62, 10)
    for ln in (m[0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.ln(4)
    d.set_fill_color(232, 232, 232)
    d.font(11, "B")
    d.cell(0, 7, " ¿Aprobó Medicare todos los servicios?  NO" if es else " Did Medicare Approve All Services?  NO",
           fill=True, new_x="LMARGIN", new_y="NEXT")
    d.font(9.5)
    d.multi_cell(0, 4.6, ("Si no está de acuerdo con alguna decisión, presente una apelación. Las apelaciones deben "
                          f"presentarse a más tardar el {fdate(deadline, 'es')}.") if es else
                 ("If you disagree with any claims decisions, file an appeal. Appeals must be filed by "
                  f"{fdate(deadline, ds)}."), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    approved = [x for x in f["lines"] if x["code"] == "99213"]
    may_bill = sum(x["ch"] for x in f["lines"] if x["code"] != "99213") + sum(round(x["ch"] * 0.6 * 0.2, 2)
                                                                              for x in approved)
    d.font(10, "B")
    d.cell(0, 6, ("Total que le pueden facturar: " if es else "Total You May Be Billed: ") + usd(may_bill),
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Su reclamación para servicios de la Parte B" if es else "Your Claims for Part B (Medical Insurance)",
                12, "B")
    d.text_line(f"{f['prac']}, {f['dpm']}", 10, "B")
    d.text_line(("Número de reclamación: " if es else "Claim Number: ") + f["claim"] +
                ("   Remitido por: " if es else "   Referred by: ") + "Dr. Imelda Kaszuba", 9)
    rows = []
    for x in f["lines"]:
        ok = x["code"] == "99213"
        appr = round(x["ch"] * 0.6, 2) if ok else 0.0
        desc = ES_DESC.get(x["code"], "Visita al consultorio") if es else MSN_DESC[x["code"]]
        rows.append([fdate(f["dos"], "short"), f"{desc} ({x['code']})", ("Sí" if es else "Yes") if ok else "No",
                     usd(x["ch"]), usd(appr), usd(round(appr * 0.8, 2)),
                     usd(round(appr * 0.2, 2) if ok else x["ch"]), "" if ok else "A"])
    rows.append(["Total", "", "", usd(f["total"]), "", "", "", ""])
    head = (["Fecha", "Servicio y código", "¿Aprobado?", "Cobrado por el proveedor", "Aprobado por Medicare",
             "Pagado por Medicare", "Lo máximo que le pueden facturar", "Notas"] if es else
            ["Service Date", "Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"])
    wrap_table(d, head, rows, [15, 52, 16, 20, 20, 19, 22, 13], 7.6, "LLLRRRRL")
    d.text_line("Notas para sus reclamaciones" if es else "Notes for Claims Above", 10, "B")
    if es:
        d.para("A  Medicare no paga el cuidado rutinario de los pies, como el recorte de uñas y de callos, a menos "
               "que su expediente muestre una enfermedad (como diabetes con pérdida de sensibilidad) que lo haga "
               "necesario. El proveedor no documentó los hallazgos que lo justifican. Código de la decisión: CO-96.",
               9)
        d.text_line("Cómo presentar una apelación", 11, "B")
        d.para("Si no está de acuerdo, encierre en un círculo los servicios, explique por qué y envíe esta página "
               f"a Bellweather Medicare Administrators, LLC, PO Box 60231, Ashby Falls, MN 56309 antes del "
               f"{fdate(deadline, 'es')}. Llame al 1-800-MEDICARE (1-800-633-4227). TTY 1-877-486-2048.", 9)
    else:
        d.para("A  Medicare does not pay for routine foot care, such as cutting or removing corns, calluses and "
               "nails, unless you have a medical condition (like diabetes with loss of feeling or poor circulation) "
               "that makes this care necessary. Your provider's records did not show the findings required. Your "
               "provider may not bill you unless you signed an Advance Beneficiary Notice. (CO-96, N425)", 9)
        d.text_line("How to File an Appeal", 11, "B")
        d.para("Circle the services you disagree with, explain why, and send this page with your name, phone number "
               f"and Medicare Number to Bellweather Medicare Administrators, LLC, PO Box 60231, Ashby Falls, MN "
               f"56309 by {fdate(deadline, ds)}. Call 1-800-MEDICARE (1-800-633-4227). TTY: 1-877-486-2048.", 9)


def wrap_table(d: Page, head: list[str], rows: list[list[str]], widths: list[float], size: float, aligns: str):
    """A ruled table whose header cells wrap onto several lines (as the MSN's do)."""
    d.font(size - 0.4, "B")
    lh = size * 0.45
    n = max(len(d.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
    hh = n * lh + 1.5
    x0, y0 = d.get_x(), d.get_y()
    x = x0
    for h, w in zip(head, widths):
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.5, y0 + 0.6)
        d.multi_cell(w - 1, lh, h)
        x += w
    d.set_xy(x0, y0 + hh)
    for i, row in enumerate(rows):
        d.font(size, "B" if i == len(rows) - 1 else "")
        for c, w, a in zip(row, widths, aligns):
            d.cell(w, 5.6, c, border=1, align=a)
        d.ln(5.6)
    d.ln(3)


# -- MAC remittance advice --------------------------------------------------------------------------------------

def remit(d: Page, f: dict) -> None:
    d.add_page()
    d.set_font("Courier", "B", 10)
    d.cell(0, 5, "BELLWEATHER MEDICARE ADMINISTRATORS, LLC   JURISDICTION Q PART B", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.6)
    paid = f["kind"] == "paid"
    hdr = [f"MEDICARE REMITTANCE ADVICE            REMIT DATE: {fdate(f['notice'], 'slash')}",
           f"PROVIDER: {f['prac'].upper()}",
           f"NPI: {f['npi']}   PTAN: {f['ptan']}   EFT #: {f['eft']}   PAGE 1 OF 1",
           ""]
    for ln in hdr:
        d.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    o = f["other"]
    d.set_font("Courier", "B", 8.2)
    d.cell(0, 4.2, f"{'REND-NPI':<11}{'SERV-DATE':<10}{'POS':<4}{'NOS':<4}{'PROC':<6}{'MODS':<6} {'BILLED':>10} "
                   f"{'ALLOWED':>10}  {'GRP/RC-AMT':<16} {'PROV-PD':>9}", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.2)

    def claim(name, mid, acnt, icn, lines, rnpi):
        on = name[3].upper() + ", " + name[1].upper() + " " + name[2]
        d.cell(0, 4.2, f"NAME {on:<26} MID {mid}  ACNT {acnt}  ICN {icn}", new_x="LMARGIN", new_y="NEXT")
        tb = ta = tp = 0.0
        for dos, code, mods, ch, allowed, grp, pd in lines:
            d.cell(0, 4.2, f"{rnpi} {dos.strftime('%m/%d/%y')}  11  1   {code:<6}{mods:<6} {ch:>10.2f} {allowed:>10.2f}"
                           f"  {grp:<16} {pd:>9.2f}", new_x="LMARGIN", new_y="NEXT")
            tb, ta, tp = tb + ch, ta + allowed, tp + pd
        d.cell(0, 4.2, f"{'CLAIM TOTALS':<39} {tb:>10.2f} {ta:>10.2f}  {'':<16} {tp:>9.2f}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(3)

    oa = round(o["ch"] * 0.42, 2)
    if f["kind"] != "remit_single":
        claim(o["name"], o["mbi"], o["acnt"], o["icn"],
              [(o["dos"], "11721", "Q8", o["ch"], oa, f"CO-45 {o['ch'] - oa:.2f}", round(oa * 0.8, 2))], f["rnpi"])
    mine = []
    for x in f["lines"]:
        if paid:
            a = round(x["ch"] * 0.45, 2)
            mine.append((f["dos"], x["code"], "Q8", x["ch"], a, f"CO-45 {x['ch'] - a:.2f}", round(a * 0.8, 2)))
        else:
            grp = "CO-96 " if f["kind"] == "remit_single" else "CO-50 "
            mine.append((f["dos"], x["code"], "", x["ch"], 0.0, f"{grp}{x['ch']:.2f}", 0.0))
    claim(f["member"], f["mbi"], f["acnt"], f["claim"], mine, f["rnpi"])
    d.ln(2)
    d.set_font("Courier", "B", 8.6)
    d.cell(0, 4.2, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8)
    gl = ["CO   Contractual Obligation. Amount for which the provider is financially liable.",
          "45   Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement."]
    if not paid:
        gl += (["96   Non-covered charge(s).", "N425 Statutorily excluded service(s).",
                "     Routine foot care is excluded from coverage (Social Security Act 1862(a)(13)(C)) unless a",
                "     qualifying systemic condition and class findings are reported (modifier Q7, Q8 or Q9)."]
               if f["kind"] == "remit_single" else
               ["50   These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
                "N115 This decision was based on a Local Coverage Determination (LCD).",
                "     LCD Routine Foot Care: nail debridement and callus paring were billed without a class findings",
                "     modifier (Q7, Q8, Q9) and no qualifying systemic condition was reported on the claim."])
        gl += ["MA01 If you do not agree with what we approved for these services, you may appeal our decision.",
               "     To make sure that we are fair to you, we require another individual that did not process",
               "     your initial claim to conduct the appeal. However, in order to be eligible for an appeal,",
               "     you must write to us within 120 days of the date you received this notice."]
    for ln in gl:
        d.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Courier", "", 8.6)
    d.cell(0, 4.2, f"PROVIDER CUSTOMER SERVICE {f['ph']}   REDETERMINATIONS: PO BOX 60231, ASHBY FALLS MN 56309",
           new_x="LMARGIN", new_y="NEXT")


# -- MAC records-review letter to the podiatrist ----------------------------------------------------------------

def mac_letter(d: Page, f: dict) -> None:
    d.add_page()
    ds = f["ds"]
    d.text_line("Bellweather Medicare Administrators, LLC", 14, "B")
    d.text_line("A CMS Contracted Medicare Administrative Contractor  |  Jurisdiction Q Part B", 8.5)
    d.text_line("Medical Review Department  |  PO Box 60244  |  Ashby Falls, MN 56309", 8.5)
    d.ln(6)
    d.text_line(fdate(f["notice"], ds), 10.5)
    d.ln(3)
    for ln in (f["prac"], f["dpm"], "1120 Kittiwake Way, Suite 4", "Quillan, OR 97471"):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Results of Additional Documentation Review", 13, "B")
    d.ln(2)
    kv(d, [("Beneficiary", f["member"][0]), ("Medicare Number", f["mbi"]), ("Date of birth", fdate(f["dob"], ds)),
           ("Claim number (ICN)", f["claim"]), ("Date of service", fdate(f["dos"], ds)),
           ("Services", ", ".join(f"{x['code']}-Q8" if x["code"] != "99213" else x["code"] for x in f["lines"])),
           ("Amount billed", usd(f["total"])), ("Rendering NPI", f["rnpi"]),
           ("Records received", fdate(days(f["notice"], -12), ds))], 50, 9.8)
    d.para(f"Dear {f['dpm']}:")
    d.para(f"We asked for the medical records supporting the claim above because it reported routine foot care "
           f"with the Q8 modifier (two Class B findings). We reviewed the records you sent. The podiatry note for "
           f"{fdate(f['dos'], ds)} lists onychomycosis and pain, but it does not describe absent posterior tibial or "
           "dorsalis pedis pulses, or the advanced trophic changes (hair growth, nail thickening, pigment, skin "
           "texture, skin color) that make up the class findings. No qualifying systemic condition, such as "
           "diabetes with neuropathy or peripheral arterial disease, is documented.")
    d.para("Decision: the services are denied. Without the documented class findings, the nail debridement and "
           "callus paring are routine foot care, which Medicare does not cover. Claim adjustment reason code "
           "CO-50 (not medically necessary), remark code N115 (LCD). The beneficiary may not be billed unless an "
           "Advance Beneficiary Notice was signed.")
    d.text_line("Redetermination", 11, "B")
    d.para("If you disagree, you may request a redetermination. Your request must be received within 120 days from "
           "the date you receive this letter (we assume you receive it 5 days after the date of this letter). "
           f"Send form CMS-20027 with the records to PO Box 60231, Ashby Falls, MN 56309, or call {f['ph']}.")
    d.para("Medical Review Nurse Reviewer, Bellweather Medicare Administrators, LLC", 9.5)


# -- plan EOBs --------------------------------------------------------------------------------------------------

def plan_eob(d: Page, f: dict) -> None:
    d.add_page()
    ds, m, ins = f["ds"], f["member"], f["ins"]
    if ins == MA:
        d.text_line("Member of the Quaystone Group", 8)
        d.text_line(MA, 14, "B")
        d.text_line(f"PO Box 20817, Merrow, PA 16443  -  Member Services {f['ph']}", 8.5)
    else:
        d.text_line("KELDWICK", 24, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{KE} (HMO)  |  PO Box 3318, Tessin, ND 58274  |  {f['ph']} (TTY 711)", 8.5)
    d.ln(5)
    d.text_line("Explanation of Benefits" + ("" if ins == MA else " - Medicare Advantage (Part C)"), 14, "B")
    d.text_line("This is not a bill.", 9.5)
    d.ln(2)
    rows = [("Statement date", fdate(f["notice"], ds)), ("Member", m[0]),
            ("Member ID" if ins == MA else "Member number", f["mid"])]
    if f["grp"]:
        rows.append(("Group no.", f["grp"]))
    rows += [("Claim number", f["claim"]), ("Provider", f"{f['dpm']}, {f['prac']}"),
             ("Date of service", fdate(f["dos"], ds))]
    kv(d, rows, 40, 9.8)
    t = []
    for x in f["lines"]:
        ok = x["code"] == "99213"
        al = round(x["ch"] * 0.58, 2) if ok else 0.0
        t.append([fdate(f["dos"], "short"), f"{x['code']} {x['desc']}", usd(x["ch"]), usd(al),
                  usd(round(al - 25, 2) if ok else 0), usd(25 if ok else x["ch"]), "" if ok else "RF3"])
    t.append(["*Total", "", usd(f["total"]), "", "", "", ""])
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"], t,
            [18, 62, 20, 20, 20, 22, 14], size=8.4, aligns="LLRRRRL")
    d.text_line("Note RF3", 10, "B")
    if f["kind"] == "freq":
        d.para(f"Routine foot care frequency exceeded. Nail debridement and callus care for a member with a "
               f"qualifying condition are covered once every 61 days. You received these services on "
               f"{fdate(f['prev'], ds)}, so the services on {fdate(f['dos'], ds)} were too soon and are not "
               "covered. Amounts may be billed to you (CARC 119).", 9.5)
        d.para("If you disagree, you can ask for a reconsideration. Your request must be made within 65 days of "
               f"the date of this statement. Call {f['ph']} (TTY 711). A fast 72-hour decision does not apply to "
               "payment requests.", 9.5)
    else:
        d.para("Routine foot care is excluded under your plan. Trimming of nails and paring of corns or calluses "
               "are covered only when you have a condition such as diabetes, peripheral vascular disease or "
               "neuropathy that makes the care medically necessary, and the claim shows that condition. The claim "
               "shows only foot pain and thick nails (diagnosis B35.1), so the services are not covered.", 9.5)
        d.para("You have the right to appeal. Send a written appeal within 180 days of the date of this statement "
               f"to Appeals, PO Box 20817, Merrow, PA 16443. Member Services: {f['ph']}.", 9.5)


def build(f: dict) -> bytes:
    d = Page()
    {"msn": msn, "remit": remit, "remit_single": remit, "paid": remit, "letter": mac_letter}.get(
        f["kind"], plan_eob)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, m, ins = f["kind"], f["member"], f["ins"]
    common = dict(member_id=f["mid"], group_number=f["grp"], member_name=m[0], case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]))
    lang = f["lang"]
    denied_sum = round(sum(x["ch"] for x in f["lines"] if x["code"] != "99213"), 2)
    part = {"claim_amount": [m2(denied_sum)]} if denied_sum != f["total"] else {}
    if k == "msn":
        return truth("eob", "not_covered", lang, insurer=MED, provider=f["dpm"],
                     appeal_deadline=iso(days(f["notice"], 120)),
                     alternates={"insurer": ["Centers for Medicare & Medicaid Services", BW],
                                 "provider": [f["prac"]], **part},
                     denial_alternates=["medical_necessity"], **common)
    alts = {"insurer": [MED], "appeal_deadline": [iso(days(f["notice"], 120)), iso(days(f["notice"], 125))]}
    if k == "paid":
        return truth("eob", None, insurer=BW, provider=f["prac"], alternates={"insurer": [MED]},
                     type_alternates=["other"], **common)
    if k in ("remit", "remit_single"):
        den = "medical_necessity" if k == "remit" else "not_covered"
        da = ["not_covered", "coding_error"] if k == "remit" else ["medical_necessity", "coding_error"]
        return truth("eob", den, insurer=BW, provider=f["prac"], appeal_deadline=None, alternates=alts,
                     denial_alternates=da, **common)
    if k == "letter":
        alts["provider"] = [f["prac"]]
        return truth("denial_letter", "medical_necessity", insurer=BW, provider=f["dpm"], appeal_deadline=None,
                     alternates=alts, denial_alternates=["not_covered"], type_alternates=["eob"], **common)
    dl = days(f["notice"], 65 if k == "freq" else 180)
    return truth("eob", "not_covered", insurer=ins, provider=f["dpm"], appeal_deadline=iso(dl),
                 alternates={"provider": [f["prac"]], **part},
                 denial_alternates=["other"] if k == "freq" else ["medical_necessity"], **common)


# (stem suffix, condition, kind, issuer, date style, codes, language)
PLAN = [
    ("bd_msn_nail_debridement_callus_not_covered", "born_digital", "msn", MED, "slash", ["99213", "11721", "11055"],
     "en"),
    ("bd_mac_remit_no_class_findings_modifier", "born_digital", "remit", BW, "slash", ["11721", "11055"], "en"),
    ("scan300_commercial_eob_no_systemic_condition", "scan_clean_300", "excl", MA, "long", ["11720", "11055"], "en"),
    ("lowres_ma_eob_61_day_frequency_exceeded", "scan_lowres_150", "freq", KE, "abbr", ["99213", "11721"], "en"),
    ("copy_msn_spanish_routine_foot_care", "photocopy", "msn", MED, "es", ["11721", "G0127"], "es"),
    ("faxfine_mac_adr_review_class_findings", "fax_fine_g4", "letter", BW, "dmy", ["11721", "11055"], "en"),
    ("rotated_mac_remit_paid_q8_modifier", "rotated", "paid", BW, "slash", ["11721"], "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, codes, lang) in enumerate(PLAN):
        f = facts(random.Random(155600 + i), kind, ins, ds, codes, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
