"""Family 'assistant_surgeon_modifier_denial': an assistant surgeon's, surgical PA's or co-surgeon's claim denied
(modifiers 80/81/82/AS/62) because the procedure allows no assistant at surgery, because the surgery was done in a
teaching hospital with a qualified resident available (modifier 82 without the certification), because nothing in
the operative report shows the assistant was medically necessary, or because the procedure allows no co-surgeons.
The primary surgeon's paid claim sits beside the denied one as a decoy on remittances and on the member EOB. Papers:
provider remittances, a member EOB, plan letters to the assistant, an upheld reconsideration, and one remittance
paying an assistant claim. All values invented.

Names: Tamil given names and surnames for people, Tamil Nadu rivers and towns for organisations.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "assistant_surgeon_modifier_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Kavitha", "Senthil", "Anbarasi", "Ilango", "Meenakshi", "Tamilselvan", "Revathi", "Kathiravan", "Nithya",
         "Arulmozhi", "Velmurugan", "Poongodi"]
LAST = ["Ramasamy", "Palanisamy", "Annamalai", "Kandasamy", "Sivakumar", "Muthukumar", "Elangovan", "Thangaraj",
        "Subramaniam", "Veerappan"]
KAV = "Kaveri Mutual Health Insurance Company"
COR = "Coromandel Benefit Plans"
NIL = "Nilgiri Health Plans"
NIL_PLAN = "Nilgiri Senior Advantage (HMO)"
GROUP = "Vaigai Orthopaedic & Spine Surgeons, P.C."
GROUP2 = "Tamirabarani General Surgery Associates"
HOSP = "Thanjavur University Hospital"
CITIES = [("Rochester", "MN", "55901"), ("Mankato", "MN", "56001"), ("Eau Claire", "WI", "54701"),
          ("La Crosse", "WI", "54601")]
STREETS = ["Madurai Lane", "Salem Street", "Erode Avenue", "Karur Court"]

PROCS = {"menisc": ("29881", "Arthroscopy, knee, with meniscectomy (medial OR lateral)", 2860.00),
         "tka": ("27447", "Arthroplasty, knee, total", 5420.00),
         "tha": ("27130", "Arthroplasty, hip, total", 5680.00),
         "lami": ("63047", "Laminectomy, lumbar, single segment", 4975.00),
         "chole": ("47562", "Laparoscopic cholecystectomy", 3340.00),
         "hernia": ("49505", "Repair initial inguinal hernia, age 5 years or older; reducible", 1890.00),
         "carpal": ("64721", "Neuroplasty; median nerve at carpal tunnel", 1420.00)}


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def person(r, taken=()):
    while True:
        n = f"{r.choice(FIRST)} {r.choice('ABDGKLMNPRSTV')}. {r.choice(LAST)}"
        if n.split()[0] not in {t.split()[0] for t in taken}:
            return n


def mixed(r, pat):
    return "".join(r.choice("ACDEFGHJKMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper()}[s]


def usd(v, s="plain"):
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "space": f"$ {v:,.2f}"}[s]


def plus(d, n):
    return d + dt.timedelta(days=n)


def addr(r):
    c, st, z = r.choice(CITIES)
    return [f"{r.randint(20, 8800)} {r.choice(STREETS)}", f"{c}, {st} {z}"]


def kv(d, label, value, w=48, size=9.5):
    d.font(size - 0.8)
    d.cell(w, 5, label)
    d.font(size, "B")
    d.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def facts(r, proc, mod="80", asst_kind="md"):
    f = {}
    f["pat"] = person(r)
    f["surg"] = person(r, [f["pat"]]) + ", MD"
    f["asst"] = person(r, [f["pat"], f["surg"]]) + (", MD" if asst_kind == "md" else ", PA-C")
    f["mid"] = mixed(r, "AAA999999999")
    f["grp"] = mixed(r, "99999")
    f["notice"] = dt.date(2026, r.randint(2, 10), r.randint(1, 27))
    f["dos"] = plus(f["notice"], -r.randint(25, 55))
    f["dob"] = dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 27))
    code, desc, fee = PROCS[proc]
    f["code"], f["desc"], f["fee"] = code, desc, fee
    f["mod"] = mod
    f["asst_fee"] = round(fee * (0.16 if mod in ("80", "82") else 0.14 if mod == "AS" else 0.2), 2)
    if mod == "62":
        f["asst_fee"] = round(fee * 0.625, 2)
    f["claim_p"] = mixed(r, "9999999999")
    f["claim_a"] = mixed(r, "9999999999")
    f["npi_p"] = "1" + mixed(r, "999999999")
    f["npi_a"] = "1" + mixed(r, "999999999")
    f["addr"] = addr(r)
    return f


def name_only(n):
    return n.split(",")[0]


# ---------------------------------------------------------------- A: provider remittance (assistant not allowed)
def remit(r, proc="menisc", ds="slash", insurer=KAV, days=90):
    f = facts(r, proc, "80")
    paid_p = round(f["fee"] * 0.71, 2)
    d = Page(margins=(12, 10, 12))
    d.add_page()
    d.text_line(insurer, 13, "B")
    d.text_line("Provider Remittance Advice  -  Explanation of Payment", 10)
    d.rule(0.6)
    for k, v in (("Payee", GROUP), ("Payee TIN", "XX-XXX" + mixed(r, "9999")),
                 ("Remittance date", fd(f["notice"], ds)), ("Payment #", mixed(r, "EFT99999999"))):
        kv(d, k + ":", v, 40, 9)
    d.ln(2)
    hd = ["Line", "DOS", "CPT", "Mod", "Billed", "Allowed", "Paid", "Codes"]
    W = [12, 24, 16, 12, 26, 26, 26, 40]
    for who, claim, npi, rows, note in (
            (f["surg"], f["claim_p"], f["npi_p"],
             [["1", fd(f["dos"], ds), f["code"], "", f"{f['fee']:,.2f}", f"{f['fee'] * 0.78:,.2f}", f"{paid_p:,.2f}", "CO-45"]],
             ""),
            (f["asst"], f["claim_a"], f["npi_a"],
             [["1", fd(f["dos"], ds), f["code"], "80", f"{f['asst_fee']:,.2f}", "0.00", "0.00", "CO-54 N70"]],
             "Status: DENIED")):
        d.font(8.5, "B")
        d.cell(0, 5, f"Patient: {f['pat']}   Member ID: {f['mid']}   Claim #: {claim}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 5, f"Rendering: {who}  NPI {npi}   {note}", new_x="LMARGIN", new_y="NEXT")
        d.table(hd, rows, W, 8, "LLLLRRRL", row_h=4.8)
    d.text_line("Code descriptions", 9, "B")
    d.para("CO-45  Charge exceeds fee schedule/maximum allowable.  CO-54  Multiple physicians/assistants are not "
           f"covered in this case.  N70  Consolidated and included in another claim.  Our surgical payment policy "
           f"lists CPT {f['code']} as a procedure for which an assistant at surgery is never allowed (indicator 1); "
           "the assistant surgeon may not bill the patient.", 8)
    d.para(f"To ask for a reconsideration, send the request with the operative report within {days} days of the "
           "date of this remittance to Provider Appeals, PO Box 4120, Rochester, MN 55903.", 8)
    t = truth("eob", "not_covered", "en", insurer=insurer, member_id=f["mid"], member_name=f["pat"],
              case_numbers=[f["claim_a"]], claim_amount=f"{f['asst_fee']:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=name_only(f["asst"]),
              appeal_deadline=plus(f["notice"], days).isoformat(),
              alternates={"provider": [GROUP]}, denial_alternates=["coding_error", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: member EOB (subscriber + dependent patient)
def member_eob(r):
    f = facts(r, "hernia", "AS", "pa")
    sub = person(r, [f["pat"], f["surg"], f["asst"]])
    pat_last = f["pat"].split()[-1]
    sub = " ".join(sub.split()[:2] + [pat_last])
    paid_p = round(f["fee"] * 0.62, 2)
    d = Page()
    d.add_page()
    d.text_line(COR, 16, "B")
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 10, "B")
    d.rule(0.8, 3)
    y = d.get_y()
    for k, v in (("Subscriber", sub), ("Subscriber ID", f["mid"]), ("Group number", f["grp"]),
                 ("Statement date", fd(f["notice"], "long"))):
        kv(d, k + ":", v, 34)
    d.set_xy(120, y)
    d.font(9)
    d.multi_cell(0, 4.6, f"{sub}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line(f"Patient: {f['pat']}  (dependent)   Date of birth: {fd(f['dob'], 'slash')}", 9.5, "B")
    d.ln(1)
    hd = ["Claim", "Provider", "Service date", "Service", "Amount billed", "Plan allowed", "Plan paid", "You owe", "Note"]
    W = [22, 40, 20, 30, 20, 18, 18, 14, 8]
    rows = [[f["claim_p"], name_only(f["surg"]), fd(f["dos"], "slash"), f"Hernia repair {f['code']}",
             usd(f["fee"]), usd(f["fee"] * 0.8), usd(paid_p), usd(f["fee"] * 0.8 - paid_p), "1"],
            [f["claim_a"], name_only(f["asst"]), fd(f["dos"], "slash"), f"Assist {f['code']}-AS",
             usd(f["asst_fee"]), usd(0), usd(0), usd(0), "2"]]
    d.table(hd, rows, W, 7.4, "LLLLRRRRL")
    d.text_line("Notes", 10, "B")
    d.para("1  Paid at the in-network rate after your deductible and coinsurance.", 8.5)
    d.para(f"2  Not payable. {name_only(f['asst'])}, a physician assistant, billed as assistant at surgery "
           f"(modifier AS). Your plan does not pay an assistant for CPT {f['code']}. Because this provider is in "
           "our network, you do not owe this amount.", 8.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with how a claim was processed, you may file an appeal within 180 days of the date of "
           "this statement. Call Member Services at 1-555-702-3381 or write to Appeals, PO Box 88, "
           "Mankato, MN 56002. You may also have the right to an external review.", 8.5)
    t = truth("eob", "not_covered", "en", insurer=COR, group_number=f["grp"], member_id=f["mid"],
              member_name=f["pat"], case_numbers=[f["claim_a"]], claim_amount=f"{f['asst_fee']:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=name_only(f["asst"]), appeal_deadline=plus(f["notice"], 180).isoformat(),
              denial_alternates=["coding_error", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: MA letter, teaching hospital (modifier 82)
def teaching_letter(r):
    f = facts(r, "tka", "82")
    ref = mixed(r, "PDR-9999999")
    due = plus(f["notice"], 60)
    d = Page()
    d.add_page()
    d.text_line(NIL, 15, "B", "C")
    d.text_line(f"{NIL_PLAN}  |  Provider Payment Review  |  PO Box 2290, Eau Claire, WI 54702", 8, "", "C")
    d.ln(6)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    for ln in (f["asst"], GROUP, "1140 Salem Street, Suite 200", "La Crosse, WI 54601"):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Payment denial - assistant at surgery in a teaching hospital", 11.5, "B")
    d.ln(1)
    for k, v in (("Member", f["pat"]), ("Member ID", f["mid"]), ("Claim number", f["claim_a"]),
                 ("Review reference", ref), ("Date of surgery", fd(f["dos"], "abbr")),
                 ("Facility", HOSP), ("Billed", f"{f['code']}-82  {usd(f['asst_fee'])}"),
                 ("Surgeon of record", f"{f['surg']} (claim paid)")):
        kv(d, k + ":", v, 40)
    d.ln(3)
    d.para(f"Dear Dr. {f['asst'].split(',')[0].split()[-1]}:")
    d.para(f"You billed as assistant surgeon (modifier 82) for a total knee arthroplasty performed at {HOSP} on "
           f"{fd(f['dos'], 'abbr')}. {HOSP} runs an approved orthopaedic surgery residency. Under Medicare payment "
           "rules that our plan follows, an assistant at surgery in a teaching hospital is paid only when no "
           "qualified resident was available and the surgeon certifies this on the claim or in the operative "
           "report. The claim had no such certification, and the hospital's schedule shows a PGY-4 orthopaedic "
           "resident assigned to the room. We have therefore denied payment.")
    d.para("The primary surgeon's claim for the same procedure was paid and is not affected by this decision.")
    d.text_line("Reconsideration", 10.5, "B")
    d.para(f"You may ask us to reconsider by {fd(due, 'abbr')} (60 days from the date of this notice). Send the "
           "signed certification that no qualified resident was available and the operative report. As a "
           "contracted provider you may not bill the member for this service.")
    d.text_line("Provider Payment Review Unit", 10)
    d.text_line(NIL, 10)
    t = truth("denial_letter", "not_covered", "en", insurer=NIL, member_id=f["mid"], member_name=f["pat"],
              case_numbers=[f["claim_a"], ref], claim_amount=f"{f['asst_fee']:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=name_only(f["asst"]), appeal_deadline=due.isoformat(),
              alternates={"case_numbers": [[f["claim_a"]]], "provider": [GROUP]},
              denial_alternates=["other", "coding_error"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: paid assistant claim (remittance)
def paid_remit(r):
    f = facts(r, "tha", "80")
    allowed = round(f["asst_fee"] * 0.8, 2)
    d = Page(margins=(14, 12, 14))
    d.add_page()
    d.text_line("KAVERI MUTUAL", 18, "B")
    d.text_line(f"{KAV}  -  Explanation of Payment to Provider", 9)
    d.rule(0.8, 3)
    for k, v in (("Provider", f"{f['asst']}  NPI {f['npi_a']}"), ("Group", GROUP),
                 ("Date issued", fd(f["notice"], "iso")), ("Check number", mixed(r, "99999999"))):
        kv(d, k, v, 34, 9)
    d.ln(3)
    d.text_line(f"Patient {f['pat']}   ID {f['mid']}   Claim {f['claim_a']}", 9.5, "B")
    d.table(["Service date", "Procedure", "Modifier", "Charge", "Allowed", "Deductible", "Coins", "Paid"],
            [[fd(f["dos"], "iso"), f["code"], "80", usd(f["asst_fee"]), usd(allowed), usd(0), usd(allowed * 0.2),
              usd(allowed * 0.8)],
             ["*Claim total", "", "", usd(f["asst_fee"]), usd(allowed), usd(0), usd(allowed * 0.2), usd(allowed * 0.8)]],
            [24, 22, 18, 24, 24, 22, 22, 24], 8.5, "LLLRRRRR")
    d.para(f"Assistant at surgery for CPT {f['code']} is allowed under the surgical payment policy (indicator 2). "
           "Allowed at 16% of the primary surgeon's fee schedule amount. The member's coinsurance is shown above.",
           8.5)
    d.para(f"Primary surgeon claim {f['claim_p']} ({f['surg']}) was processed separately.", 8.5)
    d.para("Questions about this payment: Provider Services 1-555-480-2270.", 8.5)
    t = truth("eob", None, "en", insurer=KAV, member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim_a"]],
              claim_amount=f"{f['asst_fee']:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=name_only(f["asst"]),
              alternates={"provider": [GROUP]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- E: letter, no documentation of necessity
def necessity_letter(r):
    f = facts(r, "lami", "80")
    due = plus(f["notice"], 120)
    d = Page()
    d.add_page()
    d.text_line(KAV, 12, "B")
    d.text_line("Clinical Claim Review  ·  PO Box 4120, Rochester, MN 55903  ·  Fax (555) 480-2299", 8)
    d.rule(0.4, 5)
    d.text_line(f"Date: {fd(f['notice'], 'upper')}", 10)
    d.ln(2)
    d.text_line(f"To: {f['asst']}", 10)
    d.text_line(f"    {GROUP}", 10)
    d.ln(3)
    d.boxes([("Patient", f["pat"], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 25), ("Claim no.", f["claim_a"], 50)])
    d.boxes([("Date of service", fd(f["dos"], "upper"), 40), ("Procedure", f"{f['code']}-80 lumbar laminectomy", 80),
             ("Billed", usd(f["asst_fee"], "nosign"), 30), ("Allowed", "0.00", 30)])
    d.ln(4)
    d.text_line("Decision: DENIED - assistant surgeon not shown to be medically necessary", 10.5, "B")
    d.ln(1)
    d.para(f"CPT {f['code']} is a procedure for which an assistant at surgery is paid only when the records show the "
           "assistant was medically necessary (indicator 0). The operative report we received lists you as "
           "assistant but does not describe what the assistant did or why the surgeon could not safely perform "
           f"the procedure alone. Claim adjustment reason code 54 with remark M86. The primary surgeon, {f['surg']}, "
           "was paid.")
    d.para("Please do not bill the member. To request reconsideration, return the full operative report naming "
           f"the assistant's role and any complicating factors. Your request must reach us by {fd(due, 'upper')}.")
    d.text_line("Nurse reviewer: Poornima V. Rajendran, RN", 9)
    t = truth("denial_letter", "medical_necessity", "en", insurer=KAV, group_number=f["grp"], member_id=f["mid"],
              member_name=f["pat"], case_numbers=[f["claim_a"]], claim_amount=f"{f['asst_fee']:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=name_only(f["asst"]), appeal_deadline=due.isoformat(),
              alternates={"provider": [GROUP]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- F: co-surgeon (62) denial on provider EOB
def cosurgeon_eob(r):
    f = facts(r, "chole", "62")
    d = Page()
    d.add_page()
    d.text_line(COR, 14, "B", "C")
    d.text_line("PROVIDER EXPLANATION OF BENEFITS", 10, "B", "C")
    d.ln(3)
    for k, v in (("Billing provider", GROUP2), ("Rendering provider", f["asst"]), ("Processed", fd(f["notice"], "dmy")),
                 ("Patient", f["pat"]), ("Member #", f["mid"]), ("Group #", f["grp"]), ("Claim #", f["claim_a"])):
        kv(d, k + ":", v, 40)
    d.ln(2)
    d.table(["DOS", "CPT-Mod", "Description", "Charged", "Allowed", "Paid", "Adj"],
            [[fd(f["dos"], "dmy"), f"{f['code']}-62", "Lap cholecystectomy, co-surgeon", usd(f["asst_fee"]),
              usd(0), usd(0), "CO-4"]],
            [24, 22, 62, 22, 18, 18, 16], 8.5, "LLLRRRL")
    d.para("CO-4  The procedure code is inconsistent with the modifier used. "
           f"CPT {f['code']} is not eligible for co-surgeons (co-surgery indicator 0). Only the surgeon who "
           f"performed the procedure may bill it; the claim of {f['surg']} for the same date was paid. If you "
           "acted as assistant, submit a corrected claim with modifier 80 or 82.", 8.5)
    d.para("Corrected claims and appeals must be received within 180 days of the processed date shown above.", 8.5)
    d.para("Provider line 1-555-702-3390.", 8)
    t = truth("eob", "coding_error", "en", insurer=COR, group_number=f["grp"], member_id=f["mid"],
              member_name=f["pat"], case_numbers=[f["claim_a"]], claim_amount=f"{f['asst_fee']:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=name_only(f["asst"]), appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [GROUP2]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: upheld reconsideration (PA, AS modifier)
def upheld(r):
    f = facts(r, "carpal", "AS", "pa")
    first = plus(f["notice"], -r.randint(50, 70))
    recv = plus(first, r.randint(10, 20))
    appeal = mixed(r, "RC-99999-9")
    d = Page()
    d.add_page()
    d.text_line(NIL, 13, "B")
    d.text_line(NIL_PLAN, 9)
    d.ln(5)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    for ln in (f["asst"], GROUP):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Reconsideration decision: original denial upheld", 11.5, "B")
    d.ln(1)
    kv(d, "Reconsideration #", appeal, 44)
    kv(d, "Member / ID", f"{f['pat']}  /  {f['mid']}", 44)
    kv(d, "Claim #", f["claim_a"], 44)
    kv(d, "Surgery date", fd(f["dos"], "long"), 44)
    kv(d, "Amount billed", usd(f["asst_fee"]), 44)
    d.ln(2)
    d.para(f"We received your request on {fd(recv, 'long')} asking us to reconsider our {fd(first, 'long')} denial of "
           f"your claim as physician assistant at surgery (CPT {f['code']}-AS, carpal tunnel release). A surgeon who "
           "did not take part in the first decision reviewed the operative report.")
    d.para(f"Decision: the denial is upheld. Carpal tunnel release ({f['code']}) is on the list of procedures for which "
           "an assistant at surgery is not paid. The report describes routine retraction only.")
    d.para("If you disagree, you may ask for a second-level review within 60 days of the date of this letter. "
           "Send it to Provider Appeals, PO Box 2290, Eau Claire, WI 54702.")
    d.text_line("Rajagopal D. Venkatesan, MD, Medical Director", 9.5)
    t = truth("denial_letter", "not_covered", "en", insurer=NIL, member_id=f["mid"], member_name=f["pat"],
              case_numbers=[appeal, f["claim_a"]], claim_amount=f"{f['asst_fee']:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=name_only(f["asst"]), appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"case_numbers": [[f["claim_a"]], [appeal]], "provider": [GROUP]},
              denial_alternates=["other", "coding_error"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = [random.Random(160600 + i) for i in range(7)]
    return [
        Item(f"{FAMILY}_bd_remit_meniscectomy_assistant_not_allowed", "born_digital", [remit(R[0])]),
        Item(f"{FAMILY}_bd_member_eob_pa_assistant_hernia", "born_digital", [member_eob(R[1])]),
        Item(f"{FAMILY}_scan300_ma_letter_teaching_hospital_82", "scan_clean_300", [teaching_letter(R[2])]),
        Item(f"{FAMILY}_lowres_paid_assistant_hip", "scan_lowres_150", [paid_remit(R[3])]),
        Item(f"{FAMILY}_faxfine_letter_no_documentation_laminectomy", "fax_fine_g4", [necessity_letter(R[4])]),
        Item(f"{FAMILY}_phone_provider_eob_cosurgeon_62", "phone_photo", [cosurgeon_eob(R[5])]),
        Item(f"{FAMILY}_copy_upheld_reconsideration_pa_carpal", "photocopy", [upheld(R[6])]),
    ]
