"""Which way a change goes: "fell 4%" is "giảm 4%", and "tăng 4%" against it is a slip of
the fact, though the figure agrees (the fifth blind probe's business-15). A direction is
read only from a verb of change just before the figure; a figure with none in either
version is not compared so."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pair_rows import flags, vi_decimal

EN_UP = ["rose", "rose by", "increased", "grew", "climbed about", "was up", "jumped nearly"]
EN_DOWN = ["fell", "fell by", "decreased", "declined", "dropped about", "was down", "slipped nearly"]
VI_UP = ["tăng", "tăng thêm", "tăng khoảng", "tăng trưởng", "nhích", "tăng gần"]
VI_DOWN = ["giảm", "giảm thêm", "giảm khoảng", "sụt giảm", "cắt giảm", "giảm gần"]
PERCENTS = st.decimals(Decimal("0.1"), Decimal("60"), places=1)


@given(PERCENTS, st.sampled_from(EN_UP + EN_DOWN), st.sampled_from(VI_UP + VI_DOWN))
def test_a_change_the_other_way_flags(percent: Decimal, en_verb: str, vi_verb: str) -> None:
    en = f"Exports {en_verb} {percent}% in October."
    vi = f"Xuất khẩu {vi_verb} {vi_decimal(percent)}% trong tháng 10."
    # ("about" and "gần" are one qualifier, and a qualifier on one side only agrees)
    same_way = (en_verb in EN_UP) == (vi_verb in VI_UP)
    assert (flags(en, vi) == []) == same_way


@given(st.integers(1, 900), st.sampled_from(["rose", "fell"]))
def test_money_and_points_have_a_direction_too(amount: int, verb: str) -> None:
    en = f"Foreign investors' net buying {verb} by VND{amount} billion, and the index {verb} 12 points."
    vi_verb = "tăng" if verb == "rose" else "giảm"
    other = "giảm" if verb == "rose" else "tăng"
    assert (
        flags(en, f"Giá trị mua ròng của khối ngoại {vi_verb} {amount} tỷ đồng, VN-Index {vi_verb} 12 điểm.")
        == []
    )
    assert flags(en, f"Giá trị mua ròng của khối ngoại {other} {amount} tỷ đồng, VN-Index {vi_verb} 12 điểm.")


@given(PERCENTS)
def test_no_verb_of_change_is_no_direction(percent: Decimal) -> None:
    """A share with no verb of change before it in one version, a maximum ("up to"), or a
    verb that is not one of change: nothing to compare."""
    vi = f"Xuất khẩu giảm {vi_decimal(percent)}% trong tháng 10."
    assert flags(f"Exports were {percent}% lower in October.", vi) == []
    assert flags(f"Exports recorded a {percent}% rise in October.", vi.replace("giảm", "đạt")) == []
    tariffs = f"Tariffs of up to {percent}% apply."
    assert flags(tariffs, f"Thuế giảm tối đa {vi_decimal(percent)}% được áp dụng.") == []


@given(
    st.integers(100, 2000),
    st.sampled_from(["were net buyers of", "net bought", "were net sellers of", "net sold"]),
)
def test_the_side_of_the_market(amount: int, side: str) -> None:
    """ "Net sellers of VND560 billion" is "bán ròng 560 tỷ đồng", not "mua ròng"."""
    en = f"Foreign investors {side} VND{amount} billion on HoSE."
    buying = "buy" in side or "bought" in side
    same, other = ("mua ròng", "bán ròng") if buying else ("bán ròng", "mua ròng")
    assert flags(en, f"Khối ngoại {same} {amount} tỷ đồng trên HoSE.") == []
    assert flags(en, f"Khối ngoại {other} {amount} tỷ đồng trên HoSE.")


@given(PERCENTS)
def test_the_level_a_change_starts_from_has_no_direction(percent: Decimal) -> None:
    """ "Down from about 16% this year" names the level before, as "thấp hơn mức tăng
    16,1%" does: no direction of its own to set against the other version's."""
    en = f"Exports could grow 9% next year, down from {percent}% this year."
    vi = f"Xuất khẩu năm tới có thể tăng 9%, thấp hơn mức tăng {vi_decimal(percent)}% năm nay."
    assert [r for r in flags(en, vi) if r["kind"] == "percent"] == []
