using Aggregator.Functions.Hosting;
using Functions.Tests.Fakes;

namespace Functions.Tests.Hosting;

public sealed class StandaloneSchedulerTests
{
    [Fact]
    public async Task Standalone_with_ingest_on_start_it_ingests_once_at_start()
    {
        using var factory = HandlerFactory.With(new Dictionary<string, string?>
        {
            [HandlerMode.PortSetting] = null,
            [AggregatorSettings.IngestOnStartSetting] = "true",
        });
        _ = factory.Server;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (factory.Ingestion.Runs < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(2, factory.Ingestion.Runs);
    }

    [Fact]
    public async Task Under_the_host_it_leaves_scheduling_to_the_timer_trigger()
    {
        using var factory = HandlerFactory.With(new Dictionary<string, string?>
        {
            [AggregatorSettings.IngestOnStartSetting] = "true",
        });
        _ = factory.Server;
        await Task.Delay(500);
        Assert.Equal(0, factory.Ingestion.Runs);
    }
}
