"""Classes of phrasing from the tune parts of blind26 and blind27 (a news agency's bilingual
service and a Hanoi daily's English edition), and of blind34, each read on positive
evidence and paired with an edit of the same phrase that must still flag."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_EN_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_VI_ORDINALS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín")


# --- a month named by its word after a word of rank: "bảng xếp hạng tháng 12" --------------


@settings(deadline=None, max_examples=24)
# (not March or May: "its March list" is the English reader's own ambiguity, a verb or a month)
@given(
    st.sampled_from([1, 2, 4, 6, 7, 8, 9, 10, 11, 12]),
    st.sampled_from(["bảng xếp hạng", "kết quả xếp hạng", "xếp hạng"]),
)
def test_a_month_after_a_word_of_rank_is_a_month(month: int, ranking: str) -> None:
    en = f"His rating is expected to pass 2,500 when FIDE publishes its {_MONTHS[month - 1]} list."
    vi = f"Hệ số Elo dự kiến vượt 2.500 khi FIDE công bố {ranking} tháng {month}."
    assert flags(en, vi) == []
    # the Vietnamese naming another month: a slip
    other = month % 12 + 1 if month not in (2, 4) else month + 2
    assert flags(en, vi.replace(f"tháng {month}.", f"tháng {other}."))


def test_a_rank_and_its_field_after_a_word_of_rank_stay_no_date() -> None:
    # "hạng 3/4" is third of four, never March 3rd; only a month's word is let through
    en = "The team finished third of four in the group."
    vi = "Đội xếp hạng 3/4 trong bảng."
    assert not [r for r in flags(en, vi) if r["kind"] in ("date", "fraction")]


# --- a round of talks counts occurrences: "a fourth round" against "vòng đàm phán thứ tư" -----


@settings(deadline=None, max_examples=24)
@given(st.integers(0, len(_EN_ORDINALS) - 1), st.sampled_from(["negotiations", "talks", "consultations"]))
def test_a_round_of_talks_is_a_count_of_occurrences(which: int, talks: str) -> None:
    en = f"Vietnam and the United States wrapped up a {_EN_ORDINALS[which]} round of {talks} on April 17."
    vi = f"Ngày 17/4, Việt Nam và Mỹ kết thúc vòng đàm phán {_VI_ORDINALS[which]}."
    assert flags(en, vi) == []
    # the Vietnamese naming another round: a slip (both spelled, both counting rounds)
    other = _VI_ORDINALS[(which + 1) % len(_VI_ORDINALS)]
    slipped = flags(en, vi.replace(_VI_ORDINALS[which], other))
    assert [r["kind"] for r in slipped] == ["ordinal"]


# --- one statement's day at the two ends of a paragraph: "said on Friday" / "Ngày 21/11, ... cho biết"

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SPEAKERS = (
    ("the Vietnam Rubber Association", "Hiệp hội Cao su Việt Nam"),
    ("the General Statistics Office", "Tổng cục Thống kê"),
    ("the Ministry of Health", "Bộ Y tế"),
)


def _statement_pair(day: date, weekday: str, with_year: bool, speakers: tuple[str, str]) -> tuple[str, str]:
    when = f"{day.day}/{day.month}/{day.year}" if with_year else f"{day.day}/{day.month}"
    en = (
        "Vietnam exported 1.62 million tonnes of rubber worth $2.91 billion in the first 10 months. "
        f"China bought 74% of the total, {speakers[0]} said on {weekday}."
    )
    vi = (
        f"Ngày {when}, {speakers[1]} cho biết 10 tháng đầu năm, Việt Nam xuất khẩu 1,62 triệu tấn "
        "cao su, trị giá 2,91 tỷ USD. Trung Quốc chiếm 74% tổng lượng xuất khẩu."
    )
    return en, vi


@settings(deadline=None, max_examples=30)
@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.booleans(), st.sampled_from(_SPEAKERS))
def test_a_statement_dated_by_weekday_and_by_date_at_the_two_ends(
    day: date, with_year: bool, speakers: tuple[str, str]
) -> None:
    en, vi = _statement_pair(day, _WEEKDAYS[day.weekday()], with_year, speakers)
    assert flags(en, vi) == []
    # with the year given, another weekday is a slip
    wrong = _WEEKDAYS[(day.weekday() + 1) % 7]
    en, vi = _statement_pair(day, wrong, True, speakers)
    assert [(r["kind"], r["status"]) for r in flags(en, vi)] == [("weekday", "discrepancy")]


def test_a_date_that_opens_no_statement_is_not_the_statement_weekday() -> None:
    # the day the exports are counted to, not the statement's: the date is not the weekday's
    en, _ = _statement_pair(date(2025, 11, 21), "Friday", False, _SPEAKERS[0])
    vi = (
        "Tính đến ngày 21/11, Việt Nam xuất khẩu 1,62 triệu tấn cao su, trị giá 2,91 tỷ USD. "
        "Trung Quốc chiếm 74% tổng lượng xuất khẩu, Hiệp hội Cao su Việt Nam cho biết."
    )
    assert ("date", "only_vi") in {(r["kind"], r["status"]) for r in flags(en, vi)}


# --- "annual inflation" is inflation year on year: "lạm phát so với cùng kỳ" -----------------


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from(["annual", "yearly", "Annual"]),
    st.sampled_from(
        [("inflation", "lạm phát"), ("growth", "tăng trưởng"), ("credit growth", "tăng trưởng tín dụng")]
    ),
    st.integers(2015, 2030),
    st.integers(11, 199),
)
def test_an_annual_rate_is_a_change_year_on_year(
    annual: str, rate: tuple[str, str], year: int, tenths: int
) -> None:
    value = f"{tenths // 10}.{tenths % 10}"
    en = (
        f"The bank said {annual} {rate[0]}, which reached {value}% in October, "
        f"would stay above 3% until mid-{year}."
    )
    vi = (
        f"Ngân hàng cho biết {rate[1]} so với cùng kỳ, vốn lên tới {value.replace('.', ',')}% "
        f"trong tháng 10, sẽ duy trì trên 3% cho đến giữa năm {year}."
    )
    assert flags(en, vi) == []
    # the English with no word for "year on year" there: the base year is the Vietnamese's alone
    assert flags(en.replace(f"{annual} ", ""), vi)


# --- "since 2019" is where a comparison starts, not the year a change is of ------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(2005, 2023), st.integers(2025, 2030), st.integers(101, 999))
def test_a_year_after_since_is_no_base_of_year_on_year(since: int, year: int, hundredths: int) -> None:
    value = f"{hundredths // 100}.{hundredths % 100:02d}"
    en = (
        f"The city's GRDP grew {value} per cent year-on-year in the first nine months, the fastest "
        f"pace for the period since {since}, the statistics office said."
    )
    vi = (
        f"Thống kê thành phố cho biết GRDP 9 tháng năm {year} ước tăng {value.replace('.', ',')}% so với "
        f"cùng kỳ, mức tăng cao nhất của cùng kỳ kể từ năm {since}."
    )
    assert flags(en, vi) == []
    # the record's year edited: a slip
    slipped = flags(en, vi.replace(f"kể từ năm {since}", f"kể từ năm {since - 1}"))
    assert slipped and {r["kind"] for r in slipped} == {"year"}


# --- "a two-day session" says how long, not which: "khóa XI" left out stays for review ------------

_ROMAN = {9: "IX", 10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI"}
_SPANS = {
    2: ("two-day", "hai ngày"),
    3: ("three-day", "ba ngày"),
    4: ("4-day", "4 ngày"),
    5: ("5-day", "5 ngày"),
}


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from(sorted(_ROMAN)),
    st.sampled_from(["khóa", "khoá"]),
    st.sampled_from([("city People's Council", "HĐND TP Hồ Chí Minh"), ("National Assembly", "Quốc hội")]),
    st.sampled_from(sorted(_SPANS)),
    st.sampled_from(["thematic", "extraordinary", "special"]),
)
def test_a_span_joined_to_its_session_is_no_number_of_it(
    term: int, khoa: str, body: tuple[str, str], days: int, kind: str
) -> None:
    en_span, vi_span = _SPANS[days]
    en = f"The {body[0]} opened a {en_span} {kind} session on October 15 to consider 34 draft resolutions."
    vi = f"Ngày 15/10, {body[1]} {khoa} {_ROMAN[term]} khai mạc kỳ họp kéo dài {vi_span}, xem xét 34 dự thảo."
    assert flags(en, vi) == []
    # an English term number that differs is a slip
    slipped = flags(en.replace("The ", f"The {term + 1}th-tenure "), vi)
    assert [r["kind"] for r in slipped] == ["ordinal"]


# --- a holiday's days named by their dates: "dịp nghỉ lễ 30/4 – 3/5", "Ngày Doanh nhân Việt Nam 13-10"

_HOLIDAYS = [(date(2026, 4, 30), date(2026, 5, 3)), (date(2026, 4, 30), date(2026, 5, 1)),
             (date(2026, 9, 1), date(2026, 9, 2)), (date(2026, 12, 24), date(2026, 12, 27))]  # fmt: skip


def _en_day(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}"


@settings(deadline=None, max_examples=30)
@given(st.sampled_from(_HOLIDAYS), st.sampled_from([" – ", "-", " - ", " và "]), st.integers(11, 60))
def test_both_days_of_a_holiday_named_by_its_dates(days: tuple[date, date], joiner: str, share: int) -> None:
    first, last = days
    en = f"Bookings for the {_en_day(first)}–{_en_day(last)} holiday are up about {share} per cent."
    vi = (
        f"Lượng khách đặt tour dịp nghỉ lễ {first.day}/{first.month}{joiner}{last.day}/{last.month} "
        f"tăng khoảng {share}%."
    )
    assert flags(en, vi) == []
    # the English naming another last day: a slip
    later = last + timedelta(days=1)
    assert [r["kind"] for r in flags(en.replace(_en_day(last), _en_day(later)), vi)] == ["date"]


@settings(deadline=None, max_examples=30)
@given(
    st.dates(date(2026, 1, 1), date(2026, 12, 31)),
    st.sampled_from(
        [("Vietnam Entrepreneurs' Day", "Ngày Doanh nhân Việt Nam"), ("Teachers' Day", "Ngày Nhà giáo")]
    ),
    st.sampled_from(["-", "/"]),
)
def test_a_day_named_after_ngay_then_its_date(day: date, name: tuple[str, str], slash: str) -> None:
    en = f"The chairman met 600 entrepreneurs to mark {name[0]}, {_en_day(day)}."
    vi = f"Chủ tịch gặp gỡ 600 doanh nhân nhân {name[1]} {day.day}{slash}{day.month}."
    assert flags(en, vi) == []
    # the English giving another day: a slip
    later = day + timedelta(days=1)
    assert [r["kind"] for r in flags(en.replace(_en_day(day), _en_day(later)), vi)] == ["date"]


@settings(deadline=None, max_examples=20)
@given(st.dates(date(2026, 1, 1), date(2026, 12, 20)), st.integers(2, 9))
def test_the_end_of_a_range_of_days_after_den_het(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    en = f"Workers will have a break from {_en_day(first)} to {_en_day(last)}, the ministry said."
    vi = f"Bộ cho biết người lao động được nghỉ từ {first.day}/{first.month} đến hết {last.day}/{last.month}."
    assert flags(en, vi) == []
    later = last + timedelta(days=1)
    assert flags(en.replace(_en_day(last), _en_day(later)), vi)


# --- a span of years against its two end dates: "(1956-2026)" / "(15/10/1956 - 15/10/2026)" -----


@settings(deadline=None, max_examples=30)
@given(
    st.dates(date(1925, 1, 1), date(1999, 12, 28)),
    st.integers(20, 90),
    st.sampled_from([" - ", "-", " – ", " đến "]),
)
def test_a_period_against_a_range_of_its_two_end_dates(founded: date, years: int, joiner: str) -> None:
    this_year = founded.year + years
    day = f"{founded.day}/{founded.month}"
    # (the ceremony on the anniversary's own day, which both versions give)
    en = f"On {_en_day(founded)}, the city marked the Federation's anniversary ({founded.year}-{this_year})."
    vi = (
        f"Tối {day}, thành phố kỷ niệm Ngày truyền thống Hội ({day}/{founded.year}{joiner}{day}/{this_year})."
    )
    assert flags(en, vi) == []
    # the English giving another end year: a slip
    assert flags(en.replace(f"-{this_year})", f"-{this_year + 1})"), vi)
