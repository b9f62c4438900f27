using System.Globalization;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>A 手口 whose latest 7 days stand out against the 8 weeks before (see <see cref="SpikeRule"/>).</summary>
public sealed record Spike(Method Method, DateOnly From, DateOnly To, SpikeVerdict Verdict, IReadOnlyList<int> Weeks);

/// <summary>Runs <see cref="SpikeRule"/> for every 手口 over the daily counts, for the 7 days ending on a given day.</summary>
public sealed class SpikeDetector(StatisticsReader reader, AnshinDbContext db)
{
    /// <summary>The spikes of the week ending on <paramref name="lastDay"/>, the strongest first.</summary>
    public async Task<IReadOnlyList<Spike>> DetectAsync(DateOnly lastDay, CancellationToken ct)
    {
        var first = lastDay.AddDays(-7 * (SpikeRule.BaselineWeeks + 1) + 1);
        var daily = await reader.DailyAsync(StatisticsDimension.Method, first, lastDay, ct);
        var methods = await db.Set<Method>().AsNoTracking().ToDictionaryAsync(m => m.Id.ToString(CultureInfo.InvariantCulture), ct);
        var spikes = new List<Spike>();
        foreach (var series in daily.Where(d => methods.ContainsKey(d.Key)).GroupBy(d => d.Key))
        {
            // Week 0 is the oldest baseline week, the last one the latest 7 days.
            var weeks = new int[SpikeRule.BaselineWeeks + 1];
            foreach (var day in series)
            {
                weeks[(day.Day.DayNumber - first.DayNumber) / 7] += day.Count;
            }

            var verdict = SpikeRule.Judge(weeks[^1], weeks[..^1]);
            if (verdict.IsSpike)
            {
                spikes.Add(new Spike(methods[series.Key], lastDay.AddDays(-6), lastDay, verdict, weeks));
            }
        }

        return [.. spikes.OrderBy(s => s.Verdict.TailProbability).ThenByDescending(s => s.Verdict.Current)];
    }

    /// <summary>A draft alert for a spike, in Japanese, for staff to complete in the article editor.</summary>
    public static (string Title, string Summary, string Body) AlertDraft(Spike spike)
    {
        ArgumentNullException.ThrowIfNull(spike);
        var c = CultureInfo.InvariantCulture;
        var name = spike.Method.NameJa;
        var ratio = spike.Verdict.Ratio.ToString("0.#", c);
        var title = $"{name}に関する相談が増えています";
        var summary = string.Create(c, $"{spike.From:M月d日}から{spike.To:M月d日}までの1週間に、{name}に関する相談が{spike.Verdict.Current}件寄せられました。それまでの8週間の平均の約{ratio}倍です。");
        var body = string.Join("\n\n",
            $"## {name}の相談が増えています",
            summary,
            "## どのような手口か",
            "相談に多く見られる画面の表示、電話やメッセージの文面、請求の内容を、個人が特定されない形で説明します。",
            "## 被害にあわないために",
            "- 表示された電話番号には電話をしない\n- 求められても、ギフトカードや電子マネーの番号を伝えない\n- 不安なときは、一人で判断せずに窓口へ相談する",
            "## すでに連絡してしまった、支払ってしまった場合",
            "[よくあるご相談](/navigator)から、状況に合った対処法を確認してください。解決しない場合は[相談窓口](/consult)へご相談ください。");
        return (title, summary, body);
    }
}
