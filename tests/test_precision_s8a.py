"""Classes of phrasing from the tune parts of blind11, blind17 and blind18 (a week each of a
bilingual news site), each read on positive evidence and paired with an edit of the same
phrase that must still flag."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags, rows, vi_decimal

ROMAN = ("I", "II", "III", "IV")
ORDINALS = ("first", "second", "third", "fourth")
_PERCENTS = st.decimals(Decimal("0.1"), Decimal("29.9"), places=1)


# --- a period the other version only refers to, or names as the first half -----------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(1, 4),
    st.sampled_from(["in", "during", "over"]),
    st.sampled_from(["quý {r}", "quý {n}"]),
    _PERCENTS,
)
def test_a_quarter_the_english_refers_to_is_not_checked(
    quarter: int, before: str, named: str, rise: Decimal
) -> None:
    en = f"The consumer price index rose {rise}% on average {before} the quarter, driven by food."
    quarter_vi = named.format(r=ROMAN[quarter - 1], n=quarter)
    vi = f"Bình quân {quarter_vi}, chỉ số giá tiêu dùng tăng {vi_decimal(rise)}%, chủ yếu do giá thực phẩm."
    assert flags(en, vi) == []
    assert "a period the other version only refers to (in the quarter, trong kỳ): not checked" in {
        r.get("note") for r in rows(en, vi)
    }
    # the English naming another quarter: a slip
    other = ORDINALS[quarter % 4]
    assert flags(en.replace(f"{before} the quarter", f"{before} the {other} quarter"), vi)


@settings(deadline=None, max_examples=30)
@given(st.integers(2, 11), st.integers(1000, 99000))
def test_months_the_english_calls_the_period_are_not_checked(months: int, firms: int) -> None:
    en = f"About {firms:,} businesses were newly registered in the period, the office said."
    written = f"{firms:,}".replace(",", ".")
    vi = f"Trong {months} tháng, cả nước có khoảng {written} doanh nghiệp thành lập mới."
    assert flags(en, vi) == []
    # the English naming as many months as another number: a slip
    assert flags(en.replace("in the period", f"in the {months + 1} months"), vi)


def test_the_same_period_is_a_base_and_refers_to_no_period() -> None:
    en = "Some 68,400 businesses were set up, up 5% from the same period last year."
    vi = "Trong quý I, cả nước có 68.400 doanh nghiệp thành lập mới, tăng 5% so với cùng kỳ năm trước."
    assert flags(en, vi)


@settings(deadline=None, max_examples=30)
@given(st.sampled_from(["first-half", "H1"]), st.integers(1000, 99000))
def test_the_first_half_is_the_first_six_months(half: str, cars: int) -> None:
    # ("the first half", spaced, the duration reader reads as six months of any half)
    en = f"That brought its {half} deliveries to {cars:,} cars, the company said."
    vi = f"Như vậy, 6 tháng đầu năm, hãng đã bàn giao {f'{cars:,}'.replace(',', '.')} xe."
    assert flags(en, vi) == []
    # the last six months, or another number of months: slips
    assert flags(en, vi.replace("6 tháng đầu năm", "6 tháng cuối năm"))
    assert flags(en, vi.replace("6 tháng đầu năm", "5 tháng đầu năm"))


# --- a match's minute said from the break or the end ---------------------------------------

_SPELLED = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
            9: "nine", 10: "ten", 12: "12", 15: "15", 20: "20"}  # fmt: skip


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(sorted(_SPELLED)),
    st.sampled_from([("after the break", 45, 1), ("after half-time", 45, 1), ("before half-time", 45, -1),
                     ("from time", 90, -1)]),
)  # fmt: skip
def test_minutes_from_the_break_are_the_match_minute(minutes: int, clock: tuple[str, int, int]) -> None:
    cue, base, sign = clock
    minute = base + sign * minutes
    en = f"Leo Artur equalized for Cong An Hanoi {_SPELLED[minutes]} minutes {cue}."
    vi = f"Leo Artur gỡ hòa cho Công an Hà Nội ở phút {minute}."
    assert flags(en, vi) == []
    # another minute than the span counts to: a slip
    assert flags(en, vi.replace(f"phút {minute}", f"phút {minute + 2}"))


def test_minutes_with_no_match_clock_are_no_match_minute() -> None:
    en = "Leo Artur equalized for Cong An Hanoi ten minutes later."
    vi = "Leo Artur gỡ hòa cho Công an Hà Nội ở phút 55."
    assert flags(en, vi)


# --- a temperature below zero said with a word for minus -----------------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(1, 40),
    st.sampled_from(["minus {n} degrees", "minus {n}C", "minus {n} degrees Celsius", "negative {n}C"]),
    st.sampled_from(["-{n} độ C", "âm {n} độ C", "-{n}°C"]),
)
def test_minus_before_a_temperature_is_its_sign(degrees: int, en_form: str, vi_form: str) -> None:
    en = f"Temperatures on high peaks such as Fansipan could drop to {en_form.format(n=degrees)}."
    vi = f"Nhiệt độ trên các đỉnh núi cao như Fansipan có thể xuống {vi_form.format(n=degrees)}."
    assert flags(en, vi) == []
    # the same degrees above zero in one version: a slip
    assert flags(en.replace("minus ", "").replace("negative ", ""), vi)


# --- a congress numbered in Roman numerals after its name ----------------------------------


def _roman(n: int) -> str:
    digits = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in digits:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@settings(deadline=None, max_examples=30)
@given(st.integers(2, 30), st.sampled_from(["Nghị quyết Đại hội {r}", "Nghị quyết Đại hội Đảng lần thứ {r}"]))
def test_a_congress_numbered_after_its_name_is_that_congress(number: int, named: str) -> None:
    en = f"The congress will review the {_ordinal(number)} congress resolution over 2021–2025."
    vi = f"Đại hội sẽ đánh giá kết quả thực hiện {named.format(r=_roman(number))} giai đoạn 2021–2025."
    assert flags(en, vi) == []
    # another congress in English: a slip
    assert flags(en.replace(_ordinal(number), _ordinal(number + 1)), vi)


# --- a school year named from the story's ---------------------------------------------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(2015, 2035),
    st.sampled_from(["this school year", "this academic year", "the new school year"]),
)
def test_this_school_year_is_not_checked_against_the_years_it_spans(start: int, named: str) -> None:
    en = f"About 23.2 million pupils are exempt from tuition fees {named}, the ministry said."
    vi = f"Năm học {start}-{start + 1}, khoảng 23,2 triệu học sinh được miễn học phí, Bộ cho biết."
    assert flags(en, vi) == []
    # a school year the English names by its years, another one: a slip
    assert flags(en.replace(named, f"in the {start - 1}-{start} school year"), vi)


# --- the number of an occasion, which one version leaves out --------------------------------

_OCCASIONS = (
    # (Vietnamese with the number, English without it, the English with a number)
    ("Lễ hội Áo dài TP.HCM lần thứ {n} khai mạc tối nay.", "HCMC's Ao Dai Festival opens tonight.",
     "HCMC's {o} Ao Dai Festival opens tonight."),
    ("Hà Nội FC thắng 2-1 ở vòng {n} V.League.", "Hanoi FC won 2-1 in the V.League.",
     "Hanoi FC won 2-1 in round {m} of the V.League."),
    ("Nhân kỷ niệm {n} năm Ngày Thương binh - Liệt sĩ, Chủ tịch nước tặng quà.",
     "The President will present gifts ahead of War Invalids and Martyrs' Day.",
     "The President will present gifts ahead of the {o} anniversary of War Invalids and Martyrs' Day."),
)  # fmt: skip


@settings(deadline=None, max_examples=40)
@given(st.integers(2, 90), st.sampled_from(_OCCASIONS))
def test_the_number_of_an_occasion_left_out_is_not_flagged(number: int, texts: tuple[str, str, str]) -> None:
    vi_form, en, en_numbered = texts
    vi = vi_form.format(n=number)
    assert flags(en, vi) == []
    # the English giving the occasion another number: a slip
    assert flags(en_numbered.format(o=_ordinal(number + 1), m=number + 1), vi)


def test_a_count_after_no_occasion_word_still_flags_alone() -> None:
    assert flags("Hanoi FC won 2-1 in the V.League.", "Hà Nội FC thắng 2-1 với 18 cầu thủ ở V.League.")


def test_an_occasion_numbered_in_words_in_one_version_is_checked_against_digits() -> None:
    # ("the ninth session" is a spelled number, weak alone; against "kỳ họp thứ 8" it flags)
    en = "The ninth session of the 15th National Assembly opened in Hanoi and will last 40 days."
    vi = "Quốc hội khóa XV khai mạc kỳ họp thứ 8 tại Hà Nội; kỳ họp kéo dài 40 ngày."
    assert flags(en, vi)
    assert flags(en.replace("ninth", "eighth"), vi) == []


# --- a sentence that opens on "March" ------------------------------------------------------


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from(["alone brought in", "saw", "brought in", "also saw"]),
    st.sampled_from(["", "Foreign arrivals rose. "]),
    st.decimals(Decimal("1.1"), Decimal("3.9"), places=1),
)
def test_a_sentence_opening_on_march_names_the_month(verb: str, lead: str, millions: Decimal) -> None:
    en = f"{lead}March {verb} {millions} million foreign visitors."
    vi_lead = "Khách quốc tế tăng. " if lead else ""
    vi = f"{vi_lead}Riêng tháng 3, khách quốc tế đạt {vi_decimal(millions)} triệu lượt."
    assert flags(en, vi) == []
    # another month in the Vietnamese: a slip
    assert flags(en, vi.replace("tháng 3", "tháng 4"))


def test_march_inside_a_sentence_needs_a_cue_to_be_a_month() -> None:
    assert flags("Thousands march in Hanoi.", "Tháng 3, hàng nghìn người tuần hành ở Hà Nội.")


@settings(deadline=None, max_examples=30)
@given(st.integers(10, 40))
def test_a_count_that_ends_an_events_name_is_its_edition(number: int) -> None:
    en = "Vietnam asked for VND42 billion, 12 camps, than for Hangzhou."
    vi = f"Việt Nam đề xuất 42 tỷ đồng cho 12 đợt tập huấn, so với ASIAD {number}."
    assert flags(en, vi) == []
    # the English naming the Games with another number: a slip
    assert flags(en.replace("for Hangzhou", f"for ASIAD {number + 1}"), vi)


def test_a_year_after_a_name_is_still_a_year_to_check() -> None:
    # ("Scotland Act 1978", "the Treaty of Rome 1957": a year that ends a name is a fact)
    en = "The Scotland Act 1978 set up an elected assembly."
    assert flags(en, "Đạo luật Scotland lập ra một hội đồng dân cử.")
    assert flags(
        "The Scotland Act set up an elected assembly.", "Đạo luật Scotland 1978 lập ra một hội đồng."
    )


def test_a_count_after_a_sentence_opening_word_ends_no_name() -> None:
    assert flags("Dozens of people came.", "Hơn 500 người đến.")


# --- a share more or less -----------------------------------------------------------------


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from([("a third", 33), ("a quarter", 25), ("a fifth", 20), ("two-thirds", 67)]),
    st.sampled_from(["more", "higher", "less"]),
)
def test_a_share_more_or_less_is_that_percentage(share: tuple[str, int], comparative: str) -> None:
    words, percent = share
    verb = "giảm" if comparative == "less" else "tăng"
    en = f"The department asked for VND42 billion, about {words} {comparative} than for Hangzhou."
    vi = f"Cục đề xuất kinh phí 42 tỷ đồng, {verb} khoảng {percent}% so với lần trước."
    assert flags(en, vi) == []
    # another share: a slip
    assert flags(en, vi.replace(f"{percent}%", f"{percent + 9}%"))


# --- a link's speed in bits per second (a slip blind17's tune part missed) -----------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(2, 999),
    st.sampled_from([("tera", "Tbps"), ("giga", "Gbps"), ("mega", "Mbps")]),
    st.booleans(),
)
def test_a_speed_in_bits_per_second_is_read_with_its_prefix(
    number: int, prefix: tuple[str, str], short: bool
) -> None:
    word, symbol = prefix
    en_unit = symbol if short else f"{word}bits per second"
    en = f"Researchers sent data at {number} {en_unit} over a single optical fibre."
    vi = f"Các nhà nghiên cứu truyền dữ liệu với tốc độ {number} {word}bit/giây qua một sợi cáp quang."
    assert flags(en, vi) == []
    # another prefix in the Vietnamese: a thousand times off, a slip
    other = {"tera": "giga", "giga": "mega", "mega": "giga"}[word]
    assert flags(en, vi.replace(f"{word}bit", f"{other}bit"))


@settings(deadline=None, max_examples=20)
@given(st.integers(2, 999), st.sampled_from(["petabytes", "PB"]))
def test_storage_in_petabytes_is_read(number: int, unit: str) -> None:
    en = f"Its AI computing cluster has {number} {unit} of storage."
    vi = f"Cụm tính toán AI có dung lượng lưu trữ {number} petabyte."
    assert flags(en, vi) == []
    # a thousand times less in the Vietnamese: a slip (blind22's science-07)
    assert flags(en, vi.replace("petabyte", "terabyte"))


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from([("a third", "33,5%"), ("a quarter", "25,2%"), ("two-thirds", "66,8%")]),
    st.sampled_from(["are", "were", "have been"]),
)
def test_a_share_as_the_subject_of_a_verb_is_a_share(share: tuple[str, str], verb: str) -> None:
    words, percent = share
    en = f"Hanoi has about 970 French villas, and {words} {verb} badly degraded, the department said."
    vi = f"Thành phố có khoảng 970 biệt thự Pháp, trong đó {percent} đã xuống cấp nghiêm trọng."
    assert flags(en, vi) == []
    # another share in the Vietnamese: a slip
    assert flags(en, vi.replace(percent, "45,5%"))


def test_a_games_numbered_after_its_name_is_its_edition() -> None:
    en = "At the last Games, in Cambodia in 2023, Vietnam topped the medal table with 136 golds."
    vi = "Tại SEA Games 32 ở Campuchia năm 2023, Việt Nam dẫn đầu bảng tổng sắp với 136 HCV."
    assert flags(en, vi) == []
    assert flags(en.replace("the last Games", "the 31st SEA Games"), vi)


# --- a list of numbers with its unit written once, after the last ---------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.lists(st.integers(1, 60), min_size=3, max_size=5, unique=True),
    st.sampled_from([("per cent", "%"), ("km", " km"), ("tonnes", " tấn")]),
)
def test_a_list_with_its_unit_once_gives_each_member_the_unit(
    numbers: list[int], unit: tuple[str, str]
) -> None:
    en_unit, vi_unit = unit
    en_list = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]} {en_unit}"
    vi_list = ", ".join(f"{n}{vi_unit}" for n in numbers[:-1]) + f" và {numbers[-1]}{vi_unit}"
    en = f"The new schedule sets levels of {en_list}, the ministry said."
    vi = f"Biểu mới quy định các mức {vi_list}, Bộ cho biết."
    assert flags(en, vi) == []
    # the first member edited in the Vietnamese: a slip
    edited = max(numbers) + 7
    assert flags(en, vi.replace(f"{numbers[0]}{vi_unit}", f"{edited}{vi_unit}", 1))


# --- one said as "each" --------------------------------------------------------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(3, 9), st.sampled_from(["for each seat", "for every seat", "per seat"]))
def test_one_of_a_ratio_said_as_each_agrees(candidates: int, each: str) -> None:
    en = (
        f"The council expects about 870 candidates, giving voters a choice of {candidates} candidates {each}."
    )
    vi = f"Hội đồng dự kiến có khoảng 870 người ứng cử, tức cử tri có {candidates} người để chọn 1."
    assert flags(en, vi) == []
    # two to choose in the Vietnamese: a slip (the 2 no figure of the English repeats)
    assert flags(en, vi.replace("để chọn 1", "để chọn 2"))


def test_one_with_no_word_for_each_still_flags() -> None:
    en = "The council expects about 870 candidates, giving voters a choice of 2 candidates."
    assert flags(en, "Hội đồng dự kiến có khoảng 870 người ứng cử, tức cử tri có 2 người để chọn 1.")


@settings(deadline=None, max_examples=20)
@given(st.integers(20, 60), st.integers(2, 12))
def test_an_occasion_matched_to_its_own_is_no_other_occasion(meeting: int, sitting: int) -> None:
    en = f"The Standing Committee opened its {_ordinal(meeting)} session, to prepare the sitting."
    vi = f"Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ {meeting}, chuẩn bị cho kỳ họp thứ {sitting}."
    assert flags(en, vi) == []
    # the English numbering the sitting otherwise: a slip
    assert flags(en.replace("the sitting", f"the {_ordinal(sitting + 1)} sitting"), vi)
