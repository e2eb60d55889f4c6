using Aggregator.Core.Setup;

namespace Aggregator.Functions.Hosting;

/// <summary>Core's services, configured from the app settings (see <see cref="CoreSettings"/>).</summary>
public static class CoreServiceRegistration
{
    public static IServiceCollection AddAggregatorCore(this IServiceCollection services) =>
        services.AddAggregatorCore(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var contentRoot = sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            // A relative sources path: working directory, content root, then beside the executable and above it.
            var search = CoreSettings.DefaultSearchDirectories().Take(1).Append(contentRoot)
                .Concat(CoreSettings.DefaultSearchDirectories().Skip(1)).Distinct().ToList();
            return CoreSettings.Read(name => configuration[name], search);
        });
}
