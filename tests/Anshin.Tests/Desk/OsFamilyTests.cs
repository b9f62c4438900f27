using Anshin.Core.Desk;

namespace Anshin.Tests.Desk;

public sealed class OsFamilyTests
{
    [Theory]
    [InlineData("Windows 11", OsFamily.Windows)]
    [InlineData("ｗｉｎｄｏｗｓ１０", OsFamily.Windows)]
    [InlineData("ウィンドウズ7", OsFamily.Windows)]
    [InlineData("macOS Sonoma", OsFamily.MacOs)]
    [InlineData("MacBook Air", OsFamily.MacOs)]
    [InlineData("iOS 17", OsFamily.Ios)]
    [InlineData("ｉＰｈｏｎｅ 15", OsFamily.Ios)]
    [InlineData("iPadOS", OsFamily.Ios)]
    [InlineData("Android 14", OsFamily.Android)]
    [InlineData("アンドロイド", OsFamily.Android)]
    [InlineData("Ubuntu 24.04", OsFamily.Linux)]
    [InlineData("Chromebook", OsFamily.ChromeOs)]
    [InlineData("らくらくホン", OsFamily.Other)]
    [InlineData("", OsFamily.Unknown)]
    [InlineData("  ", OsFamily.Unknown)]
    [InlineData(null, OsFamily.Unknown)]
    [InlineData("わからない", OsFamily.Unknown)]
    public void Classify_SortsWhatPeopleType(string? text, OsFamily expected) => Assert.Equal(expected, OsFamilies.Classify(text));
}
