using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Results go next to the build output, not into the repository root.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
