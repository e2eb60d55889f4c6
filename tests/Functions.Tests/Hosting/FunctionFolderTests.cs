using System.Net;
using System.Text.Json;
using Aggregator.Functions.Hosting;
using Functions.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Tests.Hosting;

/// <summary>
/// The function folders are what the Functions host reads; the app's routes are what the handler answers.
/// They must describe the same functions, or the host forwards requests the handler does not know.
/// </summary>
public sealed class FunctionFolderTests : IClassFixture<HandlerFactory>
{
    private static readonly string AppRoot = FunctionManifest.DefaultAppRoot;
    private readonly HandlerFactory _factory;

    public FunctionFolderTests(HandlerFactory factory) => _factory = factory;

    private IReadOnlyDictionary<string, RouteEndpoint> NamedEndpoints()
    {
        _ = _factory.Server; // builds the app
        return _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName);
    }

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => m.ToLowerInvariant()).Order().ToList();

    [Fact]
    public void Every_function_folder_parses_and_has_one_trigger()
    {
        var manifests = FunctionManifest.LoadAll(AppRoot);
        Assert.Equal(
            ["AdminIngest", "AdminIngestSource", "FeedAtom", "FeedJson", "FeedRss", "Health", "ScheduledIngest", "SourceStatuses"],
            manifests.Select(m => m.Name));
        foreach (var manifest in manifests)
        {
            var trigger = manifest.Trigger;
            if (trigger.Type == "httpTrigger")
                Assert.Contains(manifest.Bindings, b => b.Type == "http" && b.Direction == "out");
            else
                Assert.Equal("timerTrigger", trigger.Type);
        }
    }

    [Fact]
    public void Every_http_function_folder_has_the_app_route_with_the_same_methods()
    {
        var endpoints = NamedEndpoints();
        foreach (var manifest in FunctionManifest.LoadAll(AppRoot).Where(m => m.Trigger.Type == "httpTrigger"))
        {
            Assert.True(endpoints.TryGetValue(manifest.Name, out var endpoint), $"{manifest.Name} has a function folder but no route");
            Assert.Equal("/api/" + manifest.Trigger.Route, endpoint!.RoutePattern.RawText);
            Assert.Equal(manifest.Trigger.Methods!.Select(m => m.ToLowerInvariant()).Order(), Methods(endpoint));
        }
    }

    [Fact]
    public void Every_timer_function_folder_has_its_invocation_route()
    {
        var endpoints = NamedEndpoints();
        foreach (var manifest in FunctionManifest.LoadAll(AppRoot).Where(m => m.Trigger.Type == "timerTrigger"))
        {
            Assert.True(endpoints.TryGetValue(manifest.Name, out var endpoint), $"{manifest.Name} has a function folder but no route");
            Assert.Equal("/" + manifest.Name, endpoint!.RoutePattern.RawText);
            Assert.Equal(["post"], Methods(endpoint));
        }
    }

    [Fact]
    public void Every_named_app_route_has_a_function_folder()
    {
        var folders = FunctionManifest.LoadAll(AppRoot).Select(m => m.Name).ToHashSet();
        foreach (var name in NamedEndpoints().Keys)
            Assert.True(folders.Contains(name), $"route {name} has no function folder, so the host would never call it");
    }

    [Fact]
    public async Task Functions_with_auth_level_function_refuse_requests_without_the_key_and_the_others_do_not()
    {
        var client = _factory.CreateClient();
        foreach (var manifest in FunctionManifest.LoadAll(AppRoot).Where(m => m.Trigger.Type == "httpTrigger"))
        {
            var trigger = manifest.Trigger;
            var path = "/api/" + trigger.Route!.Replace("{id}", "lab-posts");
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(trigger.Methods![0].ToUpperInvariant()), path));
            if (trigger.AuthLevel == "function")
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{manifest.Name} answered {response.StatusCode} without a key");
            else
            {
                Assert.Equal("anonymous", trigger.AuthLevel);
                Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }
    }

    [Fact]
    public void Host_json_names_the_handler_and_forwards_http_requests()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRoot, "host.json")));
        var root = doc.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("Aggregator.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.StartsWith("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
    }
}
