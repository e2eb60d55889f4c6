using Aggregator.Core.Records;
using Aggregator.Functions.AdminIngest;
using Aggregator.Functions.AdminIngestSource;
using Aggregator.Functions.Feeds;
using Aggregator.Functions.Health;
using Aggregator.Functions.ScheduledIngest;
using Aggregator.Functions.Scheduling;
using Aggregator.Functions.SourceStatuses;

namespace Aggregator.Functions.Hosting;

/// <summary>Wires the handler: where it listens, its services, and one route per function folder.</summary>
public static class HandlerSetup
{
    public static WebApplicationBuilder AddAggregatorHandler(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(HandlerMode.From(builder.Configuration).ListenUrls);
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // Request-by-request framework logs drown the app's own; appsettings may still lower these.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Read from the final configuration (tests add settings after this method runs).
        builder.Services.AddSingleton(sp => HandlerMode.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => AggregatorSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = RecordJson.Options.Encoder);
        builder.Services.AddAggregatorCore();
        builder.Services.AddHostedService<StandaloneScheduler>();
        // Unhandled failures (storage down mid-request) become a JSON problem reply, logged, without internals.
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapAggregatorFunctions(this WebApplication app)
    {
        app.UseExceptionHandler();

        // Feeds and health are meant to be fetched by other sites' pages.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                context.Response.Headers.AccessControlAllowOrigin = "*";
            return next(context);
        });

        // The host's readiness probe: any answer on / means the handler is up.
        app.MapGet("/", () => Results.Text("Aggregator handler is running.\n"));

        FeedEndpoint.Map(app);
        HealthEndpoint.Map(app);
        AdminIngestEndpoint.Map(app);
        AdminIngestSourceEndpoint.Map(app);
        SourceStatusesEndpoint.Map(app);
        ScheduledIngestEndpoint.Map(app);
        return app;
    }
}
