using System.Text.RegularExpressions;
using Aggregator.Functions.Hosting;
using Cronos;

namespace Aggregator.Functions.Scheduling;

/// <summary>
/// The ingestion schedule: the six-field NCRONTAB expression of ScheduledIngest/function.json, with
/// %SETTING% placeholders resolved from configuration the way the Functions host resolves them.
/// Times are UTC, as on Azure unless WEBSITE_TIME_ZONE says otherwise.
/// </summary>
public sealed partial class IngestSchedule
{
    public const string FunctionName = "ScheduledIngest";
    public const string Setting = "INGEST_SCHEDULE";
    /// <summary>Every 6 hours, on the hour (second minute hour day month day-of-week).</summary>
    public const string DefaultExpression = "0 0 */6 * * *";

    private readonly CronExpression _cron;

    private IngestSchedule(string expression, string origin)
    {
        Expression = expression;
        Origin = origin;
        try
        {
            _cron = CronExpression.Parse(expression, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new InvalidOperationException(
                $"The ingestion schedule '{expression}' ({origin}) is not a six-field NCRONTAB expression (second minute hour day month day-of-week): {e.Message}", e);
        }
    }

    public string Expression { get; }

    /// <summary>Where the expression came from, for logs.</summary>
    public string Origin { get; }

    public DateTimeOffset? NextAfter(DateTimeOffset instant) =>
        _cron.GetNextOccurrence(instant.ToUniversalTime(), TimeZoneInfo.Utc);

    /// <summary>Reads the timer trigger's schedule from the function folder under <paramref name="appRoot"/>.</summary>
    public static IngestSchedule Load(string appRoot, IConfiguration configuration)
    {
        var trigger = FunctionManifest.Load(appRoot, FunctionName).Trigger;
        if (trigger.Type != "timerTrigger" || string.IsNullOrWhiteSpace(trigger.Schedule))
            throw new InvalidDataException($"{FunctionName}/{FunctionManifest.FileName} must hold a timerTrigger with a schedule.");
        return Resolve(trigger.Schedule, configuration);
    }

    /// <summary>Resolves %NAME% from configuration; an unset INGEST_SCHEDULE falls back to the default.</summary>
    public static IngestSchedule Resolve(string schedule, IConfiguration configuration)
    {
        var match = PlaceholderPattern().Match(schedule.Trim());
        if (!match.Success)
            return new IngestSchedule(schedule.Trim(), $"{FunctionName}/{FunctionManifest.FileName}");

        var name = match.Groups[1].Value;
        var value = configuration[name];
        if (!string.IsNullOrWhiteSpace(value))
            return new IngestSchedule(value.Trim(), $"setting {name}");
        if (name == Setting)
            return new IngestSchedule(DefaultExpression, $"default; {name} is not set");
        throw new InvalidOperationException($"The schedule of {FunctionName} names the setting {name}, which is not set.");
    }

    [GeneratedRegex(@"^%([A-Za-z0-9_:.\-]+)%$")]
    private static partial Regex PlaceholderPattern();
}
