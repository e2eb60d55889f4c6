namespace Aggregator.Functions.Hosting;

/// <summary>Whether the Azure Functions host started us (custom handler) or we run on our own.</summary>
public sealed record HandlerMode(bool UnderFunctionsHost, string ListenUrls)
{
    /// <summary>The host passes the port it picked for us in this variable.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string UrlsSetting = "AGGREGATOR_URLS";
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public static HandlerMode From(IConfiguration configuration)
    {
        var port = configuration[PortSetting];
        if (!string.IsNullOrWhiteSpace(port))
        {
            if (!int.TryParse(port, out var p) || p is < 0 or > 65535)
                throw new InvalidOperationException($"{PortSetting} must be a port number, not '{port}'.");
            // The host only ever talks to us over loopback.
            return new HandlerMode(true, $"http://127.0.0.1:{p}");
        }
        var urls = configuration[UrlsSetting];
        return new HandlerMode(false, string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls.Trim());
    }
}
