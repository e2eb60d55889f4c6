using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Aggregator.Bench -- --filter '*'   (see bench/run.sh)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
