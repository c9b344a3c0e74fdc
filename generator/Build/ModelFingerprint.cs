using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Build;

/// <summary>
/// A digest of a page model as templates see it: every public property, recursively, lists in order. Page models are
/// built anew on every step of a preview session, and records holding lists do not compare by value, so the session
/// compares these digests to tell which pages must be rendered again. Markdown counts only as whether it is empty:
/// its HTML reaches a page through the <c>markdown</c> function, which records what each page used
/// (<see cref="Markdown.MarkdownCatalog.TakeUsed"/>). An object many pages share (a subproject on every list) is
/// digested once per instance of this class, and a content model object or a page model once per preview session
/// (<paramref name="known"/>). Not thread-safe: one per thread. The digest is XxHash128, fast for the many small
/// objects of a model; nothing here is a secret or an attacker's choice that a collision would serve.
/// </summary>
/// <param name="known">Digests of content model objects kept between steps of a preview session; null outside one.</param>
/// <param name="track">Whether to list the files of the content records reached (<see cref="Files"/>).</param>
public sealed class ModelFingerprint(KnownDigests? known = null, bool track = false)
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private readonly Dictionary<object, UInt128> _done = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string>? _files = track ? new(StringComparer.Ordinal) : null;
    private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);
    private readonly List<ArrayBufferWriter<byte>> _buffers = [];

    /// <summary>With <c>track</c>: the <c>SourcePath</c> of every content record reached so far, the files the digests depend on.</summary>
    public IReadOnlySet<string> Files => _files ?? [];

    public UInt128 Of(object? value)
    {
        var buffer = Buffer(0);
        Write(buffer, value, 0);
        return Digest(buffer.WrittenSpan);
    }

    /// <summary>The digest of raw bytes, for files whose content a session compares.</summary>
    public static UInt128 Digest(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    private ArrayBufferWriter<byte> Buffer(int depth)
    {
        while (_buffers.Count <= depth)
        {
            _buffers.Add(new ArrayBufferWriter<byte>());
        }

        _buffers[depth].ResetWrittenCount();
        return _buffers[depth];
    }

    private void Write(ArrayBufferWriter<byte> buffer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                Tag(buffer, 0);
                break;
            case string text:
                Tag(buffer, 1);
                Int(buffer, text.Length);
                buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case MarkdownText markdown:
                Tag(buffer, 2);
                Int(buffer, markdown.IsEmpty ? 1 : 0);
                break;
            case Enum e:
                Tag(buffer, 3);
                Write(buffer, e.GetType().FullName, depth);
                Long(buffer, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case bool b:
                Tag(buffer, 4);
                Int(buffer, b ? 1 : 0);
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte or char:
                Tag(buffer, 5);
                Long(buffer, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case decimal or double or float or DateOnly or DateTime or DateTimeOffset or TimeSpan or Guid or UInt128:
                Tag(buffer, 6);
                Write(buffer, value.GetType().Name + ":" + Invariant(value), depth);
                break;
            case IEnumerable when IsDefaultArray(value):
                Tag(buffer, 7);
                break;
            case IEnumerable items:
                Tag(buffer, 8);
                foreach (var item in items)
                {
                    Write(buffer, item, depth);
                }

                Tag(buffer, 9);
                break;
            case ValueType:
                Tag(buffer, 10);
                Members(buffer, value, depth);
                break;
            default:
                Tag(buffer, 11);
                Span<byte> digest = stackalloc byte[16];
                BinaryPrimitives.WriteUInt128LittleEndian(digest, ObjectDigest(value, depth + 1));
                buffer.Write(digest);
                break;
        }
    }

    /// <summary>A reference object once per instance; a reference back to an object being digested counts as a mark, not a loop.</summary>
    private UInt128 ObjectDigest(object value, int depth)
    {
        // A content object's digest the session keeps is looked up there alone: looking in both tables was a tenth of
        // the digesting of a step's list pages.
        var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
        // A page model a session keeps (a section's list pages) is one too; one that lists the files reached is walked.
        var lasting = shape.OfContentModel || shape.IsPageModel && _files is null ? known : null;
        if (lasting is not null && lasting.TryGet(value, out var digest) || _done.TryGetValue(value, out digest))
        {
            Track(value, shape);
            return digest;
        }

        Track(value, shape);
        if (!_open.Add(value))
        {
            return UInt128.MaxValue;
        }

        var buffer = Buffer(depth);
        Members(buffer, value, shape, depth);
        digest = Digest(buffer.WrittenSpan);
        _open.Remove(value);
        if (lasting is null)
        {
            _done[value] = digest;
        }
        else
        {
            lasting.Add(value, digest);
        }

        return digest;
    }

    private void Track(object value, Shape shape)
    {
        if (_files is not null && shape.SourcePath?.GetValue(value) is string file)
        {
            _files.Add(file);
        }
    }

    private void Members(ArrayBufferWriter<byte> buffer, object value, int depth) =>
        Members(buffer, value, Shapes.GetOrAdd(value.GetType(), Shape.Of), depth);

    private void Members(ArrayBufferWriter<byte> buffer, object value, Shape shape, int depth)
    {
        buffer.Write(shape.Name);
        foreach (var property in shape.Properties)
        {
            object? member;
            try
            {
                member = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                member = typeof(TargetInvocationException); // a template reading it fails too, so "throws" is a value like any other
            }

            Write(buffer, member, depth);
        }
    }

    private static string Invariant(object value) => value switch
    {
        DateOnly date => date.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        float number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>An <see cref="ImmutableArray{T}"/> never assigned: enumerating it throws, and templates see it as nothing.</summary>
    private static bool IsDefaultArray(object value) =>
        value.GetType() is { IsValueType: true, IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
        && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    /// <summary>
    /// A type's name and the properties templates can read, found once per type; a content record's <c>SourcePath</c>
    /// names its file. The content model's classes (but the whole site's, made anew on every step) and the page models are immutable trees.
    /// </summary>
    private sealed record Shape(byte[] Name, PropertyInfo[] Properties, PropertyInfo? SourcePath, bool OfContentModel, bool IsPageModel)
    {
        public static Shape Of(Type type)
        {
            PropertyInfo[] properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null).OrderBy(p => p.Name, StringComparer.Ordinal)];
            var sourcePath = properties.FirstOrDefault(p => p.Name == nameof(Subproject.SourcePath) && p.PropertyType == typeof(string));
            return new(Encoding.UTF8.GetBytes(type.FullName ?? type.Name), properties, sourcePath,
                type is { IsValueType: false, Namespace: var space } && space == typeof(SiteModel).Namespace && type != typeof(SiteModel),
                type.IsAssignableTo(typeof(Shaping.PageModel)));
        }
    }

    private static void Tag(ArrayBufferWriter<byte> buffer, byte tag) => buffer.Write([tag]);

    private static void Int(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void Long(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }
}
