using System.Xml.Linq;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Security;

/// <summary>Keeps the data-protection key ring in the database so that all instances decrypt each other's cookies.</summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
        return db.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id)
            .Select(k => k.Xml).ToList()
            .Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
