"""Family 'genetic_counseling_telehealth_out_of_state_provider_denial': an invented commercial plan refusing
telehealth genetic counseling (96040 / S0265) because the genetic counselor was licensed in another state than
the one where the member sat during the video visit.

Documents: the plan's claim denial letter (label column); a three-claim EOB where only the counseling claim is
refused; the counseling practice's invoice to the patient (denies nothing); a Spanish notice; an overturned
appeal (denies nothing); a prose-only denial letter (phone photo); a fax stack of a cover, the plan's notice to
the counselor and a paid lab EOB (denies nothing).

All people, plans, practices and numbers are invented (555 phone numbers). Decoys: DOB, NPI, state license
numbers, claim received dates, processing periods, account numbers, other claims, 72-hour and external-review
limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "genetic_counseling_telehealth_out_of_state_provider_denial"
LANG = "en"
SEED = 338900

INS = "Larkspur Meridian Health Plan"
INS_ADDR = "PO Box 77120, Brennock, WI 54497"
PROD = "Larkspur Meridian Choice PPO"
PRAC = "Tidewater Genomic Counseling Group"
PRAC_ADDR = "41 Sable Pier Road, Port Alcott, ME 04499"
GC = "Rosalind K. Achterberg"
GC_CRED = "Rosalind K. Achterberg, MS, CGC"
ONC = "Dr. Fitzgerald O. Nwachukwu"
PH = "1-888-555-0147"


def D(rng):
    return Doc(font="Helvetica", footer="LMHP-GC-NOT-0426  Page {p} of {n}")


def letterhead(d, right=False, word="LARKSPUR MERIDIAN", sub=INS + "  |  " + INS_ADDR):
    d.add_page()
    d.text_line(word, 17, "B", "R" if right else "L")
    d.text_line(sub, 8, "", "R" if right else "L")
    d.rule(0.6, 4)


def labels(d, rows, w=46, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, ps, size=10):
    for p in ps:
        if p.startswith("#"):
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size)


def base(seed):
    r = random.Random(seed)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 120))
    dos = notice - dt.timedelta(days=r.randint(20, 40))
    return r, notice, dos


MEMBER = "Ottoline V. Castellanos"
MID = "LMX442019837"
GRP = "G-71406"
CHARGE = 385.00


def denial_letter():
    r, notice, dos = base(1)
    claim = "2026C0417733"
    d = D(r)
    letterhead(d)
    d.text_line(fmt_date(notice, "long"), 10)
    d.ln(3)
    for l in [MEMBER, "88 Heron Bluff Road", "Tallow Springs, MO 65799"]:
        d.text_line(l, 10)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination - Claim", 12, "B")
    d.ln(2)
    labels(d, [("Member:", MEMBER), ("Member ID:", MID), ("Group number:", GRP),
               ("Date of birth:", fmt_date(dt.date(1984, 6, 11), "long")), ("Claim number:", claim),
               ("Rendering provider:", GC_CRED), ("Provider NPI:", "1538876640"),
               ("Service:", "96040 Genetic counseling, 30 min (telehealth, POS 10)"),
               ("Date of service:", fmt_date(dos, "long")), ("Amount billed:", fmt_money(CHARGE)),
               ("Claim received:", fmt_date(dos + dt.timedelta(days=6), "long"))])
    paras(d, ["#Why we denied this claim",
              f"The genetic counseling visit was provided by video while you were at home in Missouri. {GC} "
              "holds a genetic counselor license in Maine only (license GC-0318). Our telehealth policy (MP-TH-07) "
              "covers a telehealth service only when the provider is licensed in the state where the member is "
              "located at the time of the visit. Because the counselor was not licensed in Missouri, the claim is "
              "not payable. The referral from " + ONC + " does not change this.",
              "#Your right to appeal",
              "You may ask for an appeal within 180 days of the date of this letter. Send your request to "
              f"{INS}, Appeals, {INS_ADDR}, or call {PH}. If your situation is urgent you may ask for an expedited "
              "review; we decide those within 72 hours. After the appeal you may ask for an external review within "
              "4 months."])
    t = truth("denial_letter", "out_of_network", insurer=INS, group_number=GRP, member_id=MID, member_name=MEMBER,
              case_numbers=[claim], claim_amount="385.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=GC,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def eob3():
    r, notice, dos = base(2)
    d = D(r)
    letterhead(d, right=True)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B", "C")
    d.ln(2)
    d.boxes([("Statement date", fmt_date(notice, "abbr"), 42), ("Member", "Anselm T. Whitmore", 52),
             ("Member ID", "LMX550381226", 44), ("Group", "G-71406", 34)])
    d.ln(2)
    d.para(f"Claims processed {fmt_date(notice - dt.timedelta(days=30), 'abbr')} - "
           f"{fmt_date(notice - dt.timedelta(days=2), 'abbr')}", 8.5)
    d1, d2, d3 = dos - dt.timedelta(days=12), dos, dos + dt.timedelta(days=5)
    rows = [["*Claim 2026C0388104  Lakeshore Oncology Associates", "", "", "", "", ""],
            [fmt_date(d1, "abbr"), "99214 Office visit", "248.00", "161.20", "131.20", "30.00 A"],
            ["*Claim 2026C0391562  Tidewater Genomic Counseling Group", "", "", "", "", ""],
            [fmt_date(d2, "abbr"), "96040 Genetic counseling (telehealth)", "410.00", "0.00", "0.00", "0.00 GC4"],
            ["*Claim 2026C0395017  Ashdown Reference Laboratory", "", "", "", "", ""],
            [fmt_date(d3, "abbr"), "81162 BRCA1/2 sequencing", "1,960.00", "1,120.00", "1,120.00", "0.00 A"]]
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe / note"], rows,
            [30, 62, 22, 22, 22, 24], 8, "LLRRRR")
    paras(d, ["A  Paid at your in-network benefit.",
              "GC4  Denied. Telehealth services must be given by a provider licensed in the state where you were "
              "located during the visit. The genetic counselor was licensed in another state. The provider may not "
              "bill you for this amount under their agreement.",
              "#Appeals",
              "If you disagree, you may appeal within 180 days of the date of this statement. Write to "
              f"{INS}, Appeals, {INS_ADDR} or call {PH}."], 9)
    t = truth("eob", "out_of_network", insurer=INS, group_number="G-71406", member_id="LMX550381226",
              member_name="Anselm T. Whitmore", case_numbers=["2026C0391562"], claim_amount="410.00",
              service_dates=[d2.isoformat()], denial_date=notice.isoformat(), provider=PRAC,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def invoice():
    r, notice, dos = base(3)
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line(PRAC, 15, "B", "C")
    d.text_line(PRAC_ADDR + "  -  Tel. 207-555-0191", 9, "", "C")
    d.ln(4)
    d.text_line("INVOICE", 13, "B")
    idate = notice
    labels(d, [("Invoice date:", fmt_date(idate, "iso")), ("Account no.:", "TGC-88213"),
               ("Patient:", "Marisol E. Prendergast"), ("Insurance:", "Larkspur Meridian, ID LMX903114572"),
               ("Counselor:", GC_CRED)], 38, 10)
    d.table(["Date", "Code", "Description", "Amount"],
            [[fmt_date(dos, "iso"), "96040", "Genetic counseling, video visit, 60 min", "$620.00"],
             [fmt_date(dos, "iso"), "96040", "(2 units)", ""],
             [fmt_date(idate - dt.timedelta(days=3), "iso"), "", "Insurance payment - denied, see note", "$0.00"],
             ["*Balance due", "", "", "$620.00"]], [32, 22, 90, 30], 9.5, "LLLR")
    d.para("Your insurer did not pay this visit. If you appeal, we will place your account on hold for 60 days. "
           "Payment is due within 30 days of the invoice date.", 10)
    t = truth("other", None, member_id="LMX903114572", member_name="Marisol E. Prendergast", claim_amount="620.00",
              service_dates=[dos.isoformat()], denial_date=idate.isoformat(), provider=PRAC,
              unscored=["insurer"], alternates={"provider": [GC], "denial_date": [None]})
    return pdf_bytes(d), t


def spanish():
    r, notice, dos = base(4)
    d = D(r)
    letterhead(d, word="LARKSPUR MERIDIAN SALUD")
    d.text_line(fmt_date(notice, "es"), 10)
    d.ln(3)
    d.text_line("Aviso de denegación de pago", 13, "B")
    mem = "Xiomara L. Irizarry"
    labels(d, [("Afiliada:", mem), ("Nº de afiliado:", "LMX771650428"), ("Grupo:", "G-71406"),
               ("Reclamación:", "2026C0452290"), ("Fecha de nacimiento:", fmt_date(dt.date(1991, 2, 3), "es")),
               ("Fecha del servicio:", fmt_date(dos, "es"))], 46)
    paras(d, [f"Negamos el pago de la consulta de asesoramiento genético por video con {GC} (96040), "
              "facturada por $395.00. Usted estaba en Texas durante la consulta y la consejera tiene licencia "
              "solamente en Maine. Nuestra póliza de telesalud cubre el servicio solo si el proveedor tiene "
              "licencia en el estado donde se encuentra el afiliado.",
              "#Su derecho a apelar",
              "Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
              f"{INS}, Apelaciones, {INS_ADDR}, o llame al {PH}. Una revisión acelerada se decide en 72 horas."])
    t = truth("denial_letter", "out_of_network", lang="es", insurer=INS, group_number="G-71406",
              member_id="LMX771650428", member_name=mem, case_numbers=["2026C0452290"], claim_amount="395.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=GC,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def overturned():
    r, notice, dos = base(5)
    d = D(r)
    letterhead(d, right=True)
    d.text_line(fmt_date(notice, "dmy"), 10)
    d.ln(3)
    mem = "Desmond P. Oyelaran"
    labels(d, [("Re:", "Appeal APL-26-580913 (claim 2026C0366810)"), ("Member:", mem),
               ("Member ID:", "LMX318840057"), ("Group:", "G-71406")], 30)
    paras(d, ["#Appeal decision: OVERTURNED",
              f"We reviewed your appeal of the denied telehealth genetic counseling visit of {fmt_date(dos, 'dmy')} "
              f"with {GC}. You sent proof that the counselor was granted a temporary Wisconsin license before the "
              "visit. The denial is reversed and the claim will be reprocessed and paid at your in-network benefit "
              "within 30 days. You will receive a new Explanation of Benefits.",
              f"Questions? Call {PH}."])
    t = truth("other", None, insurer=INS, group_number="G-71406", member_id="LMX318840057", member_name=mem,
              case_numbers=["APL-26-580913", "2026C0366810"], service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=GC,
              alternates={"case_numbers": [["APL-26-580913"]], "insurer": [PROD]})
    return pdf_bytes(d), t


def prose():
    r, notice, dos = base(6)
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Larkspur Meridian Health Plan", 14, "B", "C")
    d.text_line("Member Services  -  " + INS_ADDR, 8.5, "", "C")
    d.ln(6)
    d.text_line(fmt_date(notice, "upper"), 10)
    d.ln(4)
    mem = "Gideon S. Rutledge"
    paras(d, [f"Dear {mem},",
              f"We are writing about the claim 2026C0470158 for the video genetic counseling visit you had on "
              f"{fmt_date(dos, 'upper')} with {GC} of {PRAC}. The practice billed $455.00. Your member ID is "
              "LMX604227391 and your group number is G-71406.",
              "We cannot pay this claim. At the time of the visit you were in Colorado, and the counselor is "
              "licensed in Maine and New Hampshire only. Your plan pays for telehealth only when the person giving "
              "the care is licensed where you are during the visit.",
              "If you disagree, you or someone you name may appeal within 180 days of the date of this letter. "
              f"Call {PH} or write to us at the address above. You may also ask for an external review after our "
              "appeal decision.",
              "Sincerely,", "Claims Review Department"], 10.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, group_number="G-71406", member_id="LMX604227391",
              member_name=mem, case_numbers=["2026C0470158"], claim_amount="455.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=GC,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(), denial_alternates=["not_covered"],
              alternates={"provider": [PRAC]})
    return pdf_bytes(d), t


def provider_notice():
    r, notice, dos = base(7)
    d = D(r)
    letterhead(d, word="LARKSPUR MERIDIAN  Provider Services")
    d.text_line(fmt_date(notice, "slash"), 10)
    d.ln(2)
    d.para(f"To: {GC_CRED}, {PRAC}, {PRAC_ADDR}", 10)
    mem = "Leticia W. Marchetti"
    d.table(["Patient", "Member ID", "Claim", "DOS", "Billed"],
            [[mem, "LMX229105563", "2026C0481127", fmt_date(dos, "slash"), "$340.00"]], [46, 34, 32, 26, 24], 9)
    paras(d, ["Denial code GC4: the member was located in Minnesota at the time of the telehealth visit and our "
              "credentialing file shows no Minnesota license for the rendering counselor. You may not bill the "
              "member. Submit a reconsideration within 90 days of the date of this notice with proof of licensure.",
              f"Provider Services {PH}.  NPI on file 1538876640."], 9.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id="LMX229105563", member_name=mem,
              case_numbers=["2026C0481127"], claim_amount="340.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=GC,
              appeal_deadline=(notice + dt.timedelta(days=90)).isoformat(), denial_alternates=["not_covered"],
              alternates={"provider": [PRAC]})
    return pdf_bytes(d), t


def paid_lab_eob():
    r, notice, dos = base(8)
    d = D(r)
    letterhead(d)
    d.text_line("Explanation of Benefits", 12, "B")
    mem = "Leticia W. Marchetti"
    labels(d, [("Issued:", fmt_date(notice, "slash")), ("Patient:", mem), ("ID:", "LMX229105563"),
               ("Claim #:", "2026C0479904"), ("Provider:", "Ashdown Reference Laboratory")], 30)
    d.table(["Date", "Service", "Billed", "Paid", "You owe"],
            [[fmt_date(dos, "slash"), "81162 Hereditary cancer panel", "$2,140.00", "$1,180.00", "$0.00"]],
            [28, 70, 26, 26, 24], 9)
    d.para("This claim was paid. No action is needed. To appeal any decision, write within 180 days of the date "
           "of this statement.", 9.5)
    t = truth("eob", None, insurer=INS, member_id="LMX229105563", member_name=mem, case_numbers=["2026C0479904"],
              claim_amount="2140.00", service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider="Ashdown Reference Laboratory",
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_claim_denial_letter", "born_digital", [denial_letter()]),
            Item(f"{F}_scan300_eob_three_claims", "scan_clean_300", [eob3()]),
            Item(f"{F}_lowres_counseling_invoice", "scan_lowres_150", [invoice()]),
            Item(f"{F}_copy_es_aviso", "photocopy", [spanish()]),
            Item(f"{F}_faxfine_appeal_overturned", "fax_fine_g4", [overturned()]),
            Item(f"{F}_photo_prose_letter", "phone_photo", [prose()]),
            Item(f"{F}_faxstd_stack_provider_notice_lab_eob", "fax_standard_g4", [provider_notice(), paid_lab_eob()],
                 separators=["cover", None])]
