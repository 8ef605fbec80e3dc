"""Family 'car_t_cell_therapy_transplant_network_denial': plan and Medicare Advantage letters, an EOB and a
hospital notice on CAR-T cell therapy (HCPCS Q2041-Q2058 drug codes, CPT 0537T-0540T).

Issuers (all invented): Quennell Health Partners (commercial; logo word "QUENNELL" over a rule), Sablewood Senior
Advantage (Medicare Advantage HMO; plan benefit package H6127-008), Marrowgate Health Plan (commercial; centred
name, EOBs and letters), and a cancer center's own admission / financial clearance notice. Contents: a pre-service
request for axicabtagene ciloleucel at a hospital that is not a designated Center of Excellence (quoted charges),
an MA pre-service denial of ciltacabtagene autoleucel for too few prior lines of therapy, a denied travel and
lodging reimbursement (distance under the benefit's 100 miles), a photocopied EOB paying the inpatient CAR-T stay
and denying the apheresis (0537T) billed as a separate outpatient claim, a rotated cancer-center notice that the
inpatient admission was authorized, a 150 dpi post-service denial of a CAR-T claim at a non-designated hospital,
and a faxed first-level appeal decision upholding the lines-of-therapy denial. Decoys: the referring oncologist
(name, NPI, phone), dates of birth, request-received dates, the inpatient claim beside the denied apheresis claim,
the medical-policy number, the estimated out-of-pocket amount, the expedited 72-hour limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "car_t_cell_therapy_transplant_network_denial"
LANG = "en"

QH, SW, MG = "Quennell Health Partners", "Sablewood Senior Advantage", "Marrowgate Health Plan"
ADDR = {QH: ("PO Box 40218", "Osterley Falls, OH 43999"), SW: ("700 Sablewood Parkway, Suite 300", "Carrow Bay, FL 33999"),
        MG: ("18 Marrowgate Square", "Dunstable Heights, MN 55999")}
CENTERS = ["Ellisford Cancer Institute", "Thornbury Regional Cancer Center",
           "Castlemere University Cellular Therapy Center", "Vantreight Oncology Hospital",
           "Greyhollow Medical Center Cancer Pavilion"]
COE = ["Alder Summit Comprehensive Cancer Center", "Penhallow University Hospital Cellular Therapy Program",
       "Rookwood Memorial Blood and Marrow Program"]
ONCS = ["Priyanka Venkataraman, MD", "Tobias Elwood-Nakashima, MD", "Folasade Adeyemi-Clarke, MD",
        "Henrik Solvang, DO", "Marisela Ochoa-Brandt, MD", "Dmitri Kovalenko, MD"]
FIRST = ["Augustin", "Leocadia", "Kwabena", "Siobhan", "Hiroshi", "Ottilie", "Rustam", "Genevieve", "Abimbola",
         "Casimir", "Marguerite", "Ikaika", "Philippa", "Santiago"]
LAST = ["Hollingsworth", "Nwachukwu", "Brzezinski", "Farrowby", "Lindqvist", "Okonkwo-Reyes", "Tremblay",
        "Achterberg", "Mwangi", "Castellanos", "Dunleavy", "Hasegawa", "Pellegrino", "Yilmaz"]
STREETS = ["Wren Hollow Road", "Cobblers Lane", "Fieldstone Terrace", "Marigold Court", "Ashgrove Avenue"]
TOWNS = ["Osterley Falls, OH 43999", "Carrow Bay, FL 33999", "Dunstable Heights, MN 55999", "Brackenfield, PA 19999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(seed: int, ins: str | None, ds: str) -> dict:
    r = random.Random(seed)
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 140))
    ids = {QH: ("QHP" + digits(r, 9), "QH-" + digits(r, 6), None),
           SW: ("SW" + digits(r, 9), None, "H6127-008"),
           MG: ("MGH" + digits(r, 8) + "-02", "G" + digits(r, 7), None),
           None: ("QHP" + digits(r, 9), None, None)}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice,
                mid=ids[0], grp=ids[1], plan=ids[2], center=r.choice(CENTERS), coe=r.choice(COE),
                onc=r.choice(ONCS), dob=dt.date(r.randint(1948, 1992), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), oph=f"({digits(r, 3)}) 555-{digits(r, 4)}", npi=r.choice("12") + digits(r, 9),
                onpi=r.choice("12") + digits(r, 9))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == QH:
        d.text_line("QUENNELL", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{QH}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == SW:
        d.text_line(SW, 15, "B")
        d.text_line("A Medicare Advantage HMO plan", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.5)
    else:
        d.text_line(MG, 16, "B", align="C")
        d.text_line(f"{a[0]}  -  {a[1]}  -  {f['ph']}", 8.5, align="C")
        d.rule(0.4, 1)
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 56, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, title: str, rows, body: list[str], *, denial: str | None, cases: list[str], dates: list[str],
           amt: str | None, appeal: str | None = "within", days: int = 180, dalts=(), alts=None, sign="",
           fax: str | None = None, extra: list[str] = (), ma: bool = False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}", header=f"{f['name']}  -  Member ID {f['mid']}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal" if not ma else "You have the right to appeal our decision", 11, "B")
        d.ln(1)
        if appeal == "date":
            d.para(f"If you disagree with this decision, your written appeal must be received by {D(f, dl)}. Send it "
                   f"to the Appeals Unit at the address above, or call {f['ph']} (TTY 711).")
        elif appeal == "second":
            d.para(f"You may ask for a second-level appeal within {days} days of the date of this letter. A "
                   "different reviewer, including a hematologist-oncologist who took no part in this decision, "
                   "will decide it. After the second level you may ask for an independent external review.")
        else:
            d.para(f"If you disagree with this decision, you may appeal within {days} days of the date of this "
                   f"letter. Write to the Appeals Unit at the address above or call {f['ph']} (TTY 711).")
        d.para("If waiting for a standard decision could seriously harm your life or health, ask for a fast "
               "(expedited) appeal; we will decide within 72 hours.", 9.5)
    for p in extra:
        d.para(p, 9.5)
    d.para(f"Sincerely,\n\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], plan_id=f["plan"], member_name=f["name"], case_numbers=cases,
              claim_amount=amt, service_dates=dates, denial_date=iso(f["notice"]), provider=f["center"],
              appeal_deadline=None if dl is None else iso(dl), alternates=alts or {}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def member_rows(f: dict) -> list[tuple[str, str | None]]:
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"])]
    if f["grp"]:
        rows.append(("Group number:", f["grp"]))
    if f["plan"]:
        rows.append(("Plan:", f"{SW} (HMO) {f['plan']}"))
    rows.append(("Date of birth:", D(f, f["dob"])))
    return rows


def doc_coe(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, QH, "long")
    ref = "PA-" + digits(f["r"], 8)
    planned = f["notice"] + dt.timedelta(days=19)
    quote = 1186400.00
    rows = member_rows(f) + [
        ("Request number:", ref), ("Treating hospital:", f"{f['center']} (NPI {f['npi']})"),
        ("Referring oncologist:", f"{f['onc']}, NPI {f['onpi']}"),
        ("Service requested:", "Q2041 axicabtagene ciloleucel, up to 200 million CAR-positive T cells; 0537T-0540T "
                               "cell collection, handling and infusion; inpatient admission"),
        ("Planned admission:", D(f, planned)),
        ("Quoted charges:", fmt_money(quote)),
        ("Request received:", D(f, f["notice"] - dt.timedelta(days=6)))]
    body = [f"{f['onc']} referred you to {f['center']} for CAR-T cell therapy for relapsed large B-cell lymphoma. "
            f"The center asked us to approve the treatment and the hospital stay planned for {D(f, planned)}.",
            "We cannot approve this request at this hospital. Your plan covers CAR-T cell therapy only when it is "
            "given at a facility in the Quennell Centers of Excellence network for cellular immunotherapy "
            "(Certificate of Coverage, Section 9.3, Transplant and Cellular Therapy Services). "
            f"{f['center']} is not a designated Center of Excellence for CAR-T cell therapy. The medical need "
            "for treatment was not questioned.",
            f"The same treatment can be approved at a designated center. The nearest is {f['coe']}. Our transplant "
            "nurse case manager can help you and your doctors transfer the referral; call Member Services."]
    return letter(f, "Prior Authorization Denial: Cellular Immunotherapy", rows, body, denial="out_of_network",
                  cases=[ref], dates=[iso(planned)], amt=m2(quote), alts={"claim_amount": [None]},
                  dalts=["not_covered"], sign="Transplant and Cellular Therapy Review Unit",
                  extra=["Medical policy reviewed: CP-ONC-114, Chimeric Antigen Receptor T-Cell Therapy."])


def doc_ma_lines(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, SW, "slash")
    case = "SSA-" + digits(f["r"], 9)
    planned = f["notice"] + dt.timedelta(days=24)
    rows = [("Name:", f["name"]), ("Member number:", f["mid"]), ("Plan:", f"{SW} (HMO) {f['plan']}"),
            ("Case number:", case), ("Requested by:", f"{f['center']}, NPI {f['npi']}"),
            ("Referred by:", f"{f['onc']}, phone {f['oph']}"),
            ("Service:", "Q2056 ciltacabtagene autoleucel with 0537T-0540T"),
            ("Planned start date:", D(f, planned))]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", align="C")
    d.ln(2)
    d.text_line(f"Date: {D(f, f['notice'])}", 10.5)
    d.ln(2)
    pairs(d, rows, lw=46)
    d.text_line("Your request was denied", 11.5, "B")
    d.ln(1)
    d.para(f"We denied the treatment listed above that was requested for you by {f['center']}.")
    d.para("Why did we deny your request? Medicare covers CAR-T cell therapy for relapsed or refractory multiple "
           "myeloma only for the uses in the drug's approved labeling. Ciltacabtagene autoleucel is approved after "
           "at least one prior line of therapy that included a proteasome inhibitor and an immunomodulatory agent, "
           "with disease refractory to lenalidomide. The records sent show one prior line (bortezomib, "
           "dexamethasone) with no immunomodulatory agent and no documented lenalidomide-refractory disease. The "
           "number and kind of prior lines of therapy required are not met, so the request is not medically "
           "necessary under the coverage rule.")
    d.para("Your doctor may ask a plan physician to discuss this decision (peer-to-peer) by calling the "
           "Utilization Management line.", 9.5)
    dl = f["notice"] + dt.timedelta(days=65)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    d.ln(1)
    d.para("You have the right to ask Sablewood Senior Advantage to review our decision by asking us for an appeal. "
           "Ask for a standard or fast appeal within 65 days from the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.")
    d.para("If your health could be seriously harmed by waiting, ask for a fast appeal; we will decide within 72 "
           "hours. If we deny your appeal, your case goes to an Independent Review Entity automatically.", 9.5)
    d.para(f"Call {f['ph']} (TTY 711) to ask for an appeal or for help. Form CMS-10003-NDMCP (OMB 0938-0829).", 9)
    t = truth("denial_letter", "medical_necessity", insurer=SW, member_id=f["mid"], plan_id=f["plan"],
              member_name=f["name"], case_numbers=[case], service_dates=[iso(planned)],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dl),
              alternates={"plan_id": [None]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_travel(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, MG, "abbr")
    claim = "TL" + digits(f["r"], 10)
    adm = f["notice"] - dt.timedelta(days=44)
    end = adm + dt.timedelta(days=27)
    amt = 3847.62
    rows = member_rows(f) + [
        ("Reimbursement claim:", claim), ("Treating center:", f"{f['center']}"),
        ("Travel dates:", f"{D(f, adm)} through {D(f, end)}"),
        ("Expenses submitted:", f"{fmt_money(amt)} (mileage, lodging 27 nights, meals)"),
        ("Distance, home to center:", "61 miles (as calculated by our mapping service)")]
    body = [f"You asked us to repay travel and lodging costs while you and a caregiver stayed near {f['center']} "
            "for CAR-T cell therapy and the required monitoring period. Your treatment itself was approved and is "
            "not affected by this letter.",
            "We denied this reimbursement. Your plan's Transplant and Cellular Therapy Travel Benefit pays "
            "transportation and lodging only when the treating center is more than 100 miles from your home, up to "
            "a lifetime maximum of $10,000. Your home is 61 miles from the center, so the travel benefit does not "
            "apply. Travel and lodging are not otherwise covered (Evidence of Coverage, Exclusions, item 41).",
            f"Your oncologist, {f['onc']}, wrote that you must stay within two hours of the center for four weeks. "
            "We read the letter; the benefit's distance rule still applies."]
    return letter(f, "Travel and Lodging Reimbursement: Denied", rows, body, denial="not_covered", cases=[claim],
                  dates=[iso(adm, end)], amt=m2(amt), appeal="date", days=180,
                  alts={"service_dates": [[iso(adm)]]}, dalts=["other"], sign="Member Reimbursement Services")


def doc_eob_apheresis(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, MG, "slash")
    r = f["r"]
    c_in, c_ap = "MG" + digits(r, 11), "MG" + digits(r, 11)
    aph = f["notice"] - dt.timedelta(days=71)
    adm = aph + dt.timedelta(days=33)
    dis = adm + dt.timedelta(days=9)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(32, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para("We processed two claims from the same treating center. One was paid; one was denied.", 9.5)
    head = ["Service dates", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"]
    w = [36, 14, 50, 21, 20, 19, 15, 9]
    d.font(10, "B")
    d.cell(0, 6, f"Claim {c_in}  -  {f['center']}  -  inpatient", new_x="LMARGIN", new_y="NEXT")
    ip = [("0891", "CAR-T therapy, Q2042 tisagenlecleucel", 498000.00, 431250.00, 430750.00, 500.00),
          ("0120", "Room and board, 9 days", 41382.00, 0, 0, 0), ("0300", "Laboratory", 12864.50, 0, 0, 0)]
    rows = [[f"{D(f, adm)}-{D(f, dis)}", c, desc, fmt_money(b), fmt_money(a), fmt_money(p), fmt_money(o), "PD"]
            for c, desc, b, a, p, o in ip]
    rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in ip)), fmt_money(431250.00),
                 fmt_money(430750.00), fmt_money(500.00), ""])
    d.table(head, rows, w, size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.font(10, "B")
    d.cell(0, 6, f"Claim {c_ap}  -  {f['center']}  -  outpatient", new_x="LMARGIN", new_y="NEXT")
    op = [("0537T", "Harvest of blood leukocytes for CAR-T", 18650.00), ("0538T", "Preparation for transport",
                                                                         2275.00)]
    rows = [[D(f, aph), c, desc, fmt_money(b), fmt_money(0), fmt_money(0), fmt_money(0), "B7"] for c, desc, b in op]
    tot = sum(x[2] for x in op)
    rows.append(["*Claim total", "", "", fmt_money(tot), fmt_money(0), fmt_money(0), fmt_money(0), ""])
    d.table(head, rows, w, size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remarks", 10, "B")
    d.para("PD  Paid under the inpatient CAR-T case rate. Your inpatient copay applies.", 8.8, gap=1)
    d.para("B7  Denied. Cell collection (apheresis) and preparation for a CAR-T product are part of the CAR-T "
           "treatment episode and are paid within the inpatient case rate for the admission. They are not payable "
           "as a separate outpatient service. The center may not bill you for these lines.", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para(f"Referring physician on the claims: {f['onc']} (NPI {f['onpi']}).", 8.8)
    d.para("Your right to appeal: you may appeal a denied claim within 180 days of the date of this statement. "
           f"Call {f['ph']} or write to the address above.", 9)
    t = truth("eob", "coding_error", insurer=MG, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c_ap], claim_amount=m2(tot), service_dates=[iso(aph)], denial_date=iso(f["notice"]),
              provider=f["center"], appeal_deadline=iso(dl), denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


def doc_hospital_notice(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, None, "dmy")
    r = f["r"]
    auth = "QA" + digits(r, 9)
    adm = f["notice"] + dt.timedelta(days=12)
    acct = "Acct " + digits(r, 8)
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    d.text_line(f["center"], 16, "B")
    d.text_line("Patient Financial Services  -  Cellular Therapy Financial Clearance", 9.5)
    d.text_line(f"2200 Infirmary Row, Brackenfield, PA 19999   Tel. {f['oph']}", 9)
    d.rule(0.5, 4)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your CAR-T admission has been authorized by your insurance", 12.5, "B")
    d.ln(2)
    pairs(d, [("Patient:", f["name"]), ("Insurance:", QH), ("Member ID:", f["mid"]),
              ("Authorization number:", auth), ("Scheduled admission:", D(f, adm)),
              ("Treatment:", "Q2054 lisocabtagene maraleucel, inpatient infusion (0540T)"),
              ("Referring oncologist:", f["onc"]), ("Hospital account:", acct),
              ("Estimated out-of-pocket:", fmt_money(4500.00) + " (your plan's yearly maximum)")], lw=52)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Good news: {QH} approved your inpatient admission to {f['center']} for CAR-T cell therapy, "
           f"beginning {D(f, adm)}, under the authorization number above. The approval covers the cell product, the "
           "infusion and the inpatient stay. Our hospital is a designated Center of Excellence in your plan's "
           "cellular therapy network.")
    d.para("Please plan to stay within two hours of the hospital for at least four weeks after the infusion. Ask "
           "your insurer about any travel and lodging benefit; this approval does not include one.")
    d.para("If you have questions about your estimate or a payment plan, call a financial counselor at the number "
           "above. This letter is not a bill.")
    d.para("Sincerely,\n\nCellular Therapy Financial Counselor\n" + f["center"], 10.5)
    t = truth("other", None, insurer=QH, member_id=f["mid"], member_name=f["name"], case_numbers=[auth],
              service_dates=[iso(adm)], denial_date=iso(f["notice"]), provider=f["center"],
              unscored=["insurer"])
    return pdf_bytes(d), t


def doc_postservice(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, QH, "iso")
    r = f["r"]
    claim = "QC" + digits(r, 12)
    adm = f["notice"] - dt.timedelta(days=58)
    dis = adm + dt.timedelta(days=11)
    amt = 1312587.40
    rows = member_rows(f) + [
        ("Claim number:", claim), ("Provider:", f"{f['center']}, NPI {f['npi']}"),
        ("Dates of service:", f"{D(f, adm)} to {D(f, dis)} (inpatient)"),
        ("Services billed:", "Q2055 idecabtagene vicleucel; 0539T receipt and preparation; 0540T infusion; "
                             "room and board, pharmacy, laboratory"),
        ("Total billed:", fmt_money(amt, "nosign")), ("Amount paid:", "0.00"),
        ("Claim received:", D(f, f["notice"] - dt.timedelta(days=20)))]
    body = [f"We reviewed the hospital claim from {f['center']} for your CAR-T cell therapy admission. We are not "
            "able to pay it.",
            f"Your plan covers CAR-T cell therapy only at designated Centers of Excellence. {f['center']} is not a "
            "designated center for cellular immunotherapy, and the treatment was not authorized in advance at a "
            "designated center. Services at a non-designated facility are treated as out-of-network and are not "
            "covered for this benefit (Certificate of Coverage, Section 9.3).",
            f"The admission was arranged on referral from {f['onc']}. If the center or your doctor has records "
            "showing no designated center could treat you in time, send them with your appeal."]
    return letter(f, "Claim Denial: Cellular Therapy Admission", rows, body, denial="out_of_network", cases=[claim],
                  dates=[iso(adm, dis)], amt=m2(amt), appeal="within", days=180, dalts=["not_covered"],
                  alts={"service_dates": [[iso(adm)]]}, sign="Claims Review")


def doc_appeal_upheld(seed: int) -> tuple[bytes, dict]:
    f = facts(seed, QH, "upper")
    r = f["r"]
    apl, ref = "APL-" + digits(r, 7), "PA-" + digits(r, 8)
    planned = f["notice"] + dt.timedelta(days=15)
    rows = member_rows(f) + [
        ("Appeal number:", apl), ("Original request:", ref),
        ("Treating center:", f"{f['center']}, NPI {f['npi']}"),
        ("Referring oncologist:", f"{f['onc']}, NPI {f['onpi']}"),
        ("Service:", "Q2053 brexucabtagene autoleucel with 0537T-0540T"),
        ("Planned treatment date:", D(f, planned)),
        ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=24)))]
    body = ["You appealed our denial of CAR-T cell therapy for relapsed mantle cell lymphoma. A board-certified "
            "hematologist-oncologist who was not involved in the first decision reviewed your appeal, the records "
            f"from {f['center']} and the letter from your oncologist.",
            "Decision: we uphold the denial. The plan's criteria (medical policy CP-ONC-114) require disease that "
            "relapsed or did not respond after at least two prior lines of systemic therapy, one of them a BTK "
            "inhibitor. The records show one prior line (bendamustine and rituximab). Ibrutinib was started and "
            "stopped after nine days; that does not count as a line of therapy under the policy. The required prior "
            "lines of therapy are not met."]
    fax = f"{D(f, f['notice'])} 10:42  QUENNELL APPEALS  FAX {phone(r)}  P. 1/2"
    return letter(f, "Appeal Decision: Denial Upheld", rows, body, denial="medical_necessity", cases=[apl, ref],
                  dates=[iso(planned)], amt=None, appeal="second", days=60, dalts=["prior_authorization"],
                  alts={"case_numbers": [[apl]]}, sign="Appeals and Grievances", fax=fax)


def documents(rng) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_not_center_of_excellence_axicel", "born_digital", [doc_coe(229501)]),
        Item(f"{FAMILY}_bd_ma_prior_lines_not_met_ciltacel", "born_digital", [doc_ma_lines(229502)]),
        Item(f"{FAMILY}_scan300_travel_lodging_denied", "scan_clean_300", [doc_travel(229503)]),
        Item(f"{FAMILY}_copy_eob_inpatient_paid_apheresis_denied", "photocopy", [doc_eob_apheresis(229504)]),
        Item(f"{FAMILY}_rotated_hospital_admission_authorized", "rotated", [doc_hospital_notice(229505)]),
        Item(f"{FAMILY}_lowres_claim_non_designated_hospital", "scan_lowres_150", [doc_postservice(229506)]),
        Item(f"{FAMILY}_faxfine_appeal_upheld_lines_of_therapy", "fax_fine_g4", [doc_appeal_upheld(229507)]),
    ]
