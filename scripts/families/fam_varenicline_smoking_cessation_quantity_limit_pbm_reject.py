"""Family 'varenicline_smoking_cessation_quantity_limit_pbm_reject': an invented pharmacy benefit manager rejects a
fill of varenicline (smoking cessation) that would start a third 12-week course in a year, over the plan's quantity
limit of two 12-week courses (168 days' supply) per 365 days.
Documents: the PBM's member letter with a fill-history table; the pharmacy's receipt after the member paid cash
(denies nothing); a standard-fax stack (cover + the PBM's coverage determination to the prescriber + blank + the
pharmacy's rejected-claim fax to the prescriber, which denies nothing itself); a prescription EOB with three fills of
which only varenicline was rejected; the quantity-limit exception approval (denies nothing); a Spanish member
letter; a prose-only member letter.
Issuers (fictional): Tallowmere Rx Benefit Services (PBM for the Brightfen Health Plan); pharmacy: Kestrel Lane
Pharmacy.
Truth: member ID = card ID; group = RxGRP; BIN/PCN/NDC/NCPDP/Rx number/NPI are decoys; plan_id null; case numbers =
claim reference (+ coverage request / exception numbers); claim amount = the rejected fill's submitted cost;
service date = the rejected fill's date; provider = the prescriber (the pharmacy accepted where it is named).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcq_famcqd import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "varenicline_smoking_cessation_quantity_limit_pbm_reject"
LANG = "en"
SEED = 340400
PBM = "Tallowmere Rx Benefit Services"
PLAN = "Brightfen Health Plan"
PHARM = "Kestrel Lane Pharmacy"
MEMBERS = ["Percival O. Lansdowne", "Greta H. Marlowe", "Dorian F. Achebe", "Imogen L. Castellanos",
           "Barnabas R. Whitlock", "Henrietta V. Osei"]
MEMBERS_ES = ["Leocadia R. Bustamante", "Fulgencio A. Ledesma"]
DOCS = ["Cyprian M. Ellery, MD", "Oriana S. Vantongeren, DO", "Thaddeus K. Moberly, MD"]
DRUG = "Varenicline tartrate 1 mg tablet"
STREETS = ["88 Pipit Lane", "1402 Saltmarsh Rd", "19 Cressida Court", "560 Beacon Hollow Dr"]
CITIES = ["Wendover Falls, NH 03220", "Ashby Crossing, NH 03045", "Lyle Harbor, NH 03801"]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 210))
    fill = days(date, -r.randint(2, 9))
    c1 = days(fill, -r.randint(300, 330))
    c2 = days(c1, r.randint(130, 175))
    return dict(date=date, fill=fill, c1=c1, c2=c2,
                amt=round(r.randint(148, 465) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "TRX999999999"), grp=mixed(r, "BFH9999"), bin=digits(r, 6), pcn=mixed(r, "TM99A"),
                clm=mixed(r, "999999999999999"), req=mixed(r, "CD-9999999"), exc=mixed(r, "QLX-999999"),
                rx=digits(r, 7), ncpdp=digits(r, 7), npi=r.choice("12") + digits(r, 9), ndc=f"7{digits(r, 4)}-0{digits(r, 3)}-56",
                doc=r.choice(DOCS), ph=phone(r), fax=phone(r),
                dob=dt.date(r.randint(1958, 1996), r.randint(1, 12), r.randint(1, 28)), recv=days(date, -r.randint(1, 3)))


def T(f, dtype, den, lang="en", ins=PBM, cases=(), dead=None, alts=None, uns=None, amount=True, sd=None, grp=True,
      mid=True, ddate=None, dalts=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=None, group_number=f["grp"] if grp else None,
                 member_id=f["mid"] if mid else None, member_name=f["member"], case_numbers=list(cases),
                 claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=sd if sd is not None else [f["fill"].isoformat()],
                 denial_date=(ddate or f["date"]).isoformat(), provider=f["doc"],
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def head(d):
    letterhead(d, PBM, f"Pharmacy benefit manager for the {PLAN}  |  PO Box 6620, Concord, NH 03302", "box",
               "TALLOWMERE Rx")


def member_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  QL-MBR-04")
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("Notice of Prescription Claim Rejection - Quantity Limit", 12.5, "B", h=8)
    # ruled boxes with the card's numbers
    x0, y0 = d.get_x(), d.get_y()
    x = x0
    for lab, val, w in [("MEMBER ID", f["mid"], 38), ("RxBIN", f["bin"], 22), ("RxPCN", f["pcn"], 22),
                        ("RxGRP", f["grp"], 26), ("CLAIM REFERENCE", f["clm"], 50)]:
        d.rect(x, y0, w, 11)
        d.set_xy(x + 1.2, y0 + 0.8)
        d.f(6.5).cell(w - 2, 3, lab)
        d.set_xy(x + 1.2, y0 + 4.8)
        d.f(9.5).cell(w - 2, 5, val)
        x += w
    d.set_xy(x0, y0 + 15)
    d.pairs([("Member", f["member"]), ("Date of birth", fd(f["dob"])), ("Medication", f"{DRUG} (NDC {f['ndc']})"),
             ("Quantity / days", "56 tablets / 28 days"), ("Date of fill", fd(f["fill"])), ("Prescriber", f["doc"]),
             ("Pharmacy", f"{PHARM} (NCPDP {f['ncpdp']})"), ("Rx number", f["rx"]),
             ("Submitted cost", usd(f["amt"], ms))], label_w=40, size=9.3, h=5.2)
    d.ln(2)
    d.para(f"Dear {f['member']}:", 10)
    d.para("Your plan covers varenicline for up to two 12-week treatment courses (168 days' supply) in any 365 "
           "days. Our records show two courses already filled, so this fill would start a third course. It is over "
           "the quantity limit and the claim was rejected.", 9.6)
    rows = [["Course 1", fd(f["c1"]), "84 days", "Paid"], ["Course 2", fd(f["c2"]), "84 days", "Paid"],
            ["Course 3", fd(f["fill"]), "28 days", "Rejected - QL"]]
    d.table(["Treatment course", "First fill", "Supply", "Status"], rows, [44, 36, 30, 40], size=8.6)
    d.para("Your prescriber can ask us for a quantity limit exception. Other help to quit, such as nicotine patches "
           "and gum, is covered with no copay, and free coaching is available at 1-800-QUIT-NOW.", 9.3)
    d.para(f"If you disagree with this decision, you may appeal within 180 days of the date of this letter. Call "
           f"{f['ph']} or fax {f['fax']}. If your health could be harmed by waiting, ask for an expedited appeal; "
           "we answer those within 72 hours.", 9.3)
    signature(d, ["Clinical Pharmacy Team", PBM])
    return out(d)


def receipt(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left=f"{PHARM}  |  NCPDP {f['ncpdp']}  |  Store #0{f['rx'][:3]}")
    d.add_page()
    letterhead(d, PHARM, "31 Millrace Street, Lyle Harbor, NH 03801  |  Pharmacy " + f["ph"], "center",
               "Your neighborhood pharmacy since 1974")
    d.line("PRESCRIPTION RECEIPT", 12, "B", align="C", h=7)
    hrule(d)
    d.pairs([("Date", fd(f["date"])), ("Customer", f["member"]), ("Rx #", f["rx"]), ("Filled", fd(f["fill"])),
             ("Drug", f"{DRUG}  qty 56"), ("Prescriber", f["doc"]), ("Plan", f"{PBM}  Card ID {f['mid']}"),
             ("Plan response", "REJECTED 76 - plan limitations exceeded")], label_w=34, size=9.3)
    d.ln(2)
    disc = round(f["amt"] * 0.38, 2)
    d.table(["Item", "Amount"], [["Usual & customary price", usd(f["amt"], ms)],
                                 ["Savings club discount", usd(-disc, ms)],
                                 ["Paid - debit card", usd(round(f["amt"] - disc, 2), ms)]], [110, 40], size=9,
            aligns=["L", "R"])
    d.para("Prices paid without insurance may count toward a health savings account. Keep this receipt. Returns of "
           "prescription medication are not accepted.", 8.6)
    return out(d)


def prescriber_decision(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  Prescriber fax line {f['fax']}")
    d.add_page()
    head(d)
    d.line(f"COVERAGE DETERMINATION - {fd(f['date'])}", 11, "B", h=6)
    mail_to(d, [f"To: {f['doc']}", f"NPI {f['npi']}", "Fax: " + f["fax"]], 9.5)
    d.boxed_pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("RxGRP", f["grp"]),
                   ("Coverage request #", f["req"]), ("Claim reference", f["clm"]), ("Request received", fd(f["recv"])),
                   ("Drug requested", f"{DRUG}, #56 / 28 days"), ("Fill date", fd(f["fill"])),
                   ("Claim cost", usd(f["amt"], ms)), ("Decision", "DENIED - quantity limit exceeded")], label_w=50)
    d.para("The plan limits varenicline to two 12-week courses in 365 days. The patient has completed two courses "
           "this year and the request gives no information on why a third course is expected to work when the "
           "first two did not. Consider nicotine replacement or counseling, which do not require approval.", 9.5)
    d.para("The prescriber or the member may appeal within 180 days of the date of this notice. Send a letter of "
           f"medical need to the fax number above. For an expedited review (72 hours) call {f['ph']}.", 9.5)
    signature(d, ["Pharmacist Reviewer", PBM])
    return out(d)


def pharmacy_fax(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None)
    d.add_page()
    letterhead(d, PHARM, "31 Millrace Street, Lyle Harbor, NH 03801  |  Fax " + f["fax"], "rule")
    d.line("PRESCRIBER NOTIFICATION - REJECTED CLAIM", 12, "B", h=7)
    d.pairs([("Sent", fd(f["fill"])), ("To", f["doc"]), ("Patient", f["member"]), ("Date of birth", fd(f["dob"])),
             ("Rx #", f["rx"]), ("Drug", f"{DRUG}  qty 56  28 days"), ("Insurance", f"{PBM}  ID {f['mid']}"),
             ("Reject", "76 - Plan limitations exceeded (max 168 DS per 365 days)")], label_w=34, size=9.5)
    d.ln(2)
    d.para("Your patient's plan rejected this prescription. Please call the plan's prescriber line to request an "
           "exception, or send a new prescription for an alternative (nicotine patch 21 mg, gum 4 mg). The patient "
           "has been told the cash price. We will hold the prescription for 10 days.", 9.5)
    d.pairs([("Prescriber response", "[ ] will request exception   [ ] change to: ____________________"),
             ("Signature", "______________________________")], label_w=40, size=9)
    return out(d)


def rx_eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  Prescription EOB")
    d.add_page()
    head(d)
    d.line("Your Prescription Explanation of Benefits", 13, "B", h=7)
    d.line("This is not a bill.", 9, h=5)
    d.ln(1)
    d.pairs([("Date issued", fd(f["date"])), ("Member", f["member"]), ("Card ID", f["mid"]), ("RxGRP", f["grp"]),
             ("Claims for", f"{fd(days(f['date'], -31))} to {fd(days(f['date'], -1))}")], label_w=32, size=9.3)
    d.ln(2)
    rows = [[fd(f["f1"]), f["k1"], "Metformin ER 500 mg", "Ansel B. Corrigan, MD", usd(f["a1"], ms),
             usd(round(f["a1"] - 10, 2), ms), usd(10, ms), "P1"],
            [fd(f["fill"]), f["clm"], "Varenicline 1 mg #56", f["doc"], usd(f["amt"], ms), usd(0, ms), usd(0, ms),
             "QL"],
            [fd(f["f3"]), f["k3"], "Sertraline 50 mg", "Ansel B. Corrigan, MD", usd(f["a3"], ms),
             usd(round(f["a3"] - 5, 2), ms), usd(5, ms), "P1"]]
    d.table(["Fill date", "Claim reference", "Drug", "Prescriber", "Submitted", "Plan paid", "You paid", "Code"], rows,
            [20, 30, 34, 36, 18, 17, 15, 10], size=7.3, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    d.para("P1  Paid under your pharmacy benefit.", 8.5, gap=0.5)
    d.para("QL  Quantity limit: varenicline is covered for up to 168 days' supply (two 12-week courses) in 365 days. "
           "This fill was over the limit and was not covered.", 8.5)
    hrule(d)
    d.para(f"You may appeal a rejected claim within 180 days of the date this statement was issued. Call {f['ph']}. "
           "Year-to-date out-of-pocket: see your annual summary.", 8.5)
    return out(d)


def approval(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("Your quantity limit exception is approved", 12.5, "B", h=8)
    d.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("RxGRP", f["grp"]), ("Exception number", f["exc"]),
             ("Medication", "Varenicline 1 mg, 56 tablets per 28 days"), ("Prescriber", f["doc"]),
             ("Approved from", fd(f["fill"])), ("Approved through", fd(f["end"]))], label_w=42, size=9.6)
    d.ln(2)
    d.para(f"Good news: after reviewing the information from {f['doc']}, we approved a third 12-week course of "
           "varenicline. Your pharmacy can fill it now. Your usual copay applies.", 10)
    d.para("This approval is only for the dates shown. Keep this letter with your records. Questions? Call "
           f"{f['ph']}.", 10)
    signature(d, ["Clinical Pharmacy Team", PBM])
    return out(d)


def letter_es(f, ms) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left=f"{PBM}  |  QL-MBR-04-SP")
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("Aviso de rechazo de un medicamento - límite de cantidad", 12, "B", h=8)
    d.pairs([("Afiliado", f["member"]), ("N.º de identificación", f["mid"]), ("Grupo (RxGRP)", f["grp"]),
             ("Referencia del reclamo", f["clm"]), ("Medicamento", "Vareniclina 1 mg, 56 tabletas"),
             ("Fecha de surtido", fd(f["fill"])), ("Médico", f["doc"]), ("Farmacia", PHARM),
             ("Costo presentado", usd(f["amt"], ms)), ("Receta n.º", f["rx"])], label_w=48, size=9.4)
    d.ln(2)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para("Su plan cubre la vareniclina hasta dos tratamientos de 12 semanas (168 días de suministro) en 365 días. "
           "Usted ya recibió dos tratamientos, por lo que este surtido supera el límite de cantidad y fue rechazado.",
           9.6)
    d.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al {f['ph']}. Las apelaciones "
           "urgentes se deciden en 72 horas.", 9.6)
    signature(d, ["Equipo de Farmacia Clínica", PBM], "Atentamente,")
    return out(d)


def prose(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PBM, "PO Box 6620, Concord, NH 03302", "center", f"on behalf of the {PLAN}")
    d.line(fd(f["date"]), 10.5, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10.5)
    d.para(f"Dear {f['member'].split()[0]}:", 10.5)
    d.para(f"On {fd(f['fill'])}, {PHARM} asked us to pay for 56 tablets of varenicline that {f['doc']} prescribed to "
           f"help you stop smoking. The pharmacy's cost for the fill was {usd(f['amt'], ms)}. We rejected the claim, "
           f"and its reference number is {f['clm']}.", 10.5)
    d.para(f"Your plan pays for two 12-week courses of varenicline in a year. You started the first on "
           f"{fd(f['c1'])} and the second on {fd(f['c2'])}, so this fill would have been a third course, which is "
           "above the quantity limit.", 10.5)
    d.para(f"Your card ID is {f['mid']} and your group is {f['grp']}. If you want us to look at this again, you can "
           f"appeal within 180 days of the date of this letter, or your doctor can ask us for an exception by "
           f"calling {f['ph']}.", 10.5)
    signature(d, ["Member Pharmacy Services", PBM])
    return out(d)


def blank_page() -> bytes:
    """A blank sheet fed between the two documents (its own page, in no document)."""
    d = Page(footer=None)
    d.add_page()
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_letter_fill_history", "born_digital",
                      [(member_letter(f, "long", "plain"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180),
                          alts={"provider": [PHARM]}))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_pharmacy_receipt", "scan_clean_300",
                      [(receipt(f, "slash", "plain"),
                        T(f, "other", None, ins=None, grp=False, uns=["insurer"],
                          alts={"member_id": [None], "provider": [PHARM]}))]))
    f = facts(random.Random(SEED + 3))
    t1 = T(f, "denial_letter", "not_covered", cases=[f["req"], f["clm"]], dead=days(f["date"], 180),
           dalts=["medical_necessity"])
    t2 = T(f, "other", None, ins=None, grp=False, uns=["insurer"], amount=False, ddate=f["fill"], sd=[],
           alts={"member_id": [None], "service_dates": [[f["fill"].isoformat()]]})
    items.append(Item(P + "faxstd_stack_prescriber_decision_and_pharmacy_fax", "fax_standard_g4",
                      [(prescriber_decision(f, "slash", "plain"), t1), (pharmacy_fax(f, "slash", "plain"), t2)],
                      separators=["cover", blank_page()]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(f1=days(f["fill"], -r.randint(4, 11)), f3=days(f["fill"], r.randint(1, 2)),
             k1=mixed(r, "999999999999999"), k3=mixed(r, "999999999999999"), a1=round(r.uniform(14, 40), 2),
             a3=round(r.uniform(11, 30), 2))
    items.append(Item(P + "copy_rx_eob_three_fills", "photocopy",
                      [(rx_eob(f, "iso", "nosign"),
                        T(f, "eob", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 5))
    f["end"] = days(f["fill"], 83)
    sd = [f"{f['fill'].isoformat()}/{f['end'].isoformat()}"]
    items.append(Item(P + "photo_exception_approved", "phone_photo",
                      [(approval(f, "dmy", "plain"),
                        T(f, "other", None, cases=[f["exc"]], amount=False, sd=sd,
                          alts={"service_dates": [[], [f["fill"].isoformat()]]}))]))
    f = facts(random.Random(SEED + 6), "es")
    items.append(Item(P + "lowres_es_limite_de_cantidad", "scan_lowres_150",
                      [(letter_es(f, "plain"),
                        T(f, "denial_letter", "not_covered", "es", cases=[f["clm"]], dead=days(f["date"], 180),
                          alts={"provider": [PHARM]}))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "rot_prose_third_course", "rotated",
                      [(prose(f, "abbr", "usd"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180),
                          alts={"provider": [PHARM]}))]))
    return items
