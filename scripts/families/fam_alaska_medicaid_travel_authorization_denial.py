"""Family 'alaska_medicaid_travel_authorization_denial': public-ish notices of a state Medicaid program's travel
prior authorization unit (airfare and lodging to see a specialist outside the home community), in the structure of
Alaska Medicaid's travel notices: what was requested, the decision, the reason with the regulation cited (7 AAC
120.410, least expensive mode to the closest appropriate provider; 7 AAC 120.490 escort), and fair hearing rights
with continued benefits. The administrator, people, clinics, communities and numbers are invented.

Documents: a born-digital denial of airfare and lodging to Anchorage (service available at the regional hub); the
village clinic's scanned travel request form (denies nothing); a photocopied Spanish notice refusing travel requested
after the trip; a fine-fax stack of a cover, the provider copy of a notice approving the recipient's travel but
refusing the escort, and the clinic's escort justification (turned upside down); a phone photo of the escort
approval (denies nothing); a sideways reconsideration decision upholding a denial, told in sentences; a
low-resolution recipient explanation of medical benefits with four travel claims, only the extra lodging night
refused.
Decoys: DOB, NPI, request-received dates, appointment times, flight numbers, per diem, fair hearing (30 days),
continued-benefits (10 days) limits, regulation numbers, the helpline, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcw_famcwf import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd

FAMILY = "alaska_medicaid_travel_authorization_denial"
LANG = "en"
SEED = 348000
ORG = "Alaska Medicaid"
ADMIN = "Kenai Benefit Administrators"
UNIT = "Travel Authorization Unit"
ORG_ADDR = "PO Box 240811, Anchorage, AK 99524"
HELP = "1-555-780-0140"
CLINIC = "Nunapiak Village Health Clinic"
HUB = "Kuskowak Regional Medical Center"
REQ = "Gordon T. Hallstrom"
REQ_MD = "Gordon T. Hallstrom, MD"
MEMBERS = ["Nellie R. Aguvluk", "Walter J. Sipary", "Clara B. Ayagalria", "Raymond E. Kanuk", "Josephine A. Tulik",
           "Elias M. Nanouk", "Marta L. Igkurak"]
SPECIALISTS = [("Miriam E. Castellanos", "Chugach Orthopedic & Spine"), ("Owen P. Lindqvist", "Cook Inlet Dermatology"),
               ("Farah N. Delacroix", "Anchorage Pediatric Cardiology"), ("Lionel B. Achebe", "Turnagain ENT Associates")]
RULE = "7 AAC 120.410(a)"
RULE_ESC = "7 AAC 120.490(3)"


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=["General Delivery", "Nunapiak, AK 99699"],
                mid=pat(r, "9999999999"), dob=dt.date(r.randint(1950, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def trip(f, r):
    out = plus(f["notice"], r.randint(12, 30))
    return out, plus(out, r.randint(1, 3))


def rights(d, lang="en", size=9.0):
    if lang == "es":
        paras(d, [
            "#Su derecho a una audiencia imparcial",
            "Si no está de acuerdo con esta decisión, tiene derecho a pedir una audiencia imparcial (fair hearing). "
            "Su solicitud debe recibirse dentro de 30 días de la fecha de este aviso. Si pide la audiencia dentro "
            "de 10 días y el servicio ya estaba aprobado, puede seguir recibiéndolo mientras espera la decisión. "
            "Puede representarse usted mismo o pedir que otra persona lo represente.",
            f"Para preguntas, llame a la Línea de Ayuda para Beneficiarios al {HELP}."], size=size)
        return
    paras(d, [
        "#Your right to a fair hearing",
        "If you disagree with this decision, you have the right to ask for a fair hearing. Your request must be "
        "received within 30 days of the date of this notice. If you ask within 10 days and the service was "
        "already approved, you may keep receiving it until the hearing decision. You may speak for yourself or "
        "have a relative, friend, lawyer or other person speak for you.",
        "Send your request to the Office of Administrative Hearings, or call the Recipient Helpline at "
        f"{HELP} and we will help you file it."], size=size)


def doc_denial_bd(r):
    f = base(r, 0)
    tr = "TR-" + pat(r, "26-999999")
    out, back = trip(f, r)
    spec, spec_org = SPECIALISTS[0]
    got = plus(f["notice"], -r.randint(2, 6))
    d = Page(footer=f"{ORG} {UNIT}  -  {ADMIN}, fiscal agent  -  Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [f"{UNIT}  -  administered by {ADMIN}", ORG_ADDR, f"Recipient Helpline {HELP}"], 0)
    sidebar(d, [("Date of notice", fd(f["notice"], "slash")), ("Recipient", f["member"]),
                ("Medicaid ID", f["mid"]), ("Date of birth", fd(f["dob"], "slash")), ("Travel request #", tr),
                ("Request received", fd(got, "slash")), ("Requesting NPI", f["npi"])])
    d.set_right_margin(66)
    addr(d, [f["member"], *f["addr"]])
    d.line("NOTICE OF DENIAL", 12.5, "B")
    d.line("Medicaid Travel (Transportation and Accommodation) Services", 9)
    d.ln(3)
    paras(d, [
        f"Your health care provider, {REQ_MD} of {CLINIC}, asked {ORG} to pay for round-trip airfare from "
        f"Nunapiak to Anchorage and two nights of lodging so that you could see {spec} at {spec_org}."], size=9.3)
    d.table(["What was requested", "Dates", "Decision"],
            [["Airfare to Anchorage, round trip", f"{fd(out, 'slash')} - {fd(back, 'slash')}",
              "Denied"],
             ["Lodging in Anchorage, 2 nights", f"{fd(out, 'slash')} - {fd(back, 'slash')}", "Denied"]],
            [58, 52, 20], size=8.2)
    paras(d, [
        "#Why we made this decision",
        f"{ORG} pays for the least expensive mode of nonemergency transportation to the closest appropriate "
        f"provider ({RULE}). The orthopedic follow-up visit you need is offered at the itinerant specialty clinic "
        f"at {HUB} in Bethel, which is closer to your home community. Travel to Anchorage is not approved. Your "
        "provider may send a new request for travel to Bethel.",
        "This decision is based on 7 AAC 120.400 - 7 AAC 120.490 and 7 AAC 105.100."], size=9.3)
    rights(d)
    d.set_right_margin(18)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[tr], service_dates=[f"{out.isoformat()}/{back.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=REQ, denial_alternates=["not_covered", "out_of_network"],
              alternates={"insurer": [ADMIN], "provider": [CLINIC],
                          "service_dates": [[out.isoformat(), back.isoformat()]]})
    return bytes(d.output()), t


def doc_request_form(r):
    f = base(r, 1)
    out, back = trip(f, r)
    spec, spec_org = SPECIALISTS[1]
    appt = plus(out, 1) if back > plus(out, 1) else out
    d = Page(footer="Form TA-101 (rev. 2025)  -  Medicaid Travel Authorization Request  -  fax to 1-555-780-0199")
    d.add_page()
    d.f(13, "B")
    d.cell(0, 7, "MEDICAID TRAVEL AUTHORIZATION REQUEST", align="C", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, f"Submitted by the recipient's health care provider to the {ORG} {UNIT}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.boxed_pairs([("Date of request", fd(f["notice"], "dash")), ("Recipient name", f["member"]),
                   ("Medicaid ID number", f["mid"]), ("Date of birth", fd(f["dob"], "dash")),
                   ("Home community", "Nunapiak, AK"), ("Destination", "Anchorage, AK"),
                   ("Appointment", f"{fd(appt, 'dash')} at 10:30 AM with {spec}, {spec_org}"),
                   ("Travel dates requested", f"depart {fd(out, 'dash')}, return {fd(back, 'dash')}"),
                   ("Mode", "Commercial air (scheduled carrier)"), ("Lodging", "Yes - patient hostel, nights as needed"),
                   ("Escort requested", "No"), ("Diagnosis / reason", "L40.0 psoriasis, biologic start; no tele-derm")],
                  label_w=52, size=9.2, h=7)
    d.ln(2)
    d.f(10, "B")
    d.cell(0, 6, "Requesting provider", new_x="LMARGIN", new_y="NEXT")
    d.boxed_pairs([("Name", REQ_MD), ("Clinic", CLINIC), ("NPI", f["npi"]), ("Phone / fax", "1-555-543-2100 / 1-555-543-2101")],
                  label_w=52, size=9.2, h=7)
    paras(d, ["I certify that the services are medically necessary, that the recipient has no other means of "
              "transportation, and that the destination is the closest provider able to furnish the service.",
              "Signature: ______________________________"], size=9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"],
              service_dates=[f"{out.isoformat()}/{back.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=REQ, unscored=["insurer"],
              alternates={"provider": [CLINIC, spec], "service_dates": [[appt.isoformat()],
                                                                       [out.isoformat(), back.isoformat()]]})
    return bytes(d.output()), t


def doc_spanish(r):
    f = base(r, 2)
    tr = "TR-" + pat(r, "26-999999")
    out = plus(f["notice"], -r.randint(12, 20))
    back = plus(out, 2)
    got = plus(f["notice"], -r.randint(2, 5))
    spec, spec_org = SPECIALISTS[2]
    d = Page(footer=f"{ORG} - {UNIT} - Página {{n}} de {{nb}}")
    d.add_page()
    letterhead(d, ORG, [f"Unidad de Autorización de Viajes  -  administrado por {ADMIN}", ORG_ADDR], 1)
    d.line(fd(f["notice"], "es"), 10, align="R")
    d.ln(2)
    addr(d, [f"Para: padre/madre o tutor de {f['member']}", *f["addr"]])
    d.line("AVISO DE DENEGACIÓN - SERVICIOS DE VIAJE DE MEDICAID", 12, "B")
    d.ln(2)
    lv(d, [("Beneficiario:", f["member"]), ("Número de Medicaid:", f["mid"]), ("Solicitud de viaje:", tr),
           ("Fecha en que recibimos la solicitud:", fd(got, "es")), ("Proveedor que solicitó:", REQ_MD)],
       w=74, size=9.5)
    d.ln(3)
    paras(d, [
        f"Su proveedor pidió que {ORG} pagara el pasaje aéreo de ida y vuelta y el alojamiento para la cita con "
        f"{spec} en {spec_org}. El viaje se realizó del {fd(out, 'es')} al {fd(back, 'es')}.",
        "#Nuestra decisión: denegado",
        f"Los servicios de viaje que no son de emergencia requieren autorización previa ({RULE.replace('(a)', '(c)')} "
        "y (d)). La solicitud se recibió después de la fecha del viaje y no se trata de un cambio de planes por "
        "causas ajenas a su control. Por eso no podemos pagar este viaje."], size=9.6)
    rights(d, "es", size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[tr], service_dates=[f"{out.isoformat()}/{back.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=REQ,
              alternates={"insurer": [ADMIN], "provider": [CLINIC],
                          "service_dates": [[out.isoformat(), back.isoformat()]]})
    return bytes(d.output()), t


def stack_escort(r):
    f = base(r, 3)
    tr = "TR-" + pat(r, "26-999999")
    out, back = trip(f, r)
    spec, spec_org = SPECIALISTS[3]
    d = Page(footer=f"PROVIDER COPY  -  {ORG} {UNIT}")
    d.add_page()
    letterhead(d, ORG, [f"{UNIT} ({ADMIN})", ORG_ADDR, "Provider fax line 1-555-780-0199"], 2)
    lv(d, [("Notice date", fd(f["notice"], "abbr")), ("Provider", f"{REQ_MD}, {CLINIC}"), ("Recipient", f["member"]),
           ("Medicaid ID", f["mid"]), ("DOB", fd(f["dob"], "abbr")), ("Travel request", tr)], w=34, size=9.4)
    d.ln(3)
    d.line("DECISION ON TRAVEL REQUEST - PARTIAL APPROVAL", 11.5, "B")
    d.ln(1)
    d.table(["Item", "Dates", "Decision", "Reason code"],
            [["Recipient airfare, round trip", f"{fd(out, 'abbr')} - {fd(back, 'abbr')}", "Approved", ""],
             ["Recipient lodging, 1 night", fd(out, "abbr"), "Approved", ""],
             ["Escort airfare, round trip", f"{fd(out, 'abbr')} - {fd(back, 'abbr')}", "DENIED", "E2"],
             ["Escort lodging, 1 night", fd(out, "abbr"), "DENIED", "E2"]],
            [62, 52, 28, 32], size=8.6)
    paras(d, [
        f"E2  An escort is paid only when the recipient needs one because of age or physical or mental capacity "
        f"({RULE_ESC}). The request states the recipient is an adult who travels independently and gives no "
        "medical reason for an escort. The escort portion is denied.",
        "The recipient has been sent a notice with fair hearing rights. The provider may submit additional "
        "documentation with a new request."], size=9.2)
    rights(d, size=8.6)
    dec = bytes(d.output())
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[tr], service_dates=[f"{out.isoformat()}/{back.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=REQ, denial_alternates=["not_covered"],
                  alternates={"insurer": [ADMIN], "provider": [CLINIC],
                              "service_dates": [[out.isoformat(), back.isoformat()], [out.isoformat()]]})
    later = plus(f["notice"], r.randint(1, 3))
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, CLINIC, ["PO Box 17, Nunapiak, AK 99699", "Phone 1-555-543-2100  Fax 1-555-543-2101"], 1)
    d.line(fd(later, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} {UNIT}", ORG_ADDR])
    d.line(f"Re: {f['member']}, Medicaid ID {f['mid']} - escort request, travel request {tr}", 9.6, "B")
    d.ln(2)
    paras(d, [
        "To the reviewer:",
        f"We are sending more information about the escort we requested for {f['member'].split()[0]}. This patient has "
        "moderate hearing loss and early memory problems documented in the enclosed notes, cannot follow airport "
        "announcements or change planes in Bethel alone, and has missed a connection once before. An adult "
        "child will travel as escort and share the room.",
        f"The appointment with {spec} at {spec_org} is unchanged. Please approve escort airfare and lodging for "
        "the same dates.",
        "Thank you,", "", REQ_MD], size=10)
    let = bytes(d.output())
    t_let = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[tr],
                  denial_date=later.isoformat(), provider=REQ, unscored=["insurer"],
                  alternates={"provider": [CLINIC]})
    cov = cover(f"{ORG} {UNIT}", CLINIC, "1-555-780-0199", "1-555-543-2101", fd(f["notice"], "slash"), 3,
                "Travel decision attached (provider copy). The clinic's escort letter received today is returned "
                "with it for your chart.")
    return [(dec, t_dec), (let, t_let)], [cov, None]


def doc_escort_approval(r):
    f = base(r, 4)
    tr = "TR-" + pat(r, "26-999999")
    out, back = trip(f, r)
    spec, spec_org = SPECIALISTS[0]
    flight = f"{pat(r, '99')}{r.randint(10, 99)}"
    d = Page(footer=f"{ORG} {UNIT}")
    d.add_page()
    letterhead(d, ORG, [UNIT, ORG_ADDR, f"Recipient Helpline {HELP}"], 1)
    d.line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.line("YOUR TRAVEL HAS BEEN APPROVED", 12.5, "B")
    d.ln(1)
    lv(d, [("Travel authorization:", tr), ("Medicaid ID:", f["mid"]), ("Appointment with:", f"{spec}, {spec_org}"),
           ("Requested by:", REQ_MD)], w=46, size=9.6)
    d.ln(2)
    d.table(["Traveler", "Service", "Dates", "Status"],
            [[f["member"], "Airfare NUP-BET-ANC round trip", f"{fd(out, 'iso')} to {fd(back, 'iso')}", "Approved"],
             [f["member"], "Lodging, patient hostel", f"{fd(out, 'iso')} to {fd(back, 'iso')}", "Approved"],
             ["Escort (adult)", "Airfare NUP-BET-ANC round trip", f"{fd(out, 'iso')} to {fd(back, 'iso')}", "Approved"],
             ["Escort (adult)", "Lodging, shared room", f"{fd(out, 'iso')} to {fd(back, 'iso')}", "Approved"]],
            [42, 62, 48, 22], size=8.4)
    paras(d, [
        f"Your escort was approved because the records show you need help to travel safely. Tickets will be "
        f"issued by the travel office; your outbound flight number will be {flight}. Meals are paid at the "
        "per diem rate of $60 a day for you and your escort. Keep your boarding passes and the signed "
        "appointment verification form; we may ask for them.",
        f"If the appointment changes, your provider must call the {UNIT} before you travel."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[tr],
              service_dates=[f"{out.isoformat()}/{back.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=REQ, alternates={"insurer": [ADMIN], "provider": [CLINIC, spec],
                                        "service_dates": [[out.isoformat(), back.isoformat()]]})
    return bytes(d.output()), t


def doc_recon_prose(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 40)
    tr = "TR-" + pat(r, "26-999999")
    rc = "RC-" + pat(r, "999999")
    out, back = trip(f, r)
    spec, spec_org = SPECIALISTS[1]
    got = plus(f["notice"], -r.randint(6, 12))
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(12, "B")
    d.cell(0, 6, f"{ORG}  -  {UNIT}", new_x="LMARGIN", new_y="NEXT")
    d.f(9)
    d.cell(0, 4.5, f"{ADMIN}  -  {ORG_ADDR}", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"On {fd(got, 'long')} your provider, {REQ_MD}, asked us to reconsider our denial of airfare and lodging "
        f"for your trip to Anchorage from {fd(out, 'long')} to {fd(back, 'long')} to see {spec} at {spec_org}. "
        f"Your travel request number is {tr} and this reconsideration is number {rc}. Your Medicaid ID is "
        f"{f['mid']}.",
        f"A nurse reviewer looked at the new records. The dermatology visit you need can be done by video from "
        f"{HUB} in Bethel, where a dermatologist sees patients by telehealth each week. Because the least "
        f"expensive way to reach an appropriate provider is the shorter trip to Bethel, the rules in {RULE} do "
        "not allow us to pay for travel to Anchorage. We are keeping our decision to deny this travel.",
        "You still have the right to ask for a fair hearing. Your request must reach us within 30 days of the "
        f"date of this letter. You can call the Recipient Helpline at {HELP} for help filing it.",
        "Sincerely,", "", f"Travel Review Nurse, {UNIT}"], size=10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[tr, rc], service_dates=[f"{out.isoformat()}/{back.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=REQ, denial_alternates=["not_covered"],
              alternates={"insurer": [ADMIN], "provider": [CLINIC],
                          "service_dates": [[out.isoformat(), back.isoformat()]]})
    return bytes(d.output()), t


def doc_reomb(r):
    f = base(r, 6)
    out = plus(f["notice"], -r.randint(30, 45))
    extra = plus(out, 3)
    lodge = "Midnight Sun Patient Lodge"
    claims = [("2026" + pat(r, "9999999") + "1", "Tundra Hopper Air", "Airfare NUP-BET round trip", out, fee(r, 380, 520), "Paid"),
              ("2026" + pat(r, "9999999") + "2", "Kuskowak Air Link", "Airfare BET-ANC round trip", out, fee(r, 520, 790), "Paid"),
              ("2026" + pat(r, "9999999") + "3", lodge, "Lodging, 3 nights (authorized)", out, fee(r, 420, 560), "Paid"),
              ("2026" + pat(r, "9999999") + "4", lodge, "Lodging, 4th night (not authorized)", extra, fee(r, 140, 190), "Denied")]
    d = Page(footer=f"{ORG}  -  Recipient Explanation of Medical Benefits  -  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [f"Recipient Explanation of Medical Benefits  -  prepared by {ADMIN}", ORG_ADDR], 2)
    y = d.get_y()
    addr(d, [f["member"].upper(), *f["addr"]], size=9.5)
    d.set_y(y)
    lv(d, [("Date of statement", fd(f["notice"], "dmy")), ("Medicaid ID", f["mid"]),
           ("Payments made", f"{fd(plus(f['notice'], -28), 'dmy')} to {fd(plus(f['notice'], -1), 'dmy')}")],
       w=36, size=8.8, x=110)
    d.ln(8)
    rows = [[c, p, s, fd(dd, "dmy"), usd(a, "nosign"), usd(a if st == "Paid" else 0, "nosign"), st]
            for c, p, s, dd, a, st in claims]
    d.table(["Claim number", "Provider", "Service", "Date", "Billed", "Medicaid paid", "Status"], rows,
            [30, 40, 48, 22, 16, 18, 14], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "L"])
    paras(d, [
        f"Claim {claims[3][0]} was denied: lodging for the night of {fd(extra, 'long')} was not included in "
        "your travel prior authorization and no extension was requested by your provider before the stay "
        "(7 AAC 120.410(c) and (e)). The lodge may not bill you for more than its Medicaid rate.",
        "If you did not receive a service listed here, call the Recipient Helpline at "
        f"{HELP}. If you disagree with a denial you may ask for a fair hearing within 30 days of the date of this "
        "statement."], size=8.8)
    c = claims[3]
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[c[0]], claim_amount=f"{c[4]:.2f}", service_dates=[extra.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lodge, alternates={"insurer": [ADMIN]})
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_escort(r(3))
    return [
        Item(f"{FAMILY}_bd_airfare_lodging_denied_closest_provider", "born_digital", [doc_denial_bd(r(0))]),
        Item(f"{FAMILY}_scan300_clinic_travel_request_form", "scan_clean_300", [doc_request_form(r(1))]),
        Item(f"{FAMILY}_copy_aviso_es_after_travel", "photocopy", [doc_spanish(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_escort_denied_clinic_letter", "fax_fine_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_escort_travel_approved", "phone_photo", [doc_escort_approval(r(4))]),
        Item(f"{FAMILY}_rotated_reconsideration_upheld_prose", "rotated", [doc_recon_prose(r(5))]),
        Item(f"{FAMILY}_lowres_reomb_four_claims_one_denied", "scan_lowres_150", [doc_reomb(r(6))]),
    ]
