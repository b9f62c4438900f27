using System.Globalization;

namespace Anshin.Core.SecurityAction;

/// <summary>
/// Writes an information security basic policy from the organisation's choices, in the shape of the IPA
/// sample (preamble, five commitments, footer) but in our own words.
/// </summary>
public static class BasicPolicyWriter
{
    /// <summary>The policy in the input's language.</summary>
    /// <exception cref="ArgumentException">The input has validation errors; see <see cref="BasicPolicyInput.Validate"/>.</exception>
    public static BasicPolicyDocument Write(BasicPolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            var list = string.Join(", ", errors.Select(error => $"{error.Field}: {error.ErrorKey}"));
            throw new ArgumentException($"The policy input is not valid ({list}).", nameof(input));
        }

        var trimmed = input with
        {
            OrganisationName = input.OrganisationName.Trim(),
            RepresentativeTitle = input.RepresentativeTitle.Trim(),
            RepresentativeName = input.RepresentativeName.Trim(),
            ScopeDetail = input.ScopeDetail?.Trim(),
            ResponsibleTitle = input.ResponsibleTitle.Trim(),
        };
        return trimmed.Language == "en" ? English(trimmed) : Japanese(trimmed);
    }

    private static BasicPolicyDocument Japanese(BasicPolicyInput input)
    {
        var scope = input.Scope == PolicyScope.AllBusiness
            ? "この方針は、私たちのすべての事業と、そこで扱うすべての情報資産に適用します。"
            : $"この方針は、私たちの事業のうち「{input.ScopeDetail}」と、そこで扱う情報資産に適用します。";
        var review = input.ReviewCycle switch
        {
            ReviewCycle.HalfYearly => "少なくとも半年に1回",
            ReviewCycle.Quarterly => "少なくとも四半期に1回",
            _ => "少なくとも年に1回",
        };
        var training = input.Training switch
        {
            TrainingSchedule.Yearly => "そのために、全員を対象とした教育を毎年1回以上行います。",
            TrainingSchedule.HalfYearly => "そのために、全員を対象とした教育を半年に1回以上行います。",
            _ => "そのために、入社したときと、その後も毎年1回以上、教育を行います。",
        };
        List<string> compliance = ["情報セキュリティに関わる法令や規制、国の指針、そしてお客様や取引先との契約で約束したことを守ります。"];
        if (input.IncludePartners)
        {
            compliance.Add("業務を委託する先や協力会社にも、この方針に沿って情報を取り扱うよう求めます。");
        }

        var date = input.EstablishedOn;
        return new BasicPolicyDocument(
            "ja",
            "情報セキュリティ基本方針",
            $"{input.OrganisationName}（以下「私たち」）は、お客様や取引先、地域社会から寄せられる信頼こそが事業の土台であると考えています。"
                + "私たちがお預かりする情報と自ら生み出す情報を、事故や災害、犯罪といった脅威から守るため、ここに情報セキュリティ基本方針を定め、全員で取り組みます。"
                + scope,
            [
                new(1, "経営者の責任", [
                    "経営者は、情報セキュリティを経営上の重要な課題と位置づけ、自ら先頭に立って取り組みます。",
                    $"対策の実施状況とこの方針の内容は{review}見直し、継続して改善します。",
                ]),
                new(2, "社内体制の整備", [
                    $"情報セキュリティ対策の推進と実施状況の確認は、{input.ResponsibleTitle}が責任をもって担います。",
                    "守るべき対策は社内の規則として文書にまとめ、全員がいつでも確認できるようにします。",
                ]),
                new(3, "従業員の取り組み", [
                    "従業員は、業務に必要な情報セキュリティの知識と技能を身につけ、日々の仕事の中で実践します。",
                    training,
                ]),
                new(4, "法令と契約の遵守", compliance),
                new(5, "違反と事故への対応", [
                    $"この方針や社内の規則への違反、情報セキュリティ上の事故に気づいたとき、またはその疑いがあるときは、すぐに{input.ResponsibleTitle}へ報告し、被害を最小限に抑えるよう適切に対処します。",
                    "その後は原因を調べて再発防止策を講じ、必要に応じてお客様や関係者に説明します。",
                ]),
            ],
            [
                string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日 制定"),
                input.OrganisationName,
                $"{input.RepresentativeTitle}\u3000{input.RepresentativeName}",
            ]);
    }

    private static BasicPolicyDocument English(BasicPolicyInput input)
    {
        var scope = input.Scope == PolicyScope.AllBusiness
            ? "This policy applies to all of our business and to all the information assets it involves."
            : $"This policy applies to the following part of our business and the information assets it involves: {input.ScopeDetail}.";
        var review = input.ReviewCycle switch
        {
            ReviewCycle.HalfYearly => "at least every six months",
            ReviewCycle.Quarterly => "at least every quarter",
            _ => "at least once a year",
        };
        var training = input.Training switch
        {
            TrainingSchedule.Yearly => "To support this, we provide training for everyone at least once a year.",
            TrainingSchedule.HalfYearly => "To support this, we provide training for everyone at least every six months.",
            _ => "To support this, we provide training when people join us and at least once a year after that.",
        };
        List<string> compliance =
        [
            "We observe the laws, regulations and public guidelines that concern information security, and keep the promises made in our contracts with customers and business partners.",
        ];
        if (input.IncludePartners)
        {
            compliance.Add("We also ask our contractors and business partners to handle information in line with this policy.");
        }

        return new BasicPolicyDocument(
            "en",
            "Information Security Basic Policy",
            $"At {input.OrganisationName}, we believe that the trust of our customers, business partners and community is the foundation of our business. "
                + "To protect the information entrusted to us and the information we create from accidents, disasters, crime and other threats, we set out this basic policy and commit to it together. "
                + scope,
            [
                new(1, "Management's responsibility", [
                    "Our management treats information security as a key business issue and leads the effort in person.",
                    $"We review how our measures are working, and this policy itself, {review}, and keep improving them.",
                ]),
                new(2, "Internal organisation and rules", [
                    $"Our {input.ResponsibleTitle} is responsible for information security, driving the measures and checking that they are followed.",
                    "We write the measures everyone must follow into internal rules and keep those rules where everyone can consult them at any time.",
                ]),
                new(3, "Employees' efforts", [
                    "Everyone who works for us gains the security knowledge and skills their work calls for and puts them into practice every day.",
                    training,
                ]),
                new(4, "Compliance with laws and contracts", compliance),
                new(5, "Handling violations and incidents", [
                    $"Anyone who notices or suspects a breach of this policy or of our rules, or a security incident, reports it to our {input.ResponsibleTitle} at once, and we respond properly to keep the harm as small as possible.",
                    "We then find the cause, take steps to stop it happening again and, where needed, explain what happened to customers and others concerned.",
                ]),
            ],
            [
                "Established " + input.EstablishedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                input.OrganisationName,
                $"{input.RepresentativeTitle} {input.RepresentativeName}",
            ]);
    }
}
