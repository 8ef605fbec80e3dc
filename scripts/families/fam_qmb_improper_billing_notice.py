"""Family 'qmb_improper_billing_notice': Qualified Medicare Beneficiary (QMB) billing-protection papers.
A Medicare Summary Notice (Part B) carrying the QMB message ("You are in the Qualified Medicare Beneficiary (QMB)
program ... you don't owe"), its Spanish version, a provider's statement wrongly asking a QMB for the Medicare
deductible and coinsurance, a state Medicaid agency's letter telling the provider to stop billing, a dual-eligible
(D-SNP) plan's letter to the provider faxed with a copy of the provider's bill, a plan's letter telling the member
she does not owe the bill, and one MSN where Medicare also denied a line (routine foot care, which QMB does not
protect) - the only document that denies something.

Everything is invented: people, providers, plans, the state agency, Medicare and Medicaid numbers (555 phones; the
public 1-800-MEDICARE line only). Decoys: the amount the provider asked the member to pay, deductible and
coinsurance amounts, account numbers, Medicaid ID vs Medicare Number vs plan ID, dates of birth, NPIs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_dmepos_competitive_bidding_noncontract_supplier_denial import digits, mbi, msn, new_doc, phone, usd
from inv_kit import fmt_date, pdf_bytes, truth

FAMILY = "qmb_improper_billing_notice"
LANG = "en"

FIRST = ["Folasade", "Oluwaseun", "Conceicao", "Adebayo", "Graciete", "Tiago", "Yewande", "Abilio"]
LAST = ["Adeyemi-Rocha", "Okunlola", "Figueiral", "Babatunde", "Vasconcelinhos", "Olaniyan", "Teixeirinha"]
FIRST_ES = ["Montserrat", "Jordi", "Nuria", "Ferran"]
LAST_ES = ["Puigdollers", "Casadevall", "Vilaregut", "Bosch-Aymerich"]
CITIES = [("Tamarack Ford", "MS", "38961"), ("Greywell", "AR", "72391"), ("North Quenby", "KY", "41663")]
CITIES_ES = [("San Albino", "TX", "78591"), ("Villa Rosales", "NM", "88047")]
STREETS = ["Coldharbour Road", "Eddystone Lane", "Pennywort Drive", "Ravelston Street", "Calle Montseny"]
PROVIDERS = [("Greywell Family Medicine, PLLC", "Dr. Ifeoma R. Castanheira"),
             ("Tamarack Ford Cardiology Associates", "Dr. Bartholomew K. Oyelowo"),
             ("North Quenby Podiatry Group", "Dr. Lucinda M. Ferreirinha"),
             ("Pennywort Imaging Center", "Dr. Samuel T. Adegoke-Pinto"),
             ("Clínica Familiar Montseny", "Dra. Remei C. Soldevila")]
STATE = ("Bluestem State Department of Medical Assistance", "Office of Provider Compliance",
         "PO Box 7410", "Prairie Hollow, KS 66979")
PLAN = ("Harrowgate Health Plans", "Harrowgate Dual Advantage (HMO D-SNP)", "PO Box 30217",
        "Kilbride Junction, KY 40396")
CONTRACTOR = ["Medicare Part B Claims - Region 2", "PO Box 66102", "Hollister Gap, SC 29980"]

QMB_EN = ("You are in the Qualified Medicare Beneficiary (QMB) program. You don't owe anything for Medicare "
          "deductibles, coinsurance or copayments for the services on this notice. Providers can't bill you for "
          "these amounts. If you get a bill, tell the provider you are in the QMB program, or call 1-800-MEDICARE.")
QMB_ES = ("Usted está en el programa de Beneficiario Calificado de Medicare (QMB). Usted no debe nada por los "
          "deducibles, coseguros o copagos de Medicare por los servicios de este aviso. Los proveedores no pueden "
          "cobrarle estas cantidades. Si recibe una factura, dígale al proveedor que está en el programa QMB o llame "
          "al 1-800-MEDICARE.")


def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDFGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def m2(v: float) -> str:
    return f"{v:.2f}"


SERVICES = {
    "pcp": [("Office/outpatient visit est", "99214", 182.00), ("Hemoglobin A1C test", "83036", 46.50)],
    "cardio": [("Echocardiogram complete", "93306", 1180.00), ("Office visit est", "99213", 145.00)],
    "imaging": [("CT abdomen and pelvis with contrast", "74177", 1420.75)],
    "podiatry": [("Debridement of nails, 6 or more", "11721", 96.00), ("Routine foot care, trimming", "11055", 88.00)],
}


def facts(r: random.Random, lang: str, svc: str, prov: int) -> dict:
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    dos = date - dt.timedelta(days=r.randint(20, 50))
    lines = []
    for desc, code, ch in SERVICES[svc]:
        ch = round(ch + r.choice([0, 12.5, 24.0, -8.25]), 2)
        ap = round(ch * r.uniform(0.52, 0.7), 2)
        lines.append((desc, code, ch, ap))
    total = round(sum(x[2] for x in lines), 2)
    ded = min(round(r.choice([0, 0, 257.0, 120.0]), 2), round(sum(x[3] for x in lines), 2))
    coins = round((sum(x[3] for x in lines) - ded) * 0.2, 2)
    pname, doc = PROVIDERS[prov]
    return dict(lang=lang, addr=(f"{r.randint(15, 9800)} {r.choice(STREETS)}", f"{city}, {st} {z}"), date=date,
                dos=dos, p0=dos - dt.timedelta(days=r.randint(3, 15)), p1=date - dt.timedelta(days=r.randint(2, 8)),
                lines=lines, total=total, ded=ded, coins=coins, asked=round(ded + coins, 2), member=person(r, lang),
                mbi=mbi(r), mcaid=f"{r.choice(['BS', 'MA'])}{digits(r, 9)}", claim=digits(r, 13), prov=pname,
                doc=doc, pnpi="1" + digits(r, 9), pphone=phone(r), acct=digits(r, 7),
                dob=dt.date(r.randint(1940, 1960), r.randint(1, 12), r.randint(1, 28)),
                ref=f"QMB-{date.year}-{digits(r, 5)}", plan_id=f"HDA{digits(r, 8)}", case=f"GR{digits(r, 7)}")


def msn_doc(f: dict, ds: str, deny_line: bool = False) -> bytes:
    lang = f["lang"]
    lines = []
    for desc, code, ch, ap in f["lines"]:
        if deny_line and code == "11055":
            lines.append((desc, code, False, ch, 0.0, 0.0, ch, "B"))
        else:
            lines.append((desc, code, True, ch, ap, round(ap * 0.8, 2), 0.0, "A"))
    claims = [dict(who=f["prov"], addr=[f["addr_p"], f"{'Provider' if lang == 'en' else 'Proveedor'} NPI {f['pnpi']}"],
                   claim=f["claim"], dos=f["dos"], ref=None, lines=lines)]
    if deny_line:
        other = f["other"]
        claims.insert(0, dict(who=other[0], addr=[other[1]], claim=other[2], dos=other[3], ref=None,
                              lines=[(other[4], other[5], True, other[6], other[7], round(other[7] * 0.8, 2), 0.0,
                                      "A")]))
    notes = {"A": ("The amount Medicare paid the provider is 80% of the Medicare-approved amount. You are in the QMB "
                   "program, so you owe nothing for this service." if lang == "en" else
                   "Medicare pagó al proveedor el 80% de la cantidad aprobada. Usted está en el programa QMB y no "
                   "debe nada por este servicio.")}
    if deny_line:
        notes["B"] = ("Medicare does not pay for routine foot care (trimming of corns, calluses or nails) unless "
                      "certain medical conditions are present. This service is not covered. The QMB program "
                      "protects you only from Medicare deductibles and coinsurance, so the provider may bill you "
                      "for services Medicare does not cover.")
    return msn(dict(lang=lang, ds=ds, name=f["member"][0], addr=f["addr"], num=f["mbi"], date=f["date"], p0=f["p0"],
                    p1=f["p1"], deadline=f["date"] + dt.timedelta(days=120), claims=claims, notes=notes,
                    ded=("257.00", "257.00"), contractor=CONTRACTOR, qmb_box=QMB_EN if lang == "en" else QMB_ES,
                    be_informed=None))


def bill(d, f: dict, ds: str, plan: bool = False) -> None:
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    m = f["member"]
    d.add_page()
    d.text_line(f["prov"], 14, "B")
    d.text_line(f"{f['addr_p']}   Billing office {f['pphone']}", 8.5)
    d.rule(0.6, 3)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(2)
    rows = [("Statement date", D(f["date"])), ("Account number", f["acct"]), ("Patient", m[0]),
            ("Date of birth", D(f["dob"])),
            ("Primary insurance", "Harrowgate Dual Advantage" if plan else "Medicare Part B"),
            ("Insurance ID", f["plan_id"] if plan else f["mbi"])]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(42, 5, k + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    body = [[D(f["dos"]), f"{desc} ({code})", usd(ch)] for desc, code, ch, ap in f["lines"]]
    body.append(["*Total charges", "", usd(f["total"])])
    d.table(["Date of service", "Description", "Charges"], body, [32, 110, 30], size=9, aligns="LLR")
    ins = "Plan" if plan else "Medicare"
    paid = round(sum(ap for *_, ap in f["lines"]) * 0.8 - f["ded"] * 0.8, 2)
    for k, v in ((f"{ins} payment", "-" + usd(paid)), (f"{ins} adjustment", "-" + usd(round(f["total"] - paid - f["asked"], 2))),
                 ("Deductible (patient responsibility)", usd(f["ded"])),
                 ("Coinsurance 20% (patient responsibility)", usd(f["coins"]))):
        d.font(9.5)
        d.cell(120, 5, k)
        d.cell(40, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    d.font(11, "B")
    d.cell(120, 7, "AMOUNT DUE FROM PATIENT")
    d.cell(40, 7, usd(f["asked"]), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Please pay by {D(f['date'] + dt.timedelta(days=30))}. Accounts not paid within 90 days may be referred to "
           "a collection agency. Questions? Call the billing office.", 9)


def state_letter(f: dict, ds: str) -> bytes:
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    for i, ln in enumerate(STATE):
        d.text_line(ln, 13 if i == 0 else 9, "B" if i == 0 else "")
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in ("Billing Manager", f["prov"], f["addr_p"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("RE: Improper billing of a Qualified Medicare Beneficiary (QMB)", 11.5, "B")
    d.ln(1)
    for k, v in (("Reference number", f["ref"]), ("Beneficiary", f["member"][0]), ("Medicaid ID", f["mcaid"]),
                 ("Medicare Number", f["mbi"]), ("Date of service", D(f["dos"])),
                 ("Total charges on claim", usd(f["total"])), ("Amount billed to beneficiary", usd(f["asked"]))):
        d.font(10, "B")
        d.cell(58, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"The beneficiary named above contacted our office about a statement from your practice asking for "
           f"{usd(f['asked'])} in Medicare deductible and coinsurance for services on {D(f['dos'])}. Our records "
           "show that this person is enrolled in the Qualified Medicare Beneficiary (QMB) program, a Medicare "
           "Savings Program administered by this Department, and was enrolled on the date of service.")
    d.para("Federal law (Section 1902(n)(3)(B) of the Social Security Act) prohibits Medicare providers from "
           "billing QMB individuals for Medicare Part A and Part B deductibles, coinsurance or copayments, whether "
           "or not you are enrolled as a Medicaid provider. This applies to original Medicare and Medicare "
           "Advantage. Providers who bill QMB individuals may be subject to sanctions.")
    d.para("Please stop billing the beneficiary for these amounts, recall the account from any collection agency, "
           "and refund any amount already collected. You may submit the claim to this Department for any "
           "crossover payment owed under the State plan. Please confirm the correction in writing within 30 "
           f"days, quoting reference {f['ref']}.")
    d.para("Sincerely,")
    d.para("QMB Billing Protection Unit, Office of Provider Compliance")
    d.para(f"cc: {f['member'][0]}", 9)
    return pdf_bytes(d)


def plan_letter_provider(f: dict, ds: str) -> bytes:
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(PLAN[0].upper(), 16, "B")
    d.text_line(f"{PLAN[1]}  |  {PLAN[2]}, {PLAN[3]}  |  Provider Services 1-555-310-4477", 8)
    d.rule(0.8, 4)
    d.text_line(f"Date: {D(f['date'])}", 10.5)
    d.text_line(f"To: {f['prov']}, Attn: Patient Accounts", 10.5)
    d.text_line(f"Provider NPI: {f['pnpi']}", 10.5)
    d.ln(3)
    d.text_line("Notice to Provider: Balance Billing of a Dual-Eligible (QMB) Member", 12, "B")
    d.ln(1)
    for k, v in (("Member", f["member"][0]), ("Member ID", f["plan_id"]), ("Medicare Number", f["mbi"]),
                 ("Medicaid ID", f["mcaid"]), ("Plan claim number", f["claim"]), ("Date(s) of service", D(f["dos"])),
                 ("Billed charges", usd(f["total"])), ("Amount you asked the member to pay", usd(f["asked"]))):
        d.font(9.5, "B")
        d.cell(72, 5.6, " " + k, border=1)
        d.font(9.5)
        d.cell(0, 5.6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"{f['member'][0]} is a member of {PLAN[1]} and is a Qualified Medicare Beneficiary (QMB). We paid this "
           "claim under your contract. The member has sent us the enclosed statement from your office asking for "
           f"{usd(f['asked'])} in deductible and coinsurance.")
    d.para("Under your provider agreement and federal law, you may not collect Medicare cost sharing from a QMB "
           "member. Please stop billing the member, close the balance to a contractual adjustment, and refund any "
           "payment you received. The member owes nothing for this claim. This is not a claim denial and no action "
           "on the claim is needed.")
    d.para("Provider Relations, Harrowgate Health Plans")
    return pdf_bytes(d)


def plan_letter_member(f: dict, ds: str) -> bytes:
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(PLAN[0], 15, "B")
    d.text_line(PLAN[1], 10)
    d.text_line(f"{PLAN[2]}, {PLAN[3]}", 9)
    d.ln(5)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(3)
    d.text_line(f"Member ID: {f['plan_id']}     Case number: {f['case']}", 10, "B")
    d.ln(3)
    m = f["member"]
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"Thank you for calling us about the bill you received from {f['prov']} for your visit on "
           f"{D(f['dos'])}. The bill asked you to pay {usd(f['asked'])}. The total charges for the visit were "
           f"{usd(f['total'])}, and we paid the claim (claim number {f['claim']}).")
    d.para("You do not owe this bill. Our records show you are in the Qualified Medicare Beneficiary (QMB) program. "
           "Doctors, hospitals and other providers cannot charge you for Medicare deductibles, coinsurance or "
           "copays. We have contacted the provider and asked them to stop billing you and to refund anything you "
           "paid.")
    d.para("If the provider keeps billing you or sends the bill to collections, call Member Services at "
           "1-555-310-4400 (TTY 711), 8 a.m. to 8 p.m., seven days a week, and give your case number.")
    d.para("Sincerely,\nMember Services, Harrowgate Dual Advantage (HMO D-SNP)")
    return pdf_bytes(d)


def common(f: dict, **over) -> dict:
    c = dict(member_name=f["member"][0], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
             denial_date=f["date"].isoformat(), provider=f["prov"])
    c.update(over)
    return c


def documents(rng) -> list[Item]:
    items = []

    def fx(i, lang, svc, prov):
        r = random.Random(150500 + 40 + i)
        f = facts(r, lang, svc, prov)
        f["addr_p"] = f"{r.randint(100, 4999)} {r.choice(STREETS)}, {f['addr'][1]}"
        return f, r

    # 1 MSN with QMB message, nothing denied
    f, _ = fx(0, "en", "pcp", 0)
    t = truth("eob", None, insurer="Medicare", member_id=f["mbi"], case_numbers=[f["claim"]],
              appeal_deadline=(f["date"] + dt.timedelta(days=120)).isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "appeal_deadline": [None]},
              type_alternates=["other"], **common(f))
    items.append(Item(f"{FAMILY}_bd_msn_qmb_you_dont_owe", "born_digital", [(msn_doc(f, "long"), t)]))
    # 2 provider's bill asking a QMB for deductible and coinsurance
    f, _ = fx(1, "en", "cardio", 1)
    d = new_doc()
    bill(d, f, "slash")
    t = truth("other", None, insurer=None, member_id=f["mbi"], unscored=["insurer"], **common(f))
    items.append(Item(f"{FAMILY}_bd_provider_statement_asks_coinsurance", "born_digital", [(pdf_bytes(d), t)]))
    # 3 state agency letter to the provider
    f, _ = fx(2, "en", "imaging", 3)
    t = truth("other", None, insurer=STATE[0], member_id=f["mcaid"], case_numbers=[f["ref"]],
              alternates={"member_id": [f["mbi"]]}, **common(f))
    items.append(Item(f"{FAMILY}_scan300_state_letter_provider_stop_billing", "scan_clean_300",
                      [(state_letter(f, "abbr"), t)]))
    # 4 fax stack: plan's letter to the provider + copy of the provider's bill
    f, _ = fx(3, "en", "pcp", 0)
    t1 = truth("other", None, insurer=PLAN[0], member_id=f["plan_id"], case_numbers=[f["claim"]],
               alternates={"insurer": [PLAN[1]], "member_id": [f["mbi"], f["mcaid"]]}, **common(f))
    d = new_doc()
    bill(d, f, "slash", plan=True)
    t2 = truth("other", None, insurer=None, member_id=f["plan_id"], unscored=["insurer"],
               **common(f, denial_date=f["date"].isoformat()))
    items.append(Item(f"{FAMILY}_faxfine_plan_letter_with_provider_bill", "fax_fine_g4",
                      [(plan_letter_provider(f, "iso"), t1), (pdf_bytes(d), t2)], separators=["cover", None]))
    # 5 Spanish MSN with QMB message
    f, _ = fx(4, "es", "pcp", 4)
    t = truth("eob", None, lang="es", insurer="Medicare", member_id=f["mbi"], case_numbers=[f["claim"]],
              appeal_deadline=(f["date"] + dt.timedelta(days=120)).isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "appeal_deadline": [None]},
              type_alternates=["other"], **common(f))
    items.append(Item(f"{FAMILY}_copy_es_msn_qmb_no_debe", "photocopy", [(msn_doc(f, "es"), t)]))
    # 6 MSN where Medicare denied a line (routine foot care)
    f, r = fx(5, "en", "podiatry", 2)
    oth_ch = 210.0 + r.randint(0, 40)
    f["other"] = ("Greywell Family Medicine, PLLC", "Provider NPI 1" + digits(r, 9), digits(r, 13),
                  f["dos"] - dt.timedelta(days=9), "Office/outpatient visit est (99214)", "99214", oth_ch,
                  round(oth_ch * 0.6, 2))
    den_amt = [ch for _, code, ch, _ in f["lines"] if code == "11055"][0]
    t = truth("eob", "not_covered", insurer="Medicare", member_id=f["mbi"], case_numbers=[f["claim"]],
              appeal_deadline=(f["date"] + dt.timedelta(days=120)).isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [m2(den_amt)]},
              **common(f))
    items.append(Item(f"{FAMILY}_rotated_msn_routine_foot_care_denied", "rotated",
                      [(msn_doc(f, "dmy", deny_line=True), t)]))
    # 7 plan's letter to the member: you don't owe this bill
    f, _ = fx(6, "en", "cardio", 1)
    t = truth("other", None, insurer=PLAN[0], member_id=f["plan_id"], case_numbers=[f["case"]],
              alternates={"insurer": [PLAN[1]], "case_numbers": [[f["case"], f["claim"]]]}, **common(f))
    items.append(Item(f"{FAMILY}_lowres_plan_letter_member_does_not_owe", "scan_lowres_150",
                      [(plan_letter_member(f, "long"), t)]))
    return items
