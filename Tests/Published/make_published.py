#!/usr/bin/env python3
"""Makes the published-format test files from the sample reports, once; the files are committed,
so the tests need neither Python nor Chromium.

    pip install python-docx opencc-python-reimplemented websocket-client
    apt-get install chromium fonts-noto-cjk qpdf
    python3 Tests/Published/make_published.py

cn-national/2024.pdf   Reports/cn-national/2024.txt as a web page printed by headless Chromium:
                       the title block centred, one <p> a line, a running header and a page
                       number on every page.
cn-national/2025.docx  Reports/cn-national/2025.txt written by python-docx, one paragraph a line;
                       part headings (一、…) in style Heading 1, stand-alone section headings in
                       Heading 2, the title in Title.
columns/2025.txt       lines 9-16 of Reports/cn-national/2025.txt, and
columns/2025.pdf       the same printed in two columns, two pages with a running header.
spaced/2022.txt        the first 40 paragraphs of Reports/us-sotu/2022.txt, and
spaced/2022.pdf        the same printed with paragraphs set apart by space, not indented.
word-features.docx     a short Word document using what the reader must handle beyond plain
                       paragraphs: headings numbered by Word (一、 and （一）), a table, a
                       footnote, a tracked deletion and a field code.
traditional/2024.txt   Reports/cn-national/2024.txt and 2025.txt in traditional characters, as
traditional/2025.txt   OpenCC's s2t conversion writes them (a converter independent of the
                       reader's table), and
traditional/2025-big5.txt  2025.txt as OpenCC's s2tw (Taiwan's forms) writes it, in Big5.
web-archive/2025.html  Reports/cn-national/2025.txt as a portal page (navigation, one <p> a line,
                       a footer), and
web-archive/2025.mhtml the same page saved by Chromium as one file (Page.captureSnapshot: the
                       MHTML of “Save as… Webpage, Single File”), its text quoted-printable.
bad/damaged.pdf        the PDF cut to its first 2 KB.
bad/encrypted.pdf      its first three lines printed and encrypted by qpdf (user password "secret").
bad/not-word.zip       a ZIP archive with no word/document.xml.
bad/external-entity.docx  the DOCX with an external entity declared in word/document.xml.
"""
import html
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
REPORTS = HERE.parent.parent / "Reports"
PART = re.compile(r"^[一二三四五六七八九十]+、")
TITLE_BLOCK = re.compile(r"^(.+?)(——.+?上)(.+)$")
SECTION = re.compile(r"^（[一二三四五六七八九十]+）")


def make_pdf(lines: list[str], target: Path, running_head: str, columns: int = 1, english: bool = False) -> None:
    # The title block, run together on the text file's first line, is set as printed reports
    # set it: title, then the occasion, then the speaker, each centred on its own line.
    title = TITLE_BLOCK.match(lines[0].strip())
    head = "".join(f'<p class="title">{html.escape(part.strip())}</p>' for part in title.groups()) if title else ""
    rest = lines[1:] if title else lines
    body = head + "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in rest if line.strip())
    page = f"""<!doctype html>
<html lang="{'en' if english else 'zh-CN'}"><head><meta charset="utf-8"><title>{running_head}</title>
<style>
@page {{ size: A4; margin: 24mm 22mm;
  @top-center {{ content: "{running_head}"; font: 9pt "Noto Sans CJK SC"; }}
  @bottom-center {{ content: "— " counter(page) " —"; font: 9pt "Noto Sans CJK SC"; }} }}
body {{ font: {12 if columns == 1 else 10.5}pt/1.7 "Noto Sans CJK SC", sans-serif; columns: {columns}; column-gap: 8mm; }}
p {{ text-indent: 2em; margin: 0 0 0.5em; text-align: justify; }}
p.title {{ text-indent: 0; text-align: center; }}
{"body { font: 11pt/1.4 serif; } p { text-indent: 0; margin: 0 0 0.8em; text-align: left; }" if english else ""}
</style></head><body>
{body}
</body></html>
"""
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "report.html"
        page_path.write_text(page, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={target}", page_path.as_uri()],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Chromium embeds the CJK font as Type 3 glyphs; recompressing keeps the file under 700 KB.
    subprocess.run(["qpdf", "--object-streams=generate", "--recompress-flate", "--compression-level=9",
                    "--replace-input", str(target)], check=True)


def make_docx(source: Path, target: Path) -> None:
    document = docx.Document()
    document.core_properties.author = "report-diff tests"
    lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines()]
    title_done = False
    for line in lines:
        if line == "政府工作报告" and not title_done:
            document.add_paragraph(line, style="Title")
            title_done = True
        elif PART.match(line) and len(line) <= 40:
            document.add_paragraph(line, style="Heading 1")
        elif SECTION.match(line) and "。" not in line.rstrip("。"):
            document.add_paragraph(line, style="Heading 2")
        elif SECTION.match(line):
            # A run-in heading: the heading sentence in bold, the paragraph running on.
            head, _, rest = line.partition("。")
            paragraph = document.add_paragraph()
            paragraph.add_run(head + "。").bold = True
            paragraph.add_run(rest)
        else:
            document.add_paragraph(line)
    document.save(target)


def with_external_entity(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                declaration, _, rest = text.partition("?>")
                text = (declaration + '?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
                        + rest.replace("<w:t>各位代表：</w:t>", "<w:t>&secret;</w:t>", 1))
                data = text.encode("utf-8")
            copy.writestr(item, data)


FEATURES_BODY = """
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>2024年工作回顾</w:t></w:r></w:p>
<w:p><w:r><w:t>过去一年，经济总体回升向好。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>扩大国内需求</w:t></w:r></w:p>
<w:p><w:r><w:t>促进消费稳定增长</w:t></w:r><w:del w:id="9" w:author="x"><w:r><w:delText>（删去）</w:delText></w:r></w:del><w:r><w:t>。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>国内生产总值增长</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5%左右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>深化改革</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>政府工作任务</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>坚持稳中求进。</w:t></w:r></w:p>
"""

FEATURES_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>
"""

FEATURES_FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:id="1"><w:p><w:r><w:t>按可比价格计算。</w:t></w:r></w:p></w:footnote>
</w:footnotes>
"""


def make_features(template: Path, target: Path) -> None:
    """The python-docx document's package with a hand-written body, numbering and footnotes."""
    with zipfile.ZipFile(template) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                start, end = text.index("<w:body>") + len("<w:body>"), text.index("<w:sectPr")
                data = (text[:start] + FEATURES_BODY + text[end:]).encode("utf-8")
            elif item.filename == "word/numbering.xml":
                data = FEATURES_NUMBERING.encode("utf-8")
            copy.writestr(item, data)
        copy.writestr("word/footnotes.xml", FEATURES_FOOTNOTES)


def make_traditional(target: Path) -> None:
    import opencc

    converter = opencc.OpenCC("s2t")
    target.mkdir(exist_ok=True)
    for year in (2024, 2025):
        text = (REPORTS / "cn-national" / f"{year}.txt").read_text(encoding="utf-8")
        (target / f"{year}.txt").write_text(converter.convert(text), encoding="utf-8")
    taiwan = opencc.OpenCC("s2tw").convert((REPORTS / "cn-national" / "2025.txt").read_text(encoding="utf-8"))
    (target / "2025-big5.txt").write_bytes(taiwan.encode("big5"))


def make_web_archive(target: Path) -> None:
    import json
    import time
    import urllib.request

    import websocket

    target.mkdir(exist_ok=True)
    lines = [line.strip() for line in (REPORTS / "cn-national" / "2025.txt").read_text(encoding="utf-8").splitlines()]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    page = target / "2025.html"
    page.write_text(f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告_中国政府网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zhengce/">政策</a> | <a href="/hudong/">互动</a></div>
<div class="content">
{body}
</div>
<div class="footer"><p>版权所有：中国政府网 | 京ICP备05070218号</p></div>
</body></html>
""", encoding="utf-8")
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=9333", page.as_uri()],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Hang guards of two minutes (1,200 looks a tenth of a second apart; the snapshot's reply), not
        # speed limits: a loaded machine starts the browser late.
        for _ in range(1200):
            try:
                tabs = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json"))
                tab = next(tab for tab in tabs if tab.get("type") == "page" and tab["url"].endswith("2025.html"))
                break
            except Exception:
                time.sleep(0.1)
        connection = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=120)
        connection.send(json.dumps({"id": 1, "method": "Page.captureSnapshot", "params": {"format": "mhtml"}}))
        snapshot = json.loads(connection.recv())["result"]["data"]
        connection.close()
    finally:
        browser.terminate()
        browser.wait()
    (target / "2025.mhtml").write_bytes(snapshot.encode("utf-8"))


def main() -> None:
    national = HERE / "cn-national"
    bad = HERE / "bad"
    national.mkdir(exist_ok=True)
    bad.mkdir(exist_ok=True)
    pdf = national / "2024.pdf"
    word = national / "2025.docx"
    text = (REPORTS / "cn-national" / "2024.txt").read_text(encoding="utf-8").splitlines()
    make_pdf(text, pdf, "2024年政府工作报告")
    make_docx(REPORTS / "cn-national" / "2025.txt", word)
    columns = HERE / "columns"
    columns.mkdir(exist_ok=True)
    excerpt = (REPORTS / "cn-national" / "2025.txt").read_text(encoding="utf-8").splitlines()[8:16]
    (columns / "2025.txt").write_text("\n".join(line.strip() for line in excerpt) + "\n", encoding="utf-8")
    make_pdf(excerpt, columns / "2025.pdf", "政府工作报告", columns=2)
    spaced = HERE / "spaced"
    spaced.mkdir(exist_ok=True)
    address = [line.strip() for line in (REPORTS / "us-sotu" / "2022.txt").read_text(encoding="utf-8").splitlines() if line.strip()][:40]
    (spaced / "2022.txt").write_text("\n\n".join(address) + "\n", encoding="utf-8")
    make_pdf(address, spaced / "2022.pdf", "State of the Union", english=True)
    (bad / "damaged.pdf").write_bytes(pdf.read_bytes()[:2048])
    with tempfile.TemporaryDirectory() as folder:
        excerpt = Path(folder) / "excerpt.pdf"
        make_pdf(text[:3], excerpt, "2024年政府工作报告")
        subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(excerpt), str(bad / "encrypted.pdf")],
                       check=True)
    with zipfile.ZipFile(bad / "not-word.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", "a ZIP archive, not a Word document\n")
        archive.writestr("word.txt", "no word/document.xml here\n")
    with_external_entity(word, bad / "external-entity.docx")
    make_features(word, HERE / "word-features.docx")
    make_traditional(HERE / "traditional")
    make_web_archive(HERE / "web-archive")


if __name__ == "__main__":
    main()
