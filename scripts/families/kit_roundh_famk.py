"""Round H (branch famk) helpers: people, providers, payers and numbers invented for the workers_comp_eor,
ihs_prc_denial and chip_noa families.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import random

FIRST = ["Wendeline", "Roscoe", "Albertine", "Cornelius", "Dorothea", "Ephraim", "Georgiana", "Hollis", "Isidora",
         "Jerome", "Lavinia", "Mortimer", "Octavia", "Prosper", "Rowena", "Silas", "Thomasina", "Ulysses",
         "Verena", "Winthrop"]
LAST = ["Applegarth", "Brimblecombe", "Cottingham", "Drinkwater", "Entwistle", "Fairweather", "Gorringe",
        "Hazeldine", "Inchbald", "Kettlewell", "Larkworthy", "Mapplebeck", "Nutbrown", "Oakenfold", "Pilkington",
        "Quarrington", "Rushbrooke", "Stainthorpe", "Tolleshunt", "Wolstenholme"]
KIDS = ["Briony", "Caspian", "Dashiell", "Elowen", "Fintan", "Gwendolyn", "Hamish", "Ottoline", "Peregrine",
        "Saoirse", "Tobiah", "Wren"]
FIRST_ES = ["Abundio", "Casilda", "Evaristo", "Filomena", "Gumersindo", "Hortensia", "Leocadio", "Macaria",
            "Nicanor", "Rosaura", "Tiburcio", "Zenaida"]
KIDS_ES = ["Ximena", "Thiago", "Renata", "Emiliano", "Valentina", "Santiago", "Itziar", "Matías"]
LAST_ES = ["Altamirano", "Bocanegra", "Cisneros", "Dorantes", "Escalante", "Galindo", "Lizárraga", "Maldonado",
           "Olivares", "Quezada", "Sepúlveda", "Villaseñor"]
DOCTORS = ["Dr. Cosmo Underwood", "Dr. Marguerite Ashdown", "Dr. Anselmo Ribeiro", "Dr. Hyacinth Oduya-Price",
           "Dr. Bartholomew Finch", "Dr. Solveig Marchbanks", "Dr. Edmund Tregarthen", "Dr. Priya Castellanos",
           "Dr. Lucius Abernethy", "Dr. Nanette Okafor", "Dr. Reinhold Vasko", "Dr. Clarimond Tate"]
CLINICS = ["Ironbridge Occupational Medicine", "Pebblecreek Orthopaedic Associates", "Foxglove Spine & Pain Center",
           "Millrace Physical Therapy", "Westerley Imaging Center", "Thornbury Ambulatory Surgery Center",
           "Sparrowhawk Chiropractic", "Greystone Hand Clinic"]
HOSPITALS = ["Coldwater Regional Hospital", "St. Brendan Valley Medical Center", "Mesa Quemada General Hospital",
             "Riverbend Memorial Hospital", "Highline Heart & Vascular", "Cottonwood Springs Medical Center",
             "Sagebrush Ambulance Service", "Blue Heron Radiology Group"]
KIDS_PROVIDERS = ["Little Acorn Speech & Language", "Brightwater Pediatric Therapy", "Sunny Hollow Orthodontics",
                  "Tallgrass Children's Hospital", "Kinderwell Pediatric Neurology", "Otter Creek Pediatric Dentistry",
                  "Lanternlight Child Psychiatry", "Pinyon Pediatric Urgent Care"]
STREETS = ["Cobblestone Row", "Wagonwheel Rd", "Pennyroyal Ln", "E Tamarisk Ave", "Bramblewood Dr", "Lodgepole Way",
           "Calle del Sol", "Switchback Ct"]
CITIES = [("Dry Fork", "NM", "870"), ("Cinder Flats", "AZ", "860"), ("Hollis Bend", "OK", "745"),
          ("Marrow Lake", "MN", "566"), ("Tule Springs", "CA", "932"), ("Antler Gap", "SD", "577"),
          ("Lost Pine", "MT", "594"), ("Brazos Landing", "TX", "767")]


def person(rng: random.Random, first: list[str] | None = None, last: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f, ln = rng.choice(first or FIRST), rng.choice(last or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def phone(rng: random.Random, toll_free: bool = True) -> str:
    return f"1-8{rng.choice(['00', '44', '55', '77'])}-555-{rng.randint(1000, 9999)}" if toll_free else \
        f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(11, 9890)} {rng.choice(STREETS)}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)
