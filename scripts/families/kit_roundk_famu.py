"""Round K (famu) helpers: people, providers, numbers and date/money printers for fair_hearing_decision,
genetic_test_pa_fax and explicacion_beneficios.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Evadne", "Leofric", "Melisande", "Anwen", "Eamon", "Fionnuala", "Gwilym", "Kester", "Mungo", "Pomona",
         "Rhodri", "Aldric", "Berenice", "Corisande", "Drogo", "Eulalie", "Niamh", "Sholto", "Tancred"]
KIDS = ["Bevan", "Idony", "Lowri", "Tegan", "Emrys", "Oriel"]
LAST = ["Brindlemoor", "Scarrow", "Tolhurst", "Vellacott", "Ampleforth", "Hebblethwaite", "Sowerby", "Bevington",
        "Cardew", "Dallimore", "Gathercole", "Hindmarsh", "Illingworth", "Kenward", "Lethbridge", "Maidment",
        "Nuttall", "Oxenbury", "Pettifer", "Rackham"]
FIRST_ES = ["Cenobia", "Eleuterio", "Gregoria", "Higinio", "Ludovico", "Olegario", "Prudencia", "Saturnino",
            "Teodora", "Valeriano"]
LAST_ES = ["Albarracín", "Quiroga", "Echegaray", "Urrutia", "Montesdeoca", "Aranguren", "Arrieta", "Basurto",
           "Escalona", "Galarza", "Madariaga", "Olazábal", "Recalde", "Zárate"]
DOCTORS = ["Dr. Wilhelmus Tindall", "Dr. Ottoline Upjohn", "Dr. Barnaby Verrall", "Dr. Clemency Pettigrove",
           "Dr. Rainier Oxbury", "Dr. Isobel Maidenhall", "Dr. Lazarus Pennefather", "Dr. Honoria Stilwell",
           "Dr. Ferdinand Ashwick", "Dr. Philippa Nethersole"]
DOCTORS_ES = ["Dra. Remedios Iturbide", "Dr. Anselmo Berasategui", "Dra. Inés Villamayor", "Dr. Baltasar Etxeberri",
              "Dra. Pilar Ocampo Ruelas", "Dr. Tobías Zaldívar"]
CLINICS = ["Ivorymere Family Medicine", "Hollinbrook Pediatric Neurology", "Corvina Women's Health Associates",
           "Marlowvale Oncology Clinic", "Tinderbox Hill Cardiology", "Wickenden Internal Medicine",
           "Greystoke Meadow Neurology"]
CLINICS_ES = ["Clínica Familiar Loma Dorada", "Centro Médico Arboleda del Río", "Clínica Pediátrica Los Nogales",
              "Hospital San Eusebio del Valle", "Centro de Imágenes Vista Serena", "Laboratorio Clínico Alborada"]
LABS = ["Quillbrook Molecular Diagnostics", "Ashenfield Genomics Laboratory", "Pinnacle Ridge Reference Lab"]
IMAGING = ["Fallowmere Imaging Center", "Selborne Valley Hospital Outpatient Imaging"]
STREETS = ["Bittern Close", "Cowslip Lane", "Dunnock Road", "Foxglove Terrace", "Harebell Street", "Lapwing Court",
           "Meadowsweet Drive", "Sandpiper Way"]
STREETS_ES = ["Calle Ocotillo", "Avenida Los Álamos", "Calle Mezquite", "Camino del Huizache", "Calle Golondrina"]
CITIES = [("Abilene", "TX", "79601"), ("Muncie", "IN", "47302"), ("Joplin", "MO", "64801"), ("Casper", "WY", "82601"),
          ("Dothan", "AL", "36301"), ("Elmira", "NY", "14901")]
CITIES_ES = [("Brownsville", "TX", "78520"), ("Pharr", "TX", "78577"), ("Kissimmee", "FL", "34741"),
             ("Yakima", "WA", "98901"), ("Salinas", "CA", "93901")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en", first: list[str] | None = None, last: str | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = first or (FIRST_ES if lang == "es" else FIRST)
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTV')}. {last or rng.choice(lasts)}"


def surname(name: str) -> str:
    return name.split()[-1]


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(letters(rng, 1) if c == "A" else str(rng.randint(0, 9)) if c == "9" else c for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Dates as these notices print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}",
            "es_dmy": f"{d.day}/{d.month}/{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS_ES if lang == 'es' else STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 1999)}"


def fax_no(rng: random.Random) -> str:
    return f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"
