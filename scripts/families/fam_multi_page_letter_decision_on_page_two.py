"""Family 'multi_page_letter_decision_on_page_two': a three- or four-page health plan letter whose first page is a
general cover (important information about your plan, what is inside the mailing, the plan-year timetable, a
contact list, language-assistance taglines and the nondiscrimination line), with the decision and its facts on page
2 (the reference block, what was asked for, what we decided and why, who reviewed it), the member's rights on page 3
and an appeal request form on page 4; one approval (three pages, no form).

Layout model (common public practice, values invented): the multi-page adverse benefit determination mailings of
US commercial plans, whose page 1 carries the Section 1557 taglines and general plan information and whose page 3
follows the DOL/HHS model notice wording (internal appeal within 180 days, external review within four months,
expedited review in 72 hours, the state consumer assistance program).
Issuers (fictional): Ennerdale Health Plan (logo word over a rule), Buttermere Community Care (parent line "A Skiddaw
Mutual Holdings company" above the centred name; return-address block on some).
Decoys: the plan-year and open-enrollment dates on page 1, the many phone and fax numbers, the date the request or
claim was received, the coverage end date (eligibility), the 180-day, four-month and 72-hour time frames, the
reviewer's name, the NPI, the form's blank date lines.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famda import (Page, address, clinician, days, digits, fdate, heading, iso, letterhead, local_phone,
                               mail_to, mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "multi_page_letter_decision_on_page_two"
LANG = "en"
ORGS = {
    "en": dict(name="Ennerdale Health Plan", logo="ENNERDALE", parent="A Matterdale Health Trust company",
               line2="Utilization Management | PO Box 3318 | Jordan, MT 59337", mid="ENH999999999", grp="99999-99",
               planid="EHP-PPO-9999", plan_name="Ennerdale Choice PPO", ref="UM-9999-999999", claim="E99999999999"),
    "bu": dict(name="Buttermere Community Care", logo="BUTTERMERE", parent="A Skiddaw Mutual Holdings company",
               line2="Member Appeals and Reviews | 418 Wythop Lane | Grenora, ND 58845", mid="BCC-99999999",
               grp="G999999", planid=None, plan_name="Buttermere Silver HMO", ref="RV99999999", claim="999999999999"),
}
PROV = {"rehab": "Rosthwaite Rehabilitation Hospital", "knee": "Langstrath Orthopedic Clinic",
        "derm": "Catbells Dermatology and Laser", "sleep": "Keswick Sleep Center", "mri": "Dacre Open MRI",
        "urg": "Haweswater Urgent Care", "onc": "Seathwaite Cancer Institute"}
SERV = {"rehab": ("Inpatient rehabilitation hospital stay", "inpatient rehabilitation"),
        "knee": ("Total knee replacement (27447), right knee, outpatient surgery", "total knee replacement"),
        "derm": ("Laser treatment of facial spider veins (17106)", "laser vein treatment"),
        "sleep": ("In-lab overnight sleep study (95810)", "in-lab sleep study"),
        "mri": ("MRI of the left shoulder without contrast (73221)", "shoulder MRI"),
        "urg": ("Urgent care visit and X-ray (S9083, 71046)", "urgent care visit"),
        "onc": ("Tumor-treating fields device (E0766), monthly rental", "tumor-treating fields device")}
# patient, member id, group, reference, claim, provider, service, dates, billed, received
LAB = {1: ["Patient", "Member ID", "Group number", "Reference number", "Claim number", "Provider", "Service",
           "Date(s) of service", "Amount billed", "Date received"],
       2: ["Member name", "ID #", "Group #", "Case #", "Claim #", "Requesting provider", "What was requested",
           "Requested dates", "Total charges", "Received on"],
       3: ["Covered person", "Subscriber number", "Employer group", "Review ID", "Claim ID", "Treating provider",
           "Item or service", "Service date(s)", "Billed charges", "We received it"]}
TAGLINES = [
    "ATTENTION: If you speak a language other than English, language assistance services, free of charge, are "
    "available to you. Call {ph} (TTY: 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
    "{ph} (TTY: 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph} (TTY: 711).",
    "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang "
    "bayad. Tumawag sa {ph} (TTY: 711).",
    "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. Appelez "
    "le {ph} (ATS : 711).",
    "ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para {ph} (TTY: 711).",
    "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur Verfügung. "
    "Rufnummer: {ph} (TTY: 711).",
]
WHY = {
    "loc": ("We reviewed the records from {prov}. You do not need the round-the-clock care of a rehabilitation "
            "hospital. You can walk short distances with help and you can take part in therapy for about an hour a "
            "day. The therapy you need can be given safely in a skilled nursing facility or at home with home health "
            "visits, and we will cover it there. We will not cover the stay in the rehabilitation hospital."),
    "nc": ("Treatment of spider veins of the face is cosmetic. Your plan excludes cosmetic services (Certificate of "
           "Coverage, Exclusions, item 14), so this service is not a covered benefit and the claim is denied."),
    "mn": ("The in-lab sleep study is not medically necessary. Our criteria (Clinical Policy SLP-112) call for a home "
           "sleep test first unless you have a heart, lung or nerve condition that makes a home test unreliable. The "
           "records do not show such a condition. A home sleep test would be covered."),
    "oon": ("{prov} is not part of our HMO network, and your plan does not pay for care outside the network except "
            "in an emergency. There are imaging centers in our network within 15 miles of your home that can do this "
            "MRI, so we cannot approve it at {prov}. Ask your doctor to send the request to one of them."),
    "elig": ("Our records show your coverage under this plan ended on {term}, when your employer reported the end "
             "of your employment. The visit on {svc} took place after that date, so you were not covered when you "
             "received it and we cannot pay the claim. If you think your coverage end date is wrong, ask your "
             "employer's benefits office to contact us."),
    "exp": ("The tumor-treating fields device is experimental and investigational for the type of tumor in the "
            "records we received. Published studies do not yet show that it improves health outcomes for this "
            "diagnosis (Medical Policy DME-077)."),
}
DENIAL = {"loc": "level_of_care", "nc": "not_covered", "mn": "medical_necessity", "oon": "out_of_network",
          "elig": "eligibility", "exp": "experimental", "ok": None}


def facts(r: random.Random, spec: dict) -> dict:
    o = ORGS[spec["org"]]
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 230))
    pre = spec["pre"]
    svc = days(date, r.randint(9, 30)) if pre else days(date, -r.randint(35, 90))
    f = dict(spec, member=person(r), mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]),
             planid=mixed(r, o["planid"]) if o["planid"] else None, ref=mixed(r, o["ref"]),
             claim=None if pre else mixed(r, o["claim"]), date=date, svc=svc,
             end=days(svc, r.randint(10, 16)) if spec.get("span") else None,
             recv=days(date, -r.randint(3, 12)), addr=address(r), ph=phone(r), nurse=phone(r), bh=phone(r),
             rx=phone(r), fax=local_phone(r), state=local_phone(r), npi=npi(r), doc=clinician(r),
             billed=None if pre else money(r, 180, 4200), term=days(svc, -r.randint(5, 40)))
    f["sub"] = f["member"]
    f["dl"] = days(date, 180) if spec.get("dl") != "date" else days(date, 180)
    return f


def _d(f, x):
    return fdate(x, f["ds"])


def cover(d: Page, f: dict, o: dict) -> None:
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_d(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Important information about your plan", 13, "B", h=7)
    pairs(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan", o["plan_name"]),
              ("Plan ID", f["planid"])], kw=30, size=9.4)
    d.para("This mailing has important information about a review we did for you. Please read every page.", 9.8)
    d.text_line("What is in this mailing", 10.5, "B", h=6)
    inside = ["Page 2 - Our decision about the request we received",
              "Page 3 - " + ("What this approval means and your rights" if f["why"] == "ok" else "Your rights, "
                             "including how to appeal")]
    if f["why"] != "ok":
        inside.append("Page 4 - Appeal request form")
    for s in inside:
        d.text_line("  -  " + s, 9.6, h=5)
    d.ln(2)
    yr = f["date"].year
    d.para(f"Your plan year runs from January 1, {yr} through December 31, {yr}. Open enrollment for {yr + 1} runs "
           f"November 1 through November 30, {yr}. Preventive care is covered at no cost in network.", 9.2)
    d.text_line("Who to call", 10.5, "B", h=6)
    d.table(["Service", "Phone", "Hours"],
            [["Member Services", f["ph"], "8 a.m. - 8 p.m., Mon - Fri"], ["24-hour Nurse Line", f["nurse"], "Every day"],
             ["Behavioral Health", f["bh"], "Every day"], ["Pharmacy Help Desk", f["rx"], "7 a.m. - 10 p.m."],
             ["Appeals fax", f["fax"], "-"]], [62, 50, 60], size=8.6)
    d.text_line("Language assistance", 9.5, "B", h=5)
    for t in TAGLINES:
        d.para(t.format(ph=f["ph"]), 7.2, gap=0.8)
    d.para(f"{o['name']} complies with applicable Federal civil rights laws and does not discriminate on the basis "
           "of race, color, national origin, age, disability, or sex.", 7.2, gap=0.5)


def decision(d: Page, f: dict, o: dict) -> None:
    L = LAB[f["lab"]]
    prov = PROV[f["prov"]]
    desc, short = SERV[f["prov"]]
    ok = f["why"] == "ok"
    d.text_line("Our decision" if f["lab"] != 3 else "Notice of our decision", 13, "B", h=8)
    dates = _d(f, f["svc"]) + (f" - {_d(f, f['end'])}" if f["end"] else "")
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["ref"]), (L[4], f["claim"]),
            (L[5], f"{prov} (NPI {f['npi']})"), (L[6], desc), (L[7], dates),
            (L[8], usd(f["billed"], f["ms"]) if f["billed"] else None), (L[9], _d(f, f["recv"]))]
    pairs(d, rows, kw=44, size=9.4)
    first, last = f["member"].split()[0], f["member"].split()[-1]
    d.text_line(f"Dear {first} {last}:", 10, h=6)
    if f["pre"]:
        ask = (f"On {_d(f, f['recv'])} we received a request from {prov} for {short} for you, planned for "
               f"{dates}.")
    else:
        ask = f"We received a claim from {prov} for {short} on {_d(f, f['svc'])}."
    if ok:
        d.para(ask + f" We have approved this request. Your approval number is {f['ref']}. It is good for the "
               f"dates shown above. Your doctor has also been told of this decision.", 9.8)
        heading(d, "What you may owe")
        d.para(f"Your usual in-network cost sharing applies: the deductible and 20% coinsurance of your "
               f"{o['plan_name']}. You will get an Explanation of Benefits after the claim is paid.", 9.8)
    else:
        verdict = ("we have denied this request" if f["pre"] else "we have denied payment of this claim")
        d.para(ask + f" After review, {verdict}.", 9.8)
        heading(d, "Why we made this decision")
        d.para(WHY[f["why"]].format(prov=prov, term=_d(f, f["term"]), svc=_d(f, f["svc"])), 9.8)
        if f["billed"] and f["why"] in ("elig", "nc"):
            d.para(f"You may be billed the full amount of {usd(f['billed'], f['ms'])}.", 9.8)
        d.para("You can ask for a free copy of the records, guidelines and criteria we used. Call Member Services.",
               9.4)
    d.para(f"Reviewed by: {f['doc']}, MD, Medical Director" if f["why"] in ("loc", "mn", "exp", "oon", "ok") else
           "Reviewed by: Claims Review Unit", 9.4)
    signature(d, ["Sincerely,", "Utilization Management" if f["pre"] else "Claims Department", o["name"]])


def rights(d: Page, f: dict, o: dict) -> None:
    if f["why"] == "ok":
        heading(d, "What this approval means", 12)
        d.para("This approval means we agree the service is medically necessary. It does not guarantee payment: you "
               "must be a member on the date of service and the claim must follow your plan's rules. If the service "
               "date changes, your provider must tell us.", 9.8)
        heading(d, "Questions or complaints")
        d.para(f"If you are unhappy with any part of our service you may file a grievance by calling {f['ph']}. You "
               f"may also contact your state's consumer assistance program at {f['state']}.", 9.8)
        return
    heading(d, "Your rights if you disagree", 12)
    if f.get("dl") == "date":
        a = f"You must file your appeal by {_d(f, f['dl'])}."
    else:
        a = "You must file your appeal within 180 days of the date of this letter."
    d.para("Internal appeal. You, your doctor or someone you name may ask us to review this decision. " + a + " Send "
           f"the form on page 4 with any records to {o['name']}, {o['line2'].split(' | ', 1)[1]}, or fax it to "
           f"{f['fax']}. We will decide within 30 days for a service not yet received and 60 days for a claim.",
           9.6)
    d.para("Urgent (expedited) appeal. If waiting could seriously harm your health, you or your doctor may ask for "
           "an expedited appeal by phone. We will decide within 72 hours. You may ask for an expedited external "
           "review at the same time.", 9.6)
    d.para("External review. If we uphold our decision, you may ask for a review by an independent review "
           "organization. You must ask within four months after you receive our final decision. External review is "
           "available for decisions about medical necessity, level of care, effectiveness of a covered benefit, "
           "or experimental or investigational treatment.", 9.6)
    d.para(f"Help. Your state's consumer assistance program can help you file an appeal: {f['state']}. If your plan "
           "is through an employer, you may also contact the Employee Benefits Security Administration at "
           "1-866-444-3272. You have the right to bring a civil action under section 502(a) of ERISA after you "
           "finish the appeal process.", 9.6)
    d.para("Continued coverage. If this decision stops a service you are now receiving, ask us about continued "
           "coverage while your appeal is decided.", 9.6)


def form(d: Page, f: dict, o: dict) -> None:
    heading(d, "Appeal Request Form", 13)
    d.para(f"Return this form to {o['name']}, {o['line2'].split(' | ', 1)[1]}, or fax {f['fax']}.", 9.6)
    pairs(d, [("Member name:", f["member"]), ("Member ID:", f["mid"]),
              ("Reference / claim number:", f["ref"] + (f" / {f['claim']}" if f["claim"] else ""))], kw=56, size=9.6)
    for ln in ["Date of the letter you are appealing: ____ / ____ / ________",
               "Person filing the appeal (if not the member): ______________________________",
               "Relationship to the member: ______________________   Phone: ______________________",
               "Why do you disagree with our decision? ___________________________________________",
               "__________________________________________________________________________________",
               "__________________________________________________________________________________",
               "[  ] I am attaching medical records    [  ] I am asking for an expedited appeal",
               "Signature: _______________________________   Date: ____ / ____ / ________"]:
        d.text_line(ln, 9.6, h=8)


def letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    d = Page(foot=o["name"] + "   Page {p} of {n}",
             header=f"{f['member']}   Member ID {f['mid']}   Reference {f['ref']}")
    d.set_auto_page_break(False)
    d.add_page()
    cover(d, f, o)
    d.add_page()
    decision(d, f, o)
    d.add_page()
    rights(d, f, o)
    if f["why"] != "ok":
        d.add_page()
        form(d, f, o)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    cases = [f["ref"]] + ([f["claim"]] if f["claim"] else [])
    common = dict(insurer=o["name"], member_id=f["mid"], group_number=f["grp"], plan_id=f["planid"],
                  member_name=f["member"], case_numbers=cases,
                  claim_amount=f"{f['billed']:.2f}" if f["billed"] else None,
                  service_dates=[iso(f["svc"], f["end"])], denial_date=iso(f["date"]), provider=PROV[f["prov"]])
    alts = {"case_numbers": [[f["claim"]]]} if f["claim"] else {}
    if f["why"] == "ok":
        return truth("other", None, "en", alternates=alts, **common)
    return truth("denial_letter", DENIAL[f["why"]], "en", appeal_deadline=iso(f["dl"]), alternates=alts, **common)


PLAN = [
    ("multi_page_letter_decision_on_page_two_bd_rehab_stay_level_of_care", "born_digital",
     dict(org="en", style="logo", lab=1, ds="long", ms="plain", why="loc", prov="rehab", pre=True, span=True)),
    ("multi_page_letter_decision_on_page_two_bd_knee_replacement_approved", "born_digital",
     dict(org="bu", style="parent", lab=2, ds="slash", ms="plain", why="ok", prov="knee", pre=True)),
    ("multi_page_letter_decision_on_page_two_scan_spider_veins_not_covered", "scan_clean_300",
     dict(org="bu", style="block", lab=3, ds="abbr", ms="nosign", why="nc", prov="derm", pre=False)),
    ("multi_page_letter_decision_on_page_two_copy_sleep_study_not_necessary", "photocopy",
     dict(org="en", style="block", lab=2, ds="dmy", ms="space", why="mn", prov="sleep", pre=False)),
    ("multi_page_letter_decision_on_page_two_faxs_mri_out_of_network_plain", "fax_standard_g4",
     dict(org="bu", style="logo", lab=1, ds="iso", ms="plain", why="oon", prov="mri", pre=True)),
    ("multi_page_letter_decision_on_page_two_phone_coverage_ended_plain", "phone_photo",
     dict(org="en", style="parent", lab=3, ds="upper", ms="plain", why="elig", prov="urg", pre=False, dl="date")),
    ("multi_page_letter_decision_on_page_two_rotated_ttfields_experimental", "rotated",
     dict(org="bu", style="parent", lab=1, ds="dlong", ms="plain", why="exp", prov="onc", pre=True, dl="date")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(116600 + i), spec)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
