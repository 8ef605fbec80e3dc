"""Family denc_notice: the Detailed Explanation of Non-Coverage (CMS-10124) a Medicare Advantage plan, or the
provider it delegates, sends once the member has asked the Quality Improvement Organization for a fast appeal of
the end of skilled nursing, home health, hospice or outpatient rehabilitation (CORF) services.

Modelled on the public form (in our own words): plan or provider letterhead, date, member name and number,
"Facts used to make this decision", "Detailed explanation of why your services are no longer covered", the
Medicare coverage rule and the plan policy relied on, the effective date / last covered day, the plan's contact
block, the QIO that will decide, how to get copies of the documents. Four invented plans with their own layouts;
one delegated home health agency writing for a plan; a fax stack of a cover sheet, the Notice of Medicare
Non-Coverage and its DENC. Decoys: OMB and form numbers, NPI, admission date, the date and hour the QIO asked for
the DENC, the NOMNC's delivery date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famj import CORFS, HHAS, HOSPICES, QIOS, SNFS, address, digits, npi, person, phone
from public_kit import Page, fdate, out, plus, span, truth

FAMILY = "denc_notice"
LANG = "en"

PLANS = {
    "wayfarer": dict(name="Wayfarer Health Plans, Inc.", product="Wayfarer Medicare Select (HMO)",
                     contract="H6142", id_label="Member ID", id=lambda r: f"WF{digits(r, 9)}", layout="grid"),
    "lanternfly": dict(name="Lanternfly Senior Care Plan", product="Lanternfly Advantage Plus (PPO)",
                       contract="H3957", id_label="Enrollee ID", id=lambda r: f"{digits(r, 9)}-01", layout="pairs"),
    "orchardgate": dict(name="Orchardgate Medicare Advantage", product="Orchardgate Dual Complete (HMO D-SNP)",
                        contract="H8830", id_label="Plan ID #", id=lambda r: f"OGM{digits(r, 8)}", layout="letter"),
    "kittiwake": dict(name="Kittiwake Health Alliance", product="Kittiwake Medicare Essentials (HMO-POS)",
                      contract="H2418", id_label="Member No.", id=lambda r: f"K{digits(r, 10)}", layout="grid"),
}
SETTING = {"snf": ("skilled nursing facility", SNFS), "hha": ("home health", HHAS), "hospice": ("hospice", HOSPICES),
           "corf": ("outpatient rehabilitation (CORF)", CORFS)}
# setting -> (facts, explanation, rule cited, denial type, denial alternates)
WHY = {
    "snf": ("You came to the facility on {adm} after a hospital stay for a knee replacement. The therapy notes from "
            "the last week show you walk 200 feet with a cane, go up and down a flight of stairs with the rail, and "
            "bathe and dress with set-up help only. Your therapist and the facility's physician wrote that your goals "
            "are met.",
            "Medicare covers a stay in a skilled nursing facility only while you need skilled nursing or therapy "
            "every day that can, as a practical matter, only be given as an inpatient. You no longer need daily "
            "skilled therapy. A home exercise program and outpatient visits, if needed, can meet your needs, so "
            "continued care at the skilled level is no longer covered.",
            "42 CFR 409.31 and 409.34; Medicare Benefit Policy Manual, Chapter 8, section 30",
            "level_of_care", ["medical_necessity"]),
    "hha": ("A nurse has visited twice a week since {adm} to care for your surgical wound and teach you to check your "
            "blood sugar. The nurse's note of last week says the wound is closed and you check your sugar correctly "
            "without help.",
            "Home health care is covered while you need part-time skilled nursing or therapy. The help you still "
            "get, with meals and housework, is not skilled care; it can be given by a home aide or family member "
            "and is not a covered home health service.",
            "42 CFR 409.42 and 409.44; Medicare Benefit Policy Manual, Chapter 7",
            "level_of_care", ["medical_necessity"]),
    "hospice": ("You chose hospice care on {adm}. In the last two benefit periods your weight has gone up, you walk "
                "with a walker around your home, and your heart doctor's notes describe a stable condition on your "
                "current medicines. The hospice medical director reviewed your chart and examined you.",
                "Hospice is for people whose doctor certifies that their life expectancy is six months or less if "
                "the illness runs its normal course. The medical director can no longer certify that, so you no "
                "longer qualify for the hospice benefit. This does not end your other Medicare coverage: your plan "
                "still covers your doctor visits, medicines and home health if needed.",
                "42 CFR 418.20 and 418.22 (certification of terminal illness)", "eligibility",
                ["medical_necessity", "level_of_care"]),
    "corf": ("You have had physical and speech therapy three times a week since {adm} after your stroke. Your scores "
             "on the last three re-evaluations did not change, and your therapist wrote that you do your exercises "
             "on your own at home.",
             "Therapy in a rehabilitation facility is covered while it is reasonable and necessary to improve your "
             "condition or to keep it from getting worse, and while it needs a therapist's skills. Your progress has "
             "stopped and your program can be done safely without a therapist, so further visits are not "
             "reasonable and necessary.",
             "Medicare Benefit Policy Manual, Chapter 12, section 40; 42 CFR 410.100", "medical_necessity",
             ["level_of_care"]),
}


def rows_for(rng, c, plan, ds):
    """The header block; labels and decoys vary per plan."""
    rows = [(rng.choice(["Date", "Date of notice", "Notice date"]), fdate(c["notice"], ds)),
            (rng.choice(["Member name", "Patient name", "Enrollee"]), c["who"]),
            (plan["id_label"], c["mid"])]
    if c["contract"]:
        rows.append((rng.choice(["Contract/PBP", "Plan (contract-PBP)"]), c["contract"]))
    if c["qio_case"]:
        rows.append((rng.choice(["QIO case number", "QIO review #"]), c["qio_case"]))
    if c["ref"]:
        rows.append((rng.choice(["Plan reference", "Our reference no.", "Appeal reference"]), c["ref"]))
    rows.append(("Provider", f"{c['facility']} (NPI {npi(rng)})"))
    rows.append((rng.choice(["QIO request received", "QIO notified plan"]),
                 f"{fdate(plus(c['notice'], -1), ds)} {rng.choice(['10:42 a.m.', '2:15 p.m.', '11:05 a.m.'])}"))
    return rows


def letterhead(p, rng, c, plan):
    if c["delegated"]:
        p.line(c["facility"], 14, "B", h=7)
        p.line(f"on behalf of {plan['name']}", 9.5, h=5)
    else:
        p.line(plan["name"], 15, "B", h=7)
        p.line(f"{plan['product']} \u2022 Utilization Management", 9.5, h=5)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}   {phone(rng)} (TTY 711)", 8.5, h=4.5)
    p.ln(4)


def body(p, rng, c, plan, ds):
    label, _ = SETTING[c["setting"]]
    facts, why, rule, *_ = WHY[c["setting"]]
    qname, qph, _ = c["qio"]
    p.para(f"This notice explains in detail why your {label} services from {c['facility']} will no longer be "
           f"covered after {fdate(c['end'], ds)}. It is not the decision on your appeal: {qname}, the Quality "
           f"Improvement Organization (QIO) reviewing your case, will make that decision and call you.", 10)
    p.heading("Facts used to make this decision", 11, rule=c["layout"] == "grid")
    p.para(facts.format(adm=fdate(c["adm"], ds)), 10)
    p.heading("Detailed explanation of why your services are no longer covered", 11, rule=c["layout"] == "grid")
    p.para(why, 10)
    p.heading("Medicare coverage rule or policy used", 11, rule=c["layout"] == "grid")
    p.para(rule, 10)
    p.heading("Plan policy, provision or rationale", 11, rule=c["layout"] == "grid")
    p.para(f"{plan['product']} Evidence of Coverage {c['notice'].year}, Chapter 4 (Medical Benefits Chart), "
           f"{label} benefit.", 10)
    p.f(10.5, "B")
    p.multi_cell(0, 5.5, f"{rng.choice(['Last covered day', 'Effective date coverage ends'])}: {fdate(c['end'], ds)}",
                 border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Your services continue while the QIO reviews your case. If the QIO agrees with us, you may have to pay "
           f"for services you get after {fdate(c['end'], ds)}. To talk to the QIO, call {qph}.", 9.5)
    p.heading("Plan contact information", 10.5)
    p.para(f"{plan['name']} Member Services: {phone(rng)}, TTY 711, 8 a.m. to 8 p.m., seven days a week. If you "
           "would like copies of the documents we sent to the QIO, or of the guidelines and policies we used, call "
           "us and we will send them free of charge.", 9.5)


def denc(rng, plan_key, setting, *, delegated=False, two_pages=False, who=None, mid=None, dates=None, qio=None):
    plan = PLANS[plan_key]
    notice, end = dates or _dates(rng)
    c = dict(notice=notice, end=end, adm=plus(notice, -rng.randint(14, 40)), who=who or person(rng),
             mid=mid or plan["id"](rng), setting=setting, facility=rng.choice(SETTING[setting][1]),
             delegated=delegated, layout=plan["layout"], qio=qio or rng.choice(QIOS),
             contract=f"{plan['contract']}-{rng.randint(1, 30):03d}" if rng.random() < 0.6 else None,
             qio_case=f"{rng.choice(['QR', 'KQ'])}{notice.strftime('%y%m')}{digits(rng, 5)}" if rng.random() < 0.6
             else None, ref=f"{plan_key[:2].upper()}-{digits(rng, 7)}" if rng.random() < 0.7 else None)
    if not (c["qio_case"] or c["ref"]):
        c["ref"] = f"{plan_key[:2].upper()}-{digits(rng, 7)}"
    ds = rng.choice(["slash", "long", "iso", "dmy", "abbr", "upper"])
    p = Page(serif=plan["layout"] == "letter", footer="Page {n} of {nb}" if two_pages else None,
             footer_left="Form CMS-10124-DENC    OMB Approval No. 0938-0953")
    p.add_page()
    letterhead(p, rng, c, plan)
    p.line("Detailed Explanation of Non-Coverage", 15, "B", align="C", h=8)
    p.ln(2)
    rows = rows_for(rng, c, plan, ds)
    if plan["layout"] == "grid":
        p.boxed_pairs(rows, label_w=55, size=9.3, h=5.9)
    elif plan["layout"] == "pairs":
        p.pairs(rows, label_w=50, size=9.8, h=5.2)
        p.ln(2)
    else:
        for k, v in rows:
            p.line(f"{k}: {v}", 9.8, h=5.1)
        p.ln(2)
        p.para(f"Dear {c['who']}:", 10)
    body(p, rng, c, plan, ds)
    if two_pages:
        p.add_page()
        p.line(f"{c['who']} \u2022 {plan['id_label']} {c['mid']}", 8.5, h=5)
        p.ln(2)
        p.heading("Help in other languages", 10.5)
        p.para("ATENCI\u00d3N: si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
               f"ling\u00fc\u00edstica. Llame al {phone(rng)} (TTY 711).", 9.5)
    p.para(f"Sincerely, {rng.choice(['Care Transitions Unit', 'Utilization Management Department', 'Clinical Review Team'])}"
           f", {plan['name'] if not delegated else c['facility']}", 9.5)
    return out(p), denc_truth(c, plan, setting)


def _dates(rng):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 140))
    return notice, plus(notice, rng.choice([1, 1, 2]))


def denc_truth(c, plan, setting):
    """The plan decides (the delegated provider's letterhead accepted); no appeal deadline (the QIO decides)."""
    *_, dtype, dalt = WHY[setting]
    alts = {"service_dates": [[]], "insurer": [plan["product"]] + ([c["facility"]] if c["delegated"] else [])}
    if c["contract"]:
        alts["plan_id"] = [None]
    cases = [x for x in (c["qio_case"], c["ref"]) if x]
    if len(cases) == 2:
        alts["case_numbers"] = [[c["qio_case"]], [c["ref"]]]
    return truth("denial_letter", dtype, insurer=plan["name"], plan_id=c["contract"], member_id=c["mid"],
                 member_name=c["who"], cases=cases, service_dates=[span(c["end"])],
                 denial_date=c["notice"].isoformat(), provider=c["facility"], alternates=alts,
                 denial_alternates=dalt)


def nomnc(rng, plan_key, who, mid, notice, end, facility, qio):
    """The companion Notice of Medicare Non-Coverage the DENC explains (delivered two days before the end)."""
    plan = PLANS[plan_key]
    ds = rng.choice(["slash", "long"])
    p = Page(footer=None, footer_left="Form CMS-10123-NOMNC    OMB Approval No. 0938-0953")
    p.add_page()
    p.line(facility, 14, "B", h=7)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}   {phone(rng, False)}", 8.5, h=4.5)
    p.ln(4)
    p.line("Notice of Medicare Non-Coverage", 15, "B", align="C", h=8)
    p.ln(2)
    p.pairs([("Patient name", who), ("Patient number", digits(rng, 7)), ("Member ID", mid),
             ("Date delivered", fdate(notice, ds))], label_w=45, size=10.5)
    p.ln(3)
    p.f(12, "B")
    p.multi_cell(0, 6, f"The effective date coverage of your current skilled nursing services will end: "
                 f"{fdate(end, ds)}", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.bullets(["Your Medicare health plan has decided that it will stop paying for your current skilled nursing "
               "services after the date above.", "You may have to pay for services you get after that date."], 10)
    p.heading("Your right to a fast appeal", 11)
    p.para(f"You may ask {qio[0]}, the Quality Improvement Organization, for an immediate independent review. Call "
           f"{qio[1]} (TTY {qio[2]}) no later than noon of the day before the date above. Your services continue "
           f"while the QIO decides.", 10)
    p.heading("Plan contact information", 10.5)
    p.para(f"{plan['name']} \u2013 {plan['product']}: {phone(rng)} (TTY 711).", 9.5)
    p.ln(4)
    p.f(10)
    p.cell(110, 6, "Signature of patient or representative ____________________", new_x="RIGHT")
    p.cell(0, 6, "Date ________", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=plan["name"], member_id=mid, member_name=who,
              service_dates=[span(end)], denial_date=notice.isoformat(), provider=facility,
              alternates={"insurer": [plan["product"], facility], "service_dates": [[]],
                          "appeal_deadline": [plus(end, -1).isoformat()]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def stack_item(rng) -> Item:
    """Fax: cover sheet, the NOMNC, then the DENC for the same member and the same end date."""
    who, mid = person(rng), PLANS["orchardgate"]["id"](rng)
    denc_date = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 60))
    end = plus(denc_date, 1)
    qio = rng.choice(QIOS)
    d = denc(rng, "orchardgate", "snf", who=who, mid=mid, dates=(denc_date, end), qio=qio)
    facility = d[1]["fields"]["provider"]
    n = nomnc(rng, "orchardgate", who, mid, plus(end, -2), end, facility, qio)
    return Item("denc_notice_faxs_stack", "fax_standard_g4", [n, d], ["cover", None])


def documents(rng: random.Random) -> list[Item]:
    return [Item("denc_notice_bd_snf", "born_digital", [denc(rng, "wayfarer", "snf")]),
            Item("denc_notice_bd_hospice", "born_digital", [denc(rng, "lanternfly", "hospice", two_pages=True)]),
            Item("denc_notice_scan_hha_delegated", "scan_clean_300",
                 [denc(rng, "kittiwake", "hha", delegated=True)]),
            Item("denc_notice_photo_corf", "phone_photo", [denc(rng, "orchardgate", "corf")]),
            Item("denc_notice_rot_snf", "rotated", [denc(rng, "kittiwake", "snf", two_pages=True)]),
            Item("denc_notice_copy_hha", "photocopy", [denc(rng, "lanternfly", "hha")]),
            stack_item(rng)]
