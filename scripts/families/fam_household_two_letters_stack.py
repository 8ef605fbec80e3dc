"""Family 'household_two_letters_stack': one scan holding two notices for two members of one household (spouses, a
parent and a child, siblings, grandparents, a grandparent and a grandchild), each notice its own document; the plans
may differ (an employer PPO, a spouse's own employer plan, a Medicare Advantage HMO, a Medicaid/CHIP plan). Every file
is a stack; some hold a household mailing insert ("more than one notice in this envelope") or a blank sheet between
the notices; one has a page fed sideways.

Issuers (fictional): Garthmoor Health Plan (logo word "GARTHMOOR" over a rule), Tollesbury Mutual Health Insurance
Company (parent line "A Hathersage Financial Group company" above the centred name), Aldeburgh Senior Health Plan
(HMO) (return-address block; its letters follow the CMS-10003-NDMCP Notice of Denial of Medical Coverage (or
Payment)), Polperro Community Health Plan (return-address block; Medicaid/CHIP, one Spanish notice).
Commercial letters follow the order of the DOL/HHS model Notice of Adverse Benefit Determination (claim facts, the
reason, the plan provision, internal appeal, external review, help), in our own words; values invented.
Truth: one document per notice; the insert and the blank sheet are in no document's pages. Member name: the
patient of that notice (the subscriber printed on a dependent's notice and the other member's notice are decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundac_famcb import (LAST, LAST_ES, Page, address, clinician, days, digits, fdate, iso, letterhead,
                               mail_to, mixed, m2, money, npi, pairs, person, phone, usd)

FAMILY = "household_two_letters_stack"
LANG = "en"
ISSUERS = {
    "garthmoor": dict(name="Garthmoor Health Plan", style="logo", logo="GARTHMOOR",
                      line2="Claims and Appeals, PO Box 6120, Casper, WY 82602", grp=True, plan="GHP-PPO-9A"),
    "tollesbury": dict(name="Tollesbury Mutual Health Insurance Company", style="parent",
                       parent="A Hathersage Financial Group company",
                       line2="Member Appeals | 4410 Whitstable Parkway, Salina, KS 67401", grp=True, plan=None),
    "aldeburgh": dict(name="Aldeburgh Senior Health Plan", full="Aldeburgh Senior Health Plan (HMO)", style="block",
                      line2="Organization Determinations | PO Box 88214 | Rapid City, SD 57709", grp=False,
                      plan="H9999-999"),
    "polperro": dict(name="Polperro Community Health Plan", style="block",
                     line2="Medicaid and CHIP Member Services | 77 Mullion Street | Roswell, NM 88201", grp=False,
                     plan=None),
}
LABELS = {
    1: dict(date="Date", pat="Patient", sub="Subscriber", mid="Member ID", grp="Group number", plan="Plan",
            ref="Claim number", prov="Provider", dos="Date of service", amt="Amount billed", svc="Service"),
    2: dict(date="Date of notice", pat="Member name", sub="Policyholder", mid="ID No.", grp="Group #", plan="Plan ID",
            ref="Reference #", prov="Rendering provider", dos="Service date(s)", amt="Total charges", svc="Item"),
    3: dict(date="Issued", pat="For", sub="Primary member", mid="Identification number", grp="Employer group",
            plan="Benefit plan", ref="Case no.", prov="Treating provider", dos="Dates of care", amt="Charged",
            svc="What was asked for"),
    "es": dict(date="Fecha", pat="Paciente", sub="Titular", mid="Número de miembro", grp="Grupo", plan="Plan",
               ref="Número de caso", prov="Proveedor", dos="Fecha del servicio", amt="Cantidad facturada",
               svc="Servicio"),
}
SERVICES = {
    "mri": ("MRI of the lumbar spine (72148)", 1890.00, 2860.00),
    "sleep": ("Attended sleep study (95810)", 2100.00, 3400.00),
    "braces": ("Comprehensive orthodontic treatment (D8080)", 4800.00, 6200.00),
    "ot": ("Occupational therapy, 12 visits (97530)", 1320.00, 1980.00),
    "snf": ("Skilled nursing facility stay after hospital discharge", None, None),
    "ct": ("CT scan of the abdomen and pelvis with contrast (74177)", 1460.00, 2380.00),
    "braces_es": ("Tratamiento de ortodoncia completo (D8080)", 4800.00, 6200.00),
    "cgm": ("Continuous glucose monitor and sensors (E2103, A4239)", 880.00, 1460.00),
    "wheel": ("Power wheelchair, group 2 (K0823)", 5400.00, 7900.00),
    "er": ("Emergency room visit, level 4 (99284)", 1250.00, 2300.00),
    "office": ("Office visit, established patient (99214)", 180.00, 260.00),
    "pt": ("Physical therapy evaluation and 8 visits", 1150.00, 1720.00),
    "derm": ("Laser treatment of facial redness (17106)", 640.00, 980.00),
    "allergy": ("Allergy skin testing, 60 tests (95004)", 610.00, 890.00),
}
# kind -> (denial type, doc type, post-service?, reason text)
REASONS = {
    "mn_kw": ("medical_necessity", "denial_letter", False,
              "Denied: not medically necessary. The records we received do not show six weeks of treatment such as "
              "physical therapy or medication before the imaging, and no warning signs were reported."),
    "mn_plain": ("medical_necessity", "denial_letter", False,
                 "The notes from the doctor's office show snoring but no daytime sleepiness score and no home sleep "
                 "test first. Based on what we received, a sleep study in a lab is not needed at this time."),
    "pa_plain": ("prior_authorization", "denial_letter", True,
                 "Your plan must approve this service before it is given. Nobody asked us to approve it, so we "
                 "cannot pay the claim. Your provider may ask us to review it with the medical records."),
    "elig": ("eligibility", "denial_letter", True,
             "Coverage for this dependent ended on the last day of the month of the 26th birthday. The service was "
             "given after coverage ended, so the claim is denied (not eligible on the date of service)."),
    "oon": ("out_of_network", "eob", True,
            "Out-of-network provider. This provider does not take part in your plan's network and your plan has no "
            "out-of-network benefits except for emergencies."),
    "excl": ("not_covered", "denial_letter", True,
             "This treatment is cosmetic. Your benefit plan excludes services to improve appearance (Certificate of "
             "Coverage, Exclusions, item 14). It is not a covered benefit."),
    "loc": ("level_of_care", "denial_letter", False,
            "Your doctor asked for care in a skilled nursing facility after your hospital stay. You can walk with a "
            "walker and need help only with bathing, so the care you need can be given safely at home with home "
            "health visits. A skilled nursing facility level of care is not needed."),
    "oon_ma": ("out_of_network", "denial_letter", False,
               "The supplier you chose is not in our plan's network. As an HMO member you must use network "
               "suppliers except in an emergency; a network supplier can provide the same wheelchair."),
    "exp": ("experimental", "denial_letter", False,
            "The device requested is considered experimental and investigational for your condition. Studies have "
            "not shown that it improves health outcomes, so it is not covered under our medical policy."),
    "tf": ("timely_filing", "eob", True,
           "The claim was received more than 365 days after the date of service. Claims filed after the filing "
           "limit are not paid, and the provider may not bill the member."),
    "paid": (None, "eob", True, "Paid according to your plan. No further action is needed."),
    "ok": (None, "other", False,
           "Good news: we approved this request. The approval is valid for the dates shown; payment still depends "
           "on eligibility on the date of service."),
    "rfi": (None, "other", True,
            "We need more information before we can process this claim. Please tell us whether the patient has "
            "other health coverage. No decision has been made on the claim yet."),
    "es_excl": ("not_covered", "denial_letter", False,
                "El tratamiento de ortodoncia no está cubierto porque la maloclusión no es severa (puntaje de 18 en "
                "el índice; el plan cubre desde 26 puntos). Es un beneficio no cubierto para este caso."),
}


def notice(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    den, doc, post, reason = REASONS[f["kind"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  -  {f['form']}  -  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, i["style"], i.get("full", i["name"]), i["line2"], i.get("logo", ""), i.get("parent", ""))
    if f["ins"] == "aldeburgh":
        d.text_line("Notice of Denial of Medical Coverage (or Payment)" if den else "Notice of Coverage Approval",
                    14, "B", h=8)
        pairs(d, [("Date:", fd(f["date"])), ("Member number:", f["mid"]), ("Name:", f["member"]),
                  ("Plan (contract-PBP):", f["plan"]), ("Case number:", f["ref"])], kw=44)
        mail_to(d, [f["member"]] + list(f["addr"]))
        if den:
            d.text_line("Your request was denied", 11, "B", h=6)
            d.para("We have denied the medical services/items listed below requested by you or your physician:", 10)
            d.para(f"{f['svc']}, ordered by {f['doc']}, to start on {fd(f['dos'])}.", 10)
            d.text_line("We denied this request because:", 10.5, "B", h=6)
            d.para(reason, 10)
            d.text_line("What If I Don't Agree With This Decision?", 11, "B", h=6)
            d.para("You have the right to appeal our decision. Your request for an appeal must be received within 65 "
                   "days of the date of this notice. We can give you more time if you have a good reason.", 10)
            d.para("Standard appeal: we will decide within 30 days. Fast appeal: if waiting could seriously harm "
                   "your health, we will decide within 72 hours. If we keep the denial, your case goes to an "
                   "independent review entity automatically.", 9.5)
            d.para(f"Who may request an appeal? You, your doctor, or someone you name to act for you. Call "
                   f"{f['ph']} (TTY 711) or 1-800-MEDICARE for help.", 9.5)
        d.font(7.5)
        d.cell(0, 4, f"Form CMS-10003-NDMCP (Exp. 12/31/2026)   {mixed(random.Random(f['date'].toordinal()), 'H9999_ND99_C')}",
               new_x="LMARGIN", new_y="NEXT")
        return pdf_bytes(d)
    d.text_line(fd(f["date"]), 10, h=6)
    to = f["member"] if not f["child"] else (f"Al padre, madre o tutor de {f['member']}" if es else
                                              f"To the parent or guardian of {f['member']}")
    mail_to(d, ([f["sub"]] if f["child"] else []) + [to] + list(f["addr"]))
    title = {"denial_letter": "Aviso de determinación adversa de beneficios" if es else
             "Notice of Adverse Benefit Determination", "eob": "Explanation of Benefits - This is not a bill",
             "other": "Notice about your request" if f["kind"] == "ok" else "We need information from you"}[doc]
    d.text_line(title, 13, "B", h=7)
    d.ln(1)
    rows = [(L["pat"], f["member"]), (L["sub"], f["sub"] if f["sub"] != f["member"] else ""), (L["mid"], f["mid"]),
            (L["grp"], f["grp"]), (L["plan"], f["plan"]), (L["ref"], f["ref"]),
            (L["prov"], f["doc"] + (f" (NPI {f['npi']})" if f["lab"] == 2 else "")),
            (L["svc"], f["svc"]), (L["dos"], fd(f["dos"])), (L["amt"], usd(f["amt"], f["ms"]) if f["amt"] and post else "")]
    if doc == "eob":
        pairs(d, [r for r in rows if r[0] not in (L["svc"], L["dos"], L["amt"])], kw=44)
        allowed = 0.0 if den else round(f["amt"] * 0.62, 2)
        paid = 0.0 if den else round(allowed * 0.8, 2)
        d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                [[fd(f["dos"]), f["svc"][:38], usd(f["amt"], "nosign"), usd(allowed, "nosign"), usd(paid, "nosign"),
                  usd(f["amt"] if den else allowed - paid, "nosign"), f["remark"]],
                 ["*Claim total", "", usd(f["amt"], "nosign"), usd(allowed, "nosign"), usd(paid, "nosign"),
                  usd(f["amt"] if den else allowed - paid, "nosign"), ""]],
                [24, 58, 20, 20, 20, 18, 14], aligns="LLRRRRL")
        d.font(9, "B")
        d.cell(0, 5, f"Remark {f['remark']}:", new_x="LMARGIN", new_y="NEXT")
        d.para(reason, 9.5)
        d.para(f"Claim received {fd(f['received'])}. Processed {fd(f['date'])}.", 8.5)
    else:
        pairs(d, rows, kw=48)
        if es:
            d.para(f"Estimado(a) padre, madre o tutor: revisamos la solicitud de {f['doc']} para {f['member']}. "
                   "Decidimos no aprobarla.", 10)
            d.text_line("Motivo de la decisión:", 10.5, "B", h=6)
        else:
            d.para(f"We reviewed the {'claim' if post else 'request'} described above for {f['member']}. "
                   + ("" if den else "Here is what we decided."), 10)
            d.text_line("Why we made this decision:" if den else "Our decision:", 10.5, "B", h=6)
        d.para(reason, 10)
        if f["kind"] == "ok":
            d.para(f"Approval number {f['ref']} covers {fd(f['dos'])} through {fd(days(f['dos'], 90))}.", 10)
        if f["kind"] == "rfi":
            d.para(f"Please send the enclosed form by {fd(days(f['date'], 45))}. If we do not hear from you, the claim "
                   "may be denied later.", 10)
    if den and f["ins"] != "aldeburgh":
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10.5, "B", h=6)
        d.para(f["appeal_text"], 9.5)
        d.para("Si su salud está en grave peligro, pida una apelación rápida; decidiremos en 72 horas. También puede "
               "pedir una audiencia imparcial del estado después de la apelación." if es else
               "If waiting could seriously harm the patient's health, ask for an urgent appeal; we will decide within "
               "72 hours. After our final decision you may ask for an external review by an independent reviewer "
               "within 4 months.", 9)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Atentamente,\n" if es else "Sincerely,\n") + f["signer"] + "\n" +
                 ("Servicios al Miembro" if es else "Member Services") + f"  |  {f['ph']}  |  TTY 711",
                 new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def insert_page(c: dict) -> bytes:
    """The household mailing insert: no determination on it, belongs to no document."""
    d = Page()
    d.add_page()
    i = ISSUERS[c["ins"]]
    letterhead(d, i["style"], i.get("full", i["name"]), i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line("IMPORTANT: THIS ENVELOPE HOLDS MORE THAN ONE NOTICE", 13, "B", h=8)
    d.ln(2)
    d.para(f"To protect postage costs, we mailed notices for {c['n']} members of your household together. Each "
           "notice is about one person only. Please read each one and keep it with that person's records. Time limits "
           "in one notice do not apply to the other.", 10.5)
    pairs(d, [("Household mailing ID:", c["hid"]), ("Mailed on:", c["mailed"]), ("Notices enclosed:", str(c["n"]))],
          kw=50)
    d.para("Need help reading these notices? Call Member Services at " + c["ph"] + " (TTY 711), Monday through Friday, "
           "8 a.m. to 8 p.m. Language help is free: Llame al " + c["ph"] + " para ayuda en español.", 10)
    d.para("Office hours change on holidays: closed November 26 and December 25.", 9)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, svc: str, lab, ds: str, date: dt.date, dl: str, ms: str,
          member: str, sub: str, mid: str, grp, child: bool, addr, lang: str = "en") -> dict:
    i = ISSUERS[ins]
    den, doc, post, _ = REASONS[kind]
    desc, lo, hi = SERVICES[svc]
    amt = money(r, int(lo), int(hi)) if lo and (post or doc == "eob") else None
    dos = days(date, -r.randint(20, 70)) if post else days(date, r.randint(7, 25))
    ref = {"garthmoor": mixed(r, "GH99999999"), "tollesbury": mixed(r, "TM-999-99999"),
           "aldeburgh": mixed(r, "OD99-999999"), "polperro": mixed(r, "PCH999999A")}[ins]
    f = dict(ins=ins, kind=kind, svc=desc, lab=lab, ds=ds, date=date, lang=lang, member=member, sub=sub, mid=mid,
             grp=grp if i["grp"] else None, plan=(mixed(random.Random(len(member)), i["plan"]) if ins == "aldeburgh" else i["plan"]) if lab in (1, 2) or ins == "aldeburgh" else None,
             ref=ref, doc=clinician(r), npi=npi(r), ph=phone(r), dos=dos, amt=amt, post=post, child=child, addr=addr,
             ms=ms, received=days(dos, r.randint(5, 20)), remark=r.choice(["X4", "N7", "B2", "M51"]),
             signer="Claims Review Department" if doc == "eob" else r.choice(["Appeals and Grievances Unit",
                                                                             "Utilization Management"]),
             form=mixed(r, "AAA-99-999"), deadline=None, dl_alt=None)
    if kind == "tf":
        f["dos"] = days(date, -r.randint(400, 430))
        f["received"] = days(date, -r.randint(10, 20))
    if ins == "aldeburgh":
        f["deadline"] = days(date, 65)
    elif dl == "within":
        n = 60 if ins == "polperro" else 180
        f["deadline"] = days(date, n)
        f["appeal_text"] = (f"Puede apelar dentro de {n} días a partir de la fecha de este aviso." if lang == "es" else
                            f"You may appeal this decision. Your appeal must be filed within {n} days of the date "
                            "of this notice. Send it to the address above or call us.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = (f"To appeal, write to us. We must receive your appeal no later than "
                            f"{fdate(f['deadline'], ds)}. Include this notice and any records that support your appeal.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal_text"] = ("You have 180 days after you receive this notice to file an internal appeal. Send it to "
                            "the address above; include this notice and any records that support your appeal.")
    return f


def notice_truth(f: dict) -> dict:
    den, doc, post, _ = REASONS[f["kind"]]
    i = ISSUERS[f["ins"]]
    alts = {}
    if "full" in i:
        alts["insurer"] = [i["full"]]
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if f["kind"] == "rfi":
        alts["claim_amount"] = [None]
    if f["kind"] == "ok":
        alts["service_dates"] = [[iso(f["dos"])]]
        sd = [iso(f["dos"], days(f["dos"], 90))]
    else:
        sd = [iso(f["dos"])]
    return truth(doc, den, f["lang"], insurer=i["name"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=f["plan"], member_name=f["member"], case_numbers=[f["ref"]],
                 claim_amount=m2(f["amt"]) if f["amt"] and post else None, service_dates=sd,
                 denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if (den and f["deadline"]) else None, alternates=alts)


# (stem, condition, date style, money style, separator ("insert"/"blank"/"duplex"/None), turn second doc's page,
#  household kind, [(issuer, kind, service, labels, deadline style, relation)]) relation: self/spouse/child/grandchild
PLAN = [
    ("household_two_letters_stack_bd_spouses", "born_digital", "long", "plain", None, False, "en",
     [("garthmoor", "mn_kw", "mri", 1, "within", "self"), ("garthmoor", "paid", "office", 1, "within", "spouse")]),
    ("household_two_letters_stack_bd_grandma_es", "born_digital", "slash", "plain", None, False, "es",
     [("aldeburgh", "loc", "snf", 2, "within", "self"), ("polperro", "es_excl", "braces_es", "es", "within", "grandchild")]),
    ("household_two_letters_stack_scan_parent_teen", "scan_clean_300", "abbr", "space", "insert", True, "en",
     [("tollesbury", "ok", "pt", 2, "within", "self"), ("tollesbury", "pa_plain", "ct", 2, "by", "child")]),
    ("household_two_letters_stack_lowres_siblings", "scan_lowres_150", "iso", "nosign", "blank", False, "en",
     [("garthmoor", "elig", "allergy", 3, "receive", "child"), ("garthmoor", "mn_plain", "sleep", 3, "within", "child")]),
    ("household_two_letters_stack_copy_two_plans", "photocopy", "dmy", "plain", None, False, "en",
     [("tollesbury", "oon", "ot", 1, "within", "self"), ("garthmoor", "rfi", "derm", 2, "within", "spouse")]),
    ("household_two_letters_stack_phone_grandparents", "phone_photo", "long", "plain", None, False, "en",
     [("aldeburgh", "exp", "cgm", 2, "within", "self"), ("aldeburgh", "oon_ma", "wheel", 2, "within", "spouse")]),
    ("household_two_letters_stack_faxf_mother_child", "fax_fine_g4", "slash", "usd", "insert", False, "en",
     [("polperro", "excl", "derm", 3, "within", "self"), ("polperro", "tf", "er", 3, "within", "child")]),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ds, ms, sep, turn, hlang, notes) in enumerate(PLAN):
        r = random.Random(114500 + n)
        last = r.choice(LAST)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
        addr = address(r)
        head = person(r, "en", last)
        taken = [head.split()[0]]
        docs = []
        ids = {}
        for k, (ins, kind, svc, lab, dl, rel) in enumerate(notes):
            lang = "es" if kind.startswith("es_") else "en"
            if rel == "self":
                member = head
            else:
                member = person(r, lang, r.choice(LAST_ES) if lang == "es" else last, taken)
                taken.append(member.split()[0])
            child = rel in ("child", "grandchild")
            sub = head if rel in ("child", "spouse") and ins in ("garthmoor", "tollesbury") else member
            if child and ins == "polperro":
                sub = person(r, lang, member.split()[-1], taken) if rel == "grandchild" else head
            i = ISSUERS[ins]
            if ins not in ids:
                ids[ins] = dict(base=mixed(r, {"garthmoor": "GTH99999999", "tollesbury": "TMH999999999",
                                               "aldeburgh": "A99999999", "polperro": "9999999999"}[ins]),
                                grp=digits(r, 6) if i["grp"] else None, n=0)
            ids[ins]["n"] += 1
            if ins in ("garthmoor", "tollesbury") and sub == head:
                mid = f"{ids[ins]['base']}-0{ {'self': 1, 'spouse': 2}.get(rel, 2 + ids[ins]['n'])}"
            else:
                mid = ids[ins]["base"] if ids[ins]["n"] == 1 else mixed(r, "A99999999" if ins == "aldeburgh"
                                                                          else "9999999999")
            f = facts(r, ins, kind, svc, lab, "es" if lang == "es" else ds, days(date, r.randint(-3, 3)), dl, ms,
                      member, sub, mid, ids[ins]["grp"], child, addr, lang)
            docs.append((notice(f), notice_truth(f)))
        seps = None
        if sep == "insert":
            ins0 = notes[0][0]
            seps = [None, insert_page(dict(ins=ins0, n=2, hid=mixed(r, "HH-9999-9999"), ph=phone(r),
                                           mailed=fdate(days(date, 1), ds)))]
        elif sep in ("blank", "duplex"):
            seps = [sep, None]
        turns = {(1, 0): 90} if turn else None
        items.append(Item(stem, cond, docs, separators=seps, turns=turns))
    return items
