"""Classes of phrasing from the tune parts of blind20, blind21 and blind28 (a week each of a
bilingual news site), each read on positive evidence and paired with an edit of the same
phrase that must still flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

_VI_DIGITS = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín")
_EN_DIGITS = ("two", "three", "four", "six", "seven", "eight", "nine")


# --- a capitalised number word opening the story after a dateline's dash ---------------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(0, len(_VI_DIGITS) - 1),
    st.sampled_from(
        [
            ("Hanoi, Oct 6 (VNA) - ", "Hà Nội, 6/10 (TTXVN) - "),
            ("HANOI — ", "HÀ NỘI - "),
            ("HCMC — ", "TP.HCM – "),
            ("", "ĐÀ NẴNG — "),
        ]
    ),
    st.integers(20, 900),
)
def test_a_spelled_number_after_a_dateline_opens_the_story(
    which: int, datelines: tuple[str, str], revenue: int
) -> None:
    en_dateline, dateline = datelines
    en = f"{en_dateline}In the first {_EN_DIGITS[which]} months, revenue reached {revenue} trillion VND."
    spelled = _VI_DIGITS[which].capitalize()
    vi = f"{dateline}{spelled} tháng đầu năm, doanh thu đạt {revenue}.000 tỷ đồng."
    assert flags(en, vi) == []
    # the English naming another number of months: a slip
    other = _EN_DIGITS[(which + 1) % len(_EN_DIGITS)]
    assert flags(en.replace(f"first {_EN_DIGITS[which]}", f"first {other}"), vi)


def test_a_capitalised_number_word_after_a_dash_inside_a_line_stays_a_name() -> None:
    # "Hà Nội - Chín Rồng": no dateline before the dash, so "Chín" is a word of a name
    en = "The Hanoi-Nine Dragons cup drew 740 teams."
    vi = "Giải Hà Nội - Chín Rồng thu hút 740 đội."
    assert flags(en, vi) == []


# --- a month alone after "for": "the regular meeting for May", "job gains for March" ----------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


@settings(deadline=None, max_examples=30)
@given(st.integers(1, 8), st.integers(2, 99))
def test_a_month_after_for_is_a_month(month: int, jobs: int) -> None:
    en = f"Job gains for {_MONTHS[month - 1]} were revised down by {jobs},000, the department said."
    vi = f"Số việc làm mới của tháng {month} được điều chỉnh giảm {jobs}.000, bộ này cho biết."
    assert flags(en, vi) == []
    # the Vietnamese naming the month after: a slip
    assert flags(en, vi.replace(f"tháng {month} ", f"tháng {month + 1} "))


def test_a_government_meeting_for_may_against_thang_5() -> None:
    en = "Exports rose 16.2%, the ministry reported at the government's regular meeting for May."
    vi = "Tại phiên họp Chính phủ thường kỳ tháng 5, Bộ báo cáo xuất khẩu tăng 16,2%."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("tháng 5", "tháng 4"))


# --- a multiple capitalised inside a sentence is a name's word: the K-pop group Twice --------


@settings(deadline=None, max_examples=20)
@given(st.sampled_from(["K-pop girl group", "the band", "South Korean act"]), st.integers(10, 28))
def test_a_capitalised_multiple_inside_a_sentence_is_a_name(before: str, day: int) -> None:
    en = f"{before[0].upper()}{before[1:]} Twice will play a concert at My Dinh stadium on August {day}."
    vi = f"Nhóm nhạc Twice sẽ biểu diễn tại sân vận động Mỹ Đình vào ngày {day}/8."
    assert flags(en, vi) == []
    # the same word as a multiple, lower case, where the Vietnamese says three times: a slip
    en_multiple = f"Ticket sales rose twice as fast as last year before the August {day} show."
    vi_multiple = f"Doanh số vé tăng nhanh gấp ba so với năm ngoái trước buổi diễn ngày {day}/8."
    assert flags(en_multiple, vi_multiple)


# --- "nhân đôi" (to double) is the multiple of "doubled" ---------------------------------------


@settings(deadline=None, max_examples=20)
@given(
    st.sampled_from(["doubled the lead", "doubled their lead", "doubled the advantage"]),
    st.integers(46, 90),
)
def test_nhan_doi_is_doubled(doubled: str, minute: int) -> None:
    en = f"Nguyen Hai Long {doubled} with a low shot in the {minute}th minute."
    vi = f"Nguyễn Hai Long nhân đôi cách biệt bằng cú sút chìm ở phút {minute}."
    assert flags(en, vi) == []
    # the English saying the lead was tripled: a slip
    assert flags(en.replace("doubled", "tripled"), vi)


# --- "số N bảng xếp hạng": a place named by its number, not N pounds ----------------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(1, 9), st.sampled_from(["vị trí", "hạng"]), st.integers(11, 19))
def test_a_number_after_so_before_bang_is_a_place_not_pounds(
    place: int, noun: str, chart_toppers: int
) -> None:
    en = f"The album debuted at No. {place} on the Billboard 200, her {chart_toppers}th chart entry."
    vi = f"Album ra mắt ở {noun} số {place} bảng xếp hạng Billboard 200, album thứ {chart_toppers} của cô."
    assert flags(en, vi) == []
    # the English naming another place: a slip
    assert flags(en.replace(f"No. {place} ", f"No. {place + 1} "), vi)


@settings(deadline=None, max_examples=20)
@given(st.integers(1, 99))
def test_pounds_after_a_price_are_still_money(pounds: int) -> None:
    en = f"A ticket costs {pounds} pounds."
    vi = f"Một vé có giá {pounds} bảng."
    assert flags(en, vi) == []
    assert flags(en.replace(f"{pounds} pounds", f"{pounds + 1} pounds"), vi)


# --- "so với một năm trước" is "than a year ago": the year before the figure's ----------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(5, 60),
    st.sampled_from(["than a year ago", "than a year earlier"]),
    st.sampled_from(["một", "1"]),
    st.integers(2015, 2024),
)
def test_so_voi_mot_nam_truoc_is_the_year_before(rise: int, ago: str, one: str, year: int) -> None:
    en = f"The average price is {rise}% higher {ago} and double the {year} level."
    vi = f"Mức giá bình quân cao {rise}% so với {one} năm trước và gấp đôi năm {year}."
    assert flags(en, vi) == []
    # the Vietnamese counting back two years: a slip
    assert flags(en, vi.replace(f"so với {one} năm", "so với hai năm"))


# --- a weekday before a capitalised word, after a word that dates it --------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(deadline=None, max_examples=30)
@given(
    st.integers(6, 12),
    st.sampled_from(["early", "late", "on"]),
    st.sampled_from(["Vietnam time", "Hanoi time", "Prime Minister Chinh said"]),
)
def test_a_dated_weekday_before_a_name_is_a_day(day: int, cue: str, after: str) -> None:
    weekday = _WEEKDAYS[(day - 6) % 7]  # 6 October 2025 was a Monday
    en = f"The index provider announced the upgrade {cue} {weekday} {after}."
    vi = f"Ngày {day}/10/2025, nhà cung cấp chỉ số công bố nâng hạng."
    assert flags(en, vi) == []
    # the English naming the day after: a slip
    assert flags(en.replace(weekday, _WEEKDAYS[(day - 5) % 7]), vi)


def test_a_weekday_before_a_name_without_a_cue_stays_a_name() -> None:
    assert flags("The Sunday Times reported 5 deaths.", "Tờ Sunday Times đưa tin 5 người chết.") == []


# --- a count whose own version names its members after "là", the other listing as many -------

_TEAMS = (
    ("Singapore", "Singapore"),
    ("the Philippines", "Philippines"),
    ("Laos", "Lào"),
    ("Myanmar", "Myanmar"),
)


@settings(deadline=None, max_examples=30)
@given(st.permutations(_TEAMS), st.integers(2, 4), st.integers(50, 300))
def test_a_count_of_the_teams_named_after_la(teams: list[tuple[str, str]], n: int, prize: int) -> None:
    listed = teams[:n]
    en_names = ", ".join(e for e, _ in listed[:-1]) + f" and {listed[-1][0]}"
    vi_names = ", ".join(v for _, v in listed[:-1]) + f" và {listed[-1][1]}"
    en = f"Losing semi-finalists {en_names} got ${prize},000 each."
    vi = f"{_VI_DIGITS[n - 2].capitalize()} đội vào bán kết là {vi_names} nhận {prize}.000 USD/đội."
    assert flags(en, vi) == []
    # the Vietnamese counting one team more than it names: a slip
    assert flags(en, vi.replace(_VI_DIGITS[n - 2].capitalize(), _VI_DIGITS[n - 1].capitalize(), 1))


# --- "so với năm trước" / "năm ngoái": the year before, said loosely: agrees, never flags alone --


@settings(deadline=None, max_examples=30)
@given(
    st.integers(5, 60),
    st.sampled_from(["from a year earlier", "year on year", "from {before}"]),
    st.sampled_from(["năm trước", "năm ngoái"]),
    st.integers(2015, 2024),
)
def test_so_voi_nam_truoc_is_the_year_before_said_loosely(rise: int, base: str, said: str, year: int) -> None:
    said_base = base.format(before=year - 1)
    en = f"Thailand welcomed 35.5 million foreign tourists in {year}, up {rise}% {said_base}."
    vi = f"Thái Lan đón 35,5 triệu lượt khách quốc tế trong năm {year}, tăng {rise}% so với {said}."
    assert flags(en, vi) == []
    # the English leaving the base out: no flag either (the Vietnamese said it loosely)
    assert flags(f"Thailand welcomed 35.5 million foreign tourists in {year}, up {rise}%.", vi) == []
    # the English naming another base year: a slip
    assert flags(en, vi.replace(f"so với {said}", f"so với năm {year - 2}"))
