using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aggregator.Core.Records;

/// <summary>
/// A date at the precision the source gave: a year, a month, a day, or an instant with its offset.
/// Feeds need a full instant; <see cref="ToInstant"/> gives the earliest instant the value allows.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }
    public DateTimeOffset? Instant { get; }

    private PartialDate(int year, int? month, int? day, DateTimeOffset? instant)
    {
        Year = year; Month = month; Day = day; Instant = instant;
    }

    public static PartialDate OfYear(int year) => new(Check(year), null, null, null);
    public static PartialDate OfMonth(int year, int month) =>
        month is >= 1 and <= 12 ? new(Check(year), month, null, null) : throw new ArgumentOutOfRangeException(nameof(month));
    public static PartialDate OfDay(int year, int month, int day) =>
        new(new DateOnly(Check(year), month, day).Year, month, day, null);
    public static PartialDate OfInstant(DateTimeOffset instant) =>
        new(instant.Year, instant.Month, instant.Day, instant);

    private static int Check(int year) => year is >= 1000 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year));

    public DateTimeOffset ToInstant() =>
        Instant ?? new DateTimeOffset(Year, Month ?? 1, Day ?? 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>ISO 8601 at the known precision: "2021", "2021-02", "2019-05-03", "2017-05-26T00:14:56+05:30".</summary>
    public override string ToString()
    {
        if (Instant is { } i)
            return i.Offset == TimeSpan.Zero
                ? i.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : i.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        if (Day is { } d) return $"{Year:D4}-{Month:D2}-{d:D2}";
        if (Month is { } m) return $"{Year:D4}-{m:D2}";
        return Year.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses the ISO forms <see cref="ToString"/> writes (and any RFC 3339 instant).</summary>
    public static bool TryParseIso(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var y) && y >= 1000)
        { value = OfYear(y); return true; }
        if (DateOnly.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out var ym))
        { value = OfMonth(ym.Year, ym.Month); return true; }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var ymd))
        { value = OfDay(ymd.Year, ymd.Month, ymd.Day); return true; }
        // An instant is a full date, "T" and a time; other text with a "T" in it ("SEPTEMBER 2025") is not ISO.
        if (text.Length > 11 && text[10] is 'T' or 't' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out _)
            && DateTimeOffset.TryParse(text, inv, DateTimeStyles.AssumeUniversal, out var dto))
        { value = OfInstant(dto); return true; }
        return false;
    }
}

public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParseIso(reader.GetString(), out var d) ? d : throw new JsonException($"Not an ISO 8601 date: '{reader.GetString()}'");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
