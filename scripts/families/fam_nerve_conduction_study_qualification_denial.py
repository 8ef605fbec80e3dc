"""Family 'nerve_conduction_study_qualification_denial': Medicare administrative contractor remittances, Medicare
Summary Notices, Medicare Advantage / commercial plan EOBs and letters denying nerve conduction studies (CPT
95907-95913) and needle EMG (95885-95886) because the number of studies exceeded the limit for the diagnosis
(e.g. carpal tunnel syndrome), the performing provider lacked the required qualification (studies done by a
technician without a qualified supervising physician, or a portable "automated" device), or the studies were not
medically necessary. The neurology or physiatry practice bills; the referring physician is a decoy. One paid EOB,
one remittance listing two patients (one claim denied, one paid). All values invented.

Issuers: Medicare (MSN; contractor "Lanterfield Medicare Services, LLC" on the remittance), Quillmoor Health Plan
(Medicare Advantage; EOBs and letters), Ostrander Mutual Health Insurance Company (commercial letters).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "nerve_conduction_study_qualification_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MAC, MED, QU, OS = ("Lanterfield Medicare Services, LLC", "Medicare", "Quillmoor Health Plan",
                    "Ostrander Mutual Health Insurance Company")
FIRST = ["Wilhelmina", "Abdulrahman", "Soledad", "Hiroshi", "Eleni", "Bartholomew", "Chidinma", "Ruairi", "Imelda",
         "Vikram", "Agnieszka", "Lemuel", "Zainab", "Osvaldo"]
LAST = ["Halvorsen", "Abiodun", "Quiroga", "Matsuda", "Papadakis", "Cromwell", "Eze", "Gallagher", "Villanueva",
        "Subramanian", "Nowicka", "Pritchett", "Haddad", "Cardenas"]
PRACTICES = ["Fernhollow Neurology Associates", "Kestrel Ridge Physical Medicine & Rehabilitation",
             "Tidewater Neurodiagnostics, PC", "Larchmont Spine and Nerve Clinic"]
REFERRERS = ["Dr. Marguerite O. Ashby", "Dr. Sven T. Ekdahl", "Dr. Adaeze N. Umeh", "Dr. Julian R. Castell"]
CODES = {"95907": ("Nerve conduction studies; 1-2 studies", 180), "95908": ("Nerve conduction studies; 3-4 studies", 240),
         "95909": ("Nerve conduction studies; 5-6 studies", 300), "95910": ("Nerve conduction studies; 7-8 studies", 380),
         "95911": ("Nerve conduction studies; 9-10 studies", 450), "95912": ("Nerve conduction studies; 11-12 studies", 520),
         "95913": ("Nerve conduction studies; 13 or more studies", 610),
         "95885": ("Needle EMG, each extremity, with NCS; limited", 140),
         "95886": ("Needle EMG, each extremity, with NCS; complete", 210)}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let + "0123456789") + str(r.randint(0, 9)) + r.choice(let)
            + r.choice(let) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) + str(r.randint(0, 9))
            + str(r.randint(0, 9)))


def patient(r):
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def facts(r: random.Random, ins: str, lines: list[tuple[str, int, bool]], ds: str, ms: str) -> dict:
    """lines: (code, units, denied)."""
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(18, 50))
    ls = []
    for code, units, den in lines:
        ch = round(CODES[code][1] * units * r.uniform(0.95, 1.25), 2)
        al = round(ch * r.uniform(0.4, 0.55), 2)
        ls.append(dict(code=code, units=units, den=den, ch=ch, al=0.0 if den else al, pd=0.0 if den else round(al * 0.8, 2)))
    f = dict(ins=ins, ds=ds, ms=ms, notice=notice, dos=dos, pt=patient(r), lines=ls,
             mid=mbi(r) if ins == MAC or ins == MED else ("QH" + dig(r, 9) if ins == QU else "OMH" + dig(r, 8)),
             group=None if ins in (MAC, MED) else dig(r, 6), prac=r.choice(PRACTICES), ref=r.choice(REFERRERS),
             npi=r.choice("12") + dig(r, 9), rnpi=r.choice("12") + dig(r, 9), icn=dig(r, 13),
             case=r.choice(["UM", "AR"]) + dig(r, 8), dob=dt.date(r.randint(1941, 1972), r.randint(1, 12), r.randint(1, 27)),
             addr=f"{r.randint(100, 9800)} {r.choice(['Wren Hollow Rd', 'Pinecastle Ave', 'Old Ferry Lane'])}",
             city=r.choice(["Harlow Bay, OR 97333", "Minden Falls, IA 50313", "Cobb Hill, VT 05401"]))
    f["total"] = round(sum(x["ch"] for x in ls), 2)
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def mo(f, v):
    return fmt_money(v, f["ms"])


def kv(d: Page, rows, w1=48, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5, a)
        d.font(size, "B")
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def plan_head(d: Page, f: dict):
    if f["ins"] == QU:
        d.text_line("QUILLMOOR", 20, "B")
        d.text_line("Health Plan  |  Medicare Advantage (HMO-POS)  |  PO Box 7720, Harlow Bay, OR 97330  |  1-877-204-6618", 8)
        d.rule(0.8)
    else:
        d.text_line(OS, 12.5, "B", "R")
        d.text_line("Utilization Management - Neurodiagnostic Review", 9, "", "R")
        d.text_line("1400 Brackenridge Plaza, Minden Falls, IA 50309", 9, "", "R")
        d.text_line("Provider line 1-866-530-2974", 9, "", "R")
    d.ln(4)


REASONS = {
    "limit": "The number of nerve conduction studies billed is more than the maximum allowed for the diagnosis on "
             "the claim. For carpal tunnel syndrome (G56.00-G56.03) the policy allows up to 7 motor and sensory "
             "studies (CPT 95910) per patient per year; 9-10 studies (95911) were billed.",
    "qual": "The studies were performed by a technician, and the record does not show a physician with training "
            "in electrodiagnostic medicine supervising or interpreting them at the time of the test. Nerve "
            "conduction studies are covered only when performed by, or under the direct supervision of, a "
            "qualified physician. Studies done with a portable automated device are not covered.",
    "mednec": "The records do not show symptoms or examination findings that support electrodiagnostic testing "
              "(for example, weakness, numbness in a nerve distribution, or a suspected radiculopathy) before "
              "conservative care was tried. The studies are not medically necessary.",
}


def remittance(d: Page, f: dict, g: dict) -> None:
    d.add_page()
    d.text_line(MAC, 12, "B")
    d.text_line("Medicare Part B - Jurisdiction 17   Electronic Remittance Advice (printed)", 8.5)
    d.rule(0.6)
    kv(d, [("Payee:", f["prac"]), ("NPI:", f["npi"]), ("Remit date:", d_(f, f["notice"])),
           ("Payment no.:", "EFT" + f["icn"][:9]), ("Claims on this remit:", "2")], 40)
    for p in (f, g):
        d.text_line(f"NAME {p['pt'].split()[-1].upper()}, {p['pt'].split()[0].upper()} {p['pt'].split()[1][0]}"
                    f"   MID {p['mid']}   ICN {p['icn']}   ACNT {p['acct']}", 8.6, "B")
        d.text_line(f"Referring: {p['ref']} (NPI {p['rnpi']})", 8)
        rows = [[d_(p, p["dos"]), x["code"], str(x["units"]), mo(p, x["ch"]), mo(p, x["al"]), mo(p, x["pd"]),
                 "CO-151 N115" if x["den"] else ""] for x in p["lines"]]
        rows.append(["*CLAIM TOTAL", "", "", mo(p, p["total"]), mo(p, sum(x["al"] for x in p["lines"])),
                     mo(p, sum(x["pd"] for x in p["lines"])), ""])
        d.table(["Serv date", "Proc", "Units", "Billed", "Allowed", "Paid", "Group/RC"], rows,
                [28, 18, 14, 26, 26, 26, 36], 8.5, "LLRRRRL")
    d.text_line("Glossary", 9, "B")
    d.para("CO-151: Payment adjusted because the payer deems the information submitted does not support this many "
           "or frequency of services. N115: This decision was based on a Local Coverage Determination (LCD). "
           "An LCD provides a guide to assist in determining whether a service is covered.", 8.3)
    d.para(f"Redetermination requests for the denied service must be received by {d_(f, f['dead'])}. "
           f"Customer service 1-855-{f['icn'][:3]}-4409.", 8.3)


def msn(d: Page, f: dict) -> None:
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8)
    kv(d, [("Notice for:", f["pt"]), ("Medicare Number:", f["mid"]), ("Date of this notice:", d_(f, f["notice"])),
           ("Claims processed:", "1")], 46)
    d.text_line(f"{d_(f, f['dos'])}  {f['prac']}", 10, "B")
    d.text_line(f"Referred by: {f['ref']}", 9)
    d.text_line(f"Claim number: {f['icn']}", 9)
    rows = [[f"{'Needle EMG' if x['code'] in ('95885', '95886') else 'Nerve conduction studies'} ({x['code']}) x{x['units']}",
             "No" if x["den"] else "Yes", mo(f, x["ch"]),
             mo(f, x["al"]), mo(f, 0 if x["den"] else round(x["al"] * 0.2, 2)), "A" if x["den"] else ""]
            for x in f["lines"]]
    rows.append(["*Total for this claim", "", mo(f, f["total"]), mo(f, sum(x["al"] for x in f["lines"])),
                 mo(f, sum(0 if x["den"] else round(x["al"] * 0.2, 2) for x in f["lines"])), ""])
    d.table(["Service provided", "Approved?", "Charged", "Approved amt", "You may owe", "See"],
            rows, [62, 20, 26, 28, 26, 10], 8.2, "LLRRRL")
    d.para("A  Medicare does not pay for this service because it is not reasonable and necessary for your "
           "condition. " + REASONS["mednec"] + " If you did not get a written notice (ABN) before the service, "
           "you do not have to pay.", 8.8)
    d.text_line("How to appeal", 10, "B")
    d.para(f"If you disagree with any claims decisions on this notice, you can file an appeal. Appeals must be "
           f"filed in writing by {d_(f, f['dead'])}. Circle the service(s) you disagree with and send this notice "
           "to the contractor at the address on the last page. Call 1-800-MEDICARE (1-800-633-4227).", 8.8)


def eob(d: Page, f: dict, why: str | None) -> None:
    d.add_page()
    plan_head(d, f)
    d.text_line("Explanation of Benefits" + (" - Paid claim" if why is None else ""), 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Member:", f["pt"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]), ("Date of birth:", d_(f, f["dob"])),
           ("Issue date:", d_(f, f["notice"])), ("Claim ID:", f["icn"]), ("Rendering provider:", f["prac"]),
           ("Ordered by:", f["ref"])], 42)
    rows = [[d_(f, f["dos"]), x["code"], str(x["units"]), mo(f, x["ch"]), mo(f, x["al"]), mo(f, x["pd"]),
             "X7" if x["den"] else "PD"] for x in f["lines"]]
    rows.append(["*Claim total", "", "", mo(f, f["total"]), mo(f, sum(x["al"] for x in f["lines"])),
                 mo(f, sum(x["pd"] for x in f["lines"])), ""])
    d.table(["Date", "CPT", "Units", "Charged", "Allowed", "Plan paid", "Code"], rows, [28, 18, 14, 28, 28, 28, 16],
            8.6, "LLRRRRL")
    if why is None:
        d.para("PD - Paid at the in-network rate. The studies met the plan's electrodiagnostic testing policy "
               "(performed and interpreted by a board-certified physician; number of studies within the limit for "
               "the diagnosis). Your share is your specialist copay and coinsurance shown above.", 9)
    else:
        d.para("X7 - " + REASONS[why], 9)
        d.para("Appeals: you may ask us to reconsider within 65 days of the date of this notice. Your provider may "
               "also request a reconsideration for you. Call Member Services at 1-877-204-6618 (TTY 711), 8 a.m. to "
               "8 p.m., 7 days a week.", 8.8)


def letter(d: Page, f: dict, why: str, to_practice: bool) -> None:
    d.add_page()
    plan_head(d, f)
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    if to_practice:
        d.text_line(f["prac"], 10)
        d.text_line("Attn: Billing / Electrodiagnostic Laboratory", 10)
    else:
        for ln in (f["pt"], f["addr"], f["city"]):
            d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B")
    d.ln(1)
    kv(d, [("Patient:", f["pt"]), ("Member ID:", f["mid"]), ("Group:", f["group"]), ("Claim number:", f["icn"]),
           ("Review case:", f["case"]), ("Date of service:", d_(f, f["dos"])),
           ("Services:", ", ".join(f"{x['code']} x{x['units']}" for x in f["lines"])),
           ("Billed amount:", mo(f, f["total"])), ("Performing provider:", f"{f['prac']} (NPI {f['npi']})"),
           ("Referring physician:", f"{f['ref']} (NPI {f['rnpi']})")], 44)
    d.para(("Dear Provider" if to_practice else f"Dear {f['pt'].split()[0]} {f['pt'].split()[-1]}") +
           ": We reviewed the claim for the electrodiagnostic testing listed above and we have denied it. "
           + REASONS[why])
    d.para("This decision was made by a board-certified physical medicine and rehabilitation physician reviewer "
           "using the plan's Electrodiagnostic Testing medical policy (MP-NEU-031), which follows the American "
           "Association of Neuromuscular & Electrodiagnostic Medicine recommended study limits.")
    if f["dstyle"] == "date":
        d.para(f"If you disagree you may appeal. Your written appeal must be received by {d_(f, f['dead'])}. An "
               "expedited appeal is decided within 72 hours when waiting could seriously harm the patient's "
               "health. You may also request an external review within 4 months after a final decision.")
    else:
        d.para(f"If you disagree you may appeal within {f['days']} days of the date of this letter. An expedited appeal is "
               "decided within 72 hours when waiting could seriously harm the patient's health. You may also "
               "request an external review within 4 months after a final internal decision.")
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Neurodiagnostic Review Team", 10)
    d.text_line(f["ins"], 10)


def tr(f: dict, doc_type: str, denial, deadline, **kw) -> dict:
    return truth(doc_type, denial, "en", insurer=kw.pop("insurer", f["ins"]), group_number=f["group"],
                 member_id=f["mid"], member_name=f["pt"], case_numbers=kw.pop("cases", [f["icn"]]),
                 claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
                 provider=f["prac"], appeal_deadline=iso(deadline) if deadline else None, **kw)


def documents(rng) -> list[Item]:
    items = []
    # 1 remittance with two patients, one claim with 95911 denied for the diagnosis limit, the other paid
    r = random.Random(164600)
    f = facts(r, MAC, [("95911", 1, True), ("95886", 2, False)], "slash", "plain")
    g = facts(r, MAC, [("95908", 1, False), ("95885", 1, False)], "slash", "plain")
    g["notice"], g["prac"], g["npi"], g["dos"] = f["notice"], f["prac"], f["npi"], f["dos"] - dt.timedelta(days=3)
    f["acct"], g["acct"] = "EDX" + dig(r, 6), "EDX" + dig(r, 6)
    f["dead"] = f["notice"] + dt.timedelta(days=120)
    d = Page(); remittance(d, f, g)
    t = tr(f, "eob", "medical_necessity", f["dead"], insurer=MAC, alternates={"insurer": ["Medicare"],
           "claim_amount": [m2(f["lines"][0]["ch"])]}, denial_alternates=["other", "coding_error"],
           type_alternates=["denial_letter"])
    items.append(Item(f"{FAMILY}_bd_mac_remit_two_patients_95911_over_limit", "born_digital", [(pdf_bytes(d), t)]))

    # 2 MSN, not medically necessary
    f = facts(random.Random(164601), MED, [("95909", 1, True), ("95886", 1, True)], "long", "plain")
    f["dead"] = f["notice"] + dt.timedelta(days=120)
    d = Page(); msn(d, f)
    t = tr(f, "eob", "medical_necessity", f["dead"], alternates={"insurer": [MAC, "Centers for Medicare & Medicaid Services"]})
    items.append(Item(f"{FAMILY}_bd_msn_ncs_emg_not_medically_necessary", "born_digital", [(pdf_bytes(d), t)]))

    # 3 MA EOB, technician without qualified physician
    f = facts(random.Random(164602), QU, [("95910", 1, True), ("95885", 2, True)], "abbr", "plain")
    d = Page(); eob(d, f, "qual")
    t = tr(f, "eob", "not_covered", f["notice"] + dt.timedelta(days=65), denial_alternates=["other", "eligibility"])
    items.append(Item(f"{FAMILY}_scan300_ma_eob_technician_not_qualified", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 4 commercial letter to member, studies over limit (180 days)
    f = facts(random.Random(164603), OS, [("95911", 1, True), ("95886", 1, False)], "iso", "plain")
    f["dstyle"], f["days"] = "days", 180
    d = Page(); letter(d, f, "limit", False)
    t = tr(f, "denial_letter", "medical_necessity", f["notice"] + dt.timedelta(days=180), cases=[f["icn"], f["case"]],
           denial_alternates=["other", "coding_error"])
    items.append(Item(f"{FAMILY}_lowres_member_letter_studies_over_limit", "scan_lowres_150", [(pdf_bytes(d), t)]))

    # 5 paid EOB
    f = facts(random.Random(164604), QU, [("95908", 1, False), ("95886", 1, False)], "dmy", "plain")
    d = Page(); eob(d, f, None)
    t = tr(f, "other", None, None, type_alternates=["eob"])
    items.append(Item(f"{FAMILY}_copy_ma_eob_paid_ncs_emg", "photocopy", [(pdf_bytes(d), t)]))

    # 6 letter to the practice, qualification (printed deadline)
    f = facts(random.Random(164605), OS, [("95912", 1, True), ("95886", 2, True)], "slash", "plain")
    f["dstyle"] = "date"
    f["dead"] = f["notice"] + dt.timedelta(days=180)
    d = Page(); letter(d, f, "qual", True)
    t = tr(f, "denial_letter", "not_covered", f["dead"], cases=[f["icn"], f["case"]],
           denial_alternates=["other", "eligibility"])
    items.append(Item(f"{FAMILY}_faxfine_practice_letter_performer_not_qualified", "fax_fine_g4", [(pdf_bytes(d), t)]))

    # 7 rotated MA letter to member, needle EMG not medically necessary
    f = facts(random.Random(164606), QU, [("95907", 1, True), ("95885", 1, True)], "upper", "plain")
    f["dstyle"], f["days"] = "days", 65
    d = Page(); letter(d, f, "mednec", False)
    t = tr(f, "denial_letter", "medical_necessity", f["notice"] + dt.timedelta(days=65), cases=[f["icn"], f["case"]])
    items.append(Item(f"{FAMILY}_rotated_ma_letter_emg_not_medically_necessary", "rotated", [(pdf_bytes(d), t)]))
    return items
