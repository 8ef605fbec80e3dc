"""Family 'compounded_topical_pain_cream_pbm_reject_letter': an invented pharmacy benefit manager rejects a compounded
topical pain cream (ketoprofen / gabapentin / lidocaine / baclofen in a proprietary base) because its ingredients are
excluded (bulk powders, proprietary bases), or over its cost threshold without prior authorization.
Documents: the PBM's member letter with an ingredient table (not covered), the compounding pharmacy's receipt after
the member paid cash (denies nothing), a fax stack (fax cover + the PBM's letter to the prescriber, blank separator,
the pharmacy's receipt), the PBM's appeal decision upholding the rejection, a member claims history with several
prescriptions of which only the compound was rejected, a prose-only letter (over cost limit, no prior
authorization), a Spanish member letter.
Issuers (fictional): Halvercrest Rx Solutions (logo "HALVERCREST"), Penmoor Pharmacy Benefits (return-address block);
pharmacy: Brackenridge Compounding Pharmacy.
Truth: member ID = card ID; group number = RxGRP; BIN/PCN/NCPDP/Rx number are decoys (plan_id null); case numbers =
claim reference (and appeal/coverage request number); claim amount = the pharmacy's submitted total; service date =
the fill date; provider = the prescriber (the pharmacy as alternate).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjc import Page, address, days, digits, fdate, iso, letterhead, m2, mail_to, mixed, pairs, phone, \
    signature, usd

FAMILY = "compounded_topical_pain_cream_pbm_reject_letter"
LANG = "en"
SEED = 339200
HAL = "Halvercrest Rx Solutions"
PEN = "Penmoor Pharmacy Benefits"
PHARM = "Brackenridge Compounding Pharmacy"
MEMBERS = ["Thaddeus R. Wolcott", "Philippa J. Rusk", "Ambrose D. Kettering", "Leonie S. Bramwell",
           "Cassius N. Thorne"]
MEMBERS_ES = ["Remedios L. Anzaldúa", "Baltasar E. Quiroga"]
DOCS = ["Ottoline V. Harcourt, MD", "Barnaby Q. Selwyn, DO", "Eudora F. Penhallow, MD"]
INGR = [("Ketoprofen powder (bulk)", "10 g"), ("Gabapentin powder (bulk)", "6 g"), ("Lidocaine HCl powder", "5 g"),
        ("Baclofen powder (bulk)", "2 g"), ("Lipobase proprietary cream", "120 g")]


def facts(r: random.Random, lang="en") -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    fill = days(date, -r.randint(5, 21))
    costs = [round(r.uniform(80, 420), 2) for _ in INGR[:4]] + [round(r.uniform(30, 75), 2)]
    return dict(date=date, fill=fill, costs=costs, total=round(sum(costs), 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=address(r, lang),
                mid=mixed(r, "HRX999999999"), grp=mixed(r, "RXG9999"), bin=digits(r, 6), pcn=mixed(r, "AA99"),
                clm=mixed(r, "99999999999A99"), req=mixed(r, "CR-9999999"), appeal=mixed(r, "APL-999999"),
                rx=digits(r, 7), ncpdp=digits(r, 7), pres=r.choice(DOCS), ph=phone(r), fax=phone(r),
                dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)), recv=days(date, -r.randint(3, 9)),
                copay=r.choice([15.0, 35.0, 50.0]), inv=mixed(r, "INV-99999"))


def head(d, ins):
    if ins == HAL:
        letterhead(d, "logo", HAL, "Clinical Pharmacy Review | PO Box 4410, Ridley Falls, OR 97001", logo="HALVERCREST")
    else:
        letterhead(d, "block", PEN, "Member Services | 90 Tansy Wharf | Corbel Point, OR 97013")


def ingr_table(d, f, ms, es=False):
    rows = [[n, q, usd(c, ms)] for (n, q), c in zip(INGR, f["costs"])]
    rows.append(["*" + ("Total presentado" if es else "Total submitted by pharmacy"), "", usd(f["total"], ms)])
    d.table(["Ingrediente" if es else "Ingredient", "Cantidad" if es else "Qty", "Costo" if es else "Submitted"],
            rows, [90, 30, 34], size=8.4, aligns="LRR")


def member_letter(f, ins, ds, ms, es=False, prose=False) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{ins}  ·  Ltr CRX-{f['ncpdp'][:4]}  ·  {{p}}/{{n}}")
    d.add_page()
    head(d, ins)
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    if prose:
        d.text_line("About the compounded cream your pharmacy tried to fill", 12, "B", h=8)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"On {fd(f['fill'])}, {PHARM} sent us a claim for a compounded pain cream that {f['pres']} prescribed "
               f"for you. The pharmacy's submitted cost was {usd(f['total'], ms)}. Your card ID is {f['mid']} and "
               f"your group is {f['grp']}.", 9.8)
        d.para("Your plan needs prior authorization for any compound that costs more than $300.00. We had no prior "
               "authorization on file for this cream on the fill date, so the claim was rejected at the pharmacy. "
               f"Your doctor can ask for approval by fax at {f['fax']}.", 9.8)
        d.para(f"The reference number for this rejection is {f['clm']}. You may appeal within 180 days of the date "
               f"of this letter. If your health could be harmed by waiting, ask for a fast appeal; we answer those in "
               f"72 hours.", 9.6)
        signature(d, ["Harriet Voss, PharmD", "Clinical Pharmacist", ins])
        return pdf_bytes(d)
    d.text_line("Aviso de rechazo de un medicamento compuesto" if es else "Compound Claim Rejection Notice", 12.5, "B",
                h=8)
    if es:
        pairs(d, [("Afiliado", f["member"]), ("Identificación", f["mid"]), ("Grupo (RxGRP)", f["grp"]),
                  ("BIN / PCN", f"{f['bin']} / {f['pcn']}"), ("Reclamación", f["clm"]),
                  ("Fecha de surtido", fdate(f["fill"], "es")), ("Receta n.º", f["rx"]), ("Médico", f["pres"]),
                  ("Farmacia", PHARM)], kw=50)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para("Su plan no cubre medicamentos compuestos hechos con polvos a granel ni bases patentadas. Por eso "
               "rechazamos la reclamación de la crema para el dolor.", 9.6)
        ingr_table(d, f, "es", es=True)
        d.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al {f['ph']}.", 9.4)
        signature(d, ["Harriet Voss, PharmD", "Farmacéutica clínica", ins], "Atentamente,")
        return pdf_bytes(d)
    d.boxes([("Member ID", f["mid"], 40), ("RxBIN", f["bin"], 22), ("RxPCN", f["pcn"], 22), ("RxGRP", f["grp"], 28),
             ("Claim ref.", f["clm"], 48)])
    d.ln(3)
    pairs(d, [("Member", f["member"]), ("Date of birth", fdate(f["dob"], "slash")), ("Filled on", fd(f["fill"])),
              ("Prescriber", f["pres"]), ("Pharmacy", f"{PHARM} (NCPDP {f['ncpdp']})"), ("Rx #", f["rx"])], kw=40)
    d.para(f"Dear {f['member']}:", 10)
    d.para("Your pharmacy benefit excludes compounds made from bulk powders and proprietary cream bases. Every "
           "ingredient below is excluded, so the claim was rejected. Covered options include diclofenac 1% gel and "
           "lidocaine 5% patches.", 9.6)
    ingr_table(d, f, ms)
    d.para(f"If you disagree you may appeal within 180 days of the date of this letter. Call {f['ph']} or fax "
           f"{f['fax']}. Expedited appeals are answered within 72 hours.", 9.4)
    signature(d, ["Harriet Voss, PharmD", "Clinical Pharmacist", ins])
    return pdf_bytes(d)


def prescriber_letter(f, ins, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{ins}  ·  Prescriber notice")
    d.add_page()
    head(d, ins)
    d.text_line(f"Date: {fd(f['date'])}", 10, h=6)
    mail_to(d, [f["pres"], "Attn: prescription desk"])
    d.text_line("Coverage request decision - compounded topical", 12, "B", h=8)
    pairs(d, [("Patient", f["member"]), ("Member #", f["mid"]), ("Rx Group", f["grp"]), ("Request #", f["req"]),
              ("Claim reference", f["clm"]), ("Date of service", fd(f["fill"])), ("Pharmacy charge",
              usd(f["total"], ms))], kw=44)
    d.para(f"Dr. {f['pres'].split(',')[0].split()[-1]}: we received your coverage request on {fd(f['recv'])}. The "
           "compound contains ketoprofen and baclofen bulk powders and a proprietary base, which the plan excludes "
           "as non-covered ingredients. The request is denied. You or your patient may appeal within 180 days of "
           f"the date of this notice; fax {f['fax']}.", 9.6)
    signature(d, ["Harriet Voss, PharmD", "Clinical Pharmacist", ins])
    return pdf_bytes(d)


def receipt(f, ds, ms, ins=HAL) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=PHARM)
    d.add_page()
    letterhead(d, "parent", PHARM, "7 Kiln Street, Corbel Point, OR 97014 | Tel " + f["ph"], parent="Compounding "
               "since 1988")
    d.text_line("CUSTOMER RECEIPT", 12, "B", align="C", h=8)
    pairs(d, [("Date", fd(f["date"])), ("Customer", f["member"]), ("Invoice", f["inv"]), ("Rx #", f["rx"]),
              ("Filled", fd(f["fill"])), ("Prescriber", f["pres"]), ("Plan", f"{ins} - claim rejected (ingredients "
              "not covered)")], kw=34)
    rows = [[n, q, usd(c, ms)] for (n, q), c in zip(INGR, f["costs"])]
    rows += [["*Total charge", "", usd(f["total"], ms)], ["Cash discount", "", usd(-round(f["total"] * .7, 2), ms)],
             ["*Paid (Visa)", "", usd(round(f["total"] - round(f["total"] * .7, 2), 2), ms)]]
    d.table(["Item", "Qty", "Price"], rows, [92, 30, 34], aligns="LRR")
    d.para("Thank you. Keep this receipt for your records or for a flexible spending account.", 9)
    return pdf_bytes(d)


def appeal_decision(f, ins, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{ins}  ·  Appeals")
    d.add_page()
    head(d, ins)
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    d.text_line("Your appeal decision", 12, "B", h=8)
    d.para(f"Dear {f['member']}: we reviewed your appeal {f['appeal']}, received {fd(f['recv'])}, about claim "
           f"{f['clm']} for a compounded pain cream filled {fd(f['fill'])} (submitted cost {usd(f['total'], ms)}).",
           9.8)
    d.para("Decision: we are upholding the rejection. The cream is made from bulk powder ingredients, which your "
           "plan's pharmacy benefit excludes. A pharmacist who was not involved in the first decision made this "
           "decision.", 9.8)
    pairs(d, [("Member ID", f["mid"]), ("Group", f["grp"]), ("Prescriber", f["pres"])], kw=34)
    d.para(f"You may ask for an independent external review within 4 months of this notice. Call {f['ph']}.", 9.4)
    signature(d, ["Lucan Merriweather, PharmD", "Appeals Pharmacist", ins])
    return pdf_bytes(d)


def history(f, ins, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{ins}  ·  Prescription claims summary  ·  page {{p}} of {{n}}")
    d.add_page()
    head(d, ins)
    d.text_line("Prescription Explanation of Benefits", 13, "B", h=8)
    pairs(d, [("Issued", fd(f["date"])), ("Member", f["member"]), ("ID", f["mid"]), ("RxGRP", f["grp"]),
              ("Period", f"{fd(days(f['date'], -30))} - {fd(days(f['date'], -1))}")], kw=30)
    d.table(["Fill date", "Claim ref", "Drug", "Prescriber", "Submitted", "Plan paid", "Status"],
            [[fd(f["f1"]), f["c1"], "Atorvastatin 20 mg", "Wendell Ashby, MD", usd(f["a1"], ms),
              usd(round(f["a1"] - 10, 2), ms), "Paid"],
             [fd(f["fill"]), f["clm"], "Compound topical cream", f["pres"], usd(f["total"], ms), usd(0, ms),
              "Rejected-X2"],
             [fd(f["f3"]), f["c3"], "Lisinopril 10 mg", "Wendell Ashby, MD", usd(f["a3"], ms),
              usd(round(f["a3"] - 5, 2), ms), "Paid"]], [24, 32, 36, 34, 20, 18, 20], size=7.4, aligns="LLLLRRL")
    d.para("X2: Compound contains ingredients excluded from your benefit (bulk powders). You can appeal a rejected "
           "claim within 180 days of the date this statement was issued.", 8.8)
    return pdf_bytes(d)


def T(f, ins, dtype, den, lang="en", cases=(), dead=True, alts=None, uns=None, amount=True):
    return truth(dtype, den, lang, insurer=ins, plan_id=None, group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(f["total"]) if amount else None,
                 service_dates=[iso(f["fill"])], denial_date=iso(f["date"]), provider=f["pres"],
                 appeal_deadline=iso(days(f["date"], 180)) if dead else None,
                 alternates=alts if alts is not None else {"provider": [PHARM]}, unscored=uns or [])


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_letter_bulk_powders", "born_digital",
                      [(member_letter(f, HAL, "long", "plain"), T(f, HAL, "denial_letter", "not_covered",
                                                                    cases=[f["clm"]]))]))
    f = facts(random.Random(SEED + 2))
    t = T(f, None, "other", None, cases=[], dead=False, uns=["insurer"])
    t["fields"]["group_number"] = None
    t["fields"]["member_id"] = None
    items.append(Item(P + "scan_pharmacy_cash_receipt", "scan_clean_300", [(receipt(f, "slash", "plain"), t)]))
    f = facts(random.Random(SEED + 3))
    t1 = T(f, PEN, "denial_letter", "not_covered", cases=[f["req"], f["clm"]], alts={})
    t2 = T(f, None, "other", None, cases=[], dead=False, uns=["insurer"])
    t2["fields"]["group_number"] = None
    t2["fields"]["member_id"] = None
    items.append(Item(P + "faxfine_stack_prescriber_notice_and_receipt", "fax_fine_g4",
                      [(prescriber_letter(f, PEN, "upper", "plain"), t1), (receipt(f, "upper", "plain", PEN), t2)],
                      separators=["cover", "blank"]))
    f = facts(random.Random(SEED + 4))
    items.append(Item(P + "copy_appeal_upheld", "photocopy",
                      [(appeal_decision(f, PEN, "abbr", "plain"), T(f, PEN, "denial_letter", "not_covered",
                                                                     cases=[f["appeal"], f["clm"]], dead=False))]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f.update(f1=days(f["fill"], -6), f3=days(f["fill"], 3), c1=mixed(r, "99999999999A99"),
             c3=mixed(r, "99999999999A99"), a1=round(r.uniform(18, 60), 2), a3=round(r.uniform(12, 40), 2))
    items.append(Item(P + "rot_rx_eob_three_fills", "rotated",
                      [(history(f, HAL, "iso", "nosign"), T(f, HAL, "eob", "not_covered", cases=[f["clm"]]))]))
    f = facts(random.Random(SEED + 6))
    items.append(Item(P + "photo_prose_over_cost_no_pa", "phone_photo",
                      [(member_letter(f, PEN, "dmy", "usd", prose=True),
                        T(f, PEN, "denial_letter", "prior_authorization", cases=[f["clm"]]))]))
    f = facts(random.Random(SEED + 7), "es")
    items.append(Item(P + "lowres_es_polvos_a_granel", "scan_lowres_150",
                      [(member_letter(f, HAL, "es", "es", es=True),
                        T(f, HAL, "denial_letter", "not_covered", "es", cases=[f["clm"]]))]))
    return items
