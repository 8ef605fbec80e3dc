"""Round L (famx) helpers: people, providers, numbers and date/money printers for bariatric_criteria_denial,
partd_monthly_eob and hmo_out_of_area.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Benedetta", "Cosimo", "Domenica", "Filippa", "Gianluca", "Honorine", "Ilario", "Jolanda", "Leopoldine",
         "Mansel", "Noemi", "Orsola", "Quirino", "Raffaella", "Sabatino", "Ugolino", "Vittoria", "Yannick",
         "Zuleika", "Fulbert", "Hamnet", "Kenelm", "Mervyn", "Nesta", "Radegund", "Swithin", "Ulric", "Wulfric"]
LAST = ["Belgrove", "Carrodus", "Eddleston", "Fazackerley", "Gotobed", "Heseltine", "Ingledew", "Jowett",
        "Kitchingman", "Mawdsley", "Pocklington", "Quested", "Rimmington", "Tattersall", "Underdown", "Vavasour",
        "Yeadon", "Bellhouse", "Ickeringill", "Kershaw", "Nuttgens", "Openshaw", "Pilling", "Tordoff"]
FIRST_ES = ["Demetrio", "Eufrasia", "Gumersinda", "Hermógenes", "Inocencia", "Maximina", "Obdulia", "Pancracio",
            "Sinforosa", "Wenceslao"]
LAST_ES = ["Iturralde", "Jáuregui", "Mendizábal", "Otaduy", "Pizarro", "Torrealba", "Uribarri"]
SURGEONS = ["Dr. Perpetuo Vandermolen", "Dr. Ysolde Achterhof", "Dr. Caspian Thorneycroft", "Dr. Liesl Brackenthwaite",
            "Dr. Anatole Fennelbrook", "Dr. Ottavia Grunwald", "Dr. Seraphine Loudermilk", "Dr. Hollis Wetherbee"]
BARIATRIC_CENTERS = ["Marshgate Metabolic and Bariatric Surgery Center", "Feldspar Valley Surgical Institute",
                     "Lunaria Regional Medical Center", "Caddisfly Point Hospital"]
PRESCRIBERS = ["Dr. Emmerich Tollemache", "Dr. Philomena Ravenhill", "Dr. Barnard Oakmantle", "Dr. Rosalba Marchetto",
               "Dr. Thelonius Ashlington", "Dr. Gwendolen Castelmaine", "Dr. Desmond Pellegrini"]
PHARMACIES = ["Oriole Street Pharmacy", "Tamarisque Drug Co.", "Glenholm Apothecary", "Kestrel Plaza Pharmacy #214",
              "Wintergreen Mail Order Pharmacy", "Bramwith Family Drugstore"]
OOA_PROVIDERS = [("Saguache Peak Urgent Care", "Dr. Ingram Feathersby"),
                 ("Pelican Causeway Walk-In Clinic", "Dr. Marisela Oxenhope"),
                 ("Dunmorrow Junction Urgent Care", "Dr. Ansgar Whitelock")]
SPECIALISTS = [("Wroxeter Dermatology Associates", "Dr. Cleon Abelard-Rusk"),
               ("Holloway Knoll Orthopaedics", "Dr. Fenella Marchmont"),
               ("Stonebridge Allergy and Asthma", "Dr. Osgood Lanchester")]
LABS = ["Pellmore Reference Laboratories", "Haddow Clinical Labs", "Ardenbrook Diagnostic Laboratory"]
STREETS = ["Wagtail Row", "Osier Lane", "Teasel Court", "Bracken Hollow Road", "Lark Rise", "Furze Hill Drive"]
STREETS_ES = ["Calle Tamarindo", "Avenida Las Jacarandas", "Calle Bugambilia", "Camino del Sauce"]
CITIES = [("Kalispell", "MT", "59901"), ("Owensboro", "KY", "42301"), ("Hattiesburg", "MS", "39401"),
          ("Rapid City", "SD", "57701"), ("Wausau", "WI", "54401"), ("Pocatello", "ID", "83201")]
CITIES_ES = [("Edinburg", "TX", "78539"), ("Homestead", "FL", "33030"), ("Watsonville", "CA", "95076")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


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
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS_ES if lang == 'es' else STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(2000, 2999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
