using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// <c>POST /api/mail/inbound</c>: the mailgate delivers one raw RFC 5322 message per request, authenticated with an
/// API client token that has the <c>mail.inbound</c> scope. 200 means stored (as a case, a thread entry, a bounce or
/// a duplicate of one already stored); anything else makes the mailgate exit with EX_TEMPFAIL so Postfix retries.
/// </summary>
public static class InboundMailApi
{
    public const string Policy = "Mail.Inbound";

    public static void MapInboundMailApi(this WebApplication app) =>
        app.MapPost("/api/mail/inbound", ReceiveAsync)
            .RequireAuthorization(Policy)
            .WithName("ReceiveMail")
            .WithTags("Mail")
            .WithSummary("Deliver one inbound e-mail (for the mailgate)")
            .WithDescription("The body is the raw message (message/rfc822). Requires a bearer token with the mail.inbound scope. " +
                "Answers 200 with what became of the message; a message whose Message-ID was already stored is answered 200 " +
                "with duplicate=true and changes nothing.")
            .Accepts<byte[]>("message/rfc822")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

    private static async Task<Results<Ok<InboundMailReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, MailIntake intake, IOptions<InboundMailOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxMessageBytes;
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        if (request.ContentLength > max)
        {
            return TooLarge(max);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return TooLarge(max);
            }
        }

        if (buffer.Length == 0)
        {
            return TypedResults.Problem(title: "Empty message", detail: "The request body must be the raw message.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await intake.ReceiveAsync(buffer.ToArray(), ct);
        return TypedResults.Ok(new InboundMailReceipt(result.InboundMailId, result.Outcome.ToString(), result.ConsultationId, result.Duplicate));
    }

    private static ProblemHttpResult TooLarge(long max) => TypedResults.Problem(
        title: "Message too large",
        detail: $"Messages up to {max} bytes are accepted (Mail:Inbound:MaxMessageBytes).",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    public static Microsoft.AspNetCore.Authorization.AuthorizationBuilder AddInboundMailPolicy(
        this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
            .RequireClaim(ApiTokenAuthenticationHandler.ScopeClaim, ApiScopes.MailInbound));
}

/// <summary>What the intake did with a delivered message.</summary>
public sealed record InboundMailReceipt(long InboundMailId, string Outcome, long? ConsultationId, bool Duplicate);
