using Anshin.Mailgate;

// Postfix runs this once per message with the message on standard input. Exit 0 only when the application has
// stored it; on any doubt exit 75 so that Postfix keeps the message queued and tries again later.
return await Gate.RunAsync(args, Console.OpenStandardInput(), Console.Error, CancellationToken.None);
