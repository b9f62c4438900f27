#!/usr/bin/env python3
"""Writes the MIME test corpus: one NAME.eml per case and a NAME.expected.json beside it.

The messages are invented for Anshin's tests (wording, names, domains are ours). Each case states what a
correct parser must report, from the values the message was built from, never from the parser's output.
Run from this folder: python3 generate_corpus.py
"""

import base64
import json
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []


def case(func):
    CASES.append(func)
    return func


# ---------------------------------------------------------------- encoders


def sjis_to_jis(lead, trail):
    if lead >= 0xE0:
        lead -= 0x40
    row = (lead - 0x81) * 2 + 0x21
    if trail >= 0x9F:
        return row + 1, trail - 0x7E
    return row, trail - 0x1F if trail < 0x7F else trail - 0x20


def iso2022jp(text):
    """ISO-2022-JP as CP50220 writes it: NEC and IBM rows through CP932, half-width kana via ESC ( I."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        raw = ch.encode("cp932")
        if len(raw) == 1 and raw[0] < 0x80:
            want, data = "ascii", raw
        elif len(raw) == 1:
            want, data = "kana", bytes([raw[0] - 0x80])
        else:
            want, data = "jis", bytes(sjis_to_jis(raw[0], raw[1]))
        if want != mode:
            out += {"ascii": b"\x1b(B", "kana": b"\x1b(I", "jis": b"\x1b$B"}[want]
            mode = want
        out += data
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def encode(text, charset):
    if charset.lower() == "iso-2022-jp":
        return iso2022jp(text)
    if charset.lower() in ("shift_jis", "windows-31j", "cp932"):
        return text.encode("cp932")
    if charset.lower() == "euc-jp":
        return text.encode("euc_jp")
    return text.encode(charset)


def ew_b(text, charset="UTF-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(encode(text, charset)).decode())


def ew_q(text, charset="UTF-8"):
    out = []
    for b in encode(text, charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum():
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def b64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76)) + "\r\n"


def qp(data):
    """Quoted-printable with CRLF line ends and soft breaks that never split an escape."""
    lines = []
    for line in data.split(b"\r\n"):
        out = ""
        for i, b in enumerate(line):
            piece = chr(b) if 33 <= b <= 126 and b != 61 or (b == 32 and i < len(line) - 1) else "=%02X" % b
            if len(out) + len(piece) > 75:
                lines.append(out + "=")
                out = ""
            out += piece
        lines.append(out)
    return "\r\n".join(lines)


def msg(headers, body=b"", nl="\r\n"):
    """A message from (name, value) pairs or raw header bytes, and a body as bytes or str."""
    out = bytearray()
    for h in headers:
        if isinstance(h, bytes):
            out += h + nl.encode()
        else:
            out += ("%s: %s" % h).encode("utf-8") + nl.encode()
    out += nl.encode()
    out += body if isinstance(body, bytes) else body.encode("utf-8")
    return bytes(out)


def basic(subject="テスト", sender="taro@example.jp", extra=()):
    return [("From", sender), ("To", "desk@anshin.example"), ("Subject", subject),
            ("Date", "Tue, 14 May 2024 10:15:00 +0900"), ("Message-ID", "<m-%08x@mail.example.jp>" % zlib.crc32(subject.encode())),
            ("MIME-Version", "1.0")] + list(extra)


CONSULT = "お世話になっております。\r\n社内のパソコンに「ウイルスに感染しました」という警告が表示され、\r\nサポート窓口に電話するよう求められました。どうすればよいでしょうか。\r\n"
CONSULT_LF = CONSULT.replace("\r\n", "\n")


# ---------------------------------------------------------------- charsets in bodies


@case
def plain_ascii():
    h = basic("Question about our router") + [("Content-Type", "text/plain; charset=us-ascii")]
    body = "Hello,\r\nour office router shows a strange login page.\r\nRegards\r\n"
    return msg(h, body), {"subject": "Question about our router", "from": "taro@example.jp",
                          "text": "Hello,\nour office router shows a strange login page.\nRegards\n", "attachments": [],
                          "isAutomated": False, "isBounce": False, "unparsed": False, "problems": [],
                          "date": "2024-05-14T10:15:00+09:00", "to": ["desk@anshin.example"]}


@case
def iso2022jp_body():
    subject = "不審なメールについての相談"
    h = [("From", "%s <yamada@example.co.jp>" % ew_b("山田 花子", "ISO-2022-JP")),
         ("To", "desk@anshin.example"), ("Subject", ew_b(subject, "ISO-2022-JP")),
         ("Date", "Mon, 13 May 2024 09:00:00 +0900"), ("Message-ID", "<jis-1@example.co.jp>"),
         ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=ISO-2022-JP"),
         ("Content-Transfer-Encoding", "7bit")]
    return msg(h, iso2022jp(CONSULT)), {"subject": subject, "from": "yamada@example.co.jp", "fromName": "山田 花子",
                                        "text": CONSULT_LF, "messageId": "jis-1@example.co.jp"}


@case
def iso2022jp_nec_special():
    text = "被害状況：①メール送信 ②ファイル暗号化 ㈱アンシン商事 Ⅲ期目 ～ 10㎝\r\n"
    subject = "①至急 ㈱からの請求書"
    h = basic(ew_b(subject, "ISO-2022-JP")) + [("Content-Type", "text/plain; charset=iso-2022-jp")]
    return msg(h, iso2022jp(text)), {"subject": subject, "text": text.replace("\r\n", "\n")}


@case
def iso2022jp_ibm_extension():
    text = "担当の髙橋と山﨑が対応します。\r\n"
    h = basic(ew_b("髙橋より", "ISO-2022-JP")) + [("Content-Type", "text/plain; charset=ISO-2022-JP")]
    return msg(h, iso2022jp(text)), {"subject": "髙橋より", "text": text.replace("\r\n", "\n")}


@case
def iso2022jp_halfwidth_kana():
    text = "ｶｽﾀﾏｰｾﾝﾀｰを名乗る電話がありました。\r\n"
    h = basic("=?ISO-2022-JP?B?%s?=" % base64.b64encode(iso2022jp("ｻﾎﾟｰﾄ詐欺")).decode()) + [
        ("Content-Type", "text/plain; charset=\"iso-2022-jp\"")]
    return msg(h, iso2022jp(text)), {"subject": "ｻﾎﾟｰﾄ詐欺", "text": text.replace("\r\n", "\n")}


@case
def iso2022jp_declared_but_sjis():
    h = basic("mislabelled") + [("Content-Type", "text/plain; charset=iso-2022-jp"),
                                ("Content-Transfer-Encoding", "8bit")]
    return msg(h, CONSULT.encode("cp932")), {"text": CONSULT_LF, "problemsInclude": ["charset-mismatch"]}


@case
def shift_jis_8bit():
    text = "ネットバンキングの画面が偽物かもしれません①～③の手順を確認したい。\r\n"
    h = basic(ew_b("ネットバンキング", "Shift_JIS")) + [("Content-Type", "text/plain; charset=Shift_JIS"),
                                                  ("Content-Transfer-Encoding", "8bit")]
    return msg(h, text.encode("cp932")), {"subject": "ネットバンキング", "text": text.replace("\r\n", "\n")}


@case
def shift_jis_quoted_printable():
    h = basic("sjis qp") + [("Content-Type", "text/plain; charset=shift_jis"),
                            ("Content-Transfer-Encoding", "quoted-printable")]
    return msg(h, qp(CONSULT.encode("cp932"))), {"text": CONSULT_LF}


@case
def windows_31j_base64():
    text = "パスワードを使い回していました～どうしましょう。\r\n"
    h = basic("cp932") + [("Content-Type", "text/plain; charset=Windows-31J"),
                          ("Content-Transfer-Encoding", "base64")]
    return msg(h, b64(text.encode("cp932"))), {"text": text.replace("\r\n", "\n")}


@case
def euc_jp_8bit():
    h = basic(ew_b("EUC-JPの相談", "EUC-JP")) + [("Content-Type", "text/plain; charset=EUC-JP"),
                                               ("Content-Transfer-Encoding", "8bit")]
    return msg(h, CONSULT.encode("euc_jp")), {"subject": "EUC-JPの相談", "text": CONSULT_LF}


@case
def euc_jp_quoted_printable_subject_q():
    subject = "ランサムウェア被害"
    h = basic(ew_q(subject, "euc-jp")) + [("Content-Type", "text/plain; charset=euc-jp"),
                                          ("Content-Transfer-Encoding", "quoted-printable")]
    return msg(h, qp(CONSULT.encode("euc_jp"))), {"subject": subject, "text": CONSULT_LF}


@case
def utf8_base64_emoji():
    text = "添付ファイルを開いてしまいました😱\r\nウイルス対策ソフトは最新です。\r\n"
    h = basic(ew_b("開いてしまいました😱")) + [("Content-Type", "text/plain; charset=utf-8"),
                                        ("Content-Transfer-Encoding", "base64")]
    return msg(h, b64(text.encode())), {"subject": "開いてしまいました😱", "text": text.replace("\r\n", "\n")}


@case
def utf8_quoted_printable_soft_breaks():
    text = "長い行の例です。" * 12 + "\r\n終わり\r\n"
    encoded = qp(text.encode()).replace("=E3", "=e3")
    h = basic("qp") + [("Content-Type", "text/plain; charset=UTF-8"),
                       ("Content-Transfer-Encoding", "Quoted-Printable")]
    return msg(h, encoded), {"text": text.replace("\r\n", "\n")}


@case
def utf8_8bit():
    h = basic("utf8") + [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")]
    return msg(h, CONSULT.encode()), {"text": CONSULT_LF}


@case
def unknown_charset_utf8():
    h = basic("unknown") + [("Content-Type", "text/plain; charset=x-mystery-42")]
    return msg(h, CONSULT.encode()), {"text": CONSULT_LF, "problemsInclude": ["unknown-charset"]}


@case
def missing_charset_shift_jis():
    h = basic("no charset") + [("Content-Type", "text/plain")]
    return msg(h, CONSULT.encode("cp932")), {"text": CONSULT_LF}


@case
def missing_charset_euc_jp():
    h = basic("no charset euc")
    return msg(h, CONSULT.encode("euc_jp")), {"text": CONSULT_LF}


@case
def latin1_labelled_windows_1252():
    text = "Caf\u00e9 \u201csecurity\u201d workshop \u2013 r\u00e9sum\u00e9\r\n"
    h = basic("=?iso-8859-1?Q?Caf=E9?=") + [("Content-Type", "text/plain; charset=iso-8859-1"),
                                             ("Content-Transfer-Encoding", "8bit")]
    return msg(h, text.encode("cp1252")), {"subject": "Café", "text": text.replace("\r\n", "\n")}


@case
def korean_and_chinese_charsets():
    text = "보안 상담 요청입니다.\r\n"
    h = basic(ew_b("网络安全咨询", "GB2312")) + [("Content-Type", "text/plain; charset=euc-kr")]
    return msg(h, text.encode("euc_kr")), {"subject": "网络安全咨询", "text": text.replace("\r\n", "\n")}


# ---------------------------------------------------------------- header encodings


@case
def undeclared_8bit_header_utf8():
    h = [b"From: \xe4\xbd\x90\xe8\x97\xa4 \xe4\xb8\x80\xe9\x83\x8e <sato@example.jp>",
         b"To: desk@anshin.example",
         "Subject: 生のUTF-8件名".encode(),
         b"Date: Tue, 14 May 2024 10:15:00 +0900",
         b"Content-Type: text/plain; charset=utf-8"]
    return msg(h, "本文です。\r\n".encode()), {"subject": "生のUTF-8件名", "fromName": "佐藤 一郎",
                                           "from": "sato@example.jp", "problemsInclude": ["undeclared-8bit-header"]}


@case
def undeclared_8bit_header_shift_jis():
    subject = "【重要】アカウント停止のお知らせについて確認したい"
    h = [b"From: " + "鈴木".encode("cp932") + b" <suzuki@example.jp>", b"To: desk@anshin.example",
         b"Subject: " + subject.encode("cp932"), b"Date: Tue, 14 May 2024 10:15:00 +0900",
         b"Content-Type: text/plain; charset=Shift_JIS"]
    return msg(h, CONSULT.encode("cp932")), {"subject": subject, "fromName": "鈴木", "text": CONSULT_LF,
                                             "problemsInclude": ["undeclared-8bit-header"]}


@case
def undeclared_8bit_header_euc_jp():
    subject = "ホームページが改ざんされたようです"
    h = [b"From: webmaster@example.jp", b"Subject: " + subject.encode("euc_jp"),
         b"Date: Tue, 14 May 2024 10:15:00 +0900", b"MIME-Version: 1.0",
         b"Content-Type: multipart/mixed; boundary=\"b1\""]
    body = ("--b1\r\nContent-Type: text/plain; charset=euc-jp\r\n\r\n").encode() + CONSULT.encode("euc_jp") + b"\r\n--b1--\r\n"
    return msg(h, body), {"subject": subject, "text": CONSULT_LF, "problemsInclude": ["undeclared-8bit-header"]}


@case
def raw_iso2022jp_header():
    subject = "生のJIS件名です"
    h = [b"From: ito@example.jp", b"Subject: " + iso2022jp(subject), b"Date: Tue, 14 May 2024 10:15:00 +0900",
         b"Content-Type: text/plain; charset=iso-2022-jp"]
    return msg(h, iso2022jp(CONSULT)), {"subject": subject, "problemsInclude": ["raw-iso-2022-jp-header"]}


@case
def split_encoded_words_utf8():
    raw = "偽サイトにパスワードを入力".encode()
    # Cut inside the third character so that no word decodes alone.
    first, second = raw[:7], raw[7:]
    subject = "=?UTF-8?B?%s?=\r\n =?UTF-8?B?%s?=" % (base64.b64encode(first).decode(), base64.b64encode(second).decode())
    h = basic(subject) + [("Content-Type", "text/plain; charset=utf-8")]
    return msg(h, "本文\r\n"), {"subject": "偽サイトにパスワードを入力"}


@case
def split_encoded_words_iso2022jp():
    raw = iso2022jp("請求書の送付について（至急）")
    # The second word continues the two-byte mode the first one switched into.
    cut = 3 + 2 * 4
    subject = "=?ISO-2022-JP?B?%s?=\r\n\t=?ISO-2022-JP?B?%s?=" % (
        base64.b64encode(raw[:cut]).decode(), base64.b64encode(raw[cut:]).decode())
    h = basic(subject) + [("Content-Type", "text/plain; charset=iso-2022-jp")]
    return msg(h, iso2022jp("本文\r\n")), {"subject": "請求書の送付について（至急）"}


@case
def q_encoded_lowercase():
    subject = "Re: セキュリティ 相談"
    h = basic("Re: " + ew_q("セキュリティ 相談", "utf-8").replace("?Q?", "?q?").replace("UTF-8", "utf-8"))
    return msg(h, "ok\r\n"), {"subject": subject}


@case
def mixed_charset_words():
    subject = ew_b("件名の", "ISO-2022-JP") + " " + ew_b("前半と", "UTF-8") + " plain " + ew_q("後半", "Shift_JIS")
    h = basic(subject)
    return msg(h, "x\r\n"), {"subject": "件名の前半と plain 後半"}


@case
def encoded_word_in_quoted_name():
    h = [("From", "\"%s\" <Kobayashi@EXAMPLE.JP>" % ew_b("小林 次郎", "ISO-2022-JP")),
         ("To", "\"%s\" <desk@anshin.example>, %s <second@example.org>" % (ew_b("窓口"), ew_q("相談 係", "UTF-8"))),
         ("Subject", "name"), ("Date", "Tue, 14 May 2024 10:15:00 +0900")]
    return msg(h, "x\r\n"), {"from": "Kobayashi@example.jp", "fromName": "小林 次郎",
                             "to": ["desk@anshin.example", "second@example.org"],
                             "toNames": ["窓口", "相談 係"]}


@case
def malformed_encoded_word():
    h = basic("=?UTF-8?B?%s" % base64.b64encode("閉じ忘れ".encode()).decode())
    return msg(h, "x\r\n"), {"subject": "閉じ忘れ", "problemsInclude": ["malformed-encoded-word"]}


# ---------------------------------------------------------------- file names


def mixed(parts, boundary="=_part_1", extra=(), subject="添付ファイル"):
    body = "This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        body += "--%s\r\n" % boundary + p
        if not p.endswith("\r\n"):
            body += "\r\n"
    body += "--%s--\r\nepilogue text that is ignored\r\n" % boundary
    h = basic(subject) + [("Content-Type", "multipart/mixed; boundary=\"%s\"" % boundary)] + list(extra)
    return msg(h, body)


def text_part(text="本文です。\r\n"):
    return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(text.encode())


def file_part(headers, data):
    return headers + "Content-Transfer-Encoding: base64\r\n\r\n" + b64(data)


PDF = b"%PDF-1.4\n% test document for Anshin\n" + bytes(range(256)) + b"\n%%EOF\n"


@case
def rfc2231_filename_utf8():
    name = "被害報告書.pdf"
    encoded = "".join("%%%02X" % b for b in name.encode())
    part = file_part("Content-Type: application/pdf\r\nContent-Disposition: attachment; filename*=utf-8''%s\r\n" % encoded, PDF)
    return mixed([text_part(), part]), {"attachments": [{"name": name, "size": len(PDF), "contentType": "application/pdf"}],
                                        "text": "本文です。\n"}


@case
def rfc2231_continuations():
    name = "セキュリティ診断結果_2024年5月分_最終版.xlsx"
    encoded = "".join("%%%02X" % b for b in name.encode())
    pieces = [encoded[i:i + 39] for i in range(0, len(encoded), 39)]
    disposition = "Content-Disposition: attachment;\r\n"
    disposition += ";\r\n".join(" filename*%d*=%s%s" % (i, "UTF-8'ja'" if i == 0 else "", p) for i, p in enumerate(pieces)) + "\r\n"
    data = b"PK\x03\x04 not really a spreadsheet"
    part = file_part("Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n" + disposition, data)
    return mixed([text_part(), part]), {"attachments": [{"name": name, "size": len(data)}]}


@case
def rfc2231_iso2022jp_mixed_sections():
    name = "議事録.txt"
    raw = iso2022jp("議事録")
    encoded = "".join("%%%02X" % b for b in raw)
    disposition = ("Content-Disposition: attachment; filename*0*=iso-2022-jp'ja'%s;\r\n filename*1=\".txt\"\r\n" % encoded)
    data = "会議のメモ".encode()
    part = "Content-Type: text/plain; charset=utf-8\r\n" + disposition + "\r\n" + data.decode() + "\r\n"
    return mixed([text_part(), part]), {"attachments": [{"name": name, "size": len(data)}], "text": "本文です。\n"}


@case
def encoded_word_filename_iso2022jp():
    name = "見積書.pdf"
    word = ew_b(name, "ISO-2022-JP")
    part = file_part("Content-Type: application/pdf; name=\"%s\"\r\nContent-Disposition: attachment;\r\n filename=\"%s\"\r\n" % (word, word), PDF)
    return mixed([text_part(), part]), {"attachments": [{"name": name, "size": len(PDF)}]}


@case
def encoded_word_filename_folded_and_split():
    name = "不正アクセスの調査報告書（第二版）.docx"
    raw = name.encode()
    words = [base64.b64encode(raw[i:i + 20]).decode() for i in range(0, len(raw), 20)]
    value = "\r\n ".join("=?UTF-8?B?%s?=" % w for w in words)
    data = b"docx bytes" * 30
    part = file_part("Content-Type: application/octet-stream;\r\n name=\"%s\"\r\n" % value, data)
    return mixed([text_part(), part]), {"attachments": [{"name": name, "size": len(data), "contentType": "application/octet-stream"}]}


@case
def filename_disposition_preferred():
    part = file_part("Content-Type: image/png; name=\"type-name.png\"\r\nContent-Disposition: attachment; filename=\"disposition-name.png\"\r\n",
                     b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    return mixed([text_part(), part]), {"attachments": [{"name": "disposition-name.png", "size": 48, "contentType": "image/png"}]}


@case
def filename_missing_generated():
    parts = [text_part(),
             file_part("Content-Type: application/pdf\r\nContent-Disposition: attachment\r\n", PDF),
             file_part("Content-Type: application/x-unknown-thing\r\n", b"\x00\x01\x02\x03")]
    return mixed(parts), {"attachments": [{"name": "attachment-1.pdf", "size": len(PDF)},
                                          {"name": "attachment-2.bin", "size": 4}]}


@case
def filename_with_windows_path():
    data = b"ID,Name\r\n1,test"
    name_sjis = "C:\\Users\\taro\\Desktop\\顧客一覧.csv"
    part = ("Content-Type: text/csv; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n" % (
        ew_b(name_sjis, "Shift_JIS"), ew_b(name_sjis, "Shift_JIS"))) + data.decode() + "\r\n"
    return mixed([text_part(), part]), {"attachments": [{"name": "顧客一覧.csv", "size": len(data)}]}


@case
def binary_transfer_encoding():
    data = bytes(range(0, 256, 3)) + b"\r\nline\r\n"
    body = (b"--bin\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--bin\r\n"
            b"Content-Type: application/octet-stream; name=blob.dat\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + data + b"\r\n--bin--\r\n")
    h = basic("binary") + [("Content-Type", "multipart/mixed; boundary=bin")]
    return msg(h, body), {"attachments": [{"name": "blob.dat", "size": len(data)}], "text": "see attached"}


@case
def raw_8bit_filename_shift_jis():
    data = b"raw name"
    part = ("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"").encode() + \
        "社外秘資料.txt".encode("cp932") + b"\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(data).encode()
    body = ("--r8\r\n" + text_part()).encode() + b"--r8\r\n" + part + b"--r8--\r\n"
    h = basic("raw name") + [("Content-Type", "multipart/mixed; boundary=r8")]
    return msg(h, body), {"attachments": [{"name": "社外秘資料.txt", "size": len(data)}],
                          "problemsInclude": ["undeclared-8bit-header"]}


@case
def multipart_signed_smime():
    sig = b"0\x82\x01\x00 fake pkcs7 signature"
    body = ("--sig\r\nContent-Type: text/plain; charset=iso-2022-jp\r\n\r\n").encode() + iso2022jp("署名付きのお知らせです。\r\n") + \
        ("--sig\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" + b64(sig) + "--sig--\r\n").encode()
    h = basic("signed") + [("Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=sig")]
    return msg(h, body), {"text": "署名付きのお知らせです。",
                          "attachments": [{"name": "smime.p7s", "size": len(sig), "contentType": "application/pkcs7-signature"}]}


@case
def header_separator_with_spaces():
    return b"From: a@example.jp\r\nSubject: spaces\r\n   \r\nLabel: this is body text\r\n", {
        "subject": "spaces", "text": "Label: this is body text\n"}


# ---------------------------------------------------------------- structure


HTML_JA = ("<html><head><title>件名</title><style>p{color:red}</style></head><body>"
           "<p>いつもお世話になっております。</p><p>不審な<b>ログイン</b>がありました。<br>確認してください。</p>"
           "<ul><li>パスワード変更</li><li>二要素認証</li></ul>"
           "<p><a href=\"https://anshin.example/help\">相談窓口</a></p></body></html>")


@case
def multipart_alternative():
    plain = "プレーンテキスト版です。\r\n"
    body = ("--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + plain +
            "--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + HTML_JA + "\r\n--alt--\r\n")
    h = basic("alt") + [("Content-Type", "multipart/alternative; boundary=alt")]
    return msg(h, body), {"text": "プレーンテキスト版です。", "htmlContains": ["二要素認証"], "attachments": []}


@case
def multipart_related_inline_image():
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    body = ("--rel\r\nContent-Type: multipart/alternative; boundary=\"alt2\"\r\n\r\n"
            "--alt2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n画像付きのお知らせ\r\n"
            "--alt2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>画像付き<img src=\"cid:logo@anshin\" alt=\"ロゴ\"></p>\r\n"
            "--alt2--\r\n"
            "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo@anshin>\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(png) +
            "--rel--\r\n")
    h = basic("related") + [("Content-Type", "multipart/related; type=\"multipart/alternative\"; boundary=rel")]
    return msg(h, body), {"text": "画像付きのお知らせ",
                          "attachments": [{"name": "attachment-1.png", "size": len(png), "inline": True, "contentId": "logo@anshin"}]}


@case
def nested_multiparts():
    inner = ("--L3\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n深い階層の本文\r\n"
             "--L3\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>深い階層の本文</p>\r\n--L3--\r\n")
    level2 = ("--L2\r\nContent-Type: multipart/alternative; boundary=L3\r\n\r\n" + inner +
              "--L2\r\nContent-Type: application/zip; name=\"logs.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(b"PK\x05\x06" + bytes(18)) +
              "--L2--\r\n")
    body = ("--L1\r\nContent-Type: multipart/mixed; boundary=L2\r\n\r\n" + level2 +
            "--L1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=note.txt\r\n\r\nメモ\r\n--L1--\r\n")
    h = basic("nested") + [("Content-Type", "multipart/mixed; boundary=L1")]
    return msg(h, body), {"text": "深い階層の本文",
                          "attachments": [{"name": "logs.zip", "size": 22}, {"name": "note.txt", "size": len("メモ".encode())}]}


@case
def html_only():
    h = basic("html only") + [("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]
    return msg(h, qp(HTML_JA.encode())), {
        "textContains": ["いつもお世話になっております。", "不審なログインがありました。\n確認してください。", "・ パスワード変更",
                         "相談窓口 (https://anshin.example/help)"],
        "textNotContains": ["color:red", "件名", "<"], "htmlContains": ["<ul>"]}


@case
def html_only_shift_jis_meta():
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>"
            "<body><div>メタタグで文字コードを宣言しています&nbsp;&amp;&lt;テスト&gt;&#x2460;&#9312;</div></body></html>")
    h = basic("meta") + [("Content-Type", "text/html")]
    return msg(h, html.encode("cp932")), {"text": "メタタグで文字コードを宣言しています &<テスト>①①"}


@case
def html_entities_tables_and_broken_markup():
    html = ("<div>Step&nbsp;1 &quot;reset&quot; &#39;now&#39; &copy 2024</div><table><tr><td>A</td><td>B</td></tr>"
            "<tr><td>C</td><td>D</td></tr></table><!-- hidden comment --><script>alert('x')</script>"
            "<ol><li>one<li>two</ol><p>unclosed <a href='mailto:desk@anshin.example'>desk@anshin.example</a> "
            "<a href=\"https://anshin.example/a?x=1&amp;y=2\">link</a> <b>bold")
    h = basic("entities") + [("Content-Type", "text/html; charset=us-ascii")]
    return msg(h, html), {"textContains": ["Step 1 \"reset\" 'now' \u00a9 2024", "A B\nC D", "1. one\n2. two",
                                           "desk@anshin.example link (https://anshin.example/a?x=1&y=2) bold"],
                          "textNotContains": ["hidden", "alert", "(mailto:"]}


@case
def format_flowed():
    text = "This is a long line that the mailer \r\nwrapped with a trailing space.\r\n> quoted text that \r\n> continues here\r\n-- \r\nsig\r\n"
    h = basic("flowed") + [("Content-Type", "text/plain; charset=us-ascii; format=flowed")]
    return msg(h, text), {"textContains": ["This is a long line that the mailer wrapped with a trailing space.",
                                           "> quoted text that continues here", "-- \nsig"]}


@case
def message_rfc822_attachment():
    inner_subject = "転送: 【緊急】パスワードの有効期限切れ"
    inner = msg([("From", "attacker@phish.example"), ("To", "victim@example.jp"),
                 ("Subject", ew_b(inner_subject[4:], "ISO-2022-JP")), ("Message-ID", "<inner-1@phish.example>"),
                 ("Content-Type", "text/plain; charset=iso-2022-jp")], iso2022jp("こちらから再設定してください\r\n"))
    body = ("--fw\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n怪しいメールを転送します。\r\n"
            "--fw\r\nContent-Type: message/rfc822\r\n\r\n").encode() + inner + b"\r\n--fw--\r\n"
    h = basic("転送") + [("Content-Type", "multipart/mixed; boundary=fw")]
    return msg(h, body), {"text": "怪しいメールを転送します。",
                          "attachments": [{"name": "【緊急】パスワードの有効期限切れ.eml", "size": len(inner), "contentType": "message/rfc822"}]}


@case
def message_rfc822_without_subject():
    inner = b"From: someone@example.org\r\nTo: x@example.jp\r\n\r\nno subject here\r\n"
    body = (b"--fw\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--fw\r\nContent-Type: message/rfc822\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + b64(inner).encode() + b"--fw--\r\n")
    h = basic("fwd") + [("Content-Type", "multipart/mixed; boundary=fw")]
    return msg(h, body), {"attachments": [{"name": "message-1.eml", "size": len(inner)}]}


@case
def multipart_digest():
    one = "Subject: first\r\n\r\none"
    two = "Subject: second/part\r\n\r\ntwo"
    body = "--dg\r\n\r\n" + one + "\r\n--dg\r\n\r\n" + two + "\r\n--dg--\r\n"
    h = basic("digest") + [("Content-Type", "multipart/digest; boundary=dg")]
    return msg(h, body), {"attachments": [{"name": "first.eml", "size": len(one)}, {"name": "second_part.eml", "size": len(two)}]}


# ---------------------------------------------------------------- automation and bounces


def dsn(original, with_full_message=True, subject="Undelivered Mail Returned to Sender"):
    status = ("Reporting-MTA: dns; mx.example.jp\r\nArrival-Date: Tue, 14 May 2024 10:15:00 +0900\r\n\r\n"
              "Final-Recipient: rfc822; ok@example.net\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n"
              "Final-Recipient: rfc822; Missing.User@Example.NET\r\nOriginal-Recipient: rfc822;missing.user@example.net\r\n"
              "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <missing.user@example.net>: Recipient address rejected\r\n")
    last = ("Content-Type: message/rfc822\r\n\r\n" + original if with_full_message
            else "Content-Type: text/rfc822-headers\r\n\r\n" + original.split("\r\n\r\n")[0] + "\r\n")
    body = ("--dsn\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mx.example.jp.\r\n"
            "I'm sorry to have to inform you that your message could not be delivered.\r\n"
            "--dsn\r\nContent-Type: message/delivery-status\r\n\r\n" + status + "\r\n--dsn\r\n" + last + "\r\n--dsn--\r\n")
    h = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx.example.jp (Mail Delivery System)"),
         ("To", "noreply@anshin.example"), ("Subject", subject), ("Date", "Tue, 14 May 2024 10:16:00 +0900"),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
         ("Content-Type", "multipart/report; report-type=delivery-status;\r\n\tboundary=\"dsn\"")]
    return msg(h, body)


ORIGINAL = ("From: desk@anshin.example\r\nTo: missing.user@example.net\r\nSubject: =?UTF-8?B?%s?=\r\n"
            "Message-ID: <reply-0042@anshin.example>\r\n\r\nご相談ありがとうございました。\r\n") % base64.b64encode("ご相談の件".encode()).decode()


@case
def bounce_dsn_full_message():
    return dsn(ORIGINAL), {"isBounce": True, "isAutomated": True, "bounceMessageId": "reply-0042@anshin.example",
                           "bounceRecipient": "Missing.User@example.net", "bounceStatus": "5.1.1", "returnPath": "",
                           "textContains": ["could not be delivered"]}


@case
def bounce_dsn_headers_only():
    return dsn(ORIGINAL, with_full_message=False), {"isBounce": True, "bounceMessageId": "reply-0042@anshin.example",
                                                    "bounceStatus": "5.1.1"}


@case
def bounce_plain_text_mailer_daemon():
    body = ("Hi. This is the qmail-send program at mail.example.org.\r\nI'm afraid I wasn't able to deliver your message.\r\n\r\n"
            "<gone@example.org>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n--- Below this line is a copy of the message.\r\n\r\n"
            "Return-Path: <desk@anshin.example>\r\nMessage-ID: <reply-0099@anshin.example>\r\nSubject: test\r\n\r\nbody\r\n")
    h = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.example.org"), ("To", "desk@anshin.example"),
         ("Subject", "failure notice"), ("Date", "Tue, 14 May 2024 10:16:00 +0900")]
    return msg(h, body), {"isBounce": True, "isAutomated": True, "bounceMessageId": "reply-0099@anshin.example"}


@case
def auto_reply_auto_submitted():
    h = basic(ew_b("Re: ご相談の件【自動応答】", "ISO-2022-JP")) + [("Auto-Submitted", "auto-replied"),
                                                               ("Content-Type", "text/plain; charset=iso-2022-jp")]
    return msg(h, iso2022jp("ただいま不在にしております。\r\n")), {"isAutomated": True, "automatedReason": "auto-submitted",
                                                               "isBounce": False}


@case
def auto_submitted_no_is_human():
    h = basic("human") + [("Auto-Submitted", "no")]
    return msg(h, "hello\r\n"), {"isAutomated": False}


@case
def auto_reply_x_autoreply():
    h = basic("Out of office") + [("X-Autoreply", "yes")]
    return msg(h, "away\r\n"), {"isAutomated": True, "automatedReason": "x-autoreply"}


@case
def outlook_out_of_office():
    h = basic("自動応答: 相談") + [("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "相談")]
    return msg(h, "不在です\r\n"), {"isAutomated": True, "automatedReason": "x-auto-response-suppress"}


@case
def mailing_list():
    h = basic("[sec-ml:0123] 定例会のお知らせ") + [
        ("List-Id", "Security Study Group <sec-ml.example.org>"), ("List-Unsubscribe", "<mailto:leave@example.org>"),
        ("Precedence", "list"), ("Content-Type", "multipart/mixed; boundary=ml")]
    body = ("--ml\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n次回の勉強会は来週です。\r\n"
            "--ml\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Disposition: inline\r\n\r\n-- \r\nsec-ml mailing list\r\n--ml--\r\n")
    return msg(h, body), {"isAutomated": True, "automatedReason": "precedence",
                          "textContains": ["次回の勉強会は来週です。", "sec-ml mailing list"], "attachments": []}


@case
def noreply_sender():
    h = basic("ご登録ありがとうございます", sender="Example Service <No-Reply@service.example.com>")
    return msg(h, "登録完了\r\n"), {"isAutomated": True, "automatedReason": "system-sender", "from": "No-Reply@service.example.com"}


@case
def read_receipt_mdn():
    report = "Final-Recipient: rfc822; a@example.jp\r\nDisposition: manual-action/MDN-sent-manually; displayed"
    body = ("--mdn\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"
            "--mdn\r\nContent-Type: message/disposition-notification\r\n\r\n" + report + "\r\n--mdn--\r\n")
    h = basic("Read: test") + [("Content-Type", "multipart/report; report-type=disposition-notification; boundary=mdn")]
    return msg(h, body), {"isAutomated": True, "isBounce": False, "automatedReason": "report",
                          "attachments": [{"name": "attachment-1.txt", "size": len(report)}]}


# ---------------------------------------------------------------- broken structure


@case
def missing_boundary_end():
    body = "--cut\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n最後の区切りがありません。\r\n--cut\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(PDF)
    h = basic("cut") + [("Content-Type", "multipart/mixed; boundary=cut")]
    return msg(h, body), {"text": "最後の区切りがありません。", "attachments": [{"name": "a.pdf", "size": len(PDF)}],
                          "problemsInclude": ["missing-boundary-end"]}


@case
def missing_boundary_parameter():
    body = "--found-it\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n境界の宣言がありません。\r\n--found-it--\r\n"
    h = basic("no boundary") + [("Content-Type", "multipart/mixed")]
    return msg(h, body), {"text": "境界の宣言がありません。", "problemsInclude": ["missing-boundary-parameter"]}


@case
def wrong_boundary_parameter():
    body = "--actual\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n宣言と違う境界\r\n--actual--\r\n"
    h = basic("wrong boundary") + [("Content-Type", "multipart/mixed; boundary=declared")]
    return msg(h, body), {"text": "宣言と違う境界", "problemsInclude": ["boundary-not-found"]}


@case
def boundary_prefix_of_inner_boundary():
    body = ("--abc\r\nContent-Type: multipart/alternative; boundary=\"abc-inner\"\r\n\r\n"
            "--abc-inner\r\nContent-Type: text/plain\r\n\r\ninner plain\r\n--abc-inner\r\nContent-Type: text/html\r\n\r\n<p>inner html</p>\r\n--abc-inner--\r\n"
            "--abc\r\nContent-Type: text/plain; name=\"x.txt\"\r\nContent-Disposition: attachment\r\n\r\nfile\r\n--abc--\r\n")
    h = basic("prefix") + [("Content-Type", "multipart/mixed; boundary=abc")]
    return msg(h, body), {"text": "inner plain", "htmlContains": ["inner html"], "attachments": [{"name": "x.txt", "size": 4}]}


@case
def lf_only_line_endings():
    data = mixed([text_part("改行コードがLFだけのメールです。\n"), file_part("Content-Type: image/gif; name=dot.gif\r\n", b"GIF89a\x01\x00")])
    return data.replace(b"\r\n", b"\n"), {"text": "改行コードがLFだけのメールです。\n", "attachments": [{"name": "dot.gif", "size": 8}]}


@case
def headers_only_no_body():
    return b"From: a@example.jp\r\nSubject: header only\r\nDate: Tue, 14 May 2024 10:15:00 +0900\r\n", {
        "subject": "header only", "text": "", "unparsed": False}


@case
def body_without_blank_line():
    return b"From: a@example.jp\r\nSubject: no separator\r\nThis line starts the body without a blank line.\r\nSecond line.\r\n", {
        "subject": "no separator", "text": "This line starts the body without a blank line.\nSecond line.\n",
        "problemsInclude": ["missing-header-separator"]}


@case
def mbox_from_line():
    return b"From a@example.jp Tue May 14 10:15:00 2024\nFrom: a@example.jp\nSubject: mbox\n\nbody\n", {
        "subject": "mbox", "text": "body\n", "problemsInclude": ["mbox-from-line"]}


@case
def preamble_and_epilogue():
    body = "preamble should not appear\r\n--pe\r\nContent-Type: text/plain\r\n\r\nreal body\r\n--pe--\r\nepilogue should not appear\r\n"
    h = basic("pe") + [("Content-Type", "multipart/mixed; boundary=pe")]
    return msg(h, body), {"text": "real body", "textNotContains": ["preamble", "epilogue"], "problems": []}


@case
def depth_bomb():
    depth = 30
    body = ""
    for i in range(depth):
        body += "--d%d\r\nContent-Type: multipart/mixed; boundary=d%d\r\n\r\n" % (i, i + 1)
    body += "--d%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n--d%d--\r\n" % (depth, depth)
    h = basic("bomb") + [("Content-Type", "multipart/mixed; boundary=d0")]
    return msg(h, body), {"problemsInclude": ["nesting-too-deep"], "subject": "bomb"}


@case
def garbage_binary():
    data = bytes((i * 73 + 41) % 256 for i in range(2000))
    return data.replace(b"\n", b"\x00").replace(b":", b"\x01"), {"unparsed": True, "text": ""}


@case
def empty_file():
    return b"", {"unparsed": True, "problems": ["empty"], "subject": "", "attachments": []}


@case
def whitespace_only():
    return b"\r\n  \r\n\t\r\n", {"unparsed": True, "problems": ["empty"]}


@case
def plain_text_without_headers():
    return "これはメールではなくただのメモです。\n二行目。\n".encode(), {
        "unparsed": True, "text": "これはメールではなくただのメモです。\n二行目。\n", "problemsInclude": ["missing-headers"]}


@case
def very_long_lines():
    long_subject = "長い件名" * 200
    data = bytes(range(256)) * 400
    body = ("--long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "あ" * 50000 + "\r\n"
            "--long\r\nContent-Type: application/octet-stream; name=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.b64encode(data).decode() + "\r\n--long--\r\n")
    h = basic(ew_b(long_subject)) + [("Content-Type", "multipart/mixed; boundary=long")]
    return msg(h, body), {"subject": long_subject, "text": "あ" * 50000, "attachments": [{"name": "big.bin", "size": len(data)}]}


@case
def base64_with_junk_and_no_padding():
    text = "パディングなし"
    encoded = base64.b64encode(text.encode()).decode().rstrip("=")
    junky = encoded[:8] + " !\t" + encoded[8:16] + "\r\n*" + encoded[16:]
    h = basic("junk") + [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", " BASE64 ")]
    return msg(h, junky + "\r\n"), {"text": text, "problemsInclude": ["invalid-base64"]}


@case
def quoted_printable_broken_escapes():
    body = "100=25 sure =ZZ kept, =3d lower, soft=\r\nbreak, trailing   \r\nend=\r\n"
    h = basic("qp broken") + [("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "quoted-printable")]
    return msg(h, body), {"text": "100% sure =ZZ kept, = lower, softbreak, trailing\nend",
                          "problemsInclude": ["invalid-quoted-printable"]}


@case
def unknown_transfer_encoding():
    h = basic("x-enc") + [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "x-custom")]
    return msg(h, "そのまま\r\n"), {"text": "そのまま\n", "problemsInclude": ["unknown-transfer-encoding"]}


@case
def case_insensitive_header_names():
    h = [b"FROM: A@Example.JP", b"SUBJECT: shouting", b"content-type: TEXT/PLAIN; CHARSET=UTF-8",
         b"content-transfer-encoding: BASE64", b"DATE: tue, 14 may 2024 10:15:00 +0900"]
    return msg(h, b64("大文字小文字".encode())), {"subject": "shouting", "from": "A@example.jp", "text": "大文字小文字",
                                              "date": "2024-05-14T10:15:00+09:00"}


@case
def text_attachment_inline_and_calendar():
    body = ("--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n会議の招待です。\r\n"
            "--x\r\nContent-Type: text/plain; charset=utf-8; name=\"memo.txt\"\r\nContent-Disposition: inline; filename=\"memo.txt\"\r\n\r\nmemo\r\n"
            "--x\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--x--\r\n")
    h = basic("invite") + [("Content-Type", "multipart/mixed; boundary=x")]
    return msg(h, body), {"text": "会議の招待です。",
                          "attachments": [{"name": "memo.txt", "size": 4, "inline": True}, {"name": "attachment-2.ics", "size": len("BEGIN:VCALENDAR\r\nEND:VCALENDAR")}]}


# ---------------------------------------------------------------- dates, addresses, ids


@case
def obsolete_date_two_digit_year():
    h = [("From", "a@example.jp"), ("Subject", "old date"), ("Date", "14 May 24 10:15 JST")]
    return msg(h, "x\r\n"), {"date": "2024-05-14T10:15:00+09:00"}


@case
def date_with_comment_and_named_zone():
    h = [("From", "a@example.jp"), ("Subject", "date"), ("Date", "Tue,  7 Jan 1997 23:05:01 -0800 (PST)")]
    return msg(h, "x\r\n"), {"date": "1997-01-07T23:05:01-08:00"}


@case
def date_asctime_and_garbage():
    h = [("From", "a@example.jp"), ("Subject", "asctime"), ("Date", "Tue May 14 10:15:00 2024")]
    return msg(h, "x\r\n"), {"date": "2024-05-14T10:15:00+00:00"}


@case
def date_garbage():
    h = [("From", "a@example.jp"), ("Subject", "bad date"), ("Date", "sometime next week, 31 Feb")]
    return msg(h, "x\r\n"), {"date": None, "problemsInclude": ["invalid-date"]}


@case
def address_groups_comments_and_routes():
    h = [("From", "kato@Example.JP (加藤 三郎)"),
         ("To", "undisclosed-recipients:;"),
         ("Cc", "Team: one@example.jp, \"Two, Person\" <two@Example.Org>;, <@relay.example:three@example.net>"),
         ("Reply-To", "Support Desk <support@Anshin.Example>"), ("Subject", "addresses")]
    return msg(h, "x\r\n"), {"from": "kato@example.jp", "fromName": "加藤 三郎", "to": [],
                             "cc": ["one@example.jp", "two@example.org", "three@example.net"],
                             "replyTo": ["support@anshin.example"]}


@case
def references_and_in_reply_to():
    h = [("From", "a@example.jp"), ("Subject", "Re: Re: thread"), ("Message-ID", "<third@example.jp>"),
         ("In-Reply-To", "<second@example.jp> (Taro's message of Monday)"),
         ("References", "<first@example.jp>\r\n <second@example.jp>")]
    return msg(h, "x\r\n"), {"messageId": "third@example.jp", "inReplyTo": "second@example.jp",
                             "references": ["first@example.jp", "second@example.jp"]}


@case
def folded_headers_and_tabs():
    h = [b"From: a@example.jp", b"Subject: This subject\r\n\tis folded\r\n  over three lines",
         b"X-Long: value", b"Content-Type: text/plain;\r\n\tcharset=\"utf-8\""]
    return msg(h, "折り返し\r\n".encode()), {"subject": "This subject\tis folded  over three lines", "text": "折り返し\n"}


def write_all():
    for func in CASES:
        data, expected = func()
        name = func.__name__.replace("_", "-")
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("%d cases written" % len(CASES))


if __name__ == "__main__":
    write_all()
