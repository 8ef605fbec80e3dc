"""Family 'bone_growth_stimulator_denial': plan letters, DME supplier letters, EOBs and an MSN on bone growth
stimulators (E0747 electrical non-spinal, E0748 electrical spinal, E0760 low-intensity ultrasound). Denied because
the fracture had not yet failed to heal for the required 90 days, no serial X-rays (two sets at least 90 days apart)
showed the nonunion, or the spinal fusion did not meet the risk criteria; one paid EOB; one fax stack of the
supplier's cover sheet and the plan letter. Decoys: orthopedic surgeon, fracture / surgery date, request received,
rental months, NPIs, HCPCS modifiers, phone numbers, the expedited 72-hour appeal, material numbers.
Written at first sight; all values invented.

Issuers: Wrenhaven Health Plan (commercial; letter with a grey title band, EOB), Medicare (Medicare Summary
Notice, DME claims), Corriedale Advantage Plan (Medicare Advantage HMO; notice of denial, EOB). Suppliers:
Ostrander Medical Supply, Kilbride Orthotic & DME Services, Maplecroft Home Medical Equipment.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "bone_growth_stimulator_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

WH, MC, CA = "Wrenhaven Health Plan", "Medicare", "Corriedale Advantage Plan"
SUPPLIERS = {"OS": ("Ostrander Medical Supply", "71 Pellham Street, Rochester, MN 55901"),
             "KB": ("Kilbride Orthotic & DME Services", "4410 Canal Basin Road, Utica, NY 13501"),
             "MP": ("Maplecroft Home Medical Equipment", "902 Sorrel Lane, Billings, MT 59101")}
SURGEONS = ["Dr. Tuomas R. Kallio", "Dr. Marisela D. Tolentino", "Dr. Obiageli C. Nwosu", "Dr. Jarkko E. Heinonen"]
FIRST = ["Helmi", "Ikenna", "Corazon", "Tapio", "Amarachi", "Rizalina", "Veikko", "Uchenna"]
LAST = ["Halonen", "Nwachukwu", "Pangilinan", "Rautio", "Ibekwe", "Manalastas", "Kivelä", "Onyekwere"]
DEVICES = {"E0747": "Osteogenesis stimulator, electrical, non-invasive, other than spinal",
           "E0748": "Osteogenesis stimulator, electrical, non-invasive, spinal",
           "E0760": "Osteogenesis stimulator, low intensity ultrasound, non-invasive"}
SITES = {"E0747": "left tibial shaft fracture", "E0748": "L4-L5 posterior lumbar fusion",
         "E0760": "right fifth metatarsal (Jones) fracture"}


def ids(r, pat):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[style]


def usd(v: float, style="plain") -> str:
    return f"${v:,.2f}" if style == "plain" else f"{v:,.2f}"


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")


def facts(i: int, kind: str, ins: str, code: str, sup: str, ds: str) -> dict:
    r = random.Random(194600 + i)
    name = f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    letter = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    deliver = add(letter, -r.randint(25, 45))
    mbi = ids(r, "9AA9-AA9-AA99")
    f = dict(kind=kind, ins=ins, code=code, sup=SUPPLIERS[sup], ds=ds, name=name, letter=letter, deliver=deliver,
             injury=add(deliver, -r.choice([41, 48, 55, 62])), surgeon=SURGEONS[i % 4],
             snpi="1" + ids(r, "999999999"), dnpi="1" + ids(r, "999999999"),
             received=add(letter, -r.randint(6, 12)), dob=dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)),
             mid={WH: ids(r, "WHP999999999"), MC: mbi, CA: ids(r, "CA9999999")}[ins],
             grp=ids(r, "WH-99999") if ins == WH else None, claim=ids(r, {WH: "99999999999", MC: "99-9999-9999-999",
                                                                          CA: "C26-9999999"}[ins]),
             auth=ids(r, "PA-99999999"), phone=f"1-555-{r.randint(200,989)}-{r.randint(1000,9999)}",
             fax=f"(555) {r.randint(200,989)}-{r.randint(1000,9999)}",
             charge=r.choice([3875.0, 4125.5, 4480.0, 3990.25, 4650.0]),
             addr=f"{r.randint(20, 9800)} Wickersham Avenue", city=r.choice(["Mankato, MN 56001", "Rome, NY 13440",
                                                                           "Bozeman, MT 59715"]))
    f["planned"] = add(letter, r.randint(3, 10))
    return f


def wh_head(d: Page, f):
    d.set_fill_color(205, 205, 205)
    d.font(16, "B")
    d.cell(0, 11, "  WRENHAVEN HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Medical Management  ·  PO Box 3019, Rochester, MN 55903  ·  Member Services {f['phone']}", 8)
    d.ln(5)


def ca_head(d: Page, f):
    d.text_line("Corriedale Advantage", 19, "B")
    d.text_line("Medicare Advantage HMO", 9)
    d.text_line(f"{CA}  |  1180 Heddle Street, Bozeman, MT 59715  |  {f['phone']} (TTY 711)", 8)
    d.rule(0.5, 5)


def to_member(d: Page, f):
    for ln in (f["name"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


def wh_preservice(d: Page, f):
    ds = f["ds"]
    d.add_page()
    wh_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line("We did not approve a bone growth stimulator", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Request number", f["auth"]),
           ("Item requested", f"{f['code']} - {DEVICES[f['code']]}"), ("Supplier", f["sup"][0]),
           ("Ordering surgeon", f"{f['surgeon']}, orthopedic surgery"), ("Request received", fd(f["received"], ds)),
           ("Planned delivery date", fd(f["planned"], ds))], 46)
    d.ln(3)
    d.para(f"{f['surgeon']} asked for a spinal bone growth stimulator after your {SITES['E0748']} on "
           f"{fd(f['injury'], ds)}. Our medical policy covers a spinal stimulator after fusion surgery only when "
           "there is a high risk that the bones will not fuse: a failed fusion at the same level before, fusion of "
           "three or more levels, or a fusion with a grade II or worse spondylolisthesis, or risk factors such as "
           "diabetes, kidney disease or smoking.", 10)
    d.para("Your records show a first, one-level fusion and none of these risk factors. A physician reviewer "
           "decided the stimulator is not medically necessary for you.", 10)
    d.para("Appeals: you or your doctor may appeal within 180 days of the date of this letter. Call "
           f"{f['phone']} or write to Wrenhaven Appeals, PO Box 3020, Rochester, MN 55903. Urgent appeals are "
           "decided within 72 hours.", 10)
    d.text_line("Utilization Management, " + WH, 10)


def msn(d: Page, f):
    ds = f["ds"]
    deadline = add(f["letter"], 120)
    f["deadline"] = deadline
    d.add_page()
    d.text_line("Medicare Summary Notice for Durable Medical Equipment", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    kv(d, [(f["name"], ""), ("Medicare Number", f["mid"]),
           ("Date of this notice", fd(f["letter"], ds)), ("Customer service", "1-800-MEDICARE")], 55)
    d.ln(2)
    d.set_fill_color(230, 230, 230)
    d.font(10, "B")
    d.cell(0, 7, " Your Equipment Claims for This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    kv(d, [("Supplier:", f"{f['sup'][0]}, {f['sup'][1]}"), ("Ordered by:", f["surgeon"]),
           ("Claim number:", f["claim"]), ("Date of service:", fd(f["deliver"], ds))], 36, 9)
    d.ln(2)
    d.table(["Service & Billing Code", "Approved?", "Charged", "Medicare-Approved", "Medicare Paid",
             "You May Be Billed", "Notes"],
            [[f"Bone stimulator {f['code']}-NU", "No", usd(f["charge"]), "$0.00", "$0.00", "$0.00", "A"],
             ["*Total", "", usd(f["charge"]), "$0.00", "$0.00", "$0.00", ""]], [50, 17, 20, 30, 24, 28, 11], 8.5,
            "LLRRRRL")
    d.para("A  Medicare won't pay for this item because it isn't medically necessary as documented. A stimulator "
           "for a fracture is covered only after the fracture has failed to heal for at least 90 days, shown by "
           f"two sets of X-rays. Your fracture (injury {fd(f['injury'], ds)}) was less than 90 days old when the "
           "item was delivered. The supplier gave no notice (ABN), so you are not responsible.", 9)
    d.ln(2)
    d.text_line(f"If you disagree, appeals must be filed by {fd(deadline, ds)}.", 10.5, "B")
    d.para("Fill out the Redetermination Request on the last page, or send a letter with the claim number to the "
           "Medicare contractor at the address on your notice.", 9)
    d.text_line("CMS Product No. 11393", 7)


def supplier_letter(d: Page, f):
    ds = f["ds"]
    f["plan_date"] = add(f["letter"], -r_days(f))
    f["deadline"] = add(f["plan_date"], 180)
    d.add_page()
    d.text_line(f["sup"][0], 15, "B")
    d.text_line(f"{f['sup'][1]}  ·  Billing {f['fax']}  ·  NPI {f['dnpi']}", 8)
    d.rule(0.3, 5)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line(f"Your insurance denied our claim for your ultrasound bone growth stimulator", 11, "B")
    d.ln(1)
    kv(d, [("Patient:", f["name"]), ("Health plan:", WH), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Plan claim number:", f["claim"]), ("Item:", f"{f['code']} low intensity ultrasound stimulator"),
           ("Delivered:", fd(f["deliver"], ds)), ("Amount billed:", usd(f["charge"])),
           ("Prescribed by:", f["surgeon"])], 44)
    d.ln(2)
    d.para(f"On {fd(f['plan_date'], ds)}, {WH} denied the claim. The plan says the records we sent did not include "
           "serial X-rays: its policy needs two sets of radiographs taken at least 90 days apart showing that the "
           f"{SITES['E0760']} has stopped healing. Only one set, from the week of your injury, was in the file.", 10)
    d.para(f"We have asked {f['surgeon']}'s office for your most recent X-rays. You can also appeal yourself: the "
           f"plan must receive your appeal by {fd(f['deadline'], ds)}. We will not bill you while the appeal is "
           "open.", 10)
    d.text_line("Patient Accounts, " + f["sup"][0], 10)


def r_days(f):
    return 9


def ca_eob(d: Page, f, paid: bool):
    ds = f["ds"]
    d.add_page()
    ca_head(d, f)
    d.text_line("Explanation of Benefits for your medical equipment", 12, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Statement date", fd(f["letter"], ds)),
           ("Claim ID", f["claim"]), ("Supplier", f["sup"][0]), ("Prescribing doctor", f["surgeon"])], 42)
    d.ln(3)
    allowed = round(f["charge"] * 0.78, 2)
    plan = round(allowed * 0.8, 2)
    you = round(allowed - plan, 2)
    d.table(["Date", "Item", "Billed", "Allowed", "Plan paid", "You pay"],
            [[fd(f["deliver"], ds), f"{f['code']} bone growth stimulator", usd(f["charge"]), usd(allowed),
              usd(plan), usd(you)], ["*Total", "", usd(f["charge"]), usd(allowed), usd(plan), usd(you)]],
            [28, 62, 22, 22, 22, 20], 9, "LLRRRR")
    d.para(f"Approved under authorization {f['auth']}. Your 20% coinsurance for durable medical equipment applies. "
           "The supplier may bill you only for the amount under 'You pay'.", 9.5)
    d.para("Questions about this statement? Call Member Services. Y0155_EOBDME26_C", 8)


def ca_notice(d: Page, f, reason: str):
    ds = f["ds"]
    d.add_page()
    ca_head(d, f)
    d.text_line("Notice of Denial of Medical Coverage", 13, "B")
    d.ln(1)
    d.text_line(f"Date: {fd(f['letter'], ds)}", 10)
    kv(d, [("Member name:", f["name"]), ("Member number:", f["mid"]), ("Reference number:", f["auth"]),
           ("Supplier:", f["sup"][0]), ("Surgeon:", f"{f['surgeon']} (NPI {f['snpi']})"),
           ("Item:", f"{f['code']} {DEVICES[f['code']]}")] +
       ([("Requested start:", fd(f["planned"], ds))] if reason == "months" else
        [("Claim number:", f["claim"]), ("Billed amount:", usd(f["charge"], "nosign")),
         ("Delivery date:", fd(f["deliver"], ds))]), 40)
    d.ln(2)
    d.text_line("We have denied the medical coverage (or payment) listed above.", 10.5, "B")
    if reason == "months":
        d.para(f"Your request for a bone growth stimulator for your {SITES['E0747']} is denied. Medicare rules cover "
               "a non-spinal stimulator only for a nonunion: a fracture that has not healed after at least 3 months, "
               f"with X-rays showing no progress. Your fracture happened on {fd(f['injury'], ds)}. It has not yet "
               "failed to heal for the required months. Your surgeon may ask again once it has.", 10)
    else:
        d.para(f"Payment for the spinal stimulator used after your {SITES['E0748']} is denied. Coverage after a "
               "fusion needs a previous failed fusion, a fusion of three or more levels, or a grade II or worse "
               "spondylolisthesis. The records show a first fusion of one level, so the risk criteria were not "
               "met. You do not owe the supplier for this item.", 10)
    d.para("If you disagree, you have the right to appeal. You must ask for an appeal within 65 days of the date "
           "of this notice. We can give you more time if you have a good reason. If waiting 30 days could harm "
           "your health, ask for a fast (expedited) appeal; we will decide within 72 hours.", 9.5)
    d.para("Corriedale Advantage Plan is an HMO with a Medicare contract. Y0155_NDMC26_M  Form CMS-10003-NDMCP", 7.5)


def wh_eob(d: Page, f):
    ds = f["ds"]
    d.add_page()
    wh_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B")
    d.ln(1)
    d.boxes([("Member", f["name"], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 30),
             ("Issued", fd(f["letter"], ds), 40)])
    d.boxes([("Claim", f["claim"], 60), ("Provider", f["sup"][0], 80), ("Received", fd(f["received"], ds), 35)])
    d.ln(4)
    d.table(["Service date", "Code", "Description", "Charge", "Allowed", "Paid", "Code"],
            [[fd(f["deliver"], ds), f"{f['code']}-NU", "Bone growth stimulator", usd(f["charge"], "n"), "0.00",
              "0.00", "X47"], ["*Claim total", "", "", usd(f["charge"], "n"), "0.00", "0.00", ""]],
            [28, 22, 52, 24, 18, 18, 14], 9, "LLLRRRL")
    d.para("X47: Denied. Coverage for an electrical bone growth stimulator for a nonunion fracture requires serial "
           "radiographs - at least two sets, taken 90 days or more apart, with no visible healing between them. "
           "No serial X-rays were received with this claim.", 9)
    d.para(f"Ordering physician: {f['surgeon']} (NPI {f['snpi']}). Patient responsibility: $0.00 (network "
           "supplier).", 9)
    d.para("You have the right to appeal this decision within 180 days of the issue date of this statement.", 9.5)


def cover_sheet(f) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(f["sup"][0], 15, "B")
    d.text_line(f["sup"][1], 9)
    d.ln(6)
    d.text_line("FAX", 28, "B")
    d.ln(3)
    kv(d, [("To:", f"Office of {f['surgeon']}"), ("Fax:", f"(555) {f['fax'][-8:]}"),
           ("From:", "Intake / Reimbursement"), ("Date:", fd(f["letter"] + dt.timedelta(days=2), "slash")),
           ("Pages:", "2 including cover"), ("Re:", f"{f['name']} - bone growth stimulator")], 30, 11)
    d.ln(6)
    d.para("Attached is the health plan's denial of the stimulator you ordered. The plan says the fracture has not "
           "yet failed to heal for the required months. Please send follow-up X-rays and a note when the fracture "
           "reaches 90 days, and we will resubmit the request. Thank you.", 11)
    d.ln(10)
    d.para("CONFIDENTIAL: this fax may contain protected health information. If you received it in error, call "
           "the sender and destroy it.", 8)
    return pdf_bytes(d)


def build(f, mode) -> bytes:
    d = Page()
    if mode == "wh_pre":
        wh_preservice(d, f)
    elif mode == "msn":
        msn(d, f)
    elif mode == "supplier":
        supplier_letter(d, f)
    elif mode == "paid":
        ca_eob(d, f, True)
    elif mode == "ca_months":
        ca_notice(d, f, "months")
    elif mode == "ca_fusion":
        ca_notice(d, f, "fusion")
    else:
        wh_eob(d, f)
    return pdf_bytes(d)


def make_truth(f, mode) -> dict:
    base = dict(insurer=f["ins"], member_name=f["name"], member_id=f["mid"], group_number=f["grp"],
                provider=f["sup"][0], denial_date=f["letter"].isoformat())
    alts: dict = {"provider": [f["sup"][0].replace(" Services", "")]} if "Services" in f["sup"][0] else {}
    dl = lambda n: add(f["letter"], n).isoformat()  # noqa: E731
    if mode == "wh_pre":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["auth"]],
                     service_dates=[f["planned"].isoformat()], appeal_deadline=dl(180),
                     alternates={**alts, "service_dates": [[]]}, **base)
    if mode == "msn":
        return truth("eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                     service_dates=[f["deliver"].isoformat()], appeal_deadline=f["deadline"].isoformat(),
                     alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
                     denial_alternates=["not_covered"], **base)
    if mode == "supplier":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["claim"]],
                     claim_amount=f"{f['charge']:.2f}", service_dates=[f["deliver"].isoformat()],
                     appeal_deadline=f["deadline"].isoformat(),
                     alternates={**alts, "denial_date": [f["plan_date"].isoformat()]},
                     type_alternates=["other"], denial_alternates=["other"], **base)
    if mode == "paid":
        return truth("eob", None, case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                     service_dates=[f["deliver"].isoformat()], alternates={"case_numbers": [[f["claim"], f["auth"]]]},
                     type_alternates=["other"], **base)
    if mode == "ca_months":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["auth"]],
                     service_dates=[f["planned"].isoformat()], appeal_deadline=dl(65),
                     alternates={**alts, "service_dates": [[]]}, **base)
    if mode == "ca_fusion":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["auth"], f["claim"]],
                     claim_amount=f"{f['charge']:.2f}", service_dates=[f["deliver"].isoformat()],
                     appeal_deadline=dl(65), alternates={**alts, "case_numbers": [[f["claim"]]]}, **base)
    return truth("eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                 service_dates=[f["deliver"].isoformat()], appeal_deadline=dl(180),
                 denial_alternates=["other"], alternates=alts, **base)


# (suffix, condition, kind, insurer, code, supplier, mode, date style)
PLAN = [
    ("bd_letter_e0748_fusion_risk_criteria_not_met", "born_digital", "pre", WH, "E0748", "OS", "wh_pre", "long"),
    ("bd_msn_e0747_fracture_under_90_days", "born_digital", "msn", MC, "E0747", "KB", "msn", "slash"),
    ("scan300_supplier_letter_e0760_no_serial_xrays", "scan_clean_300", "supplier", WH, "E0760", "KB", "supplier",
     "abbr"),
    ("rotated_ma_eob_e0760_paid", "rotated", "paid", CA, "E0760", "MP", "paid", "dmy"),
    ("faxstd_stack_supplier_cover_ma_notice_not_failed_to_heal", "fax_standard_g4", "months", CA, "E0747", "MP",
     "ca_months", "long"),
    ("copy_eob_e0747_no_serial_xrays", "photocopy", "eob", WH, "E0747", "OS", "wh_eob", "short"),
    ("lowres_ma_notice_e0748_fusion_payment_denied", "scan_lowres_150", "fusion", CA, "E0748", "MP", "ca_fusion",
     "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, code, sup, mode, ds) in enumerate(PLAN):
        f = facts(i, kind, ins, code, sup, ds)
        pdf = build(f, mode)
        t = make_truth(f, mode)
        if mode == "ca_months":
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)], separators=[cover_sheet(f)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
