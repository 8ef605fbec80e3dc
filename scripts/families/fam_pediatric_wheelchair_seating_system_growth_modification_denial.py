"""Family 'pediatric_wheelchair_seating_system_growth_modification_denial': an invented Medicaid managed-care plan
refuses a growing child's wheelchair seat-depth extension and back modification as not medically necessary (the
current seat still has growth range) and a back repair as a manufacturer-warranty item; approved after review.

Documents: the MCO's Notice of Adverse Benefit Determination (born digital; Medicaid notice structure: 60-day plan
appeal, State fair hearing after the appeal, 10-day continuation, 72-hour expedited); the DME supplier's quote
(scan 300, denies nothing); a fine-fax stack of a cover, the provider notification to the supplier and the
therapist's letter of medical necessity; a Spanish member notice (photocopy); a prose-only letter (phone photo);
the appeal resolution approving the modification (rotated, denies nothing); a three-claim member claims summary
with only the warranty repair refused (150 dpi). Everything invented. Decoys: DOB, NPI, Medicaid ID, request
received dates, wheelchair serial and purchase date, quote number, HCPCS codes, 72-hour, 10-day, 120-day limits,
form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "pediatric_wheelchair_seating_system_growth_modification_denial"
LANG = "en"
SEED = 341500

MCO = {"org": "Brightfern Community Health Plan", "addr": "PO Box 44107, Ashmere, NA 58612",
       "phone": "1-855-304-7761", "fax": "1-855-304-7790", "web": "brightfern.example"}
SUP = ("Kestrel Mobility & Seating", "2210 Tannery Row, Ashmere, NA 58615", "(701) 555-0193")
ATP = "Dana K. Whitlock"
DOC = "Priya N. Castellanos"
PT = ("Wren A. Halvorsen", "Clearbrook Pediatric Therapy", "88 Millpond Rd, Ashmere, NA 58610")
KIDS = [("Harriet S. Lomax", "Ezra J. Lomax"), ("Marisol P. Ibarra", "Mateo L. Ibarra"),
        ("Colin R. Szabo", "Odette F. Szabo"), ("Leticia M. Trevino", "Jasper K. Trevino"),
        ("Guadalupe R. Montalvo", "Itzel A. Montalvo"), ("Wendell T. Greer", "Brianna C. Greer"),
        ("Sunita D. Nakamura", "Theo G. Nakamura")]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def lines():
    return [("E2231", "Solid seat support base, growth-adjustable, with hardware", 612.00),
            ("K0108", "Seat depth extension kit, 2 in., with frame tubes", 1148.50),
            ("E2617", "Custom back, contoured, pediatric, replacement shell", 1986.00)]


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, recv=notice - dt.timedelta(days=r.randint(6, 12)),
                planned=notice + dt.timedelta(days=r.randint(18, 30)), req="PA" + dg(r, 9), mid="BF" + dg(r, 8),
                mcd=dg(r, 9) + r.choice("ABCD"), npi="1" + dg(r, 9), serial="QX" + dg(r, 7),
                bought=dt.date(2024, r.randint(1, 12), r.randint(1, 28)),
                dob=dt.date(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28)),
                parent=KIDS[i][0], kid=KIDS[i][1], quote="Q-" + dg(r, 6),
                street=f"{r.randint(100, 9800)} {r.choice(['Heron Bend', 'Cobble Hill Rd', 'Sawgrass Ct'])}")


def letterhead(p, es=False):
    p.line(MCO["org"], 15, "B")
    p.line(("Un plan de Medicaid administrado" if es else "A Medicaid managed care plan") + "   " + MCO["addr"], 8.5)
    p.line(f"Member Services {MCO['phone']}   TTY 711   {MCO['web']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['parent']}\nParent of {f['kid']}\n{f['street']}\nAshmere, NA 58611", 10)


def nabd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BFCHP-NABD-DME Rev. 08/2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, rule=True)
    p.boxed_pairs([("Member", f["kid"]), ("Member ID", f["mid"]), ("State Medicaid ID", f["mcd"]),
                   ("Date of birth", fd(f["dob"], ds)), ("Authorization request #", f["req"]),
                   ("Requested by", f"{SUP[0]} (NPI {f['npi']})"), ("Prescriber", f"Dr. {DOC}"),
                   ("Request received", fd(f["recv"], ds)), ("Planned fitting date", fd(f["planned"], ds))], 55, 9)
    p.para("**What we decided.** We denied the request for the wheelchair seating changes listed below.", 9.5)
    rows = [[c, d, money(v, "plain"), "Denied"] for c, d, v in lines()]
    rows.append(["", "Total requested", money(f["total"], "plain"), ""])
    p.table(["HCPCS", "Item", "Amount", "Decision"], rows, [20, 110, 25, 25], size=8.5, bold_last=True)
    p.para(f"**Why we decided this.** The seating system on the chair (serial {f['serial']}, bought "
           f"{fd(f['bought'], 'slash')}) is growth-adjustable and has about 1.5 inches of depth adjustment left. The "
           "therapy notes do not show that the current seat can no longer be adjusted to fit. A new contoured back "
           "is not medically necessary now; the cracked shell is covered by the manufacturer's warranty and should "
           "be replaced by the supplier under that warranty. Our reviewer used the plan's DME seating guideline "
           "MP-DME-114.", 9.5)
    p.para("**Your right to appeal.** You may ask us for an appeal within 60 days of the date of this notice. Call "
           f"{MCO['phone']} or write to Appeals, {MCO['addr']}. If waiting could seriously harm your child's health, "
           "ask for a fast appeal; we decide fast appeals within 72 hours.", 9.5)
    p.para("**State fair hearing.** After our appeal decision you may ask for a State fair hearing within 120 days "
           "of the appeal decision. To keep services that are already approved during the appeal, ask within 10 "
           "days.", 9.5)
    return out(p)


def quote(f, ds):
    p = Page(footer=None, footer_left="Prices valid 30 days. Medicaid requires prior authorization before delivery.")
    p.add_page()
    p.line(SUP[0], 16, "B")
    p.line(f"{SUP[1]}   {SUP[2]}   Complex Rehab Technology", 8.5)
    p.ln(4)
    p.line("QUOTATION - SEATING MODIFICATION", 12, "B")
    p.ln(1)
    p.pairs([("Quote no.", f["quote"]), ("Quote date", fd(f["qdate"], ds)), ("Client", f["kid"]),
             ("DOB", fd(f["dob"], ds)), ("Payer", f"Medicaid - {MCO['org']}"), ("Payer member ID", f["mid"]),
             ("Chair", f"Pediatric tilt frame, serial {f['serial']}"), ("Assessed by", f"{ATP}, seating specialist")],
            40, 9)
    p.ln(2)
    rows = [[c, d, "1", money(v, "nosign")] for c, d, v in lines()]
    rows.append(["", "TOTAL QUOTED", "", money(f["total"], "nosign")])
    p.table(["Code", "Description", "Qty", "Price"], rows, [20, 120, 12, 28], size=8.5, border=0,
            aligns=["L", "L", "C", "R"], bold_last=True)
    p.para("Measurements: seat depth needed 13.5 in. (chair set at maximum 12 in.); back height needed 19 in. "
           "Shell crack noted at upper left mount; frame warranty 5 years, seating components 18 months from "
           "delivery. We will submit for prior authorization after the physician signs the order.", 9)
    return out(p)


def fax_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BFCHP-PRV-UM-02")
    p.add_page()
    letterhead(p)
    p.line("UTILIZATION MANAGEMENT - PROVIDER NOTIFICATION OF DENIAL", 11.5, "B")
    p.line(f"TO: {SUP[0]}   FAX {SUP[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("NOTICE DATE", fd(f["notice"], ds)), ("REQUEST NO.", f["req"]), ("MEMBER", f["kid"]),
                   ("MEMBER ID", f["mid"]), ("DOB", fd(f["dob"], ds)),
                   ("REQUESTING PROVIDER", f"{SUP[0]}   NPI {f['npi']}"), ("RECEIVED", fd(f["recv"], ds)),
                   ("SERVICE DATE REQUESTED", fd(f["planned"], ds)), ("BILLED AMOUNT", money(f["total"], "usd"))],
                  60, 8.5)
    p.para("DETERMINATION: DENIED - NOT MEDICALLY NECESSARY. CURRENT SEAT HAS REMAINING GROWTH ADJUSTMENT; BACK SHELL "
           "DAMAGE IS A WARRANTY REPAIR. CODES E2231, K0108, E2617.", 8.5)
    p.para("THE PROVIDER MAY REQUEST A PEER-TO-PEER DISCUSSION WITHIN 5 BUSINESS DAYS. THE MEMBER OR THE PROVIDER "
           "WITH THE MEMBER'S WRITTEN CONSENT MAY APPEAL WITHIN 60 DAYS OF THE DATE OF THIS NOTICE.", 8.5)
    return out(p)


def lmn(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(PT[1], 14, "B")
    p.line(PT[2] + "   Physical and Occupational Therapy for Children", 8.5)
    p.ln(4)
    p.line(fd(f["lmn"], ds), 10)
    p.ln(2)
    p.para(f"Utilization Management\n{MCO['org']}\n{MCO['addr']}", 10)
    p.para(f"Re: Letter of medical necessity - {f['kid']}, member ID {f['mid']}, request {f['req']}", 10)
    p.para(f"I have treated {f['kid'].split()[0]} weekly since {fd(f['bought'], ds)}. At the seating clinic on "
           f"{fd(f['lmn'] - dt.timedelta(days=4), ds)} the seat depth was at its last setting and the thighs were "
           "unsupported by 1.5 inches, which is causing a posterior pelvic tilt and sliding. The back height no "
           "longer reaches the shoulder blades. I ask that you approve the seat depth extension and new contoured "
           f"back quoted by {SUP[0]} (total {money(f['total'], 'plain')}).", 10)
    p.para(f"Sincerely,\n\n{PT[0]}\nPediatric physical therapist", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="BFCHP-NABD-DME-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    p.para(f"{f['parent']}\nPadre/madre de {f['kid']}\n{f['street']}\nAshmere, NA 58611", 10)
    p.heading("Aviso de determinación adversa de beneficios", 13, rule=True)
    p.pairs([("Miembro", f["kid"]), ("Núm. de miembro", f["mid"]), ("Fecha de nacimiento", fd(f["dob"], "es")),
             ("Solicitud núm.", f["req"]), ("Proveedor", SUP[0]), ("Fecha prevista", fd(f["planned"], "es")),
             ("Monto solicitado", "US$ " + money(f["total"], "nosign"))], 44, 9.5)
    p.ln(2)
    p.para("Negamos la extensión de profundidad del asiento y el respaldo nuevo para la silla de ruedas. El asiento "
           "actual todavía se puede ajustar al crecimiento del niño y la grieta del respaldo está cubierta por la "
           "garantía del fabricante. No es médicamente necesario en este momento.", 10)
    p.para("Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Si la espera pone en "
           "peligro la salud de su hijo, pida una apelación rápida (72 horas). Después de la apelación puede pedir "
           "una audiencia imparcial estatal dentro de 120 días.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['parent'].split()[0]} {f['parent'].split()[-1]}:", 10)
    p.para(f"{SUP[0]} asked us on {fd(f['recv'], ds)} to approve a seat depth extension and a new back for "
           f"{f['kid']}'s wheelchair, to be fitted on {fd(f['planned'], ds)}. The items were quoted at "
           f"{money(f['total'], 'plain')}. We gave the request number {f['req']}. Your child's member ID is "
           f"{f['mid']}.", 10)
    p.para("Our physician reviewer found that the seat still has growth adjustment left and that the cracked back "
           "shell is under the maker's warranty. The changes are not medically necessary right now, so we denied "
           "the request.", 10)
    p.para("You can appeal within 60 days of the date of this letter. A fast appeal is decided within 72 hours. "
           "After the appeal you can ask for a State fair hearing.", 10)
    p.para("Sincerely,\nUtilization Management", 10)
    return out(p)


def resolution(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BFCHP-NAR-02")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Appeal Resolution - Approved", 13, rule=True)
    p.pairs([("Member", f["kid"]), ("Member ID", f["mid"]), ("Appeal number", f["apl"]),
             ("Original request", f["req"]), ("Supplier", SUP[0]), ("Appeal received", fd(f["arecv"], ds))], 42, 9.5)
    p.ln(2)
    p.para("We reviewed the appeal with the new seating clinic measurements and the therapist's letter. A pediatric "
           "physiatrist found that the seat is at its last depth setting. We have reversed our decision and "
           "approved the seat depth extension (K0108), the seat base (E2231) and the contoured back (E2617). The "
           "supplier may deliver them now. You do not need to do anything else.", 10)
    return out(p)


def claims_summary(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BFCHP-MCS-Q")
    p.add_page()
    letterhead(p)
    p.line("MEMBER CLAIMS SUMMARY", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["kid"]), ("Member ID", f["mid"]),
             ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=45), ds)} - "
                                  f"{fd(f['notice'] - dt.timedelta(days=2), ds)}")], 40, 9)
    p.ln(2)
    rows = [[c, prov, fd(d, ds), desc, money(b, "nosign"), money(pd, "nosign"), rc] for c, prov, d, desc, b, pd, rc
            in f["claims"]]
    p.table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "Code"], rows,
            [26, 40, 22, 44, 18, 17, 13], size=7.5)
    p.para("P1 - Paid. You owe nothing for Medicaid-covered services.\n"
           "W4 - Denied. The repair is covered by the manufacturer's warranty; the supplier must bill the maker.", 8.5)
    p.para("If you disagree with a denial, appeal within 60 days of the date of this statement. A State fair hearing "
           "may be asked for within 120 days after our appeal decision.", 8.5)
    return out(p)


ITEMS = [
    ("bd_notice_adverse_benefit_determination", "born_digital", "nabd", "slash"),
    ("scan300_supplier_quote", "scan_clean_300", "quote", "long"),
    ("faxfine_stack_provider_notice_and_lmn", "fax_fine_g4", "stack", "updash"),
    ("copy_aviso_determinacion_adversa_es", "photocopy", "es", "es"),
    ("photo_prose_only_denial", "phone_photo", "prose", "long"),
    ("rotated_appeal_resolution_approved", "rotated", "res", "dmy"),
    ("lowres_member_claims_summary_three_claims", "scan_lowres_150", "eob", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["total"] = round(sum(v for _, _, v in lines()), 2)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl60 = (f["notice"] + dt.timedelta(days=60)).isoformat()
        alts = {"provider": [f"Dr. {DOC}", DOC, ATP], "member_id": [f["mcd"]]}
        common = dict(insurer=MCO["org"], member_id=f["mid"], member_name=f["kid"], provider=SUP[0])
        if kind == "nabd":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["req"]], claim_amount=m2(f["total"]),
                      service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=dl60,
                      alternates=alts, denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(nabd(f, ds), t)]))
        elif kind == "quote":
            f["qdate"] = f["notice"] - dt.timedelta(days=30)
            t = truth("other", None, case_numbers=[], claim_amount=m2(f["total"]),
                      denial_date=f["qdate"].isoformat(), unscored=["insurer"],
                      alternates={"provider": [ATP], "case_numbers": [[f["quote"]]]},
                      **dict(common, insurer=None))
            items.append(Item(name, cond, [(quote(f, ds), t)]))
        elif kind == "stack":
            f["lmn"] = f["notice"] + dt.timedelta(days=r.randint(5, 9))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["req"]], claim_amount=m2(f["total"]),
                       service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=dl60,
                       alternates={"provider": [ATP]}, denial_alternates=["not_covered"], **common)
            t2 = truth("other", None, case_numbers=[f["req"]], claim_amount=m2(f["total"]),
                       denial_date=f["lmn"].isoformat(), unscored=["insurer"],
                       alternates={"provider": [PT[1]], "claim_amount": [None]},
                       **dict(common, insurer=None, provider=PT[0]))
            items.append(Item(name, cond, [(fax_notice(f, ds), t1), (lmn(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["req"]],
                      claim_amount=m2(f["total"]), service_dates=[f["planned"].isoformat()], denial_date=nd,
                      appeal_deadline=dl60, alternates={"provider": [ATP]}, denial_alternates=["not_covered"],
                      **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["req"]], claim_amount=m2(f["total"]),
                      service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=dl60,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "res":
            f["apl"] = "APL-" + dg(r, 7)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(10, 20))
            t = truth("other", None, case_numbers=[f["apl"], f["req"]], denial_date=nd,
                      alternates={"case_numbers": [[f["apl"]]]}, **common)
            items.append(Item(name, cond, [(resolution(f, ds), t)]))
        else:
            r2 = random.Random(SEED + 70)
            d1 = f["notice"] - dt.timedelta(days=r.randint(30, 40))
            d2 = f["notice"] - dt.timedelta(days=r.randint(20, 28))
            d3 = f["notice"] - dt.timedelta(days=r.randint(8, 16))
            f["rclaim"] = "BF" + dg(r2, 11)
            rep = 684.00
            f["claims"] = [("BF" + dg(r2, 11), PT[1], d1, "PT evaluation 97163", 265.00, 212.40, "P1"),
                           (f["rclaim"], SUP[0], d2, "Back shell repair K0739", rep, 0.00, "W4"),
                           ("BF" + dg(r2, 11), "Ashmere Childrens Clinic", d3, "Office visit 99214", 198.00, 141.75,
                            "P1")]
            t = truth("eob", "other", case_numbers=[f["rclaim"]], claim_amount=m2(rep),
                      service_dates=[d2.isoformat()], denial_date=nd, appeal_deadline=dl60,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(claims_summary(f, ds), t)]))
    return items
