"""Family 'nemt_trip_denial': a Medicaid non-emergency medical transportation broker's trip request decisions.

Rideway Health Transit Management is a fictional broker for a fictional state program (the Department of Medical
Assistance of the State of Kessington); all people and numbers are invented. Each notice names the member and the
Medicaid ID, the trip ID, the appointment date and time, the pick-up and destination addresses, the mode of transport
(wheelchair van, sedan, public transit) and why the trip was not scheduled. Most notices state no dollar amount; a
mileage reimbursement denial does. Plan appeal within 60 days of the notice, and State Fair Hearing rights (120 days)
as a decoy. One notice is in Spanish; a standard-mode fax carries a cover sheet, a denial and an approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, m2, pdf_bytes, truth
from kit_roundj_famp import CLINICS, FIRST, FIRST_ES, LAST_ES, address, days, digits, facts, letters, person

FAMILY = "nemt_trip_denial"
LANG = "en"
INSURER = "Rideway Health Transit Management"
DOCTORS = ["Dr. Ambrose Kettleby", "Dr. Felicity Dunwoody", "Dr. Rajan Merrifield", "Dr. Clementine Osei-Barrow",
           "Dr. Horatio Vane", "Dr. Lavinia Stroud", "Dr. Emeric Talbot"]


def member(r: random.Random, es: bool = False) -> dict:
    street, city = address(r)
    name = person(r, FIRST_ES, lastnames=LAST_ES) if es else person(r)
    k = r.randrange(len(CLINICS))
    return dict(name=name, street=street, city=city, mid=f"{letters(r, 2)}{digits(r, 9)}",
                trip=f"T{digits(r, 9)}", clinic=CLINICS[k], doctor=DOCTORS[k % len(DOCTORS)],
                dest=f"{r.randint(100, 4800)} {r.choice(['Medical Park Drive', 'Commerce Boulevard', 'Hospital Way'])}",
                agent=person(r, FIRST, lastnames=["Wetherall", "Gosling", "Trowbridge"]))


def header(d: Doc, es: bool):
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 7, "Rideway Health Transit Management", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    prog = ("Administrador de transporte médico que no es de emergencia del Programa Medicaid de Kessington"
            if es else "Non-Emergency Medical Transportation broker for Kessington Medicaid")
    d.cell(0, 4.2, prog, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, "2210 Ridgeline Court, Suite 5, Harlow City, KS 66044  ·  Reservations 1-866-555-0129  ·  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 4)


RIGHTS_EN = ("You have the right to appeal this decision. Ask for an appeal within 60 days of the date of this "
             "notice by calling 1-866-555-0129 or writing to Rideway Appeals, 2210 Ridgeline Court, Suite 5, Harlow "
             "City, KS 66044. We will decide within 30 days. If you need a ride sooner, ask for a fast appeal. "
             "State Fair Hearing: if we uphold this decision, you may ask the Office of Administrative Hearings for a "
             "State Fair Hearing within 120 days of our appeal decision. You may bring a friend, relative or lawyer. "
             "Free legal help: Kessington Legal Services, 1-800-555-0172.")
RIGHTS_ES = ("Usted tiene derecho a apelar esta decisión. Pida una apelación dentro de 60 días a partir de la fecha "
             "de este aviso llamando al 1-866-555-0129 o escribiendo a Rideway Appeals, 2210 Ridgeline Court, Suite "
             "5, Harlow City, KS 66044. Audiencia imparcial estatal: si confirmamos la decisión, puede pedir una "
             "audiencia imparcial estatal dentro de 120 días a partir de nuestra decisión de apelación.")


def notice(m: dict, L: dict, es: bool = False) -> bytes:
    d = Doc(footer=("Página {p} de {n}" if es else "Page {p} of {n}") + "   NEMT-NOA-07 (rev. 2025)")
    d.add_page()
    header(d, es)
    d.text_line(L["date_line"], 10)
    d.ln(2)
    for ln in [m["name"], m["street"], m["city"]]:
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line(L["title"], 13, "B")
    d.ln(1)
    facts(d, L["facts"], label_w=L.get("label_w", 52))
    for p in L["body"]:
        d.para(p, 10)
    if L.get("rights", True):
        d.text_line("Sus derechos" if es else "Your rights", 11, "B")
        d.para(RIGHTS_ES if es else RIGHTS_EN, 9.5)
    d.para(f"{m['agent']}\n{'Especialista de transporte' if es else 'Transportation Review Specialist'}", 10)
    return pdf_bytes(d)


def trip_facts(m, appt, time, mode, style, es=False):
    if es:
        return [("Miembro", m["name"]), ("Núm. de Medicaid", m["mid"]), ("Núm. de viaje", m["trip"]),
                ("Fecha de la cita", f"{fmt_date(appt, style)}  {time}"), ("Recoger en", f"{m['street']}, {m['city']}"),
                ("Destino", f"{m['clinic']}, {m['dest']}"), ("Tipo de transporte", mode)]
    return [("Member", m["name"]), ("Medicaid ID", m["mid"]), ("Trip ID", m["trip"]),
            ("Appointment", f"{fmt_date(appt, style)} at {time}"), ("Pick-up address", f"{m['street']}, {m['city']}"),
            ("Destination", f"{m['clinic']}, {m['dest']}"), ("Appointment with", f"{m['doctor']}"),
            ("Mode requested", mode)]


def tr(m, denial, appt, n, deadline, doc="denial_letter", amount=None, lang="en", **kw):
    alts = kw.pop("alternates", {})
    alts.setdefault("insurer", ["Rideway", "Kessington Medicaid"])
    alts.setdefault("provider", [m["clinic"], None])
    return truth(doc, denial, lang, insurer=INSURER, member_id=m["mid"], member_name=m["name"],
                 case_numbers=[m["trip"]], claim_amount=amount, service_dates=[appt.isoformat()],
                 denial_date=n.isoformat(), provider=m["doctor"], appeal_deadline=deadline, alternates=alts, **kw)


def late_request(r):
    m = member(r)
    appt = dt.date(2026, 2, 12)
    n = days(appt, -1)
    received = ("Request received", f"{fmt_date(days(appt, -1), 'slash')} 4:12 PM")
    L = dict(date_line=f"Notice date: {fmt_date(n, 'long')}", title="Notice of Action: Trip Request Denied",
             facts=trip_facts(m, appt, "9:30 AM", "Sedan", "slash") + [received])
    L["body"] = ["We could not schedule the ride you asked for. Routine rides must be requested at least 2 business "
                 "days before the appointment. Your call reached us the day before your appointment, and no "
                 "transportation provider could be assigned in time. This was not an urgent trip (such as a "
                 "hospital discharge or a same-day visit your doctor says cannot wait).",
                 "You can still book a ride for a new appointment date. Call at least 2 business days ahead."]
    return notice(m, L), tr(m, "other", appt, n, days(n, 60).isoformat(),
                            denial_alternates=["timely_filing", "prior_authorization"])


def not_covered(r):
    m = member(r)
    m["clinic"], m["doctor"] = "Willowmere Aesthetic Center", "Dr. Seraphine Goodall"
    appt = dt.date(2026, 3, 9)
    n = days(appt, -6)
    L = dict(date_line=fmt_date(n, "abbr"), title="Your ride request: Denied",
             facts=trip_facts(m, appt, "1:15 p.m.", "Wheelchair van", "abbr"))
    L["body"] = ["Reason for denial: Medicaid pays for rides only to services that Medicaid covers. Your "
                 "appointment is for a cosmetic skin treatment, which is not a covered Medicaid service, so a ride "
                 "to it is not covered either.",
                 "(Kessington Admin. Code 30-5-118: transportation is covered only to a Medicaid-covered service.)"]
    return notice(m, L), tr(m, "not_covered", appt, n, days(n, 60).isoformat())


def closer_es(r):
    m = member(r, es=True)
    appt = dt.date(2026, 2, 24)
    n = days(appt, -8)
    L = dict(date_line=f"Fecha del aviso: {fmt_date(n, 'es')}", title="Aviso de acción: viaje denegado",
             facts=trip_facts(m, appt, "10:00 a. m.", "Sedán", "es", es=True), label_w=44)
    L["body"] = [f"No podemos programar este viaje. El destino que pidió está a 74 millas de su casa. Medicaid paga "
                 f"el transporte al proveedor adecuado más cercano. Hay proveedores de la misma especialidad a menos "
                 f"de 15 millas de su domicilio que aceptan Medicaid. Si su médico explica por escrito por qué "
                 f"necesita ver a {m['doctor']} en {m['clinic']}, volveremos a revisar su pedido."]
    t = tr(m, "not_covered", appt, n, days(n, 60).isoformat(), lang="es", denial_alternates=["other"])
    return notice(m, L, es=True), t


def bus_pass(r):
    m = member(r)
    appt = dt.date(2026, 3, 17)
    n = days(appt, -9)
    L = dict(date_line=f"Date of notice: {fmt_date(n, 'iso')}", title="Notice of Action - change in mode of transport",
             facts=trip_facts(m, appt, "8:45 AM", "Wheelchair van (lift-equipped)", "iso") +
             [("Mode approved", "Public transit (monthly bus pass)")])
    L["body"] = ["We did not approve a wheelchair van for this trip. Your doctor's mobility form says you walk "
                 "without a wheelchair or walker and can climb three steps. The bus stop is 0.2 miles from your home "
                 "and the clinic is on the same bus line. You are able to use public transit, so we will mail you a "
                 "monthly bus pass instead. The pass covers the ride to this appointment."]
    return notice(m, L), tr(m, "level_of_care", appt, n, days(n, 60).isoformat(),
                            denial_alternates=["medical_necessity"])


def coverage_ended(r):
    m = member(r)
    appt = dt.date(2026, 2, 3)
    n = days(appt, -5)
    L = dict(date_line=fmt_date(n, "long"), title="Notice of Action: Transportation Denied",
             facts=trip_facts(m, appt, "2:30 PM", "Sedan", "long"), label_w=44)
    L["body"] = [f"Your Medicaid coverage ended on {fmt_date(dt.date(2026, 1, 31), 'long')}, according to the State's "
                 "eligibility system, and you were not enrolled on the date of this appointment. We can schedule rides "
                 "only for members who are eligible on the day of the trip. If you have renewed your Medicaid, call "
                 "your county office, then call us again."]
    return notice(m, L), tr(m, "eligibility", appt, n, days(n, 60).isoformat())


def mileage(r):
    m = member(r)
    m["clinic"], m["doctor"] = "Ashgrove Kidney Center", "Dr. Rajan Merrifield"
    first = dt.date(2025, 9, 2)
    dates = [days(first, 7 * k) for k in range(4)]
    n = dt.date(2026, 2, 11)
    amt = round(0.67 * 38 * 2 * 4, 2)
    L = dict(date_line=f"Date of this notice: {fmt_date(n, 'slash')}", title="Mileage Reimbursement Request Denied",
             facts=[("Member", m["name"]), ("Medicaid ID", m["mid"]), ("Reimbursement request no.", m["trip"]),
                    ("Driver", "Self (own vehicle)"), ("Trips claimed", "4 round trips, 76 miles each"),
                    ("Amount requested", f"${amt:,.2f}"), ("Date received", fmt_date(dt.date(2026, 1, 30), "slash"))])
    L["body"] = [f"You asked us to pay you back for driving to {m['clinic']} ({m['doctor']}) on "
                 + ", ".join(fmt_date(x, "slash") for x in dates) + ". "
                 "Mileage forms must reach us within 90 days of the trip. Your form arrived more than 90 days after "
                 "the last trip, so we cannot pay it."]
    t = truth("denial_letter", "timely_filing", insurer=INSURER, member_id=m["mid"], member_name=m["name"],
              case_numbers=[m["trip"]], claim_amount=m2(amt), service_dates=[x.isoformat() for x in dates],
              denial_date=n.isoformat(), provider=m["doctor"], appeal_deadline=days(n, 60).isoformat(),
              alternates={"insurer": ["Rideway"], "provider": [m["clinic"], None]})
    return notice(m, L), t


def stack(r):
    m = member(r)
    appt = dt.date(2026, 3, 4)
    n = days(appt, -7)
    L = dict(date_line=f"Notice date: {fmt_date(n, 'long')}", title="Notice of Action: Trip Request Denied",
             facts=trip_facts(m, appt, "11:00 AM", "Sedan", "long"))
    L["body"] = ["We did not approve a ride for this appointment. When you enrolled you told us that you have a car "
                 "and a valid driver's license, and our records show a household vehicle registered to you. Members "
                 "who have their own working transportation may ask for mileage reimbursement, but are not eligible "
                 "for broker-arranged rides. If your car is not working or you cannot drive, call us."]
    deny = notice(m, L), tr(m, "eligibility", appt, n, days(n, 60).isoformat(), denial_alternates=["other"])
    m2_ = dict(m, trip=f"T{digits(r, 9)}", clinic="Elmstead Physical Therapy", doctor="Dr. Lavinia Stroud")
    appt2 = dt.date(2026, 3, 11)
    n2 = days(appt2, -10)
    L2 = dict(date_line=f"Notice date: {fmt_date(n2, 'long')}", title="Your ride is scheduled",
              facts=trip_facts(m2_, appt2, "3:00 PM", "Sedan", "long") + [("Pick-up time", "2:05 PM")], rights=False)
    L2["body"] = ["Your ride request has been approved. The driver will wait up to 15 minutes at your door. A return "
                  "ride is booked for when your appointment ends; call the number above when you are ready. To "
                  "cancel, call at least 24 hours before pick-up."]
    ok = notice(m2_, L2), tr(m2_, None, appt2, n2, None, doc="other")
    return [deny, ok]


def documents(rng) -> list[Item]:
    one = [("nemt_trip_denial_bd_late", "born_digital", late_request),
           ("nemt_trip_denial_bd_notcovered", "born_digital", not_covered),
           ("nemt_trip_denial_lowres_mileage", "scan_lowres_150", mileage),
           ("nemt_trip_denial_copy_buspass", "photocopy", bus_pass),
           ("nemt_trip_denial_rot_es", "rotated", closer_es),
           ("nemt_trip_denial_scan_ended", "scan_clean_300", coverage_ended)]
    items = [Item(stem, cond, [fn(random.Random(11400 + i))]) for i, (stem, cond, fn) in enumerate(one)]
    items.append(Item("nemt_trip_denial_faxs_stack", "fax_standard_g4", stack(random.Random(11490)),
                      separators=["cover", None]))
    return items
