"""A comment button's label (CM005 `buttons`: "Leave a comment", "Yorum yap") opens the thread
only where it closes the story: in a share bar under the lede, the article below it stays."""

from __future__ import annotations

from scrapelint.api import Linter

HEAD = [
    "İzmir'de kiralar ilçe ilçe: En çok artış Bayraklı ve Karşıyaka'da",
    "Emlak platformlarının ekim ayı verilerine göre İzmir'de ortalama konut kirası bir yılda "
    "yüzde 47 arttı.",
    "",
    "Paylaş: Facebook · X · WhatsApp · Telegram",
    "Yorum yap",
    "",
]
STORY = [
    "İzmir'de kiracıların yükü hafiflemiyor. Ekim ayında kente ait 18 bin kiralık konut ilanı "
    "incelendi.",
    "",
    "Verilere göre 2+1 bir dairenin ortalama aylık kirası 21 bin 400 liraya ulaştı. Geçen yılın "
    "aynı döneminde bu rakam 14 bin 550 liraydı.",
    "",
    "Bayraklı ve Karşıyaka'daki sert artışın arkasında yeni konut projeleri ve üniversite "
    "öğrencilerinin talebi var, dedi İzmir Emlakçılar Odası Başkanı.",
    "",
]


def test_a_comment_button_in_the_share_bar_under_the_lede_keeps_the_story() -> None:
    result = Linter().fix("\n".join([*HEAD, *STORY]))
    assert all(line in result.text for line in STORY if line)
    assert "CM005" in {f.code for f in result.findings if not f.fixed}


def test_the_same_label_over_the_comments_at_the_end_opens_the_thread() -> None:
    """Under the share bar's button, which stays, the label closing the story opens the thread
    (CM005 alone: the comment rules would find the thread too)."""
    comments = ["Yorum yap", "", "Kemal_35 · 1 saat önce", "Buca'da da artık ev yok."]
    result = Linter(select=["CM005"]).fix("\n".join([*HEAD, *STORY, *comments]) + "\n")
    assert "Kemal_35" not in result.text
    assert all(line in result.text for line in [*HEAD, *STORY] if line)
