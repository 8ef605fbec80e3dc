"""Family 'upheld': an insurer's appeal decisions that keep a denial, restating the original claim's facts.

Ironwood Health Plans is fictional. A first-level decision offers a second-level appeal within N days of the
letter (the appeal deadline); a final decision offers only external review and a lawsuit, so it states no
appeal deadline. Decoys: the date the appeal was received, the original decision's date, reviewer credentials.
One born-digital file holds the original denial and the appeal decision that upheld it.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "upheld"
LANG = "en"
INSURER = "Ironwood Health Plans"
PROVIDERS = {"medical_necessity": "Copperline Pain Institute", "experimental": "Dr. Winifred Sato",
             "level_of_care": "Basalt Ridge Medical Center", "timely_filing": "Flint Hills Ambulance Service",
             "prior_authorization": "Dr. Ignatius Rowe", "not_covered": "Silverleaf Weight Loss Clinic"}
SERVICES = {"medical_necessity": ("Radiofrequency ablation, lumbar facet nerves", "64635"),
            "experimental": ("Tumor treating fields device (rental)", "E0766"),
            "level_of_care": ("Inpatient admission, chest pain", "Rev 0120"),
            "timely_filing": ("Ground ambulance, advanced life support", "A0427"),
            "prior_authorization": ("PET/CT scan, skull base to mid-thigh", "78815"),
            "not_covered": ("Medically supervised weight loss program", "S9449")}
FINDINGS = {
    "medical_necessity": "The reviewer found that the records do not show at least 50% pain relief from two "
                         "diagnostic nerve blocks, which the plan's policy requires before ablation. The ablation "
                         "was not medically necessary.",
    "experimental": "The reviewer found that, for your diagnosis, this device is still investigational: the "
                    "studies do not yet show that it improves survival or quality of life. The plan excludes "
                    "experimental and investigational services.",
    "level_of_care": "The reviewer found that your tests were normal within 12 hours and you could have been cared "
                     "for under observation status rather than as an inpatient. The inpatient level of care was "
                     "not appropriate, so the claim stays denied as billed.",
    "timely_filing": "The claim reached us 16 months after the transport. Your plan requires claims within 12 "
                     "months of the service. Nothing you sent shows that the claim was filed on time elsewhere.",
    "prior_authorization": "The scan was scheduled in advance and required prior authorization, which was never "
                           "requested. It was not an emergency. The lack of prior approval is why the claim stays "
                           "denied.",
    "not_covered": "Your certificate of coverage excludes weight loss programs, including medically supervised "
                   "programs, whatever the medical reason. The reviewer confirmed the exclusion applies.",
}
PLAN = [  # stem, condition, denial, final?
    ("upheld_bd_mednec", "born_digital", "medical_necessity", False),
    ("upheld_bd_exper_final", "born_digital", "experimental", True),
    ("upheld_scan_loc", "scan_clean_300", "level_of_care", False),
    ("upheld_faxf_timely", "fax_fine_g4", "timely_filing", True),
    ("upheld_copy_pa", "photocopy", "prior_authorization", False),
    ("upheld_photo_notcov", "phone_photo", "not_covered", True),
]


def facts(r: Rand, denial: str) -> dict:
    name, first, mid, last = r.person()
    notice = r.date(dt.date(2026, 2, 1), 230)
    appeal_rcvd = notice - dt.timedelta(days=r.randint(15, 28))
    orig = appeal_rcvd - dt.timedelta(days=r.randint(20, 90))
    dos = orig - dt.timedelta(days=r.randint(500, 520) if denial == "timely_filing" else r.randint(14, 50))
    end = dos + dt.timedelta(days=2) if denial == "level_of_care" else None
    if denial == "experimental":
        end = dos + dt.timedelta(days=29)
    return dict(name=name, first=first, last=last, notice=notice, appeal_rcvd=appeal_rcvd, orig=orig, dos=dos,
                end=end, cert=f"C{r.digits(3)}-{r.digits(5)}-{r.digits(2)}",
                plan_code=f"IW{r.digits(2)}{r.letters(1)}", group=f"{r.digits(5)}",
                claim=f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", case=f"GA-{r.digits(7)}",
                amount=r.amount(700, 30000), provider=PROVIDERS[denial], denial=denial,
                ds=r.choice(["slash", "dmy", "abbr"]))


def head(d: Doc):
    d.text_line("IRONWOOD HEALTH PLANS", size=16, style="B", align="C", h=8)
    d.text_line("Grievances & Appeals  -  PO Box 4471, Helena, MT 59604  -  1-800-555-0184  -  TTY 711", size=8,
                align="C")
    d.rule(0.8, 6)


def decision(r: Rand, denial: str, final: bool, f: dict | None = None) -> tuple[bytes, dict]:
    f = f or facts(r, denial)
    svc, code = SERVICES[denial]
    d = Doc("Times", footer="Page {p} of {n}", header=f"Cert # {f['cert']} - Case ID {f['case']}")
    d.add_page()
    head(d)
    d.text_line(fmt_date(f["notice"], "long"), size=11)
    d.ln(4)
    street, city = r.address()
    for line in (f["name"], street, city):
        d.text_line(line, size=11, h=5)
    d.ln(4)
    d.text_line(("FINAL " if final else "") + "APPEAL DECISION - DENIAL UPHELD", size=12.5, style="B", h=7)
    d.ln(2)
    d.font(9.5, "B")
    d.cell(0, 5.5, "Original claim information", border="B", new_x="LMARGIN", new_y="NEXT")
    dates = fmt_date(f["dos"], f["ds"]) + (f" to {fmt_date(f['end'], f['ds'])}" if f["end"] else "")
    rows = [("Insured", f["name"], "Cert #", f["cert"]), ("Plan code", f["plan_code"], "Group/Employer No.", f["group"]),
            ("Claim ID", f["claim"], "Date(s) of service", dates),
            ("Provider of service", f["provider"], "Amount charged", fmt_money(f["amount"])),
            ("Original decision", fmt_date(f["orig"], f["ds"]), "", "")]
    for a, b, c, e in rows:
        d.font(8.5, "B")
        d.cell(32, 5.2, a)
        d.font(9.5)
        d.cell(62, 5.2, b)
        d.font(8.5, "B")
        d.cell(32, 5.2, c)
        d.font(9.5)
        d.cell(0, 5.2, e, new_x="LMARGIN", new_y="NEXT")
    d.font(8.5, "B")
    d.cell(32, 5.2, "Service")
    d.font(9.5)
    d.cell(0, 5.2, f"{svc} ({code})", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(9.5, "B")
    d.cell(0, 5.5, "Appeal information", border="B", new_x="LMARGIN", new_y="NEXT")
    for a, b in (("Case ID", f["case"]), ("Appeal received", fmt_date(f["appeal_rcvd"], f["ds"])),
                 ("Level", "Second (final) internal level" if final else "First internal level"),
                 ("Decision", "Original denial upheld")):
        d.font(8.5, "B")
        d.cell(32, 5.2, a)
        d.font(9.5)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", size=11)
    d.para(f"You asked us to reconsider our decision not to pay the claim from {f['provider']} for the "
           f"{svc.lower()}. A reviewer who took no part in the original decision, board certified in the same "
           "specialty as the treating provider, reviewed your appeal, the claim and the medical records.", size=11)
    d.text_line("Decision and reason", size=11, style="B")
    d.para(FINDINGS[denial] + " For these reasons we are upholding the original denial.", size=11)
    d.text_line("What you can do next", size=11, style="B")
    if final:
        d.para("This is our final internal decision; there are no more appeals with Ironwood. If the decision "
               "involved medical judgment you may ask for an external review by an independent review "
               "organization within 4 months of receiving this letter. You may also bring a civil action under "
               "section 502(a) of ERISA.", size=10.5)
        deadline = None
    else:
        days = r.choice([60, 90])
        d.para(f"You may ask for a second-level appeal. Your request must be made within {days} days of the date of "
               "this letter. Send it to the address above or fax 1-406-555-0190. After the second level, external "
               "review may be available.", size=10.5)
        deadline = f["notice"] + dt.timedelta(days=days)
    d.para("You may request, free of charge, copies of all documents, records and criteria used in this decision.",
           size=10)
    d.para("Sincerely,\n\nDr. Augustin Mireille, MD, FACP\nMedical Director, Ironwood Health Plans", size=10.5)
    d.para("Ironwood Health Plans complies with applicable Federal civil rights laws. Language assistance: "
           "1-800-555-0184. Asistencia en espanol: 1-800-555-0184. Form IHP-APL-U (2025).", size=8)
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"],
              member_id=f["cert"], member_name=f["name"], case_numbers=[f["claim"], f["case"]],
              claim_amount=f["amount"], service_dates=[iso(f["dos"], f["end"])], denial_date=iso(f["notice"]),
              provider=f["provider"], appeal_deadline=iso(deadline) if deadline else None)
    return pdf_bytes(d), t


def original(r: Rand, f: dict) -> tuple[bytes, dict]:
    """The first denial the appeal was about: a short claim-denial letter dated at the original decision."""
    svc, code = SERVICES[f["denial"]]
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    head(d)
    d.text_line(fmt_date(f["orig"], "long"), size=11)
    d.ln(4)
    d.text_line("Notice of Claim Denial", size=12.5, style="B", h=7)
    d.ln(1)
    for a, b in (("Insured", f["name"]), ("Cert #", f["cert"]), ("Plan code", f["plan_code"]),
                 ("Group/Employer No.", f["group"]), ("Claim ID", f["claim"]), ("Provider of service", f["provider"]),
                 ("Service", f"{svc} ({code})"), ("Date(s) of service", fmt_date(f["dos"], "slash") + (
                     f" - {fmt_date(f['end'], 'slash')}" if f["end"] else "")), ("Amount charged",
                                                                                 fmt_money(f["amount"]))):
        d.font(9.5, "B")
        d.cell(42, 5.4, a + ":")
        d.font(10)
        d.cell(0, 5.4, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(FINDINGS[f["denial"]].replace("The reviewer found that", "We found that").replace(
        "The reviewer confirmed the exclusion applies.", ""), size=11)
    d.para("You may appeal this decision within 180 days of the date of this letter. Write to Ironwood Grievances "
           "& Appeals at the address above.", size=11)
    t = truth("denial_letter", f["denial"], insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"],
              member_id=f["cert"], member_name=f["name"], case_numbers=[f["claim"]], claim_amount=f["amount"],
              service_dates=[iso(f["dos"], f["end"])], denial_date=iso(f["orig"]), provider=f["provider"],
              appeal_deadline=iso(f["orig"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = [Item(stem, cond, [decision(Rand(8000 + i), denial, final)])
             for i, (stem, cond, denial, final) in enumerate(PLAN)]
    r = Rand(8100)
    f = facts(r, "medical_necessity")
    items.append(Item("upheld_stack_bd", "born_digital", [original(r, f), decision(r, "medical_necessity", False, f)]))
    return items
