"""Classes of phrasing from the tune parts of blind22 and blind23 (an economic magazine's
and a news agency's bilingual pages, autumn 2025), each read on positive evidence and
paired with an edit of the same phrase that must still flag."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crosscheck.derived_shares import DERIVED
from crosscheck.one_spelled import ONE_SPELLED
from pair_rows import flags, rows, vi_decimal

# --- a weekend counted in days ---------------------------------------------------------------


@settings(deadline=None, max_examples=25)
@given(
    st.integers(1000, 900000),
    st.sampled_from(["hai ngày", "2 ngày"]),
    st.sampled_from(["its first weekend", "the weekend", "last weekend"]),
)
def test_the_two_days_of_a_weekend_agree_with_the_weekend(visitors: int, days: str, weekend: str) -> None:
    written = f"{visitors:,}".replace(",", ".")
    en = f"The organisers said the exhibition drew about {visitors:,} visitors over {weekend}."
    vi = f"Ban tổ chức cho biết triển lãm đón khoảng {written} lượt khách trong {days} cuối tuần đầu tiên."
    assert flags(en, vi) == []
    assert "the two days of a weekend the other version names" in {r.get("note") for r in rows(en, vi)}
    # three days before "cuối tuần" is a long weekend, not what "weekend" says
    assert flags(en, vi.replace(days, days.replace("hai", "ba").replace("2", "3")))
    # two days the English does not call a weekend
    assert flags(en.replace(weekend, "its first week"), vi)


def test_an_english_two_day_weekend_agrees_with_cuoi_tuan() -> None:
    en = "Some 40,000 people visited the fair during the two-day weekend, organisers said."
    vi = "Khoảng 40.000 người đã tham quan hội chợ dịp cuối tuần, ban tổ chức cho biết."
    assert flags(en, vi) == []
    assert flags(en.replace("two-day", "three-day"), vi)


# --- one in digits against one spelled ---------------------------------------------------------

_VICTIMS = [("worker", "công nhân"), ("child", "trẻ em"), ("passenger", "hành khách"), ("soldier", "binh sĩ")]


@settings(deadline=None, max_examples=25)
@given(st.sampled_from(_VICTIMS), st.integers(2, 8), st.integers(10, 28))
def test_one_spelled_agrees_with_the_digit_one(victim: tuple[str, str], other: int, day: int) -> None:
    noun, vi_noun = victim
    en = f"A fire at a workshop on August {day} killed one {noun}; rescuers saved {other} others."
    vi = f"Ngày {day}-8, vụ cháy tại xưởng đã làm 1 {vi_noun} tử vong; cứu hộ cứu được {other} người khác."
    assert flags(en, vi) == []
    assert ONE_SPELLED in {r.get("note") for r in rows(en, vi)}
    # the digit edited: another count than the word says
    assert flags(en, vi.replace(f"làm 1 {vi_noun}", f"làm {other + 1} {vi_noun}"))
    # the word edited: "two" where the Vietnamese writes 1
    assert flags(en.replace(f"one {noun}", f"two {noun}s"), vi)


def test_a_spelled_one_a_reader_took_lends_nothing() -> None:
    # "one million" is read as a figure: it is no spelled one for the digit 1 beside it
    en = "The ministry set aside one million dong for the family of a worker who died."
    vi = "Bộ đã dành 1 triệu đồng hỗ trợ gia đình 1 công nhân tử vong."
    assert flags(en, vi)


# --- a weekday against the event's date, not the holiday's ------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HOLIDAYS = (("National Day", "Quốc khánh 2/9", (9, 2)), ("Reunification Day", "dịp 30/4", (4, 30)))


@settings(deadline=None, max_examples=30)
@given(st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.sampled_from(_HOLIDAYS))
def test_a_weekday_takes_the_event_date_before_a_holiday_named_by_its_date(
    day: date, holiday: tuple[str, str, tuple[int, int]]
) -> None:
    en_name, vi_name, (month, dom) = holiday
    assume((day.month, day.day) != (month, dom))
    weekday = _WEEKDAYS[day.weekday()]
    en = f"The rehearsal for {en_name} will be held at Ba Dinh Square at 6:30 a.m. on {weekday}."
    on = f"{day.day}/{day.month}/{day.year}"
    vi = f"Buổi tổng duyệt {vi_name} diễn ra tại Quảng trường Ba Đình lúc 6h30 ngày {on}."
    assert flags(en, vi) == []
    # another weekday than the date falls on: a slip
    other = _WEEKDAYS[(day.weekday() + 1) % 7]
    assert flags(en.replace(f"on {weekday}", f"on {other}"), vi)


def test_a_weekday_with_no_year_beside_it_is_for_review() -> None:
    en = "The general rehearsal will be held at Ba Dinh Square from 6:30 a.m. on Saturday, the ministry said."
    vi = "Buổi tổng duyệt mừng Quốc khánh 2/9 sẽ diễn ra tại Quảng trường Ba Đình từ 6h30 ngày 30/8."
    assert flags(en, vi) == []
    assert {"weekday": "review"}.items() <= {str(r["kind"]): r["status"] for r in rows(en, vi)}.items()


# --- a percentage change worked out from the change and the level ------------------------------


def _en_number(value: Decimal) -> str:
    return f"{value:,.2f}"


def _vi_number(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@settings(deadline=None, max_examples=40)
@given(
    st.decimals(Decimal("1000.00"), Decimal("1999.99"), places=2),
    st.decimals(Decimal("10.00"), Decimal("60.00"), places=2),
    st.booleans(),
)
def test_a_share_each_version_works_out_to_its_own_precision(
    level: Decimal, change: Decimal, fell: bool
) -> None:
    before = level + change if fell else level - change
    share = 100 * change / before
    coarse = share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    fine = share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assume(coarse != fine)
    verb, vi_verb, to = ("fell", "giảm", "xuống") if fell else ("rose", "tăng", "lên")
    en = f"The VN-Index {verb} {change} points, or {coarse}%, to {_en_number(level)}."
    points = f"{vi_decimal(change)} điểm"
    vi = f"Kết phiên, VN-Index {vi_verb} {points} ({vi_decimal(fine)}%) {to} {_vi_number(level)} điểm."
    assert flags(en, vi) == []
    assert DERIVED in {r.get("note") for r in rows(en, vi)}
    # either share edited beyond its rounding follows from nothing beside it: a slip
    assert flags(en.replace(f"{coarse}%", f"{coarse + Decimal('0.2')}%"), vi)
    assert flags(en, vi.replace(f"({vi_decimal(fine)}%)", f"({vi_decimal(fine + Decimal('0.3'))}%)"))
    # the level edited in one version: the English share follows from no level it states
    assert flags(en.replace(_en_number(level), _en_number(level + 100)), vi)
