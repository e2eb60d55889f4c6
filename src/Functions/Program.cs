using Aggregator.Functions.Hosting;

// One executable, two ways to run: under the Azure Functions host as a custom handler (the host sets
// FUNCTIONS_CUSTOMHANDLER_PORT, forwards HTTP requests and POSTs timer invocations), or standalone
// (run.sh, local development), where the app fires its own schedule.
var builder = WebApplication.CreateBuilder(args);
builder.AddAggregatorHandler();

var app = builder.Build();
app.MapAggregatorFunctions();

if (!await StartupChecks.RunAsync(app.Services, app.Lifetime.ApplicationStopping))
    return 1;

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
