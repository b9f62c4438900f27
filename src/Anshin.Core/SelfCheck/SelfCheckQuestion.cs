namespace Anshin.Core.SelfCheck;

/// <summary>One question of the diagnosis with the explanation shown beside the result.</summary>
/// <param name="Number">1–25, the position in the compact answer form.</param>
/// <param name="Part">The number of the <see cref="SelfCheckPart"/> it belongs to.</param>
/// <param name="Text">The question, phrased so that 実施している / 一部実施している / 実施していない / わからない fit as answers.</param>
/// <param name="Why">Why the measure matters.</param>
/// <param name="DoneLooksLike">What "done" means in practice.</param>
/// <param name="NextSteps">Concrete first actions for a firm that is not there yet.</param>
/// <param name="ArticleSlug">The learning article (Knowledge seed sme-learning.json) that explains the topic.</param>
public sealed record SelfCheckQuestion(
    int Number,
    int Part,
    LocalText Text,
    LocalText Why,
    LocalText DoneLooksLike,
    IReadOnlyList<LocalText> NextSteps,
    string ArticleSlug);
