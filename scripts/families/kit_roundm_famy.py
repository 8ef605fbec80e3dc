"""Round M (famy) helpers: people, organisations, numbers and date/money printers for aba_hours_reduction,
er_downcode_eob and medicaid_tpl_denial.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Adelmo", "Cyneburga", "Dagobert", "Egbertina", "Fridolin", "Gisela", "Hrothgar", "Kunigunde", "Lothar",
         "Mechthild", "Notker", "Pelagius", "Sigismund", "Theodolinda", "Waltheof", "Wilbrord", "Aldegund",
         "Bertrada", "Faramond", "Lancelyn", "Mabyn"]
CHILD_FIRST = ["Dacey", "Gwythian", "Ianto", "Jerrold", "Keir", "Morcant", "Nyle", "Osian", "Pryderi", "Sioned",
               "Tegwen", "Wynne", "Gulliver", "Zebulon"]
LAST = ["Aldersey", "Bickerstaffe", "Cholmondeley", "Dymoke", "Eversfield", "Fiennes", "Grosvenor", "Ingoldsby",
        "Legh", "Mainwaring", "Nevill", "Pakington", "Shuckburgh", "Wrottesley", "Yonge", "Blennerhassett",
        "Dunkerley", "Juxon", "Killigrew", "Lightowler", "Mottershead", "Rackstraw", "Sowerbutts", "Waddilove"]
FIRST_ES = ["Bonifacia", "Crisanto", "Donaciana", "Florentina", "Gaudencio", "Lupercio", "Nemesia", "Quintín"]
LAST_ES = ["Abaroa", "Bengoetxea", "Landaluce", "Mugica", "Otxoa", "Urquizu", "Barrenechea", "Zubiaurre"]
BCBAS = [("Yolande Brisquelle, MS, BCBA", "Lanternfish Autism Center"),
         ("Caius Dorrington, MA, BCBA", "Shinglewick ABA Partners"),
         ("Ottoline Skelmersdale, MEd, BCBA", "Stepstone Behavior Therapy, LLC"),
         ("Ambrose Quenneville, PhD, BCBA-D", "Marshlight Developmental Services"),
         ("Delphine Vandersloot, MS, BCBA", "Tumblecress Child Behavior Clinic")]
REVIEWERS = ["Dr. Armelle Harrowgate, PhD, BCBA-D", "Dr. Ignatius Wellbeloved, MD", "Dr. Morwenna Penhallurick, PsyD"]
HOSPITALS = ["Foxmarsh General Hospital", "Saint Wilgefort Medical Center", "Gorsemoor Valley Hospital",
             "Marrowbone Memorial Hospital", "Harrowden Community Hospital"]
ED_GROUPS = [("Starnwick Crest Emergency Physicians, PC", "Dr. Gaultier Gildersleeve"),
             ("Northwold Emergency Associates", "Dr. Sidonie Bramhall"),
             ("Coldharbour Emergency Medicine Group", "Dr. Ruperto Brumfitt")]
MCD_PROVIDERS = [("Wychbury Family Medicine", "Dr. Absalom Wapshott"), ("Hindhead Imaging Center", None),
                 ("Bitterwell Physical Therapy", None), ("Curlewdown Pediatrics", "Dr. Clothilde Ollivant"),
                 ("Clínica Familiar Los Olivos", "Dra. Jacinta Altuna"), ("Ashbocking Cardiology Group",
                                                                           "Dr. Hal Bottomley-Vane")]
CARRIERS = ["Skerryvore Life & Health Insurance Co.", "Grebeholm Shield Assurance", "Calderbank Mutual Benefit Plan",
            "Yarrowfield Employers Health Trust"]
STREETS = ["Pudding Lane", "Wicket Row", "Ropewalk Street", "Creel Drive", "Saltings Road", "Farthing Court"]
STREETS_ES = ["Calle Los Tejocotes", "Avenida del Roble", "Calle Guamúchil"]
CITIES = [("Alpena", "MI", "49707"), ("Beatrice", "NE", "68310"), ("Chillicothe", "OH", "45601"),
          ("Dubuque", "IA", "52001"), ("Enid", "OK", "73701"), ("Glasgow", "KY", "42141")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en", last: str | None = None, child: bool = False) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = FIRST_ES if lang == "es" else CHILD_FIRST if child else FIRST
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


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
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(14, 9870)} {rng.choice(STREETS_ES if lang == 'es' else STREETS)}", f"{city}, {st} {z}"]


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '55', '88'])}-555-{rng.randint(3000, 3999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
