"""Reading single values written the Indonesian way: numbers, dates, periods."""

from __future__ import annotations

import pytest

from desktop_app.services.datasets.importing.values import (
    date_from_serial,
    excel_letter,
    is_blank_text,
    number_readings,
    parse_date,
    parse_number,
    parse_period,
)


@pytest.mark.parametrize(("text", "value", "money", "percent"), [
    ("1.234.567", 1234567, False, False),
    ("1.234", 1234, False, False),
    ("12,5", 12.5, False, False),
    ("1.234,56", 1234.56, False, False),
    ("Rp 1.500.000,00", 1500000.0, True, False),
    ("Rp1.500.000", 1500000, True, False),
    ("Rp. 1.500.000,-", 1500000, True, False),
    ("15%", 15, False, True),
    ("12,25 %", 12.25, False, True),
    ("(1.234)", -1234, False, False),
    ("-1.234", -1234, False, False),
    ("Rp -500", -500, True, False),
    ("1,5 juta", 1500000, False, False),
    ("Rp 2 miliar", 2000000000, True, False),
    ("0,75", 0.75, False, False),
    ("12.5", 12.5, False, False),
    ("1 234 567", 1234567, False, False),
    ("0", 0, False, False),
])
def test_numbers(text, value, money, percent):
    number = parse_number(text)
    assert number is not None
    assert number.value == value and type(number.value) is type(value)
    assert (number.money, number.percent) == (money, percent)


@pytest.mark.parametrize("text", ["dua ratus", "12/03/2024", "12.03.2024", "1.23.4", "Rp", "-", "abc", "", "1,2,3",
                                  "0812-3456-7890", "5 kg", "IV", "12 5", "1 23", "+62 621 21001", "1.234 567",
                                  "0.123.456", "1,5,", "\u0661\u0662"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_a_given_decimal_mark_reads_strictly():
    assert parse_number("1.234", ".").value == 1.234
    assert parse_number("1,234", ".").value == 1234
    assert parse_number("1.234", ",").value == 1234
    assert parse_number("2.5", ",") is None  # a dot groups thousands in threes, or it is not this reading
    assert parse_number("1.234.567", ".") is None
    assert parse_number("1,234.5", ",") is None


@pytest.mark.parametrize(("text", "value"), [
    ("1\u00a0661", 1661), ("1\u202f661", 1661), ("1\u2009661", 1661), ("1'234'567", 1234567),
    ("1\u2019234", 1234), ("12 345,5", 12345.5), ("Rp 1\u00a0500\u00a0000", 1500000),
])
def test_spaces_and_apostrophes_group_thousands_between_digit_groups(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize(("text", "comma", "dot"), [
    ("12,5", 12.5, None), ("0.5", None, 0.5), ("2.125", 2125, 2.125), ("1.234.567", 1234567, None),
    ("1,234,567", None, 1234567), ("1.234,5", 1234.5, None), ("1,234.5", None, 1234.5), ("0.125", None, 0.125),
    ("1234.567", None, 1234.567), ("361", 361, 361), ("1 661", 1661, 1661), ("1 661,5", 1661.5, None),
])
def test_both_readings_of_a_cell(text, comma, dot):
    with_comma, with_dot = number_readings(text)
    assert (with_comma.value if with_comma else None, with_dot.value if with_dot else None) == (comma, dot)


@pytest.mark.parametrize(("text", "iso"), [
    ("12 Maret 2024", "2024-03-12"),
    ("12 Mar 2024", "2024-03-12"),
    ("1 Agustus 2024", "2024-08-01"),
    ("1 Agt 2024", "2024-08-01"),
    ("1 Ags 2024", "2024-08-01"),
    ("5 Okt 2024", "2024-10-05"),
    ("25 Des 2024", "2024-12-25"),
    ("3 Mei 2024", "2024-05-03"),
    ("12/03/2024", "2024-03-12"),
    ("12-03-2024", "2024-03-12"),
    ("12.03.2024", "2024-03-12"),
    ("1/2/24", "2024-02-01"),
    ("2024-03-12", "2024-03-12"),
    ("Senin, 12 Februari 2024", "2024-02-12"),
    ("12-Mar-2024", "2024-03-12"),
    ("12/03/2024 14:30", "2024-03-12"),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["31/02/2024", "13/13/2024", "Maret 2024", "12 Marmut 2024", "kemarin", "12345"])
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "period"), [
    ("Maret 2024", "2024-03"),
    ("Mar 2024", "2024-03"),
    ("Mar-2024", "2024-03"),
    ("Agustus 2024", "2024-08"),
    ("03/2024", "2024-03"),
    ("2024-03", "2024-03"),
    ("Triwulan III 2024", "2024-Q3"),
    ("Triwulan ke-3 Tahun 2024", "2024-Q3"),
    ("TW III 2024", "2024-Q3"),
    ("TW 3 2024", "2024-Q3"),
    ("Q3 2024", "2024-Q3"),
    ("2024 Q3", "2024-Q3"),
    ("2024-Q3", "2024-Q3"),
    ("Semester I 2024", "2024-S1"),
    ("Semester II Tahun 2024", "2024-S2"),
    ("S1 2024", "2024-S1"),
    ("Tahun 2024", "2024"),
    ("2024", "2024"),
])
def test_periods(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["Triwulan V 2024", "Semester III 2024", "13/2024", "Maret", "Budi 2024"])
def test_not_periods(text):
    assert parse_period(text) is None


def test_small_helpers():
    assert all(is_blank_text(t) for t in ["", "  ", "-", "\u2013", " \u2014 "])
    assert not is_blank_text("0")
    assert date_from_serial(45366) == "2024-03-15"
    assert date_from_serial(12) is None
    assert [excel_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
