using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Anshin.BrowserTests.Infrastructure;

/// <summary>
/// The app as an operator starts it: a real process on a free loopback port with a fresh, empty data folder, so it
/// migrates, seeds the demo content and prints the first administrator's one-time password.
/// </summary>
/// <remarks>
/// With <c>ANSHIN_APP_DIR</c> set (test.sh publishes the app there) that build runs; otherwise the build of
/// <c>src/Anshin.Web</c> in the same configuration as this test assembly. Both run in Production, as deployed.
/// </remarks>
public sealed partial class AppProcess : IAsyncLifetime
{
    public const string AdminUserName = "admin";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> running = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? dataDirectory;
    private Process? process;
    private string? oneTimePassword;
    private Uri? baseUrl;

    public Uri BaseUrl => baseUrl ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>The password printed once on first start; valid until the administrator changes it.</summary>
    public string OneTimePassword => oneTimePassword ?? throw new InvalidOperationException("The app printed no one-time password.");

    /// <summary>Everything the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The app's SQLite file, for reading what it wrote (an e-mail's link) the way an inbox would show it.</summary>
    public string DatabaseFile => Path.Combine(dataDirectory ?? throw new InvalidOperationException("The app has not started."), "anshin.db");

    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort();
        var app = LocateApp();
        dataDirectory = Directory.CreateTempSubdirectory("anshin-browser-").FullName;
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = app.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(app.Dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Database__DataDirectory"] = dataDirectory;
        start.Environment["RateLimits__SignInPerWindow"] = "100";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => running.TrySetException(new InvalidOperationException("The app exited before it was running."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            baseUrl = await running.Task.WaitAsync(StartTimeout);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            var exit = "";
            if (process.HasExited)
            {
                // Drains the redirected streams, so the message shows the app's last words.
                await process.WaitForExitAsync();
                exit = $", exit code {process.ExitCode}";
            }

            var message = $"{ex.Message} ({app.Dll}{exit}, timeout {StartTimeout.TotalSeconds} s)\n--- output ---\n{Output}";
            await DisposeAsync();
            throw new InvalidOperationException(message, ex);
        }

        if (oneTimePassword is null)
        {
            var message = $"The app started without printing a one-time password.\n--- output ---\n{Output}";
            await DisposeAsync();
            throw new InvalidOperationException(message);
        }
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
            process.Dispose();
            process = null;
        }

        DeleteDataDirectory();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (OneTimePasswordLine().Match(line) is { Success: true } password)
        {
            oneTimePassword = password.Groups[1].Value;
        }
        else if (RunningLine().Match(line) is { Success: true } url)
        {
            running.TrySetResult(new Uri(url.Groups[1].Value));
        }
    }

    private void DeleteDataDirectory()
    {
        if (dataDirectory is null)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // SQLite's files may still be closing right after the kill.
                Thread.Sleep(200);
            }
        }
    }

    private static (string Dll, string WorkingDirectory) LocateApp()
    {
        var published = Environment.GetEnvironmentVariable("ANSHIN_APP_DIR");
        if (!string.IsNullOrEmpty(published))
        {
            var directory = Path.GetFullPath(published);
            return (RequireFile(Path.Combine(directory, "Anshin.Web.dll")), directory);
        }

        // This assembly runs from tests/Anshin.BrowserTests/bin/<Configuration>/<TargetFramework>/.
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = output.Parent?.Name ?? throw new InvalidOperationException($"Unexpected output folder {output}.");
        var web = Path.Combine(RepositoryRoot(), "src", "Anshin.Web");
        var dll = Path.Combine(web, "bin", configuration, output.Name, "Anshin.Web.dll");
        return (RequireFile(dll), web);
    }

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"The app is not built: {path} is missing.", path);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Anshin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Anshin.slnx above {AppContext.BaseDirectory}; set ANSHIN_APP_DIR to a published app.");
    }

    // dotnet test sets DOTNET_HOST_PATH to the host it runs on; the app should run on the same one.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"one-time password / 初回パスワード : (\S+)\s*$")]
    private static partial Regex OneTimePasswordLine();

    [GeneratedRegex(@"Anshin is running at (http://\S+)")]
    private static partial Regex RunningLine();
}
