/**
 * JMH benchmarks of the parser's inner loops ({@link yujue.bench.jmh.ParserLoops}) and a runner
 * that returns their scores as plain records ({@link yujue.bench.jmh.ParserBenchmarks}).
 */
package yujue.bench.jmh;
