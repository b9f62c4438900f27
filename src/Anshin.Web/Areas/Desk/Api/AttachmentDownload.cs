using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Anshin.Web.Areas.Desk.Api;

/// <summary>
/// <c>GET /desk/attachments/{id}</c>: only desk staff, always as a download (<c>Content-Disposition: attachment</c>,
/// <c>nosniff</c>, a sandboxing CSP) so no file ever renders as a page of ours. Each download is audited.
/// </summary>
public static class AttachmentDownload
{
    public static void MapAttachmentDownload(this WebApplication app)
    {
        app.MapGet("/desk/attachments/{id:long}", DownloadAsync)
            .RequireAuthorization(DeskPolicies.Read)
            .ExcludeFromDescription();
        app.MapGet("/desk/mail/{id:long}/raw", RawMailAsync)
            .RequireAuthorization(DeskPolicies.Read)
            .ExcludeFromDescription();
    }

    /// <summary>The raw message as the mailgate delivered it, as a <c>.eml</c> download.</summary>
    private static async Task<IResult> RawMailAsync(long id, AnshinDbContext db, AttachmentStore store, AuditLog audit,
        HttpContext http, CancellationToken ct)
    {
        var mail = await db.Set<InboundMail>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        // Retention clears the key when it deletes the file.
        var stream = mail is null || mail.RawStorageKey.Length == 0 ? null : store.Open(mail.RawStorageKey);
        if (mail is null || stream is null)
        {
            return Results.NotFound();
        }

        await audit.WriteAsync(DeskAudit.RawMailDownloaded, $"mail:{id}", detail: mail.ConsultationId is { } c ? DeskAudit.Target(c) : null, ct: ct);
        return Download(http, stream, $"message-{id}.eml", "message/rfc822");
    }

    private static IResult Download(HttpContext http, Stream stream, string fileName, string contentType)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        http.Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(stream, contentType);
    }

    private static async Task<IResult> DownloadAsync(long id, AnshinDbContext db, AttachmentStore store, AuditLog audit,
        HttpContext http, CancellationToken ct)
    {
        var a = await db.Set<ConsultationAttachment>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.DeletedAt == null, ct);
        var stream = a is null ? null : store.Open(a.StorageKey);
        if (a is null || stream is null)
        {
            return Results.NotFound();
        }

        await audit.WriteAsync(DeskAudit.AttachmentDownloaded, DeskAudit.AttachmentTarget(id), detail: DeskAudit.Target(a.ConsultationId), ct: ct);
        return Download(http, stream, a.FileName, a.ContentType);
    }
}
