"""Family 'part_d_midyear_formulary_change_notice': Medicare Part D and commercial PBM notices that a drug is being
removed from the formulary, moved to a higher tier, or given a new prior authorization or step-therapy requirement in
the middle of the plan year, with the transition (temporary) fill and the exception process; a coverage
determination denial after the refill was rejected at the pharmacy; a PBM's denial of a tier exception; one
formulary exception granted; the prescriber's faxed copy of a new prior authorization notice. All values invented.

Issuers: Kestrel Ridge Medicare Rx (PDP, contract S-number; logo words over a rule), Halvorsen Advantage Plus
(HMO-POS, an MA-PD with an H contract; return-address block), Quillfeather Pharmacy Benefits (PBM for employer plans,
parent line "A Marrowstone Health company").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "part_d_midyear_formulary_change_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KES, HAL, QUI = "Kestrel Ridge Medicare Rx", "Halvorsen Advantage Plus", "Quillfeather Pharmacy Benefits"
PRESCRIBERS = ["Dr. Yusra K. Abernethy-Lowe", "Dr. Matteo V. Lindqvist", "Dr. Chidi O. Ravensworth",
               "Dr. Hannelore B. Okafor", "Dr. Rafael T. Iwasaki"]
PHARMACIES = ["Wickham Corner Pharmacy", "Ashby Lane Drug Co.", "Northfold Community Pharmacy #212",
              "Tanager Street Apothecary"]
FIRST = ["Bartholomew", "Keiko", "Fatoumata", "Lars", "Evangelina", "Rashid", "Dorothea", "Anh", "Cornelius",
         "Magdalena", "Tenzin", "Wilhelmina"]
LAST = ["Sorensen", "Mbeki", "Castellanos", "Whitlock", "Nakashima", "Okonjo", "Fairweather", "Brannigan",
        "Zielinski", "Abara"]
# (drug, alternative(s), what changes)
DRUGS = {"removed": ("Restasis (cyclosporine ophthalmic emulsion) 0.05%", "cyclosporine 0.05% eye emulsion (generic)"),
         "tier": ("Lyrica (pregabalin) 75 mg capsules", "pregabalin 75 mg capsules (generic, Tier 1)"),
         "pa": ("Xarelto (rivaroxaban) 20 mg tablets", "apixaban or warfarin"),
         "step": ("Jardiance (empagliflozin) 10 mg tablets", "metformin ER 500 mg"),
         "rejected": ("Restasis (cyclosporine ophthalmic emulsion) 0.05%", "cyclosporine 0.05% eye emulsion (generic)"),
         "granted": ("Symbicort (budesonide/formoterol) 160/4.5 mcg inhaler", "budesonide/formoterol (generic)"),
         "tierdeny": ("Trulicity (dulaglutide) 1.5 mg/0.5 mL pen", "Ozempic (semaglutide), preferred brand")}


def mixed(r: random.Random, pattern: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTUWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper()}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}"}[s]


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def first_of_next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(18, 13, 18))
        self.add_font("DejaVu", "B", BOLD)

    def pair(self, label: str, value: str, w1: float = 48, size: float = 9.5):
        self.font(size - 0.8)
        self.cell(w1, 5, label)
        self.font(size, "B")
        self.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def facts(r: random.Random, kind: str, ins: str, ds: str) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    eff = first_of_next_month(add(notice, 30))
    fill = add(eff, r.randint(5, 20))
    if kind in ("rejected", "tierdeny"):
        fill = add(notice, -r.randint(3, 7))
        eff = first_of_next_month(add(fill, -r.randint(50, 70)))
    prior = add(eff, -r.randint(33, 40))
    drug, alt = DRUGS[kind]
    contract = {KES: mixed(r, "S5999-099"), HAL: mixed(r, "H3999-099"), QUI: None}[ins]
    return dict(kind=kind, ins=ins, ds=ds, notice=notice, eff=eff, drug=drug, alt=alt,
                member=f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                mid=mixed(r, {KES: "KR99999999", HAL: "HAP-999-99-9999", QUI: "QPB99999999"}[ins]),
                contract=contract, group=mixed(r, "RX9999") if ins == QUI else None,
                employer=r.choice(["Brandywine Tool & Die Employee Health Plan", "Ostrander County Schools Benefit Plan"]),
                pres=r.choice(PRESCRIBERS), pharm=r.choice(PHARMACIES), npi=str(r.randint(1100000000, 1999999999)),
                ncpdp=str(r.randint(1000000, 5999999)), rx=mixed(r, "Rx 9999999"), case=mixed(r, "CD-26-9999999"),
                last_fill=add(notice, -r.randint(8, 20)), fill=fill, prior=prior,
                cost=round(r.randint(280, 690) + r.randint(0, 99) / 100, 2), copay=float(r.choice([47, 45, 40])),
                ph=f"1-8{r.randint(33, 88)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
                fax=f"1-8{r.randint(33, 88)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
                dob=dt.date(r.randint(1940, 1960), r.randint(1, 12), r.randint(1, 28)))


def head(d: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == KES:
        d.text_line("KESTREL RIDGE", 20, "B")
        d.text_line("Medicare Rx (PDP)", 10)
        d.rule(0.8)
        d.text_line(f"{KES}  |  PO Box 40918, Harrisburg, PA 17106  |  {f['ph']}, TTY 711, 8 a.m. - 8 p.m.", 7.5)
    elif ins == HAL:
        d.text_line(HAL + " (HMO-POS)", 12, "B")
        d.text_line("Pharmacy Services", 9)
        d.text_line("2207 Fjordview Boulevard", 9)
        d.text_line("Duluth, MN 55802", 9)
        d.text_line(f"Member Services {f['ph']} (TTY 711)", 9)
    else:
        d.text_line("A Marrowstone Health company", 7.5)
        d.text_line(QUI, 15, "B")
        d.text_line(f"Clinical Pharmacy Services  |  Fax {f['fax']}  |  {f['ph']}", 8.5)
        d.rule(0.4)
    d.ln(5)


def address_block(d: Page, f: dict) -> None:
    d.text_line(f["member"], 10)
    d.text_line(f"{random.Random(f['mid']).randint(100, 9800)} Gullwing Terrace", 10)
    d.text_line("Erie, PA 16501" if f["ins"] == KES else "Fargo, ND 58102", 10)
    d.ln(4)


def id_lines(d: Page, f: dict, extra: list) -> None:
    rows = [("Member", f["member"]), ("Member ID", f["mid"])]
    if f["contract"]:
        rows.append(("Plan contract ID" if f["ins"] == KES else "Contract/PBP", f["contract"]))
    if f["group"]:
        rows += [("Group", f["group"]), ("Plan sponsor", f["employer"])]
    for a, b in rows + extra:
        d.pair(a + ":", b)
    d.ln(3)


def removal_notice(f: dict) -> bytes:
    ds = f["ds"]
    d = Page("Y0099_KR26FC_M   Page {p} of {n}")
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f)
    d.text_line("Important notice: a drug you take is leaving our Drug List", 12, "B")
    d.ln(1)
    id_lines(d, f, [("Drug", f["drug"]), ("Prescriber on file", f["pres"]),
                    ("Change takes effect", fdate(f["eff"], ds)),
                    ("Last day the brand is covered", fdate(add(f["eff"], -1), ds)),
                    ("Your most recent fill", fdate(f["last_fill"], ds))])
    d.para(f"We are writing because you filled {f['drug'].split(' (')[0]} in the last 90 days. The maker of a generic "
           f"version has entered the market, and starting {fdate(f['eff'], ds)} our Drug List (formulary) will cover "
           f"{f['alt']} instead of the brand. Prescriptions for the brand filled before that date are covered as "
           "usual.")
    d.para("What you can do: (1) Talk with your prescriber about switching to the generic, which is covered at a "
           "lower cost. (2) If you and your prescriber believe you must keep taking the brand, you or your "
           "prescriber can ask us for a formulary exception. Your prescriber must give a supporting statement. We "
           "decide within 72 hours of getting the statement (24 hours if you ask for a fast decision).")
    d.para(f"To ask for an exception, call {f['ph']} or fax the Coverage Determination Request form to "
           f"{f['fax']}. This notice is not a denial; nothing has been refused.")
    return pdf_bytes(d)


def cd_denial(f: dict) -> bytes:
    ds = f["ds"]
    d = Page("Form CMS-10146 (model)   Page {p} of {n}")
    d.add_page()
    head(d, f)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B", "C")
    d.ln(2)
    id_lines(d, f, [("Date", fdate(f["notice"], ds)), ("Case number", f["case"]),
                    ("Drug you requested", f["drug"]), ("Prescriber", f"{f['pres']}, NPI {f['npi']}"),
                    ("Pharmacy", f"{f['pharm']} (NCPDP {f['ncpdp']})"), ("Refill rejected on", fdate(f["fill"], ds))])
    d.para(f"We have denied your request for {f['drug'].split(' (')[0]}. On {fdate(f['fill'], ds)} your pharmacy "
           "could not fill this refill because the drug is no longer on our Drug List. We told you about this "
           f"change in a letter dated {fdate(f['prior'], ds)}; the change took effect on "
           f"{fdate(f['eff'], ds)}, and your one-time transition supply has been used. Your prescriber asked us to "
           "cover the brand, but did not give a statement that the generic would not be as effective or would "
           "cause you harm, which is required for a formulary exception.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days from "
           "the date of this notice to ask for a redetermination. You can ask for a standard or a fast (expedited) "
           f"appeal; fast appeals are decided within 72 hours. Call {f['ph']}, fax {f['fax']}, or write to the "
           "address above. Your prescriber can ask on your behalf.", 9.5)
    return pdf_bytes(d)


def tier_notice(f: dict) -> bytes:
    ds = f["ds"]
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f)
    d.text_line("Notice of a change to your prescription drug list", 12, "B")
    id_lines(d, f, [("Pharmacy of your last fill", f["pharm"]), ("Last fill", fdate(f["last_fill"], ds))])
    d.table(["Drug", "Now", f"Starting {fdate(f['eff'], ds)}"],
            [[f["drug"], "Tier 2 - preferred brand", "Tier 3 - non-preferred brand"],
             ["Your copay (30-day supply)", usd(f["copay"]), usd(f["copay"] + 65)]], [70, 48, 56], 8.8)
    d.para(f"Your plan sponsor, {f['employer']}, adopted a new drug list for the rest of the plan year. Because a "
           f"generic is now available, {f['drug'].split(' (')[0]} moves to a higher tier. The generic, {f['alt']}, "
           "costs you less.")
    d.para("If your prescriber believes the brand is medically necessary, they may ask for a tier exception before "
           "the change takes effect. Call us or have your prescriber fax a request to the number above.")
    return pdf_bytes(d)


def pa_fax(f: dict) -> bytes:
    ds = f["ds"]
    d = Page()
    d.add_page()
    d.font(7.5)
    d.cell(0, 4, f"{fdate(f['notice'], 'slash')} 09:42  FROM: QUILLFEATHER CLIN RX  {f['fax']}   TO: {f['pres'].upper()}"
                 f"   P. 1/1", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head(d, f)
    d.text_line("PRESCRIBER COPY - New prior authorization requirement", 12, "B")
    d.ln(1)
    d.pair("To:", f"{f['pres']}  (NPI {f['npi']})")
    d.pair("Date:", fdate(f["notice"], ds))
    d.pair("Patient:", f["member"])
    d.pair("Date of birth:", fdate(f["dob"], ds))
    d.pair("Member ID:", f["mid"])
    d.pair("Group:", f["group"])
    d.pair("Drug:", f["drug"])
    d.pair("Effective date:", fdate(f["eff"], ds))
    d.ln(3)
    d.para(f"Your patient has filled {f['drug'].split(' (')[0]} in the last 120 days. Beginning "
           f"{fdate(f['eff'], ds)}, this drug will require prior authorization for members of "
           f"{f['employer']}. Criteria: documented atrial fibrillation or venous thromboembolism, and a reason "
           f"the preferred alternative ({f['alt']}) cannot be used.")
    d.para("Members who are already taking the drug will be allowed one transition fill of up to 30 days after the "
           "effective date. To avoid an interruption, submit the prior authorization request before that fill is "
           f"used, by ePA or by fax to {f['fax']}. The member has been sent a copy of this notice.")
    return pdf_bytes(d)


def transition_letter(f: dict) -> bytes:
    ds = f["ds"]
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(fdate(add(f["fill"], 2), ds), 10)
    d.ln(3)
    address_block(d, f)
    d.text_line("We covered a temporary supply of your drug", 12, "B")
    id_lines(d, f, [("Drug", f["drug"]), ("Filled on", fdate(f["fill"], ds)), ("Pharmacy", f["pharm"]),
                    ("Days' supply", "30"), ("Total drug cost", usd(f["cost"])), ("You paid", usd(f["copay"]))])
    d.para(f"Starting {fdate(f['eff'], ds)}, our plan has a new step therapy requirement for "
           f"{f['drug'].split(' (')[0]}: members must first try {f['alt']}. Because you were already taking it, we "
           "covered a one-time temporary (transition) supply. We will not cover more of this drug unless your "
           f"prescriber, {f['pres']}, shows that you tried the first-step drug or that it is not right for you.")
    d.para("Talk to your prescriber soon. You or your prescriber can ask us for an exception to the step therapy "
           f"rule by calling {f['ph']}. If we deny the exception, you can appeal.")
    return pdf_bytes(d)


def granted(f: dict) -> bytes:
    ds = f["ds"]
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f)
    d.text_line("Your formulary exception request is approved", 12, "B")
    end = dt.date(2026, 12, 31)
    id_lines(d, f, [("Request number", f["case"]), ("Drug", f["drug"]), ("Prescriber", f["pres"]),
                    ("Request received", fdate(add(f["notice"], -2), ds)),
                    ("Approved from", f"{fdate(f['eff'], ds)} through {fdate(end, ds)}")])
    d.para(f"Earlier this year we told you that {f['drug'].split(' (')[0]} would be removed from our Drug List on "
           f"{fdate(f['eff'], ds)}. Your prescriber told us that you had a reaction to {f['alt']}. We approved an "
           "exception: we will keep covering the brand at your current Tier 3 cost-sharing through the end of "
           "the plan year. You do not need to do anything; your pharmacy can fill it.")
    d.para("If you change plans or the approval ends, ask your prescriber whether you need a new request.")
    return pdf_bytes(d)


def tier_denial(f: dict) -> bytes:
    ds = f["ds"]
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f)
    d.text_line("Formulary exception request - denied", 12, "B")
    id_lines(d, f, [("Reference number", f["case"]), ("Drug", f["drug"]), ("Prescriber", f["pres"]),
                    ("Claim rejected at pharmacy", f"{fdate(f['fill'], ds)} - {f['pharm']}"),
                    ("Amount submitted", usd(f["cost"]))])
    d.para(f"On {fdate(f['eff'], ds)} {f['drug'].split(' (')[0]} moved from the preferred tier to the "
           "non-formulary (excluded) list of your plan; your transition fill was used. When you tried to refill on "
           f"{fdate(f['fill'], ds)}, the claim was rejected, and your prescriber asked us to cover it at the "
           "preferred-brand copay.")
    d.para(f"We denied the request. Your plan covers {f['alt']} for the same use, and the records sent do not "
           "show that you tried it or cannot take it. The drug is not covered by your plan's drug list.")
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal to "
           f"Quillfeather Pharmacy Benefits, Appeals, PO Box 55120, Tacoma, WA 98411, or fax {f['fax']}. "
           "Urgent appeals are decided within 72 hours. You may also have the right to an external review.")
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, ins = f["kind"], f["ins"]
    base = dict(insurer=ins, member_id=f["mid"], member_name=f["member"], plan_id=f["contract"],
                group_number=f["group"])
    alts: dict = {}
    if f["contract"]:
        alts["plan_id"] = [None]
    if ins == QUI:
        alts["insurer"] = ["Marrowstone Health"]
    if ins == HAL:
        alts["insurer"] = ["Halvorsen Advantage Plus (HMO-POS)"]
    if ins == KES:
        alts["insurer"] = ["Kestrel Ridge", "Kestrel Ridge Medicare Rx (PDP)"]
    if k == "removed":
        alts["service_dates"] = [[f["last_fill"].isoformat()], [f["eff"].isoformat()]]
        return truth("other", None, provider=f["pres"], denial_date=f["notice"].isoformat(), alternates=alts, **base)
    if k == "rejected":
        alts["provider"] = [f["pharm"]]
        return truth("denial_letter", "not_covered", provider=f["pres"], case_numbers=[f["case"]],
                     service_dates=[f["fill"].isoformat()], denial_date=f["notice"].isoformat(),
                     appeal_deadline=add(f["notice"], 65).isoformat(), alternates=alts,
                     denial_alternates=["medical_necessity"], **base)
    if k == "tier":
        alts["service_dates"] = [[f["last_fill"].isoformat()], [f["eff"].isoformat()]]
        return truth("other", None, provider=f["pharm"], denial_date=f["notice"].isoformat(), alternates=alts,
                     **base)
    if k == "pa":
        alts["service_dates"] = [[f["eff"].isoformat()]]
        return truth("other", None, provider=f["pres"], denial_date=f["notice"].isoformat(), alternates=alts,
                     **base)
    if k == "step":
        alts["provider"] = [f["pres"]]
        alts["claim_amount"] = [None]
        return truth("other", None, provider=f["pharm"], service_dates=[f["fill"].isoformat()],
                     claim_amount=f"{f['cost']:.2f}", denial_date=add(f["fill"], 2).isoformat(), alternates=alts,
                     **base)
    if k == "granted":
        alts["service_dates"] = [[f"{f['eff'].isoformat()}/2026-12-31"]]
        return truth("other", None, provider=f["pres"], case_numbers=[f["case"]],
                     denial_date=f["notice"].isoformat(), alternates=alts, **base)
    if k == "tierdeny":
        alts["provider"] = [f["pharm"]]
        return truth("denial_letter", "not_covered", provider=f["pres"], case_numbers=[f["case"]],
                     service_dates=[f["fill"].isoformat()], claim_amount=f"{f['cost']:.2f}",
                     denial_date=f["notice"].isoformat(), appeal_deadline=add(f["notice"], 180).isoformat(),
                     alternates=alts, denial_alternates=["medical_necessity", "other"], **base)
    raise ValueError(k)


# (stem suffix, condition, kind, issuer, date style)
PLAN = [
    ("bd_pdp_brand_removed_generic_added", "born_digital", "removed", KES, "long"),
    ("bd_coverage_determination_denied_after_refill_rejected", "born_digital", "rejected", KES, "slash"),
    ("scan300_pbm_tier_increase_notice", "scan_clean_300", "tier", QUI, "abbr"),
    ("faxfine_prescriber_copy_new_prior_authorization", "fax_fine_g4", "pa", QUI, "slash"),
    ("phone_mapd_transition_fill_new_step_therapy", "phone_photo", "step", HAL, "dmy"),
    ("lowres_formulary_exception_granted", "scan_lowres_150", "granted", HAL, "iso"),
    ("copy_pbm_formulary_exception_denied_after_rejection", "photocopy", "tierdeny", QUI, "upper"),
]
BUILD = {"removed": removal_notice, "rejected": cd_denial, "tier": tier_notice, "pa": pa_fax,
         "step": transition_letter, "granted": granted, "tierdeny": tier_denial}


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        f = facts(random.Random(208600 + i), kind, ins, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), make_truth(f))]))
    return items
