"""Family 'ledger': a commercial insurer's multi-claim EOB statement (one claim denied, CARC/RARC legend at the end).

Tidewater Assurance Health is fictional. The statement lists every claim processed for a household in the
period; only one claim is denied. Decoys: coverage period, plan-year deductible and out-of-pocket meters,
claim subtotals, plan paid, you owe, patient account numbers, a document control number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "ledger"
LANG = "en"
INSURER = "Tidewater Assurance Health"
PROVIDERS = ["Harborline Family Medicine", "Northgate Radiology Group", "Dr. Anika Voss", "Saltmarsh Urgent Care",
             "Crescent Bay Surgical Center", "Dr. Felix Ambrose", "Kestrel Physical Therapy", "Quayside Laboratories",
             "Dr. Imogen Hartley", "Beacon Hill Anesthesia Associates"]
PAID_SERVICES = [("99213", "Office visit, established"), ("85025", "Blood count, complete"),
                 ("80053", "Metabolic panel"), ("97110", "Therapeutic exercise"), ("71046", "Chest x-ray 2 views"),
                 ("99203", "Office visit, new patient"), ("90686", "Flu vaccine")]
# denial -> (service lines, CARC group-code, RARC, plain reason under the table)
DENIALS = {
    "prior_authorization": ([("72148", "MRI lumbar spine w/o dye")], "CO-197", "N54",
                            "This service needed approval from us before it was done, and no approval was on file."),
    "out_of_network": ([("00790", "Anesthesia, upper abdomen"), ("99140", "Anesthesia complicated")], "PR-242",
                       "N130", "The provider does not participate in your plan's network. Your plan pays "
                               "in-network care only, except emergencies."),
    "timely_filing": ([("99284", "Emergency dept visit"), ("96374", "IV push, single drug")], "CO-29", "",
                      "We received this claim more than 365 days after the service. The filing period had ended. "
                      "The provider may not bill you for this amount."),
    "coding_error": ([("29881", "Knee arthroscopy/menisectomy"), ("29877", "Knee arthroscopy/chondroplasty")],
                     "CO-97", "M80", "The second procedure is part of the first one done in the same session and "
                                     "is not paid separately; the provider billed them as two."),
    "eligibility": ([("99395", "Preventive visit 18-39")], "CO-27", "N30",
                    "The patient was no longer enrolled on this plan on the date of service."),
    "other": ([("97161", "PT evaluation, low complex"), ("97140", "Manual therapy")], "OA-18", "",
              "This claim repeats one we already processed, so it was not paid again."),
}
LEGEND = {
    "CO-197": "Precertification/authorization/notification absent.",
    "PR-242": "Services not provided by network/primary care providers.",
    "CO-29": "The time limit for filing has expired.",
    "CO-97": "The benefit for this service is included in the payment/allowance for another service/procedure "
             "that has already been adjudicated.",
    "CO-27": "Expenses incurred after coverage terminated.",
    "OA-18": "Exact duplicate claim/service.",
    "CO-45": "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
    "PR-1": "Deductible amount.",
    "PR-2": "Coinsurance amount.",
    "N54": "Claim information is inconsistent with pre-certified/authorized services.",
    "N130": "Consult plan benefit documents/guidelines for information about restrictions for this service.",
    "M80": "Not covered when performed during the same session/date as a previously processed service.",
    "N30": "Patient ineligible for this service.",
}
PLAN = [  # (file stem, condition, denial, claims on the statement, pages)
    ("ledger_bd_priorauth", "born_digital", "prior_authorization", 3),
    ("ledger_bd_coding", "born_digital", "coding_error", 4),
    ("ledger_scan_oon", "scan_clean_300", "out_of_network", 3),
    ("ledger_copy_timely", "photocopy", "timely_filing", 2),
    ("ledger_faxs_elig", "fax_standard_g4", "eligibility", 3),
    ("ledger_photo_dup", "phone_photo", "other", 2),
    ("ledger_lowres_priorauth", "scan_lowres_150", "prior_authorization", 4),
]


def facts(r: Rand, denial: str, n_claims: int) -> dict:
    stmt = r.date(dt.date(2026, 2, 2), 200)
    sub = r.person()
    people = [sub] + [r.person() for _ in range(r.randint(1, 2))]
    denied_idx = r.randrange(n_claims)
    claims = []
    for i in range(n_claims):
        pat = r.choice(people)
        dos = stmt - dt.timedelta(days=r.randint(12, 70) + (400 if denial == "timely_filing" and i == denied_idx
                                                            else 0))
        if i == denied_idx:
            lines = DENIALS[denial][0]
        else:
            lines = r.sample(PAID_SERVICES, r.randint(1, 2))
        rows = [(code, desc, float(r.amount(85, 2400) if i != denied_idx else r.amount(300, 6800)))
                for code, desc in lines]
        claims.append(dict(patient=pat, dos=dos, rows=rows, provider=r.choice(PROVIDERS),
                           claim_id=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", acct=f"PA{r.digits(7)}",
                           received=(stmt - dt.timedelta(days=r.randint(6, 12)) if denial == "timely_filing" and
                                     i == denied_idx else dos + dt.timedelta(days=r.randint(5, 20))),
                           denied=i == denied_idx))
    return dict(stmt=stmt, subscriber=sub, claims=claims, sub_no=f"TWA{r.digits(9)}", group=f"{r.digits(5)}-{r.digits(2)}",
                plan=r.choice(["Tidewater Choice PPO 1500", "Tidewater Open Access 3000", "Tidewater Select HSA"]),
                dcn=f"DCN {r.digits(11)}", denial=denial, dstyle=r.choice(["slash", "short", "slash"]),
                phone=r.phone())


def claim_block(d: Doc, f: dict, c: dict, r: Rand):
    ds = f["dstyle"]
    d.set_fill_color(236, 236, 236)
    d.font(8.8, "B")
    d.cell(0, 5.5, f"Claim ID {c['claim_id']}    Patient: {c['patient'][0]}    "
                   f"Provider of service: {c['provider']}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.font(8)
    d.cell(0, 4.6, f"Received {fmt_date(c['received'], ds)}    Patient account # {c['acct']}    "
                   f"Network status: {'Out of network' if f['denial'] == 'out_of_network' and c['denied'] else 'In network'}",
           new_x="LMARGIN", new_y="NEXT")
    code = DENIALS[f["denial"]][1]
    rarc = DENIALS[f["denial"]][2]
    rows, tot = [], [0.0] * 6
    for cpt, desc, billed in c["rows"]:
        if c["denied"]:
            vals = [billed, 0.0, 0.0, 0.0, 0.0, billed if code.startswith("PR") else 0.0]
            rem = f"{code} {rarc}".strip()
        else:
            allowed = round(billed * r.uniform(0.45, 0.8), 2)
            ded = round(min(allowed, r.choice([0.0, 0.0, 40.0, 75.0])), 2)
            coins = round((allowed - ded) * 0.2, 2)
            vals = [billed, round(billed - allowed, 2), allowed, ded + coins, round(allowed - ded - coins, 2),
                    round(ded + coins, 2)]
            rem = "CO-45 PR-1" if ded else "CO-45 PR-2"
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([fmt_date(c["dos"], ds), f"{cpt} {desc}"] + [fmt_money(v, "nosign") for v in vals] + [rem])
    rows.append(["*Claim subtotal", ""] + [fmt_money(v, "nosign") for v in tot] + [""])
    d.table(["Service date", "Service description", "Amount charged", "Discount", "Allowed", "Your share",
             "Plan paid", "You owe", "Codes"], rows, [17, 44, 19, 15, 16, 16, 16, 16, 20], size=7.6,
            aligns="LLRRRRRRL")
    c["total"] = tot[0]


def build(r: Rand, denial: str, n_claims: int) -> tuple[bytes, dict]:
    f = facts(r, denial, n_claims)
    sub_name = f["subscriber"][0]
    d = Doc("Helvetica", footer="Page {p} of {n}",
            header=f"{INSURER}  |  Subscriber No. {f['sub_no']}  |  Statement {fmt_date(f['stmt'], f['dstyle'])}")
    d.add_page()
    d.font(20, "B")
    d.cell(110, 9, "TIDEWATER", new_x="RIGHT")
    d.font(9)
    d.multi_cell(0, 4.2, f"Explanation of Benefits\nStatement date: {fmt_date(f['stmt'], 'long')}\n{f['dcn']}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("ASSURANCE HEALTH", size=9, style="B")
    d.text_line("PO Box 30418, Norfolk, VA 23510", size=8)
    d.ln(6)
    street, city = r.address()
    y = d.get_y()
    for line in (sub_name.upper(), street.upper(), city.upper()):
        d.text_line(line, size=10)
    d.set_xy(118, y)
    d.font(8.5)
    cov_start = dt.date(f["stmt"].year, 1, 1)
    d.multi_cell(0, 4.4, f"Subscriber: {sub_name}\nSubscriber No.: {f['sub_no']}\nGroup/Employer No.: {f['group']}\n"
                         f"Benefit plan: {f['plan']}\nCoverage period: {fmt_date(cov_start, 'slash')} - "
                         f"{fmt_date(dt.date(cov_start.year, 12, 31), 'slash')}", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("THIS IS NOT A BILL. Keep this statement for your records.", size=9, style="B")
    d.ln(1)
    ded_met = r.randint(100, 1400)
    d.para(f"Plan-year deductible (individual): $1,500.00, met to date ${ded_met:,}.00.   Out-of-pocket maximum: "
           f"$6,350.00, met to date ${ded_met + r.randint(50, 900):,}.00.", size=8.5)
    d.text_line("Claims processed for your household this period", size=10.5, style="B")
    d.ln(1.5)
    for c in f["claims"]:
        claim_block(d, f, c, r)
    denied = next(c for c in f["claims"] if c["denied"])
    d.text_line("Statement totals", size=9, style="B")
    all_billed = sum(c["total"] for c in f["claims"])
    d.para(f"Amount charged, all claims: {fmt_money(all_billed)}.  Totals include every claim above.", size=8.5)
    d.text_line("About the claim we did not pay", size=10, style="B")
    d.para(f"Claim ID {denied['claim_id']}: {DENIALS[denial][3]}", size=9)
    d.para(f"If you disagree, you may file an appeal with Tidewater Assurance Health within 180 days of the date of "
           f"this statement. Write to Appeals Unit, PO Box 30419, Norfolk, VA 23510, or call {f['phone']} "
           f"(TTY 711). Include the Claim ID.", size=9)
    d.text_line("Code legend", size=10, style="B")
    used = {DENIALS[denial][1], DENIALS[denial][2], "CO-45", "PR-1", "PR-2"} - {""}
    for code in sorted(used):
        d.para(f"{code}  {LEGEND[code]}", size=7.8, gap=0.6)
    d.ln(2)
    d.para("Your appeal rights: you may ask for a review of any claim decision. If we deny your appeal and the "
           "decision involved medical judgment (such as medical necessity, level of care, experimental or "
           "investigational treatment, or a surprise out-of-network bill), you may ask for an external review by an "
           "independent review organization. Other denials, such as eligibility, timely filing, coding or "
           "benefit exclusions, are reviewed internally. You may also contact the Employee Benefits Security "
           "Administration at 1-866-444-3272.", size=7.8)
    d.para("Tidewater Assurance Health complies with applicable Federal civil rights laws and does not "
           "discriminate on the basis of race, color, national origin, age, disability, or sex. ATENCION: si habla "
           "espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al "
           f"{f['phone']}. CHU Y: Neu ban noi Tieng Viet, co cac dich vu ho tro ngon ngu mien phi.", size=7.2)
    t = truth("eob", denial, insurer=INSURER, plan_id=None, group_number=f["group"], member_id=f["sub_no"],
              member_name=denied["patient"][0], case_numbers=[denied["claim_id"]],
              claim_amount=f"{denied['total']:.2f}", service_dates=[iso(denied["dos"])],
              denial_date=iso(f["stmt"]), provider=denied["provider"],
              appeal_deadline=iso(f["stmt"] + dt.timedelta(days=180)),
              alternates={"plan_id": [f["plan"]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    for i, (name, cond, denial, n) in enumerate(PLAN):
        r = Rand(7100 + i)
        items.append(Item(name, cond, [build(r, denial, n)]))
    return items
