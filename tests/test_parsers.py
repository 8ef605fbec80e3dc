"""Dates, money, IDs and names from noisy text: examples, and properties that they never raise."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extract import dates, ids, money, names


@pytest.mark.parametrize("text,expected", [
    pytest.param("March 3, 2026", dt.date(2026, 3, 3), id="long"),
    pytest.param("Mar. 3 2026", dt.date(2026, 3, 3), id="abbr-no-comma"),
    pytest.param("03/05/26", dt.date(2026, 3, 5), id="two-digit-year"),
    pytest.param("2026-03-05", dt.date(2026, 3, 5), id="iso"),
    pytest.param("15/03/2026", dt.date(2026, 3, 15), id="day-first-when-unambiguous"),
    pytest.param("3 de marzo de 2026", dt.date(2026, 3, 3), id="spanish"),
    pytest.param("Septernber 9, 2025", dt.date(2025, 9, 9), id="ocr-slip-in-month"),
    pytest.param("12-31-2025", dt.date(2025, 12, 31), id="dashes"),
])
def test_parse_date(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("02/28/2026 - 03/04/2026", ["2026-02-28/2026-03-04"], id="slash-range"),
    pytest.param("March 3-7, 2026", ["2026-03-03/2026-03-07"], id="month-day-range"),
    pytest.param("01/05/2026 through 01/09/2026", ["2026-01-05/2026-01-09"], id="through"),
    pytest.param("01/05/2026, 01/19/2026", ["2026-01-05", "2026-01-19"], id="two-dates"),
])
def test_find_spans(text, expected):
    assert dates.find_spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("$1,234.50", "1234.50", id="us"),
    pytest.param("Total 12855.75", "12855.75", id="bare-with-cents"),
    pytest.param("USD 980", "980.00", id="usd-no-cents"),
    pytest.param("1.234,50", "1234.50", id="spanish-style"),
    pytest.param("$ 38,296.50", "38296.50", id="space-after-sign"),
])
def test_parse_money(text, expected):
    assert money.parse_money(text) == expected


def test_money_ignores_plain_numbers():
    assert money.parse_money("Claim 12345678") is None


@pytest.mark.parametrize("text,expected", [
    pytest.param("W123456789", "W123456789", id="alpha-prefix"),
    pytest.param("9004 8821 37", "9004882137", id="grouped-digits"),
    pytest.param("899-83-4261", "899-83-4261", id="dashes-kept"),
    pytest.param("GRP-8563", "GRP-8563", id="group-prefix"),
    pytest.param("12345O789", "123450789", id="ocr-letter-o-in-digits"),
])
def test_first_id(text, expected):
    assert ids.first_id(text) == expected


@pytest.mark.parametrize("text", ["1-800-555-0142", "03/05/2026", "$1,234.50", "N/A", "abc",
                                  "03/02-03/09/2031"])  # (a range printing its year once)
def test_not_ids(text):
    assert ids.first_id(text) is None


@pytest.mark.parametrize("text,expected", [
    pytest.param("DOE, JANE A", "Jane A. Doe", id="last-first"),
    pytest.param("MARIA T ALVAREZ", "Maria T. Alvarez", id="caps-no-dot"),
    pytest.param("Fatima J. Bennett DOB 01/02/1980", "Fatima J. Bennett", id="trailing-dob"),
    pytest.param("We reviewed the claim", None, id="prose"),
])
def test_clean_person(text, expected):
    assert names.clean_person(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_parsers_never_raise(text):
    dates.find_spans(text)
    dates.find_dates(text)
    money.find_money(text)
    ids.find_ids(text)
    names.clean_person(text)
    names.clean_org(text)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%m-%d-%Y", "%d %B %Y"]))
def test_dates_round_trip(day, fmt):
    assert dates.parse_date(f"Date of service: {day.strftime(fmt)}.") == day


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=9_999_999, places=2, allow_nan=False))
def test_money_round_trip(amount):
    assert money.parse_money(f"Amount billed: ${amount:,.2f}") == f"{amount:.2f}"


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Z]{0,2}[A-NP-Z][0-9]{6,11}", fullmatch=True).filter(lambda s: not ids.PLACEHOLDER.search(s)))
def test_ids_round_trip(ident):
    # (a prefix ending in O before the digits is read as a zero: see the boundary-O test below; a placeholder's
    # zeros, 'A000000', are no one's number: see test_reading_rules_dr)
    assert ids.first_id(f"Member ID: {ident}") == ident


def test_shape_key_knows_one_id_through_look_alike_slips():
    from intake.extract.ids import shape_key

    assert shape_key("1234A5678") == shape_key("123445678") == shape_key("1234a 5678")
    assert shape_key("AB-1O2") == shape_key("48-102")
    assert shape_key("1234A5678") != shape_key("1234A5679")


@pytest.mark.parametrize("text,spans", [
    ("desde el 3 de mayo de 2026 hasta el 5 de mayo de 2026", ["2026-05-03/2026-05-05"]),
    ("del 3 al 5 de mayo de 2026", ["2026-05-03/2026-05-05"]),
    ("21-23 March 2026", ["2026-03-21/2026-03-23"]),
    ("March 3-5, 2026", ["2026-03-03/2026-03-05"]),
])
def test_date_ranges_in_english_and_spanish(text, spans):
    assert dates.find_spans(text) == spans


@pytest.mark.parametrize("text,found", [
    ("Appeals Unit, P.O. BOX 4410, Pierre SD 57501-1234", []),
    ("Suite 400, Anytown, ID 83000", []),
    ("Member ID 55512", ["55512"]),
    ("Claim 12345 sent to Anytown, CA 90210", ["12345"]),
])
def test_address_numbers_are_no_ids(text, found):
    assert [v for v, _, _ in ids.find_ids(text)] == found


def test_lookalikes_decided_by_a_standard_format():
    """A HIOS plan ID's state, an MBI's digit positions: one or two look-alikes mended where exactly one
    reading fits; digits alone never turned into letters."""
    from intake.extract.ids import find_ids, fit_known_format

    assert fit_known_format("123450R1234567-01") == "12345OR1234567-01"
    assert fit_known_format("123458C1234567-01") == "12345SC1234567-01"  # SC is a state, BC is not
    assert fit_known_format("7QW2HT4RK1B") == "7QW2HT4RK18"
    assert fit_known_format("12345501234567") == "12345501234567"
    assert fit_known_format("58888-001") == "58888-001"
    assert find_ids("Plan ID 123450R1234567-01")[0][0] == "12345OR1234567-01"


def test_a_look_alike_with_two_readings_at_one_place_takes_the_likelier():
    """A 1 where a HIOS ID wants a state reads as I before L (IA over LA); two different places that could
    each be mended stay as printed."""
    from intake.extract.ids import fit_known_format

    assert fit_known_format("246801A1357913-02") == "24680IA1357913-02"
    assert fit_known_format("24680IA1357913-02") == "24680IA1357913-02"


def test_a_capital_o_between_a_letter_prefix_and_digits_is_a_zero():
    """'XQTO7214460' is OCR's reading of a prefix and a number opening with 0; a plan type (PPO, HMO, EPO)
    before its digits keeps its O, and a known format is left to its own check."""
    from intake.extract.ids import find_ids

    assert find_ids("Member ID XQTO7214460")[0][0] == "XQT07214460"
    assert find_ids("Group WVO3K2")[0][0] == "WV03K2"
    assert find_ids("Plan ABCPPO274")[0][0] == "ABCPPO274"
    assert find_ids("Plan ZZHMO518")[0][0] == "ZZHMO518"
    assert find_ids("Plan ID 24680MO1357913-02")[0][0] == "24680MO1357913-02"


def test_ocr_slips_at_an_ids_start_and_a_lower_case_l():
    from intake.extract.ids import find_ids

    assert find_ids("5KQ70012345")[0][0] == "SKQ70012345"      # S read as 5 before a letter prefix
    assert find_ids("Kl070355")[0][0] == "K1070355"            # a lower-case l between capitals and digits
    assert find_ids("Claim 512345678")[0][0] == "512345678"    # digits alone stay digits


def test_a_document_that_writes_dates_day_first_reads_them_so():
    from intake.extract import dates

    text = "Claim received 21.02.2026\nTreatment 19.01.2026 to 23.01.2026"
    assert dates.day_first(text)
    assert not dates.day_first("Date of service 02/14/2026, notice 03/02/2026")
    with dates.reading_order(True):
        assert dates.parse_date("06.02.2026").isoformat() == "2026-02-06"
        assert dates.parse_date("2026-02-06").isoformat() == "2026-02-06"  # ISO dates are never turned
    assert dates.parse_date("06.02.2026").isoformat() == "2026-06-02"


SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre"]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)).filter(lambda d: d.day <= 12 and
                                                                                         d.day != d.month),
       st.booleans())
def test_a_date_written_out_beside_its_numbers_decides_the_order(day, spanish):
    """Whichever way round the numbers are printed, the same day written out with its month's name says which
    part is the day ('04/03/2031' beside '4 de marzo de 2031' is day first; beside 'April 3, 2031' month first)."""
    if spanish:
        text = f"Fecha {day:%d/%m/%Y}\nEl {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year} usted"
    else:
        text = f"Date {day:%m/%d/%Y}\nOn {day:%B} {day.day}, {day.year} you"
    assert dates.day_first(text) is spanish
    with dates.reading_order(dates.day_first(text)):
        assert dates.parse_date(text.split()[1]) == day


def test_a_printed_date_format_caption_decides_the_order():
    """'Fecha (dd/mm/aaaa)' or '(MM/DD/YY)' over a column: the paper says how its numbers read, whatever
    the numbers themselves could be."""
    assert dates.day_first("Fecha de servicio (dia/mes/ano) 02/03/2031")
    assert dates.day_first("Fecha (DD/MM/AAAA): 02/03/2031")
    assert not dates.day_first("Dates (MM/DD/YY) 02/03/31")
    # a processing period's first day is no fact the numbers repeat ('entre 6 de marzo de 2031 - ...')
    assert not dates.day_first("Procesadas entre 6 de marzo de 2031 - 4 de junio de 2031\n06/03/31 Consulta")


def test_a_year_and_letter_prefix_set_apart_from_its_number_is_one_id():
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("Claim number: 25K 104938271")] == ["25K104938271"]
    assert [t for t, _, _ in find_ids("12 Main Street 55512")][:1] != ["12Main"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij PPOHM-0123456789", max_size=40))
def test_a_plan_tier_is_a_product_name_then_its_tier_and_number(text):
    """'Select PPO 2500' is a product's tier, never a plan ID; the check is one pass over long runs of letters."""
    from intake.extract.fields_ids import PLAN_TIER

    m = re.fullmatch(r"([A-Za-z ]*?)(PPO|HMO|EPO|POS|HDHP|PFFS|HSA|DHMO|CDHP)[\s-]?(\d{3,5})", text, re.I)
    assert bool(PLAN_TIER.match(text)) == bool(m)


@pytest.mark.parametrize("text, expected", [
    ("16 MAY 2026", None),  # a date in capitals, run together by the prefix joiner, is no ID
    ("Ref 16MAY2026", None),
    ("Claim JUN1234567", "JUN1234567"),  # letters that begin like a month, then a long number: an ID
])
def test_capitalised_dates_are_no_ids(text, expected):
    assert ids.first_id(text) == expected


@pytest.mark.parametrize("text,found", [
    ("42 Example Court", []),
    ("7 North Sample Road, Anytown", []),
    ("12345 Dr. Ana Reyes", ["12345"]),               # a number before a doctor's name is no house number
    ("Claim 123456 Court fees", ["123456"]),          # 'Court' alone is no street
])
def test_a_house_number_before_its_street_is_no_id(text, found):
    assert [v for v, _, _ in ids.find_ids(text)] == found


def test_a_zero_opening_a_letter_prefix_is_an_o_by_position():
    """Issue 13's look-alikes by position: a zero before a prefix of letters is the letter O; inside digits
    it stays a zero."""
    assert ids.find_ids("Case number: 0K47-2210")[0][0] == "OK47-2210"
    assert ids.find_ids("0X55120934")[0][0] == "OX55120934"
    assert ids.find_ids("Claim 0123456")[0][0] == "0123456"


def test_a_plans_dashed_code_is_an_id_only_after_a_strong_label():
    assert ids.find_ids("HMO-07B", 3)[0][0] == "HMO-07B"        # min_len 3: a strong label stands before it
    assert ids.find_ids("SEL-PPO-12", 3)[0][0] == "SEL-PPO-12"
    assert ids.find_ids("HMO-07B") == []                         # mostly letters: no ID anywhere else
    assert ids.find_ids("Gold-PPO", 3) == []


def test_a_year_and_letter_prefix_before_a_dashed_number_is_one_id():
    assert [t for t, _, _ in ids.find_ids("31Q 482-11907 Paid")] == ["31Q482-11907"]


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 30)), st.integers(1, 40))
def test_a_numeric_range_printing_its_year_once_is_one_span(first, length):
    """'03/02-03/09/2031' (a range whose first date borrows the last one's year) is one span, never a date in
    2003 nor a lone last day."""
    last = min(first + dt.timedelta(days=length), dt.date(first.year, 12, 31))
    if last <= first:
        return
    text = f"Service dates {first:%m/%d}-{last:%m/%d/%Y} denied"
    assert dates.find_spans(text) == [f"{first.isoformat()}/{last.isoformat()}"]


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["%m/%d/%Y", "%b %d, %Y", "%d de {mes} de %Y"]))
def test_a_year_split_before_its_last_digit_still_dates_the_line(day, fmt):
    """OCR sets a space before a year's last digit ('04/16/202 6', 'Apr 29, 202 6'): the date is still read, and
    the same text without the space reads the same."""
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
    text = day.strftime(fmt.replace("{mes}", meses[day.month - 1]))
    split = text[:-1] + " " + text[-1]
    assert dates.find_dates(f"Statement date: {split} Insurance")[0][0] == day


@pytest.mark.parametrize("text,expected", [
    ("Nasal endoscopy USD 3,184. 38 USD 0.00", "3184.38"),  # a fax's gap after the point
    ("we paid $1,200. 15 days later you called", "1200.00"),  # a sentence's end, a number of days after it
])
def test_cents_after_a_gap_belong_to_a_grouped_amount(text, expected):
    assert money.find_money(text)[0][0] == expected
