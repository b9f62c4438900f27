using Anshin.Core.Security;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>
/// The diagnosis in progress for this browser: found by the random token in the <c>anshin.selfcheck</c> cookie (which
/// outlives the session), or for a signed-in organisation by its newest draft, so answers survive going back, a
/// closed browser and an expired session alike. Answers are saved on every page.
/// </summary>
public sealed class SelfCheckDrafts(AnshinDbContext db, IHttpContextAccessor http, TimeProvider clock, IOptions<SelfCheckOptions> options)
{
    public const string CookieName = "anshin.selfcheck";
    public const char Unanswered = '-';

    public async Task<SelfCheckDraft?> FindAsync(Organisation? organisation, CancellationToken ct)
    {
        if (http.HttpContext!.Request.Cookies[CookieName] is { Length: SecretToken.Length } token)
        {
            var hash = SecretToken.Hash(token);
            var draft = await db.Set<SelfCheckDraft>().SingleOrDefaultAsync(d => d.TokenHash == hash, ct);
            if (draft is not null && draft.QuestionSetVersion == SelfCheckQuestionSets.Current.Version)
            {
                return draft;
            }
        }

        if (organisation is not null)
        {
            var draft = await db.Set<SelfCheckDraft>().Where(d => d.OrganisationId == organisation.Id)
                .OrderByDescending(d => d.UpdatedAt).FirstOrDefaultAsync(ct);
            if (draft is not null && draft.QuestionSetVersion == SelfCheckQuestionSets.Current.Version)
            {
                SetCookie(NewTokenFor(draft));
                await db.SaveChangesAsync(ct);
                return draft;
            }
        }

        return null;
    }

    /// <summary>A new draft, prefilled with the organisation's industry and size when it has them.</summary>
    public async Task<SelfCheckDraft> StartAsync(Organisation? organisation, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<SelfCheckDraft>().Where(d => d.UpdatedAt < now - options.Value.DraftLifetime).ExecuteDeleteAsync(ct);
        var draft = new SelfCheckDraft
        {
            OrganisationId = organisation?.Id,
            QuestionSetVersion = SelfCheckQuestionSets.Current.Version,
            Answers = new string(Unanswered, SelfCheckQuestionSets.Current.Questions.Count),
            Industry = organisation?.Industry,
            SizeBand = organisation?.SizeBand,
            CreatedAt = now,
            UpdatedAt = now,
        };
        SetCookie(NewTokenFor(draft));
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public static SelfCheckAnswer? AnswerOf(SelfCheckDraft draft, int question)
    {
        var letter = draft.Answers[question - 1];
        return Decode(letter);
    }

    /// <summary>Stores the given answers (question number → answer); others stay as they were.</summary>
    public async Task SaveAsync(SelfCheckDraft draft, IReadOnlyDictionary<int, SelfCheckAnswer> answers, CancellationToken ct)
    {
        var letters = draft.Answers.ToCharArray();
        foreach (var (question, answer) in answers)
        {
            letters[question - 1] = Letter(answer);
        }

        draft.Answers = new string(letters);
        draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>All answers, or null while any is missing.</summary>
    public static IReadOnlyList<SelfCheckAnswer>? Complete(SelfCheckDraft draft) =>
        SelfCheckAnswers.TryDecode(draft.Answers, out var answers) ? answers : null;

    public async Task DiscardAsync(SelfCheckDraft draft, CancellationToken ct)
    {
        db.Remove(draft);
        await db.SaveChangesAsync(ct);
        http.HttpContext!.Response.Cookies.Delete(CookieName);
    }

    // The letters of SelfCheckAnswers' stored form, one answer at a time.
    private static char Letter(SelfCheckAnswer answer) => answer switch
    {
        SelfCheckAnswer.Done => 'd',
        SelfCheckAnswer.Partly => 'p',
        SelfCheckAnswer.NotDone => 'n',
        _ => 'u',
    };

    private static SelfCheckAnswer? Decode(char letter) => letter switch
    {
        'd' => SelfCheckAnswer.Done,
        'p' => SelfCheckAnswer.Partly,
        'n' => SelfCheckAnswer.NotDone,
        'u' => SelfCheckAnswer.Unknown,
        _ => null,
    };

    private static string NewTokenFor(SelfCheckDraft draft)
    {
        var token = SecretToken.New();
        draft.TokenHash = SecretToken.Hash(token);
        return token;
    }

    private void SetCookie(string token) =>
        http.HttpContext!.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.HttpContext.Request.IsHttps,
            Expires = clock.GetUtcNow() + options.Value.DraftLifetime,
        });
}
