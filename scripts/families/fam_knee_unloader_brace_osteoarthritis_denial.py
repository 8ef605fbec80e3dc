"""Invented commercial plan refusing a custom knee unloader brace for medial knee osteoarthritis (an
off-the-shelf unloader brace must be tried first / not medically necessary), with the orthopedist's letter, the
orthotics lab's invoice, an EOB and an upheld appeal. Every plan, person, provider and number is fictional.

Documents (8 in 7 files):
- bd_preservice_denial_two_column: plan's pre-service denial, facts in a boxed two-column grid (four across).
- faxstd_orthopedist_letter_re_block: the orthopedist's letter of medical necessity to the plan under a typed
  fax header, "Re:" block (denies nothing).
- lowres_eob_claim_blocks_brace_denied: member EOB with three claim blocks (visit paid, x-ray paid with a
  negative adjustment in parentheses, brace denied) and a remark legend.
- rotated_upheld_appeal_two_page: appeal decision upholding the denial, boxed rights panel on page 2, running
  footer with member, ID and "Page x of y".
- photo_orthotics_lab_invoice: the orthotics lab's invoice to the patient (a provider bill; denies nothing).
- copy_carta_es_denegacion: Spanish denial letter to the member with Spanish dates and 1 234,50 USD amounts.
- scan300_stack_peer_review_and_member_appeal: the plan's letter to the surgeon (Re: block; denial), a duplex
  back, then the member's appeal letter fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddf_famdfc import Sheet, abbr_dot, dmy2, es_money, nopad, nth
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "knee_unloader_brace_osteoarthritis_denial"
LANG = "en"
SEED = 350802
PLAN = "Lodestar Mutual Health"
ORTHO = "Dr. Philippa Renwick"
PRACTICE = "Kestrel Bay Orthopaedics"
LAB = "Tamarack Orthotic & Prosthetic Lab"
POLICY = "Medical Policy DME-412 (Knee Orthoses)"


def _ids(rng):
    return {"mid": "LMH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-{rng.choice('ABCD')}{digits(rng, 2)}",
            "plan": "PPO-" + rng.choice(["GOLD", "SLV", "BRZ"]) + "-" + digits(rng, 2), "npi": digits(rng, 10)}


def _head(p, rng, sub):
    p.set_fill_color(20, 60, 90)
    p.set_text_color(255, 255, 255)
    p.f(16, "B")
    p.cell(0, 11, "  " + PLAN, fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.line(f"Utilization Management  *  PO Box {rng.randint(100, 999)}, Duluth MN 558{rng.randint(10, 99)}  *  "
           f"Fax 218-555-{digits(rng, 4)}", 7.5)
    p.ln(3)
    p.line(sub, 12, "B")
    p.ln(1)


def bd_preservice(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 30))
    planned = plus(nd, rng.randint(10, 25))
    recv = plus(nd, -rng.randint(3, 8))
    auth = "UM" + digits(rng, 8)
    amt = amount(rng, 1400, 2600)
    p = Sheet(footer="Page {n} of {nb}", footer_left="LMH-UM-7 01/26", margins=(16, 14, 16))
    p.add_page()
    _head(p, rng, "Prior Authorization Decision: Not Approved")
    p.four_col([
        ("Patient", name, "Subscriber ID", ids["mid"]),
        ("Patient date of birth", fdate(dt.date(rng.randint(1950, 1975), rng.randint(1, 12), rng.randint(1, 28)),
                                        "slash"), "Group number", ids["grp"]),
        ("Request number", auth, "Date request received", fdate(recv, "dash")),
        ("Item requested", "Custom knee unloader brace, L1844 (right)", "Quoted charge", money(amt, "plain")),
        ("Requesting physician", ORTHO, "Planned fitting date", fdate(planned, "slash")),
        ("Supplier", LAB, "Decision date", fdate(nd, "long")),
    ], widths=(32, 58, 32, 62), border=True)
    p.heading("Why we said no", 10.5, rule=True)
    p.para(f"We reviewed your request under {POLICY}. A custom-fabricated unloader brace is medically necessary "
           "only when an off-the-shelf unloader brace (L1851/L1852) has been tried for at least 6 weeks and failed, "
           "or cannot be fitted. The records do not show a trial of an off-the-shelf brace. The request is **not "
           "medically necessary** at this time.", 9.5)
    p.para(f"The reviewer was a board-certified orthopedic surgeon. You or {ORTHO} may ask for the criteria free of "
           f"charge. Physician NPI on file: {ids['npi']}.", 9.5)
    p.heading("Appeals", 10.5, rule=True)
    p.para(f"You may appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours. "
           f"After our final decision you may have the right to an external review. Call 1-888-555-{digits(rng, 4)} "
           "(TTY 711).", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[auth], claim_amount=m2(amt), service_dates=[span(planned)],
              denial_date=nd.isoformat(), provider=ORTHO, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["prior_authorization"])
    return out(p), t, (ids, name, auth, nd, amt, planned)


def faxstd_ortho_letter(rng, ctx):
    ids, name, auth, nd, amt, planned = ctx
    d = plus(nd, rng.randint(5, 12))
    spouse = person(rng)[0]
    p = Sheet(footer=None, serif=True, margins=(24, 12, 24))
    p.add_page()
    p.fax_line(f"{d.strftime('%b %d %Y')} 09:{rng.randint(10, 59)}AM   KESTREL BAY ORTHO   FAX 218-555-"
               f"{digits(rng, 4)}   PAGE 1 OF 1")
    p.line(PRACTICE, 14, "B", "C")
    p.line(f"{' - '.join(address(rng))}  |  Tel 218-555-{digits(rng, 4)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
           8, "", "C")
    p.ln(6)
    p.line(nth(d) + f"  ({fdate(d, 'slash')})", 10)
    p.ln(3)
    p.line(PLAN + ", Utilization Management", 10)
    p.ln(3)
    p.re_block([f"Patient: {name}", f"Member ID: {ids['mid']}   Group: {ids['grp']}", f"Reference: {auth}",
                f"Planned date of service: {dmy2(planned)}"])
    p.para(f"To the reviewing physician (fitting scheduled {fdate(planned, 'long')}):", 10.5)
    p.para(f"I am writing in support of a custom unloader brace for {name}, who has Kellgren-Lawrence grade 3 "
           "medial compartment osteoarthritis of the right knee with varus alignment. The patient tried a "
           "prefabricated hinged sleeve for four months, which slid and did not unload the medial compartment. "
           "Thigh circumference and leg shape prevent an off-the-shelf unloader from fitting.", 10.5)
    p.para(f"The patient's husband, {spouse}, reports two falls this winter. Please reconsider. I am available for "
           f"a peer-to-peer discussion at 218-555-{digits(rng, 4)}.", 10.5)
    p.para(f"Sincerely,\n\n{ORTHO}, MD\nNPI {ids['npi']}", 10.5)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=name, cases=[auth],
              service_dates=[span(planned)], denial_date=d.isoformat(), provider=ORTHO,
              unscored=["insurer"])
    return out(p), t


def lowres_eob(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 20))
    v = plus(nd, -rng.randint(30, 45))
    fit = plus(v, rng.randint(10, 18))
    p = Sheet(footer="Page {n} of {nb}", margins=(14, 12, 14))
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 10, "B")
    p.pairs([("Member", name), ("ID", ids["mid"]), ("Group", ids["grp"]), ("Statement date", abbr_dot(nd) +
             f" ({fdate(nd, 'iso')})"), ("Plan", ids["plan"])], label_w=34, size=9, h=4.6)
    p.ln(2)
    w = [24, 64, 24, 22, 22, 26]
    heads = ["Date", "Service", "Charged", "Allowed", "Plan paid", "Remark"]
    al = ["L", "L", "R", "R", "R", "L"]
    c1, c2, c3 = ("E" + digits(rng, 11) for _ in range(3))
    visit = amount(rng, 180, 320)
    p.claim_block(f"Claim {c1}  |  {ORTHO}  |  {fdate(v, 'slash')}", f"Processed {fdate(plus(v, 9), 'slash')}",
                  heads, [[fdate(v, 'slash'), "Office visit 99214", money(visit, "nosign"), money(visit * 0.7, "nosign"),
                           money(visit * 0.56, "nosign"), "A1"]], w,
                  ["", "Claim total", money(visit, "nosign"), "", money(visit * 0.56, "nosign"), ""], aligns=al)
    xr = amount(rng, 120, 240)
    p.claim_block(f"Claim {c2}  |  Kestrel Bay Imaging  |  {fdate(v, 'slash')}", "Processed "
                  f"{fdate(plus(v, 8), 'slash')}", heads,
                  [[fdate(v, 'slash'), "X-ray knee 3 views 73562", money(xr, "nosign"), money(xr * 0.6, "nosign"),
                    money(xr * 0.6, "nosign"), "A1"],
                   ["", "Adjustment - contractual reprocessing", "", "", "(45.00)", "R3"]], w,
                  ["", "Claim total", money(xr, "nosign"), "", money(xr * 0.6 - 45, "nosign"), ""], aligns=al)
    br = amount(rng, 1500, 2400)
    p.claim_block(f"Claim {c3}  |  {LAB}  |  {fdate(fit, 'slash')}", f"Processed {fdate(plus(fit, 7), 'slash')}"
                  f"  |  Deductible this plan year: $500.00 met", heads,
                  [[fdate(fit, 'slash'), "Knee orthosis custom L1844", money(br, "nosign"), "0.00", "0.00", "N4 M2"]], w,
                  ["", "Claim total", money(br, "nosign"), "0.00", "0.00", ""], aligns=al)
    p.heading("Remarks", 9.5)
    p.para("A1 Paid under your plan. R3 Reprocessed; earlier overpayment taken back (shown in parentheses). "
           f"N4 Denied: not medically necessary under {POLICY}; an off-the-shelf brace must be tried first. "
           "M2 No prior authorization on file. You may appeal within 180 days of the date of this statement.", 8.5)
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[c3], claim_amount=m2(br), service_dates=[span(fit)],
              denial_date=nd.isoformat(), provider=LAB, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["prior_authorization"])
    return out(p), t


def rotated_upheld(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 20))
    planned = plus(nd, -rng.randint(20, 40))
    appeal = "APL-" + digits(rng, 7)
    auth = "UM" + digits(rng, 8)
    amt = amount(rng, 1500, 2500)
    p = Sheet(footer="Page {n} of {nb}", footer_left=f"{name}  -  Member {ids['mid']}  -  Appeal {appeal}",
              serif=True, margins=(22, 18, 22))
    p.add_page()
    _head(p, rng, "Appeal Decision: Original Denial Upheld")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    p.pairs([("Member", name), ("Member ID", ids["mid"]), ("Appeal number", appeal),
             ("Original request", auth), ("Item", "Custom knee unloader brace L1844"),
             ("Billed amount", money(amt, "flat")), ("Ordering physician", ORTHO),
             ("Date of service", fdate(planned, "slash"))], label_w=44, size=10)
    p.ln(3)
    for txt in [
        f"We received your appeal on {fdate(plus(nd, -25), 'slash')}. A board-certified physical medicine and "
        "rehabilitation physician who was not involved in the first decision reviewed the records from "
        f"{ORTHO} and {LAB}.",
        f"Under {POLICY}, a custom unloader brace is covered when a prefabricated unloader brace has been tried and "
        "failed or cannot be fitted. A hinged sleeve is not an unloader brace. No trial of an off-the-shelf "
        "unloader is documented, so the brace remains not medically necessary. We uphold the denial.",
        "This is our final internal decision. See page 2 for your rights."]:
        p.para(txt, 10.5)
    p.add_page()
    p.panel("IMPORTANT: YOUR RIGHTS AFTER THIS DECISION", [
        "**External review.** You may ask for an independent external review within 4 months of receiving this "
        "letter. An independent review organization will decide; its decision is binding on the plan.",
        "**Expedited external review.** If your doctor says a delay would seriously jeopardize your health, ask "
        "for an expedited review.",
        f"**Help.** Call Member Services at 1-888-555-{digits(rng, 4)} (TTY 711), or your state department of "
        "insurance consumer line. You may also have the right to bring a civil action under ERISA section 502(a).",
    ])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=ids["mid"], member_name=name,
              cases=[appeal, auth], claim_amount=m2(amt), service_dates=[span(planned)], denial_date=nd.isoformat(),
              provider=ORTHO)
    return out(p), t


def photo_invoice(rng):
    name = person(rng)[0]
    guard = person(rng)[0]
    d = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 20))
    fit = plus(d, -rng.randint(20, 30))
    inv = "INV-" + digits(rng, 6)
    amt = amount(rng, 1500, 2400)
    p = Sheet(footer=None, margins=(20, 18, 20))
    p.add_page()
    p.line(LAB, 15, "B")
    p.line(f"{', '.join(address(rng))}  -  218-555-{digits(rng, 4)}  -  NPI {digits(rng, 10)}", 8)
    p.ln(4)
    p.line("INVOICE / STATEMENT", 12, "B", "R")
    p.pairs([("Invoice", inv), ("Invoice date", nopad(d)), ("Patient", name), ("Responsible party", guard),
             ("Account", "A-" + digits(rng, 6)), ("Insurance", f"{PLAN} - denied")], label_w=40, size=9.5)
    p.ln(2)
    p.table(["Date", "HCPCS", "Description", "Amount"],
            [[fdate(fit, "slash"), "L1844", "KO custom unloader, casting & fitting", money(amt)],
             ["", "", "Insurance payment", "$0.00"], ["", "", "Balance due", money(amt)]], [28, 22, 90, 34],
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Your insurer denied this item. Payment is due by {fdate(plus(d, 30), 'slash')}. Ask about our payment "
           "plan.", 9.5)
    t = truth("other", None, insurer=None, member_name=name, cases=[inv], claim_amount=m2(amt),
              service_dates=[span(fit)], denial_date=d.isoformat(), provider=LAB,
              unscored=["insurer", "denial_date", "case_numbers"])
    return out(p), t


def copy_es(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 20))
    planned = plus(nd, rng.randint(7, 20))
    ref = "UM" + digits(rng, 8)
    amt = amount(rng, 1200, 2400)
    p = Sheet(footer="Página {n} de {nb}", margins=(20, 16, 20))
    p.add_page()
    _head(p, rng, "Aviso de denegación de autorización previa")
    p.line(f"Fecha: {fdate(nd, 'long', 'es')}", 10)
    p.ln(2)
    p.boxed_pairs([("Afiliado", name), ("Número de afiliado", ids["mid"]), ("Número de grupo", ids["grp"]),
                   ("Número de solicitud", ref), ("Artículo", "Rodillera de descarga a la medida (L1844)"),
                   ("Costo cotizado", f"{es_money(amt, 'space')}  (USD {money(amt, 'nosign')})"),
                   ("Médico que la pidió", ORTHO), ("Fecha prevista", fdate(planned, "long", "es"))], label_w=52)
    p.para(f"Negamos la solicitud porque no es médicamente necesaria según la {POLICY}. Primero debe probar una "
           "rodillera de descarga prefabricada durante 6 semanas.", 10)
    p.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al 1-888-555-{digits(rng, 4)} "
           "(TTY 711). Servicios de intérprete gratis.", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[ref], claim_amount=m2(amt), service_dates=[span(planned)],
              denial_date=nd.isoformat(), provider=ORTHO, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["prior_authorization"])
    return out(p), t


def stack(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 20))
    planned = plus(nd, rng.randint(10, 20))
    auth = "UM" + digits(rng, 8)
    a = Sheet(footer=None, margins=(25, 20, 25))
    a.add_page()
    _head(a, rng, "Notice to Ordering Physician")
    a.line(fdate(nd, "slash"), 10)
    a.ln(2)
    a.line(f"{ORTHO}, {PRACTICE}", 10)
    a.ln(2)
    a.re_block([f"Member: {name}", f"ID: {ids['mid']}", f"Authorization request: {auth}",
                f"Requested service date: {fdate(planned, 'abbr')}"], size=9.8)
    a.para(f"After the peer-to-peer call on {abbr_dot(plus(nd, -1))}, the request for a custom knee unloader brace "
           "(L1844) remains denied as not medically necessary. The record documents a hinged sleeve, not a "
           "prefabricated unloader brace. An off-the-shelf unloader (L1851) would be approved without review.", 10)
    a.para("The member or you (on the member's behalf) may appeal within 180 days of this notice.", 10)
    ta = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=ids["mid"], member_name=name,
               cases=[auth], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=ORTHO,
               appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["prior_authorization"])
    b = Sheet(footer=None, margins=(28, 25, 28))
    b.add_page()
    d = plus(nd, rng.randint(10, 20))
    for ln in [name, *address(rng), "", nth(d), "", f"{PLAN} Appeals"]:
        b.line(ln, 11)
    b.ln(4)
    b.para(f"I am appealing the denial of my knee brace, request {auth} (member ID {ids['mid']}). The store-bought "
           f"brace does not fit my leg; {ORTHO} explained why in her letter. My date of birth is "
           f"{fdate(dt.date(rng.randint(1950, 1970), 5, rng.randint(1, 28)), 'slash')}. Please call me at "
           f"218-555-{digits(rng, 4)}.\n\nSincerely,\n{name}", 11)
    tb = truth("other", None, insurer=None, member_id=ids["mid"], member_name=name, cases=[auth],
               provider=ORTHO, unscored=["insurer", "denial_date"])
    return [(out(a), ta), (out(b), tb)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    pdf, t, ctx = bd_preservice(rng)
    return [
        Item(F + "bd_preservice_denial_two_column", "born_digital", [(pdf, t)]),
        Item(F + "faxstd_orthopedist_letter_re_block", "fax_standard_g4", [faxstd_ortho_letter(rng, ctx)]),
        Item(F + "lowres_eob_claim_blocks_brace_denied", "scan_lowres_150", [lowres_eob(rng)]),
        Item(F + "rotated_upheld_appeal_two_page", "rotated", [rotated_upheld(rng)]),
        Item(F + "photo_orthotics_lab_invoice", "phone_photo", [photo_invoice(rng)]),
        Item(F + "copy_carta_es_denegacion", "photocopy", [copy_es(rng)]),
        Item(F + "scan300_stack_peer_review_and_member_appeal", "scan_clean_300", stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
