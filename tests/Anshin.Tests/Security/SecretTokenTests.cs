using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public sealed class SecretTokenTests
{
    [Fact]
    public void New_Is64HexDigits_AndDiffersEachTime()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => SecretToken.New()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[0-9a-f]{64}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void Hash_IsSha256InHex_AndNotTheTokenItself()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.Hash("abc"));
        var token = SecretToken.New();
        Assert.NotEqual(token, SecretToken.Hash(token));
        Assert.Equal(SecretToken.Hash(token), SecretToken.Hash(token));
    }
}
