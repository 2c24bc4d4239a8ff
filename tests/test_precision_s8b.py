"""Classes of phrasing from the tune parts of blind13, blind14, blind15, blind16 and blind19
(numbers written every way, history and the calendar, world news for learners, reports,
the official and business press), each read on positive evidence and paired with an edit
of the same phrase that must still flag."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags, read, rows, vi_decimal

_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_VI_NUMBERS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")

# --- "cứ N ... thì có M": every N, M ---------------------------------------------------------

# Noun phrases of one to twelve syllables, as reports write the group a share is of.
_GROUPS = (
    ("adults", "người trưởng thành"),
    ("children", "trẻ"),
    ("girls from ethnic minority communities in the northern mountains",
     "trẻ em gái dân tộc thiểu số ở miền núi phía Bắc"),
    ("households in the Mekong Delta", "hộ gia đình ở Đồng bằng sông Cửu Long"),
)  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(
    st.integers(2, 10),
    st.sampled_from(_GROUPS),
    st.sampled_from([("", ""), ("About ", "khoảng "), ("Nearly ", "gần ")]),
    st.booleans(),
)
def test_every_n_of_a_group_m_is_a_share(
    den: int, group: tuple[str, str], rounding: tuple[str, str], digits: bool
) -> None:
    en_group, vi_group = group
    en_lead, vi_lead = rounding
    one = "1" if digits else "một"
    every = str(den) if digits else _VI_NUMBERS[den - 1]
    en = f"{en_lead}one in {_EN_NUMBERS[den - 1]} {en_group} smoke, the survey found."
    vi = f"Theo khảo sát, cứ {every} {vi_group} thì có {vi_lead}{one} người hút thuốc."
    assert flags(en, vi) == []
    assert ("fraction", Fraction(1, den)) in read(vi, "vi")
    # another share in the English: the Vietnamese share is left with no counterpart (and
    # flags when written in digits; two spelled shares are read too weakly to flag)
    other = 2 if den == 10 else den + 1
    edited = en.replace(f"one in {_EN_NUMBERS[den - 1]}", f"one in {_EN_NUMBERS[other - 1]}")
    if digits:
        assert flags(edited, vi)
    else:
        assert "consistent" not in {r["status"] for r in rows(edited, vi) if r["kind"] == "fraction"}


def test_every_n_stops_at_punctuation() -> None:
    # a comma ends the group: "cứ 5 năm, ... thì có 3 ..." is no share of five
    assert ("fraction", Fraction(3, 5)) not in read("Cứ 5 năm, tỉnh lại tổ chức lễ hội thì có 3 đoàn.", "vi")


# --- one before a unit of measure; the spoons of recipes -----------------------------------

_ONE_UNITS = (
    ("metre", "m"), ("metre", "mét"), ("kilometre", "km"), ("kilogram", "kg"), ("hectare", "ha"),
    ("teaspoon", "thìa cà phê"), ("tablespoon", "muỗng canh"), ("litre", "lít"),
)  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from(_ONE_UNITS),
    st.sampled_from([("", ""), ("less than ", "dưới "), ("about ", "khoảng ")]),
    st.sampled_from(["1", "một"]),
    st.integers(2, 9),
)
def test_one_before_a_unit_is_that_measure(
    unit: tuple[str, str], qualifier: tuple[str, str], one: str, other: int
) -> None:
    en_unit, vi_unit = unit
    en_q, vi_q = qualifier
    en = f"The new rule allows {en_q}one {en_unit} for each household, officials said."
    vi = f"Các quan chức cho biết quy định mới cho phép {vi_q}{one} {vi_unit} cho mỗi hộ."
    assert flags(en, vi) == []
    # another figure in the Vietnamese, in digits: the English one does not take it
    assert flags(en, vi.replace(f"{vi_q}{one} {vi_unit}", f"{vi_q}{other} {vi_unit}"))


def test_a_one_unit_compound_is_that_measure() -> None:
    en = "A one-metre rise in the sea would flood about 39% of the Mekong Delta."
    vi = "Nếu nước biển dâng 1 m, khoảng 39% diện tích Đồng bằng sông Cửu Long sẽ bị ngập."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("1 m", "2 m"))


def test_one_is_still_no_count_alone_nor_before_words_a_unit_opens() -> None:
    assert read("One of the ministers said one day he would visit.", "en") == []
    assert read("Một độ tuổi, một khối, một tấn công, một số người.", "vi") == []


@settings(deadline=None, max_examples=40)
@given(st.integers(2, 3), st.integers(5, 9), st.sampled_from(["thìa", "muỗng"]))
def test_a_recipes_spoons_are_units_and_a_tablespoon_is_no_teaspoon(n: int, sugar: int, spoon: str) -> None:
    en = (
        f"For four servings you need {_EN_NUMBERS[n - 1]} tablespoons of fish sauce"
        f" and {sugar} teaspoons of sugar."
    )
    vi = f"Để làm 4 phần ăn, bạn cần {n} {spoon} canh nước mắm và {sugar} {spoon} cà phê đường."
    assert flags(en, vi) == []
    # the sugar's spoon changed: tablespoons are no teaspoons (blind13's food-09)
    assert flags(en, vi.replace(f"{sugar} {spoon} cà phê", f"{sugar} {spoon} canh"))


# --- a rate whose unit of time the sentence names apart --------------------------------------

_PER_YEAR_VI = ("Mỗi năm, làng nghề làm ra {q}{n} tấn bánh.", "Làng nghề làm ra {q}{n} tấn bánh mỗi năm.",
                "Hằng năm, làng nghề làm ra {q}{n} tấn bánh.")  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(
    st.integers(2, 5000),
    st.sampled_from(_PER_YEAR_VI),
    st.sampled_from([("", ""), ("around ", "trên dưới "), ("about ", "khoảng ")]),
    st.sampled_from(["a year", "per year", "annually", "every year"]),
)
def test_a_rate_agrees_with_the_figure_whose_sentence_says_per_year(
    n: int, vi_form: str, qualifier: tuple[str, str], per: str
) -> None:
    en_q, vi_q = qualifier
    unit = "tonnes" if per in ("a year", "per year") else "tonnes of rice paper"
    en = f"The village produces {en_q}{n:,} {unit} {per}."
    vi = vi_form.format(q=vi_q, n=f"{n:,}".replace(",", "."))
    assert flags(en, vi) == []
    # per month in the English: another rate (a rate the English writes onto its unit)
    if unit == "tonnes":
        assert flags(en.replace(per, "a month"), vi)
    # another figure in the Vietnamese, beyond any rounding: a slip
    assert flags(en, vi.replace(f"{n:,}".replace(",", "."), f"{2 * n:,}".replace(",", ".")))


def test_a_time_ago_is_no_rate_and_a_range_takes_the_rate() -> None:
    en = "Vietnam will supply 1.5 million to 2 million tonnes a year to the Philippines."
    vi = "Việt Nam sẽ cung cấp cho Philippines từ 1,5 đến 2 triệu tấn gạo mỗi năm."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("mỗi năm", "mỗi tháng"))
    # "a year earlier" says when, not per what
    assert flags("Output reached 300 tonnes a year.", "Sản lượng đạt 300 tấn, tăng so với một năm trước.")


# --- a day named from a day the story told before ---------------------------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(1, 28),
    st.integers(1, 12),
    st.sampled_from(["that day", "on the same day", "the previous day"]),
)
def test_that_day_against_a_date_is_for_review(day: int, month: int, anaphor: str) -> None:
    en = f"MWG shares closed 2.1% higher at VND84,500 {anaphor}."
    vi = f"Kết thúc phiên {day}/{month}, cổ phiếu MWG tăng 2,1%, lên 84.500 đ/cổ phiếu."
    assert flags(en, vi) == []
    assert [r["status"] for r in rows(en, vi) if r["kind"] == "date"] == ["review"]
    # the date against a date: checked
    assert flags(en.replace(anaphor, f"on {_MONTHS[month % 12]} {day}"), vi)
    assert flags(en.replace(anaphor, f"on {_MONTHS[month - 1]} {day}"), vi) == []


def test_hom_do_against_a_date_is_for_review_and_a_date_still_flags_far_from_it() -> None:
    en = "The airline took delivery of two aircraft on December 16."
    vi = "Hãng nhận thêm 2 tàu bay trong ngày hôm đó."
    assert flags(en, vi) == []
    far = "Hãng nhận thêm 2 tàu bay. Hãng có 140 chiếc. Hãng bay 40 đường bay. Hãng lãi lớn hôm đó."
    assert flags(en, far)


# --- the shorthand of salaries ("tr.đ") and a bare "chục" (ten) ----------------------------


@settings(deadline=None, max_examples=60)
@given(
    st.decimals(Decimal("1.1"), Decimal("99.9"), places=1),
    st.sampled_from(["tr.đ", "tr. đồng", "tr đồng"]),
)
def test_tr_is_million_before_the_dong(amount: Decimal, shorthand: str) -> None:
    en = f"IT workers earned an average of VND{amount} million a month, up 7% from a year earlier."
    vi = f"Lương bình quân của lao động ngành công nghệ đạt {vi_decimal(amount)} {shorthand}/tháng, tăng 7%."
    assert flags(en, vi) == []
    # thousands in the English: a slip
    assert flags(en.replace("million", "thousand"), vi)


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from([("more than", "hơn"), ("nearly", "gần"), ("about", "khoảng")]),
    st.sampled_from([("billion", "tỷ"), ("million", "triệu")]),
)
def test_a_bare_chuc_is_ten(qualifier: tuple[str, str], scale: tuple[str, str]) -> None:
    en = f"Its annual revenue is {qualifier[0]} VND10 {scale[0]}, triple its first year's."
    vi = f"Doanh thu của xưởng {qualifier[1]} chục {scale[1]} đồng mỗi năm, gấp ba so với năm đầu tiên."
    assert flags(en, vi) == []
    assert flags(en.replace("VND10", "VND20"), vi)


def test_tens_of_is_no_ten() -> None:
    for vague in ("hàng chục", "vài chục", "mấy chục", "dăm chục", "cả chục", "hơn một chục"):
        assert ("money", None) not in [(k, None) for k, _ in read(f"Doanh thu {vague} tỷ đồng.", "vi")], vague


# --- a share said in words, reached or passed -------------------------------------------------


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from([("a quarter", 25), ("a third", 33), ("half", 50), ("a fifth", 20)]),
    st.sampled_from(["reach", "rise to", "account for", "make up"]),
)
def test_a_share_reached_is_its_percentage(share: tuple[str, int], verb: str) -> None:
    words, percent = share
    if words == "half" and verb == "reach":
        words = "a half"
    en = f"People aged 60 or older are expected to {verb} {words} of voters by 2049."
    vi = f"Tỷ lệ người từ 60 tuổi trở lên dự kiến chiếm {percent}% cử tri vào năm 2049."
    en = en.replace(" of voters", "") if verb == "reach" else en
    assert flags(en, vi) == []
    # a share a tenth or more away: the percentage is left alone
    assert flags(en, vi.replace(f"{percent}%", f"{percent + 7}%"))


@settings(deadline=None, max_examples=60)
@given(
    st.decimals(Decimal("50.1"), Decimal("55.0"), places=1),
    st.sampled_from([("More than half", "hơn"), ("Over half", "")]),
)
def test_more_than_half_is_a_little_above_half(percent: Decimal, lead: tuple[str, str]) -> None:
    en = f"{lead[0]} of the 4,800 workers surveyed want to change jobs in 2026."
    vi = f"Khảo sát với 4.800 người lao động cho thấy {vi_decimal(percent)}% muốn nhảy việc trong năm 2026."
    assert flags(en, vi) == []
    # below half, or well above it: not what "more than half" says
    assert flags(en, vi.replace(f"{vi_decimal(percent)}%", f"{vi_decimal(100 - percent)}%"))
    assert flags(en, vi.replace(f"{vi_decimal(percent)}%", f"{vi_decimal(percent + 10)}%"))
    # and "less than half" is a little below it
    assert flags(en.replace(lead[0], "Less than half"), vi)


def test_a_quarter_of_time_is_no_share() -> None:
    assert not [v for k, v in read("Sales rose 5% from a quarter earlier.", "en") if k == "fraction"]


# --- US coins by their names ----------------------------------------------------------------


@settings(deadline=None, max_examples=30)
@given(st.sampled_from([("Pennies", 1), ("Nickels", 5), ("Dimes", 10)]), st.integers(11, 24))
def test_a_coin_named_is_worth_its_cents(coin: tuple[str, int], cost: int) -> None:
    name, cents = coin
    en = f"{name} cost more to make than their face value, at nearly {cost} cents each, the Mint said."
    vi = (
        f"Sở Đúc tiền cho biết đồng {cents} cent có chi phí cao hơn mệnh giá, ở mức gần {cost} cent mỗi đồng."
    )
    assert flags(en, vi) == []
    # another coin in the Vietnamese: its value has no counterpart
    other = 25 if cents != 25 else 50
    assert flags(en, vi.replace(f"đồng {cents} cent", f"đồng {other} cent"))


def test_the_metal_is_no_coin() -> None:
    assert [k for k, _ in read("Nickel rose 2% to $16,000 a tonne.", "en")] == ["percent", "money"]


# --- one as the first end of a range ----------------------------------------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(2, 9),
    st.sampled_from([("years", "năm"), ("months", "tháng"), ("days", "ngày")]),
    st.sampled_from(["1-{n}", "một đến {vi_n}", "1 đến {n}"]),
)
def test_one_opens_a_range_in_words(n: int, unit: tuple[str, str], vi_range: str) -> None:
    en = f"Some 56.1% of firms expect to expand in the next one to {_EN_NUMBERS[n - 1]} {unit[0]}."
    span = vi_range.format(n=n, vi_n=_VI_NUMBERS[n - 1])
    vi = f"56,1% doanh nghiệp dự kiến mở rộng kinh doanh trong {span} {unit[1]} tới."
    assert flags(en, vi) == []
    # another first end in the Vietnamese: a slip
    assert flags(en, vi.replace(span, f"{n + 2}-{n + 5}"))
    if n > 2:  # (another first end in the English)
        assert flags(en.replace("one to", "two to"), vi)


def test_one_or_two_alone_stays_weak() -> None:
    # ("two people" counts people; "One" before "or two" is read, but never flags alone)
    assert [r["en"] for r in flags("One or two people were hurt.", "Không ai bị thương.")] == ["two"]


# --- "ngày 1 và 2/9": two days listed; "trạm 5G thứ 10.000" ---------------------------------


@settings(deadline=None, max_examples=60)
@given(st.integers(1, 8), st.integers(1, 12))
def test_two_days_listed_after_ngay_are_dates_though_the_second_reads_as_a_fraction(
    day: int, month: int
) -> None:
    en = f"The north will see showers on {_MONTHS[month - 1]} {day} and {day + 1}, forecasters said."
    vi = f"Cơ quan khí tượng dự báo ngày {day} và {day + 1}/{month}, Bắc Bộ có mưa rào."
    assert flags(en, vi) == []
    # another month in the English: both days flag
    assert flags(en.replace(_MONTHS[month - 1], _MONTHS[month % 12]), vi)


def test_a_5g_station_is_no_hour_and_a_weekday_after_20g_still_makes_one() -> None:
    assert [k for k, _ in read("Viettel phát sóng trạm 5G thứ 10.000.", "vi")] == ["count", "ordinal"]
    assert ("time", None) in [(k, None) for k, _ in read("Lễ diễn ra lúc 20g thứ Bảy.", "vi")]


# --- the number of a legal document ----------------------------------------------------------

_DOCUMENTS = (("Decree", "Nghị định"), ("Resolution", "Nghị quyết"), ("Circular", "Thông tư"),
              ("Decision", "Quyết định"), ("Directive", "Chỉ thị"))  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_DOCUMENTS), st.integers(2, 400))
def test_a_documents_number_the_other_version_leaves_out_is_for_review(
    document: tuple[str, str], n: int
) -> None:
    en = f"Beer sales fell since a {document[0].lower()} that took effect in 2020 banned drink-driving."
    vi = f"Tiêu thụ bia sụt giảm kể từ khi {document[1]} {n} có hiệu lực từ năm 2020 cấm lái xe khi có cồn."
    assert flags(en, vi) == []
    assert [r["status"] for r in rows(en, vi) if r["kind"] == "count"] == ["review"]
    # another document's number at that place: a slip
    named = en.replace(f"a {document[0].lower()}", f"{document[0]} {n + 10}")
    assert flags(named, vi)
    assert flags(named.replace(f"{document[0]} {n + 10}", f"{document[0]} {n}"), vi) == []


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_DOCUMENTS), st.integers(1, 999), st.integers(2015, 2026), st.booleans())
def test_a_documents_full_identifier_is_compared_by_its_number(
    document: tuple[str, str], n: int, year: int, with_so: bool
) -> None:
    en = f"The Government has issued {document[0]} {n}/{year}/ND-CP on social housing loans."
    so = "số " if with_so else ""
    vi = f"Chính phủ đã ban hành {document[1]} {so}{n}/{year}/NĐ-CP về cho vay nhà ở xã hội."
    assert flags(en, vi) == []
    # two digits swapped, as blind19's government-06 slip: a discrepancy
    other = n + 9 if n < 990 else n - 9
    assert flags(en, vi.replace(f"{n}/{year}", f"{other}/{year}"))


# --- a count of the names listed after it -----------------------------------------------------

_PROVINCES = (("Lam Dong", "Lâm Đồng"), ("Dak Nong", "Đắk Nông"), ("Binh Thuan", "Bình Thuận"),
              ("Hau Giang", "Hậu Giang"), ("Soc Trang", "Sóc Trăng"))  # fmt: skip


@settings(deadline=None, max_examples=40)
@given(st.integers(2, 5), st.sampled_from(["tỉnh", "địa phương"]))
def test_a_count_of_the_names_listed_after_it(n: int, noun: str) -> None:
    en_names = [e for e, _ in _PROVINCES[:n]]
    vi_names = [v for _, v in _PROVINCES[:n]]
    en_list, vi_list = (
        f"{', '.join(en_names[:-1])} and {en_names[-1]}",
        f"{', '.join(vi_names[:-1])} và {vi_names[-1]}",
    )
    en = f"The province, formed in July from the merger of {en_list}, grew."
    vi = f"Tỉnh được hình thành từ tháng 7 trên cơ sở hợp nhất {n} {noun} {vi_list}."
    assert flags(en, vi) == []
    # a count the list does not bear out: flagged
    assert flags(en, vi.replace(f"hợp nhất {n} ", f"hợp nhất {n + 1} "))
    # nor where the English lists fewer
    if n > 2:
        fewer = f"the merger of {', '.join(en_names[:-2])} and {en_names[-2]}, grew."
        assert flags(en.replace(en[en.index("the merger") :], fewer), vi)
