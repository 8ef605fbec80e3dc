"""Round G helpers: people, providers and numbers invented for the email_print, qa_letter and dense_eob families.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers and mail domains end in .test.
"""

from __future__ import annotations

import random

FIRST = ["Clementine", "Lysander", "Rosamund", "Tamsin", "Bertrand", "Elspeth", "Mirabel", "Leander", "Perpetua",
         "Serafina", "Anneke", "Torvald", "Auberon", "Cosima", "Fennimore", "Griffith", "Honora", "Juliette",
         "Ludovica", "Magnus", "Nerissa", "Rafferty", "Sabine", "Xanthe"]
KIDS = ["Zinnia", "Ivo", "Linnea", "Emrys", "Keziah", "Gaspard", "Primrose", "Viggo"]
LAST = ["Aldercott", "Corrigan", "Ellsworth", "Fitzhugh", "Hargreave", "Joubert", "Northcott", "Pellegrino",
        "Radcliffe", "Sorensen", "Vanterpool", "Yardley", "Zielinski", "Quennell", "Hendry", "Anstruther",
        "Everhart", "Frobisher", "Hollister", "Lockhart", "Nettleship", "Ravenscroft", "Thackeray", "Wexford"]
FIRST_ES = ["Anaís", "Dámaso", "Fermín", "Inmaculada", "Leonel", "Nereida", "Rosendo", "Yolotl"]
LAST_ES = ["Arellano", "Bustamante", "Fajardo", "Lozada", "Serrano", "Echevarne"]
DOCTORS = ["Dr. Ottavio Brenthaven", "Dr. Hesper Moorcroft", "Dr. Caedmon Ashcombe", "Dr. Leocadia Vantongeren",
           "Dr. Perrin Halloway", "Dr. Sunniva Okereke-Lund", "Dr. Matthias Greenhalgh", "Dr. Roswitha Pym",
           "Dr. Aurelio Castagnoli", "Dr. Isaura Fenwright", "Dr. Thorne Wickersham", "Dr. Jessamy Coyle"]
FACILITIES = ["Brackenridge Sleep Center", "Highmoor Imaging Partners", "Saltgrass Orthopedic Clinic",
              "Windlass Point Surgery Center", "Copperleaf Pediatrics", "Gullhaven Physical Therapy",
              "Eastwick Dermatology Group", "Gorsefield Laboratory Services", "Pinehollow Urgent Care",
              "Larchgate Family Medicine", "Starling Creek Hospital", "Ivybridge Hearing Center",
              "Tidemark Cardiology Associates", "Oakmere Allergy Clinic"]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}"
