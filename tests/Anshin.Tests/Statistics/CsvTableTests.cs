using System.Text;
using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

public sealed class CsvTableTests
{
    private static readonly string[] Header = ["手口", "件数"];

    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    private static string[][] Rows(params string[][] rows) => rows;

    [Fact]
    public void Records_EndWithCrLf_HeaderFirst()
    {
        var csv = CsvTable.ToText(Header, Rows(["サポート詐欺", "12"], ["フィッシング", "7"]));

        Assert.Equal("手口,件数\r\nサポート詐欺,12\r\nフィッシング,7\r\n", csv);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("", "")]
    [InlineData(" spaced ", " spaced ")]
    [InlineData("全角，読点、", "全角，読点、")]
    public void Fields_AreQuotedOnlyWhenTheyNeedIt(string value, string expected)
    {
        Assert.Equal(expected, CsvTable.Field(value));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+81-3-1234-5678", "'+81-3-1234-5678")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("-", "'-")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("-3", "-3")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+42", "+42")]
    [InlineData("-.5", "-.5")]
    [InlineData("1-2", "1-2")]
    [InlineData("メール=危険", "メール=危険")]
    public void FormulaLikeFields_GetAnApostrophe_UnlessTheyAreNumbers(string value, string expected)
    {
        Assert.Equal(expected, CsvTable.Field(value));
    }

    [Fact]
    public void NullFields_AreEmpty()
    {
        Assert.Equal("手口,件数\r\n,\r\n", CsvTable.ToText(Header, [[null, null]]));
    }

    [Fact]
    public void RowWithTheWrongNumberOfFields_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvTable.ToText(Header, Rows(["a", "1"], ["b"])));

        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_StartsWithTheByteOrderMark()
    {
        var bytes = CsvTable.ToUtf8WithBom(Header, Rows(["詐欺", "1"]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("手口,件数\r\n詐欺,1\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public void ShiftJis_EncodesJapaneseInCodePage932()
    {
        // 詐 is 8D BC and 欺 8B 5C (the second byte of 欺 is ASCII '\', which is why parsers must know the encoding).
        var bytes = CsvTable.ToShiftJis(["詐欺"], []);

        Assert.Equal([0x8D, 0xBC, 0x8B, 0x5C, 0x0D, 0x0A], bytes);
    }

    [Fact]
    public void ShiftJis_RoundTripsThroughTheDecoder()
    {
        string[][] rows = [["サポート詐欺（偽警告）", "12"], ["ＩＤ・パスワード、\"引用\"", "①"], ["髙橋・﨑", "-3"]];

        var bytes = CsvTable.ToShiftJis(Header, rows);

        Assert.Equal(CsvTable.ToText(Header, rows), ShiftJis.GetString(bytes));
    }

    [Fact]
    public void ShiftJis_WritesQuestionMarksForCharactersItLacks()
    {
        var bytes = CsvTable.ToShiftJis(["Café 🛡 한"], []);

        Assert.Equal("Caf? ? ?\r\n", ShiftJis.GetString(bytes));
    }

    [Fact]
    public void ShiftJis_TakesTheWaveDashAndMinusAsTheirWindowsTwins()
    {
        var bytes = CsvTable.ToShiftJis(["10時〜17時 −5"], []);

        Assert.Equal("10時～17時 －5\r\n", ShiftJis.GetString(bytes));
    }

    [Fact]
    public void ContentType_NamesTheCharset()
    {
        Assert.Equal("text/csv; charset=utf-8", CsvTable.ContentType(shiftJis: false));
        Assert.Equal("text/csv; charset=shift_jis", CsvTable.ContentType(shiftJis: true));
    }
}
