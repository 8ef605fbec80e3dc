"""Family 'nipt_cell_free_dna_prenatal_screening_denial': plan EOBs, plan letters and a genetics lab's papers on
cell-free DNA prenatal screening (81420 fetal aneuploidy, 81507 with microdeletions) and expanded carrier screening
(81443): denied as not medically necessary for an average-risk pregnancy under an older policy (in force before the
plan adopted universal screening), denied because the lab is out of network, denied because pre-test genetic
counseling was not documented, an appeal upheld, and one EOB paid. The genetics lab is the provider; the OB practice
that drew the sample, the estimated due date, the date of birth, the claim-received date, NPIs and the lab's
self-pay cash price are decoys. The lab's balance letter and the cover letter of a fax stack (lab cover letter +
plan EOB) are provider papers (`other`). All values invented.

Issuers: Larkfield Mutual Health (EOBs, letters), Genova Ridge Genomics (laboratory; balance letter, fax cover letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "nipt_cell_free_dna_prenatal_screening_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LM = "Larkfield Mutual Health"
LAB = "Genova Ridge Genomics"
LABS = [LAB, "Beaconfield Prenatal Diagnostics", "Cypress Helix Laboratories"]
OBS = ["Meadowgate OB/GYN Associates", "Riverbend Women's Health Partners", "Sable Hill Obstetrics & Gynecology"]
FIRST = ["Noor", "Esperanza", "Hannelore", "Adaeze", "Saskia", "Lin", "Tamsin", "Valentina", "Oksana", "Imani"]
LAST = ["Qureshi", "Delacroix-Baptiste", "Lindqvist", "Okafor", "van Rijn", "Zhao", "Penhaligon", "Ferrante",
        "Hrytsenko", "Whitlock"]
TESTS = {"81420": "Fetal chromosomal aneuploidy, cfDNA (21, 18, 13)",
         "81507": "Fetal aneuploidy cfDNA with microdeletions",
         "81443": "Genetic testing, severe inherited conditions (carrier)"}

SHORT = {"81420": "cfDNA aneuploidy screen (21/18/13)", "81507": "cfDNA aneuploidy + microdeletions",
         "81443": "Expanded carrier screen"}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(v):
    return fmt_money(v)


def facts(r, ds, lab=LAB):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 210))
    coll = notice - dt.timedelta(days=r.randint(21, 55))
    return dict(ds=ds, notice=notice, coll=coll, received=coll + dt.timedelta(days=r.randint(6, 14)),
                edd=coll + dt.timedelta(days=r.randint(160, 200)),
                dob=dt.date(r.randint(1984, 2001), r.randint(1, 12), r.randint(1, 27)),
                member=f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                mid="LMH" + dig(r, 8), group=dig(r, 6) + "-" + r.choice("ABCDE") + dig(r, 2),
                lab=lab, ob=r.choice(OBS), npi=r.choice("12") + dig(r, 9), claim="LM" + dig(r, 11),
                acct="GRG-" + dig(r, 7), appeal="APL-" + dig(r, 7),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def head(d, f, who=LM):
    if who == LM:
        d.font(17, "B")
        d.cell(0, 7, "LARKFIELD", new_x="LMARGIN", new_y="NEXT")
        d.text_line("MUTUAL HEALTH", 9, "B")
        d.text_line(f"400 Cantor Plaza, Whitmore, NE 68114  |  {f['phone']}  |  larkfieldmutual.example", 8.2)
        d.rule(0.6)
        d.ln(3)
    else:
        d.text_line(LAB, 15, "B", "R")
        d.text_line("CLIA-certified molecular genetics laboratory", 8.2, "", "R")
        d.text_line(f"77 Orchard Gate Drive, Bexley Springs, NC 27513  |  Billing {f['labphone']}", 8.2, "", "R")
        d.ln(5)


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.1, a)
        d.font(size, "B")
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addr(d, f):
    rr = random.Random(f["claim"])
    for ln in (f["member"], f"{rr.randint(20, 990)} {rr.choice(['Prairie Lark Ct', 'Wexford Lane', 'Tallgrass Rd'])}",
               rr.choice(["Whitmore, NE 68116", "Calloway, NE 68340", "Ravenna Bluff, NE 68869"])):
        d.text_line(ln, 10)
    d.ln(4)


def eob(d, f, lines, remark_text, paid=False):
    d.add_page()
    head(d, f)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("THIS IS NOT A BILL", 8.5)
    d.ln(2)
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Member", f["member"], 62), ("Member ID", f["mid"], 36),
             ("Group", f["group"], 34)])
    d.boxes([("Claim number", f["claim"], 50), ("Provider", f["lab"], 66), ("Claim received", D(f, f["received"]), 56)])
    d.ln(2)
    d.text_line(f"Specimen collected at: {f['ob']}    Lab NPI: {f['npi']}", 8.6)
    d.ln(2)
    body, tb, ta, tp, tr = [], 0.0, 0.0, 0.0, 0.0
    for code, billed, allowed, pay, rem in lines:
        resp = (allowed - pay) if paid else billed
        body.append([D(f, f["coll"]), code, SHORT[code], M(billed), M(allowed), M(pay), M(resp), rem])
        tb, ta, tp, tr = tb + billed, ta + allowed, tp + pay, tr + resp
    body.append(["*Claim total", "", "", M(tb), M(ta), M(tp), M(tr), ""])
    d.table(["Service date", "CPT", "Description", "Charged", "Allowed", "Paid", "You may owe", "Note"], body,
            [22, 12, 56, 19, 17, 16, 20, 10], 7.8, "LLLRRRRL")
    for ln in remark_text:
        d.para(ln, 8.7, 1.5)
    d.para("To appeal, write to Larkfield Appeals, PO Box 3318, Whitmore, NE 68114, within 180 days of the date of "
           "this statement. You may also call us at the number above.", 8.7)
    return tb


def letter(d, f, kind, code, amount):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    title = {"upheld": "Appeal Decision - Denial Upheld"}.get(kind, "Adverse Benefit Determination")
    d.text_line(title, 13, "B")
    d.ln(1)
    rows = [("Member name", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim #", f["claim"])]
    if kind == "upheld":
        rows.append(("Appeal #", f["appeal"]))
    rows += [("Laboratory", f"{f['lab']} (NPI {f['npi']})"), ("Ordering practice", f["ob"]),
             ("Test", f"{code} {TESTS[code]}"), ("Collection date", D(f, f["coll"])), ("Charges", M(amount)),
             ("Estimated due date", D(f, f["edd"]))]
    kv(d, rows, 42)
    if kind == "oon":
        d.para(f"{f['lab']} is not in the Larkfield network. Your plan is an exclusive provider plan (EPO) and pays "
               "for laboratory services only at network laboratories, except in an emergency. We denied the claim. "
               "A network laboratory (for example, Genova Ridge Genomics) performs this test; your OB practice can "
               "send future samples there.")
    elif kind == "counsel":
        d.para("We denied this claim. Medical policy LAB-207, Genetic Testing for Carrier Status, covers expanded "
               "carrier screening when pre-test genetic counseling by a certified genetic counselor or a "
               "physician with genetics training is documented before the sample is drawn. The records we "
               f"received from {f['ob']} do not show genetic counseling. The test is therefore not medically "
               "necessary under the policy.")
    elif kind == "upheld":
        d.para("We reviewed your appeal of our denial of this claim. A board-certified obstetrician who was not part "
               "of the first decision reviewed it. The claim was processed under medical policy LAB-119 (version "
               "effective 07/01/2019), in force on the date of service, which covers cell-free DNA screening only "
               "for high-risk pregnancies (maternal age 35 or older at delivery, an abnormal serum screen or "
               "ultrasound, or a prior affected pregnancy). Your records describe an average-risk pregnancy. The "
               "denial is upheld as not medically necessary.")
    if kind == "upheld":
        d.para(f"If you disagree, you may ask for a second-level appeal. We must receive it by {D(f, f['dead'])}. "
               "You also have the right to an independent external review within 4 months.", 9.8)
    else:
        d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal and any "
               "records to Larkfield Appeals, PO Box 3318, Whitmore, NE 68114. Urgent appeals are decided within "
               "72 hours.", 9.8)
    d.ln(2)
    d.text_line("Larkfield Mutual Health, Utilization Management", 10)


def balance_letter(d, f, billed, cash, paydue):
    d.add_page()
    head(d, f, LAB)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("Your insurance did not pay for your test", 13, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("Account number", f["acct"]), ("Insurance", f"{LM}, ID {f['mid']}"),
           ("Test", "81420 Prenatal cell-free DNA screen"), ("Sample collected", D(f, f["coll"])),
           ("Ordered by", f["ob"]), ("Amount billed to insurance", M(billed))], 52)
    d.para(f"{LM} processed the claim for your prenatal screening and did not pay it; the plan said the test was not "
           "medically necessary for an average-risk pregnancy. We are not sending you a bill for the full amount "
           "billed.")
    d.para(f"Self-pay option: our cash price for this test is {M(cash)}. If you pay {M(cash)} by {D(f, paydue)}, we "
           f"will close the account. You may also appeal to your plan; call us at {f['labphone']} and we will send "
           "the records your plan needs. This is not a bill from your insurance company.", 9.8)
    d.ln(2)
    d.text_line("Patient Billing Advocates, " + LAB, 10)


def cover_letter(d, f, pages):
    d.add_page()
    head(d, f, LAB)
    d.text_line("FACSIMILE", 16, "B")
    d.ln(1)
    kv(d, [("Date", D(f, f["notice"] + dt.timedelta(days=9))), ("To", f["member"]),
           ("Fax", f"({dig(random.Random(f['acct']), 3)}) 555-0{dig(random.Random(f['claim']), 3)}"),
           ("From", "Patient Billing Advocates"), ("Pages", f"{pages} including this page"),
           ("Re", f"Account {f['acct']}")], 30)
    d.para(f"Dear {f['member'].split()[0]}, as we discussed by phone, attached is the Explanation of Benefits your "
           f"plan sent for your cell-free DNA screen. Your plan denied the claim. Our self-pay price is "
           f"{M(f['cash'])}; we have put your account on hold for 60 days so you can appeal. We can help with a "
           "letter of medical necessity from the ordering practice.")
    d.para("CONFIDENTIALITY: this fax contains protected health information meant only for the person named above.",
           8.5)


def build(seed, form, ds, **kw):
    r = random.Random(seed)
    f = facts(r, ds, kw.get("lab", LAB))
    f["labphone"] = f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}"
    f["dead"] = f["notice"] + dt.timedelta(days=kw.get("days", 180))
    f["cash"] = kw.get("cash", 0)
    d = Page()
    dtype, alts, dalt, unsc, cases = "eob", {}, [], [], [f["claim"]]
    code = kw.get("code", "81420")
    dead, provider, insurer = f["dead"], f["lab"], LM
    if form == "eob_avg":
        amount = eob(d, f, [(code, kw["amount"], 0.0, 0.0, "N81")], [
            "N81 - Not medically necessary. Under medical policy LAB-119 (effective 07/01/2019), prenatal cell-free "
            "DNA screening is covered for high-risk pregnancies only. The claim does not show a high-risk "
            "indication. The current version of the policy applies to dates of service from 07/01/2026."])
        denial, dalt = "medical_necessity", ["not_covered"]
    elif form == "eob_paid":
        lines = [(code, kw["amount"], kw["allowed"], kw["allowed"], "P01")]
        amount = eob(d, f, lines, [
            "P01 - Prenatal screening paid at 100% of the network allowed amount as a preventive service. The "
            "network laboratory may not bill you for the difference between its charge and the allowed amount."],
            paid=True)
        denial, alts = None, {"appeal_deadline": [None]}
    elif form == "eob_stack":
        lines = [("81507", kw["amount"], 0.0, 0.0, "N81")]
        amount = eob(d, f, lines, [
            "N81 - Not medically necessary. Cell-free DNA screening for microdeletions (81507) is not covered for "
            "average-risk pregnancies under medical policy LAB-119 (effective 07/01/2019)."])
        denial, dalt = "medical_necessity", ["not_covered", "experimental"]
        d2 = Page()
        cover_letter(d2, f, 2)
        t2 = truth("other", None, insurer=None, member_id=None, member_name=f["member"], claim_amount=None,
                   service_dates=[], denial_date=iso(f["notice"] + dt.timedelta(days=9)), provider=LAB,
                   unscored=["insurer"], alternates={"denial_date": [None]})
    elif form == "balance":
        balance_letter(d, f, kw["amount"], kw["cash"], f["notice"] + dt.timedelta(days=45))
        amount, dtype, denial, dead, insurer = kw["amount"], "other", None, None, None
        cases, unsc = [], ["insurer"]
        alts = {"member_id": [None]}
    else:
        letter(d, f, form, code, kw["amount"])
        amount, dtype = kw["amount"], "denial_letter"
        denial, dalt = {"oon": ("out_of_network", []), "counsel": ("medical_necessity", ["other", "not_covered"]),
                        "upheld": ("medical_necessity", ["not_covered"])}[form]
        if form == "upheld":
            cases = [f["claim"], f["appeal"]]
    t = truth(dtype, denial, insurer=insurer, group_number=f["group"] if form != "balance" else None,
              member_id=f["mid"], member_name=f["member"], case_numbers=cases, claim_amount=m2(amount),
              service_dates=[iso(f["coll"])], denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=iso(dead) if dead else None, alternates=alts, denial_alternates=dalt, unscored=unsc,
              type_alternates=["denial_letter"] if dtype == "eob" and denial else [])
    docs = [(pdf_bytes(d), t)]
    if form == "eob_stack":
        docs = [(pdf_bytes(d2), t2)] + docs
    return f, docs


def documents(rng: random.Random) -> list[Item]:
    out = []
    _, docs = build(192510, "eob_avg", "abbr", amount=1650.00)
    out.append(Item(f"{FAMILY}_eob_average_risk_old_policy", "born_digital", docs))
    _, docs = build(192511, "oon", "long", amount=2190.00, lab="Beaconfield Prenatal Diagnostics")
    out.append(Item(f"{FAMILY}_letter_out_of_network_lab", "scan_clean_300", docs))
    _, docs = build(192512, "counsel", "slash", code="81443", amount=3480.00)
    out.append(Item(f"{FAMILY}_letter_carrier_no_counseling", "photocopy", docs))
    _, docs = build(192513, "eob_paid", "iso", amount=1395.00, allowed=712.40)
    out.append(Item(f"{FAMILY}_eob_paid_preventive", "born_digital", docs))
    _, docs = build(192514, "balance", "long", amount=1725.00, cash=249.00)
    out.append(Item(f"{FAMILY}_lab_balance_cash_price", "scan_lowres_150", docs))
    _, docs = build(192515, "eob_stack", "dmy", amount=2240.00, cash=299.00)
    out.append(Item(f"{FAMILY}_fax_lab_cover_and_eob", "fax_standard_g4", docs))
    _, docs = build(192516, "upheld", "mdy_nopad", amount=1580.00, days=60)
    out.append(Item(f"{FAMILY}_appeal_upheld_average_risk", "phone_photo", docs))
    return out
