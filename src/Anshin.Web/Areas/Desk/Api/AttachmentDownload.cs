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
    public static void MapAttachmentDownload(this WebApplication app) =>
        app.MapGet("/desk/attachments/{id:long}", DownloadAsync)
            .RequireAuthorization(DeskPolicies.Read)
            .ExcludeFromDescription();

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
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        http.Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(a.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(stream, a.ContentType);
    }
}
