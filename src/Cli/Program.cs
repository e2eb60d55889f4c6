using System.CommandLine;
using Aggregator.Cli;

var root = new RootCommand("aggregator: maintainers' command for the Aggregator feeds");
root.Subcommands.Add(PreviewCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
return await root.Parse(args).InvokeAsync();
