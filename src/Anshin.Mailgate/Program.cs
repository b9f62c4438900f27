namespace Anshin.Mailgate;

internal static class Program
{
    // Postfix runs this once per message with the message on standard input. Exit 0 only when the application has
    // stored it; on any doubt exit 75 so that Postfix keeps the message queued and tries again later.
    private static int Main(string[] args) => Gate.Run(args, Console.OpenStandardInput(), Console.Error);
}
