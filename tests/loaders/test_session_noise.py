"""Page chrome left in copied reports: navigation, image names, counters, forum and WeChat lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_path
from loaders.normalize import normalize

GENRES = Path(__file__).parents[1] / "gold" / "genres"


@pytest.mark.parametrize("line", [
    "422A1394.JPG", "IMG_20221124_093512.jpg", "channelId 1 1 1", "https://example.com/a.html",
    "您的位置：首页 > 人大要闻 > 正文", "设为首页 | 加入收藏 | 网站地图",
    "长按识别二维码关注“某某人大”", "点个在看，分享给更多人", "复制链接 只看楼主 倒序浏览",
    "全文共612字，阅读大约需要2分钟",
])
def test_a_chrome_line_is_dropped(line):
    assert normalize(f"市人大常委会开展专题询问。\n{line}\n委员王某问：河道治理进度如何？") == \
        "市人大常委会开展专题询问。\n委员王某问：河道治理进度如何？"


def test_a_read_counter_inside_a_line_is_removed_and_labels_stay():
    assert normalize("专题询问会召开 阅读量：1536") == "专题询问会召开"
    assert normalize("Q：这是问题吗？\n2021-09-16 09:53") == "Q：这是问题吗？\n2021-09-16 09:53"


def test_a_noisy_page_reads_like_a_clean_one():
    rec = load_path(GENRES / "m5_page_noise.txt")
    junk = ("JPG", "jpg", "channelId", "只看楼主", "二维码", "全文共", "阅读量", "您的位置", "设为首页")
    assert not any(j in rec.text for j in junk)
    assert [e.asker.name for e in rec.exchanges] == ["徐红英", "吴海燕"]
    assert all(not any(j in (e.answer or "") for j in junk) for e in rec.exchanges)
    assert rec.session.date == "2022-11-24" and rec.session.body == "鹰潭市人大常委会"


def test_chrome_inside_a_flattened_line_is_removed():
    flat = ("委员王某问：河道治理进度如何？ DSC0421.JPG 复制链接 只看楼主 倒序浏览 "
            "市水利局局长李某答：年底完工。 长按识别二维码关注")
    out = normalize(flat)
    assert "JPG" not in out and "只看楼主" not in out and "二维码" not in out
    assert "年底完工" in out and out.startswith("委员王某问：")
