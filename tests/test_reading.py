import errno
import hashlib
import os
from pathlib import Path

import pytest

from csto_graph.errors import CorpusError, CstoGraphError
from csto_graph.models import Skipped
from csto_graph.corpus.reading import (
    ReadConfig,
    UnreadableFile,
    iter_corpus_files,
    read_corpus,
    read_document,
)

RUSSIAN = (
    "Генеральный секретарь ОДКБ провёл встречу с министрами обороны в Москве.\n"
    "The CSTO Secretary General met the defence ministers in Moscow.\n"
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def skip_reason(path: Path) -> str:
    documents, skipped = read_corpus([path])
    assert documents == []
    assert [item.path for item in skipped] == [str(path)]
    return skipped[0].reason


# ------------------------------------------------------------------------ encodings


def test_valid_utf8_is_read_as_utf8(tmp_path):
    text = "Stanislav Zas met Imangali Tasmagambetov in Minsk — “CSTO”."
    path = write(tmp_path / "a.txt", text)
    document = read_document(path)
    assert document.text == text
    assert document.encoding == "utf-8"
    assert document.format == "txt"
    assert document.path == str(path)


def test_utf8_bom_is_stripped_and_recorded(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfCouncil of Defence Ministers")
    document = read_document(path)
    assert document.text == "Council of Defence Ministers"
    assert document.encoding == "utf-8-sig"


def test_utf16_with_bom_is_decoded_not_taken_for_binary(tmp_path):
    path = write(tmp_path / "a.txt", "Collective Security Treaty Organization\n".encode("utf-16"))
    document = read_document(path)
    assert document.text == "Collective Security Treaty Organization\n"
    assert document.encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_not_taken_for_binary(tmp_path, encoding):
    text = "Совет министров обороны ОДКБ\nThe Council met in Minsk on 3 May 2021.\n"
    document = read_document(write(tmp_path / "a.txt", text.encode(encoding)))
    assert (document.text, document.encoding) == (text, encoding)


def test_nul_bytes_on_both_sides_of_their_pairs_are_still_binary(tmp_path):
    path = write(tmp_path / "a.txt", b"\x00\x01ab\x00\x00cd\x02\x00" * 50)
    assert skip_reason(path) == "binary file (NUL bytes)"


def test_a_stray_nul_in_utf8_text_is_no_utf16(tmp_path):
    path = write(tmp_path / "a.txt", "The Council met in Minsk.".encode() + b"\x00" + b"It adopted a statement")  # even length, the NUL at an odd offset
    assert skip_reason(path) == "binary file (NUL bytes)"


def test_cp1251_russian_is_recognised(tmp_path):
    path = write(tmp_path / "ru.txt", RUSSIAN.encode("cp1251"))
    document = read_document(path)
    assert document.encoding == "cp1251"
    assert document.text == RUSSIAN


def test_koi8r_russian_is_recognised(tmp_path):
    path = write(tmp_path / "ru.txt", RUSSIAN.encode("koi8-r"))
    document = read_document(path)
    assert document.encoding == "koi8-r"
    assert document.text == RUSSIAN


def test_cp1252_english_with_curly_quotes_is_recognised(tmp_path):
    text = "The Secretary General said: \u201cWe are ready.\u201d \u2014 a caf\u00e9 in Paris.\n"
    path = write(tmp_path / "en.txt", text.encode("cp1252"))
    document = read_document(path)
    assert document.encoding == "cp1252"
    assert document.text == text


def test_crlf_and_cr_line_ends_become_lf(tmp_path):
    path = write(tmp_path / "a.txt", b"first\r\nsecond\rthird\n")
    assert read_document(path).text == "first\nsecond\nthird\n"


def test_sha256_is_of_the_raw_bytes(tmp_path):
    raw = b"\xef\xbb\xbfline one\r\nline two\r\n"
    path = write(tmp_path / "a.txt", raw)
    assert read_document(path).sha256 == hashlib.sha256(raw).hexdigest()


def test_markdown_is_read_as_its_text_without_its_marks(tmp_path):
    path = write(tmp_path / "a.md", "# Title\n\n*Minsk*, 24 May 2022\nIvan Petrov met [Oleg Varenko](/p/1).\n")
    document = read_document(path)
    assert document.format == "md"
    assert document.text == "Title\n\nMinsk, 24 May 2022\nIvan Petrov met Oleg Varenko."  # a line stays a line


def test_markdown_with_inline_html_drops_its_scripts(tmp_path):
    page = "# Talks in Osh\n\n<script>track()</script>\n\nOSH, 4 May 2031 - Ivan Petrenko met Askar Bekmuratov.\n"
    assert read_document(write(tmp_path / "a.md", page)).text == (
        "Talks in Osh\n\nOSH, 4 May 2031 - Ivan Petrenko met Askar Bekmuratov.")


def test_a_markdown_page_of_marks_only_is_skipped_with_its_reason(tmp_path):
    assert skip_reason(write(tmp_path / "a.md", "---\n\n<script>track()</script>\n")) == "no text in the Markdown page"


# ------------------------------------------------------------------------ bad input


def test_binary_file_with_nul_bytes_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", b"%PDF-1.4\x00\x01\x02 some text")
    assert skip_reason(path) == "binary file (NUL bytes)"


def test_binary_file_of_control_bytes_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", bytes(range(1, 9)) * 20 + b"text")
    assert skip_reason(path) == "binary file (mostly control bytes)"


def test_empty_file_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", b"")
    assert skip_reason(path) == "empty file"


def test_whitespace_only_file_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", " \n\t\r\n  \n")
    assert skip_reason(path) == "empty file (only whitespace)"


def test_file_over_max_bytes_is_skipped_without_reading(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", "x" * 101)

    def fail(self):
        raise AssertionError("read_bytes called on a file over the limit")

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(UnreadableFile, match=r"^too large: 101 bytes \(limit 100\)$"):
        read_document(path, ReadConfig(max_bytes=100))


def test_undecodable_bytes_are_skipped(tmp_path):
    # Every high byte once, in order: not UTF-8, and although latin-style code pages
    # map most of them, the result is gibberish charset_normalizer rejects as chaos.
    path = write(tmp_path / "a.txt", b"News: " + bytes(range(0x80, 0x100)) * 4)
    assert skip_reason(path).startswith("cannot decode: not UTF-8")


def test_truncated_utf8_is_skipped_not_misread_as_cp1251(tmp_path):
    raw = ("The meeting was held in Minsk. " * 5 + "Сергей Шойгу").encode("utf-8")[:-1]
    path = write(tmp_path / "a.txt", raw)
    assert skip_reason(path) == f"cannot decode: invalid utf-8 at byte {len(raw) - 1}"


def test_permission_denied_is_skipped(tmp_path, monkeypatch):
    # Monkeypatched so that the test also holds when run as root, who can read anything.
    path = write(tmp_path / "a.txt", "secret")

    def deny(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert skip_reason(path) == "cannot read: Permission denied"


def test_unreadable_file_is_a_csto_graph_error(tmp_path):
    path = write(tmp_path / "a.txt", b"")
    with pytest.raises(CstoGraphError, match="^empty file$"):
        read_document(path)


def test_one_bad_file_does_not_prevent_the_others(tmp_path):
    write(tmp_path / "a.txt", "first article")
    write(tmp_path / "b.txt", b"\x00\x00binary")
    write(tmp_path / "c.txt", "third article")
    documents, skipped = read_corpus([tmp_path])
    assert [d.text for d in documents] == ["first article", "third article"]
    assert skipped == [Skipped(str(tmp_path / "b.txt"), "binary file (NUL bytes)")]


def test_on_skip_is_called_with_each_skipped_file(tmp_path):
    write(tmp_path / "a.txt", b"")
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    seen = []
    _, skipped = read_corpus([tmp_path], on_skip=seen.append)
    assert [item.path for item in seen] == [str(tmp_path / "b.txt"), str(tmp_path / "a.txt")]
    assert seen == skipped


# ------------------------------------------------------------------ files and folders


def test_missing_path_raises_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="^no such file or folder: .*nowhere$"):
        read_corpus([tmp_path / "nowhere"])


def test_files_come_in_sorted_order(tmp_path):
    for name in ["b.txt", "sub/c.md", "a.html", "B.txt", "sub/a.txt"]:
        write(tmp_path / name, "text")
    files, _ = iter_corpus_files([tmp_path / "sub", tmp_path])
    names = [str(path.relative_to(tmp_path)) for path in files]
    assert names == ["B.txt", "a.html", "b.txt", "sub/a.txt", "sub/c.md"]


def test_same_file_reached_twice_is_read_once(tmp_path):
    write(tmp_path / "corpus/a.txt", "text")
    os.symlink(tmp_path / "corpus/a.txt", tmp_path / "corpus/link.txt")
    files, skipped = iter_corpus_files([tmp_path / "corpus/a.txt", tmp_path / "corpus"])
    assert files == [tmp_path / "corpus/a.txt"]
    assert skipped == []


def test_unknown_extension_named_explicitly_is_skipped(tmp_path):
    path = write(tmp_path / "report.pdf", "text")
    files, skipped = iter_corpus_files([path])
    assert files == []
    assert skipped == [Skipped(str(path), "unsupported extension .pdf")]


def test_unknown_extension_in_folder_is_ignored(tmp_path):
    write(tmp_path / "report.pdf", "text")
    write(tmp_path / "a.TXT", "text")
    files, skipped = iter_corpus_files([tmp_path])
    assert files == [tmp_path / "a.TXT"]
    assert skipped == []


def test_hidden_files_and_folders_are_ignored(tmp_path):
    write(tmp_path / ".draft.txt", "text")
    write(tmp_path / ".git/notes.txt", "text")
    write(tmp_path / "a.txt", "text")
    files, skipped = iter_corpus_files([tmp_path])
    assert files == [tmp_path / "a.txt"]
    assert skipped == []


def test_symlink_loop_between_folders_is_skipped(tmp_path):
    write(tmp_path / "sub/a.txt", "text")
    os.symlink(tmp_path, tmp_path / "sub/up")
    files, skipped = iter_corpus_files([tmp_path])
    assert files == [tmp_path / "sub/a.txt"]
    reason = f"symlink loop (back to {tmp_path.resolve()})"
    assert skipped == [Skipped(str(tmp_path / "sub/up"), reason)]


def test_self_referencing_symlink_is_skipped(tmp_path):
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    files, skipped = iter_corpus_files([tmp_path])
    assert files == []
    assert skipped == [Skipped(str(tmp_path / "loop.txt"), "symlink loop")]


def test_broken_symlink_is_skipped(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "a.txt")
    files, skipped = iter_corpus_files([tmp_path])
    assert files == []
    reason = f"broken symlink (target missing: {tmp_path / 'gone.txt'})"
    assert skipped == [Skipped(str(tmp_path / "a.txt"), reason)]


# ----------------------------------------------------------------------------- HTML

PAGE = """<!doctype html><html><head><title>Site</title><style>p { color: red }</style>
<script>var tracking = 1;</script></head><body>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<div class="content"><h1>Council  of Defence
Ministers</h1><p>On May 24, 2022, the   council met.<br>It was held online.</p>
<p>The ministers signed a statement.</p></div>
<footer>Copyright CSTO</footer></body></html>"""


def test_html_drops_script_style_nav_and_keeps_paragraphs(tmp_path):
    document = read_document(write(tmp_path / "a.html", PAGE))
    assert document.format == "html"
    assert document.text == (
        "Council of Defence Ministers\n\n"
        "On May 24, 2022, the council met.\nIt was held online.\n\n"
        "The ministers signed a statement."
    )


def test_html_entities_are_unescaped(tmp_path):
    page = "<p>Armenia &amp; Belarus&nbsp;&mdash; &laquo;CSTO&raquo; &#8470;&#x31;</p>"
    document = read_document(write(tmp_path / "a.htm", page))
    assert document.text == "Armenia & Belarus \u2014 \u00abCSTO\u00bb \u21161"


def test_html_prefers_article_over_the_rest_of_the_body(tmp_path):
    page = "<body><p>Latest news list</p><article><p>Main story.</p></article></body>"
    assert read_document(write(tmp_path / "a.html", page)).text == "Main story."


def test_html_without_text_is_skipped(tmp_path):
    page = "<html><body><script>x()</script><nav>Menu</nav></body></html>"
    path = write(tmp_path / "a.html", page)
    assert skip_reason(path) == "no text in the HTML page"



def _nest(top: Path, name: str, depth: int, text: str) -> None:
    """``depth`` folders called ``name`` one in another under ``top``, a file at the bottom
    (made through descriptors, since the full path may be longer than the system takes)."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        file = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(file, text.encode())
        os.close(file)
    finally:
        os.close(fd)


def _remove_deep(top: Path) -> None:
    """Remove what :func:`_nest` made (shutil.rmtree, and so pytest's clean-up, recurses)."""
    import subprocess

    subprocess.run(["rm", "-rf", "--", *map(str, top.iterdir())], check=True, timeout=60)


def test_folders_nested_deeper_than_the_recursion_limit_are_read(tmp_path):
    # issue #14: 1,100 nested folders raised RecursionError
    _nest(tmp_path, "d", 1100, "The Council met.")
    try:
        files, skipped = iter_corpus_files([tmp_path])
        assert [f.relative_to(tmp_path) for f in files] == [Path("d/" * 1100 + "deep.txt")]
        assert skipped == []
    finally:
        _remove_deep(tmp_path)


def test_a_path_longer_than_the_system_takes_is_skipped_with_its_reason(tmp_path):
    # issue #14: a path over PATH_MAX raised OSError (File name too long) out of the walk
    (tmp_path / "long").mkdir()
    _nest(tmp_path / "long", "x" * 250, 20, "The Council met.")
    (tmp_path / "short.txt").write_text("The Council met.", encoding="utf-8")
    try:
        files, skipped = iter_corpus_files([tmp_path])
        assert [f.name for f in files] == ["short.txt"]
        assert [s.reason for s in skipped] == [f"cannot read: {os.strerror(errno.ENAMETOOLONG)}"]
    finally:
        _remove_deep(tmp_path)


def test_a_corpus_argument_longer_than_the_system_takes_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="cannot use .*: File name too long"):
        iter_corpus_files([tmp_path / ("x" * 300)])


# HTML as sites serve it: invented pages with the furniture of real ones

STORY_EN = ("MINSK, 12 March 2021. CSTO Deputy Secretary General Ivan Petrenko met the "
            "Defence Minister of Belarus Oleg Sarkisov.",
            "The sides discussed the joint staff exercise planned for the autumn.")


def _served_page(article: str, *, lang: str = "en") -> str:
    """An invented news page: head, site header with a menu, the article, a sidebar of
    other stories, a cookie banner and a footer."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>News | Steppe Courier</title><meta name="description" content="Latest news">
<style>.cookie{{position:fixed}}</style><script>var ga = 1;</script></head>
<body>
<div class="topbar"><a href="/">Steppe Courier</a> <a href="/en">EN</a> <a href="/ru">RU</a></div>
<header class="site-header"><a class="logo" href="/">Steppe Courier</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<form class="search" action="/search"><input name="q"><button>Search</button></form>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a></div>
{article}
<div class="sidebar"><h4>Most read</h4><ul>
<li><a href="/n/2">Askar Bekmuratov named envoy to the alliance</a></li>
<li><a href="/n/3">Border talks resume in Osh</a></li></ul></div>
<div class="cookie-consent" id="cookieBanner"><p>This site uses cookies. By staying on it you
agree to their use.</p><a href="/privacy">Details</a> <button>OK</button></div>
<footer><p>&copy; 2025 Steppe Courier. All rights reserved.</p>
<a href="https://t.me/x">Telegram</a> <a href="https://vk.com/x">VK</a></footer>
</body></html>"""


def test_html_article_header_keeps_its_headline_and_date(tmp_path):
    article = f"""<article><header class="entry-header"><h1>Ivan Petrenko meets Oleg Sarkisov</h1>
<time datetime="2021-03-12">12.03.2021</time></header>
<div class="entry-content"><p>{STORY_EN[0]}</p><p>{STORY_EN[1]}</p></div>
<footer class="entry-footer">Tags: <a href="/t/1">CSTO</a>, <a href="/t/2">Belarus</a></footer></article>"""
    text = read_document(write(tmp_path / "a.html", _served_page(article))).text
    assert text == "\n\n".join(["Ivan Petrenko meets Oleg Sarkisov", "12.03.2021", *STORY_EN])


def test_html_share_bar_related_list_and_view_counter_in_the_article_are_dropped(tmp_path):
    article = f"""<article><h1>Ivan Petrenko meets Oleg Sarkisov</h1>
<div class="meta"><span class="date">12.03.2021</span> <span class="views">1532</span></div>
<p>{STORY_EN[0]}</p><p>{STORY_EN[1]}</p>
<div class="article-share">Share: <a href="https://facebook.com/s">Facebook</a>
<a href="https://twitter.com/s">Twitter</a> <a href="https://t.me/s">Telegram</a></div>
<div class="more"><h3>See also</h3><ul><li><a href="/n/7">Askar Bekmuratov visits Yerevan</a>
<span>11.03.2021</span></li><li><a href="/n/8">Staff talks open in Dushanbe</a> <span>10.03.2021</span></li></ul></div>
</article>"""
    text = read_document(write(tmp_path / "a.html", _served_page(article))).text
    assert text == "\n\n".join(["Ivan Petrenko meets Oleg Sarkisov", "12.03.2021", *STORY_EN, "See also"])


def test_html_page_without_article_drops_banner_breadcrumbs_and_lists_of_links(tmp_path):
    lines = "<br>\n".join(["12.03.2021", *STORY_EN])
    article = f'<h1 class="title">Ivan Petrenko meets Oleg Sarkisov</h1>\n<div class="news-text">{lines}</div>'
    text = read_document(write(tmp_path / "a.html", _served_page(article))).text
    assert text == "Ivan Petrenko meets Oleg Sarkisov\n\n" + "\n".join(["12.03.2021", *STORY_EN])


def test_html_headline_above_the_article_is_kept(tmp_path):
    article = f"""<div class="col-main"><div class="news-head"><h1>Ivan Petrenko meets Oleg Sarkisov</h1>
<div class="date">12.03.2021</div></div>
<article class="news-body"><p>{STORY_EN[0]}</p><p>{STORY_EN[1]}</p></article></div>"""
    text = read_document(write(tmp_path / "a.html", _served_page(article))).text
    assert text == "\n\n".join(["Ivan Petrenko meets Oleg Sarkisov", "12.03.2021", *STORY_EN])


def test_html_page_wrapped_in_one_form_is_read(tmp_path):
    page = f"""<html><body><form method="post" action="./News.aspx?id=4" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="xyz"><table><tr><td>
<span id="ctl00_lblTitle" class="news-title">Ivan Petrenko meets Oleg Sarkisov</span>
<div id="ctl00_pnlText"><p>{STORY_EN[0]}</p><p>{STORY_EN[1]}</p></div>
<div id="ctl00_ShareBox"><a href="/a">Facebook</a> <a href="/b">Telegram</a></div>
</td></tr></table></form></body></html>"""
    text = read_document(write(tmp_path / "a.aspx.html", page)).text
    assert text == "Ivan Petrenko meets Oleg Sarkisov\n\n" + "\n\n".join(STORY_EN)


def test_html_linked_names_in_the_story_are_kept(tmp_path):
    page = """<article><p><a href="/p/1">Ivan Petrenko</a> and <a href="/p/2">Oleg Sarkisov</a>
met in Minsk.</p><div><a href="/p/1">Ivan Petrenko</a> met <a href="/p/3">Askar Bekmuratov</a> in Osh.</div></article>"""
    text = read_document(write(tmp_path / "a.html", page)).text
    assert text == "Ivan Petrenko and Oleg Sarkisov met in Minsk.\n\nIvan Petrenko met Askar Bekmuratov in Osh."


def test_html_story_in_a_wrapper_named_after_its_sidebar_is_kept(tmp_path):
    page = f"""<body><div class="layout-with-sidebar"><div class="text"><p>{STORY_EN[0]}</p>
<p>{STORY_EN[1]}</p></div><div class="sidebar-right">Weather: +3</div></div></body>"""
    assert read_document(write(tmp_path / "a.html", page)).text == "\n\n".join(STORY_EN)


def test_html_russian_page_with_entities_and_furniture(tmp_path):
    article = """<article><h1>Аскар Бекмуратов провёл встречу с&nbsp;Иваном Петренко</h1>
<p><span class="date">12&nbsp;марта 2021</span></p>
<p>МИНСК, 12&nbsp;марта. Генеральный секретарь ОДКБ Аскар Бекмуратов провёл встречу с&nbsp;министром
обороны Белоруссии Иваном Петренко &mdash; стороны обсудили учения &laquo;Взаимодействие-2021&raquo;.</p>
<div class="social-share">Поделиться: <a href="https://vk.com/s">ВКонтакте</a> <a href="https://t.me/s">Телеграм</a></div>
</article>"""
    text = read_document(write(tmp_path / "a.html", _served_page(article, lang="ru"))).text
    assert text == (
        "Аскар Бекмуратов провёл встречу с Иваном Петренко\n\n12 марта 2021\n\n"
        "МИНСК, 12 марта. Генеральный секретарь ОДКБ Аскар Бекмуратов провёл встречу с министром "
        "обороны Белоруссии Иваном Петренко \u2014 стороны обсудили учения \u00abВзаимодействие-2021\u00bb.")


def test_html_soft_hyphens_and_zero_width_spaces_do_not_cut_names(tmp_path):
    page = "<article><p>Gene&shy;ral Ivan Pe&shy;tren&shy;ko&#8203; met Askar Bek&#x2060;muratov in Osh.</p></article>"
    assert read_document(write(tmp_path / "a.html", page)).text == \
        "General Ivan Petrenko met Askar Bekmuratov in Osh."


def test_html_list_page_reads_every_article_set_apart_as_teasers(tmp_path):
    teasers = [("Ivan Petrenko visits Osh", "OSH, 3 May 2021. Ivan Petrenko met the border guards."),
               ("Staff talks open in Minsk", "MINSK, 2 May 2021. Staff talks opened with Oleg Sarkisov.")]
    items = "".join(f'<article class="teaser"><h2><a href="/n/{i}">{title}</a></h2><p>{lead}</p></article>'
                    for i, (title, lead) in enumerate(teasers))
    text = read_document(write(tmp_path / "a.html", _served_page(f'<div class="news-list">{items}</div>'))).text
    assert text == "\n\n\n".join(f"{title}\n\n{lead}" for title, lead in teasers)


def test_html_story_page_with_a_teaser_article_reads_the_story_only(tmp_path):
    story = " ".join(STORY_EN * 3)
    page = f"""<body><article><h1>Ivan Petrenko meets Oleg Sarkisov</h1><p>{story}</p></article>
<div class="more-stories"><article><h3><a href="/n/9">Staff talks open in Minsk</a></h3></article></div></body>"""
    assert read_document(write(tmp_path / "a.html", page)).text == f"Ivan Petrenko meets Oleg Sarkisov\n\n{story}"


def test_html_banner_holding_the_headline_is_kept(tmp_path):
    article = f"""<div class="hero-banner"><h1>Ivan Petrenko meets Oleg Sarkisov</h1></div>
<div class="text"><p>{STORY_EN[0]}</p><p>{STORY_EN[1]}</p></div>"""
    text = read_document(write(tmp_path / "a.html", _served_page(article))).text
    assert text == "\n\n".join(["Ivan Petrenko meets Oleg Sarkisov", *STORY_EN])


# -- the page's publication date printed in its head (issue #15: pages and dates) --

def _with_head(page: str, head: str) -> str:
    return page.replace("</head>", head + "</head>", 1)


_UNDATED_STORY = ("<article><h1>Ministers meet in Osh</h1><p>Defence Minister Ivan Petrenko met his "
                  "counterpart Askar Bekmuratov in Osh. They discussed the joint exercise.</p></article>")


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2031-05-04T10:32:00+03:00">',
    '<meta itemprop="datePublished" content="2031-05-04">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2031-05-04T08:00:00Z",'
    ' "dateModified": "2031-05-09T08:00:00Z"}</script>',
])
def test_a_publication_date_in_the_head_dates_an_undated_story(tmp_path, head):
    from csto_graph.corpus.pages import split_page

    document = read_document(write(tmp_path / "a.html", _with_head(_served_page(_UNDATED_STORY), head)))
    assert document.text.startswith("date 2031-05-04\n\n")
    [article] = split_page(document)
    assert (article.date, article.date_source) == ("2031-05-04", "stamp")
    assert "date 2031" not in article.text  # the stamp dates the page; it is no sentence of the report


def test_a_date_line_of_the_story_wins_over_the_publication_date(tmp_path):
    from csto_graph.corpus.pages import split_page

    story = _UNDATED_STORY.replace("<h1>", '<p class="date">3 May 2031</p><h1>')
    page = _with_head(_served_page(story), '<meta property="article:published_time" content="2031-05-05">')
    [article] = split_page(read_document(write(tmp_path / "a.html", page)))
    assert article.date == "2031-05-03"


@pytest.mark.parametrize("head", [
    '<meta property="article:modified_time" content="2031-05-04">',  # a day of change, not of the report
    '<meta property="article:published_time" content="2031-05-04"><meta itemprop="datePublished" '
    'content="2031-06-01">',  # two different days: neither is trusted
    '<meta property="article:published_time" content="soon">',
])
def test_no_stamp_without_one_clear_publication_day(tmp_path, head):
    document = read_document(write(tmp_path / "a.html", _with_head(_served_page(_UNDATED_STORY), head)))
    assert not document.text.startswith("date ")


def test_a_russian_page_takes_its_publication_date_too(tmp_path):
    from csto_graph.corpus.pages import split_page

    story = ("<article><h1>Министры встретились в Оше</h1><p>Министр обороны Иван Петренко провёл встречу "
             "с Аскаром Бекмуратовым в Оше. Стороны обсудили совместные учения.</p></article>")
    page = _with_head(_served_page(story, lang="ru"), '<meta property="article:published_time" content="2031-05-04">')
    [article] = split_page(read_document(write(tmp_path / "a.html", page)))
    assert (article.language, article.date) == ("ru", "2031-05-04")
