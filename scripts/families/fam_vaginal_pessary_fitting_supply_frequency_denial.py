"""Family 'vaginal_pessary_fitting_supply_frequency_denial': a second vaginal pessary (HCPCS A4562) supplied within 12
months of the first, refused under a one-device-per-12-months supply limit (the fitting visit 57160 itself paid).
Documents: a commercial plan's member notice (boxed label column); the gynaecology clinic's patient statement (denies
nothing); a three-claim member EOB (office visit and lab paid; the clinic's fitting claim partly refused); a Medicaid
managed-care "Notice of Action" on a replacement request with State fair hearing rights; a prose-only letter; a Spanish
"Aviso de acción"; a standard-fax stack (cover + provider claim denial + blank + appeal acknowledgement).
Issuers (fictional): Thornbury Health Plan (commercial); Bluestem Community Care (Medicaid managed care);
clinic: Larchmont Women's Health Associates; lab: Quarry Hill Laboratory.
Truth: provider = the gynaecologist (the clinic accepted); amount = the refused claim's total billed (the pessary
line accepted where the claim has two lines); case numbers = claim / notice / authorization / appeal numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcr_famcrc import Page, days, digits, fd, letterhead, m2, mail_to, out, phone, signature, usd

FAMILY = "vaginal_pessary_fitting_supply_frequency_denial"
LANG = "en"
SEED = 341300
THB = "Thornbury Health Plan"
BCC = "Bluestem Community Care"
CLINIC = "Larchmont Women's Health Associates"
LAB = "Quarry Hill Laboratory"
MEMBERS = ["Philippa G. Ravensworth", "Dorothea L. Kimbrough", "Imelda S. Tashjian", "Beverly A. Okonjo",
           "Margarethe V. Lundqvist", "Rosalie C. Huckabee"]
MEMBERS_ES = ["Consuelo R. Barragán", "Altagracia M. Ocasio"]
DOCS = ["Priya N. Castellano", "Odalys R. Fenwick", "Henrietta J. Moorcroft"]
ADDR = [["88 Wren Hollow Rd", "Carver Falls, OH 45402"], ["1412 Pickett Street, Apt 2B", "Lorain, OH 44052"],
        ["5 Dunmore Circle", "Athens, OH 45701"]]
ADDR_ES = [["217 Calle Ceiba", "Lorain, OH 44055"]]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    dos = days(date, -r.randint(14, 40))
    fit = round(r.randint(118, 196) + r.choice([0, .5, .25]), 2)
    pes = round(r.randint(64, 148) + r.choice([0, .5, .75, r.randint(1, 99) / 100]), 2)
    return dict(date=date, dos=dos, prev=days(dos, -r.randint(140, 300)), fit=fit, pes=pes,
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=r.choice(ADDR_ES if lang == "es" else ADDR),
                mid="THB" + digits(r, 9), grp=f"GR-{digits(r, 5)}", plan=f"TB-PPO-{r.randint(20, 45)}",
                mco=f"BCC{digits(r, 8)}", sid=digits(r, 11), clm=f"{date.strftime('%y')}{digits(r, 11)}",
                notice=f"NOA-{digits(r, 7)}", auth=f"PA{digits(r, 8)}", appeal=f"APL-{digits(r, 6)}",
                npi=r.choice("12") + digits(r, 9), acct=digits(r, 7),
                dob=dt.date(r.randint(1944, 1972), r.randint(1, 12), r.randint(1, 28)), doc=r.choice(DOCS),
                ph=phone(r), fax=phone(r), recv=days(dos, r.randint(4, 9)))


def T(f, ins, dtype, den, lang="en", cases=(), dead=None, amt=None, alts=None, uns=None, mid=None, grp=True,
      plan=False, dates=None, prov=None, dalts=None):
    a = {"provider": [CLINIC]}
    a.update(alts or {})
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=mid if mid is not None else f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(amt) if amt is not None else None,
                 service_dates=[x.isoformat() for x in (dates if dates is not None else [f["dos"]])],
                 denial_date=f["date"].isoformat(), provider=prov or f["doc"],
                 appeal_deadline=dead.isoformat() if dead else None, alternates=a, unscored=uns or [],
                 denial_alternates=dalts or [])


REASON = ("Your plan covers one vaginal pessary (HCPCS A4562) per member in any 12-month period. Our records show "
          "that a pessary was supplied to you on {prev}. A replacement inside 12 months is covered only when the "
          "device was lost or broken, or a different size was needed, and the claim did not show either. The "
          "pessary is over the supply frequency limit and is not covered. The fitting visit (57160) was paid.")


def notice(f, ds, ms) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left="THP-ABD-01 (Rev. 10/2025)")
    d.add_page()
    letterhead(d, THB, "Member Services  |  PO Box 40711, Columbus, OH 43240  |  " + f["ph"], "box", "THORNBURY")
    mail_to(d, [f["member"]] + f["addr"])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", h=7)
    d.line("Claim for a medical supply - not covered", 10, h=6)
    d.ln(2)
    d.boxed_pairs([("Date of notice", fd(f["date"], ds)), ("Patient", f["member"]), ("Member ID", f["mid"]),
                   ("Group number", f["grp"]), ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], ds)),
                   ("Claim number", f["clm"]), ("Provider", f"{f['doc']}, MD  (NPI {f['npi']})"),
                   ("Claim received", fd(f["recv"], ds))], label_w=48)
    d.table(["Date of service", "Code", "Description", "Billed", "Allowed", "Decision"],
            [[fd(f["dos"], ds), "A4562", "Pessary, non-rubber, any type", usd(f["pes"], ms), "0.00", "Denied"]],
            [30, 16, 62, 22, 20, 24], size=8.6, aligns=["L", "L", "L", "R", "R", "L"])
    d.heading("Why we denied this claim", 10.5)
    d.para(REASON.format(prev=fd(f["prev"], ds)), 9.6)
    d.heading("Your right to appeal", 10.5)
    d.para(f"You may appeal within 180 days of the date of this letter. Call {f['ph']} or write to Appeals, "
           "PO Box 40719, Columbus, OH 43240. If your health is in serious danger, ask for an expedited appeal; we "
           "decide those within 72 hours. After our final decision you may ask for an external review within 4 "
           "months.", 9.4)
    signature(d, ["Claims Review Department", THB])
    return out(d)


def statement(f, ds, ms) -> bytes:
    d = Page(serif=True, footer=None, footer_left=f"{CLINIC}  -  Tax ID 31-{digits(random.Random(f['acct']), 7)}")
    d.add_page()
    letterhead(d, CLINIC, "2200 Larchmont Parkway, Suite 310, Dayton, OH 45409  |  Billing " + f["fax"], "center",
               "Urogynecology - Obstetrics - Gynecology")
    d.line("PATIENT STATEMENT", 13, "B", h=7)
    d.pairs([("Statement date", fd(f["date"], ds)), ("Account #", f["acct"]), ("Patient", f["member"]),
             ("Date of birth", fd(f["dob"], ds)), ("Provider", f"{f['doc']}, MD"),
             ("Insurance", f"{THB}  Member {f['mid']}"), ("Due by", fd(days(f["date"], 30), ds))], label_w=38,
            size=9.5)
    d.ln(2)
    tot = f["fit"] + f["pes"]
    rows = [[fd(f["dos"], ds), "57160", "Fitting and insertion of pessary", usd(f["fit"], ms), ""],
            [fd(f["dos"], ds), "A4562", "Pessary, ring with support, size 4", usd(f["pes"], ms), ""],
            [fd(days(f["date"], -6), ds), "", "Insurance payment - fitting", "", usd(-round(f["fit"] * .7, 2), ms)],
            [fd(days(f["date"], -6), ds), "", "Insurance denied - pessary (supply limit)", "", "0.00"],
            ["", "", "Total charges", usd(tot, ms), ""]]
    d.table(["Date", "Code", "Description", "Charges", "Payments / adj."], rows, [28, 16, 78, 26, 30], size=8.6,
            border=0, aligns=["L", "L", "L", "R", "R"])
    bal = round(tot - round(f["fit"] * .7, 2), 2)
    d.para(f"Balance due from you: {usd(bal, ms)}. Your insurance told us the pessary was not covered because it "
           "was replaced within 12 months. If the device you had was lost or broken, call our billing office and "
           "we can send the plan a corrected claim.", 9.6)
    d.para("Payment plans are available. Please return the stub below with your payment.", 9)
    d.f(8).cell(0, 5, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
                new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Account #", f["acct"]), ("Amount due", usd(bal, ms))], label_w=38, size=9)
    return out(d)


def eob(f, ds, ms) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left=f"{THB} - EOB")
    d.add_page()
    letterhead(d, THB, "PO Box 40711, Columbus, OH 43240  |  " + f["ph"], "right", "Explanation of Benefits")
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_xy(118, y0)
    d.pairs([("Issued", fd(f["date"], ds)), ("Member", f["mid"]), ("Group", f["grp"]), ("Plan", f["plan"]),
             ("Period", f"{fd(days(f['date'], -31), ds)} - {fd(days(f['date'], -1), ds)}")], label_w=22, size=8.6,
            x=118, h=4.8)
    d.ln(4)
    d.line("THIS IS NOT A BILL", 10, "B", h=6)
    visit = round(f["fit"] * .9 + 11, 2)
    labv = round(f["pes"] * .3 + 14, 2)
    rows = []
    claims = [(f["c1"], CLINIC, f["d1"], [("99213", "Office visit", visit, round(visit * .68, 2), 25.0, "")]),
              (f["c2"], LAB, f["d1"], [("81003", "Urinalysis", labv, round(labv * .6, 2), 0.0, "")]),
              (f["clm"], CLINIC, f["dos"], [("57160", "Pessary fitting", f["fit"], round(f["fit"] * .7, 2), 0.0, ""),
                                            ("A4562", "Pessary", f["pes"], 0.0, 0.0, "S41")])]
    for no, prov, dos, lines in claims:
        d.set_fill_color(220, 220, 220)
        d.f(8.4, "B").cell(0, 5.8, f" Claim {no}   {prov}   Patient: {f['member']}", fill=True, new_x="LMARGIN",
                           new_y="NEXT")
        body = [[fd(dos, ds), c, t, usd(b, ms), usd(a, ms), usd(max(a - y, 0), ms), usd(y if a else b, ms), rk]
                for c, t, b, a, y, rk in lines]
        if len(lines) > 1:
            body.append(["", "", "Claim total", usd(sum(l[2] for l in lines), ms), "", "", "", ""])
        d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], body,
                [26, 16, 40, 22, 20, 20, 18, 14], size=7.8, border=0, head_h=6, row_h=5,
                aligns=["L", "L", "L", "R", "R", "R", "R", "L"])
    d.heading("Remarks", 9.5)
    d.para("S41  Supply frequency limit: one pessary in 12 months. A pessary was paid for this member on "
           f"{fd(f['prev'], ds)}. This item is not covered. Your provider may bill you.", 8.6)
    d.para("To appeal, write to us within 180 days of the date of this statement. Urgent appeals: 72 hours. "
           f"External review may be requested within 4 months of a final decision. Questions: {f['ph']}.", 8.6)
    return out(d)


def noa(f, ds) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left="BCC-NOA-2 (07/2025)")
    d.add_page()
    letterhead(d, BCC, "Ohio Medicaid managed care plan  |  600 Prairie Grass Way, Columbus, OH 43215  |  " + f["ph"],
               "center")
    d.line("NOTICE OF ACTION", 14, "B", align="C", h=8)
    d.line("Denial of a requested service", 10, align="C", h=5)
    d.ln(3)
    d.boxed_pairs([("Date of notice", fd(f["date"], ds)), ("Notice number", f["notice"]), ("Member name", f["member"]),
                   ("Member ID", f["mco"]), ("Medicaid ID", f["sid"]), ("Date of birth", fd(f["dob"], ds)),
                   ("Authorization request", f["auth"]), ("Request received", fd(f["recv"], ds)),
                   ("Requesting provider", f"{f['doc']}, MD - {CLINIC}"),
                   ("Service requested", "A4562 replacement pessary"), ("Planned date of service", fd(f["dos"], ds))],
                  label_w=58)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.heading("The action we took", 10.5, rule=True)
    d.para("We denied the request for a replacement pessary.", 9.8)
    d.heading("The reason for our action", 10.5, rule=True)
    d.para("Ohio Medicaid covers one pessary in a 12-month period. You received a pessary on "
           f"{fd(f['prev'], ds)}. The request does not say that the pessary was lost, broken or needs a new size. "
           "This is a limit on how often the supply is covered (Ohio Adm. Code 5160-10, supply frequency table).",
           9.8)
    d.heading("Your right to appeal", 10.5, rule=True)
    d.bullets(["You may ask us for a plan appeal within 60 calendar days from the date on this notice.",
               "Expedited appeal: if waiting could seriously harm your health, we will decide within 72 hours.",
               "State fair hearing: if we uphold our action, you may ask for a State hearing within 120 days of the "
               "date of our appeal decision. Write to the Bureau of State Hearings, PO Box 182825, Columbus, OH.",
               "Continuing benefits: if this notice stops a service you already get, ask within 10 days."], 9)
    signature(d, ["Utilization Management", BCC], "")
    return out(d)


def prose(f, ds, ms) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, THB, "PO Box 40711, Columbus, OH 43240", "rule")
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.para(f"Dear {f['member']}:", 10.5)
    d.para(f"We have finished reviewing claim {f['clm']}, which {CLINIC} sent us for the visit on "
           f"{fd(f['dos'], ds)} with {f['doc']}, MD. The claim billed {usd(f['fit'] + f['pes'], ms)} in total. We paid "
           f"for the fitting, but we did not pay the {usd(f['pes'], ms)} charge for the pessary itself.", 10.5)
    d.para(f"The reason is that your plan allows one pessary every 12 months, and we paid for one on "
           f"{fd(f['prev'], ds)}. A new pessary before 12 months have passed is not covered unless the old one was "
           "lost or damaged or you needed a different size.", 10.5)
    d.para(f"Your member ID is {f['mid']} and your group is {f['grp']}. If you disagree, you or your doctor can ask "
           f"us to look at this again. Your appeal must reach us by {fd(days(f['date'], 180), ds)}. You can call us "
           f"at {f['ph']}, Monday through Friday.", 10.5)
    signature(d, ["Member Claims Team", THB])
    return out(d)


def aviso(f) -> bytes:
    ds = "es"
    d = Page(footer="Página {n} de {nb}", footer_left="BCC-NOA-2-SP (07/2025)")
    d.add_page()
    letterhead(d, BCC, "Plan de cuidado administrado de Medicaid de Ohio  |  600 Prairie Grass Way, Columbus, OH 43215",
               "center", "Servicios al Miembro " + f["ph"])
    d.line(fd(f["date"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("AVISO DE ACCIÓN", 13, "B", h=8)
    d.pairs([("Miembro", f["member"]), ("N.º de miembro", f["mco"]), ("N.º de Medicaid", f["sid"]),
             ("N.º de reclamo", f["clm"]), ("Fecha de servicio", fd(f["dos"], ds)),
             ("Proveedor", f"{f['doc']}, MD"), ("Artículo", "A4562 pesario"), ("Cargo facturado", usd(f["pes"], "es")),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))], label_w=48, size=9.5)
    d.ln(2)
    d.para(f"Estimada {f['member']}:", 10)
    d.para("Negamos el pago del pesario. Medicaid cubre un pesario cada 12 meses y usted recibió uno el "
           f"{fd(f['prev'], ds)}. Un pesario nuevo antes de 12 meses no está cubierto si no se perdió, no se rompió o "
           "no necesita otro tamaño.", 9.8)
    d.para("Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Si su salud corre "
           "peligro, pida una apelación rápida: decidimos en 72 horas. Después de nuestra decisión puede pedir una "
           "audiencia estatal dentro de 120 días.", 9.6)
    signature(d, ["Departamento de Reclamos", BCC], "Atentamente,")
    return out(d)


def provider_notice(f, ds, ms) -> bytes:
    d = Page(footer="Page {n} of {nb}", footer_left="THP-PRV-ABD")
    d.add_page()
    letterhead(d, THB, "Provider Claims  |  PO Box 40755, Columbus, OH 43240  |  Fax " + f["fax"], "rule")
    d.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B", h=7)
    mail_to(d, [CLINIC, "Attn: Billing Office", "2200 Larchmont Parkway, Suite 310", "Dayton, OH 45409"], 9.5)
    d.boxed_pairs([("NOTICE DATE", fd(f["date"], ds)), ("PATIENT", f["member"]), ("MEMBER ID", f["mid"]),
                   ("GROUP", f["grp"]), ("PATIENT DOB", fd(f["dob"], ds)), ("CLAIM NUMBER", f["clm"]),
                   ("RENDERING PROVIDER", f"{f['doc']}, MD"), ("BILLING NPI", f["npi"]),
                   ("DATE RECEIVED", fd(f["recv"], ds))], label_w=55, size=9)
    d.table(["DOS", "CODE", "BILLED", "ALLOWED", "STATUS"],
            [[fd(f["dos"], ds), "57160", usd(f["fit"], ms), usd(round(f["fit"] * .7, 2), ms), "PAID"],
             [fd(f["dos"], ds), "A4562", usd(f["pes"], ms), "0.00", "DENIED S41"],
             ["", "TOTAL", usd(f["fit"] + f["pes"], ms), "", ""]], [34, 24, 34, 34, 40], size=8.6)
    d.para("S41: frequency limit - one pessary per member per 12 months; prior pessary paid "
           f"{fd(f['prev'], ds)}. Resubmit with documentation if the device was lost, damaged or resized.", 9)
    d.para("Provider appeals must be received within 90 days of the date of this notice.", 9)
    return out(d)


def ack(f, ds) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, THB, "Appeals  |  PO Box 40719, Columbus, OH 43240", "rule")
    d.line(fd(f["ack"], ds), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("We received your appeal", 12, "B", h=7)
    d.pairs([("Appeal number", f["appeal"]), ("Claim number", f["clm"]), ("Member ID", f["mid"]),
             ("Service", f"Pessary, {fd(f['dos'], ds)}"), ("Provider", f"{f['doc']}, MD")], label_w=40, size=9.8)
    d.ln(2)
    d.para(f"Your appeal arrived on {fd(days(f['ack'], -3), ds)}. A reviewer who was not part of the first decision "
           "will look at it. We will send you our decision within 30 days. You may send more information, such as a "
           "note from your doctor explaining why a new pessary was needed. This letter is not a decision.", 10)
    signature(d, ["Appeals Coordinator", THB])
    return out(d)


def documents(rng) -> list[Item]:
    P, items = FAMILY + "_", []
    r = random.Random(SEED + 1)
    f = facts(r)
    items.append(Item(P + "bd_member_notice_boxed", "born_digital",
                      [(notice(f, "long", "plain"),
                        T(f, THB, "denial_letter", "not_covered", cases=[f["clm"]], amt=f["pes"], plan=True,
                          dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_clinic_statement", "scan_clean_300",
                      [(statement(f, "slash", "plain"),
                        T(f, None, "other", None, amt=f["fit"] + f["pes"], grp=False, uns=["insurer"],
                          alts={"claim_amount": [m2(f["pes"])]}))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f.update(c1=f"{f['date'].strftime('%y')}{digits(r, 11)}", c2=f"{f['date'].strftime('%y')}{digits(r, 11)}",
             d1=days(f["dos"], -r.randint(20, 60)))
    items.append(Item(P + "copy_member_eob_three_claims", "photocopy",
                      [(eob(f, "dmy", "plain"),
                        T(f, THB, "eob", "not_covered", cases=[f["clm"]], amt=f["fit"] + f["pes"], plan=True,
                          dead=days(f["date"], 180), prov=CLINIC, alts={"claim_amount": [m2(f["pes"])]}))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f["dos"] = days(f["date"], r.randint(7, 21))
    f["recv"] = days(f["date"], -r.randint(3, 8))
    items.append(Item(P + "faxfine_medicaid_notice_of_action", "fax_fine_g4",
                      [(noa(f, "slash"),
                        T(f, BCC, "denial_letter", "not_covered", cases=[f["notice"], f["auth"]], mid=f["mco"],
                          grp=False, dead=days(f["date"], 60), alts={"member_id": [f["sid"]],
                                                                     "case_numbers": [[f["auth"]]]}))]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_prose_letter", "phone_photo",
                      [(prose(f, "long", "plain"),
                        T(f, THB, "denial_letter", "not_covered", cases=[f["clm"]], amt=f["fit"] + f["pes"],
                          dead=days(f["date"], 180), alts={"claim_amount": [m2(f["pes"])]}))]))
    f = facts(random.Random(SEED + 6), "es")
    items.append(Item(P + "lowres_aviso_de_accion_es", "scan_lowres_150",
                      [(aviso(f), T(f, BCC, "denial_letter", "not_covered", "es", cases=[f["clm"]], amt=f["pes"],
                                    mid=f["mco"], grp=False, dead=days(f["date"], 60),
                                    alts={"member_id": [f["sid"]]}))]))
    r = random.Random(SEED + 7)
    f = facts(r)
    f["ack"] = days(f["date"], r.randint(20, 35))
    t1 = T(f, THB, "denial_letter", "not_covered", cases=[f["clm"]], amt=f["fit"] + f["pes"],
           dead=days(f["date"], 90), alts={"claim_amount": [m2(f["pes"])]})
    t2 = T(f, THB, "other", None, cases=[f["appeal"], f["clm"]], grp=False)
    t2["fields"]["denial_date"] = f["ack"].isoformat()
    items.append(Item(P + "faxstd_stack_provider_denial_and_ack", "fax_standard_g4",
                      [(provider_notice(f, "upper", "usd"), t1), (ack(f, "abbr"), t2)],
                      separators=["cover", "blank"]))
    return items
