using Aggregator.Core.Setup;

namespace Core.Tests.Setup;

public sealed class CoreSettingsTests
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Key == name).Value;

    [Fact]
    public void Defaults_are_the_local_emulator_and_sources_json_in_the_first_directory()
    {
        var dir = Path.GetTempPath();
        var settings = CoreSettings.Read(Settings(), [dir]);
        Assert.Equal("UseDevelopmentStorage=true", settings.StorageConnection);
        Assert.Null(settings.StorageAccount);
        Assert.Equal(Path.Combine(Path.GetFullPath(dir), "sources.json"), settings.SourcesPath);
        Assert.False(settings.AllowPrivateFetch);
        Assert.Equal("", settings.StoragePrefix);
    }

    [Fact]
    public void A_relative_sources_path_is_found_in_the_first_directory_that_has_it()
    {
        var empty = Directory.CreateTempSubdirectory("cwd").FullName;
        var holder = Directory.CreateTempSubdirectory("app").FullName;
        try
        {
            File.WriteAllText(Path.Combine(holder, "sources.json"), "[]");
            Assert.Equal(Path.Combine(holder, "sources.json"), CoreSettings.Read(Settings(), [empty, holder]).SourcesPath);
            Assert.Equal("/srv/x.json", CoreSettings.Read(Settings(("AGGREGATOR_SOURCES", "/srv/x.json")), [empty, holder]).SourcesPath);
        }
        finally
        {
            Directory.Delete(empty, true);
            Directory.Delete(holder, true);
        }
    }

    [Fact]
    public void Identity_based_storage_is_used_only_without_a_connection_string()
    {
        var identity = CoreSettings.Read(Settings(("AzureWebJobsStorage__accountName", "aggrst"), ("AzureWebJobsStorage__clientId", "c1")), ["/"]);
        Assert.Null(identity.StorageConnection);
        Assert.Equal("aggrst", identity.StorageAccount);
        Assert.Equal("c1", identity.StorageClientId);

        var both = CoreSettings.Read(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("AzureWebJobsStorage__accountName", "aggrst")), ["/"]);
        Assert.Equal("UseDevelopmentStorage=true", both.StorageConnection);
        Assert.Null(both.StorageAccount);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("YES", true)]
    [InlineData("0", false)]
    [InlineData(" ", false)]
    public void The_private_fetch_flag_reads_common_spellings(string raw, bool expected) =>
        Assert.Equal(expected, CoreSettings.Read(Settings(("AGGREGATOR_ALLOW_PRIVATE_FETCH", raw)), ["/"]).AllowPrivateFetch);

    [Fact]
    public void An_unclear_flag_names_the_setting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CoreSettings.Read(Settings(("AGGREGATOR_ALLOW_PRIVATE_FETCH", "maybe")), ["/"]));
        Assert.Contains("AGGREGATOR_ALLOW_PRIVATE_FETCH", e.Message);
    }
}
