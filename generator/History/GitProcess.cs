using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SiteGen.History;

/// <summary>What one git call gave back.</summary>
public sealed record GitOutput(int ExitCode, byte[] Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    public string Text => Encoding.UTF8.GetString(Stdout);
}

/// <summary>
/// Runs <c>git</c> from the PATH with an argument list (never through a shell), so it works the same on Windows,
/// macOS and Linux. Output is read as bytes: file contents and NUL-separated listings pass through unchanged.
/// </summary>
public static class GitProcess
{
    /// <summary>Null when git is not installed.</summary>
    public static GitOutput? Run(string workingDirectory, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        // Paths and messages exactly as stored, whatever the user's git configuration says.
        foreach (var argument in (string[])["-c", "core.quotepath=off", "-c", "log.showSignature=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            // Write, read and drain stderr at once: a large batch would otherwise fill a pipe and stall both sides.
            var writing = input is null ? Task.CompletedTask : Task.Run(() =>
            {
                try
                {
                    using var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
                    stdin.Write(input);
                }
                catch (IOException)
                {
                    // git stopped reading (it failed); its exit code and stderr say why.
                }
            });
            var errors = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(stdout);
            writing.GetAwaiter().GetResult();
            process.WaitForExit();
            return new GitOutput(process.ExitCode, stdout.ToArray(), errors.GetAwaiter().GetResult());
        }
    }
}
