"""Family 'tavr_transcatheter_valve_heart_team_denial': Medicare Advantage and commercial letters, an EOB and a
hospital's notice on transcatheter aortic valve replacement (TAVR, 33361 transfemoral, 33362 open femoral).

Issuers (all invented): Wrenfield Health Plans (Medicare Advantage, product "Wrenfield Senior Advantage (HMO)",
contract-plan H5731-004; headings after the CMS integrated denial notice), Corbrook Mutual Health Insurance Company
(commercial; letters, an EOB with two claims, an appeal decision), Halvergate University Hospital (its Structural
Heart Program writes to a patient about the plan's denial with a quoted estimate). Contents: no documented heart team
evaluation by two cardiac surgeons; the hospital not meeting the plan's TAVR volume requirements; the pre-procedure CT
angiography (75574, 74174) billed separately and denied as part of the TAVR episode; approval at another hospital;
a fax stack (cover, the MA plan's payment denial of the CT angiography, its approval of the valve); an upheld appeal.
Decoys: the referring cardiologist with NPI, the heart team doctors, request-received dates, dates of birth, the
hospital account number, STS risk scores, the 72-hour expedited and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tavr_transcatheter_valve_heart_team_denial"
LANG = "en"

WF, CB, HV = "Wrenfield Health Plans", "Corbrook Mutual Health Insurance Company", "Halvergate University Hospital"
WF_PRODUCT = "Wrenfield Senior Advantage (HMO)"
WF_PLAN = "H5731-004"
ADDR = {WF: ("PO Box 60417", "Ostrander Mills, KS 66999"), CB: ("1450 Corbrook Plaza", "Lennford, NE 68999"),
        HV: ("2 Halvergate Circle, Pavilion C", "Marlow Bend, IA 52999")}
HOSP_OK = ["Halvergate University Hospital", "Kestrel Ridge Heart Institute", "Brightwell Memorial Medical Center"]
HOSP_LOW = ["St. Elowen Regional Medical Center", "Cardew Valley Community Hospital"]
REFERRERS = ["Dr. Olumide F. Haverkamp, MD", "Dr. Svetlana Q. Ortega-Reyes, MD", "Dr. Bertrand L. Achebe, DO",
             "Dr. Ngaio P. Whitlock, MD"]
SURGEONS = ["Dr. Ignatius P. Wolde, MD", "Dr. Henrike S. Balogun, MD", "Dr. Caspar T. Nakashima, MD"]
INTERV = ["Dr. Mireille T. Ashdown, MD", "Dr. Rajan V. Kettleborough, MD", "Dr. Beatrix O. Mensah, MD"]
FIRST = ["Wilhelmina", "Ezekiel", "Constance", "Tadeusz", "Philomena", "Augustus", "Hyacinth", "Oluwaseun", "Rosamund",
         "Leopold", "Yevgenia", "Cornelius"]
LAST = ["Featherstonhaugh", "Okonjo", "Vanderhoek", "Delahunty", "Marchbanks", "Szczepanski", "Abernethy", "Quarrie",
        "Ferreira-Lund", "Hollingdrake"]
STREETS = ["Larkspur Bend", "Old Ferry Road", "Tannery Lane", "Wickham Court", "Saltbox Drive"]
TOWNS = ["Marlow Bend, IA 52999", "Lennford, NE 68999", "Ostrander Mills, KS 66999", "Pell City, MO 64999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    if ins == WF:
        mid_, grp = "WF" + digits(r, 9), None
    else:
        mid_, grp = "CMH-" + digits(r, 8), "G" + digits(r, 6)
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice,
                proc=notice + dt.timedelta(days=r.randint(12, 30)), recv=notice - dt.timedelta(days=r.randint(3, 9)),
                mid=mid_, grp=grp, claim=("WC" if ins == WF else "CB") + digits(r, 11),
                case=("WF-UM-" if ins == WF else "PA") + digits(r, 8), ref_doc=r.choice(REFERRERS),
                surgeon=r.choice(SURGEONS), interv=r.choice(INTERV), hosp=HOSP_OK[0], npi=npi(r), rnpi=npi(r),
                dob=dt.date(r.randint(1936, 1957), r.randint(1, 12), r.randint(1, 28)), ph=phone(r),
                sts=f"{r.randint(3, 9)}.{r.randint(0, 9)}%", acct="HV" + digits(r, 9))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == WF:
        d.text_line(WF, 16, "B")
        d.text_line(f"{WF_PRODUCT}  |  {a[0]}, {a[1]}", 9)
        d.text_line(f"Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.5)
        d.rule(0.6, 1)
    elif ins == CB:
        d.text_line("CORBROOK MUTUAL", 20, "B", align="R")
        d.text_line(f"{CB}  -  {a[0]}  -  {a[1]}", 8.5, align="R")
        d.rule(0.3, 1)
    else:
        d.text_line(HV, 15, "B")
        d.text_line("Structural Heart Program  |  Valve Clinic  |  Patient Financial Services", 9)
        d.text_line(f"{a[0]}, {a[1]}", 8.5)
        d.rule(0.4, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 56, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def ma_alts(extra: dict | None = None) -> dict:
    a = {"insurer": [WF_PRODUCT]}
    a.update(extra or {})
    return a


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 0,
           cases, sdates, provider, amt=None, alts=None, dalts=(), type_alts=(), sign="Utilization Management",
           headings: tuple[str, str] = ("Why did we make this decision?", "Your right to appeal"),
           doc_type=None, fax: str | None = None, member_intro: bool = True) -> tuple[bytes, dict]:
    """appeal: None (no appeal paragraph), 'days' (within N days of this notice), 'dated' (by a date),
    'second' (second-level appeal within N days), 'external' (external review only)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(("Date of notice: " if f["ins"] == WF else "") + D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    if member_intro:
        d.para(f"Dear {f['first']} {f['last']}:")
    d.text_line(headings[0], 11, "B")
    d.ln(1)
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line(headings[1], 11, "B")
        d.ln(1)
        if appeal in ("days", "second"):
            dl = f["notice"] + dt.timedelta(days=days)
            lvl = "a second-level appeal" if appeal == "second" else ("a plan appeal (reconsideration)"
                                                                       if f["ins"] == WF else "an appeal")
            d.para(f"If you disagree, you may ask for {lvl}. Your request must be made within {days} days of the "
                   f"date of this notice. Write to the address above or call {f['ph']} (TTY 711). You, your doctor "
                   "or a representative may send medical records and letters that support your request.")
        elif appeal == "dated":
            dl = f["notice"] + dt.timedelta(days=days)
            d.para(f"If you disagree, your written appeal must be received by {D(f, dl)}. Send it to the address "
                   f"above or fax it to {phone(random.Random(f['npi']))}. Include any records you want us to review.")
        if appeal != "external":
            d.para("If waiting could seriously harm your health, you or your doctor may ask for a fast (expedited) "
                   "appeal; we decide fast appeals within 72 hours.", 9.5)
        d.para("After our internal appeal process, you may have the right to an independent external review. A "
               "request for external review must be filed within 4 months of our final decision.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    alts = dict(alts or {})
    if f["ins"] == WF:
        alts = ma_alts(alts)
    t = truth(doc_type or ("denial_letter" if denial else "other"), denial, insurer=f["ins"],
              plan_id=WF_PLAN if f["ins"] == WF else None, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=cases, claim_amount=None if amt is None else m2(amt),
              service_dates=sdates, denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=None if dl is None else iso(dl), alternates={k: v for k, v in alts.items() if v},
              denial_alternates=list(dalts), type_alternates=list(type_alts))
    return pdf_bytes(d), t


def ma_rows(f: dict, extra) -> list:
    return [("Member name:", f["name"]), ("Member number:", f["mid"]), ("Plan:", f"{WF_PRODUCT}, {WF_PLAN}"),
            *extra]


def cb_eob(f: dict) -> tuple[bytes, dict]:
    """Commercial EOB: the valve admission paid, the CT angiography claim denied as part of the TAVR episode."""
    r = random.Random(f["npi"])
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(116, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group number", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(116)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para("We processed two claims from Halvergate University Hospital. The valve procedure was paid under your "
           "authorization. The CT angiography claim was not paid; see remark CT4.", 9.5)
    f = dict(f, proc=f["notice"] - dt.timedelta(days=26))
    cta = f["proc"] - dt.timedelta(days=19)
    adm_end = f["proc"] + dt.timedelta(days=2)
    claim1 = "CB" + digits(r, 11)
    lines1 = [(f"{D(f, f['proc'])}-{D(f, adm_end)}", "33361", "TAVR, transfemoral (inpatient, DRG 267)", 118460.00,
               61250.00, 58187.50, 3062.50, "AU")]
    lines2 = [(D(f, cta), "75574", "CT angiography, heart, with 3D", 2875.00, 0, 0, 0, "CT4"),
              (D(f, cta), "74174", "CT angiography, abdomen and pelvis", 2140.00, 0, 0, 0, "CT4")]
    for claim, lines in ((claim1, lines1), (f["claim"], lines2)):
        d.font(10, "B")
        d.cell(0, 6, f"Claim {claim}  -  {HV}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in
                lines]
        tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
        rows.append(["*Claim total", "", "", *[fmt_money(v) for v in tot], ""])
        d.table(["Service dates", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
                [34, 13, 55, 20, 18, 18, 15, 9], size=7.6, aligns="LLLRRRRL", border_head="TB")
    total2 = sum(x[3] for x in lines2)
    d.text_line("Remarks", 10, "B")
    d.para(f"AU  Paid under authorization {f['case']} for the valve procedure. Referring cardiologist: "
           f"{f['ref_doc']} (NPI {f['rnpi']}).", 8.8, gap=1)
    d.para("CT4  The pre-procedure CT angiography done within 30 days before a transcatheter aortic valve "
           "replacement is part of the TAVR evaluation, and its payment is included in the hospital's payment for "
           "the valve procedure. It may not be billed as a separate claim. The hospital may not bill you for these "
           "lines.", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para(f"Your appeal rights: if you disagree with how a claim was processed, you may appeal within 180 days of "
           f"the date of this statement. Call {f['ph']} or write to the address above.", 9)
    t = truth("eob", "coding_error", insurer=CB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total2), service_dates=[iso(cta)],
              denial_date=iso(f["notice"]), provider=HV, appeal_deadline=iso(dl),
              alternates={"provider": ["Halvergate University Hospital Structural Heart Program"]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def hospital_notice(f: dict) -> tuple[bytes, dict]:
    """The hospital's Structural Heart Program tells the patient the MA plan denied the valve, with an estimate."""
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, dict(f, ins=HV))
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    plan_notice = f["notice"] - dt.timedelta(days=4)
    dl = plan_notice + dt.timedelta(days=65)
    est = 96420.00
    d.text_line("Important: Your Medicare Advantage plan did not approve your valve procedure", 12, "B")
    d.ln(2)
    pairs(d, [("Patient:", f["name"]), ("Hospital account no.:", f["acct"]), ("Health plan:", f"{WF} - {WF_PRODUCT}"),
              ("Plan member number:", f["mid"]), ("Plan case number:", f["case"]),
              ("Procedure:", "33361 Transcatheter aortic valve replacement (TAVR), transfemoral"),
              ("Scheduled date:", D(f, f["proc"])), ("Referred by:", f"{f['ref_doc']}, NPI {f['rnpi']}"),
              ("Estimated hospital charges:", fmt_money(est))], lw=52, size=10.5)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"Our Structural Heart Program asked {WF} to approve your TAVR procedure. In a notice dated "
           f"{D(f, plan_notice)}, the plan denied the request. The plan says its coverage rules require that two "
           "cardiac surgeons each examine you in person and document whether open surgery or TAVR is right for you. "
           f"Our records show one surgeon's evaluation ({f['surgeon']}); the second evaluation had not yet taken "
           f"place. Your STS risk score ({f['sts']}) and echocardiogram were sent with the request.", 11)
    d.para(f"We have postponed your procedure. If you choose to go ahead on {D(f, f['proc'])} without the plan's "
           f"approval, you could owe the estimated hospital charges shown above ({fmt_money(est)}), plus the "
           "physicians' charges, which are billed separately.", 11)
    d.text_line("What you can do", 11.5, "B")
    d.ln(1)
    d.para(f"You, your doctor or we (with your permission) may appeal to the plan. The plan must receive the appeal "
           f"within 65 days of the date of its notice, that is, by {D(f, dl)}. We have scheduled the second "
           "surgeon's visit and can send the new note with the appeal. Call our financial counselor at "
           f"{f['ph']} with questions.", 11)
    d.para(f"Sincerely,\nPatient Financial Services, Structural Heart Program\n{HV}", 11)
    t = truth("denial_letter", "medical_necessity", insurer=WF, member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["case"]], claim_amount=m2(est), service_dates=[iso(f["proc"])],
              denial_date=iso(f["notice"]), provider=HV, appeal_deadline=iso(dl),
              alternates={"insurer": [HV, WF_PRODUCT], "claim_amount": [None],
                          "denial_date": [iso(plan_notice)]},
              denial_alternates=["not_covered"], type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: MA pre-service denial, heart team evaluation by two cardiac surgeons not documented
    f = facts(random.Random(237501), WF, "long")
    rows = ma_rows(f, [("Case number:", f["case"]), ("Request received:", D(f, f["recv"])),
                       ("Service requested:", "33361 Transcatheter aortic valve replacement, percutaneous femoral"),
                       ("Planned procedure date:", D(f, f["proc"])),
                       ("Requesting provider:", f"{HV} Structural Heart Program, NPI {f['npi']}"),
                       ("Referring cardiologist:", f"{f['ref_doc']}, NPI {f['rnpi']}")])
    body = [f"We denied the medical care listed above that was requested for you. {HV} asked us to approve a "
            "transcatheter aortic valve replacement (TAVR) for severe aortic stenosis.",
            "Medicare covers TAVR only when a heart team has evaluated the patient and decided that TAVR is the "
            "right treatment. Before the procedure, two cardiac surgeons must each see you in person and write down "
            f"their review of whether you could have open valve surgery. The records we received include an "
            f"evaluation by {f['surgeon']} and notes from your cardiologist, {f['ref_doc']}. They do not include a "
            "second cardiac surgeon's evaluation. Because the coverage requirement is not met, we cannot approve "
            "the procedure at this time.",
            "Your doctor can send us the second surgeon's evaluation and ask us to review the request again."]
    items.append(Item(f"{FAMILY}_bd_ma_no_two_surgeon_evaluation", "born_digital", [letter(
        f, "Notice of Denial of Medical Coverage", rows, body, denial="medical_necessity", appeal="days", days=65,
        cases=[f["case"]], sdates=[iso(f["proc"])], provider=HV, dalts=["not_covered"],
        alts={"provider": [f"{HV} Structural Heart Program"]})]))

    # 2 born digital: commercial EOB, valve paid, pre-procedure CT angiography billed separately denied
    f = facts(random.Random(237502), CB, "slash")
    items.append(Item(f"{FAMILY}_bd_eob_cta_billed_separately", "born_digital", [cb_eob(f)]))

    # 3 scan 300: MA approval at another hospital after a denial for the first one
    f = facts(random.Random(237503), WF, "abbr")
    auth = "WA" + digits(random.Random(237513), 9)
    k = HOSP_OK[1]
    valid_end = f["proc"] + dt.timedelta(days=60)
    rows = ma_rows(f, [("Authorization number:", auth), ("Earlier request:", f"{f['case']} ({HOSP_LOW[0]})"),
                       ("Service approved:", "33361 TAVR, percutaneous femoral approach, inpatient"),
                       ("Approved facility:", f"{k}, NPI {f['npi']}"),
                       ("Scheduled procedure date:", D(f, f["proc"])),
                       ("Approval valid:", f"{D(f, f['proc'])} to {D(f, valid_end)}"),
                       ("Referring cardiologist:", f["ref_doc"])])
    body = [f"We approved the transcatheter aortic valve replacement requested for you by {k}.",
            f"Earlier, we could not approve this procedure at {HOSP_LOW[0]} because that hospital does not meet "
            f"the volume requirements for a TAVR program. Your cardiologist, {f['ref_doc']}, then referred you to "
            f"{k}, which meets the requirements. Its heart team ({f['surgeon']}, {f['interv']} and a second cardiac "
            "surgeon) evaluated you and recommended TAVR.",
            "This approval is for the facility and dates shown above. If the date changes, the hospital must tell "
            "us. Your inpatient hospital copay applies. You do not need to do anything else."]
    items.append(Item(f"{FAMILY}_scan300_ma_approved_other_hospital", "scan_clean_300", [letter(
        f, "Notice of Coverage Approval", rows, body, denial=None, appeal=None, cases=[auth],
        sdates=[iso(f["proc"])], provider=k, headings=("What we approved", ""),
        alts={"case_numbers": [[auth, f["case"]]], "service_dates": [[iso(f["proc"], valid_end)]]})]))

    # 4 150 dpi: commercial pre-service denial, the hospital does not meet the TAVR volume requirements
    f = facts(random.Random(237504), CB, "dmy")
    low = HOSP_LOW[1]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Prior authorization no.:", f["case"]), ("Date request received:", D(f, f["recv"])),
            ("Procedure:", "33362 TAVR, open femoral artery approach"),
            ("Facility:", f"{low}, NPI {f['npi']}"), ("Planned date of procedure:", D(f, f["proc"])),
            ("Referring physician:", f"{f['ref_doc']}, NPI {f['rnpi']}")]
    body = [f"We reviewed the request from {low} for a transcatheter aortic valve replacement (TAVR). We have "
            "denied it.",
            "Your plan covers TAVR only at hospitals with a TAVR program that meets the plan's requirements for "
            "experience and volume (Medical Policy CMP-0412): at least 50 aortic valve replacements in the past "
            f"year, including at least 20 TAVR procedures, and two or more cardiac surgeons on staff. {low} reported "
            "11 TAVR procedures last year. For that reason TAVR at this hospital is not a covered benefit.",
            f"This decision is about where the procedure would be done, not about whether you need it. TAVR is "
            f"covered at qualifying in-network hospitals such as {HOSP_OK[1]} and {HOSP_OK[2]}. Your "
            "doctor can send a new request for one of them."]
    items.append(Item(f"{FAMILY}_lowres_commercial_volume_requirement", "scan_lowres_150", [letter(
        f, "Adverse Benefit Determination - Prior Authorization", rows, body, denial="not_covered", appeal="dated",
        days=180, cases=[f["case"]], sdates=[iso(f["proc"])], provider=low, dalts=["out_of_network"],
        sign="Clinical Review Department")]))

    # 5 photocopy: the hospital's notice about the MA plan's denial, with a quoted estimate
    f = facts(random.Random(237505), WF, "short")
    items.append(Item(f"{FAMILY}_copy_hospital_notice_plan_denied", "photocopy", [hospital_notice(f)]))

    # 6 fax standard stack: cover, MA payment denial of the CT angiography claim, approval of the valve
    f = facts(random.Random(237506), WF, "iso")
    f["proc"] = f["notice"] + dt.timedelta(days=9)
    cta = f["notice"] - dt.timedelta(days=11)
    amt = 3318.00
    fax = f"{D(f, f['notice'])} 15:07  FROM: WRENFIELD HEALTH PLANS UM  TO: HALVERGATE SHP  P. 2"
    rows = ma_rows(f, [("Claim number:", f["claim"]), ("Provider:", f"{HV}, NPI {f['npi']}"),
                       ("Date of service:", D(f, cta)),
                       ("Services:", "75574 CT angiography, heart; 74174 CT angiography, abdomen/pelvis"),
                       ("Amount billed:", fmt_money(amt))])
    body = [f"We denied payment for the services listed above. {HV} billed the CT angiography done to plan "
            "your transcatheter valve procedure as a separate outpatient claim.",
            "The planning CT angiography is part of the TAVR evaluation. Under your plan's payment rules, imaging "
            "done within 30 days before the valve procedure is paid as part of the hospital's payment for the "
            f"procedure (scheduled for {D(f, f['proc'])}), so it cannot be paid separately. You do not have to pay the hospital for these services."]
    doc_a = letter(f, "Notice of Denial of Payment", rows, body, denial="coding_error", appeal="days", days=65,
                   cases=[f["claim"]], sdates=[iso(cta)], provider=HV, amt=amt, dalts=["not_covered"], fax=fax,
                   sign="Claims Department")
    auth = "WA" + digits(random.Random(237516), 9)
    rows = ma_rows(f, [("Authorization number:", auth), ("Service approved:", "33361 TAVR, inpatient admission"),
                       ("Facility:", f"{HV}, NPI {f['npi']}"), ("Procedure date:", D(f, f["proc"])),
                       ("Referring cardiologist:", f["ref_doc"])])
    body = [f"We approved your transcatheter aortic valve replacement at {HV}. The heart team evaluation by two "
            f"cardiac surgeons ({f['surgeon']} and a second surgeon) is in your records.",
            "This approval does not change our decision on the separately billed CT angiography claim."]
    doc_b = letter(f, "Notice of Coverage Approval", rows, body, denial=None, appeal=None, cases=[auth],
                   sdates=[iso(f["proc"])], provider=HV, headings=("What we approved", ""),
                   fax=f"{D(f, f['notice'])} 15:08  FROM: WRENFIELD HEALTH PLANS UM  TO: HALVERGATE SHP  P. 3")
    items.append(Item(f"{FAMILY}_faxstd_stack_cta_denial_and_approval", "fax_standard_g4", [doc_a, doc_b],
                      separators=["cover", None]))

    # 7 rotated: commercial appeal upheld, second surgeon's evaluation still missing
    f = facts(random.Random(237507), CB, "long")
    appeal_no = "AP-" + digits(random.Random(237517), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Prior authorization no.:", f["case"]), ("Procedure:", "33361 TAVR, transfemoral"),
            ("Requested date:", D(f, f["proc"])), ("Facility:", f"{HV}, NPI {f['npi']}"),
            ("Appeal received:", D(f, f["recv"]))]
    body = [f"You appealed our denial of a transcatheter aortic valve replacement at {HV}. A board-certified "
            "cardiothoracic surgeon who was not involved in the first decision reviewed the appeal.",
            f"Decision: we uphold the denial. Our policy requires an in-person evaluation by two cardiac surgeons. "
            f"The appeal included a second note from your referring cardiologist, {f['ref_doc']}, but a "
            "cardiologist's note cannot take the place of the second surgeon's evaluation. Only "
            f"{f['surgeon']}'s evaluation is on file."]
    items.append(Item(f"{FAMILY}_rotated_appeal_upheld", "rotated", [letter(
        f, "Appeal Decision - Denial Upheld", rows, body, denial="medical_necessity", appeal="second", days=60,
        cases=[appeal_no, f["case"]], sdates=[iso(f["proc"])], provider=HV, dalts=["not_covered"],
        sign="Appeals Department", headings=("What we decided", "Your next steps"),
        alts={"case_numbers": [[appeal_no]]})]))
    return items
