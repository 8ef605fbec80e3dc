"""Family 'workers_comp_pbm_first_fill_denial': a workers' compensation pharmacy benefit manager's (PBM) notice that
an injured worker's prescription was not paid, modelled from memory on the letters WC PBMs send to the claimant, the
prescriber or the pharmacy: first-fill (temporary card) period ended before the carrier set up the claim, a drug
that a closed state formulary lists as needing preauthorization (Texas "N" drugs; California MTUS Drug Formulary
non-exempt drugs needing prospective review), a drug for a condition not related to the accepted injury, a claim
the carrier denied or is still investigating; one override approved and paid; one stack with the pharmacy's own fax
cover page in front of the notice. Rx table (Rx #, drug, NDC, quantity, days supply, amount billed, status), BIN /
PCN / RxGRP on the first-fill card letter; decoys: date of injury, date of birth, NDC, Rx number, pharmacy NCPDP and
NPI, employer, the carrier's earlier decision date, the IMR 30 days. All values invented: PBMs (Tapiola Comp Rx,
Inc.; Kuusamo Pharmacy Solutions, LLC; Pielinen Scripts), carriers, employers, people, numbers, 555 phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "workers_comp_pbm_first_fill_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

TA, KU, PI = "Tapiola Comp Rx, Inc.", "Kuusamo Pharmacy Solutions, LLC", "Pielinen Scripts"
PBM_ADDR = {TA: ("PO Box 48120", "Round Rock, TX 78680", "1-555-614-2290"),
            KU: ("9100 Lappi Parkway, Suite 400", "Tempe, AZ 85284", "1-555-862-0375"),
            PI: ("31 Koli Drive", "Harrisburg, PA 17110", "1-555-229-7146")}
CARRIERS = ["Saimaa Mutual Casualty Company", "Vuoksi Employers Insurance Company", "Inari Commercial Indemnity Co."]
EMPLOYERS = ["Hamina Tile & Stone, Inc.", "Rovaniemi Logistics LLC", "Ounasvaara Senior Living", "Kemijoki Roofing Co."]
PHARMS = [("Koli Drug #114", "4417029"), ("Northlake Pharmacy", "3950618"), ("Vaara Apothecary", "0528834")]
FIRST = ["Adebayo", "Sione", "Marguerite", "Dariusz", "Hamid", "Yupanqui", "Liesel", "Tomasz", "Nkechi", "Bao"]
LAST = ["Adeyemi", "Latu", "Thibodeaux", "Zielinski", "Karimi", "Mamani", "Brandt", "Kaczmarek", "Eze", "Tran"]
DOCS = ["Dr. Ilkka Marttinen", "Dr. Soraya Haddad", "Dr. Kenneth Obuya", "Dr. Priyanka Venkatesan"]
DRUGS = {"cyclo": ("Cyclobenzaprine HCl 10 mg tablet", 30, 15, 38, 74),
         "tram": ("Tramadol HCl 50 mg tablet", 60, 15, 45, 96),
         "oxy": ("Oxycodone-acetaminophen 5-325 mg tablet", 40, 10, 62, 128),
         "lido": ("Lidocaine 5% patch", 30, 30, 240, 410),
         "gaba": ("Gabapentin 300 mg capsule", 90, 30, 40, 88),
         "celec": ("Celecoxib 200 mg capsule", 30, 30, 120, 210),
         "metf": ("Metformin HCl ER 500 mg tablet", 60, 30, 24, 58),
         "lisin": ("Lisinopril 20 mg tablet", 30, 30, 18, 41)}
LABELS = [dict(who="Claimant", claim="Carrier claim #", doi="Date of injury", ref="Reference #", fill="Date filled",
               amt="Amount billed"),
          dict(who="Injured worker", claim="Claim number", doi="DOI", ref="Transaction ID", fill="Fill date",
               amt="Submitted amount"),
          dict(who="Employee", claim="WC claim no.", doi="Injury date", ref="PBM ref.", fill="Date of service",
               amt="Billed")]


class Page(Doc):
    def __init__(self, serif: bool = False):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def facts(r: random.Random, kind: str, pbm: str, lab: int, ds: str, ms: str, drugs: list[str]) -> dict:
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 150))
    fill = days(notice, -r.randint(1, 6))
    doi = days(fill, -(r.randint(34, 60) if kind == "firstfill" else r.randint(45, 400)))
    ph, ncpdp = r.choice(PHARMS)
    lines = []
    for k in drugs:
        name, qty, sup, lo, hi = DRUGS[k]
        lines.append(dict(rx=dig(r, 7), drug=name, ndc=f"{dig(r, 5)}-{dig(r, 4)}-{dig(r, 2)}", qty=qty, sup=sup,
                          amt=round(r.uniform(lo, hi), 2)))
    f = dict(kind=kind, pbm=pbm, L=LABELS[lab], ds=ds, ms=ms, notice=notice, fill=fill, doi=doi,
             name=f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {r.choice(LAST)}",
             dob=dt.date(r.randint(1962, 2000), r.randint(1, 12), r.randint(1, 28)), carrier=r.choice(CARRIERS),
             employer=r.choice(EMPLOYERS), pharm=ph, ncpdp=ncpdp, pharm_npi="1" + dig(r, 9), doc=r.choice(DOCS),
             doc_npi="1" + dig(r, 9), lines=lines, total=round(sum(x["amt"] for x in lines), 2),
             claim=r.choice([f"WC-{dig(r, 2)}-{dig(r, 6)}", f"{dig(r, 3)}{r.choice('ABCDEFG')}{dig(r, 6)}",
                             f"SMC{dig(r, 9)}"]),
             ref={TA: f"TCR{dig(r, 8)}", KU: f"KPS-{dig(r, 4)}-{dig(r, 5)}", PI: f"PS{dig(r, 10)}"}[pbm],
             card=f"{r.choice('TKP')}{dig(r, 10)}", bin=dig(r, 6), pcn=f"WC{dig(r, 3)}", grp=f"FF{dig(r, 4)}",
             adjuster=f"{r.choice(FIRST)} {r.choice(LAST)}", adj_ph=f"1-555-{dig(r, 3)}-{dig(r, 4)}",
             pa=f"PA{dig(r, 7)}", carrier_decision=days(notice, -r.randint(10, 40)))
    return f


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    p = f["pbm"]
    street, town, ph = PBM_ADDR[p]
    if p == TA:
        d.text_line("TAPIOLA COMP Rx", 20, "B")
        d.rule(0.8, 1)
        d.text_line(f"{TA}  |  Workers' Compensation Pharmacy Benefit Management  |  {street}, {town}", 7.5)
        d.text_line(f"Pharmacy help desk {ph}  |  Fax 1-555-614-2291", 7.5)
        d.ln(5)
    elif p == KU:
        d.text_line("A Lappi Managed Care company", 7.5)
        d.text_line(KU, 14, "B")
        d.text_line(f"{street}", 9)
        d.text_line(f"{town}", 9)
        d.text_line(f"Phone {ph}", 9)
        d.ln(5)
    else:
        d.set_fill_color(215, 215, 215)
        d.font(15, "B")
        d.cell(0, 10, "  PIELINEN SCRIPTS", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"Workers' compensation pharmacy program  -  {street}, {town}  -  {ph}", 8)
        d.ln(5)


def pairs(d: Page, rows: list[tuple[str, str]], w: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size - 0.5)
        d.cell(w, 5.1, k + ":")
        d.font(size, "B")
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def grid(d: Page, rows: list[tuple[str, str, str, str]]) -> None:
    """Two label/value pairs per ruled row."""
    for a, b, c, e in rows:
        d.font(7.5, "B")
        d.cell(27, 6.5, " " + a, border=1)
        d.font(8.5)
        d.cell(63, 6.5, " " + b, border=1)
        d.font(7.5, "B")
        d.cell(27, 6.5, " " + c, border=1)
        d.font(8.5)
        d.cell(63, 6.5, " " + e, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def rx_table(d: Page, f: dict, status: str, paid: bool = False) -> None:
    L = f["L"]
    rows = [[x["rx"], x["drug"], x["ndc"], str(x["qty"]), str(x["sup"]), M(f, x["amt"]),
             M(f, x["amt"] if paid else 0) if paid else status] for x in f["lines"]]
    if len(f["lines"]) > 1:
        rows.append(["*Total", "", "", "", "", M(f, f["total"]), M(f, f["total"]) if paid else ""])
    d.table(["Rx #", "Drug", "NDC", "Qty", "Days", L["amt"], "Paid" if paid else "Status"], rows,
            [17, 66, 25, 10, 10, 26, 26], 8, "LLLRRRL")


def claim_block(d: Page, f: dict, extra: list[tuple[str, str]] = ()) -> None:
    L = f["L"]
    pairs(d, [(L["who"], f["name"]), ("Date of birth", D(f, f["dob"])), (L["claim"], f["claim"]),
              (L["doi"], D(f, f["doi"])), ("Employer", f["employer"]), ("Insurance carrier", f["carrier"]),
              (L["ref"], f["ref"]), (L["fill"], D(f, f["fill"])), ("Prescriber", f"{f['doc']}  (NPI {f['doc_npi']})"),
              ("Pharmacy", f"{f['pharm']}  NCPDP {f['ncpdp']}"), *extra])


def first_fill(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line(f["name"], 10)
    d.text_line("c/o " + f["employer"], 10)
    d.ln(4)
    d.text_line("Your first-fill pharmacy card can no longer be used", 12.5, "B")
    d.ln(1)
    pairs(d, [(L["who"], f["name"]), ("Cardholder ID", f["card"]), ("RxBIN / PCN / RxGRP",
                                                                    f"{f['bin']} / {f['pcn']} / {f['grp']}"),
              (L["claim"], "Not yet assigned by the carrier"), (L["doi"], D(f, f["doi"])), ("Employer", f["employer"]),
              (L["ref"], f["ref"]), (L["fill"], D(f, f["fill"])), ("Prescriber", f["doc"]),
              ("Pharmacy", f"{f['pharm']}  (NCPDP {f['ncpdp']})")])
    d.para(f"After your injury you received a temporary (first-fill) card so you could get medicine for your work "
           f"injury without paying. The card pays for up to 30 days after the date of injury, or until "
           f"{f['carrier']} sets up your claim, whichever comes first. The 30 days have passed and we have not "
           "received a claim number from the carrier, so the pharmacy's claim below was rejected.", 9.8)
    rx_table(d, f, "Rejected")
    d.para("This letter does not deny your workers' compensation claim. Ask your employer or the carrier's adjuster "
           "for your claim number and give it to the pharmacy. Once the carrier confirms the claim, the pharmacy "
           "can send the prescription again. Keep your receipts if you pay for the medicine yourself.", 9.5)
    d.para(f"Questions: call us at {PBM_ADDR[TA][2]}, 24 hours a day.", 9.5)


def texas_n_drug(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line(f["doc"], 10)
    d.text_line("and the injured employee named below", 9)
    d.ln(3)
    d.text_line("NOTICE: PRESCRIPTION NOT PAID", 11, "B")
    d.text_line("Preauthorization required - Texas closed formulary", 10.5, "B")
    d.ln(2)
    claim_block(d, f)
    rx_table(d, f, "Denied - N drug")
    d.para("Texas workers' compensation uses a closed formulary for outpatient prescription drugs (28 Texas "
           "Administrative Code §134.500-§134.540). The drug above has a status of \"N\" in the current edition of "
           "the ODG Workers' Compensation Drug Formulary Appendix A. An \"N\" drug must be preauthorized by the "
           "insurance carrier before it is dispensed. No preauthorization was on file for this prescription on the "
           "fill date.", 9.5)
    d.para(f"What to do: the prescribing doctor may ask {f['carrier']} for preauthorization, or prescribe a drug that "
           "the formulary lists with a \"Y\" status. The pharmacy may not bill the injured employee for this drug.",
           9.5)
    d.text_line("Reconsideration", 10.5, "B")
    d.ln(1)
    d.para("If you disagree, the prescribing doctor may request reconsideration within 30 days of the date of this "
           f"notice. Fax the request and any records to {KU} at 1-555-862-0376. A request for medical dispute "
           "resolution may follow the reconsideration as the Division of Workers' Compensation rules allow.", 9.5)
    d.text_line("Clinical Pharmacist, Utilization Review", 9.5)


def mtus(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("PHARMACY UTILIZATION REVIEW DETERMINATION", 12, "B", "C")
    d.text_line("California MTUS Drug Formulary - Non-Exempt Drug", 9.5, "", "C")
    d.ln(3)
    grid(d, [("Date", D(f, f["notice"]), L["who"], f["name"]), (L["claim"], f["claim"], L["doi"], D(f, f["doi"])),
             ("Employer", f["employer"], "Carrier", f["carrier"]), (L["ref"], f["ref"], L["fill"], D(f, f["fill"])),
             ("Prescriber", f["doc"], "Pharmacy", f["pharm"])])
    rx_table(d, f, "Not certified")
    d.para("The drug prescribed is listed as Non-Exempt on the MTUS Drug Formulary. A Non-Exempt drug needs "
           "authorization through prospective review (a Request for Authorization, DWC Form RFA) before it is "
           "dispensed, except during the special fill and perioperative fill periods, which ended for this "
           "claim. No approved RFA was found for this drug, and it is therefore not certified.", 9.5)
    d.para("Internal appeal: you or the prescribing physician may ask for an internal appeal within 60 days of the "
           "date of this letter. Independent Medical Review: an IMR application (DWC Form IMR) must be filed "
           "within 30 days after service of this decision; a copy is enclosed. The IMR time limit is separate from "
           "the internal appeal.", 9.2)
    d.text_line("Reviewing pharmacist: Rauha Leinonen, PharmD", 9)


def unrelated(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line("Claim denial - medication not related to the compensable injury", 12, "B")
    d.ln(1)
    claim_block(d, f, [("Accepted injury", "Lumbar strain (low back)")])
    rx_table(d, f, "Denied")
    d.para(f"{f['carrier']} accepted this claim for a lumbar strain only. The medicines above treat diabetes and "
           "high blood pressure. Nothing in the claim file shows that these conditions were caused or made worse by "
           "the work injury, so they are not payable under the workers' compensation claim. Please use your group "
           "health insurance or another coverage for these prescriptions.", 9.5)
    by = days(f["notice"], 45)
    d.para(f"To ask us to review this decision, send a written request with medical records to {PI}, "
           f"{PBM_ADDR[PI][0]}, {PBM_ADDR[PI][1]}. Your request must be received by {D(f, by)}. You may also have "
           "rights with the state workers' compensation agency.", 9.5)
    d.text_line("Pielinen Scripts Clinical Team", 9.5)


def approved(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line("Override approved - prescription paid", 12.5, "B")
    d.ln(1)
    claim_block(d, f, [("Cardholder ID", f["card"]), ("Authorization no.", f["pa"])])
    rx_table(d, f, "", paid=True)
    d.para(f"{f['carrier']} approved the prescriber's request for this medicine (authorization {f['pa']}), and we "
           "entered an override. The pharmacy's claim was paid; the injured worker owes nothing. The authorization "
           "is good for 90 days from the fill date for the quantity shown.", 9.5)


def comp_denied(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("PHARMACY CLAIM REJECTION NOTICE", 13, "B")
    d.text_line(f"Date: {D(f, f['notice'])}", 10)
    d.ln(2)
    claim_block(d, f)
    rx_table(d, f, "Rejected")
    d.para(f"The insurance carrier, {f['carrier']}, denied this workers' compensation claim on "
           f"{D(f, f['carrier_decision'])} (the carrier found that the injury did not arise out of the employment). "
           "Prescriptions on a denied claim are not payable by the carrier.", 9.5)
    d.para("Injured worker: you may dispute the carrier's denial with the Florida Division of Workers' Compensation "
           "by filing a Petition for Benefits with the Office of the Judges of Compensation Claims. The Employee "
           "Assistance Office can help you (1-555-488-7050). If the claim is later accepted, keep your receipts for "
           "reimbursement.", 9.2)


def pending(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("PRESCRIPTION NOT PAID - CLAIM UNDER INVESTIGATION", 12, "B")
    d.ln(2)
    pairs(d, [("Notice date", D(f, f["notice"])), (L["who"], f["name"]), ("Cardholder ID", f["card"]),
              (L["claim"], f["claim"]), (L["doi"], D(f, f["doi"])), ("Employer", f["employer"]),
              (L["ref"], f["ref"]), (L["fill"], D(f, f["fill"])), ("Prescriber", f["doc"]), ("Pharmacy", f["pharm"])])
    rx_table(d, f, "Pended/rejected")
    d.para(f"{f['carrier']} has told us that it is still investigating whether your injury is covered by workers' "
           "compensation. Until the carrier accepts the claim we cannot pay prescriptions on it. This is not a "
           f"final decision on your claim. The adjuster, {f['adjuster']}, can be reached at {f['adj_ph']}.", 9.5)
    d.para("When the carrier decides, we will send you a letter. If the claim is accepted, prescriptions you paid "
           "for can be reimbursed.", 9.5)


def fax_cover(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(f["pharm"], 13, "B")
    d.text_line(f"NCPDP {f['ncpdp']}   Phone 1-555-390-1142   Fax 1-555-390-1143", 9)
    d.ln(6)
    d.text_line("FAX", 30, "B")
    d.ln(4)
    pairs(d, [("Date", D(f, days(f["notice"], 2))), ("To", f"{f['doc']} - office manager"),
              ("Fax", "1-555-707-3318"), ("From", "Pharmacy staff, " + f["pharm"]), ("Pages (with cover)", "2"),
              ("Re", f"WC prescription rejected - {f['name']}")], 40, 11)
    d.ln(4)
    d.para("Attached is the rejection notice we received from the workers' comp PBM. The patient was told at the "
           "counter. Please let us know if you will change the prescription or if the patient wants to pay cash.",
           10.5)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, notify the sender and destroy it.", 8)
    return pdf_bytes(d)


BUILD = {"firstfill": first_fill, "ndrug": texas_n_drug, "mtus": mtus, "unrelated": unrelated,
         "approved": approved, "denied": comp_denied, "pending": pending}


def make_truth(f: dict) -> dict:
    k, n = f["kind"], f["notice"]
    alts: dict = {"insurer": [f["carrier"]], "provider": [f["pharm"]]}
    common = dict(insurer=f["pbm"], member_name=f["name"], case_numbers=[f["claim"], f["ref"]],
                  claim_amount=f"{f['total']:.2f}", service_dates=[f["fill"].isoformat()],
                  denial_date=n.isoformat(), provider=f["doc"])
    alts["case_numbers"] = [[f["claim"]], [f["ref"]]]
    if k == "firstfill":
        common.update(case_numbers=[f["ref"]], member_id=f["card"], group_number=f["grp"])
        alts["case_numbers"] = [[]]
        alts["group_number"] = [None]
        return truth("denial_letter", "eligibility", alternates=alts, denial_alternates=["other", "not_covered"],
                     type_alternates=["other"], **common)
    if k == "ndrug":
        return truth("denial_letter", "prior_authorization", appeal_deadline=days(n, 30).isoformat(),
                     alternates=alts, denial_alternates=["not_covered"], **common)
    if k == "mtus":
        return truth("denial_letter", "prior_authorization", appeal_deadline=days(n, 60).isoformat(),
                     alternates=alts, denial_alternates=["not_covered", "medical_necessity"], **common)
    if k == "unrelated":
        return truth("denial_letter", "other", appeal_deadline=days(n, 45).isoformat(), alternates=alts,
                     denial_alternates=["not_covered"], **common)
    if k == "approved":
        common.update(case_numbers=[f["claim"], f["ref"], f["pa"]], member_id=f["card"])
        alts["case_numbers"] = [[f["claim"], f["pa"]], [f["claim"], f["ref"]], [f["claim"]]]
        return truth("other", None, alternates=alts, type_alternates=["eob"], **common)
    if k == "denied":
        return truth("denial_letter", "other", alternates=alts, denial_alternates=["eligibility", "not_covered"],
                     **common)
    common["member_id"] = f["card"]
    return truth("denial_letter", "other", alternates=alts, denial_alternates=["eligibility"],
                 type_alternates=["other"], **common)


# (stem suffix, condition, kind, pbm, label set, date style, money style, drugs, serif)
PLAN = [
    ("bd_first_fill_period_ended", "born_digital", "firstfill", TA, 0, "long", "plain", ["cyclo", "tram"], False),
    ("bd_texas_closed_formulary_n_drug", "born_digital", "ndrug", KU, 1, "slash", "plain", ["oxy"], False),
    ("scan300_ca_mtus_nonexempt_not_certified", "scan_clean_300", "mtus", TA, 2, "iso", "plain", ["lido"], True),
    ("lowres_not_related_to_injury", "scan_lowres_150", "unrelated", PI, 0, "abbr", "plain", ["metf", "lisin"], False),
    ("copy_override_approved_paid", "photocopy", "approved", KU, 2, "dmy", "nosign", ["gaba"], False),
    ("faxfine_pharmacy_cover_claim_denied", "fax_fine_g4", "denied", PI, 1, "mdy_nopad", "plain", ["celec"], False),
    ("rotated_claim_under_investigation", "rotated", "pending", TA, 1, "upper", "plain", ["cyclo"], True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, pbm, lab, ds, ms, drugs, serif) in enumerate(PLAN):
        f = facts(random.Random(151550 + i), kind, pbm, lab, ds, ms, drugs)
        d = Page(serif)
        BUILD[kind](d, f)
        doc = (pdf_bytes(d), make_truth(f))
        if kind == "denied":
            items.append(Item(f"{FAMILY}_{suffix}", cond, [doc], separators=[fax_cover(f)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [doc]))
    return items
