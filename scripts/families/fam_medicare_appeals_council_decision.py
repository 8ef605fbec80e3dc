"""Family 'medicare_appeals_council_decision': a decision of the Medicare Appeals Council (Department of Health and
Human Services, Departmental Appeals Board), the fourth level of Medicare claim appeals, after an ALJ's or attorney
adjudicator's decision. Modelled from memory on the published shape of Council decisions (DHHS / DAB header,
"Decision of Medicare Appeals Council", "Docket No. M-..", the "In the case of / Claim for" caption grid with
(Appellant), (Beneficiary), (Medicare Number), (Contractor) and the ALJ Appeal No., "The Council reviews the ALJ's
decision de novo. 42 C.F.R. § 405.1100(c)", exhibit MAC-1, Background / Issue / Applicable law / Discussion /
Decision, "/s/ Administrative Appeals Judge", and the "Notice of Decision of Medicare Appeals Council" cover with the
right to federal court review "within 60 days after the date you receive this notice" and its amount-in-controversy
sentence). Every person, supplier, contractor and number is invented.

Kinds: power wheelchair (unfavorable, medical necessity), SNF stay found custodial (unfavorable, level of care, a
span), claim filed too late (unfavorable, plain words), hearing aids (unfavorable, statutory exclusion), gene
expression assay (unfavorable, investigational), outpatient therapy (favorable: reversed, denies nothing) and
ambulance trips (remanded to the ALJ: decides nothing yet).
Decoys: ALJ decision date, QIC reconsideration date, request-for-review date, exhibit numbers, the amount remaining in
controversy, the judicial-review amount-in-controversy threshold, the 5-day receipt presumption, C.F.R. cites.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaf_famfa import address, clinician, days, fdate, iso, mixed, money, person, usd

FAMILY = "medicare_appeals_council_decision"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
COUNCIL = "Medicare Appeals Council"
CONTRACTORS = {"A": "Karavanke Government Benefit Administrators, LLC", "B": "Pohorje Medicare Solutions, Inc.",
               "DME": "Nanos DME Services, LLC"}
QICS = {"A": "Kamniska Reconsideration Services", "B": "Kamniska Reconsideration Services",
        "DME": "Velika Planina QIC Group"}
KINDS = {
    "wheelchair": dict(part="B", ctr="DME", prov="Bohinj Mobility Supply, LLC", appellant="prov",
                       item="a Group 2 power wheelchair with a captain's seat (HCPCS K0823) and accessories",
                       lines=[("K0823", "Power wheelchair, group 2 standard, captain's chair", 1),
                              ("E2361", "Power wheelchair accessory, 22NF sealed lead acid battery", 2)],
                       den="medical_necessity", dalt=None, outcome="unfavorable"),
    "snf": dict(part="A", ctr="A", prov="Postojna Skilled Nursing and Rehabilitation Center", appellant="ben",
                item="skilled nursing facility (SNF) services", lines=None, den="level_of_care",
                dalt=["medical_necessity"], outcome="unfavorable"),
    "late": dict(part="B", ctr="B", prov="Kranj Orthopedic Associates, P.C.", appellant="prov",
                 item="an arthroscopic partial meniscectomy of the right knee (CPT 29881)",
                 lines=[("29881", "Knee arthroscopy, partial meniscectomy", 1)], den="timely_filing", dalt=None,
                 outcome="unfavorable"),
    "hearing": dict(part="B", ctr="B", prov="Radovljica Hearing Center", appellant="ben",
                    item="two digital hearing aids and their fitting",
                    lines=[("V5261", "Hearing aid, digital, binaural, behind the ear", 1),
                           ("V5160", "Dispensing fee, binaural", 1)], den="not_covered", dalt=None,
                    outcome="unfavorable"),
    "assay": dict(part="B", ctr="B", prov="Celje Molecular Diagnostics Laboratory", appellant="prov",
                  item="a 31-gene expression profile assay (CPT 81529) on a cutaneous melanoma specimen",
                  lines=[("81529", "Oncology (cutaneous melanoma), mRNA gene expression profiling", 1)],
                  den="experimental", dalt=["medical_necessity", "not_covered"], outcome="unfavorable"),
    "therapy": dict(part="B", ctr="B", prov="Skofja Loka Physical Therapy", appellant="prov",
                    item="outpatient physical therapy (twelve visits)",
                    lines=[("97110", "Therapeutic exercise, each 15 minutes", 24),
                           ("97140", "Manual therapy techniques, each 15 minutes", 12)],
                    den=None, dalt=None, outcome="favorable"),
    "ambulance": dict(part="B", ctr="B", prov="Maribor Ambulance Service, Inc.", appellant="prov",
                      item="four non-emergency basic life support ambulance trips to and from dialysis",
                      lines=[("A0428", "Ambulance service, BLS, non-emergency transport", 4),
                             ("A0425", "Ground mileage, per statute mile", 4)],
                      den="medical_necessity", dalt=None, outcome="remand"),
}
LABELS = [("Appellant", "Beneficiary", "Medicare Number", "Contractor", "ALJ Appeal No."),
          ("Appellant", "Beneficiary", "Medicare Beneficiary Identifier", "Provider/Supplier", "OMHA Appeal Number"),
          ("Appellant(s)", "Enrollee", "MBI", "Supplier", "ALJ/OMHA Appeal No.")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(22, 16, 22))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, lab: int, ds: str, cover: bool, grid: bool) -> dict:
    k = KINDS[kind]
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
    svc = days(date, -r.randint(700, 1000))
    end = days(svc, r.randint(12, 24)) if kind == "snf" else None
    trips = [days(svc, 2 * i) for i in range(4)] if kind == "ambulance" else None
    alj = days(date, -r.randint(150, 260))
    qic = days(alj, -r.randint(120, 200))
    mbi = mixed(r, "9AA9-AA9-AA99")
    billed = money(r, 800, 9000) if kind != "snf" else money(r, 14000, 32000)
    return dict(kind=kind, k=k, L=LABELS[lab], ds=ds, cover=cover, grid=grid, date=date, svc=svc, end=end,
                trips=trips, alj=alj, qic=qic, req=days(alj, r.randint(20, 55)), filed=days(svc, r.randint(380, 420)),
                member=person(r), addr=address(r), mbi=mbi if lab != 2 else mbi.replace("-", ""),
                docket=f"M-{date.strftime('%y')}-{r.randint(1000, 9999)}", aljno=f"3-{r.randint(10**9, 10**10 - 1)}",
                qicno=f"1-{r.randint(10**9, 10**10 - 1)}", ccn=str(r.randint(10**13, 10**14 - 1)),
                billed=billed, aic=round(billed * r.uniform(0.55, 0.8), 2), judge=clinician(r),
                judge2=clinician(r), alj_name=clinician(r), paddr=address(r))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def head(d: Page, f: dict, title: str) -> None:
    d.text_line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 11, "B", align="C", h=5.5)
    d.text_line("DEPARTMENTAL APPEALS BOARD", 10.5, "B", align="C", h=5.5)
    d.rule(0.5, 2)
    d.text_line(title, 12.5, "B", align="C", h=7)
    d.text_line(f"Docket No. {f['docket']}", 10.5, align="C", h=5.5)
    d.ln(3)


def caption(d: Page, f: dict) -> None:
    L, k = f["L"], f["k"]
    part = ("Hospital Insurance Benefits (Part A)" if k["part"] == "A"
            else "Supplementary Medical Insurance Benefits (Part B)")
    appellant = k["prov"] if k["appellant"] == "prov" else f["member"]
    if f["grid"]:
        rows = [("In the case of", "Claim for"), (appellant, part), (f"({L[0]})", ""),
                (f["member"], f["mbi"]), (f"({L[1]})", f"({L[2]})"), (CONTRACTORS[k["ctr"]], f"{L[4]} {f['aljno']}"),
                ("(Contractor)", "")]
        x0 = d.l_margin
        y0 = d.get_y()
        for a, b in rows:
            d.font(9.6, "B" if a == "In the case of" else "")
            d.set_x(x0)
            d.cell(86, 5, a)
            d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        d.line(x0 + 84, y0, x0 + 84, d.get_y())
        d.ln(4)
        if k["appellant"] == "ben":
            d.text_line(f"Provider: {k['prov']}", 9.6, h=5)
            d.ln(2)
    else:
        rows = [(L[0], appellant), (L[1], f["member"]), (L[2], f["mbi"]), (L[3] if L[3] != "Contractor" else
                "Provider/Supplier", k["prov"]), ("Medicare contractor", CONTRACTORS[k["ctr"]]), (L[4], f["aljno"]),
                ("Council Docket No.", f["docket"]), ("Claim for", part)]
        for a, b in rows:
            d.font(9.4, "B")
            d.cell(58, 5, a + ":")
            d.font(9.4)
            d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)


def services(f: dict) -> str:
    if f["end"]:
        return f"from {f['svc'].strftime('%B %-d')} through {fdate(f['end'], 'long')}"
    if f["trips"]:
        return "on " + ", ".join(fd(f, t) for t in f["trips"][:-1]) + f", and {fd(f, f['trips'][-1])}"
    return f"on {fd(f, f['svc'])}"


def notice_page(d: Page, f: dict) -> None:
    head(d, f, "Notice of Decision of Medicare Appeals Council")
    to = f["k"]["prov"] if f["k"]["appellant"] == "prov" else f["member"]
    addr = f["paddr"] if f["k"]["appellant"] == "prov" else f["addr"]
    d.text_line(f"Date: {fd(f, f['date'])}", 10, h=5.5)
    d.ln(2)
    for ln in (to, *addr):
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.para(f"The Medicare Appeals Council (Council) has issued the enclosed decision on the request for review of the "
           f"Administrative Law Judge (ALJ) decision dated {fd(f, f['alj'])} in ALJ Appeal No. {f['aljno']}, "
           f"concerning {f['member']} (Medicare Number {f['mbi']}).", 9.8)
    out = f["k"]["outcome"]
    if out == "unfavorable":
        d.text_line("Right to Judicial Review", 10.5, "B", h=6)
        d.para("If you desire court review of the Council's decision, you may commence a civil action in the District "
               "Court of the United States for the judicial district in which you reside or have your principal place "
               "of business. You must file within 60 days after the date you receive this notice. The Council presumes "
               "that you received this notice 5 days after the date of the notice unless you show otherwise.", 9.6)
        d.para("You may ask for court review only if the amount in controversy is $1,960.00 or more for a request "
               "filed in calendar year 2026. Do not file the civil action with the Council. See 42 C.F.R. § 405.1136.",
               9.6)
    elif out == "remand":
        d.para("The Council has remanded the case to an Administrative Law Judge. The Office of Medicare Hearings and "
               "Appeals will contact you. This decision is not a final action, and you may not ask a federal court "
               "to review it.", 9.6)
    else:
        d.para("The Council's decision is favorable to you. The Medicare contractor will carry out the decision. "
               "You do not need to do anything further.", 9.6)
    d.para("The Council's own-motion review authority under 42 C.F.R. § 405.1110 does not apply to this decision. "
           "Questions: Departmental Appeals Board, Medicare Operations Division, 330 Independence Ave., S.W., "
           "Washington, DC 20201 (phone 1-866-555-4417).", 9)
    d.text_line("Enclosure: Decision of Medicare Appeals Council", 9.4, h=5)
    d.text_line(f"cc: {CONTRACTORS[f['k']['ctr']]}; {QICS[f['k']['ctr']]}", 9.4, h=5)
    d.add_page()


def body(d: Page, f: dict) -> None:
    k, out = f["k"], f["k"]["outcome"]
    appellant = "the supplier" if k["appellant"] == "prov" and k["part"] == "B" else (
        "the provider" if k["appellant"] == "prov" else "the beneficiary")
    verb = {"unfavorable": "adopts the ALJ's decision", "favorable": "reverses the ALJ's decision",
            "remand": "vacates the ALJ's decision and remands the case to an ALJ for further proceedings"}[out]
    d.para(f"The Administrative Law Judge (ALJ) issued a decision dated {fd(f, f['alj'])}, which concerned Medicare "
           f"coverage of {k['item']} furnished to the beneficiary by {k['prov']} {services(f)}. The ALJ found that "
           f"Medicare does not cover the {'stay' if f['end'] else 'items or services'} and that "
           f"{'the beneficiary' if k['appellant'] == 'ben' else appellant} is liable for the non-covered costs. "
           f"The appellant, {appellant}, has asked the Medicare Appeals Council (Council) to review this action.",
           9.8)
    d.para("The Council reviews the ALJ's decision de novo. 42 C.F.R. § 405.1100(c). The Council will limit its review "
           "of the ALJ's action to those exceptions raised by the party in the request for review, unless the "
           "appellant is an unrepresented beneficiary. Id. § 405.1112(c). The Council has entered the request for "
           f"review, received on {fd(f, f['req'])}, into the record as Exhibit (Exh.) MAC-1. As set forth below, the "
           f"Council {verb}.", 9.8)
    d.text_line("BACKGROUND AND PROCEDURAL HISTORY", 10.5, "B", h=6)
    what = "the stay" if f["end"] else "the claim"
    d.para(f"{k['prov']} billed Medicare {usd(f['billed'])} for {k['item']} {services(f)} (claim control number "
           f"{f['ccn']}). The Medicare contractor, {CONTRACTORS[k['ctr']]}, denied {what} initially and on "
           f"redetermination. On {fd(f, f['qic'])}, the Qualified Independent Contractor (QIC), {QICS[k['ctr']]}, "
           f"issued an unfavorable reconsideration (Medicare Appeal No. {f['qicno']}). Exh. 3 at 1-6. The ALJ held a "
           f"telephone hearing and issued the decision now on review. The amount remaining in controversy is "
           f"{usd(f['aic'])}.", 9.8)
    if k["lines"]:
        d.table(["HCPCS/CPT", "Description", "Units", "Date of service"],
                [[c, desc, str(u), fd(f, f["svc"]) if not f["trips"] else "see above"] for c, desc, u in k["lines"]],
                [24, 96, 14, 32], size=8.6)
    d.text_line("ISSUE", 10.5, "B", h=6)
    d.para(f"Whether Medicare covers {k['item']} and, if not, who is liable for the costs.", 9.8)
    d.text_line("APPLICABLE LAW AND POLICY", 10.5, "B", h=6)
    law = {
        "wheelchair": "Section 1862(a)(1)(A) of the Social Security Act (Act) excludes items that are not reasonable "
                      "and necessary for the diagnosis or treatment of illness or injury. A power mobility device is "
                      "covered only when the beneficiary cannot use a cane, walker, manual wheelchair or scooter to "
                      "perform mobility-related activities of daily living in the home (NCD 280.3; LCD L33789).",
        "snf": "Medicare Part A covers post-hospital extended care only when the beneficiary requires skilled nursing "
               "or skilled rehabilitation services on a daily basis that, as a practical matter, can only be provided "
               "in a SNF on an inpatient basis. 42 C.F.R. §§ 409.31-409.35. Custodial care is excluded. Act "
               "§ 1862(a)(9).",
        "late": "A claim must be filed no later than 12 months after the date the services were furnished. Act "
                "§ 1842(b)(3); 42 C.F.R. § 424.44(a). The time limit may be extended only for the reasons in "
                "§ 424.44(b).",
        "hearing": "Section 1862(a)(7) of the Act excludes from coverage hearing aids and examinations for the "
                   "purpose of prescribing, fitting or changing hearing aids. 42 C.F.R. § 411.15(d).",
        "assay": "Items and services that are experimental or investigational are not reasonable and necessary under "
                 "section 1862(a)(1)(A) of the Act. Program Integrity Manual, ch. 13, § 13.5.4; the applicable LCD "
                 "covers gene expression profiling only for the listed indications.",
        "therapy": "Outpatient therapy is covered when furnished under a plan of care certified by a physician and the "
                   "services require the skills of a therapist. 42 C.F.R. §§ 410.59-410.61; MBPM ch. 15, § 220.2.",
        "ambulance": "Non-emergency ambulance transport is covered when other means of transportation are "
                     "contraindicated and a physician certification statement is on file. 42 C.F.R. § 410.40(e).",
    }[f["kind"]]
    d.para(law, 9.6)
    d.text_line("DISCUSSION", 10.5, "B", h=6)
    disc = {
        "wheelchair": "The record does not show that the beneficiary was unable to use an optimally configured manual "
                      "wheelchair in the home. The face-to-face examination notes describe the beneficiary walking "
                      "short distances with a cane. The supplier's exceptions restate the treating physician's "
                      "prescription but do not point to evidence that the coverage criteria were met. The power "
                      "wheelchair was not medically necessary, and the Council agrees with the ALJ.",
        "snf": f"The nursing notes show that after the first few days the beneficiary needed help with bathing, "
               f"dressing and walking, and took oral medicines that did not require a licensed nurse. The therapy "
               f"logs show a maintenance program carried out by aides. This is custodial care that could have been "
               f"given at a lower level of care, not daily skilled services that required an inpatient SNF stay. "
               f"The beneficiary's stay at {k['prov']} {services(f)} is not covered.",
        "late": f"The claim was received by the contractor on {fd(f, f['filed'])}, more than one year after the "
                f"surgery. The supplier says its billing vendor lost the claim, but an error by a billing agent is "
                f"not one of the exceptions in § 424.44(b). The claim was not sent in time, so Medicare cannot pay "
                f"it, and the supplier may not charge the beneficiary for it.",
        "hearing": "The beneficiary argues that the audiologist said the hearing aids were medically needed after an "
                   "ear infection. The Council understands her position, but the law itself leaves hearing aids out "
                   "of Medicare, whatever the reason they are needed. The Council has no authority to set aside the "
                   "statute.",
        "assay": "The assay's clinical validity for the beneficiary's stage of melanoma has not been established in "
                 "peer-reviewed literature, and the LCD lists the test as investigational for this use. The "
                 "laboratory's exceptions cite a single-center study that the LCD already considered.",
        "therapy": "Contrary to the ALJ's finding, the plan of care was certified by the treating physician within 30 "
                   "days (Exh. 7 at 14), and the daily notes show the skilled gait and balance training that only a "
                   "therapist could provide. The services were reasonable and necessary.",
        "ambulance": "The ALJ decided the appeal without the physician certification statements that the supplier "
                     "filed with its request for hearing (Exh. 9). The ALJ's decision does not address them. The "
                     "record must be completed before the coverage question can be decided.",
    }[f["kind"]]
    d.para(disc, 9.6)
    d.text_line("DECISION" if out != "remand" else "REMAND ORDER", 10.5, "B", h=6)
    if out == "unfavorable":
        d.para(f"It is the decision of the Medicare Appeals Council that the ALJ's decision is affirmed. Medicare does "
               f"not cover {k['item']} furnished {services(f)}, and the claim remains denied. "
               + ("The beneficiary is liable for the non-covered costs." if k["appellant"] == "ben" or
                  f["kind"] == "hearing" else "The supplier is liable for the non-covered costs."), 9.8)
    elif out == "favorable":
        d.para(f"It is the decision of the Medicare Appeals Council that the ALJ's decision is reversed. Medicare "
               f"covers the {k['item']} furnished {services(f)}. The contractor shall pay the claim in accordance "
               "with this decision.", 9.8)
    else:
        d.para(f"The Council vacates the ALJ's decision dated {fd(f, f['alj'])} and remands this case to an ALJ for "
               "further proceedings, including a new decision that considers Exhibit 9. The ALJ may take any further "
               "action not inconsistent with this order.", 9.8)
    d.ln(3)
    for j in (f["judge"], f["judge2"]):
        d.text_line(f"/s/ {j}", 10, h=5)
        d.text_line("Administrative Appeals Judge", 9.4, h=4.6)
        d.text_line("Medicare Appeals Council", 9.4, h=4.6)
        d.ln(2)
    d.text_line(f"Date: {fd(f, f['date'])}", 10, h=5)


def build(f: dict) -> bytes:
    d = Page(f"Docket No. {f['docket']}  ·  Page {{p}} of {{n}}")
    d.add_page()
    if f["cover"]:
        notice_page(d, f)
    head(d, f, "Decision of Medicare Appeals Council")
    caption(d, f)
    body(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["k"]
    out = k["outcome"]
    if f["end"]:
        sd = [iso(f["svc"], f["end"])]
    elif f["trips"]:
        sd = [iso(t) for t in f["trips"]]
    else:
        sd = [iso(f["svc"])]
    alts: dict = {"insurer": ["Departmental Appeals Board", "Department of Health and Human Services", "Medicare"],
                  "case_numbers": [[f["docket"], f["aljno"]], [f["docket"], f["aljno"], f["qicno"]]]}
    if f["end"]:
        alts["service_dates"] = [[iso(f["svc"])]]
    dl = None
    if out == "unfavorable" and f["cover"]:
        alts["appeal_deadline"] = [iso(days(f["date"], 60)), iso(days(f["date"], 65))]
    common = dict(insurer=COUNCIL, member_id=f["mbi"], member_name=f["member"],
                  case_numbers=[f["docket"], f["aljno"], f["qicno"], f["ccn"]], claim_amount=f"{f['billed']:.2f}",
                  service_dates=sd, denial_date=iso(f["date"]), provider=k["prov"], appeal_deadline=dl)
    if out == "favorable":
        return truth("other", None, alternates=alts, **common)
    if out == "remand":
        return truth("other", None, alternates=alts, type_alternates=["denial_letter"],
                     denial_alternates=[k["den"]], **common)
    return truth("denial_letter", k["den"], alternates=alts, denial_alternates=k["dalt"], **common)


# (stem suffix, condition, kind, label set, date style, notice cover, caption grid)
PLAN = [
    ("bd_power_wheelchair_unfavorable", "born_digital", "wheelchair", 0, "long", True, True),
    ("bd_outpatient_therapy_favorable", "born_digital", "therapy", 1, "slash", True, False),
    ("clean_snf_custodial_unfavorable", "scan_clean_300", "snf", 0, "long", False, True),
    ("lowres_ambulance_remand", "scan_lowres_150", "ambulance", 2, "abbr", True, False),
    ("copy_late_claim_unfavorable", "photocopy", "late", 1, "dlong", True, True),
    ("rotated_hearing_aids_unfavorable", "rotated", "hearing", 2, "long", False, False),
    ("faxf_gene_assay_unfavorable", "fax_fine_g4", "assay", 0, "upper", True, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, lab, ds, cover, grid) in enumerate(PLAN):
        f = facts(random.Random(122500 + i), kind, lab, ds, cover, grid)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
