using System.Runtime.CompilerServices;
using System.Text;

namespace Anshin.IntegrationTests.Infrastructure;

internal static class EncodingSetup
{
    [ModuleInitializer]
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
