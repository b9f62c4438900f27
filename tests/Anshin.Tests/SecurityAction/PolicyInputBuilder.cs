using Anshin.Core.SecurityAction;

namespace Anshin.Tests.SecurityAction;

internal static class PolicyInputBuilder
{
    public static BasicPolicyInput Japanese() => new()
    {
        OrganisationName = "株式会社あんしん商事",
        RepresentativeTitle = "代表取締役",
        RepresentativeName = "山田 太郎",
        EstablishedOn = new DateOnly(2026, 12, 2),
        ResponsibleTitle = "情報セキュリティ責任者",
        Language = "ja",
    };

    public static BasicPolicyInput English() => Japanese() with
    {
        OrganisationName = "Anshin Trading Co., Ltd.",
        RepresentativeTitle = "President",
        RepresentativeName = "Taro Yamada",
        ResponsibleTitle = "Information Security Officer",
        Language = "en",
    };
}
