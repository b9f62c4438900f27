#!/usr/bin/env python3
"""Prints the benchmark's sample consultation mail: ISO-2022-JP headers and text, a small PNG, ~3 KB.
@@ID@@ is replaced per request (Message-ID and sender)."""
import base64, sys, zlib, struct

def png(width=96, height=64):
    rows = b"".join(b"\x00" + bytes((x * 7 + y * 3) % 256 for x in range(width * 3)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")

def word(text):
    return "=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso2022_jp")).decode() + "?="

body = ("ニュースサイトを見ていたら、突然「ウイルスに感染しています」という画面が出て、警告音が鳴りました。\r\n"
        "表示された電話番号に電話したところ、片言の日本語を話す人が出て、遠隔操作のソフトを入れるように言われました。\r\n"
        "言われたとおりにインストールしてしまい、そのあとコンビニで電子マネーを買うように言われています。\r\n"
        "パソコンは Windows 11 のノートパソコンで、セキュリティソフトは入っていると思います。\r\n"
        "どうすればよいでしょうか。画面の写真を添付します。\r\n") * 3
image = base64.encodebytes(png()).decode().replace("\n", "\r\n")
sys.stdout.buffer.write((
    f"From: {word('相談者')} <sender-@@ID@@@bench.example.jp>\r\n"
    "To: desk@anshin.test\r\n"
    f"Subject: {word('パソコンに警告が出て電話してしまいました')}\r\n"
    "Date: Tue, 01 Dec 2026 10:00:00 +0900\r\n"
    "Message-ID: <@@ID@@@bench.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"bench-boundary\"\r\n\r\n"
    "--bench-boundary\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n").encode("ascii")
    + body.encode("iso2022_jp") + (
    "\r\n--bench-boundary\r\nContent-Type: image/png; name=\"screen.png\"\r\nContent-Disposition: attachment; filename=\"screen.png\"\r\n"
    "Content-Transfer-Encoding: base64\r\n\r\n" + image + "--bench-boundary--\r\n").encode("ascii"))
