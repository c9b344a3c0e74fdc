using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Build;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary><c>serve</c>: build with drafts into a folder of its own, serve it on 127.0.0.1 and rebuild on every save until Ctrl-C.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static readonly IReadOnlySet<string> ValueOptions =
        BuildOptionsReader.ValueOptions.Where(o => o != "--output").Append("--port").ToHashSet();

    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(arguments, stdout, stderr, stop.Token);

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>The command itself, stoppable by a token so that tests can run it.</summary>
    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        arguments.RequireNoPositional();
        var port = ReadPort(arguments.Value("--port"));
        var options = BuildOptionsReader.Read(arguments, includeDrafts: true, baseUrl: $"http://127.0.0.1:{port}");
        DevServer server;
        try
        {
            server = DevServer.Start(options, port, result => Report(result, stdout, stderr), stderr);
        }
        catch (HttpListenerException e)
        {
            throw new UsageException(
                $"Cannot serve on http://127.0.0.1:{port}/: {e.Message}. Is another server using port {port}? Choose another with --port N.");
        }

        return Serve(server, stdout, stop).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(DevServer server, TextWriter stdout, CancellationToken stop)
    {
        await using (server)
        {
            stdout.WriteLine($"Serving {server.Address} (drafts and future items shown); rebuilding when content/ or templates/ change. Press Ctrl-C to stop.");
            await server.RunAsync(stop);
        }

        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static int ReadPort(string? text) =>
        text is null ? DefaultPort
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 ? port
        : throw new UsageException($"--port must be a number from 1 to 65535, not '{text}'.");

    private static void Report(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        BuildCommand.Report(result.Diagnostics, stderr);
        var milliseconds = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            stdout.WriteLine($"Rendered {result.PagesRendered} of {result.PagesWritten} pages in {milliseconds} ms ({BuildCommand.Timings(result)}); open pages reload.");
        }
        else
        {
            stderr.WriteLine($"{result.Diagnostics.Count(d => d.IsError)} error(s); still serving the last good version, with the errors shown on every page.");
        }
    }
}
