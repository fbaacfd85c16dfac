using BenchmarkDotNet.Running;
using Volunteers.Bench.Pipeline;

BenchmarkRunner.Run<PipelineOverhead>(args: args);
