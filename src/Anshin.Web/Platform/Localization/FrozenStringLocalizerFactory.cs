using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Localization;

/// <summary>
/// Reads each compiled .resx once per culture into a frozen dictionary. The framework's localizer asks
/// <see cref="ResourceManager"/> on every lookup, which takes a lock; a page makes dozens of lookups, so under
/// load that lock was a measurable share of each request (see docs/benchmarks.md).
/// </summary>
internal sealed class FrozenStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<string, FrozenStringLocalizer> localizers = new(StringComparer.Ordinal);

    public IStringLocalizer Create(Type resourceSource) =>
        Create(RelativeName(resourceSource), resourceSource.Assembly);

    /// <summary>The form view localizers use: a base name such as <c>Anshin.Web.Pages.Index</c> in an assembly.</summary>
    public IStringLocalizer Create(string baseName, string location)
    {
        var prefix = location + ".";
        var relative = baseName.StartsWith(prefix, StringComparison.Ordinal) ? baseName[prefix.Length..] : baseName;
        return Create(relative, Assembly.Load(new AssemblyName(location)));
    }

    private FrozenStringLocalizer Create(string relativeName, Assembly assembly)
    {
        var resources = $"{assembly.GetName().Name}.Resources.{relativeName}";
        return localizers.GetOrAdd(resources, name => new FrozenStringLocalizer(new ResourceManager(name, assembly)));
    }

    private static string RelativeName(Type type)
    {
        var root = type.Assembly.GetName().Name + ".";
        var name = type.FullName ?? type.Name;
        return name.StartsWith(root, StringComparison.Ordinal) ? name[root.Length..] : name;
    }
}

internal sealed class FrozenStringLocalizer(ResourceManager resources) : IStringLocalizer
{
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> tables = new(StringComparer.Ordinal);

    public LocalizedString this[string name]
    {
        get
        {
            var value = Lookup(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var value = Lookup(name, CultureInfo.CurrentUICulture);
            var text = string.Format(CultureInfo.CurrentCulture, value ?? name, arguments);
            return new LocalizedString(name, text, resourceNotFound: value is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table(CultureInfo.CurrentUICulture).Select(p => new LocalizedString(p.Key, p.Value));

    private string? Lookup(string name, CultureInfo culture) =>
        Table(culture).TryGetValue(name, out var value) ? value : null;

    /// <summary>All strings visible in a culture (ja-JP sees ja, then the neutral file), merged once.</summary>
    private FrozenDictionary<string, string> Table(CultureInfo culture) =>
        tables.GetOrAdd(culture.Name, _ =>
        {
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = culture; ; c = c.Parent)
            {
                if (ResourceSet(c) is { } set)
                {
                    foreach (DictionaryEntry entry in set)
                    {
                        if (entry.Key is string key && entry.Value is string value)
                        {
                            merged.TryAdd(key, value);
                        }
                    }
                }

                if (c.Equals(CultureInfo.InvariantCulture))
                {
                    break;
                }
            }

            return merged.ToFrozenDictionary(StringComparer.Ordinal);
        });

    private ResourceSet? ResourceSet(CultureInfo culture)
    {
        try
        {
            return resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null; // there is no neutral-culture file: every string lives in ja and en
        }
    }
}
