using Aggregator.Functions.Hosting;
using Aggregator.Functions.Scheduling;
using Microsoft.Extensions.Configuration;

namespace Functions.Tests.Hosting;

public sealed class IngestScheduleTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void The_timer_function_json_names_the_setting_as_the_host_expects()
    {
        var trigger = FunctionManifest.Load(FunctionManifest.DefaultAppRoot, IngestSchedule.FunctionName).Trigger;
        Assert.Equal("timerTrigger", trigger.Type);
        Assert.Equal("%INGEST_SCHEDULE%", trigger.Schedule);
        Assert.False(trigger.RunOnStartup);
    }

    [Fact]
    public void The_standalone_schedule_comes_from_function_json_and_the_setting()
    {
        var schedule = IngestSchedule.Load(FunctionManifest.DefaultAppRoot, Config(("INGEST_SCHEDULE", "0 */15 * * * *")));
        Assert.Equal("0 */15 * * * *", schedule.Expression);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T10:15:00Z"), schedule.NextAfter(DateTimeOffset.Parse("2026-11-23T10:07:30Z")));
    }

    [Fact]
    public void Without_the_setting_the_schedule_is_every_six_hours()
    {
        var schedule = IngestSchedule.Load(FunctionManifest.DefaultAppRoot, Config());
        Assert.Equal(IngestSchedule.DefaultExpression, schedule.Expression);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T12:00:00Z"), schedule.NextAfter(DateTimeOffset.Parse("2026-11-23T06:00:00Z")));
        // Times are UTC: 19:59:59 at +02:00 is 17:59:59Z.
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T18:00:00Z"), schedule.NextAfter(DateTimeOffset.Parse("2026-11-23T19:59:59+02:00")));
    }

    [Fact]
    public void A_literal_schedule_in_function_json_is_used_as_written()
    {
        var root = Directory.CreateTempSubdirectory("appRoot").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, IngestSchedule.FunctionName));
            File.WriteAllText(Path.Combine(root, IngestSchedule.FunctionName, "function.json"),
                """{"bindings":[{"type":"timerTrigger","direction":"in","name":"t","schedule":"0 30 2 * * 1"}]}""");
            var schedule = IngestSchedule.Load(root, Config(("INGEST_SCHEDULE", "0 0 * * * *")));
            Assert.Equal("0 30 2 * * 1", schedule.Expression);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("*/5 * * * *")]   // five fields: the host wants six
    [InlineData("every hour")]
    public void A_malformed_expression_is_a_clear_error(string expression)
    {
        var e = Assert.Throws<InvalidOperationException>(() => IngestSchedule.Resolve("%INGEST_SCHEDULE%", Config(("INGEST_SCHEDULE", expression))));
        Assert.Contains(expression, e.Message);
        Assert.Contains("six-field", e.Message);
    }

    [Fact]
    public void Another_unset_setting_is_an_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => IngestSchedule.Resolve("%OTHER_SCHEDULE%", Config()));
        Assert.Contains("OTHER_SCHEDULE", e.Message);
    }
}
