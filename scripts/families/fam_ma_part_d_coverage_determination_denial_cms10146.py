"""Family 'ma_part_d_coverage_determination_denial_cms10146': Medicare drug plans' coverage determinations laid out
and worded after CMS's "Notice of Denial of Medicare Prescription Drug Coverage" (form CMS-10146, OMB 0938-0976):
plan name block, the title, Date / Enrollee's name / Member number, "We denied coverage of the prescription drug(s)
listed below that you or your physician requested", "We denied this request because", "You have the right to request
a redetermination (appeal) ... within 65 days of the date of this notice", "What If I Want a Fast Redetermination?",
"What Do I Include With My Request?", "How Do I Request a Redetermination?", "Get help & more information", the form
number and OMB line. Values invented.

Reasons: quantity above the plan's limit (plain words), step therapy (a formulary drug to be tried first), a drug not
on the formulary with an exception not justified, a reimbursement request for a non-formulary fill the member paid
for (amount, fill date), one Spanish notice ("Aviso de denegación de cobertura de medicamentos recetados de
Medicare"), and one approval of a coverage determination (denies nothing).
Issuers (fictional): Blackmere Health Plan (a PDP, "Blackmere Rx Select (PDP)", S contract) with a parent-company
line; Harnham Medicare Advantage (an MA-PD, "Harnham Senior Complete (HMO)", H contract) with a return-address block.
Decoys: request-received date, RxBIN/RxPCN/RxGRP, NDC, prescriber NPI and fax, pharmacy NCPDP, the 72-hour fast
redetermination and 7-day standard timetable, the form's expiry date and OMB number, a fax header with its own date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxb import address, clinician, days, digits, fdate, iso, m2, mixed, npi, pairs, person, phone, usd

FAMILY = "ma_part_d_coverage_determination_denial_cms10146"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"black": "Blackmere Health Plan", "harn": "Harnham Medicare Advantage"}
PLAN = {"black": "Blackmere Rx Select (PDP)", "harn": "Harnham Senior Complete (HMO)"}
LABELS = {1: ["Date", "Enrollee's name", "Member number", "Case number", "Prescriber", "Plan contract/PBP"],
          2: ["Notice date", "Member name", "Member ID", "Request ID", "Requesting physician", "Plan ID"],
          3: ["Date of notice", "Name", "Plan member #", "Coverage determination #", "Prescribing doctor",
              "Contract-PBP"],
          "es": ["Fecha", "Nombre del afiliado", "Número de miembro", "Número de caso", "Médico que receta",
                 "Contrato/PBP"]}
DRUGS = {"qty": "sumatriptan 100 mg tablets, 18 tablets per 30 days (plan limit: 9 tablets per 30 days)",
         "step": "Xeljanz (tofacitinib) 5 mg tablets, 60 tablets per 30 days",
         "nonform": "Nurtec ODT (rimegepant) 75 mg, 16 tablets per 30 days",
         "reimb": "Dexilant (dexlansoprazole) 60 mg capsules, 30 capsules",
         "es": "Trulicity (dulaglutida) 1.5 mg/0.5 mL, 4 plumas por 28 días",
         "ok": "Eliquis (apixaban) 5 mg tablets, 60 tablets per 30 days"}
# kind -> (denial, denial alternates, reason)
REASONS = {
    "qty": ("medical_necessity", ["not_covered", "prior_authorization"],
            "Your plan covers up to 9 tablets of this drug every 30 days. Your doctor asked us to cover 18 tablets. "
            "The information your doctor sent does not show why you need more than the usual amount, such as a "
            "record of other migraine medicines you tried to prevent headaches. We will keep covering 9 tablets "
            "every 30 days."),
    "step": ("medical_necessity", ["prior_authorization"],
             "Before this drug is covered, you must first try a drug on our list that treats the same condition. "
             "Our records show no claims for methotrexate or for adalimumab, and your doctor did not tell us that "
             "these drugs did not work for you or would harm you. Step therapy requirements were not met."),
    "nonform": ("not_covered", ["medical_necessity"],
                "This drug is not on our Drug List (formulary). Your doctor asked for an exception, but did not "
                "explain why the drugs on our list (sumatriptan, rizatriptan, or Ubrelvy) would not work as well "
                "for you or would cause you harm. Other drugs on our list that treat your condition include "
                "sumatriptan and rizatriptan (Tier 1)."),
    "reimb": ("not_covered", ["medical_necessity"],
              "You asked us to pay you back for a drug you paid for at the pharmacy. This drug is not on our Drug "
              "List and no exception was approved. Our Drug List has omeprazole and pantoprazole for the same "
              "condition. We cannot pay you back for the amount you paid."),
    "es": ("not_covered", ["medical_necessity"],
           "Este medicamento no está en nuestra Lista de medicamentos (formulario) para el uso indicado. Su médico "
           "pidió una excepción, pero no explicó por qué los medicamentos de nuestra lista (metformina u "
           "Ozempic) no serían igual de eficaces para usted. Por eso no podemos cubrirlo."),
    "ok": (None, None,
           "We approved your request. Your plan will cover this drug through the date shown below. You pay your "
           "usual Tier 3 copayment at a network pharmacy."),
}


class Page(Doc):
    def __init__(self, foot: str | None = None, fax: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)
        self.fax = fax

    def header(self):
        if self.fax:
            self.set_font(self.base_font, "", 7.5)
            self.cell(0, 4, self.fax, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "black":
        d.text_line("A Blackmere Mutual Holdings company", 7.5, align="L", h=3.8)
        d.text_line("BLACKMERE", 20, "B", h=9)
        d.rule(0.7, 1.5)
        d.text_line("Blackmere Health Plan  ·  Blackmere Rx Select (PDP)  ·  PO Box 6140, Glendive, MT 59330", 8, h=4)
        d.ln(4)
    else:
        d.text_line("Harnham Medicare Advantage", 13, "B", h=6)
        for ln in ("Harnham Senior Complete (HMO)", "Pharmacy Coverage Determinations", "PO Box 2291",
                   "Casa Grande, AZ 85130"):
            d.text_line(ln, 9, h=4.4)
        d.ln(4)


def notice(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    fax = (f"{f['faxdate']}  09:14  FROM: {INS[f['ins']].upper()} RX UM  TO: {f['doc'].upper()}  P.1/2"
           if f["fax"] else None)
    d = Page(("Página {p} de {n}" if es else "Page {p} of {n}"), fax)
    d.add_page()
    letterhead(d, f)
    if not es:
        for ln in (f["member"], *f["addr"]):
            d.text_line(ln, 10, h=4.8)
        d.ln(4)
    ok = f["kind"] == "ok"
    title = ("AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE" if es else
             "Notice of Approval of Medicare Prescription Drug Coverage" if ok else
             "Notice of Denial of Medicare Prescription Drug Coverage")
    d.text_line(title, 11.5 if es else 13, "B", align="C", h=7)
    d.ln(2)
    rows = [(L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["case"]),
            (L[4], f"{f['doc']}, MD   NPI {f['npi']}")]
    if f["show_plan"]:
        rows.append((L[5], f["pbp"]))
    rows.append(("Solicitud recibida" if es else "Request received", fd(f["received"])))
    pairs(d, rows, kw=52, size=9.8, colon=True)
    d.font(8.5)
    d.cell(0, 4.5, f"RxBIN {f['bin']}   RxPCN {f['pcn']}   RxGRP {f['rxgrp']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    den, _, reason = REASONS[f["kind"]]
    if es:
        d.para("Negamos la cobertura del (de los) medicamento(s) recetado(s) que se indica(n) a continuación y que "
               "usted o su médico solicitaron:", 10, gap=1.5)
        d.para(DRUGS["es"], 10, gap=2.5)
        d.text_line("Negamos esta solicitud porque:", 10.5, "B", h=5.5)
        d.para(reason, 10, gap=3)
        d.text_line("Usted tiene derecho a pedir una redeterminación (apelación) de nuestra decisión", 10.5, "B",
                    h=5.5)
        d.para(f"Usted tiene derecho a pedirle a {INS[f['ins']]} que revise nuestra decisión. Debe pedir una "
               "redeterminación dentro de los 65 días a partir de la fecha de este aviso. Decidiremos una "
               "solicitud estándar dentro de 7 días; una solicitud rápida, dentro de 72 horas.", 10, gap=3)
        d.text_line("Cómo pedir una redeterminación", 10.5, "B", h=5.5)
        d.para(f"Envíe su solicitud por correo o fax a {INS[f['ins']]}, Apelaciones de Farmacia, PO Box 6140, "
               f"Glendive, MT 59330; fax (406) 555-3372. Para una solicitud rápida llame al {f['ph']} (TTY 711), "
               "las 24 horas del día.", 10, gap=3)
        d.para("Obtenga ayuda: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 9.5, gap=3)
        d.font(7.5)
        d.cell(0, 4, "Formulario CMS-10146-S (Vence: 04/30/2028)   Aprobación OMB 0938-0976",
               new_x="LMARGIN", new_y="NEXT")
        return pdf_bytes(d)
    if ok:
        d.para("We approved coverage of the prescription drug listed below that you or your physician requested:",
               10, gap=1.5)
        d.para(DRUGS["ok"], 10, gap=2.5)
        d.para(reason + f" Approved from {fd(f['date'])} through {fd(f['until'])}.", 10, gap=3)
        d.para("If you have questions, call us at " + f["ph"] + " (TTY 711), 8 a.m. to 8 p.m., 7 days a week.",
               9.5, gap=3)
        d.font(7.5)
        d.cell(0, 4, f"cc: {f['doc']}, MD   Fax (406) 555-3{f['npi'][-3:]}", new_x="LMARGIN", new_y="NEXT")
        return pdf_bytes(d)
    lead = ("We denied payment of the prescription drug listed below that you asked us to pay you back for:"
            if f["kind"] == "reimb" else
            "We denied coverage of the prescription drug(s) listed below that you or your physician requested:")
    d.para(lead, 10, gap=1.5)
    drug = DRUGS[f["kind"]]
    if f["kind"] == "reimb":
        drug += (f", filled {fd(f['dos'])} at Lewistown Apothecary (NCPDP {f['ncpdp']}), Rx #{f['rxno']}; "
                 f"amount you paid: {usd(f['amt'], f['mo'])}")
    d.para(drug, 10, gap=2.5)
    d.text_line("We denied this request because:", 10.5, "B", h=5.5)
    d.para(reason, 10, gap=3)
    d.text_line("You have the right to request a redetermination (appeal) of our decision", 10.5, "B", h=5.5)
    d.para(f["appeal"], 10, gap=2.5)
    d.text_line("What If I Want a Fast Redetermination?", 10.5, "B", h=5.5)
    d.para("You can ask for an expedited (fast) redetermination if you or your doctor believe that your health "
           "could be seriously harmed by waiting up to 7 days for a decision. If your request to expedite is "
           "granted, we must give you a decision no later than 72 hours after we get your request. You cannot "
           "request an expedited redetermination if you are asking us to pay you back for a drug you already "
           "received.", 9.5, gap=2.5)
    d.text_line("What Do I Include With My Request?", 10.5, "B", h=5.5)
    d.para("You should include your name, address, member number, the reasons for appealing, and any evidence "
           "you wish to attach. You may send in supporting medical records or a statement from your prescriber.",
           9.5, gap=2.5)
    d.text_line("How Do I Request a Redetermination?", 10.5, "B", h=5.5)
    d.para(f"Standard Request: mail or fax your written request to {INS[f['ins']]}, Part D Appeals, "
           f"{'PO Box 6140, Glendive, MT 59330' if f['ins'] == 'black' else 'PO Box 2291, Casa Grande, AZ 85130'}, "
           f"fax (406) 555-3372. Expedited Request: call {f['ph']} (TTY 711), 24 hours a day, 7 days a week.",
           9.5, gap=2.5)
    d.text_line("What Happens Next?", 10.5, "B", h=5.5)
    d.para("If you ask for a redetermination and we continue to deny your request, we will send your case to an "
           "Independent Review Entity only if you ask; you will have 60 days to do so.", 9.5, gap=2.5)
    d.text_line("Get help & more information", 10.5, "B", h=5.5)
    d.para("1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users call 1-877-486-2048. "
           "Medicare Rights Center: 1-888-HMO-9050.", 9.5, gap=3)
    d.font(7.5)
    d.cell(0, 4, f"cc: {f['doc']}, MD", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, "Form CMS-10146 (Expires: 04/30/2028)   OMB Approval 0938-0976", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, lab, ds: str, dl: str, show_plan: bool, fax: bool,
          mo: str = "plain") -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 260))
    f = dict(ins=ins, kind=kind, lab=lab, ds=ds, lang=lang, date=date, show_plan=show_plan, fax=fax, mo=mo,
             member=person(r, lang), addr=address(r, lang), mid=mixed(r, "AAA9999999") if ins == "black"
             else mixed(r, "H99999999-01"), case=mixed(r, "CD-2026-999999") if ins == "black" else digits(r, 11),
             pbp=("S" if ins == "black" else "H") + digits(r, 4) + "-" + f"{r.randint(1, 40):03d}",
             doc=clinician(r), npi=npi(r), ph=phone(r), received=days(date, -r.randint(1, 3)),
             bin=digits(r, 6), pcn=mixed(r, "AAA99"), rxgrp=mixed(r, "AAAA9"), ncpdp=digits(r, 7),
             rxno=digits(r, 7), dos=days(date, -r.randint(12, 30)),
             amt=round(r.randint(180, 460) + r.choice([0.19, 0.5, 0.87]), 2),
             until=dt.date(2026, 12, 31), faxdate=fdate(date, "mdy_nopad"), deadline=None, dl_alt=None)
    if dl == "within":
        f["deadline"] = days(date, 65)
        f["appeal"] = ("You have the right to ask " + INS[ins] + " to review our decision. You must ask for a "
                       "redetermination within 65 days of the date of this notice. We can give you more time if "
                       "you have a good reason for missing the deadline.")
    elif dl == "by":
        f["deadline"] = days(date, 65)
        f["appeal"] = ("You have the right to ask " + INS[ins] + " to review our decision. Your request for a "
                       f"redetermination must reach us by {fdate(f['deadline'], ds)} (65 days from the date of "
                       "this notice).")
    else:
        f["dl_alt"] = days(date, 65)
        f["appeal"] = ("You have the right to ask " + INS[ins] + " to review our decision. You must ask for a "
                       "redetermination within 65 days from the date you receive this notice.")
    return f


def notice_truth(f: dict) -> dict:
    den, dalts, _ = REASONS[f["kind"]]
    alts = {}
    if f["show_plan"]:
        alts["plan_id"] = [None]
    if f["dl_alt"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    reimb = f["kind"] == "reimb"
    ok = f["kind"] == "ok"
    if ok:
        alts["service_dates"] = [[], [iso(f["date"])]]
    alts["insurer"] = [PLAN[f["ins"]]]
    return truth("other" if ok else "denial_letter", den, f["lang"], insurer=INS[f["ins"]],
                 plan_id=f["pbp"] if f["show_plan"] else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=[f["case"]], claim_amount=m2(f["amt"]) if reimb else None,
                 service_dates=[iso(f["dos"])] if reimb else [iso(f["date"], f["until"])] if ok else [],
                 denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if den and f["deadline"] else None,
                 denial_alternates=dalts, alternates=alts)


ITEMS = [
    # stem suffix, condition, insurer, kind, label set, date style, deadline, plan id printed, fax header, money
    ("bd_qty", "born_digital", "black", "qty", 1, "long", "within", True, False, "plain"),
    ("bd_nonform", "born_digital", "harn", "nonform", 2, "slash", "by", False, False, "plain"),
    ("scan_step", "scan_clean_300", "black", "step", 3, "abbr", "within", True, False, "plain"),
    ("faxs_qty", "fax_standard_g4", "harn", "qty", 1, "dmy", "receive", True, True, "plain"),
    ("copy_es", "photocopy", "black", "es", "es", "es", "within", True, False, "es"),
    ("photo_reimb", "phone_photo", "harn", "reimb", 3, "long", "within", False, False, "usd"),
    ("low_ok", "scan_lowres_150", "harn", "ok", 2, "iso", "within", True, False, "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, ins, kind, lab, ds, dl, sp, fax, mo) in enumerate(ITEMS):
        r = random.Random(98500 + i)
        f = facts(r, ins, kind, lab, ds, dl, sp, fax, mo)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(notice(f), notice_truth(f))]))
    return items
