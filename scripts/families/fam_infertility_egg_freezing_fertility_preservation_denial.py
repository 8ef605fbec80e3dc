"""Family 'infertility_egg_freezing_fertility_preservation_denial': invented health plans' letters and EOBs on
oocyte cryopreservation before cancer treatment (58970 retrieval, 89337 oocyte freezing, S4042 cycle management,
89346 storage): denied because the plan covers infertility only after an infertility diagnosis, because the member
is over the plan's age limit, because the oncology plan was not sent, or because storage is excluded; one approval
under a state fertility-preservation mandate; one EOB paying the retrieval and denying storage.

Brackenridge Health (fully insured, state mandate applies) and Wyndmoor Mutual Health (self-funded employer plan,
the state mandate does not apply) are invented, and so are the clinics, oncologists (decoys), members and numbers.
Decoys: oncologist and cancer centre, date of birth, NPI, request received date, chemotherapy start date, the
external-review and expedited limits, the state mandate citation, the oncology office visit paid on the same EOB.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "infertility_egg_freezing_fertility_preservation_denial"
LANG = "en"
PLANS = {"BR": ("Brackenridge Health", "Brackenridge Choice PPO", "1650 Larkhill Boulevard, Columbus, OH 43215"),
         "WY": ("Wyndmoor Mutual Health", "Wyndmoor Employer Select (self-funded)",
                "PO Box 9021, Hartford, CT 06102")}
CLINICS = ["Pellucid Fertility Center", "Harbourlight Reproductive Medicine"]
ONCS = ["Dr. Ravindra Ellingsworth, MD", "Dr. Marisol Abernathy-Chen, MD", "Dr. Kwabena Stroud, MD"]
CANCER = ["Greyfriars Cancer Institute", "Tollemache Oncology Partners"]
FIRST = ["Anouk", "Leilani", "Saoirse", "Dagny", "Farida", "Maribel", "Ottilie", "Keziah"]
LAST = ["Vandermeer", "Oyelowo", "Castellanos", "Brightwell", "Haddad", "Lindqvist", "Mbeki-Ross", "Trevithick"]


def facts(i: int, plan: str, ds: str) -> dict:
    r = Rand(184600 + i)
    ins, prod, addr = PLANS[plan]
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    f = dict(plan=plan, ins=ins, prod=prod, ins_addr=addr, name=f"{first} {mid}. {last}", first=first, last=last,
             addr=list(r.address()), mid=("BRK" if plan == "BR" else "WMH") + r.digits(9),
             grp=("G-" if plan == "BR" else "") + r.digits(6), clinic=CLINICS[i % 2], onc=r.choice(ONCS),
             cancer=r.choice(CANCER), npi=r.npi(), ph=r.phone(), fax=r.phone(), notice=notice,
             ref=r.choice(["PA", "UM-", "R"]) + r.digits(9), claim=r.digits(12), fd=lambda x: fmt_date(x, ds))
    f["age"] = 43 if i == 3 else r.randint(27, 38)
    f["dob"] = dt.date(2026 - f["age"] - 1, r.randint(6, 12), r.randint(1, 28))
    f["planned"] = notice + dt.timedelta(days=r.randint(6, 14))
    f["chemo"] = f["planned"] + dt.timedelta(days=r.randint(12, 20))
    f["received"] = notice - dt.timedelta(days=r.randint(2, 5))
    f["retr"] = notice - dt.timedelta(days=r.randint(20, 35))
    f["a_ret"], f["a_frz"], f["a_mgmt"], f["a_sto"] = (f"{r.randint(38, 52) * 100 + 75}.00", f"{r.randint(14, 22) * 100}.00",
                                                      f"{r.randint(30, 41) * 100 + 50}.00", f"{r.choice([650, 725, 800])}.00")
    return f


def money(v) -> str:
    return "${:,.2f}".format(float(v))


def head(d: Doc, f: dict, serif: bool = False):
    d.add_page()
    d.text_line(f["ins"], 15, "B", h=8)
    d.text_line(f"{f['prod']}  |  {f['ins_addr']}  |  {f['ph']}", 8.5, h=4.5)
    d.rule(0.5, 4)


def kv(d: Doc, rows, w=52, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k + ":")
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


REASONS = {
    "dx": ("Your plan covers infertility services only for members who have a diagnosis of infertility (no "
           "pregnancy after 12 months of trying, or 6 months if age 35 or older). Fertility preservation before "
           "cancer treatment for a member who has not been diagnosed with infertility is not a covered benefit under "
           "your plan (Evidence of Coverage, Section 7.4, Exclusions). Your plan is a self-funded employer plan, so "
           "the state fertility preservation mandate for fully insured plans does not apply to it."),
    "age": ("Your plan covers oocyte retrieval and cryopreservation for members up to age 40 on the date of "
            "service. Our records show you will be {age} on the planned date of service. Services for members "
            "older than the age limit are not covered (Certificate of Coverage, Infertility Benefits, Limits)."),
    "docs": ("We asked {clinic} for the oncology treatment plan showing that your planned treatment may cause "
             "infertility (for example, alkylating chemotherapy or pelvic radiation), but we did not receive it. "
             "Without it we cannot find that the service is medically necessary under our Fertility Preservation "
             "policy (MP-412). A new request with the treatment plan from your oncologist can be sent at any time."),
}


def letter(f: dict, reason: str, to_clinic: bool = False) -> bytes:
    fd = f["fd"]
    dl = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer=f"{f['ins']}  -  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    to = [f"{f['clinic']}", "Attn: Financial Counseling", f"Fax {f['fax']}"] if to_clinic else [f["name"], *f["addr"]]
    for ln in to:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination - Fertility Preservation", 12, "B", h=7)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Date of birth", fd(f["dob"])), ("Reference number", f["ref"]),
           ("Requesting provider", f"{f['clinic']} (NPI {f['npi']})"),
           ("Services", "58970 oocyte retrieval; 89337 oocyte cryopreservation; S4042 cycle management"),
           ("Planned date of service", fd(f["planned"])), ("Request received", fd(f["received"]))])
    d.para(("To the provider: " if to_clinic else f"Dear {f['first']} {f['last']}: ") +
           f"We reviewed the request from {f['clinic']} to cover egg retrieval and freezing before the chemotherapy "
           f"that {f['onc']} of {f['cancer']} plans to start on {fd(f['chemo'])}. We are not able to approve it.", 10)
    d.text_line("Why we made this decision", 11, "B", h=6)
    d.para(REASONS[reason].format(age=f["age"], clinic=f["clinic"]), 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para("You or your provider may ask for an internal appeal within 180 days of the date of this letter. Send "
           f"it to {f['ins']} Appeals, {f['ins_addr']}, or fax {f['fax']}. Because treatment is time-sensitive you may "
           "ask for an urgent appeal (decided within 72 hours). After the internal appeal you may have the right "
           "to an external review by an independent review organization within 4 months.", 9.8)
    d.para(f"Sincerely,\nUtilization Management\n{f['ins']}\ncc: {f['onc']}", 10)
    return pdf_bytes(d)


def approval(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Times", footer=f"{f['ins']}  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line("Date: " + fd(f["notice"]), 11, align="R", h=5)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 11, h=5)
    d.ln(4)
    d.text_line("Fertility preservation services approved", 13, "B", h=7)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Authorization number", f["ref"]),
           ("Provider", f["clinic"]), ("Approved services", "S4042, 58970, 89337; 89346 storage for 1 year"),
           ("Approved dates", f"{fd(f['planned'])} through {fd(f['planned'] + dt.timedelta(days=30))}"),
           ("Oncologist", f"{f['onc']}, {f['cancer']}")], size=10.5)
    d.para(f"Dear {f['first']} {f['last']}: We approved egg retrieval and freezing before your cancer treatment. "
           "Your plan is fully insured and includes the state fertility preservation mandate for members facing "
           "medically necessary treatment that may cause infertility (iatrogenic infertility). Your usual "
           "specialist copay and deductible apply. Storage after the first year is not covered.", 10.5)
    d.para(f"Questions? Call Member Services at {f['ph']}.\n\nCare Management, {f['ins']}", 10.5)
    return pdf_bytes(d)


def eob(f: dict, storage_only: bool) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{f['ins']}  EXPLANATION OF BENEFITS  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    kv(d, [("Statement date", fd(f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", f["clinic"]),
           ("Date of service", fd(f["retr"]))], w=40)
    lines = [("S4042", "Ovulation induction cycle management", f["a_mgmt"]),
             ("58970", "Follicle puncture for oocyte retrieval", f["a_ret"]),
             ("89337", "Cryopreservation, mature oocytes", f["a_frz"]),
             ("89346", "Storage, oocytes, per year", f["a_sto"])]
    rows, tot = [], 0.0
    for code, desc, amt in lines:
        den = (code == "89346") or not storage_only
        allowed = 0.0 if den else round(float(amt) * 0.62, 2)
        paid = 0.0 if den else round(allowed * 0.8, 2)
        rows.append([code, desc[:34], money(amt), money(allowed), money(paid), money(float(amt) - allowed + allowed - paid if den else allowed - paid), "N7" if den else ""])
        tot += float(amt)
    rows.append(["*Total", "", money(tot), "", "", "", ""])
    d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [16, 58, 24, 22, 22, 24, 12], size=8)
    if storage_only:
        d.para("N7: Oocyte storage (89346) is excluded under your plan. Storage is the member's responsibility. "
               "Retrieval, freezing and cycle management were covered under your fertility preservation benefit.", 9)
    else:
        d.para("N7: Fertility preservation is not covered: the plan covers infertility services only after a "
               "diagnosis of infertility. The state fertility preservation mandate does not apply to self-funded "
               f"plans. Referral from {f['onc']} ({f['cancer']}) noted.", 9)
        d.text_line("Other claims this period", 10, "B", h=6)
        d.table(["Claim", "Provider", "Date", "Billed", "Plan paid"],
                [[f["claim"][:-3] + "417", f"{f['cancer']} - {f['onc']}", fd(f["retr"] - dt.timedelta(days=9)),
                  "$412.00", "$246.18"]], [30, 80, 26, 22, 22], size=8)
    d.para("Appeals: if you disagree, you may appeal within 180 days of the date of this statement. Write to "
           f"{f['ins']} Appeals, {f['ins_addr']}.", 9)
    return pdf_bytes(d)


def appeal_decision(f: dict) -> bytes:
    fd = f["fd"]
    dl = f["notice"] + dt.timedelta(days=123)
    d = Doc("Times", footer=f"{f['ins']}  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line(fd(f["notice"]), 11, h=5)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 11, h=5)
    d.ln(3)
    d.text_line("Appeal decision: denial upheld", 13, "B", h=7)
    kv(d, [("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", "AP-" + f["claim"][:8]),
           ("Original claim", f["claim"]), ("Provider", f["clinic"]), ("Date of service", fd(f["retr"])),
           ("Service appealed", f"89346 oocyte storage, billed {money(f['a_sto'])}")], size=10.5)
    d.para(f"Dear {f['first']} {f['last']}: You appealed our decision not to pay for the first year of storage of "
           f"your frozen eggs at {f['clinic']}. A reviewer who was not involved in the first decision looked at your "
           "appeal and the letter from your oncologist. Your plan covers retrieval and freezing under the state "
           "fertility preservation mandate, but the mandate and your Certificate of Coverage exclude long-term "
           "storage. We upheld the denial.", 10.5)
    d.para(f"You may ask for an external review by an independent review organization. Your request must be "
           f"received by {fd(dl)}.", 10.5)
    d.para(f"Appeals Unit, {f['ins']}", 10.5)
    return pdf_bytes(d)


def T(f, doc, den, **kw):
    base = dict(insurer=f["ins"], group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
                denial_date=iso(f["notice"]), provider=f["clinic"])
    base.update(kw)
    return truth(doc, den, **base)


def documents(rng) -> list[Item]:
    items = []
    f = facts(0, "WY", "long")
    items.append(Item(f"{FAMILY}_bd_letter_no_infertility_diagnosis_self_funded", "born_digital",
                      [(letter(f, "dx"), T(f, "denial_letter", "not_covered", case_numbers=[f["ref"]],
                                           service_dates=[iso(f["planned"])],
                                           appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))]))
    f = facts(1, "BR", "slash")
    items.append(Item(f"{FAMILY}_bd_approval_state_mandate", "born_digital",
                      [(approval(f), T(f, "other", None, case_numbers=[f["ref"]],
                                       service_dates=[iso(f["planned"], f["planned"] + dt.timedelta(days=30))],
                                       alternates={"service_dates": [[iso(f["planned"])]]}))]))
    f = facts(2, "BR", "abbr")
    tot = f"{sum(float(f[k]) for k in ('a_ret', 'a_frz', 'a_mgmt', 'a_sto')):.2f}"
    items.append(Item(f"{FAMILY}_scan300_eob_retrieval_paid_storage_denied", "scan_clean_300",
                      [(eob(f, True), T(f, "eob", "not_covered", case_numbers=[f["claim"]], claim_amount=tot,
                                        service_dates=[iso(f["retr"])],
                                        appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                                        alternates={"claim_amount": [f["a_sto"]]}))]))
    f = facts(3, "BR", "dmy")
    items.append(Item(f"{FAMILY}_phone_letter_over_age_limit", "phone_photo",
                      [(letter(f, "age"), T(f, "denial_letter", "not_covered", case_numbers=[f["ref"]],
                                            service_dates=[iso(f["planned"])],
                                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                                            denial_alternates=["eligibility"]))]))
    f = facts(4, "WY", "slash")
    items.append(Item(f"{FAMILY}_faxfine_letter_to_clinic_oncology_plan_missing", "fax_fine_g4",
                      [(letter(f, "docs", to_clinic=True),
                        T(f, "denial_letter", "medical_necessity", case_numbers=[f["ref"]],
                          service_dates=[iso(f["planned"])],
                          appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                          denial_alternates=["other"]))]))
    f = facts(5, "BR", "iso")
    items.append(Item(f"{FAMILY}_photocopy_appeal_upheld_storage_excluded", "photocopy",
                      [(appeal_decision(f), T(f, "denial_letter", "not_covered",
                                              case_numbers=sorted(["AP-" + f["claim"][:8], f["claim"]]),
                                              claim_amount=f["a_sto"], service_dates=[iso(f["retr"])],
                                              appeal_deadline=None,
                                              alternates={"appeal_deadline": [iso(f["notice"] + dt.timedelta(days=123))]}))]))
    f = facts(6, "WY", "abbr")
    tot = f"{sum(float(f[k]) for k in ('a_ret', 'a_frz', 'a_mgmt', 'a_sto')):.2f}"
    items.append(Item(f"{FAMILY}_lowres_eob_all_denied_with_oncology_visit_paid", "scan_lowres_150",
                      [(eob(f, False), T(f, "eob", "not_covered", case_numbers=[f["claim"]], claim_amount=tot,
                                         service_dates=[iso(f["retr"])],
                                         appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))]))
    return items
