"""Family 'medicare_part_a_inpatient_lifetime_reserve_days_msn': long Original Medicare inpatient hospital stays
that run past day 90 of a benefit period, so Part A draws on the 60 lifetime reserve days (2026: $1,736
deductible, $434 a day for days 61-90, $868 a lifetime reserve day) and, once they are gone, stops paying.

Documents: a two-page Part A Medicare Summary Notice (benefit period box, days used, last days of the stay not
covered after the reserve days ran out, "must be filed by" date); a fine-fax stack of a Medigap Plan G crossover
EOB paying the coinsurance and the Medigap 365 extra days (nothing denied), the hospital's statement and the
blank back of its sheet; a phone photo of a Spanish Part A MSN; a sideways hospital notice about electing not
to use reserve days (refuses nothing); a low-resolution Medicare contractor redetermination upholding that no new
benefit period had started; a photocopied Medigap letter refusing days after its lifetime 365 extra days were
used; a scanned state Medicaid notice refusing the uncovered days because the member is QMB-only.

Decoys: benefit period start dates, the earlier stay in the same benefit period, claims-processed periods, DOB,
provider numbers, patient account numbers, per-day rates, Medicare-paid and you-may-be-billed amounts, the
QIC 180-day, fair hearing 90-day and 10-day continuation limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_part_a_inpatient_lifetime_reserve_days_msn"
LANG = "en"
SEED = 312600
FONTS = "/usr/share/fonts/truetype/dejavu/"
DED, COIN, LRD = 1736.00, 434.00, 868.00
HOSPITALS = ["Saint Aldric Regional Medical Center", "Marrowbone Valley Hospital", "Castle Ford General Hospital",
             "Hospital San Telmo del Sur"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16), serif=False):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
        if serif:
            self.add_font("Serif", "", FONTS + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", FONTS + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + '0123456789')}{r.digits(1)}-{r.choice(a)}"
            f"{r.choice(a + '0123456789')}{r.digits(1)}-{r.choice(a)}{r.choice(a)}{r.digits(2)}")


def stay(r: Rand, lang: str = "en", prior_days: int | None = None, lrd_left: int | None = None) -> dict:
    """A stay past day 90: days already used in the benefit period, reserve days left, covered and uncovered days."""
    member, first, mid, last = r.person(lang)
    prior = prior_days if prior_days is not None else r.randint(48, 58)
    length = 90 - prior + r.randint(7, 12)
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(20, 110))
    dis = adm + dt.timedelta(days=length)            # day of discharge is not a billed day
    left = lrd_left if lrd_left is not None else r.randint(2, 5)
    coin_days = 90 - max(prior, 60)
    full_days = max(0, 60 - prior)
    lrd_days = min(left, length - full_days - coin_days)
    nc_days = length - full_days - coin_days - lrd_days
    first_nc = adm + dt.timedelta(days=full_days + coin_days + lrd_days)
    bp_start = adm - dt.timedelta(days=r.randint(70, 110))
    daily = r.choice([3150.0, 3425.0, 3610.0, 3890.0])
    charges = round(length * daily + r.randint(8000, 24000) + r.choice([0.0, 0.5, 0.25]), 2)
    return dict(member=member, first=first, last=last, addr=r.address(lang), adm=adm, dis=dis, length=length,
                prior=prior, left=left, coin_days=coin_days, full_days=full_days, lrd_days=lrd_days, nc_days=nc_days,
                first_nc=first_nc, last_nc=dis - dt.timedelta(days=1), bp_start=bp_start, daily=daily,
                charges=charges, nc_charges=round(nc_days * daily, 2), mbi=mbi(r),
                dob=dt.date(r.randint(1931, 1958), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: two-page Part A MSN (born digital)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, prior_days=r.randint(50, 56), lrd_left=r.randint(3, 5))
    hosp = HOSPITALS[0]
    notice = s["dis"] + dt.timedelta(days=r.randint(24, 38))
    p0, p1 = notice - dt.timedelta(days=90), notice - dt.timedelta(days=3)
    icn = f"{r.digits(5)}{r.digits(4)}{r.digits(5)}"
    by = notice + dt.timedelta(days=120)
    you = s["coin_days"] * COIN + s["lrd_days"] * LRD + s["nc_charges"]
    paid = round(r.uniform(0.28, 0.36) * s["charges"], 2)
    d = Page(f"Medicare Summary Notice for Part A   {s['member']}   Page {{p}} of {{n}}",
             header=f"{s['member']}  |  Medicare Number {s['mbi']}  |  Date of This Notice {fmt_date(notice, 'long')}")
    d.add_page()
    d.font(19, "B")
    d.cell(110, 9, "Medicare Summary Notice")
    d.font(9)
    d.multi_cell(0, 4.6, f"Notice for {s['member']}\nMedicare Number {s['mbi']}\nDate of This Notice "
                 f"{fmt_date(notice, 'long')}\nClaims Processed Between {fmt_date(p0, 'long')} - "
                 f"{fmt_date(p1, 'long')}", new_x="LMARGIN", new_y="NEXT")
    d.text_line("for Part A (Hospital Insurance)", 11, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.text_line("THIS IS NOT A BILL", 12, "B", h=8)
    d.rule(0.6, 3)
    y = d.get_y()
    d.set_fill_color(235, 235, 235)
    d.rect(16, y, 86, 58, "F")
    d.set_xy(19, y + 3)
    d.font(10.5, "B")
    d.cell(80, 6, "Your Deductible Status", new_x="LEFT", new_y="NEXT")
    d.font(8.8)
    d.multi_cell(80, 4.5, f"Your deductible is what you must pay each benefit period before Medicare pays. You have "
                 f"met the Part A deductible ({fmt_money(DED)}) for the benefit period that began "
                 f"{fmt_date(s['bp_start'], 'long')}.", new_x="LEFT", new_y="NEXT")
    d.ln(2)
    d.font(10.5, "B")
    d.cell(80, 6, "Your Lifetime Reserve Days", new_x="LEFT", new_y="NEXT")
    d.font(8.8)
    d.multi_cell(80, 4.5, f"Reserve days used on this claim: {s['lrd_days']}. Reserve days left: 0 of 60.",
                 new_x="LEFT", new_y="NEXT")
    d.set_xy(108, y)
    d.font(10.5, "B")
    d.cell(0, 6, "Did Medicare Approve All Claims?", new_x="LEFT", new_y="NEXT")
    d.set_x(108)
    d.font(9)
    d.multi_cell(92, 4.6, "NO. Medicare did not approve all of the days on 1 claim. See page 2 for details.\n\n"
                 f"Total You May Be Billed: {fmt_money(you)}\n\nBenefit days used in this benefit period: "
                 f"{s['prior'] + s['full_days'] + s['coin_days'] + s['lrd_days']} (including {s['prior']} days of an "
                 "earlier stay).", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 64)
    d.text_line("Facilities with Claims This Period", 10.5, "B", h=6)
    d.para(f"{s['adm'].strftime('%m/%d/%y')} - {s['dis'].strftime('%m/%d/%y')}   {hosp}", 9.2, gap=1)
    d.para(f"Earlier stay in this benefit period: {fmt_date(s['bp_start'], 'slash')} - "
           f"{fmt_date(s['bp_start'] + dt.timedelta(days=s['prior']), 'slash')}, processed on a previous notice.", 8.6)
    d.text_line("How to Check This Notice", 10.5, "B", h=6)
    d.para("Do you recognize the name of each facility? Check your receipts. Did you get the services listed? Call "
           "1-800-MEDICARE if you have questions. Report fraud at 1-800-HHS-TIPS.", 8.8)
    d.add_page()
    d.text_line("Your Facility Claims for Part A (Hospital Insurance)", 11.5, "B", h=7)
    d.para(f"{hosp}, 300 Abbey Road, Ferris Crossing, OH 45801   Provider number 36-{r.digits(4)}", 8.8, gap=1)
    d.para(f"Claim number {icn}", 8.8, gap=3)
    rows = [[f"{s['adm'].strftime('%m/%d/%y')} - {s['dis'].strftime('%m/%d/%y')}",
             f"{s['full_days'] + s['coin_days'] + s['lrd_days']} days", "No", fmt_money(s["nc_charges"]),
             fmt_money(paid), fmt_money(you), "A-D"]]
    d.table(["Dates of Service", "Days Used", "Approved?", "Non-Covered", "Medicare Paid",
             "You May Be Billed", "Notes"], rows, [36, 20, 20, 28, 28, 32, 16], size=8.3,
            aligns="LLLRRRL", head_fill=True)
    d.para(f"Total charges on this claim: {fmt_money(s['charges'])}. Inpatient hospital admission, "
           f"{s['length']} days.", 8.8)
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para(f"A  Days 61 through 90 of a benefit period: you pay {fmt_money(COIN)} per day ({s['coin_days']} days).",
           8.6, gap=1)
    d.para(f"B  Medicare used {s['lrd_days']} of your lifetime reserve days; you pay {fmt_money(LRD)} for each one. "
           "You have now used all 60 lifetime reserve days.", 8.6, gap=1)
    d.para(f"C  The days from {fmt_date(s['first_nc'], 'slash')} through {fmt_date(s['last_nc'], 'slash')} "
           f"({s['nc_days']} days) are not covered because you have no inpatient hospital days left in this benefit "
           "period and no lifetime reserve days. A new benefit period begins only after you have been out of a "
           "hospital or skilled nursing facility for 60 days in a row.", 8.6, gap=1)
    d.para("D  If you have a Medicare Supplement policy, we sent this claim to it.", 8.6)
    d.text_line("How to Handle Denied Claims or Ask for an Appeal", 10, "B", h=6)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(by, 'long')}. Circle the service(s) you disagree with, explain why, and send this notice to: "
           "Medicare Contractor, Part A Redeterminations, PO Box 6490, Lake Mercer, OH 43230. You can call "
           "1-800-MEDICARE for help.", 8.8)
    d.text_line("CMS Form Part A MSN  -  OMB 0938-0568", 7, h=4)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=s["mbi"], member_name=s["member"],
              case_numbers=[icn], claim_amount=m2(s["charges"]), service_dates=[iso(s["adm"], s["dis"])],
              denial_date=iso(notice), provider=hosp, appeal_deadline=iso(by), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "service_dates": [[iso(s["first_nc"], s["last_nc"])]], "claim_amount": [m2(s["nc_charges"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: Medigap crossover EOB + hospital statement
def doc_medigap_eob(r: Rand, s: dict) -> tuple[bytes, dict]:
    ins = "Great Lakes Fidelity Life Insurance Company"
    pol, claim = f"GLF-MS-{r.digits(7)}", f"X{r.digits(10)}"
    s["mg_claim"] = claim
    proc = s["dis"] + dt.timedelta(days=r.randint(36, 50))
    s["proc"] = proc
    lines = [("Part A coinsurance, days 61-90", f"{s['coin_days']} x {fmt_money(COIN)}", s["coin_days"] * COIN),
             ("Lifetime reserve day coinsurance", f"{s['lrd_days']} x {fmt_money(LRD)}", s["lrd_days"] * LRD),
             ("Additional 365 days (Medigap core benefit)", f"{s['nc_days']} days", s["nc_charges"])]
    s["mg_paid"] = sum(x[2] for x in lines)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("Great Lakes Fidelity Life", 15, "B", h=7.5)
    d.text_line("Medicare Supplement Claims  -  PO Box 119, Traverse Shoals, MI 49684", 8.6, h=4.5)
    d.ln(4)
    d.text_line("Medicare Supplement Explanation of Benefits", 12, "B", h=7)
    d.text_line("Medicare crossover claim - received automatically from Medicare. Not a bill.", 8.8, h=5)
    d.ln(2)
    d.boxes([("Processed", fmt_date(proc, "abbr"), 30), ("Insured", s["member"], 50), ("Policy number", pol, 42),
             ("Plan", "Medicare Supplement Plan G", 58)])
    d.boxes([("Our claim number", claim, 40), ("Medicare claim (ICN)", s["icn"], 50), ("Hospital", s["hosp"], 90)])
    d.ln(4)
    d.para(f"Stay: {fmt_date(s['adm'], 'abbr')} to {fmt_date(s['dis'], 'abbr')}. Total hospital charges "
           f"{fmt_money(s['charges'])}; Medicare paid {fmt_money(s['mc_paid'])}.", 9.2)
    rows = [[a, b, fmt_money(c), fmt_money(c), "0.00"] for a, b, c in lines]
    rows.append(["*Total", "", fmt_money(s["mg_paid"]), fmt_money(s["mg_paid"]), "0.00"])
    d.table(["Benefit", "Basis", "Medicare-eligible", "We paid", "You owe"], rows, [70, 32, 28, 24, 20], size=8.5,
            aligns="LLRRR")
    d.para("After your Medicare lifetime reserve days ran out, your policy paid the hospital's Medicare-eligible "
           f"charges under the additional 365 days benefit. You have {365 - s['nc_days']} of those 365 days left for "
           "the rest of your life. Nothing on this claim was denied.", 9)
    d.para(f"{ins}. Questions? Call {r.phone()}. Write within 60 days if you think we processed this claim incorrectly.", 8.6)
    t = truth("eob", None, insurer=ins, member_id=pol, member_name=s["member"], case_numbers=[claim],
              claim_amount=m2(s["charges"]), service_dates=[iso(s["adm"], s["dis"])], denial_date=iso(proc),
              provider=s["hosp"], type_alternates=["other"],
              alternates={"case_numbers": [[claim, s["icn"]]], "claim_amount": [m2(s["mg_paid"])],
                          "insurer": ["Great Lakes Fidelity Life"]})
    return pdf_bytes(d), t


def doc_hospital_statement(r: Rand, s: dict) -> tuple[bytes, dict]:
    acct = f"{r.digits(9)}"
    stmt = s["proc"] + dt.timedelta(days=r.randint(8, 15))
    d = Page("Marrowbone Valley Hospital  -  Patient Financial Services", margins=(16, 14, 16))
    d.add_page()
    d.text_line("MARROWBONE VALLEY HOSPITAL", 14, "B", h=7)
    d.text_line(f"Patient Financial Services  *  12 Foundry Hill, Coal Run, WV 26101  *  {r.phone()}", 8.4, h=4.5)
    d.rule(0.5, 4)
    d.text_line("STATEMENT  -  INPATIENT ACCOUNT", 11.5, "B", h=6.5)
    y = d.get_y()
    d.para(f"{s['member']}\n{s['addr'][0]}\n{s['addr'][1]}", 9.4, w=90)
    d.set_xy(116, y)
    d.font(8.8)
    d.multi_cell(0, 4.8, f"Statement date   {fmt_date(stmt, 'upper')}\nAccount          {acct}\n"
                 f"Admitted         {fmt_date(s['adm'], 'upper')}\nDischarged       {fmt_date(s['dis'], 'upper')}\n"
                 f"Date of birth    {fmt_date(s['dob'], 'upper')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = [["Room and board, semi-private", f"{s['length']} days", fmt_money(s["length"] * s["daily"], "nosign")],
            ["Pharmacy, laboratory, therapy, supplies", "", fmt_money(s["charges"] - s["length"] * s["daily"], "nosign")],
            ["*Total charges", "", fmt_money(s["charges"], "nosign")],
            ["Medicare Part A payment", "", "-" + fmt_money(s["mc_paid"], "nosign")],
            ["Medicare contractual adjustment", "", "-" + fmt_money(round(s["charges"] - s["mc_paid"] - s["mg_paid"], 2),
                                                                     "nosign")],
            ["Great Lakes Fidelity Life (supplement) payment", "", "-" + fmt_money(s["mg_paid"], "nosign")],
            ["*Amount you owe", "", "0.00"]]
    d.table(["Description", "Qty", "Amount"], rows, [120, 30, 34], size=8.8, aligns="LLR")
    d.para("Your Medicare and Medicare Supplement benefits have paid this stay in full. Medicare lifetime reserve "
           "days were used for part of this stay; your supplement policy covered the days after they ran out. "
           "Keep this statement for your records.", 9)
    t = truth("other", None, member_name=s["member"], claim_amount=m2(s["charges"]),
              service_dates=[iso(s["adm"], s["dis"])], denial_date=iso(stmt), provider=s["hosp"],
              unscored=["insurer"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    s = stay(r, prior_days=r.randint(45, 52), lrd_left=r.randint(4, 6))
    s["hosp"] = HOSPITALS[1]
    s["icn"] = f"{r.digits(14)}"
    s["mc_paid"] = round(s["charges"] * 0.31, 2)
    eob = doc_medigap_eob(r, s)
    st = doc_hospital_statement(r, s)
    return Item(f"{FAMILY}_medigap_stack", "fax_fine_g4", [eob, st], separators=[None, "duplex"])


# ---------------------------------------------------------------- 2: Spanish MSN (phone photo)
def doc_es_msn(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, "es", prior_days=r.randint(55, 60), lrd_left=r.randint(1, 3))
    hosp = HOSPITALS[3]
    notice = s["dis"] + dt.timedelta(days=r.randint(20, 32))
    by = notice + dt.timedelta(days=120)
    icn = f"{r.digits(2)} {r.digits(4)} {r.digits(4)} {r.digits(4)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Resumen de Medicare (MSN)", 18, "B", h=9)
    d.text_line("para la Parte A (Seguro de Hospital)", 10.5, h=5.5)
    d.text_line("ESTO NO ES UNA FACTURA", 11, "B", h=7)
    d.boxes([("Aviso para", s["member"], 58), ("Número de Medicare", s["mbi"], 44),
             ("Fecha de este aviso", fmt_date(notice, "es"), 46), ("Reclamaciones", "1", 36)])
    d.ln(4)
    d.para(f"Su período de beneficios comenzó el {fmt_date(s['bp_start'], 'es')}. Antes de esta estadía usted ya había "
           f"usado {s['prior']} días de hospital en ese período.", 9)
    d.text_line("Su reclamación de la Parte A", 11, "B", h=6.5)
    d.para(f"{hosp}, Caguas, PR", 9, gap=1)
    rows = [[f"{fmt_date(s['adm'], 'es_abbr')} a {fmt_date(s['dis'], 'es_abbr')}", str(s["length"]),
             fmt_money(s["charges"]), fmt_money(s["nc_charges"]), "A, B"]]
    d.table(["Fechas de servicio", "Días", "Cargos totales", "Cargos no cubiertos", "Notas"], rows,
            [62, 16, 36, 38, 26], size=8.6, aligns="LRRRL", head_fill=True)
    d.para(f"Número de reclamación: {icn}", 9)
    d.text_line("Notas", 10, "B", h=6)
    d.para(f"A  Medicare usó sus últimos {s['lrd_days']} días de reserva de por vida. Ya no le quedan días de reserva.",
           8.8, gap=1)
    d.para(f"B  Los días del {fmt_date(s['first_nc'], 'es')} al {fmt_date(s['last_nc'], 'es')} no están cubiertos: "
           "usted agotó los 90 días del período de beneficios y sus días de reserva de por vida.", 8.8)
    d.text_line("Cómo apelar", 10, "B", h=6)
    d.para(f"Si no está de acuerdo, puede apelar. Las apelaciones deben presentarse antes del {fmt_date(by, 'es')}. "
           "Marque los servicios con los que no está de acuerdo y envíe este aviso al contratista de Medicare. "
           "Llame al 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048.", 8.8)
    t = truth("eob", "not_covered", lang="es", insurer="Medicare", member_id=s["mbi"], member_name=s["member"],
              case_numbers=[icn.replace(" ", "")], claim_amount=m2(s["charges"]),
              service_dates=[iso(s["adm"], s["dis"])], denial_date=iso(notice), provider=hosp, appeal_deadline=iso(by),
              type_alternates=["denial_letter"],
              alternates={"service_dates": [[iso(s["first_nc"], s["last_nc"])]], "claim_amount": [m2(s["nc_charges"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: hospital reserve-day election notice (rotated)
def doc_election(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, prior_days=0, lrd_left=r.randint(20, 40))
    hosp = HOSPITALS[2]
    today = s["adm"] + dt.timedelta(days=r.randint(84, 87))
    acct = f"CF{r.digits(8)}"
    d = Page(None, margins=(26, 22, 26), serif=True)
    d.add_page()
    d.text_line("Castle Ford General Hospital", 14, "B", align="C", h=7)
    d.text_line("Case Management and Patient Financial Counseling", 9, align="C", h=5)
    d.text_line("900 Tannery Row, Castle Ford, KY 40601", 9, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(today, "wlong"), 10.5, h=6)
    d.ln(3)
    d.para(f"{s['member']}\nInpatient, 4 West, Room 412", 10.5, gap=4)
    d.para(f"Dear {s['first']} {s['last']}:", 10.5)
    d.para(f"You were admitted to {hosp} on {fmt_date(s['adm'], 'long')} and you are still an inpatient. Medicare "
           f"Part A (Medicare number {s['mbi']}) pays for up to 90 days of inpatient hospital care in each benefit "
           "period. Your stay will reach its 90th day soon.", 10.5)
    d.para("After day 90, Medicare will use your lifetime reserve days unless you tell us in writing that you do not "
           f"want to use them. You have 60 reserve days in your lifetime, and our records show you have "
           f"{s['left']} left. For each reserve day you pay a coinsurance of {fmt_money(LRD)} in 2026.", 10.5)
    d.para("You may choose not to use reserve days for this stay, for example if your hospital charges for those "
           "days would be less than the coinsurance or if a supplement policy will pay. If you make that choice, "
           "Medicare will not pay for the days after day 90 and the hospital will bill you or your other insurance "
           "for them.", 10.5)
    d.para("This letter is not a denial of coverage, and you do not need to do anything if you want Medicare to use "
           "your reserve days. If you do not want to use them, sign the election form enclosed and return it to "
           "Case Management within 90 days after your discharge.", 10.5)
    d.para(f"Your hospital account number is {acct}. A financial counselor can answer questions at {r.phone()}.",
           10.5)
    d.para("Sincerely,\n\nDelphine O. Marsh, RN\nCase Manager", 10.5)
    t = truth("other", None, member_id=s["mbi"], member_name=s["member"], denial_date=iso(today), provider=hosp,
              unscored=["insurer"], alternates={"service_dates": [[iso(s["adm"])]], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: MAC redetermination upheld (low-res scan)
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, prior_days=r.randint(50, 58), lrd_left=0)
    hosp = "Pennywhistle Creek Medical Center"
    mac = "Meridian Plains Government Benefits Administrators, LLC"
    icn, appeal = f"{r.digits(13)}", f"RD-{r.digits(4)}-{r.digits(6)}"
    notice = s["dis"] + dt.timedelta(days=r.randint(110, 140))
    s["bp_start"] = s["adm"] - dt.timedelta(days=s["prior"] + r.randint(62, 80))
    snf_end = s["adm"] - dt.timedelta(days=r.randint(20, 45))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Meridian Plains GBA", 14, "B", h=7)
    d.text_line("A CMS Medicare Administrative Contractor - Jurisdiction P Part A", 8.6, h=4.5)
    d.text_line("Redeterminations  -  PO Box 5212, Sioux Bend, SD 57101", 8.6, h=4.5)
    d.ln(6)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12.5, "B", h=7)
    d.ln(2)
    d.para(f"{fmt_date(notice, 'long')}\n\n{s['member']}\n{s['addr'][0]}\n{s['addr'][1]}", 10)
    d.para(f"Appeal number {appeal} concerns claim {icn} for your inpatient stay at {hosp}. You told us that you "
           f"were admitted on {fmt_date(s['adm'], 'long')} and discharged on {fmt_date(s['dis'], 'long')}, that "
           f"the hospital billed {fmt_money(s['charges'])}, and that a new benefit period should have started before "
           "this admission, so the last days of the stay should have been covered.", 10)
    d.text_line("The decision is unfavorable", 11, "B", h=6.5)
    d.para(f"A benefit period ends when you have not been an inpatient in a hospital or received skilled care in a "
           f"skilled nursing facility for 60 days in a row. Your earlier benefit period began on "
           f"{fmt_date(s['bp_start'], 'long')}. After that hospital stay you received skilled care in a nursing "
           f"facility until {fmt_date(snf_end, 'long')}, fewer than 60 days before this admission. The benefit period "
           "had not ended, so this stay continued it. You had no lifetime reserve days left, and the days from "
           f"{fmt_date(s['first_nc'], 'long')} through {fmt_date(s['last_nc'], 'long')} remain not covered.", 10)
    d.para(f"Your Medicare number is {s['mbi']}. Our decision agrees with the original determination.", 10)
    d.text_line("If you disagree with this decision", 11, "B", h=6.5)
    d.para("You may ask a Qualified Independent Contractor for a reconsideration. You must file within 180 days of "
           "receiving this letter. We presume you received it 5 days after the date above. Use form CMS-20033 or "
           "send a written request to the address shown in the enclosed appeal information.", 10)
    d.para(f"Sincerely,\nPart A Redetermination Unit\n{mac}", 10)
    t = truth("denial_letter", "not_covered", insurer=mac, member_id=s["mbi"], member_name=s["member"],
              case_numbers=[appeal, icn], claim_amount=m2(s["charges"]), service_dates=[iso(s["adm"], s["dis"])],
              denial_date=iso(notice), provider=hosp,
              alternates={"insurer": ["Meridian Plains GBA", "Medicare"],
                          "service_dates": [[iso(s["first_nc"], s["last_nc"])]], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medigap lifetime 365 days used (photocopy)
def doc_medigap_denial(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, prior_days=r.randint(48, 56), lrd_left=r.randint(1, 4))
    ins = "Bridgeport Heritage Assurance Company"
    hosp = HOSPITALS[0]
    pol, ref = f"{r.digits(3)}-{r.digits(2)}-{r.digits(5)}", f"BHA{r.digits(8)}"
    letter = s["dis"] + dt.timedelta(days=r.randint(40, 60))
    used_year = r.randint(2019, 2023)
    d = Page("Bridgeport Heritage Assurance  -  Medicare Supplement  -  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("BRIDGEPORT HERITAGE", 15, "B", h=7.5)
    d.text_line("Assurance Company  |  Medicare Supplement Service Center  |  PO Box 2770, Newel Harbor, CT 06101", 8.2,
                h=4.5)
    d.rule(0.5, 5)
    for lab, val in [("LETTER DATE", fmt_date(letter, "dmy")), ("INSURED", s["member"]), ("POLICY", pol),
                     ("PLAN", "Medicare Supplement Plan N"), ("CLAIM REF", ref), ("FACILITY", hosp),
                     ("DAYS IN QUESTION", f"{fmt_date(s['first_nc'], 'dmy')} - {fmt_date(s['last_nc'], 'dmy')}"),
                     ("AMOUNT", fmt_money(s["nc_charges"], "usd"))]:
        d.font(8.2, "B")
        d.cell(40, 5.2, lab)
        d.font(9.6)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Dear {s['first']} {s['last']},", 10)
    d.para("Medicare sent us the hospital claim for your recent stay. Medicare did not pay the days listed above "
           "because your Part A hospital days and lifetime reserve days were used up.", 10)
    d.para("Your policy's core benefit pays for up to 365 additional hospital days in your lifetime after Medicare "
           f"hospital benefits end. Our records show all 365 additional days were paid on claims in {used_year} and "
           "later. The lifetime maximum of this benefit has been reached, so we cannot pay these days. We did pay "
           "your Part A coinsurance for the days Medicare covered.", 10)
    d.para("If you disagree, you may ask us to reconsider. Your request must be made within 60 days of the date of "
           "this letter. You may also contact your State Health Insurance Assistance Program (SHIP) for free help.", 10)
    d.para("Medicare Supplement Claims\nBridgeport Heritage Assurance Company", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=pol, member_name=s["member"], case_numbers=[ref],
              claim_amount=m2(s["nc_charges"]), service_dates=[iso(s["first_nc"], s["last_nc"])],
              denial_date=iso(letter), provider=hosp, appeal_deadline=iso(letter + dt.timedelta(days=60)),
              alternates={"insurer": ["Bridgeport Heritage"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: state Medicaid QMB-only notice (scan)
def doc_medicaid_qmb(r: Rand) -> tuple[bytes, dict]:
    s = stay(r, prior_days=r.randint(55, 60), lrd_left=0)
    agency = "Tallgrass State Department of Medical Assistance"
    hosp = "Pennywhistle Creek Medical Center"
    mcd = f"{r.digits(11)}"
    tcn = f"{r.digits(4)}{r.digits(3)}{r.digits(6)}"
    notice = s["dis"] + dt.timedelta(days=r.randint(55, 75))
    effective = notice + dt.timedelta(days=10)
    d = Page("Notice of Action  -  TSDMA Form MA-210  -  Page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Tallgrass State Department of Medical Assistance", 13, "B", h=7)
    d.text_line("Division of Medicaid Claims  -  State Office Building, Room 400, Prairie Capitol", 8.5, h=4.5)
    d.ln(4)
    d.set_fill_color(0, 0, 0)
    d.set_text_color(255, 255, 255)
    d.font(11.5, "B")
    d.cell(0, 8, "  NOTICE OF ACTION  -  CLAIM DENIED", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 34), ("Recipient", s["member"], 58),
             ("Medicaid ID", mcd, 40), ("Transaction control no.", tcn, 48)])
    d.boxes([("Provider", hosp, 80), ("Dates of service", f"{fmt_date(s['first_nc'], 'mdy_nopad')} - "
             f"{fmt_date(s['last_nc'], 'mdy_nopad')}", 60), ("Billed", fmt_money(s["nc_charges"]), 40)])
    d.ln(4)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para("We denied the hospital's claim for these inpatient days. Medicare did not pay them because the Medicare "
           "hospital days and lifetime reserve days were used up.", 9.4)
    d.text_line("Why", 10.5, "B", h=6)
    d.para("You are enrolled as a Qualified Medicare Beneficiary only (QMB-only). QMB pays your Medicare premiums, "
           "deductibles and coinsurance. It does not pay for services Medicare does not cover. You are not eligible "
           "for full Medicaid benefits for these dates. Rule: Tallgrass Admin. Code 30-5-112; 42 CFR 435.123.", 9.4)
    d.para(f"This action takes effect {fmt_date(effective, 'mdy_nopad')}.", 9.4)
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    d.para("If you disagree, you may ask for a State fair hearing. You must ask within 90 days of the date of this "
           "notice. If you ask within 10 days, the action will not take effect until the hearing decision. You may "
           "speak for yourself or have a lawyer, relative, friend or other person speak for you. Free legal help "
           "may be available from Tallgrass Legal Aid. To ask for a hearing, call 1-555-0199 or write to the Office "
           "of Administrative Hearings.", 9.4)
    d.para("You may also apply for full Medicaid coverage; a caseworker can check if a spend-down applies.", 9.4)
    t = truth("denial_letter", "eligibility", insurer=agency, member_id=mcd, member_name=s["member"],
              case_numbers=[tcn], claim_amount=m2(s["nc_charges"]), service_dates=[iso(s["first_nc"], s["last_nc"])],
              denial_date=iso(notice), provider=hosp, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_part_a", "born_digital"),
              (2, doc_es_msn, "es_msn_photo", "phone_photo"),
              (3, doc_election, "reserve_day_election", "rotated"),
              (4, doc_redetermination, "redetermination_upheld", "scan_lowres_150"),
              (5, doc_medigap_denial, "medigap_365_denial", "photocopy"),
              (6, doc_medicaid_qmb, "medicaid_qmb_notice", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
