using System.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>What a consultation's search text is made of: its answers, contact, tags and the whole thread.</summary>
public sealed class CaseDocument(AnshinDbContext db, ICaseSearch search)
{
    public static string Compose(Consultation c, IEnumerable<string> threadBodies, IEnumerable<string> tags)
    {
        var text = new StringBuilder();
        foreach (var part in new[]
                 {
                     c.ReceiptNumber, c.Subject, c.OperatingSystem, c.SecuritySoftware, c.CloudServices, c.WhatHappened,
                     c.WhySuspected, c.OtherDesksAsked, c.NavigatorSymptom, c.ConsulterName, c.ConsulterEmail,
                     c.ConsulterPhone, c.ConsulterPhoneDigits,
                 }.Concat(tags).Concat(threadBodies))
        {
            if (!string.IsNullOrEmpty(part))
            {
                text.Append(part).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Re-indexes a case from what is saved now (call after SaveChanges, inside the same transaction).</summary>
    public async Task RefreshAsync(long consultationId, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Tags).SingleAsync(x => x.Id == consultationId, ct);
        var bodies = await db.Set<ConsultationMessage>().AsNoTracking()
            .Where(m => m.ConsultationId == consultationId)
            .OrderBy(m => m.Id)
            .Select(m => m.Subject + "\n" + m.Body)
            .ToListAsync(ct);
        await search.IndexAsync(consultationId, Compose(c, bodies, c.Tags.Select(t => t.Name)), ct);
    }
}
