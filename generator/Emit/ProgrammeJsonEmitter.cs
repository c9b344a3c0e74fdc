using System.Collections.Immutable;
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
        TypeInfoResolver = ProgrammeJsonContext.Default.WithAddedModifier(RemoveInternal),
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = Options.Encoder, SkipValidation = true };

    /// <summary>Written as UTF-8 straight away: at 10,000 subprojects the file is 70 MB, and going through a string and then bytes held several copies of it at once.</summary>
    public static SiteFile Emit(SiteModel site)
    {
        using var json = new FileBytes();
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("programme");
            JsonSerializer.Serialize(writer, site.Programme, Options);
            void Records<T>(string name, ImmutableArray<T> records)
                where T : notnull
            {
                writer.WriteStartArray(name);
                foreach (var item in records)
                {
                    JsonSerializer.Serialize(writer, item, Options);
                }

                writer.WriteEndArray();
            }

            Records("subprojects", site.Subprojects);
            Records("updates", site.Updates);
            Records("messages", site.Messages);
            Records("risks", site.Risks);
            writer.WriteEndObject();
        }

        json.Append('\n');
        return new SiteFile(Path, json.ToArray());
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

/// <summary>
/// What the serialiser knows of the model's records, generated at compile time (and so compiled ahead of time with the
/// rest): found by reflection, it was made again, and its code emitted and compiled, by every run.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Programme))]
[JsonSerializable(typeof(Subproject))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Risk))]
internal sealed partial class ProgrammeJsonContext : JsonSerializerContext;
