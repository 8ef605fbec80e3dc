"""Family 'ambulance_air_to_ground_downgrade_payment_eob': an invented plan paying a rotor-wing air ambulance
transport (A0431 + A0436 mileage) at the ground advanced-life-support rate (A0427 + A0425) because ground
transport was judged safe and available: a partial payment, not a full denial.

Documents: a member EOB with the balance the air service may bill; a provider remittance with several patients'
claims where only the air claim is downgraded; an upheld appeal; the air service's balance bill to the patient
(denies nothing); a prose-only downgrade letter; a request for flight records (denies nothing); a sideways stack
of a cover, the downgrade notice to the air service and the member's paid ground-ambulance EOB.

All people, plans, services and numbers are invented (555 phone numbers). Decoys: DOB, NPI, trip and account
numbers, flight times, received dates, processing periods, other claims, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_genetic_counseling_telehealth_out_of_state_provider_denial import labels, paras
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "ambulance_air_to_ground_downgrade_payment_eob"
LANG = "en"
SEED = 339000

INS = "Cobalt Prairie Health Insurance Company"
WORD = "COBALT PRAIRIE"
PROD = "Cobalt Prairie Essential EPO"
ADDR = "PO Box 31880, Pueblo, CO 81003"
AIR = "SkyRidge Air Medical Transport"
AIR_ADDR = "900 Hangar Row, Lubbock, TX 79401"
PH = "1-877-555-0163"
FOOT = "CP-EOB-AMB-2026  Page {p} of {n}"


def head(d, right=False, sub=None):
    d.add_page()
    d.text_line(WORD, 18, "B", "R" if right else "L")
    d.text_line(sub or f"{INS}  -  {ADDR}", 8, "", "R" if right else "L")
    d.rule(0.7, 4)


def dates(i):
    r = random.Random(339000 + i)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    return notice, notice - dt.timedelta(days=r.randint(25, 50))


def member_eob():
    notice, dos = dates(1)
    d = Doc(footer=FOOT)
    head(d)
    d.text_line("Explanation of Benefits - This is not a bill", 12, "B")
    mem = "Percy J. Lomax"
    labels(d, [("Statement date", fmt_date(notice, "long")), ("Member", mem), ("Member ID", "CPH-7731-0498"),
               ("Group", "88310-CO"), ("Claim number", "AMB26-1187745"), ("Provider", AIR),
               ("Trip number", "SR-44812")], 40)
    d.table(["Service date", "Billed as", "Paid as", "Billed", "Allowed", "Plan paid", "Not covered"],
            [[fmt_date(dos, "slash"), "A0431 Rotor wing", "A0427 ALS1 emerg.", "38,950.00", "1,184.60", "947.68",
              "37,765.40"],
             [fmt_date(dos, "slash"), "A0436 Air miles x 46", "A0425 Ground miles x 46", "14,260.00", "552.00",
              "441.60", "13,708.00"],
             ["*Total", "", "", "53,210.00", "1,736.60", "1,389.28", "51,473.40"]],
            [24, 32, 38, 22, 20, 20, 22], 7.8, "LLLRRRR")
    paras(d, ["Remark AG2: Air transport was paid at the ground ambulance rate. The records show the patient was "
              "stable and a ground advanced life support unit could have made the trip safely in a reasonable "
              "time. Your coinsurance is 20% of the allowed amount ($347.32). Because SkyRidge does not contract "
              "with us, it may bill you the amount not covered.",
              "#Your right to appeal",
              "You may appeal within 180 days of the date of this statement. Write to Cobalt Prairie Appeals, "
              f"{ADDR}, or call {PH}. Urgent appeals are decided within 72 hours."], 9)
    t = truth("eob", "medical_necessity", insurer=INS, group_number="88310-CO", member_id="CPH-7731-0498",
              member_name=mem, case_numbers=["AMB26-1187745"], claim_amount="53210.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=AIR,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["coding_error", "level_of_care"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def remittance():
    notice, dos = dates(2)
    d = Doc(font="Courier", footer=None)
    d.add_page()
    d.text_line("COBALT PRAIRIE HEALTH INSURANCE COMPANY", 11, "B")
    d.text_line("PROVIDER REMITTANCE ADVICE", 10, "B")
    d.text_line(f"PAYEE: {AIR}   NPI 1427730958   TIN 75-4418820", 8.5)
    d.text_line(f"CHECK/EFT DATE: {fmt_date(notice, 'dmy').upper()}   EFT TRACE 0088431177", 8.5)
    d.ln(3)
    d2, d3 = dos - dt.timedelta(days=9), dos + dt.timedelta(days=4)
    d.table(["PATIENT", "MEMBER ID", "CLAIM", "DOS", "PROC", "BILLED", "PAID", "ADJ"],
            [["VALDEZ, HARRIET N", "CPH-5520-1187", "AMB26-1190031", fmt_date(d2, "dmy").upper(), "A0427",
              "3,420.00", "1,047.68", "CO-45"],
             ["SZABO, WENDELL K", "CPH-6604-3319", "AMB26-1190452", fmt_date(dos, "dmy").upper(), "A0431",
              "41,775.00", "1,212.40", "CO-50 N10"],
             ["", "", "", fmt_date(dos, "dmy").upper(), "A0436", "", "", ""],
             ["UNDERHILL, MEI C", "CPH-2218-0076", "AMB26-1191108", fmt_date(d3, "dmy").upper(), "A0429",
              "2,260.00", "811.20", "CO-45"]],
            [38, 28, 28, 22, 14, 20, 18, 18], 7.2, "LLLLLRRL")
    d.para("CO-50 N10: rotor-wing transport not medically necessary; payment made at the ground ALS rate "
           "(A0427/A0425). CO-45: charges exceed fee schedule. Request reconsideration within 90 days of this "
           "remittance.", 8.5)
    t = truth("eob", "medical_necessity", insurer=INS, member_id="CPH-6604-3319", member_name="Wendell K. Szabo",
              case_numbers=["AMB26-1190452"], claim_amount="41775.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=AIR,
              appeal_deadline=(notice + dt.timedelta(days=90)).isoformat(),
              denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def upheld():
    notice, dos = dates(3)
    d = Doc(footer=FOOT)
    head(d, right=True)
    d.text_line(fmt_date(notice, "abbr"), 10)
    d.ln(2)
    mem = "Naomi R. Fairchild"
    labels(d, [("Member:", mem), ("ID number:", "CPH-3390-7215"), ("Group:", "88310-CO"),
               ("Appeal no.:", "APP-2026-04471"), ("Original claim:", "AMB26-1179920"),
               ("Appeal received:", fmt_date(notice - dt.timedelta(days=24), "abbr"))], 38)
    paras(d, ["#Appeal decision: payment at the ground rate is UPHELD",
              f"An emergency physician reviewed the flight record from {AIR} for your transport on "
              f"{fmt_date(dos, 'abbr')} (billed $47,380.00). You were moved between two hospitals 61 miles apart, "
              "your vital signs were stable and a ground critical care unit was available within 20 minutes. "
              "Air transport was not medically necessary, so the claim stays paid at the ground ambulance rate.",
              "#What you can do",
              "This was your final internal appeal. You may ask for an independent external review within 4 months "
              f"of receiving this letter. Call {PH}."])
    t = truth("denial_letter", "medical_necessity", insurer=INS, group_number="88310-CO", member_id="CPH-3390-7215",
              member_name=mem, case_numbers=["APP-2026-04471", "AMB26-1179920"], claim_amount="47380.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=AIR,
              alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def balance_bill():
    notice, dos = dates(4)
    d = Doc(font="Helvetica", footer=None)
    d.add_page()
    d.text_line(AIR.upper(), 15, "B", "C")
    d.text_line(AIR_ADDR + "  |  Billing 806-555-0122", 8.5, "", "C")
    d.ln(4)
    mem = "Harriet N. Valdez"
    d.boxes([("Statement date", fmt_date(notice, "dmy"), 40), ("Account", "SR-ACCT-20931", 44),
             ("Patient", mem, 56), ("Amount due", "$36,412.75", 36)])
    d.ln(3)
    d.table(["Date", "Description", "Amount"],
            [[fmt_date(dos, "dmy"), "Rotor wing transport A0431", "$29,880.00"],
             [fmt_date(dos, "dmy"), "Air mileage A0436, 38 mi", "$7,790.00"],
             ["*Total charges", "", "$37,670.00"],
             [fmt_date(notice - dt.timedelta(days=12), "dmy"), "Cobalt Prairie payment (ground rate)", "-$1,257.25"],
             ["*Balance", "", "$36,412.75"]], [34, 100, 36], 9.5, "LLR")
    d.para("Your insurer paid this flight at a ground ambulance rate. You may appeal to your insurer; call us to "
           "set up a payment plan or to ask about financial assistance. Insurance on file: Cobalt Prairie, member "
           "ID CPH-5520-1187.", 9.5)
    t = truth("other", None, member_id="CPH-5520-1187", member_name=mem, claim_amount="37670.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=AIR, unscored=["insurer"],
              alternates={"claim_amount": ["36412.75"], "denial_date": [None]})
    return pdf_bytes(d), t


def prose_letter():
    notice, dos = dates(5)
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Cobalt Prairie Health Insurance Company", 13, "B")
    d.text_line(ADDR, 9)
    d.ln(6)
    d.text_line(fmt_date(notice, "iso"), 10.5)
    d.ln(4)
    mem = "Kwame D. Holloway"
    paras(d, [f"Dear {mem},",
              f"On {fmt_date(dos, 'iso')} you were flown by {AIR} from Yuma Regional to a hospital in Phoenix. "
              "SkyRidge sent us claim AMB26-1201376 for $44,105.00. We have paid this trip, but only at the amount "
              "we pay for a ground advanced life support ambulance, because our nurse reviewer found that a ground "
              "ambulance could have taken you safely and the air flight was not medically necessary.",
              "Your member ID is CPH-8842-2260. If you do not agree, you can appeal within 180 days of the date "
              f"of this letter by calling {PH} or writing to the address above.",
              "Sincerely,", "Ambulance Claims Unit"], 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id="CPH-8842-2260", member_name=mem,
              case_numbers=["AMB26-1201376"], claim_amount="44105.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=AIR,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(), denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def records_request():
    notice, dos = dates(6)
    d = Doc(footer=FOOT)
    head(d, sub="Cobalt Prairie Health Insurance Company - Clinical Records Unit")
    d.text_line(fmt_date(notice, "upper"), 10)
    d.ln(2)
    mem = "Ingrid B. Tanaka"
    d.para(f"To: {AIR}, Medical Records, {AIR_ADDR}", 10)
    labels(d, [("Patient:", mem), ("Member ID:", "CPH-1093-5582"), ("Claim:", "AMB26-1209944"),
               ("Transport date:", fmt_date(dos, "upper")), ("Billed:", "$39,260.00")], 36)
    paras(d, ["We need records to finish reviewing this claim: the flight record with dispatch and lift-off times, "
              "the sending physician's request for air transport, and vital signs en route. Please send them within "
              "45 days of the date of this letter. This is not a denial; the claim stays pending until we receive "
              f"them. Fax 1-877-555-0199 or call {PH}."])
    t = truth("other", None, insurer=INS, member_id="CPH-1093-5582", member_name=mem, case_numbers=["AMB26-1209944"],
              claim_amount="39260.00", service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider=AIR, alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def stack_notice():
    notice, dos = dates(7)
    d = Doc(footer=FOOT)
    head(d, sub=INS + "  -  Provider Claims Notice  -  " + ADDR)
    d.text_line("Date: " + fmt_date(notice, "mdy_nopad"), 10)
    mem = "Colin F. Greer"
    labels(d, [("Provider:", AIR), ("Patient:", mem), ("Member ID:", "CPH-4471-9026"), ("Group:", "77104-CO"),
               ("Claim:", "AMB26-1214480"), ("DOS:", fmt_date(dos, "mdy_nopad")), ("Billed:", "$51,040.00")], 30)
    paras(d, ["Payment adjusted: rotor-wing codes A0431/A0436 were recoded and paid as A0427/A0425 (ground ALS). "
              "Documentation did not show that ground transport was contraindicated. A reconsideration may be filed "
              "within 90 days of the date of this notice."], 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group_number="77104-CO", member_id="CPH-4471-9026",
              member_name=mem, case_numbers=["AMB26-1214480"], claim_amount="51040.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=AIR,
              appeal_deadline=(notice + dt.timedelta(days=90)).isoformat(),
              denial_alternates=["coding_error"], type_alternates=["eob"])
    return pdf_bytes(d), t


def stack_paid():
    notice, dos = dates(8)
    d = Doc(footer=FOOT)
    head(d, right=True)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B")
    mem = "Colin F. Greer"
    d.para(f"Issued {fmt_date(notice, 'abbr')} to {mem}, member ID CPH-4471-9026, group 77104-CO.", 9.5)
    d.table(["Claim", "Date", "Provider", "Billed", "Paid", "You owe"],
            [["AMB26-1220317", fmt_date(dos, "abbr"), "Pueblo County EMS", "$2,180.00", "$1,296.00", "$324.00"]],
            [32, 28, 46, 24, 24, 22], 8.8)
    d.para("Paid in full at your benefit level. Appeals may be filed within 180 days of the date of this "
           "statement.", 9)
    t = truth("eob", None, insurer=INS, group_number="77104-CO", member_id="CPH-4471-9026", member_name=mem,
              case_numbers=["AMB26-1220317"], claim_amount="2180.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider="Pueblo County EMS",
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_member_eob_balance", "born_digital", [member_eob()]),
            Item(f"{F}_faxfine_remittance_three_patients", "fax_fine_g4", [remittance()]),
            Item(f"{F}_lowres_appeal_upheld", "scan_lowres_150", [upheld()]),
            Item(f"{F}_copy_air_service_balance_bill", "photocopy", [balance_bill()]),
            Item(f"{F}_scan300_prose_downgrade_letter", "scan_clean_300", [prose_letter()]),
            Item(f"{F}_photo_records_request", "phone_photo", [records_request()]),
            Item(f"{F}_rotated_stack_notice_paid_eob", "rotated", [stack_notice(), stack_paid()],
                 separators=["cover", "blank"])]
