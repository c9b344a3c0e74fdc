using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SiteGen.History;

/// <summary>A file one commit changed: its name now (renames followed) and at that commit; Kind is git's letter (A, M, D, R).</summary>
public sealed record ContentChange(char Kind, string Path, string PathAtCommit);

/// <summary>One commit that changed content, as <c>git log</c> tells it.</summary>
public sealed record ContentCommit(string Id, DateTimeOffset Time, string Subject, ImmutableArray<ContentChange> Changes);

/// <summary>Reads the output of <see cref="GitRepository.Log"/>: commits newest first, each file under its current name.</summary>
public static class ContentLog
{
    // Record separator before each commit, unit separators between its fields; file lists follow NUL-separated.
    public const string Format = "%x1e%H%x1f%cI%x1f%s";

    public static IReadOnlyList<ContentCommit> Parse(byte[] log)
    {
        var commits = new List<ContentCommit>();
        var currentName = new Dictionary<string, string>(StringComparer.Ordinal);
        string Current(string path) => currentName.GetValueOrDefault(path, path);

        foreach (var record in Encoding.UTF8.GetString(log).Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\0');
            var header = fields[0].Split('\u001f');
            var changes = ImmutableArray.CreateBuilder<ContentChange>();
            for (var i = 1; i < fields.Length; i++)
            {
                var status = fields[i].Trim('\n');
                if (status.Length == 0)
                {
                    continue;
                }

                if (status[0] is 'R' or 'C' && i + 2 < fields.Length)
                {
                    var (from, to) = (fields[i + 1], fields[i + 2]);
                    var now = Current(to);
                    changes.Add(new ContentChange(status[0], now, to));
                    if (status[0] == 'R')
                    {
                        // Older commits name the file by its old name; they belong to the same page.
                        currentName[from] = now;
                    }

                    i += 2;
                }
                else if (i + 1 < fields.Length)
                {
                    changes.Add(new ContentChange(status[0], Current(fields[i + 1]), fields[i + 1]));
                    i += 1;
                }
            }

            commits.Add(new ContentCommit(header[0], DateTimeOffset.Parse(header[1], CultureInfo.InvariantCulture), header.Length > 2 ? header[2] : "", changes.ToImmutable()));
        }

        return commits;
    }
}
