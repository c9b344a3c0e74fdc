using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>The whole programme as one JSON file of open data, in the content's own keys and values.</summary>
public static class ProgrammeJsonEmitter
{
    public const string Path = "data/programme.json";

    private static readonly string[] Internal = ["source_path", "draft", "as_of"];

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new EnumKeyConverter(), new PartialDateConverter(), new MarkdownTextConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => RemoveInternal(info) },
        },
    };

    /// <summary>
    /// Written as UTF-8 straight away: at 10,000 subprojects the file is 70 MB, and going through a string and then
    /// bytes held several copies of it at once. Each subproject, update and message is written by
    /// <paramref name="record"/> (default <see cref="Record"/>), so a preview session can keep the JSON of records whose
    /// file did not change.
    /// </summary>
    public static SiteFile Emit(SiteModel site, Func<object, byte[]>? record = null)
    {
        record ??= Record;
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Options.Encoder, SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("programme");
            JsonSerializer.Serialize(writer, site.Programme, Options);
            void Records<T>(string name, IEnumerable<T> records, Func<object, byte[]> write)
                where T : notnull
            {
                writer.WriteStartArray(name);
                foreach (var item in records)
                {
                    writer.WriteRawValue(write(item), skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            Records("subprojects", site.Subprojects, record);
            Records("updates", site.Updates, record);
            Records("messages", site.Messages, record);
            Records("risks", site.Risks, Record);
            writer.WriteEndObject();
        }

        json.WriteByte((byte)'\n');
        return new SiteFile(Path, json.ToArray());
    }

    /// <summary>One record as it stands in a list of the file: on a line of its own, indented for that depth (the JSON escapes every newline inside a value).</summary>
    public static byte[] Record(object record)
    {
        var json = JsonSerializer.Serialize(record, record.GetType(), Options);
        return System.Text.Encoding.UTF8.GetBytes(("\n" + json).Replace("\n", "\n    ", StringComparison.Ordinal));
    }

    private static void RemoveInternal(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => Internal.Contains(p.Name)).ToList())
        {
            info.Properties.Remove(property);
        }
    }

    private sealed class EnumKeyConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

        private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumKeys.KeyOf(value));
        }
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.Iso);
    }

    private sealed class MarkdownTextConverter : JsonConverter<MarkdownText>
    {
        public override MarkdownText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, MarkdownText value, JsonSerializerOptions options) => writer.WriteStringValue(value.Source);
    }
}
